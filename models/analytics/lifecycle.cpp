#include "analytics/lifecycle.h"

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/rulejson.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Lifecycle)
};

using namespace tierwise;
using namespace tierwise::analytics;

constexpr const char *kStageKeys[] = {"acquisition", "growth", "maturity", "decline", "churned"};
static_assert(std::size(kStageKeys) == kLifecycleStages);

constexpr int kAumMonthsBack = 3;   // "three months before"
constexpr double kTolerance = 1e-9; // rounding allowed in share comparisons
constexpr double kMaxDays = 36500;  // a century: keeps day arithmetic far from overflow

bool reached(double share, double limit)
{
    return share >= limit - kTolerance;
}

// Active days of row in (asOf − window, asOf] and (asOf − 2 window, asOf − window].
void countActiveWindows(const CustomerActivity &a, std::size_t row, Day asOf, int window, int &recent, int &earlier)
{
    recent = earlier = 0;
    if (row >= a.customers())
        return;
    for (std::uint32_t k = a.end(row); k > a.begin(row); --k) {
        const int age = asOf - a.day[k - 1];
        if (age >= 2 * window)
            break;
        if (age < 0 || !a.active[k - 1])
            continue;
        ++(age < window ? recent : earlier);
    }
}

} // namespace

namespace tierwise::analytics {

// The rule set's fields with their JSON keys, in the documented order (for rulejson's flat
// templates, which find it by argument-dependent lookup). Rules: LifecycleRules, const or not.
template<typename Rules, typename Fn>
std::enable_if_t<std::is_same_v<std::remove_const_t<Rules>, LifecycleRules>> forEachField(Rules &r, Fn &&fn)
{
    fn("acquisition_days", r.acquisitionDays);
    fn("growth_days", r.growthDays);
    fn("rising_aum_share", r.risingAumShare);
    fn("activity_window_days", r.activityWindowDays);
    fn("activity_drop_share", r.activityDropShare);
    fn("falling_aum_share", r.fallingAumShare);
    fn("churn_inactive_days", r.churnInactiveDays);
    fn("churn_p_alive", r.churnPAlive);
}

QString lifecycleStageKey(LifecycleStage stage)
{
    const auto i = static_cast<std::size_t>(stage);
    return i < kLifecycleStages ? QLatin1String(kStageKeys[i]) : QString();
}

std::optional<LifecycleStage> lifecycleStageFromKey(const QString &key)
{
    for (std::size_t i = 0; i < kLifecycleStages; ++i)
        if (key == QLatin1String(kStageKeys[i]))
            return static_cast<LifecycleStage>(i);
    return std::nullopt;
}

QString lifecycleStageName(LifecycleStage stage)
{
    switch (stage) {
    case LifecycleStage::Acquisition: return Tr::tr("Acquisition");
    case LifecycleStage::Growth: return Tr::tr("Growth");
    case LifecycleStage::Maturity: return Tr::tr("Maturity");
    case LifecycleStage::Decline: return Tr::tr("Decline");
    case LifecycleStage::Churned: return Tr::tr("Churned");
    case LifecycleStage::Count_: break;
    }
    return QString();
}

LifecycleRules LifecycleRules::defaults()
{
    return rulejson::defaultRules<LifecycleRules>("lifecycle_rules");
}

Status LifecycleRules::validate() const
{
    for (Status s : {rulejson::within("acquisition_days", acquisitionDays, 0, kMaxDays),
                     rulejson::within("growth_days", growthDays, acquisitionDays, kMaxDays),
                     rulejson::atLeast("rising_aum_share", risingAumShare, 0),
                     rulejson::within("activity_window_days", activityWindowDays, 1, kMaxDays),
                     rulejson::within("activity_drop_share", activityDropShare, 0, 1),
                     rulejson::within("falling_aum_share", fallingAumShare, 0, 1),
                     rulejson::within("churn_inactive_days", churnInactiveDays, 1, kMaxDays),
                     rulejson::within("churn_p_alive", churnPAlive, 0, 1)})
        if (!s)
            return s;
    return {};
}

QJsonObject LifecycleRules::toJson() const
{
    return rulejson::flatToJson(*this);
}

QByteArray LifecycleRules::toJsonBytes() const
{
    return rulejson::indented(toJson());
}

Result<LifecycleRules> LifecycleRules::fromJson(const QJsonObject &object)
{
    return rulejson::flatFromJson<LifecycleRules>(object);
}

Result<LifecycleRules> LifecycleRules::fromJsonBytes(const QByteArray &json)
{
    return rulejson::parseRules<LifecycleRules>(json, Tr::tr("The lifecycle rules"));
}

bool LifecycleRules::operator==(const LifecycleRules &o) const
{
    return rulejson::flatEqual(*this, o);
}

Day acquisitionDay(const CustomerFeatures &features, const BookData &book, std::size_t row)
{
    if (row < features.openDay.size() && features.openDay[row] != 0)
        return features.openDay[row];
    const CustomerActivity &a = book.activity;
    if (row < a.customers() && a.begin(row) < a.end(row))
        return a.day[a.begin(row)];
    return 0;
}

Day lastActiveDay(const BookData &book, std::size_t row)
{
    const CustomerActivity &a = book.activity;
    if (row >= a.customers())
        return 0;
    for (std::uint32_t k = a.end(row); k > a.begin(row); --k)
        if (a.active[k - 1])
            return a.day[k - 1];
    return 0;
}

int inactiveDays(const CustomerFeatures &features, const BookData &book, std::size_t row)
{
    Day since = lastActiveDay(book, row);
    if (since == 0)
        since = acquisitionDay(features, book, row);
    return since == 0 ? -1 : std::max(0, features.asOf - since);
}

LifecycleEvidence lifecycleEvidence(const LifecycleRules &rules, const CustomerFeatures &features,
                                    const BookData &book, const std::vector<double> &pAlive, std::size_t row)
{
    LifecycleEvidence e;
    const Day start = acquisitionDay(features, book, row);
    if (start != 0 && start <= features.asOf)
        e.tenureDays = features.asOf - start;
    e.inactiveDays = inactiveDays(features, book, row);
    countActiveWindows(book.activity, row, features.asOf, rules.activityWindowDays, e.activeRecent, e.activeEarlier);
    const int months = features.historyMonths;
    const std::size_t last = (row + 1) * std::size_t(std::max(months, 0));
    if (months > kAumMonthsBack && last <= features.aumHistory.size()) {
        e.aumNow = features.aumHistory[last - 1];
        e.aumBefore = features.aumHistory[last - 1 - kAumMonthsBack];
    }
    if (row < pAlive.size())
        e.pAlive = pAlive[row];
    return e;
}

LifecycleStage lifecycleStage(const LifecycleRules &rules, const LifecycleEvidence &e)
{
    if (e.tenureDays >= 0 && e.tenureDays <= rules.acquisitionDays)
        return LifecycleStage::Acquisition;
    if ((e.inactiveDays >= 0 && e.inactiveDays >= rules.churnInactiveDays) || e.pAlive < rules.churnPAlive)
        return LifecycleStage::Churned;
    const bool activityDrop = e.activeEarlier >= 2
        && reached(double(e.activeEarlier - e.activeRecent) / e.activeEarlier, rules.activityDropShare);
    const bool aumFall = e.aumBefore > 0 && reached(1 - e.aumNow / e.aumBefore, rules.fallingAumShare);
    if (activityDrop || aumFall)
        return LifecycleStage::Decline;
    const bool aumRise = e.aumNow > 0 && (e.aumBefore <= 0 || reached(e.aumNow / e.aumBefore - 1, rules.risingAumShare));
    if ((e.tenureDays >= 0 && e.tenureDays <= rules.growthDays) || aumRise)
        return LifecycleStage::Growth;
    return LifecycleStage::Maturity;
}

std::vector<LifecycleStage> assignLifecycle(const LifecycleRules &rules, const CustomerFeatures &features,
                                            const BookData &book, const std::vector<double> &pAlive)
{
    std::vector<LifecycleStage> out(features.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = lifecycleStage(rules, lifecycleEvidence(rules, features, book, pAlive, i));
    return out;
}

} // namespace tierwise::analytics
