#include "analytics/bookview.h"

#include "analytics/clv.h"
#include "analytics/features.h"
#include "analytics/kmeans.h"
#include "analytics/rfm.h"
#include "analytics/runsupport.h"
#include "analytics/segmentation.h"
#include "analytics/tiers.h"
#include "analytics/valuerisk.h"
#include "jobs/runstore.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <Eigen/Eigenvalues>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <sqlite3.h>

#include <cmath>
#include <limits>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::BookView)
};

} // namespace

namespace tierwise::analytics {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Error cancelled()
{
    return Error::cancelled(Tr::tr("Loading the book was cancelled."));
}

// The segment of every customer in a run, segments ordered by size (largest first), except tiers
// in their rule order.
Status readAssignments(sqlite3 *db, const jobs::RunInfo &run, const BookView &view, BookSegmentation &out)
{
    store::Statement st(db, "SELECT customer_id, segment FROM assignments WHERE run_id = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(run.runId));
    QMap<QString, int> index;
    std::vector<qint64> counts;
    out.group.assign(view.size(), -1);
    while (st.step()) {
        const std::int32_t row = view.rowOf(st.utf8(0));
        if (row < 0)
            continue;
        const QString key = st.text(1);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, int(out.keys.size()));
            out.keys << key;
            counts.push_back(0);
        }
        out.group[std::size_t(row)] = std::int16_t(*it);
        ++counts[std::size_t(*it)];
    }
    if (!st.error().message.isEmpty())
        return st.error();
    // Display order.
    std::vector<int> order(std::size_t(out.keys.size()));
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::vector<int> rank(order.size());
    if (run.kind == QLatin1String("segment.tiers")) {
        Result<TierRuleSet> rules = TierRuleSet::fromJson(run.params.value(QStringLiteral("tiers")).toObject());
        const auto tierIndex = [&](int i) { return rules ? rules->indexOf(out.keys[i]) : i; };
        std::sort(order.begin(), order.end(), [&](int a, int b) { return tierIndex(a) < tierIndex(b); });
    } else {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[std::size_t(a)] > counts[std::size_t(b)]; });
    }
    QStringList keys;
    for (std::size_t k = 0; k < order.size(); ++k) {
        rank[std::size_t(order[k])] = int(k);
        keys << out.keys[order[k]];
    }
    for (std::int16_t &g : out.group)
        if (g >= 0)
            g = std::int16_t(rank[std::size_t(g)]);
    out.keys = keys;
    out.runId = run.runId;
    out.kind = run.kind;
    out.key = run.kind == QLatin1String("segment.saved") ? run.kind + QLatin1Char(':') + QString::number(run.runId) : run.kind;
    out.run = std::make_shared<const jobs::RunInfo>(run);
    out.title = segmentationTitle(run, run.kind);
    for (const QString &key : out.keys)
        out.names << segmentDisplayName(run, key);
    return {};
}

// A segmentation from a text column of the CLV run (lifecycle stage, value band), in the given
// key order.
Status readClvColumn(sqlite3 *db, qint64 runId, const char *sql, const QStringList &keys, const QStringList &names,
                     const QString &kind, const QString &title, BookView &view)
{
    BookSegmentation s;
    s.runId = runId;
    jobs::RunInfo run;
    run.runId = runId;
    run.kind = QStringLiteral("clv");
    s.run = std::make_shared<const jobs::RunInfo>(std::move(run));
    s.kind = kind;
    s.key = kind;
    s.title = title;
    s.keys = keys;
    s.names = names;
    s.group.assign(view.size(), -1);
    store::Statement st(db, sql);
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(runId));
    while (st.step()) {
        const std::int32_t row = view.rowOf(st.utf8(0));
        const int k = int(keys.indexOf(st.text(1)));
        if (row >= 0 && k >= 0)
            s.group[std::size_t(row)] = std::int16_t(k);
    }
    view.segmentations.push_back(std::move(s));
    return {};
}

std::vector<double> doubles(const QJsonArray &a)
{
    std::vector<double> v;
    v.reserve(std::size_t(a.size()));
    for (const QJsonValue &x : a)
        v.push_back(x.isDouble() ? x.toDouble() : kNaN);
    return v;
}

