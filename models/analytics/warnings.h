#pragma once

// Early warnings for relationship managers (DOMAIN.md §5: AUM falling, unusual transactions,
// dormancy, products about to mature), with an editable rule set.
//
// JSON form (WarningRules::toJson / fromJson; resources/defaults/warning_rules.json):
// {
//   "aum_drop_share": 0.30,       AUM drop: AUM fell by ≥ this share …
//   "aum_drop_months": 3,         … over this many months (as-of month vs. this many months before) …
//   "aum_drop_minimum": 10000,    … from at least this AUM (currency units)
//   "outflow_multiple": 5,        large outflow: a day's outflow in the window ≥ this × the median …
//   "outflow_minimum": 50000,     … and ≥ this amount
//   "outflow_window_days": 30,    the window: (as-of − this, as-of]
//   "outflow_baseline_days": 365, the median is over the days with an outflow in the this-many days
//                                 before the window; at least 3 such days are needed
//   "dormancy_days": 180,         dormancy: no active transaction for ≥ this many days, …
//   "dormancy_minimum": 50000,    … holding at least this AUM (and some): a balance worth a call
//   "maturity_days": 30,          maturity: a held holding maturing in (as-of, as-of + this]
//   "tier_watch": true            tier watch: TierAssignment::watch
// }
// Missing keys keep the built-in values (those above); other keys (such as "comment") are ignored.
//
// Per kind, for customer row i (features row i; the as-of date is features.asOf):
// - AumDrop: from = aumHistory of aum_drop_months before the as-of month, to = the as-of month's;
//   from ≥ aum_drop_minimum (and > 0) and (from − to) / from ≥ aum_drop_share. Needs more than
//   aum_drop_months months of history. Severity 3 when the drop is ≥ twice the share (or total),
//   else 2. Evidence {"from", "to", "months", "drop"}.
// - LargeOutflow: the day of the window with the largest outflow (BookData activity, any
//   transaction type); outflow ≥ outflow_minimum and ≥ outflow_multiple × median. Severity 3 when
//   it is ≥ twice the multiple, else 2. Evidence {"day", "outflow", "median", "multiple"}.
// - Dormancy: inactive days (lifecycle.h inactiveDays: since the last active day, or since
//   acquisition without one; unknown: no alert) ≥ dormancy_days and aum1m > 0 and aum1m ≥
//   dormancy_minimum (many books hold a large share of sleeping accounts; the minimum keeps the
//   list to the balances a relationship manager can act on). Severity 3 when
//   inactive ≥ twice dormancy_days, else 2. Evidence {"days", "last_active" (ISO date or null),
//   "aum"}.
// - Maturity: one alert per held holding (BookData::held) whose maturity is in (as-of, as-of +
//   maturity_days]; due = the maturity. Severity 2 when its balance is ≥ half the customer's AUM
//   (aum1m), else 1 (an unknown balance: 1). Evidence {"product", "name", "balance" (null if
//   unknown), "due", "days"}; product and name are "" for a code missing from the catalogue.
// - TierWatch: tier_watch on, tiers non-empty and tiers[i].watch. Severity 3 when one more month
//   below the line would downgrade (months_below + 1 ≥ the tier's patience for the customer's
//   branch), else 2. Evidence {"tier", "name", "threshold", "aum", "months_below", "patience"}.
// Severities: 1 info, 2 warning, 3 serious. The thresholds are inclusive ("≥"); share comparisons
// allow 1e-9 of rounding, so a drop of exactly 30 % meets a 30 % rule.

#include "ingest/values.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tierwise::analytics {

using ingest::Day;
struct CustomerFeatures;
struct BookData;
struct TierAssignment;
class TierRuleSet;

enum class AlertKind { AumDrop, LargeOutflow, Dormancy, Maturity, TierWatch, Count_ };
constexpr std::size_t kAlertKinds = static_cast<std::size_t>(AlertKind::Count_);

QString alertKindKey(AlertKind kind);   // "aum_drop", "large_outflow", "dormancy", "maturity", "tier_watch"
std::optional<AlertKind> alertKindFromKey(const QString &key);
QString alertKindName(AlertKind kind);  // in the user's language (context tierwise::analytics::Warnings)

struct WarningRules
{
    double aumDropShare = 0.30;
    int aumDropMonths = 3;
    double aumDropMinimum = 10000;
    double outflowMultiple = 5;
    double outflowMinimum = 50000;
    int outflowWindowDays = 30;
    int outflowBaselineDays = 365;
    int dormancyDays = 180;
    double dormancyMinimum = 50000;
    int maturityDays = 30;
    bool tierWatch = true;

    // The rules of :/tierwise/defaults/warning_rules.json (the built-in values if it is unusable).
    static WarningRules defaults();

    // Share in [0, 1], months 1 … 120, day counts 1 … 36500, amounts and multiple finite ≥ 0.
    // Errors name the offending JSON key.
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    static Result<WarningRules> fromJson(const QJsonObject &object);
    static Result<WarningRules> fromJsonBytes(const QByteArray &json);

    bool operator==(const WarningRules &o) const;
    bool operator!=(const WarningRules &o) const { return !(*this == o); }
};

struct Alert
{
    std::uint32_t customer = 0; // features row
    AlertKind kind = AlertKind::AumDrop;
    int severity = 2;           // 1 info, 2 warning, 3 serious
    Day due = 0;                // the maturity for Maturity, else 0
    std::string evidence;       // compact JSON object (UTF-8) of named figures, see above
};

// Alerts sorted by customer row, then kind (maturities of one customer by due date). `tiers` may
// be empty (no tier watch alerts); otherwise tiers[i] is features row i, tiered with `tierRules`.
std::vector<Alert> detectWarnings(const WarningRules &rules, const CustomerFeatures &features, const BookData &book,
                                  const std::vector<TierAssignment> &tiers, const TierRuleSet &tierRules);

// The evidence in words, in the user's language, with figures (amounts with thousands separators
// in QLocale()'s form, whole currency units), e.g. "AUM fell 63 % in 3 months, from 1,234,567 to
// 456,789". Unknown kinds or unreadable evidence: the evidence text as it is.
QString describeAlert(const QString &kindKey, const QByteArray &evidenceJson);

} // namespace tierwise::analytics
