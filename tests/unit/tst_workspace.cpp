// The workspace file: creation, migrations, refusal of foreign/corrupt/newer files (untouched),
// permissions, and the RAII transaction.

#include "store/schema.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierwise;
using namespace tierwise::store;

namespace {

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256);
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void createsTheWholeSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierwise"));
        auto ws = Workspace::create(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
        QCOMPARE(queryInt((*ws)->handle(), "PRAGMA application_id"), qint64(kApplicationId));
        QCOMPARE(queryText((*ws)->handle(), "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(queryInt((*ws)->handle(), "PRAGMA foreign_keys"), qint64(1));
        for (const char *table : {"customers", "accounts", "branches", "products", "balances", "transactions", "holdings",
                                  "runs", "assignments", "clv_scores", "alerts", "strategies", "campaigns",
                                  "campaign_members", "campaign_results", "imports", "rejections", "audit", "meta"}) {
            const QByteArray sql = QByteArray("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") + table + "'";
            QVERIFY2(queryInt((*ws)->handle(), sql.constData()) == 1, table);
        }
    }

    void fileIsOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierwise"));
        auto ws = Workspace::create(path);
        QVERIFY(ws.ok());
        const QFile::Permissions p = QFileInfo(path).permissions();
        QVERIFY(p & QFile::ReadOwner);
        QVERIFY(p & QFile::WriteOwner);
        QVERIFY(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("x.tierwise"), "precious");
        auto ws = Workspace::create(path);
        QVERIFY(!ws.ok());
        QCOMPARE(test::readFile(path), QByteArray("precious"));
    }

    void reopensAndSurvivesTheRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierwise"));
        {
            auto ws = Workspace::create(path);
            QVERIFY(ws.ok());
            QVERIFY(exec((*ws)->handle(), "INSERT INTO customers (customer_id, name) VALUES ('007', '张三')").ok());
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(queryText((*ws)->handle(), "SELECT name FROM customers WHERE customer_id = '007'"), QStringLiteral("张三"));
        auto s = (*ws)->summary();
        QVERIFY(s.ok());
        QCOMPARE(s->customers, 1);
    }

    void refusesForeignFilesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("csv") << QByteArray("customer_id,name\n1,a\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("binary junk") << QByteArray(4096, '\xA5') << QStringLiteral("not an SQLite database");
        QByteArray corrupt("SQLite format 3");
        corrupt.append('\0');
        corrupt.append(QByteArray(8192 - corrupt.size(), '\x7F'));
        QTest::newRow("corrupt after the magic") << corrupt << QStringLiteral("damaged");
    }

    void refusesForeignFilesUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("x.tierwise"), content);
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(expected), qPrintable(ws.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAnotherSqliteDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QVERIFY(exec(db, "CREATE TABLE t (x); INSERT INTO t VALUES (1);").ok());
        sqlite3_close(db);
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QVERIFY2(ws.error().message.contains(QStringLiteral("not a Tierwise workspace")), qPrintable(ws.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierwise"));
        {
            auto ws = Workspace::create(path);
            QVERIFY(ws.ok());
            const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Workspace::currentSchemaVersion() + 1);
            QVERIFY(exec((*ws)->handle(), sql.constData()).ok());
        }
        const QByteArray before = fileHash(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws.ok());
        QCOMPARE(ws.error().kind, Error::Kind::Workspace);
        QVERIFY2(ws.error().message.contains(QStringLiteral("newer version")), qPrintable(ws.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void migratesAnOlderVersion()
    {
        // A file stopped at version 0 with our application id (as after a crash during creation)
        // is brought up to date on open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.tierwise"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray app = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
        QVERIFY(exec(db, app.constData()).ok());
        sqlite3_close(db);
        auto ws = Workspace::open(path);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE((*ws)->schemaVersion(), Workspace::currentSchemaVersion());
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("w.tierwise")));
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        {
            Transaction tx(db);
            QVERIFY(tx.status().ok());
            QVERIFY(exec(db, "INSERT INTO branches (branch_id) VALUES ('B1')").ok());
        }
        QCOMPARE(queryInt(db, "SELECT count(*) FROM branches"), qint64(0));
        {
            Transaction tx(db);
            QVERIFY(exec(db, "INSERT INTO branches (branch_id) VALUES ('B2')").ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(queryInt(db, "SELECT count(*) FROM branches"), qint64(1));
    }

    void foreignKeysAreEnforced()
    {
        QTemporaryDir dir;
        auto ws = Workspace::create(dir.filePath(QStringLiteral("w.tierwise")));
        QVERIFY(ws.ok());
        QVERIFY(!exec((*ws)->handle(), "INSERT INTO accounts (account_id, customer_id) VALUES ('A', 'nobody')").ok());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
