#include "analytics/kmeans.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QTranslator>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <limits>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::KMeans)
};

} // namespace

namespace tierwise::analytics {
namespace {

using Eigen::Index;
using Eigen::MatrixXd;
using Eigen::VectorXd;

// Rows per unit of parallel work (fixed, so that results do not depend on the thread count) and
// per distance product inside a chunk (k × kBlock distances stay in L1/L2).
constexpr Index kChunk = 8192;
constexpr Index kBlock = 256;

// splitmix64: small, fast, and the same sequence on every platform.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform in [0, n).
    Index below(Index n) { return std::min<Index>(Index(uniform() * double(n)), n - 1); }

private:
    quint64 m_state;
};

int threadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

// Runs f(chunk) for chunk 0 … count−1 on a fixed set of threads (the caller's included) that lives
// as long as the object: cheaper than starting threads for every Lloyd iteration.
class ChunkRunner
{
public:
    explicit ChunkRunner(int threads)
    {
        for (int i = 1; i < threads; ++i)
            m_workers.emplace_back([this] { work(); });
    }
    ~ChunkRunner()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        for (std::thread &t : m_workers)
            t.join();
    }
    ChunkRunner(const ChunkRunner &) = delete;
    ChunkRunner &operator=(const ChunkRunner &) = delete;

    void run(Index count, const std::function<void(Index)> &f)
    {
        if (m_workers.empty() || count <= 1) {
            for (Index c = 0; c < count; ++c)
                f(c);
            return;
        }
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_task = &f;
            m_count = count;
            m_next.store(0);
            m_active = int(m_workers.size());
            ++m_generation;
        }
        m_wake.notify_all();
        drain();
        std::unique_lock<std::mutex> lock(m_mutex);
        m_done.wait(lock, [this] { return m_active == 0; });
        m_task = nullptr;
    }

private:
    void drain()
    {
        for (Index c = m_next.fetch_add(1); c < m_count; c = m_next.fetch_add(1))
            (*m_task)(c);
    }
    void work()
    {
        quint64 seen = 0;
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(m_mutex);
                m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
                if (m_stop)
                    return;
                seen = m_generation;
            }
            drain();
            std::lock_guard<std::mutex> lock(m_mutex);
            if (--m_active == 0)
                m_done.notify_all();
        }
    }

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(Index)> *m_task = nullptr;
    Index m_count = 0;
    std::atomic<Index> m_next{0};
    int m_active = 0;
    quint64 m_generation = 0;
    bool m_stop = false;
};

Index chunkCount(Index n)
{
    return (n + kChunk - 1) / kChunk;
}

// --- Kernels ---------------------------------------------------------------------------------
// Four rows at a time in GCC vector types over the column-major matrix (column f of row i at
// x[f * ld + i]). On x86-64 they are compiled twice, for AVX2 and for the SSE2 baseline, and the
// first call picks one by the CPU (a plain test, not an ifunc: ifunc resolvers run before
// ThreadSanitizer is initialised); neither contracts a*b + c into FMA, so both give bit-identical
// results.

#if defined(__x86_64__) && defined(__GNUC__)
#define TIERWISE_KERNEL_AVX2 1
#endif
#define TIERWISE_INLINE inline __attribute__((always_inline))

typedef double V4 __attribute__((vector_size(32)));

// Rows ahead at which the kernels prefetch each column (the columns are separate streams).
constexpr Index kPrefetch = 256;

// Macros rather than functions: a function returning V4 would have a different ABI in each clone.
#define TIERWISE_SPLAT(v) (V4{0, 0, 0, 0} + double(v))
#define TIERWISE_LOAD(dst, p) std::memcpy(&(dst), (p), sizeof(V4))

