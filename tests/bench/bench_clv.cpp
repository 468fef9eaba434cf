// bench_clv: the lifetime-value run (analytics::runClv) on a workspace, step by step, then the
// whole `tierwise-cli clv` command with its CSV and JSON outputs, timed from outside.
//
//   bench_clv --workspace W [--runs R]
//
// Goal (the CLV issue): 1M customers from the generator, the fit under 1 s after the summary and
// the whole command under 30 s on a 2-core machine (release build). A workspace of that size:
//   tierwise-cli generate --customers 1000000 --out /tmp/c1m
//   tierwise-cli import --workspace /tmp/c1m/w.tierwise /tmp/c1m/*.csv
// The runs are written to a copy of the workspace, so W is left as it was.

#include "analytics/clv.h"
#include "jobs/progress.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace tierwise;

namespace {

double peakMegabytes()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char *name, const QString &fallback = {}) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString source = value("--workspace");
    const int runs = value("--runs", QStringLiteral("1")).toInt();
    if (source.isEmpty() || runs < 1) {
        std::fprintf(stderr, "usage: bench_clv --workspace W [--runs R]\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QStringLiteral("bench.tierwise"));
    if (!QFile::copy(source, copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(source));
        return 1;
    }

    for (int run = 1; run <= runs; ++run) {
        auto ws = store::Workspace::open(copy);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
            return 1;
        }
        jobs::NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        Result<analytics::ClvResult> r = analytics::runClv(**ws, analytics::ClvOptions(), progress);
        const double whole = double(timer.nsecsElapsed()) / 1e9;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        const auto &s = r->seconds;
        std::printf("run %d: %zu customers, %zu repeat buyers in the Gamma-Gamma fit, %d BG/NBD patterns\n", run,
                    r->customerId.size(), r->gammaGamma ? std::size_t(r->gammaGamma->customers) : std::size_t(0),
                    r->bgNbd ? r->bgNbd->patterns : 0);
        std::printf("  features        %8.3f s\n", s.features);
        std::printf("  book            %8.3f s  (activity, holdings, balances)\n", s.book);
        std::printf("  summary         %8.3f s\n", s.summary);
        std::printf("  fit             %8.3f s  (BG/NBD + Gamma-Gamma; goal < 1 s)\n", s.fit);
        std::printf("  scoring         %8.3f s  (P(alive), E[X], spend, 12-month CLV)\n", s.scoring);
        std::printf("  holdout check   %8.3f s\n", s.holdout);
        std::printf("  bank value      %8.3f s  (margin CLV, stages, cohorts, warnings, next-best)\n", s.bank);
        std::printf("  save            %8.3f s  (%zu scores, %zu alerts, %zu next-best rows)\n", s.save,
                    r->customerId.size(), r->alerts.size(), r->nextBest.size());
        std::printf("  runClv          %8.3f s, peak RSS %.0f MB\n", whole, peakMegabytes());
        std::fflush(stdout);
    }

    const QString cli = QStringLiteral(TIERWISE_CLI);
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(cli, {QStringLiteral("clv"), QStringLiteral("--workspace"), copy, QStringLiteral("--out"),
                  tmp.filePath(QStringLiteral("clv.csv")), QStringLiteral("--params-out"),
                  tmp.filePath(QStringLiteral("params.json")), QStringLiteral("--alerts-out"),
                  tmp.filePath(QStringLiteral("alerts.csv")), QStringLiteral("--next-best-out"),
                  tmp.filePath(QStringLiteral("nbp.csv")), QStringLiteral("--cohorts-out"),
                  tmp.filePath(QStringLiteral("cohorts.csv"))});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "tierwise-cli clv failed (%d)\n", p.exitCode());
        return 1;
    }
    std::printf("tierwise-cli clv with every output: %.3f s (goal < 30 s)\n", double(timer.nsecsElapsed()) / 1e9);
    return 0;
}
