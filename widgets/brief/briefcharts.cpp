#include "brief/briefcharts.h"

#include "brief/briefcanvas.h"
#include "brief/briefformat.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace tierwise::briefcharts {

namespace {

constexpr std::array<QRgb, 8> kQualitative = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x8C6D31, 0x999999,
};

QPen pen(const QColor &color, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(color, width, style);
    p.setCapStyle(Qt::FlatCap);
    p.setJoinStyle(Qt::RoundJoin);
    return p;
}

} // namespace

QColor textColor() { return QColor(0x22, 0x22, 0x22); }
QColor mutedColor() { return QColor(0x66, 0x66, 0x66); }
QColor gridColor() { return QColor(0xE3, 0xE3, 0xE3); }
QColor ruleColor() { return QColor(0xB0, 0xB0, 0xB0); }

QColor segmentColor(int index)
{
    return QColor(kQualitative[std::size_t(std::abs(index)) % kQualitative.size()]);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

Axis moneyAxis(double logFrom, double logTo, const QString &title, const BriefFormat &format)
{
    Axis a;
    a.from = logFrom;
    a.to = logTo;
    a.title = title;
    const int first = int(std::ceil(logFrom - 1e-9));
    const int last = int(std::floor(logTo + 1e-9));
    const int step = last - first > 6 ? 2 : 1;
    for (int k = first; k <= last; k += step)
        a.ticks.emplace_back(double(k), format.moneyTick(std::pow(10.0, k)));
    return a;
}

Axis shareAxis(double top, const QString &title, const BriefFormat &format)
{
    Axis a;
    a.from = 0;
    a.title = title;
    // The smallest round step that reaches the top in at most five steps.
    static const double steps[] = {0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25};
    double step = 0.25;
    for (double s : steps)
        if (top <= 5 * s + 1e-12) {
            step = s;
            break;
        }
    const int n = std::max(1, int(std::ceil(top / step - 1e-9)));
    a.to = std::min(1.0, n * step);
    const int decimals = step < 0.01 || step == 0.025 ? 1 : 0;
    for (int i = 0; i * step <= a.to + 1e-12; ++i)
        a.ticks.emplace_back(i * step, format.percent(i * step, decimals));
    return a;
}

QPointF toPlot(const QRectF &plot, const Axis &x, const Axis &y, double xv, double yv)
{
    const double fx = (xv - x.from) / (x.to - x.from);
    const double fy = (yv - y.from) / (y.to - y.from);
    return {plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height()};
}

QRectF drawAxes(const BriefCanvas &canvas, const QRectF &outer, const Axis &x, const Axis &y)
{
    const QFont tickFont = BriefCanvas::font(6.5);
    const QFont titleFont = BriefCanvas::font(7);
    double tickWidth = 0;
    for (const auto &[v, label] : y.ticks)
        tickWidth = std::max(tickWidth, canvas.width(label, tickFont));
    const double tickHeight = canvas.lineHeight(tickFont);
    const double titleHeight = canvas.lineHeight(titleFont);
    const double left = tickWidth + 4 + (y.title.isEmpty() ? 0 : titleHeight + 2);
    const double bottom = tickHeight + 3 + (x.title.isEmpty() ? 0 : titleHeight + 1);
    const QRectF plot(outer.left() + left, outer.top() + tickHeight / 2, outer.width() - left - 6,
                      outer.height() - bottom - tickHeight / 2);
    QPainter *p = canvas.painter();
    if (!p)
        return plot;
    p->save();
    p->setPen(pen(gridColor(), 0.4));
    for (const auto &[v, label] : y.ticks) {
        const double py = toPlot(plot, x, y, x.from, v).y();
        p->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        canvas.text(QRectF(plot.left() - 4 - tickWidth, py - tickHeight / 2, tickWidth, tickHeight),
                    Qt::AlignRight | Qt::AlignVCenter, label, tickFont, mutedColor());
    }
    for (const auto &[v, label] : x.ticks) {
        const double px = toPlot(plot, x, y, v, y.from).x();
        p->setPen(pen(gridColor(), 0.4));
        p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        const double w = canvas.width(label, tickFont) + 2;
        canvas.text(QRectF(px - w / 2, plot.bottom() + 2, w, tickHeight), Qt::AlignCenter, label, tickFont, mutedColor());
    }
    p->setPen(pen(ruleColor(), 0.6));
    p->setBrush(Qt::NoBrush);
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());
    p->restore();
    if (!x.title.isEmpty())
        canvas.text(QRectF(plot.left(), outer.bottom() - titleHeight, plot.width(), titleHeight), Qt::AlignCenter, x.title,
                    titleFont, mutedColor());
    if (!y.title.isEmpty())
        canvas.verticalText(QPointF(outer.left() + titleHeight / 2, plot.center().y()), y.title, titleFont, mutedColor());
    return plot;
}

