#include "analytics/btyd.h"

#include <Eigen/Core>
#include <Eigen/Dense>
#include <LBFGS.h>

#include <boost/math/special_functions/digamma.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <map>
#include <numeric>
#include <tuple>

namespace {

// The context of this file's messages (see store/workspace.cpp).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Btyd)
};

} // namespace

namespace tierwise::analytics {
namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

double digamma(double v)
{
    return boost::math::digamma(v);
}

double logSumExp(double u, double w)
{
    if (u == -std::numeric_limits<double>::infinity())
        return w;
    if (w == -std::numeric_limits<double>::infinity())
        return u;
    const double m = std::max(u, w);
    return m + std::log(std::exp(u - m) + std::exp(w - m));
}

struct Patterns
{
    std::vector<double> x, tx, T, w;
};

Patterns compress(const std::vector<double> &x, const std::vector<double> &tx, const std::vector<double> &T,
                  bool doCompress)
{
    Patterns p;
    if (!doCompress) {
        p.x = x;
        p.tx = tx;
        p.T = T;
        p.w.assign(x.size(), 1.0);
        return p;
    }
    std::map<std::tuple<double, double, double>, double> counts;
    for (size_t i = 0; i < x.size(); ++i)
        counts[{x[i], tx[i], T[i]}] += 1.0;
    for (const auto &[key, count] : counts) {
        p.x.push_back(std::get<0>(key));
        p.tx.push_back(std::get<1>(key));
        p.T.push_back(std::get<2>(key));
        p.w.push_back(count);
    }
    return p;
}

// Log-likelihood and its gradient with respect to (r, alpha, a, b).
double bgNbdLl(const double *q, const Patterns &d, double *grad)
{
    const double r = q[0], alpha = q[1], a = q[2], b = q[3];
    double ll = 0;
    double g[4] = {0, 0, 0, 0};
    const double lgR = std::lgamma(r), lgAB = std::lgamma(a + b), lgB = std::lgamma(b);
    const double psiR = digamma(r), psiAB = digamma(a + b), psiB = digamma(b);
    const double logAlpha = std::log(alpha), logA = std::log(a);
    for (size_t i = 0; i < d.x.size(); ++i) {
        const double x = d.x[i], tx = d.tx[i], T = d.T[i], w = d.w[i];
        const double a1 = std::lgamma(r + x) - lgR + r * logAlpha;
        const double a2 = lgAB + std::lgamma(b + x) - lgB - std::lgamma(a + b + x);
        const double a3 = -(r + x) * std::log(alpha + T);
        const double a4 = x > 0 ? logA - std::log(b + x - 1) - (r + x) * std::log(alpha + tx)
                                : -std::numeric_limits<double>::infinity();
        const double lse = logSumExp(a3, a4);
        ll += w * (a1 + a2 + lse);
        if (grad) {
            const double w3 = std::exp(a3 - lse);
            const double w4 = x > 0 ? std::exp(a4 - lse) : 0.0;
            const double psiRX = digamma(r + x);
            const double psiABX = digamma(a + b + x);
            g[0] += w * (psiRX - psiR + logAlpha - w3 * std::log(alpha + T)
                         - (x > 0 ? w4 * std::log(alpha + tx) : 0.0));
            g[1] += w * (r / alpha - w3 * (r + x) / (alpha + T) - (x > 0 ? w4 * (r + x) / (alpha + tx) : 0.0));
            g[2] += w * (psiAB - psiABX + (x > 0 ? w4 / a : 0.0));
            g[3] += w * (psiAB + digamma(b + x) - psiB - psiABX - (x > 0 ? w4 / (b + x - 1) : 0.0));
        }
    }
    if (grad)
        std::copy(g, g + 4, grad);
    return ll;
}

double ggLl(const double *q, const std::vector<double> &x, const std::vector<double> &m, double *grad)
{
    const double p = q[0], qq = q[1], v = q[2];
    double ll = 0;
    double g[3] = {0, 0, 0};
    const double lgQ = std::lgamma(qq), psiQ = digamma(qq), logV = std::log(v);
    for (size_t i = 0; i < x.size(); ++i) {
        const double xi = x[i], mi = m[i];
        const double px = p * xi;
        const double logXmV = std::log(xi * mi + v);
        ll += std::lgamma(px + qq) - std::lgamma(px) - lgQ + qq * logV + (px - 1) * std::log(mi)
            + px * std::log(xi) - (px + qq) * logXmV;
        if (grad) {
            const double psiPxQ = digamma(px + qq);
            g[0] += xi * (psiPxQ - digamma(px) + std::log(mi) + std::log(xi) - logXmV);
            g[1] += psiPxQ - psiQ + logV - logXmV;
            g[2] += qq / v - (px + qq) / (xi * mi + v);
        }
    }
    if (grad)
        std::copy(g, g + 3, grad);
    return ll;
}

// Minimises −LL/scale over log-parameters from several starts; returns the best.
struct Optimum
{
    Eigen::VectorXd logParams;
    double ll = -std::numeric_limits<double>::infinity();
    int iterations = 0;
    bool converged = false;
};

template<typename LlFn>
Optimum maximise(const LlFn &ll, const std::vector<Eigen::VectorXd> &starts, double scale)
{
    Optimum best;
    for (const Eigen::VectorXd &start : starts) {
        const Eigen::Index n = start.size();
        Eigen::VectorXd bestX = start;
        double bestF = std::numeric_limits<double>::infinity();
        auto objective = [&](const Eigen::VectorXd &lp, Eigen::VectorXd &grad) -> double {
            Eigen::VectorXd params = lp.array().exp();
            Eigen::VectorXd g(n);
            const double value = ll(params.data(), g.data());
            if (!std::isfinite(value) || !g.allFinite()) {
                grad.setZero();
                return std::numeric_limits<double>::infinity();
            }
            const double f = -value / scale;
            grad = -(g.array() * params.array()).matrix() / scale; // chain rule for log space
            if (f < bestF) {
                bestF = f;
                bestX = lp;
            }
            return f;
        };
        LBFGSpp::LBFGSParam<double> param;
        param.epsilon = 1e-10;
        param.epsilon_rel = 1e-10;
        param.past = 1;
        param.delta = 1e-14;
        param.max_iterations = 1000;
        LBFGSpp::LBFGSSolver<double> solver(param);
        Eigen::VectorXd lp = start;
        double fx = 0;
        int iterations = 0;
        bool converged = true;
        try {
            iterations = solver.minimize(objective, lp, fx);
            converged = iterations < param.max_iterations;
        } catch (const std::exception &) {
            // A failed line search near the optimum: keep the best point seen; judge by gradient.
            Eigen::VectorXd g(n);
            Eigen::VectorXd params = bestX.array().exp();
            ll(params.data(), g.data());
            converged = ((g.array() * params.array()).matrix() / scale).norm() < 1e-5;
        }
        if (!std::isfinite(bestF) || !bestX.allFinite())
            continue;
        const double value = -bestF * scale;
        if (value > best.ll) {
            best.ll = value;
            best.logParams = bestX;
            best.iterations = iterations;
            best.converged = converged;
        }
    }
    return best;
}

double series2f1(double a, double b, double c, double z)
{
    double term = 1.0, sum = 1.0;
    for (int k = 0; k < 200000; ++k) {
        term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
        sum += term;
        if (std::fabs(term) <= 1e-16 * std::fabs(sum))
            break;
        if (term == 0)
            break;
    }
    return sum;
}

} // namespace

