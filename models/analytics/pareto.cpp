#include "analytics/pareto.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <unordered_map>

namespace tierwise::analytics {
namespace {

// Values with NaN left out and negatives clamped to 0.
std::vector<double> cleaned(const std::vector<double> &values)
{
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v > 0 ? v : 0.0);
    return out;
}

// Summary of values already cleaned; sorts them (descending) in place.
ParetoSummary summarize(std::vector<double> &v, int maxPoints)
{
    ParetoSummary s;
    const std::size_t n = v.size();
    s.count = std::int64_t(n);
    if (n == 0)
        return s;
    std::sort(v.begin(), v.end(), std::greater<double>());
    long double total = 0;
    long double weighted = 0; // Σ i·x_i with i the ascending rank (1-based)
    for (std::size_t k = 0; k < n; ++k) {
        total += v[k];
        weighted += static_cast<long double>(n - k) * v[k];
    }
    s.total = total;
    if (total <= 0) {
        s.gini = 0;
        s.top20Share = 0.2;
    } else {
        const long double nn = static_cast<long double>(n);
        s.gini = double(2 * weighted / (nn * total) - (nn + 1) / nn);
        s.top20Share = topShare(v, total, 0.2);
    }

    // The curve: points at customer counts 0 … n, evenly thinned to at most maxPoints.
    const std::size_t points = std::min<std::size_t>(n + 1, std::size_t(std::max(maxPoints, 2)));
    s.customerShare.reserve(qsizetype(points));
    s.valueShare.reserve(qsizetype(points));
    std::size_t done = 0;
    long double running = 0;
    for (std::size_t p = 0; p < points; ++p) {
        // Customer count of point p, rounded so that the last point is n.
        const std::size_t upTo = points == n + 1 ? p : std::size_t((static_cast<long double>(p) * n) / (points - 1) + 0.5L);
        while (done < upTo)
            running += v[done++];
        s.customerShare.append(double(static_cast<long double>(upTo) / n));
        s.valueShare.append(total > 0 ? double(running / total) : double(static_cast<long double>(upTo) / n));
    }
    return s;
}

} // namespace

double topShare(const std::vector<double> &descending, long double total, double fraction)
{
    const std::size_t n = descending.size();
    if (n == 0)
        return 0;
    if (!(total > 0))
        return std::clamp(fraction, 0.0, 1.0);
    const long double want = static_cast<long double>(std::clamp(fraction, 0.0, 1.0)) * n;
    const std::size_t whole = std::min<std::size_t>(std::size_t(std::floor(want)), n);
    long double held = 0;
    for (std::size_t k = 0; k < whole; ++k)
        held += descending[k];
    if (whole < n)
        held += (want - static_cast<long double>(whole)) * descending[whole];
    return double(held / total);
}

double giniSorted(const std::vector<double> &ascending)
{
    const std::size_t n = ascending.size();
    long double total = 0, weighted = 0;
    for (std::size_t k = 0; k < n; ++k) {
        total += ascending[k];
        weighted += static_cast<long double>(k + 1) * ascending[k];
    }
    if (n == 0 || !(total > 0))
        return 0;
    const long double nn = static_cast<long double>(n);
    return double(2 * weighted / (nn * total) - (nn + 1) / nn);
}

ParetoSummary pareto(const std::vector<double> &values, int maxPoints)
{
    std::vector<double> v = cleaned(values);
    return summarize(v, maxPoints);
}

ParetoReport paretoByGroup(const std::vector<double> &values, const std::vector<std::string> &groups, int maxPoints)
{
    ParetoReport report;
    std::unordered_map<std::string, std::vector<double>> byGroup;
    std::vector<double> all;
    all.reserve(values.size());
    static const std::string none;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (std::isnan(v))
            continue;
        const double c = v > 0 ? v : 0.0;
        all.push_back(c);
        byGroup[i < groups.size() ? groups[i] : none].push_back(c);
    }
    report.overall = summarize(all, maxPoints);
    for (auto &[group, v] : byGroup)
        report.byGroup.insert(QString::fromStdString(group), summarize(v, maxPoints));
    return report;
}

} // namespace tierwise::analytics
