// The value and cohort charts (widgets/charts): each shows the numbers a user reads off it for
// hand-computed data, empty states, PNG/PDF export, and the dark palette; plus renders with a
// generated book to /tmp/charts-*.png to look at.

#include "charts/clusterprofileview.h"
#include "charts/cohortheatmap.h"
#include "charts/distributionchart.h"
#include "charts/migrationmatrixview.h"
#include "charts/modelcheckchart.h"
#include "charts/paretochart.h"
#include "charts/segmentoverviewchart.h"

#include "analytics/clv.h"
#include "analytics/features.h"
#include "analytics/pareto.h"
#include "analytics/tiers.h"
#include "jobs/progress.h"
#include "store/workspace.h"
#include "testutil.h"

#include <qcustomplot.h> // only to find pixel positions for the tooltip test

#include <QAbstractItemModel>
#include <QApplication>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace tierwise;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

// 3 cohorts × 4 ages: the triangle, with row 1 observed up to age 2.
analytics::CohortTable smallCohorts()
{
    analytics::CohortTable t;
    t.cohortMonth = {2025 * 12 + 0, 2025 * 12 + 1, 2025 * 12 + 2};
    t.size = {10, 20, 30};
    t.ages = 4;
    t.activeShare = {1.0, 0.5, 0.4, 0.3, /**/ 1.0, 0.6, 0.55, kNaN, /**/ 0.9, 0.7, kNaN, kNaN};
    t.aumRetained = {0.8, 1.0, 1.1, 1.2, /**/ 0.7, 1.0, 0.95, kNaN, /**/ kNaN, kNaN, kNaN, kNaN};
    t.averageActive = {0.95, 0.65, 0.5, 0.3};
    t.averageAum = {0.73, 1.0, 1.0, 1.2};
    return t;
}

analytics::HoldoutCheck smallCheck()
{
    analytics::HoldoutCheck c;
    c.holdoutLength = 26;
    c.customers = 500;
    c.actualTotal = 1234;
    c.predictedTotal = 1201;
    for (int x = 0; x < 8; ++x) {
        analytics::HoldoutBucket b;
        b.frequency = x;
        b.orMore = x == 7;
        b.customers = 100 - 10 * x;
        b.actual = 0.3 + 0.5 * x;
        b.predicted = 0.35 + 0.48 * x;
        c.buckets.push_back(b);
    }
    return c;
}

analytics::TierMigration smallMigration()
{
    analytics::TierMigration m;
    m.tierCount = 3;
    m.counts = {70, 20, 10, /**/ 5, 40, 5, /**/ 0, 3, 7};
    m.left = {2, 1, 0};
    m.joined = {4, 0, 1};
    return m;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void emptyStates();
    void paretoShowsTopShareAndGini();
    void cohortHeatmapCellsAndTriangle();
    void cohortHeatmapToggleAndCellTexts();
    void boxStatsQuartiles_data();
    void boxStatsQuartiles();
    void distributionBoxAndHistogram();
    void distributionLogLeavesOutNonPositive();
    void modelCheckTitleHoldsTotals();
    void migrationRowPercentages();
    void clusterProfileZScores();
    void segmentOverviewTableAndBars();
    void exportWritesPngAndPdf();
    void darkPaletteChangesAxisColour();
    void tooltipsOnBarsAndCells();
    void languageChangeKeepsContent();
    void renderGeneratedBook();
};

void TestCharts::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCharts::emptyStates()
{
    ParetoChart pareto;
    CohortHeatmap cohorts;
    DistributionChart distribution;
    ModelCheckChart check;
    SegmentOverviewChart segments;
    ClusterProfileView clusters;
    MigrationMatrixView migration;
    QVERIFY(!pareto.hasData() && !cohorts.hasData() && !distribution.hasData() && !check.hasData());
    QVERIFY(!segments.hasData() && !clusters.hasData() && !migration.hasData());
    QTemporaryDir dir;
    QVERIFY(!pareto.exportTo(dir.filePath(QStringLiteral("p.png"))));
    // A curve with no customers is no data either.
    pareto.setCurves({{QStringLiteral("Overall"), analytics::pareto({})}});
    QVERIFY(!pareto.hasData());
    check.clear(QStringLiteral("Too few repeat buyers"));
    QVERIFY(!check.hasData());
}

