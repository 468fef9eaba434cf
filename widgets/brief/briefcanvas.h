#pragma once

// Drawing a brief's page in points (1/72 inch, A4 = 595 × 842) on any paint device (QPdfWriter,
// QPrinter, QImage): shapes are scaled to the device; text is measured and drawn at the device's
// own resolution, so glyph positions are exact in a PDF. All text is set in "WenQuanYi Micro Hei"
// (DESIGN.md §2: its Chinese stays searchable in a PDF). No widgets: usable off the GUI thread.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;
class QPaintDevice;

namespace tierwise {

class BriefCanvas
{
public:
    // Measures on `device`; painter (may be null for measuring only) paints on it.
    BriefCanvas(QPaintDevice *device, QPainter *painter);

    QPainter *painter() const { return m_painter; }
    double devicePerPoint() const { return m_scale; }

    static QFont font(double points, bool bold = false);
    static QString fontFamily();

    // Metrics in points.
    double width(const QString &text, const QFont &font) const;
    double lineHeight(const QFont &font) const;
    double ascent(const QFont &font) const;
    // The height of the text word-wrapped to `width`.
    double wrappedHeight(const QString &text, const QFont &font, double width) const;
    QString elided(const QString &text, const QFont &font, double width) const;

    // Text in a rectangle (Qt::Alignment and Qt::TextFlag flags), in points.
    void text(const QRectF &rect, int flags, const QString &text, const QFont &font, const QColor &color) const;
    // Text turned 90° anticlockwise, centred on `center` (a y-axis title).
    void verticalText(const QPointF &center, const QString &text, const QFont &font, const QColor &color) const;

private:
    QPaintDevice *m_device;
    QPainter *m_painter;
    double m_scale;
};

} // namespace tierwise