// Nearest centre of rows [r0, r1) by ‖c‖² − 2 x·c (the row's ‖x‖² is the same for all centres):
// minus2C is k × d row-major (−2 c), centreNorms ‖c‖². Labels are updated in place and the number
// of changed labels returned. With sums (4 copies of k × d row-major, one per lane, to break the
// dependency chains) and counts, the rows are also summed per cluster. D > 0 is d known at compile
// time: the four rows' features then stay in registers while the centres go by.
template<int D>
TIERWISE_INLINE qint64 assignRowsFor(const double *x, Index ld, Index dynamicD, Index r0,
                                                           Index r1, const double *minus2C, const double *centreNorms,
                                                           Index k, std::int32_t *labels, double *sums, qint64 *counts)
{
    const Index d = D > 0 ? Index(D) : dynamicD;
    qint64 changed = 0;
    Index i = r0;
    for (; i + 4 <= r1; i += 4) {
        V4 rows[D > 0 ? D : 1];
        if ((i & 7) == 0) // one cache line of each column, well ahead
            for (Index f = 0; f < d; ++f)
                __builtin_prefetch(x + f * ld + i + kPrefetch);
        if constexpr (D > 0)
            for (int f = 0; f < D; ++f)
                TIERWISE_LOAD(rows[f], x + f * ld + i);
        V4 best = TIERWISE_SPLAT(std::numeric_limits<double>::infinity());
        V4 bestLabel = TIERWISE_SPLAT(0);
        for (Index j = 0; j < k; ++j) {
            V4 acc = TIERWISE_SPLAT(centreNorms[j]);
            const double *c = minus2C + j * d;
            if constexpr (D > 0) {
                for (int f = 0; f < D; ++f)
                    acc += c[f] * rows[f];
            } else {
                for (Index f = 0; f < d; ++f) {
                    V4 xf;
                    TIERWISE_LOAD(xf, x + f * ld + i);
                    acc += c[f] * xf;
                }
            }
            const auto closer = acc < best;
            best = closer ? acc : best;
            bestLabel = closer ? TIERWISE_SPLAT(double(j)) : bestLabel;
        }
        for (int l = 0; l < 4; ++l) {
            const std::int32_t label = std::int32_t(bestLabel[l]);
            changed += labels[i + l] != label;
            labels[i + l] = label;
            if (sums) {
                ++counts[label];
                double *s = sums + (l * k + label) * d;
                if constexpr (D > 0) {
                    for (int f = 0; f < D; ++f)
                        s[f] += rows[f][l];
                } else {
                    for (Index f = 0; f < d; ++f)
                        s[f] += x[f * ld + i + l];
                }
            }
        }
    }
    for (; i < r1; ++i) { // the same arithmetic, one row at a time
        double best = std::numeric_limits<double>::infinity();
        std::int32_t label = 0;
        for (Index j = 0; j < k; ++j) {
            double acc = centreNorms[j];
            const double *c = minus2C + j * d;
            for (Index f = 0; f < d; ++f)
                acc += c[f] * x[f * ld + i];
            if (acc < best) {
                best = acc;
                label = std::int32_t(j);
            }
        }
        changed += labels[i] != label;
        labels[i] = label;
        if (sums) {
            ++counts[label];
            double *s = sums + label * d;
            for (Index f = 0; f < d; ++f)
                s[f] += x[f * ld + i];
        }
    }
    return changed;
}

TIERWISE_INLINE qint64 assignRowsAnyD(const double *x, Index ld, Index d, Index r0, Index r1, const double *minus2C,
                                      const double *centreNorms, Index k, std::int32_t *labels, double *sums,
                                      qint64 *counts)
{
#define TIERWISE_ASSIGN(D) assignRowsFor<D>(x, ld, d, r0, r1, minus2C, centreNorms, k, labels, sums, counts)
    switch (d) {
    case 2: return TIERWISE_ASSIGN(2);
    case 3: return TIERWISE_ASSIGN(3);
    case 4: return TIERWISE_ASSIGN(4);
    case 5: return TIERWISE_ASSIGN(5);
    case 6: return TIERWISE_ASSIGN(6);
    case 7: return TIERWISE_ASSIGN(7);
    case 8: return TIERWISE_ASSIGN(8);
    default: return TIERWISE_ASSIGN(0);
    }
#undef TIERWISE_ASSIGN
}

// Squared distances of rows [r0, r1) to the point p (direct differences), the minimum with
// closest when given, written to out; returns their sum.
TIERWISE_INLINE double distanceRowsImpl(const double *x, Index ld, Index d, Index r0, Index r1, const double *p,
                                        const double *closest, double *out)
{
    V4 total = TIERWISE_SPLAT(0);
    Index i = r0;
    for (; i + 4 <= r1; i += 4) {
        if ((i & 7) == 0)
            for (Index f = 0; f < d; ++f)
                __builtin_prefetch(x + f * ld + i + kPrefetch);
        V4 acc = TIERWISE_SPLAT(0);
        for (Index f = 0; f < d; ++f) {
            V4 xf;
            TIERWISE_LOAD(xf, x + f * ld + i);
            const V4 diff = xf - p[f];
            acc += diff * diff;
        }
        if (closest) {
            V4 c;
            TIERWISE_LOAD(c, closest + i);
            acc = c < acc ? c : acc;
        }
        std::memcpy(out + i, &acc, sizeof acc);
        total += acc;
    }
    double sum = (total[0] + total[1]) + (total[2] + total[3]);
    for (; i < r1; ++i) {
        double acc = 0;
        for (Index f = 0; f < d; ++f) {
            const double diff = x[f * ld + i] - p[f];
            acc += diff * diff;
        }
        if (closest)
            acc = std::min(closest[i], acc);
        out[i] = acc;
        sum += acc;
    }
    return sum;
}

// The two builds of each kernel and the choice between them.
#define TIERWISE_ASSIGN_PARAMS                                                                    \
    const double *x, Index ld, Index d, Index r0, Index r1, const double *minus2C,                \
        const double *centreNorms, Index k, std::int32_t *labels, double *sums, qint64 *counts
#define TIERWISE_ASSIGN_ARGS x, ld, d, r0, r1, minus2C, centreNorms, k, labels, sums, counts
#define TIERWISE_DISTANCE_PARAMS                                                                  \
    const double *x, Index ld, Index d, Index r0, Index r1, const double *p, const double *closest, double *out
#define TIERWISE_DISTANCE_ARGS x, ld, d, r0, r1, p, closest, out

qint64 assignRowsBase(TIERWISE_ASSIGN_PARAMS)
{
    return assignRowsAnyD(TIERWISE_ASSIGN_ARGS);
}

