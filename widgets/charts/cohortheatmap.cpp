#include "charts/cohortheatmap.h"

#include "charts/chartstyle.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierwise {

namespace {
constexpr double kMinCellWidth = 26, kMinCellHeight = 13;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
}

CohortHeatmap::CohortHeatmap(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = chartstyle::createEmptyLabel(m_stack);
    auto *content = new QWidget(m_stack);
    m_activeButton = new QRadioButton(content);
    m_aumButton = new QRadioButton(content);
    m_activeButton->setChecked(true);
    auto *group = new QButtonGroup(content);
    group->addButton(m_activeButton);
    group->addButton(m_aumButton);
    connect(m_activeButton, &QRadioButton::toggled, this, [this](bool on) {
        setMeasure(on ? Measure::ActiveShare : Measure::AumRetained);
    });
    m_plot = new QCustomPlot(content);
    buildPlot();
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_activeButton);
    toggles->addWidget(m_aumButton);
    toggles->addStretch();
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(toggles);
    contentLayout->addWidget(m_plot, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(360, 300);
    rebuild();
}

void CohortHeatmap::buildPlot()
{
    m_plot->plotLayout()->clear();
    m_title = new QCPTextElement(m_plot, QString(), chartstyle::plotFont(10.5, true));
    m_heatRect = new QCPAxisRect(m_plot);
    m_curveRect = new QCPAxisRect(m_plot);
    m_scale = new QCPColorScale(m_plot);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->addElement(1, 0, m_heatRect);
    m_plot->plotLayout()->addElement(1, 1, m_scale);
    m_plot->plotLayout()->addElement(2, 0, m_curveRect);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.01);
    m_plot->plotLayout()->setRowStretchFactor(1, 3);
    m_plot->plotLayout()->setRowStretchFactor(2, 1);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.01);
    auto *vertical = new QCPMarginGroup(m_plot);
    m_heatRect->setMarginGroup(QCP::msTop | QCP::msBottom, vertical);
    m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, vertical);
    auto *horizontal = new QCPMarginGroup(m_plot);
    m_heatRect->setMarginGroup(QCP::msLeft | QCP::msRight, horizontal);
    m_curveRect->setMarginGroup(QCP::msLeft | QCP::msRight, horizontal);
    m_heatRect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(12);

    m_map = new QCPColorMap(m_heatRect->axis(QCPAxis::atBottom), m_heatRect->axis(QCPAxis::atLeft));
    m_map->setColorScale(m_scale);
    m_map->setGradient(chartstyle::sequentialGradient());
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_average = m_plot->addGraph(m_curveRect->axis(QCPAxis::atBottom), m_curveRect->axis(QCPAxis::atLeft));
    m_average->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    m_plot->addLayer(QStringLiteral("cells"), m_plot->layer(QStringLiteral("main")), QCustomPlot::limAbove);
    connect(m_plot, &QCustomPlot::afterLayout, this, &CohortHeatmap::updateCellTextVisibility);
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &p) { return tooltipAt(p); });
}

void CohortHeatmap::setTable(analytics::CohortTable table)
{
    m_table = std::move(table);
    rebuild();
}

void CohortHeatmap::setMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    (measure == Measure::ActiveShare ? m_activeButton : m_aumButton)->setChecked(true);
    rebuild();
    emit measureChanged(measure);
}

bool CohortHeatmap::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportPlot(m_plot, path, m_plot->isVisible() ? m_plot->size() : size());
}

bool CohortHeatmap::hasData() const
{
    return m_table.cohorts() > 0 && m_table.ages > 0;
}

QString CohortHeatmap::titleText() const
{
    return m_title->text();
}

double CohortHeatmap::cellValue(int row, int age) const
{
    if (!hasData() || row < 0 || row >= m_table.cohorts() || age < 0 || age >= m_table.ages)
        return kNaN;
    return m_map->data()->cell(age, row);
}

QString CohortHeatmap::cellText(int row, int age) const
{
    if (!hasData() || row < 0 || row >= m_table.cohorts() || age < 0 || age >= m_table.ages)
        return {};
    const QCPItemText *text = m_cellTexts.value(row * m_table.ages + age);
    return text ? text->text() : QString();
}

bool CohortHeatmap::cellTextsVisible() const
{
    return m_plot->layer(QStringLiteral("cells"))->visible();
}

