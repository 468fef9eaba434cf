#include "analytics/margin.h"

#include "analytics/features.h"
#include "analytics/rulejson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace {

// The context of this file's messages (call Tr::tr, never a bare tr()).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Margin)
};

using tierwise::Error;
using tierwise::Result;
using tierwise::Status;
namespace rulejson = tierwise::analytics::rulejson;
using tierwise::analytics::kBalanceColumns;

constexpr const char *kColumnKeys[kBalanceColumns] = {"current", "term",      "other_deposit", "wealth",
                                                       "fund",    "insurance", "loan"};
constexpr std::size_t kLoan = static_cast<std::size_t>(tierwise::analytics::BalanceColumn::Loan);
constexpr int kMaxProjectionMonths = 1200;
constexpr double kMinEstimatedRetention = 0.5;
constexpr double kMaxEstimatedRetention = 0.999;

QString ratePath(std::size_t column)
{
    return QStringLiteral("annual_rates.%1").arg(QLatin1String(kColumnKeys[column]));
}

// Rejects keys other than `allowed` and "comment"; `where` is the object's path ("" for the root).
Status checkKeys(const QJsonObject &o, std::initializer_list<const char *> allowed, const QString &where)
{
    return rulejson::checkKeys(o, allowed, where, Tr::tr("the margin rates"));
}

Status readRates(const QJsonValue &value, tierwise::analytics::MarginRates &rates)
{
    if (!value.isObject())
        return Error::badInput(Tr::tr("\"annual_rates\" must be an object of balance type → annual rate."));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o, {kColumnKeys[0], kColumnKeys[1], kColumnKeys[2], kColumnKeys[3], kColumnKeys[4],
                                 kColumnKeys[5], kColumnKeys[6]},
                             QStringLiteral("annual_rates"));
        !s)
        return s;
    for (std::size_t c = 0; c < kBalanceColumns; ++c) {
        const QJsonValue v = o.value(QLatin1String(kColumnKeys[c]));
        if (v.isUndefined())
            return Error::badInput(Tr::tr("\"%1\" is missing: every balance type needs a rate.").arg(ratePath(c)));
        Result<double> r = rulejson::number(v, ratePath(c));
        if (!r)
            return r.error();
        rates.annualRate[c] = *r;
    }
    return {};
}

Status readRetention(const QJsonValue &value, tierwise::analytics::MarginRates &rates)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return Error::badInput(Tr::tr("\"retention\" must be an object."));
    const QJsonObject o = value.toObject();
    if (Status s = checkKeys(o, {"tenure_band_months", "default_annual_retention"}, QStringLiteral("retention")); !s)
        return s;
    const QJsonValue bands = o.value(QLatin1String("tenure_band_months"));
    if (!bands.isUndefined()) {
        if (!bands.isArray())
            return Error::badInput(Tr::tr("\"retention.tenure_band_months\" must be an array of months."));
        rates.tenureBandMonths.clear();
        for (const QJsonValue v : bands.toArray()) {
            Result<double> r = rulejson::number(v, QStringLiteral("retention.tenure_band_months"));
            if (!r)
                return r.error();
            rates.tenureBandMonths.push_back(*r);
        }
    }
    const QJsonValue def = o.value(QLatin1String("default_annual_retention"));
    if (!def.isUndefined()) {
        Result<double> r = rulejson::number(def, QStringLiteral("retention.default_annual_retention"));
        if (!r)
            return r.error();
        rates.defaultAnnualRetention = *r;
    }
    return {};
}

// Σ_{k=1..n} q^k in closed form; accurate for q close to 1.
double geometricSum(double q, int n)
{
    if (q <= 0)
        return 0;
    if (std::fabs(1 - q) < 1e-12)
        return n;
    return q * -std::expm1(n * std::log(q)) / (1 - q);
}

double finiteOrZero(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

} // namespace