void TestCharts::paretoShowsTopShareAndGini()
{
    // Five customers, one holds 812 of 1,000: the top 20 % hold 81.2 %;
    // Gini = 2·(47·(1+2+3+4) + 5·812)/(5·1000) − 6/5 = 0.612.
    const auto s = analytics::pareto({47, 812, 47, 47, 47});
    ParetoChart chart;
    chart.setValueName(QStringLiteral("AUM"));
    chart.setCurves({{QStringLiteral("Overall"), s}});
    QVERIFY(chart.hasData());
    QVERIFY2(chart.markerText(0).contains(QStringLiteral("81.2")), qPrintable(chart.markerText(0)));
    QVERIFY2(chart.titleText().contains(QStringLiteral("0.61")), qPrintable(chart.titleText()));
    QVERIFY(chart.titleText().contains(QStringLiteral("AUM")));

    // A branch beside it: two labels, each naming its curve, both Ginis in the title.
    const auto b = analytics::pareto({10, 10, 10, 10, 10});
    chart.setCurves({{QStringLiteral("Overall"), s}, {QStringLiteral("B07"), b}});
    QVERIFY(chart.markerText(1).contains(QStringLiteral("B07")));
    QVERIFY(chart.markerText(1).contains(QStringLiteral("20.0")));
    QVERIFY(chart.titleText().contains(QStringLiteral("0.61")) && chart.titleText().contains(QStringLiteral("0.00")));
}

void TestCharts::cohortHeatmapCellsAndTriangle()
{
    CohortHeatmap chart;
    chart.setTable(smallCohorts());
    QVERIFY(chart.hasData());
    QCOMPARE(chart.cellValue(1, 2), 0.55);
    QCOMPARE(chart.cellText(1, 2), QStringLiteral("55"));
    QCOMPARE(chart.cellValue(0, 0), 1.0);
    // Not observed: NaN in the map and no text.
    QVERIFY(std::isnan(chart.cellValue(1, 3)));
    QVERIFY(std::isnan(chart.cellValue(2, 2)));
    QVERIFY(chart.cellText(1, 3).isEmpty());
    QVERIFY(chart.cellText(2, 3).isEmpty());
    QCOMPARE(chart.averageValue(1), 0.65);
    QVERIFY(chart.titleText().contains(QStringLiteral("60 customers")));
}

void TestCharts::cohortHeatmapToggleAndCellTexts()
{
    CohortHeatmap chart;
    chart.setTable(smallCohorts());
    QSignalSpy spy(&chart, &CohortHeatmap::measureChanged);
    chart.setMeasure(CohortHeatmap::Measure::AumRetained);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(chart.cellValue(0, 3), 1.2);
    QCOMPARE(chart.cellText(0, 3), QStringLiteral("120"));
    QVERIFY(std::isnan(chart.cellValue(2, 0))); // a row without month 1 is blank throughout
    QCOMPARE(chart.averageValue(0), 0.73);
    QVERIFY(chart.titleText().contains(QStringLiteral("AUM")));
    chart.setMeasure(CohortHeatmap::Measure::ActiveShare);
    QCOMPARE(chart.cellValue(1, 2), 0.55);

    // Large cells print their values; tiny ones do not.
    chart.resize(900, 700);
    QTemporaryDir dir;
    QVERIFY(chart.exportTo(dir.filePath(QStringLiteral("big.png"))));
    QVERIFY(chart.cellTextsVisible());
    analytics::CohortTable many;
    many.ages = 60;
    for (int r = 0; r < 60; ++r) {
        many.cohortMonth.push_back(2020 * 12 + r);
        many.size.push_back(5);
    }
    many.activeShare.assign(3600, 0.5);
    many.aumRetained.assign(3600, 1.0);
    many.averageActive.assign(60, 0.5);
    many.averageAum.assign(60, 1.0);
    chart.setTable(many);
    QVERIFY(chart.exportTo(dir.filePath(QStringLiteral("small.png"))));
    QVERIFY(!chart.cellTextsVisible());
}

