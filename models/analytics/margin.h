#pragma once

// Margin CLV (DOMAIN.md §3): the value a customer's balances earn the bank — deposits × net
// interest margin, wealth / fund / insurance balances × fee rate, loans × lending margin —
// projected over the expected remaining relationship and discounted.
//
// JSON form of the rates (MarginRates::toJson / fromJson; defaults in
// resources/defaults/margin_rates.json, compiled in as :/tierwise/defaults/margin_rates.json):
// {
//   "annual_rates": {                    required, all seven keys, fractions a year (0.02 = 2 %)
//     "current": 0.020, "term": 0.010, "other_deposit": 0.012,
//     "wealth": 0.006, "fund": 0.010, "insurance": 0.015, "loan": 0.025
//   },
//   "retention": {                       optional; defaults as below
//     "tenure_band_months": [12, 36, 60],   upper bounds (exclusive) of the tenure bands, increasing
//     "default_annual_retention": 0.90      each band's annual retention when the book cannot tell
//   },
//   "max_months": 240                    optional; the projection cap in months
// }
// "comment" keys are ignored anywhere; any other unknown key is rejected by name (typos in a
// hand-edited file should not pass silently).

#include "analytics/bookdata.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

#include <array>
#include <cstdint>
#include <vector>

namespace tierwise::analytics {

struct CustomerFeatures;

struct MarginRates
{
    // Annual margin per unit of balance, per BalanceColumn (fractions: 0.02 = 2 % a year). A rate
    // may be negative (a deposit costing more than it earns) but lies within [−1, 1].
    std::array<double, kBalanceColumns> annualRate{};
    // Tenure bands: band i holds tenures t (completed months) with t < tenureBandMonths[i] and
    // t ≥ the previous bound; the band after the last bound is open-ended, so there are
    // tenureBandMonths.size() + 1 bands ({12, 36, 60}: 0–11, 12–35, 36–59, 60+ months). A
    // customer of unknown tenure is in band 0 (the newest customers: the most cautious retention).
    std::vector<double> tenureBandMonths = {12, 36, 60};
    double defaultAnnualRetention = 0.90; // (0, 1]; per band when the book cannot tell
    int maxMonths = 240;                  // projection cap, 1 … 1200 months

    // The rates of :/tierwise/defaults/margin_rates.json.
    static MarginRates defaults();

    int bandCount() const { return int(tenureBandMonths.size()) + 1; }
    int band(double tenureMonths) const;

    // Rates finite in [−1, 1]; bounds finite, positive, strictly increasing; default retention in
    // (0, 1]; maxMonths in 1 … 1200. Errors name the offending JSON key.
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    static Result<MarginRates> fromJson(const QJsonObject &object);
    static Result<MarginRates> fromJsonBytes(const QByteArray &json);

    bool operator==(const MarginRates &o) const
    {
        return annualRate == o.annualRate && tenureBandMonths == o.tenureBandMonths
            && defaultAnnualRetention == o.defaultAnnualRetention && maxMonths == o.maxMonths;
    }
    bool operator!=(const MarginRates &o) const { return !(*this == o); }
};

// Annual retention per tenure band (MarginRates::bandCount() entries each).
struct RetentionEstimate
{
    std::vector<double> annualRetention;
    std::vector<std::int64_t> base;   // customers the band's estimate rests on (0 if none counted)
    std::vector<bool> estimated;      // true: from the book; false: MarginRates::defaultAnnualRetention

    bool anyEstimated() const;
};

// Retention from the AUM history: the base of band b is the customers with AUM > 0 twelve months
// before the as-of month (aumHistory month historyMonths − 13) whose tenure then
// (tenureMonths − 12, customers of unknown tenure or not yet open then are left out) falls in
// band b; the band's annual retention is the share of its base with AUM > 0 in the as-of month,
// clamped to [0.5, 0.999]. A band with fewer than kMinRetentionBase customers in its base, or
// every band when historyMonths < 13, takes defaultAnnualRetention (estimated = false; base still
// reports the count).
constexpr std::int64_t kMinRetentionBase = 100;
RetentionEstimate estimateRetention(const MarginRates &rates, const CustomerFeatures &features);

// The margin a month of these balances earns (currency units a month):
//     m = Σ_col balance[col] × annualRate[col] / 12,
// the loan column taken as |balance| (however the extract signs it); a non-finite balance
// counts as 0.
double monthlyMargin(const MarginRates &rates, const std::array<double, kBalanceColumns> &balances);

// Margin CLV per customer row (currency units), from the as-of month's balances
// (BookData::balances[c]):
//     m   = monthlyMargin(balances[c])                                   currency units / month
//     p0  = pAlive[c] if there is a finite one, else 1 if any balance column is non-zero, else 0
//     ρ   = annualRetention[band(tenureMonths[c])]^(1/12)                  monthly retention
//     q   = ρ / (1 + discountMonthly)                                      discountMonthly per month
//     CLV = m × p0 × Σ_{k=1..N} q^k = m × p0 × q (1 − q^N) / (1 − q)      (the sum is N when q = 1)
// with N = rates.maxMonths. The first month counted is the one after the as-of month. A
// retention estimate with too few bands gives the missing ones defaultAnnualRetention; a
// negative or non-finite discount is taken as 0. Rows without balances (BookData shorter than
// the features) get 0. pAlive may be empty (balances decide p0 for everyone).
std::vector<double> marginClv(const MarginRates &rates, const CustomerFeatures &features, const BookData &book,
                              const std::vector<double> &pAlive, double discountMonthly,
                              const RetentionEstimate &retention);

} // namespace tierwise::analytics
