#pragma once

// A campaign's evaluation (DOMAIN.md §5): the treated group's conversion against the held-out
// control group overall, with the lift and its 95 % interval in percentage points, and the same
// by segment and by branch in two tables (numbers right-aligned and in the user's locale; the
// raw value under Qt::UserRole for sorting) and a chart of treated vs control conversion per
// segment. Colours come from the palette, so the chart reads in the light and the dark theme.
// A language switch shows the texts, figures, chart and message again from the evaluation held.

#include "planning/campaign.h"

#include <QMap>
#include <QString>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QCustomPlot;
class QCPTextElement;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tierwise {

class CampaignEvaluationView final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        GroupColumn, TreatedColumn, TreatedRespondedColumn, TreatedRateColumn, ControlColumn,
        ControlRespondedColumn, ControlRateColumn, LiftColumn, IntervalColumn, AmountColumn, ColumnCount
    };

    explicit CampaignEvaluationView(QWidget *parent = nullptr);
    ~CampaignEvaluationView() override;

    // Shows an evaluation; segment and branch keys are shown by these names where given.
    void setEvaluation(const planning::Evaluation &evaluation, const QMap<QString, QString> &segmentNames,
                       const QMap<QString, QString> &branchNames);
    // Shows a message instead (no campaign chosen, reading, no responses yet); text gives it in
    // the language shown, again after a switch.
    void showMessage(std::function<QString()> text);
    void showMessage(const QString &text); // a message of fixed wording (an engine's error)
    // Names the segments and branches of the evaluation shown again (after a language switch).
    void setGroupNames(const QMap<QString, QString> &segmentNames, const QMap<QString, QString> &branchNames);

    bool hasEvaluation() const { return m_hasEvaluation; }
    const planning::Evaluation &evaluation() const { return m_evaluation; }
    QString overallText() const;
    // Rows: the groups in order, then "All" (the overall figures).
    QAbstractItemModel *segmentModel() const;
    QAbstractItemModel *branchModel() const;
    QTableView *segmentTable() const { return m_segmentTable; }
    QTableView *branchTable() const { return m_branchTable; }
    QCustomPlot *plot() const { return m_plot; }
    // The chart's bar heights in percent: 0 treated, 1 control, one per segment.
    QVector<double> barValues(int series) const;

    // "+2.3 pp" and "−0.4 to +5.0 pp" in the user's locale (a lift given as a fraction).
    static QString percentagePoints(double lift);
    static QString interval(double low, double high);

protected:
    void changeEvent(QEvent *event) override;

private:
    class Model;

    void rebuildChart();
    void retranslate();
    QString tooltipAt(const QPointF &pixel) const;

    planning::Evaluation m_evaluation;
    QMap<QString, QString> m_segmentNames;
    std::function<QString()> m_messageText;
    bool m_hasEvaluation = false;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_overall = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    Model *m_segments = nullptr;
    Model *m_branches = nullptr;
    QTableView *m_segmentTable = nullptr;
    QTableView *m_branchTable = nullptr;
};

} // namespace tierwise
