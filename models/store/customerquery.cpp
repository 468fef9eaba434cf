#include "store/customerquery.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <sqlite3.h>

namespace tierwise::store {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::store::CustomerQuery)
};

// base's columns, in CustomerColumn order, plus the two extra filter columns at the end.
const char *const kCreateBase = R"SQL(
DROP INDEX IF EXISTS temp.base_id;
DROP TABLE IF EXISTS temp.view_rows;
DROP TABLE IF EXISTS temp.base;
CREATE TEMP TABLE base (
    id TEXT, name TEXT, branch TEXT, rm TEXT, age INTEGER, tenure INTEGER, aum INTEGER,
    tier TEXT, segment TEXT, clv REAL, margin_clv REAL, p_alive REAL, stage TEXT,
    value_band TEXT, warnings INTEGER, branch_id TEXT
);
)SQL";

// Years and months between ISO dates, in SQL: (y2-y1) - (md2 < md1), (y2-y1)*12 + m2-m1 - (d2<d1).
const char *const kFillBase = R"SQL(
INSERT INTO base
SELECT c.customer_id, c.name, coalesce(b.name, c.branch_id), c.rm_id,
       CASE WHEN length(c.birth_date) >= 10 THEN
           CAST(substr(?1, 1, 4) AS INTEGER) - CAST(substr(c.birth_date, 1, 4) AS INTEGER)
           - (substr(?1, 6, 5) < substr(c.birth_date, 6, 5)) END,
       CASE WHEN length(c.open_date) >= 10 THEN
           (CAST(substr(?1, 1, 4) AS INTEGER) - CAST(substr(c.open_date, 1, 4) AS INTEGER)) * 12
           + CAST(substr(?1, 6, 2) AS INTEGER) - CAST(substr(c.open_date, 6, 2) AS INTEGER)
           - (substr(?1, 9, 2) < substr(c.open_date, 9, 2)) END,
       bal.aum_cents, t.segment, s.segment,
       k.clv_txn, k.clv_margin, k.p_alive, k.lifecycle_stage, k.value_band,
       CASE WHEN ?5 > 0 THEN (SELECT count(*) FROM alerts a
                              WHERE a.run_id = ?5 AND a.customer_id = c.customer_id) END,
       c.branch_id
FROM customers c
LEFT JOIN branches b ON b.branch_id = c.branch_id
LEFT JOIN balances bal ON bal.customer_id = c.customer_id AND bal.month = ?2
LEFT JOIN assignments t ON t.run_id = ?3 AND t.customer_id = c.customer_id
LEFT JOIN assignments s ON s.run_id = ?4 AND s.customer_id = c.customer_id
LEFT JOIN clv_scores k ON k.run_id = ?5 AND k.customer_id = c.customer_id
ORDER BY c.customer_id
)SQL";

const char *const kSortExpr[kCustomerColumns] = {
    "id", "name", "branch", "rm", "age", "tenure", "aum", "tier", "segment",
    "clv", "margin_clv", "p_alive", "stage", "value_band", "warnings",
};

QString likeEscaped(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            out += u'\\';
        out += c;
    }
    return QLatin1Char('%') + out + QLatin1Char('%');
}

CustomerRecord readRecord(const Statement &st, int firstColumn)
{
    CustomerRecord r;
    for (int c = 0; c < kCustomerColumns; ++c) {
        const int col = firstColumn + c;
        if (st.isNull(col))
            continue;
        switch (static_cast<CustomerColumn>(c)) {
        case CustomerColumn::Age: case CustomerColumn::TenureMonths:
        case CustomerColumn::Aum: case CustomerColumn::Warnings:
            r[c] = QVariant::fromValue<qint64>(st.int64(col));
            break;
        case CustomerColumn::Clv: case CustomerColumn::MarginClv: case CustomerColumn::PAlive:
            r[c] = st.real(col);
            break;
        default:
            r[c] = st.text(col);
        }
    }
    return r;
}

} // namespace

QString customerColumnKey(CustomerColumn column)
{
    const int c = static_cast<int>(column);
    if (c == static_cast<int>(CustomerColumn::TenureMonths))
        return QStringLiteral("tenure");
    return c >= 0 && c < kCustomerColumns ? QLatin1String(kSortExpr[c]) : QString();
}

CustomerQuery::~CustomerQuery()
{
    close();
}

