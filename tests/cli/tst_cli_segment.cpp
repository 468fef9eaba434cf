// tierwise-cli segment: each method writes its CSV and keeps a new run; k-means repeats itself for
// a seed; bad rules are named.

#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;

class TestCliSegment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    qint64 count(const char *sql)
    {
        auto w = store::Workspace::open(m_ws);
        return w.ok() ? store::queryInt((*w)->handle(), sql) : -1;
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun segment(const QStringList &more)
    {
        return test::runCli(QStringList{QStringLiteral("segment"), QStringLiteral("--workspace"), m_ws} + more);
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 3000, 5, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void everyMethodWritesItsCsvAndARun_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("kind");
        QTest::newRow("tiers") << QStringList{QStringLiteral("--method"), QStringLiteral("tiers")}
                               << "customer_id,segment,watch,months_below,aum_1m" << "segment.tiers";
        QTest::newRow("rfm") << QStringList{QStringLiteral("--method"), QStringLiteral("rfm")}
                             << "customer_id,segment,r,f,m" << "segment.rfm";
        QTest::newRow("kmeans k=4") << QStringList{QStringLiteral("--method"), QStringLiteral("kmeans"), QStringLiteral("--k"),
                                                   QStringLiteral("4"), QStringLiteral("--restarts"), QStringLiteral("3")}
                                    << "customer_id,segment,cluster" << "segment.kmeans";
        QTest::newRow("composite") << QStringList{QStringLiteral("--method"), QStringLiteral("composite")}
                                   << "customer_id,segment,tier,credit_rating" << "segment.composite";
    }

    void everyMethodWritesItsCsvAndARun()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, header);
        QFETCH(QString, kind);
        const qint64 runsBefore = count("SELECT count(*) FROM runs");
        const QString csv = out(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_') + QStringLiteral(".csv"));
        const test::CliRun r = segment(args + QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(kind));
        const QList<QByteArray> lines = test::readFile(csv).split('\n');
        QCOMPARE(QString::fromUtf8(lines.first()), header);
        QCOMPARE(lines.size() - 2, 3000); // header and the final newline
        QCOMPARE(count("SELECT count(*) FROM runs"), runsBefore + 1);
        QCOMPARE(count("SELECT count(*) FROM assignments WHERE run_id = (SELECT max(run_id) FROM runs)"), qint64(3000));
        QCOMPARE(count("SELECT count(*) FROM runs WHERE run_id = (SELECT max(run_id) FROM runs) AND as_of = '2026-10-31'"),
                 qint64(1));
    }

    void kmeansRepeatsItselfForASeed()
    {
        const QStringList args{QStringLiteral("--method"), QStringLiteral("kmeans"), QStringLiteral("--k-range"),
                               QStringLiteral("2-4"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--restarts"),
                               QStringLiteral("2")};
        QCOMPARE(segment(args + QStringList{QStringLiteral("--out"), out(QStringLiteral("a.csv"))}).exitCode, 0);
        const test::CliRun b = segment(args + QStringList{QStringLiteral("--out"), out(QStringLiteral("b.csv"))});
        QCOMPARE(b.exitCode, 0);
        QVERIFY(b.out.contains(QStringLiteral("Suggested k")));
        QCOMPARE(test::readFile(out(QStringLiteral("a.csv"))), test::readFile(out(QStringLiteral("b.csv"))));
    }

    void anEarlierAsOf()
    {
        const test::CliRun r = segment({QStringLiteral("--method"), QStringLiteral("tiers"), QStringLiteral("--as-of"),
                                        QStringLiteral("2025-12-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("as of 2025-12-31")));
    }

    void tiersShowParetoAndMigration()
    {
        const test::CliRun r = segment({QStringLiteral("--method"), QStringLiteral("tiers"), QStringLiteral("--compare-as-of"),
                                        QStringLiteral("2025-10-31")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("the top 20 % of customers hold")));
        QVERIFY(r.out.contains(QStringLiteral("Tier migration from 2025-10-31 to 2026-10-31")));
        QVERIFY(r.out.contains(QStringLiteral("potential")));
    }

    void compositeTakesValueRiskCutOffs()
    {
        // Every customer with a rating of A or better counts as quality credit from tier 0 up.
        const QString rules = test::writeFile(m_dir, QStringLiteral("vr.json"), R"({"qualityValueFrom": 0})");
        const QString csv = out(QStringLiteral("vr.csv"));
        const test::CliRun r = segment({QStringLiteral("--method"), QStringLiteral("composite"), QStringLiteral("--value-risk"),
                                        rules, QStringLiteral("--out"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QMap<QByteArray, int> segments;
        for (const QByteArray &line : test::readFile(csv).split('\n').mid(1))
            if (!line.isEmpty())
                segments[line.split(',').at(1)] += 1;
        QVERIFY(segments.value("quality-credit") > 0);
        QCOMPARE(segments.value("potential"), 0); // nobody with a good rating is left as potential
        const QString bad = test::writeFile(m_dir, QStringLiteral("vr_bad.json"), R"({"goodRatingFrom": "ZZZ"})");
        const test::CliRun b = segment({QStringLiteral("--method"), QStringLiteral("composite"), QStringLiteral("--value-risk"), bad});
        QCOMPARE(b.exitCode, 2);
        QVERIFY2(b.err.contains(QStringLiteral("vr_bad.json")) && b.err.contains(QStringLiteral("goodRatingFrom")), qPrintable(b.err));
    }

    void mistakesAreNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown method") << QStringList{QStringLiteral("--method"), QStringLiteral("magic")} << "Unknown method";
        QTest::newRow("k of 1") << QStringList{QStringLiteral("--method"), QStringLiteral("kmeans"), QStringLiteral("--k"),
                                               QStringLiteral("1")} << "--k";
        QTest::newRow("bad range") << QStringList{QStringLiteral("--method"), QStringLiteral("kmeans"), QStringLiteral("--k-range"),
                                                  QStringLiteral("5-2")} << "--k-range";
        QTest::newRow("bad date") << QStringList{QStringLiteral("--as-of"), QStringLiteral("2024-02-30")} << "--as-of";
        QTest::newRow("missing rules") << QStringList{QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.json")}
                                       << "rules.json";
    }

    void mistakesAreNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, fragment);
        const qint64 runsBefore = count("SELECT count(*) FROM runs");
        const test::CliRun r = segment(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
        QCOMPARE(count("SELECT count(*) FROM runs"), runsBefore);
    }

    void badTierRulesNameTheFile()
    {
        const QString rules = test::writeFile(m_dir, QStringLiteral("tiers.json"),
                                              R"({"tiers": [{"key": "a", "threshold": 100}, {"key": "b", "threshold": 5}]})");
        const test::CliRun r = segment({QStringLiteral("--method"), QStringLiteral("tiers"), QStringLiteral("--rules"), rules});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("tiers.json")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSegment)
#include "tst_cli_segment.moc"
