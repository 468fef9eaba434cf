#pragma once

// Figures as the user interface shows them, in the language and locale i18n::install() set:
// counts and money with the locale's thousands separators ("1,234,567", "1.234.567"), dates in
// its short format, and — for Chinese, when the user asked for it — money counted in 万 / 亿
// (萬 / 億 in Traditional) the way Chinese bank reports do ("123.46万", "1.23亿").
// Functions of values: usable on any thread (they read the default QLocale).

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tierwise::figures {

// Whether money is shown in 万 / 亿 when the language is Chinese (default: yes). English is
// never affected.
void setChineseUnits(bool on);
bool chineseUnits();

QString count(qint64 n);                       // "12,345"
QString money(double value);                   // "1,234,568" or "123.46万"; "—" if not finite
QString number(double value, int decimals);    // "0.42"; "—" if not finite
QString percent(double share, int decimals = 1); // 0.123 → "12.3 %"; "—" if not finite
QString date(const QDate &date);               // the locale's short date
// The short date and the time on a 24-hour clock ("2026/11/24 18:23"). Not the locale's short
// date-time format: Qt 6.4 prints zh_TW's day period (上午 / 下午, pattern "B") as a letter B.
QString dateTime(const QDateTime &when);

} // namespace tierwise::figures
