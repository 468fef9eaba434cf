#include "analytics/briefdata.h"

#include "analytics/bookview.h"
#include "analytics/cohorts.h"
#include "analytics/pareto.h"
#include "analytics/runsupport.h"
#include "privacy/masking.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::BriefData)
};

} // namespace

namespace tierwise::analytics {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr int kMapColumns = 160;
constexpr int kMapRows = 120;
constexpr int kHistogramBins = 24;
constexpr int kLorenzPoints = 201;

Error cancelled()
{
    return Error::cancelled(Tr::tr("Gathering the brief was cancelled."));
}

// A BookSegmentation key from the option's value.
QString segmentationKey(const QString &name)
{
    static const char *const shortNames[] = {"tiers", "rfm", "kmeans", "composite"};
    for (const char *n : shortNames)
        if (name == QLatin1String(n))
            return QStringLiteral("segment.") + name;
    return name;
}

BriefAgeBand ageBand(double age)
{
    if (!std::isfinite(age))
        return BriefAgeBand::Unknown;
    if (age < 25)
        return BriefAgeBand::Under25;
    if (age < 35)
        return BriefAgeBand::From25;
    if (age < 45)
        return BriefAgeBand::From35;
    if (age < 55)
        return BriefAgeBand::From45;
    if (age < 65)
        return BriefAgeBand::From55;
    return BriefAgeBand::From65;
}

// The channel of most of the customer's transactions; kBriefChannels − 1 without transactions.
std::size_t mainChannel(const std::array<float, static_cast<std::size_t>(Channel::Count_)> &share)
{
    std::size_t best = kBriefChannels - 1;
    float most = 0;
    for (std::size_t c = 0; c < share.size(); ++c)
        if (share[c] > most) {
            most = share[c];
            best = c;
        }
    return best;
}

void addToProfile(BriefProfile &p, const CustomerFeatures &f, std::size_t row)
{
    ++p.customers;
    ++p.ageBands[static_cast<std::size_t>(ageBand(f.age[row]))];
    ++p.channel[mainChannel(f.channelShare[row])];
    for (std::size_t k = 0; k < kBriefFamilies; ++k)
        if (f.products[row][k] > 0)
            ++p.holders[k];
}

// The value at quantile q of sorted values.
double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return kNaN;
    const double at = q * double(sorted.size() - 1);
    const auto lo = std::size_t(std::floor(at));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - double(lo));
}

// Log bins between the 0.5th and 99.5th percentile of the values of 1 or more.
BriefHistogram histogram(std::vector<double> values)
{
    BriefHistogram h;
    std::vector<double> known;
    known.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            known.push_back(v);
        else
            ++h.missing;
    }
    std::sort(known.begin(), known.end());
    h.median = quantile(known, 0.5);
    const auto firstPositive = std::lower_bound(known.begin(), known.end(), 1.0);
    h.belowOne = qint64(firstPositive - known.begin());
    std::vector<double> logs;
    logs.reserve(std::size_t(known.end() - firstPositive));
    for (auto it = firstPositive; it != known.end(); ++it)
        logs.push_back(std::log10(*it));
    h.counts.assign(kHistogramBins, 0);
    if (logs.empty())
        return h;
    h.logFrom = quantile(logs, 0.005);
    h.logTo = quantile(logs, 0.995);
    if (h.logTo - h.logFrom < 0.2) {
        const double mid = (h.logTo + h.logFrom) / 2;
        h.logFrom = std::max(0.0, mid - 0.1);
        h.logTo = h.logFrom + 0.2;
    }
    const double width = (h.logTo - h.logFrom) / kHistogramBins;
    for (double l : logs)
        ++h.counts[std::size_t(std::clamp(int(std::floor((l - h.logFrom) / width)), 0, kHistogramBins - 1))];
    return h;
}

// The map's log10 ranges over the scope's values of 1 or more: from the 0.5th percentile (whole
// decades), to the maximum, at most 9 decades.
BriefMapAxes mapAxes(const std::vector<double> &aum, const std::vector<double> &clv, const std::vector<std::uint8_t> &inScope)
{
    const auto range = [&](const std::vector<double> &values, double &from, double &to) {
        std::vector<double> logs;
        for (std::size_t i = 0; i < values.size(); ++i)
            if (inScope[i] && values[i] >= 1 && std::isfinite(values[i]))
                logs.push_back(std::log10(values[i]));
        if (logs.empty()) {
            from = 0;
            to = 1;
            return;
        }
        std::sort(logs.begin(), logs.end());
        to = std::ceil(logs.back() + 1e-9);
        from = std::max(std::floor(quantile(logs, 0.005)), to - 9);
        if (to - from < 1)
            from = to - 1;
    };
    BriefMapAxes a;
    range(aum, a.xFrom, a.xTo);
    range(clv, a.yFrom, a.yTo);
    return a;
}

