// bench_brief: a PDF segment brief of a workspace, timed: gathering the figures (gatherBrief, read
// only) and printing them (BriefRenderer::writePdf), with the file's size and page count.
//
//   bench_brief --workspace W [--segmentation kmeans] [--lang en|zh_CN|zh_TW] [--runs R] [--out F.pdf]
//
// Goal (the brief issue): 8 segments of a 100k-customer workspace in under 3 s in total on a
// 2-core machine (release build). A workspace of that size with 8 clusters:
//   tierwise-cli generate --customers 100000 --out /tmp/b100k
//   tierwise-cli import --workspace /tmp/b100k/w.tierwise /tmp/b100k/*.csv
//   tierwise-cli segment --workspace /tmp/b100k/w.tierwise --method kmeans --k 8
//   tierwise-cli clv --workspace /tmp/b100k/w.tierwise

#include "analytics/briefdata.h"
#include "brief/brieflanguage.h"
#include "brief/briefrenderer.h"
#include "jobs/progress.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>

using namespace tierwise;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto value = [&](const char *name, const QString &fallback = {}) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString path = value("--workspace");
    const int runs = value("--runs", QStringLiteral("2")).toInt();
    const QString lang = value("--lang", QStringLiteral("en"));
    if (path.isEmpty() || runs < 1) {
        std::fprintf(stderr, "usage: bench_brief --workspace W [--segmentation kmeans] [--lang en] [--runs R] [--out F.pdf]\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString pdf = value("--out", tmp.filePath(QStringLiteral("brief.pdf")));
    analytics::BriefOptions options;
    options.segmentation = value("--segmentation", QStringLiteral("kmeans"));
    options.bankName = QStringLiteral("Benchmark Bank");

    for (int run = 1; run <= runs; ++run) {
        auto ws = store::Workspace::open(path);
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().toString()));
            return 1;
        }
        jobs::NullProgress progress;
        QElapsedTimer timer;
        timer.start();
        Result<analytics::BriefData> data = analytics::gatherBrief((*ws)->handle(), options, progress);
        const double gather = double(timer.nsecsElapsed()) / 1e9;
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error().toString()));
            return 1;
        }
        timer.restart();
        Result<BriefRenderer::Layout> layout = [&] {
            const BriefLanguage language(lang);
            return BriefRenderer(*data, lang).writePdf(pdf);
        }();
        const double render = double(timer.nsecsElapsed()) / 1e9;
        if (!layout) {
            std::fprintf(stderr, "%s\n", qPrintable(layout.error().toString()));
            return 1;
        }
        const auto &s = data->seconds;
        std::printf("run %d: %lld customers, %zu segments of %s, %s\n", run, static_cast<long long>(data->customers),
                    data->segments.size(), qPrintable(data->segmentationKey), qPrintable(lang));
        std::printf("  features        %8.3f s\n", s.features);
        std::printf("  book view       %8.3f s  (runs, scores, principal components)\n", s.book);
        std::printf("  activity        %8.3f s  (transactions, holdings, balances)\n", s.activity);
        std::printf("  figures         %8.3f s  (sums, maps, histograms, cohorts, warnings, products)\n", s.figures);
        std::printf("  gather          %8.3f s\n", gather);
        std::printf("  render          %8.3f s  (%d pages, %.0f KB)\n", render, layout->pages,
                    double(QFileInfo(pdf).size()) / 1024.0);
        std::printf("  total           %8.3f s  (goal < 3 s)\n", gather + render);
    }
    return 0;
}
