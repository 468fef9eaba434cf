#include "jobs/jobrunner.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

#include <sqlite3.h>

#include <exception>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::jobs::JobRunner)
};

} // namespace

namespace tierwise::jobs {
namespace {

constexpr qint64 kProgressIntervalMs = 50; // about 20 reports a second

// SQLite calls this every few thousand virtual-machine steps: a non-zero return interrupts the
// statement. It closes the gap sqlite3_interrupt() leaves open (an interrupt that arrives between
// two statements is forgotten when the next one starts).
int interruptWhenCancelled(void *progress)
{
    return static_cast<const CallbackProgress *>(progress)->isCancelled() ? 1 : 0;
}

Error cancelledError()
{
    return Error::cancelled(Tr::tr("Cancelled."));
}

} // namespace

struct JobRunner::State
{
    State(JobRunner *runner, int id_, QString path_, std::shared_ptr<Job> job_)
        : id(id_), path(std::move(path_)), job(std::move(job_)),
          progress([this, runner](qint64 done, qint64 total, const QString &text) {
              // Runs on the worker thread only.
              // The end of a step always gets through (once), the rest at most every 50 ms.
              const bool stepDone = total > 0 && done >= total && (done != lastDone || total != lastTotal);
              if (reported && !stepDone && sinceReport.elapsed() < kProgressIntervalMs)
                  return;
              reported = true;
              lastDone = done;
              lastTotal = total;
              sinceReport.start();
              runner->postProgress(id, done, total, text);
          })
    {
    }

    const int id;
    const QString path;
    std::shared_ptr<Job> job;      // used on the worker, released there when it ends
    CallbackProgress progress;     // cancel flag set from any thread

    std::mutex connectionMutex;    // guards workspace: interrupt() never meets a closing connection
    store::Workspace *workspace = nullptr;

    // Worker thread only: throttling of progress reports.
    QElapsedTimer sinceReport;
    bool reported = false;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
};

JobRunner::JobRunner(int maxConcurrent, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<tierwise::Status>("tierwise::Status");
    m_pool.setMaxThreadCount(std::max(1, maxConcurrent));
}

JobRunner::~JobRunner()
{
    m_pool.clear(); // queued jobs never start
    cancelAll();
    m_pool.waitForDone();
}

int JobRunner::maxConcurrent() const
{
    return m_pool.maxThreadCount();
}

int JobRunner::start(const QString &workspacePath, std::shared_ptr<Job> job)
{
    std::shared_ptr<State> state;
    {
        std::lock_guard lock(m_mutex);
        const int id = m_nextId++;
        state = std::make_shared<State>(this, id, workspacePath, std::move(job));
        m_jobs.emplace(id, state);
    }
    m_pool.start([this, state] { runOnWorker(state); });
    return state->id;
}

void JobRunner::cancel(int id)
{
    std::shared_ptr<State> state;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end())
            return;
        state = it->second;
    }
    state->progress.cancel();
    std::lock_guard lock(state->connectionMutex);
    if (state->workspace)
        state->workspace->interrupt();
}

void JobRunner::cancelAll()
{
    std::vector<int> ids;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &entry : m_jobs)
            ids.push_back(entry.first);
    }
    for (int id : ids)
        cancel(id);
}

bool JobRunner::isRunning(int id) const
{
    std::lock_guard lock(m_mutex);
    return m_jobs.count(id) > 0;
}

void JobRunner::runOnWorker(const std::shared_ptr<State> &state)
{
    {
        // Pairs with start(): everything start() wrote is visible here (also to ThreadSanitizer,
        // which cannot see through the thread pool's own locking).
        std::lock_guard lock(m_mutex);
    }
    Status status = [&]() -> Status {
        if (state->progress.isCancelled())
            return cancelledError();
        Result<std::unique_ptr<store::Workspace>> opened = store::Workspace::open(state->path);
        if (!opened)
            return opened.error();
        std::unique_ptr<store::Workspace> workspace = std::move(opened).value();
        sqlite3_progress_handler(workspace->handle(), 1000, &interruptWhenCancelled, &state->progress);
        {
            std::lock_guard lock(state->connectionMutex);
            state->workspace = workspace.get();
        }
        Status result;
        try {
            result = state->job->run(*workspace, state->progress);
        } catch (const std::exception &e) {
            result = Error::internal(Tr::tr("The job %1 failed: %2").arg(state->job->kind(), QString::fromLocal8Bit(e.what())));
        } catch (...) {
            result = Error::internal(Tr::tr("The job %1 failed.").arg(state->job->kind()));
        }
        {
            std::lock_guard lock(state->connectionMutex);
            state->workspace = nullptr;
        }
        // Closing the connection rolls back whatever the job left open.
        workspace.reset();
        return result;
    }();
    state->job.reset();
    // A job that failed because it was interrupted (whatever error it made of that) was cancelled.
    if (!status.ok() && status.error().kind != Error::Kind::Cancelled && state->progress.isCancelled())
        status = cancelledError();
    postFinished(state->id, status);
}

void JobRunner::postProgress(int id, qint64 done, qint64 total, const QString &text)
{
    QMetaObject::invokeMethod(
        this, [this, id, done, total, text] { emit progress(id, done, total, text); }, Qt::QueuedConnection);
}

void JobRunner::postFinished(int id, const Status &status)
{
    QMetaObject::invokeMethod(
        this,
        [this, id, status] {
            {
                std::lock_guard lock(m_mutex);
                m_jobs.erase(id);
            }
            emit finished(id, status);
        },
        Qt::QueuedConnection);
}

} // namespace tierwise::jobs
