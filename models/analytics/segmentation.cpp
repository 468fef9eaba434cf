#include "analytics/segmentation.h"

#include "analytics/features.h"
#include "analytics/kmeans.h"
#include "analytics/pareto.h"
#include "analytics/rfm.h"
#include "analytics/runsupport.h"
#include "analytics/tiermigration.h"
#include "analytics/tiers.h"
#include "analytics/valuerisk.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {

// The context of this file's messages (lupdate files them under exactly this name).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Segmentation)
};

} // namespace

namespace tierwise::analytics {

ClusteringMatrix clusteringMatrix(const CustomerFeatures &f)
{
    ClusteringMatrix m;
    m.columns = {QStringLiteral("age"), QStringLiteral("tenureMonths"), QStringLiteral("recencyDays"),
                 QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("aum3m"),
                 QStringLiteral("productCount"), QStringLiteral("mobileShare"), QStringLiteral("counterShare")};
    m.log = {false, false, false, true, true, true, false, false, false};
    const auto n = static_cast<Eigen::Index>(f.size());
    m.x.resize(n, m.columns.size());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index i = 0; i < n; ++i) {
        const auto r = static_cast<std::size_t>(i);
        int products = 0;
        for (std::int32_t c : f.products[r])
            products += c;
        // No transaction yet: as long ago as the customer has been with the bank.
        const double recency = std::isfinite(f.recencyDays[r]) ? f.recencyDays[r]
                               : std::isfinite(f.tenureMonths[r]) ? f.tenureMonths[r] * 30.4
                                                                  : nan;
        m.x(i, 0) = f.age[r];
        m.x(i, 1) = f.tenureMonths[r];
        m.x(i, 2) = recency;
        m.x(i, 3) = f.frequency[r];
        m.x(i, 4) = std::isfinite(f.monetary[r]) ? f.monetary[r] : 0.0;
        m.x(i, 5) = f.aum3m[r];
        m.x(i, 6) = products;
        m.x(i, 7) = f.channelShare[r][static_cast<std::size_t>(Channel::Mobile)];
        m.x(i, 8) = f.channelShare[r][static_cast<std::size_t>(Channel::Counter)];
    }
    return m;
}

QString segmentMethodName(SegmentMethod method)
{
    switch (method) {
    case SegmentMethod::Tiers: return QStringLiteral("tiers");
    case SegmentMethod::Rfm: return QStringLiteral("rfm");
    case SegmentMethod::KMeans: return QStringLiteral("kmeans");
    case SegmentMethod::Composite: return QStringLiteral("composite");
    }
    return {};
}

std::optional<SegmentMethod> segmentMethodFromName(const QString &name)
{
    for (SegmentMethod m : {SegmentMethod::Tiers, SegmentMethod::Rfm, SegmentMethod::KMeans, SegmentMethod::Composite})
        if (segmentMethodName(m) == name.trimmed().toLower())
            return m;
    return std::nullopt;
}

