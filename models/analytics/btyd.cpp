#include "analytics/btyd.h"

#include <Eigen/Core>
#include <Eigen/Dense>
#include <LBFGS.h>

#include <boost/math/special_functions/digamma.hpp>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
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

// Customers (or weighted patterns of identical customers) with their distinct x, t_x and T
// values tabled, so that a likelihood evaluation takes the special functions once per distinct
// value rather than once per customer.
struct Patterns
{
    std::vector<double> xs, txs, Ts;          // distinct values, ascending
    std::vector<std::uint32_t> ix, itx, iT;   // per pattern: index into the tables
    std::vector<double> w;                    // per pattern: weight (customers)

    std::size_t size() const { return w.size(); }
};

// Index of each value in its sorted distinct table.
std::vector<std::uint32_t> tabulate(const std::vector<double> &values, std::vector<double> &table)
{
    table = values;
    std::sort(table.begin(), table.end());
    table.erase(std::unique(table.begin(), table.end()), table.end());
    std::vector<std::uint32_t> index(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        index[i] = static_cast<std::uint32_t>(std::lower_bound(table.begin(), table.end(), values[i]) - table.begin());
    return index;
}

// The customers listed in `rows` (all when empty), identical ones merged into one weighted
// pattern when doCompress.
Patterns compress(const std::vector<double> &x, const std::vector<double> &tx, const std::vector<double> &T,
                  const std::vector<double> &weights, bool doCompress, const std::vector<std::size_t> &rows = {})
{
    Patterns p;
    const std::size_t n = rows.empty() ? x.size() : rows.size();
    const auto row = [&](std::size_t k) { return rows.empty() ? k : rows[k]; };
    std::vector<double> px(n), ptx(n), pT(n);
    for (std::size_t k = 0; k < n; ++k) {
        px[k] = x[row(k)];
        ptx[k] = tx[row(k)];
        pT[k] = T[row(k)];
    }
    const std::vector<std::uint32_t> ix = tabulate(px, p.xs), itx = tabulate(ptx, p.txs), iT = tabulate(pT, p.Ts);
    const auto weight = [&](std::size_t k) { return weights.empty() ? 1.0 : weights[row(k)]; };
    if (!doCompress) {
        p.ix = ix;
        p.itx = itx;
        p.iT = iT;
        for (std::size_t k = 0; k < n; ++k)
            p.w.push_back(weight(k));
        return p;
    }
    // Sort by (x, t_x, T) index triples packed into one key, then merge runs.
    std::vector<std::pair<std::uint64_t, std::size_t>> keys(n);
    for (std::size_t k = 0; k < n; ++k)
        keys[k] = {(std::uint64_t(ix[k]) << 42) | (std::uint64_t(itx[k]) << 21) | std::uint64_t(iT[k]), k};
    std::sort(keys.begin(), keys.end());
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = keys[k].second;
        if (k > 0 && keys[k].first == keys[k - 1].first) {
            p.w.back() += weight(i);
            continue;
        }
        p.ix.push_back(ix[i]);
        p.itx.push_back(itx[i]);
        p.iT.push_back(iT[i]);
        p.w.push_back(weight(i));
    }
    return p;
}

