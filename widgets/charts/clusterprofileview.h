#pragma once

// ClusterProfileView: k-means centroids as a heat table — one row per cluster (name and size),
// one column per feature, each cell printing the centroid value and coloured by its z-score
// within the column (against the other clusters' centroids, unweighted; blue below, red above
// the mean) — and, when given, a small line chart of the silhouette score by k with the best k
// marked. Empty-state text without clusters.

#include <QPair>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QAbstractItemModel;
class QCustomPlot;
class QCPTextElement;
class QLabel;
class QStackedWidget;
class QTableView;

namespace tierwise {

class ClusterProfileView final : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterProfileView(QWidget *parent = nullptr);
    ~ClusterProfileView() override;

    // names[i], sizes[i] and centroids[i] (one value per feature) describe cluster i; money[f]:
    // feature f is money (shown through figures::money).
    void setProfiles(const QStringList &names, const QVector<qint64> &sizes, const QStringList &features,
                     const QVector<QVector<double>> &centroids, const QVector<bool> &money = {});
    // New names for the clusters and features shown (after a change of language); the table
    // keeps its rows and selection.
    void setNames(const QStringList &names, const QStringList &features);
    // Silhouette score by k (may be empty: the chart is hidden).
    void setSilhouette(QVector<QPair<int, double>> byK);

    // Writes the table and the silhouette chart as PNG or PDF, chosen by the suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    // Columns: 0 cluster name, 1 customers, then the features. Qt::UserRole holds the raw value,
    // Qt::UserRole + 1 the z-score of a feature cell.
    QAbstractItemModel *tableModel() const;
    QTableView *tableView() const { return m_table; }
    double zScore(int cluster, int feature) const;
    bool silhouetteVisible() const;
    QString silhouetteTitle() const;
    QColor axisColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    class Model;

    void rebuildPlot();

    Model *m_model = nullptr;
    QVector<QPair<int, double>> m_silhouette;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace tierwise
