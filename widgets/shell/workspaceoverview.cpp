#include "shell/workspaceoverview.h"

#include "i18n/figures.h"
#include "ingest/filekinds.h"
#include "store/statement.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tierwise {
namespace {

// The newest imports listed; the log of a long-lived workspace can be much longer.
constexpr int kImportRows = 500;

// Text columns first, the figures right-aligned together at the end.
enum ImportColumn { ColFile, ColKind, ColStatus, ColTime, ColRows, ColAdded, ColUpdated, ColRejected, ColCount };

std::size_t slot(WorkspaceOverview::Figure figure)
{
    return static_cast<std::size_t>(figure);
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("committed"))
        return WorkspaceOverview::tr("Committed");
    if (status == QLatin1String("partial"))
        return WorkspaceOverview::tr("Partly committed");
    if (status == QLatin1String("rejected"))
        return WorkspaceOverview::tr("Rejected", "import status");
    if (status == QLatin1String("running"))
        return WorkspaceOverview::tr("Running");
    return status;
}

QString kindText(const QString &kind)
{
    const std::optional<ingest::FileKind> k = ingest::fileKindFromName(kind);
    return k ? ingest::fileKindDisplayName(*k) : kind;
}

// Stored times are UTC ISO 8601; shown in local time to the minute, in the locale's short format.
QString timeText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? figures::dateTime(t.toLocalTime()) : iso;
}

QString dateText(const QString &iso)
{
    if (iso.isEmpty())
        return WorkspaceOverview::tr("—");
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? figures::date(date) : iso;
}

// "YYYY-MM" as the locale names a month: "Mar 2024", "2024年3月".
QString monthText(const QString &iso)
{
    if (iso.isEmpty())
        return WorkspaceOverview::tr("—");
    const QDate month = QDate::fromString(iso, QStringLiteral("yyyy-MM"));
    if (!month.isValid())
        return iso;
    const QLocale locale;
    return WorkspaceOverview::tr("%1 %2", "a month: the month's name, the year")
        .arg(locale.standaloneMonthName(month.month(), QLocale::ShortFormat), QString::number(month.year()));
}

// The facts an import row keeps, so that its texts can be shown again in another language.
enum ImportRole { RawRole = Qt::UserRole + 1 };

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

WorkspaceOverview::WorkspaceOverview(QWidget *parent) : QWidget(parent)
{
    m_pages = new QStackedWidget(this);

    auto *none = new QWidget(m_pages);
    m_noWorkspaceMessage = createMessagePage(none);
    m_pages->addWidget(none);

    auto *empty = new QWidget(m_pages);
    m_emptyMessage = createMessagePage(empty);
    m_pages->addWidget(empty);

    m_pages->addWidget(createContentPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->setCurrentIndex(static_cast<int>(Page::NoWorkspace));
    retranslate();
}

void WorkspaceOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkspaceOverview::retranslate()
{
    m_noWorkspaceMessage->setText(tr("Create a workspace with File ▸ New Workspace… or open one with "
                                     "File ▸ Open Workspace…"));
    m_emptyMessage->setText(tr("Import customer extracts with File ▸ Import Data… "
                               "or drop CSV files here"));
    m_groups[BookGroup]->setTitle(tr("Customer book"));
    m_groups[ActivityGroup]->setTitle(tr("Activity"));
    m_groups[DatesGroup]->setTitle(tr("Dates"));
    m_groups[ImportsGroup]->setTitle(tr("Imports"));
    const auto name = [this](Figure figure, const QString &text) { m_names[slot(figure)]->setText(text); };
    name(Figure::Branches, tr("Branches"));
    name(Figure::Products, tr("Products"));
    name(Figure::Customers, tr("Customers"));
    name(Figure::Accounts, tr("Accounts"));
    name(Figure::Balances, tr("Balance rows"));
    name(Figure::Transactions, tr("Transactions"));
    name(Figure::Holdings, tr("Product holdings"));
    name(Figure::AsOf, tr("As of"));
    name(Figure::FirstTransaction, tr("First transaction"));
    name(Figure::LastTransaction, tr("Last transaction"));
    name(Figure::LastBalanceMonth, tr("Last balance month"));
    name(Figure::Imports, tr("Committed imports"));
    name(Figure::Rejections, tr("Rejected rows"));
    m_importsTitle->setText(tr("Import history"));
    m_imports->setHeaderLabels({tr("File"), tr("Kind"), tr("Status"), tr("Time"), tr("Rows"), tr("Added"),
                                tr("Updated"), tr("Rejected", "column: rows rejected")});
    if (!m_readError.isEmpty())
        m_error->setText(tr("The workspace could not be read completely: %1").arg(m_readError));
    showSummary();
    for (int i = 0; i < m_imports->topLevelItemCount(); ++i)
        showImport(m_imports->topLevelItem(i));
    fitImportColumns();
}

QLabel *WorkspaceOverview::createMessagePage(QWidget *page)
{
    auto *message = new QLabel(page);
    message->setObjectName(QStringLiteral("emptyStateMessage"));
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    QFont font = message->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    message->setFont(font);
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    message->setPalette(palette);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addStretch(2);
    layout->addWidget(message);
    layout->addStretch(3);
    return message;
}

QGroupBox *WorkspaceOverview::createGroup(Group which, std::initializer_list<Figure> rows)
{
    auto *group = new QGroupBox;
    m_groups[which] = group;
    auto *grid = new QGridLayout(group);
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(0, 1);
    int row = 0;
    for (const Figure figure : rows) {
        auto *name = new QLabel(group);
        auto *value = new QLabel(group);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")));
        name->setBuddy(value);
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1);
        m_names[slot(figure)] = name;
        m_figures[slot(figure)] = value;
        ++row;
    }
    grid->setRowStretch(row, 1);
    return group;
}

