// RFM: quintile scores with the average-rank tie rule, the default segment grid and its JSON.

#include "analytics/features.h"
#include "analytics/rfm.h"
#include "testutil.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVector<int> toInts(const std::vector<std::int8_t> &v)
{
    QVector<int> out;
    for (std::int8_t x : v)
        out.append(int(x));
    return out;
}

// Ten customers with transactions and two without. Hand-computed scores (average-rank ties):
//   id   recency freq monetary   R F M  segment
//   C01      5    10    100      5 5 4  Champions
//   C02     10     8    200      5 5 4  Champions       (R: tie with C03 at ranks 8–9 → 5)
//   C03     10     8     50      5 5 2  Champions       (F: tie with C02 at ranks 8–9 → 5)
//   C04     30     6    300      4 4 5  Loyal           (R: tie with C05 at ranks 6–7 → 4)
//   C05     30     5     80      4 3 3  Potential loyalists
//   C06     60     3     80      3 3 3  Need attention  (M: three-way tie, ranks 4–6 → 3)
//   C07     90     3     40      2 3 1  At risk
//   C08    120     2    500      2 2 5  Hibernating
//   C09    200     1     20      1 1 1  Hibernating
//   C10    400     1     80      1 1 3  Hibernating
//   C11      –     0      –      1 1 1  Hibernating     (no transactions)
//   C12      –     0      –      1 1 1  Hibernating
CustomerFeatures fixture()
{
    CustomerFeatures f;
    f.customerId = {"C01", "C02", "C03", "C04", "C05", "C06", "C07", "C08", "C09", "C10", "C11", "C12"};
    f.branchId.assign(12, "B01");
    f.recencyDays = {5, 10, 10, 30, 30, 60, 90, 120, 200, 400, kNaN, kNaN};
    f.frequency = {10, 8, 8, 6, 5, 3, 3, 2, 1, 1, 0, 0};
    f.monetary = {100, 200, 50, 300, 80, 80, 40, 500, 20, 80, kNaN, kNaN};
    return f;
}

} // namespace

class TestRfm : public QObject
{
    Q_OBJECT

private slots:
    void quintiles_data();
    void quintiles();
    void handComputedFixture();
    void spendingUnknownRanksAsZero();
    void defaultGridCoversEveryCellOnce();
    void editedGrid();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestRfm::quintiles_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<QVector<int>>("scores");

    QTest::newRow("ten distinct: two per score")
        << QVector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << true << QVector<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5};
    QTest::newRow("input order does not matter")
        << QVector<double>{10, 1, 9, 2, 8, 3, 7, 4, 6, 5} << true << QVector<int>{5, 1, 5, 1, 4, 2, 4, 2, 3, 3};
    QTest::newRow("lower is better (recency)")
        << QVector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10} << false << QVector<int>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1};
    // Ranks 6 and 7 would score 3 and 4; tied, their average rank 6.5 scores 4.
    QTest::newRow("tie across a boundary takes the average rank")
        << QVector<double>{1, 2, 3, 4, 5, 6, 6, 8, 9, 10} << true << QVector<int>{1, 1, 2, 2, 3, 4, 4, 4, 5, 5};
    // Ranks 4, 5, 6 (scores 2, 3, 3 untied) share the average rank 5 → 3.
    QTest::newRow("three-way tie")
        << QVector<double>{1, 2, 3, 7, 7, 7, 8, 9, 10, 11} << true << QVector<int>{1, 1, 2, 3, 3, 3, 4, 4, 5, 5};
    QTest::newRow("all equal: the middle score") << QVector<double>{4, 4, 4, 4} << true << QVector<int>{3, 3, 3, 3};
    QTest::newRow("one customer") << QVector<double>{42} << true << QVector<int>{3};
    QTest::newRow("three customers") << QVector<double>{3, 1, 2} << true << QVector<int>{5, 1, 3};
    QTest::newRow("NaN scores 1 and is not ranked")
        << QVector<double>{kNaN, 1, 2, 3} << true << QVector<int>{1, 1, 3, 5};
    QTest::newRow("empty") << QVector<double>{} << true << QVector<int>{};
}

void TestRfm::quintiles()
{
    QFETCH(QVector<double>, values);
    QFETCH(bool, higherIsBetter);
    QFETCH(QVector<int>, scores);
    const std::vector<double> v(values.cbegin(), values.cend());
    QCOMPARE(toInts(quintileScores(v, higherIsBetter)), scores);
}

void TestRfm::handComputedFixture()
{
    const RfmSegmentGrid grid = RfmSegmentGrid::defaults();
    const std::vector<RfmScore> s = scoreRfm(fixture(), grid);
    QCOMPARE(s.size(), std::size_t(12));
    const int expected[12][3] = {{5, 5, 4}, {5, 5, 4}, {5, 5, 2}, {4, 4, 5}, {4, 3, 3}, {3, 3, 3},
                                 {2, 3, 1}, {2, 2, 5}, {1, 1, 1}, {1, 1, 3}, {1, 1, 1}, {1, 1, 1}};
    const char *segments[12] = {"Champions",   "Champions",      "Champions",   "Loyal",
                                "Potential loyalists", "Need attention", "At risk", "Hibernating",
                                "Hibernating", "Hibernating",    "Hibernating", "Hibernating"};
    for (int i = 0; i < 12; ++i) {
        const QByteArray where = "customer C" + QByteArray::number(i + 1);
        QVERIFY2(int(s[i].r) == expected[i][0], where.constData());
        QVERIFY2(int(s[i].f) == expected[i][1], where.constData());
        QVERIFY2(int(s[i].m) == expected[i][2], where.constData());
        QVERIFY2(s[i].segment >= 0, where.constData());
        QCOMPARE(grid.rules.at(s[i].segment).name, QLatin1String(segments[i]));
    }
}

