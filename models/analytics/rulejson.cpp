#include "analytics/rulejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::RuleJson)
};

constexpr double kMaxWhole = 1e9; // whole numbers beyond this are rejected (they would not fit an int)

QString keyString(const char *key)
{
    return QLatin1String(key);
}

QString defaultsPath(const char *name)
{
    return QStringLiteral(":/tierwise/defaults/%1.json").arg(QLatin1String(name));
}

} // namespace

namespace tierwise::analytics::rulejson {

Status read(const QJsonObject &object, const char *key, double &out)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    Result<double> r = number(v, keyString(key));
    if (!r)
        return r.error();
    out = r.value();
    return {};
}

Status read(const QJsonObject &object, const char *key, int &out)
{
    Result<std::optional<int>> r = wholeNumber(object.value(QLatin1String(key)), keyString(key));
    if (!r)
        return r.error();
    out = r.value().value_or(out);
    return {};
}

Status read(const QJsonObject &object, const char *key, bool &out)
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (v.isUndefined())
        return {};
    if (!v.isBool())
        return Error::badInput(Tr::tr("\"%1\" must be true or false.").arg(keyString(key)));
    out = v.toBool();
    return {};
}

Result<double> number(const QJsonValue &value, const QString &path)
{
    if (!value.isDouble())
        return Error::badInput(Tr::tr("\"%1\" must be a number.").arg(path));
    return value.toDouble();
}

Result<std::optional<int>> wholeNumber(const QJsonValue &value, const QString &path)
{
    if (value.isUndefined())
        return std::optional<int>();
    const double d = value.toDouble();
    if (!value.isDouble() || d != std::floor(d) || std::fabs(d) > kMaxWhole)
        return Error::badInput(Tr::tr("\"%1\" must be a whole number.").arg(path));
    return std::optional<int>(static_cast<int>(d));
}

Status checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed, const QString &where,
                 const QString &what)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &k = it.key();
        const bool known = k == QLatin1String("comment")
            || std::any_of(allowed.begin(), allowed.end(), [&](const char *a) { return k == QLatin1String(a); });
        if (!known)
            return Error::badInput(
                Tr::tr("\"%1\": unknown key in %2.").arg(where.isEmpty() ? k : where + QLatin1Char('.') + k, what));
    }
    return {};
}

Result<QJsonObject> parseObject(const QByteArray &json, const QString &what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(Tr::tr("%1 are not valid JSON: %2").arg(what, pe.errorString()));
    if (!doc.isObject())
        return Error::badInput(Tr::tr("%1 must be a JSON object.").arg(what));
    return doc.object();
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject defaultsObject(const char *name)
{
    QFile file(defaultsPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Result<QJsonObject> readDefaults(const char *name)
{
    QFile file(defaultsPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(Tr::tr("The file is missing."));
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return Error::internal(Tr::tr("The file is not a JSON object."));
    return doc.object();
}

void warnDefaults(const char *name, const Error &error)
{
    qWarning("%s: %s", qUtf8Printable(defaultsPath(name)), qUtf8Printable(error.message));
}

Status atLeast(const char *key, double value, double min)
{
    if (std::isfinite(value) && value >= min)
        return {};
    return Error::badInput(Tr::tr("\"%1\" must be a number of at least %2 (it is %3).")
                               .arg(keyString(key))
                               .arg(min)
                               .arg(value));
}

Status within(const char *key, double value, double min, double max)
{
    if (std::isfinite(value) && value >= min && value <= max)
        return {};
    return Error::badInput(Tr::tr("\"%1\" must be a number from %2 to %3 (it is %4).")
                               .arg(keyString(key))
                               .arg(min)
                               .arg(max)
                               .arg(value));
}

} // namespace tierwise::analytics::rulejson