Status CustomerQuery::open(const QString &path)
{
    close();
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqliteError(db, Tr::tr("Cannot open the workspace %1").arg(path));
        sqlite3_close(db);
        return e;
    }
    sqlite3_busy_timeout(db, 5000);
    if (Status s = exec(db, "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;"); !s) {
        sqlite3_close(db);
        return s;
    }
    QMutexLocker lock(&m_interruptLock);
    m_db = db;
    m_baseValid = false;
    return {};
}

void CustomerQuery::close()
{
    QMutexLocker lock(&m_interruptLock);
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
    m_baseValid = false;
}

void CustomerQuery::interrupt()
{
    QMutexLocker lock(&m_interruptLock);
    if (m_db)
        sqlite3_interrupt(m_db);
}

Status CustomerQuery::buildBase(const CustomerRuns &runs)
{
    m_baseValid = false;
    CustomerViewInfo info;
    info.clvRun = runs.clvRun;
    if (info.clvRun <= 0)
        info.clvRun = queryInt(m_db, "SELECT max(run_id) FROM runs WHERE kind = 'clv'", 0);
    info.tierRun = queryInt(m_db, "SELECT max(run_id) FROM runs WHERE kind = 'segment.tiers'", 0);
    QString month;
    if (info.clvRun > 0) {
        Statement st(m_db, "SELECT as_of FROM runs WHERE run_id = ?");
        st.bind(1, info.clvRun);
        if (st.step() && !st.isNull(0) && st.text(0).size() >= 10) {
            info.asOf = st.text(0).left(10);
            month = info.asOf.left(7);
        }
    }
    if (month.isEmpty()) {
        month = queryText(m_db, "SELECT max(month) FROM balances");
        if (!month.isEmpty())
            info.asOf = queryText(m_db, QStringLiteral("SELECT date('%1-01', '+1 month', '-1 day')")
                                            .arg(month.left(7)).toUtf8().constData());
    }
    if (info.asOf.isEmpty())
        info.asOf = queryText(m_db, "SELECT date('now')");

    if (Status s = exec(m_db, kCreateBase); !s)
        return s;
    Statement fill(m_db, kFillBase);
    if (!fill.ok())
        return fill.error();
    fill.bind(1, info.asOf).bind(2, month).bind(3, info.tierRun).bind(4, runs.segmentationRun)
        .bind(5, info.clvRun);
    if (Status s = fill.run(); !s)
        return s;
    if (Status s = exec(m_db, "CREATE INDEX temp.base_id ON base (id)"); !s)
        return s;
    info.total = queryInt(m_db, "SELECT count(*) FROM base", 0);
    m_base = info;
    m_baseRuns = runs;
    m_baseValid = true;
    m_identity = true;
    m_viewRows = info.total;
    return {};
}

Status CustomerQuery::loadIds(const QStringList &ids)
{
    if (Status s = exec(m_db, "DROP TABLE IF EXISTS temp.sel_ids;"
                              "CREATE TEMP TABLE sel_ids (id TEXT PRIMARY KEY) WITHOUT ROWID;"); !s)
        return s;
    if (Status s = exec(m_db, "BEGIN"); !s)
        return s;
    Statement insert(m_db, "INSERT OR IGNORE INTO temp.sel_ids (id) VALUES (?)");
    Status result;
    if (!insert.ok())
        result = insert.error();
    for (int i = 0; result.ok() && i < ids.size(); ++i) {
        insert.bind(1, ids.at(i));
        result = insert.run();
        insert.reset();
    }
    if (Status s = exec(m_db, result.ok() ? "COMMIT" : "ROLLBACK"); result.ok() && !s)
        return s;
    return result;
}

