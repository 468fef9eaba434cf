// The brief's figures (gatherBrief) against independent SQL on a generated workspace: customers,
// AUM, margin CLV and P(alive) per segment, warnings, next-best products, a branch's scope, the
// book's cohort curve against the CLV run's stored one; option errors name the value; cancel.

#include "analytics/briefdata.h"
#include "analytics/bookdata.h"
#include "analytics/clv.h"
#include "analytics/cohorts.h"
#include "analytics/features.h"
#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "privacy/masking.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierwise;
using namespace tierwise::analytics;

class TestBriefData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::unique_ptr<store::Workspace> m_workspace;
    qint64 m_tiersRun = 0;
    qint64 m_clvRun = 0;

    sqlite3 *db() const { return m_workspace->handle(); }

    BriefData gather(const BriefOptions &options)
    {
        jobs::NullProgress progress;
        Result<BriefData> data = gatherBrief(db(), options, progress);
        if (!data)
            qWarning("%s", qPrintable(data.error().message));
        return data ? std::move(*data) : BriefData{};
    }

    // segment → value of a two-column SQL query (segment, number) with ?1 = tiers run, ?2 = CLV run.
    QMap<QString, double> bySegment(const char *sql) const
    {
        QMap<QString, double> out;
        store::Statement st(db(), sql);
        st.bind(1, std::int64_t(m_tiersRun));
        st.bind(2, std::int64_t(m_clvRun));
        while (st.step())
            out[st.text(0)] = st.real(1);
        return out;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 2500, 21, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        m_workspace = std::move(*ws);
        jobs::NullProgress progress;
        SegmentOptions tiers;
        tiers.method = SegmentMethod::Tiers;
        auto seg = runSegmentation(*m_workspace, tiers, progress);
        QVERIFY(seg.ok());
        m_tiersRun = seg->runId;
        auto clv = runClv(*m_workspace, ClvOptions(), progress);
        QVERIFY(clv.ok());
        m_clvRun = clv->runId;
    }

    void segmentFiguresMatchSql()
    {
        const BriefData d = gather(BriefOptions());
        QCOMPARE(d.segmentationKind, QStringLiteral("segment.tiers"));
        QCOMPARE(d.run.runId, m_tiersRun);
        QCOMPARE(d.clvRunId, m_clvRun);
        QCOMPARE(d.customers, store::queryInt(db(), "SELECT count(*) FROM customers"));
        const auto counts = bySegment("SELECT segment, count(*) FROM assignments WHERE run_id = ?1 GROUP BY segment");
        const auto aum = bySegment("SELECT a.segment, coalesce(sum(b.aum_cents), 0) / 100.0 FROM assignments a "
                                   "LEFT JOIN balances b ON b.customer_id = a.customer_id AND b.month = '2026-10' "
                                   "WHERE a.run_id = ?1 GROUP BY a.segment");
        const auto clv = bySegment("SELECT a.segment, sum(c.clv_margin) FROM assignments a JOIN clv_scores c "
                                   "ON c.customer_id = a.customer_id AND c.run_id = ?2 WHERE a.run_id = ?1 GROUP BY a.segment");
        const auto alive = bySegment("SELECT a.segment, avg(c.p_alive) FROM assignments a JOIN clv_scores c "
                                     "ON c.customer_id = a.customer_id AND c.run_id = ?2 WHERE a.run_id = ?1 GROUP BY a.segment");
        const auto warned = bySegment("SELECT a.segment, count(DISTINCT l.customer_id) FROM assignments a JOIN alerts l "
                                      "ON l.customer_id = a.customer_id AND l.run_id = ?2 WHERE a.run_id = ?1 GROUP BY a.segment");
        QCOMPARE(qsizetype(d.segments.size()), counts.size());
        qint64 total = 0;
        for (const BriefSegment &s : d.segments) {
            QCOMPARE(double(s.customers), counts.value(s.key));
            TW_COMPARE_FUZZY(s.aum, aum.value(s.key), 1e-9);
            TW_COMPARE_FUZZY(s.marginClv, clv.value(s.key), 1e-9);
            if (alive.contains(s.key))
                TW_COMPARE_FUZZY(s.averagePAlive, alive.value(s.key), 1e-9);
            QCOMPARE(double(s.warnedCustomers), warned.value(s.key));
            QCOMPARE(s.profile.customers, s.customers);
            qint64 inBins = s.aumHistogram.belowOne + s.aumHistogram.missing;
            for (qint64 c : s.aumHistogram.counts)
                inBins += c;
            QCOMPARE(inBins, s.customers);
            QCOMPARE(s.map.shown + s.map.hidden, s.customers);
            total += s.customers;
        }
        QCOMPARE(total, d.customers);
        TW_COMPARE_FUZZY(d.aum, double(store::queryInt(db(), "SELECT sum(aum_cents) FROM balances WHERE month = '2026-10'")) / 100.0,
                         1e-9);
    }

    void warningsAndNextBestMatchSql()
    {
        const BriefData d = gather(BriefOptions());
        for (const BriefSegment &s : d.segments) {
            // Alerts per kind.
            for (std::size_t k = 0; k < kAlertKinds; ++k) {
                store::Statement st(db(), "SELECT count(*), count(DISTINCT l.customer_id) FROM alerts l JOIN assignments a "
                                          "ON a.customer_id = l.customer_id AND a.run_id = ?1 "
                                          "WHERE l.run_id = ?2 AND a.segment = ?3 AND l.kind = ?4");
                st.bind(1, std::int64_t(m_tiersRun)).bind(2, std::int64_t(m_clvRun)).bind(3, s.key).bind(4, alertKindKey(AlertKind(k)));
                QVERIFY(st.step());
                QCOMPARE(s.alerts[k], st.int64(0));
                QCOMPARE(s.alertCustomers[k], st.int64(1));
            }
            // The largest customer with a warning, masked.
            if (!s.topWarned.empty()) {
                store::Statement st(db(), "SELECT a.customer_id, coalesce(b.aum_cents, 0) / 100.0 AS aum FROM assignments a "
                                          "LEFT JOIN balances b ON b.customer_id = a.customer_id AND b.month = '2026-10' "
                                          "WHERE a.run_id = ?1 AND a.segment = ?2 AND a.customer_id IN "
                                          "(SELECT customer_id FROM alerts WHERE run_id = ?3) ORDER BY aum DESC, a.customer_id LIMIT 1");
                st.bind(1, std::int64_t(m_tiersRun)).bind(2, s.key).bind(3, std::int64_t(m_clvRun));
                QVERIFY(st.step());
                QCOMPARE(s.topWarned.front().customer, privacy::maskId(st.text(0)));
                TW_COMPARE_FUZZY(s.topWarned.front().aum, st.real(1), 1e-9);
                QVERIFY(s.topWarned.size() <= 10);
            }
            // The most suggested product.
            if (!s.nextBest.empty()) {
                store::Statement st(db(), "SELECT n.product_code, count(*) AS c FROM next_best n JOIN assignments a "
                                          "ON a.customer_id = n.customer_id AND a.run_id = ?1 WHERE n.run_id = ?2 AND a.segment = ?3 "
                                          "GROUP BY n.product_code ORDER BY c DESC, n.product_code LIMIT 5");
                st.bind(1, std::int64_t(m_tiersRun)).bind(2, std::int64_t(m_clvRun)).bind(3, s.key);
                for (const BriefProduct &p : s.nextBest) {
                    QVERIFY(st.step());
                    QCOMPARE(p.code, st.text(0));
                    QCOMPARE(p.customers, st.int64(1));
                    QVERIFY(!p.name.isEmpty());
                }
                QVERIFY(s.nextBest.size() <= 5);
            }
        }
    }

    void unmaskedKeepsIds()
    {
        BriefOptions o;
        o.masked = false;
        const BriefData d = gather(o);
        QVERIFY(!d.masked);
        bool any = false;
        for (const BriefSegment &s : d.segments)
            for (const BriefWarned &w : s.topWarned) {
                QVERIFY(!w.customer.contains(u'*'));
                any = true;
            }
        QVERIFY(any);
    }

    void branchAndSegmentsNarrowTheBrief()
    {
        BriefOptions o;
        o.branch = QStringLiteral("BR02");
        o.segments = QStringList{QStringLiteral("affluent"), QStringLiteral("potential")};
        const BriefData d = gather(o);
        QCOMPARE(d.branch, QStringLiteral("BR02"));
        QCOMPARE(d.customers, store::queryInt(db(), "SELECT count(*) FROM customers WHERE branch_id = 'BR02'"));
        QCOMPARE(int(d.segments.size()), 2);
        // In the segmentation's order (tiers: potential before affluent), whatever the order asked.
        QCOMPARE(d.segments[0].key, QStringLiteral("potential"));
        QCOMPARE(d.segments[1].key, QStringLiteral("affluent"));
        for (const BriefSegment &s : d.segments) {
            store::Statement st(db(), "SELECT count(*) FROM assignments a JOIN customers c USING (customer_id) "
                                      "WHERE a.run_id = ?1 AND a.segment = ?2 AND c.branch_id = 'BR02'");
            st.bind(1, std::int64_t(m_tiersRun)).bind(2, s.key);
            QVERIFY(st.step());
            QCOMPARE(s.customers, st.int64(0));
        }
        QCOMPARE(d.segments[0].colorIndex, 0); // potential keeps its colour in the tiers' order
    }

    void bookCohortCurveIsTheClvRuns()
    {
        const BriefData d = gather(BriefOptions());
        const QString json = store::queryText(db(), "SELECT content FROM run_outputs WHERE name = 'cohorts' "
                                                    "AND run_id = (SELECT max(run_id) FROM runs WHERE kind = 'clv')");
        const QJsonArray stored = QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("average_active_share")).toArray();
        QCOMPARE(qsizetype(d.bookActiveCurve.size()), stored.size());
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (stored[i].isDouble())
                TW_COMPARE_FUZZY(d.bookActiveCurve[std::size_t(i)], stored[i].toDouble(), 1e-9);
            else
                QVERIFY(std::isnan(d.bookActiveCurve[std::size_t(i)]));
        }
        // The segments' cohorts add up to the book's: the customers at month 0 are all of them.
        bool any = false;
        for (const BriefSegment &s : d.segments)
            any = any || (!s.activeCurve.empty() && std::isfinite(s.activeCurve.front()));
        QVERIFY(any);
    }

    void cohortsByGroupAddUp()
    {
        jobs::NullProgress progress;
        auto f = computeFeatures(db(), FeatureOptions{}, progress);
        QVERIFY(f.ok());
        auto book = loadBookData(db(), *f, progress);
        QVERIFY(book.ok());
        const CohortTable whole = buildCohorts(*f, *book);
        std::vector<std::int16_t> halves(f->size());
        for (std::size_t i = 0; i < halves.size(); ++i)
            halves[i] = std::int16_t(i % 2);
        const std::vector<CohortTable> parts = buildCohortsByGroup(*f, *book, halves, 2);
        QCOMPARE(int(parts.size()), 2);
        std::int64_t wholeSize = 0, partSize = 0;
        for (std::int64_t n : whole.size)
            wholeSize += n;
        for (const CohortTable &t : parts)
            for (std::int64_t n : t.size)
                partSize += n;
        QCOMPARE(partSize, wholeSize);
        std::vector<std::int16_t> all(f->size(), 0);
        const CohortTable same = buildCohortsByGroup(*f, *book, all, 1).front();
        QCOMPARE(same.cohortMonth, whole.cohortMonth);
        QCOMPARE(same.size, whole.size);
    }

    void badOptionsNameTheValue_data()
    {
        QTest::addColumn<QString>("segmentation");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown segmentation") << "wibble" << QStringList() << QString() << "wibble";
        QTest::newRow("no run of it") << "kmeans" << QStringList() << QString() << "kmeans";
        QTest::newRow("unknown segment") << "tiers" << QStringList{QStringLiteral("mass"), QStringLiteral("gold")} << QString()
                                         << "gold";
        QTest::newRow("unknown branch") << "tiers" << QStringList() << "BR99" << "BR99";
    }

    void badOptionsNameTheValue()
    {
        QFETCH(QString, segmentation);
        QFETCH(QStringList, segments);
        QFETCH(QString, branch);
        QFETCH(QString, value);
        BriefOptions o;
        o.segmentation = segmentation;
        o.segments = segments;
        o.branch = branch;
        jobs::NullProgress progress;
        const Result<BriefData> d = gatherBrief(db(), o, progress);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, Error::Kind::BadInput);
        QCOMPARE(d.error().value, value);
        QVERIFY2(d.error().message.contains(value), qPrintable(d.error().message));
    }

    void lifecycleComesFromTheClvRun()
    {
        BriefOptions o;
        o.segmentation = QStringLiteral("lifecycle");
        const BriefData d = gather(o);
        QCOMPARE(d.segmentationKind, QStringLiteral("lifecycle"));
        QCOMPARE(d.run.runId, m_clvRun);
        qint64 total = 0;
        for (const BriefSegment &s : d.segments)
            total += s.customers;
        QCOMPARE(total, store::queryInt(db(), "SELECT count(*) FROM clv_scores WHERE run_id = (SELECT max(run_id) FROM runs "
                                              "WHERE kind = 'clv') AND lifecycle_stage IS NOT NULL"));
    }

    void cancels()
    {
        jobs::CallbackProgress progress;
        progress.cancel();
        const Result<BriefData> d = gatherBrief(db(), BriefOptions(), progress);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestBriefData)
#include "tst_briefdata.moc"