CohortTable cohortsFromJson(const QJsonObject &o)
{
    CohortTable t;
    t.ages = o.value(QStringLiteral("ages")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("cohorts")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString label = c.value(QStringLiteral("cohort")).toString();
        t.cohortMonth.push_back(label.left(4).toInt() * 12 + label.mid(5, 2).toInt() - 1);
        t.size.push_back(c.value(QStringLiteral("size")).toInteger());
        for (double x : doubles(c.value(QStringLiteral("active_share")).toArray()))
            t.activeShare.push_back(x);
        for (double x : doubles(c.value(QStringLiteral("aum_retained")).toArray()))
            t.aumRetained.push_back(x);
    }
    t.averageActive = doubles(o.value(QStringLiteral("average_active_share")).toArray());
    t.averageAum = doubles(o.value(QStringLiteral("average_aum_retained")).toArray());
    return t;
}

std::optional<HoldoutCheck> holdoutFromJson(const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("buckets")))
        return std::nullopt;
    HoldoutCheck h;
    h.holdoutLength = o.value(QStringLiteral("holdout_length")).toDouble();
    h.customers = o.value(QStringLiteral("customers")).toInteger();
    h.actualTotal = o.value(QStringLiteral("actual_total")).toDouble();
    h.predictedTotal = o.value(QStringLiteral("predicted_total")).toDouble();
    const QJsonObject bg = o.value(QStringLiteral("bgnbd")).toObject();
    h.fit.params = {bg.value(QStringLiteral("r")).toDouble(), bg.value(QStringLiteral("alpha")).toDouble(),
                    bg.value(QStringLiteral("a")).toDouble(), bg.value(QStringLiteral("b")).toDouble()};
    h.fit.logLikelihood = bg.value(QStringLiteral("log_likelihood")).toDouble();
    for (const QJsonValue &v : o.value(QStringLiteral("buckets")).toArray()) {
        const QJsonObject b = v.toObject();
        HoldoutBucket bucket;
        bucket.frequency = b.value(QStringLiteral("frequency")).toInt();
        bucket.orMore = b.value(QStringLiteral("or_more")).toBool();
        bucket.customers = b.value(QStringLiteral("customers")).toInteger();
        bucket.actual = b.value(QStringLiteral("actual")).toDouble();
        bucket.predicted = b.value(QStringLiteral("predicted")).toDouble();
        h.buckets.push_back(bucket);
    }
    return h;
}

