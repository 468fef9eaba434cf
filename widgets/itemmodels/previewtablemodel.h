#pragma once

// A read-only table of the first rows of a file as the import wizard reads it: the header row
// (if the file has one) as column titles, then the data records. Short records show blanks.

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace tierwise {

class PreviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewTableModel(QObject *parent = nullptr);

    // `headers` may be empty (columns are then numbered).
    void setPreview(QStringList headers, QVector<QStringList> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
    int m_columns = 0;
};

} // namespace tierwise
