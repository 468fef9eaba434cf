// Early warnings: each kind at its thresholds (just below and at the limit), severities, the
// evidence, the order of the alerts, the rule set's JSON and defaults, and the alerts in words.

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/tiers.h"
#include "analytics/warnings.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const Day kAsOf = ingest::dayFromCivil(2025, 6, 30);

// Customers added one at a time; days are relative to the as-of date (0 = as-of, 1 = the day
// before) and appended oldest first.
class Book
{
public:
    Book()
    {
        f.asOf = b.asOf = kAsOf;
        f.historyMonths = 4;
        b.activity.offsets = {0};
        b.holdingOffsets = {0};
        b.products = {Product{"TD12", "12个月定期存款", ProductType::Term, 1, kNaN, 12},
                      Product{"WM90", "Wealth 90", ProductType::Wealth, 2, kNaN, 3}};
    }
    // AUM history oldest first (the as-of month last); aum1m = the last month.
    Book &add(std::vector<double> history = {}, int openDaysAgo = 1000)
    {
        f.customerId.push_back("C" + std::to_string(f.size()));
        f.branchId.emplace_back();
        f.openDay.push_back(openDaysAgo < 0 ? 0 : kAsOf - openDaysAgo);
        history.resize(std::size_t(f.historyMonths), 0.0);
        f.aumHistory.insert(f.aumHistory.end(), history.begin(), history.end());
        f.aum1m.push_back(history.back());
        b.activity.offsets.push_back(b.activity.offsets.back());
        b.holdingOffsets.push_back(b.holdingOffsets.back());
        return *this;
    }
    Book &day(int daysAgo, bool active = true, float outflow = 0)
    {
        b.activity.day.push_back(kAsOf - daysAgo);
        b.activity.active.push_back(active ? 1 : 0);
        b.activity.activeValue.push_back(active ? double(outflow) : 0.0);
        b.activity.outflow.push_back(outflow);
        ++b.activity.offsets.back();
        return *this;
    }
    Book &holding(std::int32_t product, int maturesIn, double balance, int closedDaysAgo = -1)
    {
        Holding h;
        h.product = product;
        h.open = kAsOf - 365;
        h.maturity = kAsOf + maturesIn;
        h.close = closedDaysAgo < 0 ? 0 : kAsOf - closedDaysAgo;
        h.balance = balance;
        b.holdings.push_back(h);
        ++b.holdingOffsets.back();
        return *this;
    }
    std::vector<Alert> detect(const WarningRules &rules = {}, const std::vector<TierAssignment> &tiers = {}) const
    {
        return detectWarnings(rules, f, b, tiers, TierRuleSet::defaults());
    }

    CustomerFeatures f;
    BookData b;
};

QJsonObject evidence(const Alert &a)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(a.evidence)).object();
}

double figure(const Alert &a, const char *key)
{
    return evidence(a).value(QLatin1String(key)).toDouble();
}

// The severity of the only alert of `kind`, 0 if none (fails on more than one).
int severityOf(const std::vector<Alert> &alerts, AlertKind kind)
{
    int found = 0, severity = 0;
    for (const Alert &a : alerts)
        if (a.kind == kind) {
            ++found;
            severity = a.severity;
        }
    return found > 1 ? -1 : severity;
}

} // namespace

class TestWarnings : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void keys();
    void defaultsFromResource();
    void aumDrop_data();
    void aumDrop();
    void largeOutflow_data();
    void largeOutflow();
    void dormancy_data();
    void dormancy();
    void maturity();
    void tierWatch();
    void order();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
    void describe();
    void describeDetected();
};

void TestWarnings::keys()
{
    for (std::size_t i = 0; i < kAlertKinds; ++i) {
        const auto kind = static_cast<AlertKind>(i);
        QCOMPARE(alertKindFromKey(alertKindKey(kind)), std::optional<AlertKind>(kind));
        QVERIFY(!alertKindName(kind).isEmpty());
    }
    QCOMPARE(alertKindKey(AlertKind::LargeOutflow), QStringLiteral("large_outflow"));
    QCOMPARE(alertKindName(AlertKind::TierWatch), QStringLiteral("Tier watch"));
}