void TestCharts::boxStatsQuartiles_data()
{
    QTest::addColumn<QVector<double>>("values");
    QTest::addColumn<double>("q1");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("q3");
    QTest::addColumn<double>("whiskerMax");
    QTest::addColumn<int>("outliers");
    QTest::newRow("1 2 3 4 100: 100 is an outlier") << QVector<double>{1, 2, 3, 4, 100} << 2.0 << 3.0 << 4.0 << 4.0 << 1;
    QTest::newRow("even count interpolates") << QVector<double>{4, 1, 3, 2} << 1.75 << 2.5 << 3.25 << 4.0 << 0;
    QTest::newRow("NaN skipped") << QVector<double>{kNaN, 5, kNaN, 7, 6} << 5.5 << 6.0 << 6.5 << 7.0 << 0;
    QTest::newRow("one value") << QVector<double>{42} << 42.0 << 42.0 << 42.0 << 42.0 << 0;
}

void TestCharts::boxStatsQuartiles()
{
    QFETCH(QVector<double>, values);
    const auto s = DistributionChart::boxStats(values);
    QTEST(s.q1, "q1");
    QTEST(s.median, "median");
    QTEST(s.q3, "q3");
    QTEST(s.maximum, "whiskerMax");
    QTEST(int(s.outliers.size()), "outliers");
}

void TestCharts::distributionBoxAndHistogram()
{
    DistributionChart chart;
    chart.setData({{QStringLiteral("A"), {1, 2, 3, 4, 100}}, {QStringLiteral("B"), {5, kNaN, 6, 7}}},
                  QStringLiteral("Age"), false);
    QVERIFY(chart.hasData());
    const auto a = chart.drawnBox(0);
    QCOMPARE(a.median, 3.0);
    QCOMPARE(a.q1, 2.0);
    QCOMPARE(a.q3, 4.0);
    QCOMPARE(a.maximum, 4.0);
    QCOMPARE(a.outliers, QVector<double>{100});
    QCOMPARE(chart.drawnBox(1).median, 6.0);
    QVERIFY(chart.bins() >= DistributionChart::kMinBins && chart.bins() <= DistributionChart::kMaxBins);
    qint64 sumA = 0, sumB = 0;
    for (const auto n : chart.histogramCounts(0))
        sumA += n;
    for (const auto n : chart.histogramCounts(1))
        sumB += n;
    QCOMPARE(sumA, qint64(5));
    QCOMPARE(sumB, qint64(3));
    QVERIFY2(chart.titleText().contains(QStringLiteral("1 missing")), qPrintable(chart.titleText()));

    // Freedman–Diaconis: 1,000 uniform values on 0 … 999, IQR 499.5: width 2·499.5/10 = 99.9 → 10 bins;
    // many values with a narrow IQR hit the cap.
    QVector<double> uniform;
    for (int i = 0; i < 1000; ++i)
        uniform << i;
    QCOMPARE(DistributionChart::binCount(uniform), 10);
    QVector<double> peaked(100000, 1.0);
    peaked[0] = 0;
    for (int i = 0; i < 50000; ++i)
        peaked[i] = 1.0 + i * 1e-6;
    peaked.last() = 1000;
    std::sort(peaked.begin(), peaked.end());
    QCOMPARE(DistributionChart::binCount(peaked), DistributionChart::kMaxBins);
}

