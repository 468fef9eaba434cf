#include "analytics/warnings.h"

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/lifecycle.h"
#include "analytics/rulejson.h"
#include "analytics/tiers.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Warnings)
};

using namespace tierwise;
using namespace tierwise::analytics;

constexpr const char *kKindKeys[] = {"aum_drop", "large_outflow", "dormancy", "maturity", "tier_watch"};
static_assert(std::size(kKindKeys) == kAlertKinds);

constexpr double kTolerance = 1e-9;     // rounding allowed in share comparisons
constexpr std::size_t kMinBaselineDays = 3; // outflow days needed for a median
constexpr double kMaxDays = 36500;
constexpr double kMaxMonths = 120;

bool reached(double value, double limit)
{
    return value >= limit - kTolerance;
}

// Figures as stored in the evidence: amounts to the cent, ratios to 4 decimals.
double cents(double v)
{
    return std::round(v * 100) / 100;
}

double ratio4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

QJsonValue isoOrNull(Day day)
{
    return day == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ingest::isoDate(day));
}

// The median of a non-empty list (reordered).
double median(std::vector<float> &v)
{
    const auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    const double upper = *mid;
    return v.size() % 2 ? upper : (upper + double(*std::max_element(v.begin(), mid))) / 2;
}

// Appends the alerts of one customer at a time to `out`, in kind order.
class Detector
{
public:
    Detector(const WarningRules &rules, const CustomerFeatures &features, const BookData &book,
             const std::vector<TierAssignment> &tiers, const TierRuleSet &tierRules, std::vector<Alert> &out)
        : r(rules), f(features), b(book), m_tiers(tiers), m_tierRules(tierRules), m_out(out)
    {
    }

    void customer(std::size_t i)
    {
        aumDrop(i);
        largeOutflow(i);
        dormancy(i);
        maturity(i);
        tierWatch(i);
    }

private:
    void add(std::size_t i, AlertKind kind, int severity, const QJsonObject &evidence, Day due = 0)
    {
        m_out.push_back(Alert{std::uint32_t(i), kind, severity, due,
                              QJsonDocument(evidence).toJson(QJsonDocument::Compact).toStdString()});
    }

    double aum1m(std::size_t i) const { return i < f.aum1m.size() ? f.aum1m[i] : 0.0; }

    // Month-end AUM `back` months before the as-of month; NaN without that history.
    double aumAt(std::size_t i, int back) const
    {
        const std::size_t months = std::size_t(std::max(f.historyMonths, 0));
        if (back < 0 || std::size_t(back) >= months || (i + 1) * months > f.aumHistory.size())
            return std::nan("");
        return f.aumHistory[(i + 1) * months - 1 - std::size_t(back)];
    }

    void aumDrop(std::size_t i)
    {
        const double from = aumAt(i, r.aumDropMonths), to = aumAt(i, 0);
        if (!(from > 0) || from < r.aumDropMinimum)
            return;
        const double drop = (from - to) / from;
        if (!reached(drop, r.aumDropShare))
            return;
        add(i, AlertKind::AumDrop, reached(drop, std::min(1.0, 2 * r.aumDropShare)) ? 3 : 2,
            {{QStringLiteral("from"), cents(from)}, {QStringLiteral("to"), cents(to)},
             {QStringLiteral("months"), r.aumDropMonths}, {QStringLiteral("drop"), ratio4(drop)}});
    }

    void largeOutflow(std::size_t i)
    {
        const CustomerActivity &a = b.activity;
        if (i >= a.customers())
            return;
        const Day windowStart = f.asOf - r.outflowWindowDays + 1, baselineStart = windowStart - r.outflowBaselineDays;
        const auto first = a.day.begin() + a.begin(i), last = a.day.begin() + a.end(i);
        m_baseline.clear();
        float best = 0;
        Day bestDay = 0;
        for (auto it = std::lower_bound(first, last, baselineStart); it != last && *it <= f.asOf; ++it) {
            const float outflow = a.outflow[std::size_t(it - a.day.begin())];
            if (*it < windowStart && outflow > 0)
                m_baseline.push_back(outflow);
            else if (*it >= windowStart && outflow > best) {
                best = outflow;
                bestDay = *it;
            }
        }
        if (m_baseline.size() < kMinBaselineDays || double(best) < r.outflowMinimum)
            return;
        const double typical = median(m_baseline), multiple = double(best) / typical;
        if (!reached(multiple, r.outflowMultiple))
            return;
        add(i, AlertKind::LargeOutflow, reached(multiple, 2 * r.outflowMultiple) ? 3 : 2,
            {{QStringLiteral("day"), ingest::isoDate(bestDay)}, {QStringLiteral("outflow"), cents(double(best))},
             {QStringLiteral("median"), cents(typical)}, {QStringLiteral("multiple"), ratio4(multiple)}});
    }

