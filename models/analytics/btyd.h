#pragma once

// Transaction-based CLV (the "buy till you die" models, DOMAIN.md §5):
// - summarize(): the per-customer (x, t_x, T, monetary) summary as of a date.
// - BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way") by maximum
//   likelihood: parameters in log space, log-likelihood with log-sum-exp of its two terms,
//   analytic gradient, LBFGSpp, identical (x, t_x, T) compressed into weighted patterns, several
//   starting points, standard errors from a numerical Hessian of the log-likelihood.
// - Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV") on the repeat buyers (x > 0), with
//   the Pearson correlation of frequency and spend (the model assumes independence; a warning
//   when |corr| > 0.3).
// - Predictions: P(alive), expected transactions in (T, T + t], unconditional E[X(t)], expected
//   spend per transaction, CLV.
//
// Conventions of the summary (the literature's):
// - purchases are aggregated per calendar day; transactions after asOf are ignored;
// - x = distinct purchase days − 1, t_x = last − first purchase day, T = asOf − first purchase
//   day, all divided by unitDays (7: weeks, the default);
// - monetary = mean spend over the repeat purchase days (the first purchase day excluded; 0 when
//   x = 0).
// With the CDNOW calibration period 1997-01-01 … 1997-09-30, asOf = 1997-09-30 gives T = 272/7 =
// 38.857 weeks for a first purchase on 1997-01-01 (the published summary).
//
// CLV over H months with monthly discount d:
//     CLV = Σ_{m=1..H} (E[X(T, T + m·h)] − E[X(T, T + (m−1)·h)]) × spend / (1 + d)^m
// where a month h = 30.4375 days expressed in the model's time unit (weekly model: 30.4375 / 7
// weeks) — never 30 days, never one unit.

#include "result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace tierwise::analytics {

inline constexpr double kDaysPerMonth = 30.4375;

struct RfmSummary
{
    std::vector<QString> customerIds; // sorted by id
    std::vector<double> x, tx, T;
    std::vector<double> monetary;
};

// days are integer day numbers; customers with no transaction up to asOf are left out.
Result<RfmSummary> summarize(const std::vector<QString> &customerIds, const std::vector<std::int32_t> &days,
                             const std::vector<double> &amounts, std::int32_t asOf, double unitDays = 7.0);

struct BgNbdParams
{
    double r = 0, alpha = 0, a = 0, b = 0;
};

struct BgNbdFit
{
    BgNbdParams params;
    double logLikelihood = 0;
    double seR = 0, seAlpha = 0, seA = 0, seB = 0; // NaN if the Hessian is not invertible
    int iterations = 0;
    bool converged = false;
    int patterns = 0; // distinct (x, t_x, T) after compression
};

struct BgNbdOptions
{
    bool compress = true;
};

// Sum of the log-likelihood over customers (weights optional, 1 each when empty).
double bgNbdLogLikelihood(const BgNbdParams &p, const std::vector<double> &x, const std::vector<double> &tx,
                          const std::vector<double> &T, const std::vector<double> &weights = {});

Result<BgNbdFit> fitBgNbd(const std::vector<double> &x, const std::vector<double> &tx, const std::vector<double> &T,
                          const BgNbdOptions &options = {});
inline Result<BgNbdFit> fitBgNbd(const RfmSummary &s, const BgNbdOptions &options = {})
{
    return fitBgNbd(s.x, s.tx, s.T, options);
}

struct GammaGammaParams
{
    double p = 0, q = 0, v = 0;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    double logLikelihood = 0;
    int customers = 0;          // repeat buyers used
    double correlation = 0;     // Pearson, frequency vs monetary, over the repeat buyers
    bool correlationWarning = false; // |correlation| > 0.3
    int iterations = 0;
    bool converged = false;
};

// Uses only customers with x > 0 and monetary > 0.
Result<GammaGammaFit> fitGammaGamma(const std::vector<double> &x, const std::vector<double> &monetary);
inline Result<GammaGammaFit> fitGammaGamma(const RfmSummary &s)
{
    return fitGammaGamma(s.x, s.monetary);
}

// Gauss hypergeometric 2F1(a, b; c; z) for z < 1: the direct series for |z| < 0.9, Euler's
// transform (1 − z)^(c−a−b) 2F1(c−a, c−b; c; z) for 0.9 ≤ z < 1, Pfaff's for z ≤ −0.9.
// Returned as exp(logScale) × series so that large values do not overflow.
struct Hyp2f1
{
    double logScale = 0;
    double series = 0;
    double value() const;
};
Hyp2f1 hyp2f1(double a, double b, double c, double z);

double probabilityAlive(const BgNbdParams &p, double x, double tx, double T);
// Expected transactions in (T, T + t].
double conditionalExpectedTransactions(const BgNbdParams &p, double t, double x, double tx, double T);
// E[X(t)] for a new customer.
double unconditionalExpectedTransactions(const BgNbdParams &p, double t);
// Expected spend per transaction (x repeat purchases with mean spend monetary).
double expectedSpend(const GammaGammaParams &p, double x, double monetary);
// CLV over `months` months (month = 30.4375 days, unitDays days per model time unit).
double customerLifetimeValue(const BgNbdParams &p, double spend, double x, double tx, double T, int months,
                             double discountMonthly, double unitDays = 7.0);

// The calibration / holdout check (Fader, Hardie & Lee 2005, figure 3): BG/NBD fitted on the
// calibration summary, then per customer the expected transactions over the holdout period
// against the actual ones, averaged per calibration frequency x = 0, 1, …, maxBucket − 1 and
// "maxBucket or more", and in total.
struct HoldoutBucket
{
    int frequency = 0;         // x; the last bucket holds x ≥ frequency
    bool orMore = false;
    std::int64_t customers = 0;
    double actual = 0;         // mean holdout transactions per customer
    double predicted = 0;      // mean expected holdout transactions per customer
};

struct HoldoutCheck
{
    BgNbdFit fit;                       // on the calibration period
    double holdoutLength = 0;           // model time units
    std::int64_t customers = 0;
    double actualTotal = 0, predictedTotal = 0;
    std::vector<HoldoutBucket> buckets;
};

// holdoutActual[i]: customer i's transactions (purchase days) in the holdout period.
Result<HoldoutCheck> holdoutCheck(const RfmSummary &calibration, const std::vector<double> &holdoutActual,
                                  double holdoutLength, int maxBucket = 7);

} // namespace tierwise::analytics
