// tierwise-cli clv: a generated workspace gets transaction and margin CLV, lifecycle stages,
// cohorts, early warnings and next-best products, kept as one run and written as CSV and JSON;
// the CDNOW sample through the CLI gives the published BG/NBD fit; mistakes change nothing.

#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;

class TestCliClv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    qint64 count(const QString &ws, const char *sql) { return test::queryWorkspace(ws, sql); }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    test::CliRun clv(const QString &ws, const QStringList &more)
    {
        return test::runCli(QStringList{QStringLiteral("clv"), QStringLiteral("--workspace"), ws} + more);
    }
    static QList<QByteArray> rows(const QString &csv)
    {
        QList<QByteArray> lines = test::readFile(csv).split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 3000, 7, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void generatedBookGetsEveryResult()
    {
        const qint64 runsBefore = count(m_ws, "SELECT count(*) FROM runs");
        const test::CliRun r = clv(m_ws, {QStringLiteral("--horizon-months"), QStringLiteral("12"),
                                          QStringLiteral("--discount-monthly"), QStringLiteral("0.01"),
                                          QStringLiteral("--out"), out(QStringLiteral("clv.csv")),
                                          QStringLiteral("--params-out"), out(QStringLiteral("params.json")),
                                          QStringLiteral("--cohorts-out"), out(QStringLiteral("cohorts.csv")),
                                          QStringLiteral("--alerts-out"), out(QStringLiteral("alerts.csv")),
                                          QStringLiteral("--next-best-out"), out(QStringLiteral("nbp.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("BG/NBD")), qPrintable(r.out));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs"), runsBefore + 1);
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs WHERE kind = 'clv' AND as_of = '2026-10-31'"), qint64(1));

        // The scores: one row per customer with the issue's columns.
        const QList<QByteArray> scores = rows(out(QStringLiteral("clv.csv")));
        QCOMPARE(scores.size(), 3001);
        const QList<QByteArray> header = scores.first().split(',');
        for (const char *column : {"customer_id", "frequency", "recency_days", "t_days", "p_alive", "expected_txns_horizon",
                                   "expected_spend", "clv", "margin_clv", "lifecycle_stage", "value_band"})
            QVERIFY2(header.contains(column), column);
        const auto col = [&](const char *name) { return int(header.indexOf(name)); };
        const QSet<QByteArray> stages{"acquisition", "growth", "maturity", "decline", "churned"};
        QSet<QByteArray> seenStages;
        QMap<QByteArray, int> bands;
        double lowestHigh = 1e300, highestMedium = -1;
        int withModel = 0;
        for (int i = 1; i < scores.size(); ++i) {
            const QList<QByteArray> f = scores[i].split(',');
            QCOMPARE(f.size(), header.size());
            QVERIFY2(stages.contains(f[col("lifecycle_stage")]), scores[i].constData());
            seenStages.insert(f[col("lifecycle_stage")]);
            const QByteArray band = f[col("value_band")];
            ++bands[band];
            const double margin = f[col("margin_clv")].toDouble();
            if (band == "high")
                lowestHigh = std::min(lowestHigh, margin);
            if (band == "medium")
                highestMedium = std::max(highestMedium, margin);
            QVERIFY(f[col("margin_clv")].toDouble() >= 0);
            if (f[col("p_alive")].isEmpty())
                continue;
            ++withModel;
            const double p = f[col("p_alive")].toDouble();
            QVERIFY(p >= 0 && p <= 1);
            QVERIFY(f[col("clv")].toDouble() >= 0);
            QVERIFY(f[col("t_days")].toDouble() >= f[col("recency_days")].toDouble());
        }
        QVERIFY2(withModel > 2500, qPrintable(QString::number(withModel)));
        // Value bands by margin CLV (the default): the top 20 %, the next 30 %, the rest.
        QCOMPARE(bands.value("high"), 600);
        QCOMPARE(bands.value("medium"), 900);
        QCOMPARE(bands.value("low"), 1500);
        QVERIFY(lowestHigh >= highestMedium);
        QVERIFY2(seenStages.size() >= 4, qPrintable(QString::number(seenStages.size())));

        // Persisted with the run.
        QCOMPARE(count(m_ws, "SELECT count(*) FROM clv_scores WHERE run_id = (SELECT max(run_id) FROM runs)"), qint64(3000));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM alerts WHERE run_id = (SELECT max(run_id) FROM runs)"),
                 qint64(rows(out(QStringLiteral("alerts.csv"))).size() - 1));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM next_best WHERE run_id = (SELECT max(run_id) FROM runs)"),
                 qint64(rows(out(QStringLiteral("nbp.csv"))).size() - 1));
        QVERIFY(count(m_ws, "SELECT count(*) FROM next_best WHERE run_id = (SELECT max(run_id) FROM runs)") > 1000);
        QVERIFY(count(m_ws, "SELECT count(DISTINCT kind) FROM alerts WHERE run_id = (SELECT max(run_id) FROM runs)") >= 3);
        QCOMPARE(count(m_ws, "SELECT count(*) FROM run_outputs WHERE run_id = (SELECT max(run_id) FROM runs)"), qint64(4));
        // A suggestion is never a product the customer holds, nor above its risk tolerance.
        QCOMPARE(count(m_ws, R"SQL(
            SELECT count(*) FROM next_best n JOIN products p USING (product_code) JOIN customers c USING (customer_id)
             WHERE n.run_id = (SELECT max(run_id) FROM runs) AND p.risk_level > ifnull(c.risk_level, 1))SQL"), qint64(0));
        QCOMPARE(count(m_ws, R"SQL(
            SELECT count(*) FROM next_best n JOIN holdings h ON h.customer_id = n.customer_id AND h.product_code = n.product_code
             WHERE n.run_id = (SELECT max(run_id) FROM runs)
               AND (h.open_date IS NULL OR h.open_date <= '2026-10-31')
               AND (h.close_date IS NULL OR h.close_date > '2026-10-31'))SQL"), qint64(0));

        // The parameters: both models with their time unit, standard errors and the holdout check.
        const QJsonObject params = QJsonDocument::fromJson(test::readFile(out(QStringLiteral("params.json")))).object();
        QCOMPARE(params.value(QStringLiteral("time_unit")).toString(), QStringLiteral("weeks"));
        QCOMPARE(params.value(QStringLiteral("month_days")).toDouble(), 30.4375);
        const QJsonObject bg = params.value(QStringLiteral("bgnbd")).toObject();
        for (const char *k : {"r", "alpha", "a", "b", "log_likelihood"})
            QVERIFY2(bg.value(QLatin1String(k)).isDouble(), k);
        QVERIFY(bg.value(QStringLiteral("standard_errors")).toObject().value(QStringLiteral("r")).toDouble() > 0);
        QVERIFY(bg.value(QStringLiteral("converged")).toBool());
        const QJsonObject gg = params.value(QStringLiteral("gamma_gamma")).toObject();
        for (const char *k : {"p", "q", "v", "log_likelihood", "frequency_spend_correlation"})
            QVERIFY2(gg.contains(QLatin1String(k)), k);
        const QJsonObject holdout = params.value(QStringLiteral("holdout")).toObject();
        QCOMPARE(holdout.value(QStringLiteral("calibration_end")).toString(), QStringLiteral("2026-04-30"));
        QVERIFY(holdout.value(QStringLiteral("buckets")).toArray().size() == 8);
        QVERIFY(holdout.value(QStringLiteral("actual_total")).toDouble() > 0);

        // The cohort triangle: a row per observed cell, then the average curve.
        const QList<QByteArray> cohorts = rows(out(QStringLiteral("cohorts.csv")));
        QCOMPARE(cohorts.first(), QByteArray("cohort,size,age,active_share,aum_retained"));
        QVERIFY(cohorts.size() > 30);
        QVERIFY(cohorts.last().startsWith("average,"));

        // Alerts and next-best products carry their reasons in words.
        const QList<QByteArray> nbp = rows(out(QStringLiteral("nbp.csv")));
        QCOMPARE(nbp.first(), QByteArray("customer_id,rank,product_code,product_name,penetration,score,reason"));
        QVERIFY2(nbp.at(1).contains('%'), nbp.at(1).constData());
        const QList<QByteArray> alerts = rows(out(QStringLiteral("alerts.csv")));
        QCOMPARE(alerts.first(), QByteArray("customer_id,kind,severity,due_date,evidence"));
    }

    void cdnowThroughTheCliGivesThePublishedFit()
    {
        QTemporaryDir dir;
        QString why;
        const QString ws = test::importCdnowSample(dir, &why);
        QVERIFY2(!ws.isEmpty(), qPrintable(why));
        const QString json = dir.filePath(QStringLiteral("p.json"));
        const test::CliRun r = clv(ws, {QStringLiteral("--as-of"), QStringLiteral("1997-09-30"), QStringLiteral("--holdout-months"),
                                        QStringLiteral("0"), QStringLiteral("--params-out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        const QJsonObject p = QJsonDocument::fromJson(test::readFile(json)).object();
        const QJsonObject bg = p.value(QStringLiteral("bgnbd")).toObject();
        TW_COMPARE_FUZZY(bg.value(QStringLiteral("r")).toDouble(), 0.2425945, 1e-3);
        TW_COMPARE_FUZZY(bg.value(QStringLiteral("alpha")).toDouble(), 4.4136019, 1e-3);
        TW_COMPARE_FUZZY(bg.value(QStringLiteral("a")).toDouble(), 0.7929199, 1e-3);
        TW_COMPARE_FUZZY(bg.value(QStringLiteral("b")).toDouble(), 2.4258881, 1e-3);
        QVERIFY(std::abs(bg.value(QStringLiteral("log_likelihood")).toDouble() + 9582.429) < 0.01);
        const QJsonObject gg = p.value(QStringLiteral("gamma_gamma")).toObject();
        QCOMPARE(gg.value(QStringLiteral("customers")).toInt(), 946);
        QVERIFY(std::abs(gg.value(QStringLiteral("p")).toDouble() - 6.25) < 0.01);
        QVERIFY(std::abs(gg.value(QStringLiteral("log_likelihood")).toDouble() + 4055.918) < 0.01);
    }

    void mistakesAreNamedAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("horizon 0") << QStringList{QStringLiteral("--horizon-months"), QStringLiteral("0")}
                                   << QStringLiteral("horizon");
        QTest::newRow("discount 1.5") << QStringList{QStringLiteral("--discount-monthly"), QStringLiteral("1.5")}
                                      << QStringLiteral("discount");
        QTest::newRow("unit fortnights") << QStringList{QStringLiteral("--time-unit"), QStringLiteral("fortnights")}
                                         << QStringLiteral("fortnights");
        QTest::newRow("missing rules file") << QStringList{QStringLiteral("--margin-rates"), QStringLiteral("/nonexistent/r.json")}
                                            << QStringLiteral("/nonexistent/r.json");
    }

    void mistakesAreNamedAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const qint64 runsBefore = count(m_ws, "SELECT count(*) FROM runs");
        const test::CliRun r = clv(m_ws, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs"), runsBefore);
    }

    void badRuleValueNamesFileAndKey()
    {
        const QString rules = test::writeFile(m_dir, QStringLiteral("bad-warnings.json"), R"({"dormancy_days": "soon"})");
        const qint64 runsBefore = count(m_ws, "SELECT count(*) FROM runs");
        const test::CliRun r = clv(m_ws, {QStringLiteral("--warning-rules"), rules});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(rules), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("dormancy_days")), qPrintable(r.err));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs"), runsBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliClv)
#include "tst_cli_clv.moc"
