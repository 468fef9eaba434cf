// The book in memory for the linked views: rows, axes and segmentations as the runs stored them.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tierwise;
using namespace tierwise::analytics;

class TestBookView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::optional<ClvResult> m_clv;

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 2000, 9, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        SegmentOptions tiers;
        tiers.method = SegmentMethod::Tiers;
        QVERIFY(runSegmentation(**ws, tiers, progress).ok());
        SegmentOptions rfm;
        rfm.method = SegmentMethod::Rfm;
        QVERIFY(runSegmentation(**ws, rfm, progress).ok());
        auto clv = runClv(**ws, ClvOptions(), progress);
        QVERIFY(clv.ok());
        m_clv = std::move(*clv);
    }

    void emptyWorkspaceGivesAnEmptyBook()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::create(dir.filePath(QStringLiteral("e.tierwise")));
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        auto view = loadBookView((*ws)->handle(), progress);
        QVERIFY(view.ok());
        QCOMPARE(view->size(), std::size_t(0));
        QCOMPARE(view->clvRunId, qint64(0));
        QVERIFY(view->segmentations.empty());
    }

    void rowsAxesAndSegmentations()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        auto view = loadBookView((*ws)->handle(), progress);
        QVERIFY(view.ok());
        QCOMPARE(view->size(), std::size_t(2000));
        QCOMPARE(view->customerId, m_clv->customerId);
        QCOMPARE(view->clvRunId, m_clv->runId);
        for (std::size_t i = 0; i < view->size(); ++i) {
            const double a = view->axis(BookAxis::Clv)[i], b = m_clv->clv[i];
            QVERIFY((std::isnan(a) && std::isnan(b)) || a == b);
            QCOMPARE(view->axis(BookAxis::MarginClv)[i], m_clv->marginClv[i]);
        }
        // Tiers in rule order, every customer in one; the counts are the stored ones.
        const BookSegmentation *tiers = view->segmentation(QStringLiteral("segment.tiers"));
        QVERIFY(tiers);
        QCOMPARE(tiers->keys.first(), QStringLiteral("potential"));
        QCOMPARE(tiers->names.size(), tiers->keys.size());
        std::vector<qint64> counts(std::size_t(tiers->keys.size()), 0);
        for (std::int16_t g : tiers->group) {
            QVERIFY(g >= 0);
            ++counts[std::size_t(g)];
        }
        store::Statement st((*ws)->handle(), "SELECT segment, count(*) FROM assignments WHERE run_id = ?1 GROUP BY segment");
        st.bind(1, tiers->runId);
        while (st.step())
            QCOMPARE(counts[std::size_t(tiers->keys.indexOf(st.text(0)))], st.int64(1));
        QCOMPARE(tiers->count, counts);
        // The totals per tier and per branch × tier, summed independently.
        const std::vector<double> &aum = view->axis(BookAxis::Aum);
        const std::size_t tierCount = std::size_t(tiers->keys.size());
        std::vector<double> tierAum(tierCount, 0), cellAum(view->branches.size() * tierCount, 0);
        std::vector<qint64> cellCount(view->branches.size() * tierCount, 0);
        double total = 0;
        for (std::size_t i = 0; i < view->size(); ++i) {
            const double money = std::isfinite(aum[i]) ? aum[i] : 0.0;
            const std::size_t branch = std::find(view->branches.begin(), view->branches.end(), view->branchId[i])
                                       - view->branches.begin();
            const auto g = std::size_t(tiers->group[i]);
            total += money;
            tierAum[g] += money;
            cellAum[branch * tierCount + g] += money;
            ++cellCount[branch * tierCount + g];
        }
        TW_COMPARE_FUZZY(view->totalAum, total, 1e-9);
        for (std::size_t g = 0; g < tierCount; ++g)
            TW_COMPARE_FUZZY(tiers->aum[g], tierAum[g], 1e-9);
        QCOMPARE(tiers->branchCount, cellCount);
        for (std::size_t c = 0; c < cellAum.size(); ++c)
            TW_COMPARE_FUZZY(tiers->branchAum[c], cellAum[c], 1e-9);
        qint64 branchTotal = 0;
        for (qint64 n : view->branchCount)
            branchTotal += n;
        QCOMPARE(branchTotal, qint64(view->size()));
        QVERIFY(view->segmentation(QStringLiteral("segment.rfm")));
        const BookSegmentation *stages = view->segmentation(QStringLiteral("lifecycle"));
        QVERIFY(stages);
        for (std::size_t i = 0; i < view->size(); ++i)
            QCOMPARE(stages->keys.at(stages->group[i]), lifecycleStageKey(m_clv->stage[i]));
        QCOMPARE(view->segmentations.front().kind, QStringLiteral("segment.tiers"));
        // Warnings per customer add up to the run's.
        qint64 alerts = 0;
        for (std::int32_t a : view->alerts)
            alerts += a;
        QCOMPARE(alerts, qint64(m_clv->alerts.size()));
        // The CLV run's cohort triangle and holdout check, read back.
        QVERIFY(view->cohorts && view->holdout);
        QCOMPARE(view->cohorts->cohortMonth, m_clv->cohorts.cohortMonth);
        QCOMPARE(view->cohorts->size, m_clv->cohorts.size);
        QCOMPARE(view->cohorts->ages, m_clv->cohorts.ages);
        QCOMPARE(view->holdout->buckets.size(), m_clv->holdout->buckets.size());
        TW_COMPARE_FUZZY(view->holdout->predictedTotal, m_clv->holdout->predictedTotal, 1e-12);
        // Principal components: centred, the first with the larger variance.
        double m1 = 0, m2 = 0, v1 = 0, v2 = 0;
        for (std::size_t i = 0; i < view->size(); ++i) {
            m1 += view->axis(BookAxis::Pc1)[i];
            m2 += view->axis(BookAxis::Pc2)[i];
        }
        m1 /= double(view->size());
        m2 /= double(view->size());
        for (std::size_t i = 0; i < view->size(); ++i) {
            v1 += std::pow(view->axis(BookAxis::Pc1)[i] - m1, 2);
            v2 += std::pow(view->axis(BookAxis::Pc2)[i] - m2, 2);
        }
        QVERIFY(std::abs(m1) < 1e-6 && std::abs(m2) < 1e-6);
        QVERIFY(v1 > v2 && v2 > 0);
    }

    void cancelled()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::CallbackProgress progress;
        progress.cancel();
        auto view = loadBookView((*ws)->handle(), progress);
        QVERIFY(!view.ok());
        QCOMPARE(view.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBookView)
#include "tst_bookview.moc"
