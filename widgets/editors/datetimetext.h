#pragma once

// A date and time of day as the editors show them (saved versions, campaigns created): the
// locale's short date (figures::date) and its short time. Qt 6.4 does not know CLDR's day period
// "B" that zh_TW's short time format uses ("Bh:mm" shows "B6:08"); it is shown as AM/PM ("下午6:08")
// as zh_HK's format does.

#include "i18n/figures.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace tierwise {

inline QString dateTimeText(const QDateTime &t)
{
    if (!t.isValid())
        return figures::date(QDate());
    const QLocale locale;
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (time.contains(QLatin1Char('B')) && !time.contains(QLatin1Char('\'')))
        time.replace(QLatin1Char('B'), QLatin1String("AP"));
    return figures::date(t.date()) + QLatin1Char(' ') + locale.toString(t.time(), time);
}

} // namespace tierwise