Result<RfmSummary> summarize(const std::vector<QString> &customerIds, const std::vector<std::int32_t> &days,
                             const std::vector<double> &amounts, std::int32_t asOf, double unitDays)
{
    if (customerIds.size() != days.size() || days.size() != amounts.size())
        return Error::badInput(Tr::tr("The transaction arrays differ in length."));
    if (!(unitDays > 0))
        return Error::badInput(Tr::tr("The time unit must be a positive number of days."));
    // customer → day → spend
    std::map<QString, std::map<std::int32_t, double>> perCustomer;
    for (size_t i = 0; i < days.size(); ++i) {
        if (days[i] > asOf)
            continue;
        perCustomer[customerIds[i]][days[i]] += amounts[i];
    }
    RfmSummary s;
    for (const auto &[id, byDay] : perCustomer) {
        const std::int32_t first = byDay.begin()->first;
        const std::int32_t last = byDay.rbegin()->first;
        const double x = double(byDay.size()) - 1;
        double repeatSpend = 0;
        for (auto it = std::next(byDay.begin()); it != byDay.end(); ++it)
            repeatSpend += it->second;
        s.customerIds.push_back(id);
        s.x.push_back(x);
        s.tx.push_back((last - first) / unitDays);
        s.T.push_back((asOf - first) / unitDays);
        s.monetary.push_back(x > 0 ? repeatSpend / x : 0.0);
    }
    return s;
}

