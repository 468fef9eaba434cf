#pragma once

// A unit of long-running engine work (segmentation, CLV, …) that runs on a worker thread with
// its own connection to the workspace.

#include "jobs/progress.h"
#include "result.h"

#include <QString>

namespace tierwise::store { class Workspace; }

namespace tierwise::jobs {

class Job
{
public:
    virtual ~Job() = default;
    // Stable kind name ("segment.tiers", …), stored with the run.
    virtual QString kind() const = 0;
    // Runs on a worker thread with a connection of its own. Must call progress.report() often
    // (it returns false on cancel) and leave the workspace unchanged when cancelled or failing:
    // write results in one transaction at the end.
    virtual Status run(store::Workspace &workspace, Progress &progress) = 0;
};

} // namespace tierwise::jobs
