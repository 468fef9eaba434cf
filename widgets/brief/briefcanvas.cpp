#include "brief/briefcanvas.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

namespace tierwise {

BriefCanvas::BriefCanvas(QPaintDevice *device, QPainter *painter)
    : m_device(device), m_painter(painter), m_scale(device->logicalDpiX() / 72.0)
{
}

QString BriefCanvas::fontFamily()
{
    return QStringLiteral("WenQuanYi Micro Hei");
}

QFont BriefCanvas::font(double points, bool bold)
{
    QFont f(fontFamily());
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setKerning(true);
    return f;
}

double BriefCanvas::width(const QString &text, const QFont &font) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text) / m_scale;
}

double BriefCanvas::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_device).lineSpacing() / m_scale;
}

double BriefCanvas::ascent(const QFont &font) const
{
    return QFontMetricsF(font, m_device).ascent() / m_scale;
}

double BriefCanvas::wrappedHeight(const QString &text, const QFont &font, double width) const
{
    const QRectF r = QFontMetricsF(font, m_device)
                         .boundingRect(QRectF(0, 0, width * m_scale, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text);
    return r.height() / m_scale;
}

QString BriefCanvas::elided(const QString &text, const QFont &font, double width) const
{
    return QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, width * m_scale);
}

void BriefCanvas::text(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color) const
{
    if (!m_painter || text.isEmpty())
        return;
    m_painter->save();
    const QRectF device = m_painter->transform().mapRect(rect);
    m_painter->resetTransform();
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(device, flags, text);
    m_painter->restore();
}

void BriefCanvas::verticalText(const QPointF &center, const QString &text, const QFont &font, const QColor &color) const
{
    if (!m_painter || text.isEmpty())
        return;
    m_painter->save();
    const QPointF c = m_painter->transform().map(center);
    m_painter->resetTransform();
    m_painter->translate(c);
    m_painter->rotate(-90);
    m_painter->setFont(font);
    m_painter->setPen(color);
    const QFontMetricsF fm(font, m_device);
    const double w = fm.horizontalAdvance(text);
    m_painter->drawText(QRectF(-w / 2 - 2, -fm.height() / 2, w + 4, fm.height()), Qt::AlignCenter, text);
    m_painter->restore();
}

} // namespace tierwise
