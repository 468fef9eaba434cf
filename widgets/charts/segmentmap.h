#pragma once

// The segment map: a scatter of customers on two chosen axes, coloured by segment.
//
// Guarantees:
// - Data-agnostic: it draws ready-made series (built on a worker) and never touches the
//   workspace. Rows are the caller's rows; every row list it returns is ascending.
// - Responsive at 1M rows: it draws symbols while at most kSymbolsMaxVisible points are in view,
//   one-pixel-group dots up to kDotsMaxVisible, and a binned density (colour of the dominant
//   segment per bin, opacity by log count) beyond; the mode follows zoom and pan by itself
//   unless overridden. Selected, highlighted and hovered rows are drawn on top, on their own
//   layer, so changing them does not redraw the points.
// - Rows with a NaN coordinate, or a non-positive one on a log axis, are not drawn, not
//   counted, not found by hover or click and never selected.
// - Selection: left-drag = rectangle, Alt+drag or the lasso toggle = lasso; no modifier
//   replaces, Shift adds, Ctrl removes; Esc clears. selectionChanged is emitted once per
//   change and only when the set changed. A lasso's edges are straight on screen (on a log axis
//   they are straight in log space).
// - Navigation: right- or middle-drag pans, the wheel zooms, double-click / Home / the Reset
//   button fits all data.
// - Colours come from a qualitative palette of 11 colours readable on light and dark
//   backgrounds (then repeating); axes, text and outlines from the widget's palette.

#include <QPolygonF>
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QCustomPlot;

namespace tierwise {

struct SegmentMapData
{
    QVector<double> x, y;            // one per customer row (NaN: not drawn)
    QVector<int> group;              // segment index per row (-1: none)
    QStringList groupNames;          // display names (already translated)
    QVector<double> size;            // optional, per row (e.g. CLV); empty: all the same size
    bool logX = false, logY = false; // money axes: log scale (non-positive values not drawn)
    QString xLabel, yLabel;
};

// The costly half of SegmentMap::setData — the plot-space transform, the spatial index, a colour
// and a size per row — as a value: made by SegmentMap::prepare on any thread, shown by
// SegmentMap::setPrepared on the GUI thread (a million rows take ~0.1 s to prepare).
struct SegmentMapPrepared;

class SegmentMap : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Symbols, Dots, Density };
    Q_ENUM(Mode)
    static constexpr int kSymbolsMaxVisible = 30000;
    static constexpr int kDotsMaxVisible = 300000;

    explicit SegmentMap(QWidget *parent = nullptr);
    ~SegmentMap() override;

    // Fits the view and replots once. Clears the selection (emitting selectionChanged if there
    // was one), the highlighted rows and the hover.
    void setData(SegmentMapData data);
    // setData in two halves: prepare touches no widget and may run on a worker thread;
    // setPrepared takes the prepared contents (the pointer is left empty) and does the rest.
    static std::shared_ptr<SegmentMapPrepared> prepare(SegmentMapData data);
    void setPrepared(std::shared_ptr<SegmentMapPrepared> prepared);
    int rowCount() const;
    int visibleCount() const; // valid rows inside the current view
    // New names for what is shown (after a change of language): the axes' labels and the
    // segments' names (as many as the data has; others are ignored). Keeps data, view and selection.
    void setLabels(const QString &xLabel, const QString &yLabel, const QStringList &groupNames);
    // The hover tooltip's text for a row (the caller masks names and ids). Without a provider,
    // or when it returns an empty string, the tooltip shows the segment and the two figures.
    void setTooltipProvider(std::function<QString(int row)> provider);

    void setHighlighted(const QVector<int> &rows); // e.g. from the table; not the selection
    QVector<int> highlighted() const;
    QVector<int> selection() const;
    void setSelection(const QVector<int> &rows);
    void clearSelection();
    // Programmatic selections, the same as a drag: none = replace, Shift = add, Ctrl = remove.
    void selectRect(const QRectF &dataRect, Qt::KeyboardModifiers mods);
    void selectPolygon(const QPolygonF &dataPolygon, Qt::KeyboardModifiers mods);

    Mode mode() const;
    void setModeOverride(std::optional<Mode> mode);
    std::optional<Mode> modeOverride() const;

    void resetView();                  // fit all valid data
    QRectF viewRect() const;           // the visible axis ranges, in data units
    void setViewRect(const QRectF &dataRect);
    bool lassoMode() const;            // left-drag draws a lasso instead of a rectangle
    void setLassoMode(bool on);

    bool savePng(const QString &path, int w, int h);
    bool savePdf(const QString &path, int w, int h);

    // For tests and tools: the plot widget's pixel of a row (NaN when invalid), the plot widget,
    // and a synchronous full replot (what the benchmark times).
    QPointF pixelFor(int row) const;
    QWidget *plotWidget() const;
    QCustomPlot *customPlot() const;
    void replotNow();

Q_SIGNALS:
    void selectionChanged(const QVector<int> &rows);
    void customerClicked(int row);
    void modeChanged(tierwise::SegmentMap::Mode mode);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tierwise
