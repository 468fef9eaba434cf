#include "charts/modelcheckchart.h"

#include "charts/chartstyle.h"

#include <qcustomplot.h>

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierwise {

namespace {
QString bucketLabel(const analytics::HoldoutBucket &b)
{
    return b.orMore ? QString::number(b.frequency) + QLatin1Char('+') : QString::number(b.frequency);
}
} // namespace

ModelCheckChart::ModelCheckChart(QWidget *parent)
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

void ModelCheckChart::setCheck(const analytics::HoldoutCheck &check)
{
    m_check = check;
    m_reason.clear();
    rebuild();
}

void ModelCheckChart::clear(const QString &reason)
{
    m_check.reset();
    m_reason = reason;
    rebuild();
}

void ModelCheckChart::setTimeUnitDays(double days)
{
    m_unitDays = days > 0 ? days : 7.0;
    rebuild();
}

bool ModelCheckChart::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportPlot(m_plot, path, m_plot->isVisible() ? m_plot->size() : size());
}

bool ModelCheckChart::hasData() const
{
    return m_check && !m_check->buckets.empty();
}

QString ModelCheckChart::titleText() const
{
    return m_title->text();
}

QStringList ModelCheckChart::bucketLabels() const
{
    QStringList labels;
    if (hasData())
        for (const auto &b : m_check->buckets)
            labels << bucketLabel(b);
    return labels;
}

QColor ModelCheckChart::axisColor() const
{
    return m_plot->xAxis->basePen().color();
}

void ModelCheckChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void ModelCheckChart::rebuild()
{
    const QString hint = tr("No model check yet — run a lifetime-value analysis with a holdout period.");
    m_empty->setText(m_reason.isEmpty() ? hint : m_reason + QStringLiteral("\n\n") + hint);
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_plot->clearPlottables();
    if (!hasData()) {
        m_plot->replot();
        return;
    }
    const QPalette pal = palette();
    QVector<double> keys, actual, predicted;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double top = 0;
    for (const auto &b : m_check->buckets) {
        keys << keys.size();
        actual << b.actual;
        predicted << b.predicted;
        ticker->addTick(keys.last(), bucketLabel(b));
        top = std::max({top, b.actual, b.predicted});
    }
    auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    bars->setData(keys, actual, true);
    bars->setWidth(0.6);
    QColor fill = chartstyle::seriesColor(0, pal);
    fill.setAlpha(170);
    bars->setBrush(fill);
    bars->setPen(QPen(chartstyle::seriesColor(0, pal), 1));
    bars->setName(tr("Actual"));
    QCPGraph *line = m_plot->addGraph();
    line->setData(keys, predicted, true);
    line->setPen(QPen(chartstyle::seriesColor(1, pal), 2.5));
    line->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, chartstyle::seriesColor(1, pal), 7));
    line->setName(tr("Predicted by the model"));

    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(-0.6, keys.size() - 0.4);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setLabel(tr("Repeat purchases in the calibration period"));
    m_plot->yAxis->setRange(0, std::max(top * 1.15, 0.5));
    m_plot->yAxis->setLabel(tr("Mean transactions per customer in the holdout"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    const double weeks = m_check->holdoutLength * m_unitDays / 7.0;
    m_title->setText(tr("Model check over a %1-week holdout: %2 transactions actual, %3 predicted (%4 customers)")
                         .arg(chartstyle::number(weeks, weeks == std::round(weeks) ? 0 : 1),
                              chartstyle::number(m_check->actualTotal), chartstyle::number(m_check->predictedTotal),
                              chartstyle::number(double(m_check->customers))));
    chartstyle::applyTheme(m_plot, pal);
    m_plot->replot();
}

QString ModelCheckChart::tooltipAt(const QPointF &pixel) const
{
    if (!hasData() || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int i = qRound(m_plot->xAxis->pixelToCoord(pixel.x()));
    if (i < 0 || std::size_t(i) >= m_check->buckets.size())
        return {};
    const auto &b = m_check->buckets[std::size_t(i)];
    return tr("%1 repeat purchases: %2 customers\nactual %3, predicted %4 per customer")
        .arg(bucketLabel(b), chartstyle::number(double(b.customers)), chartstyle::number(b.actual, 2),
             chartstyle::number(b.predicted, 2));
}

} // namespace tierwise
