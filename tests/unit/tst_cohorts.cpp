// Acquisition cohorts: membership, active share, AUM retained against month 1, the triangle of
// unobserved cells, and the size-weighted average curves.

#include "analytics/bookdata.h"
#include "analytics/cohorts.h"
#include "analytics/features.h"
#include "testutil.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

Day date(int y, int m, int d)
{
    return ingest::dayFromCivil(y, m, d);
}

// Customers added one at a time with an open day, an AUM history and (ascending) activity days.
class Book
{
public:
    Book(Day asOf, int historyMonths)
    {
        f.asOf = b.asOf = asOf;
        f.historyMonths = historyMonths;
        b.activity.offsets = {0};
    }
    Book &add(Day open, std::vector<double> history = {})
    {
        f.customerId.push_back("C" + std::to_string(f.size()));
        f.openDay.push_back(open);
        history.resize(std::size_t(f.historyMonths), 0.0);
        f.aumHistory.insert(f.aumHistory.end(), history.begin(), history.end());
        b.activity.offsets.push_back(b.activity.offsets.back());
        return *this;
    }
    Book &day(Day d, bool active = true)
    {
        b.activity.day.push_back(d);
        b.activity.active.push_back(active ? 1 : 0);
        b.activity.activeValue.push_back(active ? 1.0 : 0.0);
        b.activity.outflow.push_back(0.0f);
        ++b.activity.offsets.back();
        return *this;
    }

    CustomerFeatures f;
    BookData b;
};