void TestCharts::distributionLogLeavesOutNonPositive()
{
    DistributionChart chart;
    chart.setData({{QStringLiteral("A"), {0, -5, 10, 100, 1000, 10000}}}, QStringLiteral("AUM"), true);
    qint64 sum = 0;
    for (const auto n : chart.histogramCounts(0))
        sum += n;
    QCOMPARE(sum, qint64(4));
    QVERIFY2(chart.titleText().contains(QStringLiteral("2 missing or ≤ 0")), qPrintable(chart.titleText()));
    // The box is drawn on log10 values but reads back in the feature's units.
    TW_COMPARE_FUZZY(chart.drawnBox(0).median, 550.0, 1e-9);
}

void TestCharts::modelCheckTitleHoldsTotals()
{
    ModelCheckChart chart;
    chart.setCheck(smallCheck());
    QVERIFY(chart.hasData());
    QVERIFY2(chart.titleText().contains(QStringLiteral("1,234")), qPrintable(chart.titleText()));
    QVERIFY(chart.titleText().contains(QStringLiteral("1,201")));
    QVERIFY(chart.titleText().contains(QStringLiteral("26-week")));
    QCOMPARE(chart.bucketLabels(), (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                                QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"),
                                                QStringLiteral("6"), QStringLiteral("7+")}));
}

void TestCharts::migrationRowPercentages()
{
    MigrationMatrixView view;
    view.setMigration(smallMigration(), {QStringLiteral("Mass"), QStringLiteral("Affluent"), QStringLiteral("Private")});
    QVERIFY(view.hasData());
    const QAbstractItemModel *m = view.tableModel();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->columnCount(), 3);
    for (int r = 0; r < 3; ++r) {
        double sum = 0;
        for (int c = 0; c < 3; ++c)
            sum += m->index(r, c).data(Qt::UserRole + 1).toDouble();
        TW_COMPARE_FUZZY(sum, 1.0, 1e-12);
    }
    QCOMPARE(m->index(0, 1).data(Qt::DisplayRole).toString(), QStringLiteral("20\n20.0 %"));
    QCOMPARE(m->index(1, 1).data(Qt::UserRole).toLongLong(), qint64(40));
    QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("Mass (100)"));
    QVERIFY(m->index(1, 1).data(Qt::FontRole).value<QFont>().bold());
    // Upgrades 20 + 10 + 5 = 35, downgrades 5 + 0 + 3 = 8, stayed 117, left 3, joined 5.
    const QString summary = view.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Upgrades 35")) && summary.contains(QStringLiteral("Downgrades 8"))
                 && summary.contains(QStringLiteral("Stayed 117")) && summary.contains(QStringLiteral("Left 3"))
                 && summary.contains(QStringLiteral("Joined 5")),
             qPrintable(summary));
}

