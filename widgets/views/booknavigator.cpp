#include "views/booknavigator.h"

#include "analytics/bookview.h"
#include "i18n/figures.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>

namespace tierwise {

namespace {

// What an entry selects: kind, then two numbers. Headings: a = −1 for the branches, else the
// segmentation's index.
enum EntryKind { Header = -1, All = 0, Branch = 1, BranchTier = 2, Segment = 3 };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kARole = Qt::UserRole + 2;
constexpr int kBRole = Qt::UserRole + 3;
// On the count and AUM items: the raw figure, shown in the language's format.
constexpr int kFigureRole = Qt::UserRole + 4;

QStandardItem *figureItem(double value)
{
    auto *item = new QStandardItem;
    item->setData(value, kFigureRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// The book's names in the language shown now (the book keeps those of its loading).
struct BookNavigator::Names
{
    QStringList tiers;
    QStringList titles;
    QVector<QStringList> segments;
};

BookNavigator::Names BookNavigator::namesOf(const analytics::BookView &book)
{
    Names names;
    if (const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers")))
        names.tiers = analytics::segmentationNames(*tiers);
    for (const analytics::BookSegmentation &s : book.segmentations) {
        names.titles << analytics::segmentationTitle(s);
        names.segments << analytics::segmentationNames(s);
    }
    return names;
}

BookNavigator::BookNavigator(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("BookNavigator"));
    m_model = new QStandardItemModel(this);
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_empty);
    layout->addWidget(m_tree, 1);
    m_tree->hide();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const QModelIndex first = current.siblingAtColumn(0);
        if (first.data(kKindRole).toInt() == Header)
            return; // a heading chooses nobody
        emit rowsChosen(rowsOf(first), first.data(Qt::DisplayRole).toString());
    });
    retranslate();
}

void BookNavigator::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    rebuild();
}

void BookNavigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Labels, counts and AUM in place: the tree keeps its current entry and what is expanded.
void BookNavigator::retranslate()
{
    m_empty->setText(tr("Open a workspace to see its branches, tiers and segments."));
    m_model->setHorizontalHeaderLabels({tr("Book"), tr("Customers"), tr("AUM")});
    if (!m_book || m_model->rowCount() == 0)
        return;
    const Names names = namesOf(*m_book);
    const std::function<void(QStandardItem *)> relabel = [&](QStandardItem *parent) {
        for (int r = 0; r < parent->rowCount(); ++r) {
            QStandardItem *name = parent->child(r, 0);
            const QString label = labelOf(name, names);
            name->setText(label);
            name->setToolTip(label);
            if (QStandardItem *count = parent->child(r, 1); count && count->data(kFigureRole).isValid())
                count->setText(figures::count(count->data(kFigureRole).toLongLong()));
            if (QStandardItem *aum = parent->child(r, 2); aum && aum->data(kFigureRole).isValid())
                aum->setText(figures::money(aum->data(kFigureRole).toDouble()));
            relabel(name);
        }
    };
    relabel(m_model->invisibleRootItem());
}

QString BookNavigator::labelOf(const QStandardItem *item, const Names &names) const
{
    const int a = item->data(kARole).toInt(), b = item->data(kBRole).toInt();
    switch (item->data(kKindRole).toInt()) {
    case Header:
        return a < 0 ? tr("Branches (%1)").arg(figures::count(qint64(m_book->branches.size())))
                     : names.titles.value(a);
    case All:
        return tr("All customers");
    case Branch: {
        const std::string &branch = m_book->branches.at(std::size_t(a));
        return branch.empty() ? tr("(no branch)") : QString::fromStdString(branch);
    }
    case BranchTier:
        return names.tiers.value(b);
    case Segment:
        return names.segments.value(a).value(b);
    default:
        return {};
    }
}

QList<QStandardItem *> BookNavigator::entry(qint64 count, double aum, int kind, int a, int b)
{
    auto *name = new QStandardItem;
    name->setData(kind, kKindRole);
    name->setData(a, kARole);
    name->setData(b, kBRole);
    return {name, figureItem(double(count)), figureItem(aum)};
}

QStandardItem *BookNavigator::heading(int a)
{
    auto *header = new QStandardItem;
    header->setSelectable(false);
    header->setData(int(Header), kKindRole);
    header->setData(a, kARole);
    return header;
}

QVector<int> BookNavigator::rowsOf(const QModelIndex &index) const
{
    QVector<int> rows;
    if (!m_book || !index.isValid())
        return rows;
    const int kind = index.data(kKindRole).toInt();
    if (kind == Header)
        return rows;
    const int a = index.data(kARole).toInt(), b = index.data(kBRole).toInt();
    const analytics::BookView &book = *m_book;
    const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers"));
    // Branch entries carry the index of their branch in BookView::branches.
    for (std::size_t r = 0; r < book.size(); ++r) {
        bool in = false;
        switch (kind) {
        case All: in = true; break;
        case Branch: in = book.branchIndex[r] == a; break;
        case BranchTier: in = book.branchIndex[r] == a && tiers && tiers->group[r] == b; break;
        case Segment: in = book.segmentations[std::size_t(a)].group[r] == b; break;
        default: break;
        }
        if (in)
            rows.push_back(int(r));
    }
    return rows;
}

void BookNavigator::rebuild()
{
    m_model->clear();
    const bool any = m_book && m_book->size() > 0;
    m_empty->setVisible(!any);
    m_tree->setVisible(any);
    if (!any) {
        retranslate();
        return;
    }
    // The totals were summed on the worker that loaded the book (BookView::count, …).
    const analytics::BookView &book = *m_book;
    QList<QStandardItem *> root = entry(qint64(book.size()), book.totalAum, All, 0, 0);
    m_model->appendRow(root);

    // Branches, each with its tiers.
    const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers"));
    const std::size_t tierCount = tiers ? std::size_t(tiers->keys.size()) : 0;
    QStandardItem *branchesHeader = heading(-1);
    root.first()->appendRow({branchesHeader, new QStandardItem, new QStandardItem});
    for (std::size_t b = 0; b < book.branches.size(); ++b) {
        QList<QStandardItem *> item = entry(book.branchCount[b], book.branchAum[b], Branch, int(b), 0);
        for (std::size_t t = 0; t < tierCount; ++t)
            if (const std::size_t cell = b * tierCount + t; tiers->branchCount[cell] > 0)
                item.first()->appendRow(entry(tiers->branchCount[cell], tiers->branchAum[cell], BranchTier, int(b), int(t)));
        branchesHeader->appendRow(item);
    }
    // Every segmentation with its segments.
    for (std::size_t s = 0; s < book.segmentations.size(); ++s) {
        const analytics::BookSegmentation &seg = book.segmentations[s];
        QStandardItem *header = heading(int(s));
        root.first()->appendRow({header, new QStandardItem, new QStandardItem});
        for (int g = 0; g < seg.keys.size(); ++g)
            header->appendRow(entry(seg.count[std::size_t(g)], seg.aum[std::size_t(g)], Segment, int(s), g));
    }
    retranslate();
    m_tree->expand(m_model->index(0, 0));
    for (int i = 0; i < m_model->item(0)->rowCount(); ++i)
        if (i > 0) // segmentations open, branches closed
            m_tree->expand(m_model->index(i, 0, m_model->index(0, 0)));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    // Three levels deep in a narrow dock: a smaller indent leaves the names room.
    m_tree->setIndentation(m_tree->fontMetrics().height());
}

} // namespace tierwise
