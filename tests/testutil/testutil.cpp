#include "testutil.h"

#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "ingest/generator.h"
#include "ingest/importer.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QSet>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <iconv.h>

namespace tierwise::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TIERWISE_TEST_DATA)).filePath(relative);
}

QString sharedDataPath(const QString &relative)
{
    return QDir::cleanPath(QDir(QStringLiteral(TIERWISE_SHARED_DATA)).filePath(relative));
}

QString cliPath()
{
    return QStringLiteral(TIERWISE_CLI);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

namespace {

CliRun finish(QProcess &p, int timeoutMs)
{
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

const char *const kDataTables[] = {"branches", "products", "customers", "accounts", "balances", "holdings", "transactions"};

// rows stays -1 if the table cannot be read to its end.
TableDigest digestTable(sqlite3 *db, const char *table)
{
    TableDigest d;
    sqlite3_stmt *probe = nullptr;
    const QByteArray all = QByteArray("SELECT * FROM ") + table;
    if (sqlite3_prepare_v2(db, all.constData(), -1, &probe, nullptr) != SQLITE_OK) {
        sqlite3_finalize(probe);
        return d;
    }
    const int columns = sqlite3_column_count(probe);
    sqlite3_finalize(probe);
    QByteArray sql = all + " ORDER BY ";
    for (int c = 1; c <= columns; ++c)
        sql += (c > 1 ? ", " : "") + QByteArray::number(c);
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return d;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        ++rows;
        for (int c = 0; c < columns; ++c) {
            const int type = sqlite3_column_type(st, c);
            hash.addData(QByteArray::number(type) + ':');
            switch (type) {
            case SQLITE_INTEGER:
                hash.addData(QByteArray::number(static_cast<qlonglong>(sqlite3_column_int64(st, c))));
                break;
            case SQLITE_FLOAT:
                hash.addData(QByteArray::number(sqlite3_column_double(st, c), 'g', 17));
                break;
            case SQLITE_TEXT:
            case SQLITE_BLOB: {
                const void *p = type == SQLITE_TEXT ? static_cast<const void *>(sqlite3_column_text(st, c)) : sqlite3_column_blob(st, c);
                const int n = sqlite3_column_bytes(st, c);
                hash.addData(QByteArray::number(n) + ':');
                hash.addData(QByteArrayView(static_cast<const char *>(p), n));
                break;
            }
            default:
                break;
            }
            hash.addData("|");
        }
        hash.addData("\n");
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return d;
    d.rows = rows;
    d.sha256 = hash.result().toHex();
    return d;
}

} // namespace

SqliteDb::SqliteDb(const QString &path, int flags)
{
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        db = nullptr;
    }
}

SqliteDb::~SqliteDb()
{
    sqlite3_close(db);
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(arguments);
    p.start();
    return finish(p, timeoutMs);
}

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.setProgram(cliPath());
    p.setArguments(arguments);
    p.start();
    return finish(p, timeoutMs);
}

QByteArray encodeAs(const QString &text, const char *encoding)
{
    const QByteArray in = text.toUtf8();
    iconv_t cd = iconv_open(encoding, "UTF-8");
    if (cd == reinterpret_cast<iconv_t>(-1))
        qFatal("iconv cannot encode %s", encoding);
    QByteArray out(in.size() * 4 + 16, Qt::Uninitialized);
    char *src = const_cast<char *>(in.constData());
    std::size_t srcLeft = std::size_t(in.size());
    char *dst = out.data();
    std::size_t dstLeft = std::size_t(out.size());
    if (iconv(cd, &src, &srcLeft, &dst, &dstLeft) == std::size_t(-1))
        qFatal("iconv cannot encode the test text as %s", encoding);
    iconv(cd, nullptr, nullptr, &dst, &dstLeft);
    iconv_close(cd);
    out.resize(dst - out.constData());
    return out;
}

QByteArray customersCsv(int rows, int badRow)
{
    QByteArray csv = "customer_id,name,gender,birth_date,branch_id,open_date\n";
    for (int i = 1; i <= rows; ++i) {
        csv += QStringLiteral("C%1,Customer %2,%3,%4,B01,2015-03-02\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("M") : QStringLiteral("F"))
                   .arg(i == badRow ? QStringLiteral("1980-02-30") : QStringLiteral("1980-01-01"))
                   .toUtf8();
    }
    return csv;
}

QStringList dataTables()
{
    QStringList names;
    for (const char *table : kDataTables)
        names << QString::fromLatin1(table);
    return names;
}

DataSnapshot dataSnapshot(const QString &workspacePath)
{
    const SqliteDb db(workspacePath);
    if (!db.db)
        return {};
    DataSnapshot s;
    for (const char *table : kDataTables) {
        const TableDigest d = digestTable(db.db, table);
        if (d.rows < 0)
            return {};
        s.insert(QString::fromLatin1(table), d);
    }
    return s;
}

QString describe(const DataSnapshot &snapshot)
{
    QStringList parts;
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it)
        parts << QStringLiteral("%1=%2 rows (%3)").arg(it.key()).arg(it->rows).arg(QString::fromLatin1(it->sha256.left(12)));
    return parts.join(QStringLiteral(", "));
}

