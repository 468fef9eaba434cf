#pragma once

// Internal to the analytics engine: the pieces every bulk reader of the workspace shares — fast
// ISO date parsing of column text, a row scan with progress and cancel checks, and a customer id
// → row look-up tuned for tables grouped by customer.

#include "ingest/referenceindex.h"
#include "ingest/values.h"
#include "result.h"
#include "store/statement.h"

#include <QString>

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tierwise::analytics::scanning {

using ingest::Day;

inline constexpr std::int64_t kCheckEvery = 65536; // rows between progress reports / cancel checks

inline bool twoDigits(const char *p, int &v)
{
    const unsigned a = static_cast<unsigned char>(p[0]) - '0', b = static_cast<unsigned char>(p[1]) - '0';
    if (a > 9 || b > 9)
        return false;
    v = static_cast<int>(a * 10 + b);
    return true;
}

inline bool fourDigits(const char *p, int &v)
{
    int hi = 0, lo = 0;
    if (!twoDigits(p, hi) || !twoDigits(p + 2, lo))
        return false;
    v = hi * 100 + lo;
    return true;
}

// "YYYY-MM" (a date's first 7 characters also do) as year and month.
inline bool parseIsoYearMonth(std::string_view s, int &year, int &month)
{
    if (s.size() < 7 || s[4] != '-')
        return false;
    if (!fourDigits(s.data(), year) || !twoDigits(s.data() + 5, month))
        return false;
    return month >= 1 && month <= 12;
}

// "YYYY-MM-DD" (anything after the 10th character, such as a time, is ignored).
inline bool parseIsoDate(std::string_view s, int &year, int &month, int &day)
{
    if (s.size() < 10 || s[7] != '-' || !parseIsoYearMonth(s, year, month) || !twoDigits(s.data() + 8, day))
        return false;
    return day >= 1 && day <= 31;
}

inline bool parseIsoDay(std::string_view s, Day &out)
{
    int y = 0, m = 0, d = 0;
    if (!parseIsoDate(s, y, m, d))
        return false;
    out = ingest::dayFromCivil(y, m, d);
    return true;
}

// A date's day number, 0 if the text is not an ISO date.
inline Day isoDayOrZero(std::string_view s)
{
    Day d = 0;
    return parseIsoDay(s, d) ? d : 0;
}

inline std::string_view columnText(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(st, column))) : std::string_view();
}

// Months as one number: year * 12 + month − 1.
inline int monthIndex(int year, int month)
{
    return year * 12 + month - 1;
}

// The month index of the as-of month: the last month that has ended by `asOf`.
inline int asOfMonthIndex(Day asOf)
{
    int y = 0, m = 0, d = 0;
    ingest::civilFromDay(asOf + 1, y, m, d);
    return monthIndex(y, m) - 1;
}

// Shared by a calling thread and its workers: rows done so far and the cancel flag. Only the
// calling thread talks to Progress.
struct ScanShared
{
    std::atomic<qint64> done{0};
    std::atomic<bool> cancelled{false};
    qint64 total = 0;
};

// Steps through every row of `sql`, calling row(statement) for each; every kCheckEvery rows adds
// to the shared count and asks keepGoing() whether to go on (if not: returns onCancel()).
template<typename CancelFn, typename RowFn>
Status scanRows(sqlite3 *db, const char *sql, ScanShared &shared, const std::function<bool()> &keepGoing,
                CancelFn &&onCancel, RowFn &&row)
{
    store::Statement st(db, sql);
    if (!st.ok())
        return st.error();
    sqlite3_stmt *h = st.handle();
    std::int64_t n = 0;
    for (;;) {
        const int rc = sqlite3_step(h);
        if (rc == SQLITE_DONE)
            break;
        if (rc != SQLITE_ROW)
            return store::sqliteError(db, QString::fromUtf8(sql).simplified().left(80));
        row(h);
        if (++n == kCheckEvery) {
            shared.done.fetch_add(n, std::memory_order_relaxed);
            n = 0;
            if (!keepGoing())
                return onCancel();
        }
    }
    shared.done.fetch_add(n, std::memory_order_relaxed);
    return {};
}

// Customer id → row. Tables are often grouped by customer in id order, so before hashing it
// tries the row of the previous look-up and the row after it.
class CustomerLookup
{
public:
    CustomerLookup(const ingest::StringIndex &index, const std::vector<std::string> &ids) : m_index(index), m_ids(ids) {}
    std::int32_t find(std::string_view id)
    {
        if (id.size() == m_last.size() && std::memcmp(id.data(), m_last.data(), id.size()) == 0)
            return m_lastRow;
        m_last.assign(id.data(), id.size());
        const std::size_t next = static_cast<std::size_t>(m_lastRow + 1);
        if (next < m_ids.size() && m_ids[next] == id)
            m_lastRow = static_cast<std::int32_t>(next);
        else
            m_lastRow = m_index.find(id);
        return m_lastRow;
    }

private:
    const ingest::StringIndex &m_index;
    const std::vector<std::string> &m_ids; // sorted; row = index
    std::string m_last{"\x01\x02"};       // never an id
    std::int32_t m_lastRow = -1;
};

// The customer ids as a StringIndex whose ids are the rows.
inline ingest::StringIndex customerIndex(const std::vector<std::string> &ids)
{
    ingest::StringIndex index;
    std::size_t bytes = 0;
    for (const std::string &id : ids)
        bytes += id.size();
    index.reserve(ids.size(), bytes);
    for (const std::string &id : ids)
        index.insert(id);
    return index;
}

} // namespace tierwise::analytics::scanning