void compareRow(const CohortTable &t, int row, const std::vector<double> &active, const std::vector<double> &aum)
{
    for (int age = 0; age < t.ages; ++age) {
        const QByteArray where = t.cohortLabel(row).toUtf8() + " age " + QByteArray::number(age);
        const double a = active[std::size_t(age)], m = aum[std::size_t(age)];
        QVERIFY2(std::isnan(a) ? std::isnan(t.active(row, age)) : test::fuzzyEqual(t.active(row, age), a),
                 where + " active " + QByteArray::number(t.active(row, age)));
        QVERIFY2(std::isnan(m) ? std::isnan(t.aum(row, age)) : test::fuzzyEqual(t.aum(row, age), m),
                 where + " aum " + QByteArray::number(t.aum(row, age)));
    }
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

class TestCohorts : public QObject
{
    Q_OBJECT

private slots:
    void triangle();
    void averages();
    void emptyInputs();
    void labels();
};

// As of 2025-07-05 the as-of month is June 2025; four months of history: March … June.
//   A  opened 2025-03-10, AUM 50 100 80 40, active in March (twice), May, and July (after June)
//   B  opened 2025-03-20, AUM  0 100 120 140, active April and May, only a fee in June
//   E  no open date, a fee on 2025-04-15 (so acquired in April), AUM 0 10 30 30, active in June
//   C  opened 2025-05-02, AUM 0 0 10 20, active May and June
//   F  opened 2025-06-10, active in June
//   D  opened 2025-02-01, before the window: left out
//   G  nothing known: left out
//   H  opened 2025-07-02, after the as-of month: left out
CohortTable sampleTable()
{
    Book book(date(2025, 7, 5), 4);
    book.add(date(2025, 3, 10), {50, 100, 80, 40})
        .day(date(2025, 3, 12))
        .day(date(2025, 3, 25))
        .day(date(2025, 5, 5))
        .day(date(2025, 7, 3));
    book.add(date(2025, 3, 20), {0, 100, 120, 140})
        .day(date(2025, 4, 2))
        .day(date(2025, 5, 10))
        .day(date(2025, 6, 15), false);
    book.add(0, {0, 10, 30, 30}).day(date(2025, 4, 15), false).day(date(2025, 6, 1));
    book.add(date(2025, 5, 2), {0, 0, 10, 20}).day(date(2025, 5, 2)).day(date(2025, 6, 30));
    book.add(date(2025, 6, 10), {0, 0, 0, 5}).day(date(2025, 6, 12));
    book.add(date(2025, 2, 1), {100, 100, 100, 100}).day(date(2025, 3, 1));
    book.add(0, {1, 1, 1, 1});
    book.add(date(2025, 7, 2)).day(date(2025, 7, 3));
    return buildCohorts(book.f, book.b);
}

void TestCohorts::triangle()
{
    const CohortTable t = sampleTable();
    QCOMPARE(t.cohorts(), 4);
    QCOMPARE(t.ages, 4);
    QCOMPARE(t.cohortMonth, (std::vector<int>{2025 * 12 + 2, 2025 * 12 + 3, 2025 * 12 + 4, 2025 * 12 + 5}));
    QCOMPARE(t.size, (std::vector<std::int64_t>{2, 1, 1, 1}));
    QCOMPARE(t.activeShare.size(), std::size_t(16));
    QCOMPARE(t.aumRetained.size(), std::size_t(16));
    // March: AUM 50, 200, 200, 180 against month 1 (April, 200).
    compareRow(t, 0, {0.5, 0.5, 1.0, 0.0}, {0.25, 1.0, 1.0, 0.9});
    // April: E's April day is a fee; AUM 10, 30, 30 against May (30).
    compareRow(t, 1, {0.0, 0.0, 1.0, kNaN}, {10.0 / 30, 1.0, 1.0, kNaN});
    compareRow(t, 2, {1.0, 1.0, kNaN, kNaN}, {0.5, 1.0, kNaN, kNaN});
    // June: month 1 not observed yet, so no AUM ratio at all.
    compareRow(t, 3, {1.0, kNaN, kNaN, kNaN}, {kNaN, kNaN, kNaN, kNaN});
}

void TestCohorts::averages()
{
    const CohortTable t = sampleTable();
    QCOMPARE(t.averageActive.size(), std::size_t(4));
    // Age 0: (2 × 0.5 + 0 + 1 + 1) / 5; age 1: (2 × 0.5 + 0 + 1) / 4; age 2: (2 × 1 + 1) / 3.
    TW_COMPARE_FUZZY(t.averageActive[0], 0.6, 1e-12);
    TW_COMPARE_FUZZY(t.averageActive[1], 0.5, 1e-12);
    TW_COMPARE_FUZZY(t.averageActive[2], 1.0, 1e-12);
    TW_COMPARE_FUZZY(t.averageActive[3], 0.0, 1e-12);
    // Age 0 leaves out June (NaN): (2 × 0.25 + 1/3 + 0.5) / 4.
    TW_COMPARE_FUZZY(t.averageAum[0], (0.5 + 1.0 / 3 + 0.5) / 4, 1e-12);
    TW_COMPARE_FUZZY(t.averageAum[1], 1.0, 1e-12);
    TW_COMPARE_FUZZY(t.averageAum[3], 0.9, 1e-12);
}

void TestCohorts::emptyInputs()
{
    // No history window: no cohorts.
    Book none(date(2025, 6, 30), 0);
    none.add(date(2025, 6, 1)).day(date(2025, 6, 2));
    const CohortTable t0 = buildCohorts(none.f, none.b);
    QCOMPARE(t0.cohorts(), 0);
    QCOMPARE(t0.ages, 0);

    // Everyone acquired before the window.
    Book old(date(2025, 6, 30), 2);
    old.add(date(2020, 1, 1), {5, 5});
    const CohortTable t1 = buildCohorts(old.f, old.b);
    QCOMPARE(t1.cohorts(), 0);
    QVERIFY(t1.averageActive.empty());

    // A cohort whose month-1 AUM is 0 has no ratio; activity rows may be missing altogether.
    Book zero(date(2025, 6, 30), 2);
    zero.add(date(2025, 5, 3), {7, 0});
    zero.b.activity = {};
    const CohortTable t2 = buildCohorts(zero.f, zero.b);
    QCOMPARE(t2.cohorts(), 1);
    QCOMPARE(t2.ages, 2);
    QCOMPARE(t2.active(0, 0), 0.0);
    QVERIFY(std::isnan(t2.aum(0, 0)));
    QVERIFY(std::isnan(t2.averageAum[1]));
}

void TestCohorts::labels()
{
    const CohortTable t = sampleTable();
    QCOMPARE(t.cohortLabel(0), QStringLiteral("2025-03"));
    QCOMPARE(t.cohortLabel(3), QStringLiteral("2025-06"));
    QCOMPARE(CohortTable::ageLabel(2), QStringLiteral("Month 2"));
}

QTEST_GUILESS_MAIN(TestCohorts)
#include "tst_cohorts.moc"
