#include "ingest/mapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::Mapping)
};

} // namespace

namespace tierwise::ingest {
namespace {

QStringList fieldNames()
{
    QStringList names;
    for (int i = 1; i < static_cast<int>(Field::Count_); ++i)
        names << QString::fromLatin1(fieldInfo(static_cast<Field>(i)).name);
    return names;
}

} // namespace

Result<Mapping> Mapping::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("Cannot read the mapping file: %1").arg(f.errorString())).at(path);
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column.
        const QByteArray before = bytes.left(pe.offset);
        const qint64 line = before.count('\n') + 1;
        const int column = static_cast<int>(pe.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error::badInput(Tr::tr("The mapping file is not valid JSON: %1").arg(pe.errorString())).at(path, line, column);
    }
    if (!doc.isObject())
        return Error::badInput(Tr::tr("The mapping file must hold a JSON object.")).at(path);

    Mapping m;
    const QJsonObject root = doc.object();
    const auto fail = [&](const QString &message) { return Error::badInput(message).at(path); };
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("kind")) {
            m.kind = fileKindFromName(it.value().toString());
            if (!m.kind)
                return fail(Tr::tr("Unknown kind '%1'; use branches, products, customers, accounts, balances, "
                                   "holdings or transactions.").arg(it.value().toString()));
        } else if (key == QLatin1String("encoding")) {
            const QString name = it.value().toString();
            if (name.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
                m.encoding = encodingFromName(name);
                if (!m.encoding)
                    return fail(Tr::tr("Unknown encoding '%1'; use utf-8, gb18030 or big5.").arg(name));
            }
        } else if (key == QLatin1String("header")) {
            if (!it.value().isBool())
                return fail(Tr::tr("\"header\" must be true or false."));
            m.hasHeader = it.value().toBool();
        } else if (key == QLatin1String("columns")) {
            if (!it.value().isObject())
                return fail(Tr::tr("\"columns\" must be an object of header → field."));
            const QJsonObject cols = it.value().toObject();
            for (auto c = cols.begin(); c != cols.end(); ++c) {
                ColumnRule rule;
                const QJsonValue v = c.value();
                QString fieldName;
                if (v.isNull() || (v.isString() && v.toString() == QLatin1String("skip"))) {
                    fieldName.clear();
                } else if (v.isString()) {
                    fieldName = v.toString();
                } else if (v.isObject()) {
                    const QJsonObject o = v.toObject();
                    for (auto k = o.begin(); k != o.end(); ++k) {
                        if (k.key() != QLatin1String("field") && k.key() != QLatin1String("format")
                            && k.key() != QLatin1String("values") && k.key() != QLatin1String("skip"))
                            return fail(Tr::tr("Column '%1': unknown key '%2' (use field, format, values or skip).")
                                            .arg(c.key(), k.key()));
                    }
                    if (!o.value(QLatin1String("skip")).toBool())
                        fieldName = o.value(QLatin1String("field")).toString();
                    rule.dateFormat = o.value(QLatin1String("format")).toString();
                    const QJsonValue values = o.value(QLatin1String("values"));
                    if (!values.isUndefined() && !values.isObject())
                        return fail(Tr::tr("Column '%1': \"values\" must be an object of value → replacement.").arg(c.key()));
                    const QJsonObject vm = values.toObject();
                    for (auto e = vm.begin(); e != vm.end(); ++e) {
                        if (!e.value().isString())
                            return fail(Tr::tr("Column '%1': the replacement for '%2' must be a string.").arg(c.key(), e.key()));
                        rule.values.emplace(e.key().trimmed().toStdString(), e.value().toString().toStdString());
                    }
                    if (fieldName.isEmpty() && !o.value(QLatin1String("skip")).toBool())
                        return fail(Tr::tr("Column '%1': name the \"field\" or set \"skip\": true.").arg(c.key()));
                } else {
                    return fail(Tr::tr("Column '%1': expected a field name, an object or null.").arg(c.key()));
                }
                if (!fieldName.isEmpty()) {
                    const std::optional<Field> field = fieldFromName(fieldName);
                    if (!field)
                        return fail(Tr::tr("Column '%1': unknown field '%2'. Known fields: %3.")
                                        .arg(c.key(), fieldName, fieldNames().join(QStringLiteral(", "))));
                    rule.field = *field;
                }
                if (!rule.dateFormat.isEmpty()) {
                    const ValueType t = fieldInfo(rule.field).type;
                    if (t != ValueType::Date && t != ValueType::Month)
                        return fail(Tr::tr("Column '%1': a \"format\" applies only to date fields.").arg(c.key()));
                }
                m.columns.insert(c.key().trimmed(), rule);
            }
        } else {
            return fail(Tr::tr("Unknown key '%1' (use kind, encoding, header and columns).").arg(key));
        }
    }
    if (!m.hasHeader) {
        for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it) {
            bool isNumber = false;
            const int n = it.key().toInt(&isNumber);
            if (!isNumber || n < 1)
                return fail(Tr::tr("Without a header row, columns are named by number (\"1\", \"2\", …), not '%1'.").arg(it.key()));
        }
    }
    return m;
}

} // namespace tierwise::ingest