double CohortHeatmap::averageValue(int age) const
{
    const auto points = m_average->data();
    const auto it = points->findBegin(age, false);
    return it != points->constEnd() && it->key == age ? it->value / 100.0 : kNaN;
}

QColor CohortHeatmap::axisColor() const
{
    return m_heatRect->axis(QCPAxis::atBottom)->basePen().color();
}

void CohortHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

double CohortHeatmap::valueAt(int row, int age) const
{
    return m_measure == Measure::ActiveShare ? m_table.active(row, age) : m_table.aum(row, age);
}

double CohortHeatmap::averageAt(int age) const
{
    const auto &v = m_measure == Measure::ActiveShare ? m_table.averageActive : m_table.averageAum;
    return std::size_t(age) < v.size() ? v[std::size_t(age)] : kNaN;
}

void CohortHeatmap::rebuild()
{
    m_empty->setText(tr("No cohorts yet — run a lifetime-value analysis to follow customers from the month they joined."));
    m_activeButton->setText(tr("&Active share"));
    m_activeButton->setToolTip(tr("Share of each cohort's customers with at least one active day in the month"));
    m_aumButton->setText(tr("AUM &retained"));
    m_aumButton->setToolTip(tr("Each cohort's month-end AUM relative to its first full month (month 1)"));
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_plot->clearItems();
    m_cellTexts.clear();
    const bool active = m_measure == Measure::ActiveShare;
    const int rows = m_table.cohorts(), ages = m_table.ages;
    qint64 customers = 0;
    for (const auto n : m_table.size)
        customers += n;

    // The colour map: one cell per (age, cohort); at least 2 × 2 so its ranges are not empty.
    const int keySize = std::max(ages, 2), valueSize = std::max(rows, 2);
    m_map->data()->setSize(keySize, valueSize);
    m_map->data()->setRange(QCPRange(0, keySize - 1), QCPRange(0, valueSize - 1));
    m_map->data()->fill(kNaN);
    double maxValue = 0.0;
    for (int r = 0; r < rows; ++r)
        for (int a = 0; a < ages; ++a) {
            const double v = valueAt(r, a);
            m_map->data()->setCell(a, r, std::isfinite(v) ? v : kNaN);
            if (std::isfinite(v))
                maxValue = std::max(maxValue, v);
        }
    // Active share: 0 to the highest share rounded up to 10 %; AUM: 0 to at least 100 %, at most 300 %.
    const QCPRange range(0, active ? std::max(0.1, std::ceil(maxValue * 10 - 1e-9) / 10) : std::max(1.0, std::min(std::ceil(maxValue * 2 - 1e-9) / 2, 3.0)));
    m_map->setDataRange(range);
    m_scale->axis()->setLabel(active ? tr("Active (%)") : tr("AUM vs month 1 (%)"));
    auto scaleTicker = QSharedPointer<QCPAxisTickerText>::create();
    const double tickStep = range.upper > 1.5 ? 0.5 : range.upper > 0.6 ? 0.25 : 0.1;
    for (double t = 0; t <= range.upper + 1e-9; t += tickStep)
        scaleTicker->addTick(t, QString::number(qRound(t * 100)));
    m_scale->axis()->setTicker(scaleTicker);

    // Cell texts (shown only when the cells are large enough, see updateCellTextVisibility).
    QCPColorGradient gradient = m_map->gradient();
    m_cellTexts.resize(rows * ages);
    if (rows * ages <= 4000) {
        for (int r = 0; r < rows; ++r)
            for (int a = 0; a < ages; ++a) {
                const double v = valueAt(r, a);
                if (!std::isfinite(v))
                    continue;
                auto *text = new QCPItemText(m_plot);
                text->setLayer(QStringLiteral("cells"));
                text->setProperty("tw-cell", true);
                text->setClipAxisRect(m_heatRect);
                text->position->setAxes(m_heatRect->axis(QCPAxis::atBottom), m_heatRect->axis(QCPAxis::atLeft));
                text->position->setCoords(a, r);
                text->setText(QString::number(qRound(v * 100)));
                text->setFont(chartstyle::plotFont(7.5));
                text->setColor(chartstyle::textOn(QColor(gradient.color(v, range))));
                m_cellTexts[r * ages + a] = text;
            }
    }

    // Axes: cohorts down the left, ages along the bottom of both rects.
    auto rowTicker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, int(std::ceil(rows / 16.0)));
    for (int r = 0; r < rows; r += step)
        rowTicker->addTick(r, tr("%1 (%2)").arg(m_table.cohortLabel(r), chartstyle::number(double(m_table.size[std::size_t(r)]))));
    QCPAxis *left = m_heatRect->axis(QCPAxis::atLeft);
    left->setTicker(rowTicker);
    left->setRange(-0.5, std::max(rows, 1) - 0.5);
    left->setLabel(tr("Acquisition month (customers)"));
    auto ageTicker = QSharedPointer<QCPAxisTickerText>::create();
    const int ageStep = std::max(1, int(std::ceil(ages / 24.0)));
    for (int a = 0; a < ages; a += ageStep)
        ageTicker->addTick(a, QString::number(a));
    for (QCPAxisRect *rect : {m_heatRect, m_curveRect}) {
        rect->axis(QCPAxis::atBottom)->setTicker(ageTicker);
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, std::max(ages, 1) - 0.5);
    }
    m_curveRect->axis(QCPAxis::atBottom)->setLabel(tr("Months since acquisition"));
    m_heatRect->axis(QCPAxis::atBottom)->grid()->setVisible(false);
    left->grid()->setVisible(false);

    // The average curve.
    QVector<double> keys, values;
    double maxAverage = 0;
    for (int a = 0; a < ages; ++a) {
        const double v = averageAt(a);
        if (!std::isfinite(v))
            continue;
        keys << a;
        values << v * 100;
        maxAverage = std::max(maxAverage, v * 100);
    }
    m_average->setData(keys, values, true);
    m_average->setName(active ? tr("Average active share") : tr("Average AUM retained"));
    m_curveRect->axis(QCPAxis::atLeft)->setRange(0, std::max(maxAverage * 1.12, 10.0));
    m_curveRect->axis(QCPAxis::atLeft)->setLabel(tr("Average (%)"));

    m_title->setText(active ? tr("Active share by acquisition cohort — %1 customers in %2 cohorts")
                                  .arg(chartstyle::number(double(customers))).arg(rows)
                            : tr("AUM retained by acquisition cohort — %1 customers in %2 cohorts")
                                  .arg(chartstyle::number(double(customers))).arg(rows));
    const QPalette pal = palette();
    chartstyle::applyTheme(m_plot, pal);
    m_average->setPen(QPen(chartstyle::seriesColor(0, pal), 2));
    m_average->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, chartstyle::seriesColor(0, pal), 5));
    m_heatRect->setBackground(chartstyle::gridColor(pal).lighter(chartstyle::isDark(pal) ? 100 : 104));
    m_plot->replot();
}

