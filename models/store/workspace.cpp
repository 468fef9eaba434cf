#include "store/workspace.h"

#include "store/schema.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::store::Workspace)
};

} // namespace

namespace tierwise::store {
namespace {

// Process-wide SQLite settings, before the library's first use: no memory statistics (they take
// a global mutex on every allocation).
void initializeSqlite()
{
    static const bool done = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)done;
}

// Settings every connection gets. WAL lets readers on worker threads run beside one writer.
Status configure(sqlite3 *db)
{
    sqlite3_busy_timeout(db, 10000);
    sqlite3_extended_result_codes(db, 1);
    return exec(db, "PRAGMA journal_mode = WAL;"
                    "PRAGMA synchronous = NORMAL;"
                    "PRAGMA foreign_keys = ON;"
                    "PRAGMA temp_store = MEMORY;"
                    "PRAGMA cache_size = -65536;");
}

struct Header
{
    bool sqlite = false;
    bool plausible = false; // the page size is one SQLite can write
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

quint32 bigEndian32(const unsigned char *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// Reads the 100-byte database header without SQLite, so nothing can be written to a file that
// turns out not to be ours.
Result<Header> readHeader(const QString &path)
{
    initializeSqlite();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.read(100);
    if (bytes.isEmpty())
        return Error::workspace(Tr::tr("%1 is an empty file, not a Tierwise workspace.").arg(path));
    Header h;
    h.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (h.sqlite) {
        const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
        const unsigned pageSize = (unsigned(p[16]) << 8) | p[17];
        h.plausible = pageSize == 1 || (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0);
        h.userVersion = bigEndian32(p + 60);
        h.applicationId = bigEndian32(p + 68);
    }
    return h;
}

// Validates an existing file read-only: ours, readable schema, not from a newer Tierwise.
// Returns the schema version.
Result<int> inspect(const QString &path)
{
    Result<Header> header = readHeader(path);
    if (!header)
        return header.error();
    if (!header->sqlite)
        return Error::workspace(Tr::tr("%1 is not a Tierwise workspace (it is not an SQLite database).").arg(path));
    if (!header->plausible)
        return Error::workspace(Tr::tr("%1 is damaged or not a Tierwise workspace (its database header is invalid).").arg(path));
    const QByteArray native = QFile::encodeName(path);
    const bool walFile = QFileInfo::exists(path + QStringLiteral("-wal"));
    // Another program's database: refused from its header alone, so SQLite creates nothing beside
    // it. (Ours may lack the id in its header only while a WAL from an interrupted creation holds it.)
    if (header->applicationId != quint32(kApplicationId) && !(walFile && header->userVersion == 0))
        return Error::workspace(Tr::tr("%1 is an SQLite database but not a Tierwise workspace.").arg(path));
    // An import interrupted while committing through a rollback journal leaves a hot journal,
    // which only a read-write connection can roll back: do that first (the file is ours).
    if (header->applicationId == quint32(kApplicationId) && QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
        sqlite3 *rw = nullptr;
        if (sqlite3_open_v2(native.constData(), &rw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(rw, 10000);
            (void)queryInt(rw, "SELECT count(*) FROM sqlite_schema");
        }
        sqlite3_close(rw);
    }

    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(native.constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        Error e = Error::workspace(Tr::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
        sqlite3_close(db);
        return e;
    }
    // The header in the main file may lag behind a WAL that was not checkpointed (after a crash),
    // so ask SQLite, which reads the WAL too.
    sqlite3_busy_timeout(db, 10000);
    Statement st(db, "SELECT (SELECT application_id FROM pragma_application_id),"
                     "       (SELECT user_version FROM pragma_user_version),"
                     "       (SELECT count(*) FROM sqlite_schema)");
    Result<int> result = Error::workspace(QString());
    if (!st.ok() || !st.step()) {
        const int code = sqlite3_errcode(db) & 0xFF;
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            result = Error::workspace(Tr::tr("%1 is in use by another program (an import may be running). "
                                             "Try again when it has finished.").arg(path));
        else
            result = Error::workspace(Tr::tr("%1 is damaged or not a Tierwise workspace (%2).")
                                          .arg(path, st.error().message));
    } else {
        const qint64 appId = st.int64(0);
        const qint64 version = st.int64(1);
        if (appId != kApplicationId) {
            result = Error::workspace(Tr::tr("%1 is an SQLite database but not a Tierwise workspace.").arg(path));
        } else if (version > schemaVersion()) {
            result = Error::workspace(Tr::tr("%1 was written by a newer version of Tierwise (workspace version %2; "
                                             "this version reads up to %3). Update Tierwise to open it.")
                                          .arg(path).arg(version).arg(schemaVersion()));
        } else {
            result = static_cast<int>(version);
        }
    }
    st = Statement();
    sqlite3_close(db);
    return result;
}

Result<sqlite3 *> openReadWrite(const QString &path, int flags)
{
    sqlite3 *db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = Error::workspace(Tr::tr("Cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(rc))));
        sqlite3_close(db);
        return e;
    }
    if (Status s = configure(db); !s) {
        sqlite3_close(db);
        return s.error();
    }
    return db;
}

} // namespace

Workspace::Workspace(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Workspace::~Workspace()
{
    sqlite3_close_v2(m_db);
}

int Workspace::currentSchemaVersion()
{
    return store::schemaVersion();
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path)
{
    initializeSqlite();
    const QByteArray native = QFile::encodeName(path);
    // Owner-only from the first byte; the -wal and -shm files inherit these permissions.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            return Error::workspace(Tr::tr("%1 already exists.").arg(path));
        return Error::io(Tr::tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);

    Result<sqlite3 *> db = openReadWrite(path, 0);
    if (!db) {
        QFile::remove(path);
        return db.error();
    }
    std::unique_ptr<Workspace> ws(new Workspace(*db, path));
    if (Status s = migrate(*db, 0); !s) {
        ws.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return s.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::workspace(Tr::tr("%1 does not exist.").arg(path));
    Result<int> version = inspect(path);
    if (!version)
        return version.error();
    Result<sqlite3 *> db = openReadWrite(path, 0);
    if (!db)
        return db.error();
    std::unique_ptr<Workspace> ws(new Workspace(*db, path));
    if (*version < store::schemaVersion()) {
        if (Status s = migrate(*db, *version); !s)
            return s.error();
    }
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openOrCreate(const QString &path)
{
    return QFileInfo::exists(path) ? open(path) : create(path);
}

QString Workspace::path() const
{
    return m_path;
}

sqlite3 *Workspace::handle() const
{
    return m_db;
}

int Workspace::schemaVersion() const
{
    return static_cast<int>(queryInt(m_db, "PRAGMA user_version"));
}

void Workspace::interrupt()
{
    sqlite3_interrupt(m_db);
}

Result<WorkspaceSummary> Workspace::summary() const
{
    WorkspaceSummary s;
    // Facts are only ever inserted by imports, so their counts come from the import log instead
    // of scanning tens of millions of rows.
    Statement st(m_db, R"SQL(
        SELECT (SELECT count(*) FROM branches), (SELECT count(*) FROM products),
               (SELECT count(*) FROM customers), (SELECT count(*) FROM accounts),
               (SELECT ifnull(sum(rows_inserted), 0) FROM imports
                 WHERE kind = 'balances' AND status IN ('committed', 'partial')),
               (SELECT ifnull(sum(rows_inserted), 0) FROM imports
                 WHERE kind = 'transactions' AND status IN ('committed', 'partial')),
               (SELECT count(*) FROM holdings),
               (SELECT count(*) FROM imports WHERE status IN ('committed', 'partial')),
               (SELECT count(*) FROM rejections),
               (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'data_version'),
               (SELECT value FROM meta WHERE key = 'first_transaction'),
               (SELECT value FROM meta WHERE key = 'last_transaction'),
               (SELECT max(month) FROM balances))SQL");
    if (!st.ok())
        return st.error();
    if (!st.step())
        return st.error();
    s.branches = st.int64(0);
    s.products = st.int64(1);
    s.customers = st.int64(2);
    s.accounts = st.int64(3);
    s.balances = st.int64(4);
    s.transactions = st.int64(5);
    s.holdings = st.int64(6);
    s.imports = st.int64(7);
    s.rejections = st.int64(8);
    s.dataVersion = st.int64(9);
    s.firstTransaction = st.text(10);
    s.lastTransaction = st.text(11);
    s.lastBalanceMonth = st.text(12);
    // As of: the later of the last transaction and the end of the last balance month.
    QString balanceEnd;
    if (!s.lastBalanceMonth.isEmpty()) {
        Statement end(m_db, "SELECT date(?1 || '-01', '+1 month', '-1 day')");
        end.bind(1, s.lastBalanceMonth);
        if (end.step())
            balanceEnd = end.text(0);
    }
    s.asOf = std::max(balanceEnd, s.lastTransaction);
    return s;
}

} // namespace tierwise::store
