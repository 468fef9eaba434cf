#include "charts/paretochart.h"

#include "charts/chartstyle.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierwise {

ParetoChart::ParetoChart(QWidget *parent)
    : QWidget(parent)
{
    const chartstyle::PlotFrame frame = chartstyle::createPlotFrame(this);
    m_stack = frame.stack;
    m_empty = frame.empty;
    m_plot = frame.plot;
    m_title = frame.title;
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &p) { return tooltipAt(p); });
    setMinimumSize(320, 240);
    rebuild();
}

void ParetoChart::setCurves(QVector<QPair<QString, analytics::ParetoSummary>> curves)
{
    m_curves.clear();
    for (auto &curve : curves)
        if (curve.second.count > 0 && !curve.second.customerShare.isEmpty())
            m_curves.append(std::move(curve));
    rebuild();
}

void ParetoChart::setValueName(const QString &name)
{
    m_valueName = name;
    rebuild();
}

bool ParetoChart::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportPlot(m_plot, path, m_plot->isVisible() ? m_plot->size() : size());
}

bool ParetoChart::hasData() const
{
    return !m_curves.isEmpty();
}

QString ParetoChart::titleText() const
{
    return m_title->text();
}

QString ParetoChart::markerText(int curve) const
{
    return curve >= 0 && curve < m_markerTexts.size() ? m_markerTexts.at(curve) : QString();
}

QColor ParetoChart::axisColor() const
{
    return m_plot->xAxis->basePen().color();
}

void ParetoChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ParetoChart::rebuild()
{
    m_empty->setText(tr("No value curve yet — run a lifetime-value analysis to see how value is concentrated."));
    m_stack->setCurrentWidget(hasData() ? static_cast<QWidget *>(m_plot) : m_empty);
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_markerTexts.clear();
    const QPalette pal = palette();
    const QString value = m_valueName.isEmpty() ? tr("value") : m_valueName;

    QCPGraph *diagonal = m_plot->addGraph();
    diagonal->setData({0.0, 100.0}, {0.0, 100.0}, true);
    diagonal->setPen(QPen(chartstyle::gridColor(pal).darker(isDarkPalette() ? 60 : 130), 1, Qt::DashLine));
    diagonal->setName(tr("Equal shares"));

    QStringList giniParts;
    for (int i = 0; i < m_curves.size(); ++i) {
        const auto &[name, s] = m_curves.at(i);
        const QColor color = chartstyle::seriesColor(i, pal);
        auto *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        QVector<double> x(s.customerShare.size()), y(s.valueShare.size());
        std::transform(s.customerShare.begin(), s.customerShare.end(), x.begin(), [](double v) { return v * 100; });
        std::transform(s.valueShare.begin(), s.valueShare.end(), y.begin(), [](double v) { return v * 100; });
        curve->setData(x, y);
        curve->setPen(QPen(color, i == 0 ? 2.5 : 2));
        if (i == 0) {
            QColor fill = color;
            fill.setAlpha(30);
            curve->setBrush(fill);
        }
        curve->setName(tr("%1 (%2 customers)").arg(name, chartstyle::number(double(s.count))));

        auto *marker = new QCPItemTracer(m_plot);
        marker->position->setCoords(20, s.top20Share * 100);
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(8);
        marker->setPen(QPen(color, 2));
        marker->setBrush(pal.color(QPalette::Base));
        const QString share = chartstyle::percent(s.top20Share);
        const QString text = m_curves.size() == 1 ? tr("Top 20 % hold %1").arg(share)
                                                  : tr("%1: top 20 % hold %2").arg(name, share);
        m_markerTexts << text;
        auto *label = new QCPItemText(m_plot);
        label->setText(text);
        label->setFont(chartstyle::plotFont(9, true));
        label->setColor(color.darker(isDarkPalette() ? 100 : 115));
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->position->setParentAnchor(marker->position);
        label->position->setCoords(12, 18.0 * i + 10); // pixels right of and below the marker
        giniParts << (m_curves.size() == 1 ? tr("Gini %1").arg(chartstyle::number(s.gini, 2))
                                           : tr("%1 Gini %2").arg(name, chartstyle::number(s.gini, 2)));
    }
    auto *guide = new QCPItemStraightLine(m_plot);
    guide->point1->setCoords(20, 0);
    guide->point2->setCoords(20, 1);
    guide->setPen(QPen(chartstyle::gridColor(pal), 1, Qt::DotLine));

    m_title->setText(tr("Concentration of %1 — %2").arg(value, giniParts.join(QStringLiteral(" · "))));
    m_plot->xAxis->setLabel(tr("Share of customers, largest %1 first (%)").arg(value));
    m_plot->yAxis->setLabel(tr("Share of total %1 (%)").arg(value));
    m_plot->xAxis->setRange(0, 100);
    m_plot->yAxis->setRange(0, 102);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    chartstyle::applyTheme(m_plot, pal);
    // applyTheme recolours plain text items; the marker labels keep their curve's colour.
    for (int i = 0, label = 0; i < m_plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            text->setColor(chartstyle::seriesColor(label++, pal));
    m_plot->replot();
}

bool ParetoChart::isDarkPalette() const
{
    return chartstyle::isDark(palette());
}

QString ParetoChart::tooltipAt(const QPointF &pixel) const
{
    if (!hasData() || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const double x = std::clamp(m_plot->xAxis->pixelToCoord(pixel.x()), 0.0, 100.0);
    QStringList lines;
    for (const auto &[name, s] : m_curves) {
        const auto it = std::lower_bound(s.customerShare.begin(), s.customerShare.end(), x / 100.0);
        const int i = std::min(int(it - s.customerShare.begin()), int(s.valueShare.size()) - 1);
        lines << tr("%1: the top %2 of customers hold %3")
                     .arg(name, chartstyle::percent(s.customerShare.at(i), 0), chartstyle::percent(s.valueShare.at(i)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tierwise