void TestCharts::clusterProfileZScores()
{
    ClusterProfileView view;
    view.setProfiles({QStringLiteral("Savers"), QStringLiteral("Spenders"), QStringLiteral("Dormant")}, {100, 50, 25},
                     {QStringLiteral("AUM"), QStringLiteral("Age")}, {{1, 40}, {2, 40}, {3, 40}});
    QVERIFY(view.hasData());
    QVERIFY(!view.silhouetteVisible());
    // Column AUM {1, 2, 3}: mean 2, sd 1.
    QCOMPARE(view.zScore(2, 0), 1.0);
    QCOMPARE(view.zScore(0, 0), -1.0);
    QCOMPARE(view.zScore(1, 1), 0.0); // a constant column is neutral
    const QAbstractItemModel *m = view.tableModel();
    QCOMPARE(m->columnCount(), 4);
    QCOMPARE(m->index(1, 0).data().toString(), QStringLiteral("Spenders"));
    QCOMPARE(m->index(1, 1).data().toString(), QStringLiteral("50"));
    QCOMPARE(m->index(2, 2).data().toString(), QStringLiteral("3.00"));
    QCOMPARE(m->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Age"));
    QVERIFY(m->index(2, 2).data(Qt::BackgroundRole).value<QColor>() != m->index(0, 2).data(Qt::BackgroundRole).value<QColor>());
    view.setSilhouette({{4, 0.31}, {2, 0.42}, {3, 0.47}});
    QVERIFY(view.silhouetteVisible());
    QVERIFY2(view.silhouetteTitle().contains(QStringLiteral("k = 3")), qPrintable(view.silhouetteTitle()));
}

void TestCharts::segmentOverviewTableAndBars()
{
    SegmentOverviewChart chart;
    chart.setSegments({{QStringLiteral("High"), 200, 0.7, 0.8, 0.9}, {QStringLiteral("Low"), 800, 0.3, 0.2, 0.55}});
    QVERIFY(chart.hasData());
    const QAbstractItemModel *m = chart.tableModel();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, SegmentOverviewChart::CountColumn).data().toString(), QStringLiteral("200"));
    QCOMPARE(m->index(0, SegmentOverviewChart::AumColumn).data().toString(), QStringLiteral("70.0 %"));
    QCOMPARE(m->index(1, SegmentOverviewChart::ClvColumn).data().toString(), QStringLiteral("20.0 %"));
    QCOMPARE(m->index(1, SegmentOverviewChart::PAliveColumn).data().toString(), QStringLiteral("0.55"));
    QCOMPARE(chart.barValues(0), (QVector<double>{20, 80}));
    QCOMPARE(chart.barValues(1), (QVector<double>{70, 30}));
    QCOMPARE(chart.barValues(2), (QVector<double>{80, 20}));
    // Sorting the view by customers puts Low first; the model keeps its order.
    chart.tableView()->sortByColumn(SegmentOverviewChart::CountColumn, Qt::DescendingOrder);
    QCOMPARE(chart.tableView()->model()->index(0, 0).data().toString(), QStringLiteral("Low"));
    QVERIFY(chart.titleText().contains(QStringLiteral("1,000 customers")));
}

void TestCharts::exportWritesPngAndPdf()
{
    QTemporaryDir dir;
    ParetoChart pareto;
    pareto.setCurves({{QStringLiteral("Overall"), analytics::pareto({1, 2, 3, 40})}});
    CohortHeatmap cohorts;
    cohorts.setTable(smallCohorts());
    DistributionChart distribution;
    distribution.setData({{QStringLiteral("A"), {1, 2, 3}}}, QStringLiteral("Age"), false);
    ModelCheckChart check;
    check.setCheck(smallCheck());
    SegmentOverviewChart segments;
    segments.setSegments({{QStringLiteral("High"), 2, 0.5, 0.5, 0.5}});
    ClusterProfileView clusters;
    clusters.setProfiles({QStringLiteral("A")}, {1}, {QStringLiteral("AUM")}, {{1}});
    MigrationMatrixView migration;
    migration.setMigration(smallMigration(), {});
    const QList<QPair<QString, std::function<bool(const QString &)>>> charts = {
        {QStringLiteral("pareto"), [&](const QString &p) { return pareto.exportTo(p); }},
        {QStringLiteral("cohorts"), [&](const QString &p) { return cohorts.exportTo(p); }},
        {QStringLiteral("distribution"), [&](const QString &p) { return distribution.exportTo(p); }},
        {QStringLiteral("check"), [&](const QString &p) { return check.exportTo(p); }},
        {QStringLiteral("segments"), [&](const QString &p) { return segments.exportTo(p); }},
        {QStringLiteral("clusters"), [&](const QString &p) { return clusters.exportTo(p); }},
        {QStringLiteral("migration"), [&](const QString &p) { return migration.exportTo(p); }},
    };
    for (const auto &[name, exporter] : charts) {
        for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("pdf")}) {
            const QString path = dir.filePath(name + QLatin1Char('.') + suffix);
            QVERIFY2(exporter(path), qPrintable(path));
            QVERIFY2(fileSize(path) > 500, qPrintable(path));
        }
        QVERIFY(test::readFile(dir.filePath(name + QStringLiteral(".pdf"))).startsWith("%PDF"));
        QVERIFY(test::readFile(dir.filePath(name + QStringLiteral(".png"))).startsWith("\x89PNG"));
        QVERIFY(!exporter(dir.filePath(name + QStringLiteral(".bmpx"))));
    }
}

