#pragma once

// Internal to the analytics engine: reading the engine's editable JSON rule files (lifecycle
// rules, warning rules, margin rates, product rules). Errors name the offending JSON key and are
// translated in the context tierwise::analytics::RuleJson.
//
// "Flat" rule sets (LifecycleRules, WarningRules) are one JSON object of numbers and booleans.
// Their source file defines, in namespace tierwise::analytics (found by argument-dependent
// lookup), forEachField(rules, fn) for the rule set, const or not, calling fn("json_key",
// rules.field) once per field (double, int or bool) in the documented order; the flat templates
// below then give toJson, fromJson and operator== from that list and the rule set's validate().

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

namespace tierwise::analytics::rulejson {

// A value read from a JSON object into `out`, left as is when the key is missing; an error naming
// the key when it is of the wrong type (not a number, not a whole number, not true/false).
Status read(const QJsonObject &object, const char *key, double &out);
Status read(const QJsonObject &object, const char *key, int &out);
Status read(const QJsonObject &object, const char *key, bool &out);

// A present value at `path` (the key's dotted path, named in errors): a number; a whole number
// (|n| ≤ 1e9), or nullopt when the value is missing.
Result<double> number(const QJsonValue &value, const QString &path);
Result<std::optional<int>> wholeNumber(const QJsonValue &value, const QString &path);

// Rejects keys other than `allowed` and "comment"; `where` is the object's path ("" for the
// root), `what` names the document in the error ("the margin rates").
Status checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed, const QString &where,
                 const QString &what);

// The JSON object of `json`; `what` names the document in errors ("The lifecycle rules").
Result<QJsonObject> parseObject(const QByteArray &json, const QString &what);
// Rules::fromJson of the object in `json`; `what` as for parseObject.
template<typename Rules>
Result<Rules> parseRules(const QByteArray &json, const QString &what)
{
    Result<QJsonObject> object = parseObject(json, what);
    if (!object)
        return object.error();
    return Rules::fromJson(object.value());
}
// The object as indented JSON (the rule sets' toJsonBytes).
QByteArray indented(const QJsonObject &object);

// The object of :/tierwise/defaults/<name>.json; empty if it cannot be read.
QJsonObject defaultsObject(const char *name);
// The object of :/tierwise/defaults/<name>.json, or an internal error if it is missing or not a
// JSON object.
Result<QJsonObject> readDefaults(const char *name);
// Logs an unusable default rule file (a build without the resource, or a broken file: a bug the
// tests catch).
void warnDefaults(const char *name, const Error &error);

// Rules::fromJson of :/tierwise/defaults/<name>.json; a default-constructed Rules (the built-in
// values) and a warning if that is unusable.
template<typename Rules>
Rules defaultRules(const char *name)
{
    Result<QJsonObject> object = readDefaults(name);
    Result<Rules> rules = object ? Rules::fromJson(object.value()) : Result<Rules>(object.error());
    if (!rules) {
        warnDefaults(name, rules.error());
        return Rules{};
    }
    return rules.value();
}

// Checks for validate(), errors naming the key: finite and ≥ min; finite and in [min, max].
Status atLeast(const char *key, double value, double min);
Status within(const char *key, double value, double min, double max);

// ------------------------------------------------------------------------------ flat rule sets

// Every field under its key.
template<typename Rules>
QJsonObject flatToJson(const Rules &rules)
{
    QJsonObject o;
    forEachField(rules, [&o](const char *key, const auto &value) { o.insert(QLatin1String(key), value); });
    return o;
}

// The built-in values (Rules{}) with the keys present in `object` read over them, then
// validate(). Other keys are ignored.
template<typename Rules>
Result<Rules> flatFromJson(const QJsonObject &object)
{
    Rules rules;
    Status s;
    forEachField(rules, [&](const char *key, auto &value) {
        if (s)
            s = read(object, key, value);
    });
    if (s)
        s = rules.validate();
    if (!s)
        return s.error();
    return rules;
}

// Field by field, as their JSON values.
template<typename Rules>
bool flatEqual(const Rules &a, const Rules &b)
{
    return flatToJson(a) == flatToJson(b);
}

} // namespace tierwise::analytics::rulejson
