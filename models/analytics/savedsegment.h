#pragma once

// Segments the user saves from a selection ("VIP prospects at BR03"): each one a run of kind
// "segment.saved" whose label is the segment's name and whose assignments are its customers
// (segment = the name). As jobs, so that writing a large selection never blocks the window;
// deleting the run undoes the save.

#include "jobs/job.h"

#include <QString>

#include <string>
#include <vector>

namespace tierwise::analytics {

inline constexpr const char *kSavedSegmentKind = "segment.saved";

class SaveSegmentJob final : public jobs::Job
{
public:
    SaveSegmentJob(QString name, std::vector<std::string> customerIds, QString asOfIso)
        : m_name(std::move(name)), m_ids(std::move(customerIds)), m_asOf(std::move(asOfIso))
    {
    }
    QString kind() const override { return QString::fromLatin1(kSavedSegmentKind); }
    // BadInput for an empty name or no customers.
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    qint64 runId() const { return m_runId; } // after a successful run

private:
    QString m_name;
    std::vector<std::string> m_ids;
    QString m_asOf;
    qint64 m_runId = 0;
};

class DeleteRunJob final : public jobs::Job
{
public:
    explicit DeleteRunJob(qint64 runId) : m_runId(runId) {}
    QString kind() const override { return QStringLiteral("run.delete"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;

private:
    qint64 m_runId;
};

} // namespace tierwise::analytics