void TestWarnings::defaultsFromResource()
{
    QFile file(QStringLiteral(":/tierwise/defaults/warning_rules.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<WarningRules> fromFile = WarningRules::fromJsonBytes(file.readAll());
    QVERIFY2(fromFile.ok(), fromFile.ok() ? "" : qPrintable(fromFile.error().message));
    QVERIFY(fromFile.value() == WarningRules{}); // the file holds the documented values
    QVERIFY(WarningRules::defaults() == fromFile.value());
}

void TestWarnings::aumDrop_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("severity"); // 0: no alert
    QTest::newRow("down exactly 30 %") << 100000.0 << 70000.0 << 2;
    QTest::newRow("down 29.999 %") << 100000.0 << 70001.0 << 0;
    QTest::newRow("down 59.999 %") << 100000.0 << 40001.0 << 2;
    QTest::newRow("down 60 %: serious") << 100000.0 << 40000.0 << 3;
    QTest::newRow("from exactly the minimum") << 10000.0 << 0.0 << 3;
    QTest::newRow("from just below the minimum") << 9999.99 << 0.0 << 0;
    QTest::newRow("up") << 100000.0 << 150000.0 << 0;
}

void TestWarnings::aumDrop()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, severity);
    Book book;
    book.add({from, 1, 1, to}).day(0); // active today: no dormancy
    const std::vector<Alert> alerts = book.detect();
    QCOMPARE(alerts.size(), std::size_t(severity ? 1 : 0));
    if (!severity)
        return;
    const Alert &a = alerts.front();
    QCOMPARE(a.kind, AlertKind::AumDrop);
    QCOMPARE(a.severity, severity);
    QCOMPARE(a.customer, 0u);
    QCOMPARE(a.due, 0);
    QCOMPARE(figure(a, "from"), from);
    QCOMPARE(figure(a, "to"), to);
    QCOMPARE(figure(a, "months"), 3.0);
    TW_COMPARE_FUZZY(figure(a, "drop"), (from - to) / from, 1e-4);

    // Over two months instead: March is no longer the base.
    WarningRules twoMonths;
    twoMonths.aumDropMonths = 2;
    QCOMPARE(book.detect(twoMonths).size(), std::size_t(0));
}

void TestWarnings::largeOutflow_data()
{
    QTest::addColumn<QVector<float>>("baseline"); // outflow days before the window
    QTest::addColumn<int>("baselineDaysAgo");      // the first of them; the others 10 days apart
    QTest::addColumn<float>("outflow");
    QTest::addColumn<int>("daysAgo");
    QTest::addColumn<int>("severity");

    const QVector<float> median20k{30000, 10000, 20000};
    const QVector<float> median2k{1000, 3000, 2000};
    QTest::newRow("exactly 5 × median") << median20k << 40 << 100000.0f << 29 << 2;
    QTest::newRow("just below 5 × median") << median20k << 40 << 99999.0f << 29 << 0;
    QTest::newRow("25 × median: serious") << median2k << 40 << 50000.0f << 0 << 3;
    QTest::newRow("below the minimum amount") << median2k << 40 << 49999.0f << 0 << 0;
    QTest::newRow("median of four days") << QVector<float>{10000, 50000, 20000, 30000} << 40 << 125000.0f << 5 << 2;
    QTest::newRow("just below 5 × that median")
        << QVector<float>{10000, 50000, 20000, 30000} << 40 << 124999.0f << 5 << 0;
    QTest::newRow("two baseline days are too few") << QVector<float>{1000, 3000} << 40 << 50000.0f << 0 << 0;
    QTest::newRow("30 days ago is before the window") << median2k << 40 << 50000.0f << 30 << 0;
    QTest::newRow("baseline older than a year does not count") << median2k << 400 << 50000.0f << 0 << 0;
}

void TestWarnings::largeOutflow()
{
    QFETCH(QVector<float>, baseline);
    QFETCH(int, baselineDaysAgo);
    QFETCH(float, outflow);
    QFETCH(int, daysAgo);
    QFETCH(int, severity);
    Book book;
    book.add();
    for (int k = 0; k < baseline.size(); ++k)
        book.day(baselineDaysAgo + 10 * (int(baseline.size()) - 1 - k), false, baseline[k]);
    book.day(daysAgo, true, outflow);
    if (daysAgo > 0)
        book.day(0, true, 10); // a small outflow today does not hide the large one
    const std::vector<Alert> alerts = book.detect();
    QCOMPARE(severityOf(alerts, AlertKind::LargeOutflow), severity);
    if (!severity)
        return;
    const Alert &a = alerts.front();
    QCOMPARE(evidence(a).value(QStringLiteral("day")).toString(), ingest::isoDate(kAsOf - daysAgo));
    QCOMPARE(figure(a, "outflow"), double(outflow));
    TW_COMPARE_FUZZY(figure(a, "multiple"), double(outflow) / figure(a, "median"), 1e-4);
}

