#include "result.h"

#include <QCoreApplication>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::Error)
};

} // namespace

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
        out += Tr::tr(" [column %1]").arg(columnName);
    if (!value.isNull())
        out += Tr::tr(" (value '%1')").arg(value);
    return out;
}

} // namespace tierwise
