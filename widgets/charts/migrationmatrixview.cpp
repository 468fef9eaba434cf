#include "charts/migrationmatrixview.h"

#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <QAbstractTableModel>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tierwise {

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();

// An ISO date in the language's format; other text as it is.
QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? figures::date(date) : iso;
}
} // namespace

class MigrationMatrixView::Model final : public QAbstractTableModel
{
public:
    explicit Model(QWidget *view)
        : QAbstractTableModel(view), m_view(view) {}

    void reset(const analytics::TierMigration &m, const QStringList &names)
    {
        beginResetModel();
        m_m = m;
        m_names = names;
        endResetModel();
    }
    void setNames(const QStringList &names)
    {
        m_names = names;
        refresh();
    }
    // Every text and colour anew (language, figure format or palette changed); no reset.
    void refresh()
    {
        if (m_m.tierCount <= 0)
            return;
        emit headerDataChanged(Qt::Horizontal, 0, m_m.tierCount - 1);
        emit headerDataChanged(Qt::Vertical, 0, m_m.tierCount - 1);
        emit dataChanged(index(0, 0), index(m_m.tierCount - 1, m_m.tierCount - 1));
    }

    qint64 rowTotal(int from) const
    {
        qint64 total = 0;
        for (int to = 0; to < m_m.tierCount; ++to)
            total += m_m.at(from, to);
        return total;
    }
    double share(int from, int to) const
    {
        const qint64 total = rowTotal(from);
        return total > 0 ? double(m_m.at(from, to)) / double(total) : kNaN;
    }
    QString name(int tier) const
    {
        return tier < m_names.size() ? m_names.at(tier) : MigrationMatrixView::tr("Tier %1").arg(tier + 1);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_m.tierCount; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_m.tierCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const int from = index.row(), to = index.column();
        const double s = share(from, to);
        const QColor background = std::isfinite(s) ? chartstyle::sequentialColor(s, m_view->palette())
                                                   : m_view->palette().color(QPalette::Base);
        switch (role) {
        case Qt::DisplayRole:
            return chartstyle::number(double(m_m.at(from, to))) + QLatin1Char('\n') + chartstyle::percent(s);
        case Qt::UserRole: return qint64(m_m.at(from, to));
        case Qt::UserRole + 1: return s;
        case Qt::BackgroundRole: return background;
        case Qt::ForegroundRole: return chartstyle::textOn(background);
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case Qt::FontRole: {
            if (from != to)
                return {};
            QFont font = m_view->font();
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole: {
            const QString move = from == to ? MigrationMatrixView::tr("stayed")
                                 : to > from ? MigrationMatrixView::tr("upgraded")
                                             : MigrationMatrixView::tr("downgraded");
            return MigrationMatrixView::tr("%1 → %2 (%3): %4 customers, %5 of %6")
                .arg(name(from), name(to), move, chartstyle::number(double(m_m.at(from, to))), chartstyle::percent(s),
                     name(from));
        }
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role == Qt::DisplayRole)
            return orientation == Qt::Vertical
                       ? MigrationMatrixView::tr("%1 (%2)").arg(name(section), chartstyle::number(double(rowTotal(section))))
                       : name(section);
        if (role == Qt::ToolTipRole)
            return orientation == Qt::Vertical ? MigrationMatrixView::tr("Tier before: %1").arg(name(section))
                                               : MigrationMatrixView::tr("Tier after: %1").arg(name(section));
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QWidget *m_view;
    analytics::TierMigration m_m;
    QStringList m_names;
};

// Frames the diagonal (customers who stayed in their tier).
class MigrationMatrixView::Delegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.row() != index.column())
            return;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::WindowText), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

MigrationMatrixView::MigrationMatrixView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = chartstyle::createEmptyLabel(m_stack);
    auto *content = new QWidget(m_stack);
    content->setAutoFillBackground(true);
    m_caption = new QLabel(content);
    m_caption->setWordWrap(true);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new Model(this);
    m_table = new QTableView(content);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new Delegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setMinimumSectionSize(40);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_caption);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(360, 220);
    retranslate();
}

MigrationMatrixView::~MigrationMatrixView() = default;

void MigrationMatrixView::setMigration(const analytics::TierMigration &migration, const QStringList &tierNames)
{
    m_migration = migration;
    m_model->reset(migration, tierNames);
    retranslate();
}

void MigrationMatrixView::setTierNames(const QStringList &tierNames)
{
    m_model->setNames(tierNames);
}

void MigrationMatrixView::setDates(const QString &before, const QString &after)
{
    m_before = before;
    m_after = after;
    retranslate();
}

bool MigrationMatrixView::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportWidget(m_stack->currentWidget(), path);
}

bool MigrationMatrixView::hasData() const
{
    return m_migration.tierCount > 0 && m_migration.counts.size() == std::size_t(m_migration.tierCount) * std::size_t(m_migration.tierCount);
}

QAbstractItemModel *MigrationMatrixView::tableModel() const
{
    return m_model;
}

QString MigrationMatrixView::summaryText() const
{
    return m_summary->text();
}

void MigrationMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        m_model->refresh();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MigrationMatrixView::retranslate()
{
    m_empty->setText(tr("No tier migration yet — compare the value tiers at two as-of dates to see who moved."));
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_caption->setText(m_before.isEmpty() || m_after.isEmpty()
                           ? tr("Tier migration — rows: tier before, columns: tier after")
                           : tr("Tier migration from %1 (rows) to %2 (columns)").arg(dateText(m_before), dateText(m_after)));
    if (!hasData()) {
        m_summary->clear();
        return;
    }
    qint64 left = 0, joined = 0;
    for (const auto n : m_migration.left)
        left += n;
    for (const auto n : m_migration.joined)
        joined += n;
    const qint64 up = m_migration.upgrades(), down = m_migration.downgrades(), stayed = m_migration.stayed();
    const double both = double(up + down + stayed);
    m_summary->setText(tr("Upgrades %1 (%2) · Downgrades %3 (%4) · Stayed %5 (%6) · Left %7 · Joined %8")
                           .arg(chartstyle::number(double(up)), chartstyle::percent(both > 0 ? up / both : kNaN),
                                chartstyle::number(double(down)), chartstyle::percent(both > 0 ? down / both : kNaN),
                                chartstyle::number(double(stayed)), chartstyle::percent(both > 0 ? stayed / both : kNaN),
                                chartstyle::number(double(left)), chartstyle::number(double(joined))));
}

} // namespace tierwise
