#pragma once

// The wizard's fourth page: a dry run of the import (ImportOptions::dryRun) on a worker thread,
// with progress and Cancel, then every rejection (file, line, column, value, reason) and the
// counts. The wizard goes on when nothing is rejected, or when the user chooses to import the
// valid rows only (accept-partial).

#include "ingest/importer.h"
#include "result.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace tierwise {

class ImportController;
class ImportWizard;
class RejectionTableModel;

class ValidationPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValidationPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    // The last dry run's report (nullopt while running, after a cancel or a failure).
    const std::optional<ingest::ImportReport> &report() const { return m_report; }
    RejectionTableModel *rejections() const { return m_model; }
    bool acceptPartial() const;
    QLabel *summary() const { return m_summary; }

    // Starts (or restarts) the dry run.
    void check();
    void cancel();

Q_SIGNALS:
    void checked(); // a dry run ended (report, cancel or failure)

protected:
    void changeEvent(QEvent *event) override;

private:
    // What the status line says; shown again in another language from this and the report.
    enum class StatusLine { None, NoMapping, NotStarted, Checking, Reported, Checked, Stopped, Failed };

    void retranslate();
    void setStatus(StatusLine line, const QString &detail = QString());
    void showStatus();
    void showSummary();
    void onProgress(qint64 done, qint64 total, const QString &text);
    void onFinished(const ingest::ImportReport &report);
    void onFailed(const Error &error);
    void setRunning(bool running);

    ImportWizard *m_wizard;
    ImportController *m_dryRun; // a controller of its own: the dry run is not the window's job
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QTableView *m_table;
    RejectionTableModel *m_model;
    QCheckBox *m_partial;
    std::optional<ingest::ImportReport> m_report;
    StatusLine m_statusShown = StatusLine::None;
    QString m_statusDetail; // the mapping's write error, or the failure (the engine's words)
};

} // namespace tierwise
