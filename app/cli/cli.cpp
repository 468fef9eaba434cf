#include "cli.h"

#include "analytics/briefdata.h"
#include "planning/strategy.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "ingest/generator.h"
#include "ingest/importer.h"
#include "store/workspace.h"
#include "terminalprogress.h"
#include "brief/briefformat.h"
#include "brief/brieflanguage.h"
#include "brief/briefrenderer.h"
#include "i18n/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMap>

#include <cmath>
#include <cstdio>
#include <optional>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::cli)
};

} // namespace

namespace tierwise::cli {
namespace {

void out(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, static_cast<std::size_t>(b.size()), stdout);
    std::fflush(stdout);
}

void err(const QString &text)
{
    const QByteArray b = text.toUtf8() + '\n';
    std::fwrite(b.constData(), 1, static_cast<std::size_t>(b.size()), stderr);
    std::fflush(stderr);
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

int exitCodeFor(const Error &e)
{
    switch (e.kind) {
    case Error::Kind::BadInput:
    case Error::Kind::Io:
    case Error::Kind::Workspace:
        return BadInput;
    case Error::Kind::Cancelled:
        return Cancelled;
    case Error::Kind::Internal:
        break;
    }
    return Internal;
}

int fail(const Error &e)
{
    err(Tr::tr("tierwise-cli: %1").arg(e.toString()));
    return exitCodeFor(e);
}

// Parses a command's options; prints help or the mistake. Returns false to stop with `code`.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description, int &code)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    // Read by run() before the command starts; here so that every command accepts it and lists it.
    parser.addOption({QStringLiteral("lang"),
                      Tr::tr("The language of the messages and of a brief: en, zh_CN or zh_TW (default: the system locale's)."),
                      Tr::tr("LANG")});
    if (!parser.parse(arguments)) {
        err(Tr::tr("tierwise-cli: %1").arg(parser.errorText()));
        err(Tr::tr("Run '%1 --help' for the options.").arg(arguments.value(0)));
        code = BadInput;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        code = Ok;
        return false;
    }
    return true;
}

std::optional<ingest::Encoding> parseEncoding(const QString &value, bool allowAuto, int &code)
{
    if (allowAuto && (value.isEmpty() || value.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0))
        return std::nullopt;
    const std::optional<ingest::Encoding> e = ingest::encodingFromName(value);
    if (!e) {
        err(Tr::tr("tierwise-cli: unknown encoding '%1'; use utf-8, gb18030 or big5%2.")
                .arg(value, allowAuto ? Tr::tr(" (or auto)") : QString()));
        code = BadInput;
    }
    return e;
}

// An optional date option: `day` is set when given; false (with the reason printed) when malformed.
bool dateOption(const QCommandLineParser &parser, const QString &name, ingest::Day &day, int &code)
{
    if (!parser.isSet(name))
        return true;
    QString reason;
    const QByteArray v = parser.value(name).toUtf8();
    const std::optional<ingest::Day> parsed =
        ingest::parseDate(std::string_view(v.constData(), static_cast<std::size_t>(v.size())), {}, &reason);
    if (!parsed) {
        code = fail(Error::badInput(Tr::tr("--%1: %2").arg(name, reason)));
        return false;
    }
    day = *parsed;
    return true;
}

void printImportReport(const ingest::ImportReport &report)
{
    for (const ingest::FileOutcome &f : report.files) {
        const QString name = QFileInfo(f.file).fileName();
        if (f.fileRejected) {
            out(Tr::tr("%1: refused").arg(name));
            continue;
        }
        out(Tr::tr("%1: %2, %3 (%4% sure): %5 rows read, %6 inserted, %7 updated, %8 already present, %9 rejected")
                .arg(name, ingest::fileKindName(f.kind), ingest::encodingName(f.encoding.encoding))
                .arg(qRound(f.encoding.confidence * 100))
                .arg(number(f.rowsRead), number(f.inserted), number(f.updated), number(f.duplicates), number(f.rejected)));
        if (!f.ignoredColumns.isEmpty())
            out(Tr::tr("  ignored columns: %1").arg(f.ignoredColumns.join(QStringLiteral(", "))));
    }
    if (report.rejectedTotal == 0)
        return;
    // The rejections, then a count per reason.
    constexpr int kShown = 20;
    // Rows (or whole files) rejected; one row may have several rejections listed below.
    qint64 rejectedRows = 0;
    for (const ingest::FileOutcome &f : report.files)
        rejectedRows += f.rejected;
    err(Tr::tr("%n row(s) or file(s) rejected:", nullptr, static_cast<int>(std::min<qint64>(rejectedRows, INT_MAX))));
    QMap<QString, qint64> byReason;
    int shown = 0;
    for (const ingest::Rejection &r : report.rejections) {
        byReason[r.reason] += 1;
        if (shown++ < kShown) {
            Error e = Error::badInput(r.reason).at(r.file, r.line, r.column);
            e.columnName = r.columnName;
            if (!r.value.isEmpty())
                e.value = r.value;
            err(QStringLiteral("  ") + e.toString());
        }
    }
    if (report.rejectedTotal > kShown)
        err(Tr::tr("  … and %1 more.").arg(number(report.rejectedTotal - kShown)));
    if (byReason.size() > 1 && report.rejectedTotal > kShown) {
        err(Tr::tr("By reason:"));
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
            err(QStringLiteral("  %1 × %2").arg(number(it.value()), it.key()));
    }
    if (!report.reportPath.isEmpty())
        err(Tr::tr("The full list is in %1").arg(report.reportPath));
}

// Opens the workspace and runs an engine step on it with terminal progress. On failure returns
// false with the exit code set (a cancel prints `cancelled` and exits 130).
template<typename T, typename RunFn>
bool runOnWorkspace(const QString &path, RunFn &&runFn, const QString &cancelled, std::optional<T> &into, double &seconds,
                    int &code)
{
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(path);
    if (!ws) {
        code = fail(ws.error());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    Result<T> result = runFn(**ws, progress);
    progress.finish();
    seconds = double(timer.elapsed()) / 1000.0;
    if (!result) {
        if (result.error().kind == Error::Kind::Cancelled) {
            err(cancelled);
            code = Cancelled;
        } else {
            code = fail(result.error());
        }
        return false;
    }
    into = std::move(*result);
    return true;
}

// Writes an optional output file named by an option; false (with the exit code set) on failure.
template<typename Writer>
bool writeOutput(const QCommandLineParser &parser, const char *option, Writer &&write, const QString &what, int &code)
{
    const QString path = parser.value(QLatin1String(option));
    if (path.isEmpty())
        return true;
    if (Status s = write(path); !s) {
        code = fail(s.error());
        return false;
    }
    out(Tr::tr("%1 written to %2").arg(what, QFileInfo(path).absoluteFilePath()));
    return true;
}

// The value of --lang LANG or --lang=LANG wherever it stands; empty if not given.
QString languageOption(const QStringList &arguments)
{
    QString value;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
    }
    return value;
}

} // namespace

