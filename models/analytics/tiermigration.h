#pragma once

// The tier migration between two as-of dates (DOMAIN.md §2; the workbench's migration view):
// features and value tiers at both dates, then the matrix of customers by tier before and after.
// It writes nothing.

#include "analytics/tiers.h"
#include "ingest/values.h"
#include "jobs/job.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tierwise::analytics {

struct TierMigrationResult
{
    QString before, after; // ISO dates
    QStringList tierNames; // display names, lowest tier first
    TierMigration migration;
};

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