void emptyState(const BriefCanvas &canvas, const QRectF &rect, const QString &text)
{
    if (QPainter *p = canvas.painter()) {
        p->save();
        p->setPen(pen(gridColor(), 0.6, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(rect.adjusted(1, 1, -1, -1));
        p->restore();
    }
    canvas.text(rect.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text, BriefCanvas::font(7.5),
                mutedColor());
}

double legend(const BriefCanvas &canvas, const QRectF &rect, const std::vector<std::pair<QColor, QString>> &items, bool lines)
{
    const QFont f = BriefCanvas::font(7);
    const double h = canvas.lineHeight(f);
    double x = rect.left();
    for (const auto &[color, label] : items) {
        if (QPainter *p = canvas.painter()) {
            p->save();
            if (lines) {
                p->setPen(pen(color, 1.4));
                p->drawLine(QPointF(x, rect.top() + h / 2), QPointF(x + 12, rect.top() + h / 2));
            } else {
                p->setPen(Qt::NoPen);
                p->setBrush(color);
                p->drawRect(QRectF(x, rect.top() + h / 2 - 3.5, 7, 7));
            }
            p->restore();
        }
        const double sw = lines ? 15 : 10;
        const double w = canvas.width(label, f) + 2;
        canvas.text(QRectF(x + sw, rect.top(), w, h), Qt::AlignLeft | Qt::AlignVCenter, label, f, textColor());
        x += sw + w + 12;
    }
    return h + 4;
}

double shareBarsHeight(int categories, int series)
{
    return 16 + categories * (series * 5.5 + 6) + 16;
}

void shareBars(const BriefCanvas &canvas, const QRectF &rect, const QStringList &categories,
               const std::vector<ShareSeries> &series, const BriefFormat &format)
{
    std::vector<std::pair<QColor, QString>> items;
    double top = 0;
    for (const ShareSeries &s : series) {
        items.emplace_back(s.color, s.label);
        for (double v : s.values)
            if (std::isfinite(v))
                top = std::max(top, v);
    }
    const double legendHeight = legend(canvas, rect, items);
    const QFont labelFont = BriefCanvas::font(7);
    const QFont valueFont = BriefCanvas::font(5.3);
    double labelWidth = 0;
    for (const QString &c : categories)
        labelWidth = std::min(170.0, std::max(labelWidth, canvas.width(c, labelFont) + 6));
    const Axis y{0, 1, {}, {}};
    const Axis x = shareAxis(top, QString(), format);
    const QRectF outer(rect.left() + labelWidth, rect.top() + legendHeight, rect.width() - labelWidth - 22,
                       rect.height() - legendHeight);
    Axis xAxis = x;
    const QRectF plot = drawAxes(canvas, outer, xAxis, y);
    QPainter *p = canvas.painter();
    if (!p || categories.isEmpty())
        return;
    const double band = plot.height() / categories.size();
    const double barHeight = std::min(5.5, (band - 4) / std::max<std::size_t>(series.size(), 1));
    for (int c = 0; c < categories.size(); ++c) {
        const double top0 = plot.top() + c * band + (band - barHeight * double(series.size())) / 2;
        canvas.text(QRectF(rect.left(), plot.top() + c * band, labelWidth - 6, band), Qt::AlignRight | Qt::AlignVCenter,
                    canvas.elided(categories[c], labelFont, labelWidth - 6), labelFont, textColor());
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double v = std::size_t(c) < series[s].values.size() ? series[s].values[std::size_t(c)] : 0.0;
            const double w = std::isfinite(v) ? plot.width() * std::clamp(v / x.to, 0.0, 1.0) : 0.0;
            const QRectF bar(plot.left(), top0 + double(s) * barHeight, w, barHeight - 0.8);
            p->save();
            p->setPen(Qt::NoPen);
            p->setBrush(series[s].color);
            p->drawRect(bar);
            p->restore();
            canvas.text(QRectF(bar.right() + 2, bar.top() - 1.5, 40, barHeight + 3), Qt::AlignLeft | Qt::AlignVCenter,
                        format.percent(v), valueFont, mutedColor());
        }
    }
}

void lorenz(const BriefCanvas &canvas, const QRectF &rect, const QVector<double> &x, const QVector<double> &y,
            double top20Share, const QString &xTitle, const QString &yTitle, const BriefFormat &format)
{
    const Axis ax = shareAxis(1.0, xTitle, format);
    const Axis ay = shareAxis(1.0, yTitle, format);
    const QRectF plot = drawAxes(canvas, rect, ax, ay);
    QPainter *p = canvas.painter();
    if (!p)
        return;
    if (x.size() < 2) {
        emptyState(canvas, plot, QString());
        return;
    }
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(pen(ruleColor(), 0.7, Qt::DashLine));
    p->drawLine(toPlot(plot, ax, ay, 0, 0), toPlot(plot, ax, ay, 1, 1));
    QPainterPath path(toPlot(plot, ax, ay, x[0], y[0]));
    for (qsizetype i = 1; i < x.size() && i < y.size(); ++i)
        path.lineTo(toPlot(plot, ax, ay, x[i], y[i]));
    QPainterPath fill = path;
    fill.lineTo(toPlot(plot, ax, ay, 1, 1));
    fill.lineTo(toPlot(plot, ax, ay, 0, 0));
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0x00, 0x72, 0xB2, 40));
    p->drawPath(fill);
    p->setBrush(Qt::NoBrush);
    p->setPen(pen(QColor(0x00, 0x72, 0xB2), 1.4));
    p->drawPath(path);
    const QPointF mark = toPlot(plot, ax, ay, 0.2, top20Share);
    p->setPen(pen(QColor(0xD5, 0x5E, 0x00), 0.7, Qt::DotLine));
    p->drawLine(QPointF(mark.x(), plot.bottom()), mark);
    p->drawLine(QPointF(plot.left(), mark.y()), mark);
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xD5, 0x5E, 0x00));
    p->drawEllipse(mark, 2.2, 2.2);
    p->restore();
    const QFont f = BriefCanvas::font(7, true);
    canvas.text(QRectF(mark.x() + 5, mark.y() + 2, 80, 12), Qt::AlignLeft | Qt::AlignTop, format.percent(top20Share), f,
                QColor(0xD5, 0x5E, 0x00));
}

