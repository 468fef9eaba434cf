#pragma once

// Lifecycle stages (DOMAIN.md §3: acquisition, growth, maturity, decline, churn) from tenure,
// activity trend, AUM trend and P(alive), with an editable rule set.
//
// JSON form (LifecycleRules::toJson / fromJson; resources/defaults/lifecycle_rules.json):
// {
//   "acquisition_days": 30,        tenure ≤ this: acquisition
//   "growth_days": 180,            tenure ≤ this: growth (≥ acquisition_days)
//   "rising_aum_share": 0.10,      AUM now ≥ (1 + this) × AUM three months before: growth
//   "activity_window_days": 90,    the last window of activity compared with the window before it
//   "activity_drop_share": 0.30,   active days down by ≥ this share: decline
//   "falling_aum_share": 0.10,     AUM now ≤ (1 − this) × AUM three months before: decline
//   "churn_inactive_days": 180,    no active transaction for ≥ this many days: churned
//   "churn_p_alive": 0.10          P(alive) below this: churned
// }
// Missing keys keep the built-in values (those above); other keys (such as "comment") are ignored.
//
// The rules, first match wins:
// 1. Acquisition: tenure ≤ acquisition_days. Tenure = as-of − the acquisition day, which is the
//    open date, or the first activity day when the open date is unknown (an acquisition day after
//    the as-of date counts as unknown). New customers are never churned or declining.
// 2. Churned: inactive for ≥ churn_inactive_days, or P(alive) < churn_p_alive (a NaN P(alive), for a
//    customer without transactions, never churns). Inactive days = as-of − the last day with an
//    active transaction; without any, as-of − the acquisition day; unknown (no churn by
//    inactivity) when both are missing.
// 3. Decline: (a) the active days of the window (as-of − W, as-of] are down by ≥ activity_drop_share
//    from those of (as-of − 2W, as-of − W], W = activity_window_days, and the earlier window had at
//    least 2 active days (1 → 0 is not a trend); or (b) AUM of three months before > 0 and the
//    as-of month's AUM ≤ (1 − falling_aum_share) × it.
// 4. Growth: tenure ≤ growth_days, or the as-of month's AUM > 0 and ≥ (1 + rising_aum_share) × AUM
//    three months before (from 0 to a positive AUM is growth).
// 5. Maturity: everyone else, including customers whose tenure is unknown.
// AUM = features.aumHistory: the as-of month is the last column, "three months before" the
// fourth-last; with fewer than four months of history the AUM rules do not apply. Share
// comparisons allow 1e-9 of rounding, so a drop of exactly 30 % meets a 30 % rule.

#include "result.h"
#include "ingest/values.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <limits>
#include <optional>
#include <vector>

namespace tierwise::analytics {

using ingest::Day;
struct CustomerFeatures;
struct BookData;

enum class LifecycleStage { Acquisition, Growth, Maturity, Decline, Churned, Count_ };
constexpr std::size_t kLifecycleStages = static_cast<std::size_t>(LifecycleStage::Count_);

QString lifecycleStageKey(LifecycleStage stage);   // "acquisition", "growth", "maturity", "decline", "churned"
std::optional<LifecycleStage> lifecycleStageFromKey(const QString &key);
QString lifecycleStageName(LifecycleStage stage);  // in the user's language (context tierwise::analytics::Lifecycle)

struct LifecycleRules
{
    int acquisitionDays = 30;
    int growthDays = 180;
    double risingAumShare = 0.10;
    int activityWindowDays = 90;
    double activityDropShare = 0.30;
    double fallingAumShare = 0.10;
    int churnInactiveDays = 180;
    double churnPAlive = 0.10;

    // The rules of :/tierwise/defaults/lifecycle_rules.json (the built-in values if it is unusable).
    static LifecycleRules defaults();

    // Days ≥ 0 (window ≥ 1), growth_days ≥ acquisition_days, shares finite in [0, 1] (rising:
    // ≥ 0), churn_p_alive in [0, 1]. Errors name the offending JSON key.
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    static Result<LifecycleRules> fromJson(const QJsonObject &object);
    static Result<LifecycleRules> fromJsonBytes(const QByteArray &json);

    bool operator==(const LifecycleRules &o) const;
    bool operator!=(const LifecycleRules &o) const { return !(*this == o); }
};

// The figures the rules look at for one customer.
struct LifecycleEvidence
{
    int tenureDays = -1;     // as-of − acquisition day; -1 if unknown
    int inactiveDays = -1;   // days without an active transaction (see rule 2); -1 if unknown
    int activeRecent = 0;    // active days in (as-of − W, as-of]
    int activeEarlier = 0;   // active days in (as-of − 2W, as-of − W]
    double aumNow = kNaN;    // the as-of month's AUM; NaN without four months of history
    double aumBefore = kNaN; // AUM three months before; NaN without four months of history
    double pAlive = kNaN;    // NaN if unknown

    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
};

// `pAlive` has one value per customer row (NaN when unknown); a shorter vector (or an empty one)
// gives NaN for the rows it lacks.
LifecycleEvidence lifecycleEvidence(const LifecycleRules &rules, const CustomerFeatures &features,
                                    const BookData &book, const std::vector<double> &pAlive, std::size_t row);
LifecycleStage lifecycleStage(const LifecycleRules &rules, const LifecycleEvidence &evidence);
// Every customer row of the features (the activity of `book` has the same rows).
std::vector<LifecycleStage> assignLifecycle(const LifecycleRules &rules, const CustomerFeatures &features,
                                            const BookData &book, const std::vector<double> &pAlive);

// Shared with cohorts and warnings. "Active" = an activity day with active == 1.
// The acquisition day: the open date, else the first activity day; 0 if neither is known.
Day acquisitionDay(const CustomerFeatures &features, const BookData &book, std::size_t row);
// The customer's last day with an active transaction; 0 if none.
Day lastActiveDay(const BookData &book, std::size_t row);
// Days without an active transaction up to as-of: from the last active day, else from the
// acquisition day (if that is after as-of: 0); -1 if both are unknown.
int inactiveDays(const CustomerFeatures &features, const BookData &book, std::size_t row);

} // namespace tierwise::analytics