Status readClvRun(sqlite3 *db, qint64 runId, BookView &view)
{
    view.clvRunId = runId;
    auto &clv = view.axes[std::size_t(BookAxis::Clv)];
    auto &margin = view.axes[std::size_t(BookAxis::MarginClv)];
    auto &pAlive = view.axes[std::size_t(BookAxis::PAlive)];
    store::Statement st(db, "SELECT customer_id, clv_txn, clv_margin, p_alive FROM clv_scores WHERE run_id = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(runId));
    const auto value = [&](int c) { return sqlite3_column_type(st.handle(), c) == SQLITE_NULL ? kNaN : st.real(c); };
    while (st.step()) {
        const std::int32_t row = view.rowOf(st.utf8(0));
        if (row < 0)
            continue;
        clv[std::size_t(row)] = value(1);
        margin[std::size_t(row)] = value(2);
        pAlive[std::size_t(row)] = value(3);
    }
    store::Statement alerts(db, "SELECT customer_id, count(*) FROM alerts WHERE run_id = ?1 GROUP BY customer_id");
    alerts.bind(1, std::int64_t(runId));
    while (alerts.step()) {
        const std::int32_t row = view.rowOf(alerts.utf8(0));
        if (row >= 0)
            view.alerts[std::size_t(row)] = std::int32_t(alerts.int64(1));
    }
    store::Statement outputs(db, "SELECT name, content FROM run_outputs WHERE run_id = ?1");
    outputs.bind(1, std::int64_t(runId));
    while (outputs.step()) {
        const QString name = outputs.text(0);
        const QJsonObject o = QJsonDocument::fromJson(outputs.text(1).toUtf8()).object();
        if (name == QLatin1String("cohorts"))
            view.cohorts = cohortsFromJson(o);
        else if (name == QLatin1String("holdout"))
            view.holdout = holdoutFromJson(o);
    }
    QStringList stageKeys, stageNames;
    for (std::size_t k = 0; k < kLifecycleStages; ++k) {
        stageKeys << lifecycleStageKey(LifecycleStage(k));
        stageNames << lifecycleStageName(LifecycleStage(k));
    }
    if (Status s = readClvColumn(db, runId, "SELECT customer_id, lifecycle_stage FROM clv_scores WHERE run_id = ?1",
                                 stageKeys, stageNames, QStringLiteral("lifecycle"),
                                 Tr::tr("Lifecycle stages (run %1)").arg(runId), view);
        !s)
        return s;
    QStringList bandKeys, bandNames;
    for (ValueBand b : {ValueBand::High, ValueBand::Medium, ValueBand::Low}) {
        bandKeys << valueBandKey(b);
        bandNames << valueBandName(b);
    }
    return readClvColumn(db, runId, "SELECT customer_id, value_band FROM clv_scores WHERE run_id = ?1", bandKeys,
                         bandNames, QStringLiteral("value_band"), Tr::tr("Value bands (run %1)").arg(runId), view);
}

// The first two principal components of the standardised clustering features.
void principalComponents(const CustomerFeatures &f, BookView &view)
{
    const ClusteringMatrix m = clusteringMatrix(f);
    if (m.x.rows() < 3)
        return;
    const Standardizer standardizer = Standardizer::fit(m.x, m.log);
    Eigen::MatrixXd z = standardizer.transform(m.x);
    // Missing values sit at the mean (0 after standardising).
    for (Eigen::Index i = 0; i < z.rows(); ++i)
        for (Eigen::Index j = 0; j < z.cols(); ++j)
            if (!std::isfinite(z(i, j)))
                z(i, j) = 0;
    const Eigen::MatrixXd cov = (z.transpose() * z) / double(z.rows() - 1);
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    if (eig.info() != Eigen::Success)
        return;
    const Eigen::Index last = cov.cols() - 1; // eigenvalues ascending
    for (int c = 0; c < 2; ++c) {
        const Eigen::VectorXd pc = z * eig.eigenvectors().col(last - c);
        auto &axis = view.axes[std::size_t(c == 0 ? BookAxis::Pc1 : BookAxis::Pc2)];
        for (Eigen::Index i = 0; i < pc.size(); ++i)
            axis[std::size_t(i)] = pc[i];
    }
}

} // namespace

// The segment's name in the user's language, as the run's method names it.
QString segmentDisplayName(const jobs::RunInfo &run, const QString &key)
{
    if (run.kind == QLatin1String("segment.tiers") || run.kind == QLatin1String("segment.composite")) {
        if (run.kind == QLatin1String("segment.composite")) {
            for (int c = 0; c < int(ValueRiskClass::Count_); ++c)
                if (valueRiskKey(ValueRiskClass(c)) == key)
                    return valueRiskName(ValueRiskClass(c));
            return key;
        }
        if (Result<TierRuleSet> rules = TierRuleSet::fromJson(run.params.value(QStringLiteral("tiers")).toObject()))
            for (const Tier &t : rules->tiers())
                if (t.key == key)
                    return t.displayName();
        return key;
    }
    if (run.kind == QLatin1String("segment.kmeans"))
        return clusterDisplayName(key);
    if (run.kind == QLatin1String("segment.rfm")) {
        if (Result<RfmSegmentGrid> grid = RfmSegmentGrid::fromJson(run.params.value(QStringLiteral("grid")).toObject()))
            for (const RfmRule &rule : grid->rules)
                if (rule.name == key)
                    return rule.displayName();
    }
    return key;
}

QString segmentationTitle(const jobs::RunInfo &run, const QString &kind)
{
    if (kind == QLatin1String("lifecycle"))
        return Tr::tr("Lifecycle stages (run %1)").arg(run.runId);
    if (kind == QLatin1String("value_band"))
        return Tr::tr("Value bands (run %1)").arg(run.runId);
    QString what;
    if (run.kind == QLatin1String("segment.tiers"))
        what = Tr::tr("Value tiers");
    else if (run.kind == QLatin1String("segment.rfm"))
        what = Tr::tr("RFM segments");
    else if (run.kind == QLatin1String("segment.kmeans"))
        what = Tr::tr("Clusters");
    else if (run.kind == QLatin1String("segment.composite"))
        what = Tr::tr("Value × risk");
    else if (run.kind == QLatin1String("segment.saved"))
        return Tr::tr("Saved: %1 (%2)").arg(run.label, run.createdAt.left(10));
    else
        what = run.kind;
    return Tr::tr("%1 (run %2, %3)").arg(what).arg(run.runId).arg(run.asOf);
}

