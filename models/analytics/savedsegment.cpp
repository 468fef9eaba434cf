#include "analytics/savedsegment.h"

#include "jobs/runstore.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::SavedSegment)
};

} // namespace

namespace tierwise::analytics {

Status SaveSegmentJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    const QString name = m_name.trimmed();
    if (name.isEmpty())
        return Error::badInput(Tr::tr("A saved segment needs a name."));
    if (m_ids.empty())
        return Error::badInput(Tr::tr("The segment “%1” has no customers.").arg(name));
    const std::string segment = name.toStdString();
    const QJsonObject params{{QStringLiteral("name"), name}, {QStringLiteral("customers"), qint64(m_ids.size())}};
    sqlite3 *db = workspace.handle();
    store::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    // The run, its label and its assignments in one transaction.
    Result<qint64> runId = jobs::insertRun(db, kind(), params, m_asOf);
    if (!runId)
        return runId.error();
    store::Statement label(db, "UPDATE runs SET label = ?1 WHERE run_id = ?2");
    label.bind(1, name).bind(2, std::int64_t(*runId));
    if (Status s = label.run(); !s)
        return s;
    store::Statement insert(db, "INSERT INTO assignments (run_id, customer_id, segment) VALUES (?1, ?2, ?3)");
    if (!insert.ok())
        return insert.error();
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        insert.bind(1, std::int64_t(*runId)).bind(2, std::string_view(m_ids[i])).bind(3, std::string_view(segment));
        if (Status s = insert.run(); !s)
            return s;
        if (i % 8192 == 0 && !progress.report(qint64(i), qint64(m_ids.size()), Tr::tr("Saving the segment")))
            return Error::cancelled(Tr::tr("Cancelled."));
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_runId = *runId;
    return {};
}

Status DeleteRunJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    if (!progress.report(0, 1, Tr::tr("Deleting the run")))
        return Error::cancelled(Tr::tr("Cancelled."));
    return jobs::deleteRun(workspace.handle(), m_runId);
}

} // namespace tierwise::analytics