Result<CustomerViewInfo> CustomerQuery::setView(const CustomerViewSpec &spec)
{
    if (!m_db)
        return Error::internal(Tr::tr("No workspace is open."));
    if (!m_baseValid || !(m_baseRuns == spec.runs)) {
        if (Status s = buildBase(spec.runs); !s)
            return s.error();
    }
    const bool natural = spec.sortColumn < 0
                         || (spec.sortColumn == static_cast<int>(CustomerColumn::Id) && !spec.descending);
    if (spec.text.isEmpty() && !spec.idFilterOn && natural) {
        m_identity = true;
        m_viewRows = m_base.total;
        CustomerViewInfo info = m_base;
        info.rows = m_viewRows;
        return info;
    }
    if (spec.idFilterOn) {
        if (Status s = loadIds(spec.ids); !s)
            return s.error();
    }
    QString where = QStringLiteral(" WHERE 1");
    if (spec.idFilterOn)
        where += QStringLiteral(" AND id IN (SELECT id FROM temp.sel_ids)");
    if (!spec.text.isEmpty()) {
        where += QStringLiteral(" AND (id LIKE ?1 ESCAPE '\\' OR name LIKE ?1 ESCAPE '\\'"
                                " OR branch LIKE ?1 ESCAPE '\\' OR branch_id LIKE ?1 ESCAPE '\\'"
                                " OR rm LIKE ?1 ESCAPE '\\' OR tier LIKE ?1 ESCAPE '\\'"
                                " OR segment LIKE ?1 ESCAPE '\\' OR stage LIKE ?1 ESCAPE '\\'");
        for (int i = 0; i < spec.stageKeys.size(); ++i)
            where += QStringLiteral(" OR stage = ?%1").arg(i + 2);
        where += QLatin1Char(')');
    }
    QString order = QStringLiteral(" ORDER BY ");
    if (!natural && spec.sortColumn < kCustomerColumns) {
        order += QLatin1String(kSortExpr[spec.sortColumn])
                 + QLatin1String(spec.descending ? " DESC NULLS LAST, " : " ASC NULLS LAST, ");
    }
    order += QLatin1String(spec.descending && natural ? "rowid DESC" : "rowid");
    if (Status s = exec(m_db, "DROP TABLE IF EXISTS temp.view_rows;"
                              "CREATE TEMP TABLE view_rows (pos INTEGER PRIMARY KEY, rid INTEGER NOT NULL);"); !s)
        return s.error();
    const QString sql = QStringLiteral("INSERT INTO temp.view_rows (rid) SELECT rowid FROM base")
                        + where + order;
    Statement fill(m_db, sql.toUtf8().constData());
    if (!fill.ok())
        return fill.error();
    if (!spec.text.isEmpty()) {
        fill.bind(1, likeEscaped(spec.text));
        for (int i = 0; i < spec.stageKeys.size(); ++i)
            fill.bind(i + 2, spec.stageKeys.at(i));
    }
    if (Status s = fill.run(); !s)
        return s.error();
    m_identity = false;
    m_viewRows = queryInt(m_db, "SELECT count(*) FROM temp.view_rows", 0);
    CustomerViewInfo info = m_base;
    info.rows = m_viewRows;
    return info;
}

Result<QVector<CustomerRecord>> CustomerQuery::rows(qint64 first, qint64 last)
{
    QVector<CustomerRecord> out;
    if (!m_db || !m_baseValid)
        return Error::internal(Tr::tr("No workspace is open."));
    first = std::max<qint64>(first, 0);
    last = std::min<qint64>(last, m_viewRows - 1);
    if (last < first)
        return out;
    const char *sql = m_identity
        ? "SELECT rowid, * FROM base WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
        : "SELECT v.pos, b.* FROM temp.view_rows v JOIN base b ON b.rowid = v.rid "
          "WHERE v.pos BETWEEN ? AND ? ORDER BY v.pos";
    Statement st(m_db, sql);
    if (!st.ok())
        return st.error();
    st.bind(1, first + 1).bind(2, last + 1);
    out.reserve(static_cast<int>(last - first + 1));
    while (st.step())
        out.push_back(readRecord(st, 1));
    if (sqlite3_errcode(m_db) != SQLITE_OK && sqlite3_errcode(m_db) != SQLITE_DONE
        && sqlite3_errcode(m_db) != SQLITE_ROW)
        return sqliteError(m_db, Tr::tr("Reading customers"));
    return out;
}

Result<QStringList> CustomerQuery::ids(const QVector<QPair<qint64, qint64>> &ranges)
{
    QStringList out;
    if (!m_db || !m_baseValid)
        return Error::internal(Tr::tr("No workspace is open."));
    const char *sql = m_identity
        ? "SELECT id FROM base WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
        : "SELECT b.id FROM temp.view_rows v JOIN base b ON b.rowid = v.rid "
          "WHERE v.pos BETWEEN ? AND ? ORDER BY v.pos";
    Statement st(m_db, sql);
    if (!st.ok())
        return st.error();
    for (const auto &range : ranges) {
        st.bind(1, range.first + 1).bind(2, range.second + 1);
        while (st.step())
            out.push_back(st.text(0));
        if (sqlite3_errcode(m_db) == SQLITE_INTERRUPT)
            return sqliteError(m_db, Tr::tr("Reading customer ids"));
        st.reset();
    }
    return out;
}

} // namespace tierwise::store
