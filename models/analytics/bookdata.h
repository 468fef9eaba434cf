#pragma once

// What the lifetime-value engine reads beyond CustomerFeatures, in bulk and column-oriented, with
// the same customer rows (CustomerFeatures::customerId, sorted ascending):
// - the daily activity of every customer (one entry per calendar day with a transaction);
// - the product catalogue and what each customer holds (accounts and holdings), with maturities;
// - the balances per product type in the as-of month (margin CLV).
//
// Active transactions: the ones a customer makes. Fees, interest and salary credits are booked by
// the bank or an employer and do not count (txn_type "fee", "interest", "salary", "charge"); a
// transaction without a type counts. BG/NBD "purchases" are the active days; their value is the
// sum of |amount| of the day's active transactions.

#include "analytics/features.h"
#include "jobs/progress.h"
#include "result.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

struct sqlite3;

namespace tierwise::analytics {

struct CustomerActivity
{
    // Customer row c has days [offsets[c], offsets[c + 1]) ascending, distinct, all ≤ asOf.
    std::vector<std::uint32_t> offsets; // size customers + 1
    std::vector<Day> day;
    std::vector<double> activeValue;    // sum of |amount| of the day's active transactions; 0 if none
    std::vector<std::uint8_t> active;   // 1 if the day has an active transaction
    std::vector<float> outflow;         // sum of |amount| of the day's debits (amount < 0), any type

    std::size_t customers() const { return offsets.empty() ? 0 : offsets.size() - 1; }
    std::uint32_t begin(std::size_t c) const { return offsets[c]; }
    std::uint32_t end(std::size_t c) const { return offsets[c + 1]; }
};

// Product types as the products table names them.
enum class ProductType { Current, Term, Wealth, Fund, Insurance, CreditCard, ConsumerLoan, Mortgage, BusinessLoan,
                         Other, Count_ };
const char *productTypeName(ProductType type);          // "current", …
ProductType productTypeFromName(std::string_view name); // Other if unknown

struct Product
{
    std::string code;
    std::string name;       // as imported (often Chinese)
    ProductType type = ProductType::Other;
    int riskLevel = 0;      // 1–5, 0 if unknown
    double marginBps = 0;   // NaN if unknown
    int termMonths = 0;
};

struct Holding
{
    std::int32_t product = -1; // index into BookData::products, -1 if the code is not in the catalogue
    Day open = 0;              // 0 if unknown
    Day maturity = 0;          // 0 if none
    Day close = 0;             // 0 if open
    double balance = 0;        // currency units; NaN if unknown
    bool fromAccounts = false; // an accounts row (current, card, loan accounts) rather than a holdings row
};

// Balance columns of the balances table.
enum class BalanceColumn { Current, Term, OtherDeposit, Wealth, Fund, Insurance, Loan, Count_ };
constexpr std::size_t kBalanceColumns = static_cast<std::size_t>(BalanceColumn::Count_);

struct BookData
{
    Day asOf = 0;
    CustomerActivity activity;
    std::vector<Product> products;                 // sorted by code
    // Customer row c holds holdings[holdingOffsets[c] … holdingOffsets[c + 1]): every account and
    // holding row of the customer, held or not at asOf (check open / close).
    std::vector<std::uint32_t> holdingOffsets;
    std::vector<Holding> holdings;
    // Balances per column in the as-of month (the last month ended by asOf), currency units; all 0
    // when the customer has no row for that month. Row-major: balances[c][column].
    std::vector<std::array<double, kBalanceColumns>> balances;
    std::vector<std::string> occupation;           // as imported, "" if unknown

    // Held at asOf: opened on or before it and not closed on or before it.
    bool held(const Holding &h) const
    {
        return (h.open == 0 || h.open <= asOf) && (h.close == 0 || h.close > asOf);
    }
};

// Reads the activity, catalogue, holdings and as-of balances for the customers of `features`
// (full scans, no per-customer queries). Reports progress; Cancelled if asked.
Result<BookData> loadBookData(sqlite3 *db, const CustomerFeatures &features, jobs::Progress &progress);

} // namespace tierwise::analytics