QString segmentationSegmentName(const jobs::RunInfo &run, const QString &kind, const QString &key)
{
    if (kind == QLatin1String("lifecycle")) {
        const std::optional<LifecycleStage> stage = lifecycleStageFromKey(key);
        return stage ? lifecycleStageName(*stage) : key;
    }
    if (kind == QLatin1String("value_band")) {
        for (ValueBand b : {ValueBand::High, ValueBand::Medium, ValueBand::Low})
            if (valueBandKey(b) == key)
                return valueBandName(b);
        return key;
    }
    return segmentDisplayName(run, key);
}

QString segmentationTitle(const BookSegmentation &segmentation)
{
    return segmentation.run ? segmentationTitle(*segmentation.run, segmentation.kind) : segmentation.title;
}

QStringList segmentationNames(const BookSegmentation &segmentation)
{
    if (!segmentation.run)
        return segmentation.names;
    QStringList names;
    for (const QString &key : segmentation.keys)
        names << segmentationSegmentName(*segmentation.run, segmentation.kind, key);
    return names;
}

QString bookAxisName(BookAxis axis)
{
    switch (axis) {
    case BookAxis::Aum: return Tr::tr("AUM");
    case BookAxis::Clv: return Tr::tr("Transaction CLV");
    case BookAxis::MarginClv: return Tr::tr("Margin CLV");
    case BookAxis::PAlive: return Tr::tr("P(alive)");
    case BookAxis::Recency: return Tr::tr("Recency (days)");
    case BookAxis::Frequency: return Tr::tr("Frequency (active days)");
    case BookAxis::Tenure: return Tr::tr("Tenure (months)");
    case BookAxis::Age: return Tr::tr("Age (years)");
    case BookAxis::Pc1: return Tr::tr("Principal component 1");
    case BookAxis::Pc2: return Tr::tr("Principal component 2");
    case BookAxis::Count_: break;
    }
    return {};
}

bool sameRows(const QVector<int> &a, const QVector<int> &b)
{
    return a.size() == b.size() && (a.isEmpty() || a == b);
}

bool bookAxisIsMoney(BookAxis axis)
{
    return axis == BookAxis::Aum || axis == BookAxis::Clv || axis == BookAxis::MarginClv;
}

std::int32_t BookView::rowOf(std::string_view id) const
{
    const auto it = std::lower_bound(customerId.begin(), customerId.end(), id,
                                     [](const std::string &a, std::string_view b) { return a < b; });
    return it != customerId.end() && *it == id ? std::int32_t(it - customerId.begin()) : -1;
}

const BookSegmentation *BookView::segmentation(const QString &key) const
{
    for (const BookSegmentation &s : segmentations)
        if (s.key == key)
            return &s;
    return nullptr;
}

namespace {

// The totals the navigator and the overview show, one pass per segmentation.
void summarize(BookView &view)
{
    const std::vector<double> &aum = view.axis(BookAxis::Aum);
    const auto money = [&aum](std::size_t r) { return std::isfinite(aum[r]) ? aum[r] : 0.0; };
    const std::size_t branches = view.branches.size();
    view.totalAum = 0;
    view.branchCount.assign(branches, 0);
    view.branchAum.assign(branches, 0);
    for (std::size_t r = 0; r < view.size(); ++r) {
        const auto b = std::size_t(view.branchIndex[r]);
        view.totalAum += money(r);
        ++view.branchCount[b];
        view.branchAum[b] += money(r);
    }
    for (BookSegmentation &s : view.segmentations) {
        const auto groups = std::size_t(s.keys.size());
        s.count.assign(groups, 0);
        s.aum.assign(groups, 0);
        s.branchCount.assign(branches * groups, 0);
        s.branchAum.assign(branches * groups, 0);
        for (std::size_t r = 0; r < view.size(); ++r) {
            if (s.group[r] < 0)
                continue;
            const auto g = std::size_t(s.group[r]);
            const std::size_t cell = std::size_t(view.branchIndex[r]) * groups + g;
            ++s.count[g];
            s.aum[g] += money(r);
            ++s.branchCount[cell];
            s.branchAum[cell] += money(r);
        }
    }
}

} // namespace

