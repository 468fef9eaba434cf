#pragma once

// Importing one file inside the importer's transaction: header → column plan, row parsing and
// validation, and the kind's upsert/insert statements. Internal to the importer.

#include "ingest/csvreader.h"
#include "ingest/filekinds.h"
#include "ingest/keytable.h"
#include "ingest/referenceindex.h"
#include "ingest/writepipeline.h"
#include "ingest/importer.h"
#include "ingest/mapping.h"
#include "jobs/progress.h"
#include "store/statement.h"

#include <QString>

#include <array>
#include <functional>
#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace tierwise::ingest {

class FileImport
{
public:
    struct Context
    {
        sqlite3 *db = nullptr;
        const Mapping *mapping = nullptr;
        std::optional<Encoding> encoding;
        Day asOf = 0;
        qint64 importId = 0;
        // Transaction keys already in the workspace and written so far (transactions files).
        KeyTable *keys = nullptr;
        // Rejections are appended here; returns false when the cap is reached.
        std::function<bool(const Rejection &)> reject;
        // Progress in bytes of this file; returns false on cancel.
        std::function<bool(qint64 done, qint64 total)> progress;
    };

    explicit FileImport(Context context);
    ~FileImport();

    // Opens the file and reads the header: detects encoding and dialect and the kind, plans the
    // columns. A problem is returned as an Error with file/line/column (the file is refused).
    Status prepare(const QString &path);
    FileKind kind() const { return m_kind; }
    // The imports row the written rows name; set before run().
    void setImportId(qint64 id) { m_ctx.importId = id; }
    void setKeys(KeyTable *keys) { m_ctx.keys = keys; }
    const EncodingGuess &encoding() const;
    const QStringList &ignoredColumns() const { return m_ignored; }

    // Reads all rows and writes them. Returns an Error for a problem that stops the file (read
    // error, cancel, SQLite failure); row problems are reported through Context::reject.
    Status run(FileOutcome &outcome);

    // Earliest and latest transaction dates written (for the workspace's bookkeeping).
    Day minTxnDate() const { return m_minTxn; }
    Day maxTxnDate() const { return m_maxTxn; }

private:
    struct Row;
    Status planColumns(const CsvRecord &header);
    Status prepareStatements();
    bool parseRow(const CsvRecord &record, Row &row);
    struct Counters
    {
        qint64 changed = 0;   // rows inserted or updated
        qint64 unchanged = 0; // already in the workspace as they are
        qint64 rejected = 0;  // found only when written (a duplicate key)
    };
    // Reading thread: checks a parsed row and adds its statement parameters to the batch.
    bool stageUpsert(qint64 line, Row &row, WriteBatch &batch);
    bool stageTransaction(qint64 line, Row &row, WriteBatch &batch);
    // Writing thread: runs the batch's statements.
    Status execute(const WriteBatch &batch, Counters &counters);
    void rejectRow(qint64 line, int column, const QString &value, const QString &reason);
    void recordRejection(qint64 line, int column, const QString &value, const QString &reason);
    void rejectField(qint64 line, Field field, std::string_view value, const QString &reason);
    bool checkReferences(qint64 line, Row &row);
    qint64 tableCount() const;

    Context m_ctx;
    QString m_path;
    CsvReader m_reader;
    FileKind m_kind = FileKind::Unknown;
    QStringList m_ignored;
    QStringList m_headerNames;
    std::size_t m_columnCount = 0;
    // Per input column: the field (Ignore to skip) and its mapping rule.
    std::vector<Field> m_columnField;
    std::vector<const ColumnRule *> m_columnRule;
    std::vector<std::string> m_columnFormat; // a mapped date format (UTF-8), or empty
    // Per field: the input column, or -1.
    std::array<int, static_cast<std::size_t>(Field::Count_)> m_fieldColumn{};
    // The kind's statement, with the fields bound in order.
    store::Statement m_write;
    store::Statement m_lookupImport; // import_id of an existing row, by key
    std::vector<Field> m_bound;
    bool m_rowRejected = false;
    std::atomic<bool> m_stop{false};
    std::mutex m_rejectMutex;
    int m_keyColumn = 0;
    QString m_duplicateKeyReason;
    qint64 m_duplicates = 0; // transactions already in the workspace
    ReferenceIndex m_refs;
    Day m_minTxn = 0;
    Day m_maxTxn = 0;
    bool m_anyTxn = false;
};

} // namespace tierwise::ingest
