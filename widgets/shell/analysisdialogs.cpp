#include "shell/analysisdialogs.h"

#include "i18n/figures.h"
#include "ingest/values.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tierwise {

namespace {

// OK (renamed by the caller, returned) and Cancel (Qt's own text).
QPushButton *addOkCancel(QDialog *dialog, QLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons->button(QDialogButtonBox::Ok);
}

// A form row whose label names its field (for the mnemonic); the label is returned.
QLabel *addRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

QSpinBox *spin(int from, int to, int value)
{
    auto *s = new QSpinBox;
    s->setRange(from, to);
    s->setValue(value);
    return s;
}

} // namespace

ClusteringDialog::ClusteringDialog(QWidget *parent) : QDialog(parent)
{
    const analytics::SegmentOptions defaults;
    auto *form = new QFormLayout;
    m_range = new QRadioButton;
    m_fixed = new QRadioButton;
    m_range->setChecked(true);
    m_from = spin(2, 50, defaults.kFrom);
    m_to = spin(2, 50, defaults.kTo);
    m_toLabel = new QLabel;
    m_rangeNote = new QLabel;
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(m_toLabel);
    range->addWidget(m_to);
    range->addWidget(m_rangeNote);
    form->addRow(m_range, range);
    m_k = spin(2, 50, 5);
    m_k->setEnabled(false);
    form->addRow(m_fixed, m_k);
    connect(m_fixed, &QRadioButton::toggled, m_k, &QWidget::setEnabled);
    connect(m_fixed, &QRadioButton::toggled, m_from, &QWidget::setDisabled);
    connect(m_fixed, &QRadioButton::toggled, m_to, &QWidget::setDisabled);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int v) { m_to->setMinimum(v); });
    m_seed = spin(0, 2147483647, int(defaults.seed));
    m_seedLabel = addRow(form, m_seed);
    m_restarts = spin(1, 1000, defaults.restarts);
    m_restartsLabel = addRow(form, m_restarts);
    m_note = new QLabel;
    m_note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    m_run = addOkCancel(this, layout);
    retranslate();
}

void ClusteringDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ClusteringDialog::retranslate()
{
    setWindowTitle(tr("Cluster the Customers"));
    m_range->setText(tr("Try every &k from"));
    m_fixed->setText(tr("&Fixed k"));
    m_toLabel->setText(tr("to"));
    m_rangeNote->setText(tr("(the best silhouette wins)"));
    m_seed->setToolTip(tr("The same seed gives the same clusters"));
    m_seedLabel->setText(tr("&Seed:"));
    m_restartsLabel->setText(tr("&Restarts:"));
    m_note->setText(tr("Features: age, tenure, recency, frequency, spend, AUM, products, mobile and counter "
                       "shares; standardised, money on a log scale."));
    m_run->setText(tr("&Run"));
}

void ClusteringDialog::setFixedK(int k)
{
    m_fixed->setChecked(true);
    m_k->setValue(k);
}

analytics::SegmentOptions ClusteringDialog::options() const
{
    analytics::SegmentOptions o;
    o.method = analytics::SegmentMethod::KMeans;
    o.k = m_fixed->isChecked() ? m_k->value() : 0;
    o.kFrom = m_from->value();
    o.kTo = m_to->value();
    o.seed = quint64(m_seed->value());
    o.restarts = m_restarts->value();
    return o;
}

ClvDialog::ClvDialog(const QDate &latestAsOf, QWidget *parent) : QDialog(parent), m_latestAsOf(latestAsOf)
{
    const analytics::ClvOptions defaults;
    auto *form = new QFormLayout;
    m_latest = new QCheckBox;
    m_latest->setChecked(true);
    m_asOfLabel = new QLabel;
    form->addRow(m_asOfLabel, m_latest);
    m_asOf = new QDateEdit(latestAsOf.isValid() ? latestAsOf : QDate::currentDate());
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    connect(m_latest, &QCheckBox::toggled, m_asOf, &QWidget::setDisabled);
    form->addRow(QString(), m_asOf);
    m_horizon = spin(1, 600, defaults.horizonMonths);
    m_horizonLabel = addRow(form, m_horizon);
    m_discount = new QDoubleSpinBox;
    m_discount->setRange(0, 20);
    m_discount->setDecimals(2);
    m_discount->setSingleStep(0.25);
    m_discount->setValue(defaults.discountMonthly * 100);
    m_discountLabel = addRow(form, m_discount);
    m_holdout = spin(0, 120, defaults.holdoutMonths);
    m_holdoutLabel = addRow(form, m_holdout);
    m_basis = new QComboBox;
    m_basis->addItem(QString(), int(analytics::ClvOptions::ValueBasis::Margin));
    m_basis->addItem(QString(), int(analytics::ClvOptions::ValueBasis::Transaction));
    m_basisLabel = addRow(form, m_basis);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_run = addOkCancel(this, layout);
    retranslate();
}

void ClvDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ClvDialog::retranslate()
{
    setWindowTitle(tr("Estimate Lifetime Value"));
    m_latest->setText(tr("The latest date in the workspace (%1)").arg(figures::date(m_latestAsOf)));
    m_asOfLabel->setText(tr("As of:"));
    m_horizon->setSuffix(tr(" months"));
    m_horizonLabel->setText(tr("&Horizon:"));
    m_discount->setSuffix(tr(" % a month"));
    m_discountLabel->setText(tr("&Discount:"));
    m_holdout->setSuffix(tr(" months"));
    m_holdout->setSpecialValueText(tr("No holdout check"));
    m_holdout->setToolTip(tr("Refit the model this many months before the as-of date and compare its predictions with what happened"));
    m_holdoutLabel->setText(tr("Hold&out check:"));
    m_basis->setItemText(0, tr("Margin CLV (balances × margins)"));
    m_basis->setItemText(1, tr("Transaction CLV (BG/NBD + Gamma-Gamma)"));
    m_basisLabel->setText(tr("&Value bands by:"));
    m_run->setText(tr("&Run"));
}

analytics::ClvOptions ClvDialog::options() const
{
    analytics::ClvOptions o;
    if (!m_latest->isChecked()) {
        const QDate d = m_asOf->date();
        o.asOf = ingest::dayFromCivil(d.year(), d.month(), d.day());
    }
    o.horizonMonths = m_horizon->value();
    o.discountMonthly = m_discount->value() / 100.0;
    o.holdoutMonths = m_holdout->value();
    o.valueBasis = static_cast<analytics::ClvOptions::ValueBasis>(m_basis->currentData().toInt());
    return o;
}

} // namespace tierwise
