// Regressions: engine/CLI bugs found while writing the cli tests, each pinned by a test — a UTF-8
// file with a stray byte, transactions read as customers, mapping errors on record, reports that
// must not overwrite each other, another program's database left alone, the first missing
// column named, and a rollback journal left by a killed bulk import.

#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierwise;

namespace {

const QString kAsOf = QStringLiteral("2026-11-01");

QStringList query(const QString &path, const char *sql)
{
    QStringList out;
    sqlite3 *db = nullptr;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList v;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                v << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
            out << v.join(u'|');
        }
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QString fixture(const QTemporaryDir &dir)
{
    const QString w = dir.filePath(QStringLiteral("w.tierwise"));
    const test::CliRun r = test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), w, QStringLiteral("--as-of"), kAsOf,
                                         test::dataPath(QStringLiteral("good/fixture_customers.csv")),
                                         test::dataPath(QStringLiteral("good/fixture_accounts.csv"))});
    return r.exitCode == 0 ? w : QString();
}

test::CliRun import(const QString &w, const QStringList &more)
{
    return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), w, QStringLiteral("--as-of"), kAsOf} + more);
}

} // namespace

class TestCliRegressions : public QObject
{
    Q_OBJECT

private slots:
    // Bug 1: a UTF-8 file with one stray non-UTF-8 byte is detected as GB18030 (99% sure) and
    // imported as mojibake with exit code 0.
    void utf8FileWithOneLatin1ByteIsNotMojibake()
    {
        QTemporaryDir dir;
        QByteArray csv("customer_id,name,gender,birth_date,branch_id,open_date,risk_level\n");
        const char *names[] = {"赵敏", "钱进", "孙丽", "周杰", "吴刚", "郑爽", "王芳", "冯巩", "陈晨", "褚英"};
        int id = 10;
        for (const char *n : names)
            csv += "C0" + QByteArray::number(id++) + ',' + n + ",F,1985-03-12,BR01,2016-04-01,2\n";
        csv += "C020,Ren\xE9" "e Li,F,1985-03-12,BR01,2016-04-01,2\n"; // Latin-1 é, line 12
        const QString file = test::writeFile(dir, QStringLiteral("customers.csv"), csv);
        const QString w = dir.filePath(QStringLiteral("w.tierwise"));
        const test::CliRun r = import(w, {file});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(file + QStringLiteral(":12:2: invalid UTF-8")), qPrintable(r.err));
    }

    // Bug 1b: the same detection makes a stray 0xFF in a UTF-8 file an "invalid GB18030 byte
    // sequence … the file was read as gb18030".
    void invalidUtf8IsCalledInvalidUtf8()
    {
        QTemporaryDir dir;
        const QString w = fixture(dir);
        const QString file = test::dataPath(QStringLiteral("bad/invalid_utf8_middle.csv"));
        const test::CliRun r = import(w, {file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(file + QStringLiteral(":9:2: invalid UTF-8 byte sequence")), qPrintable(r.err));
    }

    // Bug 2: a transactions extract whose amount header is not recognised is imported as a
    // customers file (exit 0), and its unknown customer ids become empty customers.
    void transactionsWithoutAmountAreNotCustomers()
    {
        QTemporaryDir dir;
        const QString w = fixture(dir);
        const QString file = test::writeFile(dir, QStringLiteral("t.csv"),
                                             "customer_id,txn_date,amount_cny\nC001,2026-09-02,100\nC777,2026-09-03,5\n");
        const test::CliRun r = import(w, {file});
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QCOMPARE(query(w, "SELECT count(*) FROM customers WHERE customer_id = 'C777'"), QStringList{QStringLiteral("0")});
    }

    // Bug 3: problems in the mapping file are not recorded in `rejections` and no CSV report is
    // written (DESIGN §5: every rejection … kept in rejections and written as a CSV report).
    void mappingErrorsAreRecorded_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("malformed JSON") << QStringLiteral("mapping_malformed.json") << qint64(4) << 6;
        QTest::newRow("unknown field") << QStringLiteral("mapping_unknown_field.json") << qint64(0) << 0;
    }
    void mappingErrorsAreRecorded()
    {
        QFETCH(QString, mapping);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QTemporaryDir dir;
        const QString w = fixture(dir);
        const test::CliRun r = import(w, {QStringLiteral("--mapping"), test::dataPath(QStringLiteral("bad/") + mapping),
                                          test::dataPath(QStringLiteral("bad/txn_for_mapping.csv"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(query(w, "SELECT line || ':' || column_no FROM rejections"),
                 QStringList{QStringLiteral("%1:%2").arg(line).arg(column)});
        QVERIFY2(r.err.contains(QStringLiteral("The full list is in ")), qPrintable(r.err));
    }

    // Bug 4: the default report name has a one-second resolution; a second import within the
    // same second overwrites the first one's report.
    void reportsOfQuickImportsAreKept()
    {
        QTemporaryDir dir;
        const QString w = fixture(dir);
        const QRegularExpression re(QStringLiteral("The full list is in (.+)$"), QRegularExpression::MultilineOption);
        const test::CliRun a = import(w, {test::dataPath(QStringLiteral("bad/gender_x9.csv"))});
        const test::CliRun b = import(w, {test::dataPath(QStringLiteral("bad/risk_level_7.csv"))});
        const QString ra = re.match(a.err).captured(1).trimmed();
        const QString rb = re.match(b.err).captured(1).trimmed();
        QVERIFY(!ra.isEmpty() && !rb.isEmpty());
        QVERIFY2(ra != rb, qPrintable(ra));
        QVERIFY(QString::fromUtf8(test::readFile(ra)).contains(QStringLiteral("gender_x9.csv,3,3,")));
    }

    // Bug 5 (minor): refusing another program's WAL-mode SQLite database leaves -wal and -shm
    // files beside it.
    void foreignWalDatabaseGetsNoSidecars()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const test::CliRun r = import(path, {test::dataPath(QStringLiteral("good/fixture_customers.csv"))});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
    }

    // Questionable (6): a row with too few fields is reported at the last field it has (4,
    // birth_date) rather than at the first one missing (5, branch_id).
    void tooFewFieldsNamesTheFirstMissingColumn()
    {
        QTemporaryDir dir;
        const QString w = fixture(dir);
        const QString file = test::dataPath(QStringLiteral("bad/ragged_too_few_fields.csv"));
        const test::CliRun r = import(w, {file});
        QVERIFY2(r.err.contains(file + QStringLiteral(":3:5: ")), qPrintable(r.err));
    }

    // Bug 7 (serious): a workspace left with a hot rollback journal (an import of more than 64 MB
    // killed during its commit: the importer switches to journal_mode=TRUNCATE for those) does
    // not open: Workspace::open's read-only inspection cannot roll the journal back and reports
    // "damaged or not a Tierwise workspace (… attempt to write a readonly database (SQLite 8))".
    // Deterministic version: copy the files while a spilling TRUNCATE-journal transaction is open.
    void hotJournalAfterCrashOpens()
    {
        QTemporaryDir dir;
        const QString w = fixture(dir);
        QVERIFY(!w.isEmpty());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(w).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode = TRUNCATE; PRAGMA cache_size = 10; BEGIN IMMEDIATE;"
                                  "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                                  " INSERT INTO customers (customer_id, name) SELECT 'X' || i, hex(randomblob(40)) FROM n;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QVERIFY(QFileInfo(w + QStringLiteral("-journal")).size() > 0);
        const QString crashed = dir.filePath(QStringLiteral("crashed.tierwise"));
        QVERIFY(QFile::copy(w, crashed));
        QVERIFY(QFile::copy(w + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);

        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(crashed);
        QVERIFY2(ws.ok(), qPrintable(ws.ok() ? QString() : ws.error().toString()));
        QCOMPARE(store::queryText((*ws)->handle(), "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(store::queryInt((*ws)->handle(), "SELECT count(*) FROM customers"), 3);
    }

    // End to end: kill a > 64 MB import (40,000 customers: transactions +
    // balances ≈ 76 MB) at 80 … 99 % of its duration; every killed workspace must open.
    void killDuringBulkCommitLeavesOpenableWorkspace()
    {
        QTemporaryDir dir;
        const QString book = dir.filePath(QStringLiteral("book"));
        test::CliRun r = test::runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("40000"),
                                       QStringLiteral("--out"), book});
        QCOMPARE(r.exitCode, 0);
        const auto f = [&](const char *n) { return QDir(book).filePath(QString::fromLatin1(n)); };
        const QString base = dir.filePath(QStringLiteral("base.tierwise"));
        r = import(base, {f("branches.csv"), f("products.csv"), f("customers.csv"), f("accounts.csv"), f("holdings.csv")});
        QCOMPARE(r.exitCode, 0);
        const QStringList facts{f("transactions.csv"), f("balances.csv")};
        QVERIFY(QFileInfo(facts[0]).size() + QFileInfo(facts[1]).size() > (64 << 20));
        const QString w = dir.filePath(QStringLiteral("k.tierwise"));
        const auto run = [&](qint64 killAfterMs) {
            QFile::remove(w);
            QFile::remove(w + QStringLiteral("-journal"));
            QFile::remove(w + QStringLiteral("-wal"));
            QFile::remove(w + QStringLiteral("-shm"));
            QFile::copy(base, w);
            QProcess p;
            p.setProgram(test::cliPath());
            p.setArguments(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), w, QStringLiteral("--as-of"), kAsOf} + facts);
            p.setStandardOutputFile(QProcess::nullDevice());
            p.setStandardErrorFile(QProcess::nullDevice());
            QElapsedTimer t;
            t.start();
            p.start();
            if (killAfterMs < 0) {
                p.waitForFinished(120000);
                return t.elapsed();
            }
            p.waitForStarted();
            QThread::msleep(static_cast<unsigned long>(std::max<qint64>(0, killAfterMs - t.elapsed())));
            p.kill();
            p.waitForFinished();
            return t.elapsed();
        };
        const qint64 full = run(-1);
        QStringList broken;
        for (int pct = 80; pct < 100; pct += 2) {
            run(full * pct / 100);
            const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), w});
            if (info.exitCode != 0)
                broken << QStringLiteral("%1%: %2").arg(pct).arg(info.err.trimmed());
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliRegressions)
#include "tst_cli_regressions.moc"