void addToMap(BriefDensity &d, const BriefMapAxes &a, double x, double y)
{
    if (!(x >= 1) || !(y >= 1) || !std::isfinite(x) || !std::isfinite(y)) {
        ++d.hidden;
        return;
    }
    const auto cell = [](double v, double from, double to, int n) {
        return std::clamp(int(std::floor((std::log10(v) - from) / (to - from) * n)), 0, n - 1);
    };
    ++d.counts[std::size_t(cell(y, a.yFrom, a.yTo, d.rows)) * std::size_t(d.columns)
               + std::size_t(cell(x, a.xFrom, a.xTo, d.columns))];
    ++d.shown;
}

BriefDensity emptyMap()
{
    BriefDensity d;
    d.columns = kMapColumns;
    d.rows = kMapRows;
    d.counts.assign(std::size_t(kMapColumns) * kMapRows, 0);
    return d;
}

// Per customer row, the bits of its alert kinds and its highest severity, and per segment the
// alert counts (from the CLV run's alerts table).
struct AlertRows
{
    std::vector<std::uint32_t> kinds;
    std::vector<std::int8_t> severity;
    std::vector<std::array<std::uint16_t, kAlertKinds>> perKind; // alerts per kind, per row
};

Result<AlertRows> readAlerts(sqlite3 *db, const BookView &view, qint64 runId)
{
    AlertRows a;
    a.kinds.assign(view.size(), 0);
    a.severity.assign(view.size(), 0);
    a.perKind.assign(view.size(), {});
    if (runId == 0)
        return a;
    store::Statement st(db, "SELECT customer_id, kind, severity FROM alerts WHERE run_id = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(runId));
    while (st.step()) {
        const std::int32_t row = view.rowOf(st.utf8(0));
        const std::optional<AlertKind> kind = alertKindFromKey(st.text(1));
        if (row < 0 || !kind)
            continue;
        const auto r = std::size_t(row);
        a.kinds[r] |= 1u << unsigned(*kind);
        a.severity[r] = std::int8_t(std::max<std::int64_t>(a.severity[r], st.int64(2)));
        auto &n = a.perKind[r][static_cast<std::size_t>(*kind)];
        n = std::uint16_t(std::min(int(n) + 1, 65535));
    }
    if (!st.error().message.isEmpty())
        return st.error();
    return a;
}

// Next-best suggestions per segment (index into the chosen segments): product code → customers.
Result<std::vector<std::unordered_map<std::string, qint64>>> readNextBest(sqlite3 *db, const BookView &view, qint64 runId,
                                                                          const std::vector<std::int16_t> &segmentOf,
                                                                          std::size_t segments)
{
    std::vector<std::unordered_map<std::string, qint64>> counts(segments);
    if (runId == 0)
        return counts;
    store::Statement st(db, "SELECT customer_id, product_code FROM next_best WHERE run_id = ?1");
    if (!st.ok())
        return st.error();
    st.bind(1, std::int64_t(runId));
    while (st.step()) {
        const std::int32_t row = view.rowOf(st.utf8(0));
        if (row < 0 || segmentOf[std::size_t(row)] < 0)
            continue;
        ++counts[std::size_t(segmentOf[std::size_t(row)])][std::string(st.utf8(1))];
    }
    if (!st.error().message.isEmpty())
        return st.error();
    return counts;
}

std::vector<BriefProduct> topProducts(const std::unordered_map<std::string, qint64> &counts, const BookData &book, int top)
{
    std::vector<BriefProduct> out;
    for (const auto &[code, n] : counts) {
        BriefProduct p;
        p.code = QString::fromStdString(code);
        p.customers = n;
        const auto it = std::lower_bound(book.products.begin(), book.products.end(), code,
                                         [](const Product &a, const std::string &c) { return a.code < c; });
        if (it != book.products.end() && it->code == code) {
            p.name = QString::fromStdString(it->name);
            p.type = it->type;
        }
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const BriefProduct &a, const BriefProduct &b) {
        return a.customers != b.customers ? a.customers > b.customers : a.code < b.code;
    });
    if (out.size() > std::size_t(std::max(top, 0)))
        out.resize(std::size_t(std::max(top, 0)));
    return out;
}

