// tierwise-cli import over the bad-file corpus (tests/data/bad): every file is refused with exit
// code 2, the rejection names file, line and column on stderr, in the workspace's `rejections`
// table and in the CSV report, the data tables stay exactly as they were, and the workspace still
// opens.

#include "testutil.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

using namespace tierwise;

namespace {

const QString kAsOf = QStringLiteral("2026-11-01");
constexpr qint64 kBigFieldBytes = 10 * 1024 * 1024;

struct RecordedRejection
{
    QString fileName;
    qint64 line = 0;
    int column = 0;
    QString reason;
};

QVector<RecordedRejection> recordedRejections(const QString &workspace)
{
    QVector<RecordedRejection> out;
    const test::SqliteDb db(workspace);
    if (!db.db)
        return out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.db,
                           "SELECT i.file_name, r.line, r.column_no, r.reason FROM rejections r"
                           " JOIN imports i ON i.import_id = r.import_id ORDER BY r.rejection_id",
                           -1, &st, nullptr)
        != SQLITE_OK)
        return out;
    while (sqlite3_step(st) == SQLITE_ROW) {
        RecordedRejection r;
        r.fileName = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        r.line = sqlite3_column_int64(st, 1);
        r.column = sqlite3_column_int(st, 2);
        r.reason = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 3)));
        out.push_back(r);
    }
    sqlite3_finalize(st);
    return out;
}