// Log-likelihood and its gradient with respect to (r, alpha, a, b). Per customer:
//   LL = A1 + A2 + log(exp(A3) + [x > 0] exp(A4))
//   A1 = lnΓ(r + x) − lnΓ(r) + r ln α         A2 = lnΓ(a + b) + lnΓ(b + x) − lnΓ(b) − lnΓ(a + b + x)
//   A3 = −(r + x) ln(α + T)                  A4 = ln a − ln(b + x − 1) − (r + x) ln(α + t_x)
double bgNbdLl(const double *q, const Patterns &d, double *grad)
{
    const double r = q[0], alpha = q[1], a = q[2], b = q[3];
    const double lgR = std::lgamma(r), lgAB = std::lgamma(a + b), lgB = std::lgamma(b);
    const double logAlpha = std::log(alpha), logA = std::log(a);

    // Per distinct x: the x-only part of A1 + A2, ln(b + x − 1); with the gradient, the digammas.
    const std::size_t nx = d.xs.size();
    std::vector<double> xPart(nx), logBX1(nx), dR(nx), dA(nx), dB(nx);
    const bool withGrad = grad != nullptr;
    const double psiR = withGrad ? digamma(r) : 0, psiAB = withGrad ? digamma(a + b) : 0, psiB = withGrad ? digamma(b) : 0;
    for (std::size_t k = 0; k < nx; ++k) {
        const double x = d.xs[k];
        xPart[k] = std::lgamma(r + x) - lgR + r * logAlpha + lgAB + std::lgamma(b + x) - lgB - std::lgamma(a + b + x);
        logBX1[k] = x > 0 ? std::log(b + x - 1) : 0.0;
        if (withGrad) {
            const double psiABX = digamma(a + b + x);
            dR[k] = digamma(r + x) - psiR + logAlpha;
            dA[k] = psiAB - psiABX;
            dB[k] = psiAB + digamma(b + x) - psiB - psiABX;
        }
    }
    std::vector<double> logT(d.Ts.size()), logTx(d.txs.size());
    for (std::size_t k = 0; k < d.Ts.size(); ++k)
        logT[k] = std::log(alpha + d.Ts[k]);
    for (std::size_t k = 0; k < d.txs.size(); ++k)
        logTx[k] = std::log(alpha + d.txs[k]);

    double ll = 0;
    double g[4] = {0, 0, 0, 0};
    for (std::size_t i = 0; i < d.size(); ++i) {
        const std::uint32_t k = d.ix[i];
        const double x = d.xs[k], w = d.w[i];
        const double a3 = -(r + x) * logT[d.iT[i]];
        double lse = a3, w4 = 0;
        if (x > 0) {
            const double a4 = logA - logBX1[k] - (r + x) * logTx[d.itx[i]];
            const double e = std::exp(-std::fabs(a3 - a4));
            lse = std::max(a3, a4) + std::log1p(e);
            w4 = a4 > a3 ? 1.0 / (1.0 + e) : e / (1.0 + e);
        }
        ll += w * (xPart[k] + lse);
        if (withGrad) {
            const double w3 = 1.0 - w4;
            const double invT = 1.0 / (alpha + d.Ts[d.iT[i]]);
            const double invTx = x > 0 ? 1.0 / (alpha + d.txs[d.itx[i]]) : 0.0;
            g[0] += w * (dR[k] - w3 * logT[d.iT[i]] - w4 * logTx[d.itx[i]]);
            g[1] += w * (r / alpha - (r + x) * (w3 * invT + w4 * invTx));
            g[2] += w * (dA[k] + (x > 0 ? w4 / a : 0.0));
            g[3] += w * (dB[k] - (x > 0 ? w4 / (b + x - 1) : 0.0));
        }
    }
    if (grad)
        std::copy(g, g + 4, grad);
    return ll;
}

// Repeat buyers for Gamma-Gamma: x tabled like Patterns, ln m and ln x per customer.
struct SpendData
{
    std::vector<double> xs;            // distinct x, ascending
    std::vector<std::uint32_t> ix;     // per customer
    std::vector<double> x, m, logM, logX;
};

SpendData spendData(const std::vector<double> &x, const std::vector<double> &m, const std::vector<std::size_t> &rows = {})
{
    SpendData d;
    const std::size_t n = rows.empty() ? x.size() : rows.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = rows.empty() ? k : rows[k];
        d.x.push_back(x[i]);
        d.m.push_back(m[i]);
        d.logM.push_back(std::log(m[i]));
        d.logX.push_back(std::log(x[i]));
    }
    d.ix = tabulate(d.x, d.xs);
    return d;
}

