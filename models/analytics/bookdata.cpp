#include "analytics/bookdata.h"

#include "analytics/scan.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::BookData)
};

} // namespace

namespace tierwise::analytics {
namespace {

using namespace scanning;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const char *const kProductTypeNames[] = {"current", "term",     "wealth",        "fund",  "insurance", "credit_card",
                                         "consumer_loan", "mortgage", "business_loan", "other"};
static_assert(std::size(kProductTypeNames) == static_cast<std::size_t>(ProductType::Count_));

Error cancelledError()
{
    return Error::cancelled(Tr::tr("Reading the customer book was cancelled."));
}

// Transactions booked by the bank or an employer rather than made by the customer.
bool passive(std::string_view type)
{
    return type == "fee" || type == "interest" || type == "salary" || type == "charge";
}

// Scans a table with progress and cancel checks.
struct Reader
{
    sqlite3 *db;
    ScanShared shared;
    jobs::Progress &progress;
    QString text = Tr::tr("Reading the customer book");

    bool keepGoing()
    {
        return progress.report(std::min(shared.done.load(), shared.total), shared.total, text);
    }
    template<typename RowFn>
    Status scan(const char *sql, RowFn &&row)
    {
        const std::function<bool()> go = [this] { return keepGoing(); };
        return scanRows(db, sql, shared, go, cancelledError, std::forward<RowFn>(row));
    }
};

Status readProducts(Reader &r, BookData &b)
{
    Status s = r.scan("SELECT product_code, ifnull(name, ''), ifnull(product_type, ''), risk_level, margin_bps, "
                      "term_months FROM products ORDER BY product_code",
                      [&](sqlite3_stmt *st) {
                          Product p;
                          p.code.assign(columnText(st, 0));
                          p.name.assign(columnText(st, 1));
                          p.type = productTypeFromName(columnText(st, 2));
                          p.riskLevel = sqlite3_column_type(st, 3) == SQLITE_NULL ? 0 : sqlite3_column_int(st, 3);
                          p.marginBps = sqlite3_column_type(st, 4) == SQLITE_NULL ? kNaN : sqlite3_column_double(st, 4);
                          p.termMonths = sqlite3_column_int(st, 5);
                          b.products.push_back(std::move(p));
                      });
    return s;
}

Status readOccupations(Reader &r, const ingest::StringIndex &index, const CustomerFeatures &f, BookData &b)
{
    b.occupation.assign(f.size(), std::string());
    CustomerLookup lookup(index, f.customerId);
    return r.scan("SELECT customer_id, occupation FROM customers WHERE occupation IS NOT NULL", [&](sqlite3_stmt *st) {
        const std::int32_t row = lookup.find(columnText(st, 0));
        if (row >= 0)
            b.occupation[static_cast<std::size_t>(row)].assign(columnText(st, 1));
    });
}

// Accounts and holdings, bucketed by customer row (counting sort).
Status readHoldings(Reader &r, const ingest::StringIndex &index, const CustomerFeatures &f, BookData &b)
{
    std::vector<std::pair<std::int32_t, Holding>> rows;
    const auto productIndex = [&](std::string_view code) -> std::int32_t {
        const auto it = std::lower_bound(b.products.begin(), b.products.end(), code,
                                         [](const Product &p, std::string_view c) { return p.code < c; });
        return it != b.products.end() && it->code == code ? static_cast<std::int32_t>(it - b.products.begin()) : -1;
    };
    for (const bool accounts : {true, false}) {
        CustomerLookup lookup(index, f.customerId);
        const char *sql =
            accounts ? "SELECT customer_id, product_code, open_date, NULL, close_date, NULL FROM accounts"
                     : "SELECT customer_id, product_code, open_date, maturity_date, close_date, balance_cents FROM holdings";
        Status s = r.scan(sql, [&](sqlite3_stmt *st) {
            const std::int32_t row = lookup.find(columnText(st, 0));
            if (row < 0)
                return;
            Holding h;
            h.product = productIndex(columnText(st, 1));
            h.open = isoDayOrZero(columnText(st, 2));
            h.maturity = isoDayOrZero(columnText(st, 3));
            h.close = isoDayOrZero(columnText(st, 4));
            h.balance = sqlite3_column_type(st, 5) == SQLITE_NULL ? kNaN : double(sqlite3_column_int64(st, 5)) / 100.0;
            h.fromAccounts = accounts;
            rows.emplace_back(row, h);
        });
        if (!s)
            return s;
    }
    b.holdingOffsets.assign(f.size() + 1, 0);
    for (const auto &[row, h] : rows)
        ++b.holdingOffsets[static_cast<std::size_t>(row) + 1];
    for (std::size_t c = 0; c < f.size(); ++c)
        b.holdingOffsets[c + 1] += b.holdingOffsets[c];
    b.holdings.resize(rows.size());
    std::vector<std::uint32_t> next(b.holdingOffsets.begin(), b.holdingOffsets.end() - 1);
    for (const auto &[row, h] : rows)
        b.holdings[next[static_cast<std::size_t>(row)]++] = h;
    return {};
}

Status readBalances(Reader &r, const ingest::StringIndex &index, const CustomerFeatures &f, BookData &b)
{
    b.balances.assign(f.size(), std::array<double, kBalanceColumns>{});
    const int month = asOfMonthIndex(f.asOf);
    store::Statement st(r.db, "SELECT customer_id, current_cents, term_cents, other_deposit_cents, wealth_cents, "
                              "fund_cents, insurance_cents, loan_cents FROM balances WHERE month = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, QStringLiteral("%1-%2").arg(month / 12, 4, 10, QLatin1Char('0')).arg(month % 12 + 1, 2, 10, QLatin1Char('0')));
    CustomerLookup lookup(index, f.customerId);
    std::int64_t n = 0;
    while (st.step()) {
        const std::int32_t row = lookup.find(st.utf8(0));
        if (row >= 0)
            for (std::size_t k = 0; k < kBalanceColumns; ++k)
                b.balances[static_cast<std::size_t>(row)][k] = double(st.int64(int(k) + 1)) / 100.0;
        if (++n % kCheckEvery == 0 && !r.keepGoing())
            return cancelledError();
    }
    if (!st.error().message.isEmpty())
        return st.error();
    return {};
}

// One scan of the transactions (rowid order), then per customer the distinct days.
struct TxnEntry
{
    std::uint32_t row;
    Day day;
    std::int64_t cents; // amount × 2 + 1 if active (so the flag rides along)
};

Status readActivity(Reader &r, const ingest::StringIndex &index, const CustomerFeatures &f, BookData &b)
{
    std::vector<TxnEntry> entries;
    entries.reserve(static_cast<std::size_t>(std::max<qint64>(store::queryInt(r.db, R"SQL(
        SELECT ifnull(sum(rows_inserted), 0) FROM imports WHERE kind = 'transactions'
           AND status IN ('committed', 'partial'))SQL"), 0)));
    CustomerLookup lookup(index, f.customerId);
    const Day asOf = f.asOf;
    char lastDate[10] = {};
    Day lastDay = 0;
    bool lastDateOk = false;
    Status s = r.scan("SELECT customer_id, txn_date, amount_cents, ifnull(txn_type, '') FROM transactions ORDER BY txn_id",
                      [&](sqlite3_stmt *st) {
                          const std::int32_t row = lookup.find(columnText(st, 0));
                          const std::string_view date = columnText(st, 1);
                          if (row < 0 || date.size() < 10)
                              return;
                          if (std::memcmp(date.data(), lastDate, 10) != 0) {
                              std::memcpy(lastDate, date.data(), 10);
                              lastDateOk = parseIsoDay(date, lastDay);
                          }
                          if (!lastDateOk || lastDay > asOf)
                              return;
                          const bool active = !passive(columnText(st, 3));
                          entries.push_back({static_cast<std::uint32_t>(row), lastDay,
                                             sqlite3_column_int64(st, 2) * 2 + (active ? 1 : 0)});
                      });
    if (!s)
        return s;

    const std::size_t n = f.size();
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const TxnEntry &e : entries)
        ++start[e.row + 1];
    for (std::size_t c = 0; c < n; ++c)
        start[c + 1] += start[c];
    {
        std::vector<TxnEntry> sorted(entries.size());
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        for (const TxnEntry &e : entries)
            sorted[next[e.row]++] = e;
        entries.swap(sorted);
    }

    CustomerActivity &a = b.activity;
    a.offsets.assign(n + 1, 0);
    a.day.clear();
    a.activeValue.clear();
    a.active.clear();
    a.outflow.clear();
    for (std::size_t c = 0; c < n; ++c) {
        const auto first = entries.begin() + start[c], last = entries.begin() + start[c + 1];
        std::sort(first, last, [](const TxnEntry &x, const TxnEntry &y) { return x.day < y.day; });
        for (auto it = first; it != last;) {
            const Day day = it->day;
            std::int64_t activeCents = 0, outflowCents = 0;
            bool active = false;
            for (; it != last && it->day == day; ++it) {
                const std::int64_t cents = it->cents >> 1; // arithmetic shift: the amount, sign kept
                if (it->cents & 1) {
                    active = true;
                    activeCents += cents < 0 ? -cents : cents;
                }
                if (cents < 0)
                    outflowCents -= cents;
            }
            a.day.push_back(day);
            a.activeValue.push_back(double(activeCents) / 100.0);
            a.active.push_back(active ? 1 : 0);
            a.outflow.push_back(static_cast<float>(double(outflowCents) / 100.0));
        }
        a.offsets[c + 1] = static_cast<std::uint32_t>(a.day.size());
        if ((c & 0xFFFF) == 0xFFFF && !r.keepGoing())
            return cancelledError();
    }
    return {};
}

} // namespace

const char *productTypeName(ProductType type)
{
    const auto i = static_cast<std::size_t>(type);
    return i < std::size(kProductTypeNames) ? kProductTypeNames[i] : "other";
}

ProductType productTypeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < std::size(kProductTypeNames); ++i)
        if (name == kProductTypeNames[i])
            return static_cast<ProductType>(i);
    return ProductType::Other;
}

Result<BookData> loadBookData(sqlite3 *db, const CustomerFeatures &features, jobs::Progress &progress)
{
    BookData b;
    b.asOf = features.asOf;
    Reader r{db, {}, progress};
    {
        store::Statement st(db, R"SQL(
            SELECT sum(rows_inserted) FROM imports WHERE status IN ('committed', 'partial')
               AND kind IN ('customers', 'accounts', 'holdings', 'transactions'))SQL");
        if (st.ok() && st.step())
            r.shared.total = st.int64(0);
    }
    if (!r.keepGoing())
        return cancelledError();
    // One snapshot for all the scans.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        if (Status s = store::exec(db, "BEGIN"); !s)
            return s.error();
    Status s;
    {
        const ingest::StringIndex index = customerIndex(features.customerId);
        s = readProducts(r, b);
        if (s)
            s = readOccupations(r, index, features, b);
        if (s)
            s = readHoldings(r, index, features, b);
        if (s)
            s = readBalances(r, index, features, b);
        if (s)
            s = readActivity(r, index, features, b);
    }
    if (ownTransaction)
        (void)store::exec(db, "COMMIT");
    if (!s)
        return s.error();
    return b;
}

} // namespace tierwise::analytics
