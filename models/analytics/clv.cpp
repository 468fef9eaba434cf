#include "analytics/clv.h"

#include "analytics/runsupport.h"
#include "analytics/tiers.h"
#include "jobs/runstore.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Clv)
};

} // namespace

namespace tierwise::analytics {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

Error cancelled()
{
    return Error::cancelled(Tr::tr("The lifetime value run was cancelled."));
}

struct Rules
{
    MarginRates margin;
    LifecycleRules lifecycle;
    WarningRules warnings;
    ProductRules products;
    TierRuleSet tiers;
};

Result<Rules> loadAllRules(const ClvOptions &o)
{
    Rules r;
    Result<MarginRates> margin = loadRules<MarginRates>(o.marginRatesFile);
    if (!margin)
        return margin.error();
    Result<LifecycleRules> lifecycle = loadRules<LifecycleRules>(o.lifecycleRulesFile);
    if (!lifecycle)
        return lifecycle.error();
    Result<WarningRules> warnings = loadRules<WarningRules>(o.warningRulesFile);
    if (!warnings)
        return warnings.error();
    Result<ProductRules> products = loadRules<ProductRules>(o.productRulesFile);
    if (!products)
        return products.error();
    Result<TierRuleSet> tiers = loadRules<TierRuleSet>(o.tierRulesFile);
    if (!tiers)
        return tiers.error();
    r.margin = std::move(*margin);
    r.lifecycle = std::move(*lifecycle);
    r.warnings = std::move(*warnings);
    r.products = std::move(*products);
    r.tiers = std::move(*tiers);
    return r;
}

Status checkOptions(const ClvOptions &o)
{
    if (o.horizonMonths < 1 || o.horizonMonths > 600)
        return Error::badInput(Tr::tr("The horizon must be 1 to 600 months (it is %1).").arg(o.horizonMonths));
    if (!std::isfinite(o.discountMonthly) || o.discountMonthly < 0 || o.discountMonthly >= 1)
        return Error::badInput(Tr::tr("The monthly discount rate must be at least 0 and below 1 (it is %1).")
                                   .arg(o.discountMonthly));
    if (!(o.unitDays > 0) || !std::isfinite(o.unitDays))
        return Error::badInput(Tr::tr("The time unit must be a positive number of days."));
    if (!(o.highShare > 0 && o.highShare < o.mediumShare && o.mediumShare < 1))
        return Error::badInput(Tr::tr("The value bands must be shares with 0 < high < medium < 1 (they are %1 and %2).")
                                   .arg(o.highShare).arg(o.mediumShare));
    if (o.holdoutMonths < 0 || o.holdoutMonths > 120)
        return Error::badInput(Tr::tr("The holdout period must be 0 to 120 months (it is %1).").arg(o.holdoutMonths));
    return {};
}

// The BTYD summary of every customer row from its active days up to `until`; rows without one
// are left out. `rows` says which customer row each summary entry is.
struct RowSummary
{
    RfmSummary summary;
    std::vector<std::uint32_t> rows;
    std::vector<Day> first;
};

RowSummary summarizeActivity(const CustomerActivity &a, Day until, double unitDays)
{
    RowSummary out;
    RfmSummary &s = out.summary;
    for (std::size_t c = 0; c < a.customers(); ++c) {
        Day first = 0, last = 0;
        int days = 0;
        double repeatSpend = 0;
        for (std::uint32_t i = a.begin(c); i < a.end(c) && a.day[i] <= until; ++i) {
            if (!a.active[i])
                continue;
            if (days == 0)
                first = a.day[i];
            else
                repeatSpend += a.activeValue[i];
            last = a.day[i];
            ++days;
        }
        if (days == 0)
            continue;
        const double x = days - 1;
        out.rows.push_back(static_cast<std::uint32_t>(c));
        out.first.push_back(first);
        s.x.push_back(x);
        s.tx.push_back((last - first) / unitDays);
        s.T.push_back((until - first) / unitDays);
        s.monetary.push_back(x > 0 ? repeatSpend / x : 0.0);
    }
    return out;
}

// Active days in (from, to] per summary entry.
std::vector<double> activeDaysBetween(const CustomerActivity &a, const std::vector<std::uint32_t> &rows, Day from, Day to)
{
    std::vector<double> counts(rows.size(), 0.0);
    for (std::size_t k = 0; k < rows.size(); ++k)
        for (std::uint32_t i = a.begin(rows[k]); i < a.end(rows[k]); ++i)
            if (a.active[i] && a.day[i] > from && a.day[i] <= to)
                counts[k] += 1;
    return counts;
}

// Runs f(begin, end) over [0, n) on two threads (the machine's cores; the work is arithmetic).
template<typename F>
void parallelRanges(std::size_t n, F &&f)
{
    const std::size_t half = n / 2;
    std::thread worker([&] { f(half, n); });
    f(std::size_t(0), half);
    worker.join();
}

QJsonValue jsonNumber(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray jsonArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(jsonNumber(x));
    return a;
}

QJsonObject bgNbdJson(const BgNbdFit &f)
{
    return {{QStringLiteral("r"), f.params.r},
            {QStringLiteral("alpha"), f.params.alpha},
            {QStringLiteral("a"), f.params.a},
            {QStringLiteral("b"), f.params.b},
            {QStringLiteral("log_likelihood"), f.logLikelihood},
            {QStringLiteral("standard_errors"),
             QJsonObject{{QStringLiteral("r"), jsonNumber(f.seR)},
                         {QStringLiteral("alpha"), jsonNumber(f.seAlpha)},
                         {QStringLiteral("a"), jsonNumber(f.seA)},
                         {QStringLiteral("b"), jsonNumber(f.seB)}}},
            {QStringLiteral("iterations"), f.iterations},
            {QStringLiteral("converged"), f.converged},
            {QStringLiteral("patterns"), f.patterns}};
}

Status saveRun(sqlite3 *db, ClvResult &r, const QJsonObject &params, jobs::Progress &progress)
{
    const qint64 total = qint64(r.customerId.size() + r.alerts.size() + r.nextBest.size());
    const QString text = Tr::tr("Saving the lifetime values");
    qint64 done = 0;
    const auto tick = [&] { return (++done & 0x3FFF) != 0 || progress.report(done, total, text); };

    store::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    Result<qint64> runId = jobs::insertRun(db, QStringLiteral("clv"), params, r.asOf);
    if (!runId)
        return runId.error();
    r.runId = *runId;

    const auto bindDouble = [](sqlite3_stmt *st, int i, double v) {
        if (std::isfinite(v))
            sqlite3_bind_double(st, i, v);
        else
            sqlite3_bind_null(st, i);
    };
    const auto bindText = [](sqlite3_stmt *st, int i, std::string_view s) {
        sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
    };
    const auto step = [db](sqlite3_stmt *st, const QString &what) -> Status {
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? Status() : Status(store::sqliteError(db, what));
    };

    store::Statement scores(db, "INSERT INTO clv_scores (run_id, customer_id, frequency, recency, age, monetary, "
                                "p_alive, expected_txn, expected_spend, clv_txn, clv_margin, lifecycle_stage, value_band) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!scores.ok())
        return scores.error();
    sqlite3_stmt *st = scores.handle();
    sqlite3_bind_int64(st, 1, r.runId);
    for (std::size_t i = 0; i < r.customerId.size(); ++i) {
        bindText(st, 2, r.customerId[i]);
        bindDouble(st, 3, r.frequency[i]);
        bindDouble(st, 4, r.recencyDays[i]);
        bindDouble(st, 5, r.tDays[i]);
        bindDouble(st, 6, r.monetary[i]);
        bindDouble(st, 7, r.pAlive[i]);
        bindDouble(st, 8, r.expectedTxns[i]);
        bindDouble(st, 9, r.expectedSpend[i]);
        bindDouble(st, 10, r.clv[i]);
        bindDouble(st, 11, r.marginClv[i]);
        bindText(st, 12, lifecycleStageKey(r.stage[i]).toStdString());
        bindText(st, 13, valueBandKey(r.valueBand[i]).toStdString());
        if (Status s = step(st, Tr::tr("Saving the lifetime value of customer %1")
                                    .arg(QString::fromStdString(r.customerId[i]))); !s)
            return s;
        if (!tick())
            return cancelled();
    }

    store::Statement alerts(db, "INSERT INTO alerts (run_id, customer_id, kind, severity, due_date, detail) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!alerts.ok())
        return alerts.error();
    st = alerts.handle();
    sqlite3_bind_int64(st, 1, r.runId);
    for (const Alert &a : r.alerts) {
        bindText(st, 2, r.customerId[a.customer]);
        bindText(st, 3, alertKindKey(a.kind).toStdString());
        sqlite3_bind_int(st, 4, a.severity);
        if (a.due != 0)
            bindText(st, 5, ingest::isoDate(a.due).toStdString());
        else
            sqlite3_bind_null(st, 5);
        bindText(st, 6, a.evidence);
        if (Status s = step(st, Tr::tr("Saving an early warning")); !s)
            return s;
        if (!tick())
            return cancelled();
    }

    store::Statement nbp(db, "INSERT INTO next_best (run_id, customer_id, rank, product_code, penetration, score, "
                             "book_peers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!nbp.ok())
        return nbp.error();
    st = nbp.handle();
    sqlite3_bind_int64(st, 1, r.runId);
    for (const NextBest &n : r.nextBest) {
        bindText(st, 2, r.customerId[n.customer]);
        sqlite3_bind_int(st, 3, n.rank);
        bindText(st, 4, r.book->products[std::size_t(n.product)].code);
        bindDouble(st, 5, n.penetration);
        bindDouble(st, 6, n.score);
        sqlite3_bind_int(st, 7, n.bookPeers ? 1 : 0);
        if (Status s = step(st, Tr::tr("Saving a next-best product")); !s)
            return s;
        if (!tick())
            return cancelled();
    }

    store::Statement outputs(db, "INSERT INTO run_outputs (run_id, name, content) VALUES (?1, ?2, ?3)");
    if (!outputs.ok())
        return outputs.error();
    st = outputs.handle();
    sqlite3_bind_int64(st, 1, r.runId);
    QJsonArray retention;
    for (std::size_t b = 0; b < r.retention.annualRetention.size(); ++b)
        retention.append(QJsonObject{{QStringLiteral("annual_retention"), r.retention.annualRetention[b]},
                                     {QStringLiteral("base"), qint64(r.retention.base[b])},
                                     {QStringLiteral("estimated"), bool(r.retention.estimated[b])}});
    const std::pair<const char *, QJsonObject> docs[] = {
        {"model", r.modelJson()},
        {"cohorts", r.cohortsJson()},
        {"holdout", r.holdoutJson()},
        {"retention", QJsonObject{{QStringLiteral("bands"), retention}}}};
    for (const auto &[name, object] : docs) {
        bindText(st, 2, name);
        bindText(st, 3, QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString());
        if (Status s = step(st, Tr::tr("Saving the run's %1").arg(QLatin1String(name))); !s)
            return s;
    }
    if (!progress.report(total, total, text))
        return cancelled();
    return tx.commit();
}

// Bands by rank of the value (highest first; NaN counts as 0; ties keep id order).
std::vector<ValueBand> valueBands(const std::vector<double> &value, double highShare, double mediumShare)
{
    const std::size_t n = value.size();
    std::vector<std::uint32_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = static_cast<std::uint32_t>(i);
    const auto v = [&](std::uint32_t i) { return std::isfinite(value[i]) ? value[i] : 0.0; };
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return v(a) > v(b); });
    std::vector<ValueBand> bands(n, ValueBand::Low);
    const auto high = static_cast<std::size_t>(std::llround(highShare * double(n)));
    const auto medium = static_cast<std::size_t>(std::llround(mediumShare * double(n)));
    for (std::size_t k = 0; k < n; ++k)
        bands[order[k]] = k < high ? ValueBand::High : k < medium ? ValueBand::Medium : ValueBand::Low;
    return bands;
}

} // namespace

QString valueBandKey(ValueBand band)
{
    switch (band) {
    case ValueBand::High: return QStringLiteral("high");
    case ValueBand::Medium: return QStringLiteral("medium");
    case ValueBand::Low: return QStringLiteral("low");
    }
    return {};
}

QString valueBandName(ValueBand band)
{
    switch (band) {
    case ValueBand::High: return Tr::tr("High value");
    case ValueBand::Medium: return Tr::tr("Medium value");
    case ValueBand::Low: return Tr::tr("Low value");
    }
    return {};
}

QJsonObject ClvResult::modelJson() const
{
    QJsonObject o{{QStringLiteral("as_of"), asOf},
                  {QStringLiteral("time_unit_days"), options.unitDays},
                  {QStringLiteral("time_unit"), options.unitDays == 7.0 ? QStringLiteral("weeks")
                                                : options.unitDays == 1.0 ? QStringLiteral("days")
                                                                          : QStringLiteral("custom")},
                  {QStringLiteral("month_days"), kDaysPerMonth},
                  {QStringLiteral("horizon_months"), options.horizonMonths},
                  {QStringLiteral("discount_monthly"), options.discountMonthly},
                  {QStringLiteral("customers"), qint64(customerId.size())}};
    if (bgNbd)
        o.insert(QStringLiteral("bgnbd"), bgNbdJson(*bgNbd));
    if (gammaGamma)
        o.insert(QStringLiteral("gamma_gamma"),
                 QJsonObject{{QStringLiteral("p"), gammaGamma->params.p},
                             {QStringLiteral("q"), gammaGamma->params.q},
                             {QStringLiteral("v"), gammaGamma->params.v},
                             {QStringLiteral("log_likelihood"), gammaGamma->logLikelihood},
                             {QStringLiteral("customers"), gammaGamma->customers},
                             {QStringLiteral("frequency_spend_correlation"), gammaGamma->correlation},
                             {QStringLiteral("correlation_warning"), gammaGamma->correlationWarning},
                             {QStringLiteral("iterations"), gammaGamma->iterations},
                             {QStringLiteral("converged"), gammaGamma->converged}});
    if (!transactionModelError.isEmpty())
        o.insert(QStringLiteral("transaction_model_error"), transactionModelError);
    if (holdout)
        o.insert(QStringLiteral("holdout"), holdoutJson());
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return o;
}

QJsonObject ClvResult::cohortsJson() const
{
    QJsonArray rows;
    for (std::size_t c = 0; c < cohorts.cohortMonth.size(); ++c) {
        const auto from = std::ptrdiff_t(c) * cohorts.ages;
        rows.append(QJsonObject{
            {QStringLiteral("cohort"), cohorts.cohortLabel(int(c))},
            {QStringLiteral("size"), qint64(cohorts.size[c])},
            {QStringLiteral("active_share"),
             jsonArray({cohorts.activeShare.begin() + from, cohorts.activeShare.begin() + from + cohorts.ages})},
            {QStringLiteral("aum_retained"),
             jsonArray({cohorts.aumRetained.begin() + from, cohorts.aumRetained.begin() + from + cohorts.ages})}});
    }
    return {{QStringLiteral("ages"), cohorts.ages},
            {QStringLiteral("cohorts"), rows},
            {QStringLiteral("average_active_share"), jsonArray(cohorts.averageActive)},
            {QStringLiteral("average_aum_retained"), jsonArray(cohorts.averageAum)}};
}

QJsonObject ClvResult::holdoutJson() const
{
    if (!holdout)
        return holdoutError.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("error"), holdoutError}};
    QJsonArray buckets;
    for (const HoldoutBucket &b : holdout->buckets)
        buckets.append(QJsonObject{{QStringLiteral("frequency"), b.frequency},
                                   {QStringLiteral("or_more"), b.orMore},
                                   {QStringLiteral("customers"), qint64(b.customers)},
                                   {QStringLiteral("actual"), b.actual},
                                   {QStringLiteral("predicted"), b.predicted}});
    return {{QStringLiteral("calibration_end"), holdoutCalibrationEnd},
            {QStringLiteral("holdout_length"), holdout->holdoutLength},
            {QStringLiteral("customers"), qint64(holdout->customers)},
            {QStringLiteral("actual_total"), holdout->actualTotal},
            {QStringLiteral("predicted_total"), holdout->predictedTotal},
            {QStringLiteral("bgnbd"), bgNbdJson(holdout->fit)},
            {QStringLiteral("buckets"), buckets}};
}

