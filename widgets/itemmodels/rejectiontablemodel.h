#pragma once

// A read-only table of import rejections: file, line, column, value, reason. The headers and the
// line numbers follow the language; the reasons are the importer's words, in the language the
// check ran in.

#include "ingest/importer.h"

#include <QAbstractTableModel>
#include <QVector>

namespace tierwise {

class RejectionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Line, ColumnNo, Value, Reason, ColumnCount };

    explicit RejectionTableModel(QObject *parent = nullptr);

    void setRejections(QVector<ingest::Rejection> rejections);
    const QVector<ingest::Rejection> &rejections() const { return m_rejections; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void retranslate(); // the views read the headers and cells again

    QVector<ingest::Rejection> m_rejections;
};

} // namespace tierwise
