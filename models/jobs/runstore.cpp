#include "jobs/runstore.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cmath>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::jobs::RunStore)
};

} // namespace

namespace tierwise::jobs {
namespace {

constexpr std::size_t kReportEvery = 8192;

void bindText(sqlite3_stmt *st, int index, const std::string &utf8)
{
    // The strings outlive the step that reads them: no copy.
    if (utf8.empty())
        sqlite3_bind_null(st, index);
    else
        sqlite3_bind_text(st, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

} // namespace

Result<qint64> insertRun(sqlite3 *db, const QString &kind, const QJsonObject &params, const QString &asOfIso)
{
    store::Statement version(db, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'");
    if (!version.ok())
        return version.error();
    const qint64 dataVersion = version.step() ? version.int64(0) : 0;
    version = store::Statement();

    store::Statement run(db, "INSERT INTO runs (kind, params, as_of, data_version, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!run.ok())
        return run.error();
    const QByteArray paramsJson = QJsonDocument(params).toJson(QJsonDocument::Compact);
    run.bind(1, kind)
        .bind(2, std::string_view(paramsJson.constData(), static_cast<std::size_t>(paramsJson.size())))
        .bindTextOrNull(3, asOfIso.toStdString())
        .bind(4, std::int64_t(dataVersion))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = run.run(); !s)
        return s.error();
    return qint64(sqlite3_last_insert_rowid(db));
}

Result<qint64> saveRun(sqlite3 *db, const QString &kind, const QJsonObject &params, const QString &asOfIso,
                       const std::vector<Assignment> &assignments, Progress &progress)
{
    const qint64 total = static_cast<qint64>(assignments.size());
    const QString text = Tr::tr("Saving the results");
    if (!progress.report(0, total, text))
        return Error::cancelled(Tr::tr("Cancelled."));

    store::Transaction tx(db);
    if (!tx.status())
        return tx.status().error();

    Result<qint64> inserted = insertRun(db, kind, params, asOfIso);
    if (!inserted)
        return inserted.error();
    const qint64 runId = *inserted;

    store::Statement insert(db, "INSERT INTO assignments (run_id, customer_id, segment, score, detail) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!insert.ok())
        return insert.error();
    sqlite3_stmt *st = insert.handle();
    sqlite3_bind_int64(st, 1, runId);
    for (std::size_t i = 0; i < assignments.size(); ++i) {
        if (i % kReportEvery == 0 && i > 0 && !progress.report(static_cast<qint64>(i), total, text))
            return Error::cancelled(Tr::tr("Cancelled."));
        const Assignment &a = assignments[i];
        bindText(st, 2, a.customerId);
        bindText(st, 3, a.segment);
        if (std::isnan(a.score))
            sqlite3_bind_null(st, 4);
        else
            sqlite3_bind_double(st, 4, a.score);
        bindText(st, 5, a.detailJson);
        if (sqlite3_step(st) != SQLITE_DONE) {
            Error e = store::sqliteError(db, Tr::tr("Saving the assignment of customer %1")
                                                 .arg(QString::fromUtf8(a.customerId.data(), int(a.customerId.size()))));
            sqlite3_reset(st);
            return e;
        }
        sqlite3_reset(st);
    }
    if (!progress.report(total, total, text))
        return Error::cancelled(Tr::tr("Cancelled."));
    if (Status s = tx.commit(); !s)
        return s.error();
    return runId;
}

Result<std::vector<RunInfo>> listRuns(sqlite3 *db, const QString &kind)
{
    store::Statement st(db, "SELECT run_id, kind, params, as_of, data_version, created_at, label FROM runs "
                            "WHERE ?1 IS NULL OR kind = ?1 ORDER BY run_id DESC");
    if (!st.ok())
        return st.error();
    if (kind.isEmpty())
        st.bindNull(1);
    else
        st.bind(1, kind);
    std::vector<RunInfo> runs;
    while (st.step()) {
        RunInfo r;
        r.runId = st.int64(0);
        r.kind = st.text(1);
        const std::string_view params = st.utf8(2);
        r.params = QJsonDocument::fromJson(QByteArray(params.data(), static_cast<qsizetype>(params.size()))).object();
        r.asOf = st.text(3);
        r.dataVersion = st.int64(4);
        r.createdAt = st.text(5);
        r.label = st.text(6);
        runs.push_back(std::move(r));
    }
    if (!st.error().message.isEmpty())
        return st.error();
    return runs;
}

Status deleteRun(sqlite3 *db, qint64 runId)
{
    store::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    store::Statement st(db, "DELETE FROM runs WHERE run_id = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(runId));
    if (Status s = st.run(); !s) {
        if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_FOREIGNKEY)
            return Error::badInput(Tr::tr("Run %1 cannot be deleted: other records, such as a campaign, refer to it.")
                                       .arg(runId));
        return s;
    }
    if (st.changes() == 0)
        return Error::badInput(Tr::tr("There is no run %1.").arg(runId));
    return tx.commit();
}

} // namespace tierwise::jobs
