#include "i18n/figures.h"

#include "i18n/language.h"

#include <QLocale>

#include <atomic>
#include <cmath>

namespace tierwise::figures {

namespace {

std::atomic<bool> s_chineseUnits{true};

QString dash()
{
    return QStringLiteral("—");
}

// Money in 万 / 亿 (萬 / 億 for "zh_TW").
QString moneyInChineseUnits(double value, const QString &language)
{
    if (!std::isfinite(value))
        return dash();
    const bool traditional = language == QLatin1String("zh_TW");
    const double a = std::fabs(value);
    const QLocale locale;
    // 9,999.5 and above shows in 万 (to 0.01 万 = ¥100), 99,995,000 and above in 亿.
    if (a >= 99'995'000.0)
        return locale.toString(value / 1e8, 'f', 2) + (traditional ? QStringLiteral("億") : QStringLiteral("亿"));
    if (a >= 9'999.5)
        return locale.toString(value / 1e4, 'f', 2) + (traditional ? QStringLiteral("萬") : QStringLiteral("万"));
    return locale.toString(value, 'f', 0);
}

} // namespace

void setChineseUnits(bool on)
{
    s_chineseUnits = on;
}

bool chineseUnits()
{
    return s_chineseUnits;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString number(double value, int decimals)
{
    return std::isfinite(value) ? QLocale().toString(value, 'f', decimals) : dash();
}

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return dash();
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : dash();
}

QString dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return dash();
    return date(when.date()) + QLatin1Char(' ') + QLocale().toString(when.time(), QStringLiteral("HH:mm"));
}

QString money(double value)
{
    if (s_chineseUnits && i18n::chinese())
        return moneyInChineseUnits(value, i18n::current());
    return number(value, 0);
}

} // namespace tierwise::figures