double distanceRowsBase(TIERWISE_DISTANCE_PARAMS)
{
    return distanceRowsImpl(TIERWISE_DISTANCE_ARGS);
}

#ifdef TIERWISE_KERNEL_AVX2
__attribute__((target("avx2"))) qint64 assignRowsAvx2(TIERWISE_ASSIGN_PARAMS)
{
    return assignRowsAnyD(TIERWISE_ASSIGN_ARGS);
}

__attribute__((target("avx2"))) double distanceRowsAvx2(TIERWISE_DISTANCE_PARAMS)
{
    return distanceRowsImpl(TIERWISE_DISTANCE_ARGS);
}

bool hasAvx2()
{
    static const bool avx2 = __builtin_cpu_supports("avx2");
    return avx2;
}
#endif

qint64 assignRows(TIERWISE_ASSIGN_PARAMS)
{
#ifdef TIERWISE_KERNEL_AVX2
    if (hasAvx2())
        return assignRowsAvx2(TIERWISE_ASSIGN_ARGS);
#endif
    return assignRowsBase(TIERWISE_ASSIGN_ARGS);
}

double distanceRows(TIERWISE_DISTANCE_PARAMS)
{
#ifdef TIERWISE_KERNEL_AVX2
    if (hasAvx2())
        return distanceRowsAvx2(TIERWISE_DISTANCE_ARGS);
#endif
    return distanceRowsBase(TIERWISE_DISTANCE_ARGS);
}

// Everything one kmeans() call shares between restarts.
struct Context
{
    const MatrixXd &x;
    int k = 0;
    ChunkRunner &runner;
    jobs::Progress &progress;
};

// Per-chunk partial results of an assignment pass, reduced in chunk order.
struct Partial
{
    std::vector<double> sums;    // 4 copies of k × d row-major
    std::vector<qint64> counts;  // k
    qint64 changed = 0;
};

// Assigns each row to its nearest centre and, with update, sums rows per cluster (sums k × d,
// counts k). Returns the number of labels that changed.
qint64 assign(Context &ctx, const MatrixXd &centres, std::vector<std::int32_t> &labels, bool update,
              MatrixXd *sums, std::vector<qint64> *counts)
{
    const MatrixXd &x = ctx.x;
    const Index n = x.rows(), d = x.cols(), k = centres.rows();
    const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> minus2C = -2.0 * centres;
    const VectorXd centreNorms = centres.rowwise().squaredNorm();
    const Index chunks = chunkCount(n);
    std::vector<Partial> partial(static_cast<std::size_t>(chunks));

    ctx.runner.run(chunks, [&](Index c) {
        Partial &p = partial[std::size_t(c)];
        if (update) {
            p.sums.assign(std::size_t(4 * k * d), 0.0);
            p.counts.assign(std::size_t(k), 0);
        }
        p.changed = assignRows(x.data(), n, d, c * kChunk, std::min(n, (c + 1) * kChunk), minus2C.data(),
                               centreNorms.data(), k, labels.data(), update ? p.sums.data() : nullptr,
                               update ? p.counts.data() : nullptr);
    });

    qint64 changed = 0;
    if (update) {
        sums->setZero(k, d);
        counts->assign(std::size_t(k), 0);
    }
    for (const Partial &p : partial) {
        changed += p.changed;
        if (!update)
            continue;
        for (Index copy = 0; copy < 4; ++copy)
            for (Index j = 0; j < k; ++j)
                for (Index f = 0; f < d; ++f)
                    (*sums)(j, f) += p.sums[std::size_t((copy * k + j) * d + f)];
        for (Index j = 0; j < k; ++j)
            (*counts)[std::size_t(j)] += p.counts[std::size_t(j)];
    }
    return changed;
}

// Σ ‖x_i − c_label(i)‖² by direct differences (exact, unlike the expanded form).
double inertiaOf(Context &ctx, const MatrixXd &centres, const std::vector<std::int32_t> &labels,
                 std::vector<double> *perRow = nullptr)
{
    const MatrixXd &x = ctx.x;
    const Index n = x.rows(), d = x.cols();
    const Index chunks = chunkCount(n);
    std::vector<double> partial(static_cast<std::size_t>(chunks), 0.0);
    ctx.runner.run(chunks, [&](Index c) {
        const Index r0 = c * kChunk, r1 = std::min(n, r0 + kChunk);
        double rows[kChunk];
        std::fill(rows, rows + (r1 - r0), 0.0);
        for (Index f = 0; f < d; ++f) {
            const double *xf = x.col(f).data();
            const double *cf = centres.col(f).data();
            for (Index i = r0; i < r1; ++i) {
                const double diff = xf[i] - cf[labels[std::size_t(i)]];
                rows[i - r0] += diff * diff;
            }
        }
        double sum = 0;
        for (Index i = 0; i < r1 - r0; ++i)
            sum += rows[i];
        if (perRow)
            std::copy(rows, rows + (r1 - r0), perRow->begin() + r0);
        partial[std::size_t(c)] = sum;
    });
    return std::accumulate(partial.begin(), partial.end(), 0.0);
}