QString branchName(sqlite3 *db, const QString &branch)
{
    store::Statement st(db, "SELECT name FROM branches WHERE branch_id = ?1");
    if (!st.ok())
        return {};
    st.bind(1, branch);
    return st.step() ? st.text(0) : QString();
}

// The run a segmentation of the view comes from.
jobs::RunInfo runOf(const std::vector<jobs::RunInfo> &runs, qint64 runId)
{
    for (const jobs::RunInfo &r : runs)
        if (r.runId == runId)
            return r;
    jobs::RunInfo none;
    none.runId = runId;
    return none;
}

// The chosen segments' indexes into the segmentation's keys, in its order; errors name the key.
Result<std::vector<int>> chooseSegments(const BookSegmentation &s, const QStringList &wanted)
{
    std::vector<int> chosen;
    for (const QString &key : wanted)
        if (!s.keys.contains(key)) {
            Error e = Error::badInput(Tr::tr("Unknown segment '%1' in %2; the segments are: %3.")
                                          .arg(key, s.title, s.keys.join(QStringLiteral(", "))));
            e.value = key;
            return e;
        }
    for (int k = 0; k < s.keys.size(); ++k)
        if (wanted.isEmpty() || wanted.contains(s.keys[k]))
            chosen.push_back(k);
    return chosen;
}

} // namespace

