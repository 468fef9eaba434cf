// Throughput of the CSV reader (and of the value parsers on its fields).
//
//   bench_csvreader [--mb 200] [--keep FILE] [--gb18030]
//
// Writes a transactions-like CSV of about the given size to a temporary file (7 columns:
// T000000001,C0000001,A00000001,2024-03-31,1234.56,mobile,purchase), then reads it three ways
// and prints MB/s: records only, records plus value parsing (amount and date), and, with
// --gb18030, the same text encoded as GB18030 with a Chinese channel name.

#include "ingest/csvreader.h"
#include "ingest/values.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <string>

using namespace tierwise::ingest;

namespace {

bool writeCsv(const QString &path, qint64 targetBytes, bool chinese)
{
    std::FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return false;
    std::mt19937_64 rng(42);
    static const char *const channels[] = {"mobile", "branch", "atm", "online", "pos"};
    // GB18030 for 手机银行 / 柜面 / 网银.
    static const char *const chineseChannels[] = {"\xCA\xD6\xBB\xFA\xD2\xF8\xD0\xD0",
                                                  "\xB9\xF1\xC3\xE6", "\xCD\xF8\xD2\xF8"};
    static const char *const types[] = {"purchase", "transfer", "deposit", "withdrawal"};
    std::string buffer;
    buffer.reserve(1 << 20);
    buffer += "txn_id,customer_id,account_id,date,amount,channel,type\n";
    qint64 written = 0;
    char line[160];
    for (qint64 i = 1; written < targetBytes; ++i) {
        const auto r = rng();
        const int month = int(r % 12) + 1;
        const int day = int((r >> 8) % 28) + 1;
        const long long cents = (long long)((r >> 16) % 5000000);
        const char *channel = chinese ? chineseChannels[(r >> 40) % 3] : channels[(r >> 40) % 5];
        const int n = std::snprintf(line, sizeof line, "T%09lld,C%07lld,A%08lld,2024-%02d-%02d,%lld.%02lld,%s,%s\n",
                                    i, (long long)((r >> 20) % 1000000), (long long)((r >> 24) % 10000000),
                                    month, day, cents / 100, cents % 100, channel, types[(r >> 50) % 4]);
        buffer.append(line, std::size_t(n));
        if (buffer.size() >= (1 << 20) - 200) {
            written += qint64(std::fwrite(buffer.data(), 1, buffer.size(), f));
            buffer.clear();
        }
    }
    written += qint64(std::fwrite(buffer.data(), 1, buffer.size(), f));
    return std::fclose(f) == 0 && written > 0;
}

struct Run
{
    qint64 records = 0;
    qint64 fields = 0;
    qint64 bad = 0;
    qint64 checksum = 0;
    double seconds = 0;
    qint64 bytes = 0;
};

Run readFile(const QString &path, bool parseValues)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    CsvReader reader;
    const auto opened = reader.open(path, {});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        std::exit(1);
    }
    CsvRecord record;
    while (reader.next(record)) {
        ++run.records;
        run.fields += qint64(record.fields.size());
        if (parseValues && record.fields.size() == 7 && run.records > 1) {
            const auto cents = parseMoneyCents(record.fields[4]);
            const auto day = parseDate(record.fields[3]);
            if (!cents || !day)
                ++run.bad;
            else
                run.checksum += *cents + *day;
        } else if (!record.fields.empty()) {
            run.checksum += qint64(record.fields[0].size());
        }
    }
    if (reader.error()) {
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()->toString()));
        std::exit(1);
    }
    run.seconds = timer.nsecsElapsed() / 1e9;
    run.bytes = reader.totalBytes();
    return run;
}

void print(const char *what, const Run &r)
{
    std::printf("%-34s %9.1f MB in %6.3f s = %7.1f MB/s, %6.2f M records/s (%lld records, %lld fields%s)\n",
                what, r.bytes / 1e6, r.seconds, r.bytes / 1e6 / r.seconds, r.records / 1e6 / r.seconds,
                (long long)r.records, (long long)r.fields,
                r.bad ? qPrintable(QStringLiteral(", %1 unparsed").arg(r.bad)) : "");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption mb(QStringLiteral("mb"), QStringLiteral("Size of the generated file in MB."),
                                QStringLiteral("MB"), QStringLiteral("200"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Write the file here and keep it."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption gb(QStringLiteral("gb18030"), QStringLiteral("Also measure a GB18030 file."));
    parser.addOptions({mb, keep, gb});
    parser.process(app);

    QTemporaryDir dir;
    const QString path = parser.isSet(keep) ? parser.value(keep) : dir.filePath(QStringLiteral("bench.csv"));
    const qint64 target = parser.value(mb).toLongLong() * 1000 * 1000;
    if (!writeCsv(path, target, false)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    readFile(path, false); // warm the page cache
    print("UTF-8, records", readFile(path, false));
    print("UTF-8, records + amount + date", readFile(path, true));
    if (parser.isSet(gb)) {
        const QString gbPath = dir.filePath(QStringLiteral("bench-gb18030.csv"));
        if (!writeCsv(gbPath, target, true)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(gbPath));
            return 1;
        }
        readFile(gbPath, false);
        print("GB18030, records", readFile(gbPath, false));
        print("GB18030, records + amount + date", readFile(gbPath, true));
    }
    return 0;
}
