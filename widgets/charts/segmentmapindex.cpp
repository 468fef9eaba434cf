#include "charts/segmentmapindex.h"

#include <algorithm>
#include <cmath>

namespace tierwise {

namespace {

double toPlot(double v, bool log)
{
    if (!std::isfinite(v))
        return std::nan("");
    if (log)
        return v > 0 ? std::log10(v) : std::nan("");
    return v;
}

// Polygon edges bucketed by horizontal bands, so a point tests only the few edges that cross
// its band: the lasso stays exact and costs about the same as a rectangle at 1M points.
class BandedPolygon
{
public:
    explicit BandedPolygon(const QPolygonF &polygon)
        : m_box(polygon.boundingRect())
    {
        const int n = static_cast<int>(polygon.size());
        for (int i = 0; i < n; ++i) {
            const QPointF a = polygon.at(i), b = polygon.at((i + 1) % n);
            if (a.y() != b.y())
                m_edges.push_back({a.x(), a.y(), b.x(), b.y()});
        }
        m_bands = std::clamp(static_cast<int>(m_edges.size()), 1, 1024);
        m_bandH = m_box.height() > 0 ? m_box.height() / m_bands : 1.0;
        m_bandStart.assign(static_cast<size_t>(m_bands) + 1, 0);
        std::vector<std::pair<int, int>> spans; // first and last band of each edge
        spans.reserve(m_edges.size());
        for (const Edge &e : m_edges) {
            const int lo = band(std::min(e.y0, e.y1)), hi = band(std::max(e.y0, e.y1));
            spans.emplace_back(lo, hi);
            for (int b = lo; b <= hi; ++b)
                ++m_bandStart[static_cast<size_t>(b) + 1];
        }
        for (int b = 0; b < m_bands; ++b)
            m_bandStart[static_cast<size_t>(b) + 1] += m_bandStart[static_cast<size_t>(b)];
        m_bandEdges.resize(m_bandStart.back());
        std::vector<int> fill(m_bandStart.begin(), m_bandStart.end() - 1);
        for (size_t i = 0; i < spans.size(); ++i)
            for (int b = spans[i].first; b <= spans[i].second; ++b)
                m_bandEdges[static_cast<size_t>(fill[static_cast<size_t>(b)]++)] = static_cast<int>(i);
    }

    bool contains(double px, double py) const
    {
        if (px < m_box.left() || px > m_box.right() || py < m_box.top() || py > m_box.bottom())
            return false;
        const int b = band(py);
        bool inside = false;
        for (int k = m_bandStart[static_cast<size_t>(b)]; k < m_bandStart[static_cast<size_t>(b) + 1]; ++k) {
            const Edge &e = m_edges[static_cast<size_t>(m_bandEdges[static_cast<size_t>(k)])];
            if ((e.y0 > py) != (e.y1 > py)
                && px < e.x0 + (py - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0))
                inside = !inside;
        }
        return inside;
    }

private:
    struct Edge { double x0, y0, x1, y1; };
    int band(double y) const
    {
        return std::clamp(static_cast<int>((y - m_box.top()) / m_bandH), 0, m_bands - 1);
    }

