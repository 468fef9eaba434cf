// Lifecycle stages: the rules at their boundaries, their order, the evidence, and the rule set's
// JSON and defaults.

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/lifecycle.h"
#include "analytics/rulejson.h"
#include "testutil.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const Day kAsOf = ingest::dayFromCivil(2025, 6, 30);

// A book of customers added one at a time: open day, AUM history (oldest first), activity days.
class Book
{
public:
    explicit Book(int historyMonths = 4)
    {
        f.asOf = b.asOf = kAsOf;
        f.historyMonths = historyMonths;
        b.activity.offsets = {0};
    }
    // Days are relative to the as-of date (0 = as-of, 1 = the day before); open 0 = unknown.
    std::size_t add(int openDaysAgo, std::vector<double> history = {})
    {
        f.customerId.push_back("C" + std::to_string(f.size()));
        f.branchId.emplace_back();
        f.openDay.push_back(openDaysAgo == 0 ? 0 : kAsOf - openDaysAgo);
        history.resize(std::size_t(f.historyMonths), 0.0);
        f.aumHistory.insert(f.aumHistory.end(), history.begin(), history.end());
        f.aum1m.push_back(history.empty() ? 0.0 : history.back());
        b.activity.offsets.push_back(b.activity.offsets.back());
        return f.size() - 1;
    }
    // Appends days to the last customer, oldest first.
    Book &days(std::initializer_list<int> daysAgo, bool active = true)
    {
        for (int ago : daysAgo) {
            b.activity.day.push_back(kAsOf - ago);
            b.activity.active.push_back(active ? 1 : 0);
            b.activity.activeValue.push_back(active ? 100.0 : 0.0);
            b.activity.outflow.push_back(0.0f);
            ++b.activity.offsets.back();
        }
        return *this;
    }
    // `count` active days spread over [from, to] days ago.
    Book &activeDays(int count, int fromAgo, int toAgo)
    {
        for (int k = 0; k < count; ++k)
            days({fromAgo - k * (fromAgo - toAgo) / std::max(count - 1, 1)});
        return *this;
    }
    LifecycleStage stage(std::size_t row, double pAlive = kNaN, const LifecycleRules &rules = {}) const
    {
        std::vector<double> p(f.size(), kNaN);
        p[row] = pAlive;
        return lifecycleStage(rules, lifecycleEvidence(rules, f, b, p, row));
    }

    CustomerFeatures f;
    BookData b;
};

} // namespace

Q_DECLARE_METATYPE(tierwise::analytics::LifecycleStage)

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void keys();
    void defaultsFromResource();
    void tenure_data();
    void tenure();
    void churn_data();
    void churn();
    void activityWindows();
    void activityDrop_data();
    void activityDrop();
    void aumTrend_data();
    void aumTrend();
    void ruleOrder();
    void assignAll();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestLifecycle::keys()
{
    for (std::size_t i = 0; i < kLifecycleStages; ++i) {
        const auto stage = static_cast<LifecycleStage>(i);
        QCOMPARE(lifecycleStageFromKey(lifecycleStageKey(stage)), std::optional<LifecycleStage>(stage));
        QVERIFY(!lifecycleStageName(stage).isEmpty());
    }
    QCOMPARE(lifecycleStageKey(LifecycleStage::Churned), QStringLiteral("churned"));
    QCOMPARE(lifecycleStageName(LifecycleStage::Decline), QStringLiteral("Decline"));
    QVERIFY(!lifecycleStageFromKey(QStringLiteral("retention")).has_value());
}

