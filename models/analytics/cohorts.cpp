#include "analytics/cohorts.h"

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/lifecycle.h"
#include "analytics/scan.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Cohorts)
};

using namespace tierwise;
using namespace tierwise::analytics;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Day monthStart(int month)
{
    return ingest::dayFromCivil(month / 12, month % 12 + 1, 1);
}

// Day → slot (month − first) for the days of months first … last; -1 outside.
class MonthSlots
{
public:
    MonthSlots(int first, int last) : m_begin(monthStart(first))
    {
        m_slot.resize(std::size_t(monthStart(last + 1) - m_begin));
        for (int m = first; m <= last; ++m)
            std::fill(m_slot.begin() + (monthStart(m) - m_begin), m_slot.begin() + (monthStart(m + 1) - m_begin),
                      std::int16_t(m - first));
    }
    int slotOf(Day d) const
    {
        const auto k = std::int64_t(d) - m_begin;
        return k >= 0 && k < std::int64_t(m_slot.size()) ? m_slot[std::size_t(k)] : -1;
    }
    Day begin() const { return m_begin; }

private:
    Day m_begin;
    std::vector<std::int16_t> m_slot;
};

// Sums per acquisition slot (rows) × age (columns), both 0 … months − 1.
struct Sums
{
    explicit Sums(int m)
        : months(m), size(std::size_t(m), 0), active(std::size_t(m) * std::size_t(m), 0),
          aum(std::size_t(m) * std::size_t(m), 0.0)
    {
    }
    std::size_t at(int slot, int age) const { return std::size_t(slot) * std::size_t(months) + std::size_t(age); }

    int months;
    std::vector<std::int64_t> size;
    std::vector<std::int64_t> active; // customers with an active day
    std::vector<double> aum;          // month-end AUM
};

// Adds one customer's active months (from its acquisition slot on) to the sums.
void addActiveMonths(const CustomerActivity &a, std::size_t row, const MonthSlots &monthSlots, int slot, Sums &sums)
{
    if (row >= a.customers())
        return;
    const auto first = a.day.begin() + a.begin(row), last = a.day.begin() + a.end(row);
    int counted = -1;
    for (auto it = std::lower_bound(first, last, monthSlots.begin()); it != last; ++it) {
        const int s = monthSlots.slotOf(*it);
        if (s < slot || s == counted || !a.active[std::size_t(it - a.day.begin())])
            continue;
        ++sums.active[sums.at(slot, s - slot)];
        counted = s;
    }
}

// One Sums per group; groups null: every customer in group 0.
std::vector<Sums> accumulate(const CustomerFeatures &f, const BookData &book, int firstMonth, int lastMonth,
                             const std::vector<std::int16_t> *groups, int groupCount)
{
    const int months = lastMonth - firstMonth + 1;
    const MonthSlots monthSlots(firstMonth, lastMonth);
    const bool haveAum = f.aumHistory.size() >= f.size() * std::size_t(months);
    std::vector<Sums> all(std::size_t(std::max(groupCount, 0)), Sums(months));
    for (std::size_t i = 0; i < f.size(); ++i) {
        const int g = groups ? (i < groups->size() ? (*groups)[i] : -1) : 0;
        if (g < 0 || g >= groupCount)
            continue;
        Sums &sums = all[std::size_t(g)];
        const Day acquired = acquisitionDay(f, book, i);
        const int slot = acquired == 0 ? -1 : monthSlots.slotOf(acquired);
        if (slot < 0)
            continue;
        ++sums.size[std::size_t(slot)];
        addActiveMonths(book.activity, i, monthSlots, slot, sums);
        const double *history = haveAum ? f.aumHistory.data() + i * std::size_t(months) : nullptr;
        for (int age = 0; history && slot + age < months; ++age)
            sums.aum[sums.at(slot, age)] += history[slot + age];
    }
    if (!haveAum)
        for (Sums &sums : all)
            std::fill(sums.aum.begin(), sums.aum.end(), kNaN);
    return all;
}

// Per age, the mean of the non-NaN cells weighted by cohort size.
std::vector<double> weightedAverage(const std::vector<double> &cells, const std::vector<std::int64_t> &size, int ages)
{
    std::vector<double> out(std::size_t(ages), kNaN);
    for (int age = 0; age < ages; ++age) {
        double sum = 0, weight = 0;
        for (std::size_t row = 0; row < size.size(); ++row) {
            const double v = cells[row * std::size_t(ages) + std::size_t(age)];
            if (!std::isnan(v)) {
                sum += v * double(size[row]);
                weight += double(size[row]);
            }
        }
        if (weight > 0)
            out[std::size_t(age)] = sum / weight;
    }
    return out;
}

} // namespace

namespace tierwise::analytics {

QString CohortTable::cohortLabel(int row) const
{
    const int m = cohortMonth[std::size_t(row)];
    return QStringLiteral("%1-%2").arg(m / 12).arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
}

QString CohortTable::ageLabel(int age)
{
    return Tr::tr("Month %1").arg(age);
}

namespace {

CohortTable tableFrom(const Sums &sums, int firstMonth)
{
    CohortTable t;
    const int months = sums.months;
    const auto firstSlot = std::find_if(sums.size.begin(), sums.size.end(), [](std::int64_t n) { return n > 0; });
    if (firstSlot == sums.size.end())
        return t;
    t.ages = months - int(firstSlot - sums.size.begin());
    for (int slot = months - t.ages; slot < months; ++slot) {
        const std::int64_t n = sums.size[std::size_t(slot)];
        if (n == 0)
            continue;
        t.cohortMonth.push_back(firstMonth + slot);
        t.size.push_back(n);
        const double base = slot + 1 < months ? sums.aum[sums.at(slot, 1)] : kNaN;
        for (int age = 0; age < t.ages; ++age) {
            const bool seen = slot + age < months;
            t.activeShare.push_back(seen ? double(sums.active[sums.at(slot, age)]) / double(n) : kNaN);
            t.aumRetained.push_back(seen && base > 0 ? sums.aum[sums.at(slot, age)] / base : kNaN);
        }
    }
    t.averageActive = weightedAverage(t.activeShare, t.size, t.ages);
    t.averageAum = weightedAverage(t.aumRetained, t.size, t.ages);
    return t;
}

std::vector<CohortTable> build(const CustomerFeatures &features, const BookData &book,
                               const std::vector<std::int16_t> *groups, int groupCount)
{
    const int months = features.historyMonths;
    if (months <= 0)
        return std::vector<CohortTable>(std::size_t(std::max(groupCount, 0)));
    const int lastMonth = scanning::asOfMonthIndex(features.asOf);
    const int firstMonth = lastMonth - months + 1;
    std::vector<CohortTable> tables;
    for (const Sums &sums : accumulate(features, book, firstMonth, lastMonth, groups, groupCount))
        tables.push_back(tableFrom(sums, firstMonth));
    return tables;
}

} // namespace

CohortTable buildCohorts(const CustomerFeatures &features, const BookData &book)
{
    return build(features, book, nullptr, 1).front();
}

std::vector<CohortTable> buildCohortsByGroup(const CustomerFeatures &features, const BookData &book,
                                             const std::vector<std::int16_t> &groups, int groupCount)
{
    return build(features, book, &groups, groupCount);
}

} // namespace tierwise::analytics
