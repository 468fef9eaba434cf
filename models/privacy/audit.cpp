#include "privacy/audit.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::privacy::Audit)
};
} // namespace

namespace tierwise::privacy {

QString currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? Tr::tr("unknown user") : user;
}

Status recordAudit(sqlite3 *db, const QString &action, const QJsonObject &detail)
{
    store::Statement st(db, "INSERT INTO audit (at, user, action, detail) VALUES (?1, ?2, ?3, ?4)");
    if (!st.ok())
        return st.error();
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(2, currentUser())
        .bind(3, action)
        .bind(4, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return st.run();
}

Result<std::vector<AuditEntry>> auditLog(sqlite3 *db, int limit)
{
    store::Statement st(db, "SELECT audit_id, at, ifnull(user, ''), action, ifnull(detail, '{}') FROM audit "
                            "ORDER BY audit_id DESC LIMIT ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, limit);
    std::vector<AuditEntry> out;
    while (st.step())
        out.push_back(AuditEntry{st.int64(0), st.text(1), st.text(2), st.text(3),
                                 QJsonDocument::fromJson(st.text(4).toUtf8()).object()});
    if (!st.error().message.isEmpty())
        return st.error();
    return out;
}

} // namespace tierwise::privacy
