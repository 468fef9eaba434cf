// libFuzzer target for the ingest front end: encoding detection, the streaming decoders, the
// CSV reader with every dialect and several read sizes, and the value parsers on every field.
//
// Besides "no crash, no sanitizer report" it checks invariants and aborts when one fails:
//  - decoding byte by byte gives the same text, result and error offset as decoding at once;
//  - the records and the error position do not depend on the read size;
//  - every field is valid UTF-8, within maxFieldBytes, and records have 1..maxFields fields
//    and strictly increasing line numbers;
//  - a parsed date printed with isoDate() parses back to the same day.

#include "ingest/csvreader.h"
#include "ingest/textencoding.h"
#include "ingest/values.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tierwise;
using namespace tierwise::ingest;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "invariant violated: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

bool validUtf8(std::string_view s)
{
    Utf8Decoder decoder(Encoding::Utf8);
    std::string out;
    return decoder.decode(s.data(), s.size(), out) && decoder.finish() && out.size() == s.size();
}

void parseValues(std::string_view field, std::string_view format)
{
    QString reason;
    (void)parseMoneyCents(field, &reason);
    (void)parseMoneyCents(field);
    (void)parseInteger(field, &reason);
    if (const auto d = parseDecimal(field, &reason))
        check(std::isfinite(*d), "parseDecimal returned a non-finite number");
    if (const auto day = parseDate(field, {}, &reason)) {
        const QByteArray iso = isoDate(*day).toLatin1();
        const auto again = parseDate(std::string_view(iso.constData(), std::size_t(iso.size())));
        check(again && *again == *day, "isoDate does not parse back to the same day");
    }
    (void)parseDate(field, format, &reason);
    (void)parseDate(field, "YYMMDD");
    (void)parseMonth(field, &reason);
    const std::string_view t = trimmed(field);
    check(t.size() <= field.size(), "trimmed() grew the text");
}

struct Outcome
{
    bool opened = false;
    std::vector<std::string> records; // "line:" + fields joined by \x1F
    bool failed = false;
    qint64 line = 0;
    int column = 0;
    Error::Kind kind = Error::Kind::Internal;
};

Outcome readAll(const QByteArray &bytes, const CsvReader::Options &options, bool values)
{
    Outcome o;
    CsvReader reader;
    const Status s = reader.openData(bytes, QStringLiteral("fuzz.csv"), options);
    if (!s) {
        o.failed = true;
        o.line = s.error().line;
        o.column = s.error().column;
        o.kind = s.error().kind;
        return o;
    }
    o.opened = true;
    CsvRecord r;
    qint64 lastLine = 0;
    while (reader.next(r)) {
        check(r.line > lastLine, "record line numbers must increase");
        lastLine = r.line;
        check(!r.fields.empty() && r.fields.size() <= options.maxFields, "field count out of range");
        std::string joined = std::to_string(r.line) + ':';
        for (std::string_view f : r.fields) {
            check(f.size() <= options.maxFieldBytes, "field longer than maxFieldBytes");
            check(validUtf8(f), "field is not valid UTF-8");
            joined.append(f.data(), f.size());
            joined += '\x1F';
            if (values)
                parseValues(f, r.fields.front());
        }
        o.records.push_back(std::move(joined));
        check(reader.bytesRead() <= reader.totalBytes(), "bytesRead beyond totalBytes");
    }
    if (const auto &e = reader.error()) {
        o.failed = true;
        o.line = e->line;
        o.column = e->column;
        o.kind = e->kind;
        check(e->line >= 1, "an error from next() must name a line");
        check(e->column >= 0, "negative column");
    }
    return o;
}

void compare(const Outcome &a, const Outcome &b, const char *what)
{
    if (a.opened != b.opened || a.records != b.records || a.failed != b.failed || a.line != b.line
        || a.column != b.column || a.kind != b.kind) {
        std::fprintf(stderr, "%s: %zu vs %zu records, error %d/%d at %lld:%d vs %lld:%d\n", what,
                     a.records.size(), b.records.size(), int(a.failed), int(b.failed),
                     (long long)a.line, a.column, (long long)b.line, b.column);
        for (std::size_t i = 0; i < std::max(a.records.size(), b.records.size()); ++i) {
            const std::string x = i < a.records.size() ? a.records[i] : std::string("-");
            const std::string y = i < b.records.size() ? b.records[i] : std::string("-");
            if (x != y) {
                std::fprintf(stderr, "first difference at record %zu:\n  %s\n  %s\n", i,
                             x.c_str(), y.c_str());
                break;
            }
        }
        fail(what);
    }
}

void fuzzDecoders(const char *data, std::size_t size)
{
    for (Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5}) {
        Utf8Decoder whole(e);
        std::string a;
        bool okA = whole.decode(data, size, a);
        okA = okA && whole.finish();

        Utf8Decoder bytewise(e);
        std::string b;
        bool okB = true;
        for (std::size_t i = 0; i < size && okB; ++i)
            okB = bytewise.decode(data + i, 1, b);
        okB = okB && bytewise.finish();

        check(okA == okB, "byte-by-byte decoding disagrees on success");
        check(a == b, "byte-by-byte decoding gives different text");
        if (!okA)
            check(whole.errorOffset() == bytewise.errorOffset(), "different error offsets");
        check(validUtf8(a), "decoder output is not valid UTF-8");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    const QByteArray bytes(text, qsizetype(size));

    const EncodingGuess guess = detectEncoding(bytes);
    check(guess.confidence >= 0.0 && guess.confidence <= 1.0, "confidence out of range");
    (void)sniffDialect(std::string_view(text, size));
    fuzzDecoders(text, size);

    // Every dialect; the read size must not change the outcome.
    std::vector<std::optional<CsvDialect>> dialects = {std::nullopt};
    for (char delimiter : {',', ';', '\t', '|'})
        dialects.push_back(CsvDialect{delimiter, false});
    dialects.push_back(CsvDialect{',', true});
    for (const auto &dialect : dialects) {
        CsvReader::Options options;
        options.dialect = dialect;
        options.maxFieldBytes = 4096;
        options.maxFields = 64;
        const Outcome big = readAll(bytes, options, true);
        if (dialect) {
            // (Sniffing looks at the text read so far, which depends on the read size.)
            for (std::size_t chunk : {1, 3}) {
                CsvReader::Options small = options;
                small.readChunkBytes = chunk;
                compare(big, readAll(bytes, small, false), "read size changes the outcome");
            }
        }
    }
    // Forced encodings, small limits.
    for (Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5}) {
        CsvReader::Options options;
        options.encoding = e;
        options.dialect = CsvDialect{',', false};
        options.maxFieldBytes = 7;
        options.maxFields = 5;
        const Outcome big = readAll(bytes, options, false);
        options.readChunkBytes = 2;
        compare(big, readAll(bytes, options, false), "read size changes the outcome (forced)");
    }
    return 0;
}
