#pragma once

// The figures of a PDF segment brief for a branch manager (DOMAIN.md §4–§6): one segmentation of
// the workspace's newest runs (value tiers by default), for the whole book or one branch — the
// summary of that book and, per chosen segment, everything the brief prints, already aggregated
// (sums, shares, histogram bins, the cohort curve, counts, a density grid for the segment map).
//
// Guarantees:
// - gatherBrief only reads (its connection may be read-only), reports progress and stops with a
//   Cancelled error when asked; bad options are BadInput errors that name the option and the
//   offending value (an unknown segmentation, segment key or branch).
// - Option errors carry the offending value in Error::value.
// - Shares are of the scope: the branch's customers, or the whole book's.
// - Customer ids in BriefData are already masked (privacy::maskId) unless BriefOptions::masked
//   is false.
// - Names are kept as keys: the renderer names segments, warning kinds and the segmentation in
//   the language installed when it renders (briefSegmentName, briefSegmentationTitle).

#include "analytics/bookdata.h"
#include "analytics/features.h"
#include "analytics/warnings.h"
#include "jobs/job.h"
#include "jobs/progress.h"
#include "jobs/runstore.h"
#include "result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <vector>

struct sqlite3;

namespace tierwise::analytics {

// What a segment's strategy section prints. The integrator fills BriefOptions::strategies from
// the strategy editor (title: the strategy's name; lines: "Objective: …", "Products: …", …).
struct BriefStrategy
{
    QString title;
    QStringList lines;
};

struct BriefOptions
{
    // tiers, rfm, kmeans, composite, lifecycle, value_band; or a BookSegmentation::key (a kind
    // such as "segment.rfm", or "segment.saved:12" for a saved segment).
    QString segmentation = QStringLiteral("tiers");
    QStringList segments;   // segment keys to brief on (printed in the segmentation's order); empty: all
    QString branch;         // a branch id; empty: all branches
    QString bankName;       // for the cover; empty: the workspace file's base name
    bool masked = true;     // customer ids masked in the data (privacy::maskId)
    std::map<QString, BriefStrategy> strategies; // per segment key
    int topWarned = 10;     // largest-AUM customers with a warning, per segment
    int topProducts = 5;    // next-best products, per segment
};

// The segmentation names the command line and BriefOptions::segmentation accept.
QStringList briefSegmentationNames(); // tiers, rfm, kmeans, composite, lifecycle, value_band

// Counts in bins of equal width in log10 of the value (money: values below 1 currency unit are
// counted apart, so a log axis starts at 1).
struct BriefHistogram
{
    double logFrom = 0;           // log10 of the first bin's lower edge (≥ 0)
    double logTo = 0;             // log10 of the last bin's upper edge
    std::vector<qint64> counts;   // customers per bin; values beyond the ends count in the end bins
    qint64 belowOne = 0;          // customers with a value below 1, ≤ 0 included (not in the bins)
    qint64 missing = 0;           // customers without a value
    double median = std::numeric_limits<double>::quiet_NaN(); // of the known values, ≤ 0 included
};

// Customers per cell of a grid over the segment map's axes (BriefData::mapAxes).
struct BriefDensity
{
    int columns = 0;
    int rows = 0;
    std::vector<std::uint32_t> counts; // rows × columns, row 0 at the lowest y
    qint64 shown = 0;                  // customers on the grid
    qint64 hidden = 0;                 // left out: AUM or margin CLV below 1 or unknown
    std::uint32_t max() const;
};

// The map's axes: log10 of AUM (x) and of margin CLV (y), from 0 (1 currency unit) or more; the
// same for every map of a brief.
struct BriefMapAxes
{
    double xFrom = 0, xTo = 1, yFrom = 0, yTo = 1;
};

enum class BriefAgeBand { Under25, From25, From35, From45, From55, From65, Unknown, Count_ };
constexpr std::size_t kBriefAgeBands = static_cast<std::size_t>(BriefAgeBand::Count_);
constexpr std::size_t kBriefChannels = static_cast<std::size_t>(Channel::Count_) + 1; // + no transactions
constexpr std::size_t kBriefFamilies = static_cast<std::size_t>(ProductFamily::Count_);

// A typical profile: counts of customers.
struct BriefProfile
{
    qint64 customers = 0;
    std::array<qint64, kBriefAgeBands> ageBands{};
    // By the channel of most of the customer's transactions (Channel); the last: no transactions.
    std::array<qint64, kBriefChannels> channel{};
    std::array<qint64, kBriefFamilies> holders{}; // customers holding a product of the family
};

// A customer with early warnings.
struct BriefWarned
{
    QString customer;         // id, masked unless the brief is unmasked
    double aum = 0;
    std::uint32_t kinds = 0;  // bit (1 << AlertKind) per kind of warning the customer has
    int severity = 0;         // the highest: 1 info, 2 warning, 3 serious
};

struct BriefProduct
{
    QString code;
    QString name;             // as imported
    ProductType type = ProductType::Other;
    qint64 customers = 0;     // customers of the segment it is suggested to (any rank)
};

struct BriefSegment
{
    QString key;
    QString name;             // as named when gathered (briefSegmentName names it when rendering)
    int colorIndex = 0;       // the segment's place in its segmentation (stable colours)
    qint64 customers = 0;
    double aum = 0;           // unknown AUM counts as 0
    double marginClv = 0;     // sum of the known margin CLVs
    double averagePAlive = std::numeric_limits<double>::quiet_NaN();
    qint64 warnedCustomers = 0; // customers with at least one early warning
    std::array<qint64, kAlertKinds> alerts{};         // warnings per kind
    std::array<qint64, kAlertKinds> alertCustomers{}; // customers with a warning of the kind
    BriefDensity map;
    BriefHistogram aumHistogram;
    BriefHistogram clvHistogram; // margin CLV
    // Average active share by months since acquisition (cohort-size weighted; NaN where no
    // cohort of the segment is that old), as CohortTable::averageActive.
    std::vector<double> activeCurve;
    BriefProfile profile;
    std::vector<BriefWarned> topWarned;  // largest AUM first
    std::vector<BriefProduct> nextBest;  // most suggested first

