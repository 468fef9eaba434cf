// Pareto: Gini of known distributions, the top-20 % share, the Lorenz curve and groups.

#include "analytics/pareto.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> toStd(const QVector<double> &v)
{
    return std::vector<double>(v.cbegin(), v.cend());
}

} // namespace

class TestPareto : public QObject
{
    Q_OBJECT

private slots:
    void gini_data();
    void gini();
    void oneHolderAmongN_data();
    void oneHolderAmongN();
    void top20_data();
    void top20();
    void lorenzSmall();
    void lorenzDownsampled();
    void giniMatchesLorenzArea();
    void groups();
    void empty();
};

void TestPareto::gini_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("gini");
    QTest::newRow("equal values") << QVector<double>{3, 3, 3, 3, 3} << 0.0;
    QTest::newRow("one value") << QVector<double>{7} << 0.0;
    // Σ i·x_i = 1 + 4 + 9 + 16 = 30, T = 10, n = 4: 60/40 − 5/4 = 0.25.
    QTest::newRow("1 2 3 4") << QVector<double>{4, 1, 3, 2} << 0.25;
    // Σ i·x_i = 1·1 + 2·1 + 3·2 + 4·6 = 33, T = 10: 66/40 − 5/4 = 0.4.
    QTest::newRow("1 1 2 6") << QVector<double>{1, 6, 1, 2} << 0.4;
    QTest::newRow("negative clamps to 0") << QVector<double>{-5, 5} << 0.5;
    QTest::newRow("NaN left out") << QVector<double>{kNaN, 1, 2, 3, 4} << 0.25;
    QTest::newRow("all zero is equal") << QVector<double>{0, 0, 0} << 0.0;
    QTest::newRow("huge and tiny") << QVector<double>{1e15, 1e-3, 1e-3, 1e-3} << 0.75;
}

void TestPareto::gini()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, gini);
    const ParetoSummary s = pareto(toStd(values));
    TW_COMPARE_FUZZY(s.gini, gini, 1e-12);
}

void TestPareto::oneHolderAmongN_data()
{
    QTest::addColumn<int>("n");
    QTest::newRow("2") << 2;
    QTest::newRow("5") << 5;
    QTest::newRow("10") << 10;
    QTest::newRow("100000") << 100000;
}

void TestPareto::oneHolderAmongN()
{
    QFETCH(int, n);
    std::vector<double> v(std::size_t(n), 0.0);
    v[std::size_t(n / 2)] = 123456.78;
    const ParetoSummary s = pareto(v);
    TW_COMPARE_FUZZY(s.gini, 1.0 - 1.0 / n, 1e-12);
    // The top 20 % hold everything once they include a whole customer (n ≥ 5); below that, the
    // interpolated fraction 0.2·n of the holder.
    TW_COMPARE_FUZZY(s.top20Share, std::min(1.0, 0.2 * n), 1e-12);
}

void TestPareto::top20_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("share");
    QTest::newRow("ten customers, top two hold 70") << QVector<double>{1, 20, 5, 3, 50, 10, 1, 5, 4, 1} << 0.7;
    // 20 % of 7 = 1.4 customers: 40 + 0.4 · 30 = 52 of 100.
    QTest::newRow("seven customers, interpolated") << QVector<double>{10, 40, 2, 30, 10, 5, 3} << 0.52;
    QTest::newRow("equal") << QVector<double>{2, 2, 2, 2, 2} << 0.2;
    QTest::newRow("all zero") << QVector<double>{0, 0} << 0.2;
    // Clamped to 0 and 5: 20 % of 2 = 0.4 customers of the holder of everything.
    QTest::newRow("negative clamps to 0") << QVector<double>{-5, 5} << 0.4;
}

void TestPareto::top20()
{
    QFETCH(QVector<double>, values);
    QFETCH(double, share);
    TW_COMPARE_FUZZY(pareto(toStd(values)).top20Share, share, 1e-12);
}