// Greedy k-means++ (as scikit-learn): each new centre is the best of 2 + ln k candidates drawn
// with probability proportional to the squared distance to the nearest chosen centre.
Result<MatrixXd> seed(Context &ctx, Random &rng)
{
    const MatrixXd &x = ctx.x;
    const Index n = x.rows(), d = x.cols(), k = ctx.k;
    const Index chunks = chunkCount(n);
    const Index trials = 2 + Index(std::log(double(k)));

    MatrixXd centres(k, d);
    centres.row(0) = x.row(rng.below(n));

    VectorXd closest(n);                    // squared distance to the nearest centre so far
    std::vector<double> closestChunk(static_cast<std::size_t>(chunks)); // its sum per chunk
    MatrixXd candidateDist(n, trials);     // min(closest, distance to candidate t)
    MatrixXd candidateChunk(chunks, trials);

    // Squared distances of all rows to the given points (rows of p), minimum with closest.
    auto distances = [&](const MatrixXd &p, bool first) {
        const Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> points = p;
        ctx.runner.run(chunks, [&](Index c) {
            const Index r0 = c * kChunk, r1 = std::min(n, r0 + kChunk);
            for (Index t = 0; t < points.rows(); ++t) {
                const double *pt = points.data() + t * d;
                if (first)
                    closestChunk[std::size_t(c)] = distanceRows(x.data(), n, d, r0, r1, pt, nullptr, closest.data());
                else
                    candidateChunk(c, t) =
                        distanceRows(x.data(), n, d, r0, r1, pt, closest.data(), candidateDist.col(t).data());
            }
        });
    };

    distances(centres.topRows(1), true);
    double potential = std::accumulate(closestChunk.begin(), closestChunk.end(), 0.0);

    MatrixXd candidates(trials, d);
    std::vector<Index> candidateRows(static_cast<std::size_t>(trials));
    for (Index j = 1; j < k; ++j) {
        if (!ctx.progress.report(0, 0, Tr::tr("Seeding cluster centres")))
            return Error::cancelled(Tr::tr("k-means was cancelled"));
        for (Index t = 0; t < trials; ++t) {
            // The first row whose running sum of closest reaches u × potential.
            const double target = rng.uniform() * potential;
            double run = 0;
            Index c = 0;
            while (c + 1 < chunks && run + closestChunk[std::size_t(c)] < target)
                run += closestChunk[std::size_t(c++)];
            const Index r1 = std::min(n, (c + 1) * kChunk);
            Index row = c * kChunk;
            Index lastPositive = row;
            for (; row < r1; ++row) {
                if (closest[row] > 0)
                    lastPositive = row;
                run += closest[row];
                if (run >= target && closest[row] > 0)
                    break;
            }
            if (row >= r1)
                row = lastPositive;
            candidateRows[std::size_t(t)] = row;
            candidates.row(t) = x.row(row);
        }
        distances(candidates, false);
        Index best = 0;
        double bestPotential = std::numeric_limits<double>::infinity();
        for (Index t = 0; t < trials; ++t) {
            double pot = 0;
            for (Index c = 0; c < chunks; ++c)
                pot += candidateChunk(c, t);
            if (pot < bestPotential) {
                bestPotential = pot;
                best = t;
            }
        }
        centres.row(j) = candidates.row(best);
        closest = candidateDist.col(best);
        for (Index c = 0; c < chunks; ++c)
            closestChunk[std::size_t(c)] = candidateChunk(c, best);
        potential = bestPotential;
    }
    return centres;
}

// Empty clusters take the rows farthest from their centres (as scikit-learn), which leave their
// own cluster's sums.
void relocateEmpty(Context &ctx, const MatrixXd &oldCentres, const std::vector<std::int32_t> &labels,
                   MatrixXd &sums, std::vector<qint64> &counts)
{
    std::vector<Index> empty;
    for (std::size_t j = 0; j < counts.size(); ++j)
        if (counts[j] == 0)
            empty.push_back(Index(j));
    if (empty.empty())
        return;
    const Index n = ctx.x.rows();
    std::vector<double> dist(static_cast<std::size_t>(n));
    inertiaOf(ctx, oldCentres, labels, &dist);
    std::vector<Index> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), Index(0));
    const std::size_t m = std::min(empty.size(), std::size_t(n));
    std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(m), order.end(), [&](Index a, Index b) {
        return dist[std::size_t(a)] > dist[std::size_t(b)] || (dist[std::size_t(a)] == dist[std::size_t(b)] && a < b);
    });
    for (std::size_t e = 0; e < m; ++e) {
        const Index row = order[e];
        const std::size_t from = std::size_t(labels[std::size_t(row)]);
        if (counts[from] <= 1)
            continue;
        sums.row(Index(from)) -= ctx.x.row(row);
        --counts[from];
        sums.row(empty[e]) = ctx.x.row(row);
        counts[std::size_t(empty[e])] = 1;
    }
}

struct RestartOutcome
{
    MatrixXd centres;
    std::vector<std::int32_t> labels;
    int iterations = 0;
    double inertia = 0;
};