    double averageAum() const { return customers > 0 ? aum / double(customers) : 0.0; }
};

struct BriefData
{
    QString workspaceName;     // the file's base name
    QString bankName;          // for the cover
    QString branch;            // the branch id; empty: all branches
    QString branchName;        // as imported; may be empty
    QString asOf;              // ISO date of the figures
    QDateTime generated;       // when gathered (local time)
    QString segmentationKind;  // BookSegmentation::kind
    QString segmentationKey;   // BookSegmentation::key
    jobs::RunInfo run;         // the run the segments come from (the CLV run for lifecycle and value bands)
    bool masked = true;
    qint64 clvRunId = 0;       // 0: no lifetime-value run (CLV, P(alive), warnings, next-best empty)

    // The scope: the branch's customers, or the book's.
    qint64 customers = 0;
    double aum = 0;
    double marginClv = 0;
    double averagePAlive = std::numeric_limits<double>::quiet_NaN();
    qint64 warnedCustomers = 0;
    // Lorenz curve of AUM (at most 201 points), top-20 % share and Gini (pareto.h).
    QVector<double> lorenzX, lorenzY;
    double top20Share = 0;
    double gini = 0;
    BriefMapAxes mapAxes;
    BriefDensity bookMap;
    std::vector<double> bookActiveCurve;
    BriefProfile bookProfile;

    std::vector<BriefSegment> segments; // the chosen ones, in the segmentation's order
    std::map<QString, BriefStrategy> strategies;

    struct Timings
    {
        double features = 0, book = 0, activity = 0, figures = 0;
    } seconds;
};

// The segmentation's title and a segment's name in the language installed now.
QString briefSegmentationTitle(const BriefData &data);
QString briefSegmentName(const BriefData &data, const BriefSegment &segment);

// Gathers the brief's figures as of the workspace's latest date. See the header comment.
Result<BriefData> gatherBrief(sqlite3 *db, const BriefOptions &options, jobs::Progress &progress);

// gatherBrief as a job for the JobRunner (it writes nothing); the result is kept for the receiver.
class BriefJob final : public jobs::Job
{
public:
    explicit BriefJob(BriefOptions options) : m_options(std::move(options)) {}
    QString kind() const override { return QStringLiteral("brief.gather"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const BriefOptions &options() const { return m_options; }
    std::shared_ptr<const BriefData> result() const { return m_result; }

private:
    BriefOptions m_options;
    std::shared_ptr<const BriefData> m_result;
};

// Records an unmasked brief written to `path` in the workspace's audit table (DESIGN.md §6);
// a masked brief records nothing.
Status recordBriefExport(sqlite3 *db, const BriefData &data, const QString &path);

// recordBriefExport as a job (for the window, whose thread runs no SQL).
class BriefAuditJob final : public jobs::Job
{
public:
    BriefAuditJob(std::shared_ptr<const BriefData> data, QString path) : m_data(std::move(data)), m_path(std::move(path)) {}
    QString kind() const override { return QStringLiteral("brief.audit"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;

private:
    std::shared_ptr<const BriefData> m_data;
    QString m_path;
};

} // namespace tierwise::analytics
