// bench_features: per-customer features (analytics::computeFeatures) of a workspace, timed, and
// in the same run, when python3 or /usr/bin/python3 has pandas (Debian: python3-pandas), the
// same RFM group-by in pandas for comparison.
//
//   bench_features --workspace W [--runs R] [--as-of YYYY-MM-DD] [--no-pandas]
//
// Goal: 1M customers / 10M transactions in under 10 s on a 2-core machine (release build). A
// workspace of that size:
//   tierwise-cli generate --customers 1000000 --out /tmp/f1m
//   tierwise-cli import --workspace /tmp/f1m/w.tierwise /tmp/f1m/*.csv
//
// pandas: the transactions table (customer_id, txn_date, amount_cents) read into a DataFrame with
// dates converted (load time printed separately), then per customer the last date, the number of
// distinct days and the mean per-day spending (debits; credits for customers without debits),
// the same definitions as ours. Both print check sums so the answers can be compared.

#include "analytics/features.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace tierwise;

namespace {

const char *const kPandasScript = R"PY(
import sqlite3, sys, time
import numpy as np
import pandas as pd

path, as_of = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
con = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
df = pd.read_sql_query("SELECT customer_id, txn_date, amount_cents FROM transactions", con)
con.close()
df["day"] = pd.to_datetime(df["txn_date"], format="%Y-%m-%d")
df.drop(columns="txn_date", inplace=True)
df["customer_id"] = df["customer_id"].astype("category")
t1 = time.perf_counter()
print("  pandas load:     %8.2f s (%d rows into a DataFrame, dates converted)" % (t1 - t0, len(df)), flush=True)

t1 = time.perf_counter()
d = df[df["day"] <= pd.Timestamp(as_of)]
g = d.groupby("customer_id", observed=True)
last = g["day"].max()
days = g["day"].nunique()
def per_day_mean(part):
    s = part["amount_cents"].abs().groupby([part["customer_id"], part["day"]], observed=True).sum()
    return s.groupby(level=0, observed=True).mean() / 100.0
debit = per_day_mean(d[d["amount_cents"] < 0])
credit = per_day_mean(d[d["amount_cents"] > 0])
monetary = debit.combine_first(credit)
t2 = time.perf_counter()
recency = (pd.Timestamp(as_of) - last).dt.days
print("  pandas group-by: %8.2f s (%d customers with transactions)" % (t2 - t1, len(last)), flush=True)
print("  pandas check:    frequency sum %d, recency sum %d, monetary mean %.4f"
      % (days.sum(), recency.sum(), monetary.mean()), flush=True)
)PY";

// CPU seconds (user + system) of this process so far: on a loaded machine the wall time says
// little, the CPU time what an idle machine would need at most.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The first of python3 (on PATH, perhaps a pyenv shim) and /usr/bin/python3 (Debian's, where
// python3-pandas installs) that imports pandas; empty if none.
QString pythonWithPandas()
{
    for (const QString &python : {QStringLiteral("python3"), QStringLiteral("/usr/bin/python3")}) {
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import pandas")});
        if (p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    const auto option = [&](const char *name, const QString &fallback) {
        const qsizetype i = a.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < a.size() ? a.at(i + 1) : fallback;
    };
    const QString path = option("--workspace", QString());
    const int runs = std::max(1, option("--runs", QStringLiteral("2")).toInt());
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_features --workspace W [--runs R] [--as-of YYYY-MM-DD] [--no-pandas]\n");
        return 2;
    }
    auto ws = store::Workspace::open(path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
        return 1;
    }
    analytics::FeatureOptions options;
    const QString asOfText = option("--as-of", QString());
    if (!asOfText.isEmpty()) {
        const QByteArray utf8 = asOfText.toUtf8();
        const auto day = ingest::parseDate(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!day) {
            std::fprintf(stderr, "bad --as-of\n");
            return 2;
        }
        options.asOf = *day;
    }

    std::printf("bench_features: %s\n", qPrintable(path));
    double best = 0;
    analytics::CustomerFeatures last;
    for (int r = 0; r < runs; ++r) {
        jobs::NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = cpuSeconds();
        auto f = analytics::computeFeatures((*ws)->handle(), options, progress);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpu0;
        if (!f) {
            std::fprintf(stderr, "%s\n", qPrintable(f.error().toString()));
            return 1;
        }
        std::printf("  run %d: features of %zu customers in %.2f s (CPU %.2f s on 2 threads)\n", r + 1, f->size(), s, cpu);
        std::fflush(stdout);
        best = r == 0 ? s : std::min(best, s);
        last = std::move(f.value());
    }
    std::int64_t withTxn = 0, frequencySum = 0, recencySum = 0;
    double monetarySum = 0;
    std::int64_t monetaryCount = 0;
    for (std::size_t i = 0; i < last.size(); ++i) {
        if (last.frequency[i] == 0)
            continue;
        ++withTxn;
        frequencySum += last.frequency[i];
        recencySum += static_cast<std::int64_t>(last.recencyDays[i]);
        if (!std::isnan(last.monetary[i]) && last.monetary[i] > 0) {
            monetarySum += last.monetary[i];
            ++monetaryCount;
        }
    }
    const QString asOfIso = ingest::isoDate(last.asOf);
    std::printf("  ours:            %8.2f s (best of %d; as of %s; %lld customers with transactions)\n", best, runs,
                qPrintable(asOfIso), static_cast<long long>(withTxn));
    std::printf("  ours check:      frequency sum %lld, recency sum %lld, monetary mean %.4f\n",
                static_cast<long long>(frequencySum), static_cast<long long>(recencySum),
                monetaryCount ? monetarySum / double(monetaryCount) : 0.0);
    std::fflush(stdout);

    if (a.contains(QStringLiteral("--no-pandas")))
        return 0;
    const QString python = pythonWithPandas();
    if (python.isEmpty()) {
        std::printf("  pandas: not available (neither python3 nor /usr/bin/python3 imports pandas), skipped\n");
        return 0;
    }
    QTemporaryDir tmp;
    const QString script = tmp.filePath(QStringLiteral("bench_features.py"));
    QFile file(script);
    if (!file.open(QIODevice::WriteOnly) || file.write(kPandasScript) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(script));
        return 1;
    }
    file.close();
    QProcess py;
    py.setProcessChannelMode(QProcess::ForwardedChannels);
    std::printf("  pandas: %s\n", qPrintable(python));
    std::fflush(stdout);
    py.start(python, {script, path, asOfIso});
    if (!py.waitForFinished(-1) || py.exitCode() != 0) {
        std::fprintf(stderr, "pandas script failed\n");
        return 1;
    }
    return 0;
}
