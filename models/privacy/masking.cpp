#include "privacy/masking.h"

namespace tierwise::privacy {

QString maskName(const QString &name)
{
    if (name.isEmpty())
        return name;
    // Keep the first user-perceived character (a surrogate pair counts as one).
    const qsizetype first = name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
    qsizetype rest = 0;
    for (qsizetype i = first; i < name.size(); ++i)
        if (!name.at(i).isLowSurrogate())
            ++rest;
    return name.left(first) + QString(rest, u'*');
}

QString maskId(const QString &id)
{
    const qsizetype n = id.size();
    if (n <= 4)
        return QString(n, u'*');
    qsizetype keep = n > 8 ? 4 : 2;
    while (2 * keep > n / 2 && keep > 1)
        --keep;
    return id.left(keep) + QString(n - 2 * keep, u'*') + id.right(keep);
}

} // namespace tierwise::privacy
