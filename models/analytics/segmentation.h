#pragma once

// One segmentation as a whole: features as of a date, a method (value tiers, RFM, k-means, or
// the composite value × risk), the run persisted with its assignments, and the rows for a CSV
// file. What `tierwise-cli segment` runs, and what the GUI will run as a job.

#include "ingest/values.h"
#include "jobs/job.h"
#include "jobs/progress.h"
#include "jobs/runstore.h"
#include "result.h"

#include <Eigen/Core>

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tierwise::store { class Workspace; }

namespace tierwise::analytics {

enum class SegmentMethod { Tiers, Rfm, KMeans, Composite };

struct CustomerFeatures;

// The k-means features per customer (rows as the features'): age, tenure, recency, frequency,
// spend, AUM, product count, mobile and counter shares — columns named as kmeans.h's vocabulary
// knows them; `log` marks the money and count columns standardised on a log scale.
struct ClusteringMatrix
{
    Eigen::MatrixXd x;
    QStringList columns;
    std::vector<bool> log;
};
ClusteringMatrix clusteringMatrix(const CustomerFeatures &features);

QString segmentMethodName(SegmentMethod method); // "tiers", "rfm", "kmeans", "composite"
std::optional<SegmentMethod> segmentMethodFromName(const QString &name);

struct SegmentOptions
{
    SegmentMethod method = SegmentMethod::Tiers;
    ingest::Day asOf = 0;        // 0: the latest date in the workspace
    ingest::Day compareAsOf = 0; // tiers: also tier as of this earlier date; notes give the migration
    QString tierRulesFile;       // JSON tier rules (tiers, composite); empty: the defaults
    QString rfmGridFile;         // JSON segment grid (rfm); empty: the defaults
    QString valueRiskFile;       // JSON value × risk cut-offs (composite); empty: the defaults
    int k = 0;                   // k-means: a fixed k, or 0 to choose in kFrom … kTo
    int kFrom = 2;
    int kTo = 8;
    int restarts = 10;
    quint64 seed = 1;
    int silhouetteSample = 5000;
};

struct SegmentationResult
{
    qint64 runId = 0;
    QString kind;                                  // "segment.tiers", …
    QString asOf;                                  // ISO
    QStringList scoreColumns;                      // CSV columns after customer_id,segment
    std::vector<jobs::Assignment> assignments;     // sorted by customer id
    std::vector<std::string> scoreCells;           // per assignment: the score columns, CSV-ready
    std::vector<std::pair<QString, qint64>> counts; // customers per segment, largest first
    QMap<QString, QString> displayNames;           // segment key → name in the user's language
    QStringList notes;                             // e.g. the silhouette of each k tried, the Pareto
                                                   // summary of AUM, the tier migration
};

// Runs a segmentation on the workspace connection and persists it as a new run. Cancelled or
// failed: nothing is written.
Result<SegmentationResult> runSegmentation(store::Workspace &workspace, const SegmentOptions &options,
                                           jobs::Progress &progress);

// Writes customer_id,segment[,score columns] as UTF-8 CSV (atomically).
Status writeSegmentationCsv(const SegmentationResult &result, const QString &path);

// The same as a job for the JobRunner; the result is kept for the receiver.
class SegmentationJob final : public jobs::Job
{
public:
    explicit SegmentationJob(SegmentOptions options) : m_options(std::move(options)) {}
    QString kind() const override;
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const std::optional<SegmentationResult> &result() const { return m_result; }

private:
    SegmentOptions m_options;
    std::optional<SegmentationResult> m_result;
};

} // namespace tierwise::analytics
