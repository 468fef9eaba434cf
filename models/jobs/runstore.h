#pragma once

// Results persisted as runs: one `runs` row (kind, parameters, as-of date, data version, time)
// and its per-customer assignments. A run is only ever added or deleted as a whole; nothing
// earlier is overwritten.

#include "jobs/progress.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

#include <limits>
#include <string>
#include <vector>

struct sqlite3;

namespace tierwise::jobs {

struct Assignment
{
    std::string customerId;                                   // UTF-8, must be in customers
    std::string segment;                                      // UTF-8, not empty
    double score = std::numeric_limits<double>::quiet_NaN();  // NaN: none (stored as NULL)
    std::string detailJson;                                   // empty: none (stored as NULL)
};

struct RunInfo
{
    qint64 runId = 0;
    QString kind;
    QJsonObject params;
    QString asOf;        // ISO date, empty if none
    qint64 dataVersion = 0;
    QString createdAt;   // ISO date-time, UTC
    QString label;
};

// Adds the `runs` row of a new run (the caller's transaction must be open: the run and its
// results are written together) and returns its id.
Result<qint64> insertRun(sqlite3 *db, const QString &kind, const QJsonObject &params, const QString &asOfIso);

// Writes a new run and its assignments in one transaction and returns the run's id. The data
// version is the workspace's at the time of writing. Reports progress while inserting; on cancel
// (an Error of kind Cancelled) or failure nothing is written.
Result<qint64> saveRun(sqlite3 *db, const QString &kind, const QJsonObject &params, const QString &asOfIso,
                       const std::vector<Assignment> &assignments, Progress &progress);

// The runs, newest first; only those of the given kind unless kind is empty.
Result<std::vector<RunInfo>> listRuns(sqlite3 *db, const QString &kind = QString());

// Deletes a run with its assignments and other per-run results. Fails (BadInput) if there is no
// such run or something else, such as a campaign, still refers to it.
Status deleteRun(sqlite3 *db, qint64 runId);

} // namespace tierwise::jobs
