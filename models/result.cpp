#include "result.h"

#include <QCoreApplication>

namespace tierwise {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
        out += QLatin1String(": ");
    }
    out += message;
    if (!columnName.isEmpty())
        out += QCoreApplication::translate("tierwise::Error", " [column %1]").arg(columnName);
    if (!value.isNull())
        out += QCoreApplication::translate("tierwise::Error", " (value '%1')").arg(value);
    return out;
}

} // namespace tierwise