void TestLifecycle::defaultsFromResource()
{
    QFile file(QStringLiteral(":/tierwise/defaults/lifecycle_rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<LifecycleRules> fromFile = LifecycleRules::fromJsonBytes(file.readAll());
    QVERIFY2(fromFile.ok(), fromFile.ok() ? "" : qPrintable(fromFile.error().message));
    QVERIFY(fromFile.value() == LifecycleRules{}); // the file holds the documented values
    QVERIFY(LifecycleRules::defaults() == fromFile.value());
    QVERIFY(rulejson::defaultsObject("lifecycle_rules").contains(QStringLiteral("comment")));
}

void TestLifecycle::tenure_data()
{
    QTest::addColumn<int>("openDaysAgo");
    QTest::addColumn<LifecycleStage>("stage");
    QTest::newRow("opened today") << 0 << LifecycleStage::Acquisition;
    QTest::newRow("30 days") << 30 << LifecycleStage::Acquisition;
    QTest::newRow("31 days") << 31 << LifecycleStage::Growth;
    QTest::newRow("180 days") << 180 << LifecycleStage::Growth;
    QTest::newRow("181 days") << 181 << LifecycleStage::Maturity;
    QTest::newRow("opened tomorrow: tenure unknown") << -1 << LifecycleStage::Maturity;
}

void TestLifecycle::tenure()
{
    QFETCH(int, openDaysAgo);
    QFETCH(LifecycleStage, stage);
    Book book;
    // Opened today: the open date is unknown (0) and the first activity day gives the tenure.
    book.add(openDaysAgo == 0 ? 0 : openDaysAgo);
    book.days({0}); // active today: never churned, no trend
    QCOMPARE(book.stage(0), stage);
}

void TestLifecycle::churn_data()
{
    QTest::addColumn<int>("lastActiveDaysAgo"); // -1: none
    QTest::addColumn<double>("pAlive");
    QTest::addColumn<LifecycleStage>("stage");
    QTest::newRow("inactive 179 days") << 179 << kNaN << LifecycleStage::Maturity;
    QTest::newRow("inactive 180 days") << 180 << kNaN << LifecycleStage::Churned;
    QTest::newRow("never active, opened 400 days ago") << -1 << kNaN << LifecycleStage::Churned;
    QTest::newRow("P(alive) just below 0.10") << 5 << 0.0999 << LifecycleStage::Churned;
    QTest::newRow("P(alive) 0.10") << 5 << 0.10 << LifecycleStage::Maturity;
    QTest::newRow("P(alive) unknown") << 5 << kNaN << LifecycleStage::Maturity;
}

void TestLifecycle::churn()
{
    QFETCH(int, lastActiveDaysAgo);
    QFETCH(double, pAlive);
    QFETCH(LifecycleStage, stage);
    Book book;
    book.add(400);
    book.days({300}, false); // salary credits and fees are not the customer's activity
    if (lastActiveDaysAgo >= 0)
        book.days({lastActiveDaysAgo});
    book.days({1}, false);
    QCOMPARE(book.stage(0, pAlive), stage);
}

void TestLifecycle::activityWindows()
{
    Book book;
    book.add(1000);
    book.days({180, 179, 90, 89}).days({1}, false).days({0});
    const LifecycleEvidence e = lifecycleEvidence(LifecycleRules{}, book.f, book.b, {}, 0);
    QCOMPARE(e.activeRecent, 2);  // 89 and 0 days ago; the passive day does not count
    QCOMPARE(e.activeEarlier, 2); // 179 and 90 days ago; 180 days ago is outside
    QCOMPARE(e.tenureDays, 1000);
    QCOMPARE(e.inactiveDays, 0);
    QVERIFY(std::isnan(e.pAlive)); // an empty P(alive) vector: unknown
    QCOMPARE(e.aumNow, 0.0);

    // Without an open date, tenure counts from the first activity day, passive or not.
    Book noOpen;
    noOpen.add(0);
    noOpen.days({40}, false).days({20});
    QCOMPARE(lifecycleEvidence(LifecycleRules{}, noOpen.f, noOpen.b, {}, 0).tenureDays, 40);
    QCOMPARE(noOpen.stage(0), LifecycleStage::Growth);

    // Neither: tenure and inactivity unknown, so maturity (P(alive) may still churn).
    Book nothing;
    nothing.add(0);
    const LifecycleEvidence none = lifecycleEvidence(LifecycleRules{}, nothing.f, nothing.b, {}, 0);
    QCOMPARE(none.tenureDays, -1);
    QCOMPARE(none.inactiveDays, -1);
    QCOMPARE(nothing.stage(0), LifecycleStage::Maturity);
    QCOMPARE(nothing.stage(0, 0.05), LifecycleStage::Churned);
}

void TestLifecycle::activityDrop_data()
{
    QTest::addColumn<int>("earlier");
    QTest::addColumn<int>("recent");
    QTest::addColumn<LifecycleStage>("stage");
    QTest::newRow("10 → 7: down exactly 30 %") << 10 << 7 << LifecycleStage::Decline;
    QTest::newRow("10 → 8: down 20 %") << 10 << 8 << LifecycleStage::Maturity;
    QTest::newRow("3 → 2: down 33 %") << 3 << 2 << LifecycleStage::Decline;
    QTest::newRow("2 → 0") << 2 << 0 << LifecycleStage::Decline;
    QTest::newRow("1 → 0 is not a trend") << 1 << 0 << LifecycleStage::Maturity;
    QTest::newRow("5 → 9: up") << 5 << 9 << LifecycleStage::Maturity;
}

void TestLifecycle::activityDrop()
{
    QFETCH(int, earlier);
    QFETCH(int, recent);
    QFETCH(LifecycleStage, stage);
    Book book;
    book.add(1000);
    book.activeDays(earlier, 170, 95).activeDays(recent, 80, 1).days({0}, false);
    const LifecycleEvidence e = lifecycleEvidence(LifecycleRules{}, book.f, book.b, {}, 0);
    QCOMPARE(e.activeEarlier, earlier);
    QCOMPARE(e.activeRecent, recent);
    // Keep the customer from churning by inactivity when it has no recent days.
    const double pAlive = 0.9;
    LifecycleRules rules;
    rules.churnInactiveDays = 1000;
    QCOMPARE(book.stage(0, pAlive, rules), stage);
}

void TestLifecycle::aumTrend_data()
{
    QTest::addColumn<QVector<double>>("history");
    QTest::addColumn<LifecycleStage>("stage");
    QTest::newRow("down exactly 10 %") << QVector<double>{100000, 5, 5, 90000} << LifecycleStage::Decline;
    QTest::newRow("down 9 %") << QVector<double>{100000, 5, 5, 91000} << LifecycleStage::Maturity;
    QTest::newRow("up exactly 10 %") << QVector<double>{100000, 5, 5, 110000} << LifecycleStage::Growth;
    QTest::newRow("up 9 %") << QVector<double>{100000, 5, 5, 109000} << LifecycleStage::Maturity;
    QTest::newRow("from 0 to positive") << QVector<double>{0, 0, 0, 5000} << LifecycleStage::Growth;
    QTest::newRow("0 to 0") << QVector<double>{0, 0, 0, 0} << LifecycleStage::Maturity;
    QTest::newRow("only the first month of four counts as before")
        << QVector<double>{100000, 200000, 200000, 100000} << LifecycleStage::Maturity;
}

void TestLifecycle::aumTrend()
{
    QFETCH(QVector<double>, history);
    QFETCH(LifecycleStage, stage);
    Book book;
    book.add(1000, std::vector<double>(history.begin(), history.end()));
    book.days({0});
    QCOMPARE(book.stage(0), stage);

    // Three months of history are too few for the AUM rules.
    Book shortBook(3);
    shortBook.add(1000, std::vector<double>(history.begin() + 1, history.end()));
    shortBook.days({0});
    QCOMPARE(shortBook.stage(0), LifecycleStage::Maturity);
}

void TestLifecycle::ruleOrder()
{
    Book book;
    // New customer with a poor P(alive): acquisition comes first.
    book.add(10);
    QCOMPARE(book.stage(0, 0.01), LifecycleStage::Acquisition);
    // 100 days of tenure (growth) and AUM down 50 %: decline comes before growth.
    book.add(100, {100000, 0, 0, 50000});
    book.days({0});
    QCOMPARE(book.stage(1), LifecycleStage::Decline);
    // The same, inactive for 200 days: churned comes before decline.
    book.add(1000, {100000, 0, 0, 50000});
    book.days({200});
    QCOMPARE(book.stage(2), LifecycleStage::Churned);
    // Editable: a 120-day acquisition period makes the second customer new.
    LifecycleRules rules;
    rules.acquisitionDays = 120;
    QCOMPARE(book.stage(1, kNaN, rules), LifecycleStage::Acquisition);
}

void TestLifecycle::assignAll()
{
    Book book;
    book.add(10);
    for (int k = 0; k < 2; ++k) {
        book.add(1000);
        book.days({0});
    }
    // P(alive) for the first two rows only: the third is unknown, not churned.
    const std::vector<LifecycleStage> stages =
        assignLifecycle(LifecycleRules::defaults(), book.f, book.b, {0.5, 0.05});
    QCOMPARE(stages.size(), std::size_t(3));
    QCOMPARE(stages[0], LifecycleStage::Acquisition);
    QCOMPARE(stages[1], LifecycleStage::Churned);
    QCOMPARE(stages[2], LifecycleStage::Maturity);
}

void TestLifecycle::jsonRoundTrip()
{
    LifecycleRules rules;
    rules.acquisitionDays = 45;
    rules.growthDays = 365;
    rules.risingAumShare = 0.25;
    rules.activityWindowDays = 60;
    rules.activityDropShare = 0.5;
    rules.fallingAumShare = 0.2;
    rules.churnInactiveDays = 270;
    rules.churnPAlive = 0.05;
    const Result<LifecycleRules> back = LifecycleRules::fromJsonBytes(rules.toJsonBytes());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == rules);
    QVERIFY(back.value() != LifecycleRules{});
    QCOMPARE(rules.toJson().value(QStringLiteral("churn_p_alive")).toDouble(), 0.05);

    // Missing keys keep the built-in values; unknown keys are ignored.
    const Result<LifecycleRules> partial =
        LifecycleRules::fromJsonBytes(R"({"growth_days": 200, "comment": "ours"})");
    QVERIFY(partial.ok());
    QCOMPARE(partial->growthDays, 200);
    QCOMPARE(partial->acquisitionDays, 30);
}

void TestLifecycle::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("days as text") << QByteArray(R"({"growth_days": "180"})") << QStringLiteral("\"growth_days\"");
    QTest::newRow("fractional days") << QByteArray(R"({"acquisition_days": 30.5})")
                                     << QStringLiteral("\"acquisition_days\" must be a whole number");
    QTest::newRow("growth before acquisition") << QByteArray(R"({"acquisition_days": 60, "growth_days": 50})")
                                               << QStringLiteral("\"growth_days\" must be a number from 60");
    QTest::newRow("share above 1") << QByteArray(R"({"activity_drop_share": 1.5})")
                                   << QStringLiteral("\"activity_drop_share\"");
    QTest::newRow("negative rising share") << QByteArray(R"({"rising_aum_share": -0.1})")
                                           << QStringLiteral("\"rising_aum_share\"");
    QTest::newRow("zero window") << QByteArray(R"({"activity_window_days": 0})")
                                 << QStringLiteral("\"activity_window_days\"");
    QTest::newRow("P(alive) null") << QByteArray(R"({"churn_p_alive": null})") << QStringLiteral("\"churn_p_alive\"");
}

void TestLifecycle::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QString error = test::ruleError<LifecycleRules>(json);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
