// Campaigns: the audience from segments and filters, a reproducible control group, the expected
// outcome, the audience export (masked, or unmasked and audited), the response import with its
// errors, and the lift with its interval against a hand-computed example.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "planning/campaign.h"
#include "planning/strategy.h"
#include "privacy/audit.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

using namespace tierwise;
using namespace tierwise::planning;

class TestCampaign : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::shared_ptr<const analytics::BookView> m_book;
    CampaignFacts m_facts;

    static qint64 count(sqlite3 *db, const QString &sql)
    {
        store::Statement st(db, sql.toUtf8().constData());
        return st.step() ? st.int64(0) : -1;
    }

    AudienceSpec affluent() const
    {
        AudienceSpec spec;
        spec.segmentation = QStringLiteral("segment.tiers");
        spec.segments = {QStringLiteral("affluent"), QStringLiteral("mass")};
        return spec;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::analysedBook(m_dir, 3000, 23, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        auto book = analytics::loadBookView((*ws)->handle(), progress);
        QVERIFY(book.ok());
        m_book = std::make_shared<const analytics::BookView>(std::move(*book));
        auto facts = loadCampaignFacts((*ws)->handle(), *m_book, progress);
        QVERIFY(facts.ok());
        m_facts = std::move(*facts);
    }

    void audienceFromSegmentsAndFilters()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        const analytics::BookSegmentation *tiers = m_book->segmentation(QStringLiteral("segment.tiers"));
        QVERIFY(tiers);
        const QString run = QString::number(tiers->runId), clv = QString::number(m_book->clvRunId);

        auto all = resolveAudience(*m_book, m_facts, affluent());
        QVERIFY(all.ok());
        QCOMPARE(qint64(all->size()), count(db, QStringLiteral("SELECT count(*) FROM assignments WHERE run_id = %1 "
                                                               "AND segment IN ('affluent', 'mass')").arg(run)));
        double aum = 0;
        for (std::int32_t r : all->rows)
            aum += std::isfinite(m_book->axis(analytics::BookAxis::Aum)[std::size_t(r)]) ? m_book->axis(analytics::BookAxis::Aum)[std::size_t(r)] : 0.0;
        QCOMPARE(all->aum, aum);

        AudienceSpec spec = affluent();
        spec.branches = {QString::fromStdString(m_book->branches.front())};
        spec.stages = {QStringLiteral("maturity"), QStringLiteral("decline")};
        auto filtered = resolveAudience(*m_book, m_facts, spec);
        QVERIFY(filtered.ok());
        QCOMPARE(qint64(filtered->size()),
                 count(db, QStringLiteral("SELECT count(*) FROM assignments a JOIN customers c USING (customer_id) "
                                          "JOIN clv_scores s ON s.customer_id = a.customer_id AND s.run_id = %1 "
                                          "WHERE a.run_id = %2 AND a.segment IN ('affluent', 'mass') AND c.branch_id = '%3' "
                                          "AND s.lifecycle_stage IN ('maturity', 'decline')")
                               .arg(clv, run, spec.branches.front())));
        QVERIFY(filtered->size() > 0 && filtered->size() < all->size());

        spec = affluent();
        spec.warningKinds = {QStringLiteral("dormancy"), QStringLiteral("aum_drop")};
        auto warned = resolveAudience(*m_book, m_facts, spec);
        QVERIFY(warned.ok());
        QCOMPARE(qint64(warned->size()),
                 count(db, QStringLiteral("SELECT count(*) FROM assignments a WHERE a.run_id = %1 AND a.segment IN "
                                          "('affluent', 'mass') AND EXISTS (SELECT 1 FROM alerts w WHERE w.run_id = %2 "
                                          "AND w.customer_id = a.customer_id AND w.kind IN ('dormancy', 'aum_drop'))")
                               .arg(run, clv)));

        store::Statement top(db, "SELECT product_code FROM next_best GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        QVERIFY(top.step());
        spec = affluent();
        spec.nextBestProduct = top.text(0);
        auto best = resolveAudience(*m_book, m_facts, spec);
        QVERIFY(best.ok());
        QCOMPARE(qint64(best->size()),
                 count(db, QStringLiteral("SELECT count(DISTINCT a.customer_id) FROM assignments a JOIN next_best n "
                                          "ON n.customer_id = a.customer_id AND n.run_id = %1 WHERE a.run_id = %2 AND "
                                          "a.segment IN ('affluent', 'mass') AND n.product_code = '%3'")
                               .arg(clv, run, spec.nextBestProduct)));
        QVERIFY(best->size() > 0);

        spec = affluent();
        spec.segments << QStringLiteral("royalty");
        auto bad = resolveAudience(*m_book, m_facts, spec);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("royalty")));
        spec = affluent();
        spec.branches = {QStringLiteral("NOWHERE")};
        QVERIFY(!resolveAudience(*m_book, m_facts, spec).ok());
    }

    void controlGroupIsReproducible()
    {
        std::vector<std::string> ids;
        for (int i = 0; i < 10007; ++i)
            ids.push_back("C" + std::to_string(100000 + i));
        const std::vector<bool> a = assignControl(ids, 0.1, 42);
        QCOMPARE(std::count(a.begin(), a.end(), true), std::ptrdiff_t(1001)); // round(10007 × 0.1)
        QCOMPARE(assignControl(ids, 0.1, 42), a);
        const std::vector<bool> other = assignControl(ids, 0.1, 43);
        QVERIFY(other != a);
        // The same customers whatever the order of the rows.
        std::vector<std::size_t> order(ids.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::shuffle(order.begin(), order.end(), std::mt19937(5));
        std::vector<std::string> shuffled;
        for (std::size_t i : order)
            shuffled.push_back(ids[i]);
        const std::vector<bool> b = assignControl(shuffled, 0.1, 42);
        std::set<std::string> setA, setB;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (a[i])
                setA.insert(ids[i]);
            if (b[i])
                setB.insert(shuffled[i]);
        }
        QCOMPARE(setA, setB);
        const std::vector<bool> none = assignControl(ids, 0.0, 1);
        QCOMPARE(std::count(none.begin(), none.end(), true), std::ptrdiff_t(0));
    }

    void expectedOutcomeFromTargets()
    {
        Audience audience;
        audience.rows.resize(1000);
        audience.marginClv = 4000000; // over 800 customers with a CLV: 5,000 each
        audience.withClv = 800;
        Strategy s;
        s.budgetPerCustomer = 50;
        s.reachTarget = 0.8;
        s.conversionTarget = 0.1;
        s.aumGrowthTarget = 0.2;
        const ExpectedOutcome e = expectedOutcome(audience, s, 0.1);
        QCOMPARE(e.control, qint64(100));
        QCOMPARE(e.treated, qint64(900));
        QCOMPARE(e.cost, 45000.0);
        QCOMPARE(e.reached, 720.0);
        QCOMPARE(e.conversions, 72.0);
        QCOMPARE(e.incrementalValue, 72.0 * 5000 * 0.2);
        QVERIFY(e.complete);
        s.aumGrowthTarget = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(!expectedOutcome(audience, s, 0.1).complete);
    }

    void liftAgainstAHandComputedExample()
    {
        // 120 of 1,000 treated and 12 of 200 control customers responded:
        // lift 0.06, se = √(0.12·0.88/1000 + 0.06·0.94/200) = 0.0196876, 95 % CI [0.021413, 0.098587].
        const Conversion c = conversion(1000, 120, 200, 12);
        QCOMPARE(c.treatedRate, 0.12);
        QCOMPARE(c.controlRate, 0.06);
        TW_COMPARE_FUZZY(c.lift, 0.06, 1e-12);
        TW_COMPARE_FUZZY(c.liftLow, 0.021413092390021156, 1e-9);
        TW_COMPARE_FUZZY(c.liftHigh, 0.09858690760997885, 1e-9);
        const Conversion none = conversion(10, 1, 0, 0);
        QVERIFY(std::isnan(none.controlRate) && std::isnan(none.lift));
    }

    void planExportRespondEvaluate()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        auto audience = resolveAudience(*m_book, m_facts, affluent());
        QVERIFY(audience.ok());
        CampaignPlan plan;
        plan.name = QStringLiteral("Autumn wealth review");
        plan.audience = affluent();
        plan.strategyKey = QStringLiteral("segment.tiers/affluent");
        plan.controlShare = 0.2;
        plan.seed = 7;
        QVERIFY(saveCampaign(db, plan, *m_book, *audience).ok());
        QVERIFY(plan.campaignId > 0);
        const QString id = QString::number(plan.campaignId);
        const qint64 n = qint64(audience->size());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = %1").arg(id)), n);
        const qint64 control = count(db, QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = %1 AND is_control").arg(id));
        QCOMPARE(control, qint64(std::llround(double(n) * 0.2)));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM campaign_members m JOIN customers c USING (customer_id) "
                                          "WHERE campaign_id = %1 AND m.branch_id = c.branch_id").arg(id)), n);

        // Masked export: the treated customers only, ids masked, nothing audited.
        const qint64 auditBefore = count(db, QStringLiteral("SELECT count(*) FROM audit"));
        const QString masked = m_dir.filePath(QStringLiteral("masked.csv"));
        auto rows = exportAudience(db, plan.campaignId, masked, false, {QStringLiteral("CC02")});
        QVERIFY(rows.ok());
        QCOMPARE(*rows, n - control);
        QFile file(masked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.front(), QByteArray("customer_id,name,phone,branch_id,rm_id,segment,products"));
        QVERIFY(lines.at(1).split(',').front().contains('*'));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit")), auditBefore);
        // Unmasked: real ids, and an audit entry naming the file and the rows.
        const QString clear = m_dir.filePath(QStringLiteral("clear.csv"));
        QVERIFY(exportAudience(db, plan.campaignId, clear, true, {}).ok());
        auto log = privacy::auditLog(db);
        QVERIFY(log.ok());
        QCOMPARE(qint64(log->size()), auditBefore + 1);
        QCOMPARE(log->front().action, QStringLiteral("export.unmasked"));
        QCOMPARE(log->front().detail.value(QStringLiteral("rows")).toInteger(), n - control);
        QVERIFY(log->front().detail.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("clear.csv")));
        QVERIFY(!log->front().user.isEmpty());

        // Responses (GB18030, Chinese headings): every 5th treated and every 10th control customer responded.
        store::Statement members(db, "SELECT customer_id, is_control, segment FROM campaign_members WHERE campaign_id = ?1 ORDER BY customer_id");
        members.bind(1, plan.campaignId);
        QString csv = QStringLiteral("客户号,是否响应,日期,金额\n");
        qint64 t = 0, tr = 0, c = 0, cr = 0, i = 0;
        QString firstId;
        while (members.step()) {
            const bool isControl = members.int64(1) != 0;
            const bool responded = isControl ? (i % 10 == 0) : (i % 5 == 0);
            (isControl ? c : t) += 1;
            if (responded)
                (isControl ? cr : tr) += 1;
            if (firstId.isEmpty())
                firstId = members.text(0);
            csv += QStringLiteral("%1,%2,2026-11-%3,\"1,000.50\"\n").arg(members.text(0), responded ? QStringLiteral("是") : QStringLiteral("否"))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
            ++i;
        }
        const QString responses = test::writeFile(m_dir, QStringLiteral("responses.csv"), test::encodeAs(csv, "GB18030"));
        auto imported = importResponses(db, plan.campaignId, responses);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QCOMPARE(imported->rows, n);
        QCOMPARE(imported->responded, tr + cr);
        auto evaluation = evaluateCampaign(db, plan.campaignId);
        QVERIFY(evaluation.ok());
        QVERIFY(evaluation->hasResults);
        const Conversion expected = conversion(t, tr, c, cr);
        QCOMPARE(evaluation->overall.treated, t);
        QCOMPARE(evaluation->overall.controlResponded, cr);
        TW_COMPARE_FUZZY(evaluation->overall.lift, expected.lift, 1e-12);
        TW_COMPARE_FUZZY(evaluation->overall.amount, double(tr) * 1000.5, 1e-12);
        QCOMPARE(evaluation->bySegment.size(), std::size_t(2));
        qint64 sum = 0;
        for (const Conversion &s : evaluation->bySegment)
            sum += s.treated + s.control;
        QCOMPARE(sum, n);
        QVERIFY(!evaluation->byBranch.empty());
        // The strategy's KPI view sees the actual conversion.
        auto actual = latestActual(db, QStringLiteral("segment.tiers/affluent"));
        QVERIFY(actual.ok());
        QCOMPARE(actual->campaignId, plan.campaignId);
        QCOMPARE(actual->overall.treatedRate, expected.treatedRate);

        // A bad file changes nothing and names the line and column.
        const qint64 results = count(db, QStringLiteral("SELECT sum(converted) FROM campaign_results WHERE campaign_id = %1").arg(id));
        const QString bad = test::writeFile(m_dir, QStringLiteral("bad.csv"),
                                            QStringLiteral("customer_id,responded\n%1,0\nC_NOT_A_MEMBER,1\n").arg(firstId).toUtf8());
        auto refused = importResponses(db, plan.campaignId, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().line, qint64(3));
        QCOMPARE(refused.error().column, 1);
        QVERIFY(refused.error().file.endsWith(QStringLiteral("bad.csv")));
        QCOMPARE(count(db, QStringLiteral("SELECT sum(converted) FROM campaign_results WHERE campaign_id = %1").arg(id)), results);
        const QString flag = test::writeFile(m_dir, QStringLiteral("flag.csv"),
                                             QStringLiteral("customer_id,responded\n%1,maybe\n").arg(firstId).toUtf8());
        auto unreadable = importResponses(db, plan.campaignId, flag);
        QVERIFY(!unreadable.ok());
        QCOMPARE(unreadable.error().line, qint64(2));
        QCOMPARE(unreadable.error().column, 2);
        QVERIFY(unreadable.error().message.contains(QStringLiteral("maybe")));
        const QString twice = test::writeFile(m_dir, QStringLiteral("twice.csv"),
                                              QStringLiteral("customer_id,responded\n%1,1\n%1,0\n").arg(firstId).toUtf8());
        QVERIFY(!importResponses(db, plan.campaignId, twice).ok());
        const QString noColumn = test::writeFile(m_dir, QStringLiteral("nocol.csv"), QByteArray("customer_id,amount\nC1,3\n"));
        auto missing = importResponses(db, plan.campaignId, noColumn);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("responded")));
        QCOMPARE(count(db, QStringLiteral("SELECT sum(converted) FROM campaign_results WHERE campaign_id = %1").arg(id)), results);

        auto campaigns = listCampaigns(db);
        QVERIFY(campaigns.ok());
        QCOMPARE(campaigns->front().name, plan.name);
        QCOMPARE(campaigns->front().status, QStringLiteral("evaluated"));
        QCOMPARE(campaigns->front().audience.segments, plan.audience.segments);
    }
};

QTEST_GUILESS_MAIN(TestCampaign)
#include "tst_campaign.moc"