Result<ClvResult> runClv(store::Workspace &workspace, const ClvOptions &options, jobs::Progress &progress)
{
    if (Status s = checkOptions(options); !s)
        return s.error();
    Result<Rules> rules = loadAllRules(options);
    if (!rules)
        return rules.error();
    sqlite3 *db = workspace.handle();

    ClvResult r;
    r.options = options;
    QElapsedTimer clock;
    clock.start();
    const auto lap = [&clock](double &into) { into = double(clock.nsecsElapsed()) / 1e9; clock.restart(); };
    StepProgress featureStep(progress, 0, 300);
    FeatureOptions fo;
    fo.asOf = options.asOf;
    Result<CustomerFeatures> features = computeFeatures(db, fo, featureStep);
    if (!features)
        return features.error();
    if (features->size() == 0)
        return Error::badInput(Tr::tr("The workspace has no customers."));
    r.features = std::make_shared<const CustomerFeatures>(std::move(*features));
    lap(r.seconds.features);
    const CustomerFeatures &f = *r.features;
    StepProgress bookStep(progress, 300, 550);
    Result<BookData> book = loadBookData(db, f, bookStep);
    if (!book)
        return book.error();
    r.book = std::make_shared<const BookData>(std::move(*book));
    lap(r.seconds.book);
    const BookData &b = *r.book;
    r.asOf = ingest::isoDate(f.asOf);

    const std::size_t n = f.size();
    r.customerId = f.customerId;
    for (std::vector<double> *v : {&r.frequency, &r.recencyDays, &r.tDays, &r.monetary, &r.pAlive, &r.expectedTxns,
                                   &r.expectedSpend, &r.clv})
        v->assign(n, kNaN);

    // Transaction CLV.
    if (!progress.report(560, 1000, Tr::tr("Fitting BG/NBD and Gamma-Gamma")))
        return cancelled();
    const RowSummary rs = summarizeActivity(b.activity, f.asOf, options.unitDays);
    for (std::size_t k = 0; k < rs.rows.size(); ++k) {
        const std::size_t c = rs.rows[k];
        r.frequency[c] = rs.summary.x[k];
        r.recencyDays[c] = rs.summary.tx[k] * options.unitDays;
        r.tDays[c] = rs.summary.T[k] * options.unitDays;
        r.monetary[c] = rs.summary.monetary[k];
    }
    lap(r.seconds.summary);
    if (rs.rows.empty()) {
        r.transactionModelError = Tr::tr("No customer has an active transaction up to %1.").arg(r.asOf);
    } else if (Result<BgNbdFit> bg = fitBgNbd(rs.summary); !bg) {
        r.transactionModelError = bg.error().message;
    } else if (Result<GammaGammaFit> gg = fitGammaGamma(rs.summary); !gg) {
        r.bgNbd = *bg;
        r.transactionModelError = gg.error().message;
    } else {
        r.bgNbd = *bg;
        r.gammaGamma = *gg;
    }
    lap(r.seconds.fit);
    if (!r.transactionModelError.isEmpty())
        r.notes << Tr::tr("No transaction CLV: %1").arg(r.transactionModelError);
    if (r.gammaGamma && r.gammaGamma->correlationWarning)
        r.notes << Tr::tr("Frequency and spend per transaction are correlated (%1); the Gamma-Gamma model assumes "
                          "they are not, so expected spend is less reliable.")
                       .arg(r.gammaGamma->correlation, 0, 'f', 2);
    if (r.bgNbd && r.gammaGamma) {
        if (!progress.report(620, 1000, Tr::tr("Scoring %n customers", nullptr, int(rs.rows.size()))))
            return cancelled();
        const double horizon = options.horizonMonths * kDaysPerMonth / options.unitDays;
        parallelRanges(rs.rows.size(), [&](std::size_t from, std::size_t to) {
            for (std::size_t k = from; k < to; ++k) {
                const std::size_t c = rs.rows[k];
                const double x = rs.summary.x[k], tx = rs.summary.tx[k], T = rs.summary.T[k];
                const double spend = expectedSpend(r.gammaGamma->params, x, rs.summary.monetary[k]);
                r.pAlive[c] = probabilityAlive(r.bgNbd->params, x, tx, T);
                r.expectedTxns[c] = conditionalExpectedTransactions(r.bgNbd->params, horizon, x, tx, T);
                r.expectedSpend[c] = spend;
                r.clv[c] = customerLifetimeValue(r.bgNbd->params, spend, x, tx, T, options.horizonMonths,
                                                 options.discountMonthly, options.unitDays);
            }
        });
    }
    lap(r.seconds.scoring);

    // The holdout check: the model fitted holdoutMonths before asOf, compared with what followed.
    if (options.holdoutMonths > 0) {
        if (!progress.report(700, 1000, Tr::tr("Checking the model on a holdout period")))
            return cancelled();
        const QDate asOfDate = QDate::fromString(r.asOf, Qt::ISODate);
        const QDate end = asOfDate.addMonths(-options.holdoutMonths);
        const Day calibrationEnd = ingest::dayFromCivil(end.year(), end.month(), end.day());
        r.holdoutCalibrationEnd = ingest::isoDate(calibrationEnd);
        const RowSummary cal = summarizeActivity(b.activity, calibrationEnd, options.unitDays);
        const std::vector<double> actual = activeDaysBetween(b.activity, cal.rows, calibrationEnd, f.asOf);
        Result<HoldoutCheck> check = cal.rows.empty()
                                         ? Result<HoldoutCheck>(Error::badInput(
                                               Tr::tr("No customer has an active transaction up to %1.")
                                                   .arg(r.holdoutCalibrationEnd)))
                                         : holdoutCheck(cal.summary, actual, (f.asOf - calibrationEnd) / options.unitDays);
        if (check) {
            r.holdout = std::move(*check);
            r.notes << Tr::tr("Holdout %1 … %2: %3 transactions expected, %4 happened.")
                           .arg(r.holdoutCalibrationEnd, r.asOf)
                           .arg(r.holdout->predictedTotal, 0, 'f', 0)
                           .arg(r.holdout->actualTotal, 0, 'f', 0);
        } else {
            r.holdoutError = check.error().message;
            r.notes << Tr::tr("No holdout check: %1").arg(r.holdoutError);
        }
    }

    lap(r.seconds.holdout);

    // Bank value, lifecycle, cohorts, warnings, next-best products.
    if (!progress.report(760, 1000, Tr::tr("Margin CLV, lifecycle stages and cohorts")))
        return cancelled();
    r.retention = estimateRetention(rules->margin, f);
    r.marginClv = marginClv(rules->margin, f, b, r.pAlive, options.discountMonthly, r.retention);
    r.stage = assignLifecycle(rules->lifecycle, f, b, r.pAlive);
    {
        const bool margin = options.valueBasis == ClvOptions::ValueBasis::Margin || !r.gammaGamma;
        const std::vector<double> &value = margin ? r.marginClv : r.clv;
        r.valueBand = valueBands(value, options.highShare, options.mediumShare);
        r.valueConcentration = pareto(value);
        r.notes << Tr::tr("Value bands by %1: the top 20 % of customers hold %2 % of it; Gini %3.")
                       .arg(margin ? Tr::tr("margin CLV") : Tr::tr("transaction CLV"))
                       .arg(r.valueConcentration.top20Share * 100, 0, 'f', 1)
                       .arg(r.valueConcentration.gini, 0, 'f', 3);
    }
    r.cohorts = buildCohorts(f, b);

    if (!progress.report(800, 1000, Tr::tr("Early warnings and next-best products")))
        return cancelled();
    const std::vector<TierAssignment> tiers = assignTiers(rules->tiers, f);
    r.tier.resize(n);
    for (std::size_t c = 0; c < n; ++c)
        r.tier[c] = rules->tiers.tiers().at(tiers[c].tier).key.toStdString();
    for (const Tier &t : rules->tiers.tiers())
        r.tierNames.insert(QString(t.key), t.displayName());
    r.alerts = detectWarnings(rules->warnings, f, b, tiers, rules->tiers);
    r.nextBest = nextBestProducts(rules->products, f, b, r.tier);

    QJsonObject params{{QStringLiteral("as_of"), r.asOf},
                       {QStringLiteral("horizon_months"), options.horizonMonths},
                       {QStringLiteral("discount_monthly"), options.discountMonthly},
                       {QStringLiteral("time_unit_days"), options.unitDays},
                       {QStringLiteral("holdout_months"), options.holdoutMonths},
                       {QStringLiteral("value_basis"), options.valueBasis == ClvOptions::ValueBasis::Margin
                                                           ? QStringLiteral("margin") : QStringLiteral("transaction")},
                       {QStringLiteral("value_bands"), QJsonArray{options.highShare, options.mediumShare}},
                       {QStringLiteral("margin_rates"), rules->margin.toJson()},
                       {QStringLiteral("lifecycle_rules"), rules->lifecycle.toJson()},
                       {QStringLiteral("warning_rules"), rules->warnings.toJson()},
                       {QStringLiteral("product_rules"), rules->products.toJson()},
                       {QStringLiteral("tiers"), rules->tiers.toJson()}};
    lap(r.seconds.bank);
    StepProgress saveStep(progress, 850, 1000);
    if (Status s = saveRun(db, r, params, saveStep); !s)
        return s.error();
    lap(r.seconds.save);
    return r;
}

