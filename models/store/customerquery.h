#pragma once

// CustomerQuery: the SQL behind the customer table, on its own read-only connection.
//
// Two TEMP tables on this connection do the work (the workspace file is never written):
// - `base`: one row per customer with every column the table shows, built once per choice of
//   runs (as-of month, tier run, chosen segmentation run, clv run). Its rowid is the customer's
//   position in customer-id order; it has an index on the customer id.
// - `view_rows(pos, rid)`: the current row order, materialised by setView() with the filter and
//   the sort applied (`INSERT … SELECT rowid FROM base WHERE … ORDER BY …`). Rows are then read
//   by position (`WHERE pos BETWEEN ? AND ?`), never with OFFSET. With no filter and the natural
//   order, base itself is the view and nothing is materialised.
// A customer-id filter (the map's selection) is loaded into `sel_ids` with one prepared insert in
// one transaction and joined through base's id index.
//
// Not thread-safe except interrupt(), which may be called from any thread to stop the statement
// running on the connection (sqlite3_interrupt); the interrupted call returns a Cancelled error
// and leaves the object usable (an interrupted base build is redone by the next setView()).

#include "result.h"

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <array>

struct sqlite3;

namespace tierwise::store {

enum class CustomerColumn {
    Id, Name, Branch, Rm, Age, TenureMonths, Aum, Tier, Segment,
    Clv, MarginClv, PAlive, Stage, ValueBand, Warnings, Count_
};
constexpr int kCustomerColumns = static_cast<int>(CustomerColumn::Count_);

// Stable keys of the columns ("id", "name", "branch", "rm", "age", "tenure", "aum", "tier",
// "segment", "clv", "margin_clv", "p_alive", "stage", "value_band", "warnings"), for settings.
QString customerColumnKey(CustomerColumn column);

// One customer's raw values by CustomerColumn: text for id/name/branch/RM/tier/segment/stage
// key/value band key, qint64 for age, tenure, AUM (cents) and warnings, double for the CLVs and
// P(alive). Null QVariant: no value (no balance that month, no run, no score).
using CustomerRecord = std::array<QVariant, kCustomerColumns>;

struct CustomerRuns
{
    qint64 segmentationRun = 0; // any run with assignments; 0: no segment column
    qint64 clvRun = 0;          // 0: the newest run of kind 'clv'
    bool operator==(const CustomerRuns &o) const
    {
        return segmentationRun == o.segmentationRun && clvRun == o.clvRun;
    }
};

struct CustomerViewSpec
{
    CustomerRuns runs;
    QString text;                // case-insensitive substring of id/name/branch/RM/tier/segment/stage
    QStringList stageKeys;       // lifecycle stage keys whose translated name matches `text`
    bool idFilterOn = false;     // when on, only the customers in ids (possibly none)
    QStringList ids;
    int sortColumn = -1;         // CustomerColumn, or -1 for customer-id order
    bool descending = false;
};

struct CustomerViewInfo
{
    qint64 rows = 0;        // rows in the view
    qint64 total = 0;       // customers in the workspace
    QString asOf;           // the as-of date used for age and tenure (ISO)
    qint64 tierRun = 0;     // the runs actually used (0: none)
    qint64 clvRun = 0;
};

class CustomerQuery
{
public:
    CustomerQuery() = default;
    ~CustomerQuery();
    CustomerQuery(const CustomerQuery &) = delete;
    CustomerQuery &operator=(const CustomerQuery &) = delete;

    // Opens the workspace file read-only (temp tables in memory).
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Materialises the row order for the spec (rebuilding base when the runs changed).
    Result<CustomerViewInfo> setView(const CustomerViewSpec &spec);
    // Rows at positions [first, last] (0-based, clamped to the view) of the current view.
    Result<QVector<CustomerRecord>> rows(qint64 first, qint64 last);
    // Customer ids at the given inclusive position ranges of the current view, in view order.
    Result<QStringList> ids(const QVector<QPair<qint64, qint64>> &ranges);

    // Stops the statement running now (any thread).
    void interrupt();

private:
    Status buildBase(const CustomerRuns &runs);
    Status loadIds(const QStringList &ids);
    QString rowsSql() const;

    sqlite3 *m_db = nullptr;
    QMutex m_interruptLock; // guards m_db against close() while interrupt() runs
    bool m_baseValid = false;
    CustomerRuns m_baseRuns;
    CustomerViewInfo m_base;
    bool m_identity = true; // the view is base in rowid order
    qint64 m_viewRows = 0;
};

} // namespace tierwise::store
