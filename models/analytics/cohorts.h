#pragma once

// Acquisition cohorts (DOMAIN.md: open date → acquisition cohort): customers grouped by the month
// they joined, followed month by month up to the as-of month (the last month ended by as-of).
//
// - Acquisition month: the month of the open date; of the first activity day when it is unknown.
//   Customers with neither are left out, and so are customers acquired before the AUM history
//   window (features.historyMonths months ending at the as-of month) or after the as-of month.
// - Row = cohort (only months that acquired someone), column = age: months since acquisition,
//   0 = the acquisition month itself. ages = as-of month − the earliest cohort's month + 1.
// - Active share: the share of the cohort's customers with at least one active day (an activity
//   day with active == 1) in that calendar month.
// - AUM retained: the cohort's total month-end AUM (features.aumHistory) in that month divided by
//   its total in month 1, the first full month after acquisition, because the acquisition month
//   is partial. So month 1 is 1 and month 0 is a ratio too (often < 1). NaN for the whole row
//   when month 1 is not observed yet (acquired in the as-of month) or its total is not positive.
// - Cells after the as-of month are NaN: the table is a triangle.
// - Averages per age: the cohort-size-weighted mean over the cohorts with a value at that age.
// One pass over the customers and their activity; a day-to-month table makes each day O(1).

#include "ingest/values.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tierwise::analytics {

struct CustomerFeatures;
struct BookData;

struct CohortTable
{
    std::vector<int> cohortMonth;        // year * 12 + month − 1, ascending
    std::vector<std::int64_t> size;      // customers per cohort
    int ages = 0;                        // columns: months since acquisition 0 … ages − 1
    std::vector<double> activeShare;     // cohorts × ages, row-major; NaN where not observed
    std::vector<double> aumRetained;     // the same
    std::vector<double> averageActive;   // per age; NaN where no cohort has reached the age
    std::vector<double> averageAum;      // per age; the same

    int cohorts() const { return int(cohortMonth.size()); }
    double active(int row, int age) const { return activeShare[index(row, age)]; }
    double aum(int row, int age) const { return aumRetained[index(row, age)]; }
    QString cohortLabel(int row) const; // "2025-03"
    static QString ageLabel(int age);   // a column heading, "Month 3" in the user's language

private:
    std::size_t index(int row, int age) const { return std::size_t(row) * std::size_t(ages) + std::size_t(age); }
};

CohortTable buildCohorts(const CustomerFeatures &features, const BookData &book);
// The same per group in one pass: groups[i] is customer row i's group (0 … groupCount − 1, or −1
// to leave the customer out). Table g equals buildCohorts on group g's customers alone.
std::vector<CohortTable> buildCohortsByGroup(const CustomerFeatures &features, const BookData &book,
                                             const std::vector<std::int16_t> &groups, int groupCount);

} // namespace tierwise::analytics
