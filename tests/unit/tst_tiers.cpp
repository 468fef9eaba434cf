// Value tiers: rule sets and their JSON, tiering with hysteresis, per-branch overrides, migration.

#include "analytics/features.h"
#include "analytics/tiers.h"
#include "testutil.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Tier keys of the default set, for readable expectations.
int tierIndex(const char *key)
{
    return TierRuleSet::defaults().indexOf(QLatin1String(key));
}

} // namespace

class TestTiers : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void qualifying_data();
    void qualifying();
    void hysteresis_data();
    void hysteresis();
    void branchOverride();
    void featuresWithoutHistory();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void migration();
};

void TestTiers::defaults()
{
    const TierRuleSet d = TierRuleSet::defaults();
    QVERIFY(d.validate().ok());
    QCOMPARE(d.size(), 5);
    QCOMPARE(d.thresholds(), (QVector<double>{0, 50000, 500000, 6000000, 10000000}));
    QCOMPARE(d.patience(), (QVector<int>{3, 3, 3, 3, 6}));
    QCOMPARE(d.tiers().at(1).key, QStringLiteral("mass"));
    // No catalogue installed: the display name is the source text.
    QCOMPARE(d.tiers().at(3).displayName(), QStringLiteral("High net worth"));
}

void TestTiers::qualifying_data()
{
    QTest::addColumn<double>("aum");
    QTest::addColumn<int>("tier");
    QTest::newRow("negative") << -100.0 << 0;
    QTest::newRow("zero") << 0.0 << 0;
    QTest::newRow("just below mass") << 49999.99 << 0;
    QTest::newRow("exactly mass") << 50000.0 << 1;
    QTest::newRow("affluent") << 500000.0 << 2;
    QTest::newRow("hnw") << 7000000.0 << 3;
    QTest::newRow("private") << 10000000.0 << 4;
    QTest::newRow("nan") << kNaN << 0;
}

void TestTiers::qualifying()
{
    QFETCH(double, aum);
    QFETCH(int, tier);
    QCOMPARE(qualifyingTier(TierRuleSet::defaults().thresholds(), aum), tier);
}

void TestTiers::hysteresis_data()
{
    QTest::addColumn<QVector<double>>("history");
    QTest::addColumn<int>("tier");
    QTest::addColumn<bool>("watch");
    QTest::addColumn<int>("monthsBelow");

    const double mass = 60000, affluent = 600000, hnw = 7e6, priv = 12e6, low = 1000;
    QTest::newRow("empty history is AUM 0") << QVector<double>{} << 0 << false << 0;
    QTest::newRow("all NaN is AUM 0") << QVector<double>{kNaN, kNaN} << 0 << false << 0;
    QTest::newRow("steady mass") << QVector<double>{mass, mass, mass} << 1 << false << 0;
    QTest::newRow("upgrade at once") << QVector<double>{low, low, affluent} << 2 << false << 0;
    QTest::newRow("upgrade two tiers at once") << QVector<double>{low, hnw} << 3 << false << 0;
    QTest::newRow("one month below: watch") << QVector<double>{affluent, affluent, mass} << 2 << true << 1;
    QTest::newRow("two months below: watch") << QVector<double>{affluent, mass, mass} << 2 << true << 2;
    QTest::newRow("three months below: downgraded")
        << QVector<double>{affluent, mass, mass, mass} << 1 << false << 0;
    QTest::newRow("downgrade to where the latest month qualifies")
        << QVector<double>{affluent, mass, mass, low} << 0 << false << 0;
    QTest::newRow("a month back above resets the count")
        << QVector<double>{affluent, mass, mass, affluent, mass, mass} << 2 << true << 2;
    QTest::newRow("NaN month neither breaks nor extends a run")
        << QVector<double>{affluent, mass, kNaN, mass} << 2 << true << 2;
    QTest::newRow("upgrade while on watch") << QVector<double>{affluent, mass, hnw} << 3 << false << 0;
    QTest::newRow("private: five months below is still watch")
        << QVector<double>{priv, hnw, hnw, hnw, hnw, hnw} << 4 << true << 5;
    QTest::newRow("private: six months below downgrades")
        << QVector<double>{priv, hnw, hnw, hnw, hnw, hnw, hnw} << 3 << false << 0;
    QTest::newRow("after a downgrade the count restarts")
        << QVector<double>{affluent, mass, mass, mass, low, low} << 1 << true << 2;
    QTest::newRow("exactly at the threshold is not below")
        << QVector<double>{affluent, 500000.0, 500000.0, 500000.0} << 2 << false << 0;
}

