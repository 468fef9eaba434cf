#include "shell/language.h"

#include "i18n/figures.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QEvent>

namespace tierwise {

Preference<QString> languagePreference{"Shell/Language", QStringLiteral("system")};
Preference<bool> chineseUnitsPreference{"Shell/ChineseMoneyUnits", true};

namespace {

// The one object bound functions listen to: a signal per change, not an event filter per binding.
class LanguageHub final : public QObject
{
    Q_OBJECT
public:
    static LanguageHub &instance()
    {
        static LanguageHub hub;
        return hub;
    }
signals:
    void changed();
};

QString &choiceApplied()
{
    static QString choice = QStringLiteral("system");
    return choice;
}

} // namespace

QString languageOfChoice(const QString &choice)
{
    const QString parsed = choice == QLatin1String("system") ? QString() : i18n::parseLanguage(choice);
    return parsed.isEmpty() ? i18n::systemLanguage() : parsed;
}

void applyLanguage(const QString &choice, bool remember)
{
    const QString parsed = i18n::parseLanguage(choice); // "system" parses as no language
    const QString normalized = parsed.isEmpty() ? QStringLiteral("system") : parsed;
    choiceApplied() = normalized;
    if (remember)
        languagePreference = normalized;
    i18n::install(languageOfChoice(normalized));
    LanguageHub::instance().changed();
}

QString languageChoice()
{
    return choiceApplied();
}

void setChineseMoneyUnits(bool on, bool remember)
{
    if (remember)
        chineseUnitsPreference = on;
    if (figures::chineseUnits() == on)
        return;
    figures::setChineseUnits(on);
    notifyLanguageChanged();
}

void bindTranslation(QObject *context, std::function<void()> setTexts)
{
    setTexts();
    QObject::connect(&LanguageHub::instance(), &LanguageHub::changed, context, std::move(setTexts));
}

void notifyLanguageChanged()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent event(QEvent::LanguageChange);
        QCoreApplication::sendEvent(app, &event); // QApplication posts it to every window
    }
    LanguageHub::instance().changed();
}

} // namespace tierwise

#include "language.moc"
