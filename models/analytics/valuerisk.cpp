#include "analytics/valuerisk.h"

#include <QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::ValueRisk)
};

using tierwise::analytics::CreditRating;
using tierwise::analytics::ValueRiskClass;

constexpr const char *kRatingNames[] = {"", "CCC", "B", "BB", "BBB", "A", "AA", "AAA"};
constexpr const char *kClassKeys[] = {"quality-credit", "potential", "general", "high-risk"};

std::optional<ValueRiskClass> classFromKey(const QString &key)
{
    for (int i = 0; i < int(ValueRiskClass::Count_); ++i)
        if (key == QLatin1String(kClassKeys[i]))
            return ValueRiskClass(i);
    return std::nullopt;
}

} // namespace

namespace tierwise::analytics {

CreditRating parseCreditRating(std::string_view text)
{
    std::string s;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c)))
            s += char(std::toupper(static_cast<unsigned char>(c)));
    if (!s.empty() && (s.back() == '+' || s.back() == '-'))
        s.pop_back();
    if (s == "CC" || s == "C" || s == "D")
        return CreditRating::CCC;
    for (int i = 1; i < kCreditRatingLevels; ++i)
        if (s == kRatingNames[i])
            return CreditRating(i);
    return CreditRating::Unknown;
}

QString creditRatingName(CreditRating rating)
{
    const int i = int(rating);
    return i > 0 && i < kCreditRatingLevels ? QLatin1String(kRatingNames[i]) : QString();
}

QString valueRiskKey(ValueRiskClass c)
{
    const int i = int(c);
    return i >= 0 && i < int(ValueRiskClass::Count_) ? QLatin1String(kClassKeys[i]) : QString();
}

QString valueRiskName(ValueRiskClass c)
{
    switch (c) {
    case ValueRiskClass::QualityCredit:
        return Tr::tr("Quality credit customers");
    case ValueRiskClass::Potential:
        return Tr::tr("Potential customers");
    case ValueRiskClass::General:
        return Tr::tr("General customers");
    case ValueRiskClass::HighRisk:
        return Tr::tr("High-risk customers");
    case ValueRiskClass::Count_:
        break;
    }
    return QString();
}

Status ValueRiskRules::validate() const
{
    if (qualityValueFrom < 0)
        return Error::badInput(Tr::tr("\"qualityValueFrom\" must not be negative."));
    if (goodRatingFrom == CreditRating::Unknown || highRiskAtOrBelow == CreditRating::Unknown)
        return Error::badInput(Tr::tr("\"goodRatingFrom\" and \"highRiskAtOrBelow\" must be ratings from AAA to CCC."));
    if (!(int(goodRatingFrom) > int(highRiskAtOrBelow)))
        return Error::badInput(Tr::tr("\"goodRatingFrom\" (%1) must be a better rating than \"highRiskAtOrBelow\" (%2).")
                                   .arg(creditRatingName(goodRatingFrom), creditRatingName(highRiskAtOrBelow)));
    if (int(unknownRating) < 0 || unknownRating >= ValueRiskClass::Count_)
        return Error::badInput(Tr::tr("\"unknownRating\" must be one of quality-credit, potential, general, high-risk."));
    return {};
}

ValueRiskClass ValueRiskRules::classify(int valueIndex, CreditRating rating) const
{
    if (rating == CreditRating::Unknown)
        return unknownRating;
    if (int(rating) <= int(highRiskAtOrBelow))
        return ValueRiskClass::HighRisk;
    if (int(rating) >= int(goodRatingFrom))
        return valueIndex >= qualityValueFrom ? ValueRiskClass::QualityCredit : ValueRiskClass::Potential;
    return ValueRiskClass::General;
}

QJsonObject ValueRiskRules::toJson() const
{
    return QJsonObject{{QStringLiteral("qualityValueFrom"), qualityValueFrom},
                       {QStringLiteral("goodRatingFrom"), creditRatingName(goodRatingFrom)},
                       {QStringLiteral("highRiskAtOrBelow"), creditRatingName(highRiskAtOrBelow)},
                       {QStringLiteral("unknownRating"), valueRiskKey(unknownRating)}};
}

Result<ValueRiskRules> ValueRiskRules::fromJson(const QJsonObject &object)
{
    ValueRiskRules r;
    const QJsonValue value = object.value(QLatin1String("qualityValueFrom"));
    if (!value.isUndefined()) {
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            return Error::badInput(Tr::tr("\"qualityValueFrom\" must be a whole number (a value tier index)."));
        r.qualityValueFrom = value.toInt();
    }
    auto rating = [&](const char *key, CreditRating *out) -> Status {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        *out = parseCreditRating(v.toString().toStdString());
        if (!v.isString() || *out == CreditRating::Unknown)
            return Error::badInput(Tr::tr("\"%1\" must be a rating from AAA to CCC.").arg(QLatin1String(key)));
        return {};
    };
    if (Status s = rating("goodRatingFrom", &r.goodRatingFrom); !s)
        return s.error();
    if (Status s = rating("highRiskAtOrBelow", &r.highRiskAtOrBelow); !s)
        return s.error();
    const QJsonValue unknown = object.value(QLatin1String("unknownRating"));
    if (!unknown.isUndefined()) {
        const std::optional<ValueRiskClass> c = classFromKey(unknown.toString());
        if (!c)
            return Error::badInput(Tr::tr("\"unknownRating\" must be one of quality-credit, potential, general, high-risk."));
        r.unknownRating = *c;
    }
    if (Status s = r.validate(); !s)
        return s.error();
    return r;
}

ValueRiskResult classifyValueRisk(const std::vector<int> &valueIndex, const std::vector<std::string> &creditRating,
                                  int valueLevels, const ValueRiskRules &rules)
{
    ValueRiskResult out;
    const std::size_t n = std::min(valueIndex.size(), creditRating.size());
    out.valueLevels = std::max(valueLevels, 0);
    out.matrix.assign(std::size_t(out.valueLevels) * kCreditRatingLevels, 0);
    out.classes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const CreditRating rating = parseCreditRating(creditRating[i]);
        const int v = valueIndex[i];
        const ValueRiskClass c = rules.classify(v, rating);
        out.classes[i] = c;
        ++out.classCounts[std::size_t(c)];
        if (v >= 0 && v < out.valueLevels)
            ++out.matrix[std::size_t(v) * kCreditRatingLevels + std::size_t(rating)];
    }
    return out;
}

} // namespace tierwise::analytics
