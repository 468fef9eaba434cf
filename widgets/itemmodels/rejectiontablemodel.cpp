#include "itemmodels/rejectiontablemodel.h"

#include "shell/language.h"

#include <QFileInfo>
#include <QLocale>

namespace tierwise {

RejectionTableModel::RejectionTableModel(QObject *parent) : QAbstractTableModel(parent)
{
    bindTranslation(this, [this] { retranslate(); });
}

void RejectionTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rejections.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

void RejectionTableModel::setRejections(QVector<ingest::Rejection> rejections)
{
    beginResetModel();
    m_rejections = std::move(rejections);
    endResetModel();
}

int RejectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rejections.size());
}

int RejectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rejections.size())
        return {};
    const ingest::Rejection &r = m_rejections.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File: return r.file.isEmpty() ? QString() : QFileInfo(r.file).fileName();
        case Line: return r.line > 0 ? locale.toString(r.line) : QString();
        case ColumnNo:
            if (r.column <= 0)
                return r.columnName;
            return r.columnName.isEmpty() ? locale.toString(r.column)
                                          : tr("%1 (%2)").arg(locale.toString(r.column), r.columnName);
        case Value: return r.value;
        case Reason: return r.reason;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case File: return r.file;
        case Value: return r.value.isEmpty() ? QVariant() : QVariant(r.value);
        case Reason: return r.reason;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Line)
            return (Qt::AlignRight | Qt::AlignVCenter).toInt();
        break;
    }
    return {};
}

QVariant RejectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Line: return tr("Line");
    case ColumnNo: return tr("Column");
    case Value: return tr("Value");
    case Reason: return tr("Reason");
    }
    return {};
}

} // namespace tierwise
