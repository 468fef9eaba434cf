#include "charts/segmentoverviewchart.h"

#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <qcustomplot.h>

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierwise {

// The table: display text in the user's locale, the raw number under Qt::UserRole for sorting.
class SegmentOverviewChart::Model final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSegments(const QVector<SegmentSummary> &segments)
    {
        beginResetModel();
        m_rows = segments;
        endResetModel();
    }
    void setNames(const QStringList &names)
    {
        for (int i = 0; i < m_rows.size() && i < names.size(); ++i)
            m_rows[i].name = names.at(i);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, NameColumn), index(int(m_rows.size()) - 1, NameColumn));
    }
    // Headers and figures in the language's words and format; no reset (the view keeps its
    // selection and order).
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const SegmentSummary &s = m_rows.at(index.row());
        const int column = index.column();
        if (role == Qt::TextAlignmentRole)
            return column == NameColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::UserRole) {
            switch (column) {
            case NameColumn: return s.name;
            case CountColumn: return s.count;
            case AumColumn: return s.aumShare;
            case ClvColumn: return s.clvShare;
            default: return s.avgPAlive;
            }
        }
        if (role == Qt::ToolTipRole && (column == AumColumn || column == ClvColumn)) {
            const double money = column == AumColumn ? s.aum : s.clv;
            if (std::isfinite(money))
                return figures::money(money);
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (column) {
        case NameColumn: return s.name;
        case CountColumn: return chartstyle::number(double(s.count));
        case AumColumn: return chartstyle::percent(s.aumShare);
        case ClvColumn: return chartstyle::percent(s.clvShare);
        default: return chartstyle::number(s.avgPAlive, 2);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case NameColumn: return SegmentOverviewChart::tr("Segment");
        case CountColumn: return SegmentOverviewChart::tr("Customers");
        case AumColumn: return role == Qt::ToolTipRole ? SegmentOverviewChart::tr("Share of the book's AUM")
                                                      : SegmentOverviewChart::tr("AUM share");
        case ClvColumn: return role == Qt::ToolTipRole ? SegmentOverviewChart::tr("Share of the book's lifetime value")
                                                      : SegmentOverviewChart::tr("CLV share");
        default: return role == Qt::ToolTipRole ? SegmentOverviewChart::tr("Mean probability that a customer is still active")
                                                : SegmentOverviewChart::tr("Avg. P(alive)");
        }
    }

private:
    QVector<SegmentSummary> m_rows;
};

SegmentOverviewChart::SegmentOverviewChart(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = chartstyle::createEmptyLabel(m_stack);
    auto *content = new QWidget(m_stack);
    m_plot = new QCustomPlot(content);
    m_title = new QCPTextElement(m_plot, QString(), chartstyle::plotFont(10.5, true));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_model = new Model(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(content);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_plot, 1);
    contentLayout->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &p) { return tooltipAt(p); });
    setMinimumSize(360, 320);
    rebuild();
}

SegmentOverviewChart::~SegmentOverviewChart() = default;

void SegmentOverviewChart::setSegmentNames(const QStringList &names)
{
    for (int i = 0; i < m_segments.size() && i < names.size(); ++i)
        m_segments[i].name = names.at(i);
    m_model->setNames(names);
    rebuild();
}

void SegmentOverviewChart::setSegments(QVector<SegmentSummary> segments)
{
    m_segments = std::move(segments);
    m_model->setSegments(m_segments);
    chartstyle::fitTableHeight(m_table, 10);
    rebuild();
}

bool SegmentOverviewChart::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportWidget(m_stack->currentWidget(), path);
}

bool SegmentOverviewChart::hasData() const
{
    return !m_segments.isEmpty();
}

QString SegmentOverviewChart::titleText() const
{
    return m_title->text();
}

QAbstractItemModel *SegmentOverviewChart::tableModel() const
{
    return m_model;
}

QVector<double> SegmentOverviewChart::barValues(int series) const
{
    return chartstyle::barValues(m_plot, series);
}

QColor SegmentOverviewChart::axisColor() const
{
    return m_plot->xAxis->basePen().color();
}

void SegmentOverviewChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        m_model->retranslate();
        rebuild();
    }
    QWidget::changeEvent(event);
}

void SegmentOverviewChart::rebuild()
{
    m_empty->setText(tr("No segments yet — run a segmentation to compare the segments' customers, AUM and value."));
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_plot->clearPlottables();
    const QPalette pal = palette();
    qint64 total = 0;
    for (const auto &s : m_segments)
        total += s.count;

    auto *group = m_plot->findChild<QCPBarsGroup *>();
    if (!group)
        group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    const QString names[] = {tr("Customers"), tr("AUM"), tr("Lifetime value")};
    double top = 0;
    for (int series = 0; series < 3; ++series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        QVector<double> keys, values;
        for (int i = 0; i < m_segments.size(); ++i) {
            const SegmentSummary &s = m_segments.at(i);
            const double share = series == 0 ? (total > 0 ? double(s.count) / double(total) : 0.0)
                                 : series == 1 ? s.aumShare : s.clvShare;
            keys << i;
            values << (std::isfinite(share) ? share * 100 : 0.0);
            top = std::max(top, values.last());
        }
        bars->setData(keys, values, true);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        bars->setName(names[series]);
        const QColor color = chartstyle::seriesColor(series, pal);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(120), 1));
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < m_segments.size(); ++i)
        ticker->addTick(i, m_segments.at(i).name);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(m_segments.size() > 6 ? -30 : 0);
    m_plot->xAxis->setRange(-0.6, std::max<int>(int(m_segments.size()), 1) - 0.4);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setRange(0, std::max(top * 1.15, 5.0));
    m_plot->yAxis->setLabel(tr("Share of the book (%)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    m_title->setText(tr("Segments: share of customers, AUM and lifetime value — %1 customers in %2 segments")
                         .arg(chartstyle::number(double(total))).arg(m_segments.size()));
    chartstyle::applyTheme(m_plot, pal);
    m_plot->replot();
}

QString SegmentOverviewChart::tooltipAt(const QPointF &pixel) const
{
    if (!hasData() || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int i = qRound(m_plot->xAxis->pixelToCoord(pixel.x()));
    if (i < 0 || i >= m_segments.size())
        return {};
    const SegmentSummary &s = m_segments.at(i);
    return tr("%1\n%2 customers\nAUM share %3\nCLV share %4\naverage P(alive) %5")
        .arg(s.name, chartstyle::number(double(s.count)), chartstyle::percent(s.aumShare),
             chartstyle::percent(s.clvShare), chartstyle::number(s.avgPAlive, 2));
}

} // namespace tierwise
