// Margin CLV: the rates and their JSON, tenure bands, retention from the AUM history, and the
// closed form per customer against sums computed by hand (Python, term by term).

#include "analytics/features.h"
#include "analytics/margin.h"
#include "testutil.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::size_t col(BalanceColumn c)
{
    return static_cast<std::size_t>(c);
}

// Rates earning on current deposits (2 %), wealth (0.6 %) and loans (2.5 %) only.
MarginRates threeRates()
{
    MarginRates r;
    r.annualRate.fill(0);
    r.annualRate[col(BalanceColumn::Current)] = 0.02;
    r.annualRate[col(BalanceColumn::Wealth)] = 0.006;
    r.annualRate[col(BalanceColumn::Loan)] = 0.025;
    return r;
}

// 120,000 current, 500,000 wealth, a loan of 240,000 booked as a negative balance:
// m = (120000 × 0.02 + 500000 × 0.006 + 240000 × 0.025) / 12 = (2400 + 3000 + 6000) / 12 = 950 a month.
std::array<double, kBalanceColumns> sampleBalances()
{
    std::array<double, kBalanceColumns> b{};
    b[col(BalanceColumn::Current)] = 120000;
    b[col(BalanceColumn::Wealth)] = 500000;
    b[col(BalanceColumn::Loan)] = -240000;
    return b;
}
constexpr double kSampleMonthlyMargin = 950;

// Appends `count` customers with the given tenure and AUM `then` (history month months − 13) and
// `now` (the last month). Earlier months hold the opposite of `then`, to catch a wrong index.
void addCustomers(CustomerFeatures &f, int count, double tenure, double then, double now)
{
    for (int i = 0; i < count; ++i) {
        f.customerId.push_back(std::to_string(f.customerId.size()));
        f.tenureMonths.push_back(tenure);
        for (int m = 0; m < f.historyMonths; ++m)
            f.aumHistory.push_back(m == f.historyMonths - 13 ? then
                                   : m == f.historyMonths - 1 ? now
                                   : then > 0 ? 0.0 : 5000.0);
    }
}

struct Book
{
    CustomerFeatures features;
    BookData book;

    void add(double tenure, const std::array<double, kBalanceColumns> &balances)
    {
        features.customerId.push_back(std::to_string(features.customerId.size()));
        features.tenureMonths.push_back(tenure);
        book.balances.push_back(balances);
    }
};

RetentionEstimate manualRetention(std::vector<double> annual)
{
    const std::size_t n = annual.size();
    return RetentionEstimate{std::move(annual), std::vector<std::int64_t>(n, 0), std::vector<bool>(n, false)};
}

} // namespace

class TestMargin : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void bands_data();
    void bands();
    void monthlyMargin();
    void closedForm();
    void discount();
    void projectionCap();
    void missingBands();
    void retentionEstimate();
    void retentionTooShortHistory();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestMargin::defaults()
{
    const MarginRates d = MarginRates::defaults();
    QVERIFY(d.validate().ok());
    QCOMPARE(d.annualRate[col(BalanceColumn::Current)], 0.020);
    QCOMPARE(d.annualRate[col(BalanceColumn::Term)], 0.010);
    QCOMPARE(d.annualRate[col(BalanceColumn::OtherDeposit)], 0.012);
    QCOMPARE(d.annualRate[col(BalanceColumn::Wealth)], 0.006);
    QCOMPARE(d.annualRate[col(BalanceColumn::Fund)], 0.010);
    QCOMPARE(d.annualRate[col(BalanceColumn::Insurance)], 0.015);
    QCOMPARE(d.annualRate[col(BalanceColumn::Loan)], 0.025);
    QCOMPARE(d.tenureBandMonths, (std::vector<double>{12, 36, 60}));
    QCOMPARE(d.defaultAnnualRetention, 0.90);
    QCOMPARE(d.maxMonths, 240);
    QCOMPARE(d.bandCount(), 4);
}

void TestMargin::bands_data()
{
    QTest::addColumn<double>("tenure");
    QTest::addColumn<int>("band");
    QTest::newRow("unknown") << kNaN << 0;
    QTest::newRow("new") << 0.0 << 0;
    QTest::newRow("11 months") << 11.0 << 0;
    QTest::newRow("12 months starts band 1") << 12.0 << 1;
    QTest::newRow("35 months") << 35.0 << 1;
    QTest::newRow("36 months") << 36.0 << 2;
    QTest::newRow("59 months") << 59.0 << 2;
    QTest::newRow("60 months: open-ended band") << 60.0 << 3;
    QTest::newRow("30 years") << 360.0 << 3;
}

void TestMargin::bands()
{
    QFETCH(double, tenure);
    QFETCH(int, band);
    QCOMPARE(MarginRates().band(tenure), band);
}

void TestMargin::monthlyMargin()
{
    QCOMPARE(analytics::monthlyMargin(threeRates(), sampleBalances()), kSampleMonthlyMargin);
    // The loan's sign does not matter; a NaN balance counts as 0.
    std::array<double, kBalanceColumns> b = sampleBalances();
    b[col(BalanceColumn::Loan)] = 240000;
    b[col(BalanceColumn::Fund)] = kNaN;
    QCOMPARE(analytics::monthlyMargin(threeRates(), b), kSampleMonthlyMargin);
}