    QRectF m_box;
    std::vector<Edge> m_edges;
    int m_bands = 1;
    double m_bandH = 1;
    std::vector<int> m_bandStart, m_bandEdges;
};

bool inBox(const SegmentMapIndex::Box &b, double x, double y)
{
    return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

SegmentMapIndex::Box normalized(SegmentMapIndex::Box b)
{
    if (b.x0 > b.x1)
        std::swap(b.x0, b.x1);
    if (b.y0 > b.y1)
        std::swap(b.y0, b.y1);
    return b;
}

} // namespace

void SegmentMapIndex::build(const QVector<double> &x, const QVector<double> &y, bool logX, bool logY)
{
    const size_t n = static_cast<size_t>(std::min(x.size(), y.size()));
    m_tx.resize(n);
    m_ty.resize(n);
    m_valid.assign(n, 0);
    m_validCount = 0;
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    for (size_t i = 0; i < n; ++i) {
        const double tx = toPlot(x[static_cast<qsizetype>(i)], logX);
        const double ty = toPlot(y[static_cast<qsizetype>(i)], logY);
        m_tx[i] = tx;
        m_ty[i] = ty;
        if (std::isnan(tx) || std::isnan(ty))
            continue;
        m_valid[i] = 1;
        if (m_validCount++ == 0) {
            x0 = x1 = tx;
            y0 = y1 = ty;
        } else {
            x0 = std::min(x0, tx); x1 = std::max(x1, tx);
            y0 = std::min(y0, ty); y1 = std::max(y1, ty);
        }
    }
    m_bounds = m_validCount ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF();

    // About 8 points per cell, at most 1024 × 1024 cells.
    const int side = std::clamp(static_cast<int>(std::sqrt(m_validCount / 8.0)), 1, 1024);
    m_gridW = m_gridH = side;
    m_cellW = m_bounds.width() > 0 ? m_bounds.width() / side : 1.0;
    m_cellH = m_bounds.height() > 0 ? m_bounds.height() / side : 1.0;
    m_cellStart.assign(static_cast<size_t>(side) * side + 1, 0);
    std::vector<int> cells(n, -1);
    for (size_t i = 0; i < n; ++i) {
        if (!m_valid[i])
            continue;
        cells[i] = cellOf(m_tx[i], m_ty[i]);
        ++m_cellStart[static_cast<size_t>(cells[i]) + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_cellRows.resize(static_cast<size_t>(m_validCount));
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < n; ++i)
        if (cells[i] >= 0)
            m_cellRows[static_cast<size_t>(fill[static_cast<size_t>(cells[i])]++)] = static_cast<int>(i);
}

int SegmentMapIndex::cellOf(double tx, double ty) const
{
    const int cx = std::clamp(static_cast<int>((tx - m_bounds.left()) / m_cellW), 0, m_gridW - 1);
    const int cy = std::clamp(static_cast<int>((ty - m_bounds.top()) / m_cellH), 0, m_gridH - 1);
    return cy * m_gridW + cx;
}

std::vector<int> SegmentMapIndex::rowsInRect(const Box &box) const
{
    const Box r = normalized(box);
    std::vector<int> rows;
    const int n = rowCount();
    for (int i = 0; i < n; ++i)
        if (m_valid[static_cast<size_t>(i)] && inBox(r, m_tx[static_cast<size_t>(i)], m_ty[static_cast<size_t>(i)]))
            rows.push_back(i);
    return rows;
}

int SegmentMapIndex::countInRect(const Box &box) const
{
    const Box r = normalized(box);
    int count = 0;
    const int n = rowCount();
    for (int i = 0; i < n; ++i)
        count += (m_valid[static_cast<size_t>(i)] && inBox(r, m_tx[static_cast<size_t>(i)], m_ty[static_cast<size_t>(i)])) ? 1 : 0;
    return count;
}

std::vector<int> SegmentMapIndex::rowsInPolygon(const QPolygonF &plotPolygon) const
{
    std::vector<int> rows;
    if (plotPolygon.size() < 3)
        return rows;
    const BandedPolygon polygon(plotPolygon);
    const int n = rowCount();
    for (int i = 0; i < n; ++i)
        if (m_valid[static_cast<size_t>(i)] && polygon.contains(m_tx[static_cast<size_t>(i)], m_ty[static_cast<size_t>(i)]))
            rows.push_back(i);
    return rows;
}

int SegmentMapIndex::nearest(const QPointF &pixel, double radius, const PixelMap &map) const
{
    if (m_validCount == 0 || map.bx == 0 || map.by == 0)
        return -1;
    // The pixel box around the cursor, in plot space, then in cells.
    const double tx0 = (pixel.x() - radius - map.ax) / map.bx, tx1 = (pixel.x() + radius - map.ax) / map.bx;
    const double ty0 = (pixel.y() - radius - map.ay) / map.by, ty1 = (pixel.y() + radius - map.ay) / map.by;
    const QRectF box = QRectF(QPointF(tx0, ty0), QPointF(tx1, ty1)).normalized();
    if (box.right() < m_bounds.left() || box.left() > m_bounds.right()
        || box.bottom() < m_bounds.top() || box.top() > m_bounds.bottom())
        return -1;
    const int c0 = cellOf(box.left(), box.top()), c1 = cellOf(box.right(), box.bottom());
    const int cx0 = c0 % m_gridW, cy0 = c0 / m_gridW, cx1 = c1 % m_gridW, cy1 = c1 / m_gridW;
    int best = -1;
    double bestD2 = radius * radius;
    for (int cy = cy0; cy <= cy1; ++cy) {
        for (int cx = cx0; cx <= cx1; ++cx) {
            const size_t c = static_cast<size_t>(cy) * m_gridW + cx;
            for (int k = m_cellStart[c]; k < m_cellStart[c + 1]; ++k) {
                const int row = m_cellRows[static_cast<size_t>(k)];
                const double dx = map.ax + map.bx * m_tx[static_cast<size_t>(row)] - pixel.x();
                const double dy = map.ay + map.by * m_ty[static_cast<size_t>(row)] - pixel.y();
                const double d2 = dx * dx + dy * dy;
                if (d2 < bestD2 || (d2 == bestD2 && row > best)) {
                    bestD2 = d2;
                    best = row;
                }
            }
        }
    }
    return best;
}

} // namespace tierwise
