#pragma once

// A streaming reader of delimited text (CSV, TSV, ';' and '|' separated, whitespace-aligned
// columns) in UTF-8, GB18030 or Big5. Memory use is bounded by the read buffer and the longest
// record, never by the file size.

#include "ingest/textencoding.h"
#include "result.h"

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
    };

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Opens the file, skips a UTF-8 BOM, detects encoding and dialect. Errors: cannot open,
    // empty file, binary content (NUL bytes in the sample).
    Status open(const QString &path, const Options &options);

    // Reads the next record. Blank lines (no characters at all) are skipped. Returns false at
    // the end of input or on error; then check error().
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