    void dormancy(std::size_t i)
    {
        const int days = inactiveDays(f, b, i);
        if (days < 0 || days < r.dormancyDays || !(aum1m(i) > 0) || aum1m(i) < r.dormancyMinimum)
            return;
        add(i, AlertKind::Dormancy, days >= 2 * r.dormancyDays ? 3 : 2,
            {{QStringLiteral("days"), days}, {QStringLiteral("last_active"), isoOrNull(lastActiveDay(b, i))},
             {QStringLiteral("aum"), cents(aum1m(i))}});
    }

    void maturity(std::size_t i)
    {
        if (i + 1 >= b.holdingOffsets.size())
            return;
        const std::size_t before = m_out.size();
        for (std::uint32_t k = b.holdingOffsets[i]; k < b.holdingOffsets[i + 1] && k < b.holdings.size(); ++k) {
            const Holding &h = b.holdings[k];
            if (!b.held(h) || h.maturity <= f.asOf || h.maturity - f.asOf > r.maturityDays)
                continue;
            const bool known = h.product >= 0 && std::size_t(h.product) < b.products.size();
            const Product none;
            const Product &p = known ? b.products[std::size_t(h.product)] : none;
            const bool large = h.balance > 0 && h.balance >= 0.5 * aum1m(i);
            add(i, AlertKind::Maturity, large ? 2 : 1,
                {{QStringLiteral("product"), QString::fromStdString(p.code)},
                 {QStringLiteral("name"), QString::fromStdString(p.name)},
                 {QStringLiteral("balance"), std::isnan(h.balance) ? QJsonValue() : QJsonValue(cents(h.balance))},
                 {QStringLiteral("due"), ingest::isoDate(h.maturity)},
                 {QStringLiteral("days"), h.maturity - f.asOf}},
                h.maturity);
        }
        std::stable_sort(m_out.begin() + std::ptrdiff_t(before), m_out.end(),
                         [](const Alert &x, const Alert &y) { return x.due < y.due; });
    }

    void tierWatch(std::size_t i)
    {
        if (!r.tierWatch || i >= m_tiers.size() || !m_tiers[i].watch)
            return;
        const int t = m_tiers[i].tier;
        if (t < 0 || t >= m_tierRules.size())
            return;
        const QString branch = i < f.branchId.size() ? QString::fromStdString(f.branchId[i]) : QString();
        const int patience = m_tierRules.patience(branch).at(t);
        const int below = m_tiers[i].monthsBelow;
        const double aum = f.historyMonths > 0 ? aumAt(i, 0) : aum1m(i);
        const Tier &tier = m_tierRules.tiers().at(t);
        add(i, AlertKind::TierWatch, below + 1 >= patience ? 3 : 2,
            {{QStringLiteral("tier"), tier.key}, {QStringLiteral("name"), tier.name},
             {QStringLiteral("threshold"), m_tierRules.thresholds(branch).at(t)},
             {QStringLiteral("aum"), std::isnan(aum) ? QJsonValue() : QJsonValue(cents(aum))},
             {QStringLiteral("months_below"), below}, {QStringLiteral("patience"), patience}});
    }

    const WarningRules &r;
    const CustomerFeatures &f;
    const BookData &b;
    const std::vector<TierAssignment> &m_tiers;
    const TierRuleSet &m_tierRules;
    std::vector<Alert> &m_out;
    std::vector<float> m_baseline; // reused across customers
};

// Whole currency units with thousands separators in the user's locale (also in the C locale,
// which omits them by default).
QString amount(const QJsonValue &v)
{
    if (!v.isDouble())
        return Tr::tr("unknown");
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(v.toDouble(), 'f', 0);
}

QString decimal(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString describe(AlertKind kind, const QJsonObject &e)
{
    const auto n = [&e](const char *key) { return e.value(QLatin1String(key)).toInt(); };
    const auto text = [&e](const char *key) { return e.value(QLatin1String(key)).toString(); };
    const auto value = [&e](const char *key) { return e.value(QLatin1String(key)); };
    switch (kind) {
    case AlertKind::AumDrop:
        return Tr::tr("AUM fell %1 % in %n month(s), from %2 to %3", nullptr, n("months"))
            .arg(decimal(value("drop").toDouble() * 100, 0), amount(value("from")), amount(value("to")));
    case AlertKind::LargeOutflow:
        return Tr::tr("Outflow of %1 on %2, %3 times the usual daily outflow (median %4)")
            .arg(amount(value("outflow")), text("day"), decimal(value("multiple").toDouble(), 1), amount(value("median")));
    case AlertKind::Dormancy:
        if (value("last_active").isString())
            return Tr::tr("No active transaction for %n day(s), the last on %1; AUM %2", nullptr, n("days"))
                .arg(text("last_active"), amount(value("aum")));
        return Tr::tr("No active transaction for %n day(s) since joining; AUM %1", nullptr, n("days"))
            .arg(amount(value("aum")));
    case AlertKind::Maturity: {
        const QString name = text("name"), code = text("product");
        const QString product = name.isEmpty() ? (code.isEmpty() ? Tr::tr("A product") : code)
                                               : (code.isEmpty() ? name : Tr::tr("%1 (%2)").arg(name, code));
        return Tr::tr("%1 matures on %2, in %n day(s); balance %3", nullptr, n("days"))
            .arg(product, text("due"), amount(value("balance")));
    }
    case AlertKind::TierWatch: {
        Tier tier;
        tier.name = text("name");
        return Tr::tr("AUM %1 below the %2 threshold of %3 for %n month(s); the tier drops after %4 months below",
                      nullptr, n("months_below"))
            .arg(amount(value("aum")), tier.displayName(), amount(value("threshold")), QString::number(n("patience")));
    }
    case AlertKind::Count_:
        break;
    }
    return QString();
}

} // namespace

