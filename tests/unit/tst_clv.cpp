// The lifetime-value run (analytics::runClv) on a generated book: what it reads (BookData against
// plain SQL), what it keeps (one run with its scores, warnings, next-best products and outputs),
// that a cancel at any step leaves the workspace as it was, and that a book without transactions
// still gets its bank value.

#include "analytics/bookdata.h"
#include "analytics/clv.h"
#include "analytics/features.h"
#include "ingest/importer.h"
#include "jobs/jobrunner.h"
#include "jobs/progress.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

// Cancels on the n-th report (counting from 1); n = 0 never cancels. Counts the reports.
class CancelAt final : public jobs::Progress
{
public:
    explicit CancelAt(qint64 n) : m_n(n) {}
    bool report(qint64, qint64, const QString &) override
    {
        ++m_seen;
        return m_n == 0 || m_seen < m_n;
    }
    qint64 seen() const { return m_seen; }

private:
    qint64 m_n;
    qint64 m_seen = 0;
};

qint64 count(const QString &ws, const char *sql)
{
    return test::queryWorkspace(ws, sql);
}

// What clv touches: the run tables, as counts.
QString runTables(const QString &ws)
{
    return QStringLiteral("runs %1 clv_scores %2 alerts %3 next_best %4 run_outputs %5")
        .arg(count(ws, "SELECT count(*) FROM runs"))
        .arg(count(ws, "SELECT count(*) FROM clv_scores"))
        .arg(count(ws, "SELECT count(*) FROM alerts"))
        .arg(count(ws, "SELECT count(*) FROM next_best"))
        .arg(count(ws, "SELECT count(*) FROM run_outputs"));
}

} // namespace

