#pragma once

// The strip shown in the status bar while an import runs: the current step, a progress bar
// reading "n of m", and a Cancel button (Esc).

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tierwise {

class ImportProgressPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ImportProgressPanel(QWidget *parent = nullptr);

    // Back to "starting" (indeterminate bar, Cancel enabled).
    void reset();
    // done and total are bytes of input; total 0 shows a busy bar.
    void setProgress(qint64 done, qint64 total, const QString &text);
    // Cancel was pressed: the button is disabled until the job reports back.
    void setCancelling();

    QString stepText() const;
    QString progressText() const;

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Step { Starting, Reported, Cancelling };

    void retranslate();
    void showFormat();

    Step m_stepShown = Step::Starting; // Reported: the importer's own words, until its next report
    bool m_cancelling = false;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace tierwise
