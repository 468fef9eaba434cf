#pragma once

// The segment map's points in plot space, with a uniform grid for nearest-point look-ups and
// exact rectangle / polygon hit tests. No Qt Widgets, no QCustomPlot: plain arrays.
//
// Plot space is the data transformed per axis: log10 on a log axis, the value itself on a
// linear one. A row whose value is NaN or infinite, or non-positive on a log axis, is invalid:
// it is never drawn, counted, found or selected. Straight lines on screen are straight lines in
// plot space, so a lasso drawn on a log axis is tested in plot space.

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QVector>

#include <cstdint>
#include <vector>

namespace tierwise {

class SegmentMapIndex
{
public:
    // Transforms and indexes the points; x and y have one value per row (the shorter wins).
    void build(const QVector<double> &x, const QVector<double> &y, bool logX, bool logY);

    int rowCount() const { return static_cast<int>(m_tx.size()); }
    int validCount() const { return m_validCount; }
    bool isValid(int row) const { return m_valid[static_cast<size_t>(row)] != 0; }
    double tx(int row) const { return m_tx[static_cast<size_t>(row)]; }
    double ty(int row) const { return m_ty[static_cast<size_t>(row)]; }
    const double *txData() const { return m_tx.data(); }
    const double *tyData() const { return m_ty.data(); }
    const std::uint8_t *validData() const { return m_valid.data(); }

    // The bounding box of the valid points in plot space (empty when there are none).
    QRectF bounds() const { return m_bounds; }

    // A plot-space box, edges included; bounds may be ±infinity.
    struct Box { double x0, x1, y0, y1; };
    // Valid rows inside the box, ascending.
    std::vector<int> rowsInRect(const Box &box) const;
    // Valid rows inside the plot-space polygon (odd-even rule), ascending.
    std::vector<int> rowsInPolygon(const QPolygonF &plotPolygon) const;
    // How many valid rows lie inside the box.
    int countInRect(const Box &box) const;

    // The valid row nearest to `pixel` among those within `radius` pixels, or -1. The caller
    // gives the linear map plot space → pixels (px = ax + bx * tx, py = ay + by * ty). Ties go
    // to the higher row (drawn last, so on top).
    struct PixelMap { double ax = 0, bx = 1, ay = 0, by = 1; };
    int nearest(const QPointF &pixel, double radius, const PixelMap &map) const;

private:
    int cellOf(double tx, double ty) const;

    std::vector<double> m_tx, m_ty;
    std::vector<std::uint8_t> m_valid;
    int m_validCount = 0;
    QRectF m_bounds;
    // Grid over m_bounds: m_cellStart[c] .. m_cellStart[c + 1] index m_cellRows (rows ascending).
    int m_gridW = 0, m_gridH = 0;
    double m_cellW = 1, m_cellH = 1;
    std::vector<int> m_cellStart, m_cellRows;
};

} // namespace tierwise
