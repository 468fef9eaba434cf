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

namespace tierwise::ingest {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tierwise::ingest::Importer", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Result<QString> checksum(const QString &path, jobs::Progress &progress, qint64 doneBefore, qint64 total)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the file: %1").arg(f.errorString())).at(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error::io(tr("Cannot read the file: %1").arg(f.errorString())).at(path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        done += n;
        if (!progress.report(doneBefore, total, tr("Checking %1").arg(QFileInfo(path).fileName())))
            return Error::cancelled(tr("Import cancelled."));
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The rejection report: UTF-8 with a BOM so spreadsheet programs show Chinese correctly.
Status writeReport(const QString &path, const QVector<Rejection> &rejections)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write the rejection report: %1").arg(f.errorString())).at(path);
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
        return Error::io(tr("Cannot write the rejection report: %1").arg(f.errorString())).at(path);
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

    Mapping mapping;
    if (!options.mappingFile.isEmpty()) {
        Result<Mapping> m = Mapping::load(options.mappingFile);
        if (!m)
            return m.error();
        mapping = std::move(*m);
    }
    if (files.isEmpty())
        return Error::badInput(tr("No files to import."));

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
                                   tr("Importing %1").arg(QFileInfo(p.path).fileName()));
        };
        p.file = std::make_unique<FileImport>(std::move(ctx));
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

    Day minTxn = 0, maxTxn = 0;
    bool anyTxn = false;
    QStringList checksumsSeen;
    for (auto &pp : planned) {
        Planned &p = *pp;
        if (p.outcome.fileRejected) {
            doneBytes += p.size;
            continue;
        }
        const QString name = QFileInfo(p.path).fileName();
        Result<QString> sum = checksum(p.path, progress, doneBytes, totalBytes);
        if (!sum)
            return sum.error();
        p.checksum = *sum;
        if (p.outcome.kind == FileKind::Transactions) {
            earlier.reset();
            earlier.bind(1, p.checksum);
            if (earlier.step()) {
                const QDateTime when = QDateTime::fromString(earlier.text(1), Qt::ISODate).toLocalTime();
                rejectFile(p, Error::badInput(tr("This transactions file was already imported on %1 (import #%2); "
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
                rejectFile(p, Error::badInput(tr("The same transactions file is given twice.")).at(p.path));
                doneBytes += p.size;
                continue;
            }
            checksumsSeen << p.checksum;
        }

        insertImport.reset();
        insertImport.bind(1, name).bind(2, QFileInfo(p.path).absoluteFilePath()).bind(3, p.checksum);
        insertImport.bind(4, fileKindName(p.outcome.kind)).bind(5, encodingName(p.outcome.encoding.encoding)).bind(6, now());
        if (Status s = insertImport.run(); !s)
            return s.error();
        p.importId = sqlite3_last_insert_rowid(db);

        if (Status s = store::exec(db, "SAVEPOINT file"); !s)
            return s.error();
        p.file->setImportId(p.importId);
        Status s = p.file->run(p.outcome);
        if (!s && s.error().kind != Error::Kind::BadInput && s.error().kind != Error::Kind::Io)
            return s.error(); // cancelled or an internal failure: the transaction rolls back
        if (!s)
            rejectFile(p, s.error());
        if (p.outcome.fileRejected) {
            // Nothing of a file that could not be read to its end is kept.
            if (Status r = store::exec(db, "ROLLBACK TO file"); !r)
                return r.error();
            p.outcome.inserted = p.outcome.updated = p.outcome.duplicates = 0;
        } else if (p.outcome.kind == FileKind::Transactions && p.outcome.inserted > 0) {
            if (!anyTxn || p.file->minTxnDate() < minTxn)
                minTxn = p.file->minTxnDate();
            if (!anyTxn || p.file->maxTxnDate() > maxTxn)
                maxTxn = p.file->maxTxnDate();
            anyTxn = true;
        }
        if (Status r = store::exec(db, "RELEASE file"); !r)
            return r.error();
        doneBytes += p.size;
    }

    for (const auto &p : planned)
        for (const Rejection &r : p->rejections)
            report.rejections.push_back(r);
    report.rejectedTotal = rejectedTotal;
    if (capped) {
        Rejection r;
        r.reason = tr("More than %1 rejections; the rest were not listed.").arg(options.maxRejections);
        report.rejections.push_back(r);
    }
    const bool anyRejected = rejectedTotal > 0;
    report.committed = !anyRejected || options.acceptPartial;

    // Bookkeeping: the attempt and its rejections are recorded even when nothing is committed.
    const auto record = [&](const char *status) -> Status {
        store::Statement ins(db, "INSERT INTO imports (file_name, file_path, checksum, kind, encoding, rows_read, rows_rejected,"
                                 " status, started_at, finished_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)");
        store::Statement upd(db, "UPDATE imports SET rows_read = ?2, rows_inserted = ?3, rows_updated = ?4,"
                                 " rows_duplicate = ?5, rows_rejected = ?6, status = ?7, finished_at = ?8 WHERE import_id = ?1");
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
        if (!progress.report(totalBytes, totalBytes, tr("Committing")))
            return Error::cancelled(tr("Import cancelled."));
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
            path = ws.absoluteDir().filePath(ws.completeBaseName() + QStringLiteral("-rejections-")
                                             + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                             + QStringLiteral(".csv"));
        }
        if (Status s = writeReport(path, report.rejections); !s)
            return s.error();
        report.reportPath = path;
    }
    return report;
}

} // namespace tierwise::ingest