double bgNbdLogLikelihood(const BgNbdParams &p, const std::vector<double> &x, const std::vector<double> &tx,
                          const std::vector<double> &T, const std::vector<double> &weights)
{
    Patterns d{x, tx, T, weights.empty() ? std::vector<double>(x.size(), 1.0) : weights};
    const double q[4] = {p.r, p.alpha, p.a, p.b};
    return bgNbdLl(q, d, nullptr);
}

Result<BgNbdFit> fitBgNbd(const std::vector<double> &x, const std::vector<double> &tx, const std::vector<double> &T,
                          const BgNbdOptions &options)
{
    if (x.size() != tx.size() || x.size() != T.size())
        return Error::badInput(Tr::tr("The summary arrays differ in length."));
    if (x.empty())
        return Error::badInput(Tr::tr("BG/NBD needs customers; there are none."));
    for (size_t i = 0; i < x.size(); ++i) {
        if (!(x[i] >= 0) || !(tx[i] >= 0) || !(T[i] >= tx[i]) || !std::isfinite(T[i]))
            return Error::badInput(Tr::tr("Invalid customer summary (x %1, t_x %2, T %3).")
                                       .arg(x[i]).arg(tx[i]).arg(T[i]));
    }
    const bool anyRepeat = std::any_of(x.begin(), x.end(), [](double v) { return v > 0; });
    if (!anyRepeat)
        return Error::badInput(
            Tr::tr("BG/NBD cannot be fitted: no customer made a repeat purchase, so the model is not identified."));
    const double meanT = std::accumulate(T.begin(), T.end(), 0.0) / double(T.size());
    if (!(meanT > 0))
        return Error::badInput(Tr::tr("BG/NBD cannot be fitted: every customer was observed for no time."));

    const Patterns d = compress(x, tx, T, options.compress);
    const double scale = double(x.size());
    auto ll = [&d](const double *q, double *g) { return bgNbdLl(q, d, g); };
    std::vector<Eigen::VectorXd> starts;
    for (const auto &s : {std::array<double, 4>{1, 1, 1, 1}, std::array<double, 4>{0.5, meanT, 1, 1},
                          std::array<double, 4>{0.2, std::max(1.0, meanT / 10), 0.8, 2.5},
                          std::array<double, 4>{2, meanT, 0.5, 5}}) {
        Eigen::VectorXd v(4);
        for (int k = 0; k < 4; ++k)
            v[k] = std::log(s[k]);
        starts.push_back(v);
    }
    const Optimum best = maximise(ll, starts, scale);
    if (best.logParams.size() != 4 || !best.logParams.allFinite() || best.logParams.cwiseAbs().maxCoeff() > 30)
        return Error::badInput(Tr::tr("BG/NBD cannot be fitted: the data do not identify the model."));

    BgNbdFit fit;
    fit.params = {std::exp(best.logParams[0]), std::exp(best.logParams[1]), std::exp(best.logParams[2]),
                  std::exp(best.logParams[3])};
    fit.logLikelihood = best.ll;
    fit.iterations = best.iterations;
    fit.converged = best.converged;
    fit.patterns = int(d.x.size());

    // Standard errors: −Hessian of LL in natural parameters by central differences of the gradient.
    const double q0[4] = {fit.params.r, fit.params.alpha, fit.params.a, fit.params.b};
    Eigen::Matrix4d H;
    for (int j = 0; j < 4; ++j) {
        const double h = 1e-5 * q0[j];
        double qp[4], qm[4], gp[4], gm[4];
        std::copy(q0, q0 + 4, qp);
        std::copy(q0, q0 + 4, qm);
        qp[j] += h;
        qm[j] -= h;
        bgNbdLl(qp, d, gp);
        bgNbdLl(qm, d, gm);
        for (int i = 0; i < 4; ++i)
            H(i, j) = (gp[i] - gm[i]) / (2 * h);
    }
    H = 0.5 * (H + H.transpose()).eval();
    Eigen::LDLT<Eigen::Matrix4d> ldlt(-H);
    double se[4] = {kNaN, kNaN, kNaN, kNaN};
    if (ldlt.info() == Eigen::Success && ldlt.isPositive()) {
        const Eigen::Matrix4d cov = ldlt.solve(Eigen::Matrix4d::Identity());
        for (int i = 0; i < 4; ++i)
            se[i] = cov(i, i) > 0 ? std::sqrt(cov(i, i)) : kNaN;
    }
    fit.seR = se[0];
    fit.seAlpha = se[1];
    fit.seA = se[2];
    fit.seB = se[3];
    return fit;
}

