#include "ingest/importer.h"

#include "ingest/fileimport.h"
#include "ingest/mapping.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

namespace {

// The context of this file's messages (lupdate files them under exactly this name). Call Tr::tr,
// never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::Importer)
};

} // namespace

namespace tierwise::ingest {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// BLAKE2b-256 of each file (what `b2sum -l 256` prints; 2.5 times as fast as SHA-256 here),
// computed on a thread of its own while the
// import runs, in the order the files are imported.
class Checksums
{
public:
    explicit Checksums(QStringList paths) : m_paths(std::move(paths)), m_results(static_cast<std::size_t>(m_paths.size()))
    {
        for (auto &r : m_results)
            m_futures.push_back(r.get_future());
        m_thread = std::thread([this] { work(); });
    }
    ~Checksums()
    {
        m_stop = true;
        m_thread.join();
    }
    Checksums(const Checksums &) = delete;
    Checksums &operator=(const Checksums &) = delete;

    // Waits for file i's checksum.
    Result<QString> get(std::size_t i) { return m_futures[i].get(); }

private:
    void work()
    {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (std::size_t i = 0; i < m_results.size(); ++i) {
            const QString &path = m_paths[static_cast<qsizetype>(i)];
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                m_results[i].set_value(Error::io(Tr::tr("Cannot read the file: %1").arg(f.errorString())).at(path));
                continue;
            }
            QCryptographicHash hash(QCryptographicHash::Blake2b_256);
            qint64 n = 0;
            while (!m_stop && (n = f.read(buffer.data(), buffer.size())) > 0)
                hash.addData(QByteArrayView(buffer.constData(), n));
            if (m_stop)
                m_results[i].set_value(Error::cancelled(Tr::tr("Import cancelled.")));
            else if (n < 0)
                m_results[i].set_value(Error::io(Tr::tr("Cannot read the file: %1").arg(f.errorString())).at(path));
            else
                m_results[i].set_value(QString::fromLatin1(hash.result().toHex()));
        }
    }

    QStringList m_paths;
    std::vector<std::promise<Result<QString>>> m_results;
    std::vector<std::future<Result<QString>>> m_futures;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// The rejection report: UTF-8 with a BOM so spreadsheet programs show Chinese correctly.
Status writeReport(const QString &path, const QVector<Rejection> &rejections)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write the rejection report: %1").arg(f.errorString())).at(path);
    const auto field = [](const QString &s) {
        QString q = s;
        if (q.contains(u'"') || q.contains(u',') || q.contains(u'\n') || q.contains(u'\r')) {
            q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            q = u'"' + q + u'"';
        }
        return q;
    };
    QByteArray out = "\xEF\xBB\xBF" "file,line,column,column_name,value,reason\n";
    for (const Rejection &r : rejections) {
        out += field(r.file).toUtf8() + ',' + QByteArray::number(r.line) + ',' + QByteArray::number(r.column) + ','
               + field(r.columnName).toUtf8() + ',' + field(r.value).toUtf8() + ',' + field(r.reason).toUtf8() + '\n';
    }
    f.write(out);
    if (!f.commit())
        return Error::io(Tr::tr("Cannot write the rejection report: %1").arg(f.errorString())).at(path);
    return {};
}

struct Planned
{
    QString path;
    std::unique_ptr<FileImport> file;
    FileOutcome outcome;
    QString checksum;
    qint64 importId = 0;
    qint64 size = 0;
    QVector<Rejection> rejections;
};

} // namespace

Importer::Importer(store::Workspace &workspace) : m_workspace(workspace) {}