namespace tierwise::analytics {

// The rule set's fields with their JSON keys, in the documented order (for rulejson's flat
// templates, which find it by argument-dependent lookup). Rules: WarningRules, const or not.
template<typename Rules, typename Fn>
std::enable_if_t<std::is_same_v<std::remove_const_t<Rules>, WarningRules>> forEachField(Rules &r, Fn &&fn)
{
    fn("aum_drop_share", r.aumDropShare);
    fn("aum_drop_months", r.aumDropMonths);
    fn("aum_drop_minimum", r.aumDropMinimum);
    fn("outflow_multiple", r.outflowMultiple);
    fn("outflow_minimum", r.outflowMinimum);
    fn("outflow_window_days", r.outflowWindowDays);
    fn("outflow_baseline_days", r.outflowBaselineDays);
    fn("dormancy_days", r.dormancyDays);
    fn("dormancy_minimum", r.dormancyMinimum);
    fn("maturity_days", r.maturityDays);
    fn("tier_watch", r.tierWatch);
}

QString alertKindKey(AlertKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kAlertKinds ? QLatin1String(kKindKeys[i]) : QString();
}

std::optional<AlertKind> alertKindFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kAlertKinds; ++i)
        if (key == QLatin1String(kKindKeys[i]))
            return static_cast<AlertKind>(i);
    return std::nullopt;
}

QString alertKindName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::AumDrop: return Tr::tr("AUM drop");
    case AlertKind::LargeOutflow: return Tr::tr("Large outflow");
    case AlertKind::Dormancy: return Tr::tr("Dormancy");
    case AlertKind::Maturity: return Tr::tr("Maturity");
    case AlertKind::TierWatch: return Tr::tr("Tier watch");
    case AlertKind::Count_: break;
    }
    return QString();
}

WarningRules WarningRules::defaults()
{
    return rulejson::defaultRules<WarningRules>("warning_rules");
}

Status WarningRules::validate() const
{
    for (Status s : {rulejson::within("aum_drop_share", aumDropShare, 0, 1),
                     rulejson::within("aum_drop_months", aumDropMonths, 1, kMaxMonths),
                     rulejson::atLeast("aum_drop_minimum", aumDropMinimum, 0),
                     rulejson::atLeast("outflow_multiple", outflowMultiple, 0),
                     rulejson::atLeast("outflow_minimum", outflowMinimum, 0),
                     rulejson::within("outflow_window_days", outflowWindowDays, 1, kMaxDays),
                     rulejson::within("outflow_baseline_days", outflowBaselineDays, 1, kMaxDays),
                     rulejson::within("dormancy_days", dormancyDays, 1, kMaxDays),
                     rulejson::atLeast("dormancy_minimum", dormancyMinimum, 0),
                     rulejson::within("maturity_days", maturityDays, 1, kMaxDays)})
        if (!s)
            return s;
    return {};
}

QJsonObject WarningRules::toJson() const
{
    return rulejson::flatToJson(*this);
}

QByteArray WarningRules::toJsonBytes() const
{
    return rulejson::indented(toJson());
}

Result<WarningRules> WarningRules::fromJson(const QJsonObject &object)
{
    return rulejson::flatFromJson<WarningRules>(object);
}

Result<WarningRules> WarningRules::fromJsonBytes(const QByteArray &json)
{
    return rulejson::parseRules<WarningRules>(json, Tr::tr("The warning rules"));
}

bool WarningRules::operator==(const WarningRules &o) const
{
    return rulejson::flatEqual(*this, o);
}

std::vector<Alert> detectWarnings(const WarningRules &rules, const CustomerFeatures &features, const BookData &book,
                                  const std::vector<TierAssignment> &tiers, const TierRuleSet &tierRules)
{
    std::vector<Alert> out;
    Detector detector(rules, features, book, tiers, tierRules, out);
    for (std::size_t i = 0; i < features.size(); ++i)
        detector.customer(i);
    return out;
}

QString describeAlert(const QString &kindKey, const QByteArray &evidenceJson)
{
    const std::optional<AlertKind> kind = alertKindFromKey(kindKey);
    const QJsonDocument doc = QJsonDocument::fromJson(evidenceJson);
    if (!kind || !doc.isObject())
        return QString::fromUtf8(evidenceJson);
    return describe(*kind, doc.object());
}

} // namespace tierwise::analytics