void TestMargin::closedForm()
{
    // Retention by band 0.80 / 0.90 / 0.95 / 0.98; discount 0.5 % a month; 240 months.
    // Σ_{k=1..240} q^k with q = 0.95^(1/12) / 1.005 is 95.83041994635349, with 0.80: 41.75972906247385.
    Book b;
    b.add(40, sampleBalances());   // band 2 (0.95), no P(alive): holds balances → p0 = 1
    b.add(40, sampleBalances());   // P(alive) 0.6
    b.add(40, {});                 // no balances, no P(alive) → 0
    b.add(40, sampleBalances());   // P(alive) 0 → 0
    b.add(kNaN, sampleBalances()); // unknown tenure: band 0 (0.80)
    const std::vector<double> pAlive{kNaN, 0.6, kNaN, 0.0, kNaN};
    const std::vector<double> clv =
        marginClv(threeRates(), b.features, b.book, pAlive, 0.005, manualRetention({0.80, 0.90, 0.95, 0.98}));
    QCOMPARE(clv.size(), std::size_t(5));
    TW_COMPARE_FUZZY(clv[0], 91038.8989490358, 1e-12);
    TW_COMPARE_FUZZY(clv[1], 54623.33936942149, 1e-12);
    QCOMPARE(clv[2], 0.0);
    QCOMPARE(clv[3], 0.0);
    TW_COMPARE_FUZZY(clv[4], 39671.742609350156, 1e-12);

    // Without P(alive) at all, balances decide p0.
    const std::vector<double> noP = marginClv(threeRates(), b.features, b.book, {}, 0.005,
                                              manualRetention({0.80, 0.90, 0.95, 0.98}));
    TW_COMPARE_FUZZY(noP[1], 91038.8989490358, 1e-12);
    QCOMPARE(noP[2], 0.0);
}

void TestMargin::discount()
{
    Book b;
    b.add(40, sampleBalances());
    const RetentionEstimate retention = manualRetention({0.80, 0.90, 0.95, 0.98});
    // Discount 0: Σ_{k=1..240} 0.95^(k/12) = 149.7608616994286.
    const double undiscounted = marginClv(threeRates(), b.features, b.book, {}, 0.0, retention)[0];
    TW_COMPARE_FUZZY(undiscounted, 142272.81861445718, 1e-12);
    const double discounted = marginClv(threeRates(), b.features, b.book, {}, 0.005, retention)[0];
    QVERIFY(discounted < undiscounted);
    TW_COMPARE_FUZZY(discounted, 91038.8989490358, 1e-12);
    // A negative discount is taken as 0.
    QCOMPARE(marginClv(threeRates(), b.features, b.book, {}, -0.01, retention)[0], undiscounted);
    // Full retention and no discount: exactly m × N (the q = 1 limit of the closed form).
    QCOMPARE(marginClv(threeRates(), b.features, b.book, {}, 0.0, manualRetention({1, 1, 1, 1}))[0],
             kSampleMonthlyMargin * 240);
}

void TestMargin::projectionCap()
{
    Book b;
    b.add(3, sampleBalances()); // band 0
    MarginRates rates = threeRates();
    rates.maxMonths = 12;
    // Σ_{k=1..12} 0.8^(k/12) = 10.655718202351874.
    TW_COMPARE_FUZZY(marginClv(rates, b.features, b.book, {}, 0.0, manualRetention({0.80, 0.90, 0.95, 0.98}))[0],
                     10122.93229223428, 1e-12);
}

void TestMargin::missingBands()
{
    // An empty estimate: every band takes the default 0.90. N = 36, discount 1 %:
    // Σ_{k=1..36} (0.9^(1/12) / 1.01)^k = 25.94206523171897.
    Book b;
    b.add(100, sampleBalances());
    MarginRates rates = threeRates();
    rates.maxMonths = 36;
    TW_COMPARE_FUZZY(marginClv(rates, b.features, b.book, {}, 0.01, RetentionEstimate{})[0], 24644.961970133023,
                     1e-12);
}

void TestMargin::retentionEstimate()
{
    CustomerFeatures f;
    f.historyMonths = 15; // twelve months before the as-of month is history month 2
    addCustomers(f, 80, 23, 1000, 2000);   // tenure then 11: band 0, kept
    addCustomers(f, 20, 23, 1000, 0);      // band 0, lost → 80 / 100 = 0.80
    addCustomers(f, 150, 24, 1000, 500);   // tenure then 12: band 1, all kept → 1.0, clamped to 0.999
    addCustomers(f, 99, 60, 1000, 500);    // tenure then 48: band 2, 99 < 100 → default
    addCustomers(f, 30, 100, 1000, 500);   // tenure then 88: band 3
    addCustomers(f, 90, 100, 1000, 0);     // 30 / 120 = 0.25, clamped to 0.5
    // Left out of every base (each would land in band 0 if counted):
    addCustomers(f, 50, 18, 0, 1000);      // no AUM twelve months ago
    addCustomers(f, 50, kNaN, 1000, 1000); // unknown tenure
    addCustomers(f, 50, 6, 1000, 1000);    // not yet open twelve months ago

    const RetentionEstimate e = estimateRetention(MarginRates(), f);
    QCOMPARE(e.base, (std::vector<std::int64_t>{100, 150, 99, 120}));
    QCOMPARE(e.estimated, (std::vector<bool>{true, true, false, true}));
    QVERIFY(e.anyEstimated());
    QCOMPARE(e.annualRetention[0], 0.80);
    QCOMPARE(e.annualRetention[1], 0.999);
    QCOMPARE(e.annualRetention[2], 0.90);
    QCOMPARE(e.annualRetention[3], 0.5);
}

