#pragma once

// Value tiers by monthly-average AUM (DOMAIN.md §2): an editable rule set of ordered tiers with
// per-branch overrides, and the tiering with hysteresis over a customer's month history.
//
// JSON form (TierRuleSet::toJson / fromJson):
// {
//   "tiers": [                                   ordered, lowest first; thresholds must increase
//     { "key": "potential", "name": "Potential", "threshold": 0, "patience": 3 },
//     …
//     { "key": "private", "name": "Private banking", "threshold": 10000000, "patience": 6 }
//   ],
//   "branches": {                                optional per-branch overrides
//     "B07": { "thresholds": [0, 20000, 200000, 3000000, 6000000],
//              "patience": [3, 3, 3, 3, 6] }     optional; default: the base patience
//   }
// }
//
// Thresholds are lower bounds in currency units (not cents) of AUM; a month's AUM qualifies for
// the highest tier whose threshold it reaches. Tier 0 also takes any AUM below its own threshold.

#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <cstdint>
#include <string>
#include <vector>

namespace tierwise::analytics {

struct CustomerFeatures;

struct Tier
{
    QString key;            // stable identifier ("mass"), used in JSON and output files
    QString name;           // display name as written (source text for the defaults)
    double threshold = 0;   // lower bound of monthly-average AUM, currency units
    int patience = 3;       // consecutive months below the threshold before a downgrade (≥ 1)

    // The name in the user's language: the defaults' names are translated (context
    // tierwise::analytics::Tiers); a name the user typed is shown as written.
    QString displayName() const;

    bool operator==(const Tier &o) const
    {
        return key == o.key && name == o.name && threshold == o.threshold && patience == o.patience;
    }
};

// A branch's replacement thresholds (and optionally patience), one per tier of the base set.
struct BranchTierOverride
{
    QVector<double> thresholds;
    QVector<int> patience; // empty: the base set's patience

    bool operator==(const BranchTierOverride &o) const
    {
        return thresholds == o.thresholds && patience == o.patience;
    }
};

class TierRuleSet
{
public:
    // potential 0, mass 50k, affluent 500k, high-net-worth 6M, private banking 10M; patience 3
    // months (private: 6). The issue names four cut-offs for five tiers; the private threshold
    // (10M, a common private-banking entry level) is this code's choice — edit it per bank.
    static TierRuleSet defaults();

    const QVector<Tier> &tiers() const { return m_tiers; }
    void setTiers(QVector<Tier> tiers) { m_tiers = std::move(tiers); }
    int size() const { return int(m_tiers.size()); }
    int indexOf(const QString &key) const;

    const QMap<QString, BranchTierOverride> &branchOverrides() const { return m_branches; }
    void setBranchOverride(const QString &branch, BranchTierOverride o) { m_branches.insert(branch, std::move(o)); }
    void removeBranchOverride(const QString &branch) { m_branches.remove(branch); }

    // The thresholds and patience in force for a branch (the base set's if it has no override).
    QVector<double> thresholds(const QString &branch = {}) const;
    QVector<int> patience(const QString &branch = {}) const;

    // Checks keys (non-empty, unique), thresholds (finite, strictly increasing), patience (≥ 1)
    // and every override (one threshold per tier, increasing). Errors name the offending key.
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    static Result<TierRuleSet> fromJson(const QJsonObject &object);
    static Result<TierRuleSet> fromJsonBytes(const QByteArray &json);

    bool operator==(const TierRuleSet &o) const { return m_tiers == o.m_tiers && m_branches == o.m_branches; }
    bool operator!=(const TierRuleSet &o) const { return !(*this == o); }

private:
    QVector<Tier> m_tiers;
    QMap<QString, BranchTierOverride> m_branches;
};

struct TierAssignment
{
    std::int16_t tier = 0;       // index into TierRuleSet::tiers()
    bool watch = false;          // below the current tier's line, not yet downgraded
    std::int16_t monthsBelow = 0; // consecutive months (up to the latest) below the current tier's line
};

// The highest tier whose threshold `aum` reaches (0 if none; NaN gives 0).
int qualifyingTier(const QVector<double> &thresholds, double aum);

// Tiering with hysteresis over one customer's monthly AUM, oldest first. The first month with a
// value sets the tier; then each month: an AUM qualifying for a higher tier upgrades at once; an
// AUM below the current tier's threshold counts one month below, and after `patience` of the
// current tier consecutive months below, the customer moves to the tier that month's AUM
// qualifies for (the count restarts); a month at or above the line resets the count. NaN months
// (no data) are skipped without breaking or extending a run. A history with no value at all is
// tiered as an AUM of 0.
TierAssignment assignTier(const double *history, int months, const QVector<double> &thresholds,
                          const QVector<int> &patience);

// Every customer of the features, with the thresholds of their branch (aumHistory; if the
// features hold no history, aum1m as a one-month history).
std::vector<TierAssignment> assignTiers(const TierRuleSet &rules, const CustomerFeatures &features);

// Customers by tier at two as-of dates, matched by customer id (both id lists sorted ascending,
// as CustomerFeatures keeps them).
struct TierMigration
{
    int tierCount = 0;
    std::vector<std::int64_t> counts; // tierCount × tierCount, row = tier before, column = tier after
    std::vector<std::int64_t> left;   // per tier before: customers absent at the later date
    std::vector<std::int64_t> joined; // per tier after: customers absent at the earlier date

    std::int64_t at(int from, int to) const { return counts[std::size_t(from) * std::size_t(tierCount) + std::size_t(to)]; }
    std::int64_t upgrades() const;   // sum above the diagonal
    std::int64_t downgrades() const; // sum below the diagonal
    std::int64_t stayed() const;     // the diagonal
};

TierMigration tierMigration(int tierCount,
                            const std::vector<std::string> &idsBefore, const std::vector<TierAssignment> &before,
                            const std::vector<std::string> &idsAfter, const std::vector<TierAssignment> &after);

} // namespace tierwise::analytics
