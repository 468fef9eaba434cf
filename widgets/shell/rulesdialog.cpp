#include "shell/rulesdialog.h"

#include "analytics/lifecycle.h"
#include "planning/strategy.h"
#include "analytics/margin.h"
#include "analytics/nextbest.h"
#include "analytics/tiers.h"
#include "analytics/warnings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace tierwise {

namespace {

struct SetInfo
{
    const char *file;
    std::function<QString()> title;
    std::function<QByteArray()> defaults;
    std::function<Status(const QByteArray &)> check;
};

template<typename Rules>
Status checkJson(const QByteArray &json)
{
    const Result<Rules> r = Rules::fromJsonBytes(json);
    return r ? Status() : Status(r.error());
}

const SetInfo &info(RulesDialog::RuleSet set)
{
    static const SetInfo sets[] = {
        {"tiers.json", [] { return RulesDialog::tr("Value tiers"); },
         [] { return analytics::TierRuleSet::defaults().toJsonBytes(); }, checkJson<analytics::TierRuleSet>},
        {"margin_rates.json", [] { return RulesDialog::tr("Margin rates"); },
         [] { return analytics::MarginRates::defaults().toJsonBytes(); }, checkJson<analytics::MarginRates>},
        {"lifecycle_rules.json", [] { return RulesDialog::tr("Lifecycle stages"); },
         [] { return analytics::LifecycleRules::defaults().toJsonBytes(); }, checkJson<analytics::LifecycleRules>},
        {"warning_rules.json", [] { return RulesDialog::tr("Early-warning thresholds"); },
         [] { return analytics::WarningRules::defaults().toJsonBytes(); }, checkJson<analytics::WarningRules>},
        {"product_rules.json", [] { return RulesDialog::tr("Next-best product rules"); },
         [] { return analytics::ProductRules::defaults().toJsonBytes(); }, checkJson<analytics::ProductRules>},
        {"pricing_limits.json", [] { return RulesDialog::tr("Strategy pricing limits"); },
         [] { return planning::PricingLimits::defaults().toJsonBytes(); }, checkJson<planning::PricingLimits>},
    };
    return sets[static_cast<int>(set)];
}

QString savedPath(RulesDialog::RuleSet set)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/rules");
    return QDir(dir).filePath(QLatin1String(info(set).file));
}

} // namespace

QString RulesDialog::rulesFile(RuleSet set)
{
    const QString path = savedPath(set);
    return QFile::exists(path) ? path : QString();
}

QByteArray RulesDialog::currentJson(RuleSet set)
{
    QFile f(savedPath(set));
    if (f.open(QIODevice::ReadOnly))
        return f.readAll();
    return info(set).defaults();
}

Status RulesDialog::save(RuleSet set, const QByteArray &json)
{
    if (Status s = info(set).check(json); !s)
        return s;
    const QString path = savedPath(set);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(path, f.errorString())).at(path);
    f.write(json);
    if (!f.commit())
        return Error::io(tr("Cannot write %1: %2").arg(path, f.errorString())).at(path);
    return {};
}

void RulesDialog::restoreDefaults(RuleSet set)
{
    QFile::remove(savedPath(set));
}

RulesDialog::RulesDialog(QWidget *parent) : QDialog(parent)
{
    m_sets = new QListWidget;
    for (int i = 0; i < int(RuleSet::Count_); ++i)
        m_sets->addItem(QString());
    m_sets->setMaximumWidth(220);
    m_editor = new QPlainTextEdit;
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(QString(), QDialogButtonBox::ApplyRole);
    m_defaults = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &RulesDialog::apply);
    connect(m_defaults, &QPushButton::clicked, this, [this] {
        restoreDefaults(RuleSet(m_current));
        showSet(m_current);
        setMessage(Message::Restored);
    });
    connect(m_sets, &QListWidget::currentRowChanged, this, &RulesDialog::showSet);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &RulesDialog::check);

    m_note = new QLabel;
    m_note->setWordWrap(true);
    auto *right = new QVBoxLayout;
    right->addWidget(m_editor, 1);
    right->addWidget(m_message);
    auto *top = new QHBoxLayout;
    top->addWidget(m_sets);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
    retranslate();
    resize(900, 600);
    m_sets->setCurrentRow(0);
}

void RulesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RulesDialog::retranslate()
{
    setWindowTitle(tr("Rules"));
    for (int i = 0; i < int(RuleSet::Count_); ++i)
        m_sets->item(i)->setText(info(RuleSet(i)).title());
    m_save->setText(tr("&Save"));
    m_defaults->setText(tr("Restore &Defaults"));
    m_note->setText(tr("Analyses started from the Analyze menu use these rules. Amounts are in currency units, "
                       "shares are fractions (0.30 = 30 %). A mistake is named by its key and nothing is saved."));
    if (m_shown == Message::Invalid && m_current >= 0) {
        // The engine names the mistake in the language of the check: check again.
        const Status s = info(RuleSet(m_current)).check(m_editor->toPlainText().toUtf8());
        if (!s)
            m_detail = s.error().message;
    }
    showMessage();
}

void RulesDialog::choose(RuleSet set)
{
    m_sets->setCurrentRow(int(set));
}

QString RulesDialog::message() const
{
    return m_message->text();
}

void RulesDialog::setMessage(Message message, const QString &detail)
{
    m_shown = message;
    m_detail = detail;
    showMessage();
}

void RulesDialog::showMessage()
{
    switch (m_shown) {
    case Message::None: m_message->clear(); break;
    case Message::Shipped: m_message->setText(tr("The shipped rules.")); break;
    case Message::Saved: m_message->setText(tr("Your saved rules.")); break;
    case Message::Restored: m_message->setText(tr("The shipped rules are in use again.")); break;
    case Message::Invalid: m_message->setText(tr("Not valid: %1").arg(m_detail)); break;
    case Message::Valid: m_message->setText(tr("Valid.")); break;
    case Message::SavedNow: m_message->setText(tr("Saved; the next analyses use these rules.")); break;
    case Message::NotSaved: m_message->setText(tr("Not saved: %1").arg(m_detail)); break;
    }
}

void RulesDialog::showSet(int index)
{
    if (index < 0)
        return;
    m_current = index;
    m_editor->setPlainText(QString::fromUtf8(currentJson(RuleSet(index))));
    setMessage(rulesFile(RuleSet(index)).isEmpty() ? Message::Shipped : Message::Saved);
}

void RulesDialog::check()
{
    const Status s = info(RuleSet(m_current)).check(m_editor->toPlainText().toUtf8());
    m_save->setEnabled(s.ok());
    if (!s)
        setMessage(Message::Invalid, s.error().message);
    else if (m_invalid)
        setMessage(Message::Valid);
    m_invalid = !s.ok();
}

bool RulesDialog::apply()
{
    const Status s = save(RuleSet(m_current), m_editor->toPlainText().toUtf8());
    if (s)
        setMessage(Message::SavedNow);
    else
        setMessage(Message::NotSaved, s.error().message);
    return s.ok();
}

} // namespace tierwise