Result<RestartOutcome> lloyd(Context &ctx, const KMeansOptions &options, MatrixXd centres, double tolerance,
                             int restart)
{
    const Index n = ctx.x.rows(), d = ctx.x.cols(), k = ctx.k;
    RestartOutcome out;
    out.labels.assign(std::size_t(n), -1);
    MatrixXd sums(k, d);
    std::vector<qint64> counts;
    bool strict = false;
    int it = 0;
    while (it < options.maxIterations) {
        if (!ctx.progress.report(restart, options.restarts,
                                 Tr::tr("k-means: restart %1 of %2, iteration %3")
                                     .arg(restart + 1).arg(options.restarts).arg(it + 1)))
            return Error::cancelled(Tr::tr("k-means was cancelled"));
        const qint64 changed = assign(ctx, centres, out.labels, true, &sums, &counts);
        ++it;
        relocateEmpty(ctx, centres, out.labels, sums, counts);
        MatrixXd next = centres;
        for (Index j = 0; j < k; ++j)
            if (counts[std::size_t(j)] > 0)
                next.row(j) = sums.row(j) / double(counts[std::size_t(j)]);
        const double shift = (next - centres).squaredNorm();
        centres = std::move(next);
        if (changed == 0) {
            strict = true;
            break;
        }
        if (shift <= tolerance)
            break;
    }
    if (!strict)
        assign(ctx, centres, out.labels, false, nullptr, nullptr);
    out.iterations = it;
    out.inertia = inertiaOf(ctx, centres, out.labels);
    out.centres = std::move(centres);
    return out;
}

} // namespace

// --- Standardizer ---------------------------------------------------------------------------

namespace {

double logged(double v)
{
    return std::copysign(std::log1p(std::fabs(v)), v);
}

double unlogged(double v)
{
    return std::copysign(std::expm1(std::fabs(v)), v);
}

} // namespace

Standardizer Standardizer::fit(const Eigen::MatrixXd &x, std::vector<bool> logColumns)
{
    Standardizer s;
    const Index d = x.cols();
    logColumns.resize(std::size_t(d), false);
    s.log = std::move(logColumns);
    s.mean = VectorXd::Zero(d);
    s.sd = VectorXd::Ones(d);
    for (Index f = 0; f < d; ++f) {
        const bool lg = s.log[std::size_t(f)];
        double sum = 0;
        qint64 count = 0;
        for (Index i = 0; i < x.rows(); ++i) {
            const double v = x(i, f);
            if (std::isfinite(v)) {
                sum += lg ? logged(v) : v;
                ++count;
            }
        }
        if (count == 0)
            continue;
        const double mean = sum / double(count);
        double ss = 0;
        for (Index i = 0; i < x.rows(); ++i) {
            const double v = x(i, f);
            if (std::isfinite(v)) {
                const double dv = (lg ? logged(v) : v) - mean;
                ss += dv * dv;
            }
        }
        const double sd = std::sqrt(ss / double(count));
        s.mean[f] = mean;
        s.sd[f] = sd > 0 ? sd : 1.0;
    }
    return s;
}

Eigen::MatrixXd Standardizer::transform(const Eigen::MatrixXd &x) const
{
    MatrixXd z(x.rows(), x.cols());
    for (Index f = 0; f < x.cols(); ++f) {
        const bool lg = f < Index(log.size()) && log[std::size_t(f)];
        for (Index i = 0; i < x.rows(); ++i) {
            const double v = x(i, f);
            z(i, f) = std::isfinite(v) ? ((lg ? logged(v) : v) - mean[f]) / sd[f] : 0.0;
        }
    }
    return z;
}

Eigen::MatrixXd Standardizer::inverse(const Eigen::MatrixXd &z) const
{
    MatrixXd x(z.rows(), z.cols());
    for (Index f = 0; f < z.cols(); ++f) {
        const bool lg = f < Index(log.size()) && log[std::size_t(f)];
        for (Index i = 0; i < z.rows(); ++i) {
            const double v = z(i, f) * sd[f] + mean[f];
            x(i, f) = lg ? unlogged(v) : v;
        }
    }
    return x;
}

// --- k-means ---------------------------------------------------------------------------------

