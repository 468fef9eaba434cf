#pragma once

// Runs one import on a worker thread, on its own connection to the workspace. Lives in the
// ImportController's thread; talks to the GUI only through queued signals carrying values.

#include "ingest/importer.h"
#include "jobs/progress.h"
#include "result.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

namespace tierwise::store { class Workspace; }

namespace tierwise {

class ImportWorker final : public QObject
{
    Q_OBJECT

public:
    ImportWorker(QString workspacePath, QStringList files, ingest::ImportOptions options);
    ~ImportWorker() override;

    // Thread-safe: raises the cancel flag the importer polls and interrupts the SQL running on
    // the worker's connection. Safe before, during and after run().
    void cancel();

    // Opens the workspace, imports, emits finished() or failed() exactly once.
    Q_INVOKABLE void run();

Q_SIGNALS:
    void progress(qint64 done, qint64 total, const QString &text);
    void finished(const tierwise::ingest::ImportReport &report);
    void failed(const tierwise::Error &error);

private:
    void reportProgress(qint64 done, qint64 total, const QString &text);

    const QString m_workspacePath;
    const QStringList m_files;
    const ingest::ImportOptions m_options;
    jobs::CallbackProgress m_progress;
    QElapsedTimer m_sinceReport;
    QString m_lastText;

    QMutex m_mutex;                          // guards m_workspace against cancel()
    store::Workspace *m_workspace = nullptr; // the worker's connection while it is open
};

} // namespace tierwise
