// Runs as persisted results: one transaction per run with the workspace's data version, nothing
// overwritten, nothing left behind on cancel or failure, and deletion with the per-run results.

#include "jobs/runstore.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <memory>

using namespace tierwise;
using namespace tierwise::jobs;

namespace {

std::string customerId(int i)
{
    return QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0')).toStdString();
}

// A workspace with customers C0000000… and data version 7.
std::unique_ptr<store::Workspace> makeWorkspace(const QTemporaryDir &dir, int customers)
{
    auto ws = store::Workspace::create(dir.filePath(QStringLiteral("w.tierwise")));
    if (!ws)
        return nullptr;
    sqlite3 *db = (*ws)->handle();
    {
        store::Transaction tx(db);
        store::Statement st(db, "INSERT INTO customers (customer_id) VALUES (?1)");
        for (int i = 0; i < customers; ++i) {
            st.bind(1, std::string_view(customerId(i)));
            if (!st.run())
                return nullptr;
        }
        if (!store::exec(db, "UPDATE meta SET value = '7' WHERE key = 'data_version'") || !tx.commit())
            return nullptr;
    }
    return std::move(ws).value();
}

std::vector<Assignment> assignmentsFor(int customers)
{
    std::vector<Assignment> out;
    out.reserve(static_cast<std::size_t>(customers));
    for (int i = 0; i < customers; ++i)
        out.push_back({customerId(i), i % 2 ? "mass" : "affluent", double(i) / 4, std::string()});
    return out;
}

// Cancels at the n-th report (1-based), counting every report.
class CancelAt final : public Progress
{
public:
    explicit CancelAt(int n) : m_n(n) {}
    bool report(qint64, qint64, const QString &) override { return ++m_reports < m_n; }
    int reports() const { return m_reports; }

private:
    int m_n;
    int m_reports = 0;
};

qint64 count(sqlite3 *db, const char *sql)
{
    return store::queryInt(db, sql, -1);
}

} // namespace

