#pragma once

// Shared helpers for the Qt Test suites.

#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cmath>

namespace tierwise::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
// Absolute path of a file under ../shared/data (reference data, never copied into the repo).
QString sharedDataPath(const QString &relative);
// Path of the built tierwise-cli.
QString cliPath();

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs tierwise-cli with the arguments and waits (up to timeoutMs).
CliRun runCli(const QStringList &arguments, int timeoutMs = 120000);
// The same in the given environment.
CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 120000);

// UTF-8 text converted to another encoding with the system's iconv (the tests' own encoder).
QByteArray encodeAs(const QString &text, const char *encoding);

// customers.csv with `rows` customers (all in branch B01); row `badRow` (1-based, 0 for none) has
// an impossible birth date.
QByteArray customersCsv(int rows, int badRow = 0);

// An SQLite connection that closes itself; db is null if the file could not be opened.
struct SqliteDb
{
    sqlite3 *db = nullptr;
    explicit SqliteDb(const QString &path, int flags = SQLITE_OPEN_READONLY);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
};

// SHA-256 over every row of a table in a fixed order (by all columns), with each value's type,
// plus the row count.
struct TableDigest
{
    qint64 rows = -1;
    QByteArray sha256;
    bool operator==(const TableDigest &o) const { return rows == o.rows && sha256 == o.sha256; }
    bool operator!=(const TableDigest &o) const { return !(*this == o); }
};
// The digest of every data table by name; empty if the workspace or any table cannot be read.
using DataSnapshot = QMap<QString, TableDigest>;

// The data tables: branches, products, customers, accounts, balances, holdings, transactions.
QStringList dataTables();
// Reads the workspace's data tables over a read-only connection.
DataSnapshot dataSnapshot(const QString &workspacePath);
// "table=rows rows (first 12 hex digits of the digest), …" for failure messages.
QString describe(const DataSnapshot &snapshot);

// Relative/absolute tolerance comparison for statistics.
inline bool fuzzyEqual(double a, double b, double relTol = 1e-6, double absTol = 1e-9)
{
    return std::fabs(a - b) <= absTol + relTol * std::fmax(std::fabs(a), std::fabs(b));
}

// What Rules::fromJsonBytes(json) says for a rule file that should be rejected: the message of
// its BadInput error; "(accepted)" if it loads, or "(not bad input) " and the message for another
// kind of error. For data-driven error tests: check that the result mentions the key.
template<typename Rules>
QString ruleError(const QByteArray &json)
{
    const Result<Rules> r = Rules::fromJsonBytes(json);
    if (r.ok())
        return QStringLiteral("(accepted)");
    if (r.error().kind != Error::Kind::BadInput)
        return QStringLiteral("(not bad input) ") + r.error().message;
    return r.error().message;
}

// Imports ../shared/data/cdnow/CDNOW_sample.txt (headerless, whitespace-aligned) through the
// normal importer with a mapping file into a new workspace dir/cdnow.tierwise, after a customers
// file of its 2,357 master ids. Returns the workspace path, or an empty string (with the reason in
// *why) on failure.
QString importCdnowSample(const QTemporaryDir &dir, QString *why = nullptr);

// The integer result of one SQL query on the workspace at path (opened for the query), -1 if it
// cannot be opened.
qint64 queryWorkspace(const QString &path, const char *sql);

// Generates a book (ingest::generateBook: `customers`, `seed`, the default 24 months ending
// 2026-10) into dir/generated and imports all of it as of 2026-11-01 into dir/generated.tierwise.
// Returns the workspace path, or an empty string (with the reason in *why) on failure.
QString importGeneratedBook(const QTemporaryDir &dir, qint64 customers, quint64 seed, QString *why = nullptr);
// importGeneratedBook, then the value tiers (the default segmentation) and the lifetime-value
// run with their default options: the book the workbench and planning tests start from.
QString analysedBook(const QTemporaryDir &dir, qint64 customers, quint64 seed, QString *why = nullptr);

} // namespace tierwise::test

#define TW_COMPARE_FUZZY(actual, expected, relTol)                                                \
    do {                                                                                          \
        const double tw_a = (actual), tw_e = (expected);                                          \
        if (!::tierwise::test::fuzzyEqual(tw_a, tw_e, (relTol)))                                  \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (rel. tolerance %4)")           \
                                 .arg(QStringLiteral(#actual)).arg(tw_a, 0, 'g', 12)              \
                                 .arg(tw_e, 0, 'g', 12).arg(relTol)));                            \
    } while (false)
