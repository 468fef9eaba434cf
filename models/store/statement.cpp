#include "store/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::store)
};

} // namespace

namespace tierwise::store {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = db ? sqlite3_errcode(db) : SQLITE_ERROR;
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    if (code == SQLITE_INTERRUPT)
        return Error::cancelled(Tr::tr("Cancelled."));
    if (code == SQLITE_FULL)
        return Error::io(Tr::tr("%1: the disk is full.").arg(what));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return Error::workspace(Tr::tr("%1: the workspace file is damaged (%2).")
                                    .arg(what, detail));
    return Error::internal(QStringLiteral("%1: %2 (SQLite %3)").arg(what, detail).arg(code));
}

Status exec(sqlite3 *db, const char *sql)
{
    char *msg = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        sqlite3_free(msg);
        return sqliteError(db, QString::fromUtf8(sql).left(60));
    }
    return {};
}

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqliteError(db, QStringLiteral("prepare"));
        m_error.message += QStringLiteral(" [%1]").arg(QString::fromUtf8(sql).simplified());
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_error(std::move(other.m_error)), m_lastRc(other.m_lastRc)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_error = std::move(other.m_error);
        m_lastRc = other.m_lastRc;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindTextOrNull(int index, std::string_view utf8)
{
    return utf8.empty() ? bindNull(index) : bind(index, utf8);
}

bool Statement::step()
{
    m_lastRc = sqlite3_step(m_stmt);
    if (m_lastRc == SQLITE_ROW)
        return true;
    if (m_lastRc != SQLITE_DONE)
        m_error = sqliteError(m_db, QStringLiteral("step"));
    return false;
}

Status Statement::run()
{
    m_lastRc = sqlite3_step(m_stmt);
    Status s;
    if (m_lastRc != SQLITE_DONE && m_lastRc != SQLITE_ROW) {
        m_error = sqliteError(m_db, QString::fromUtf8(sqlite3_sql(m_stmt)).simplified().left(80));
        s = m_error;
    }
    sqlite3_reset(m_stmt);
    return s;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::string_view Statement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)))
             : std::string_view();
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(sqlite3 *db) : m_db(db)
{
    m_status = exec(db, "BEGIN IMMEDIATE");
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::internal(QStringLiteral("commit without an open transaction"));
    Status s = exec(m_db, "COMMIT");
    if (s.ok())
        m_open = false;
    return s;
}

void Transaction::rollback()
{
    if (m_open) {
        // Fails harmlessly if SQLite already rolled back (e.g. after SQLITE_FULL).
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        m_open = false;
    }
}

std::int64_t queryInt(sqlite3 *db, const char *sql, std::int64_t fallback)
{
    Statement st(db, sql);
    if (st.ok() && st.step() && !st.isNull(0))
        return st.int64(0);
    return fallback;
}

QString queryText(sqlite3 *db, const char *sql)
{
    Statement st(db, sql);
    if (st.ok() && st.step())
        return st.text(0);
    return {};
}

} // namespace tierwise::store