void TestWarnings::dormancy_data()
{
    QTest::addColumn<int>("lastActiveDaysAgo"); // -1: never active
    QTest::addColumn<int>("openDaysAgo");       // -1: unknown
    QTest::addColumn<double>("aum");
    QTest::addColumn<int>("severity");
    QTest::newRow("inactive 179 days") << 179 << 1000 << 75000.0 << 0;
    QTest::newRow("inactive 180 days") << 180 << 1000 << 75000.0 << 2;
    QTest::newRow("inactive 359 days") << 359 << 1000 << 75000.0 << 2;
    QTest::newRow("inactive 360 days: serious") << 360 << 1000 << 75000.0 << 3;
    QTest::newRow("no AUM") << 300 << 1000 << 0.0 << 0;
    QTest::newRow("AUM just below the minimum") << 300 << 1000 << 49999.99 << 0;
    QTest::newRow("AUM at the minimum") << 300 << 1000 << 50000.0 << 2;
    QTest::newRow("never active since opening 400 days ago") << -1 << 400 << 75000.0 << 3;
    QTest::newRow("never active, open date unknown") << -1 << -1 << 75000.0 << 0;
}

void TestWarnings::dormancy()
{
    QFETCH(int, lastActiveDaysAgo);
    QFETCH(int, openDaysAgo);
    QFETCH(double, aum);
    QFETCH(int, severity);
    Book book;
    book.add({aum, aum, aum, aum}, openDaysAgo);
    if (lastActiveDaysAgo >= 0)
        book.day(lastActiveDaysAgo);
    else if (openDaysAgo >= 0)
        book.day(10, false); // interest credits only
    const std::vector<Alert> alerts = book.detect();
    QCOMPARE(severityOf(alerts, AlertKind::Dormancy), severity);
    if (!severity)
        return;
    const QJsonObject e = evidence(alerts.front());
    QCOMPARE(e.value(QStringLiteral("days")).toInt(), lastActiveDaysAgo >= 0 ? lastActiveDaysAgo : openDaysAgo);
    QCOMPARE(e.value(QStringLiteral("aum")).toDouble(), aum);
    if (lastActiveDaysAgo >= 0)
        QCOMPARE(e.value(QStringLiteral("last_active")).toString(), ingest::isoDate(kAsOf - lastActiveDaysAgo));
    else
        QVERIFY(e.value(QStringLiteral("last_active")).isNull());
}

void TestWarnings::maturity()
{
    Book book;
    book.add({100000, 100000, 100000, 100000}).day(0);
    book.holding(0, 30, 60000)      // at the limit, more than half the AUM: warning
        .holding(1, 31, 60000)      // a day too late
        .holding(0, 0, 60000)       // matures today: already due, not ahead
        .holding(1, 5, 60000, 1)    // closed yesterday
        .holding(-1, 10, kNaN)      // not in the catalogue, balance unknown: info
        .holding(1, 1, 10000);      // small: info
    const std::vector<Alert> alerts = book.detect();
    QCOMPARE(alerts.size(), std::size_t(3));
    for (const Alert &a : alerts)
        QCOMPARE(a.kind, AlertKind::Maturity);
    // By due date.
    QCOMPARE(alerts[0].due, kAsOf + 1);
    QCOMPARE(alerts[1].due, kAsOf + 10);
    QCOMPARE(alerts[2].due, kAsOf + 30);
    QCOMPARE(alerts[0].severity, 1);
    QCOMPARE(alerts[1].severity, 1);
    QCOMPARE(alerts[2].severity, 2);
    const QJsonObject e = evidence(alerts[2]);
    QCOMPARE(e.value(QStringLiteral("product")).toString(), QStringLiteral("TD12"));
    QCOMPARE(e.value(QStringLiteral("name")).toString(), QString::fromUtf8("12个月定期存款"));
    QCOMPARE(e.value(QStringLiteral("balance")).toDouble(), 60000.0);
    QCOMPARE(e.value(QStringLiteral("days")).toInt(), 30);
    QCOMPARE(e.value(QStringLiteral("due")).toString(), QStringLiteral("2025-07-30"));
    const QJsonObject unknown = evidence(alerts[1]);
    QCOMPARE(unknown.value(QStringLiteral("product")).toString(), QString());
    QVERIFY(unknown.value(QStringLiteral("balance")).isNull());

    WarningRules shorter;
    shorter.maturityDays = 9;
    QCOMPARE(book.detect(shorter).size(), std::size_t(1));
}