Status writeClvCsv(const ClvResult &r, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    for (const char *h : {"customer_id", "frequency", "recency_days", "t_days", "monetary", "p_alive",
                          "expected_txns_horizon", "expected_spend", "clv", "margin_clv", "lifecycle_stage", "value_band",
                          "tier"})
        csv.raw(h);
    csv.endRow();
    for (std::size_t i = 0; i < r.customerId.size(); ++i) {
        csv.field(r.customerId[i])
            .number(r.frequency[i], 0)
            .number(r.recencyDays[i], 0)
            .number(r.tDays[i], 0)
            .number(r.monetary[i])
            .number(r.pAlive[i], 6)
            .number(r.expectedTxns[i], 4)
            .number(r.expectedSpend[i])
            .number(r.clv[i])
            .number(r.marginClv[i])
            .raw(lifecycleStageKey(r.stage[i]).toStdString())
            .raw(valueBandKey(r.valueBand[i]).toStdString())
            .field(r.tier[i]);
        csv.endRow();
    }
    return csv.commit();
}

Status writeClvParamsJson(const ClvResult &r, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, f.errorString())).at(path);
    f.write(QJsonDocument(r.modelJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, f.errorString())).at(path);
    return {};
}

Status writeCohortsCsv(const ClvResult &r, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    csv.raw("cohort").raw("size").raw("age").raw("active_share").raw("aum_retained");
    csv.endRow();
    const CohortTable &t = r.cohorts;
    for (std::size_t c = 0; c < t.cohortMonth.size(); ++c)
        for (int age = 0; age < t.ages; ++age) {
            const std::size_t cell = c * std::size_t(t.ages) + std::size_t(age);
            if (std::isnan(t.activeShare[cell]) && std::isnan(t.aumRetained[cell]))
                continue;
            csv.field(t.cohortLabel(int(c))).raw(std::to_string(t.size[c])).raw(std::to_string(age));
            csv.number(t.activeShare[cell], 4).number(t.aumRetained[cell], 4);
            csv.endRow();
        }
    for (int age = 0; age < t.ages; ++age) {
        csv.raw("average").raw("").raw(std::to_string(age));
        csv.number(t.averageActive[std::size_t(age)], 4).number(t.averageAum[std::size_t(age)], 4);
        csv.endRow();
    }
    return csv.commit();
}

