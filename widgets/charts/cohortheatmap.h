#pragma once

// CohortHeatmap: acquisition cohorts (rows, earliest on top) × months since acquisition
// (columns) as a colour map with a colour scale, the value printed in each cell when cells are
// large enough, unobserved (NaN) cells left blank — the triangle — and below it the
// size-weighted average curve over the cohorts. A toggle switches between the share of the
// cohort that was active and the AUM retained (relative to month 1). Empty-state text without
// cohorts.

#include "analytics/cohorts.h"

#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemText;
class QCPTextElement;
class QLabel;
class QRadioButton;
class QStackedWidget;

namespace tierwise {

class CohortHeatmap final : public QWidget
{
    Q_OBJECT

public:
    enum class Measure { ActiveShare, AumRetained };

    explicit CohortHeatmap(QWidget *parent = nullptr);

    void setTable(analytics::CohortTable table);
    const analytics::CohortTable &table() const { return m_table; }
    void setMeasure(Measure measure);
    Measure measure() const { return m_measure; }

    // Writes the chart as PNG or PDF, chosen by the suffix. False on failure or another suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    QString titleText() const;
    // What the colour map holds for a cell (NaN where not observed), as a share (0.85 = 85 %).
    double cellValue(int row, int age) const;
    // The text printed in the cell ("85"), empty for NaN cells; printed only while
    // cellTextsVisible() (cells at least about 26 × 13 pixels).
    QString cellText(int row, int age) const;
    bool cellTextsVisible() const;
    // The average curve's value at an age (a share; NaN where no cohort reached it).
    double averageValue(int age) const;
    QColor axisColor() const;

signals:
    void measureChanged(tierwise::CohortHeatmap::Measure measure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildPlot();
    void rebuild();
    void updateCellTextVisibility();
    double valueAt(int row, int age) const;
    double averageAt(int age) const;
    QString tooltipAt(const QPointF &pixel) const;

    analytics::CohortTable m_table;
    Measure m_measure = Measure::ActiveShare;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QRadioButton *m_activeButton = nullptr;
    QRadioButton *m_aumButton = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QCPAxisRect *m_heatRect = nullptr;
    QCPAxisRect *m_curveRect = nullptr;
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPGraph *m_average = nullptr;
    QVector<QCPItemText *> m_cellTexts; // row-major, nullptr for NaN cells
};

} // namespace tierwise
