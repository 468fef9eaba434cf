#pragma once

// A Tierwise workspace: one SQLite file holding the customer book, results and plans.

#include "result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace tierwise::store {

struct WorkspaceSummary
{
    qint64 branches = 0;
    qint64 products = 0;
    qint64 customers = 0;
    qint64 accounts = 0;
    qint64 balances = 0;      // customer-month-type rows
    qint64 transactions = 0;
    qint64 holdings = 0;
    qint64 imports = 0;       // committed imports
    qint64 rejections = 0;
    qint64 dataVersion = 0;   // increases with every committed import
    QString firstTransaction; // ISO dates, empty if none
    QString lastTransaction;
    QString lastBalanceMonth; // "YYYY-MM", empty if none
    QString asOf;             // the latest date in the workspace (ISO), empty if empty
};

class Workspace
{
public:
    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    // Creates a new workspace file (owner-only permissions). Fails if the file exists.
    static Result<std::unique_ptr<Workspace>> create(const QString &path);
    // Opens an existing workspace and migrates it to the current schema. Fails, leaving the file
    // untouched, if it does not exist, is not a Tierwise workspace, is corrupt, or was written by
    // a newer Tierwise (schema version above ours).
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // open() if the file exists, else create().
    static Result<std::unique_ptr<Workspace>> openOrCreate(const QString &path);

    static int currentSchemaVersion();

    QString path() const;
    sqlite3 *handle() const;
    int schemaVersion() const;

    Result<WorkspaceSummary> summary() const;

    // Interrupts the SQL running on this connection (safe from any thread).
    void interrupt();

private:
    Workspace(sqlite3 *db, QString path);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace tierwise::store