void TestWarnings::tierWatch()
{
    Book book;
    for (double aum : {450000.0, 450000.0, 450000.0})
        book.add({600000, 600000, aum, aum}).day(0);
    const int affluent = TierRuleSet::defaults().indexOf(QStringLiteral("affluent"));
    std::vector<TierAssignment> tiers(3);
    tiers[0] = {std::int16_t(affluent), true, 1};
    tiers[1] = {std::int16_t(affluent), true, 2};
    tiers[2] = {std::int16_t(affluent), false, 0};
    const std::vector<Alert> alerts = book.detect(WarningRules{}, tiers);
    QCOMPARE(alerts.size(), std::size_t(2));
    QCOMPARE(alerts[0].kind, AlertKind::TierWatch);
    QCOMPARE(alerts[0].customer, 0u);
    QCOMPARE(alerts[0].severity, 2);
    QCOMPARE(alerts[1].customer, 1u);
    QCOMPARE(alerts[1].severity, 3); // a third month below downgrades (patience 3)
    const QJsonObject e = evidence(alerts[1]);
    QCOMPARE(e.value(QStringLiteral("tier")).toString(), QStringLiteral("affluent"));
    QCOMPARE(e.value(QStringLiteral("threshold")).toDouble(), 500000.0);
    QCOMPARE(e.value(QStringLiteral("aum")).toDouble(), 450000.0);
    QCOMPARE(e.value(QStringLiteral("months_below")).toInt(), 2);
    QCOMPARE(e.value(QStringLiteral("patience")).toInt(), 3);

    // The tiering is the caller's: the tiers computed from the history agree with the above.
    QCOMPARE(int(assignTiers(TierRuleSet::defaults(), book.f)[0].monthsBelow), 2);

    WarningRules off;
    off.tierWatch = false;
    QVERIFY(book.detect(off, tiers).empty());
    QVERIFY(book.detect(WarningRules{}, {}).empty());
}

void TestWarnings::order()
{
    Book book;
    book.add({100000, 100000, 100000, 100000}).day(0);
    book.holding(0, 20, 5000);
    // Row 1: AUM down 50 %, inactive for 200 days, on tier watch.
    book.add({1000000, 1, 1, 500000}).day(200);
    std::vector<TierAssignment> tiers(2);
    tiers[1] = {std::int16_t(2), true, 1};
    const std::vector<Alert> alerts = book.detect(WarningRules{}, tiers);
    QCOMPARE(alerts.size(), std::size_t(4));
    QCOMPARE(alerts[0].customer, 0u);
    QCOMPARE(alerts[0].kind, AlertKind::Maturity);
    QCOMPARE(alerts[1].customer, 1u);
    QCOMPARE(alerts[1].kind, AlertKind::AumDrop);
    QCOMPARE(alerts[2].kind, AlertKind::Dormancy);
    QCOMPARE(alerts[3].kind, AlertKind::TierWatch);
}

void TestWarnings::jsonRoundTrip()
{
    WarningRules rules;
    rules.aumDropShare = 0.4;
    rules.aumDropMonths = 6;
    rules.aumDropMinimum = 20000;
    rules.outflowMultiple = 8;
    rules.outflowMinimum = 100000;
    rules.outflowWindowDays = 14;
    rules.outflowBaselineDays = 180;
    rules.dormancyDays = 365;
    rules.maturityDays = 60;
    rules.tierWatch = false;
    const Result<WarningRules> back = WarningRules::fromJsonBytes(rules.toJsonBytes());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == rules);
    QVERIFY(back.value() != WarningRules{});
    QCOMPARE(rules.toJson().value(QStringLiteral("tier_watch")).toBool(), false);

    const Result<WarningRules> partial = WarningRules::fromJsonBytes(R"({"dormancy_days": 90})");
    QVERIFY(partial.ok());
    QCOMPARE(partial->dormancyDays, 90);
    QCOMPARE(partial->maturityDays, 30);
}

void TestWarnings::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("{\"a\":") << QStringLiteral("not valid JSON");
    QTest::newRow("share above 1") << QByteArray(R"({"aum_drop_share": 1.2})")
                                   << QStringLiteral("\"aum_drop_share\" must be a number from 0 to 1");
    QTest::newRow("months as text") << QByteArray(R"({"aum_drop_months": "3"})") << QStringLiteral("\"aum_drop_months\"");
    QTest::newRow("zero months") << QByteArray(R"({"aum_drop_months": 0})") << QStringLiteral("\"aum_drop_months\"");
    QTest::newRow("negative minimum") << QByteArray(R"({"outflow_minimum": -1})") << QStringLiteral("\"outflow_minimum\"");
    QTest::newRow("fractional days") << QByteArray(R"({"dormancy_days": 180.5})")
                                     << QStringLiteral("\"dormancy_days\" must be a whole number");
    QTest::newRow("tier watch as a number") << QByteArray(R"({"tier_watch": 1})")
                                            << QStringLiteral("\"tier_watch\" must be true or false");
}

