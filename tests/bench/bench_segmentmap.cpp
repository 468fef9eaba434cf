// Segment map: full replot times (QCustomPlot::replot with rpImmediateRefresh) at 10k / 100k / 1M
// customers in the automatic mode and in each forced mode, setData, a rectangle selection over
// half the points, and a redraw of the selection layer alone. Run with QT_QPA_PLATFORM=offscreen.

#include "charts/segmentmap.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using tierwise::SegmentMap;
using tierwise::SegmentMapData;

namespace {

SegmentMapData clouds(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const auto normal = [&rng] {
        const double u = std::max(rng.generateDouble(), 1e-12), v = rng.generateDouble();
        return std::sqrt(-2 * std::log(u)) * std::cos(6.283185307179586 * v);
    };
    SegmentMapData data;
    data.x.reserve(n);
    data.y.reserve(n);
    data.group.reserve(n);
    for (int i = 0; i < n; ++i) {
        const int g = static_cast<int>(rng.bounded(6));
        data.x << std::pow(10.0, 3.5 + 0.5 * g + 0.5 * normal());
        data.y << std::max(0.1, 2.0 + 2.5 * g + 2.5 * normal());
        data.group << g;
    }
    for (int g = 0; g < 6; ++g)
        data.groupNames << QStringLiteral("Segment %1").arg(g + 1);
    data.logX = true;
    data.xLabel = QStringLiteral("AUM");
    data.yLabel = QStringLiteral("Tenure");
    return data;
}

const char *modeName(SegmentMap::Mode m)
{
    return m == SegmentMap::Mode::Symbols ? "symbols" : m == SegmentMap::Mode::Dots ? "dots" : "density";
}

// Median of `runs` timed calls, in milliseconds.
template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    SegmentMap map;
    map.resize(1200, 800);
    map.show();
    map.setData(clouds(10, 1));
    for (int i = 0; i < 10; ++i) // let the window lay itself out (a benchmark, not GUI code)
        QCoreApplication::processEvents();
    QCustomPlot *plot = map.customPlot();
    std::printf("Segment map, plot %dx%d px, median of 7 replots (ms)\n", plot->width(), plot->height());
    std::printf("%9s %10s %10s %10s %10s %10s  %s\n", "points", "setData", "auto", "symbols", "dots", "density",
                "(auto mode)");
    for (int n : {10000, 100000, 1000000}) {
        SegmentMapData data = clouds(n, 42);
        QElapsedTimer timer;
        timer.start();
        map.setData(data);
        const double setDataMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        const auto replot = [&] { plot->replot(QCustomPlot::rpImmediateRefresh); };
        replot();
        const double automatic = medianMs(7, replot);
        const double qcpOwn = plot->replotTime(false); // QCustomPlot's own figure for the last replot
        const SegmentMap::Mode autoMode = map.mode();
        double forced[3];
        for (int m = 0; m < 3; ++m) {
            map.setModeOverride(static_cast<SegmentMap::Mode>(m));
            replot();
            forced[m] = medianMs(m == 0 && n >= 1000000 ? 3 : 7, replot);
        }
        map.setModeOverride(std::nullopt);
        std::printf("%9d %10.1f %10.1f %10.1f %10.1f %10.1f  %s (QCustomPlot::replotTime %.1f ms)\n", n, setDataMs,
                    automatic, forced[0], forced[1], forced[2], modeName(autoMode), qcpOwn);

        if (n == 1000000) {
            std::vector<double> xs(data.x.cbegin(), data.x.cend());
            std::nth_element(xs.begin(), xs.begin() + n / 2, xs.end());
            const QRectF half(QPointF(1e-9, -1e9), QPointF(xs[n / 2], 1e9));
            double selectMs = 0;
            for (int i = 0; i < 5; ++i) {
                map.clearSelection();
                timer.start();
                map.selectRect(half, Qt::NoModifier);
                selectMs = std::max(selectMs, static_cast<double>(timer.nsecsElapsed()) / 1e6);
            }
            std::printf("1M: rectangle selection over half the points (%lld selected, incl. drawing them on top): "
                        "%.1f ms (worst of 5)\n",
                        static_cast<long long>(map.selection().size()), selectMs);
            const double withSelection = medianMs(7, replot);
            std::printf("1M: full replot with %lld selected: %.1f ms\n", static_cast<long long>(map.selection().size()),
                        withSelection);
            const QVector<int> few = map.selection().mid(0, 5000);
            map.setSelection(few);
            const double overlay = medianMs(7, [&] { plot->layer(QStringLiteral("overlay"))->replot(); });
            std::printf("1M: selection layer alone with %lld selected: %.1f ms\n", static_cast<long long>(few.size()),
                        overlay);
            map.setViewRect(QRectF(QPointF(3e5, 14), QPointF(1e6, 16)));
            const double zoomed = medianMs(7, replot);
            std::printf("1M zoomed in: %d in view, %s, replot %.1f ms\n", map.visibleCount(), modeName(map.mode()), zoomed);
        }
    }
    map.resetView();
    map.grab().save(QStringLiteral("/tmp/segmentmap-bench-1m.png"));
    return 0;
}
