#include "analytics/features.h"

#include "analytics/scan.h"

#include "ingest/referenceindex.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDate>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <limits>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr() (see store/workspace.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Features)
};

} // namespace

namespace tierwise::analytics {
namespace {

using ingest::StringIndex;
using namespace scanning;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kFamilies = static_cast<std::size_t>(ProductFamily::Count_);
constexpr std::size_t kChannels = static_cast<std::size_t>(Channel::Count_);

Channel channelOf(std::string_view c)
{
    switch (c.size()) {
    case 3:
        if (c == "atm")
            return Channel::Atm;
        if (c == "pos")
            return Channel::Pos;
        break;
    case 6:
        if (c == "mobile")
            return Channel::Mobile;
        if (c == "online")
            return Channel::Online;
        break;
    case 7:
        if (c == "counter")
            return Channel::Counter;
        break;
    default:
        break;
    }
    return Channel::Other;
}

// ------------------------------------------------------------------------------- bookkeeping

Error cancelledError()
{
    return Error::cancelled(Tr::tr("The computation of customer features was cancelled."));
}

template<typename RowFn>
Status scan(sqlite3 *db, const char *sql, ScanShared &shared, const std::function<bool()> &keepGoing, RowFn &&row)
{
    return scanRows(db, sql, shared, keepGoing, cancelledError, std::forward<RowFn>(row));
}

// The as-of date when none is given: the later of the last transaction and the end of the last
// balance month, as WorkspaceSummary::asOf. Empty workspace: today.
Day defaultAsOf(sqlite3 *db)
{
    const QString iso = store::queryText(db, R"SQL(
        SELECT max(ifnull((SELECT value FROM meta WHERE key = 'last_transaction'),
                          ifnull((SELECT max(txn_date) FROM transactions), '')),
                   ifnull((SELECT date(max(month) || '-01', '+1 month', '-1 day') FROM balances), ''))
    )SQL");
    const QByteArray utf8 = iso.toUtf8();
    Day day = 0;
    if (parseIsoDay(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), day))
        return day;
    const QDate today = QDate::currentDate();
    return ingest::dayFromCivil(today.year(), today.month(), today.day());
}

// Product family counted from a product type, by source. Holdings list term, investment and
// insurance products; accounts list current, card and loan accounts (and often the accounts the
// holdings sit in, which are therefore not counted from accounts).
int familyFromHolding(std::string_view type)
{
    if (type == "term" || type == "other")
        return static_cast<int>(ProductFamily::Deposit);
    if (type == "wealth")
        return static_cast<int>(ProductFamily::Wealth);
    if (type == "fund")
        return static_cast<int>(ProductFamily::Fund);
    if (type == "insurance")
        return static_cast<int>(ProductFamily::Insurance);
    return -1;
}

int familyFromAccount(std::string_view type)
{
    if (type == "current")
        return static_cast<int>(ProductFamily::Deposit);
    if (type == "credit_card")
        return static_cast<int>(ProductFamily::CreditCard);
    if (type == "consumer_loan" || type == "mortgage" || type == "business_loan")
        return static_cast<int>(ProductFamily::Loan);
    return -1;
}

// ------------------------------------------------------------------------------- transactions

// One scan of the transactions table (in rowid order) and the RFM, first/last and channel
// features. Per transaction it keeps 8 bytes: the customer row (high 32 bits) and the days before
// as-of (bits 2–31) with a debit (bit 0) or credit (bit 1) flag, bucketed by customer afterwards.
Status transactionFeatures(sqlite3 *db, const StringIndex &index, qint64 estimate, CustomerFeatures &f, ScanShared &shared,
                           const std::function<bool()> &keepGoing)
{
    const std::size_t n = f.size();
    const Day asOf = f.asOf;
    std::vector<std::uint64_t> keys;
    keys.reserve(static_cast<std::size_t>(std::max<qint64>(estimate, 0)));
    std::vector<std::int64_t> debitCents(n, 0), creditCents(n, 0);
    std::vector<std::array<std::int32_t, kChannels>> channels(n, std::array<std::int32_t, kChannels>{});

    CustomerLookup lookup(index, f.customerId);
    char lastDate[10] = {};
    Day lastDay = 0;
    bool lastDateOk = false;
    Status s = scan(db, "SELECT customer_id, txn_date, amount_cents, channel FROM transactions ORDER BY txn_id", shared,
                    keepGoing, [&](sqlite3_stmt *st) {
                        const std::int32_t row = lookup.find(columnText(st, 0));
                        if (row < 0)
                            return;
                        const std::string_view date = columnText(st, 1);
                        if (date.size() < 10)
                            return;
                        if (std::memcmp(date.data(), lastDate, 10) != 0) {
                            std::memcpy(lastDate, date.data(), 10);
                            lastDateOk = parseIsoDay(date, lastDay);
                        }
                        if (!lastDateOk || lastDay > asOf || asOf - lastDay >= (1 << 29))
                            return;
                        const std::int64_t amount = sqlite3_column_int64(st, 2);
                        std::uint32_t flag = 0;
                        if (amount < 0) {
                            debitCents[static_cast<std::size_t>(row)] -= amount;
                            flag = 1;
                        } else if (amount > 0) {
                            creditCents[static_cast<std::size_t>(row)] += amount;
                            flag = 2;
                        }
                        ++channels[static_cast<std::size_t>(row)][static_cast<std::size_t>(channelOf(columnText(st, 3)))];
                        keys.push_back(std::uint64_t(static_cast<std::uint32_t>(row)) << 32
                                       | (static_cast<std::uint32_t>(asOf - lastDay) << 2) | flag);
                    });
    if (!s)
        return s;

    // Bucket by customer in place (American flag sort), then sort each customer's few keys.
    std::vector<std::size_t> start(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        std::int64_t count = 0;
        for (std::int32_t c : channels[i])
            count += c;
        start[i + 1] = start[i] + static_cast<std::size_t>(count);
    }
    {
        std::vector<std::size_t> next(start.begin(), start.end() - 1);
        for (std::size_t c = 0; c < n; ++c) {
            const std::size_t end = start[c + 1];
            while (next[c] < end) {
                std::uint64_t v = keys[next[c]];
                std::size_t b = static_cast<std::size_t>(v >> 32);
                while (b != c) {
                    std::swap(v, keys[next[b]++]);
                    b = static_cast<std::size_t>(v >> 32);
                }
                keys[next[c]++] = v;
            }
            if ((c & 0xFFFF) == 0xFFFF && !keepGoing())
                return cancelledError();
        }
    }

    f.recencyDays.assign(n, kNaN);
    f.frequency.assign(n, 0);
    f.monetary.assign(n, kNaN);
    f.firstTransaction.assign(n, 0);
    f.lastTransaction.assign(n, 0);
    f.channelShare.assign(n, std::array<float, kChannels>{});
    for (std::size_t c = 0; c < n; ++c) {
        const std::size_t b = start[c], e = start[c + 1];
        if (b == e)
            continue;
        std::sort(keys.begin() + static_cast<std::ptrdiff_t>(b), keys.begin() + static_cast<std::ptrdiff_t>(e));
        std::int32_t days = 0, debitDays = 0, creditDays = 0;
        for (std::size_t i = b; i < e;) {
            const std::uint32_t day = static_cast<std::uint32_t>(keys[i]) >> 2;
            std::uint32_t flags = 0;
            for (; i < e && (static_cast<std::uint32_t>(keys[i]) >> 2) == day; ++i)
                flags |= static_cast<std::uint32_t>(keys[i]) & 3u;
            ++days;
            debitDays += (flags & 1u) ? 1 : 0;
            creditDays += (flags & 2u) ? 1 : 0;
        }
        const Day newest = asOf - static_cast<Day>(static_cast<std::uint32_t>(keys[b]) >> 2);
        const Day oldest = asOf - static_cast<Day>(static_cast<std::uint32_t>(keys[e - 1]) >> 2);
        f.recencyDays[c] = double(asOf - newest);
        f.frequency[c] = days;
        f.lastTransaction[c] = newest;
        f.firstTransaction[c] = oldest;
        if (debitDays > 0)
            f.monetary[c] = double(debitCents[c]) / 100.0 / debitDays;
        else if (creditDays > 0)
            f.monetary[c] = double(creditCents[c]) / 100.0 / creditDays;
        else
            f.monetary[c] = 0.0;
        const double total = double(e - b);
        for (std::size_t k = 0; k < kChannels; ++k)
            f.channelShare[c][k] = static_cast<float>(channels[c][k] / total);
    }
    return {};
}

// ------------------------------------------------------------------------------------ balances

// One scan of balances in primary-key order (customer, month), merged with the sorted customer
// list: AUM averages, trend and history.
Status balanceFeatures(sqlite3 *db, const std::vector<int> &openMonth, CustomerFeatures &f, ScanShared &shared,
                       const std::function<bool()> &keepGoing)
{
    const std::size_t n = f.size();
    const int asOfMonth = asOfMonthIndex(f.asOf);
    const int history = std::max(f.historyMonths, 0);
    const int window = std::max(12, history);
    const int firstMonth = asOfMonth - window + 1;

    f.aum1m.assign(n, 0.0);
    f.aum3m.assign(n, 0.0);
    f.aum12m.assign(n, 0.0);
    f.aumTrend.assign(n, 0.0);
    f.aumHistory.assign(n * static_cast<std::size_t>(history), 0.0);

    std::vector<std::int64_t> cents(static_cast<std::size_t>(window), 0);
    std::size_t cur = 0;      // customer row of the current group
    bool active = false;      // rows seen for customer `cur`
    int startMonth = INT_MAX; // the customer's first month: open month or first balance, earlier

    const auto flush = [&] {
        const std::size_t i = cur;
        const int begin = std::min(startMonth, openMonth[i]);
        const auto average = [&](int months) {
            const int from = std::max(asOfMonth - months + 1, begin);
            if (from > asOfMonth)
                return 0.0;
            std::int64_t sum = 0;
            for (int mm = from; mm <= asOfMonth; ++mm)
                sum += cents[static_cast<std::size_t>(mm - firstMonth)];
            return double(sum) / 100.0 / (asOfMonth - from + 1);
        };
        f.aum1m[i] = average(1);
        f.aum3m[i] = average(3);
        f.aum12m[i] = average(12);
        // Least-squares slope over the months since the customer's start within the last 12.
        const int from = std::max(asOfMonth - 11, begin);
        const int count = asOfMonth - from + 1;
        if (count >= 2) {
            const double xMean = (count - 1) / 2.0;
            double yMean = 0;
            for (int k = 0; k < count; ++k)
                yMean += double(cents[static_cast<std::size_t>(from + k - firstMonth)]);
            yMean /= count;
            double sxy = 0, sxx = 0;
            for (int k = 0; k < count; ++k) {
                const double dx = k - xMean;
                sxy += dx * (double(cents[static_cast<std::size_t>(from + k - firstMonth)]) - yMean);
                sxx += dx * dx;
            }
            f.aumTrend[i] = sxy / sxx / 100.0;
        }
        double *h = f.aumHistory.data() + i * static_cast<std::size_t>(history);
        for (int k = 0; k < history; ++k)
            h[k] = double(cents[static_cast<std::size_t>(window - history + k)]) / 100.0;
        std::fill(cents.begin(), cents.end(), 0);
        active = false;
        startMonth = INT_MAX;
    };

    Status s = scan(db, "SELECT customer_id, month, aum_cents FROM balances ORDER BY customer_id, month", shared, keepGoing,
                    [&](sqlite3_stmt *st) {
                        const std::string_view id = columnText(st, 0);
                        if (cur >= n)
                            return;
                        if (id != f.customerId[cur]) {
                            if (active)
                                flush();
                            while (cur < n && std::string_view(f.customerId[cur]) < id)
                                ++cur;
                            if (cur >= n || id != f.customerId[cur])
                                return; // a customer missing from customers: skip its rows
                        }
                        int yy = 0, mm = 0;
                        if (!parseIsoYearMonth(columnText(st, 1), yy, mm))
                            return;
                        const int month = monthIndex(yy, mm);
                        if (month > asOfMonth)
                            return;
                        active = true;
                        startMonth = std::min(startMonth, month);
                        if (month >= firstMonth)
                            cents[static_cast<std::size_t>(month - firstMonth)] += sqlite3_column_int64(st, 2);
                    });
    if (!s)
        return s;
    if (active)
        flush();
    return {};
}

// ------------------------------------------------------------------------------------ products

// Product counts held at the as-of date from accounts and holdings (rowid-order scans), joined in
// memory to the product types.
Status productFeatures(sqlite3 *db, const StringIndex &index, CustomerFeatures &f, ScanShared &shared,
                       const std::function<bool()> &keepGoing)
{
    f.products.assign(f.size(), std::array<std::int32_t, kFamilies>{});

    std::vector<std::string> codes;
    std::vector<std::string> types;
    {
        store::Statement st(db, "SELECT product_code, ifnull(product_type, '') FROM products");
        if (!st.ok())
            return st.error();
        while (st.step()) {
            codes.emplace_back(st.utf8(0));
            types.emplace_back(st.utf8(1));
        }
        if (!st.error().message.isEmpty())
            return st.error();
    }
    std::unordered_map<std::string_view, std::pair<int, int>> family; // code → (account, holding) family
    for (std::size_t i = 0; i < codes.size(); ++i)
        family.emplace(codes[i], std::make_pair(familyFromAccount(types[i]), familyFromHolding(types[i])));

    const QByteArray iso = ingest::isoDate(f.asOf).toUtf8();
    const std::string_view asOf(iso.constData(), static_cast<std::size_t>(iso.size()));
    const auto held = [&](sqlite3_stmt *st) {
        const std::string_view open = columnText(st, 2), close = columnText(st, 3);
        return (open.empty() || open.substr(0, 10) <= asOf) && (close.empty() || close.substr(0, 10) > asOf);
    };

    for (const bool accounts : {true, false}) {
        CustomerLookup lookup(index, f.customerId);
        std::string lastCode{"\x01"};
        int lastFamily = -1;
        const char *sql = accounts ? "SELECT customer_id, product_code, open_date, close_date FROM accounts"
                                   : "SELECT customer_id, product_code, open_date, close_date FROM holdings";
        Status s = scan(db, sql, shared, keepGoing, [&](sqlite3_stmt *st) {
            const std::string_view code = columnText(st, 1);
            if (code != lastCode) {
                lastCode.assign(code.data(), code.size());
                const auto it = family.find(code);
                lastFamily = it == family.end() ? -1 : (accounts ? it->second.first : it->second.second);
            }
            if (lastFamily < 0 || !held(st))
                return;
            const std::int32_t row = lookup.find(columnText(st, 0));
            if (row >= 0)
                ++f.products[static_cast<std::size_t>(row)][static_cast<std::size_t>(lastFamily)];
        });
        if (!s)
            return s;
    }
    return {};
}

// ----------------------------------------------------------------------------------- customers

struct CustomerRow
{
    std::string id, branch, rating;
    int birth = 0, open = 0; // yyyymmdd, 0 if unknown
    std::int8_t risk = 0;
};

// An ISO date as yyyymmdd, 0 if not one.
int packedDate(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    return parseIsoDate(text, y, m, d) ? y * 10000 + m * 100 + d : 0;
}

// Completed months from `from` to `to` (NaN if negative).
double completedMonths(int y0, int m0, int d0, int y1, int m1, int d1)
{
    const int months = monthIndex(y1, m1) - monthIndex(y0, m0) - (d1 < d0 ? 1 : 0);
    return months < 0 ? kNaN : double(months);
}

Status customerFeatures(sqlite3 *db, CustomerFeatures &f, std::vector<int> &openMonth, ScanShared &shared,
                        const std::function<bool()> &keepGoing)
{
    std::vector<CustomerRow> rows;
    rows.reserve(static_cast<std::size_t>(std::max<qint64>(store::queryInt(db, "SELECT count(*) FROM customers"), 0)));
    Status s = scan(db,
                    "SELECT customer_id, branch_id, birth_date, open_date, risk_level, credit_rating FROM customers",
                    shared, keepGoing, [&](sqlite3_stmt *st) {
                        CustomerRow r;
                        r.id.assign(columnText(st, 0));
                        r.branch.assign(columnText(st, 1));
                        r.birth = packedDate(columnText(st, 2));
                        r.open = packedDate(columnText(st, 3));
                        const std::int64_t risk = sqlite3_column_int64(st, 4);
                        r.risk = static_cast<std::int8_t>(risk >= 1 && risk <= 5 ? risk : 0);
                        r.rating.assign(columnText(st, 5));
                        rows.push_back(std::move(r));
                    });
    if (!s)
        return s;
    const auto byId = [](const CustomerRow &a, const CustomerRow &b) { return a.id < b.id; };
    if (!std::is_sorted(rows.begin(), rows.end(), byId))
        std::sort(rows.begin(), rows.end(), byId);

    const std::size_t n = rows.size();
    int ya = 0, ma = 0, da = 0;
    ingest::civilFromDay(f.asOf, ya, ma, da);
    f.customerId.resize(n);
    f.branchId.resize(n);
    f.creditRating.resize(n);
    f.riskLevel.resize(n);
    f.openDay.assign(n, 0);
    f.tenureMonths.assign(n, kNaN);
    f.age.assign(n, kNaN);
    openMonth.assign(n, INT_MAX);
    for (std::size_t i = 0; i < n; ++i) {
        CustomerRow &r = rows[i];
        if (r.open != 0) {
            const int y = r.open / 10000, m = r.open / 100 % 100, d = r.open % 100;
            f.openDay[i] = ingest::dayFromCivil(y, m, d);
            f.tenureMonths[i] = completedMonths(y, m, d, ya, ma, da);
            openMonth[i] = monthIndex(y, m);
        }
        if (r.birth != 0) {
            const int y = r.birth / 10000, m = r.birth / 100 % 100, d = r.birth % 100;
            const int years = ya - y - ((ma < m || (ma == m && da < d)) ? 1 : 0);
            f.age[i] = years < 0 ? kNaN : double(years);
        }
        f.customerId[i] = std::move(r.id);
        f.branchId[i] = std::move(r.branch);
        f.creditRating[i] = std::move(r.rating);
        f.riskLevel[i] = r.risk;
    }
    return {};
}

// A second read-only connection to the same database file, for the worker thread.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection()
    {
        if (db)
            sqlite3_close_v2(db);
    }
};

} // namespace