namespace tierwise::analytics {

MarginRates MarginRates::defaults()
{
    return rulejson::defaultRules<MarginRates>("margin_rates");
}

int MarginRates::band(double tenureMonths) const
{
    if (std::isnan(tenureMonths))
        return 0;
    const auto it = std::upper_bound(tenureBandMonths.begin(), tenureBandMonths.end(), tenureMonths);
    return int(it - tenureBandMonths.begin());
}

Status MarginRates::validate() const
{
    for (std::size_t c = 0; c < kBalanceColumns; ++c)
        if (!(annualRate[c] >= -1 && annualRate[c] <= 1))
            return Error::badInput(Tr::tr("\"%1\": the rate %2 must be a fraction between -1 and 1 (0.02 = 2 %).")
                                       .arg(ratePath(c))
                                       .arg(annualRate[c]));
    for (std::size_t i = 0; i < tenureBandMonths.size(); ++i) {
        const double b = tenureBandMonths[i];
        if (!std::isfinite(b) || b <= 0 || (i > 0 && !(b > tenureBandMonths[i - 1])))
            return Error::badInput(Tr::tr("\"retention.tenure_band_months\": the bounds must be positive and "
                                          "increase (%1 does not).")
                                       .arg(b));
    }
    if (!(defaultAnnualRetention > 0 && defaultAnnualRetention <= 1))
        return Error::badInput(Tr::tr("\"retention.default_annual_retention\" must be above 0 and at most 1."));
    if (maxMonths < 1 || maxMonths > kMaxProjectionMonths)
        return Error::badInput(Tr::tr("\"max_months\" must be between 1 and %1.").arg(kMaxProjectionMonths));
    return {};
}

QJsonObject MarginRates::toJson() const
{
    QJsonObject rates;
    for (std::size_t c = 0; c < kBalanceColumns; ++c)
        rates.insert(QLatin1String(kColumnKeys[c]), annualRate[c]);
    QJsonArray bands;
    for (double b : tenureBandMonths)
        bands.append(b);
    const QJsonObject retention{{QStringLiteral("tenure_band_months"), bands},
                                {QStringLiteral("default_annual_retention"), defaultAnnualRetention}};
    return QJsonObject{{QStringLiteral("annual_rates"), rates},
                       {QStringLiteral("retention"), retention},
                       {QStringLiteral("max_months"), maxMonths}};
}

QByteArray MarginRates::toJsonBytes() const
{
    return rulejson::indented(toJson());
}

Result<MarginRates> MarginRates::fromJson(const QJsonObject &root)
{
    MarginRates rates;
    Status s = checkKeys(root, {"annual_rates", "retention", "max_months"}, QString());
    if (s)
        s = readRates(root.value(QLatin1String("annual_rates")), rates);
    if (s)
        s = readRetention(root.value(QLatin1String("retention")), rates);
    if (s)
        s = rulejson::read(root, "max_months", rates.maxMonths);
    if (s)
        s = rates.validate();
    if (!s)
        return s.error();
    return rates;
}

Result<MarginRates> MarginRates::fromJsonBytes(const QByteArray &json)
{
    return rulejson::parseRules<MarginRates>(json, Tr::tr("The margin rates"));
}

bool RetentionEstimate::anyEstimated() const
{
    return std::find(estimated.begin(), estimated.end(), true) != estimated.end();
}

RetentionEstimate estimateRetention(const MarginRates &rates, const CustomerFeatures &features)
{
    const std::size_t bands = std::size_t(rates.bandCount());
    RetentionEstimate out{std::vector<double>(bands, rates.defaultAnnualRetention),
                          std::vector<std::int64_t>(bands, 0), std::vector<bool>(bands, false)};
    const int months = features.historyMonths;
    const std::size_t n = features.size();
    if (months < 13 || features.aumHistory.size() < n * std::size_t(months) || features.tenureMonths.size() < n)
        return out;
    std::vector<std::int64_t> kept(bands, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const double *history = features.aumHistory.data() + i * std::size_t(months);
        const double tenureThen = features.tenureMonths[i] - 12;
        if (!(history[months - 13] > 0) || !(tenureThen >= 0))
            continue;
        const std::size_t b = std::size_t(rates.band(tenureThen));
        ++out.base[b];
        if (history[months - 1] > 0)
            ++kept[b];
    }
    for (std::size_t b = 0; b < bands; ++b) {
        if (out.base[b] < kMinRetentionBase)
            continue;
        out.annualRetention[b] = std::clamp(double(kept[b]) / double(out.base[b]), kMinEstimatedRetention,
                                            kMaxEstimatedRetention);
        out.estimated[b] = true;
    }
    return out;
}

double monthlyMargin(const MarginRates &rates, const std::array<double, kBalanceColumns> &balances)
{
    double m = 0;
    for (std::size_t c = 0; c < kBalanceColumns; ++c) {
        const double balance = finiteOrZero(balances[c]);
        m += (c == kLoan ? std::fabs(balance) : balance) * rates.annualRate[c];
    }
    return m / 12;
}

std::vector<double> marginClv(const MarginRates &rates, const CustomerFeatures &features, const BookData &book,
                              const std::vector<double> &pAlive, double discountMonthly,
                              const RetentionEstimate &retention)
{
    const double discount = std::isfinite(discountMonthly) && discountMonthly > 0 ? discountMonthly : 0.0;
    // The annuity factor Σ q^k per band: every customer of a band shares it.
    std::vector<double> factor(std::size_t(rates.bandCount()));
    for (std::size_t b = 0; b < factor.size(); ++b) {
        const double annual = b < retention.annualRetention.size() ? retention.annualRetention[b]
                                                                   : rates.defaultAnnualRetention;
        factor[b] = geometricSum(std::pow(annual, 1.0 / 12) / (1 + discount), rates.maxMonths);
    }
    const std::size_t n = features.size();
    std::vector<double> clv(n, 0.0);
    for (std::size_t c = 0; c < n && c < book.balances.size(); ++c) {
        const auto &balances = book.balances[c];
        double p0 = c < pAlive.size() ? pAlive[c] : std::nan("");
        if (!std::isfinite(p0))
            p0 = std::any_of(balances.begin(), balances.end(), [](double v) { return finiteOrZero(v) != 0; }) ? 1 : 0;
        const double tenure = c < features.tenureMonths.size() ? features.tenureMonths[c] : std::nan("");
        clv[c] = monthlyMargin(rates, balances) * p0 * factor[std::size_t(rates.band(tenure))];
    }
    return clv;
}

} // namespace tierwise::analytics
