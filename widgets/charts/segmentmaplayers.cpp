#include "charts/segmentmaplayers.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tierwise {

namespace {

constexpr double kUniformRadius = 3.5;                           // logical pixels
constexpr double kBucketRadius[SegmentMapState::kSizeBuckets] = {2.5, 3.2, 4.0, 5.0, 6.5};

void axisMap(const QCPAxis *axis, double &a, double &b)
{
    const QCPRange r = axis->range();
    const bool log = axis->scaleType() == QCPAxis::stLogarithmic;
    const double t0 = log ? std::log10(r.lower) : r.lower, t1 = log ? std::log10(r.upper) : r.upper;
    const double p0 = axis->coordToPixel(r.lower), p1 = axis->coordToPixel(r.upper);
    b = t1 != t0 ? (p1 - p0) / (t1 - t0) : 0.0;
    a = p0 - b * t0;
}

// The map into an image covering `rect` at `dpr` device pixels per logical pixel.
SegmentMapIndex::PixelMap toImage(SegmentMapIndex::PixelMap m, const QRect &rect, double dpr)
{
    m.ax = (m.ax - rect.left()) * dpr;
    m.bx *= dpr;
    m.ay = (m.ay - rect.top()) * dpr;
    m.by *= dpr;
    return m;
}

double deviceRatio(const QCPPainter *painter)
{
    if (painter->modes().testFlag(QCPPainter::pmVectorized))
        return 2.0; // a PDF: rasterise at twice the logical resolution
    const QPaintDevice *device = painter->device();
    return device ? std::max(1.0, device->devicePixelRatioF()) : 1.0;
}

// A disc of `radius` logical pixels at `dpr`, device-pixel sized, centred in an odd square.
QImage discSprite(double radius, double dpr, const QColor &fill, const QPen &pen)
{
    const int side = 2 * static_cast<int>(std::ceil((radius + pen.widthF()) * dpr)) + 1;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QPen scaled = pen;
    scaled.setWidthF(pen.widthF() * dpr);
    p.setPen(scaled);
    p.setBrush(fill.alpha() ? QBrush(fill) : QBrush(Qt::NoBrush));
    const double c = side / 2.0;
    p.drawEllipse(QPointF(c, c), radius * dpr, radius * dpr);
    return image;
}

quint32 opaque(const QColor &c)
{
    return qPremultiply(c.rgba()) | 0xff000000u;
}

// Square dots of `dot` device pixels, written straight into the image's pixels.
void writeDots(QImage &image, const SegmentMapState &s, const SegmentMapIndex::PixelMap &m,
               int dot, const int *rows, size_t rowCount, const quint32 *slotColor, quint32 single)
{
    const int w = image.width(), h = image.height();
    const int stride = static_cast<int>(image.bytesPerLine() / 4);
    auto *bits = reinterpret_cast<quint32 *>(image.bits());
    const double *tx = s.index.txData(), *ty = s.index.tyData();
    const std::uint8_t *valid = s.index.validData();
    const int half = dot / 2;
    const size_t n = rows ? rowCount : static_cast<size_t>(s.index.rowCount());
    for (size_t k = 0; k < n; ++k) {
        const size_t i = rows ? static_cast<size_t>(rows[k]) : k;
        if (!valid[i])
            continue;
        const double fx = m.ax + m.bx * tx[i], fy = m.ay + m.by * ty[i];
        if (fx < -dot || fy < -dot || fx >= w + dot || fy >= h + dot)
            continue;
        const int x0 = std::max(0, static_cast<int>(fx) - half), y0 = std::max(0, static_cast<int>(fy) - half);
        const int x1 = std::min(w, static_cast<int>(fx) - half + dot), y1 = std::min(h, static_cast<int>(fy) - half + dot);
        const quint32 colour = slotColor ? slotColor[s.slot[i]] : single;
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x)
                bits[y * stride + x] = colour;
    }
}

int dotSize(double dpr)
{
    return std::max(2, static_cast<int>(std::lround(2 * dpr)));
}

