#pragma once

// Atomic import of customer extracts into a workspace: one call is one transaction.

#include "ingest/filekinds.h"
#include "ingest/textencoding.h"
#include "ingest/values.h"
#include "jobs/progress.h"
#include "result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace tierwise::store { class Workspace; }

namespace tierwise::ingest {

struct ImportOptions
{
    std::optional<Encoding> encoding; // nullopt: detect per file
    QString mappingFile;              // JSON column mapping, optional
    bool acceptPartial = false;       // commit the valid rows even if some are rejected (not when
                                      // a file cannot be read to its end)
    QString reportPath;               // rejection report CSV; empty: next to the workspace
    std::optional<Day> asOf;          // dates after it are rejected; nullopt: today
    int maxRejections = 100000;       // stop reading after this many (the input is clearly wrong)
    bool dryRun = false;              // validate every row exactly as a real run would and report
                                      // the rejections, then roll back: nothing is written, not
                                      // even the bookkeeping of the attempt or the CSV report
};

struct Rejection
{
    QString file;
    qint64 line = 0;
    int column = 0;
    QString columnName;
    QString value;
    QString reason;
};

struct FileOutcome
{
    QString file;
    FileKind kind = FileKind::Unknown;
    EncodingGuess encoding;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 duplicates = 0; // already in the workspace (re-import, overlapping files)
    qint64 rejected = 0;
    QStringList ignoredColumns;  // headers that name no field of this kind
    bool fileRejected = false;   // the whole file was refused (unreadable, already imported, …)
};

struct ImportReport
{
    QVector<FileOutcome> files;
    QVector<Rejection> rejections; // the first few thousand; all of them are in the CSV and table
    qint64 rejectedTotal = 0;
    bool committed = false;        // false: nothing was changed but the bookkeeping of the attempt
    bool dryRun = false;           // a dry run: nothing at all was changed (committed is false)
    QString reportPath;            // the CSV report, if any rejection was written
};

class Importer
{
public:
    explicit Importer(store::Workspace &workspace);

    // Imports the files in dependency order (branches, products, customers, accounts, balances,
    // holdings, transactions) in one transaction. Returns the report (check committed) or an
    // Error: Cancelled (rolled back), Io/Workspace/Internal. A file that was imported before
    // (same checksum, transactions) is a rejection with the date of the earlier import.
    Result<ImportReport> run(const QStringList &files, const ImportOptions &options,
                             jobs::Progress &progress);

private:
    store::Workspace &m_workspace;
};

} // namespace tierwise::ingest