int commandIndex(const QStringList &arguments)
{
    int at = 1;
    while (at < arguments.size() && arguments.at(at).startsWith(QLatin1String("--lang")))
        at += arguments.at(at) == QLatin1String("--lang") ? 2 : 1;
    return std::min(at, int(arguments.size()));
}

int run(const QStringList &given)
{
    // Every message in the language asked for, else the system's (LANGUAGE, LC_ALL, LANG).
    const QString requested = languageOption(given);
    const QString language = requested.isEmpty() ? i18n::systemLanguage() : i18n::parseLanguage(requested);
    if (language.isEmpty()) {
        i18n::install(i18n::systemLanguage());
        err(Tr::tr("tierwise-cli: --lang: unknown language '%1'; use en, zh_CN or zh_TW.").arg(requested));
        return BadInput;
    }
    i18n::install(language);

    // A --lang before the command is the program's; after it, the command's parser accepts it.
    const int at = commandIndex(given);
    const QString command = given.value(at);
    const QStringList rest = given.mid(at);
    if (command == QLatin1String("generate"))
        return generate(rest);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("segment"))
        return segment(rest);
    if (command == QLatin1String("clv"))
        return clv(rest);
    if (command == QLatin1String("brief"))
        return brief(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out(QStringLiteral("tierwise-cli %1").arg(QCoreApplication::applicationVersion()));
        return Ok;
    }
    const QString usage = Tr::tr("Usage: tierwise-cli COMMAND [OPTIONS]\n\n"
                                 "Commands:\n"
                                 "  generate  write a synthetic bank's extracts (CSV)\n"
                                 "  import    import extracts into a workspace, all or nothing\n"
                                 "  info      show what a workspace holds\n"
                                 "  segment   segment the customers: value tiers, RFM, k-means or value × risk\n"
                                 "  clv       lifetime value, lifecycle stages, cohorts, early warnings, next-best products\n"
                                 "  brief     print a PDF brief on the segments for a branch manager\n"
                                 "  demo      generate a demo book, import it, segment it, value it and print a brief\n\n"
                                 "Run 'tierwise-cli COMMAND --help' for a command's options.");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        out(usage);
        return Ok;
    }
    err(Tr::tr("tierwise-cli: unknown command '%1'.").arg(command));
    err(usage);
    return BadInput;
}

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("customers"), Tr::tr("Number of customers (default 10000)."), Tr::tr("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("months"), Tr::tr("Months of balances and transactions (default 24)."), Tr::tr("M"), QStringLiteral("24")});
    parser.addOption({QStringLiteral("seed"), Tr::tr("Random seed; the same seed gives the same files (default 1)."), Tr::tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("encoding"), Tr::tr("utf-8 (English headers), gb18030 (Simplified Chinese headers) or big5 "
                                                         "(Traditional Chinese headers)."), Tr::tr("ENC"), QStringLiteral("utf-8")});
    parser.addOption({QStringLiteral("out"), Tr::tr("Output folder."), Tr::tr("DIR")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Writes the extracts of a synthetic bank: branches, products, customers, accounts, "
                                         "balances, holdings and transactions."), code))
        return code;
    ingest::GeneratorOptions options;
    bool ok = false;
    options.customers = parser.value(QStringLiteral("customers")).toLongLong(&ok);
    if (!ok || options.customers < 1 || options.customers > 50'000'000)
        return fail(Error::badInput(Tr::tr("--customers must be a whole number from 1 to 50,000,000.")));
    options.months = parser.value(QStringLiteral("months")).toInt(&ok);
    if (!ok || options.months < 1 || options.months > 240)
        return fail(Error::badInput(Tr::tr("--months must be a whole number from 1 to 240.")));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(Error::badInput(Tr::tr("--seed must be a non-negative whole number.")));
    const std::optional<ingest::Encoding> enc = parseEncoding(parser.value(QStringLiteral("encoding")), false, code);
    if (!enc)
        return code;
    options.encoding = *enc;
    options.headers = *enc == ingest::Encoding::Gb18030 ? ingest::GeneratorOptions::Headers::SimplifiedChinese
                      : *enc == ingest::Encoding::Big5  ? ingest::GeneratorOptions::Headers::TraditionalChinese
                                                        : ingest::GeneratorOptions::Headers::English;
    options.outDir = parser.value(QStringLiteral("out"));
    if (options.outDir.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the output folder with --out DIR.")));

    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    const Status s = ingest::generateBook(options, progress);
    progress.finish();
    if (!s)
        return fail(s.error());
    out(Tr::tr("Generated %1 customers over %2 months in %3 (%4 s).")
            .arg(number(options.customers)).arg(options.months)
            .arg(QDir(options.outDir).absolutePath()).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return Ok;
}

int import(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace file (created if missing)."), Tr::tr("W.tierwise")});
    parser.addOption({QStringLiteral("mapping"), Tr::tr("JSON column mapping."), Tr::tr("M.json")});
    parser.addOption({QStringLiteral("encoding"), Tr::tr("auto (default), utf-8, gb18030 or big5."), Tr::tr("ENC"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("accept-partial"), Tr::tr("Commit the valid rows even if some are rejected.")});
    parser.addOption({QStringLiteral("report"), Tr::tr("Where to write the rejection report (CSV)."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("as-of"), Tr::tr("Reject dates after this date (default: today)."), Tr::tr("YYYY-MM-DD")});
    parser.addPositionalArgument(Tr::tr("files"), Tr::tr("The extracts (CSV, TSV, text)."), Tr::tr("FILE…"));
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Imports extracts into a workspace in one transaction: by default any rejected row "
                                         "means nothing is imported."), code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the workspace with --workspace W.tierwise.")));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the files to import.")));
    for (const QString &f : files)
        if (!QFileInfo(f).isFile())
            return fail(Error::badInput(Tr::tr("No such file.")).at(f));

    ingest::ImportOptions options;
    options.encoding = parseEncoding(parser.value(QStringLiteral("encoding")), true, code);
    if (code != Ok)
        return code;
    options.mappingFile = parser.value(QStringLiteral("mapping"));
    options.acceptPartial = parser.isSet(QStringLiteral("accept-partial"));
    options.reportPath = parser.value(QStringLiteral("report"));
    if (parser.isSet(QStringLiteral("as-of"))) {
        ingest::Day day = 0;
        if (!dateOption(parser, QStringLiteral("as-of"), day, code))
            return code;
        options.asOf = day;
    }

    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::openOrCreate(path);
    if (!ws)
        return fail(ws.error());
    QElapsedTimer timer;
    timer.start();
    TerminalProgress progress;
    ingest::Importer importer(**ws);
    Result<ingest::ImportReport> report = importer.run(files, options, progress);
    progress.finish();
    if (!report) {
        if (report.error().kind == Error::Kind::Cancelled) {
            err(Tr::tr("Import cancelled; the workspace is unchanged."));
            return Cancelled;
        }
        return fail(report.error());
    }
    printImportReport(*report);
    if (!report->committed) {
        err(Tr::tr("Nothing was imported: %1 rejected. Correct the files, or use --accept-partial to import the valid rows.")
                .arg(number(report->rejectedTotal)));
        return BadInput;
    }
    qint64 rows = 0;
    for (const auto &f : report->files)
        rows += f.rowsRead;
    out(Tr::tr("Imported into %1 in %2 s (%3 rows/s).")
            .arg(QFileInfo(path).absoluteFilePath()).arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(number(timer.elapsed() > 0 ? rows * 1000 / timer.elapsed() : rows)));
    return report->rejectedTotal > 0 ? BadInput : Ok;
}

