#pragma once

// ParetoChart: the Lorenz curve of a value over customers (largest holders first) against the
// diagonal of perfect equality, a marker and label at the top 20 % of customers ("Top 20 % hold
// 81.2 %") and the Gini coefficient in the title. A second curve (e.g. a branch) may be laid over
// the first for comparison; choosing which one is the caller's business (setCurves).
// Shows an empty-state text while it has no curve with customers.

#include "analytics/pareto.h"

#include <QPair>
#include <QString>
#include <QVector>
#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QLabel;
class QStackedWidget;

namespace tierwise {

class ParetoChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ParetoChart(QWidget *parent = nullptr);

    // (name, summary) per curve, the first drawn strongest; a curve without customers is skipped.
    void setCurves(QVector<QPair<QString, analytics::ParetoSummary>> curves);
    // What is concentrated ("AUM", "CLV"), for the title and axis; default: "value".
    void setValueName(const QString &name);

    // Writes the chart as PNG or PDF, chosen by the suffix. False on failure or another suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    QString titleText() const;
    // The label at the top-20 % marker of the given curve (empty if there is no such curve).
    QString markerText(int curve = 0) const;
    QColor axisColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString tooltipAt(const QPointF &pixel) const;
    bool isDarkPalette() const;

    QVector<QPair<QString, analytics::ParetoSummary>> m_curves;
    QString m_valueName;
    QStringList m_markerTexts;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace tierwise
