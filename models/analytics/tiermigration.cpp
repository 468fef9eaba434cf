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
    FeatureOptions earlier;
    earlier.asOf = m_before;
    Result<CustomerFeatures> before = computeFeatures(workspace.handle(), earlier, beforeStep);
    if (!before)
        return before.error();
    TierMigrationResult r;
    r.before = ingest::isoDate(before->asOf);
    r.after = ingest::isoDate(after->asOf);
    for (const Tier &t : rules->tiers())
        r.tierNames << t.displayName();
    r.migration = tierMigration(rules->size(), before->customerId, assignTiers(*rules, *before), after->customerId,
                                assignTiers(*rules, *after));
    m_result = std::move(r);
    return {};
}

} // namespace tierwise::analytics
