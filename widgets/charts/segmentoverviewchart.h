#pragma once

// SegmentOverviewChart: per segment its share of customers, of AUM and of lifetime value as
// grouped bars, and below them a sortable table with the count, AUM share, CLV share and average
// P(alive). Empty-state text without segments. Names are shown as given (segment names are not
// personal data).

#include <QString>
#include <QVector>
#include <QWidget>

#include <limits>

class QAbstractItemModel;
class QCustomPlot;
class QCPTextElement;
class QLabel;
class QStackedWidget;
class QTableView;

namespace tierwise {

struct SegmentSummary
{
    QString name;
    qint64 count = 0;
    double aumShare = 0;  // 0 … 1 of the book's AUM
    double clvShare = 0;  // 0 … 1 of the book's CLV
    double avgPAlive = std::numeric_limits<double>::quiet_NaN();
    // The segment's AUM and CLV (money; NaN: not given), shown as the share cells' tooltips.
    double aum = std::numeric_limits<double>::quiet_NaN();
    double clv = std::numeric_limits<double>::quiet_NaN();
};

class SegmentOverviewChart final : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, AumColumn, ClvColumn, PAliveColumn, ColumnCount };

    explicit SegmentOverviewChart(QWidget *parent = nullptr);
    ~SegmentOverviewChart() override;

    void setSegments(QVector<SegmentSummary> segments);
    const QVector<SegmentSummary> &segments() const { return m_segments; }
    // New names for the segments shown (after a change of language), in their order; the table
    // keeps its rows, order and selection.
    void setSegmentNames(const QStringList &names);

    // Writes the chart and the table as PNG or PDF, chosen by the suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    QString titleText() const;
    // The table's model (rows in the order given; the view sorts through a proxy).
    QAbstractItemModel *tableModel() const;
    QTableView *tableView() const { return m_table; }
    // The bar heights (percent) of one series: 0 customers, 1 AUM, 2 CLV.
    QVector<double> barValues(int series) const;
    QColor axisColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    class Model;

    void rebuild();
    QString tooltipAt(const QPointF &pixel) const;

    QVector<SegmentSummary> m_segments;
    Model *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace tierwise