Result<KMeansResult> kmeans(const Eigen::MatrixXd &x, const KMeansOptions &options, jobs::Progress &progress)
{
    const Index n = x.rows(), d = x.cols();
    if (options.k < 1 || Index(options.k) > n)
        return Error::badInput(Tr::tr("k-means needs 1 ≤ k ≤ %1 (the number of rows), not %2").arg(n).arg(options.k));
    if (d < 1)
        return Error::badInput(Tr::tr("k-means needs at least one feature"));
    if (options.restarts < 1 || options.maxIterations < 1)
        return Error::badInput(Tr::tr("k-means needs at least one restart and one iteration"));
    if (!x.allFinite())
        return Error::badInput(Tr::tr("k-means needs finite feature values (standardise or impute first)"));

    ChunkRunner runner(threadCount(options.threads));
    Context ctx{x, options.k, runner, progress};

    // scikit-learn's tolerance: relative to the mean per-feature variance.
    const VectorXd means = x.colwise().mean();
    const double meanVariance = (x.rowwise() - means.transpose()).colwise().squaredNorm().sum() / double(n * d);
    const double tolerance = options.tolerance * meanVariance;

    Random seeds(options.seed);
    std::optional<RestartOutcome> best;
    int bestRestart = 0;
    for (int r = 0; r < options.restarts; ++r) {
        Random rng(seeds.next());
        Result<MatrixXd> centres = seed(ctx, rng);
        if (!centres)
            return centres.error();
        Result<RestartOutcome> outcome = lloyd(ctx, options, std::move(centres).value(), tolerance, r);
        if (!outcome)
            return outcome.error();
        if (!best || outcome->inertia < best->inertia) {
            best = std::move(outcome).value();
            bestRestart = r;
        }
    }
    progress.report(options.restarts, options.restarts, Tr::tr("k-means finished"));

    KMeansResult result;
    result.labels = std::move(best->labels);
    result.centres = std::move(best->centres);
    result.inertia = best->inertia;
    result.iterations = best->iterations;
    result.restart = bestRestart;
    result.sizes.assign(std::size_t(options.k), 0);
    for (std::int32_t l : result.labels)
        ++result.sizes[std::size_t(l)];
    return result;
}

// --- Silhouette ------------------------------------------------------------------------------

namespace {

double silhouetteOf(std::int32_t own, const double *sums, const std::vector<qint64> &counts)
{
    const std::size_t o = std::size_t(own);
    if (counts[o] <= 1)
        return 0.0;
    const double a = sums[o] / double(counts[o] - 1);
    double b = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < counts.size(); ++j)
        if (j != o && counts[j] > 0)
            b = std::min(b, sums[j] / double(counts[j]));
    if (!std::isfinite(b))
        return 0.0;
    const double m = std::max(a, b);
    return m > 0 ? (b - a) / m : 0.0;
}

std::vector<qint64> clusterCounts(const std::vector<std::int32_t> &labels, int k)
{
    std::vector<qint64> counts(static_cast<std::size_t>(k), 0);
    for (std::int32_t l : labels)
        ++counts[std::size_t(l)];
    return counts;
}

} // namespace

double silhouetteSample(const Eigen::MatrixXd &x, const std::vector<std::int32_t> &labels, int k, int sampleSize,
                        quint64 seed, int threads)
{
    const Index n = x.rows();
    if (n < 2 || k < 2 || Index(labels.size()) != n || sampleSize < 1)
        return 0.0;
    const std::vector<qint64> counts = clusterCounts(labels, k);

    // Rows of the sample: a partial Fisher–Yates shuffle, in row order for locality.
    std::vector<Index> sample;
    if (Index(sampleSize) >= n) {
        sample.resize(std::size_t(n));
        std::iota(sample.begin(), sample.end(), Index(0));
    } else {
        std::vector<Index> all(static_cast<std::size_t>(n));
        std::iota(all.begin(), all.end(), Index(0));
        Random rng(seed);
        for (Index i = 0; i < sampleSize; ++i)
            std::swap(all[std::size_t(i)], all[std::size_t(i + rng.below(n - i))]);
        sample.assign(all.begin(), all.begin() + sampleSize);
        std::sort(sample.begin(), sample.end());
    }
    const Index m = Index(sample.size());
    const VectorXd rowNorms = x.rowwise().squaredNorm();

    // Each block of sample rows sums its distances to all rows per cluster.
    constexpr Index kSampleBlock = 32;
    const Index blocks = (m + kSampleBlock - 1) / kSampleBlock;
    std::vector<double> scores(static_cast<std::size_t>(m), 0.0);
    ChunkRunner runner(threadCount(threads));
    runner.run(blocks, [&](Index b) {
        const Index s0 = b * kSampleBlock, mb = std::min(kSampleBlock, m - s0);
        MatrixXd points(mb, x.cols());
        for (Index s = 0; s < mb; ++s)
            points.row(s) = x.row(sample[std::size_t(s0 + s)]);
        const MatrixXd minus2P = -2.0 * points;
        Eigen::ArrayXd pointNorms(mb);
        for (Index s = 0; s < mb; ++s)
            pointNorms[s] = rowNorms[sample[std::size_t(s0 + s)]];
        // Distances of the block's samples (rows) to kBlock rows (columns), summed per cluster
        // into a column per cluster: vectorised over the samples.
        Eigen::ArrayXXd sums = Eigen::ArrayXXd::Zero(mb, k);
        Eigen::ArrayXXd dist(mb, kBlock);
        for (Index b0 = 0; b0 < n; b0 += kBlock) {
            const Index nb = std::min(kBlock, n - b0);
            dist.leftCols(nb).matrix().noalias() = minus2P * x.middleRows(b0, nb).transpose();
            for (Index i = 0; i < nb; ++i)
                dist.col(i) = ((dist.col(i) + pointNorms) + rowNorms[b0 + i]).max(0.0).sqrt();
            for (Index s = 0; s < mb; ++s) { // a sample's distance to itself is 0, not rounding noise
                const Index self = sample[std::size_t(s0 + s)];
                if (self >= b0 && self < b0 + nb)
                    dist(s, self - b0) = 0.0;
            }
            for (Index i = 0; i < nb; ++i)
                sums.col(labels[std::size_t(b0 + i)]) += dist.col(i);
        }
        std::vector<double> perCluster(static_cast<std::size_t>(k));
        for (Index s = 0; s < mb; ++s) {
            for (Index j = 0; j < k; ++j)
                perCluster[std::size_t(j)] = sums(s, j);
            scores[std::size_t(s0 + s)] =
                silhouetteOf(labels[std::size_t(sample[std::size_t(s0 + s)])], perCluster.data(), counts);
        }
    });
    return std::accumulate(scores.begin(), scores.end(), 0.0) / double(m);
}