void CohortHeatmap::updateCellTextVisibility()
{
    if (!hasData())
        return;
    const double w = m_heatRect->width() / double(m_table.ages);
    const double h = m_heatRect->height() / double(m_table.cohorts());
    m_plot->layer(QStringLiteral("cells"))->setVisible(w >= kMinCellWidth && h >= kMinCellHeight);
}

QString CohortHeatmap::tooltipAt(const QPointF &pixel) const
{
    if (!hasData())
        return {};
    const bool active = m_measure == Measure::ActiveShare;
    const QPoint p = pixel.toPoint();
    if (m_heatRect->rect().contains(p)) {
        const int a = qRound(m_heatRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x()));
        const int r = qRound(m_heatRect->axis(QCPAxis::atLeft)->pixelToCoord(pixel.y()));
        if (r < 0 || r >= m_table.cohorts() || a < 0 || a >= m_table.ages)
            return {};
        const double v = valueAt(r, a);
        const QString head = tr("Cohort %1 (%2 customers), month %3")
                                 .arg(m_table.cohortLabel(r), chartstyle::number(double(m_table.size[std::size_t(r)])))
                                 .arg(a);
        if (!std::isfinite(v))
            return head + QLatin1Char('\n') + tr("Not observed yet");
        return head + QLatin1Char('\n')
               + (active ? tr("%1 active").arg(chartstyle::percent(v)) : tr("%1 of month-1 AUM").arg(chartstyle::percent(v)));
    }
    if (m_curveRect->rect().contains(p)) {
        const int a = qRound(m_curveRect->axis(QCPAxis::atBottom)->pixelToCoord(pixel.x()));
        const double v = averageAt(a);
        if (a < 0 || a >= m_table.ages || !std::isfinite(v))
            return {};
        return tr("Month %1: average %2").arg(a).arg(chartstyle::percent(v));
    }
    return {};
}

} // namespace tierwise