void TestTiers::hysteresis()
{
    QFETCH(QVector<double>, history);
    QFETCH(int, tier);
    QFETCH(bool, watch);
    QFETCH(int, monthsBelow);
    const TierRuleSet d = TierRuleSet::defaults();
    const TierAssignment a = assignTier(history.constData(), int(history.size()), d.thresholds(), d.patience());
    QCOMPARE(int(a.tier), tier);
    QCOMPARE(a.watch, watch);
    QCOMPARE(int(a.monthsBelow), monthsBelow);
}

void TestTiers::branchOverride()
{
    TierRuleSet rules = TierRuleSet::defaults();
    // A rural branch: lower cut-offs, and a mass customer waits 4 months before a downgrade.
    rules.setBranchOverride(QStringLiteral("R01"),
                            BranchTierOverride{{0, 20000, 200000, 3000000, 6000000}, {3, 4, 3, 3, 6}});
    QVERIFY(rules.validate().ok());

    CustomerFeatures f;
    f.customerId = {"C1", "C2", "C3", "C4"};
    f.branchId = {"B01", "R01", "R01", ""};
    f.historyMonths = 4;
    f.aumHistory = {
        30000, 30000, 30000, 30000,      // C1, city branch: potential
        30000, 30000, 30000, 30000,      // C2, rural: mass
        30000, 10000, 10000, 10000,      // C3, rural: mass with 3 months below, patience 4 → watch
        250000, 250000, 250000, 250000,  // C4, no branch: the base rules → mass
    };
    const std::vector<TierAssignment> a = assignTiers(rules, f);
    QCOMPARE(a.size(), std::size_t(4));
    QCOMPARE(int(a[0].tier), tierIndex("potential"));
    QCOMPARE(int(a[1].tier), tierIndex("mass"));
    QCOMPARE(int(a[2].tier), tierIndex("mass"));
    QVERIFY(a[2].watch);
    QCOMPARE(int(a[2].monthsBelow), 3);
    QCOMPARE(int(a[3].tier), tierIndex("mass"));

    // The same customers under the base rules.
    const std::vector<TierAssignment> b = assignTiers(TierRuleSet::defaults(), f);
    QCOMPARE(int(b[1].tier), tierIndex("potential"));
    QCOMPARE(int(b[2].tier), tierIndex("potential"));
    QVERIFY(!b[2].watch);
}

void TestTiers::featuresWithoutHistory()
{
    CustomerFeatures f;
    f.customerId = {"A", "B"};
    f.branchId = {"", ""};
    f.aum1m = {600000, 10};
    const std::vector<TierAssignment> a = assignTiers(TierRuleSet::defaults(), f);
    QCOMPARE(int(a[0].tier), tierIndex("affluent"));
    QCOMPARE(int(a[1].tier), tierIndex("potential"));
}

void TestTiers::jsonRoundTrip()
{
    TierRuleSet rules = TierRuleSet::defaults();
    rules.setBranchOverride(QStringLiteral("R01"), BranchTierOverride{{0, 20000, 200000, 3000000, 6000000}, {}});
    rules.setBranchOverride(QStringLiteral("R02"),
                            BranchTierOverride{{0, 30000, 300000, 3000000, 6000000}, {2, 2, 2, 2, 4}});
    const Result<TierRuleSet> back = TierRuleSet::fromJsonBytes(rules.toJsonBytes());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == rules);
    QCOMPARE(back->thresholds(QStringLiteral("R01")).at(1), 20000.0);
    QCOMPARE(back->patience(QStringLiteral("R01")), rules.patience());
    QCOMPARE(back->patience(QStringLiteral("R02")).at(4), 4);
    QCOMPARE(back->thresholds(QStringLiteral("unknown")), rules.thresholds());
}

