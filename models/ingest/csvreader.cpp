#include "ingest/csvreader.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::CsvReader)
};

} // namespace

// How the reader works: raw bytes are read in chunks and decoded (validated, for UTF-8) into one
// text buffer. A record is parsed by one forward scan over that buffer; the fields are views
// straight into it (quoted fields with doubled quotes are unescaped in place once the record is
// complete). When the scan runs off the end of the buffer before the record is complete, the
// consumed text is dropped, more input is appended and the record is scanned again from its
// start. The buffer therefore holds the longest record plus one chunk, whatever the file size,
// and the tail to re-read at least doubles on each refill, so a long record costs linear time.
// The end of the buffer is found without a bounds check: std::string keeps a NUL after its last
// byte, and NUL is one of the bytes the scanning loops stop at.

namespace tierwise::ingest {

namespace {

constexpr std::size_t kSampleBytes = 256 * 1024;      // for encoding detection
constexpr std::size_t kLookAheadBytes = 16u << 20;    // ASCII prefix searched for non-ASCII text
constexpr std::size_t kSniffBytes = 256 * 1024;       // decoded text for dialect sniffing
constexpr std::size_t kSniffLines = 50;
constexpr int kShownValueBytes = 60;

QString sizeText(std::size_t bytes)
{
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return Tr::tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return Tr::tr("%1 KiB").arg(bytes >> 10);
    return Tr::tr("%1 bytes").arg(bytes);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QString shownValue(const char *data, std::size_t size)
{
    std::size_t n = size;
    if (n > std::size_t(kShownValueBytes)) {
        n = kShownValueBytes;
        while (n > 0 && (static_cast<unsigned char>(data[n]) & 0xC0) == 0x80)
            --n;
    }
    QString s = QString::fromUtf8(data, static_cast<qsizetype>(n));
    if (n < size)
        s += QChar(0x2026);
    return s;
}

// Field counts of the first records of a sample for one way of splitting.
std::vector<std::size_t> countFields(std::string_view s, char delimiter, bool whitespace)
{
    std::vector<std::size_t> counts;
    std::size_t i = 0;
    const std::size_t n = s.size();
    bool complete = true;
    while (i < n && counts.size() < kSniffLines) {
        // Skip blank lines.
        if (s[i] == '\r' || s[i] == '\n') {
            ++i;
            continue;
        }
        std::size_t fields = 0;
        bool inField = false;
        bool lineEnded = false;
        if (!whitespace)
            fields = 1;
        while (i < n) {
            char c = s[i];
            if (c == '\r' || c == '\n') {
                lineEnded = true;
                break;
            }
            if (whitespace && isBlank(c)) {
                inField = false;
                ++i;
                continue;
            }
            if (whitespace && !inField) {
                inField = true;
                ++fields;
            }
            if (!whitespace && c == delimiter) {
                ++fields;
                ++i;
                continue;
            }
            if (c == '"') {
                // A quoted section: skip to its closing quote (doubled quotes stay inside).
                ++i;
                while (i < n) {
                    if (s[i] == '"') {
                        if (i + 1 < n && s[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    ++i;
                }
                if (i >= n) {
                    complete = false;
                    break;
                }
            }
            ++i;
        }
        if (!lineEnded)
            complete = false;
        counts.push_back(fields);
    }
    // The last record of a sample may have been cut off.
    if (!complete && counts.size() > 1)
        counts.pop_back();
    return counts;
}

struct Consistency
{
    std::size_t fields = 0; // the most frequent field count
    double share = 0.0;     // of the sampled records that have it
};

Consistency consistency(const std::vector<std::size_t> &counts)
{
    Consistency best;
    if (counts.empty())
        return best;
    std::vector<std::size_t> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    std::size_t bestRun = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        // Ties go to the larger count (sorted ascending, so >=).
        if (j - i >= bestRun) {
            bestRun = j - i;
            best.fields = sorted[i];
        }
        i = j;
    }
    best.share = double(bestRun) / double(counts.size());
    return best;
}

} // namespace

CsvDialect sniffDialect(std::string_view utf8Sample)
{
    std::string_view s = utf8Sample;
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0)
        s.remove_prefix(3);
    CsvDialect best;
    Consistency bestScore;
    for (char delimiter : {',', '\t', ';', '|'}) {
        const Consistency c = consistency(countFields(s, delimiter, false));
        if (c.fields < 2)
            continue;
        if (c.share > bestScore.share
            || (c.share == bestScore.share && c.fields > bestScore.fields)) {
            bestScore = c;
            best.delimiter = delimiter;
        }
    }
    const Consistency ws = consistency(countFields(s, ',', true));
    if (ws.fields >= 2 && ws.share > bestScore.share && ws.share >= 0.5) {
        best.whitespaceAligned = true;
        best.delimiter = ',';
    }
    return best;
}

// ---------------------------------------------------------------------------------------------

struct CsvReader::Impl
{
    enum class Scan { Record, NeedMore, Failed, End };

    QString path;
    Options options;

    // Input: a file or a byte array.
    std::FILE *file = nullptr;
    QByteArray memory;
    bool fromMemory = false;
    qint64 memoryPos = 0;
    qint64 total = 0;
    qint64 rawRead = 0;

    EncodingGuess guess;
    CsvDialect dialect;
    std::unique_ptr<Utf8Decoder> decoder;
    std::vector<char> raw;
    std::string text;     // decoded UTF-8; text[pos..] is not consumed yet
    std::size_t pos = 0;
    qint64 line = 1;      // physical line of text[pos]
    bool inputDone = false;
    bool decodeFailed = false;
    bool atStart = true;  // a BOM may still have to be skipped
    bool opened = false;
    std::optional<Error> error;

    unsigned char stopUnquoted[256];
    unsigned char stopQuoted[256];
    std::vector<std::size_t> unescape; // indices of fields that hold doubled quotes

    ~Impl() { closeInput(); }

    void closeInput()
    {
        if (file)
            std::fclose(file);
        file = nullptr;
    }

    std::size_t readRaw(char *buffer, std::size_t size, bool &ioError);
    bool rewind();
    bool fill();
    Status start();
    Scan scan(CsvRecord &record);
    bool next(CsvRecord &record);
    void setupTables();

    Scan fail(Error::Kind kind, QString message, qint64 atLine, int column,
              QString value = QString())
    {
        Error e = kind == Error::Kind::Io ? Error::io(std::move(message))
                                          : Error::badInput(std::move(message));
        e.at(path, atLine, column);
        e.value = std::move(value);
        error = std::move(e);
        return Scan::Failed;
    }
    Scan failDecode(qint64 atLine, int column, const char *fieldStart, const char *fieldEnd);
};

std::size_t CsvReader::Impl::readRaw(char *buffer, std::size_t size, bool &ioError)
{
    ioError = false;
    if (fromMemory) {
        const std::size_t n = std::min<std::size_t>(size, static_cast<std::size_t>(memory.size() - memoryPos));
        std::memcpy(buffer, memory.constData() + memoryPos, n);
        memoryPos += static_cast<qint64>(n);
        rawRead += static_cast<qint64>(n);
        return n;
    }
    const std::size_t n = std::fread(buffer, 1, size, file);
    if (n < size && std::ferror(file))
        ioError = true;
    rawRead += static_cast<qint64>(n);
    return n;
}

bool CsvReader::Impl::rewind()
{
    rawRead = 0;
    if (fromMemory) {
        memoryPos = 0;
        return true;
    }
    return std::fseek(file, 0, SEEK_SET) == 0;
}

bool CsvReader::Impl::fill()
{
    if (inputDone)
        return false;
    if (pos > 0) {
        text.erase(0, pos);
        pos = 0;
    }
    // At least one chunk, and at least as much as is already buffered, so that a record longer
    // than a chunk is rescanned only a logarithmic number of times.
    std::size_t want = std::max({options.readChunkBytes, text.size(), std::size_t(1)});
    if (total > rawRead) // no bigger buffer than the rest of the file needs (small files)
        want = std::min(want, std::size_t(total - rawRead) + 4096);
    if (raw.size() < want)
        raw.resize(want);
    bool ioError = false;
    const std::size_t got = readRaw(raw.data(), want, ioError);
    if (ioError) {
        inputDone = true;
        fail(Error::Kind::Io,
             Tr::tr("read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
             line, 0);
        return false;
    }
    if (got == 0) {
        inputDone = true;
        if (!decoder->finish())
            decodeFailed = true;
        return true;
    }
    if (!decoder->decode(raw.data(), got, text)) {
        decodeFailed = true;
        inputDone = true;
    }
    return true;
}

CsvReader::Impl::Scan CsvReader::Impl::failDecode(qint64 atLine, int column,
                                                   const char *fieldStart, const char *fieldEnd)
{
    QString message = decoder->error()
        + Tr::tr(" (the file was read as %1; if it was saved in another "
                 "encoding, choose that encoding)")
              .arg(encodingName(guess.encoding));
    QString value;
    if (fieldStart && fieldEnd > fieldStart)
        value = shownValue(fieldStart, static_cast<std::size_t>(fieldEnd - fieldStart));
    return fail(Error::Kind::BadInput, message, atLine, column, value);
}

void CsvReader::Impl::setupTables()
{
    std::memset(stopUnquoted, 0, sizeof stopUnquoted);
    std::memset(stopQuoted, 0, sizeof stopQuoted);
    for (unsigned char c : {'\0', '\r', '\n', '"'}) {
        stopUnquoted[c] = 1;
        stopQuoted[c] = 1;
    }
    if (dialect.whitespaceAligned) {
        stopUnquoted[static_cast<unsigned char>(' ')] = 1;
        stopUnquoted[static_cast<unsigned char>('\t')] = 1;
    } else {
        stopUnquoted[static_cast<unsigned char>(dialect.delimiter)] = 1;
    }
}

CsvReader::Impl::Scan CsvReader::Impl::scan(CsvRecord &record)
{
    const char *const base = text.data();
    const char *const end = base + text.size(); // *end == '\0'
    const char *p = base + pos;
    const bool eof = inputDone;
    const bool ws = dialect.whitespaceAligned;
    const char delim = dialect.delimiter;
    const std::size_t maxField = options.maxFieldBytes;
    qint64 ln = line;

    if (atStart) {
        // A byte-order mark (U+FEFF) before the first record.
        if (end - p < 3 && !eof)
            return Scan::NeedMore;
        if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3;
        atStart = false;
        pos = static_cast<std::size_t>(p - base);
    }

    // Blank lines (and, when columns are whitespace-aligned, lines of blanks only).
    for (;;) {
        const char *q = p;
        if (ws) {
            while (isBlank(*q))
                ++q;
        }
        if (*q == '\n') {
            p = q + 1;
            ++ln;
            continue;
        }
        if (*q == '\r') {
            if (q + 1 == end && !eof)
                break; // CR LF may be split between reads
            p = q + 1;
            if (*p == '\n')
                ++p;
            ++ln;
            continue;
        }
        if (q == end) {
            // Nothing (or only blanks) up to the end of the buffer.
            pos = static_cast<std::size_t>(p - base);
            line = ln;
            if (!eof)
                return Scan::NeedMore;
            if (decodeFailed)
                return failDecode(ln, 1, nullptr, nullptr);
            return Scan::End;
        }
        break;
    }
    pos = static_cast<std::size_t>(p - base);
    line = ln;
    if (*p == '\r' && p + 1 == end && !eof)
        return Scan::NeedMore;

    record.line = ln;
    record.fields.clear();
    unescape.clear();

    for (;;) {
        const int column = static_cast<int>(record.fields.size()) + 1;
        if (record.fields.size() >= options.maxFields)
            return fail(Error::Kind::BadInput,
                        Tr::tr("more than %1 fields in one record").arg(options.maxFields),
                        ln, column);
        if (ws) {
            while (isBlank(*p))
                ++p;
        }
        // A quoted field, possibly after blanks ("a, \"b\"").
        const char *q = p;
        if (!ws) {
            while (*q == ' ' || (*q == '\t' && delim != '\t'))
                ++q;
        }
        if (*q == '"') {
            const qint64 quoteLine = ln;
            const char *v = q + 1;
            const char *r = v;
            std::size_t doubled = 0;
            for (;;) {
                while (!stopQuoted[static_cast<unsigned char>(*r)])
                    ++r;
                const char c = *r;
                if (c == '"') {
                    if (r[1] == '"') {
                        r += 2;
                        ++doubled;
                        continue;
                    }
                    if (r + 1 == end && !eof)
                        return Scan::NeedMore; // cannot tell "" from a closing quote yet
                    break;
                }
                if (c == '\n') {
                    ++ln;
                    ++r;
                    continue;
                }
                if (c == '\r') {
                    ++ln;
                    ++r;
                    if (*r == '\n')
                        ++r;
                    continue;
                }
                // NUL: the end of the buffer or a NUL byte in the data. The length is checked
                // first so that the outcome does not depend on where reads end.
                if (std::size_t(r - v) - doubled > maxField || r == end) {
                    if (std::size_t(r - v) - doubled > maxField)
                        return fail(Error::Kind::BadInput,
                                    Tr::tr("field longer than %1").arg(sizeText(maxField)),
                                    quoteLine, column, shownValue(v, std::size_t(r - v)));
                    if (!eof)
                        return Scan::NeedMore;
                    if (decodeFailed)
                        return failDecode(ln, column, v, r);
                    return fail(Error::Kind::BadInput,
                                Tr::tr("quoted field not closed: the quote opened on line %1 has "
                                       "no closing quote before the end of the file")
                                    .arg(quoteLine),
                                quoteLine, column, shownValue(v, std::size_t(r - v)));
                }
                return fail(Error::Kind::BadInput,
                            Tr::tr("NUL byte in the text (a binary file, or UTF-16 text?)"),
                            ln, column);
            }
            const std::size_t length = std::size_t(r - v);
            if (length - doubled > maxField)
                return fail(Error::Kind::BadInput,
                            Tr::tr("field longer than %1").arg(sizeText(maxField)),
                            quoteLine, column, shownValue(v, length));
            if (doubled)
                unescape.push_back(record.fields.size());
            record.fields.emplace_back(v, length);
            const char *after = r + 1;
            // Blanks between the closing quote and the delimiter are ignored.
            const char *b = after;
            while (*b == ' ' || (*b == '\t' && (ws || delim != '\t')))
                ++b;
            if (ws && b != after && *b != '\r' && *b != '\n' && b != end) {
                p = b; // the next field
                continue;
            }
            if (!ws && *b == delim) {
                p = b + 1;
                continue;
            }
            if (*b == '\r' || *b == '\n' || b == end) {
                if (b == end && !eof)
                    return Scan::NeedMore;
                if (b == end && decodeFailed)
                    return failDecode(ln, column + 1, nullptr, nullptr);
                p = b;
                break; // end of record
            }
            if (*b == '\0')
                return fail(Error::Kind::BadInput,
                            Tr::tr("NUL byte in the text (a binary file, or UTF-16 text?)"),
                            ln, column + 1);
            const char *e = b;
            while (e < end && e - b < kShownValueBytes && *e != '\r' && *e != '\n'
                   && (ws || *e != delim))
                ++e;
            return fail(Error::Kind::BadInput,
                        Tr::tr("unexpected text after the closing quote of a quoted field"),
                        ln, column, shownValue(q, std::size_t(e - q)));
        }

        // Unquoted field.
        const char *r = p;
        while (!stopUnquoted[static_cast<unsigned char>(*r)])
            ++r;
        const char c = *r;
        if (std::size_t(r - p) > maxField)
            return fail(Error::Kind::BadInput,
                        Tr::tr("field longer than %1").arg(sizeText(maxField)),
                        ln, column, shownValue(p, std::size_t(r - p)));
        if (c == '"') {
            const char *e = r + 1;
            while (e < end && e - p < kShownValueBytes && !stopUnquoted[static_cast<unsigned char>(*e)])
                ++e;
            return fail(Error::Kind::BadInput,
                        Tr::tr("stray quote inside an unquoted field (a field with quotes must be "
                               "quoted as a whole, with each quote doubled)"),
                        ln, column, shownValue(p, std::size_t(e - p)));
        }
        if (c == '\0') {
            if (r != end)
                return fail(Error::Kind::BadInput,
                            Tr::tr("NUL byte in the text (a binary file, or UTF-16 text?)"),
                            ln, column, shownValue(p, std::size_t(r - p)));
            if (!eof)
                return Scan::NeedMore;
            if (decodeFailed)
                return failDecode(ln, column, p, r);
        }
        if (c == '\r' && r + 1 == end && !eof)
            return Scan::NeedMore; // CR LF split between reads
        if (ws && isBlank(c)) {
            // Blanks: another field follows unless the line ends.
            const char *b = r;
            while (isBlank(*b))
                ++b;
            if (b == end && !eof)
                return Scan::NeedMore;
            record.fields.emplace_back(p, std::size_t(r - p));
            if (*b == '\r' || *b == '\n' || b == end) {
                if (b == end && decodeFailed)
                    return failDecode(ln, column + 1, nullptr, nullptr);
                if (*b == '\r' && b + 1 == end && !eof)
                    return Scan::NeedMore;
                p = b;
                break;
            }
            p = b;
            continue;
        }
        record.fields.emplace_back(p, std::size_t(r - p));
        if (!ws && c == delim) {
            p = r + 1;
            continue;
        }
        p = r;
        break; // CR, LF or the end of the input
    }

    // The line end.
    if (*p == '\n') {
        ++p;
        ++ln;
    } else if (*p == '\r') {
        ++p;
        if (*p == '\n')
            ++p;
        ++ln;
    }
    pos = static_cast<std::size_t>(p - base);
    line = ln;

    // Unescape doubled quotes in place (the record is complete, nothing will rescan it).
    for (std::size_t index : unescape) {
        std::string_view &f = record.fields[index];
        char *w = text.data() + (f.data() - base);
        const char *s = w;
        const char *e = s + f.size();
        char *out = w;
        while (s < e) {
            const char ch = *s++;
            *out++ = ch;
            if (ch == '"')
                ++s; // skip the second quote of the pair
        }
        f = std::string_view(w, std::size_t(out - w));
    }
    return Scan::Record;
}

bool CsvReader::Impl::next(CsvRecord &record)
{
    if (!opened || error)
        return false;
    for (;;) {
        switch (scan(record)) {
        case Scan::Record:
            return true;
        case Scan::NeedMore:
            if (!fill())
                return false; // a read error (set) or, defensively, no progress possible
            continue;
        case Scan::Failed:
        case Scan::End:
            closeInput();
            return false;
        }
    }
}

Status CsvReader::Impl::start()
{
    // The first bytes: empty file, formats that are not text, encoding.
    const std::size_t sampleSize =
        total > 0 ? std::min<std::size_t>(kSampleBytes, std::size_t(total)) : kSampleBytes;
    std::string sample(sampleSize, '\0');
    bool ioError = false;
    std::size_t got = readRaw(sample.data(), sample.size(), ioError);
    sample.resize(got);
    if (ioError)
        return Error::io(Tr::tr("read error: %1").arg(QString::fromLocal8Bit(std::strerror(errno))))
            .at(path);
    const bool bomOnly = got == 3 && sample == "\xEF\xBB\xBF";
    if (got == 0 || bomOnly)
        return Error::badInput(Tr::tr("file is empty"))
            .at(path);
    const auto startsWith = [&](const char *magic, std::size_t n) {
        return got >= n && std::memcmp(sample.data(), magic, n) == 0;
    };
    if (startsWith("\xFF\xFE", 2) || startsWith("\xFE\xFF", 2))
        return Error::badInput(Tr::tr("the file is UTF-16 text; save it as UTF-8 (or GB18030/Big5) "
                                      "delimited text"))
            .at(path);
    if (startsWith("PK\x03\x04", 4))
        return Error::badInput(Tr::tr("the file is a ZIP archive or an Excel workbook (.xlsx), not "
                                      "delimited text; save it as CSV"))
            .at(path);
    if (startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return Error::badInput(Tr::tr("the file is an Excel 97-2003 workbook (.xls), not delimited "
                                      "text; save it as CSV"))
            .at(path);

    if (options.encoding) {
        guess.encoding = *options.encoding;
        guess.confidence = 1.0;
        guess.bom = startsWith("\xEF\xBB\xBF", 3);
        guess.reason = Tr::tr("chosen by the user");
    } else {
        guess = detectEncoding(QByteArray::fromRawData(sample.data(), static_cast<qsizetype>(got)));
        const bool ascii = std::all_of(sample.begin(), sample.end(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii && got == sampleSize && (total == 0 || total > qint64(got))) {
            // A long ASCII prefix (ids, dates, amounts): look further for the first Chinese text.
            std::string more(1 << 20, '\0');
            qint64 offset = qint64(got);
            bool found = false;
            while (!found && offset < qint64(kLookAheadBytes)) {
                const std::size_t n = readRaw(more.data(), more.size(), ioError);
                if (n == 0 || ioError)
                    break;
                for (std::size_t i = 0; i < n; ++i) {
                    if (static_cast<unsigned char>(more[i]) >= 0x80) {
                        // A window from here on.
                        std::string window = more.substr(i, 64 * 1024);
                        if (window.size() < 64 * 1024 && n == more.size()) {
                            std::string tail(64 * 1024 - window.size(), '\0');
                            const std::size_t t = readRaw(tail.data(), tail.size(), ioError);
                            window.append(tail.data(), t);
                        }
                        guess = detectEncoding(QByteArray::fromRawData(
                            window.data(), static_cast<qsizetype>(window.size())));
                        guess.reason = Tr::tr("%1 (first non-ASCII byte at offset %2)")
                                           .arg(guess.reason)
                                           .arg(offset + qint64(i));
                        found = true;
                        break;
                    }
                }
                offset += qint64(n);
            }
        }
    }
    if (!rewind())
        return Error::io(Tr::tr("cannot seek in the file"))
            .at(path);

    decoder = std::make_unique<Utf8Decoder>(guess.encoding);
    text.clear();
    pos = 0;
    line = 1;
    inputDone = false;
    decodeFailed = false;
    atStart = true;
    error.reset();

    // Decoded text for sniffing the dialect.
    std::size_t lineEnds = 0, counted = 0;
    while (!inputDone && text.size() < kSniffBytes && lineEnds <= kSniffLines) {
        if (!fill())
            break;
        for (; counted < text.size(); ++counted)
            lineEnds += text[counted] == '\n' || text[counted] == '\r';
    }
    if (error)
        return *error;
    if (options.dialect) {
        dialect = *options.dialect;
    } else {
        std::string_view sniff(text);
        sniff = sniff.substr(0, kSniffBytes);
        dialect = sniffDialect(sniff);
    }
    if (!dialect.whitespaceAligned && (dialect.delimiter == '"' || dialect.delimiter == '\r' || dialect.delimiter == '\n'
             || dialect.delimiter == '\0'))
        dialect.delimiter = ',';
    setupTables();
    opened = true;

    // NUL bytes in the first bytes: binary content. Find the spot (line, field) by reading up to it.
    if (std::memchr(sample.data(), 0, got) != nullptr) {
        CsvRecord record;
        while (next(record)) {
        }
        opened = false;
        if (error)
            return *error;
        return Error::badInput(Tr::tr("NUL byte in the text (a binary file, or UTF-16 text?)"))
            .at(path);
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

CsvReader::CsvReader() : d(std::make_unique<Impl>()) {}

CsvReader::~CsvReader() = default;

Status CsvReader::open(const QString &path, const Options &options)
{
    d = std::make_unique<Impl>();
    d->path = path;
    d->options = options;
    const QByteArray name = QFile::encodeName(path);
    struct stat st;
    if (::stat(name.constData(), &st) != 0)
        return Error::io(Tr::tr("cannot open the file: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))))
            .at(path);
    if (S_ISDIR(st.st_mode))
        return Error::io(Tr::tr("cannot open the file: it is a folder"))
            .at(path);
    d->file = std::fopen(name.constData(), "rb");
    if (!d->file)
        return Error::io(Tr::tr("cannot open the file: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))))
            .at(path);
    std::setvbuf(d->file, nullptr, _IONBF, 0); // we read in large chunks ourselves
    d->total = static_cast<qint64>(st.st_size);
    Status s = d->start();
    if (!s)
        d->closeInput();
    return s;
}

Status CsvReader::openData(const QByteArray &bytes, const QString &name, const Options &options)
{
    d = std::make_unique<Impl>();
    d->path = name;
    d->options = options;
    d->fromMemory = true;
    d->memory = bytes;
    d->total = bytes.size();
    return d->start();
}

bool CsvReader::next(CsvRecord &record)
{
    return d->next(record);
}

const std::optional<Error> &CsvReader::error() const
{
    return d->error;
}

const EncodingGuess &CsvReader::encoding() const
{
    return d->guess;
}

const CsvDialect &CsvReader::dialect() const
{
    return d->dialect;
}

qint64 CsvReader::bytesRead() const
{
    return d->rawRead;
}

qint64 CsvReader::totalBytes() const
{
    return d->total;
}

} // namespace tierwise::ingest
