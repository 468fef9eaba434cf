#pragma once

// The tier migration between two as-of dates (DOMAIN.md §2; the workbench's migration view):
// features and value tiers at both dates, then the matrix of customers by tier before and after.
// It writes nothing.

#include "analytics/tiers.h"
#include "ingest/values.h"
#include "jobs/job.h"
#include "jobs/progress.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace tierwise::analytics {

struct CustomerFeatures;

struct TierMigrationResult
{
    QString before, after; // ISO dates
    QStringList tierNames; // display names, lowest tier first
    TierMigration migration;
};

// The migration from the tiers as of `before` (features computed anew) to the given later tiers of
// the customers of `after`. Reports progress; returns the earlier features' as-of date in
// *beforeAsOf.
Result<TierMigration> migrationSince(sqlite3 *db, const TierRuleSet &rules, ingest::Day before,
                                     const CustomerFeatures &after, const std::vector<TierAssignment> &afterTiers,
                                     jobs::Progress &progress, ingest::Day *beforeAsOf = nullptr);

class TierMigrationJob final : public jobs::Job
{
public:
    // before: the earlier as-of date; after: the later one (0: the workspace's latest date);
    // rulesFile: JSON tier rules (empty: the defaults).
    TierMigrationJob(ingest::Day before, ingest::Day after, QString rulesFile = {})
        : m_before(before), m_after(after), m_rulesFile(std::move(rulesFile))
    {
    }
    QString kind() const override { return QStringLiteral("tiers.migration"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const std::optional<TierMigrationResult> &result() const { return m_result; }

private:
    ingest::Day m_before;
    ingest::Day m_after;
    QString m_rulesFile;
    std::optional<TierMigrationResult> m_result;
};

} // namespace tierwise::analytics
