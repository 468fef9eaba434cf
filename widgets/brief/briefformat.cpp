#include "brief/briefformat.h"

#include "i18n/language.h"

#include <cmath>

namespace tierwise {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

struct Unit
{
    double scale;
    const char16_t *suffix;
};

} // namespace

BriefFormat::BriefFormat(const QString &language)
    : m_language(languages().contains(language) ? language : QStringLiteral("en")),
      m_locale(m_language == QLatin1String("zh_CN")   ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
               : m_language == QLatin1String("zh_TW") ? QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates))
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

QStringList BriefFormat::languages()
{
    return i18n::languages();
}

QString BriefFormat::nativeName(const QString &language)
{
    return i18n::nativeName(language);
}

QString BriefFormat::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString BriefFormat::percent(double share, int decimals) const
{
    if (!std::isfinite(share))
        return dash();
    // A small share that would round to 0 says so: "<0.1%".
    const double smallest = std::pow(10.0, -decimals);
    if (share > 0 && share * 100.0 < smallest / 2)
        return QLatin1Char('<') + m_locale.toString(smallest, 'f', decimals) + QLatin1Char('%');
    return m_locale.toString(share * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString BriefFormat::decimal(double value, int decimals) const
{
    return std::isfinite(value) ? m_locale.toString(value, 'f', decimals) : dash();
}

QString BriefFormat::money(double value) const
{
    if (!std::isfinite(value))
        return dash();
    const double a = std::fabs(value);
    static const Unit en[] = {{1e9, u"B"}, {1e6, u"M"}, {1e3, u"K"}};
    static const Unit cn[] = {{1e8, u"亿"}, {1e4, u"万"}};
    static const Unit tw[] = {{1e8, u"億"}, {1e4, u"萬"}};
    const bool zh = m_language.startsWith(QLatin1String("zh"));
    const Unit *units = zh ? (m_language == QLatin1String("zh_TW") ? tw : cn) : en;
    const int unitCount = zh ? 2 : 3;
    for (int i = 0; i < unitCount; ++i) {
        if (a >= units[i].scale * 0.9995) {
            const double v = value / units[i].scale;
            const double av = std::fabs(v);
            const int decimals = av >= 100 ? 0 : av >= 10 ? 1 : 2;
            return m_locale.toString(v, 'f', decimals) + QString::fromUtf16(units[i].suffix);
        }
    }
    return m_locale.toString(value, 'f', a >= 100 || a == 0 ? 0 : a >= 10 ? 1 : 2);
}

QString BriefFormat::moneyTick(double value) const
{
    const bool zh = m_language.startsWith(QLatin1String("zh"));
    const double a = std::fabs(value);
    if (a < (zh ? 1e4 : 1e3))
        return m_locale.toString(value, 'g', 6);
    // Whole numbers of the unit (10K, 100万, 1亿).
    QString s = money(value);
    for (const QString &zeros : {QStringLiteral(".00"), QStringLiteral(".0")})
        s.replace(zeros, QString());
    return s;
}

} // namespace tierwise
