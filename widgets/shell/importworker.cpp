#include "shell/importworker.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <memory>

namespace tierwise {
namespace {

// At most this many progress signals per second reach the GUI thread.
constexpr qint64 kReportIntervalMs = 50;

} // namespace

ImportWorker::ImportWorker(QString workspacePath, QStringList files, ingest::ImportOptions options)
    : m_workspacePath(std::move(workspacePath))
    , m_files(std::move(files))
    , m_options(std::move(options))
    , m_progress([this](qint64 done, qint64 total, const QString &text) {
        reportProgress(done, total, text);
    })
{
}

ImportWorker::~ImportWorker() = default;

void ImportWorker::cancel()
{
    m_progress.cancel();
    const QMutexLocker lock(&m_mutex);
    if (m_workspace)
        m_workspace->interrupt();
}

void ImportWorker::reportProgress(qint64 done, qint64 total, const QString &text)
{
    const bool last = total > 0 && done >= total;
    if (m_sinceReport.isValid() && m_sinceReport.elapsed() < kReportIntervalMs && !last
        && text == m_lastText)
        return;
    m_sinceReport.start();
    m_lastText = text;
    Q_EMIT progress(done, total, text);
}

void ImportWorker::run()
{
    auto cancelled = [] {
        return Error::cancelled(QCoreApplication::translate("tierwise::ImportController",
                                                            "Import cancelled; the workspace is unchanged."));
    };
    if (m_progress.isCancelled()) {
        Q_EMIT failed(cancelled());
        return;
    }

    Q_EMIT progress(0, 0, QCoreApplication::translate("tierwise::ImportController", "Opening the workspace…"));
    Result<std::unique_ptr<store::Workspace>> opened = store::Workspace::open(m_workspacePath);
    if (!opened) {
        Q_EMIT failed(opened.error());
        return;
    }
    std::unique_ptr<store::Workspace> workspace = std::move(opened).value();
    {
        const QMutexLocker lock(&m_mutex);
        m_workspace = workspace.get();
    }
    // A cancel that came while the connection was being opened found no connection to interrupt;
    // the flag is still seen by the importer's first progress report.
    ingest::Importer importer(*workspace);
    Result<ingest::ImportReport> result = importer.run(m_files, m_options, m_progress);
    {
        const QMutexLocker lock(&m_mutex);
        m_workspace = nullptr;
    }
    workspace.reset();

    if (!result) {
        Error error = result.error();
        if (error.kind == Error::Kind::Cancelled || m_progress.isCancelled())
            error = cancelled();
        Q_EMIT failed(error);
        return;
    }
    Q_EMIT finished(result.value());
}

} // namespace tierwise
