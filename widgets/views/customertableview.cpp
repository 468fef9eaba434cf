#include "views/customertableview.h"

#include "i18n/figures.h"
#include "shell/preference.h"

#include <QAction>
#include <QApplication>
#include <QSaveFile>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tierwise {
namespace {

Preference<QStringList> hiddenColumns{"CustomerTable/hiddenColumns"};

// Pauses typing this long before the filter runs a query.
constexpr int kFilterDelayMs = 250;

} // namespace

CustomerTableView::CustomerTableView(QWidget *parent)
    : QWidget(parent),
      m_model(new CustomerTableModel(this)),
      m_filter(new QLineEdit(this)),
      m_columnsButton(new QToolButton(this)),
      m_columnMenu(new QMenu(this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this)),
      m_filterDelay(new QTimer(this))
{
    m_filter->setClearButtonEnabled(true);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnMenu);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { m_columnMenu->popup(m_table->horizontalHeader()->mapToGlobal(pos)); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_columnsButton);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_model->setTextFilter(m_filter->text()); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] {
        m_filterDelay->stop();
        m_model->setTextFilter(m_filter->text());
    });

    auto *find = new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, &CustomerTableView::copySelection);
    m_table->addAction(m_copyAction);
    // Sorting from the keyboard: the context menu (Menu key) sorts by the current cell's column.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        auto *sort = new QAction(this);
        m_sortActions[order == Qt::AscendingOrder ? 0 : 1] = sort;
        connect(sort, &QAction::triggered, this, [this, order] {
            const int column = m_table->currentIndex().isValid() ? m_table->currentIndex().column() : 0;
            m_table->horizontalHeader()->setSortIndicator(column, order);
        });
        m_table->addAction(sort);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_model, &CustomerTableModel::loadingChanged, this, &CustomerTableView::updateStatus);
    connect(m_model, &CustomerTableModel::countsChanged, this, [this] {
        m_error.clear();
        updateStatus();
    });
    connect(m_model, &CustomerTableModel::queryFailed, this, [this](const QString &message) {
        m_error = message;
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomerTableView::onSelectionChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { onCurrentChanged(index); });
    connect(m_model, &CustomerTableModel::customerIdsReady, this, [this](quint64 ticket, const QStringList &ids) {
        if (ticket == m_idsTicket)
            Q_EMIT selectedCustomersChanged(ids);
    });
    connect(m_model, &CustomerTableModel::recordsReady, this,
            [this](quint64 ticket, const QVector<store::CustomerRecord> &records) {
                if (ticket == m_copyTicket)
                    QApplication::clipboard()->setText(tsv(records));
                if (ticket == m_exportTicket && m_exportDone) {
                    m_exportTicket = 0;
                    const auto done = std::move(m_exportDone);
                    m_exportDone = nullptr;
                    done(writeCsv(m_exportPath, records));
                }
            });

    buildColumnMenu();
    restoreHiddenColumns();
    retranslate();
}

void CustomerTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CustomerTableView::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter by id, name, branch, RM, segment or stage (Ctrl+F)"));
    m_filter->setToolTip(tr("Shows the customers whose id, name, branch, RM, tier, segment or "
                            "lifecycle stage contains the text"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns to show"));
    m_copyAction->setText(tr("Copy rows"));
    m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text"));
    m_sortActions[0]->setText(tr("Sort ascending by this column"));
    m_sortActions[1]->setText(tr("Sort descending by this column"));
    // The column menu's entries are the model's headers, found by their column (action data).
    for (QAction *action : m_columnMenu->actions())
        action->setText(m_model->headerData(action->data().toInt(), Qt::Horizontal).toString());
    updateStatus();
}

void CustomerTableView::openWorkspace(const QString &path)
{
    m_model->openWorkspace(path);
}

void CustomerTableView::setCustomerFilter(const QStringList &ids)
{
    m_model->setCustomerFilter(ids);
}

void CustomerTableView::clearCustomerFilter()
{
    m_model->clearCustomerFilter();
}

void CustomerTableView::setMasked(bool masked)
{
    m_model->setMasked(masked);
}

void CustomerTableView::buildColumnMenu()
{
    for (int c = 0; c < store::kCustomerColumns; ++c) {
        QAction *action = m_columnMenu->addAction(QString()); // named by retranslate()
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(c);
        connect(action, &QAction::toggled, this, [this, c](bool on) { setColumnVisible(c, on); });
    }
}

void CustomerTableView::restoreHiddenColumns()
{
    QStringList hidden = hiddenColumns;
    if (hidden.size() >= store::kCustomerColumns) // never restore a table without columns
        hidden.clear();
    for (int c = 0; c < store::kCustomerColumns; ++c) {
        const bool visible = !hidden.contains(store::customerColumnKey(store::CustomerColumn(c)));
        m_table->setColumnHidden(c, !visible);
        m_columnMenu->actions().at(c)->setChecked(visible);
    }
}

void CustomerTableView::saveHiddenColumns() const
{
    QStringList hidden;
    for (int c = 0; c < store::kCustomerColumns; ++c) {
        if (m_table->isColumnHidden(c))
            hidden << store::customerColumnKey(store::CustomerColumn(c));
    }
    hiddenColumns = hidden;
}

void CustomerTableView::setColumnVisible(int column, bool visible)
{
    if (column < 0 || column >= store::kCustomerColumns || isColumnVisible(column) == visible)
        return;
    int shown = 0;
    for (int c = 0; c < store::kCustomerColumns; ++c)
        shown += isColumnVisible(c) ? 1 : 0;
    QAction *action = m_columnMenu->actions().at(column);
    if (!visible && shown <= 1) { // the last column stays
        action->setChecked(true);
        return;
    }
    m_table->setColumnHidden(column, !visible);
    action->setChecked(visible);
    saveHiddenColumns();
}

bool CustomerTableView::isColumnVisible(int column) const
{
    return !m_table->isColumnHidden(column);
}

void CustomerTableView::updateStatus()
{
    QString text;
    if (m_model->workspacePath().isEmpty())
        text = tr("No workspace — open or import one");
    else if (!m_error.isEmpty())
        text = tr("The customers could not be read: %1").arg(m_error);
    else if (m_model->totalCustomers() == 0 && !m_model->isLoading())
        text = tr("No customers — import a customer book first");
    else
        text = tr("%1 of %2 customers").arg(figures::count(m_model->rowCount()),
                                             figures::count(m_model->totalCustomers()));
    if (m_model->isLoading())
        text = m_model->totalCustomers() > 0 ? tr("%1 — loading…").arg(text) : tr("Loading…");
    m_status->setText(text);
}

CustomerTableModel::Ranges CustomerTableView::selectedRanges() const
{
    CustomerTableModel::Ranges ranges;
    for (const QItemSelectionRange &r : m_table->selectionModel()->selection())
        ranges.push_back({r.top(), r.bottom()});
    std::sort(ranges.begin(), ranges.end());
    CustomerTableModel::Ranges merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    return merged;
}

void CustomerTableView::onSelectionChanged()
{
    const CustomerTableModel::Ranges ranges = selectedRanges();
    QStringList ids;
    bool allLoaded = true;
    for (const auto &r : ranges) {
        for (qint64 row = r.first; row <= r.second && allLoaded; ++row) {
            allLoaded = m_model->isRowLoaded(int(row));
            if (allLoaded)
                ids << m_model->customerId(int(row));
        }
    }
    if (allLoaded) {
        m_idsTicket = 0;
        Q_EMIT selectedCustomersChanged(ids);
    } else {
        m_idsTicket = m_model->requestCustomerIds(ranges);
    }
}

void CustomerTableView::onCurrentChanged(const QModelIndex &current)
{
    const QString id = current.isValid() ? m_model->customerId(current.row()) : QString();
    if (!id.isEmpty())
        Q_EMIT customerActivated(id);
}

QString CustomerTableView::tsv(const QVector<store::CustomerRecord> &records) const
{
    auto clean = [](QString s) { return s.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList header;
    for (int c = 0; c < store::kCustomerColumns; ++c) {
        if (isColumnVisible(c))
            header << clean(m_model->headerData(c, Qt::Horizontal).toString());
    }
    QString out = header.join(u'\t') + u'\n';
    for (const store::CustomerRecord &record : records) {
        QStringList fields;
        for (int c = 0; c < store::kCustomerColumns; ++c) {
            if (isColumnVisible(c))
                fields << clean(m_model->exportText(record, c));
        }
        out += fields.join(u'\t') + u'\n';
    }
    return out;
}

void CustomerTableView::copySelection()
{
    const CustomerTableModel::Ranges ranges = selectedRanges();
    if (ranges.isEmpty())
        return;
    QVector<store::CustomerRecord> records;
    for (const auto &r : ranges) {
        for (qint64 row = r.first; row <= r.second; ++row) {
            if (!m_model->isRowLoaded(int(row))) {
                m_copyTicket = m_model->requestRecords(ranges);
                return;
            }
            records << m_model->record(int(row));
        }
    }
    m_copyTicket = 0;
    QApplication::clipboard()->setText(tsv(records));
}

void CustomerTableView::exportCsv(const QString &path, std::function<void(const Status &)> done)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        done(Error::badInput(tr("The table shows no customers to export.")));
        return;
    }
    m_exportPath = path;
    m_exportDone = std::move(done);
    m_exportTicket = m_model->requestRecords({{0, qint64(rows) - 1}});
}

Status CustomerTableView::writeCsv(const QString &path, const QVector<store::CustomerRecord> &records) const
{
    const auto field = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
            s = u'"' + s.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return s;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString())).at(path);
    QStringList header;
    for (int c = 0; c < store::kCustomerColumns; ++c)
        if (isColumnVisible(c))
            header << field(m_model->headerData(c, Qt::Horizontal).toString());
    file.write("\xEF\xBB\xBF");
    file.write(header.join(u',').toUtf8() + '\n');
    for (const store::CustomerRecord &record : records) {
        QStringList fields;
        for (int c = 0; c < store::kCustomerColumns; ++c)
            if (isColumnVisible(c))
                fields << field(m_model->exportText(record, c));
        file.write(fields.join(u',').toUtf8() + '\n');
    }
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, file.errorString())).at(path);
    return {};
}

} // namespace tierwise
