#pragma once

// The lifetime-value run as a whole (DOMAIN.md §3 and §5): what `tierwise-cli clv` runs and what
// the GUI runs as a job.
//
// 1. Features and the book (activity, holdings, catalogue, as-of balances) as of a date.
// 2. Transaction CLV: the BG/NBD + Gamma-Gamma summary over the customers' active days (see
//    bookdata.h for which transactions are active), fitted by maximum likelihood, then per
//    customer P(alive), expected transactions over the horizon, expected spend per transaction
//    and the discounted CLV (months of 30.4375 days).
// 3. A calibration / holdout check: the same model fitted up to `holdoutMonths` before the as-of
//    date and its predictions compared with what happened since.
// 4. Margin CLV from the balances (margin.h), lifecycle stages (lifecycle.h), the cohort
//    triangle (cohorts.h), early warnings (warnings.h) and next-best products within value tiers
//    (nextbest.h).
// 5. One run of kind "clv" with clv_scores, alerts, next_best and run_outputs ("model",
//    "cohorts", "holdout", "retention"), written in one transaction. Cancelled or failed: nothing
//    is written.
//
// When the transaction model cannot be fitted (no transactions, no repeat buyers, data that do
// not identify it) the run still gets margin CLV, stages, cohorts, warnings and next-best
// products; the transaction columns stay empty and `transactionModelError` says why.

#include "analytics/bookdata.h"
#include "analytics/btyd.h"
#include "analytics/cohorts.h"
#include "analytics/lifecycle.h"
#include "analytics/margin.h"
#include "analytics/nextbest.h"
#include "analytics/pareto.h"
#include "analytics/warnings.h"
#include "ingest/values.h"
#include "jobs/job.h"
#include "jobs/progress.h"
#include "result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tierwise::store { class Workspace; }

namespace tierwise::analytics {

struct ClvOptions
{
    ingest::Day asOf = 0;          // 0: the latest date in the workspace
    int horizonMonths = 12;        // CLV and expected transactions over this many months
    double discountMonthly = 0.01; // monthly discount rate
    double unitDays = 7.0;         // the model's time unit (weeks)
    int holdoutMonths = 6;         // the holdout check's period before asOf; 0: no check
    // Rule files (JSON); empty: the defaults shipped as resources.
    QString marginRatesFile;
    QString lifecycleRulesFile;
    QString warningRulesFile;
    QString productRulesFile;
    QString tierRulesFile;         // value tiers: peers for next-best products, tier watch
    // Which CLV drives the value bands: the bank's margin CLV (default) or the transaction CLV.
    enum class ValueBasis { Margin, Transaction } valueBasis = ValueBasis::Margin;
    // Value bands by the chosen CLV, ranked from the highest: the top bandShares[0] of customers
    // are "high", up to bandShares[1] "medium", the rest "low" (cumulative shares, increasing).
    double highShare = 0.20;
    double mediumShare = 0.50;
};

enum class ValueBand : std::int8_t { High, Medium, Low };
QString valueBandKey(ValueBand band);  // "high", "medium", "low"
QString valueBandName(ValueBand band); // translated

struct ClvResult
{
    qint64 runId = 0;
    QString asOf; // ISO

    // Per customer, sorted by id. Transaction columns are NaN for a customer without an active
    // transaction up to asOf, or when the transaction model could not be fitted.
    std::vector<std::string> customerId;
    std::vector<double> frequency;      // x: repeat purchase days
    std::vector<double> recencyDays;    // last − first purchase day
    std::vector<double> tDays;          // asOf − first purchase day
    std::vector<double> monetary;       // mean spend over the repeat purchase days
    std::vector<double> pAlive;
    std::vector<double> expectedTxns;   // over the horizon
    std::vector<double> expectedSpend;  // per transaction
    std::vector<double> clv;            // transaction CLV over the horizon, discounted
    std::vector<double> marginClv;
    std::vector<LifecycleStage> stage;
    std::vector<ValueBand> valueBand;   // by the chosen CLV (a customer without one counts as 0)
    std::vector<std::string> tier;      // value tier key (the peers of next-best products)
    QMap<QString, QString> tierNames;   // tier key → name in the user's language

    std::optional<BgNbdFit> bgNbd;
    std::optional<GammaGammaFit> gammaGamma;
    QString transactionModelError;      // why there is no transaction CLV; empty if there is
    std::optional<HoldoutCheck> holdout;
    QString holdoutCalibrationEnd;      // ISO
    QString holdoutError;
    RetentionEstimate retention;
    CohortTable cohorts;
    std::vector<Alert> alerts;          // Alert::customer = row above
    std::vector<NextBest> nextBest;     // NextBest::customer = row above
    // What the run read: the features and the book (the catalogue NextBest::product indexes).
    std::shared_ptr<const CustomerFeatures> features;
    std::shared_ptr<const BookData> book;
    ParetoSummary valueConcentration;   // of the chosen CLV over customers
    QStringList notes;                  // warnings and summaries for the user

    ClvOptions options;

    // Seconds spent per step (for benchmarks and the log).
    struct Timings
    {
        double features = 0, book = 0, summary = 0, fit = 0, scoring = 0, holdout = 0, bank = 0, save = 0;
    } seconds;

    // The fitted models with their time unit, log-likelihoods, standard errors and diagnostics.
    QJsonObject modelJson() const;
    QJsonObject cohortsJson() const;
    QJsonObject holdoutJson() const;
};

// Runs on the workspace connection and persists the run. Cancelled or failed: nothing written.
Result<ClvResult> runClv(store::Workspace &workspace, const ClvOptions &options, jobs::Progress &progress);

// Output files (UTF-8, header row, written atomically).
// customer_id,frequency,recency_days,t_days,monetary,p_alive,expected_txns_horizon,expected_spend,
// clv,margin_clv,lifecycle_stage,value_band,tier
Status writeClvCsv(const ClvResult &result, const QString &path);
Status writeClvParamsJson(const ClvResult &result, const QString &path);
// cohort,size,age,active_share,aum_retained (one row per observed cell), then the average rows
// with cohort "average".
Status writeCohortsCsv(const ClvResult &result, const QString &path);
// customer_id,kind,severity,due_date,evidence (the evidence in words, in the user's language)
Status writeAlertsCsv(const ClvResult &result, const QString &path);
// customer_id,rank,product_code,product_name,penetration,score,reason
Status writeNextBestCsv(const ClvResult &result, const QString &path);

class ClvJob final : public jobs::Job
{
public:
    explicit ClvJob(ClvOptions options) : m_options(std::move(options)) {}
    QString kind() const override { return QStringLiteral("clv"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const std::optional<ClvResult> &result() const { return m_result; }

private:
    ClvOptions m_options;
    std::optional<ClvResult> m_result;
};

} // namespace tierwise::analytics
