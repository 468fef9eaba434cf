#include "charts/distributionchart.h"

#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierwise {

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// "1", "10", "1k", "10M": a power of ten for the log axis.
QString powerLabel(int exponent)
{
    static const char *const suffixes[] = {"", "k", "M", "B", "T"};
    if (exponent < 0)
        return QString::number(std::pow(10.0, exponent), 'g', 3);
    const int group = std::min(exponent / 3, 4);
    return QString::number(std::pow(10.0, exponent - 3 * group), 'f', 0) + QLatin1String(suffixes[group]);
}
} // namespace

double DistributionChart::quantile(const QVector<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return kNaN;
    const double h = (sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const int lo = int(std::floor(h));
    const int hi = std::min(lo + 1, int(sorted.size()) - 1);
    return sorted.at(lo) + (h - lo) * (sorted.at(hi) - sorted.at(lo));
}

DistributionChart::BoxStats DistributionChart::boxStats(QVector<double> values)
{
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    std::sort(values.begin(), values.end());
    BoxStats s;
    s.count = values.size();
    if (values.isEmpty()) {
        s.minimum = s.q1 = s.median = s.q3 = s.maximum = kNaN;
        return s;
    }
    s.q1 = quantile(values, 0.25);
    s.median = quantile(values, 0.5);
    s.q3 = quantile(values, 0.75);
    const double low = s.q1 - 1.5 * (s.q3 - s.q1), high = s.q3 + 1.5 * (s.q3 - s.q1);
    s.minimum = *std::lower_bound(values.begin(), values.end(), low);
    s.maximum = *(std::upper_bound(values.begin(), values.end(), high) - 1);
    for (double v : values)
        if (v < low || v > high)
            s.outliers << v;
    return s;
}

int DistributionChart::binCount(const QVector<double> &sorted)
{
    if (sorted.size() < 2)
        return kMinBins;
    const double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    const double range = sorted.last() - sorted.first();
    if (!(iqr > 0) || !(range > 0))
        return kMinBins;
    const double width = 2 * iqr / std::cbrt(double(sorted.size()));
    return std::clamp(int(std::ceil(range / width)), kMinBins, kMaxBins);
}

DistributionChart::DistributionChart(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = chartstyle::createEmptyLabel(m_stack);
    m_plot = new QCustomPlot(m_stack);
    buildPlot();
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_plot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(360, 300);
    rebuild();
}

void DistributionChart::buildPlot()
{
    m_plot->plotLayout()->clear();
    m_title = new QCPTextElement(m_plot, QString(), chartstyle::plotFont(10.5, true));
    m_histRect = new QCPAxisRect(m_plot);
    m_boxRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->addElement(1, 0, m_histRect);
    m_plot->plotLayout()->addElement(2, 0, m_boxRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.01);
    m_plot->plotLayout()->setRowStretchFactor(1, 3);
    m_plot->plotLayout()->setRowStretchFactor(2, 1.6);
    auto *group = new QCPMarginGroup(m_plot);
    m_histRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_boxRect->setMarginGroup(QCP::msLeft | QCP::msRight, group);
    m_boxRect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_histRect->insetLayout()->addElement(new QCPLegend, Qt::AlignRight | Qt::AlignTop);
    m_plot->legend = qobject_cast<QCPLegend *>(m_histRect->insetLayout()->elementAt(0));
    m_plot->legend->setLayer(QStringLiteral("legend"));
    m_plot->legend->setVisible(true);
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &p) { return tooltipAt(p); });
}

void DistributionChart::setData(QVector<QPair<QString, QVector<double>>> segments, const QString &feature, bool logScale)
{
    m_feature = feature;
    m_log = logScale;
    m_segments.clear();
    for (auto &[name, values] : segments) {
        Segment s;
        s.name = name;
        for (double v : values) {
            if (std::isfinite(v) && (!m_log || v > 0))
                s.shown << toAxis(v);
            else
                ++s.hidden;
        }
        std::sort(s.shown.begin(), s.shown.end());
        QVector<double> original(s.shown.size());
        std::transform(s.shown.begin(), s.shown.end(), original.begin(), [this](double v) { return fromAxis(v); });
        s.box = boxStats(original);
        m_segments << s;
    }
    computeBins();
    rebuild();
}

