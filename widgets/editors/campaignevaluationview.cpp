#include "editors/campaignevaluationview.h"

#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <qcustomplot.h>

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierwise {

namespace {

constexpr int kTotalRole = Qt::UserRole + 1;

QString dash()
{
    return QStringLiteral("—");
}

QString rate(double r)
{
    return std::isfinite(r) ? chartstyle::percent(r, 1) : dash();
}

// The "All" row stays last whichever way the table is sorted.
class TotalLastProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool l = left.data(kTotalRole).toBool(), r = right.data(kTotalRole).toBool();
        if (l != r)
            return sortOrder() == Qt::AscendingOrder ? r : l;
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

// The rows of one breakdown and the overall row, as text in the user's locale and as numbers
// under Qt::UserRole.
class CampaignEvaluationView::Model final : public QAbstractTableModel
{
public:
    Model(bool bySegment, QObject *parent) : QAbstractTableModel(parent), m_bySegment(bySegment) {}

    void setRows(std::vector<planning::Conversion> rows, const planning::Conversion &overall,
                 const QMap<QString, QString> &names)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_rows.push_back(overall);
        m_names = names;
        endResetModel();
    }
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    void setNames(const QMap<QString, QString> &names)
    {
        m_names = names;
        retranslate();
    }
    // Every text again (they are made when asked for): the rows, their order and the selection stay.
    void retranslate()
    {
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const planning::Conversion &c = m_rows.at(std::size_t(index.row()));
        const bool total = index.row() == rowCount() - 1;
        switch (role) {
        case Qt::TextAlignmentRole:
            return index.column() == GroupColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::FontRole: {
            if (!total)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case kTotalRole: return total;
        case Qt::UserRole: return value(c, index.column(), total);
        case Qt::DisplayRole: return text(c, index.column(), total);
        case Qt::ToolTipRole:
            if (index.column() == LiftColumn || index.column() == IntervalColumn)
                return CampaignEvaluationView::tr("Treated conversion minus control conversion, in percentage points, "
                                                  "with its 95 % interval (p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + "
                                                  "p₀(1 − p₀)/n₀)");
            return text(c, index.column(), total);
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::TextAlignmentRole)
            return section == GroupColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const bool tip = role == Qt::ToolTipRole;
        switch (section) {
        case GroupColumn: return m_bySegment ? CampaignEvaluationView::tr("Segment") : CampaignEvaluationView::tr("Branch");
        case TreatedColumn: return tip ? CampaignEvaluationView::tr("Customers contacted (the treated group)")
                                       : CampaignEvaluationView::tr("Treated");
        case TreatedRespondedColumn: return tip ? CampaignEvaluationView::tr("Treated customers who responded")
                                                : CampaignEvaluationView::tr("Responded");
        case TreatedRateColumn: return tip ? CampaignEvaluationView::tr("Conversion of the treated group")
                                           : CampaignEvaluationView::tr("Treated rate");
        case ControlColumn: return tip ? CampaignEvaluationView::tr("Customers held out, not contacted (the control group)")
                                       : CampaignEvaluationView::tr("Control");
        case ControlRespondedColumn: return tip ? CampaignEvaluationView::tr("Control customers who converted anyway")
                                                : CampaignEvaluationView::tr("Responded");
        case ControlRateColumn: return tip ? CampaignEvaluationView::tr("Conversion of the control group")
                                           : CampaignEvaluationView::tr("Control rate");
        case LiftColumn: return tip ? CampaignEvaluationView::tr("Treated rate minus control rate, percentage points")
                                    : CampaignEvaluationView::tr("Lift");
        case IntervalColumn: return tip ? CampaignEvaluationView::tr("The lift's 95 % confidence interval")
                                        : CampaignEvaluationView::tr("95 % interval");
        default: return tip ? CampaignEvaluationView::tr("The treated group's response amount")
                            : CampaignEvaluationView::tr("Amount (¥)");
        }
    }

private:
    QString groupName(const planning::Conversion &c, bool total) const
    {
        if (total)
            return CampaignEvaluationView::tr("All");
        if (c.group.isEmpty())
            return m_bySegment ? CampaignEvaluationView::tr("(none)") : CampaignEvaluationView::tr("(no branch)");
        return m_names.value(c.group, c.group);
    }

    QVariant value(const planning::Conversion &c, int column, bool total) const
    {
        switch (column) {
        case GroupColumn: return groupName(c, total);
        case TreatedColumn: return c.treated;
        case TreatedRespondedColumn: return c.treatedResponded;
        case TreatedRateColumn: return c.treatedRate;
        case ControlColumn: return c.control;
        case ControlRespondedColumn: return c.controlResponded;
        case ControlRateColumn: return c.controlRate;
        case LiftColumn: return c.lift;
        case IntervalColumn: return c.liftLow;
        default: return c.amount;
        }
    }

    QString text(const planning::Conversion &c, int column, bool total) const
    {
        switch (column) {
        case GroupColumn: return groupName(c, total);
        case TreatedColumn: return figures::count(c.treated);
        case TreatedRespondedColumn: return figures::count(c.treatedResponded);
        case TreatedRateColumn: return rate(c.treatedRate);
        case ControlColumn: return figures::count(c.control);
        case ControlRespondedColumn: return figures::count(c.controlResponded);
        case ControlRateColumn: return rate(c.controlRate);
        case LiftColumn: return CampaignEvaluationView::percentagePoints(c.lift);
        case IntervalColumn: return CampaignEvaluationView::interval(c.liftLow, c.liftHigh);
        default: return figures::money(c.amount);
        }
    }

    bool m_bySegment;
    std::vector<planning::Conversion> m_rows;
    QMap<QString, QString> m_names;
};

namespace {

QTableView *conversionTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *proxy = new TotalLastProxy(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    auto *table = new QTableView(parent);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(CampaignEvaluationView::GroupColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return table;
}

} // namespace

CampaignEvaluationView::CampaignEvaluationView(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_message = chartstyle::createEmptyLabel(m_stack);
    m_message->setObjectName(QStringLiteral("evaluationMessage"));
    auto *content = new QWidget(m_stack);
    m_overall = new QLabel(content);
    m_overall->setObjectName(QStringLiteral("overallLabel"));
    m_overall->setWordWrap(true);
    m_overall->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_plot = new QCustomPlot(content);
    m_plot->setMinimumHeight(190);
    m_title = new QCPTextElement(m_plot, QString(), chartstyle::plotFont(9.5, true));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_segments = new Model(true, this);
    m_branches = new Model(false, this);
    m_tabs = new QTabWidget(content);
    m_tabs->setDocumentMode(true);
    m_segmentTable = conversionTable(m_segments, m_tabs);
    m_segmentTable->setObjectName(QStringLiteral("segmentTable"));
    m_branchTable = conversionTable(m_branches, m_tabs);
    m_branchTable->setObjectName(QStringLiteral("branchTable"));
    m_tabs->addTab(m_segmentTable, QString());
    m_tabs->addTab(m_branchTable, QString());
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overall);
    layout->addWidget(m_plot, 3);
    layout->addWidget(m_tabs, 2);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &p) { return tooltipAt(p); });
    retranslate();
    showMessage([] { return tr("Choose a campaign to see its evaluation."); });
}