void TestTiers::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // a fragment the message must contain

    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("no tiers") << QByteArray("{}") << QStringLiteral("\"tiers\"");
    QTest::newRow("empty tiers") << QByteArray(R"({"tiers": []})") << QStringLiteral("at least one tier");
    QTest::newRow("thresholds must increase")
        << QByteArray(R"({"tiers": [{"key": "low", "threshold": 0}, {"key": "mid", "threshold": 100},
                                    {"key": "high", "threshold": 100}]})")
        << QStringLiteral("tier 'high'");
    QTest::newRow("decreasing threshold names the key")
        << QByteArray(R"({"tiers": [{"key": "low", "threshold": 0}, {"key": "mid", "threshold": -5}]})")
        << QStringLiteral("tier 'mid': the threshold -5 must be greater than that of 'low'");
    QTest::newRow("threshold not a number")
        << QByteArray(R"({"tiers": [{"key": "low", "threshold": "zero"}]})") << QStringLiteral("tier 'low'");
    QTest::newRow("duplicate key")
        << QByteArray(R"({"tiers": [{"key": "a", "threshold": 0}, {"key": "a", "threshold": 1}]})")
        << QStringLiteral("tier 'a': the key is used twice");
    QTest::newRow("zero patience")
        << QByteArray(R"({"tiers": [{"key": "a", "threshold": 0, "patience": 0}]})")
        << QStringLiteral("tier 'a'");
    QTest::newRow("fractional patience")
        << QByteArray(R"({"tiers": [{"key": "a", "threshold": 0, "patience": 1.5}]})")
        << QStringLiteral("tier 'a'");
    QTest::newRow("missing key") << QByteArray(R"({"tiers": [{"threshold": 0}]})") << QStringLiteral("tiers[0]");
    QTest::newRow("branch with too few thresholds")
        << QByteArray(R"({"tiers": [{"key": "a", "threshold": 0}, {"key": "b", "threshold": 10}],
                         "branches": {"R9": {"thresholds": [0]}}})")
        << QStringLiteral("branch 'R9'");
    QTest::newRow("branch thresholds must increase")
        << QByteArray(R"({"tiers": [{"key": "a", "threshold": 0}, {"key": "b", "threshold": 10}],
                         "branches": {"R9": {"thresholds": [5, 5]}}})")
        << QStringLiteral("branch 'R9': tier 'b'");
}

void TestTiers::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<TierRuleSet> r = TierRuleSet::fromJsonBytes(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QCOMPARE(r.error().kind, Error::Kind::BadInput);
}

void TestTiers::migration()
{
    // Before: A mass, B affluent, C potential, D mass, E hnw (E leaves).
    // After:  A affluent (up), B mass (down), C potential (stays), D mass (stays), F private (joins).
    const std::vector<std::string> idsBefore{"A", "B", "C", "D", "E"};
    const std::vector<std::string> idsAfter{"A", "B", "C", "D", "F"};
    auto tiers = [](std::initializer_list<int> t) {
        std::vector<TierAssignment> v;
        for (int x : t)
            v.push_back(TierAssignment{std::int16_t(x), false, 0});
        return v;
    };
    const TierMigration m = tierMigration(5, idsBefore, tiers({1, 2, 0, 1, 3}), idsAfter, tiers({2, 1, 0, 1, 4}));
    QCOMPARE(m.at(1, 2), std::int64_t(1));
    QCOMPARE(m.at(2, 1), std::int64_t(1));
    QCOMPARE(m.at(0, 0), std::int64_t(1));
    QCOMPARE(m.at(1, 1), std::int64_t(1));
    std::int64_t total = 0;
    for (std::int64_t c : m.counts)
        total += c;
    QCOMPARE(total, std::int64_t(4));
    QCOMPARE(m.upgrades(), std::int64_t(1));
    QCOMPARE(m.downgrades(), std::int64_t(1));
    QCOMPARE(m.stayed(), std::int64_t(2));
    QCOMPARE(m.left, (std::vector<std::int64_t>{0, 0, 0, 1, 0}));
    QCOMPARE(m.joined, (std::vector<std::int64_t>{0, 0, 0, 0, 1}));
}

QTEST_GUILESS_MAIN(TestTiers)
#include "tst_tiers.moc"
