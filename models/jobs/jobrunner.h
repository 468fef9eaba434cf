#pragma once

// Runs jobs on worker threads, each with its own connection to the workspace, and reports their
// progress and outcome by queued signals emitted on the runner's thread.

#include "jobs/job.h"
#include "result.h"

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <map>
#include <memory>
#include <mutex>

namespace tierwise::jobs {

class JobRunner : public QObject
{
    Q_OBJECT

public:
    // At most maxConcurrent jobs run at once; later ones wait in a queue (first come, first run).
    explicit JobRunner(int maxConcurrent = 2, QObject *parent = nullptr);
    // Cancels every job and waits for the running ones to stop (they are interrupted, so this is
    // quick). The only call that blocks.
    ~JobRunner() override;
    JobRunner(const JobRunner &) = delete;
    JobRunner &operator=(const JobRunner &) = delete;

    // Queues the job and returns its id (> 0). The job runs on a worker thread with a connection
    // of its own to the workspace (Workspace::open); failing to open it is the job's error,
    // reported by finished(). Always ends with exactly one finished() for the id, unless the
    // runner is destroyed first. The runner lets go of the job when it ends; a caller that keeps
    // its own shared_ptr reads the job's result once finished() has arrived.
    int start(const QString &workspacePath, std::shared_ptr<Job> job);

    // Asks the job to stop: its Progress reports cancel, and the SQL running on its connection is
    // interrupted. A queued job finishes as Cancelled without running. Unknown ids are ignored.
    void cancel(int id);
    void cancelAll();

    // Whether the job is queued or running (false once finished() has been emitted).
    bool isRunning(int id) const;
    int maxConcurrent() const;

signals:
    // At most about 20 per second per job; total 0 means unknown.
    void progress(int id, qint64 done, qint64 total, const QString &text);
    // Cancelled jobs end with an Error of kind Cancelled.
    void finished(int id, const tierwise::Status &status);

private:
    struct State;
    void runOnWorker(const std::shared_ptr<State> &state);
    void postProgress(int id, qint64 done, qint64 total, const QString &text);
    void postFinished(int id, const Status &status);

    QThreadPool m_pool;
    mutable std::mutex m_mutex; // guards m_jobs and m_nextId
    std::map<int, std::shared_ptr<State>> m_jobs;
    int m_nextId = 1;
};

} // namespace tierwise::jobs