// Per customer: LL = lnΓ(px + q) − lnΓ(px) − lnΓ(q) + q ln v + (px − 1) ln m + px ln x − (px + q) ln(x m + v).
double ggLl(const double *q, const SpendData &d, double *grad)
{
    const double p = q[0], qq = q[1], v = q[2];
    const bool withGrad = grad != nullptr;
    const double lgQ = std::lgamma(qq), psiQ = withGrad ? digamma(qq) : 0, logV = std::log(v);
    std::vector<double> lgTerm(d.xs.size()), dP(d.xs.size()), psiPxQ(d.xs.size());
    for (std::size_t k = 0; k < d.xs.size(); ++k) {
        const double px = p * d.xs[k];
        lgTerm[k] = std::lgamma(px + qq) - std::lgamma(px);
        if (withGrad) {
            psiPxQ[k] = digamma(px + qq);
            dP[k] = psiPxQ[k] - digamma(px);
        }
    }
    double ll = 0;
    double g[3] = {0, 0, 0};
    for (std::size_t i = 0; i < d.x.size(); ++i) {
        const std::uint32_t k = d.ix[i];
        const double xi = d.x[i], px = p * xi;
        const double logXmV = std::log(xi * d.m[i] + v);
        ll += lgTerm[k] - lgQ + qq * logV + (px - 1) * d.logM[i] + px * d.logX[i] - (px + qq) * logXmV;
        if (withGrad) {
            g[0] += xi * (dP[k] + d.logM[i] + d.logX[i] - logXmV);
            g[1] += psiPxQ[k] - psiQ + logV - logXmV;
            g[2] += qq / v - (px + qq) / (xi * d.m[i] + v);
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

// Above this many distinct patterns (or Gamma-Gamma customers) a fit first compares its starting
// points on a sample of kSampleSize customers.
constexpr std::size_t kSampleAbove = 50000;
constexpr std::size_t kSampleSize = 20000;

// `count` evenly spaced indices of [0, n).
std::vector<std::size_t> evenSample(std::size_t n, std::size_t count)
{
    std::vector<std::size_t> rows;
    rows.reserve(count);
    for (std::size_t k = 0; k < count; ++k)
        rows.push_back(k * n / count);
    return rows;
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
    const Patterns d = compress(x, tx, T, weights, false);
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

    const Patterns d = compress(x, tx, T, {}, options.compress);
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
    // Many distinct patterns (a large book): the starting points compete on an evenly spaced
    // sample of the customers, and the winner is then optimised on all of them.
    if (d.size() > kSampleAbove) {
        const std::vector<std::size_t> rows = evenSample(x.size(), kSampleSize);
        const Patterns sample = compress(x, tx, T, {}, true, rows);
        auto sampleLl = [&sample](const double *q, double *g) { return bgNbdLl(q, sample, g); };
        const Optimum first = maximise(sampleLl, starts, double(rows.size()));
        if (first.logParams.size() == 4 && first.logParams.allFinite())
            starts = {first.logParams};
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
    fit.patterns = int(d.size());

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
    const SpendData data = spendData(xs, ms);
    auto ll = [&data](const double *q, double *g) { return ggLl(q, data, g); };
    std::vector<Eigen::VectorXd> starts;
    for (const auto &s : {std::array<double, 3>{1, 1, 1}, std::array<double, 3>{5, 3, meanM},
                          std::array<double, 3>{2, 2, meanM / 2}}) {
        Eigen::VectorXd v(3);
        for (int k = 0; k < 3; ++k)
            v[k] = std::log(s[k]);
        starts.push_back(v);
    }
    if (xs.size() > kSampleAbove) {
        const SpendData sample = spendData(xs, ms, evenSample(xs.size(), kSampleSize));
        auto sampleLl = [&sample](const double *q, double *g) { return ggLl(q, sample, g); };
        const Optimum first = maximise(sampleLl, starts, double(kSampleSize));
        if (first.logParams.size() == 3 && first.logParams.allFinite())
            starts = {first.logParams};
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
