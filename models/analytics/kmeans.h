#pragma once

// k-means clustering of customers on standardised features: z-scores (optionally of log1p for
// money columns), k-means++ seeding, Lloyd iterations with several restarts, silhouette scores on
// a sample (memory linear in n), the choice of k, and cluster profiles with suggested names.
//
// Matrices are n × d, one row per customer, column-major (Eigen's default): each feature is one
// contiguous column, which is what the blocked distance products read fastest.
// Everything is deterministic for a seed on a given machine, whatever the number of threads:
// rows are processed in fixed chunks and per-chunk partial sums are reduced in chunk order.

#include "jobs/progress.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace tierwise::analytics {

// Per-column z-scores: (f(x) − mean) / sd, where f is sign(x)·log1p(|x|) for the columns marked
// log (money: AUM, monetary) and the identity otherwise. The sd is the population sd (as
// scikit-learn's StandardScaler); a constant column gets sd 1. Non-finite values are ignored by
// fit() and become 0 (the mean) in transform().
struct Standardizer
{
    Eigen::VectorXd mean;
    Eigen::VectorXd sd;
    std::vector<bool> log; // per column; empty = no column logged

    static Standardizer fit(const Eigen::MatrixXd &x, std::vector<bool> logColumns = {});
    Eigen::MatrixXd transform(const Eigen::MatrixXd &x) const;
    // Back to original units (e.g. cluster centres).
    Eigen::MatrixXd inverse(const Eigen::MatrixXd &z) const;
    Eigen::Index columns() const { return mean.size(); }
};

struct KMeansOptions
{
    int k = 8;
    int restarts = 10;        // k-means++ seedings; the run with the lowest inertia is kept
    int maxIterations = 300;  // Lloyd iterations per restart
    double tolerance = 1e-4;  // as scikit-learn: stop when the squared centre shift summed over
                              // centres is ≤ tolerance × mean of the per-feature variances
    quint64 seed = 1;
    int threads = 0;          // 0: all cores
};

struct KMeansResult
{
    std::vector<std::int32_t> labels; // per row, 0 … k−1
    Eigen::MatrixXd centres;          // k × d, in the units of the input
    double inertia = 0;               // sum of squared distances of rows to their centre
    int iterations = 0;               // Lloyd iterations of the kept restart
    int restart = 0;                  // which restart was kept
    std::vector<qint64> sizes;        // rows per cluster
};

// Lloyd's k-means with greedy k-means++ seeding (2 + ln k candidates per centre, as
// scikit-learn). BadInput for k out of range or non-finite values; Cancelled when progress
// says so (checked between iterations and between seeded centres).
Result<KMeansResult> kmeans(const Eigen::MatrixXd &x, const KMeansOptions &options, jobs::Progress &progress);

// Mean silhouette coefficient of a random sample of rows (without replacement; all rows when
// sampleSize ≥ n), each computed against all n rows. Memory O(n + sampleSize·k), time
// O(sampleSize·n·d). Rows in singleton clusters count as 0 (as scikit-learn).
double silhouetteSample(const Eigen::MatrixXd &x, const std::vector<std::int32_t> &labels, int k,
                        int sampleSize, quint64 seed = 1, int threads = 0);
// The same over all rows by direct pairwise differences: O(n²) time, for small n and tests.
double silhouetteExact(const Eigen::MatrixXd &x, const std::vector<std::int32_t> &labels, int k);

struct KChoice
{
    std::vector<int> k;
    std::vector<double> inertia;
    std::vector<double> silhouette;   // sampled
    std::vector<KMeansResult> results;
    int suggestedK = 0;               // highest silhouette
    std::size_t suggestedIndex = 0;
};

// Runs kmeans for every k in kFrom … kTo (options.k is ignored) and scores each by its sampled
// silhouette. Needs 2 ≤ kFrom ≤ kTo.
Result<KChoice> chooseK(const Eigen::MatrixXd &x, int kFrom, int kTo, const KMeansOptions &options,
                        int silhouetteSampleSize, jobs::Progress &progress);

struct ClusterProfile
{
    int cluster = 0;
    qint64 size = 0;
    double share = 0;                  // size / n
    std::vector<double> centroid;      // mean per column in original units (NaN ignored)
    std::vector<double> z;             // (centroid − overall mean) / overall sd, per column
    std::vector<int> distinguishing;   // column indices by decreasing |z|
};

// Profiles of clusters 0 … k−1 from the features in original units (n × d, NaN allowed).
std::vector<ClusterProfile> profile(const Eigen::MatrixXd &original, const std::vector<std::int32_t> &labels,
                                    int k);

// Words for a feature column far above / below the overall mean. The built-in vocabulary covers
// the column names of features.h (age, tenureMonths, recencyDays, frequency, monetary, aum1m,
// aum3m, aum12m, aumTrend, riskLevel, productCount, <family>Products, <channel>Share …).
struct FeatureWords
{
    QString high;
    QString low;
};
// Translated words for a column name (case-insensitive); generic "high X" / "low X" for unknown
// columns.
FeatureWords featureWords(const QString &column);

// A readable name from the top features whose |z| ≥ minAbsZ (at most maxFeatures, no word
// repeated), e.g. "young, online-first, low AUM"; "average customers" when nothing stands out.
QString suggestName(const ClusterProfile &profile, const QStringList &columns, int maxFeatures = 3,
                    double minAbsZ = 0.5);

// A k-means segment's name (its key, made by suggestName in the language of the run, perhaps with a
// " (n)" suffix) in the language shown now: each word found in the vocabulary of any shipped
// catalogue is said again with tr(); anything else (a name the user gave) stays as it is.
QString clusterDisplayName(const QString &key);

} // namespace tierwise::analytics