Result<GammaGammaFit> fitGammaGamma(const std::vector<double> &x, const std::vector<double> &monetary)
{
    if (x.size() != monetary.size())
        return Error::badInput(Tr::tr("The summary arrays differ in length."));
    std::vector<double> xs, ms;
    for (size_t i = 0; i < x.size(); ++i) {
        if (x[i] > 0 && monetary[i] > 0 && std::isfinite(monetary[i])) {
            xs.push_back(x[i]);
            ms.push_back(monetary[i]);
        }
    }
    if (xs.size() < 2)
        return Error::badInput(
            Tr::tr("Gamma-Gamma cannot be fitted: it needs at least two repeat buyers with a positive spend."));

    GammaGammaFit fit;
    fit.customers = int(xs.size());
    {
        const double n = double(xs.size());
        const double mx = std::accumulate(xs.begin(), xs.end(), 0.0) / n;
        const double mm = std::accumulate(ms.begin(), ms.end(), 0.0) / n;
        double sxy = 0, sxx = 0, syy = 0;
        for (size_t i = 0; i < xs.size(); ++i) {
            sxy += (xs[i] - mx) * (ms[i] - mm);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ms[i] - mm) * (ms[i] - mm);
        }
        fit.correlation = sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0.0;
        fit.correlationWarning = std::fabs(fit.correlation) > 0.3;
    }
    const double meanM = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    auto ll = [&](const double *q, double *g) { return ggLl(q, xs, ms, g); };
    std::vector<Eigen::VectorXd> starts;
    for (const auto &s : {std::array<double, 3>{1, 1, 1}, std::array<double, 3>{5, 3, meanM},
                          std::array<double, 3>{2, 2, meanM / 2}}) {
        Eigen::VectorXd v(3);
        for (int k = 0; k < 3; ++k)
            v[k] = std::log(s[k]);
        starts.push_back(v);
    }
    const Optimum best = maximise(ll, starts, double(xs.size()));
    if (best.logParams.size() != 3 || !best.logParams.allFinite() || best.logParams.cwiseAbs().maxCoeff() > 30)
        return Error::badInput(Tr::tr("Gamma-Gamma cannot be fitted: the data do not identify the model."));
    fit.params = {std::exp(best.logParams[0]), std::exp(best.logParams[1]), std::exp(best.logParams[2])};
    fit.logLikelihood = best.ll;
    fit.iterations = best.iterations;
    fit.converged = best.converged;
    return fit;
}

double Hyp2f1::value() const
{
    return std::exp(logScale) * series;
}

Hyp2f1 hyp2f1(double a, double b, double c, double z)
{
    if (!(z < 1))
        return {0, kNaN};
    if (z <= -0.9) {
        // Pfaff: (1 − z)^(−a) 2F1(a, c − b; c; z / (z − 1)), the new argument in (0.47, 1).
        Hyp2f1 inner = hyp2f1(a, c - b, c, z / (z - 1));
        inner.logScale += -a * std::log1p(-z);
        return inner;
    }
    if (z >= 0.9) {
        // Euler: (1 − z)^(c − a − b) 2F1(c − a, c − b; c; z).
        return {(c - a - b) * std::log1p(-z), series2f1(c - a, c - b, c, z)};
    }
    return {0, series2f1(a, b, c, z)};
}

