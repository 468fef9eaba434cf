#pragma once

// The audit log (DESIGN.md §6): who exported what unmasked, and when. Entries are only ever
// added; the workspace keeps them with the data they are about.

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <vector>

struct sqlite3;

namespace tierwise::privacy {

// The operating-system user running Tierwise ("unknown user" if the environment does not say).
QString currentUser();

struct AuditEntry
{
    qint64 id = 0;
    QString at;     // ISO 8601, UTC
    QString user;
    QString action; // "export.unmasked", …
    QJsonObject detail;
};

// Adds an entry now, as the current user. Call it inside the transaction of what it records
// when there is one, so that both are kept or neither.
Status recordAudit(sqlite3 *db, const QString &action, const QJsonObject &detail);
// The newest entries first.
Result<std::vector<AuditEntry>> auditLog(sqlite3 *db, int limit = 1000);

} // namespace tierwise::privacy