QImage newImage(const QRect &rect, double dpr)
{
    QImage image(std::max(1, static_cast<int>(std::ceil(rect.width() * dpr))),
                 std::max(1, static_cast<int>(std::ceil(rect.height() * dpr))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

void paintImage(QCPPainter *painter, const QRect &rect, QImage image, double dpr)
{
    image.setDevicePixelRatio(dpr);
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QPointF(rect.topLeft()), image);
    painter->restore();
}

QCPRange rangeOf(const SegmentMapIndex &index, bool horizontal, bool log, bool &found)
{
    const QRectF b = index.bounds();
    found = index.validCount() > 0;
    const double lo = horizontal ? b.left() : b.top(), hi = horizontal ? b.right() : b.bottom();
    return log ? QCPRange(std::pow(10.0, lo), std::pow(10.0, hi)) : QCPRange(lo, hi);
}

} // namespace

SegmentMapIndex::PixelMap segmentMapPixelMap(const QCPAxis *x, const QCPAxis *y)
{
    SegmentMapIndex::PixelMap m;
    axisMap(x, m.ax, m.bx);
    axisMap(y, m.ay, m.by);
    return m;
}

// ---- the points ----

SegmentMapScatter::SegmentMapScatter(QCPAxis *keyAxis, QCPAxis *valueAxis, const SegmentMapState *state)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_state(state)
{
    setSelectable(QCP::stNone);
}

QCPRange SegmentMapScatter::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    return rangeOf(m_state->index, true, keyAxis()->scaleType() == QCPAxis::stLogarithmic, foundRange);
}

QCPRange SegmentMapScatter::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    return rangeOf(m_state->index, false, valueAxis()->scaleType() == QCPAxis::stLogarithmic, foundRange);
}

void SegmentMapScatter::draw(QCPPainter *painter)
{
    if (m_state->index.validCount() == 0)
        return;
    const QRect rect = clipRect();
    const double dpr = deviceRatio(painter);
    const auto map = toImage(segmentMapPixelMap(keyAxis(), valueAxis()), rect, dpr);
    QImage image = newImage(rect, dpr);
    switch (m_state->mode) {
    case SegmentMap::Mode::Symbols: drawSymbols(image, map, dpr); break;
    case SegmentMap::Mode::Dots: drawDots(image, map, dpr); break;
    case SegmentMap::Mode::Density: drawDensity(image, map, dpr); break;
    }
    paintImage(painter, rect, std::move(image), dpr);
}

void SegmentMapScatter::drawSymbols(QImage &image, const SegmentMapIndex::PixelMap &m, double dpr)
{
    const int buckets = SegmentMapState::kSizeBuckets;
    if (m_spriteDpr != dpr || m_spriteColors != m_state->colors) {
        m_sprites.clear();
        for (const QColor &c : m_state->colors) {
            QColor fill = c;
            fill.setAlpha(215);
            const QPen pen(c.darker(135), 1.0);
            for (int b = 0; b < buckets; ++b)
                m_sprites.push_back(discSprite(kBucketRadius[b], dpr, fill, pen));
            m_sprites.push_back(discSprite(kUniformRadius, dpr, fill, pen)); // bucket index `buckets`
        }
        m_spriteDpr = dpr;
        m_spriteColors = m_state->colors;
    }
    const SegmentMapState &s = *m_state;
    const bool sized = !s.sizeBucket.empty();
    const double *tx = s.index.txData(), *ty = s.index.tyData();
    const std::uint8_t *valid = s.index.validData();
    const int w = image.width(), h = image.height(), n = s.index.rowCount();
    QPainter p(&image);
    for (int i = 0; i < n; ++i) {
        if (!valid[i])
            continue;
        const double fx = m.ax + m.bx * tx[i], fy = m.ay + m.by * ty[i];
        const size_t bucket = sized ? s.sizeBucket[static_cast<size_t>(i)] : static_cast<size_t>(buckets);
        const QImage &sprite = m_sprites[s.slot[static_cast<size_t>(i)] * static_cast<size_t>(buckets + 1) + bucket];
        const int half = sprite.width() / 2;
        const int x = static_cast<int>(std::lround(fx)) - half, y = static_cast<int>(std::lround(fy)) - half;
        if (x >= w || y >= h || x + sprite.width() <= 0 || y + sprite.height() <= 0)
            continue;
        p.drawImage(QPoint(x, y), sprite);
    }
}