void DistributionChart::computeBins()
{
    QVector<double> pooled;
    for (const Segment &s : m_segments)
        pooled += s.shown;
    m_edges.clear();
    if (pooled.isEmpty())
        return;
    std::sort(pooled.begin(), pooled.end());
    const int n = binCount(pooled);
    double lo = pooled.first(), hi = pooled.last();
    if (!(hi > lo)) {
        lo -= 0.5;
        hi += 0.5;
    }
    for (int i = 0; i <= n; ++i)
        m_edges << lo + (hi - lo) * i / n;
    for (Segment &s : m_segments) {
        s.counts.fill(0, n);
        for (double v : s.shown)
            ++s.counts[std::clamp(int((v - lo) / (hi - lo) * n), 0, n - 1)];
    }
}

double DistributionChart::toAxis(double v) const
{
    return m_log ? std::log10(v) : v;
}

double DistributionChart::fromAxis(double v) const
{
    return m_log ? std::pow(10.0, v) : v;
}

void DistributionChart::setNames(const QStringList &segmentNames, const QString &feature)
{
    for (int i = 0; i < m_segments.size() && i < segmentNames.size(); ++i)
        m_segments[i].name = segmentNames.at(i);
    m_feature = feature;
    rebuild();
}

QString DistributionChart::formatValue(double v) const
{
    if (m_log)
        return figures::money(v);
    const double a = std::fabs(v);
    return chartstyle::number(v, a >= 100 || a == 0 ? 0 : a >= 1 ? 2 : 3);
}

bool DistributionChart::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportPlot(m_plot, path, m_plot->isVisible() ? m_plot->size() : size());
}

bool DistributionChart::hasData() const
{
    return !m_edges.isEmpty();
}

QString DistributionChart::titleText() const
{
    return m_title->text();
}

QVector<qint64> DistributionChart::histogramCounts(int segment) const
{
    return segment >= 0 && segment < m_segments.size() ? m_segments.at(segment).counts : QVector<qint64>();
}

DistributionChart::BoxStats DistributionChart::drawnBox(int segment) const
{
    BoxStats s;
    const auto boxes = m_plot->plottableCount();
    for (int i = 0; i < boxes; ++i) {
        auto *box = qobject_cast<QCPStatisticalBox *>(m_plot->plottable(i));
        if (!box || box->data()->isEmpty() || int(box->data()->constBegin()->key) != segment)
            continue;
        const QCPStatisticalBoxData &d = *box->data()->constBegin();
        s.count = m_segments.at(segment).box.count;
        s.minimum = fromAxis(d.minimum);
        s.q1 = fromAxis(d.lowerQuartile);
        s.median = fromAxis(d.median);
        s.q3 = fromAxis(d.upperQuartile);
        s.maximum = fromAxis(d.maximum);
        for (double o : d.outliers)
            s.outliers << fromAxis(o);
        return s;
    }
    s.minimum = s.q1 = s.median = s.q3 = s.maximum = kNaN;
    return s;
}

QColor DistributionChart::axisColor() const
{
    return m_histRect->axis(QCPAxis::atBottom)->basePen().color();
}

void DistributionChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void DistributionChart::rebuild()
{
    m_empty->setText(tr("No values to show — choose a feature and run a segmentation first."));
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_plot->clearPlottables();
    const QPalette pal = palette();
    QCPAxis *valueAxis = m_histRect->axis(QCPAxis::atBottom);
    QCPAxis *shareAxis = m_histRect->axis(QCPAxis::atLeft);
    QCPAxis *boxValueAxis = m_boxRect->axis(QCPAxis::atBottom);
    QCPAxis *segmentAxis = m_boxRect->axis(QCPAxis::atLeft);
    if (!hasData()) {
        m_plot->replot();
        return;
    }
    const double width = m_edges.at(1) - m_edges.at(0);
    qint64 shown = 0, hidden = 0;
    double maxShare = 0;
    auto segmentTicker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        shown += s.shown.size();
        hidden += s.hidden;
        const QColor color = chartstyle::seriesColor(i, pal);
        auto *bars = new QCPBars(valueAxis, shareAxis);
        QVector<double> keys, values;
        for (int b = 0; b < s.counts.size(); ++b) {
            keys << m_edges.at(b) + width / 2;
            values << (s.shown.isEmpty() ? 0.0 : 100.0 * double(s.counts.at(b)) / double(s.shown.size()));
            maxShare = std::max(maxShare, values.last());
        }
        bars->setData(keys, values, true);
        bars->setWidth(width);
        QColor fill = color;
        fill.setAlpha(m_segments.size() > 1 ? 50 : 150);
        bars->setBrush(fill);
        bars->setPen(QPen(color, 1.6));
        bars->setName(tr("%1 (%2)").arg(s.name, chartstyle::number(double(s.shown.size()))));

        segmentTicker->addTick(i, s.name);
        if (s.box.count == 0)
            continue;
        auto *box = new QCPStatisticalBox(segmentAxis, boxValueAxis);
        box->removeFromLegend();
        QVector<double> outliers;
        const int n = int(s.box.outliers.size());
        const int keep = std::min(n, kMaxOutliers);
        for (int k = 0; k < keep; ++k)
            outliers << toAxis(s.box.outliers.at(keep == 1 ? 0 : int(std::lround(double(k) * (n - 1) / (keep - 1)))));
        box->addData(i, toAxis(s.box.minimum), toAxis(s.box.q1), toAxis(s.box.median), toAxis(s.box.q3),
                     toAxis(s.box.maximum), outliers);
        box->setWidth(0.55);
        QColor boxFill = color;
        boxFill.setAlpha(110);
        box->setBrush(boxFill);
        box->setPen(QPen(color.darker(chartstyle::isDark(pal) ? 70 : 130), 1.2));
        box->setWhiskerPen(QPen(chartstyle::axisColor(pal), 1, Qt::SolidLine));
        box->setWhiskerBarPen(QPen(chartstyle::axisColor(pal), 1));
        box->setMedianPen(QPen(chartstyle::textColor(pal), 2));
        box->setOutlierStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, color, 4));
    }

    // Axes: the value axis is shared; on a log axis the ticks sit at powers of ten.
    const double lo = m_edges.first(), hi = m_edges.last();
    const double pad = (hi - lo) * 0.02;
    for (QCPAxis *axis : {valueAxis, boxValueAxis}) {
        axis->setRange(lo - pad, hi + pad);
        if (m_log) {
            auto ticker = QSharedPointer<QCPAxisTickerText>::create();
            for (int e = int(std::floor(lo)); e <= int(std::ceil(hi)); ++e)
                ticker->addTick(e, powerLabel(e));
            axis->setTicker(ticker);
        } else {
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
            axis->setNumberFormat(QStringLiteral("gb"));
        }
    }
    valueAxis->setTickLabels(false);
    boxValueAxis->setLabel(m_log ? tr("%1 (log scale)").arg(m_feature) : m_feature);
    shareAxis->setRange(0, std::max(maxShare * 1.15, 1.0));
    shareAxis->setLabel(tr("Share of segment (%)"));
    segmentAxis->setTicker(segmentTicker);
    segmentAxis->setRange(-0.6, m_segments.size() - 0.4);
    segmentAxis->grid()->setVisible(false);

    QString title = tr("Distribution of %1 by segment — %2 values, %3 bins")
                        .arg(m_feature, chartstyle::number(double(shown)))
                        .arg(bins());
    if (hidden > 0)
        title += QLatin1Char(' ') + (m_log ? tr("(%1 missing or ≤ 0 not shown)") : tr("(%1 missing not shown)"))
                                        .arg(chartstyle::number(double(hidden)));
    m_title->setText(title);
    chartstyle::applyTheme(m_plot, pal);
    m_plot->replot();
}

QString DistributionChart::tooltipAt(const QPointF &pixel) const
{
    if (!hasData())
        return {};
    const QPoint p = pixel.toPoint();
    if (m_histRect->rect().contains(p)) {
        const double x = m_histRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x());
        const double width = m_edges.at(1) - m_edges.at(0);
        const int b = int(std::floor((x - m_edges.first()) / width));
        if (b < 0 || b >= bins())
            return {};
        QStringList lines{tr("%1 from %2 to %3").arg(m_feature, formatValue(fromAxis(m_edges.at(b))),
                                                    formatValue(fromAxis(m_edges.at(b + 1))))};
        for (const Segment &s : m_segments)
            lines << tr("%1: %2 (%3)").arg(s.name, chartstyle::number(double(s.counts.at(b))),
                                           chartstyle::percent(s.shown.isEmpty() ? 0.0 : double(s.counts.at(b)) / double(s.shown.size())));
        return lines.join(QLatin1Char('\n'));
    }
    if (m_boxRect->rect().contains(p)) {
        const int i = qRound(m_boxRect->axis(QCPAxis::atLeft)->pixelToCoord(pixel.y()));
        if (i < 0 || i >= m_segments.size() || m_segments.at(i).box.count == 0)
            return {};
        const BoxStats &b = m_segments.at(i).box;
        return tr("%1: %2 values\nmedian %3, quartiles %4 – %5\nwhiskers %6 – %7, outliers: %8")
            .arg(m_segments.at(i).name, chartstyle::number(double(b.count)), formatValue(b.median), formatValue(b.q1),
                 formatValue(b.q3), formatValue(b.minimum), formatValue(b.maximum))
            .arg(b.outliers.size());
    }
    return {};
}

} // namespace tierwise