class TestClv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 2000, 11, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void bookDataAgreesWithSql()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        jobs::NullProgress progress;
        auto f = computeFeatures(db, {}, progress);
        QVERIFY(f.ok());
        auto b = loadBookData(db, *f, progress);
        QVERIFY(b.ok());
        QCOMPARE(b->activity.customers(), f->size());
        QCOMPARE(b->asOf, f->asOf);
        const QString asOf = ingest::isoDate(f->asOf);
        // Distinct days, active days (fees, interest and salary credits are not the customer's
        // doing), and the outflow of every day, customer by customer.
        qint64 days = 0, activeDays = 0;
        double outflow = 0, activeValue = 0;
        for (std::size_t c = 0; c < f->size(); ++c)
            for (std::uint32_t i = b->activity.begin(c); i < b->activity.end(c); ++i) {
                ++days;
                activeDays += b->activity.active[i];
                outflow += double(b->activity.outflow[i]);
                activeValue += b->activity.activeValue[i];
                if (i > b->activity.begin(c))
                    QVERIFY(b->activity.day[i] > b->activity.day[i - 1]);
            }
        store::Statement st(db, R"SQL(
            SELECT (SELECT count(*) FROM (SELECT DISTINCT customer_id, txn_date FROM transactions WHERE txn_date <= ?1)),
                   (SELECT count(*) FROM (SELECT DISTINCT customer_id, txn_date FROM transactions WHERE txn_date <= ?1
                                             AND ifnull(txn_type, '') NOT IN ('fee', 'interest', 'salary', 'charge'))),
                   (SELECT -sum(amount_cents) / 100.0 FROM transactions WHERE txn_date <= ?1 AND amount_cents < 0),
                   (SELECT sum(abs(amount_cents)) / 100.0 FROM transactions WHERE txn_date <= ?1
                       AND ifnull(txn_type, '') NOT IN ('fee', 'interest', 'salary', 'charge')))SQL");
        st.bind(1, asOf);
        QVERIFY(st.step());
        QCOMPARE(days, st.int64(0));
        QCOMPARE(activeDays, st.int64(1));
        QVERIFY(activeDays < days); // the generated book has fees and salaries
        TW_COMPARE_FUZZY(outflow, st.real(2), 1e-6);
        TW_COMPARE_FUZZY(activeValue, st.real(3), 1e-9);
        // Holdings and accounts, and the as-of month's balances.
        QCOMPARE(qint64(b->holdings.size()),
                 store::queryInt(db, "SELECT (SELECT count(*) FROM holdings) + (SELECT count(*) FROM accounts)"));
        double loans = 0;
        for (const auto &row : b->balances)
            loans += row[static_cast<std::size_t>(BalanceColumn::Loan)];
        store::Statement lo(db, "SELECT sum(loan_cents) / 100.0 FROM balances WHERE month = '2026-10'");
        QVERIFY(lo.step());
        TW_COMPARE_FUZZY(loans, lo.real(0), 1e-9);
        QVERIFY(!b->products.empty());
        QVERIFY(std::is_sorted(b->products.begin(), b->products.end(),
                               [](const Product &x, const Product &y) { return x.code < y.code; }));
    }

    void runKeepsEverythingInOneRun()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        const qint64 runsBefore = count(m_ws, "SELECT count(*) FROM runs");
        jobs::NullProgress progress;
        auto r = runClv(**ws, ClvOptions(), progress);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(r->transactionModelError.isEmpty());
        QVERIFY(r->bgNbd && r->gammaGamma && r->holdout);
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs"), runsBefore + 1);
        sqlite3 *db = (*ws)->handle();
        const QByteArray run = QByteArray::number(r->runId);
        QCOMPARE(store::queryInt(db, ("SELECT count(*) FROM clv_scores WHERE run_id = " + run).constData()), qint64(2000));
        QCOMPARE(store::queryInt(db, ("SELECT count(*) FROM alerts WHERE run_id = " + run).constData()),
                 qint64(r->alerts.size()));
        QCOMPARE(store::queryInt(db, ("SELECT count(*) FROM next_best WHERE run_id = " + run).constData()),
                 qint64(r->nextBest.size()));
        QCOMPARE(store::queryInt(db, ("SELECT count(*) FROM run_outputs WHERE run_id = " + run).constData()), qint64(4));
        // A customer's stored scores are the result's.
        std::size_t row = 0;
        while (row < r->customerId.size() && !std::isfinite(r->pAlive[row]))
            ++row;
        QVERIFY(row < r->customerId.size());
        store::Statement st(db, "SELECT p_alive, clv_txn, clv_margin, lifecycle_stage, value_band, recency, age "
                                "FROM clv_scores WHERE run_id = ?1 AND customer_id = ?2");
        st.bind(1, r->runId).bind(2, std::string_view(r->customerId[row]));
        QVERIFY(st.step());
        QCOMPARE(st.real(0), r->pAlive[row]);
        QCOMPARE(st.real(1), r->clv[row]);
        QCOMPARE(st.real(2), r->marginClv[row]);
        QCOMPARE(st.text(3), lifecycleStageKey(r->stage[row]));
        QCOMPARE(st.text(4), valueBandKey(r->valueBand[row]));
        QCOMPARE(st.real(5), r->recencyDays[row]);
        QCOMPARE(st.real(6), r->tDays[row]);
        // CLV grows with the horizon; the discount shrinks it.
        ClvOptions longer;
        longer.horizonMonths = 24;
        longer.holdoutMonths = 0;
        auto l = runClv(**ws, longer, progress);
        QVERIFY(l.ok());
        QVERIFY(l->clv[row] > r->clv[row]);
        QVERIFY(l->expectedTxns[row] > r->expectedTxns[row]);
        ClvOptions undiscounted = longer;
        undiscounted.discountMonthly = 0;
        auto u = runClv(**ws, undiscounted, progress);
        QVERIFY(u.ok());
        QVERIFY(u->clv[row] > l->clv[row]);
        TW_COMPARE_FUZZY(u->clv[row], u->expectedTxns[row] * u->expectedSpend[row], 1e-9);
    }

    void cancelAnywhereChangesNothing()
    {
        // Count the reports of a whole run, then cancel at points spread over it.
        qint64 reports = 0;
        {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            CancelAt never(0);
            QVERIFY(runClv(**ws, ClvOptions(), never).ok());
            reports = never.seen();
        }
        QVERIFY(reports >= 5);
        const test::DataSnapshot data = test::dataSnapshot(m_ws);
        const QString before = runTables(m_ws);
        for (qint64 at = 1; at <= reports; ++at) {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            CancelAt cancel(at);
            auto r = runClv(**ws, ClvOptions(), cancel);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("not cancelled at report %1 of %2").arg(at).arg(reports)));
            QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        }
        QCOMPARE(runTables(m_ws), before);
        QVERIFY(test::dataSnapshot(m_ws) == data);
    }

    void asAJobOnTheRunner()
    {
        jobs::JobRunner runner(1);
        const auto job = std::make_shared<ClvJob>(ClvOptions());
        QSignalSpy finished(&runner, &jobs::JobRunner::finished);
        const int id = runner.start(m_ws, job);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toInt(), id);
        const Status status = finished.at(0).at(1).value<Status>();
        QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
        QVERIFY(job->result().has_value());
        QCOMPARE(job->result()->customerId.size(), std::size_t(2000));
    }

    void bookWithoutTransactionsStillGetsItsBankValue()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("b.tierwise"));
        {
            auto w = store::Workspace::create(ws);
            QVERIFY(w.ok());
            const QString customers = test::writeFile(dir, QStringLiteral("customers.csv"),
                "customer_id,open_date,birth_date,risk_level\nA1,2020-01-15,1980-05-01,3\nA2,2021-06-01,1990-01-01,2\n");
            const QString balances = test::writeFile(dir, QStringLiteral("balances.csv"),
                "customer_id,month,current,term,wealth,fund,insurance,loan\n"
                "A1,2026-09,10000,200000,0,0,0,0\nA1,2026-10,12000,200000,0,0,0,0\n"
                "A2,2026-09,0,0,0,0,0,0\nA2,2026-10,0,0,0,0,0,0\n");
            jobs::NullProgress progress;
            ingest::ImportOptions o;
            o.asOf = ingest::dayFromCivil(2026, 11, 1);
            o.reportPath = dir.filePath(QStringLiteral("r.csv"));
            auto r = ingest::Importer(**w).run({customers, balances}, o, progress);
            QVERIFY(r.ok() && r->committed);
        }
        auto w = store::Workspace::open(ws);
        QVERIFY(w.ok());
        jobs::NullProgress progress;
        auto r = runClv(**w, ClvOptions(), progress);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QVERIFY(!r->transactionModelError.isEmpty());
        QVERIFY(!r->bgNbd && !r->gammaGamma);
        QVERIFY(r->notes.join(u'\n').contains(r->transactionModelError));
        QCOMPARE(r->customerId.size(), std::size_t(2));
        QVERIFY(std::isnan(r->pAlive[0]) && std::isnan(r->clv[0]));
        // A1 holds 212,000 in deposits: margin at the default rates, projected; A2 holds nothing.
        QVERIFY(r->marginClv[0] > 0);
        QCOMPARE(r->marginClv[1], 0.0);
        // Two customers: the top 20 % rounds to none, the next 30 % to one.
        QCOMPARE(r->valueBand[0], ValueBand::Medium);
        QCOMPARE(r->valueBand[1], ValueBand::Low);
        QCOMPARE(count(ws, "SELECT count(*) FROM clv_scores WHERE p_alive IS NULL"), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestClv)
#include "tst_clv.moc"
