#pragma once

// The brief's charts drawn with QPainter as vectors (only the density layers of the segment map
// are a small raster image), in points on a BriefCanvas. Print colours: dark text on white paper.
// No widgets: usable off the GUI thread.

#include "analytics/briefdata.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace tierwise {

class BriefCanvas;
class BriefFormat;

namespace briefcharts {

QColor textColor();
QColor mutedColor();
QColor gridColor();
QColor ruleColor();
// The i-th segment colour (Okabe–Ito order, as the workbench's charts).
QColor segmentColor(int index);
QColor mix(const QColor &a, const QColor &b, double t);

struct Axis
{
    double from = 0;
    double to = 1;
    std::vector<std::pair<double, QString>> ticks;
    QString title;
};
// Decade ticks of a log10 axis labelled as money; every other decade beyond six.
Axis moneyAxis(double logFrom, double logTo, const QString &title, const BriefFormat &format);
// 0 … top (a share) with ticks as percentages.
Axis shareAxis(double top, const QString &title, const BriefFormat &format);

// Frame, grid, ticks and titles around the plot; returns the plot's inner rectangle.
QRectF drawAxes(const BriefCanvas &canvas, const QRectF &outer, const Axis &x, const Axis &y);
QPointF toPlot(const QRectF &plot, const Axis &x, const Axis &y, double xv, double yv);

// A centred grey note where a chart has nothing to show.
void emptyState(const BriefCanvas &canvas, const QRectF &rect, const QString &text);
// A row of legend swatches and labels from the top left of rect; returns the height used.
double legend(const BriefCanvas &canvas, const QRectF &rect, const std::vector<std::pair<QColor, QString>> &items,
              bool lines = false);

// Grouped horizontal bars: per category (a segment) one bar per series, labelled with the share.
struct ShareSeries
{
    QString label;
    QColor color;
    std::vector<double> values; // per category, 0 … 1
};
void shareBars(const BriefCanvas &canvas, const QRectF &rect, const QStringList &categories,
               const std::vector<ShareSeries> &series, const BriefFormat &format);
// Height shareBars needs for n categories and s series.
double shareBarsHeight(int categories, int series);

// The Lorenz curve (x: share of customers from the largest, y: share of the value) with the
// diagonal and the top-20 % point marked.
void lorenz(const BriefCanvas &canvas, const QRectF &rect, const QVector<double> &x, const QVector<double> &y,
            double top20Share, const QString &xTitle, const QString &yTitle, const BriefFormat &format);

// The segment map: every customer of the scope as a light grey density, the segment's on top in
// its colour; log axes of AUM and margin CLV.
void densityMap(const BriefCanvas &canvas, const QRectF &rect, const analytics::BriefMapAxes &axes,
                const analytics::BriefDensity &book, const analytics::BriefDensity &segment, const QColor &color,
                const QString &xTitle, const QString &yTitle, const BriefFormat &format);

// Share of the segment's customers per log bin.
void histogram(const BriefCanvas &canvas, const QRectF &rect, const analytics::BriefHistogram &h, const QColor &color,
               const QString &xTitle, const QString &yTitle, const BriefFormat &format);

// Two curves over months since acquisition (NaN points are gaps): the segment's and the book's.
void curves(const BriefCanvas &canvas, const QRectF &rect, const std::vector<double> &segment,
            const std::vector<double> &book, const QColor &color, const QString &xTitle, const QString &yTitle,
            const BriefFormat &format);

// A small bar beside a share in a table cell: a filled part of `width` for share (0 … 1).
void shareBar(const BriefCanvas &canvas, const QRectF &rect, double share, const QColor &color);

} // namespace briefcharts
} // namespace tierwise
