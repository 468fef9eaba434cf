#pragma once

// Private to the segment map: its render state and the two QCustomPlot plottables that draw it.
// Includes qcustomplot.h: include from segmentmap.cpp and the benchmark only.
//
// SegmentMapScatter draws every valid row in the state's mode into one raster image at the
// painter's device resolution (so a PDF carries one image, not a million vectors).
// SegmentMapMarks draws, on a buffered layer of its own: a veil over all points while a selection
// exists, the selected rows in their segment colour above it (symbols, or dots when many), the
// highlighted rows as haloed rings, the hovered row, and the rubber band.

#include "charts/segmentmap.h"
#include "charts/segmentmapindex.h"

#include <QColor>
#include <QImage>

#include <qcustomplot.h>

#include <cstdint>
#include <vector>

namespace tierwise {

struct SegmentMapState
{
    SegmentMapIndex index;
    std::vector<std::uint8_t> slot;       // colour slot per row; colors.size() - 1 = no group
    std::vector<std::uint8_t> sizeBucket; // per row, 0 .. kSizeBuckets - 1; empty: uniform size
    QVector<QColor> colors;               // one per slot, the last for rows without a group
    QColor contrast, highlight, base;     // outlines; highlighted rows' ring; the veil over the rest
    SegmentMap::Mode mode = SegmentMap::Mode::Symbols;
    std::vector<int> selected, highlighted; // ascending rows
    int hovered = -1;
    QPolygonF band;                       // rubber band in widget pixels (rectangle or lasso)

    static constexpr int kSizeBuckets = 5;
    static constexpr int kSelectedSymbolsMax = 20000; // more selected rows are drawn as dots
};

// Plot space (log10 on a log axis) → widget pixels for the plot's current axis ranges.
SegmentMapIndex::PixelMap segmentMapPixelMap(const QCPAxis *x, const QCPAxis *y);

class SegmentMapScatter : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    SegmentMapScatter(QCPAxis *keyAxis, QCPAxis *valueAxis, const SegmentMapState *state);

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain inSignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override {}

private:
    void drawSymbols(QImage &image, const SegmentMapIndex::PixelMap &map, double dpr);
    void drawDots(QImage &image, const SegmentMapIndex::PixelMap &map, double dpr) const;
    void drawDensity(QImage &image, const SegmentMapIndex::PixelMap &map, double dpr) const;

    const SegmentMapState *m_state;
    std::vector<QImage> m_sprites; // slot * kSizeBuckets + bucket, at m_spriteDpr
    double m_spriteDpr = 0;
    QVector<QColor> m_spriteColors;
};

class SegmentMapMarks : public QCPAbstractPlottable
{
    Q_OBJECT

public:
    SegmentMapMarks(QCPAxis *keyAxis, QCPAxis *valueAxis, const SegmentMapState *state);

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }
    QCPRange getKeyRange(bool &foundRange, QCP::SignDomain) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *, const QRectF &) const override {}

private:
    void stamp(QCPPainter *painter, const std::vector<int> &rows, const SegmentMapIndex::PixelMap &map,
               const std::vector<QImage> &spriteBySlot) const;
    void drawSelectedDots(QCPPainter *painter, const SegmentMapIndex::PixelMap &map) const;
    void drawBand(QCPPainter *painter) const;

    const SegmentMapState *m_state;
};

} // namespace tierwise
