#pragma once

// The user interface's language and the way it shows figures, switched while the application
// runs. applyLanguage() installs the catalogues (i18n::install), and Qt sends every widget a
// LanguageChange event; widgets set their texts again in changeEvent() or, simpler, in a
// function given to bindTranslation(), which also reaches objects that get no such event (item
// models, actions, menus).

#include "shell/preference.h"

#include <QObject>
#include <QString>

#include <functional>

namespace tierwise {

// Settings ▸ Language: "system" (the system locale's language, the default), "en", "zh_CN" or
// "zh_TW"; and whether Chinese shows money in 万 / 亿.
extern Preference<QString> languagePreference;
extern Preference<bool> chineseUnitsPreference;

// The language a choice stands for: "system" (or anything unknown) → the system locale's.
QString languageOfChoice(const QString &choice);

// Switches the application to choice ("system", "en", "zh_CN", "zh_TW") and, unless told not to,
// remembers it for the next start. Every window retranslates; figures follow the language's
// locale. Call on the GUI thread.
void applyLanguage(const QString &choice, bool remember = true);
QString languageChoice(); // the choice applyLanguage() last applied ("system" before any)

// Shows money in 万 / 亿 (萬 / 億) when the language is Chinese, or in full; every window
// shows its figures again.
void setChineseMoneyUnits(bool on, bool remember = true);

// Calls setTexts now and again after every change of language or figure format, until context is
// destroyed (then never again). setTexts runs on the GUI thread; it sets the texts with tr().
void bindTranslation(QObject *context, std::function<void()> setTexts);

// Tells every window that the language or the figure format changed: bound functions run at once,
// widgets get a LanguageChange event from the event loop.
void notifyLanguageChanged();

} // namespace tierwise