std::uint32_t BriefDensity::max() const
{
    return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

QStringList briefSegmentationNames()
{
    return {QStringLiteral("tiers"), QStringLiteral("rfm"), QStringLiteral("kmeans"), QStringLiteral("composite"),
            QStringLiteral("lifecycle"), QStringLiteral("value_band")};
}

QString briefSegmentationTitle(const BriefData &data)
{
    return segmentationTitle(data.run, data.segmentationKind);
}

QString briefSegmentName(const BriefData &data, const BriefSegment &segment)
{
    // Cluster names and saved segments are stored as they are shown.
    if (data.segmentationKind == QLatin1String("segment.kmeans") || data.segmentationKind == QLatin1String("segment.saved"))
        return segment.name;
    return segmentationSegmentName(data.run, data.segmentationKind, segment.key);
}

Result<BriefData> gatherBrief(sqlite3 *db, const BriefOptions &options, jobs::Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    BriefData data;
    data.generated = QDateTime::currentDateTime();
    data.workspaceName = QFileInfo(QString::fromUtf8(sqlite3_db_filename(db, "main"))).completeBaseName();
    data.bankName = options.bankName.trimmed().isEmpty() ? data.workspaceName : options.bankName.trimmed();
    data.masked = options.masked;
    data.strategies = options.strategies;

    // Check the option values that need no data first.
    const QString wantedKey = segmentationKey(options.segmentation.trimmed());
    const auto optionError = [](const QString &message, const QString &value) {
        Error e = Error::badInput(message);
        e.value = value;
        return e;
    };
    if (!briefSegmentationNames().contains(options.segmentation.trimmed()) && !wantedKey.startsWith(QLatin1String("segment.")))
        return optionError(Tr::tr("Unknown segmentation '%1'; use %2.")
                               .arg(options.segmentation, briefSegmentationNames().join(QStringLiteral(", "))),
                           options.segmentation);

    StepProgress featureStep(progress, 0, 400);
    Result<CustomerFeatures> features = computeFeatures(db, FeatureOptions{}, featureStep);
    if (!features)
        return features.error();
    const CustomerFeatures &f = *features;
    data.seconds.features = double(clock.restart()) / 1000.0;
    StepProgress viewStep(progress, 400, 550);
    Result<BookView> loaded = loadBookView(db, f, viewStep);
    if (!loaded)
        return loaded.error();
    const BookView &view = *loaded;
    data.seconds.book = double(clock.restart()) / 1000.0;
    data.asOf = view.asOf;
    data.clvRunId = view.clvRunId;

    const BookSegmentation *seg = view.segmentation(wantedKey);
    if (!seg)
        return optionError(Tr::tr("The workspace has no '%1' segmentation yet; run it first.").arg(options.segmentation),
                           options.segmentation);
    Result<std::vector<int>> chosen = chooseSegments(*seg, options.segments);
    if (!chosen)
        return chosen.error();
    int branch = -1;
    if (!options.branch.isEmpty()) {
        const std::string b = options.branch.toStdString();
        const auto it = std::lower_bound(view.branches.begin(), view.branches.end(), b);
        if (it == view.branches.end() || *it != b) {
            QStringList known;
            for (const std::string &id : view.branches)
                known << QString::fromStdString(id);
            return optionError(Tr::tr("Unknown branch '%1'; the branches are: %2.")
                                   .arg(options.branch, known.join(QStringLiteral(", "))),
                               options.branch);
        }
        branch = int(it - view.branches.begin());
        data.branch = options.branch;
        data.branchName = branchName(db, options.branch);
    }
    Result<std::vector<jobs::RunInfo>> runs = jobs::listRuns(db);
    if (!runs)
        return runs.error();
    data.run = runOf(*runs, seg->runId);
    data.segmentationKind = seg->kind;
    data.segmentationKey = seg->key;

    if (!progress.report(560, 1000, Tr::tr("Reading the activity")))
        return cancelled();
    StepProgress bookStep(progress, 560, 850);
    Result<BookData> bookData = loadBookData(db, f, bookStep);
    if (!bookData)
        return bookData.error();
    const BookData &book = *bookData;
    data.seconds.activity = double(clock.restart()) / 1000.0;

    if (!progress.report(860, 1000, Tr::tr("Adding up the segments")))
        return cancelled();
    const std::size_t n = view.size();
    std::vector<std::uint8_t> inScope(n, 1);
    if (branch >= 0)
        for (std::size_t r = 0; r < n; ++r)
            inScope[r] = view.branchIndex[r] == branch;
    // Row → index into the chosen segments (−1: not chosen or out of scope).
    std::vector<std::int16_t> segmentOf(n, -1);
    std::vector<int> chosenOf(std::size_t(seg->keys.size()), -1);
    for (std::size_t c = 0; c < chosen->size(); ++c)
        chosenOf[std::size_t((*chosen)[c])] = int(c);
    for (std::size_t r = 0; r < n; ++r)
        if (inScope[r] && seg->group[r] >= 0)
            segmentOf[r] = std::int16_t(chosenOf[std::size_t(seg->group[r])]);

    const std::vector<double> &aum = view.axis(BookAxis::Aum);
    const std::vector<double> &clv = view.axis(BookAxis::MarginClv);
    const std::vector<double> &pAlive = view.axis(BookAxis::PAlive);
    Result<AlertRows> alerts = readAlerts(db, view, view.clvRunId);
    if (!alerts)
        return alerts.error();
    Result<std::vector<std::unordered_map<std::string, qint64>>> suggested =
        readNextBest(db, view, view.clvRunId, segmentOf, chosen->size());
    if (!suggested)
        return suggested.error();

    data.mapAxes = mapAxes(aum, clv, inScope);
    data.bookMap = emptyMap();
    data.segments.resize(chosen->size());
    std::vector<double> pAliveSum(chosen->size(), 0.0);
    std::vector<qint64> pAliveCount(chosen->size(), 0);
    std::vector<std::vector<double>> segAum(chosen->size()), segClv(chosen->size());
    std::vector<std::vector<std::pair<double, std::uint32_t>>> warned(chosen->size());
    std::vector<double> scopeAum;
    scopeAum.reserve(n);
    double scopePAlive = 0;
    qint64 scopePAliveCount = 0;
    for (std::size_t c = 0; c < chosen->size(); ++c) {
        BriefSegment &s = data.segments[c];
        const int k = (*chosen)[c];
        s.key = seg->keys[k];
        s.name = seg->names.value(k, s.key);
        s.colorIndex = k;
        s.map = emptyMap();
    }
    for (std::size_t r = 0; r < n; ++r) {
        if (!inScope[r])
            continue;
        const double money = std::isfinite(aum[r]) ? aum[r] : 0.0;
        ++data.customers;
        data.aum += money;
        scopeAum.push_back(money);
        if (std::isfinite(clv[r]))
            data.marginClv += clv[r];
        addToMap(data.bookMap, data.mapAxes, aum[r], clv[r]);
        addToProfile(data.bookProfile, f, r);
        if (std::isfinite(pAlive[r])) {
            scopePAlive += pAlive[r];
            ++scopePAliveCount;
        }
        data.warnedCustomers += alerts->kinds[r] != 0;
        const int c = segmentOf[r];
        if (c < 0)
            continue;
        BriefSegment &s = data.segments[std::size_t(c)];
        ++s.customers;
        s.aum += money;
        if (std::isfinite(clv[r]))
            s.marginClv += clv[r];
        if (std::isfinite(pAlive[r])) {
            pAliveSum[std::size_t(c)] += pAlive[r];
            ++pAliveCount[std::size_t(c)];
        }
        segAum[std::size_t(c)].push_back(aum[r]);
        segClv[std::size_t(c)].push_back(clv[r]);
        addToMap(s.map, data.mapAxes, aum[r], clv[r]);
        addToProfile(s.profile, f, r);
        if (alerts->kinds[r]) {
            ++s.warnedCustomers;
            for (std::size_t k = 0; k < kAlertKinds; ++k) {
                s.alerts[k] += alerts->perKind[r][k];
                s.alertCustomers[k] += alerts->perKind[r][k] > 0;
            }
            warned[std::size_t(c)].emplace_back(money, std::uint32_t(r));
        }
    }
    if (!progress.report(920, 1000, Tr::tr("Cohorts and distributions")))
        return cancelled();
    data.averagePAlive = scopePAliveCount > 0 ? scopePAlive / double(scopePAliveCount) : kNaN;
    const ParetoSummary lorenz = pareto(scopeAum, kLorenzPoints);
    data.lorenzX = lorenz.customerShare;
    data.lorenzY = lorenz.valueShare;
    data.top20Share = lorenz.top20Share;
    data.gini = lorenz.gini;

    std::vector<std::int16_t> scopeGroup(n, -1);
    for (std::size_t r = 0; r < n; ++r)
        scopeGroup[r] = inScope[r] ? 0 : -1;
    data.bookActiveCurve = buildCohortsByGroup(f, book, scopeGroup, 1).front().averageActive;
    const std::vector<CohortTable> cohorts = buildCohortsByGroup(f, book, segmentOf, int(chosen->size()));

    for (std::size_t c = 0; c < chosen->size(); ++c) {
        BriefSegment &s = data.segments[c];
        s.averagePAlive = pAliveCount[c] > 0 ? pAliveSum[c] / double(pAliveCount[c]) : kNaN;
        s.aumHistogram = histogram(std::move(segAum[c]));
        s.clvHistogram = histogram(std::move(segClv[c]));
        s.activeCurve = cohorts[c].averageActive;
        auto &w = warned[c];
        const std::size_t top = std::min(w.size(), std::size_t(std::max(options.topWarned, 0)));
        std::partial_sort(w.begin(), w.begin() + std::ptrdiff_t(top), w.end(), [&](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : view.customerId[a.second] < view.customerId[b.second];
        });
        for (std::size_t i = 0; i < top; ++i) {
            const std::uint32_t r = w[i].second;
            const QString id = QString::fromStdString(view.customerId[r]);
            s.topWarned.push_back({options.masked ? privacy::maskId(id) : id, w[i].first, alerts->kinds[r],
                                   int(alerts->severity[r])});
        }
        s.nextBest = topProducts((*suggested)[c], book, options.topProducts);
        if (!progress.report(920 + qint64(70 * (c + 1) / chosen->size()), 1000, Tr::tr("Cohorts and distributions")))
            return cancelled();
    }
    data.seconds.figures = double(clock.elapsed()) / 1000.0;
    progress.report(1000, 1000, Tr::tr("Done"));
    return data;
}

Status BriefJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<BriefData> data = gatherBrief(workspace.handle(), m_options, progress);
    if (!data)
        return data.error();
    m_result = std::make_shared<const BriefData>(std::move(*data));
    return {};
}

Status recordBriefExport(sqlite3 *db, const BriefData &data, const QString &path)
{
    if (data.masked)
        return {};
    QJsonObject detail{{QStringLiteral("file"), path},
                       {QStringLiteral("segmentation"), data.segmentationKey},
                       {QStringLiteral("branch"), data.branch},
                       {QStringLiteral("segments"), qint64(data.segments.size())},
                       {QStringLiteral("unmasked"), true}};
    store::Statement st(db, "INSERT INTO audit (at, user, action, detail) "
                            "VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, 'brief.unmasked', ?2)");
    if (!st.ok())
        return st.error();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    st.bindTextOrNull(1, user.toStdString());
    st.bind(2, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    return st.run();
}

Status BriefAuditJob::run(store::Workspace &workspace, jobs::Progress &)
{
    return m_data ? recordBriefExport(workspace.handle(), *m_data, m_path) : Status();
}

} // namespace tierwise::analytics
