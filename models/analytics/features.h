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

// Product families counted per customer, held at the as-of date (opened on or before it, not
// closed on or before it). Holdings give Deposit (term, other), Wealth, Fund and Insurance;
// accounts give Deposit (current), CreditCard and Loan (consumer_loan, mortgage, business_loan).
// An account of a term or investment product is not counted: its holding is.
enum class ProductFamily { Deposit, Wealth, Fund, Insurance, CreditCard, Loan, Count_ };
// Transaction channels (normalised by the importer: counter, online, mobile, atm, pos; any
// other value or none is Other).
enum class Channel { Counter, Online, Mobile, Atm, Pos, Other, Count_ };

struct CustomerFeatures
{
    Day asOf = 0;
    std::vector<std::string> customerId; // sorted ascending
    std::vector<std::string> branchId;   // "" if unknown

    // RFM as the CLV literature counts it: transactions on the same day are one purchase day.
    std::vector<double> recencyDays;     // as-of − last transaction day; NaN if none
    std::vector<std::int32_t> frequency; // distinct transaction days up to as-of
    // Mean spending per spending day (currency units, not cents): the sum of |amount| of the debits
    // (amount < 0) divided by the number of distinct days with a debit. A customer without debits
    // gets the same of its credits (amount > 0); only zero amounts: 0; no transactions: NaN.
    std::vector<double> monetary;
    std::vector<Day> firstTransaction;   // 0 if none
    std::vector<Day> lastTransaction;    // 0 if none

    // Monthly AUM (currency units) averaged over the last 1 / 3 / 12 months up to the as-of month
    // (the last month that has ended by the as-of date). A customer starts in the earlier of its
    // open month and its first balance month; months since then without a balance row count as 0,
    // months before it do not count (a customer who opened two months ago averages over two).
    // trend = least-squares slope of monthly AUM over the last 12 months since the start (units
    // per month; 0 with fewer than two months). No balances at all: 0.
    std::vector<double> aum1m;
    std::vector<double> aum3m;
    std::vector<double> aum12m;
    std::vector<double> aumTrend;
    // Per customer, the month-end AUM of each of the last `historyMonths` months up to the as-of
    // month (oldest first, 0 where there is no row), row-major: aumHistory[i * historyMonths + m].
    // Tiers with hysteresis need the history.
    int historyMonths = 0;
    std::vector<double> aumHistory;

    std::vector<Day> openDay;            // the open date; 0 if unknown
    std::vector<double> tenureMonths;    // completed months from open date to as-of; NaN if unknown or later
    std::vector<double> age;             // completed years at as-of; NaN if unknown
    std::vector<std::array<std::int32_t, static_cast<std::size_t>(ProductFamily::Count_)>> products;
    // Share of the transactions up to as-of per channel: sums to 1, or all 0 without transactions.
    std::vector<std::array<float, static_cast<std::size_t>(Channel::Count_)>> channelShare;
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
// no per-customer queries) and computes the features. Transactions after the as-of date are
// ignored. The transactions scan runs on a worker thread over a second, read-only connection to
// the same file (not when `db` is in a transaction or in memory: then all runs on `db`).
// Memory: about 8 bytes per transaction, plus a few hundred bytes and 8 × historyMonths per
// customer.
// Reports progress from the calling thread only; returns Cancelled if asked (or if the SQL is
// interrupted).
Result<CustomerFeatures> computeFeatures(sqlite3 *db, const FeatureOptions &options, jobs::Progress &progress);

} // namespace tierwise::analytics