bool copyWorkspace(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        QFile::remove(to + suffix);
        if (!QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

// "file:line:column: " as the CLI prints it (line and column left out when 0).
QString location(const QString &file, qint64 line, int column)
{
    QString s = file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        s += QLatin1Char(':') + QString::number(column);
    return s + QStringLiteral(": ");
}

QString reportPathFrom(const QString &stderrText)
{
    static const QRegularExpression re(QStringLiteral("The full list is in (.+)$"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(stderrText);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

class TestCliBadFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_fixture;  // a workspace holding the valid customers and accounts
    QString m_bigField; // generated: a customers file with a 10 MB name on line 3

    // "name" is a file of tests/data/bad, "good:name" one of tests/data/good, "@name" a generated one.
    QString resolve(const QString &name) const
    {
        if (name.startsWith(u'@'))
            return m_dir.filePath(name.mid(1));
        if (name.startsWith(QLatin1String("good:")))
            return test::dataPath(QStringLiteral("good/") + name.mid(5));
        return test::dataPath(QStringLiteral("bad/") + name);
    }

    // Copies the fixture into a fresh folder and imports `pre` into it.
    bool prepareWorkspace(const QTemporaryDir &dir, const QStringList &pre, QString &workspace)
    {
        workspace = dir.filePath(QStringLiteral("w.tierwise"));
        if (!copyWorkspace(m_fixture, workspace))
            return false;
        if (pre.isEmpty())
            return true;
        QStringList args{QStringLiteral("import"), QStringLiteral("--workspace"), workspace, QStringLiteral("--as-of"), kAsOf};
        for (const QString &p : pre)
            args << resolve(p);
        const test::CliRun r = test::runCli(args);
        if (r.exitCode != 0)
            qWarning("pre-import failed (%d): %s", r.exitCode, qPrintable(r.err));
        return r.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(test::cliPath()), qPrintable(test::cliPath()));
        m_fixture = m_dir.filePath(QStringLiteral("fixture.tierwise"));
        const test::CliRun r = test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), m_fixture,
                                             QStringLiteral("--as-of"), kAsOf,
                                             test::dataPath(QStringLiteral("good/fixture_customers.csv")),
                                             test::dataPath(QStringLiteral("good/fixture_accounts.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const test::DataSnapshot s = test::dataSnapshot(m_fixture);
        QCOMPARE(s.value(QStringLiteral("customers")).rows, 3);
        QCOMPARE(s.value(QStringLiteral("accounts")).rows, 3);

        // Too large to commit: a customers file whose second row has a 10 MB name.
        QFile big(m_dir.filePath(QStringLiteral("big_field.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("customer_id,name,gender,birth_date,branch_id,open_date,risk_level\n"
                  "C004,Zhao Min,F,1985-03-12,BR01,2016-04-01,2\n"
                  "C005,");
        const QByteArray chunk(1024 * 1024, 'x');
        for (qint64 written = 0; written < kBigFieldBytes; written += chunk.size())
            big.write(chunk);
        big.write(",M,1975-11-30,BR02,2012-08-15,4\n");
        big.close();
    }

    void rejectsBadFile_data()
    {
        QTest::addColumn<QStringList>("files");     // given to import, in this order
        QTest::addColumn<QStringList>("pre");       // imported into the fixture before the snapshot
        QTest::addColumn<QStringList>("extra");     // extra arguments ("bad:" prefix: a corpus path)
        QTest::addColumn<QString>("rejectedFile");  // the file the rejection names
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");        // a fragment of the reason

        const auto row = [](const char *name, const QString &file, qint64 line, int column, const QString &reason,
                            const QStringList &extra = {}, const QStringList &pre = {}, QStringList files = {}) {
            if (files.isEmpty())
                files << file;
            QTest::newRow(name) << files << pre << extra << file << line << column << reason;
        };
        const QStringList utf8{QStringLiteral("--encoding"), QStringLiteral("utf-8")};

        // The reader: structure, encodings, formats that are not delimited text.
        row("unterminated quote at end of file", QStringLiteral("unterminated_quote_at_eof.csv"), 3, 2,
            QStringLiteral("quoted field not closed"));
        row("ragged row: too few fields", QStringLiteral("ragged_too_few_fields.csv"), 3, 5,
            QStringLiteral("Expected 7 fields, found 4"));
        row("ragged row: too many fields", QStringLiteral("ragged_too_many_fields.csv"), 3, 8,
            QStringLiteral("Expected 7 fields, found 9"));
        row("invalid UTF-8 in the middle", QStringLiteral("invalid_utf8_middle.csv"), 9, 2,
            QStringLiteral("byte sequence"));
        row("GB18030 file forced as UTF-8", QStringLiteral("gb18030_forced_utf8.csv"), 2, 2,
            QStringLiteral("invalid UTF-8 byte sequence"), utf8);
        row("binary junk", QStringLiteral("binary_junk.csv"), 1, 2, QStringLiteral("byte sequence"));
        row("empty file", QStringLiteral("empty.csv"), 0, 0, QStringLiteral("file is empty"));
        row("byte-order mark only", QStringLiteral("bom_only.csv"), 0, 0, QStringLiteral("file is empty"));
        row("header only", QStringLiteral("header_only.csv"), 1, 0, QStringLiteral("header but no data rows"));
        row("NUL byte", QStringLiteral("nul_byte.csv"), 3, 2, QStringLiteral("NUL byte"));
        row("10 MB field", QStringLiteral("@big_field.csv"), 3, 2, QStringLiteral("field longer than"));
        row("stray quote inside an unquoted field", QStringLiteral("stray_quote_unquoted.csv"), 3, 2,
            QStringLiteral("stray quote"));
        row("text after a closing quote", QStringLiteral("text_after_closing_quote.csv"), 3, 2,
            QStringLiteral("after the closing quote"));
        row("UTF-16 with byte-order mark", QStringLiteral("utf16le_bom.csv"), 0, 0, QStringLiteral("UTF-16"));
        row("UTF-16 without byte-order mark", QStringLiteral("utf16be_no_bom.csv"), 1, 1, QStringLiteral("NUL byte"));
        row("xlsx renamed .csv", QStringLiteral("xlsx_renamed.csv"), 0, 0, QStringLiteral("Excel workbook (.xlsx)"));
        row("xls renamed .csv", QStringLiteral("xls_renamed.csv"), 0, 0, QStringLiteral("Excel 97-2003 workbook"));

        // Headers and mappings.
        row("unknown header kind", QStringLiteral("unknown_header_kind.csv"), 1, 0,
            QStringLiteral("Cannot tell what this file holds"));
        row("two columns mapped to the same field", QStringLiteral("two_columns_same_field.csv"), 1, 2,
            QStringLiteral("both hold the customer id"));
        row("missing required column (kind from a mapping)", QStringLiteral("txn_for_mapping.csv"), 1, 0,
            QStringLiteral("needs a column for amount"),
            {QStringLiteral("--mapping"), QStringLiteral("bad:mapping_missing_amount.json")});

        // Customers.
        row("duplicate customer ids", QStringLiteral("duplicate_customer_ids.csv"), 4, 1,
            QStringLiteral("Duplicate key: the customer id appears earlier"));
        row("customer id missing", QStringLiteral("customer_id_missing_value.csv"), 3, 1,
            QStringLiteral("customer id is missing"));
        row("date 2024-02-30", QStringLiteral("date_feb30.csv"), 3, 6, QStringLiteral("February 2024 has 29 days"));
        row("month 13", QStringLiteral("month_13.csv"), 3, 4, QStringLiteral("month 13"));
        row("birth date in the future", QStringLiteral("birth_date_future.csv"), 3, 4,
            QStringLiteral("birth date is after the as-of date 2026-11-01"));
        row("birth date before 1900", QStringLiteral("birth_date_before_1900.csv"), 3, 4,
            QStringLiteral("birth date is before 1900"));
        row("age 130", QStringLiteral("age_130.csv"), 3, 3, QStringLiteral("An age is 0 to 120"));
        row("risk level 7", QStringLiteral("risk_level_7.csv"), 3, 7, QStringLiteral("A risk level is 1 to 5"));
        row("gender X9", QStringLiteral("gender_x9.csv"), 3, 3, QStringLiteral("Gender must be M or F"));

        // Accounts, balances, holdings.
        row("close date before open date", QStringLiteral("accounts_close_before_open.csv"), 3, 5,
            QStringLiteral("close date is before the open date"));
        row("account of an unknown customer", QStringLiteral("accounts_unknown_customer.csv"), 3, 2,
            QStringLiteral("Unknown customer"));
        row("balances: non-numeric balance", QStringLiteral("balances_non_numeric.csv"), 3, 4,
            QStringLiteral("'n/a' is not an amount"));
        row("balances: customer and month twice", QStringLiteral("balances_duplicate_month.csv"), 4, 1,
            QStringLiteral("customer and month appear earlier"));
        row("balances: month after the as-of date", QStringLiteral("balances_month_after_as_of.csv"), 3, 2,
            QStringLiteral("month is after the as-of date"));
        row("holdings: maturity before open date", QStringLiteral("holdings_maturity_before_open.csv"), 3, 5,
            QStringLiteral("maturity date is before the open date"));
        row("holdings: unknown customer", QStringLiteral("holdings_unknown_customer.csv"), 3, 1,
            QStringLiteral("Unknown customer"));

        // Transactions.
        row("amount not a number", QStringLiteral("txn_amount_non_numeric.csv"), 3, 5, QStringLiteral("'abc' is not an amount"));
        row("amount with two decimal points", QStringLiteral("txn_amount_two_points.csv"), 3, 5,
            QStringLiteral("more than one decimal point"));
        row("misplaced thousands separator 1,23", QStringLiteral("txn_amount_misplaced_thousands.csv"), 3, 5,
            QStringLiteral("misplaced thousands separator"));
        row("amount too large", QStringLiteral("txn_amount_overflow.csv"), 3, 5, QStringLiteral("too large"));
        row("amount missing", QStringLiteral("txn_amount_missing.csv"), 3, 5, QStringLiteral("amount is missing"));
        row("transaction after the as-of date", QStringLiteral("txn_date_after_as_of.csv"), 3, 4,
            QStringLiteral("transaction date is after the as-of date 2026-11-01"));
        row("transaction of an unknown customer", QStringLiteral("txn_unknown_customer.csv"), 3, 2,
            QStringLiteral("Unknown customer"));
        row("transaction on an unknown account", QStringLiteral("txn_unknown_account.csv"), 3, 3,
            QStringLiteral("Unknown account"));
        row("account of another customer", QStringLiteral("txn_account_of_other_customer.csv"), 3, 2,
            QStringLiteral("Account A002 belongs to customer C002"));
        row("duplicate transaction id", QStringLiteral("txn_duplicate_id.csv"), 4, 1,
            QStringLiteral("Duplicate transaction id"));
        row("transactions file imported twice", QStringLiteral("txn_imported_twice.csv"), 0, 0,
            QStringLiteral("already imported on %today%"), {}, {QStringLiteral("txn_imported_twice.csv")});
        row("same transactions file twice in one import", QStringLiteral("txn_given_twice.csv"), 0, 0,
            QStringLiteral("given twice"), {}, {},
            {QStringLiteral("txn_given_twice.csv"), QStringLiteral("txn_given_twice.csv")});
        // All or nothing across files: the valid transactions are not kept either.
        row("valid file with a bad one", QStringLiteral("accounts_unknown_customer.csv"), 3, 2,
            QStringLiteral("Unknown customer"), {}, {},
            {QStringLiteral("good:fixture_transactions.csv"), QStringLiteral("accounts_unknown_customer.csv")});
    }

    void rejectsBadFile()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, pre);
        QFETCH(QStringList, extra);
        QFETCH(QString, rejectedFile);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        reason.replace(QLatin1String("%today%"), QDate::currentDate().toString(Qt::ISODate));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString workspace;
        QVERIFY(prepareWorkspace(dir, pre, workspace));
        const test::DataSnapshot before = test::dataSnapshot(workspace);
        QCOMPARE(before.size(), test::dataTables().size());
        const qsizetype rejectionsBefore = recordedRejections(workspace).size();

        QStringList args{QStringLiteral("import"), QStringLiteral("--workspace"), workspace, QStringLiteral("--as-of"), kAsOf};
        for (const QString &e : std::as_const(extra))
            args << (e.startsWith(QLatin1String("bad:")) ? resolve(e.mid(4)) : e);
        for (const QString &f : std::as_const(files)) {
            QVERIFY2(QFileInfo::exists(resolve(f)), qPrintable(resolve(f)));
            args << resolve(f);
        }
        const test::CliRun r = test::runCli(args);
        const QString context = QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.exitCode).arg(r.out, r.err);

        // Exit code and the message on stderr.
        QVERIFY2(r.exitCode == 2, qPrintable(context));
        const QString path = resolve(rejectedFile);
        const QString where = location(path, line, column);
        QVERIFY2(r.err.contains(where), qPrintable(QStringLiteral("'%1' not on stderr\n%2").arg(where, context)));
        const QString shown = r.err.mid(r.err.indexOf(where)).section(u'\n', 0, 0);
        QVERIFY2(shown.contains(reason), qPrintable(QStringLiteral("'%1' not in '%2'").arg(reason, shown)));

        // Nothing changed.
        const test::DataSnapshot after = test::dataSnapshot(workspace);
        QVERIFY2(after == before, qPrintable(QStringLiteral("data changed:\nbefore %1\nafter  %2").arg(test::describe(before), test::describe(after))));

        // Recorded in the workspace.
        const QVector<RecordedRejection> recorded = recordedRejections(workspace);
        QVERIFY2(recorded.size() > rejectionsBefore, "no rejection recorded in the workspace");
        const QString fileName = QFileInfo(path).fileName();
        const bool found = std::any_of(recorded.cbegin() + rejectionsBefore, recorded.cend(), [&](const RecordedRejection &x) {
            return x.fileName == fileName && x.line == line && x.column == column && x.reason.contains(reason);
        });
        if (!found) {
            QStringList list;
            for (auto it = recorded.cbegin() + rejectionsBefore; it != recorded.cend(); ++it)
                list << QStringLiteral("%1:%2:%3: %4").arg(it->fileName).arg(it->line).arg(it->column).arg(it->reason);
            QFAIL(qPrintable(QStringLiteral("%1:%2:%3 (%4) not in the rejections table:\n%5")
                                 .arg(fileName).arg(line).arg(column).arg(reason, list.join(u'\n'))));
        }

        // The CSV report.
        const QString report = reportPathFrom(r.err);
        QVERIFY2(!report.isEmpty(), qPrintable(context));
        const QString csv = QString::fromUtf8(test::readFile(report));
        QVERIFY2(!csv.isEmpty(), qPrintable(report));
        const QString csvRow = QStringLiteral("%1,%2,%3,").arg(path).arg(line).arg(column);
        QVERIFY2(csv.contains(csvRow), qPrintable(QStringLiteral("'%1' not in %2:\n%3").arg(csvRow, report, csv)));

        // The workspace still opens.
        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    }

    // A bad mapping file stops the import before any file is read: exit code 2, the mapping
    // file's problem on stderr, nothing changed.
    void rejectsBadMapping_data()
    {
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("reason");
        QTest::newRow("malformed JSON") << QStringLiteral("mapping_malformed.json") << QStringLiteral(":4:6: ")
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("unknown field") << QStringLiteral("mapping_unknown_field.json") << QStringLiteral(": ")
                                       << QStringLiteral("unknown field 'k_symbol'");
    }

    void rejectsBadMapping()
    {
        QFETCH(QString, mapping);
        QFETCH(QString, where);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString workspace;
        QVERIFY(prepareWorkspace(dir, {}, workspace));
        const test::DataSnapshot before = test::dataSnapshot(workspace);

        const QString path = resolve(mapping);
        const test::CliRun r = test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), workspace,
                                             QStringLiteral("--as-of"), kAsOf, QStringLiteral("--mapping"), path,
                                             resolve(QStringLiteral("txn_for_mapping.csv"))});
        QVERIFY2(r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.contains(path + where), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(test::dataSnapshot(workspace) == before);
        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBadFiles)
#include "tst_cli_badfiles.moc"
