#include "charts/clusterprofileview.h"

#include "charts/chartstyle.h"
#include "i18n/figures.h"

#include <qcustomplot.h>

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierwise {

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();

QString formatValue(double v)
{
    const double a = std::fabs(v);
    return chartstyle::number(v, a >= 1000 || a == 0 ? 0 : a >= 10 ? 1 : 2);
}
} // namespace

class ClusterProfileView::Model final : public QAbstractTableModel
{
public:
    explicit Model(QWidget *view)
        : QAbstractTableModel(view), m_view(view) {}

    QStringList names, features;
    QVector<qint64> sizes;
    QVector<QVector<double>> centroids, z;
    QVector<bool> money; // per feature

    void reset(const QStringList &n, const QVector<qint64> &s, const QStringList &f, const QVector<QVector<double>> &c,
               const QVector<bool> &m)
    {
        beginResetModel();
        names = n;
        sizes = s;
        features = f;
        centroids = c;
        money = m;
        computeZ();
        endResetModel();
    }
    // Every text and colour anew (language, figure format or palette changed); no reset.
    void refresh()
    {
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    QString format(int feature, double v) const { return money.value(feature) ? figures::money(v) : formatValue(v); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(centroids.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() || centroids.isEmpty() ? 0 : int(features.size()) + 2;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const int row = index.row(), column = index.column();
        if (column == 0)
            return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(names.value(row)) : QVariant();
        if (column == 1) {
            if (role == Qt::DisplayRole)
                return chartstyle::number(double(sizes.value(row)));
            if (role == Qt::UserRole)
                return sizes.value(row);
            return role == Qt::TextAlignmentRole ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        }
        const int f = column - 2;
        const double v = centroids.at(row).value(f, kNaN), zs = z.at(row).value(f, kNaN);
        const QColor background = chartstyle::divergingColor(zs, m_view->palette());
        switch (role) {
        case Qt::DisplayRole: return format(f, v);
        case Qt::UserRole: return v;
        case Qt::UserRole + 1: return zs;
        case Qt::BackgroundRole: return background;
        case Qt::ForegroundRole: return chartstyle::textOn(background);
        case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return ClusterProfileView::tr("%1 in %2: %3\n%4 standard deviations from the clusters' mean")
                .arg(features.value(f), names.value(row), format(f, v), chartstyle::number(zs, 1));
        default: return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (section == 0)
            return ClusterProfileView::tr("Cluster");
        if (section == 1)
            return ClusterProfileView::tr("Customers");
        return features.value(section - 2);
    }

private:
    void computeZ()
    {
        const int k = int(centroids.size());
        z = QVector<QVector<double>>(k, QVector<double>(features.size(), kNaN));
        for (int f = 0; f < features.size(); ++f) {
            double sum = 0, sq = 0;
            int n = 0;
            for (const auto &c : centroids)
                if (std::isfinite(c.value(f, kNaN))) {
                    sum += c.at(f);
                    ++n;
                }
            const double mean = n ? sum / n : kNaN;
            for (const auto &c : centroids)
                if (std::isfinite(c.value(f, kNaN)))
                    sq += (c.at(f) - mean) * (c.at(f) - mean);
            const double sd = n > 1 ? std::sqrt(sq / (n - 1)) : 0.0;
            for (int i = 0; i < k; ++i) {
                const double v = centroids.at(i).value(f, kNaN);
                z[i][f] = !std::isfinite(v) ? kNaN : sd > 0 ? (v - mean) / sd : 0.0;
            }
        }
    }

    QWidget *m_view;
};

ClusterProfileView::ClusterProfileView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    m_empty = chartstyle::createEmptyLabel(m_stack);
    auto *content = new QWidget(m_stack);
    m_model = new Model(this);
    m_table = new QTableView(content);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(70);
    m_plot = new QCustomPlot(content);
    m_plot->setMinimumHeight(170);
    m_title = new QCPTextElement(m_plot, QString(), chartstyle::plotFont(9.5, true));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    chartstyle::setToolTipProvider(m_plot, [this](const QPointF &pixel) -> QString {
        if (m_silhouette.isEmpty() || !m_plot->axisRect()->rect().contains(pixel.toPoint()))
            return {};
        const int k = qRound(m_plot->xAxis->pixelToCoord(pixel.x()));
        for (const auto &[kk, s] : m_silhouette)
            if (kk == k)
                return tr("k = %1: silhouette %2").arg(k).arg(chartstyle::number(s, 3));
        return {};
    });
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_table);
    contentLayout->addWidget(m_plot, 1);
    contentLayout->addStretch(0);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumSize(360, 260);
    rebuildPlot();
}

ClusterProfileView::~ClusterProfileView() = default;

void ClusterProfileView::setNames(const QStringList &names, const QStringList &features)
{
    if (names.size() == m_model->names.size())
        m_model->names = names;
    if (features.size() == m_model->features.size())
        m_model->features = features;
    m_model->refresh();
}

void ClusterProfileView::setProfiles(const QStringList &names, const QVector<qint64> &sizes, const QStringList &features,
                                     const QVector<QVector<double>> &centroids, const QVector<bool> &money)
{
    m_model->reset(names, sizes, features, centroids, money);
    // Name and size columns fit their contents (an empty model has no sections to set).
    for (int c = 0; c < std::min(2, m_table->horizontalHeader()->count()); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    chartstyle::fitTableHeight(m_table, 16);
    rebuildPlot();
}

void ClusterProfileView::setSilhouette(QVector<QPair<int, double>> byK)
{
    std::sort(byK.begin(), byK.end());
    m_silhouette = std::move(byK);
    rebuildPlot();
}

bool ClusterProfileView::exportTo(const QString &path)
{
    return hasData() && chartstyle::exportWidget(m_stack->currentWidget(), path);
}

bool ClusterProfileView::hasData() const
{
    return !m_model->centroids.isEmpty();
}

QAbstractItemModel *ClusterProfileView::tableModel() const
{
    return m_model;
}

double ClusterProfileView::zScore(int cluster, int feature) const
{
    return m_model->z.value(cluster).value(feature, kNaN);
}

bool ClusterProfileView::silhouetteVisible() const
{
    return !m_plot->isHidden();
}

QString ClusterProfileView::silhouetteTitle() const
{
    return m_title->text();
}

QColor ClusterProfileView::axisColor() const
{
    return m_plot->xAxis->basePen().color();
}

void ClusterProfileView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        m_model->refresh();
        rebuildPlot();
    }
    QWidget::changeEvent(event);
}