QWidget *WorkspaceOverview::createContentPage()
{
    auto *page = new QWidget(m_pages);

    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_path = secondaryLabel(QString(), page);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *groups = new QHBoxLayout;
    groups->setSpacing(16);
    groups->addWidget(createGroup(BookGroup, {Figure::Branches, Figure::Products, Figure::Customers,
                                              Figure::Accounts}), 1);
    groups->addWidget(createGroup(ActivityGroup, {Figure::Balances, Figure::Transactions, Figure::Holdings}), 1);
    groups->addWidget(createGroup(DatesGroup, {Figure::AsOf, Figure::FirstTransaction, Figure::LastTransaction,
                                               Figure::LastBalanceMonth}), 1);
    groups->addWidget(createGroup(ImportsGroup, {Figure::Imports, Figure::Rejections}), 1);

    m_importsTitle = new QLabel(page);
    QFont sectionFont = m_importsTitle->font();
    sectionFont.setBold(true);
    m_importsTitle->setFont(sectionFont);

    m_imports = new QTreeWidget(page);
    m_imports->setRootIsDecorated(false);
    m_imports->setUniformRowHeights(true);
    m_imports->setAlternatingRowColors(true);
    m_imports->setSelectionMode(QAbstractItemView::SingleSelection);
    m_imports->setColumnCount(ColCount);
    QHeaderView *header = m_imports->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c : {ColRows, ColAdded, ColUpdated, ColRejected})
        m_imports->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_path);
    layout->addWidget(m_error);
    layout->addSpacing(12);
    layout->addLayout(groups);
    layout->addSpacing(16);
    layout->addWidget(m_importsTitle);
    layout->addWidget(m_imports, 1);
    return page;
}

void WorkspaceOverview::setWorkspace(const store::Workspace *workspace)
{
    m_workspace = workspace;
    (void)refresh();
}

Status WorkspaceOverview::refresh()
{
    m_summary = store::WorkspaceSummary();
    m_readError.clear();
    m_imports->clear();
    m_error->hide();
    if (!m_workspace) {
        m_pages->setCurrentIndex(static_cast<int>(Page::NoWorkspace));
        return {};
    }

    const QFileInfo file(m_workspace->path());
    m_title->setText(file.completeBaseName());
    m_path->setText(QDir::toNativeSeparators(file.absoluteFilePath()));

    Status status;
    if (Result<store::WorkspaceSummary> summary = m_workspace->summary(); summary)
        m_summary = summary.value();
    else
        status = summary.error();
    if (Status s = loadImports(); !s && status)
        status = s;
    showSummary();

    if (!status) {
        m_readError = status.error().message;
        m_error->setText(tr("The workspace could not be read completely: %1").arg(m_readError));
        m_error->show();
    }
    const bool empty = status && m_imports->topLevelItemCount() == 0;
    m_pages->setCurrentIndex(static_cast<int>(empty ? Page::Empty : Page::Content));
    return status;
}

