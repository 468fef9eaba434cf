#pragma once

// The languages Tierwise speaks — English, Simplified Chinese (mainland) and Traditional Chinese
// (Hong Kong, Taiwan) — and the one place that installs their catalogues. The GUI's Settings ▸
// Language and the CLI's --lang both come here, so the two pick the same language for the same
// locale and show figures the same way.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tierwise::i18n {

// The shipped languages: "en", "zh_CN", "zh_TW".
QStringList languages();

// The language's own name, as a language menu lists it: English, 简体中文, 繁體中文.
QString nativeName(const QString &language);

// The shipped language for a locale: Traditional Chinese for zh_TW, zh_HK, zh_MO and any
// Hant locale; Simplified for other Chinese; English for everything else.
QString languageForLocale(const QLocale &locale);

// The shipped language the system asks for: the first of the user's interface languages
// (LANGUAGE, then LC_ALL / LC_MESSAGES / LANG on Unix) that is English or Chinese; English if none.
QString systemLanguage();

// A language code as a user types it ("zh-CN", "zh_cn", "zh_Hant", "zh-HK", "EN", "en_GB") as a
// shipped language; an empty string when it names none.
QString parseLanguage(const QString &code);

// The locale figures and dates are shown in for a language: the system's own where it speaks
// that language (en_GB keeps day-first dates, zh_HK its formats), else the language's home
// locale (en_US, zh_CN, zh_TW).
QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());

// Installs the language's catalogues (Tierwise's, built into the binary as
// :/i18n/tierwise_<lang>.qm, and Qt's own from the system) into the application in place of the
// ones an earlier call installed, and makes localeFor(language) the default QLocale. Qt then
// sends every widget a LanguageChange event. Call on the application's thread. Returns false
// (and installs English) if the language is not a shipped one.
bool install(const QString &language);

// The language install() last installed ("en" before any call).
QString current();

// Whether current() is a Chinese language.
bool chinese();

} // namespace tierwise::i18n
