#pragma once

// Shared look and export of the charts (private to widgets/charts): a qualitative palette that
// reads on light and dark backgrounds, axis/grid/text colours taken from the widget's QPalette,
// the plot font with the CJK fallback, PNG/PDF export of a QCustomPlot or of a whole widget, and
// tooltips on a plot. qcustomplot.h stays out of this header.

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPointF>
#include <QSize>
#include <QString>

#include <functional>

class QCustomPlot;
class QCPColorGradient;
class QCPTextElement;
class QStackedWidget;
class QLabel;
class QTableView;
class QWidget;

namespace tierwise::chartstyle {

// The frame most charts share, filling `owner`: a stack of the empty-state label and a plot whose
// first layout row holds a bold title.
struct PlotFrame
{
    QStackedWidget *stack = nullptr;
    QLabel *empty = nullptr;
    QCustomPlot *plot = nullptr;
    QCPTextElement *title = nullptr;
};
PlotFrame createPlotFrame(QWidget *owner);

// True when the palette's window is darker than its text.
bool isDark(const QPalette &palette);
// The i-th colour of the qualitative palette (Okabe–Ito order, lightened on dark backgrounds).
QColor seriesColor(int i, const QPalette &palette);
// Axis lines and tick labels, grid lines, and plain text on the plot.
QColor axisColor(const QPalette &palette);
QColor gridColor(const QPalette &palette);
QColor textColor(const QPalette &palette);
// The plot font: the application font's family with "WenQuanYi Micro Hei" as the CJK fallback.
QFont plotFont(qreal pointSize = 9, bool bold = false);

// Colours the whole plot (background, every axis of every axis rect, grids, legend, text
// elements, colour scales) from the palette and sets the plot font. Call again on PaletteChange.
void applyTheme(QCustomPlot *plot, const QPalette &palette);
// A perceptually uniform sequential gradient (viridis), NaN transparent.
QCPColorGradient sequentialGradient();
// A cell background for a heat table: `t` in 0 … 1 on the sequential scale (viridis, softened
// toward the palette's base so printed values stay readable), and a diverging one for z-scores.
QColor sequentialColor(double t, const QPalette &palette);
QColor divergingColor(double z, const QPalette &palette);
// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background);

// "81.2 %" in the user's locale.
QString percent(double share, int decimals = 1);
// "1,234" / "1.23" in the user's locale.
QString number(double value, int decimals = 0);

// PNG at the plot's size (scaled by the device pixel ratio), PDF as vectors with the writer's
// resolution equal to the plot's logical DPI. Return false on failure.
// `size`: the size to render at; empty: the plot's own (800 × 500 while it is not laid out yet).
bool savePng(QCustomPlot *plot, const QString &path, QSize size = {});
bool savePdf(QCustomPlot *plot, const QString &path, QSize size = {});
// By suffix (.png or .pdf; anything else fails).
bool exportPlot(QCustomPlot *plot, const QString &path, QSize size = {});
// A whole widget (tables and plots together): PNG via grab(), PDF via render() on a page.
bool exportWidget(QWidget *widget, const QString &path);

// Limits a table's height to its header and rows (at most maxRows of them), so a short table does
// not leave an empty area.
void fitTableHeight(QTableView *table, int maxRows = 12);

// Shows provider(pixel position) as the tooltip when the mouse rests on the plot (nothing when it
// returns an empty string).
void setToolTipProvider(QCustomPlot *plot, std::function<QString(const QPointF &)> provider);

// The values of the plot's `series`-th bar plottable, in key order (for tests and tools).
QVector<double> barValues(QCustomPlot *plot, int series);

// The centred, word-wrapped label shown instead of a chart that has no data.
QLabel *createEmptyLabel(QWidget *parent);

} // namespace tierwise::chartstyle
