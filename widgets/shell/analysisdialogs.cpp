#include "shell/analysisdialogs.h"

#include "ingest/values.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tierwise {

namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
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
    setWindowTitle(tr("Cluster the Customers"));
    const analytics::SegmentOptions defaults;
    auto *form = new QFormLayout;
    m_range = new QRadioButton(tr("Try every &k from"));
    m_fixed = new QRadioButton(tr("&Fixed k"));
    m_range->setChecked(true);
    m_from = spin(2, 50, defaults.kFrom);
    m_to = spin(2, 50, defaults.kTo);
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to")));
    range->addWidget(m_to);
    range->addWidget(new QLabel(tr("(the best silhouette wins)")));
    form->addRow(m_range, range);
    m_k = spin(2, 50, 5);
    m_k->setEnabled(false);
    form->addRow(m_fixed, m_k);
    connect(m_fixed, &QRadioButton::toggled, m_k, &QWidget::setEnabled);
    connect(m_fixed, &QRadioButton::toggled, m_from, &QWidget::setDisabled);
    connect(m_fixed, &QRadioButton::toggled, m_to, &QWidget::setDisabled);
    connect(m_from, &QSpinBox::valueChanged, this, [this](int v) { m_to->setMinimum(v); });
    m_seed = spin(0, 2147483647, int(defaults.seed));
    m_seed->setToolTip(tr("The same seed gives the same clusters"));
    form->addRow(tr("&Seed:"), m_seed);
    m_restarts = spin(1, 1000, defaults.restarts);
    form->addRow(tr("&Restarts:"), m_restarts);
    auto *note = new QLabel(tr("Features: age, tenure, recency, frequency, spend, AUM, products, mobile and counter "
                               "shares; standardised, money on a log scale."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(okCancel(this, tr("&Run")));
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

ClvDialog::ClvDialog(const QDate &latestAsOf, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Estimate Lifetime Value"));
    const analytics::ClvOptions defaults;
    auto *form = new QFormLayout;
    m_latest = new QCheckBox(tr("The latest date in the workspace (%1)").arg(QLocale().toString(latestAsOf, QLocale::ShortFormat)));
    m_latest->setChecked(true);
    form->addRow(tr("As of:"), m_latest);
    m_asOf = new QDateEdit(latestAsOf.isValid() ? latestAsOf : QDate::currentDate());
    m_asOf->setCalendarPopup(true);
    m_asOf->setEnabled(false);
    connect(m_latest, &QCheckBox::toggled, m_asOf, &QWidget::setDisabled);
    form->addRow(QString(), m_asOf);
    m_horizon = spin(1, 600, defaults.horizonMonths);
    m_horizon->setSuffix(tr(" months"));
    form->addRow(tr("&Horizon:"), m_horizon);
    m_discount = new QDoubleSpinBox;
    m_discount->setRange(0, 20);
    m_discount->setDecimals(2);
    m_discount->setSingleStep(0.25);
    m_discount->setSuffix(tr(" % a month"));
    m_discount->setValue(defaults.discountMonthly * 100);
    form->addRow(tr("&Discount:"), m_discount);
    m_holdout = spin(0, 120, defaults.holdoutMonths);
    m_holdout->setSuffix(tr(" months"));
    m_holdout->setSpecialValueText(tr("No holdout check"));
    m_holdout->setToolTip(tr("Refit the model this many months before the as-of date and compare its predictions with what happened"));
    form->addRow(tr("Hold&out check:"), m_holdout);
    m_basis = new QComboBox;
    m_basis->addItem(tr("Margin CLV (balances × margins)"));
    m_basis->addItem(tr("Transaction CLV (BG/NBD + Gamma-Gamma)"));
    form->addRow(tr("&Value bands by:"), m_basis);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("&Run")));
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
    o.valueBasis = m_basis->currentIndex() == 0 ? analytics::ClvOptions::ValueBasis::Margin
                                                : analytics::ClvOptions::ValueBasis::Transaction;
    return o;
}

} // namespace tierwise