void TestCharts::darkPaletteChangesAxisColour()
{
    ParetoChart pareto;
    pareto.setCurves({{QStringLiteral("Overall"), analytics::pareto({1, 2, 3, 40})}});
    CohortHeatmap cohorts;
    cohorts.setTable(smallCohorts());
    DistributionChart distribution;
    distribution.setData({{QStringLiteral("A"), {1, 2, 3}}}, QStringLiteral("Age"), false);
    ModelCheckChart check;
    check.setCheck(smallCheck());
    SegmentOverviewChart segments;
    segments.setSegments({{QStringLiteral("High"), 2, 0.5, 0.5, 0.5}});
    ClusterProfileView clusters;
    clusters.setSilhouette({{2, 0.4}, {3, 0.5}});
    QList<QWidget *> widgets{&pareto, &cohorts, &distribution, &check, &segments, &clusters};
    QList<std::function<QColor()>> colours{[&] { return pareto.axisColor(); }, [&] { return cohorts.axisColor(); },
                                           [&] { return distribution.axisColor(); }, [&] { return check.axisColor(); },
                                           [&] { return segments.axisColor(); }, [&] { return clusters.axisColor(); }};
    for (int i = 0; i < widgets.size(); ++i) {
        const QColor light = colours[i]();
        widgets[i]->setPalette(darkPalette());
        const QColor dark = colours[i]();
        QVERIFY2(light != dark, qPrintable(QString::number(i)));
        QVERIFY2(dark.lightness() > light.lightness(), qPrintable(QString::number(i))); // light on dark
    }
}

namespace {
// The tooltip the plot inside `chart` shows for the point (key, value) of its axis rect `rect`.
QString toolTipAt(QWidget *chart, double key, double value, int rect = 0)
{
    auto *plot = chart->findChild<QCustomPlot *>();
    if (!plot)
        return QStringLiteral("(no plot)");
    chart->resize(800, 600);
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart))
        return QStringLiteral("(not exposed)");
    plot->replot();
    QCPAxisRect *axisRect = plot->axisRects().value(rect);
    const QPoint pos(int(axisRect->axis(QCPAxis::atBottom)->coordToPixel(key)),
                     int(axisRect->axis(QCPAxis::atLeft)->coordToPixel(value)));
    QHelpEvent event(QEvent::ToolTip, pos, plot->mapToGlobal(pos));
    QApplication::sendEvent(plot, &event);
    const QString text = QToolTip::text();
    QToolTip::hideText();
    return text;
}
} // namespace

void TestCharts::tooltipsOnBarsAndCells()
{
    ModelCheckChart check;
    check.setCheck(smallCheck());
    // Bucket 3: 70 customers, actual 0.3 + 1.5 = 1.80, predicted 0.35 + 1.44 = 1.79.
    const QString bar = toolTipAt(&check, 3, 0.5);
    QVERIFY2(bar.contains(QStringLiteral("70 customers")) && bar.contains(QStringLiteral("1.80"))
                 && bar.contains(QStringLiteral("1.79")),
             qPrintable(bar));

    CohortHeatmap cohorts;
    cohorts.setTable(smallCohorts());
    const QString cell = toolTipAt(&cohorts, 2, 1); // row 1 (2025-02), age 2
    QVERIFY2(cell.contains(QStringLiteral("2025-02")) && cell.contains(QStringLiteral("55.0 %")), qPrintable(cell));
    const QString blank = toolTipAt(&cohorts, 3, 1);
    QVERIFY2(blank.contains(QStringLiteral("Not observed")), qPrintable(blank));

    SegmentOverviewChart segments;
    segments.setSegments({{QStringLiteral("High"), 200, 0.7, 0.8, 0.9}, {QStringLiteral("Low"), 800, 0.3, 0.2, 0.55}});
    const QString segment = toolTipAt(&segments, 1, 10);
    QVERIFY2(segment.contains(QStringLiteral("Low")) && segment.contains(QStringLiteral("800 customers")), qPrintable(segment));

    DistributionChart distribution;
    distribution.setData({{QStringLiteral("A"), {1, 2, 3, 4, 100}}}, QStringLiteral("Age"), false);
    const QString box = toolTipAt(&distribution, 3, 0, 1);
    QVERIFY2(box.contains(QStringLiteral("median 3")) && box.contains(QStringLiteral("outliers: 1")), qPrintable(box));
}

