#pragma once

// A streaming reader of delimited text (CSV, TSV, ';' and '|' separated, whitespace-aligned
// columns) in UTF-8, GB18030 or Big5. Memory use is bounded by the read buffer and the longest
// record, never by the file size.

#include "ingest/textencoding.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tierwise::ingest {

struct CsvDialect
{
    // ',', ';', '\t' or '|'. Ignored when whitespaceAligned.
    char delimiter = ',';
    // Columns separated by runs of spaces/tabs (leading whitespace on a line ignored), no quoting
    // rules beyond '"'-quoted fields; used for fixed-width-looking exports such as CDNOW_master.txt.
    bool whitespaceAligned = false;
};

// Parsing rules (RFC 4180 with the leniencies real bank exports need):
//  - a line ends at LF, CR LF or a lone CR; a record's `line` is the physical line where it
//    starts, and line breaks inside quoted fields count as lines;
//  - a field is quoted if it starts with '"' (blanks before the opening quote and between the
//    closing quote and the delimiter are ignored); inside it, delimiters and line breaks are
//    data (kept as they are: CR LF stays CR LF) and "" is one quote;
//  - a quote inside an unquoted field, or text after a closing quote, is an error;
//  - lines with no characters are skipped (for whitespace-aligned columns also lines of
//    blanks only); a UTF-8 byte-order mark is skipped; a NUL byte is an error.

// Guess the dialect from the first lines of UTF-8 text: the candidate delimiter that gives
// the most consistent field count (>1) over the sampled lines (quotes respected) wins; if none
// does and the lines split consistently on runs of whitespace, whitespaceAligned.
CsvDialect sniffDialect(std::string_view utf8Sample);

struct CsvRecord
{
    qint64 line = 0; // physical line (1-based) where the record starts
    // Field values in UTF-8, quotes removed and doubled quotes unescaped. The views point into
    // the reader's buffers and are valid until the next call to CsvReader::next().
    std::vector<std::string_view> fields;
};

class CsvReader
{
public:
    struct Options
    {
        // nullopt: detect from the first bytes of the file.
        std::optional<Encoding> encoding;
        // nullopt: sniff from the first lines.
        std::optional<CsvDialect> dialect;
        // A longer field is an error (bounds memory on junk input).
        std::size_t maxFieldBytes = 1 << 20;
        // A record with more fields is an error.
        std::size_t maxFields = 4096;
        // Bytes read from the file at a time (tests and the fuzzer use tiny values to exercise
        // records that straddle reads).
        std::size_t readChunkBytes = 1 << 20;
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file, skips a UTF-8 BOM, detects encoding and dialect. Errors: cannot open,
    // empty file, binary content (NUL bytes in the sample).
    Status open(const QString &path, const Options &options);
    // The same for bytes already in memory (tests, fuzzing, pasted text); `name` is used as the
    // file name in errors. The reader keeps its own (shared) copy of the bytes.
    Status openData(const QByteArray &bytes, const QString &name, const Options &options);

    // Reads the next record. Blank lines (no characters at all) are skipped. Returns false at
    // the end of input or on error; then check error(). Reusing one CsvRecord for all calls
    // avoids any allocation per record.
    // Errors carry file, line and column (1-based field number) and a reason: unterminated
    // quoted field (line = where the quote opened), stray quote inside an unquoted field, a
    // field over maxFieldBytes, NUL byte, invalid byte sequence for the encoding (the line and
    // field where it occurs), read failure.
    bool next(CsvRecord &record);
    // Set when next() returned false because of a problem (not at a clean end of file).
    const std::optional<Error> &error() const;

    const EncodingGuess &encoding() const;
    const CsvDialect &dialect() const;
    qint64 bytesRead() const;  // input bytes consumed so far (for progress)
    qint64 totalBytes() const; // file size

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tierwise::ingest