void TestMargin::retentionTooShortHistory()
{
    CustomerFeatures f;
    f.historyMonths = 12;
    for (int i = 0; i < 300; ++i) {
        f.customerId.push_back(std::to_string(i));
        f.tenureMonths.push_back(30);
        f.aumHistory.insert(f.aumHistory.end(), 12, i % 2 ? 1000.0 : 0.0);
    }
    MarginRates rates;
    rates.defaultAnnualRetention = 0.85;
    const RetentionEstimate e = estimateRetention(rates, f);
    QCOMPARE(e.annualRetention, (std::vector<double>{0.85, 0.85, 0.85, 0.85}));
    QVERIFY(!e.anyEstimated());
}

void TestMargin::jsonRoundTrip()
{
    MarginRates rates = threeRates();
    rates.annualRate[col(BalanceColumn::Term)] = -0.001;
    rates.tenureBandMonths = {6, 24};
    rates.defaultAnnualRetention = 0.8;
    rates.maxMonths = 120;
    QVERIFY(rates.validate().ok());
    const Result<MarginRates> back = MarginRates::fromJsonBytes(rates.toJsonBytes());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == rates);
    QVERIFY(back.value() != MarginRates::defaults());

    // The retention section and max_months are optional; comments are ignored.
    const Result<MarginRates> minimal = MarginRates::fromJsonBytes(
        R"({"comment": "x", "annual_rates": {"current": 0.02, "term": 0.01, "other_deposit": 0.01,
            "wealth": 0.006, "fund": 0.01, "insurance": 0.015, "loan": 0.025}})");
    QVERIFY(minimal.ok());
    QCOMPARE(minimal->tenureBandMonths, MarginRates().tenureBandMonths);
    QCOMPARE(minimal->maxMonths, 240);
}

void TestMargin::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    const QByteArray rates = R"("annual_rates": {"current": 0.02, "term": 0.01, "other_deposit": 0.01,
                                "wealth": 0.006, "fund": 0.01, "insurance": 0.015, "loan": 0.025})";
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("JSON");
    QTest::newRow("rate not a number")
        << QByteArray(R"({"annual_rates": {"current": 0.02, "term": 0.01, "other_deposit": 0.01, "wealth": 0.006,
                         "fund": 0.01, "insurance": 0.015, "loan": "2.5%"}})")
        << QStringLiteral("annual_rates.loan");
    QTest::newRow("rate missing")
        << QByteArray(R"({"annual_rates": {"current": 0.02, "term": 0.01, "other_deposit": 0.01, "wealth": 0.006,
                         "insurance": 0.015, "loan": 0.025}})")
        << QStringLiteral("annual_rates.fund");
    QTest::newRow("rate as percent")
        << QByteArray(R"({"annual_rates": {"current": 0.02, "term": 1.5, "other_deposit": 0.01, "wealth": 0.006,
                         "fund": 0.01, "insurance": 0.015, "loan": 0.025}})")
        << QStringLiteral("annual_rates.term");
    QTest::newRow("unknown balance type")
        << QByteArray(R"({"annual_rates": {"current": 0.02, "term": 0.01, "other_deposit": 0.01, "wealth": 0.006,
                         "fund": 0.01, "insurance": 0.015, "loan": 0.025, "mortgage": 0.02}})")
        << QStringLiteral("annual_rates.mortgage");
    QTest::newRow("bands decrease") << "{" + rates + R"(, "retention": {"tenure_band_months": [12, 6]}})"
                                    << QStringLiteral("retention.tenure_band_months");
    QTest::newRow("retention above 1") << "{" + rates + R"(, "retention": {"default_annual_retention": 1.5}})"
                                       << QStringLiteral("retention.default_annual_retention");
    QTest::newRow("retention typo") << "{" + rates + R"(, "retention": {"default_retention": 0.9}})"
                                    << QStringLiteral("retention.default_retention");
    QTest::newRow("max months 0") << "{" + rates + R"(, "max_months": 0})" << QStringLiteral("max_months");
    QTest::newRow("max months fraction") << "{" + rates + R"(, "max_months": 12.5})" << QStringLiteral("max_months");
}

void TestMargin::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const QString error = test::ruleError<MarginRates>(json);
    QVERIFY2(error.contains(key), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMargin)
#include "tst_margin.moc"