Result<ImportReport> Importer::run(const QStringList &files, const ImportOptions &options, jobs::Progress &progress)
{
    sqlite3 *db = m_workspace.handle();
    ImportReport report;
    const QDate today = QDate::currentDate();
    const Day asOf = options.asOf ? *options.asOf : dayFromCivil(today.year(), today.month(), today.day());

    // A broken mapping file refuses every file (and is recorded like any other rejection).
    Mapping mapping;
    std::optional<Error> mappingError;
    if (!options.mappingFile.isEmpty()) {
        Result<Mapping> m = Mapping::load(options.mappingFile);
        if (m)
            mapping = std::move(*m);
        else
            mappingError = m.error();
    }
    if (files.isEmpty())
        return Error::badInput(Tr::tr("No files to import."));

    qint64 totalBytes = 0;
    std::vector<std::unique_ptr<Planned>> planned;
    for (const QString &path : files) {
        auto p = std::make_unique<Planned>();
        p->path = path;
        p->outcome.file = path;
        p->size = QFileInfo(path).size();
        totalBytes += p->size;
        planned.push_back(std::move(p));
    }

    qint64 rejectedTotal = 0;
    bool capped = false;
    const auto addRejection = [&](Planned &p, const Rejection &r) {
        ++rejectedTotal;
        if (rejectedTotal > options.maxRejections) {
            capped = true;
            return false;
        }
        p.rejections.push_back(r);
        return true;
    };
    const auto rejectFile = [&](Planned &p, const Error &e) {
        p.outcome.fileRejected = true;
        ++p.outcome.rejected;
        Rejection r;
        r.file = e.file.isEmpty() ? p.path : e.file;
        r.line = e.line;
        r.column = e.column;
        r.columnName = e.columnName;
        r.value = e.value;
        r.reason = e.message;
        addRejection(p, r);
    };

    // Read headers: kinds, encodings, column plans. Unreadable files are rejected now.
    qint64 doneBytes = 0;
    for (auto &pp : planned) {
        Planned &p = *pp;
        FileImport::Context ctx;
        ctx.db = db;
        ctx.mapping = &mapping;
        ctx.encoding = options.encoding ? options.encoding : mapping.encoding;
        ctx.asOf = asOf;
        ctx.reject = [&addRejection, &p](const Rejection &r) { return addRejection(p, r); };
        ctx.progress = [&progress, &doneBytes, &totalBytes, &p](qint64 done, qint64) {
            return progress.report(doneBytes + done, totalBytes,
                                   Tr::tr("Importing %1").arg(QFileInfo(p.path).fileName()));
        };
        p.file = std::make_unique<FileImport>(std::move(ctx));
        if (mappingError) {
            rejectFile(p, *mappingError);
            continue;
        }
        if (Status s = p.file->prepare(p.path); !s) {
            if (s.error().kind != Error::Kind::BadInput && s.error().kind != Error::Kind::Io)
                return s.error();
            rejectFile(p, s.error());
            continue;
        }
        p.outcome.kind = p.file->kind();
        p.outcome.encoding = p.file->encoding();
        p.outcome.ignoredColumns = p.file->ignoredColumns();
    }
    std::stable_sort(planned.begin(), planned.end(), [](const auto &a, const auto &b) {
        return fileKindOrder(a->outcome.kind) < fileKindOrder(b->outcome.kind);
    });

    // The importer checks every reference itself (ReferenceIndex): enforcement by SQLite would
    // double the cost of a bulk load. PRAGMA foreign_keys cannot change inside a transaction.
    if (Status s = store::exec(db, "PRAGMA foreign_keys = OFF"); !s)
        return s.error();
    struct ForeignKeysOn
    {
        sqlite3 *db;
        ~ForeignKeysOn() { (void)store::exec(db, "PRAGMA foreign_keys = ON"); }
    } foreignKeysOn{db};
    // A large import writes each page once through a rollback journal rather than twice (WAL,
    // then checkpoint). Leaving WAL mode needs the only connection to the file, so with other
    // connections open (the GUI) the import simply stays in WAL mode. Either way it is atomic.
    struct BulkJournal
    {
        sqlite3 *db = nullptr;
        bool switched = false;
        ~BulkJournal()
        {
            if (switched)
                (void)store::exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL");
        }
    } bulk{db};
    if (totalBytes > (64 << 20)) {
        bulk.switched = store::queryText(db, "PRAGMA journal_mode = TRUNCATE") == QLatin1String("truncate");
        if (bulk.switched)
            (void)store::exec(db, "PRAGMA synchronous = FULL");
    }
    store::Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    // Larger cache for the bulk load; restored when done.
    (void)store::exec(db, "PRAGMA cache_size = -262144");
    struct CacheRestore
    {
        sqlite3 *db;
        ~CacheRestore() { (void)store::exec(db, "PRAGMA cache_size = -65536"); }
    } restore{db};

    store::Statement insertImport(db, "INSERT INTO imports (file_name, file_path, checksum, kind, encoding, status, started_at)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5, 'running', ?6)");
    store::Statement earlier(db, "SELECT import_id, finished_at FROM imports WHERE checksum = ?1 AND kind = 'transactions'"
                                 " AND status IN ('committed', 'partial') ORDER BY import_id LIMIT 1");
    if (!insertImport.ok())
        return insertImport.error();
    if (!earlier.ok())
        return earlier.error();

    // Keys of the transactions already in the workspace, loaded before the first transactions file.
    KeyTable keys;
    bool keysLoaded = false;
    Day minTxn = 0, maxTxn = 0;
    bool anyTxn = false;
    bool fatalFile = false;
    QStringList checksumsSeen;
    QStringList checksumPaths;
    int transactionFiles = 0;
    for (const auto &p : planned) {
        checksumPaths << p->path;
        transactionFiles += !p->outcome.fileRejected && p->outcome.kind == FileKind::Transactions;
    }
    Checksums checksums(checksumPaths);
    // A transactions file is refused if it was imported before or is given twice. Only when that
    // is possible does the import wait for the file's checksum before reading it.
    const bool mayRepeat = transactionFiles > 1
                           || store::queryInt(db, "SELECT count(*) FROM imports WHERE kind = 'transactions'"
                                                  " AND status IN ('committed', 'partial')") > 0;
    for (std::size_t i = 0; i < planned.size(); ++i) {
        Planned &p = *planned[i];
        if (p.outcome.fileRejected) {
            doneBytes += p.size;
            continue;
        }
        const QString name = QFileInfo(p.path).fileName();
        if (p.outcome.kind == FileKind::Transactions && mayRepeat) {
            if (!progress.report(doneBytes, totalBytes, Tr::tr("Checking %1").arg(name)))
                return Error::cancelled(Tr::tr("Import cancelled."));
            Result<QString> sum = checksums.get(i);
            if (!sum)
                return sum.error();
            p.checksum = *sum;
            earlier.reset();
            earlier.bind(1, p.checksum);
            if (earlier.step()) {
                const QDateTime when = QDateTime::fromString(earlier.text(1), Qt::ISODate).toLocalTime();
                rejectFile(p, Error::badInput(Tr::tr("This transactions file was already imported on %1 (import #%2); "
                                                 "importing it again would add nothing.")
                                                  .arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                                  .arg(earlier.int64(0)))
                                  .at(p.path));
                earlier.reset();
                doneBytes += p.size;
                continue;
            }
            earlier.reset();
            if (checksumsSeen.contains(p.checksum)) {
                rejectFile(p, Error::badInput(Tr::tr("The same transactions file is given twice.")).at(p.path));
                doneBytes += p.size;
                continue;
            }
            checksumsSeen << p.checksum;
        }

        insertImport.reset();
        insertImport.bind(1, name).bind(2, QFileInfo(p.path).absoluteFilePath()).bindNull(3);
        insertImport.bind(4, fileKindName(p.outcome.kind)).bind(5, encodingName(p.outcome.encoding.encoding)).bind(6, now());
        if (Status s = insertImport.run(); !s)
            return s.error();
        p.importId = sqlite3_last_insert_rowid(db);

        p.file->setImportId(p.importId);
        if (p.outcome.kind == FileKind::Transactions && !keysLoaded) {
            // Room for the keys there are and those the files may add (about one per 64 bytes; it grows if there are more),
            // so the table never grows during the import.
            qint64 incoming = 0;
            for (const auto &q : planned)
                if (q->outcome.kind == FileKind::Transactions)
                    incoming += q->size / 64;
            keys.reserve(static_cast<std::size_t>(store::queryInt(db, "SELECT max(txn_id) FROM transactions") + incoming) + 1024);
            store::Statement all(db, "SELECT txn_key FROM transactions");
            if (!all.ok())
                return all.error();
            while (all.step())
                keys.set(KeyTable::normalize(static_cast<std::uint64_t>(all.int64(0))), KeyTable::Existing);
            if (!all.error().message.isEmpty())
                return all.error();
            keysLoaded = true;
        }
        p.file->setKeys(&keys);
        Status s = p.file->run(p.outcome);
        if (p.outcome.kind == FileKind::Transactions)
            keys.settle();
        if (!s && s.error().kind != Error::Kind::BadInput && s.error().kind != Error::Kind::Io)
            return s.error(); // cancelled or an internal failure: the transaction rolls back
        if (!s) {
            // A file that cannot be read to its end (broken encoding, unterminated quote, …) fails
            // the whole import, even with --accept-partial: its rows are already written, and a
            // savepoint per file would make every statement of a large import slow.
            rejectFile(p, s.error());
            fatalFile = true;
        } else if (p.outcome.kind == FileKind::Transactions && p.outcome.inserted > 0) {
            if (!anyTxn || p.file->minTxnDate() < minTxn)
                minTxn = p.file->minTxnDate();
            if (!anyTxn || p.file->maxTxnDate() > maxTxn)
                maxTxn = p.file->maxTxnDate();
            anyTxn = true;
        }
        doneBytes += p.size;
    }

    // Every file's checksum for the record (they were computed alongside).
    for (std::size_t i = 0; i < planned.size(); ++i) {
        if (!planned[i]->checksum.isEmpty())
            continue;
        Result<QString> sum = checksums.get(i);
        if (!sum)
            return sum.error();
        planned[i]->checksum = *sum;
    }
    // Rows are checked on one thread and written on another: put each file's rejections in line order.
    for (const auto &p : planned) {
        std::stable_sort(p->rejections.begin(), p->rejections.end(),
                         [](const Rejection &a, const Rejection &b) { return a.line < b.line; });
        for (const Rejection &r : p->rejections)
            report.rejections.push_back(r);
    }
    report.rejectedTotal = rejectedTotal;
    if (capped) {
        Rejection r;
        r.reason = Tr::tr("More than %1 rejections; the rest were not listed.").arg(options.maxRejections);
        report.rejections.push_back(r);
    }
    const bool anyRejected = rejectedTotal > 0;
    report.committed = !anyRejected || (options.acceptPartial && !fatalFile);
    if (options.dryRun) {
        // Everything was read, checked and written inside the transaction; undo all of it.
        tx.rollback();
        report.committed = false;
        report.dryRun = true;
        for (const auto &p : planned)
            report.files.push_back(p->outcome);
        return report;
    }

    // Bookkeeping: the attempt and its rejections are recorded even when nothing is committed.
    const auto record = [&](const char *status) -> Status {
        store::Statement ins(db, "INSERT INTO imports (file_name, file_path, checksum, kind, encoding, rows_read, rows_rejected,"
                                 " status, started_at, finished_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
        store::Statement upd(db, "UPDATE imports SET rows_read = ?2, rows_inserted = ?3, rows_updated = ?4,"
                                 " rows_duplicate = ?5, rows_rejected = ?6, status = ?7, finished_at = ?8, checksum = ?9 WHERE import_id = ?1");
        store::Statement rej(db, "INSERT INTO rejections (import_id, line, column_no, column_name, value, reason)"
                                 " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        if (!ins.ok())
            return ins.error();
        for (auto &pp : planned) {
            Planned &p = *pp;
            const FileOutcome &o = p.outcome;
            const bool fileOk = !o.fileRejected && (o.rejected == 0 || options.acceptPartial);
            const char *st = !report.committed || o.fileRejected ? "rejected" : (o.rejected > 0 ? "partial" : status);
            if (p.importId == 0 || !report.committed) {
                ins.reset();
                ins.bind(1, QFileInfo(p.path).fileName()).bind(2, QFileInfo(p.path).absoluteFilePath());
                if (p.checksum.isEmpty())
                    ins.bindNull(3);
                else
                    ins.bind(3, p.checksum);
                ins.bind(4, fileKindName(o.kind)).bind(5, encodingName(o.encoding.encoding));
                ins.bind(6, o.rowsRead).bind(7, o.rejected).bind(8, QString::fromLatin1(st)).bind(9, now());
                if (Status s = ins.run(); !s)
                    return s;
                p.importId = sqlite3_last_insert_rowid(db);
            } else {
                upd.reset();
                upd.bind(1, p.importId).bind(2, o.rowsRead).bind(3, fileOk ? o.inserted : 0).bind(4, fileOk ? o.updated : 0);
                upd.bind(5, o.duplicates).bind(6, o.rejected).bind(7, QString::fromLatin1(st)).bind(8, now());
                upd.bind(9, p.checksum);
                if (Status s = upd.run(); !s)
                    return s;
            }
            for (const Rejection &r : p.rejections) {
                rej.reset();
                rej.bind(1, p.importId).bind(2, r.line).bind(3, r.column);
                rej.bind(4, r.columnName).bind(5, r.value).bind(6, r.reason);
                if (Status s = rej.run(); !s)
                    return s;
            }
        }
        return {};
    };

    if (report.committed) {
        if (Status s = record("committed"); !s)
            return s.error();
        if (Status s = store::exec(db, "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version'"); !s)
            return s.error();
        if (anyTxn) {
            store::Statement meta(db, "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value ="
                                      " CASE WHEN ?1 = 'first_transaction' THEN min(value, excluded.value)"
                                      " ELSE max(value, excluded.value) END");
            meta.bind(1, QStringLiteral("first_transaction")).bind(2, isoDate(minTxn));
            if (Status s = meta.run(); !s)
                return s.error();
            meta.bind(1, QStringLiteral("last_transaction")).bind(2, isoDate(maxTxn));
            if (Status s = meta.run(); !s)
                return s.error();
        }
        if (!progress.report(totalBytes, totalBytes, Tr::tr("Committing")))
            return Error::cancelled(Tr::tr("Import cancelled."));
        if (Status s = tx.commit(); !s)
            return s.error();
    } else {
        tx.rollback();
        for (auto &p : planned)
            p->importId = 0;
        store::Transaction bookkeeping(db);
        if (!bookkeeping.status())
            return bookkeeping.status().error();
        if (Status s = record("rejected"); !s)
            return s.error();
        if (Status s = bookkeeping.commit(); !s)
            return s.error();
    }

    for (const auto &p : planned)
        report.files.push_back(p->outcome);
    if (anyRejected) {
        QString path = options.reportPath;
        if (path.isEmpty()) {
            const QFileInfo ws(m_workspace.path());
            const QString stem = ws.completeBaseName() + QStringLiteral("-rejections-")
                                 + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            path = ws.absoluteDir().filePath(stem + QStringLiteral(".csv"));
            for (int n = 2; QFileInfo::exists(path); ++n) // never overwrite an earlier report
                path = ws.absoluteDir().filePath(stem + QStringLiteral("-%1.csv").arg(n));
        }
        if (Status s = writeReport(path, report.rejections); !s)
            return s.error();
        report.reportPath = path;
    }
    return report;
}

} // namespace tierwise::ingest