void WorkspaceOverview::showSummary()
{
    const auto count = [this](Figure figure, qint64 value) { m_figures[slot(figure)]->setText(figures::count(value)); };
    count(Figure::Branches, m_summary.branches);
    count(Figure::Products, m_summary.products);
    count(Figure::Customers, m_summary.customers);
    count(Figure::Accounts, m_summary.accounts);
    count(Figure::Balances, m_summary.balances);
    count(Figure::Transactions, m_summary.transactions);
    count(Figure::Holdings, m_summary.holdings);
    count(Figure::Imports, m_summary.imports);
    count(Figure::Rejections, m_summary.rejections);
    m_figures[slot(Figure::AsOf)]->setText(dateText(m_summary.asOf));
    m_figures[slot(Figure::FirstTransaction)]->setText(dateText(m_summary.firstTransaction));
    m_figures[slot(Figure::LastTransaction)]->setText(dateText(m_summary.lastTransaction));
    m_figures[slot(Figure::LastBalanceMonth)]->setText(monthText(m_summary.lastBalanceMonth));
}

Status WorkspaceOverview::loadImports()
{
    store::Statement st(m_workspace->handle(),
                        "SELECT import_id, file_name, file_path, kind, rows_read, rows_inserted, rows_updated,"
                        "       rows_rejected, status, ifnull(finished_at, started_at)"
                        "  FROM imports ORDER BY import_id DESC LIMIT ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, kImportRows);
    QList<QTreeWidgetItem *> items;
    while (st.step()) {
        auto *item = new QTreeWidgetItem;
        item->setText(ColFile, st.text(1));
        item->setToolTip(ColFile, QDir::toNativeSeparators(st.text(2)));
        item->setData(ColFile, Qt::UserRole, static_cast<qint64>(st.int64(0)));
        item->setData(ColKind, RawRole, st.text(3));
        item->setData(ColStatus, RawRole, st.text(8));
        item->setData(ColTime, RawRole, st.text(9));
        // rows_read … rows_rejected: the query's columns 4–7, in the list's order.
        for (int c : {ColRows, ColAdded, ColUpdated, ColRejected}) {
            item->setData(c, RawRole, static_cast<qint64>(st.int64(4 + c - ColRows)));
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
        const QString status = st.text(8);
        if (status == QLatin1String("rejected") || status == QLatin1String("partial"))
            item->setIcon(ColStatus, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        showImport(item);
        items << item;
    }
    m_imports->addTopLevelItems(items);
    fitImportColumns();
    if (!st.error().message.isEmpty())
        return st.error();
    return {};
}

void WorkspaceOverview::showImport(QTreeWidgetItem *item) const
{
    item->setText(ColKind, kindText(item->data(ColKind, RawRole).toString()));
    const QString status = item->data(ColStatus, RawRole).toString();
    item->setText(ColStatus, statusText(status));
    if (status == QLatin1String("rejected"))
        item->setToolTip(ColStatus, tr("Nothing of this file was committed; see the rejections report"));
    else if (status == QLatin1String("partial"))
        item->setToolTip(ColStatus, tr("Some rows of this file were rejected and left out"));
    item->setText(ColTime, timeText(item->data(ColTime, RawRole).toString()));
    for (int c : {ColRows, ColAdded, ColUpdated, ColRejected})
        item->setText(c, figures::count(item->data(c, RawRole).toLongLong()));
}

void WorkspaceOverview::fitImportColumns()
{
    // Content width plus breathing room; the file name gets at least a readable width.
    const int padding = m_imports->fontMetrics().horizontalAdvance(QStringLiteral("0000"));
    for (int c = 0; c < ColCount; ++c) {
        m_imports->resizeColumnToContents(c);
        m_imports->setColumnWidth(c, m_imports->columnWidth(c) + padding);
    }
    m_imports->setColumnWidth(ColFile, std::clamp(m_imports->columnWidth(ColFile), 12 * padding, 30 * padding));
}

WorkspaceOverview::Page WorkspaceOverview::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString WorkspaceOverview::figureText(Figure figure) const
{
    return m_figures[slot(figure)]->text();
}

int WorkspaceOverview::importRowCount() const
{
    return m_imports->topLevelItemCount();
}

} // namespace tierwise