Result<BookView> loadBookView(sqlite3 *db, jobs::Progress &progress)
{
    StepProgress featureStep(progress, 0, 800);
    Result<CustomerFeatures> features = computeFeatures(db, FeatureOptions{}, featureStep);
    if (!features)
        return features.error();
    StepProgress rest(progress, 800, 1000);
    return loadBookView(db, *features, rest);
}

Result<BookView> loadBookView(sqlite3 *db, const CustomerFeatures &f, jobs::Progress &progress)
{
    BookView view;
    view.asOf = ingest::isoDate(f.asOf);
    view.customerId = f.customerId;
    view.branchId = f.branchId;
    view.branches = f.branchId;
    std::sort(view.branches.begin(), view.branches.end());
    view.branches.erase(std::unique(view.branches.begin(), view.branches.end()), view.branches.end());
    view.branchIndex.resize(f.size());
    for (std::size_t i = 0; i < f.size(); ++i)
        view.branchIndex[i] = std::int16_t(std::lower_bound(view.branches.begin(), view.branches.end(), f.branchId[i])
                                           - view.branches.begin());
    for (auto &axis : view.axes)
        axis.assign(f.size(), kNaN);
    view.alerts.assign(f.size(), 0);
    view.axes[std::size_t(BookAxis::Aum)] = f.aum1m;
    view.axes[std::size_t(BookAxis::Recency)] = f.recencyDays;
    auto &frequency = view.axes[std::size_t(BookAxis::Frequency)];
    for (std::size_t i = 0; i < f.size(); ++i)
        frequency[i] = double(f.frequency[i]);
    view.axes[std::size_t(BookAxis::Tenure)] = f.tenureMonths;
    view.axes[std::size_t(BookAxis::Age)] = f.age;
    if (!progress.report(100, 1000, Tr::tr("Principal components")))
        return cancelled();
    principalComponents(f, view);

    if (!progress.report(400, 1000, Tr::tr("Reading the runs")))
        return cancelled();
    Result<std::vector<jobs::RunInfo>> runs = jobs::listRuns(db);
    if (!runs)
        return runs.error();
    QStringList seen;
    for (const jobs::RunInfo &run : *runs) { // newest first
        // The newest run of each kind; every saved segment (each is a run of its own).
        if (seen.contains(run.kind) && run.kind != QLatin1String("segment.saved"))
            continue;
        seen << run.kind;
        if (run.kind == QLatin1String("clv")) {
            if (Status s = readClvRun(db, run.runId, view); !s)
                return s.error();
        } else if (run.kind.startsWith(QLatin1String("segment."))) {
            BookSegmentation s;
            if (Status st = readAssignments(db, run, view, s); !st)
                return st.error();
            view.segmentations.push_back(std::move(s));
        }
        if (!progress.report(750, 1000, Tr::tr("Reading the runs")))
            return cancelled();
    }
    // Tiers first, then the other segmentations, then the CLV run's.
    const auto order = [](const BookSegmentation &s) {
        static const char *const kinds[] = {"segment.tiers", "segment.rfm", "segment.kmeans", "segment.composite",
                                            "lifecycle", "value_band"};
        for (int i = 0; i < 6; ++i)
            if (s.kind == QLatin1String(kinds[i]))
                return i;
        return 6;
    };
    std::stable_sort(view.segmentations.begin(), view.segmentations.end(),
                     [&](const BookSegmentation &a, const BookSegmentation &b) { return order(a) < order(b); });
    summarize(view);
    return view;
}

Status BookViewJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<BookView> view = loadBookView(workspace.handle(), progress);
    if (!view)
        return view.error();
    m_result = std::make_shared<const BookView>(std::move(*view));
    return {};
}

} // namespace tierwise::analytics