double silhouetteExact(const Eigen::MatrixXd &x, const std::vector<std::int32_t> &labels, int k)
{
    const Index n = x.rows();
    if (n < 2 || k < 2 || Index(labels.size()) != n)
        return 0.0;
    const std::vector<qint64> counts = clusterCounts(labels, k);
    std::vector<double> sums(static_cast<std::size_t>(k));
    double total = 0;
    for (Index i = 0; i < n; ++i) {
        std::fill(sums.begin(), sums.end(), 0.0);
        for (Index j = 0; j < n; ++j)
            if (j != i)
                sums[std::size_t(labels[std::size_t(j)])] += (x.row(i) - x.row(j)).norm();
        total += silhouetteOf(labels[std::size_t(i)], sums.data(), counts);
    }
    return total / double(n);
}

// --- Choice of k -----------------------------------------------------------------------------

Result<KChoice> chooseK(const Eigen::MatrixXd &x, int kFrom, int kTo, const KMeansOptions &options,
                        int silhouetteSampleSize, jobs::Progress &progress)
{
    if (kFrom < 2 || kTo < kFrom)
        return Error::badInput(Tr::tr("the range of k must satisfy 2 ≤ from ≤ to, not %1 … %2").arg(kFrom).arg(kTo));
    KChoice choice;
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int k = kFrom; k <= kTo; ++k) {
        KMeansOptions o = options;
        o.k = k;
        Result<KMeansResult> r = kmeans(x, o, progress);
        if (!r)
            return r.error();
        if (!progress.report(k - kFrom, kTo - kFrom + 1, Tr::tr("Silhouette score for k = %1").arg(k)))
            return Error::cancelled(Tr::tr("k-means was cancelled"));
        const double score = silhouetteSample(x, r->labels, k, silhouetteSampleSize, options.seed, options.threads);
        choice.k.push_back(k);
        choice.inertia.push_back(r->inertia);
        choice.silhouette.push_back(score);
        if (score > bestScore) {
            bestScore = score;
            choice.suggestedK = k;
            choice.suggestedIndex = choice.results.size();
        }
        choice.results.push_back(std::move(r).value());
    }
    return choice;
}

// --- Profiles and names ----------------------------------------------------------------------

std::vector<ClusterProfile> profile(const Eigen::MatrixXd &original, const std::vector<std::int32_t> &labels, int k)
{
    const Index n = original.rows(), d = original.cols();
    std::vector<ClusterProfile> profiles(std::size_t(std::max(k, 0)));
    for (int j = 0; j < k; ++j) {
        profiles[std::size_t(j)].cluster = j;
        profiles[std::size_t(j)].centroid.assign(std::size_t(d), 0.0);
        profiles[std::size_t(j)].z.assign(std::size_t(d), 0.0);
    }
    for (std::int32_t l : labels)
        if (l >= 0 && l < k)
            ++profiles[std::size_t(l)].size;
    for (ClusterProfile &p : profiles)
        p.share = n > 0 ? double(p.size) / double(n) : 0.0;

    std::vector<double> sum(static_cast<std::size_t>(k)), count(static_cast<std::size_t>(k));
    for (Index f = 0; f < d; ++f) {
        std::fill(sum.begin(), sum.end(), 0.0);
        std::fill(count.begin(), count.end(), 0.0);
        double total = 0, totalCount = 0;
        for (Index i = 0; i < n && i < Index(labels.size()); ++i) {
            const double v = original(i, f);
            const std::int32_t l = labels[std::size_t(i)];
            if (!std::isfinite(v) || l < 0 || l >= k)
                continue;
            sum[std::size_t(l)] += v;
            count[std::size_t(l)] += 1;
            total += v;
            totalCount += 1;
        }
        const double mean = totalCount > 0 ? total / totalCount : 0.0;
        double ss = 0;
        for (Index i = 0; i < n; ++i) {
            const double v = original(i, f);
            if (std::isfinite(v))
                ss += (v - mean) * (v - mean);
        }
        const double sd = totalCount > 0 ? std::sqrt(ss / totalCount) : 0.0;
        for (int j = 0; j < k; ++j) {
            ClusterProfile &p = profiles[std::size_t(j)];
            const double c = count[std::size_t(j)] > 0 ? sum[std::size_t(j)] / count[std::size_t(j)]
                                                        : std::numeric_limits<double>::quiet_NaN();
            p.centroid[std::size_t(f)] = c;
            p.z[std::size_t(f)] = sd > 0 && std::isfinite(c) ? (c - mean) / sd : 0.0;
        }
    }
    for (ClusterProfile &p : profiles) {
        p.distinguishing.resize(std::size_t(d));
        std::iota(p.distinguishing.begin(), p.distinguishing.end(), 0);
        std::stable_sort(p.distinguishing.begin(), p.distinguishing.end(), [&](int a, int b) {
            return std::fabs(p.z[std::size_t(a)]) > std::fabs(p.z[std::size_t(b)]);
        });
    }
    return profiles;
}

