// tierwise-cli end to end: generate → import → info on a synthetic book, re-imports, Chinese
// encodings, --accept-partial, help and usage mistakes, files that are not workspaces, demo, and
// the rejection report.

#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace tierwise;

namespace {

const QString kAsOf = QStringLiteral("2026-11-01");
const QStringList kBookFiles{QStringLiteral("branches.csv"), QStringLiteral("products.csv"), QStringLiteral("customers.csv"),
                             QStringLiteral("accounts.csv"), QStringLiteral("balances.csv"), QStringLiteral("holdings.csv"),
                             QStringLiteral("transactions.csv")};
constexpr int kCustomers = 2000;

struct Db : test::SqliteDb
{
    using test::SqliteDb::SqliteDb;

    // Every row of a query, its values joined by '|'.
    QStringList rows(const char *sql) const
    {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        if (!db || sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, c)));
            out << values.join(u'|');
        }
        sqlite3_finalize(st);
        return out;
    }
    QString value(const char *sql) const { return rows(sql).value(0); }
};

// Data rows of a generated CSV file (the generator writes one record per line).
qint64 csvRows(const QString &path)
{
    const QByteArray bytes = test::readFile(path);
    return bytes.count('\n') - 1;
}

// The number after a label in `info` output: "Customers     2,000".
qint64 infoCount(const QString &info, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^%1\\s+([0-9,]+)").arg(label), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(info);
    if (!m.hasMatch())
        return -1;
    return m.captured(1).remove(u',').toLongLong();
}

QStringList bookFiles(const QString &dir, const QStringList &names = kBookFiles)
{
    QStringList files;
    for (const QString &n : names)
        files << QDir(dir).filePath(n);
    return files;
}

test::CliRun import(const QString &workspace, const QStringList &files, const QStringList &extra = {})
{
    return test::runCli(QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                    QStringLiteral("--as-of"), kAsOf}
                        + extra + files);
}