void SegmentMapScatter::drawDots(QImage &image, const SegmentMapIndex::PixelMap &m, double dpr) const
{
    std::vector<quint32> colours;
    for (const QColor &c : m_state->colors)
        colours.push_back(opaque(c));
    writeDots(image, *m_state, m, dotSize(dpr), nullptr, 0, colours.data(), 0);
}

// Bins of about two logical pixels; each bin takes the colour of its most frequent slot and an
// opacity growing with the log of its count, so dense cores and sparse tails both stay visible.
void SegmentMapScatter::drawDensity(QImage &image, const SegmentMapIndex::PixelMap &m, double dpr) const
{
    const SegmentMapState &s = *m_state;
    const int bin = std::max(2, static_cast<int>(std::lround(2 * dpr)));
    const int bw = (image.width() + bin - 1) / bin, bh = (image.height() + bin - 1) / bin;
    const size_t slotCount = static_cast<size_t>(s.colors.size());
    std::vector<quint32> counts(static_cast<size_t>(bw) * bh * slotCount, 0);
    const double *tx = s.index.txData(), *ty = s.index.tyData();
    const std::uint8_t *valid = s.index.validData();
    const double sx = m.bx / bin, ox = m.ax / bin, sy = m.by / bin, oy = m.ay / bin;
    const int n = s.index.rowCount();
    for (int i = 0; i < n; ++i) {
        if (!valid[i])
            continue;
        const double fx = ox + sx * tx[i], fy = oy + sy * ty[i];
        if (!(fx >= 0 && fy >= 0 && fx < bw && fy < bh))
            continue;
        const size_t b = static_cast<size_t>(fy) * bw + static_cast<size_t>(fx);
        ++counts[b * slotCount + s.slot[static_cast<size_t>(i)]];
    }
    std::vector<quint32> totals(static_cast<size_t>(bw) * bh, 0);
    std::vector<std::uint8_t> dominant(totals.size(), 0);
    quint32 maxTotal = 0;
    for (size_t b = 0; b < totals.size(); ++b) {
        quint32 best = 0, total = 0;
        for (size_t k = 0; k < slotCount; ++k) {
            const quint32 c = counts[b * slotCount + k];
            total += c;
            if (c > best) {
                best = c;
                dominant[b] = static_cast<std::uint8_t>(k);
            }
        }
        totals[b] = total;
        maxTotal = std::max(maxTotal, total);
    }
    if (maxTotal == 0)
        return;
    QImage bins(bw, bh, QImage::Format_ARGB32_Premultiplied);
    bins.fill(Qt::transparent);
    const double logMax = std::log1p(static_cast<double>(maxTotal));
    for (int y = 0; y < bh; ++y) {
        auto *line = reinterpret_cast<quint32 *>(bins.scanLine(y));
        for (int x = 0; x < bw; ++x) {
            const size_t b = static_cast<size_t>(y) * bw + x;
            if (!totals[b])
                continue;
            const double t = std::log1p(static_cast<double>(totals[b])) / std::max(logMax, 1e-9);
            QColor c = s.colors[dominant[b]];
            c.setAlphaF(static_cast<float>(0.3 + 0.7 * t));
            line[x] = qPremultiply(c.rgba());
        }
    }
    QPainter p(&image);
    p.drawImage(QRect(0, 0, bw * bin, bh * bin), bins);
}

// ---- the marks on top ----

SegmentMapMarks::SegmentMapMarks(QCPAxis *keyAxis, QCPAxis *valueAxis, const SegmentMapState *state)
    : QCPAbstractPlottable(keyAxis, valueAxis)
    , m_state(state)
{
    setSelectable(QCP::stNone);
}

QCPRange SegmentMapMarks::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = false;
    return {};
}

QCPRange SegmentMapMarks::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = false;
    return {};
}