CampaignEvaluationView::~CampaignEvaluationView() = default;

QString CampaignEvaluationView::percentagePoints(double lift)
{
    if (!std::isfinite(lift))
        return dash();
    const QLocale locale;
    const double pp = std::round(lift * 1000) / 10; // one decimal
    const QString magnitude = locale.toString(std::fabs(pp), 'f', 1);
    const QString sign = pp > 0 ? locale.positiveSign() : pp < 0 ? QStringLiteral("−") : QString();
    return tr("%1%2 pp").arg(sign, magnitude);
}

QString CampaignEvaluationView::interval(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return dash();
    const QString text = tr("%1 to %2").arg(percentagePoints(low), percentagePoints(high));
    return text;
}

void CampaignEvaluationView::setEvaluation(const planning::Evaluation &evaluation,
                                           const QMap<QString, QString> &segmentNames,
                                           const QMap<QString, QString> &branchNames)
{
    m_evaluation = evaluation;
    m_segmentNames = segmentNames;
    m_hasEvaluation = true;
    m_segments->setRows(evaluation.bySegment, evaluation.overall, segmentNames);
    m_branches->setRows(evaluation.byBranch, evaluation.overall, branchNames);
    retranslate();
    rebuildChart();
    m_stack->setCurrentIndex(1);
}

void CampaignEvaluationView::showMessage(std::function<QString()> text)
{
    m_hasEvaluation = false;
    m_evaluation = {};
    m_segments->clear();
    m_branches->clear();
    m_messageText = std::move(text);
    m_message->setText(m_messageText());
    m_stack->setCurrentIndex(0);
}

void CampaignEvaluationView::showMessage(const QString &text)
{
    showMessage([text] { return text; });
}

void CampaignEvaluationView::setGroupNames(const QMap<QString, QString> &segmentNames,
                                           const QMap<QString, QString> &branchNames)
{
    m_segmentNames = segmentNames;
    m_segments->setNames(segmentNames);
    m_branches->setNames(branchNames);
    rebuildChart();
}

QString CampaignEvaluationView::overallText() const
{
    return m_overall->text();
}

QAbstractItemModel *CampaignEvaluationView::segmentModel() const
{
    return m_segments;
}

QAbstractItemModel *CampaignEvaluationView::branchModel() const
{
    return m_branches;
}

void CampaignEvaluationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        retranslate();
        rebuildChart();
    }
    QWidget::changeEvent(event);
}