class TestRunStore : public QObject
{
    Q_OBJECT

private slots:
    void savesTheRunAndItsAssignments()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 3);
        QVERIFY(ws);
        std::vector<Assignment> a = {
            {"C0000000", "affluent", 1.5, R"({"aum":600000})"},
            {"C0000001", "mass", std::nan(""), std::string()},
            {"C0000002", "私人银行", -2.0, std::string()},
        };
        NullProgress progress;
        const QJsonObject params{{QStringLiteral("k"), 4}, {QStringLiteral("seed"), 42}};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        Result<qint64> id = saveRun(ws->handle(), QStringLiteral("segment.tiers"), params, QStringLiteral("2026-10-31"),
                                    a, progress);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));

        Result<std::vector<RunInfo>> runs = listRuns(ws->handle());
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t(1));
        const RunInfo &r = runs->front();
        QCOMPARE(r.runId, *id);
        QCOMPARE(r.kind, QStringLiteral("segment.tiers"));
        QCOMPARE(r.params, params);
        QCOMPARE(r.asOf, QStringLiteral("2026-10-31"));
        QCOMPARE(r.dataVersion, qint64(7));
        const QDateTime created = QDateTime::fromString(r.createdAt, Qt::ISODate);
        QVERIFY2(created.isValid() && created.timeSpec() == Qt::UTC, qPrintable(r.createdAt));
        QVERIFY(created >= before && created <= QDateTime::currentDateTimeUtc().addSecs(1));

        store::Statement st(ws->handle(), "SELECT customer_id, segment, score, detail FROM assignments "
                                          "WHERE run_id = ?1 ORDER BY customer_id");
        st.bind(1, std::int64_t(*id));
        QVERIFY(st.step());
        QCOMPARE(st.text(1), QStringLiteral("affluent"));
        QCOMPARE(st.real(2), 1.5);
        QCOMPARE(st.text(3), QStringLiteral(R"({"aum":600000})"));
        QVERIFY(st.step());
        QVERIFY(st.isNull(2));
        QVERIFY(st.isNull(3));
        QVERIFY(st.step());
        QCOMPARE(st.text(1), QStringLiteral("私人银行"));
        QCOMPARE(st.real(2), -2.0);
        QVERIFY(!st.step());
    }

    void anEmptyRunIsARun()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 0);
        QVERIFY(ws);
        NullProgress progress;
        Result<qint64> id = saveRun(ws->handle(), QStringLiteral("segment.rfm"), {}, QString(), {}, progress);
        QVERIFY(id.ok());
        Result<std::vector<RunInfo>> runs = listRuns(ws->handle());
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t(1));
        QVERIFY(runs->front().asOf.isEmpty());
        QVERIFY(runs->front().params.isEmpty());
    }

    void earlierRunsAreNeverOverwritten()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 100);
        QVERIFY(ws);
        NullProgress progress;
        Result<qint64> first = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(100), progress);
        QVERIFY(first.ok());
        QVERIFY(store::exec(ws->handle(), "UPDATE meta SET value = '8' WHERE key = 'data_version'").ok());
        std::vector<Assignment> changed = assignmentsFor(100);
        for (Assignment &a : changed)
            a.segment = "private";
        Result<qint64> second = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), changed, progress);
        QVERIFY(second.ok());
        Result<qint64> other = saveRun(ws->handle(), QStringLiteral("segment.rfm"), {}, QString(), assignmentsFor(10), progress);
        QVERIFY(other.ok());
        QVERIFY(*first != *second);

        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(210));
        store::Statement st(ws->handle(), "SELECT count(*) FROM assignments WHERE run_id = ?1 AND segment = 'private'");
        st.bind(1, std::int64_t(*first));
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), qint64(0));

        Result<std::vector<RunInfo>> all = listRuns(ws->handle());
        QVERIFY(all.ok());
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->at(0).runId, *other); // newest first
        QCOMPARE(all->at(1).runId, *second);
        QCOMPARE(all->at(1).dataVersion, qint64(8));
        QCOMPARE(all->at(2).dataVersion, qint64(7));
        Result<std::vector<RunInfo>> tiers = listRuns(ws->handle(), QStringLiteral("segment.tiers"));
        QVERIFY(tiers.ok());
        QCOMPARE(tiers->size(), std::size_t(2));
        Result<std::vector<RunInfo>> none = listRuns(ws->handle(), QStringLiteral("clv"));
        QVERIFY(none.ok());
        QVERIFY(none->empty());
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("before the first row") << 1;
        QTest::newRow("in the middle") << 3;
        QTest::newRow("after the last row, before commit") << 5; // 0, 8192, 16384, 24576 … then the final
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, cancelAt);
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 30000);
        QVERIFY(ws);
        CancelAt progress(cancelAt);
        Result<qint64> id = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(30000), progress);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().kind, Error::Kind::Cancelled);
        QCOMPARE(progress.reports(), cancelAt);
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM runs"), qint64(0));
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(0));
        // The connection is usable afterwards (no transaction left open).
        QVERIFY(sqlite3_get_autocommit(ws->handle()));
        NullProgress null;
        QVERIFY(saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(10), null).ok());
    }

    void progressCoversTheRows()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 20000);
        QVERIFY(ws);
        struct Recorder final : Progress
        {
            std::vector<std::pair<qint64, qint64>> seen;
            bool report(qint64 done, qint64 total, const QString &text) override
            {
                seen.emplace_back(done, total);
                return !text.isEmpty();
            }
        } progress;
        QVERIFY(saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(20000), progress).ok());
        QVERIFY(progress.seen.size() >= 3);
        QCOMPARE(progress.seen.front(), std::make_pair(qint64(0), qint64(20000)));
        QCOMPARE(progress.seen.back(), std::make_pair(qint64(20000), qint64(20000)));
        for (std::size_t i = 1; i < progress.seen.size(); ++i)
            QVERIFY(progress.seen[i].first >= progress.seen[i - 1].first);
    }

    void failureLeavesNothing_data()
    {
        QTest::addColumn<QString>("badId");
        QTest::addColumn<QString>("badSegment");
        QTest::newRow("unknown customer") << QStringLiteral("nobody") << QStringLiteral("mass");
        QTest::newRow("customer twice") << QStringLiteral("C0000001") << QStringLiteral("mass");
        QTest::newRow("no segment") << QStringLiteral("C0000999") << QString();
    }

    void failureLeavesNothing()
    {
        QFETCH(QString, badId);
        QFETCH(QString, badSegment);
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 1000);
        QVERIFY(ws);
        NullProgress progress;
        QVERIFY(saveRun(ws->handle(), QStringLiteral("earlier"), {}, QString(), assignmentsFor(5), progress).ok());
        std::vector<Assignment> a = assignmentsFor(999);
        a.push_back({badId.toStdString(), badSegment.toStdString(), 1.0, std::string()});
        Result<qint64> id = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), a, progress);
        QVERIFY(!id.ok());
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM runs"), qint64(1));
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(5));
        QVERIFY(sqlite3_get_autocommit(ws->handle()));
    }

    void deleteRunTakesItsResultsWithIt()
    {
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, 50);
        QVERIFY(ws);
        QCOMPARE(count(ws->handle(), "PRAGMA foreign_keys"), qint64(1));
        NullProgress progress;
        Result<qint64> a = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(50), progress);
        Result<qint64> b = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), assignmentsFor(20), progress);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(deleteRun(ws->handle(), *a).ok());
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM runs"), qint64(1));
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(20));

        Status missing = deleteRun(ws->handle(), *a);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::BadInput);

        // A campaign built on the run keeps it.
        store::Statement campaign(ws->handle(), "INSERT INTO campaigns (name, run_id, created_at) VALUES ('c', ?1, 'now')");
        campaign.bind(1, std::int64_t(*b));
        QVERIFY(campaign.run().ok());
        Status used = deleteRun(ws->handle(), *b);
        QVERIFY(!used.ok());
        QCOMPARE(used.error().kind, Error::Kind::BadInput);
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(20));
        QVERIFY(sqlite3_get_autocommit(ws->handle()));
    }

    // Not a timed test: prints the rate of the bulk insert.
    void bulkInsertRate()
    {
        const int n = 200000;
        QTemporaryDir dir;
        auto ws = makeWorkspace(dir, n);
        QVERIFY(ws);
        const std::vector<Assignment> a = assignmentsFor(n);
        NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        Result<qint64> id = saveRun(ws->handle(), QStringLiteral("segment.tiers"), {}, QString(), a, progress);
        const qint64 ms = timer.elapsed();
        QVERIFY(id.ok());
        QCOMPARE(count(ws->handle(), "SELECT count(*) FROM assignments"), qint64(n));
        qInfo("saveRun: %d assignments in %lld ms", n, ms);
    }
};

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