Status writeAlertsCsv(const ClvResult &r, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    csv.raw("customer_id").raw("kind").raw("severity").raw("due_date").raw("evidence");
    csv.endRow();
    for (const Alert &a : r.alerts) {
        const QString kind = alertKindKey(a.kind);
        csv.field(r.customerId[a.customer]).field(kind).raw(std::to_string(a.severity));
        csv.raw(a.due != 0 ? ingest::isoDate(a.due).toStdString() : std::string());
        csv.field(describeAlert(kind, QByteArray::fromStdString(a.evidence)));
        csv.endRow();
    }
    return csv.commit();
}

Status writeNextBestCsv(const ClvResult &r, const QString &path)
{
    CsvWriter csv(path);
    if (Status s = csv.open(); !s)
        return s;
    csv.raw("customer_id").raw("rank").raw("product_code").raw("product_name").raw("penetration").raw("score").raw("reason");
    csv.endRow();
    for (const NextBest &nb : r.nextBest) {
        const Product &p = r.book->products[std::size_t(nb.product)];
        const QString tier = QString::fromStdString(r.tier[nb.customer]);
        csv.field(r.customerId[nb.customer]).raw(std::to_string(nb.rank)).field(p.code).field(p.name);
        csv.number(nb.penetration, 4).number(nb.score, 2);
        csv.field(describeNextBest(nb, *r.book, *r.features, r.tierNames.value(tier, tier)));
        csv.endRow();
    }
    return csv.commit();
}

Status ClvJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<ClvResult> r = runClv(workspace, m_options, progress);
    if (!r)
        return r.error();
    m_result = std::move(*r);
    return {};
}

} // namespace tierwise::analytics