void CampaignEvaluationView::retranslate()
{
    m_tabs->setTabText(0, tr("By &segment"));
    m_tabs->setTabText(1, tr("By b&ranch"));
    m_segments->retranslate();
    m_branches->retranslate();
    if (m_messageText)
        m_message->setText(m_messageText());
    const planning::Conversion &c = m_evaluation.overall;
    using figures::count;
    if (!m_hasEvaluation) {
        m_overall->clear();
    } else if (!m_evaluation.hasResults) {
        m_overall->setText(tr("No responses imported yet: %1 treated and %2 control customers. Import the responses "
                              "(Ctrl+I) once the campaign has run.")
                               .arg(count(c.treated), count(c.control)));
    } else {
        m_overall->setText(tr("Treated: %1 of %2 converted (%3). Control: %4 of %5 (%6). Lift: %7 (95 % interval %8).")
                               .arg(count(c.treatedResponded), count(c.treated), rate(c.treatedRate),
                                    count(c.controlResponded), count(c.control), rate(c.controlRate),
                                    percentagePoints(c.lift), interval(c.liftLow, c.liftHigh)));
    }
    m_overall->setToolTip(tr("The lift is the treated conversion minus the control conversion. Its 95 % interval: "
                             "(p₁ − p₀) ± 1.96 · √(p₁(1 − p₁)/n₁ + p₀(1 − p₀)/n₀). An interval that excludes "
                             "0 means the campaign made a difference."));
}

void CampaignEvaluationView::rebuildChart()
{
    m_plot->clearPlottables();
    const QPalette pal = palette();
    const std::vector<planning::Conversion> &rows = m_evaluation.bySegment;
    auto *group = m_plot->findChild<QCPBarsGroup *>();
    if (!group)
        group = new QCPBarsGroup(m_plot);
    group->setSpacing(2);
    const QString names[] = {tr("Treated"), tr("Control")};
    double top = 0;
    QCPBars *treated = nullptr;
    for (int series = 0; series < 2; ++series) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        QVector<double> keys, values;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const double r = series == 0 ? rows[i].treatedRate : rows[i].controlRate;
            keys << double(i);
            values << (std::isfinite(r) ? r * 100 : 0.0);
            top = std::max(top, values.last());
        }
        bars->setData(keys, values, true);
        bars->setWidth(0.32);
        bars->setBarsGroup(group);
        bars->setName(names[series]);
        const QColor color = chartstyle::seriesColor(series == 0 ? 0 : 7, pal);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(series == 0 ? 125 : 115), 1));
        if (series == 0)
            treated = bars;
    }
    // The lift's interval drawn on the treated bar: where its lower end clears the control bar,
    // the lift is significant at 95 %.
    auto *errors = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    errors->setDataPlottable(treated);
    errors->setName(tr("Lift, 95 % interval"));
    QVector<double> minus, plus;
    for (const planning::Conversion &c : rows) {
        const bool known = std::isfinite(c.lift) && std::isfinite(c.liftLow);
        minus << (known ? (c.lift - c.liftLow) * 100 : 0.0);
        plus << (known ? (c.liftHigh - c.lift) * 100 : 0.0);
        if (known)
            top = std::max(top, c.treatedRate * 100 + plus.last());
    }
    errors->setData(minus, plus);
    errors->setPen(QPen(chartstyle::textColor(pal), 1.2));
    errors->setWhiskerWidth(8);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < rows.size(); ++i)
        ticker->addTick(double(i), m_segmentNames.value(rows[i].group, rows[i].group.isEmpty() ? tr("(none)") : rows[i].group));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setTickLabelRotation(rows.size() > 6 ? -30 : 0);
    // A few segments keep slim bars: at least three slots wide.
    const double centre = (double(rows.size()) - 1) / 2, half = std::max(double(rows.size()) / 2 + 0.1, 1.5);
    m_plot->xAxis->setRange(centre - half, centre + half);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setRange(0, std::max(top * 1.15, 1.0));
    m_plot->yAxis->setLabel(tr("Conversion (%)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    m_title->setText(tr("Conversion by segment, treated vs control"));
    chartstyle::applyTheme(m_plot, pal);
    m_plot->replot();
}

QVector<double> CampaignEvaluationView::barValues(int series) const
{
    return chartstyle::barValues(m_plot, series);
}

QString CampaignEvaluationView::tooltipAt(const QPointF &pixel) const
{
    const std::vector<planning::Conversion> &rows = m_evaluation.bySegment;
    if (!m_hasEvaluation || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return {};
    const int i = qRound(m_plot->xAxis->pixelToCoord(pixel.x()));
    if (i < 0 || std::size_t(i) >= rows.size())
        return {};
    const planning::Conversion &c = rows[std::size_t(i)];
    using figures::count;
    return tr("%1\nTreated: %2 of %3 (%4)\nControl: %5 of %6 (%7)\nLift: %8\n95 % interval: %9")
        .arg(m_segmentNames.value(c.group, c.group), count(c.treatedResponded), count(c.treated), rate(c.treatedRate),
             count(c.controlResponded), count(c.control), rate(c.controlRate), percentagePoints(c.lift),
             interval(c.liftLow, c.liftHigh));
}

} // namespace tierwise
