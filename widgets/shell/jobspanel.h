#pragma once

// The jobs dock's content: every running analysis (segmentation, lifetime value, …) with its
// progress bar, the time left, and Cancel; finished ones stay listed with how they ended until
// cleared. It owns the JobRunner the window starts jobs on.

#include "jobs/job.h"
#include "result.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tierwise {

namespace jobs { class JobRunner; }

class JobsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(QWidget *parent = nullptr);
    ~JobsPanel() override;

    // The job's name in the list, in the current language: called again when the language changes.
    using TitleText = std::function<QString()>;

    // Starts the job on a worker with its own connection to the workspace; title names it in the
    // list (e.g. [] { return MainWindow::tr("Loading the book"); }). Returns the job's id.
    int start(const QString &workspacePath, std::shared_ptr<jobs::Job> job, TitleText title);
    // The same with a fixed title, for names that need no translation (it stays as given).
    int start(const QString &workspacePath, std::shared_ptr<jobs::Job> job, const QString &title);
    void cancel(int id);
    void cancelAll();
    // Jobs queued or running.
    int activeCount() const;
    // The Cancel button of a listed job (for tests and keyboard focus); null if none.
    QToolButton *cancelButton(int id) const;
    QString statusText(int id) const;
    QString title(int id) const; // as given to start()

signals:
    void activeCountChanged(int count);
    // The job has ended; status is ok, a Cancelled error or the failure.
    void jobFinished(int id, std::shared_ptr<tierwise::jobs::Job> job, const tierwise::Status &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Where a job stands; a finished row's status is shown again from it in another language.
    enum class State { Waiting, Running, Cancelling, Done, Cancelled, Failed };

    struct Row
    {
        std::shared_ptr<jobs::Job> job;
        TitleText titleText;
        State state = State::Waiting;
        double seconds = 0;  // how long it took (Done)
        QString failure;     // the engine's reason (Failed)
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *status = nullptr;
        QToolButton *cancel = nullptr;
        QElapsedTimer clock;
        bool active = true;
    };

    void retranslate();
    // The row's title, Cancel button and (unless the job reports its own progress text) status.
    void showRow(const Row &row) const;
    void onProgress(int id, qint64 done, qint64 total, const QString &text);
    void onFinished(int id, const Status &status);
    void clearFinished();
    void updateEmptyState();

    std::unique_ptr<jobs::JobRunner> m_runner;
    std::map<int, Row> m_rows;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace tierwise
