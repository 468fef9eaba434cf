#pragma once

// Per-customer features as of a date, computed in bulk from a workspace: the input of every
// segmentation method. Column-oriented (one vector per feature, row i = customer i) so methods
// and Eigen can use them without copying.

#include "ingest/values.h"
#include "jobs/progress.h"
#include "result.h"

#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace tierwise::analytics {

using ingest::Day;

// Product families counted per customer (from holdings and accounts).
enum class ProductFamily { Deposit, Wealth, Fund, Insurance, CreditCard, Loan, Count_ };
// Transaction channels (normalised by the importer: counter, online, mobile, atm, pos).
enum class Channel { Counter, Online, Mobile, Atm, Pos, Other, Count_ };

struct CustomerFeatures
{
    Day asOf = 0;
    std::vector<std::string> customerId; // sorted ascending
    std::vector<std::string> branchId;   // "" if unknown

    // RFM as the CLV literature counts it: transactions on the same day are one purchase day.
    std::vector<double> recencyDays;     // as-of − last transaction day; NaN if none
    std::vector<std::int32_t> frequency; // distinct transaction days up to as-of
    std::vector<double> monetary;        // mean amount per transaction day (currency units, not cents),
                                         // over days with spending (amount < 0 counts as its absolute value); NaN if none
    std::vector<Day> firstTransaction;   // 0 if none
    std::vector<Day> lastTransaction;    // 0 if none

    // Monthly AUM (currency units) averaged over the last 1 / 3 / 12 months up to the as-of month,
    // months without a balance row count as 0 once the customer has opened; trend = least-squares
    // slope of monthly AUM over the last 12 months (units per month).
    std::vector<double> aum1m;
    std::vector<double> aum3m;
    std::vector<double> aum12m;
    std::vector<double> aumTrend;
    // Per customer, the month-end AUM of each of the last `historyMonths` months (oldest first),
    // row-major: aumHistory[i * historyMonths + m]. Tiers with hysteresis need the history.
    int historyMonths = 0;
    std::vector<double> aumHistory;

    std::vector<double> tenureMonths;    // as-of − open date; NaN if unknown
    std::vector<double> age;             // years at as-of; NaN if unknown
    std::vector<std::array<std::int32_t, static_cast<std::size_t>(ProductFamily::Count_)>> products;
    std::vector<std::array<float, static_cast<std::size_t>(Channel::Count_)>> channelShare; // of transactions, sums to 1 or all 0
    std::vector<std::int8_t> riskLevel;  // 1–5, 0 if unknown
    std::vector<std::string> creditRating; // as imported ("AAA" … "CCC"), "" if unknown

    std::size_t size() const { return customerId.size(); }
};

struct FeatureOptions
{
    Day asOf = 0;             // 0: the workspace's latest date (WorkspaceSummary::asOf)
    int historyMonths = 24;   // months of AUM history kept
};

// Reads customers, balances, holdings/accounts/products and transactions once each (full scans,
// no per-customer queries) and computes the features. Reports progress; Cancelled if asked.
Result<CustomerFeatures> computeFeatures(sqlite3 *db, const FeatureOptions &options, jobs::Progress &progress);

} // namespace tierwise::analytics
