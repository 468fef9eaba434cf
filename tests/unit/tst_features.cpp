// Per-customer features: a hand-built workspace whose every feature was computed by hand — RFM
// with two transactions on one day, transactions after the as-of date, credits-only customers and
// customers without transactions; AUM averages with a missing month, the slope of a linear series
// and the history; tenure, age, product counts as of the date, channel shares; cancellation.

#include "analytics/features.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

// As of 2024-06-30: the as-of month is June 2024.
const char *const kFixture = R"SQL(
INSERT INTO imports (import_id, file_name, file_path, status, started_at)
VALUES (1, 'hand', 'hand', 'committed', '2024-07-01T00:00:00Z');

INSERT INTO products (product_code, product_type) VALUES
  ('CUR', 'current'), ('TD', 'term'), ('WM', 'wealth'), ('FD', 'fund'), ('INS', 'insurance'),
  ('CC', 'credit_card'), ('ML', 'mortgage'), ('CL', 'consumer_loan');

-- Out of id order: the features come back sorted.
INSERT INTO customers (customer_id, branch_id, birth_date, open_date, risk_level, credit_rating) VALUES
  ('C3', 'B01', NULL, NULL, 5, 'CCC'),
  ('C1', 'B01', '1990-07-01', '2020-01-15', 3, 'AA'),
  ('C2', 'B02', '1980-06-30', '2024-04-10', NULL, NULL);

INSERT INTO accounts (account_id, customer_id, product_code, open_date, close_date) VALUES
  ('A1', 'C1', 'CUR', '2020-01-15', NULL),
  ('A2', 'C1', 'CC', '2021-01-01', NULL),
  ('A3', 'C1', 'ML', '2022-01-01', '2024-05-01'), -- closed before as-of
  ('A4', 'C1', 'TD', '2023-01-01', NULL),         -- the account of holding H1: counted there
  ('A5', 'C1', 'CL', '2024-08-01', NULL),         -- opened after as-of
  ('A6', 'C2', 'CUR', '2024-04-10', NULL),
  ('A7', 'C2', 'CL', '2024-05-01', NULL);

INSERT INTO holdings (holding_key, customer_id, product_code, account_id, open_date, maturity_date, close_date) VALUES
  ('H1', 'C1', 'TD', 'A4', '2023-01-01', '2025-01-01', NULL),
  ('H2', 'C1', 'WM', NULL, '2024-01-01', NULL, NULL),
  ('H3', 'C1', 'FD', NULL, '2024-01-01', NULL, '2024-03-01'), -- closed
  ('H4', 'C1', 'INS', NULL, '2022-01-01', NULL, NULL),
  ('H5', 'C1', 'WM', NULL, '2024-02-01', NULL, NULL),
  ('H6', 'C2', 'FD', NULL, '2024-05-01', NULL, NULL);

-- Interleaved customers and dates.
INSERT INTO transactions (txn_key, customer_id, txn_date, amount_cents, channel, import_id) VALUES
  (1, 'C1', '2024-06-10', -10000, 'mobile', 1),
  (2, 'C2', '2024-06-01', 20000, 'atm', 1),
  (3, 'C1', '2024-07-05', -99900, 'mobile', 1),  -- after as-of
  (4, 'C1', '2024-06-20', 100000, 'counter', 1),
  (5, 'C2', '2024-06-15', 5000, 'wechat', 1),
  (6, 'C1', '2024-06-10', -5000, 'pos', 1),      -- the same day as txn 1
  (7, 'C2', '2024-06-01', 10000, 'atm', 1),
  (8, 'C1', '2024-05-01', -3000, 'mobile', 1);

-- C1: 2023-07 … 2024-06 linear, 1,000 + 100 per month; an older month and a later one.
INSERT INTO balances (customer_id, month, aum_cents) VALUES
  ('C1', '2023-06', 9999900),
  ('C1', '2023-07', 100000), ('C1', '2023-08', 110000), ('C1', '2023-09', 120000),
  ('C1', '2023-10', 130000), ('C1', '2023-11', 140000), ('C1', '2023-12', 150000),
  ('C1', '2024-01', 160000), ('C1', '2024-02', 170000), ('C1', '2024-03', 180000),
  ('C1', '2024-04', 190000), ('C1', '2024-05', 200000), ('C1', '2024-06', 210000),
  ('C1', '2024-07', 99999900),