double probabilityAlive(const BgNbdParams &p, double x, double tx, double T)
{
    if (x <= 0)
        return 1.0;
    const double logRatio = std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1.0 / (1.0 + std::exp(logRatio));
}

double conditionalExpectedTransactions(const BgNbdParams &p, double t, double x, double tx, double T)
{
    if (t <= 0)
        return 0.0;
    const double z = t / (p.alpha + T + t);
    const Hyp2f1 h = hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    // ((α + T) / (α + T + t))^(r + x) = (1 − z)^(r + x)
    const double term = std::exp((p.r + x) * std::log1p(-z) + h.logScale) * h.series;
    const double numerator = (p.a + p.b + x - 1) / (p.a - 1) * (1 - term);
    double denominator = 1.0;
    if (x > 0)
        denominator += std::exp(std::log(p.a) - std::log(p.b + x - 1)
                                + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx)));
    return numerator / denominator;
}

double unconditionalExpectedTransactions(const BgNbdParams &p, double t)
{
    if (t <= 0)
        return 0.0;
    const double z = t / (p.alpha + t);
    const Hyp2f1 h = hyp2f1(p.r, p.b, p.a + p.b - 1, z);
    const double term = std::exp(p.r * std::log1p(-z) + h.logScale) * h.series;
    return (p.a + p.b - 1) / (p.a - 1) * (1 - term);
}

double expectedSpend(const GammaGammaParams &p, double x, double monetary)
{
    return p.p * (p.v + x * monetary) / (p.p * x + p.q - 1);
}

double customerLifetimeValue(const BgNbdParams &p, double spend, double x, double tx, double T, int months,
                             double discountMonthly, double unitDays)
{
    const double h = kDaysPerMonth / unitDays;
    double clv = 0, previous = 0;
    for (int m = 1; m <= months; ++m) {
        const double cumulative = conditionalExpectedTransactions(p, m * h, x, tx, T);
        clv += (cumulative - previous) * spend / std::pow(1 + discountMonthly, m);
        previous = cumulative;
    }
    return clv;
}

Result<HoldoutCheck> holdoutCheck(const RfmSummary &calibration, const std::vector<double> &holdoutActual,
                                  double holdoutLength, int maxBucket)
{
    if (holdoutActual.size() != calibration.x.size())
        return Error::badInput(Tr::tr("The holdout counts and the calibration summary differ in length."));
    if (!(holdoutLength > 0) || maxBucket < 1)
        return Error::badInput(Tr::tr("The holdout period must be longer than zero."));
    Result<BgNbdFit> fit = fitBgNbd(calibration);
    if (!fit)
        return fit.error();
    HoldoutCheck check;
    check.fit = *fit;
    check.holdoutLength = holdoutLength;
    check.buckets.resize(static_cast<std::size_t>(maxBucket) + 1);
    for (int k = 0; k <= maxBucket; ++k) {
        check.buckets[static_cast<std::size_t>(k)].frequency = k;
        check.buckets[static_cast<std::size_t>(k)].orMore = k == maxBucket;
    }
    for (std::size_t i = 0; i < calibration.x.size(); ++i) {
        const double predicted = conditionalExpectedTransactions(check.fit.params, holdoutLength, calibration.x[i],
                                                                 calibration.tx[i], calibration.T[i]);
        HoldoutBucket &b = check.buckets[static_cast<std::size_t>(std::min(calibration.x[i], double(maxBucket)))];
        ++b.customers;
        b.actual += holdoutActual[i];
        b.predicted += predicted;
        check.actualTotal += holdoutActual[i];
        check.predictedTotal += predicted;
    }
    check.customers = static_cast<std::int64_t>(calibration.x.size());
    for (HoldoutBucket &b : check.buckets)
        if (b.customers > 0) {
            b.actual /= double(b.customers);
            b.predicted /= double(b.customers);
        }
    return check;
}

} // namespace tierwise::analytics