namespace {

struct Vocabulary
{
    const char *column;
    const char *high;
    const char *low;
};

// Column names of features.h (and derived per-family / per-channel columns) with the words for
// a cluster far above and far below the overall mean.
const Vocabulary kVocabulary[] = {
    {"age", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "older"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "young")},
    {"tenureMonths", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "long-standing"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "new to the bank")},
    {"recencyDays", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "lapsed"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "recently active")},
    {"frequency", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "frequent"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "infrequent")},
    {"monetary", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "big spenders"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "small spenders")},
    {"aum1m", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "high AUM"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "low AUM")},
    {"aum3m", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "high AUM"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "low AUM")},
    {"aum12m", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "high AUM"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "low AUM")},
    {"aumTrend", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "growing AUM"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "shrinking AUM")},
    {"riskLevel", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "risk-seeking"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "risk-averse")},
    {"productCount", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "multi-product"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "few products")},
    {"depositProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "savers"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "few deposits")},
    {"wealthProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "wealth-management investors"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "no wealth products")},
    {"fundProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "fund investors"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "no funds")},
    {"insuranceProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "insured"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "uninsured")},
    {"creditCardProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "card users"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "no credit card")},
    {"loanProducts", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "borrowers"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "no loans")},
    {"counterShare", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "branch-dependent"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "rarely at the counter")},
    {"onlineShare", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "online-first"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "rarely online")},
    {"mobileShare", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "mobile-first"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "rarely on mobile")},
    {"atmShare", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "ATM users"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "rarely at ATMs")},
    {"posShare", QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "card payers"),
     QT_TRANSLATE_NOOP("tierwise::analytics::KMeans", "few card payments")},
};

} // namespace

FeatureWords featureWords(const QString &column)
{
    for (const Vocabulary &v : kVocabulary)
        if (column.compare(QLatin1String(v.column), Qt::CaseInsensitive) == 0)
            return {Tr::tr(v.high), Tr::tr(v.low)};
    return {Tr::tr("high %1").arg(column), Tr::tr("low %1").arg(column)};
}

namespace {

// Every vocabulary word (and the "average customers" name) as each shipped catalogue says it,
// mapped back to its source text. Built once; the catalogues are built into the binaries.
const QHash<QString, QByteArray> &vocabularyBySpelling()
{
    static const QHash<QString, QByteArray> map = [] {
        QList<QByteArray> sources{QByteArrayLiteral("average customers")};
        for (const Vocabulary &v : kVocabulary)
            sources << QByteArray(v.high) << QByteArray(v.low);
        QHash<QString, QByteArray> out;
        for (const QByteArray &source : std::as_const(sources))
            out.insert(QString::fromUtf8(source), source);
        for (const char *language : {"zh_CN", "zh_TW"}) {
            QTranslator catalogue;
            if (!catalogue.load(QStringLiteral(":/i18n/tierwise_") + QLatin1String(language) + QStringLiteral(".qm")))
                continue;
            for (const QByteArray &source : std::as_const(sources)) {
                const QString spelled = catalogue.translate("tierwise::analytics::KMeans", source.constData());
                if (!spelled.isEmpty())
                    out.insert(spelled, source);
            }
        }
        return out;
    }();
    return map;
}

} // namespace

QString clusterDisplayName(const QString &key)
{
    static const QRegularExpression suffix(QStringLiteral("^(.*?)( \\(\\d+\\))?$"));
    const QRegularExpressionMatch m = suffix.match(key);
    const QString words = m.captured(1);
    static const QRegularExpression separator(QStringLiteral(", |、|，"));
    const QStringList parts = words.split(separator);
    const QHash<QString, QByteArray> &known = vocabularyBySpelling();
    QStringList said;
    for (const QString &part : parts) {
        const auto it = known.constFind(part);
        if (it == known.cend())
            return key; // not (only) the vocabulary's words: a name of its own
        said << Tr::tr(it.value().constData());
    }
    return said.join(Tr::tr(", ")) + m.captured(2);
}

QString suggestName(const ClusterProfile &profile, const QStringList &columns, int maxFeatures, double minAbsZ)
{
    QStringList words;
    for (int f : profile.distinguishing) {
        if (words.size() >= maxFeatures)
            break;
        const double z = profile.z[std::size_t(f)];
        if (!(std::fabs(z) >= minAbsZ))
            break;
        const QString column = f < columns.size() ? columns.at(f) : QString::number(f + 1);
        const FeatureWords w = featureWords(column);
        const QString word = z > 0 ? w.high : w.low;
        if (!words.contains(word))
            words << word;
    }
    if (words.isEmpty())
        return Tr::tr("average customers");
    return words.join(Tr::tr(", "));
}

} // namespace tierwise::analytics