int info(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace file."), Tr::tr("W.tierwise")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Shows what a workspace holds."), code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the workspace with --workspace W.tierwise.")));
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(path);
    if (!ws)
        return fail(ws.error());
    Result<store::WorkspaceSummary> s = (*ws)->summary();
    if (!s)
        return fail(s.error());
    out(Tr::tr("Workspace     %1").arg(QFileInfo(path).absoluteFilePath()));
    out(Tr::tr("Schema        version %1").arg((*ws)->schemaVersion()));
    out(Tr::tr("As of         %1").arg(s->asOf.isEmpty() ? Tr::tr("(empty)") : s->asOf));
    out(Tr::tr("Branches      %1").arg(number(s->branches)));
    out(Tr::tr("Products      %1").arg(number(s->products)));
    out(Tr::tr("Customers     %1").arg(number(s->customers)));
    out(Tr::tr("Accounts      %1").arg(number(s->accounts)));
    out(Tr::tr("Balances      %1 customer-months (last month %2)").arg(number(s->balances), s->lastBalanceMonth.isEmpty() ? Tr::tr("none") : s->lastBalanceMonth));
    out(Tr::tr("Holdings      %1").arg(number(s->holdings)));
    out(Tr::tr("Transactions  %1 (%2 to %3)").arg(number(s->transactions), s->firstTransaction, s->lastTransaction));
    out(Tr::tr("Imports       %1 committed, %2 rejections recorded, data version %3")
            .arg(number(s->imports), number(s->rejections)).arg(s->dataVersion));
    return Ok;
}

