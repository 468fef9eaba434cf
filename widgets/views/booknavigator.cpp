#include "views/booknavigator.h"

#include "analytics/bookview.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierwise {

namespace {

// What an entry selects: kind, then two numbers.
enum EntryKind { Header = -1, All = 0, Branch = 1, BranchTier = 2, Segment = 3 };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kARole = Qt::UserRole + 2;
constexpr int kBRole = Qt::UserRole + 3;

} // namespace

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
    m_empty = new QLabel(tr("Open a workspace to see its branches, tiers and segments."));
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
}

void BookNavigator::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    rebuild();
}

QList<QStandardItem *> BookNavigator::entry(const QString &label, qint64 count, double aum, int kind, int a, int b)
{
    const QLocale locale;
    auto *name = new QStandardItem(label);
    name->setData(kind, kKindRole);
    name->setData(a, kARole);
    name->setData(b, kBRole);
    name->setToolTip(label);
    auto *customers = new QStandardItem(locale.toString(count));
    customers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *money = new QStandardItem(locale.toString(aum, 'f', 0));
    money->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {name, customers, money};
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
    m_model->setHorizontalHeaderLabels({tr("Book"), tr("Customers"), tr("AUM")});
    const bool any = m_book && m_book->size() > 0;
    m_empty->setVisible(!any);
    m_tree->setVisible(any);
    if (!any)
        return;
    // The totals were summed on the worker that loaded the book (BookView::count, …).
    const analytics::BookView &book = *m_book;
    QList<QStandardItem *> root = entry(tr("All customers"), qint64(book.size()), book.totalAum, All, 0, 0);
    m_model->appendRow(root);

    // Branches, each with its tiers.
    const std::vector<std::string> &branches = book.branches;
    const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers"));
    const std::size_t tierCount = tiers ? std::size_t(tiers->keys.size()) : 0;
    auto *branchesHeader = new QStandardItem(tr("Branches (%1)").arg(QLocale().toString(int(branches.size()))));
    branchesHeader->setSelectable(false);
    branchesHeader->setData(int(Header), kKindRole);
    root.first()->appendRow({branchesHeader, new QStandardItem, new QStandardItem});
    for (std::size_t b = 0; b < branches.size(); ++b) {
        const QString name = branches[b].empty() ? tr("(no branch)") : QString::fromStdString(branches[b]);
        QList<QStandardItem *> item = entry(name, book.branchCount[b], book.branchAum[b], Branch, int(b), 0);
        for (std::size_t t = 0; t < tierCount; ++t)
            if (const std::size_t cell = b * tierCount + t; tiers->branchCount[cell] > 0)
                item.first()->appendRow(entry(tiers->names.at(int(t)), tiers->branchCount[cell],
                                              tiers->branchAum[cell], BranchTier, int(b), int(t)));
        branchesHeader->appendRow(item);
    }
    // Every segmentation with its segments.
    for (std::size_t s = 0; s < book.segmentations.size(); ++s) {
        const analytics::BookSegmentation &seg = book.segmentations[s];
        auto *header = new QStandardItem(seg.title);
        header->setSelectable(false);
        header->setData(int(Header), kKindRole);
        header->setToolTip(seg.title);
        root.first()->appendRow({header, new QStandardItem, new QStandardItem});
        for (int g = 0; g < seg.keys.size(); ++g)
            header->appendRow(entry(seg.names.at(g), seg.count[std::size_t(g)], seg.aum[std::size_t(g)], Segment, int(s), g));
    }
    m_tree->expand(m_model->index(0, 0));
    for (int i = 0; i < m_model->item(0)->rowCount(); ++i)
        if (i > 0) // segmentations open, branches closed
            m_tree->expand(m_model->index(i, 0, m_model->index(0, 0)));
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setMinimumSectionSize(60);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
}

} // namespace tierwise