QString explain(const test::CliRun &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_book;      // generated UTF-8 book
    QString m_workspace; // the book imported

    QString generate(const QString &encoding)
    {
        const QString out = m_dir.filePath(QStringLiteral("book-") + encoding);
        const test::CliRun r = test::runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QString::number(kCustomers),
                                             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--encoding"), encoding,
                                             QStringLiteral("--out"), out});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(explain(r)));
        return r.exitCode == 0 ? out : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_book = generate(QStringLiteral("utf-8"));
        QVERIFY(!m_book.isEmpty());
        for (const QString &f : bookFiles(m_book))
            QVERIFY2(QFileInfo::exists(f), qPrintable(f));
        QCOMPARE(csvRows(QDir(m_book).filePath(QStringLiteral("customers.csv"))), qint64(kCustomers));
    }

    void importsGeneratedBook()
    {
        m_workspace = m_dir.filePath(QStringLiteral("w.tierwise"));
        const test::CliRun r = import(m_workspace, bookFiles(m_book));
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY2(r.out.contains(QStringLiteral("Imported into %1").arg(QFileInfo(m_workspace).absoluteFilePath())), qPrintable(r.out));

        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_workspace});
        QVERIFY2(info.exitCode == 0, qPrintable(explain(info)));
        const auto rows = [&](const char *name) { return csvRows(QDir(m_book).filePath(QString::fromLatin1(name))); };
        QCOMPARE(infoCount(info.out, QStringLiteral("Branches")), rows("branches.csv"));
        QCOMPARE(infoCount(info.out, QStringLiteral("Products")), rows("products.csv"));
        QCOMPARE(infoCount(info.out, QStringLiteral("Customers")), qint64(kCustomers));
        QCOMPARE(infoCount(info.out, QStringLiteral("Accounts")), rows("accounts.csv"));
        QCOMPARE(infoCount(info.out, QStringLiteral("Balances")), rows("balances.csv"));
        QCOMPARE(infoCount(info.out, QStringLiteral("Holdings")), rows("holdings.csv"));
        QCOMPARE(infoCount(info.out, QStringLiteral("Transactions")), rows("transactions.csv"));
        QVERIFY(rows("transactions.csv") > 1000);
        QCOMPARE(infoCount(info.out, QStringLiteral("Imports")), qint64(kBookFiles.size()));

        // The same counts in the tables themselves.
        const test::DataSnapshot s = test::dataSnapshot(m_workspace);
        QCOMPARE(s.value(QStringLiteral("customers")).rows, qint64(kCustomers));
        QCOMPARE(s.value(QStringLiteral("transactions")).rows, rows("transactions.csv"));
    }

    void reimportAddsNothing()
    {
        QVERIFY(QFileInfo::exists(m_workspace));
        const test::DataSnapshot before = test::dataSnapshot(m_workspace);
        QCOMPARE(before.size(), test::dataTables().size());

        // Everything again: the transactions file is refused (with the date it was imported), so
        // the whole import is refused.
        test::CliRun r = import(m_workspace, bookFiles(m_book));
        QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
        const QString transactions = QDir(m_book).filePath(QStringLiteral("transactions.csv"));
        QVERIFY2(r.err.contains(QStringLiteral("%1: This transactions file was already imported on %2")
                                    .arg(transactions, QDate::currentDate().toString(Qt::ISODate))),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        test::DataSnapshot after = test::dataSnapshot(m_workspace);
        QVERIFY2(after == before, qPrintable(QStringLiteral("before %1\nafter  %2").arg(test::describe(before), test::describe(after))));

        // Everything but the transactions: upserts that change nothing.
        QStringList others = kBookFiles;
        others.removeAll(QStringLiteral("transactions.csv"));
        r = import(m_workspace, bookFiles(m_book, others));
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        for (const QString &name : std::as_const(others)) {
            const QRegularExpression line(QStringLiteral("^%1: .*: ([0-9,]+) rows read, 0 inserted, 0 updated, ([0-9,]+) already present, 0 rejected$")
                                              .arg(QRegularExpression::escape(name)),
                                          QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = line.match(r.out);
            QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("%1 in\n%2").arg(name, r.out)));
            QCOMPARE(m.captured(1), m.captured(2));
        }
        after = test::dataSnapshot(m_workspace);
        QVERIFY2(after == before, qPrintable(QStringLiteral("before %1\nafter  %2").arg(test::describe(before), test::describe(after))));
    }

    void importsChineseEncodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("sameNames"); // Simplified names, as in the UTF-8 book
        QTest::newRow("GB18030, Simplified headers") << QStringLiteral("gb18030") << true;
        QTest::newRow("Big5, Traditional headers") << QStringLiteral("big5") << false;
    }

    void importsChineseEncodings()
    {
        QFETCH(QString, encoding);
        QFETCH(bool, sameNames);
        QVERIFY(QFileInfo::exists(m_workspace));
        const QString book = generate(encoding);
        QVERIFY(!book.isEmpty());
        const QString header = QString::fromUtf8(test::readFile(QDir(book).filePath(QStringLiteral("customers.csv"))).left(2));
        QVERIFY2(!header.startsWith(QLatin1String("cu")), "expected Chinese headers");

        const QString workspace = m_dir.filePath(QStringLiteral("w-%1.tierwise").arg(encoding));
        const test::CliRun r = import(workspace, bookFiles(book));
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY2(r.out.contains(QStringLiteral("customers.csv: customers, %1").arg(encoding)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("transactions.csv: transactions, ")), qPrintable(r.out));

        // The same book as the UTF-8 one: same counts, same customers.
        const test::DataSnapshot utf8 = test::dataSnapshot(m_workspace);
        const test::DataSnapshot chinese = test::dataSnapshot(workspace);
        for (auto it = utf8.cbegin(); it != utf8.cend(); ++it)
            QVERIFY2(chinese.value(it.key()).rows == it->rows, qPrintable(it.key()));
        const char *facts = "SELECT customer_id, gender, birth_date, branch_id, rm_id, open_date, risk_level FROM customers"
                            " ORDER BY customer_id";
        QCOMPARE(Db(workspace).rows(facts), Db(m_workspace).rows(facts));

        // Names stored correctly.
        const char *names = "SELECT customer_id, name FROM customers ORDER BY customer_id";
        const QStringList stored = Db(workspace).rows(names);
        const QStringList reference = Db(m_workspace).rows(names);
        QCOMPARE(stored.size(), qsizetype(kCustomers));
        const QString first = Db(m_workspace).value("SELECT name FROM customers WHERE customer_id = (SELECT min(customer_id) FROM customers)");
        QVERIFY(first.size() >= 2 && first.at(0).unicode() >= 0x4E00);
        if (sameNames) {
            QCOMPARE(stored, reference);
        } else {
            // Traditional characters: the names as the file itself decodes (ICU's Big5), as long
            // as the Simplified ones.
            QStringDecoder big5("Big5");
            if (!big5.isValid())
                QSKIP("this Qt has no Big5 decoder to compare with");
            const QString text = big5.decode(test::readFile(QDir(book).filePath(QStringLiteral("customers.csv"))));
            QVERIFY(!big5.hasError());
            QStringList decoded;
            const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
            for (qsizetype i = 1; i < lines.size(); ++i)
                decoded << lines[i].section(u',', 0, 1).replace(u',', u'|');
            decoded.sort();
            QCOMPARE(stored, decoded);
            int equal = 0;
            for (qsizetype i = 0; i < stored.size(); ++i) {
                QCOMPARE(stored[i].size(), reference[i].size());
                equal += stored[i] == reference[i];
            }
            QVERIFY2(equal < stored.size(), "no Traditional characters at all");
        }
    }

    void acceptPartialKeepsValidRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(QStringLiteral("w.tierwise"));
        test::CliRun r = import(workspace, {test::dataPath(QStringLiteral("good/fixture_customers.csv")),
                                            test::dataPath(QStringLiteral("good/fixture_accounts.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));

        // Row 3 has the amount "abc"; row 2 is fine.
        const QString bad = test::dataPath(QStringLiteral("bad/txn_amount_non_numeric.csv"));
        r = import(workspace, {bad}, {QStringLiteral("--accept-partial")});
        // The valid rows are committed, but input was rejected: exit code 2.
        QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
        QVERIFY2(r.out.contains(QStringLiteral("2 rows read, 1 inserted, 0 updated, 0 already present, 1 rejected")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Imported into")), qPrintable(r.out));
        QVERIFY2(r.err.contains(bad + QStringLiteral(":3:5: ")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
        const Db db(workspace);
        QCOMPARE(db.rows("SELECT txn_ref, customer_id, account_id, txn_date, amount_cents FROM transactions"),
                 QStringList{QStringLiteral("T001|C001|A001|2026-09-02|-27626")});
        QCOMPARE(db.value("SELECT status || ' ' || rows_inserted || ' ' || rows_rejected FROM imports"
                          " WHERE file_name = 'txn_amount_non_numeric.csv'"),
                 QStringLiteral("partial 1 1"));
        QCOMPARE(db.rows("SELECT line, column_no FROM rejections"), QStringList{QStringLiteral("3|5")});
    }

    void helpExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("tierwise-cli --help") << QStringList{QStringLiteral("--help")} << QStringLiteral("Commands:");
        QTest::newRow("generate --help") << QStringList{QStringLiteral("generate"), QStringLiteral("--help")} << QStringLiteral("--customers");
        QTest::newRow("import --help") << QStringList{QStringLiteral("import"), QStringLiteral("--help")} << QStringLiteral("--accept-partial");
        QTest::newRow("info --help") << QStringList{QStringLiteral("info"), QStringLiteral("--help")} << QStringLiteral("--workspace");
        QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")} << QStringLiteral("--out");
    }

    void helpExitsZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const test::CliRun r = test::runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
    }

    void usageMistakes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString customers = test::dataPath(QStringLiteral("good/fixture_customers.csv"));
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("import without --workspace") << QStringList{QStringLiteral("import"), customers}
                                                    << QStringLiteral("--workspace");
        QTest::newRow("info without --workspace") << QStringList{QStringLiteral("info")} << QStringLiteral("--workspace");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frob")}
                                        << QStringLiteral("frob");
        QTest::newRow("import without files") << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                                             QStringLiteral("never-created.tierwise")}
                                              << QStringLiteral("Name the files");
        QTest::newRow("unknown encoding") << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                                         QStringLiteral("never-created.tierwise"), QStringLiteral("--encoding"),
                                                         QStringLiteral("latin-9"), customers}
                                          << QStringLiteral("unknown encoding 'latin-9'");
        QTest::newRow("bad --as-of") << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"),
                                                    QStringLiteral("never-created.tierwise"), QStringLiteral("--as-of"),
                                                    QStringLiteral("2026-13-01"), customers}
                                     << QStringLiteral("--as-of");
    }

    void usageMistakes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const test::CliRun r = test::runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(QStringLiteral("never-created.tierwise")));
    }

    void refusesNonWorkspaceFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("CSV text") << QStringLiteral("text");
        QTest::newRow("empty file") << QStringLiteral("empty");
        QTest::newRow("another program's SQLite database") << QStringLiteral("sqlite");
        QTest::newRow("SQLite header, then junk") << QStringLiteral("damaged");
    }

    void refusesNonWorkspaceFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("precious.tierwise"));
        if (kind == QLatin1String("text")) {
            test::writeFile(dir, QStringLiteral("precious.tierwise"), "customer_id,name\nC001,Zhang\n");
        } else if (kind == QLatin1String("empty")) {
            test::writeFile(dir, QStringLiteral("precious.tierwise"), QByteArray());
        } else if (kind == QLatin1String("sqlite")) {
            Db db(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            QVERIFY(db.db);
            QCOMPARE(sqlite3_exec(db.db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
                                         "INSERT INTO notes (text) VALUES ('keep me');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
        } else {
            QByteArray junk("SQLite format 3");
            junk.append('\0');
            for (int i = 0; i < 4096; ++i)
                junk.append(static_cast<char>((i * 37) & 0xFF));
            test::writeFile(dir, QStringLiteral("precious.tierwise"), junk);
        }
        const QByteArray original = test::readFile(path);
        const QFileDevice::Permissions permissions = QFileInfo(path).permissions();

        const test::CliRun r = import(path, {test::dataPath(QStringLiteral("good/fixture_customers.csv"))});
        QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
        QVERIFY2(r.err.contains(QStringLiteral("Tierwise workspace")), qPrintable(r.err));
        QCOMPARE(test::readFile(path), original);
        QCOMPARE(QFileInfo(path).permissions(), permissions);
        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), path});
        QVERIFY2(info.exitCode == 2, qPrintable(explain(info)));
        QCOMPARE(test::readFile(path), original);
    }

    void demoPrintsWorkspacePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(QStringLiteral("demo"));
        const test::CliRun r = test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(explain(r)));
        const QString workspace = QDir(out).absoluteFilePath(QStringLiteral("demo.tierwise"));
        QVERIFY2(r.out.contains(workspace), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(workspace));
        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(info.exitCode == 0, qPrintable(explain(info)));
        QCOMPARE(infoCount(info.out, QStringLiteral("Customers")), qint64(10000));
        QVERIFY(infoCount(info.out, QStringLiteral("Transactions")) > 0);
    }

    void rejectionReportHasBomAndHeader_data()
    {
        QTest::addColumn<bool>("explicitPath");
        QTest::newRow("--report FILE") << true;
        QTest::newRow("next to the workspace") << false;
    }

    void rejectionReportHasBomAndHeader()
    {
        QFETCH(bool, explicitPath);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(QStringLiteral("w.tierwise"));
        const QString bad = test::dataPath(QStringLiteral("bad/gender_x9.csv"));
        QStringList extra;
        if (explicitPath)
            extra << QStringLiteral("--report") << dir.filePath(QStringLiteral("rejected.csv"));
        const test::CliRun r = import(workspace, {bad}, extra);
        QVERIFY2(r.exitCode == 2, qPrintable(explain(r)));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("The full list is in (.+)$"), QRegularExpression::MultilineOption).match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        const QString report = m.captured(1).trimmed();
        if (explicitPath)
            QCOMPARE(report, dir.filePath(QStringLiteral("rejected.csv")));
        else
            QCOMPARE(QFileInfo(report).absolutePath(), QFileInfo(workspace).absolutePath());

        const QByteArray bytes = test::readFile(report);
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), bytes.left(16).toHex().constData());
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.value(0), QByteArray("file,line,column,column_name,value,reason"));
        QCOMPARE(lines.value(1), (bad + QStringLiteral(",3,3,gender,X9,Gender must be M or F (男/女); map other codes in a mapping file.")).toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
