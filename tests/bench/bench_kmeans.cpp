// k-means against scikit-learn on the same matrix, in one run.
//
//   bench_kmeans [--rows 1000000] [--k 8] [--restarts 10] [--threads 0] [--python PYTHON] [--no-sklearn]
//                [--silhouette 2000]
//
// Generates a deterministic rows × 8 matrix (a mixture of 8 Gaussian blobs of different sizes and
// spreads plus uniform noise rows, then z-scored), clusters it with ours (k-means++, Lloyd,
// max_iter 300, tol 1e-4) and writes it as a .npy file for
// sklearn.cluster.KMeans(n_clusters=k, n_init=restarts, algorithm="lloyd", max_iter=300, tol=1e-4,
// random_state=0), timing only fit() (the matrix is loaded and made C-contiguous first).
// Prints both times, both inertias and the ratios. PYTHON defaults to $TIERWISE_PYTHON, else the
// first of python3, /usr/bin/python3 that imports sklearn (Debian: python3-sklearn).
// --silhouette N also times our silhouetteSample over N sampled rows (each against all rows).

#include "analytics/kmeans.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>
#include <random>

using namespace tierwise;

namespace {

constexpr int kColumns = 8;

Eigen::MatrixXd generate(Eigen::Index rows)
{
    std::mt19937_64 rng(20261124);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    constexpr int blobs = 8;
    Eigen::MatrixXd centres(blobs, kColumns);
    double spread[blobs], weight[blobs], total = 0;
    for (int j = 0; j < blobs; ++j) {
        for (int f = 0; f < kColumns; ++f)
            centres(j, f) = 10.0 * (uniform(rng) - 0.5);
        spread[j] = 0.8 + 1.5 * uniform(rng);
        weight[j] = 0.5 + uniform(rng);
        total += weight[j];
    }
    Eigen::MatrixXd x(rows, kColumns);
    for (Eigen::Index i = 0; i < rows; ++i) {
        if (uniform(rng) < 0.02) { // background noise
            for (int f = 0; f < kColumns; ++f)
                x(i, f) = 14.0 * (uniform(rng) - 0.5);
            continue;
        }
        double u = uniform(rng) * total;
        int j = 0;
        while (j + 1 < blobs && u >= weight[j])
            u -= weight[j++];
        for (int f = 0; f < kColumns; ++f)
            x(i, f) = centres(j, f) + spread[j] * normal(rng);
    }
    const analytics::Standardizer s = analytics::Standardizer::fit(x);
    return s.transform(x);
}

// NumPy's .npy format 1.0, Fortran order (Eigen's column-major storage as it is).
bool writeNpy(const QString &path, const Eigen::MatrixXd &x)
{
    QByteArray header = "{'descr': '<f8', 'fortran_order': True, 'shape': (" + QByteArray::number(x.rows()) + ", "
                        + QByteArray::number(x.cols()) + "), }";
    const int unpadded = 10 + int(header.size()) + 1;
    header += QByteArray((64 - unpadded % 64) % 64, ' ') + '\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray prefix("\x93NUMPY\x01\x00", 8);
    prefix += char(header.size() & 0xff);
    prefix += char((header.size() >> 8) & 0xff);
    const qint64 bytes = qint64(x.size()) * qint64(sizeof(double));
    return f.write(prefix) == prefix.size() && f.write(header) == header.size()
           && f.write(reinterpret_cast<const char *>(x.data()), bytes) == bytes && f.flush();
}

QString findPython(const QString &requested)
{
    QStringList candidates;
    if (!requested.isEmpty())
        candidates << requested;
    else {
        const QString env = qEnvironmentVariable("TIERWISE_PYTHON");
        if (!env.isEmpty())
            candidates << env;
        candidates << QStringLiteral("python3") << QStringLiteral("/usr/bin/python3");
    }
    for (const QString &p : candidates) {
        QProcess probe;
        probe.start(p, {QStringLiteral("-c"), QStringLiteral("import sklearn")});
        if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return p;
    }
    return {};
}

const char *kScript = R"(
import sys, time
import numpy as np
import sklearn
from sklearn.cluster import KMeans
X = np.ascontiguousarray(np.load(sys.argv[1]))
k, n_init = int(sys.argv[2]), int(sys.argv[3])
km = KMeans(n_clusters=k, n_init=n_init, algorithm="lloyd", max_iter=300, tol=1e-4, random_state=0)
t = time.perf_counter()
km.fit(X)
t = time.perf_counter() - t
print(f"{t:.6f} {km.inertia_:.10g} {km.n_iter_} {sklearn.__version__}")
)";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows."), QStringLiteral("n"),
                                     QStringLiteral("1000000"));
    const QCommandLineOption kOpt(QStringLiteral("k"), QStringLiteral("Clusters."), QStringLiteral("k"),
                                  QStringLiteral("8"));
    const QCommandLineOption restartsOpt(QStringLiteral("restarts"), QStringLiteral("Restarts (n_init)."),
                                         QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Our threads (0: all cores)."),
                                        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption pythonOpt(QStringLiteral("python"), QStringLiteral("Python with scikit-learn."),
                                       QStringLiteral("path"));
    const QCommandLineOption noSklearnOpt(QStringLiteral("no-sklearn"), QStringLiteral("Only run ours."));
    const QCommandLineOption silhouetteOpt(QStringLiteral("silhouette"),
                                           QStringLiteral("Also time the silhouette of a sample of n rows."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({rowsOpt, kOpt, restartsOpt, threadsOpt, pythonOpt, noSklearnOpt, silhouetteOpt});
    parser.process(app);

    const Eigen::Index rows = parser.value(rowsOpt).toLongLong();
    analytics::KMeansOptions options;
    options.k = parser.value(kOpt).toInt();
    options.restarts = parser.value(restartsOpt).toInt();
    options.threads = parser.value(threadsOpt).toInt();
    options.maxIterations = 300;
    options.tolerance = 1e-4;

    QElapsedTimer timer;
    timer.start();
    const Eigen::MatrixXd x = generate(rows);
    std::printf("matrix: %lld x %d standardised, generated in %.2f s\n", (long long)rows, kColumns,
                double(timer.nsecsElapsed()) / 1e9);

    jobs::NullProgress progress;
    timer.start();
    const Result<analytics::KMeansResult> ours = analytics::kmeans(x, options, progress);
    const double ourSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ours) {
        std::fprintf(stderr, "kmeans failed: %s\n", qPrintable(ours.error().toString()));
        return 1;
    }
    std::printf("ours:    %8.3f s  inertia %.10g  (k %d, %d restarts, best restart %d: %d iterations, %d threads)\n",
                ourSeconds, ours->inertia, options.k, options.restarts, ours->restart + 1, ours->iterations,
                options.threads > 0 ? options.threads : QThread::idealThreadCount());
    std::fflush(stdout);
    if (const int sample = parser.value(silhouetteOpt).toInt(); sample > 0) {
        timer.start();
        const double score = analytics::silhouetteSample(x, ours->labels, options.k, sample, 1, options.threads);
        std::printf("silhouette of %d sampled rows against all %lld: %.4f in %.3f s\n", sample, (long long)rows, score,
                    double(timer.nsecsElapsed()) / 1e9);
        std::fflush(stdout);
    }
    if (parser.isSet(noSklearnOpt))
        return 0;

    const QString python = findPython(parser.value(pythonOpt));
    if (python.isEmpty()) {
        std::fprintf(stderr, "no python3 with scikit-learn found (Debian: apt-get install python3-sklearn; or --python)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString npy = dir.filePath(QStringLiteral("x.npy"));
    if (!dir.isValid() || !writeNpy(npy, x)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(npy));
        return 1;
    }
    QProcess py;
    py.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    py.start(python, {QStringLiteral("-c"), QString::fromUtf8(kScript), npy, QString::number(options.k),
                      QString::number(options.restarts)});
    if (!py.waitForFinished(-1) || py.exitStatus() != QProcess::NormalExit || py.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(python));
        return 1;
    }
    const QStringList fields = QString::fromUtf8(py.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (fields.size() < 4) {
        std::fprintf(stderr, "unexpected output from %s\n", qPrintable(python));
        return 1;
    }
    const double skSeconds = fields.at(0).toDouble();
    const double skInertia = fields.at(1).toDouble();
    std::printf("sklearn: %8.3f s  inertia %.10g  (scikit-learn %s via %s, best run: %s iterations)\n", skSeconds,
                skInertia, qPrintable(fields.at(3)), qPrintable(python), qPrintable(fields.at(2)));
    std::printf("time ours/sklearn: %.3fx   inertia ours/sklearn - 1: %+.4f %%\n", ourSeconds / skSeconds,
                100.0 * (ours->inertia / skInertia - 1.0));
    return 0;
}
