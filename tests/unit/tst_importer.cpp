// The importer: kinds from headers, upserts, deduplication, all-or-nothing, rejections that name
// the spot, mappings, Chinese encodings.

#include "ingest/filekinds.h"
#include "ingest/importer.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;
using namespace tierwise::ingest;

namespace {

const QByteArray kCustomers = "customer_id,name,gender,birth_date,branch_id,open_date,risk_level\n"
                              "C001,张伟,M,1980-05-01,B01,2015-03-02,3\n"
                              "C002,李娜,F,1992/7/15,B01,2019-11-30,C2\n"
                              "C003,王芳,女,19700101,B02,2010年1月5日,R5\n";

const QByteArray kTransactions = "customer_id,date,amount,channel,type\n"
                                 "C001,2024-01-05,\"1,200.00\",mobile,deposit\n"
                                 "C001,2024-01-05,\"1,200.00\",mobile,deposit\n"
                                 "C002,2024-02-10,(300.50),柜面,withdrawal\n"
                                 "C003,2024-03-01,￥88,online,purchase\n";

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;

    Fixture()
    {
        auto w = store::Workspace::create(dir.filePath(QStringLiteral("w.tierwise")));
        if (!w)
            qFatal("%s", qPrintable(w.error().toString()));
        ws = std::move(*w);
    }
    QString file(const QString &name, const QByteArray &bytes) { return test::writeFile(dir, name, bytes); }
    Result<ImportReport> import(const QStringList &files, ImportOptions options = {})
    {
        jobs::NullProgress progress;
        if (options.reportPath.isEmpty())
            options.reportPath = dir.filePath(QStringLiteral("report.csv"));
        if (!options.asOf)
            options.asOf = dayFromCivil(2026, 11, 1);
        return Importer(*ws).run(files, options, progress);
    }
    qint64 count(const char *sql) const { return store::queryInt(ws->handle(), sql); }
    QString text(const char *sql) const { return store::queryText(ws->handle(), sql); }
};

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void recognisesKinds_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("kind");
        QTest::newRow("customers en") << "customer_id,name,gender,birth_date" << "customers";
        QTest::newRow("customers zh_CN") << "客户号,姓名,性别,出生日期,所属网点,客户经理,开户日期" << "customers";
        QTest::newRow("customers zh_TW") << "客戶號,姓名,性別,出生日期,所屬網點,客戶經理,開戶日期" << "customers";
        QTest::newRow("transactions zh_CN") << "客户号,交易日期,交易金额,渠道,交易类型" << "transactions";
        QTest::newRow("transactions zh_TW") << "客戶號,交易日期,交易金額,渠道,交易類型" << "transactions";
        QTest::newRow("transactions by account") << "account_id,date,amount" << "transactions";
        QTest::newRow("accounts") << "account_id,customer_id,product_code,open_date,close_date" << "accounts";
        QTest::newRow("balances zh") << "客户号,月份,活期,定期,理财,基金,保险,贷款余额" << "balances";
        QTest::newRow("holdings") << "customer_id,product_code,account_id,open_date,maturity_date,balance" << "holdings";
        QTest::newRow("products") << "product_code,product_name,product_type,risk_level,margin_bps" << "products";
        QTest::newRow("branches") << "branch_id,branch_name,city,region,branch_type" << "branches";
        QTest::newRow("units in brackets") << "客户号,月份,存款余额(元),理财（元）" << "balances";
        QTest::newRow("nothing known") << "foo,bar,baz" << "unknown";
        QTest::newRow("transactions without a known amount") << "customer_id,txn_date,amount_cny" << "unknown";
        QTest::newRow("a date is no customer column") << "customer_id,date,channel" << "unknown";
        QTest::newRow("customers with a deposit column") << "客户号,姓名,存款余额" << "customers";
    }

    void recognisesKinds()
    {
        QFETCH(QString, header);
        QFETCH(QString, kind);
        std::vector<std::optional<Field>> fields;
        for (const QString &h : header.split(u','))
            fields.push_back(fieldForHeader(h));
        QCOMPARE(fileKindName(recognizeKind(fields)), kind);
    }

    void importsCustomersAndTransactions()
    {
        Fixture f;
        auto r = f.import({f.file(QStringLiteral("t.csv"), kTransactions), f.file(QStringLiteral("c.csv"), kCustomers)});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->committed);
        QCOMPARE(r->rejectedTotal, 0);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 3);
        // Two identical rows are two transactions.
        QCOMPARE(f.count("SELECT count(*) FROM transactions"), 4);
        QCOMPARE(f.count("SELECT sum(amount_cents) FROM transactions"), 120000 + 120000 - 30050 + 8800);
        QCOMPARE(f.text("SELECT birth_date FROM customers WHERE customer_id = 'C002'"), QStringLiteral("1992-07-15"));
        QCOMPARE(f.text("SELECT open_date FROM customers WHERE customer_id = 'C003'"), QStringLiteral("2010-01-05"));
        QCOMPARE(f.text("SELECT gender FROM customers WHERE customer_id = 'C003'"), QStringLiteral("F"));
        QCOMPARE(f.count("SELECT risk_level FROM customers WHERE customer_id = 'C002'"), 2);
        QCOMPARE(f.text("SELECT channel FROM transactions WHERE amount_cents < 0"), QStringLiteral("counter"));
        auto s = f.ws->summary();
        QVERIFY(s.ok());
        QCOMPARE(s->transactions, 4);
        QCOMPARE(s->lastTransaction, QStringLiteral("2024-03-01"));
        QCOMPARE(s->dataVersion, 1);
    }

    void reimportAddsNothing()
    {
        Fixture f;
        const QString c = f.file(QStringLiteral("c.csv"), kCustomers);
        const QString t = f.file(QStringLiteral("t.csv"), kTransactions);
        QVERIFY(f.import({c, t})->committed);
        auto again = f.import({c});
        QVERIFY(again.ok());
        QVERIFY(again->committed);
        QCOMPARE(again->files[0].inserted, 0);
        QCOMPARE(again->files[0].updated, 0);
        QCOMPARE(again->files[0].duplicates, 3);
        auto refused = f.import({t});
        QVERIFY(refused.ok());
        QVERIFY(!refused->committed);
        QVERIFY(refused->rejections[0].reason.contains(QStringLiteral("already imported")));
        QCOMPARE(f.count("SELECT count(*) FROM transactions"), 4);
    }

    void overlappingFilesDoNotDuplicate()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        const QByteArray head = "customer_id,date,amount\n";
        const QByteArray jan = head + "C001,2024-01-01,10\nC001,2024-01-01,10\nC002,2024-01-02,20\n";
        // February's file repeats January's rows, and has the duplicated row three times.
        const QByteArray janFeb = head + "C001,2024-01-01,10\nC001,2024-01-01,10\nC001,2024-01-01,10\n"
                                         "C002,2024-01-02,20\nC003,2024-02-01,30\n";
        auto a = f.import({f.file(QStringLiteral("jan.csv"), jan)});
        QVERIFY(a->committed);
        auto b = f.import({f.file(QStringLiteral("janfeb.csv"), janFeb)});
        QVERIFY(b->committed);
        QCOMPARE(b->files[0].duplicates, 3);
        QCOMPARE(b->files[0].inserted, 2);
        QCOMPARE(f.count("SELECT count(*) FROM transactions"), 5);
    }

    void updatesChangedMasterData()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        auto r = f.import({f.file(QStringLiteral("c2.csv"), "customer_id,branch_id\nC001,B09\nC004,B01\n")});
        QVERIFY(r->committed);
        QCOMPARE(r->files[0].inserted, 1);
        QCOMPARE(r->files[0].updated, 1);
        QCOMPARE(f.text("SELECT branch_id FROM customers WHERE customer_id = 'C001'"), QStringLiteral("B09"));
        // Columns the file does not have are kept.
        QCOMPARE(f.text("SELECT name FROM customers WHERE customer_id = 'C001'"), QStringLiteral("张伟"));
    }

    void rejectsAllOrNothing()
    {
        Fixture f;
        const QByteArray bad = "customer_id,name,birth_date\nC001,a,1980-01-01\nC002,b,2024-02-30\nC003,c,1990-01-01\n";
        const QString path = f.file(QStringLiteral("bad.csv"), bad);
        auto r = f.import({path});
        QVERIFY(r.ok());
        QVERIFY(!r->committed);
        QCOMPARE(r->rejectedTotal, 1);
        const Rejection &x = r->rejections[0];
        QCOMPARE(x.file, path);
        QCOMPARE(x.line, 3);
        QCOMPARE(x.column, 3);
        QCOMPARE(x.columnName, QStringLiteral("birth_date"));
        QCOMPARE(x.value, QStringLiteral("2024-02-30"));
        QVERIFY2(x.reason.contains(QStringLiteral("29")), qPrintable(x.reason));
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 0);
        // The attempt is on record, with its rejection.
        QCOMPARE(f.count("SELECT count(*) FROM imports WHERE status = 'rejected'"), 1);
        QCOMPARE(f.count("SELECT line FROM rejections"), 3);
        QVERIFY(test::readFile(r->reportPath).contains("2024-02-30"));
        auto s = f.ws->summary();
        QCOMPARE(s->dataVersion, 0);
    }

    void acceptPartialKeepsValidRows()
    {
        Fixture f;
        const QByteArray bad = "customer_id,name,birth_date\nC001,a,1980-01-01\nC002,b,2024-02-30\nC001,dup,1990-01-01\n";
        ImportOptions o;
        o.acceptPartial = true;
        auto r = f.import({f.file(QStringLiteral("bad.csv"), bad)}, o);
        QVERIFY(r->committed);
        QCOMPARE(r->rejectedTotal, 2);
        QVERIFY2(r->rejections[1].reason.contains(QStringLiteral("Duplicate")), qPrintable(r->rejections[1].reason));
        QCOMPARE(r->rejections[1].line, 4);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 1);
        QCOMPARE(f.text("SELECT name FROM customers"), QStringLiteral("a"));
        QCOMPARE(f.count("SELECT count(*) FROM imports WHERE status = 'partial'"), 1);
    }

    void dryRunReportsLikeARealRunAndChangesNothing_data()
    {
        QTest::addColumn<bool>("acceptPartial");
        QTest::newRow("all or nothing") << false;
        QTest::newRow("accept partial") << true;
    }

    void dryRunReportsLikeARealRunAndChangesNothing()
    {
        QFETCH(bool, acceptPartial);
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        const QString customers = f.file(QStringLiteral("more.csv"), "customer_id,name,birth_date\nC009,a,1980-01-01\n"
                                                                      "C010,b,2024-02-30\nC001,renamed,1990-01-01\n");
        const QString transactions = f.file(QStringLiteral("t.csv"), "customer_id,date,amount\nC001,2024-01-01,5\n"
                                                                     "C999,2024-01-01,5\nC001,2024-01-02,abc\n");
        const qint64 importsBefore = f.count("SELECT count(*) FROM imports");
        const qint64 rejectionsBefore = f.count("SELECT count(*) FROM rejections");
        const test::DataSnapshot before = test::dataSnapshot(f.ws->path());
        QVERIFY(!before.isEmpty());

        ImportOptions o;
        o.acceptPartial = acceptPartial;
        o.dryRun = true;
        o.reportPath = f.dir.filePath(QStringLiteral("dry.csv"));
        auto dry = f.import({customers, transactions}, o);
        QVERIFY(dry.ok());
        QVERIFY(dry->dryRun);
        QVERIFY(!dry->committed);
        QVERIFY(dry->reportPath.isEmpty());
        QVERIFY(!QFileInfo::exists(o.reportPath));
        // Nothing changed: data, bookkeeping, data version.
        QCOMPARE(test::describe(test::dataSnapshot(f.ws->path())), test::describe(before));
        QCOMPARE(f.count("SELECT count(*) FROM imports"), importsBefore);
        QCOMPARE(f.count("SELECT count(*) FROM rejections"), rejectionsBefore);

        o.dryRun = false;
        o.reportPath.clear();
        auto real = f.import({customers, transactions}, o);
        QVERIFY(real.ok());
        QVERIFY(!real->dryRun);
        QCOMPARE(real->committed, acceptPartial);
        QCOMPARE(dry->rejectedTotal, 3);
        QCOMPARE(dry->rejectedTotal, real->rejectedTotal);
        QCOMPARE(dry->rejections.size(), real->rejections.size());
        for (int i = 0; i < dry->rejections.size(); ++i) {
            const Rejection &a = dry->rejections[i], &b = real->rejections[i];
            QCOMPARE(a.file, b.file);
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.column, b.column);
            QCOMPARE(a.value, b.value);
            QCOMPARE(a.reason, b.reason);
        }
        QCOMPARE(dry->files.size(), real->files.size());
        for (int i = 0; i < dry->files.size(); ++i) {
            QCOMPARE(dry->files[i].kind, real->files[i].kind);
            QCOMPARE(dry->files[i].rowsRead, real->files[i].rowsRead);
            QCOMPARE(dry->files[i].rejected, real->files[i].rejected);
        }
        QCOMPARE(test::dataSnapshot(f.ws->path()) != before, acceptPartial);
    }

    void rejectsUnknownCustomersAndFutureDates()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        auto r = f.import({f.file(QStringLiteral("t.csv"), "customer_id,date,amount\nC001,2024-01-01,5\nC999,2024-01-01,5\n"
                                                           "C001,2030-01-01,5\nC001,2024-01-02,abc\n")});
        QVERIFY(!r->committed);
        QCOMPARE(r->rejectedTotal, 3);
        QCOMPARE(r->rejections[0].line, 3);
        QVERIFY(r->rejections[0].reason.contains(QStringLiteral("Unknown customer")));
        QCOMPARE(r->rejections[1].line, 4);
        QVERIFY(r->rejections[1].reason.contains(QStringLiteral("after the as-of date")));
        QCOMPARE(r->rejections[2].column, 3);
        QCOMPARE(f.count("SELECT count(*) FROM transactions"), 0);
    }

    void mappingWithDateFormatAndValueMap()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        const QString mapping = f.file(QStringLiteral("m.json"), R"({
            "kind": "transactions",
            "columns": {
                "client": "customer_id",
                "date": { "field": "txn_date", "format": "YYMMDD" },
                "type": { "field": "direction", "values": { "PRIJEM": "credit", "VYDAJ": "debit" } },
                "k_symbol": null
            } })");
        ImportOptions o;
        o.mappingFile = mapping;
        auto r = f.import({f.file(QStringLiteral("trans.csv"), "client;date;type;amount;k_symbol\n"
                                                               "C001;930105;PRIJEM;700.0;\n"
                                                               "C001;930107;VYDAJ;200.0;SIPO\n")},
                          o);
        QVERIFY2(r->committed, r->rejections.isEmpty() ? "" : qPrintable(r->rejections[0].reason));
        QCOMPARE(f.count("SELECT sum(amount_cents) FROM transactions"), 50000);
        QCOMPARE(f.text("SELECT min(txn_date) FROM transactions"), QStringLiteral("1993-01-05"));
    }

    void badMappingNamesTheKey()
    {
        // A broken mapping refuses the import, and the refusal is on record like any rejection.
        Fixture f;
        ImportOptions o;
        o.mappingFile = f.file(QStringLiteral("m.json"), R"({ "columns": { "x": "no_such_field" } })");
        auto r = f.import({f.file(QStringLiteral("c.csv"), kCustomers)}, o);
        QVERIFY(r.ok());
        QVERIFY(!r->committed);
        QCOMPARE(r->rejections[0].file, o.mappingFile);
        QVERIFY(r->rejections[0].reason.contains(QStringLiteral("no_such_field")));
        o.mappingFile = f.file(QStringLiteral("m2.json"), "{ \"columns\": {\n  \"x\": }");
        r = f.import({f.file(QStringLiteral("c.csv"), kCustomers)}, o);
        QVERIFY(!r->committed);
        QCOMPARE(r->rejections[0].line, 2);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM rejections"), 2);
    }

    void transactionsKeyedByAccount()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers),
                          f.file(QStringLiteral("a.csv"), "account_id,customer_id\n6222001,C001\n6222002,C002\n")})
                    ->committed);
        auto r = f.import({f.file(QStringLiteral("t.csv"), "账号,交易日期,交易金额\n6222001,2024-01-01,10\n6222002,2024-01-01,20\n")});
        QVERIFY(r->committed);
        QCOMPARE(f.text("SELECT customer_id FROM transactions WHERE amount_cents = 2000"), QStringLiteral("C002"));
        auto wrong = f.import({f.file(QStringLiteral("t2.csv"), "account_id,customer_id,date,amount\n6222001,C002,2024-01-03,1\n")});
        QVERIFY(!wrong->committed);
        QVERIFY(wrong->rejections[0].reason.contains(QStringLiteral("belongs to customer C001")));
    }

    void balancesComputeAum()
    {
        Fixture f;
        QVERIFY(f.import({f.file(QStringLiteral("c.csv"), kCustomers)})->committed);
        auto r = f.import({f.file(QStringLiteral("b.csv"), "客户号,月份,活期,定期,理财,贷款余额\n"
                                                           "C001,2024-03,\"1,000.00\",\"2,000.00\",500,\"100,000\"\n"
                                                           "C002,2024/4,1,2,3,4\n")});
        QVERIFY(r->committed);
        QCOMPARE(f.count("SELECT aum_cents FROM balances WHERE customer_id = 'C001'"), 350000);
        QCOMPARE(f.text("SELECT month FROM balances WHERE customer_id = 'C002'"), QStringLiteral("2024-04"));
        // A later file with wealth only keeps the deposits and recomputes AUM.
        auto w = f.import({f.file(QStringLiteral("b2.csv"), "customer_id,month,wealth\nC001,2024-03,0\n")});
        QVERIFY(w->committed);
        QCOMPARE(f.count("SELECT aum_cents FROM balances WHERE customer_id = 'C001'"), 300000);
    }

    void chineseEncodingsWithoutMapping_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QByteArray>("utf8");
        QTest::newRow("gb18030") << "GB18030"
                                 << QByteArray("客户号,姓名,性别,出生日期,所属网点,客户经理,开户日期\n"
                                               "100001,张伟,男,1980-05-01,北京朝阳支行,RM01,2015-03-02\n");
        QTest::newRow("big5") << "BIG5"
                              << QByteArray("客戶號,姓名,性別,出生日期,所屬網點,客戶經理,開戶日期\n"
                                            "100001,陳大文,男,1980-05-01,台北信義分行,RM01,2015-03-02\n");
    }

    void chineseEncodingsWithoutMapping()
    {
        QFETCH(QString, encoding);
        QFETCH(QByteArray, utf8);
        QProcess iconv;
        iconv.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"), QStringLiteral("-t"), encoding});
        iconv.write(utf8);
        iconv.closeWriteChannel();
        QVERIFY(iconv.waitForFinished());
        const QByteArray encoded = iconv.readAllStandardOutput();
        QVERIFY(!encoded.isEmpty());
        QVERIFY(encoded != utf8);
        Fixture f;
        auto r = f.import({f.file(QStringLiteral("c.csv"), encoded)});
        QVERIFY2(r.ok() && r->committed, r.ok() && !r->rejections.isEmpty() ? qPrintable(r->rejections[0].reason) : "");
        QCOMPARE(encodingName(r->files[0].encoding.encoding), encoding.toLower());
        const QString name = QString::fromUtf8(utf8.split('\n').at(1).split(',').at(1));
        QCOMPARE(f.text("SELECT name FROM customers"), name);
    }

    void cancelLeavesNothing()
    {
        Fixture f;
        class Cancel : public jobs::Progress
        {
        public:
            bool report(qint64, qint64, const QString &) override { return false; }
        } cancel;
        ImportOptions o;
        o.asOf = dayFromCivil(2026, 1, 1);
        auto r = Importer(*f.ws).run({f.file(QStringLiteral("c.csv"), kCustomers)}, o, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM imports"), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