Result<CustomerFeatures> computeFeatures(sqlite3 *db, const FeatureOptions &options, jobs::Progress &progress)
{
    CustomerFeatures f;
    f.asOf = options.asOf != 0 ? options.asOf : defaultAsOf(db);
    f.historyMonths = std::max(options.historyMonths, 0);

    ScanShared shared;
    // Row estimates for progress (and the transaction buffer) from the import log.
    qint64 txnEstimate = 0;
    {
        store::Statement st(db, R"SQL(
            SELECT kind, sum(rows_inserted) FROM imports
             WHERE status IN ('committed', 'partial') GROUP BY kind)SQL");
        while (st.ok() && st.step()) {
            const std::string_view kind = st.utf8(0);
            if (kind == "transactions")
                txnEstimate = st.int64(1);
            if (kind == "customers" || kind == "balances" || kind == "transactions" || kind == "accounts"
                || kind == "holdings")
                shared.total += st.int64(1);
        }
    }
    const QString text = Tr::tr("Computing customer features");
    const auto report = [&] {
        const qint64 done = shared.done.load(std::memory_order_relaxed);
        const bool go = progress.report(shared.total > 0 ? std::min(done, shared.total) : done, shared.total, text);
        if (!go)
            shared.cancelled.store(true, std::memory_order_relaxed);
        return go && !shared.cancelled.load(std::memory_order_relaxed);
    };
    const std::function<bool()> mainKeepGoing = report;
    const std::function<bool()> workerKeepGoing = [&shared] {
        return !shared.cancelled.load(std::memory_order_relaxed);
    };
    if (!report())
        return cancelledError();

    // One snapshot for the calling thread's scans (unless the caller has a transaction open: then
    // everything runs on its connection, which alone sees the transaction's changes).
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction) {
        if (Status s = store::exec(db, "BEGIN"); !s)
            return s.error();
    }
    struct EndRead
    {
        sqlite3 *db;
        bool active;
        ~EndRead()
        {
            if (active)
                (void)store::exec(db, "COMMIT");
        }
    } endRead{db, ownTransaction};

    std::vector<int> openMonth;
    if (Status s = customerFeatures(db, f, openMonth, shared, mainKeepGoing); !s)
        return s.error();
    const StringIndex index = customerIndex(f.customerId);

    // Transactions on a worker thread with its own connection, the rest here. Without a file
    // (an in-memory database) everything runs here.
    Connection second;
    const char *file = sqlite3_db_filename(db, "main");
    if (ownTransaction && file && *file) {
        // No mutex: the connection is used by the worker thread alone.
        if (sqlite3_open_v2(file, &second.db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(second.db);
            second.db = nullptr;
        } else {
            sqlite3_busy_timeout(second.db, 10000);
            // Memory-mapped reads spare the kernel a copy of every page of the big scan.
            (void)store::exec(second.db, "PRAGMA mmap_size = 17179869184");
        }
    }

    Status workerStatus;
    if (second.db) {
        std::mutex mutex;
        std::condition_variable finished;
        bool workerDone = false;
        std::thread worker([&] {
            Status s = transactionFeatures(second.db, index, txnEstimate, f, shared, workerKeepGoing);
            std::lock_guard<std::mutex> lock(mutex);
            workerStatus = std::move(s);
            workerDone = true;
            finished.notify_one();
        });
        Status mine = balanceFeatures(db, openMonth, f, shared, mainKeepGoing);
        if (mine)
            mine = productFeatures(db, index, f, shared, mainKeepGoing);
        if (!mine)
            shared.cancelled.store(true, std::memory_order_relaxed); // stop the worker too
        {
            std::unique_lock<std::mutex> lock(mutex);
            while (!finished.wait_for(lock, std::chrono::milliseconds(100), [&] { return workerDone; })) {
                lock.unlock();
                report();
                lock.lock();
            }
        }
        worker.join();
        if (!mine)
            return mine.error();
    } else {
        Status s = balanceFeatures(db, openMonth, f, shared, mainKeepGoing);
        if (s)
            s = productFeatures(db, index, f, shared, mainKeepGoing);
        if (s)
            s = transactionFeatures(db, index, txnEstimate, f, shared, mainKeepGoing);
        workerStatus = std::move(s);
    }
    if (!workerStatus)
        return workerStatus.error();
    if (shared.cancelled.load() || !report())
        return cancelledError();
    return f;
}

} // namespace tierwise::analytics
