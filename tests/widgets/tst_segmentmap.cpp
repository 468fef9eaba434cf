// The segment map: rectangle and lasso selection (replace / add / remove), the automatic
// drawing mode, log axes, clicking a customer, dragging a rectangle, Esc, resetting the view
// and exporting. Grabs under /tmp/segmentmap-*.png are for looking at.

#include "charts/segmentmap.h"

#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace tierwise;
using Mode = SegmentMap::Mode;

namespace {

constexpr int kSide = 30; // a kSide × kSide grid: row = y * kSide + x, group = x / 10

SegmentMapData gridData()
{
    SegmentMapData data;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            data.x << x;
            data.y << y;
            data.group << x / 10;
        }
    data.groupNames = QStringList{QStringLiteral("Mass"), QStringLiteral("Affluent"), QStringLiteral("Private")};
    data.xLabel = QStringLiteral("Recency");
    data.yLabel = QStringLiteral("Frequency");
    return data;
}

QVector<int> gridRows(const std::function<bool(int x, int y)> &inside)
{
    QVector<int> rows;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x)
            if (inside(x, y))
                rows << y * kSide + x;
    std::sort(rows.begin(), rows.end());
    return rows;
}

// Three customer clouds (AUM on a log axis against tenure), as a worker would hand them over.
SegmentMapData clouds(int perGroup, quint32 seed)
{
    QRandomGenerator rng(seed);
    const auto normal = [&rng] {
        const double u = std::max(rng.generateDouble(), 1e-12), v = rng.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * 3.14159265358979323846 * v);
    };
    SegmentMapData data;
    const double centreAum[] = {4.0, 5.2, 6.3}, centreTenure[] = {3.0, 8.0, 14.0};
    for (int g = 0; g < 3; ++g)
        for (int i = 0; i < perGroup; ++i) {
            data.x << std::pow(10.0, centreAum[g] + 0.45 * normal());
            data.y << std::max(0.1, centreTenure[g] + 2.5 * normal());
            data.group << g;
            data.size << std::pow(10.0, centreAum[g] - 1 + 0.5 * normal());
        }
    data.groupNames = QStringList{QStringLiteral("Mass"), QStringLiteral("Affluent"), QStringLiteral("Private")};
    data.logX = true;
    data.xLabel = QStringLiteral("AUM (CNY)");
    data.yLabel = QStringLiteral("Tenure (years)");
    return data;
}

void showSized(SegmentMap &map)
{
    map.resize(900, 640);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.replotNow();
}

} // namespace

class TestSegmentMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void rectangleSelectsExactlyTheRowsInside()
    {
        SegmentMap map;
        map.setData(gridData());
        QSignalSpy spy(&map, &SegmentMap::selectionChanged);
        map.selectRect(QRectF(QPointF(4.5, 2.5), QPointF(10.5, 5.5)), Qt::NoModifier);
        const QVector<int> expected = gridRows([](int x, int y) { return x >= 5 && x <= 10 && y >= 3 && y <= 5; });
        QCOMPARE(map.selection(), expected);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<QVector<int>>(), expected);

        map.selectRect(QRectF(QPointF(4.5, 2.5), QPointF(10.5, 5.5)), Qt::NoModifier);
        QCOMPARE(spy.count(), 1); // the same set: no signal
    }

    void shiftAddsAndCtrlRemoves()
    {
        SegmentMap map;
        map.setData(gridData());
        QSignalSpy spy(&map, &SegmentMap::selectionChanged);
        map.selectRect(QRectF(QPointF(-1, -1), QPointF(2.5, 2.5)), Qt::NoModifier);  // x, y in 0..2
        map.selectRect(QRectF(QPointF(19.5, 19.5), QPointF(21.5, 20.5)), Qt::ShiftModifier);
        QCOMPARE(map.selection(), gridRows([](int x, int y) {
                     return (x <= 2 && y <= 2) || (x >= 20 && x <= 21 && y == 20);
                 }));
        map.selectRect(QRectF(QPointF(0.5, -1), QPointF(1.5, 5)), Qt::ControlModifier); // drops x == 1
        QCOMPARE(map.selection(), gridRows([](int x, int y) {
                     return (x <= 2 && x != 1 && y <= 2) || (x >= 20 && x <= 21 && y == 20);
                 }));
        map.selectRect(QRectF(QPointF(10.2, 10.2), QPointF(10.8, 10.8)), Qt::NoModifier); // nothing inside
        QVERIFY(map.selection().isEmpty());
        QCOMPARE(spy.count(), 4);
    }

    void lassoSelectsThePointsInsideATriangle()
    {
        SegmentMap map;
        map.setData(gridData());
        const QPointF a(0.5, 0.5), b(20.6, 0.5), c(0.5, 20.6);
        map.selectPolygon(QPolygonF{a, b, c}, Qt::NoModifier);
        const auto below = [&](int x, int y) { // on the origin's side of the line b–c
            const double cross = (c.x() - b.x()) * (y - b.y()) - (c.y() - b.y()) * (x - b.x());
            return cross > 0;
        };
        const QVector<int> expected = gridRows([&](int x, int y) { return x >= 1 && y >= 1 && below(x, y); });
        QCOMPARE(expected.size(), 210); // x, y >= 1 and x + y <= 21: 20 + 19 + … + 1
        QCOMPARE(map.selection(), expected);

        // Shift + a second triangle adds; Ctrl + the same removes it again.
        const QPolygonF far{QPointF(28.5, 28.5), QPointF(29.5, 28.5), QPointF(29.5, 29.5)};
        map.selectPolygon(far, Qt::ShiftModifier);
        QCOMPARE(map.selection().size(), 211);
        QVERIFY(map.selection().contains(29 * kSide + 29));
        map.selectPolygon(far, Qt::ControlModifier);
        QCOMPARE(map.selection(), expected);
    }

    void modeFollowsTheNumberInView()
    {
        SegmentMap map;
        showSized(map);
        QSignalSpy modes(&map, &SegmentMap::modeChanged);
        map.setData(clouds(1000, 1));
        QCOMPARE(map.mode(), Mode::Symbols);

        map.setData(clouds(500000 / 3 + 1, 2)); // ≈ 500k
        QCOMPARE(map.mode(), Mode::Density);
        QVERIFY(map.visibleCount() > SegmentMap::kDotsMaxVisible);

        // Zoomed into the tail: a few thousand in view → symbols again, by itself.
        map.setViewRect(QRectF(QPointF(1e6, 16), QPointF(1e8, 25)));
        QVERIFY2(map.visibleCount() <= SegmentMap::kSymbolsMaxVisible, qPrintable(QString::number(map.visibleCount())));
        QCOMPARE(map.mode(), Mode::Symbols);
        map.resetView();
        QCOMPARE(map.mode(), Mode::Density);

        map.setModeOverride(Mode::Dots);
        QCOMPARE(map.mode(), Mode::Dots);
        map.setModeOverride(std::nullopt);
        QCOMPARE(map.mode(), Mode::Density);

        map.setData(clouds(1000, 3));
        QCOMPARE(map.mode(), Mode::Symbols);
        QVERIFY(modes.count() >= 4);
    }

    void logAxisNeverSelectsNonPositiveValues()
    {
        SegmentMapData data;
        data.x = {-5, 0, 0.5, 10, 1000, qQNaN(), 200};
        data.y = {1, 2, 3, 4, 5, 6, -1};
        data.group = {0, 0, 0, 1, 1, 1, 1};
        data.groupNames = QStringList{QStringLiteral("A"), QStringLiteral("B")};
        data.logX = true;
        SegmentMap map;
        map.setData(data);
        map.selectRect(QRectF(QPointF(-1e9, -1e9), QPointF(1e9, 1e9)), Qt::NoModifier);
        QCOMPARE(map.selection(), (QVector<int>{2, 3, 4, 6}));
        map.selectPolygon(QPolygonF{QPointF(-1e9, -1e9), QPointF(1e9, -1e9), QPointF(1e9, 1e9), QPointF(-1e9, 1e9)},
                          Qt::NoModifier);
        QCOMPARE(map.selection(), (QVector<int>{2, 3, 4, 6}));
        QVERIFY(std::isnan(map.pixelFor(1).x()));
        // The view fits the drawable points only: 0.5 … 1000 on x.
        QVERIFY(map.viewRect().left() > 0.3 && map.viewRect().left() < 0.5);
        QVERIFY(map.viewRect().right() > 1000 && map.viewRect().right() < 2000);
    }

    void clickingNearAPointReportsThatCustomer()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        QSignalSpy clicked(&map, &SegmentMap::customerClicked);
        QSignalSpy selection(&map, &SegmentMap::selectionChanged);
        const int row = 7 * kSide + 12;
        const QPoint at = map.pixelFor(row).toPoint() + QPoint(3, -2);
        QTest::mouseClick(map.plotWidget(), Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), row);
        QCOMPARE(selection.count(), 0);

        // Between points (further than the pick radius from all): no customer.
        const QPointF between = (map.pixelFor(row) + map.pixelFor(row + kSide + 1)) / 2;
        QTest::mouseClick(map.plotWidget(), Qt::LeftButton, Qt::NoModifier, between.toPoint());
        QCOMPARE(clicked.count(), 1);
    }

    void draggingARectangleSelectsAndEscClears()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        QSignalSpy spy(&map, &SegmentMap::selectionChanged);
        const QPointF from = (map.pixelFor(2 * kSide + 3) + map.pixelFor(1 * kSide + 2)) / 2;   // (2.5, 1.5)
        const QPointF to = (map.pixelFor(6 * kSide + 8) + map.pixelFor(7 * kSide + 9)) / 2;     // (8.5, 6.5)
        QWidget *plot = map.plotWidget();
        QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from.toPoint());
        QTest::mouseMove(plot, ((from + to) / 2).toPoint());
        QTest::mouseMove(plot, to.toPoint());
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to.toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(map.selection(), gridRows([](int x, int y) { return x >= 3 && x <= 8 && y >= 2 && y <= 6; }));

        map.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&map));
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Escape);
        QVERIFY(map.selection().isEmpty());
        QCOMPARE(spy.count(), 2);
    }

    void altDragDrawsALasso()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        // Pixel of a data point between grid points: interpolate the grid's own pixels.
        const auto pixel = [&map](double x, double y) {
            const QPointF origin = map.pixelFor(0), unitX = map.pixelFor(1) - origin, unitY = map.pixelFor(kSide) - origin;
            return (origin + unitX * x + unitY * y).toPoint();
        };
        const QPolygonF lasso{QPointF(0.5, 0.5), QPointF(6.5, 0.5), QPointF(6.5, 3.5), QPointF(3.5, 7.5), QPointF(0.5, 7.5)};
        QWidget *plot = map.plotWidget();
        QTest::mousePress(plot, Qt::LeftButton, Qt::AltModifier, pixel(0.5, 0.5));
        for (int i = 1; i < lasso.size(); ++i)
            QTest::mouseMove(plot, pixel(lasso[i].x(), lasso[i].y()));
        QTest::mouseRelease(plot, Qt::LeftButton, Qt::AltModifier, pixel(0.5, 7.5));
        const QVector<int> expected = gridRows([](int x, int y) {
            return x >= 1 && y >= 1 && y <= 7 && (y <= 3 ? x <= 6 : x < 6.5 - 3.0 * (y - 3.5) / 4.0);
        });
        QCOMPARE(map.selection(), expected);
    }

    void hoveringShowsTheProvidersTooltip()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        QVector<int> asked;
        map.setTooltipProvider([&asked](int row) {
            asked << row;
            return QStringLiteral("张** · row %1").arg(row);
        });
        const int row = 12 * kSide + 4;
        QTest::mouseMove(map.plotWidget(), map.pixelFor(row).toPoint() + QPoint(1, 2));
        QTRY_VERIFY(!asked.isEmpty());
        QCOMPARE(asked.last(), row);
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("张** · row %1").arg(row));

        map.setTooltipProvider({}); // the default: segment and figures
        QTest::mouseMove(map.plotWidget(), map.pixelFor(row + 1).toPoint());
        QTRY_COMPARE(QToolTip::text(), QStringLiteral("Mass\nRecency: 5\nFrequency: 12"));
    }

    void rightDragPansWithoutSelecting()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        QSignalSpy spy(&map, &SegmentMap::selectionChanged);
        const QRectF before = map.viewRect();
        const QPointF from = map.pixelFor(10 * kSide + 10), to = map.pixelFor(10 * kSide + 15); // 5 units right
        QWidget *plot = map.plotWidget();
        QTest::mousePress(plot, Qt::RightButton, Qt::NoModifier, from.toPoint());
        QTest::mouseMove(plot, to.toPoint());
        QTest::mouseRelease(plot, Qt::RightButton, Qt::NoModifier, to.toPoint());
        const QRectF after = map.viewRect();
        QVERIFY2(std::abs(after.left() - (before.left() - 5)) < 0.1, qPrintable(QString::number(after.left())));
        QVERIFY(std::abs(after.width() - before.width()) < 1e-9);
        QVERIFY(std::abs(after.top() - before.top()) < 0.1);
        QCOMPARE(spy.count(), 0);
    }

    void highlightedRowsAreKeptApartFromTheSelection()
    {
        SegmentMap map;
        map.setData(gridData());
        QSignalSpy spy(&map, &SegmentMap::selectionChanged);
        map.setHighlighted({40, 3, 3, 5000, -1});
        QCOMPARE(map.highlighted(), (QVector<int>{3, 40}));
        QVERIFY(map.selection().isEmpty());
        QCOMPARE(spy.count(), 0);
    }

    void resetViewFitsTheData()
    {
        SegmentMap map;
        showSized(map);
        map.setData(gridData());
        map.setViewRect(QRectF(QPointF(3, 3), QPointF(4, 4)));
        map.resetView();
        const QRectF view = map.viewRect();
        QVERIFY(view.left() < 0 && view.left() > -2);
        QVERIFY(view.right() > 29 && view.right() < 31);
        QVERIFY(view.top() < 0 && view.top() > -2);
        QVERIFY(view.bottom() > 29 && view.bottom() < 31);
        QCOMPARE(map.visibleCount(), kSide * kSide);

        QTest::mouseDClick(map.plotWidget(), Qt::LeftButton, Qt::NoModifier, map.pixelFor(0).toPoint());
        map.setViewRect(QRectF(QPointF(3, 3), QPointF(4, 4)));
        QTest::mouseDClick(map.plotWidget(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QCOMPARE(map.viewRect(), view);
    }

    void emptyDataShowsTheEmptyState()
    {
        SegmentMap map;
        map.setData({});
        QCOMPARE(map.rowCount(), 0);
        map.selectRect(QRectF(0, 0, 1, 1), Qt::NoModifier);
        QVERIFY(map.selection().isEmpty());
        const auto *label = map.findChild<QWidget *>(QStringLiteral("emptyStateMessage"));
        QVERIFY(label);
    }

    void exportsPngAndPdf()
    {
        QTemporaryDir dir;
        SegmentMap map;
        map.setData(clouds(2000, 4));
        const QString png = dir.filePath(QStringLiteral("map.png")), pdf = dir.filePath(QStringLiteral("map.pdf"));
        QVERIFY(map.savePng(png, 800, 500));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        QVERIFY(QFileInfo(pdf).size() == 0);
        QVERIFY(map.savePdf(pdf, 800, 500));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    // Not an assertion of looks: grabs for a person to look at (light and dark palettes).
    void grabsForLooking()
    {
        SegmentMap map;
        showSized(map);
        map.setData(clouds(20000, 5));
        map.selectRect(QRectF(QPointF(2e5, 6), QPointF(1e6, 10)), Qt::NoModifier);
        map.setHighlighted({1, 2, 3, 20001, 40001});
        QCOMPARE(map.mode(), Mode::Dots); // 60k in view
        map.setModeOverride(Mode::Symbols);
        QVERIFY(map.grab().save(QStringLiteral("/tmp/segmentmap-20k.png")));
        map.setModeOverride(std::nullopt);
        QVERIFY(map.grab().save(QStringLiteral("/tmp/segmentmap-20k-dots.png")));

        map.setData(clouds(1000000 / 3, 6));
        QCOMPARE(map.mode(), Mode::Density);
        map.selectRect(QRectF(QPointF(2e5, 6), QPointF(1e6, 10)), Qt::NoModifier);
        QVERIFY(map.grab().save(QStringLiteral("/tmp/segmentmap-1m.png")));

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Mid, QColor(0x60, 0x60, 0x60));
        map.setPalette(dark);
        map.setData(clouds(20000, 5));
        map.setModeOverride(Mode::Symbols);
        QVERIFY(map.grab().save(QStringLiteral("/tmp/segmentmap-20k-dark.png")));
    }
};

QTEST_MAIN(TestSegmentMap)
#include "tst_segmentmap.moc"