void TestCharts::languageChangeKeepsContent()
{
    ParetoChart pareto;
    pareto.setCurves({{QStringLiteral("Overall"), analytics::pareto({47, 812, 47, 47, 47})}});
    CohortHeatmap cohorts;
    cohorts.setTable(smallCohorts());
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&pareto, &change);
    QApplication::sendEvent(&cohorts, &change);
    QVERIFY(pareto.markerText(0).contains(QStringLiteral("81.2")));
    QCOMPARE(cohorts.cellValue(1, 2), 0.55);
    QCOMPARE(cohorts.cellText(1, 2), QStringLiteral("55"));
}

void TestCharts::renderGeneratedBook()
{
    QTemporaryDir dir;
    QString why;
    const QString path = test::importGeneratedBook(dir, 2000, 7, &why);
    QVERIFY2(!path.isEmpty(), qPrintable(why));
    auto ws = store::Workspace::open(path);
    QVERIFY(ws.ok());
    jobs::NullProgress progress;
    auto r = analytics::runClv(**ws, analytics::ClvOptions(), progress);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    const analytics::CustomerFeatures &f = *r->features;
    QCOMPARE(f.customerId, r->customerId);
    const std::size_t n = r->customerId.size();

    ParetoChart pareto;
    pareto.setValueName(QStringLiteral("CLV"));
    const auto byBranch = analytics::paretoByGroup(r->marginClv, f.branchId);
    pareto.setCurves({{QStringLiteral("Overall"), r->valueConcentration},
                      {QStringLiteral("支行 ") + byBranch.byGroup.firstKey(), byBranch.byGroup.first()}});
    pareto.resize(800, 520);
    QVERIFY(pareto.exportTo(QStringLiteral("/tmp/charts-pareto.png")));

    CohortHeatmap cohorts;
    cohorts.setTable(r->cohorts);
    cohorts.resize(1000, 760);
    QVERIFY(cohorts.exportTo(QStringLiteral("/tmp/charts-cohorts.png")));
    cohorts.setMeasure(CohortHeatmap::Measure::AumRetained);
    QVERIFY(cohorts.exportTo(QStringLiteral("/tmp/charts-cohorts-aum.png")));
    cohorts.setPalette(darkPalette());
    QVERIFY(cohorts.exportTo(QStringLiteral("/tmp/charts-cohorts-dark.png")));

    ModelCheckChart check;
    QVERIFY(r->holdout.has_value());
    check.setCheck(*r->holdout);
    check.resize(800, 480);
    QVERIFY(check.exportTo(QStringLiteral("/tmp/charts-modelcheck.png")));

    // Segments: the value bands.
    const analytics::ValueBand bands[] = {analytics::ValueBand::High, analytics::ValueBand::Medium, analytics::ValueBand::Low};
    QVector<SegmentSummary> summaries;
    QVector<QPair<QString, QVector<double>>> aumBySegment, ageBySegment;
    QStringList names;
    QVector<qint64> sizes;
    QVector<QVector<double>> centroids;
    double aumTotal = 0, clvTotal = 0;
    for (std::size_t i = 0; i < n; ++i) {
        aumTotal += f.aum1m[i];
        clvTotal += std::isfinite(r->marginClv[i]) ? std::max(r->marginClv[i], 0.0) : 0.0;
    }
    for (const auto band : bands) {
        SegmentSummary s;
        s.name = analytics::valueBandName(band);
        QVector<double> aum, age;
        double aumSum = 0, clvSum = 0, pSum = 0, tenure = 0, freq = 0;
        int pCount = 0, tCount = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (r->valueBand[i] != band)
                continue;
            ++s.count;
            aum << f.aum1m[i];
            age << f.age[i];
            aumSum += f.aum1m[i];
            clvSum += std::isfinite(r->marginClv[i]) ? std::max(r->marginClv[i], 0.0) : 0.0;
            if (std::isfinite(r->pAlive[i])) {
                pSum += r->pAlive[i];
                ++pCount;
            }
            if (std::isfinite(f.tenureMonths[i])) {
                tenure += f.tenureMonths[i];
                ++tCount;
            }
            freq += f.frequency[i];
        }
        s.aumShare = aumSum / aumTotal;
        s.clvShare = clvSum / clvTotal;
        s.avgPAlive = pCount ? pSum / pCount : kNaN;
        summaries << s;
        aumBySegment << qMakePair(s.name, aum);
        ageBySegment << qMakePair(s.name, age);
        names << s.name;
        sizes << s.count;
        centroids << QVector<double>{aumSum / double(s.count), tCount ? tenure / tCount : kNaN, freq / double(s.count),
                                     DistributionChart::boxStats(age).median};
    }
    SegmentOverviewChart overview;
    overview.setSegments(summaries);
    overview.resize(800, 600);
    overview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&overview));
    QVERIFY(overview.exportTo(QStringLiteral("/tmp/charts-segments.png")));

    DistributionChart distribution;
    distribution.setData(aumBySegment, QStringLiteral("AUM (1 month)"), true);
    distribution.resize(900, 620);
    QVERIFY(distribution.exportTo(QStringLiteral("/tmp/charts-distribution-aum.png")));
    distribution.setData(ageBySegment, QStringLiteral("Age"), false);
    QVERIFY(distribution.exportTo(QStringLiteral("/tmp/charts-distribution-age.png")));

    ClusterProfileView clusters;
    clusters.setProfiles(names, sizes,
                         {QStringLiteral("AUM"), QStringLiteral("Tenure (months)"), QStringLiteral("Purchase days"),
                          QStringLiteral("Median age")},
                         centroids);
    clusters.setSilhouette({{2, 0.41}, {3, 0.46}, {4, 0.44}, {5, 0.39}, {6, 0.35}});
    clusters.resize(800, 460);
    clusters.show();
    QVERIFY(QTest::qWaitForWindowExposed(&clusters));
    QVERIFY(clusters.exportTo(QStringLiteral("/tmp/charts-clusters.png")));

    // Tier migration: the default tiers six months ago against now, from the AUM history.
    const auto rules = analytics::TierRuleSet::defaults();
    std::vector<analytics::TierAssignment> before, after;
    const int months = f.historyMonths;
    QVERIFY(months > 6);
    for (std::size_t i = 0; i < n; ++i) {
        const double *h = f.aumHistory.data() + i * std::size_t(months);
        before.push_back(analytics::assignTier(h, months - 6, rules.thresholds(), rules.patience()));
        after.push_back(analytics::assignTier(h, months, rules.thresholds(), rules.patience()));
    }
    const auto migration = analytics::tierMigration(rules.size(), f.customerId, before, f.customerId, after);
    QStringList tierNames;
    for (const auto &t : rules.tiers())
        tierNames << t.displayName();
    MigrationMatrixView matrix;
    matrix.setMigration(migration, tierNames);
    matrix.setDates(QStringLiteral("2026-04-30"), QStringLiteral("2026-10-31"));
    matrix.resize(760, 420);
    matrix.show();
    QVERIFY(QTest::qWaitForWindowExposed(&matrix));
    QVERIFY(matrix.exportTo(QStringLiteral("/tmp/charts-migration.png")));
    QVERIFY(matrix.exportTo(QStringLiteral("/tmp/charts-migration.pdf")));
    QVERIFY(pareto.exportTo(QStringLiteral("/tmp/charts-pareto.pdf")));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