void densityMap(const BriefCanvas &canvas, const QRectF &rect, const analytics::BriefMapAxes &axes,
                const analytics::BriefDensity &book, const analytics::BriefDensity &segment, const QColor &color,
                const QString &xTitle, const QString &yTitle, const BriefFormat &format)
{
    const Axis ax = moneyAxis(axes.xFrom, axes.xTo, xTitle, format);
    const Axis ay = moneyAxis(axes.yFrom, axes.yTo, yTitle, format);
    const QRectF plot = drawAxes(canvas, rect, ax, ay);
    QPainter *p = canvas.painter();
    if (!p || book.columns <= 0 || book.rows <= 0)
        return;
    // One opaque image on white paper: grey where the scope's customers are, the segment's colour
    // where its customers are, both by the log of the count.
    QImage image(book.columns, book.rows, QImage::Format_RGB32);
    image.fill(Qt::white);
    const double bookMax = std::log1p(double(book.max()));
    const double segMax = std::log1p(double(segment.max()));
    const QColor grey(0x9A, 0x9A, 0x9A);
    for (int r = 0; r < book.rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(book.rows - 1 - r));
        for (int c = 0; c < book.columns; ++c) {
            const std::size_t i = std::size_t(r) * std::size_t(book.columns) + std::size_t(c);
            const std::uint32_t s = i < segment.counts.size() ? segment.counts[i] : 0;
            if (s > 0 && segMax > 0)
                line[c] = mix(Qt::white, color, 0.35 + 0.65 * std::log1p(double(s)) / segMax).rgb();
            else if (book.counts[i] > 0 && bookMax > 0)
                line[c] = mix(Qt::white, grey, 0.18 + 0.55 * std::log1p(double(book.counts[i])) / bookMax).rgb();
        }
    }
    p->save();
    p->setRenderHint(QPainter::SmoothPixmapTransform, false);
    p->drawImage(plot, image);
    p->setPen(pen(ruleColor(), 0.6));
    p->drawLine(plot.bottomLeft(), plot.bottomRight());
    p->drawLine(plot.bottomLeft(), plot.topLeft());
    p->restore();
}

