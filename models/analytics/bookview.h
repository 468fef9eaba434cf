#pragma once

// The whole book in memory for the workbench's linked views (segment map, navigator, segment
// overview, distributions): per customer the figures a map axis can show, and the newest run of
// every segmentation with each customer's segment. Built on a worker (loadBookView) and handed
// to the GUI thread as a value; rows are the customers sorted by id, as CustomerFeatures keeps
// them, so a row index is the same in every view.

#include "analytics/btyd.h"
#include "analytics/cohorts.h"
#include "analytics/pareto.h"
#include "jobs/job.h"
#include "jobs/progress.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace tierwise::jobs { struct RunInfo; }

namespace tierwise::analytics {

struct CustomerFeatures;

enum class BookAxis { Aum, Clv, MarginClv, PAlive, Recency, Frequency, Tenure, Age, Pc1, Pc2, Count_ };
constexpr std::size_t kBookAxes = static_cast<std::size_t>(BookAxis::Count_);
QString bookAxisName(BookAxis axis); // translated, with the unit: "AUM (¥)", "Recency (days)"
bool bookAxisIsMoney(BookAxis axis); // shown on a log scale

// Whether two lists of book rows (selections) are the same. Empty lists compare by size: Qt 6.4's
// QList == hands memcmp a null pointer when only one of two empty lists has storage (UBSan).
bool sameRows(const QVector<int> &a, const QVector<int> &b);

// A stored segment key's name in the user's language, as the run's method names it (tiers and
// RFM grids from the run's parameters, value × risk classes; cluster names are stored as shown).
QString segmentDisplayName(const jobs::RunInfo &run, const QString &key);
// The same for any segmentation kind of the book (BookSegmentation::kind): for "lifecycle" and
// "value_band" the lifecycle stage's or value band's name (run is then the CLV run).
QString segmentationSegmentName(const jobs::RunInfo &run, const QString &kind, const QString &key);
// The title a segmentation is listed under, translated (BookSegmentation::title): "Value tiers
// (run 3, 2026-10-31)"; for "lifecycle" and "value_band" run is the CLV run they come from.
QString segmentationTitle(const jobs::RunInfo &run, const QString &kind);

struct BookSegmentation
{
    qint64 runId = 0;
    QString kind;                  // "segment.tiers", …, or "lifecycle" / "value_band" of the CLV run
    QString key;                   // unique in the book: the kind, or "segment.saved:<run>" for a saved one
    QString title;                 // "Value tiers (run 3, 2026-10-31)", translated
    QStringList keys;              // segment keys, in display order
    QStringList names;             // display names, translated where the engine knows them
    std::vector<std::int16_t> group; // per customer row: index into keys, −1 if none
    // The run it comes from (for "lifecycle" and "value_band" the CLV run): title and names are
    // in the language the book was loaded in; segmentationTitle / segmentationNames below name
    // the segmentation again in the language shown now.
    std::shared_ptr<const jobs::RunInfo> run;
    // Per segment: customers and AUM (unknown AUM counts as 0); per branch × segment
    // (branch * keys.size() + segment) the same. Filled by loadBookView.
    std::vector<qint64> count, branchCount;
    std::vector<double> aum, branchAum;
};

// The segmentation's title and its segments' names (in key order) in the language shown now,
// for a language switch after the book was loaded; the stored title and names without a run.
QString segmentationTitle(const BookSegmentation &segmentation);
QStringList segmentationNames(const BookSegmentation &segmentation);

struct BookView
{
    QString asOf;                        // ISO, the features' as-of date
    std::vector<std::string> customerId; // sorted
    std::vector<std::string> branchId;
    std::vector<std::string> branches;      // the distinct branch ids, sorted ("" if some have none)
    std::vector<std::int16_t> branchIndex;  // per row: index into branches
    std::array<std::vector<double>, kBookAxes> axes; // per axis, per row; NaN if unknown
    std::vector<std::int32_t> alerts;    // early warnings per row in the CLV run
    std::vector<BookSegmentation> segmentations;
    qint64 clvRunId = 0;                 // 0: no CLV run yet (CLV axes all NaN)
    std::optional<CohortTable> cohorts;  // of the CLV run
    std::optional<HoldoutCheck> holdout; // of the CLV run
    // The book's AUM and, per branch, customers and AUM (unknown AUM counts as 0). Filled by
    // loadBookView with the segmentations' totals, so the GUI thread never sums a million rows.
    double totalAum = 0;
    std::vector<qint64> branchCount;
    std::vector<double> branchAum;

    std::size_t size() const { return customerId.size(); }
    // The row of a customer id (binary search over the sorted ids), −1 if not in the book.
    std::int32_t rowOf(std::string_view id) const;
    const std::vector<double> &axis(BookAxis a) const { return axes[static_cast<std::size_t>(a)]; }
    // The segmentation with that key (for all but saved segments, its kind), or null.
    const BookSegmentation *segmentation(const QString &key) const;
};

// Features as of the workspace's latest date, the newest CLV run's scores and outputs, the newest
// run of each segmentation kind, and the first two principal components of the clustering
// features. Reports progress; Cancelled if asked.
Result<BookView> loadBookView(sqlite3 *db, jobs::Progress &progress);
// The same from features already computed as of the workspace's latest date (the view's rows are
// the features' rows), for callers that need the features too.
Result<BookView> loadBookView(sqlite3 *db, const CustomerFeatures &features, jobs::Progress &progress);

// The same as a job for the JobRunner (it writes nothing); the result is kept for the receiver.
class BookViewJob final : public jobs::Job
{
public:
    QString kind() const override { return QStringLiteral("book.load"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    std::shared_ptr<const BookView> result() const { return m_result; }

private:
    std::shared_ptr<const BookView> m_result;
};

} // namespace tierwise::analytics