void ClusterProfileView::rebuildPlot()
{
    m_empty->setText(tr("No clusters yet — run a k-means segmentation to see what sets each cluster apart."));
    m_stack->setCurrentIndex(hasData() ? 1 : 0);
    m_plot->setHidden(m_silhouette.isEmpty());
    m_plot->clearPlottables();
    m_plot->clearItems();
    const QPalette pal = palette();
    QVector<double> keys, values;
    int bestK = 0;
    double best = -2;
    for (const auto &[k, s] : m_silhouette) {
        keys << k;
        values << s;
        if (s > best) {
            best = s;
            bestK = k;
        }
    }
    QCPGraph *graph = m_plot->addGraph();
    graph->setData(keys, values, true);
    graph->setPen(QPen(chartstyle::seriesColor(0, pal), 2));
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, chartstyle::seriesColor(0, pal), 6));
    if (!keys.isEmpty()) {
        auto *marker = new QCPItemTracer(m_plot);
        marker->setGraph(graph);
        marker->setGraphKey(bestK);
        marker->setStyle(QCPItemTracer::tsCircle);
        marker->setSize(12);
        marker->setPen(QPen(chartstyle::seriesColor(1, pal), 2));
        const double lo = *std::min_element(values.begin(), values.end());
        const double pad = std::max((best - lo) * 0.25, 0.02);
        m_plot->xAxis->setRange(keys.first() - 0.5, keys.last() + 0.5);
        m_plot->yAxis->setRange(lo - pad, best + pad);
    }
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("Number of clusters k"));
    m_plot->yAxis->setLabel(tr("Silhouette"));
    m_title->setText(keys.isEmpty() ? QString()
                                    : tr("Silhouette by k — best k = %1 (%2)").arg(bestK).arg(chartstyle::number(best, 3)));
    chartstyle::applyTheme(m_plot, pal);
    m_plot->replot();
}

} // namespace tierwise