int segment(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace file."), Tr::tr("W.tierwise")});
    parser.addOption({QStringLiteral("method"), Tr::tr("tiers, rfm, kmeans or composite (value tier × credit rating)."),
                      Tr::tr("METHOD"), QStringLiteral("tiers")});
    parser.addOption({QStringLiteral("as-of"), Tr::tr("Segment as of this date (default: the latest date in the workspace)."),
                      Tr::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("compare-as-of"), Tr::tr("tiers: also tier as of this earlier date and show the migration."),
                      Tr::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("k"), Tr::tr("k-means: the number of clusters."), Tr::tr("N")});
    parser.addOption({QStringLiteral("k-range"), Tr::tr("k-means: try every k from A to B and keep the best silhouette (default 2-8)."),
                      Tr::tr("A-B")});
    parser.addOption({QStringLiteral("seed"), Tr::tr("k-means: random seed (default 1)."), Tr::tr("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("restarts"), Tr::tr("k-means: restarts (default 10)."), Tr::tr("N"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("rules"), Tr::tr("JSON tier rules (tiers, composite) or RFM segment grid (rfm)."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("value-risk"), Tr::tr("composite: JSON value × risk cut-offs."), Tr::tr("V.json")});
    parser.addOption({QStringLiteral("out"), Tr::tr("Write the assignments as CSV: customer_id,segment,…"), Tr::tr("F.csv")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Segments the customers as of a date and keeps the result as a new run."), code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the workspace with --workspace W.tierwise.")));
    analytics::SegmentOptions options;
    const std::optional<analytics::SegmentMethod> method = analytics::segmentMethodFromName(parser.value(QStringLiteral("method")));
    if (!method)
        return fail(Error::badInput(Tr::tr("Unknown method '%1'; use tiers, rfm, kmeans or composite.")
                                        .arg(parser.value(QStringLiteral("method")))));
    options.method = *method;
    if (!dateOption(parser, QStringLiteral("as-of"), options.asOf, code)
        || !dateOption(parser, QStringLiteral("compare-as-of"), options.compareAsOf, code))
        return code;
    bool ok = true;
    if (parser.isSet(QStringLiteral("k"))) {
        options.k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || options.k < 2)
            return fail(Error::badInput(Tr::tr("--k must be a whole number of at least 2.")));
    } else if (parser.isSet(QStringLiteral("k-range"))) {
        const QStringList ab = parser.value(QStringLiteral("k-range")).split(u'-');
        bool okA = false, okB = false;
        if (ab.size() == 2) {
            options.kFrom = ab[0].toInt(&okA);
            options.kTo = ab[1].toInt(&okB);
        }
        if (!okA || !okB || options.kFrom < 2 || options.kTo < options.kFrom || options.kTo > 50)
            return fail(Error::badInput(Tr::tr("--k-range must look like 2-8 (from 2 up to 50).")));
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return fail(Error::badInput(Tr::tr("--seed must be a non-negative whole number.")));
    options.restarts = parser.value(QStringLiteral("restarts")).toInt(&ok);
    if (!ok || options.restarts < 1 || options.restarts > 1000)
        return fail(Error::badInput(Tr::tr("--restarts must be a whole number from 1 to 1,000.")));
    if (options.method == analytics::SegmentMethod::Rfm)
        options.rfmGridFile = parser.value(QStringLiteral("rules"));
    else
        options.tierRulesFile = parser.value(QStringLiteral("rules"));
    options.valueRiskFile = parser.value(QStringLiteral("value-risk"));

    std::optional<analytics::SegmentationResult> result;
    double seconds = 0;
    if (!runOnWorkspace(
            path, [&](store::Workspace &w, jobs::Progress &p) { return analytics::runSegmentation(w, options, p); },
            Tr::tr("Segmentation cancelled; the workspace is unchanged."), result, seconds, code))
        return code;
    for (const QString &note : result->notes)
        out(note);
    const auto total = static_cast<qint64>(result->assignments.size());
    out(Tr::tr("Run %1 (%2) as of %3: %4 customers in %5 segments, %6 s.")
            .arg(result->runId).arg(result->kind, result->asOf, number(total))
            .arg(result->counts.size()).arg(seconds, 0, 'f', 1));
    for (const auto &[name, count] : result->counts)
    {
        // The segment's name in the user's language, and its key where that differs.
        const QString shown = result->displayNames.value(name, name);
        const QString label = shown == name ? name : QStringLiteral("%1 (%2)").arg(shown, name);
        out(QStringLiteral("  %1  %2%  %3").arg(number(count), 12).arg(100.0 * double(count) / double(total), 5, 'f', 1).arg(label));
    }
    const QString csv = parser.value(QStringLiteral("out"));
    if (!csv.isEmpty()) {
        if (Status s = analytics::writeSegmentationCsv(*result, csv); !s)
            return fail(s.error());
        out(Tr::tr("Assignments written to %1").arg(QFileInfo(csv).absoluteFilePath()));
    }
    return Ok;
}

int clv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace file."), Tr::tr("W.tierwise")});
    parser.addOption({QStringLiteral("as-of"), Tr::tr("Value the customers as of this date (default: the latest date in the workspace)."),
                      Tr::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("horizon-months"), Tr::tr("CLV horizon in months (default 12)."), Tr::tr("N"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("discount-monthly"), Tr::tr("Monthly discount rate (default 0.01)."), Tr::tr("D"), QStringLiteral("0.01")});
    parser.addOption({QStringLiteral("holdout-months"), Tr::tr("Check the model on this many months before the as-of date (default 6; 0: no check)."),
                      Tr::tr("N"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("time-unit"), Tr::tr("The models' time unit: weeks (default) or days."), Tr::tr("UNIT"), QStringLiteral("weeks")});
    parser.addOption({QStringLiteral("value-basis"), Tr::tr("Which CLV drives the value bands: margin (default) or transaction."),
                      Tr::tr("BASIS"), QStringLiteral("margin")});
    parser.addOption({QStringLiteral("value-bands"), Tr::tr("Cumulative shares of the high and medium value bands (default 20,50)."),
                      Tr::tr("H,M"), QStringLiteral("20,50")});
    parser.addOption({QStringLiteral("margin-rates"), Tr::tr("JSON margin rates per balance type."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("lifecycle-rules"), Tr::tr("JSON lifecycle stage rules."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("warning-rules"), Tr::tr("JSON early-warning thresholds."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("product-rules"), Tr::tr("JSON next-best product rules (eligibility, suggestions)."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("tier-rules"), Tr::tr("JSON value tier rules (the peers of next-best products, tier watch)."), Tr::tr("R.json")});
    parser.addOption({QStringLiteral("out"), Tr::tr("Write the scores as CSV: customer_id,frequency,recency_days,t_days,…"), Tr::tr("F.csv")});
    parser.addOption({QStringLiteral("params-out"), Tr::tr("Write the fitted models as JSON."), Tr::tr("F.json")});
    parser.addOption({QStringLiteral("cohorts-out"), Tr::tr("Write the cohort triangle as CSV."), Tr::tr("F.csv")});
    parser.addOption({QStringLiteral("alerts-out"), Tr::tr("Write the early warnings as CSV."), Tr::tr("F.csv")});
    parser.addOption({QStringLiteral("next-best-out"), Tr::tr("Write the next-best products as CSV."), Tr::tr("F.csv")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Estimates lifetime values (BG/NBD + Gamma-Gamma and bank margin), lifecycle stages, "
                                         "cohorts, early warnings and next-best products, and keeps them as a new run."), code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the workspace with --workspace W.tierwise.")));
    analytics::ClvOptions options;
    if (!dateOption(parser, QStringLiteral("as-of"), options.asOf, code))
        return code;
    bool ok = true;
    options.horizonMonths = parser.value(QStringLiteral("horizon-months")).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(Tr::tr("--horizon-months must be a whole number.")));
    options.discountMonthly = parser.value(QStringLiteral("discount-monthly")).toDouble(&ok);
    if (!ok)
        return fail(Error::badInput(Tr::tr("--discount-monthly must be a number such as 0.01.")));
    options.holdoutMonths = parser.value(QStringLiteral("holdout-months")).toInt(&ok);
    if (!ok)
        return fail(Error::badInput(Tr::tr("--holdout-months must be a whole number.")));
    const QString unit = parser.value(QStringLiteral("time-unit"));
    if (unit == QLatin1String("weeks"))
        options.unitDays = 7.0;
    else if (unit == QLatin1String("days"))
        options.unitDays = 1.0;
    else
        return fail(Error::badInput(Tr::tr("Unknown time unit '%1'; use weeks or days.").arg(unit)));
    const QString basis = parser.value(QStringLiteral("value-basis"));
    if (basis == QLatin1String("margin"))
        options.valueBasis = analytics::ClvOptions::ValueBasis::Margin;
    else if (basis == QLatin1String("transaction"))
        options.valueBasis = analytics::ClvOptions::ValueBasis::Transaction;
    else
        return fail(Error::badInput(Tr::tr("Unknown value basis '%1'; use margin or transaction.").arg(basis)));
    {
        const QStringList bands = parser.value(QStringLiteral("value-bands")).split(u',');
        bool okHigh = false, okMedium = false;
        if (bands.size() == 2) {
            options.highShare = bands[0].trimmed().toDouble(&okHigh) / 100.0;
            options.mediumShare = bands[1].trimmed().toDouble(&okMedium) / 100.0;
        }
        if (!okHigh || !okMedium)
            return fail(Error::badInput(Tr::tr("--value-bands must look like 20,50 (cumulative percentages).")));
    }
    options.marginRatesFile = parser.value(QStringLiteral("margin-rates"));
    options.lifecycleRulesFile = parser.value(QStringLiteral("lifecycle-rules"));
    options.warningRulesFile = parser.value(QStringLiteral("warning-rules"));
    options.productRulesFile = parser.value(QStringLiteral("product-rules"));
    options.tierRulesFile = parser.value(QStringLiteral("tier-rules"));

    std::optional<analytics::ClvResult> result;
    double seconds = 0;
    if (!runOnWorkspace(
            path, [&](store::Workspace &w, jobs::Progress &p) { return analytics::runClv(w, options, p); },
            Tr::tr("The lifetime value run was cancelled; the workspace is unchanged."), result, seconds, code))
        return code;
    const analytics::ClvResult &r = *result;
    const qint64 total = qint64(r.customerId.size());
    out(Tr::tr("Run %1 (clv) as of %2: %3 customers, %4 s.")
            .arg(r.runId).arg(r.asOf, number(total)).arg(seconds, 0, 'f', 1));
    if (r.bgNbd)
        out(Tr::tr("BG/NBD (weeks as the time unit: %1): r %2, alpha %3, a %4, b %5; log-likelihood %6.")
                .arg(options.unitDays == 7.0 ? Tr::tr("yes") : Tr::tr("no"))
                .arg(r.bgNbd->params.r, 0, 'g', 6).arg(r.bgNbd->params.alpha, 0, 'g', 6)
                .arg(r.bgNbd->params.a, 0, 'g', 6).arg(r.bgNbd->params.b, 0, 'g', 6)
                .arg(r.bgNbd->logLikelihood, 0, 'f', 3));
    if (r.gammaGamma)
        out(Tr::tr("Gamma-Gamma on %1 repeat buyers: p %2, q %3, v %4; log-likelihood %5.")
                .arg(number(r.gammaGamma->customers)).arg(r.gammaGamma->params.p, 0, 'g', 6)
                .arg(r.gammaGamma->params.q, 0, 'g', 6).arg(r.gammaGamma->params.v, 0, 'g', 6)
                .arg(r.gammaGamma->logLikelihood, 0, 'f', 3));
    for (const QString &note : r.notes)
        (r.transactionModelError.isEmpty() ? out : err)(note);
    double clvSum = 0, marginSum = 0;
    for (std::size_t i = 0; i < r.customerId.size(); ++i) {
        clvSum += std::isfinite(r.clv[i]) ? r.clv[i] : 0.0;
        marginSum += std::isfinite(r.marginClv[i]) ? r.marginClv[i] : 0.0;
    }
    out(Tr::tr("Transaction CLV over %1 months: %2 in total; margin CLV: %3 in total.")
            .arg(options.horizonMonths).arg(number(qint64(std::llround(clvSum)))).arg(number(qint64(std::llround(marginSum)))));
    qint64 stages[analytics::kLifecycleStages] = {};
    for (analytics::LifecycleStage st : r.stage)
        ++stages[static_cast<std::size_t>(st)];
    out(Tr::tr("Lifecycle stages:"));
    for (std::size_t k = 0; k < analytics::kLifecycleStages; ++k)
        out(QStringLiteral("  %1  %2%  %3").arg(number(stages[k]), 12)
                .arg(100.0 * double(stages[k]) / double(std::max<qint64>(total, 1)), 5, 'f', 1)
                .arg(analytics::lifecycleStageName(static_cast<analytics::LifecycleStage>(k))));
    QMap<QString, qint64> alertCounts;
    for (const analytics::Alert &a : r.alerts)
        ++alertCounts[analytics::alertKindName(a.kind)];
    out(Tr::tr("Early warnings: %1; next-best products: %2 suggestions; %3 cohorts.")
            .arg(number(qint64(r.alerts.size()))).arg(number(qint64(r.nextBest.size()))).arg(r.cohorts.cohortMonth.size()));
    for (auto it = alertCounts.cbegin(); it != alertCounts.cend(); ++it)
        out(QStringLiteral("  %1  %2").arg(number(it.value()), 12).arg(it.key()));

    using analytics::ClvResult;
    if (!writeOutput(parser, "out", [&](const QString &p) { return analytics::writeClvCsv(r, p); }, Tr::tr("Scores"), code)
        || !writeOutput(parser, "params-out", [&](const QString &p) { return analytics::writeClvParamsJson(r, p); },
                        Tr::tr("Model parameters"), code)
        || !writeOutput(parser, "cohorts-out", [&](const QString &p) { return analytics::writeCohortsCsv(r, p); },
                        Tr::tr("Cohorts"), code)
        || !writeOutput(parser, "alerts-out", [&](const QString &p) { return analytics::writeAlertsCsv(r, p); },
                        Tr::tr("Early warnings"), code)
        || !writeOutput(parser, "next-best-out", [&](const QString &p) { return analytics::writeNextBestCsv(r, p); },
                        Tr::tr("Next-best products"), code))
        return code;
    return Ok;
}

int brief(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("workspace"), Tr::tr("The workspace file."), Tr::tr("W.tierwise")});
    parser.addOption({QStringLiteral("segmentation"), Tr::tr("tiers (default), rfm, kmeans, composite, lifecycle or value_band: the "
                                                             "newest run of it."), Tr::tr("NAME"), QStringLiteral("tiers")});
    parser.addOption({QStringLiteral("segments"), Tr::tr("all (default), or segment keys separated by commas."), Tr::tr("KEYS"),
                      QStringLiteral("all")});
    parser.addOption({QStringLiteral("branch"), Tr::tr("Only the customers of this branch (default: all branches)."), Tr::tr("B")});
    parser.addOption({QStringLiteral("bank"), Tr::tr("The bank's name on the cover (default: the workspace file's name)."),
                      Tr::tr("NAME")});
    parser.addOption({QStringLiteral("unmasked"), Tr::tr("Print customer ids unmasked (recorded in the workspace's audit log).")});
    parser.addOption({QStringLiteral("out"), Tr::tr("The PDF to write."), Tr::tr("F.pdf")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Prints a PDF brief on the segments of a segmentation for a branch manager: the "
                                         "summary, and per segment its figures, map, distributions, cohorts, profile, "
                                         "warnings, next-best products and strategy."), code))
        return code;
    const QString path = parser.value(QStringLiteral("workspace"));
    if (path.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the workspace with --workspace W.tierwise.")));
    const QString pdf = parser.value(QStringLiteral("out"));
    if (pdf.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the PDF with --out F.pdf.")));
    const QString lang = i18n::current(); // --lang, read by run()
    analytics::BriefOptions options;
    options.segmentation = parser.value(QStringLiteral("segmentation")).trimmed();
    if (!analytics::briefSegmentationNames().contains(options.segmentation)
        && !options.segmentation.startsWith(QLatin1String("segment.saved:")))
        return fail(Error::badInput(Tr::tr("--segmentation: unknown segmentation '%1'; use %2.")
                                        .arg(options.segmentation,
                                             analytics::briefSegmentationNames().join(QStringLiteral(", ")))));
    const QString segments = parser.value(QStringLiteral("segments")).trimmed();
    if (segments != QLatin1String("all")) {
        for (const QString &key : segments.split(u','))
            if (!key.trimmed().isEmpty())
                options.segments << key.trimmed();
        if (options.segments.isEmpty())
            return fail(Error::badInput(Tr::tr("--segments: name segment keys separated by commas, or all.")));
    }
    options.branch = parser.value(QStringLiteral("branch")).trimmed();
    options.bankName = parser.value(QStringLiteral("bank"));
    options.masked = !parser.isSet(QStringLiteral("unmasked"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(Error::internal(Tr::tr("The brief needs the graphical part of Qt (fonts, PDF).")));

    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(path);
    if (!ws)
        return fail(ws.error());
    QElapsedTimer gatherTimer;
    gatherTimer.start();
    TerminalProgress progress;
    Result<analytics::BriefData> data = analytics::gatherBrief((*ws)->handle(), options, progress);
    progress.finish();
    const double seconds = double(gatherTimer.elapsed()) / 1000.0;
    if (!data) {
        const Error &e = data.error();
        if (e.kind == Error::Kind::Cancelled) {
            err(Tr::tr("The brief was cancelled; nothing was written."));
            return Cancelled;
        }
        // An option's value the workspace does not have: name the option.
        const QString option = e.value.isNull()                                ? QString()
                               : options.segments.contains(e.value)            ? QStringLiteral("segments")
                               : e.value == options.branch                      ? QStringLiteral("branch")
                               : e.value == options.segmentation                ? QStringLiteral("segmentation")
                                                                                : QString();
        if (option.isEmpty())
            return fail(e);
        err(Tr::tr("tierwise-cli: --%1: %2").arg(option, e.message));
        return exitCodeFor(e);
    }
    QElapsedTimer timer;
    timer.start();
    Result<BriefRenderer::Layout> layout = [&] {
        const BriefLanguage language(lang);
        // The strategy editor's saved strategies, described in the brief's language.
        data->strategies = planning::briefStrategies((*ws)->handle(), data->segmentationKey, data->branch);
        return BriefRenderer(*data, lang).writePdf(pdf);
    }();
    if (!layout)
        return fail(layout.error());
    if (!options.masked) {
        if (Status s = analytics::recordBriefExport((*ws)->handle(), *data, QFileInfo(pdf).absoluteFilePath()); !s)
            return fail(s.error());
    }
    out(Tr::tr("Brief written to %1: %2 pages, %n segment(s), %3 customers (%4 s to gather, %5 s to print).", nullptr,
               int(data->segments.size()))
            .arg(QFileInfo(pdf).absoluteFilePath()).arg(layout->pages)
            .arg(number(data->customers)).arg(seconds, 0, 'f', 1).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Ok;
}

int demo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), Tr::tr("Folder for the demo data and workspace."), Tr::tr("DIR")});
    parser.addOption({QStringLiteral("customers"), Tr::tr("Number of customers (default 10000)."), Tr::tr("N"), QStringLiteral("10000")});
    int code = Ok;
    if (!parse(parser, arguments, Tr::tr("Generates a demo bank, imports it into DIR/demo.tierwise, tiers it, estimates lifetime "
                                         "values and prints the segment brief DIR/demo.pdf."), code))
        return code;
    const QString lang = i18n::current(); // --lang, read by run()
    const QString dir = parser.value(QStringLiteral("out"));
    if (dir.isEmpty())
        return fail(Error::badInput(Tr::tr("Name the demo folder with --out DIR.")));
    const QString data = QDir(dir).filePath(QStringLiteral("data"));
    const QString workspace = QDir(dir).absoluteFilePath(QStringLiteral("demo.tierwise"));
    if (QFileInfo::exists(workspace)) {
        // Start afresh, but only ever delete a Tierwise workspace.
        if (Result<std::unique_ptr<store::Workspace>> old = store::Workspace::open(workspace); !old)
            return fail(old.error());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(workspace + suffix);
    }
    out(Tr::tr("1/5 Generating the demo bank…"));
    if (int rc = generate({QStringLiteral("generate"), QStringLiteral("--customers"), parser.value(QStringLiteral("customers")),
                           QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), data});
        rc != Ok)
        return rc;
    out(Tr::tr("2/5 Importing it…"));
    QStringList files;
    for (const QString &name : QDir(data).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        files << QDir(data).filePath(name);
    // The demo book ends at a fixed month; on a machine whose clock is earlier, import as of then.
    QStringList importArgs{QStringLiteral("import"), QStringLiteral("--workspace"), workspace};
    const QDate lastMonth = ingest::GeneratorOptions().lastMonth;
    const QDate bookEnd(lastMonth.year(), lastMonth.month(), lastMonth.daysInMonth());
    if (QDate::currentDate() < bookEnd)
        importArgs << QStringLiteral("--as-of") << bookEnd.toString(Qt::ISODate);
    if (int rc = import(importArgs + files); rc != Ok)
        return rc;
    if (int rc = info({QStringLiteral("info"), QStringLiteral("--workspace"), workspace}); rc != Ok)
        return rc;
    out(Tr::tr("3/5 Tiering the customers by AUM…"));
    if (int rc = segment({QStringLiteral("segment"), QStringLiteral("--workspace"), workspace, QStringLiteral("--method"),
                          QStringLiteral("tiers"), QStringLiteral("--out"), QDir(dir).absoluteFilePath(QStringLiteral("tiers.csv"))});
        rc != Ok)
        return rc;
    out(Tr::tr("4/5 Estimating lifetime values…"));
    const QDir d(dir);
    if (int rc = clv({QStringLiteral("clv"), QStringLiteral("--workspace"), workspace,
                      QStringLiteral("--out"), d.absoluteFilePath(QStringLiteral("clv.csv")),
                      QStringLiteral("--params-out"), d.absoluteFilePath(QStringLiteral("clv-params.json")),
                      QStringLiteral("--cohorts-out"), d.absoluteFilePath(QStringLiteral("cohorts.csv")),
                      QStringLiteral("--alerts-out"), d.absoluteFilePath(QStringLiteral("alerts.csv")),
                      QStringLiteral("--next-best-out"), d.absoluteFilePath(QStringLiteral("next-best.csv"))});
        rc != Ok)
        return rc;
    out(Tr::tr("5/5 Printing the segment brief…"));
    if (int rc = brief({QStringLiteral("brief"), QStringLiteral("--workspace"), workspace, QStringLiteral("--lang"), lang,
                        QStringLiteral("--bank"), Tr::tr("Demo Bank"), QStringLiteral("--out"),
                        d.absoluteFilePath(QStringLiteral("demo.pdf"))});
        rc != Ok)
        return rc;
    out(Tr::tr("The demo workspace is %1").arg(workspace));
    return Ok;
}

} // namespace tierwise::cli
