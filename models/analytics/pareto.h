#pragma once

// Pareto (二八定律, DOMAIN.md §2): the Lorenz curve of a value (AUM, later CLV) over customers,
// the share held by the top 20 %, and the Gini coefficient; overall and per group (branch).
//
// Conventions:
// - Negative values clamp to 0 (an overdrawn customer holds nothing); NaN values are left out
//   (they count neither as customers nor as value).
// - The curve runs from the largest holder down: x = share of customers (0 … 1), y = share of
//   the total value they hold (0 … 1), starting at (0, 0) and ending at (1, 1); at most
//   `maxPoints` points, evenly spaced in customers, always including both ends.
// - topShare(p): the share held by the top p of customers, linearly interpolated between whole
//   customers (top 20 % of 7 customers = the largest, plus 0.4 of the second).
// - Gini on the values sorted ascending x_1 ≤ … ≤ x_n with total T:
//       G = 2 Σ i·x_i / (n·T) − (n + 1) / n
//   (0 when all hold the same; 1 − 1/n when one holds everything); sums in long double.
// - A set whose total is 0 is perfectly equal: Gini 0, the diagonal, top 20 % holds 20 %.
//   An empty set: count 0, Gini 0, top share 0, no points.

#include <QMap>
#include <QString>
#include <QVector>

#include <cstdint>
#include <string>
#include <vector>

namespace tierwise::analytics {

struct ParetoSummary
{
    std::int64_t count = 0;      // customers with a value
    long double total = 0;       // sum of the clamped values
    double gini = 0;
    double top20Share = 0;       // share of the total held by the top 20 % of customers
    QVector<double> customerShare; // curve x
    QVector<double> valueShare;    // curve y
};

struct ParetoReport
{
    ParetoSummary overall;
    QMap<QString, ParetoSummary> byGroup; // group id ("" for customers without one)
};

constexpr int kDefaultLorenzPoints = 1001;

// One set of values.
ParetoSummary pareto(const std::vector<double> &values, int maxPoints = kDefaultLorenzPoints);
// Overall and per group; groups[i] is customer i's group (e.g. CustomerFeatures::branchId).
ParetoReport paretoByGroup(const std::vector<double> &values, const std::vector<std::string> &groups,
                           int maxPoints = kDefaultLorenzPoints);

// The share of the total held by the top `fraction` (0 … 1) of `descending` (values sorted from
// largest to smallest, none negative), with `total` their sum; see above.
double topShare(const std::vector<double> &descending, long double total, double fraction);
// The Gini coefficient of `ascending` (sorted, none negative); see above.
double giniSorted(const std::vector<double> &ascending);

} // namespace tierwise::analytics
