#pragma once

// The options of the analyses the Analyze menu runs: clustering (k or a range of k, seed,
// restarts) and lifetime value (as-of date, horizon, discount, holdout, value basis). Each
// dialog fills the engine's option struct; defaults are the engine's.

#include "analytics/clv.h"
#include "analytics/segmentation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace tierwise {

class ClusteringDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ClusteringDialog(QWidget *parent = nullptr);
    analytics::SegmentOptions options() const;
    void setFixedK(int k); // for tests and "repeat with k"

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_toLabel = nullptr;
    QLabel *m_rangeNote = nullptr;
    QLabel *m_seedLabel = nullptr;
    QLabel *m_restartsLabel = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_run = nullptr;
    QRadioButton *m_fixed = nullptr;
    QRadioButton *m_range = nullptr;
    QSpinBox *m_k = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_restarts = nullptr;
};

class ClvDialog final : public QDialog
{
    Q_OBJECT

public:
    // latestAsOf: the workspace's latest date (the default as-of date).
    explicit ClvDialog(const QDate &latestAsOf, QWidget *parent = nullptr);
    analytics::ClvOptions options() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QDate m_latestAsOf;
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_horizonLabel = nullptr;
    QLabel *m_discountLabel = nullptr;
    QLabel *m_holdoutLabel = nullptr;
    QLabel *m_basisLabel = nullptr;
    QPushButton *m_run = nullptr;
    QCheckBox *m_latest = nullptr;
    QDateEdit *m_asOf = nullptr;
    QSpinBox *m_horizon = nullptr;
    QDoubleSpinBox *m_discount = nullptr;
    QSpinBox *m_holdout = nullptr;
    QComboBox *m_basis = nullptr;
};

} // namespace tierwise
