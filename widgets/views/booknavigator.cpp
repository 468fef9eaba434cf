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
#include <map>
#include <numeric>

namespace tierwise {

namespace {

// What an entry selects: kind, then two numbers.
enum EntryKind { All = 0, Branch = 1, BranchTier = 2, Segment = 3 };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kARole = Qt::UserRole + 2;
constexpr int kBRole = Qt::UserRole + 3;

double aumOf(const analytics::BookView &book, const QVector<int> &rows)
{
    double sum = 0;
    const std::vector<double> &aum = book.axis(analytics::BookAxis::Aum);
    for (int r : rows)
        if (std::isfinite(aum[std::size_t(r)]))
            sum += aum[std::size_t(r)];
    return sum;
}

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
        emit rowsChosen(rowsOf(first), first.data(Qt::DisplayRole).toString());
    });
}

void BookNavigator::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    rebuild();
}

QList<QStandardItem *> BookNavigator::entry(const QString &label, const QVector<int> &rows, int kind, int a, int b)
{
    const QLocale locale;
    auto *name = new QStandardItem(label);
    name->setData(kind, kKindRole);
    name->setData(a, kARole);
    name->setData(b, kBRole);
    name->setToolTip(label);
    auto *count = new QStandardItem(locale.toString(rows.size()));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *aum = new QStandardItem(locale.toString(aumOf(*m_book, rows), 'f', 0));
    aum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return {name, count, aum};
}

QVector<int> BookNavigator::rowsOf(const QModelIndex &index) const
{
    QVector<int> rows;
    if (!m_book || !index.isValid())
        return rows;
    const int kind = index.data(kKindRole).toInt();
    const int a = index.data(kARole).toInt(), b = index.data(kBRole).toInt();
    const analytics::BookView &book = *m_book;
    const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers"));
    // Branch entries carry the index of their branch in the sorted branch list.
    std::vector<std::string> branches(book.branchId.begin(), book.branchId.end());
    std::sort(branches.begin(), branches.end());
    branches.erase(std::unique(branches.begin(), branches.end()), branches.end());
    for (std::size_t r = 0; r < book.size(); ++r) {
        bool in = false;
        switch (kind) {
        case All: in = true; break;
        case Branch: in = book.branchId[r] == branches[std::size_t(a)]; break;
        case BranchTier: in = book.branchId[r] == branches[std::size_t(a)] && tiers && tiers->group[r] == b; break;
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
    const analytics::BookView &book = *m_book;
    QVector<int> all(int(book.size()));
    std::iota(all.begin(), all.end(), 0);
    QList<QStandardItem *> root = entry(tr("All customers"), all, All, 0, 0);
    m_model->appendRow(root);

    // Branches, each with its tiers.
    std::map<std::string, QVector<int>> byBranch;
    for (std::size_t r = 0; r < book.size(); ++r)
        byBranch[book.branchId[r]].push_back(int(r));
    const analytics::BookSegmentation *tiers = book.segmentation(QStringLiteral("segment.tiers"));
    auto *branchesHeader = new QStandardItem(tr("Branches (%1)").arg(QLocale().toString(int(byBranch.size()))));
    branchesHeader->setSelectable(false);
    root.first()->appendRow({branchesHeader, new QStandardItem, new QStandardItem});
    int branchIndex = 0;
    for (const auto &[branch, rows] : byBranch) {
        const QString name = branch.empty() ? tr("(no branch)") : QString::fromStdString(branch);
        QList<QStandardItem *> item = entry(name, rows, Branch, branchIndex, 0);
        if (tiers) {
            for (int t = 0; t < tiers->keys.size(); ++t) {
                QVector<int> tierRows;
                for (int r : rows)
                    if (tiers->group[std::size_t(r)] == t)
                        tierRows.push_back(r);
                if (!tierRows.isEmpty())
                    item.first()->appendRow(entry(tiers->names.at(t), tierRows, BranchTier, branchIndex, t));
            }
        }
        branchesHeader->appendRow(item);
        ++branchIndex;
    }
    // Every segmentation with its segments.
    for (std::size_t s = 0; s < book.segmentations.size(); ++s) {
        const analytics::BookSegmentation &seg = book.segmentations[s];
        auto *header = new QStandardItem(seg.title);
        header->setSelectable(false);
        header->setToolTip(seg.title);
        root.first()->appendRow({header, new QStandardItem, new QStandardItem});
        std::vector<QVector<int>> rows(std::size_t(seg.keys.size()));
        for (std::size_t r = 0; r < book.size(); ++r)
            if (seg.group[r] >= 0)
                rows[std::size_t(seg.group[r])].push_back(int(r));
        for (int g = 0; g < seg.keys.size(); ++g)
            header->appendRow(entry(seg.names.at(g), rows[std::size_t(g)], Segment, int(s), g));
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
