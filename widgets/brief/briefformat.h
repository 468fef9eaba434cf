#pragma once

// Numbers as a printed brief shows them in its language (en, zh_CN, zh_TW): counts with
// thousands separators ("12,345"), shares as "12.3%", money abbreviated the way readers of that
// language count (en: 1.23K / 4.56M / 7.89B; zh_CN: 1.23万 / 4.56亿; zh_TW: 1.23萬 / 4.56億).
// Plain value functions: usable on any thread.

#include <QLocale>
#include <QString>

namespace tierwise {

class BriefFormat
{
public:
    explicit BriefFormat(const QString &language = QStringLiteral("en"));

    const QString &language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }

    QString count(qint64 n) const;                       // "12,345"
    QString percent(double share, int decimals = 1) const; // 0.123 → "12.3%"; "—" if not finite
    QString money(double value) const;                   // three significant digits with the unit
    QString moneyTick(double value) const;               // a power of ten on a log axis: "10K", "10万"
    QString decimal(double value, int decimals) const;   // "0.42"; "—" if not finite

    // The languages a brief can be printed in: "en", "zh_CN", "zh_TW".
    static QStringList languages();
    // The language's own name: English, 简体中文, 繁體中文.
    static QString nativeName(const QString &language);

private:
    QString m_language;
    QLocale m_locale;
};

} // namespace tierwise
