// Mapping files: every feature read correctly, every mistake named with the offending key, and a
// headerless real-world extract (the CDNOW sample) imported through one.

#include "ingest/importer.h"
#include "ingest/mapping.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;
using namespace tierwise::ingest;

class TestMapping : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFeature()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("m.json"), R"({
            "kind": "transactions",
            "encoding": "GBK",
            "columns": {
                " 客户 ": "customer_id",
                "DATE": { "field": "txn_date", "format": "YYMMDD" },
                "TYPE": { "field": "direction", "values": { "PRIJEM": "credit", "VYDAJ": "debit" } },
                "K_SYMBOL": null,
                "BANK": "skip",
                "ACCOUNT": { "skip": true }
            } })");
        Result<Mapping> m = Mapping::load(path);
        QVERIFY2(m.ok(), m.ok() ? "" : qPrintable(m.error().toString()));
        QCOMPARE(m->kind, std::optional<FileKind>(FileKind::Transactions));
        QCOMPARE(m->encoding, std::optional<Encoding>(Encoding::Gb18030));
        QVERIFY(m->hasHeader);
        QCOMPARE(m->columns.size(), 6);
        QCOMPARE(m->columns.value(QStringLiteral("客户")).field, Field::CustomerId);
        QCOMPARE(m->columns.value(QStringLiteral("DATE")).field, Field::TxnDate);
        QCOMPARE(m->columns.value(QStringLiteral("DATE")).dateFormat, QStringLiteral("YYMMDD"));
        const ColumnRule type = m->columns.value(QStringLiteral("TYPE"));
        QCOMPARE(type.field, Field::Direction);
        QCOMPARE(type.values.at("VYDAJ"), std::string("debit"));
        for (const char *skipped : {"K_SYMBOL", "BANK", "ACCOUNT"})
            QCOMPARE(m->columns.value(QString::fromLatin1(skipped)).field, Field::Ignore);
    }

    void namesTheMistake_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<qint64>("line");
        QTest::newRow("not JSON") << QByteArray("{\n \"kind\": transactions }") << QStringLiteral("not valid JSON") << qint64(2);
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("JSON object") << qint64(0);
        QTest::newRow("unknown kind") << QByteArray(R"({"kind": "loans"})") << QStringLiteral("'loans'") << qint64(0);
        QTest::newRow("unknown encoding") << QByteArray(R"({"encoding": "ebcdic"})") << QStringLiteral("'ebcdic'") << qint64(0);
        QTest::newRow("header not a bool") << QByteArray(R"({"header": "no"})") << QStringLiteral("\"header\"") << qint64(0);
        QTest::newRow("columns not an object") << QByteArray(R"({"columns": []})") << QStringLiteral("\"columns\"") << qint64(0);
        QTest::newRow("unknown field") << QByteArray(R"({"columns": {"x": "salary"}})") << QStringLiteral("'salary'") << qint64(0);
        QTest::newRow("unknown column key") << QByteArray(R"({"columns": {"x": {"field": "amount", "fmt": "x"}}})")
                                            << QStringLiteral("'fmt'") << qint64(0);
        QTest::newRow("format on a non-date") << QByteArray(R"({"columns": {"x": {"field": "amount", "format": "YYMMDD"}}})")
                                              << QStringLiteral("only to date") << qint64(0);
        QTest::newRow("values not an object") << QByteArray(R"({"columns": {"x": {"field": "gender", "values": 1}}})")
                                              << QStringLiteral("\"values\"") << qint64(0);
        QTest::newRow("replacement not a string") << QByteArray(R"({"columns": {"x": {"field": "gender", "values": {"1": 2}}}})")
                                                  << QStringLiteral("'1'") << qint64(0);
        QTest::newRow("neither field nor skip") << QByteArray(R"({"columns": {"x": {"format": "YYYY"}}})")
                                                << QStringLiteral("\"field\"") << qint64(0);
        QTest::newRow("headerless by name") << QByteArray(R"({"header": false, "columns": {"date": "txn_date"}})")
                                            << QStringLiteral("by number") << qint64(0);
        QTest::newRow("unknown top-level key") << QByteArray(R"({"colums": {}})") << QStringLiteral("'colums'") << qint64(0);
    }

    void namesTheMistake()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, fragment);
        QFETCH(qint64, line);
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("m.json"), json);
        Result<Mapping> m = Mapping::load(path);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().kind, Error::Kind::BadInput);
        QCOMPARE(m.error().file, path);
        QCOMPARE(m.error().line, line);
        QVERIFY2(m.error().message.contains(fragment), qPrintable(m.error().message));
    }

    // CDNOW_sample.txt: whitespace-aligned, CRLF, no header: master id, sample id, YYYYMMDD,
    // number of CDs, dollars. 6,919 rows of 2,357 customers.
    void importsTheHeaderlessCdnowSample()
    {
        const QString sample = test::sharedDataPath(QStringLiteral("cdnow/CDNOW_sample.txt"));
        const QByteArray bytes = test::readFile(sample);
        QVERIFY2(!bytes.isEmpty(), qPrintable(sample));
        QSet<QByteArray> ids;
        qint64 totalCents = 0;
        for (const QByteArray &line : bytes.split('\n')) {
            const QList<QByteArray> f = line.simplified().split(' ');
            if (f.size() < 5)
                continue;
            ids.insert(f[0]);
            totalCents += qRound64(f[4].toDouble() * 100);
        }
        QCOMPARE(ids.size(), 2357);

        QTemporaryDir dir;
        QString why;
        const QString path = test::importCdnowSample(dir, &why);
        QVERIFY2(!path.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws.ok());
        QCOMPARE(store::queryInt((*ws)->handle(), "SELECT count(*) FROM transactions"), qint64(6919));
        QCOMPARE(store::queryInt((*ws)->handle(), "SELECT sum(rows_read) FROM imports WHERE kind = 'transactions'"),
                 qint64(6919)); // same-day repeat purchases are separate transactions
        sqlite3 *db = (*ws)->handle();
        QCOMPARE(store::queryInt(db, "SELECT count(DISTINCT customer_id) FROM transactions"), qint64(2357));
        QCOMPARE(store::queryInt(db, "SELECT sum(amount_cents) FROM transactions"), totalCents);
        QCOMPARE(store::queryText(db, "SELECT min(txn_date) FROM transactions"), QStringLiteral("1997-01-01"));
        QCOMPARE(store::queryText(db, "SELECT max(txn_date) FROM transactions"), QStringLiteral("1998-06-30"));
    }
};

QTEST_GUILESS_MAIN(TestMapping)
#include "tst_mapping.moc"