void histogram(const BriefCanvas &canvas, const QRectF &rect, const analytics::BriefHistogram &h, const QColor &color,
               const QString &xTitle, const QString &yTitle, const BriefFormat &format)
{
    qint64 total = 0;
    qint64 most = 0;
    for (qint64 c : h.counts) {
        total += c;
        most = std::max(most, c);
    }
    const Axis ax = moneyAxis(std::floor(h.logFrom), std::ceil(h.logTo), xTitle, format);
    const Axis ay = shareAxis(total > 0 ? double(most) / double(total) : 0.1, yTitle, format);
    const QRectF plot = drawAxes(canvas, rect, ax, ay);
    QPainter *p = canvas.painter();
    if (!p || total == 0 || h.counts.empty())
        return;
    const double width = (h.logTo - h.logFrom) / double(h.counts.size());
    p->save();
    p->setPen(pen(Qt::white, 0.3));
    p->setBrush(color);
    for (std::size_t b = 0; b < h.counts.size(); ++b) {
        const double from = h.logFrom + width * double(b);
        const QPointF tl = toPlot(plot, ax, ay, from, double(h.counts[b]) / double(total));
        const QPointF br = toPlot(plot, ax, ay, from + width, 0);
        p->drawRect(QRectF(tl, br));
    }
    if (std::isfinite(h.median) && h.median > 0) {
        const double lm = std::log10(h.median);
        if (lm >= ax.from && lm <= ax.to) {
            const double px = toPlot(plot, ax, ay, lm, 0).x();
            p->setPen(pen(textColor(), 0.8, Qt::DashLine));
            p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        }
    }
    p->restore();
}

void curves(const BriefCanvas &canvas, const QRectF &rect, const std::vector<double> &segment,
            const std::vector<double> &book, const QColor &color, const QString &xTitle, const QString &yTitle,
            const BriefFormat &format)
{
    const std::size_t ages = std::max(segment.size(), book.size());
    Axis ax;
    ax.from = 0;
    ax.to = std::max<double>(double(ages) - 1, 1);
    ax.title = xTitle;
    const int step = ages > 18 ? 6 : ages > 8 ? 3 : 1;
    for (int m = 0; m < int(ages); m += step)
        ax.ticks.emplace_back(double(m), format.count(m));
    double top = 0;
    for (const auto *c : {&segment, &book})
        for (double v : *c)
            if (std::isfinite(v))
                top = std::max(top, v);
    const Axis ay = shareAxis(std::max(top, 0.05), yTitle, format);
    const QRectF plot = drawAxes(canvas, rect, ax, ay);
    QPainter *p = canvas.painter();
    if (!p)
        return;
    const auto draw = [&](const std::vector<double> &c, const QPen &linePen) {
        QPainterPath path;
        bool open = false;
        for (std::size_t i = 0; i < c.size(); ++i) {
            if (!std::isfinite(c[i])) {
                open = false;
                continue;
            }
            const QPointF pt = toPlot(plot, ax, ay, double(i), c[i]);
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p->setPen(linePen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
    };
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    draw(book, pen(mutedColor(), 1.0, Qt::DashLine));
    draw(segment, pen(color, 1.6));
    p->restore();
}

void shareBar(const BriefCanvas &canvas, const QRectF &rect, double share, const QColor &color)
{
    QPainter *p = canvas.painter();
    if (!p)
        return;
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(QColor(0xF0, 0xF0, 0xF0));
    p->drawRect(rect);
    if (std::isfinite(share) && share > 0) {
        p->setBrush(color);
        p->drawRect(QRectF(rect.topLeft(), QSizeF(rect.width() * std::clamp(share, 0.0, 1.0), rect.height())));
    }
    p->restore();
}

} // namespace tierwise::briefcharts
