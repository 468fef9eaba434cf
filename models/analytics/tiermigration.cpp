#include "analytics/tiermigration.h"

#include "analytics/features.h"
#include "analytics/runsupport.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::TierMigration)
};

} // namespace

namespace tierwise::analytics {

Result<TierMigration> migrationSince(sqlite3 *db, const TierRuleSet &rules, ingest::Day before,
                                     const CustomerFeatures &after, const std::vector<TierAssignment> &afterTiers,
                                     jobs::Progress &progress, ingest::Day *beforeAsOf)
{
    FeatureOptions earlier;
    earlier.asOf = before;
    Result<CustomerFeatures> features = computeFeatures(db, earlier, progress);
    if (!features)
        return features.error();
    if (beforeAsOf)
        *beforeAsOf = features->asOf;
    return tierMigration(rules.size(), features->customerId, assignTiers(rules, *features), after.customerId, afterTiers);
}

Status TierMigrationJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<TierRuleSet> rules = loadRules<TierRuleSet>(m_rulesFile);
    if (!rules)
        return rules.error();
    StepProgress afterStep(progress, 0, 500);
    FeatureOptions later;
    later.asOf = m_after;
    Result<CustomerFeatures> after = computeFeatures(workspace.handle(), later, afterStep);
    if (!after)
        return after.error();
    if (m_before == 0 || m_before >= after->asOf)
        return Error::badInput(Tr::tr("The earlier date must come before %1.").arg(ingest::isoDate(after->asOf)));
    StepProgress beforeStep(progress, 500, 1000);
    ingest::Day beforeAsOf = 0;
    Result<TierMigration> migration = migrationSince(workspace.handle(), *rules, m_before, *after,
                                                     assignTiers(*rules, *after), beforeStep, &beforeAsOf);
    if (!migration)
        return migration.error();
    TierMigrationResult r;
    r.before = ingest::isoDate(beforeAsOf);
    r.after = ingest::isoDate(after->asOf);
    for (const Tier &t : rules->tiers())
        r.tierNames << t.displayName();
    r.migration = std::move(*migration);
    m_result = std::move(r);
    return {};
}

} // namespace tierwise::analytics