void SegmentMapMarks::draw(QCPPainter *painter)
{
    const SegmentMapState &s = *m_state;
    const auto map = segmentMapPixelMap(keyAxis(), valueAxis());
    const double dpr = deviceRatio(painter);
    if (!s.selected.empty()) {
        QColor veil = s.base;
        veil.setAlpha(170);
        painter->fillRect(clipRect(), veil);
        if (s.selected.size() > static_cast<size_t>(SegmentMapState::kSelectedSymbolsMax)) {
            drawSelectedDots(painter, map);
        } else {
            std::vector<QImage> discs;
            QColor outline = s.contrast;
            outline.setAlpha(170);
            for (const QColor &c : s.colors)
                discs.push_back(discSprite(kUniformRadius, dpr, c, QPen(outline, 0.8)));
            stamp(painter, s.selected, map, discs);
        }
    }
    if (!s.highlighted.empty()) {
        QImage halo = discSprite(kUniformRadius + 3.5, dpr, Qt::transparent, QPen(s.base, 4.0));
        QPainter p(&halo);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(s.highlight, 2.2 * dpr));
        const double c = halo.width() / 2.0, r = (kUniformRadius + 3.5) * dpr;
        p.drawEllipse(QPointF(c, c), r, r);
        p.end();
        stamp(painter, s.highlighted, map, std::vector<QImage>(static_cast<size_t>(s.colors.size()), halo));
    }
    if (s.hovered >= 0 && s.hovered < s.index.rowCount() && s.index.isValid(s.hovered)) {
        const QColor fill = s.colors.value(s.slot[static_cast<size_t>(s.hovered)]);
        std::vector<QImage> one(static_cast<size_t>(s.colors.size()),
                                discSprite(kUniformRadius + 2.5, dpr, fill, QPen(s.contrast, 2.0)));
        stamp(painter, {s.hovered}, map, one);
    }
    drawBand(painter);
}

// A sprite per colour slot (at the painter's device ratio), stamped at each visible row.
void SegmentMapMarks::stamp(QCPPainter *painter, const std::vector<int> &rows, const SegmentMapIndex::PixelMap &m,
                            const std::vector<QImage> &spriteBySlot) const
{
    if (rows.empty() || spriteBySlot.empty())
        return;
    const double dpr = deviceRatio(painter);
    std::vector<QImage> sprites = spriteBySlot;
    for (QImage &sprite : sprites)
        sprite.setDevicePixelRatio(dpr);
    const QRect clip = clipRect();
    painter->save();
    painter->setClipRect(clip);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    for (int row : rows) {
        if (row < 0 || row >= m_state->index.rowCount() || !m_state->index.isValid(row))
            continue;
        const double fx = m.ax + m.bx * m_state->index.tx(row), fy = m.ay + m.by * m_state->index.ty(row);
        if (fx < clip.left() - 20 || fx > clip.right() + 20 || fy < clip.top() - 20 || fy > clip.bottom() + 20)
            continue;
        const QImage &sprite = sprites[std::min(sprites.size() - 1, static_cast<size_t>(m_state->slot[static_cast<size_t>(row)]))];
        const double half = (sprite.width() / 2) / dpr;
        painter->drawImage(QPointF(std::round(fx * dpr) / dpr - half, std::round(fy * dpr) / dpr - half), sprite);
    }
    painter->restore();
}

void SegmentMapMarks::drawSelectedDots(QCPPainter *painter, const SegmentMapIndex::PixelMap &map) const
{
    const QRect rect = clipRect();
    const double dpr = deviceRatio(painter);
    QImage image = newImage(rect, dpr);
    const auto &rows = m_state->selected;
    std::vector<quint32> colours;
    for (const QColor &c : m_state->colors)
        colours.push_back(opaque(c));
    writeDots(image, *m_state, toImage(map, rect, dpr), dotSize(dpr), rows.data(), rows.size(), colours.data(), 0);
    paintImage(painter, rect, std::move(image), dpr);
}

void SegmentMapMarks::drawBand(QCPPainter *painter) const
{
    if (m_state->band.size() < 2)
        return;
    painter->save();
    painter->setClipRect(clipRect());
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_state->highlight;
    fill.setAlpha(40);
    QPen pen(m_state->highlight, 1.2, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawPolygon(m_state->band);
    painter->restore();
}

} // namespace tierwise
