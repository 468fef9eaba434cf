#pragma once

// Thin RAII wrappers over the SQLite C API: prepared statements and transactions.

#include "result.h"

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tierwise::store {

// The last SQLite error of a connection as an Error of kind Internal (or Cancelled when the
// statement was interrupted).
Error sqliteError(sqlite3 *db, const QString &what);

// Runs one or more statements without results.
Status exec(sqlite3 *db, const char *sql);

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, const char *sql); // check ok() / error()
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    const Error &error() const { return m_error; }

    // Parameters are 1-based. Text is bound as UTF-8; SQLITE_TRANSIENT (copied).
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, long long value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view utf8);
    Statement &bind(int index, const QString &text);
    Statement &bindNull(int index);
    // Binds text, or NULL when empty.
    Statement &bindTextOrNull(int index, std::string_view utf8);

    // Steps once: true while a row is available. After false, check done()/error.
    bool step();
    // Runs to completion (for statements without results).
    Status run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    std::string_view utf8(int column) const;

    // Changes made by the last run() on the connection.
    int changes() const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_error;
    int m_lastRc = 0;
};

// BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded.
    const Status &status() const { return m_status; }
    Status commit();
    void rollback();

private:
    sqlite3 *m_db;
    Status m_status;
    bool m_open = false;
};

// A single-value query helper: the first column of the first row, or the default.
std::int64_t queryInt(sqlite3 *db, const char *sql, std::int64_t fallback = 0);
QString queryText(sqlite3 *db, const char *sql);

} // namespace tierwise::store