-- C2: opened in April 2024; May is missing.
  ('C2', '2024-04', 30000), ('C2', '2024-06', 60000);
)SQL";

const Day kAsOf = ingest::dayFromCivil(2024, 6, 30);

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;

    bool build(QString *why)
    {
        auto created = store::Workspace::create(dir.filePath(QStringLiteral("w.tierwise")));
        if (!created) {
            *why = created.error().toString();
            return false;
        }
        ws = std::move(created.value());
        if (Status s = store::exec(ws->handle(), kFixture); !s) {
            *why = s.error().toString();
            return false;
        }
        return true;
    }
};

std::size_t idx(ProductFamily f)
{
    return static_cast<std::size_t>(f);
}

std::size_t idx(Channel c)
{
    return static_cast<std::size_t>(c);
}

} // namespace

class TestFeatures : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    CustomerFeatures m_f;

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_fixture.build(&why), qPrintable(why));
        jobs::NullProgress progress;
        FeatureOptions options;
        options.asOf = kAsOf;
        auto f = computeFeatures(m_fixture.ws->handle(), options, progress);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().toString()));
        m_f = std::move(f.value());
    }

    void customersSortedWithTheirAttributes()
    {
        QCOMPARE(m_f.asOf, kAsOf);
        QCOMPARE(m_f.size(), std::size_t(3));
        QCOMPARE(m_f.customerId, (std::vector<std::string>{"C1", "C2", "C3"}));
        QCOMPARE(m_f.branchId, (std::vector<std::string>{"B01", "B02", "B01"}));
        QCOMPARE(m_f.riskLevel, (std::vector<std::int8_t>{3, 0, 5}));
        QCOMPARE(m_f.creditRating, (std::vector<std::string>{"AA", "", "CCC"}));
    }

    void recencyAndFrequencyCountDaysUpToAsOf()
    {
        // C1: 06-10 (twice), 06-20, 05-01 (07-05 is after as-of) → 3 days, last 06-20.
        QCOMPARE(m_f.frequency[0], 3);
        QCOMPARE(m_f.recencyDays[0], 10.0);
        QCOMPARE(m_f.lastTransaction[0], ingest::dayFromCivil(2024, 6, 20));
        QCOMPARE(m_f.firstTransaction[0], ingest::dayFromCivil(2024, 5, 1));
        // C2: 06-01 (twice), 06-15.
        QCOMPARE(m_f.frequency[1], 2);
        QCOMPARE(m_f.recencyDays[1], 15.0);
        QCOMPARE(m_f.firstTransaction[1], ingest::dayFromCivil(2024, 6, 1));
    }

    void monetaryIsTheMeanSpendingPerDay()
    {
        // C1 debits: 06-10 100 + 50, 05-01 30 → (150 + 30) / 2 days; the credit day is not spending.
        TW_COMPARE_FUZZY(m_f.monetary[0], 90.0, 1e-12);
        // C2 has credits only: (200 + 100) on 06-01, 50 on 06-15 → 175 per day.
        TW_COMPARE_FUZZY(m_f.monetary[1], 175.0, 1e-12);
    }

    void customerWithoutTransactions()
    {
        QCOMPARE(m_f.frequency[2], 0);
        QVERIFY(std::isnan(m_f.recencyDays[2]));
        QVERIFY(std::isnan(m_f.monetary[2]));
        QCOMPARE(m_f.firstTransaction[2], Day(0));
        QCOMPARE(m_f.lastTransaction[2], Day(0));
        for (float share : m_f.channelShare[2])
            QCOMPARE(share, 0.0f);
    }

    void channelShares()
    {
        // C1 up to as-of: mobile ×2, pos, counter.
        QCOMPARE(m_f.channelShare[0][idx(Channel::Mobile)], 0.5f);
        QCOMPARE(m_f.channelShare[0][idx(Channel::Pos)], 0.25f);
        QCOMPARE(m_f.channelShare[0][idx(Channel::Counter)], 0.25f);
        QCOMPARE(m_f.channelShare[0][idx(Channel::Online)], 0.0f);
        // C2: atm ×2, an unknown channel.
        TW_COMPARE_FUZZY(m_f.channelShare[1][idx(Channel::Atm)], 2.0 / 3.0, 1e-6);
        TW_COMPARE_FUZZY(m_f.channelShare[1][idx(Channel::Other)], 1.0 / 3.0, 1e-6);
    }

    void aumAveragesAndTrend()
    {
        // C1: the last 1 / 3 / 12 months of 1,000 … 2,100.
        TW_COMPARE_FUZZY(m_f.aum1m[0], 2100.0, 1e-12);
        TW_COMPARE_FUZZY(m_f.aum3m[0], 2000.0, 1e-12);
        TW_COMPARE_FUZZY(m_f.aum12m[0], 1550.0, 1e-12);
        TW_COMPARE_FUZZY(m_f.aumTrend[0], 100.0, 1e-9);
        // C2 opened in April: April 300, May missing (0), June 600; only its 3 months count.
        TW_COMPARE_FUZZY(m_f.aum1m[1], 600.0, 1e-12);
        TW_COMPARE_FUZZY(m_f.aum3m[1], 300.0, 1e-12);
        TW_COMPARE_FUZZY(m_f.aum12m[1], 300.0, 1e-12);
        // Slope of (0, 300), (1, 0), (2, 600): 300 / 2.
        TW_COMPARE_FUZZY(m_f.aumTrend[1], 150.0, 1e-9);
        // C3 has no balances.
        QCOMPARE(m_f.aum1m[2], 0.0);
        QCOMPARE(m_f.aum12m[2], 0.0);
        QCOMPARE(m_f.aumTrend[2], 0.0);
    }

    void aumHistoryOldestFirst()
    {
        QCOMPARE(m_f.historyMonths, 24);
        QCOMPARE(m_f.aumHistory.size(), std::size_t(3 * 24));
        const double *c1 = m_f.aumHistory.data();
        QCOMPARE(c1[23], 2100.0);    // 2024-06
        QCOMPARE(c1[12], 1000.0);    // 2023-07
        QCOMPARE(c1[11], 99999.0);   // 2023-06
        QCOMPARE(c1[0], 0.0);        // 2022-07
        const double *c2 = m_f.aumHistory.data() + 24;
        QCOMPARE(c2[21], 300.0);
        QCOMPARE(c2[22], 0.0);
        QCOMPARE(c2[23], 600.0);
    }

    void shortHistoryKeepsTheAverages()
    {
        jobs::NullProgress progress;
        FeatureOptions options;
        options.asOf = kAsOf;
        options.historyMonths = 2;
        auto f = computeFeatures(m_fixture.ws->handle(), options, progress);
        QVERIFY(f.ok());
        QCOMPARE(f->aumHistory.size(), std::size_t(3 * 2));
        QCOMPARE(f->aumHistory[0], 2000.0);
        QCOMPARE(f->aumHistory[1], 2100.0);
        TW_COMPARE_FUZZY(f->aum12m[0], 1550.0, 1e-12);
        TW_COMPARE_FUZZY(f->aumTrend[0], 100.0, 1e-9);
    }

    void tenureAndAge()
    {
        // C1: opened 2020-01-15 → 53 completed months; born 1990-07-01 → 33 (birthday tomorrow).
        QCOMPARE(m_f.tenureMonths[0], 53.0);
        QCOMPARE(m_f.age[0], 33.0);
        // C2: opened 2024-04-10 → 2 months; born 1980-06-30 → 44 today.
        QCOMPARE(m_f.tenureMonths[1], 2.0);
        QCOMPARE(m_f.age[1], 44.0);
        QVERIFY(std::isnan(m_f.tenureMonths[2]));
        QVERIFY(std::isnan(m_f.age[2]));
    }

    void productCountsHeldAtAsOf()
    {
        const auto &c1 = m_f.products[0];
        QCOMPARE(c1[idx(ProductFamily::Deposit)], 2); // current account + term holding
        QCOMPARE(c1[idx(ProductFamily::Wealth)], 2);
        QCOMPARE(c1[idx(ProductFamily::Fund)], 0);   // closed
        QCOMPARE(c1[idx(ProductFamily::Insurance)], 1);
        QCOMPARE(c1[idx(ProductFamily::CreditCard)], 1);
        QCOMPARE(c1[idx(ProductFamily::Loan)], 0);   // mortgage closed, loan opened later
        const auto &c2 = m_f.products[1];
        QCOMPARE(c2[idx(ProductFamily::Deposit)], 1);
        QCOMPARE(c2[idx(ProductFamily::Fund)], 1);
        QCOMPARE(c2[idx(ProductFamily::Loan)], 1);
        for (std::int32_t n : m_f.products[2])
            QCOMPARE(n, 0);
    }

    void earlierAsOf()
    {
        // As of 2024-06-10: C1's 06-20 credit is not yet there; the as-of month is May.
        jobs::NullProgress progress;
        FeatureOptions options;
        options.asOf = ingest::dayFromCivil(2024, 6, 10);
        auto f = computeFeatures(m_fixture.ws->handle(), options, progress);
        QVERIFY(f.ok());
        QCOMPARE(f->frequency[0], 2);
        QCOMPARE(f->recencyDays[0], 0.0);
        TW_COMPARE_FUZZY(f->monetary[0], 90.0, 1e-12);
        TW_COMPARE_FUZZY(f->aum1m[0], 2000.0, 1e-12);
        QCOMPARE(f->frequency[1], 1);
        TW_COMPARE_FUZZY(f->monetary[1], 300.0, 1e-12);
    }

    void defaultAsOfIsTheLatestDate()
    {
        // No import log here: the last transaction (07-05) against the end of the last balance
        // month (07-31).
        jobs::NullProgress progress;
        auto f = computeFeatures(m_fixture.ws->handle(), FeatureOptions(), progress);
        QVERIFY(f.ok());
        QCOMPARE(f->asOf, ingest::dayFromCivil(2024, 7, 31));
        QCOMPARE(f->frequency[0], 4);
    }

    void cancelledBeforeStart()
    {
        jobs::CallbackProgress progress;
        progress.cancel();
        auto f = computeFeatures(m_fixture.ws->handle(), FeatureOptions(), progress);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, Error::Kind::Cancelled);
    }

    void cancelledDuringTheScans()
    {
        // Enough rows for several progress checks; cancel at the first report with rows done.
        QTemporaryDir dir;
        auto ws = store::Workspace::create(dir.filePath(QStringLiteral("big.tierwise")));
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        QVERIFY(store::exec(db, "INSERT INTO imports (import_id, file_name, file_path, status, started_at)"
                                " VALUES (1, 'x', 'x', 'committed', 'now')").ok());
        QVERIFY(store::exec(db, "INSERT INTO customers (customer_id) VALUES ('C1')").ok());
        QVERIFY(store::exec(db, R"SQL(
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
            INSERT INTO transactions (txn_key, customer_id, txn_date, amount_cents, channel, import_id)
            SELECT i, 'C1', '2024-01-01', -100, 'pos', 1 FROM n)SQL").ok());
        int reports = 0;
        jobs::CallbackProgress *self = nullptr;
        jobs::CallbackProgress progress([&](qint64 done, qint64, const QString &) {
            ++reports;
            if (done > 0)
                self->cancel();
        });
        self = &progress;
        auto f = computeFeatures(db, FeatureOptions(), progress);
        QVERIFY(!f.ok());
        QCOMPARE(f.error().kind, Error::Kind::Cancelled);
        QVERIFY(reports >= 2);

        // Not cancelled, the same workspace gives one purchase day.
        jobs::NullProgress quiet;
        auto all = computeFeatures(db, FeatureOptions(), quiet);
        QVERIFY(all.ok());
        QCOMPARE(all->frequency[0], 1);
        TW_COMPARE_FUZZY(all->monetary[0], 300000.0, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestFeatures)
#include "tst_features.moc"