QString importCdnowSample(const QTemporaryDir &dir, QString *why)
{
    const auto failed = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    const QString sample = sharedDataPath(QStringLiteral("cdnow/CDNOW_sample.txt"));
    const QByteArray bytes = readFile(sample);
    if (bytes.isEmpty())
        return failed(QStringLiteral("cannot read %1").arg(sample));
    QSet<QByteArray> ids;
    for (const QByteArray &line : bytes.split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 5)
            ids.insert(f[0]);
    }
    QByteArray customers = "customer_id\n";
    for (const QByteArray &id : std::as_const(ids))
        customers += id + '\n';
    const QString customersFile = writeFile(dir, QStringLiteral("cdnow-customers.csv"), customers);
    const QString mapping = writeFile(dir, QStringLiteral("cdnow.json"), R"({
        "kind": "transactions", "header": false,
        "columns": { "1": "customer_id", "2": null, "3": { "field": "txn_date", "format": "YYYYMMDD" },
                     "4": null, "5": "amount" } })");
    const QString path = dir.filePath(QStringLiteral("cdnow.tierwise"));
    auto ws = store::Workspace::create(path);
    if (!ws)
        return failed(ws.error().toString());
    jobs::NullProgress progress;
    ingest::ImportOptions o;
    o.asOf = ingest::dayFromCivil(1998, 6, 30);
    o.reportPath = dir.filePath(QStringLiteral("cdnow-report.csv"));
    auto c = ingest::Importer(**ws).run({customersFile}, o, progress);
    if (!c || !c->committed)
        return failed(QStringLiteral("the customers were not imported"));
    o.mappingFile = mapping;
    auto t = ingest::Importer(**ws).run({sample}, o, progress);
    if (!t)
        return failed(t.error().toString());
    if (!t->committed)
        return failed(t->rejections.isEmpty() ? QStringLiteral("not committed") : t->rejections.first().reason);
    return path;
}

QString importGeneratedBook(const QTemporaryDir &dir, qint64 customers, quint64 seed, QString *why)
{
    const auto failed = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    ingest::GeneratorOptions g;
    g.customers = customers;
    g.seed = seed;
    g.outDir = dir.filePath(QStringLiteral("generated"));
    jobs::NullProgress progress;
    if (Status s = ingest::generateBook(g, progress); !s)
        return failed(s.error().toString());
    const QString path = dir.filePath(QStringLiteral("generated.tierwise"));
    auto ws = store::Workspace::create(path);
    if (!ws)
        return failed(ws.error().toString());
    QStringList files;
    for (const QString &f : QDir(g.outDir).entryList({QStringLiteral("*.csv")}, QDir::Files))
        files << QDir(g.outDir).filePath(f);
    ingest::ImportOptions o;
    o.asOf = ingest::dayFromCivil(2026, 11, 1);
    o.reportPath = dir.filePath(QStringLiteral("generated-report.csv"));
    auto r = ingest::Importer(**ws).run(files, o, progress);
    if (!r)
        return failed(r.error().toString());
    if (!r->committed)
        return failed(QStringLiteral("the generated book was not imported"));
    return path;
}

qint64 queryWorkspace(const QString &path, const char *sql)
{
    auto ws = store::Workspace::open(path);
    return ws.ok() ? store::queryInt((*ws)->handle(), sql) : -1;
}

QString analysedBook(const QTemporaryDir &dir, qint64 customers, quint64 seed, QString *why)
{
    const QString path = importGeneratedBook(dir, customers, seed, why);
    if (path.isEmpty())
        return path;
    const auto failed = [&](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };
    auto ws = store::Workspace::open(path);
    if (!ws)
        return failed(ws.error().message);
    jobs::NullProgress progress;
    if (auto run = analytics::runSegmentation(**ws, analytics::SegmentOptions(), progress); !run)
        return failed(run.error().message);
    if (auto run = analytics::runClv(**ws, analytics::ClvOptions(), progress); !run)
        return failed(run.error().message);
    return path;
}

} // namespace tierwise::test
