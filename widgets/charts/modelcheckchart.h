#pragma once

// ModelCheckChart: the lifetime-value model's calibration/holdout check (Fader, Hardie & Lee
// 2005, fig. 3): per calibration-period repeat-purchase count (0, 1, …, "7+") the mean number of
// holdout transactions actually made (bars) and predicted by the model (line), with the customers
// per bucket on hover and both totals in the title. Empty-state text without a check.

#include "analytics/btyd.h"

#include <optional>

#include <QWidget>

class QCustomPlot;
class QCPTextElement;
class QLabel;
class QStackedWidget;

namespace tierwise {

class ModelCheckChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ModelCheckChart(QWidget *parent = nullptr);

    void setCheck(const analytics::HoldoutCheck &check);
    // No check (e.g. the model could not be fitted): the empty state, with the reason if given.
    void clear(const QString &reason = {});
    // Days per model time unit (ClvOptions::unitDays; default 7), for the holdout length shown.
    void setTimeUnitDays(double days);

    // Writes the chart as PNG or PDF, chosen by the suffix. False on failure or another suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    QString titleText() const;
    // The bucket labels along the x axis ("0", "1", …, "7+").
    QStringList bucketLabels() const;
    QColor axisColor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString tooltipAt(const QPointF &pixel) const;

    std::optional<analytics::HoldoutCheck> m_check;
    QString m_reason;
    double m_unitDays = 7.0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_plot = nullptr;
    QCPTextElement *m_title = nullptr;
};

} // namespace tierwise