void TestRfm::spendingUnknownRanksAsZero()
{
    CustomerFeatures f;
    f.customerId = {"A", "B", "C"};
    f.recencyDays = {1, 2, 3};
    f.frequency = {1, 1, 1};
    f.monetary = {kNaN, 10, 20}; // A has only credits: monetary 0, the lowest
    const std::vector<RfmScore> s = scoreRfm(f, RfmSegmentGrid::defaults());
    QCOMPARE(int(s[0].m), 1);
    QCOMPARE(int(s[1].m), 3);
    QCOMPARE(int(s[2].m), 5);
    QCOMPARE(int(s[0].r), 5);
}

void TestRfm::defaultGridCoversEveryCellOnce()
{
    const RfmSegmentGrid grid = RfmSegmentGrid::defaults();
    QVERIFY(grid.validate().ok());
    QCOMPARE(grid.rules.size(), 10);
    QVERIFY(grid.uncoveredCells().isEmpty());
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f) {
            int matches = 0;
            for (const RfmRule &rule : grid.rules)
                matches += rule.matches(r, f) ? 1 : 0;
            QVERIFY2(matches == 1, qPrintable(QStringLiteral("R%1 F%2 matched by %3 rules").arg(r).arg(f).arg(matches)));
        }
    // Spot checks of the grid.
    QCOMPARE(grid.rules.at(grid.segmentOf(5, 1)).name, QStringLiteral("New"));
    QCOMPARE(grid.rules.at(grid.segmentOf(4, 1)).name, QStringLiteral("Promising"));
    QCOMPARE(grid.rules.at(grid.segmentOf(3, 2)).name, QStringLiteral("About to sleep"));
    QCOMPARE(grid.rules.at(grid.segmentOf(1, 5)).name, QStringLiteral("Can't lose"));
    QCOMPARE(grid.rules.at(grid.segmentOf(2, 4)).name, QStringLiteral("At risk"));
    QCOMPARE(grid.rules.at(grid.segmentOf(4, 3)).displayName(), QStringLiteral("Potential loyalists"));
}

void TestRfm::editedGrid()
{
    RfmSegmentGrid grid = RfmSegmentGrid::defaults();
    grid.rules.removeAt(grid.segmentOf(5, 1)); // drop "New"
    QCOMPARE(grid.uncoveredCells(), QVector<int>{51});
    QCOMPARE(grid.segmentOf(5, 1), -1);
    // First match wins: a rule put in front takes its cells from the rules after it.
    grid.rules.prepend(RfmRule{QStringLiteral("VIP"), 4, 5, 4, 5});
    QCOMPARE(grid.rules.at(grid.segmentOf(4, 4)).name, QStringLiteral("VIP"));
    QCOMPARE(grid.rules.at(grid.segmentOf(3, 4)).name, QStringLiteral("Loyal"));
    const std::vector<RfmScore> s = scoreRfm(fixture(), grid);
    QCOMPARE(grid.rules.at(s[0].segment).name, QStringLiteral("VIP"));
}

void TestRfm::jsonRoundTrip()
{
    const RfmSegmentGrid grid = RfmSegmentGrid::defaults();
    const Result<RfmSegmentGrid> back = RfmSegmentGrid::fromJsonBytes(grid.toJsonBytes());
    QVERIFY(back.ok());
    QVERIFY(back.value() == grid);
    // A single score stands for [score, score].
    const Result<RfmSegmentGrid> single =
        RfmSegmentGrid::fromJsonBytes(R"({"segments": [{"name": "Top", "r": 5, "f": [4, 5]}]})");
    QVERIFY(single.ok());
    QCOMPARE(single->rules.at(0), (RfmRule{QStringLiteral("Top"), 5, 5, 4, 5}));
}

void TestRfm::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not JSON") << QByteArray("[") << QStringLiteral("not valid JSON");
    QTest::newRow("no segments") << QByteArray("{}") << QStringLiteral("\"segments\"");
    QTest::newRow("no name") << QByteArray(R"({"segments": [{"r": 1, "f": 1}]})") << QStringLiteral("segments[0]");
    QTest::newRow("R out of range")
        << QByteArray(R"({"segments": [{"name": "X", "r": [0, 5], "f": 1}]})") << QStringLiteral("segment 'X': the R range");
    QTest::newRow("F reversed")
        << QByteArray(R"({"segments": [{"name": "Y", "r": 1, "f": [4, 2]}]})") << QStringLiteral("segment 'Y': the F range");
    QTest::newRow("F not a range")
        << QByteArray(R"({"segments": [{"name": "Z", "r": 1, "f": "high"}]})") << QStringLiteral("segment 'Z': \"f\"");
}

void TestRfm::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<RfmSegmentGrid> r = RfmSegmentGrid::fromJsonBytes(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