void TestPareto::lorenzSmall()
{
    const ParetoSummary s = pareto({1, 2, 3, 4});
    QCOMPARE(s.count, std::int64_t(4));
    QCOMPARE(double(s.total), 10.0);
    QCOMPARE(s.customerShare, (QVector<double>{0, 0.25, 0.5, 0.75, 1}));
    const QVector<double> expected{0, 0.4, 0.7, 0.9, 1};
    QCOMPARE(s.valueShare.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        TW_COMPARE_FUZZY(s.valueShare.at(i), expected.at(i), 1e-12);
}

void TestPareto::lorenzDownsampled()
{
    QRandomGenerator rng(7);
    std::vector<double> v(250000);
    for (double &x : v)
        x = std::exp(rng.generateDouble() * 12); // log-uniform, very unequal
    const ParetoSummary s = pareto(v);
    QCOMPARE(s.customerShare.size(), kDefaultLorenzPoints);
    QCOMPARE(s.valueShare.size(), kDefaultLorenzPoints);
    QCOMPARE(s.customerShare.first(), 0.0);
    QCOMPARE(s.valueShare.first(), 0.0);
    QCOMPARE(s.customerShare.last(), 1.0);
    TW_COMPARE_FUZZY(s.valueShare.last(), 1.0, 1e-12);
    for (int i = 1; i < s.customerShare.size(); ++i) {
        QVERIFY(s.customerShare.at(i) > s.customerShare.at(i - 1));
        QVERIFY(s.valueShare.at(i) >= s.valueShare.at(i - 1));
        QVERIFY(s.valueShare.at(i) >= s.customerShare.at(i) - 1e-12); // above the diagonal
    }
    // The point at 20 % of the customers is the top-20 % share.
    TW_COMPARE_FUZZY(s.valueShare.at(200), s.top20Share, 1e-9);
    QCOMPARE(pareto(v, 11).customerShare.size(), 11);
}

void TestPareto::giniMatchesLorenzArea()
{
    // Without thinning the curve is exact; G = 2 · (area under the descending curve) − 1.
    QRandomGenerator rng(11);
    std::vector<double> v(1000);
    for (double &x : v)
        x = rng.bounded(1000.0) * rng.bounded(1000.0);
    const ParetoSummary s = pareto(v);
    QCOMPARE(s.customerShare.size(), 1001);
    double area = 0;
    for (int i = 1; i < s.customerShare.size(); ++i)
        area += (s.customerShare.at(i) - s.customerShare.at(i - 1)) * (s.valueShare.at(i) + s.valueShare.at(i - 1)) / 2;
    TW_COMPARE_FUZZY(s.gini, 2 * area - 1, 1e-9);
    std::vector<double> ascending = v;
    std::sort(ascending.begin(), ascending.end());
    TW_COMPARE_FUZZY(giniSorted(ascending), s.gini, 1e-12);
}

void TestPareto::groups()
{
    const std::vector<double> values{10, 10, 0, 100, kNaN, 5};
    const std::vector<std::string> groups{"B01", "B01", "B02", "B02", "B02", ""};
    const ParetoReport r = paretoByGroup(values, groups);
    QCOMPARE(r.byGroup.size(), 3);
    QCOMPARE(r.overall.count, std::int64_t(5));
    QCOMPARE(double(r.overall.total), 125.0);
    const ParetoSummary &b1 = r.byGroup.value(QStringLiteral("B01"));
    QCOMPARE(b1.count, std::int64_t(2));
    TW_COMPARE_FUZZY(b1.gini, 0.0, 1e-12);
    const ParetoSummary &b2 = r.byGroup.value(QStringLiteral("B02"));
    QCOMPARE(b2.count, std::int64_t(2)); // the NaN is left out
    TW_COMPARE_FUZZY(b2.gini, 0.5, 1e-12);
    QVERIFY(r.byGroup.contains(QString()));
    // Overall: ascending 0 5 10 10 100: Σ i·x_i = 0 + 10 + 30 + 40 + 500 = 580, T = 125, n = 5.
    TW_COMPARE_FUZZY(r.overall.gini, 2.0 * 580 / (5 * 125) - 6.0 / 5, 1e-12);
}

void TestPareto::empty()
{
    const ParetoSummary s = pareto({});
    QCOMPARE(s.count, std::int64_t(0));
    QCOMPARE(s.gini, 0.0);
    QCOMPARE(s.top20Share, 0.0);
    QVERIFY(s.customerShare.isEmpty());
    QCOMPARE(pareto({kNaN}).count, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestPareto)
#include "tst_pareto.moc"
