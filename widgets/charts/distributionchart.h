#pragma once

// DistributionChart: one feature's distribution per segment — overlaid histograms on shared
// bins (each as the share of its segment's values, so small segments stay visible) and below
// them a horizontal box plot per segment on the same value axis. NaN values are skipped. With the
// log flag (for money; values are then shown as money, figures::money) the value axis is log10 and values ≤ 0 are left out (the title says how
// many).
//
// Quartiles: Hyndman & Fan type 7 (R's and NumPy's default): for sorted x_0 … x_{n−1} and
// h = (n − 1)·p, Q(p) = x_⌊h⌋ + (h − ⌊h⌋)(x_⌊h⌋+1 − x_⌊h⌋). Whiskers (Tukey): the most extreme
// values within 1.5 IQR of the quartiles; values beyond are outliers, of which at most
// kMaxOutliers per segment are drawn (evenly spread, both extremes kept).
// Bins: Freedman–Diaconis width 2·IQR·n^(−1/3) over all segments' values together, the count
// capped to 10 … 80 (10 when the IQR or the range is 0).

#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPTextElement;
class QLabel;
class QStackedWidget;

namespace tierwise {

class DistributionChart final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinBins = 10, kMaxBins = 80, kMaxOutliers = 40;

    struct BoxStats
    {
        qint64 count = 0;
        double minimum = 0, q1 = 0, median = 0, q3 = 0, maximum = 0; // whisker ends and quartiles
        QVector<double> outliers;                                     // all of them, ascending
    };

    // Type-7 quantile of ascending values (NaN for none).
    static double quantile(const QVector<double> &sorted, double p);
    // Box statistics of the finite values (count 0 and NaNs when there are none).
    static BoxStats boxStats(QVector<double> values);
    // Freedman–Diaconis bin count for ascending finite values, capped to kMinBins … kMaxBins.
    static int binCount(const QVector<double> &sorted);

    explicit DistributionChart(QWidget *parent = nullptr);

    // (segment name, values) per segment, the feature's label ("AUM", "Age") and whether to use a
    // log value axis.
    void setData(QVector<QPair<QString, QVector<double>>> segments, const QString &feature, bool logScale);
    // New names for the segments shown and the feature (after a change of language); the
    // distributions stay as computed.
    void setNames(const QStringList &segmentNames, const QString &feature);

    // Writes the chart as PNG or PDF, chosen by the suffix. False on failure or another suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    QString titleText() const;
    int bins() const { return int(m_edges.size()) - 1; }
    // Values per bin of a segment as drawn (their sum is the segment's shown values).
    QVector<qint64> histogramCounts(int segment) const;
    // The drawn box of a segment, in the feature's units (also on a log axis).
    BoxStats drawnBox(int segment) const;
    QColor axisColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Segment
    {
        QString name;
        QVector<double> shown; // finite (and > 0 on a log axis), transformed, ascending
        qint64 hidden = 0;     // NaN, or ≤ 0 on a log axis
        QVector<qint64> counts;
        BoxStats box;          // in original units
    };

    void buildPlot();
    void rebuild();
    void computeBins();
    double toAxis(double v) const;
    double fromAxis(double v) const;
    QString formatValue(double v) const;
    QString tooltipAt(const QPointF &pixel) const;

    QVector<Segment> m_segments;
    QVector<double> m_edges; // bin edges on the (transformed) axis
    QString m_feature;
    bool m_log = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPAxisRect *m_histRect = nullptr;
    QCPAxisRect *m_boxRect = nullptr;
};

} // namespace tierwise
