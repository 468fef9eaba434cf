#include "itemmodels/previewtablemodel.h"

#include <algorithm>

namespace tierwise {

PreviewTableModel::PreviewTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PreviewTableModel::setPreview(QStringList headers, QVector<QStringList> rows)
{
    beginResetModel();
    m_headers = std::move(headers);
    m_rows = std::move(rows);
    m_columns = static_cast<int>(m_headers.size());
    for (const QStringList &row : m_rows)
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    endResetModel();
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.value(index.row()).value(index.column());
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    const QString title = m_headers.value(section);
    return title.isEmpty() ? QString::number(section + 1) : title;
}

} // namespace tierwise