Result<SegmentationResult> runSegmentation(store::Workspace &workspace, const SegmentOptions &options,
                                           jobs::Progress &progress)
{
    SegmentationResult out;
    out.kind = QStringLiteral("segment.") + segmentMethodName(options.method);
    QJsonObject params{{QStringLiteral("method"), segmentMethodName(options.method)}};

    // Rules first: a mistake in them is reported before any work.
    std::optional<TierRuleSet> tierRules;
    if (options.method == SegmentMethod::Tiers || options.method == SegmentMethod::Composite) {
        Result<TierRuleSet> rules = loadRules<TierRuleSet>(options.tierRulesFile);
        if (!rules)
            return rules.error();
        tierRules = std::move(*rules);
        params.insert(QStringLiteral("tiers"), tierRules->toJson());
    }
    std::optional<RfmSegmentGrid> grid;
    if (options.method == SegmentMethod::Rfm) {
        grid = RfmSegmentGrid::defaults();
        if (!options.rfmGridFile.isEmpty()) {
            Result<QByteArray> bytes = readRulesFile(options.rfmGridFile);
            if (!bytes)
                return bytes.error();
            Result<RfmSegmentGrid> g = RfmSegmentGrid::fromJsonBytes(*bytes);
            if (!g) {
                Error e = g.error();
                e.file = options.rfmGridFile;
                return e;
            }
            grid = std::move(*g);
        }
        params.insert(QStringLiteral("grid"), grid->toJson());
    }
    ValueRiskRules valueRisk;
    if (options.method == SegmentMethod::Composite && !options.valueRiskFile.isEmpty()) {
        Result<QByteArray> bytes = readRulesFile(options.valueRiskFile);
        if (!bytes)
            return bytes.error();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return Error::badInput(Tr::tr("The value × risk rules are not a JSON object: %1").arg(pe.errorString()))
                .at(options.valueRiskFile);
        Result<ValueRiskRules> rules = ValueRiskRules::fromJson(doc.object());
        if (!rules) {
            Error e = rules.error();
            e.file = options.valueRiskFile;
            return e;
        }
        valueRisk = *rules;
    }
    if (options.method == SegmentMethod::KMeans) {
        if (options.k == 1 || options.k < 0 || (options.k == 0 && (options.kFrom < 2 || options.kTo < options.kFrom)))
            return Error::badInput(Tr::tr("k must be at least 2 (or a range such as 2-8)."));
    }

    StepProgress featureStep(progress, 0, 550);
    FeatureOptions fo;
    fo.asOf = options.asOf;
    Result<CustomerFeatures> features = computeFeatures(workspace.handle(), fo, featureStep);
    if (!features)
        return features.error();
    const CustomerFeatures &f = *features;
    if (f.size() == 0)
        return Error::badInput(Tr::tr("The workspace has no customers to segment."));
    out.asOf = ingest::isoDate(f.asOf);
    params.insert(QStringLiteral("as_of"), out.asOf);

    const std::size_t n = f.size();
    out.assignments.resize(n);
    out.scoreCells.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        out.assignments[i].customerId = f.customerId[i];

    if (!progress.report(560, 1000, Tr::tr("Segmenting")))
        return Error::cancelled(Tr::tr("Cancelled."));
    switch (options.method) {
    case SegmentMethod::Tiers:
    case SegmentMethod::Composite: {
        const std::vector<TierAssignment> tiers = assignTiers(*tierRules, f);
        if (options.method == SegmentMethod::Tiers) {
            // The concentration of AUM (二八): overall and for the branches.
            const ParetoReport pr = paretoByGroup(f.aum1m, f.branchId);
            out.notes << Tr::tr("AUM: the top 20 % of customers hold %1 %; Gini %2.")
                             .arg(pr.overall.top20Share * 100, 0, 'f', 1).arg(pr.overall.gini, 0, 'f', 3);
            for (auto it = pr.byGroup.cbegin(); it != pr.byGroup.cend(); ++it)
                out.notes << Tr::tr("  branch %1: top 20 % hold %2 %, Gini %3, %4 customers")
                                 .arg(it.key().isEmpty() ? Tr::tr("(none)") : it.key())
                                 .arg(it->top20Share * 100, 0, 'f', 1).arg(it->gini, 0, 'f', 3).arg(it->count);
            if (options.compareAsOf != 0) {
                StepProgress earlierStep(progress, 560, 700);
                ingest::Day earlierAsOf = 0;
                Result<TierMigration> migration = migrationSince(workspace.handle(), *tierRules, options.compareAsOf, f,
                                                                 tiers, earlierStep, &earlierAsOf);
                if (!migration)
                    return migration.error();
                const TierMigration &mig = *migration;
                const int k = int(tierRules->tiers().size());
                params.insert(QStringLiteral("compare_as_of"), ingest::isoDate(earlierAsOf));
                out.notes << Tr::tr("Tier migration from %1 to %2 (rows: before, columns: after): %3 up, %4 down, %5 stayed.")
                                 .arg(ingest::isoDate(earlierAsOf), out.asOf)
                                 .arg(mig.upgrades()).arg(mig.downgrades()).arg(mig.stayed());
                QString head = QStringLiteral("%1").arg(QString(), 10);
                for (const Tier &t : tierRules->tiers())
                    head += QStringLiteral("%1").arg(t.key, 10);
                out.notes << head;
                for (int from = 0; from < k; ++from) {
                    QString row = QStringLiteral("%1").arg(tierRules->tiers().at(from).key, 10);
                    for (int to = 0; to < k; ++to)
                        row += QStringLiteral("%1").arg(mig.at(from, to), 10);
                    out.notes << row;
                }
                if (std::any_of(mig.joined.begin(), mig.joined.end(), [](std::int64_t c) { return c > 0; })) {
                    QString joined = QStringLiteral("%1").arg(Tr::tr("new"), 10);
                    for (int to = 0; to < k; ++to)
                        joined += QStringLiteral("%1").arg(mig.joined[std::size_t(to)], 10);
                    out.notes << joined;
                }
            }
            out.scoreColumns = {QStringLiteral("watch"), QStringLiteral("months_below"), QStringLiteral("aum_1m")};
            for (const Tier &t : tierRules->tiers())
                out.displayNames.insert(t.key, t.displayName());
            for (std::size_t i = 0; i < n; ++i) {
                const TierAssignment &t = tiers[i];
                jobs::Assignment &a = out.assignments[i];
                a.segment = tierRules->tiers().at(t.tier).key.toStdString();
                a.score = f.aum1m[i];
                a.detailJson = "{\"watch\":" + std::string(t.watch ? "true" : "false")
                               + ",\"months_below\":" + std::to_string(t.monthsBelow) + '}';
                out.scoreCells[i] = std::string(t.watch ? "1" : "0") + ',' + std::to_string(t.monthsBelow) + ','
                                    + csvNumber(f.aum1m[i]);
            }
        } else {
            std::vector<int> valueIndex(n);
            for (std::size_t i = 0; i < n; ++i)
                valueIndex[i] = tiers[i].tier;
            params.insert(QStringLiteral("value_risk"), valueRisk.toJson());
            const ValueRiskResult vr = classifyValueRisk(valueIndex, f.creditRating, int(tierRules->tiers().size()), valueRisk);
            out.scoreColumns = {QStringLiteral("tier"), QStringLiteral("credit_rating")};
            for (int c = 0; c < int(ValueRiskClass::Count_); ++c)
                out.displayNames.insert(valueRiskKey(ValueRiskClass(c)), valueRiskName(ValueRiskClass(c)));
            for (std::size_t i = 0; i < n; ++i) {
                jobs::Assignment &a = out.assignments[i];
                a.segment = valueRiskKey(vr.classes[i]).toStdString();
                a.score = valueIndex[i];
                const std::string tierKey = tierRules->tiers().at(valueIndex[i]).key.toStdString();
                a.detailJson = "{\"tier\":\"" + tierKey + "\"}";
                out.scoreCells[i] = tierKey + ',' + f.creditRating[i];
            }
        }
        break;
    }
    case SegmentMethod::Rfm: {
        const std::vector<RfmScore> scores = scoreRfm(f, *grid);
        out.scoreColumns = {QStringLiteral("r"), QStringLiteral("f"), QStringLiteral("m")};
        for (const RfmRule &rule : grid->rules)
            out.displayNames.insert(rule.name, rule.displayName());
        for (std::size_t i = 0; i < n; ++i) {
            const RfmScore &s = scores[i];
            jobs::Assignment &a = out.assignments[i];
            a.segment = s.segment >= 0 ? grid->rules.at(s.segment).name.toStdString() : std::string("unassigned");
            a.score = s.r * 100 + s.f * 10 + s.m;
            a.detailJson = "{\"r\":" + std::to_string(s.r) + ",\"f\":" + std::to_string(s.f) + ",\"m\":" + std::to_string(s.m) + '}';
            out.scoreCells[i] = std::to_string(s.r) + ',' + std::to_string(s.f) + ',' + std::to_string(s.m);
        }
        break;
    }
    case SegmentMethod::KMeans: {
        const ClusteringMatrix m = clusteringMatrix(f);
        const Standardizer standardizer = Standardizer::fit(m.x, m.log);
        const Eigen::MatrixXd z = standardizer.transform(m.x);
        KMeansOptions ko;
        ko.restarts = options.restarts;
        ko.seed = options.seed;
        StepProgress clusterStep(progress, 560, 850);
        KMeansResult km;
        if (options.k > 0) {
            ko.k = options.k;
            Result<KMeansResult> r = kmeans(z, ko, clusterStep);
            if (!r)
                return r.error();
            km = std::move(*r);
        } else {
            Result<KChoice> choice = chooseK(z, options.kFrom, options.kTo, ko, options.silhouetteSample, clusterStep);
            if (!choice)
                return choice.error();
            for (std::size_t j = 0; j < choice->k.size(); ++j)
                out.notes << Tr::tr("k = %1: inertia %2, silhouette %3")
                                 .arg(choice->k[j]).arg(choice->inertia[j], 0, 'f', 1).arg(choice->silhouette[j], 0, 'f', 3);
            out.notes << Tr::tr("Suggested k = %1 (highest silhouette).").arg(choice->suggestedK);
            km = std::move(choice->results[choice->suggestedIndex]);
            ko.k = choice->suggestedK;
        }
        params.insert(QStringLiteral("k"), ko.k);
        params.insert(QStringLiteral("seed"), QString::number(options.seed));
        params.insert(QStringLiteral("restarts"), options.restarts);
        params.insert(QStringLiteral("features"), QJsonArray::fromStringList(m.columns));
        const std::vector<ClusterProfile> profiles = profile(m.x, km.labels, ko.k);
        QStringList names;
        for (const ClusterProfile &p : profiles) {
            QString name = suggestName(p, m.columns);
            // Two clusters may earn the same words: keep segment names apart.
            if (names.contains(name))
                name += QStringLiteral(" (%1)").arg(p.cluster + 1);
            names << name;
        }
        out.scoreColumns = {QStringLiteral("cluster")};
        for (std::size_t i = 0; i < n; ++i) {
            const int c = km.labels[i];
            jobs::Assignment &a = out.assignments[i];
            a.segment = names.at(c).toStdString();
            a.score = c;
            a.detailJson = "{\"cluster\":" + std::to_string(c) + '}';
            out.scoreCells[i] = std::to_string(c);
        }
        out.notes << Tr::tr("Inertia %1 after %2 iterations.").arg(km.inertia, 0, 'f', 1).arg(km.iterations);
        break;
    }
    }

    QMap<QString, qint64> counts;
    for (const jobs::Assignment &a : out.assignments)
        counts[QString::fromStdString(a.segment)] += 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.counts.emplace_back(it.key(), it.value());
    std::stable_sort(out.counts.begin(), out.counts.end(), [](const auto &a, const auto &b) { return a.second > b.second; });

    StepProgress saveStep(progress, 850, 1000);
    Result<qint64> run = jobs::saveRun(workspace.handle(), out.kind, params, out.asOf, out.assignments, saveStep);
    if (!run)
        return run.error();
    out.runId = *run;
    return out;
}

Status writeSegmentationCsv(const SegmentationResult &result, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    csv.raw("customer_id").raw("segment");
    for (const QString &c : result.scoreColumns)
        csv.field(c);
    csv.endRow();
    for (std::size_t i = 0; i < result.assignments.size(); ++i) {
        csv.field(result.assignments[i].customerId).field(result.assignments[i].segment);
        if (!result.scoreColumns.isEmpty())
            csv.raw(result.scoreCells[i]);
        csv.endRow();
    }
    return csv.commit();
}

QString SegmentationJob::kind() const
{
    return QStringLiteral("segment.") + segmentMethodName(m_options.method);
}

Status SegmentationJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<SegmentationResult> r = runSegmentation(workspace, m_options, progress);
    if (!r)
        return r.error();
    m_result = std::move(*r);
    return {};
}

} // namespace tierwise::analytics
