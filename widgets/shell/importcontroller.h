#pragma once

// Runs imports as background jobs, one at a time, on a thread the controller owns (after Tiled's
// worker-object pattern). The GUI thread never waits on the worker: start() returns at once,
// progress and the outcome arrive as queued signals carrying values.

#include "ingest/importer.h"
#include "result.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace tierwise {

class ImportWorker;

class ImportController final : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    // Cancels a running import and waits for the thread (only at shutdown; the main window
    // defers closing until finished()/failed() has arrived).
    ~ImportController() override;

    bool isRunning() const { return m_worker != nullptr; }
    bool isCancelling() const { return m_cancelling; }

    // Starts importing `files` into the workspace at `workspacePath`, which the worker opens on
    // its own connection. Returns false (and does nothing) while another import runs.
    bool start(const QString &workspacePath, const QStringList &files,
               const ingest::ImportOptions &options = {});
    // Asks the running import to stop; it rolls back and failed() arrives with kind Cancelled.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    // done of total (total 0: unknown), at most about 20 times a second.
    void progress(qint64 done, qint64 total, const QString &text);
    // The importer returned a report: check report.committed and report.rejections.
    void finished(const tierwise::ingest::ImportReport &report);
    // The import did not run to a report: cancelled, or the workspace or a file failed.
    void failed(const tierwise::Error &error);

private:
    void onWorkerFinished(const ingest::ImportReport &report);
    void onWorkerFailed(const Error &error);
    void release();

    QThread m_thread;
    ImportWorker *m_worker = nullptr; // lives in m_thread; deleted there by deleteLater
    bool m_cancelling = false;
};

} // namespace tierwise

Q_DECLARE_METATYPE(tierwise::ingest::ImportReport)
Q_DECLARE_METATYPE(tierwise::Error)