void TestWarnings::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const QString error = test::ruleError<WarningRules>(json);
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestWarnings::describe()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString drop =
        describeAlert(QStringLiteral("aum_drop"), R"({"from":1234567,"to":456789,"months":3,"drop":0.63})");
    // Without a catalogue the plural stays "month(s)"; tierwise_en.qm makes it "months".
    QVERIFY2(drop.startsWith(QStringLiteral("AUM fell 63 % in 3 month")), qPrintable(drop));
    QVERIFY2(drop.endsWith(QStringLiteral(", from 1,234,567 to 456,789")), qPrintable(drop));

    const QString outflow = describeAlert(
        QStringLiteral("large_outflow"), R"({"day":"2025-06-20","outflow":250000,"median":12000,"multiple":20.8333})");
    for (const char *part : {"250,000", "2025-06-20", "20.8", "12,000"})
        QVERIFY2(outflow.contains(QLatin1String(part)), qPrintable(outflow));

    const QString dormant =
        describeAlert(QStringLiteral("dormancy"), R"({"days":200,"last_active":"2024-12-12","aum":75000.4})");
    for (const char *part : {"200", "2024-12-12", "75,000"})
        QVERIFY2(dormant.contains(QLatin1String(part)), qPrintable(dormant));
    const QString never = describeAlert(QStringLiteral("dormancy"), R"({"days":400,"last_active":null,"aum":5000})");
    QVERIFY2(never.contains(QLatin1String("400")) && never.contains(QLatin1String("5,000")), qPrintable(never));

    const QString maturity = describeAlert(
        QStringLiteral("maturity"),
        QString::fromUtf8(R"({"product":"TD12","name":"12个月定期存款","balance":60000,"due":"2025-07-30","days":30})")
            .toUtf8());
    for (const QString &part : {QString::fromUtf8("12个月定期存款"), QStringLiteral("TD12"),
                                QStringLiteral("2025-07-30"), QStringLiteral("60,000")})
        QVERIFY2(maturity.contains(part), qPrintable(maturity));

    const QString watch = describeAlert(QStringLiteral("tier_watch"),
                                        R"({"tier":"affluent","name":"Affluent","threshold":500000,"aum":450000,)"
                                        R"("months_below":2,"patience":3})");
    for (const char *part : {"450,000", "Affluent", "500,000", "2 month", "3"})
        QVERIFY2(watch.contains(QLatin1String(part)), qPrintable(watch));

    // The C locale omits group separators by default; the descriptions keep them.
    QLocale::setDefault(QLocale::c());
    QVERIFY(describeAlert(QStringLiteral("aum_drop"), R"({"from":1234567,"to":0,"months":3,"drop":1})")
                .contains(QLatin1String("1,234,567")));
    // Unknown kinds and unreadable evidence come back as they are.
    QCOMPARE(describeAlert(QStringLiteral("unknown"), R"({"x":1})"), QStringLiteral(R"({"x":1})"));
    QCOMPARE(describeAlert(QStringLiteral("aum_drop"), "not json"), QStringLiteral("not json"));
}

void TestWarnings::describeDetected()
{
    Book book;
    book.add({2000000, 1, 1, 700000}).day(250);
    book.holding(1, 3, 300000);
    const std::vector<Alert> alerts = book.detect();
    QCOMPARE(alerts.size(), std::size_t(3)); // AUM drop, dormancy, maturity
    const QString drop = describeAlert(alertKindKey(alerts[0].kind), QByteArray::fromStdString(alerts[0].evidence));
    QVERIFY2(drop.contains(QLatin1String("65 %")) && drop.contains(QLatin1String("2,000,000"))
                 && drop.contains(QLatin1String("700,000")),
             qPrintable(drop));
    const QString due = describeAlert(alertKindKey(alerts[2].kind), QByteArray::fromStdString(alerts[2].evidence));
    QVERIFY2(due.contains(QLatin1String("Wealth 90")) && due.contains(QLatin1String("300,000")), qPrintable(due));
}

QTEST_GUILESS_MAIN(TestWarnings)
#include "tst_warnings.moc"
