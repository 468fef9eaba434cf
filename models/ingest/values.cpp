#include "ingest/values.h"

#include <QCoreApplication>

#include <charconv>
#include <cstring>
#include <limits>
#include <string>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::Values)
};

} // namespace

// The parsers run on every field of every row (tens of millions of calls per import), so the
// accepting path allocates nothing: text is normalised into a stack buffer only when it holds
// non-ASCII bytes, and a failure is described by a small code that is turned into a translated
// reason only when the caller asked for one.

namespace tierwise::ingest {

namespace {

// ---------------------------------------------------------------------------------------------
// Failures

enum class Why {
    None,
    Empty,
    TooLong,
    NoDigits,
    Unexpected,        // text = the unexpected character
    TwoDecimalPoints,
    MisplacedSeparator,
    SeparatorAfterPoint,
    Overflow,
    NotWhole,
    NotADate,
    YearLast,
    Ambiguous6,
    SerialNumber,
    YearZero,
    BadMonth,          // a = month
    BadDay,            // a = day
    DayOutOfMonth,     // a = year, b = month, c = days in month
    TrailingText,      // text = rest
    FormatMismatch,    // text = format
    FormatIncomplete,  // text = format
    NotAMonth,
};

struct Failure
{
    Failure() = default;
    Failure(Why w, int x = 0, int y = 0, int z = 0) : why(w), a(x), b(y), c(z) {}

    Why why = Why::None;
    int a = 0, b = 0, c = 0;
    std::string_view text; // extra text for the message (points into the input or the format)
};

QString shown(std::string_view text)
{
    // Cut long values at a character boundary.
    constexpr std::size_t maxBytes = 48;
    if (text.size() > maxBytes) {
        std::size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut;
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(cut)) + QChar(0x2026);
    }
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString monthName(int month)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "January"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "February"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "March"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "April"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "May"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "June"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "July"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "August"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "September"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "October"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "November"),
        QT_TRANSLATE_NOOP("tierwise::ingest::Values", "December"),
    };
    return Tr::tr(names[month - 1]);
}

QString describe(const Failure &f, std::string_view original, const char *kind)
{
    const QString v = shown(original);
    const QString what = Tr::tr(kind);
    switch (f.why) {
    case Why::None:
        break;
    case Why::Empty:
        return Tr::tr("the value is empty");
    case Why::TooLong:
        return Tr::tr("'%1' is too long to be %2").arg(v, what);
    case Why::NoDigits:
        return Tr::tr("'%1' has no digits").arg(v);
    case Why::Unexpected:
        return Tr::tr("'%1' is not %2: unexpected '%3'").arg(v, what, shown(f.text));
    case Why::TwoDecimalPoints:
        return Tr::tr("'%1' has more than one decimal point").arg(v);
    case Why::MisplacedSeparator:
        return Tr::tr("'%1' has a misplaced thousands separator").arg(v);
    case Why::SeparatorAfterPoint:
        return Tr::tr("'%1' has a thousands separator after the decimal point").arg(v);
    case Why::Overflow:
        return Tr::tr("'%1' is too large").arg(v);
    case Why::NotWhole:
        return Tr::tr("'%1' is not a whole number").arg(v);
    case Why::NotADate:
        return Tr::tr("'%1' is not a date in a recognised form (YYYY-MM-DD, YYYY/M/D, YYYYMMDD, "
                      "YYYY年M月D日); set a date format for other forms")
            .arg(v);
    case Why::YearLast:
        return Tr::tr("'%1' puts the year last, which is ambiguous; set a date format such as "
                      "DD/MM/YYYY or MM/DD/YYYY")
            .arg(v);
    case Why::Ambiguous6:
        return Tr::tr("'%1' has a two-digit year; set a date format such as YYMMDD").arg(v);
    case Why::SerialNumber:
        return Tr::tr("'%1' looks like a spreadsheet serial number, not a date; format the column "
                      "as a date before exporting")
            .arg(v);
    case Why::YearZero:
        return Tr::tr("year 0 is not a year");
    case Why::BadMonth:
        return Tr::tr("month %1 is not a month").arg(f.a);
    case Why::BadDay:
        return Tr::tr("day %1 is not a day of a month").arg(f.a);
    case Why::DayOutOfMonth:
        return Tr::tr("%1 %2 has %3 days")
            .arg(monthName(f.b))
            .arg(f.a)
            .arg(f.c);
    case Why::TrailingText:
        return Tr::tr("'%1' has unexpected text after the date: '%2'").arg(v, shown(f.text));
    case Why::FormatMismatch:
        return Tr::tr("'%1' does not match the date format '%2'").arg(v, shown(f.text));
    case Why::FormatIncomplete:
        return Tr::tr("the date format '%1' needs a year (YYYY or YY), a month (MM or M) and a day "
                      "(DD or D)")
            .arg(shown(f.text));
    case Why::NotAMonth:
        return Tr::tr("'%1' is not a month (expected YYYY-MM, YYYYMM, YYYY年M月 or a date)").arg(v);
    }
    return {};
}

// The kinds named in messages ("'x' is not an amount").
const char *const kAmount = QT_TRANSLATE_NOOP("tierwise::ingest::Values", "an amount");
const char *const kInteger = QT_TRANSLATE_NOOP("tierwise::ingest::Values", "a whole number");
const char *const kNumber = QT_TRANSLATE_NOOP("tierwise::ingest::Values", "a number");
const char *const kDate = QT_TRANSLATE_NOOP("tierwise::ingest::Values", "a date");
const char *const kMonth = QT_TRANSLATE_NOOP("tierwise::ingest::Values", "a month");

template<typename T>
std::optional<T> failed(QString *reason, const Failure &f, std::string_view original,
                        const char *kind)
{
    if (reason)
        *reason = describe(f, trimmed(original), kind);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Normalisation: full-width forms to ASCII.

constexpr std::size_t kNormCap = 160;

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trimAscii(std::string_view s)
{
    std::size_t b = 0, e = s.size();
    while (b < e && isAsciiSpace(s[b]))
        ++b;
    while (e > b && isAsciiSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

// Text normalised for parsing: the input itself when it is ASCII, else a copy in `buf` with
// U+FF01..U+FF5E mapped to ASCII, U+3000/U+00A0 to a space, U+2212 to '-', U+FFE5 to U+00A5.
struct Normalized
{
    char buf[kNormCap];
    std::string_view text;
    bool tooLong = false;
};

void normalize(std::string_view in, Normalized &n)
{
    bool ascii = true;
    for (char c : in) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        n.text = trimAscii(in);
        return;
    }
    in = trimmed(in);
    std::size_t o = 0;
    const auto *s = reinterpret_cast<const unsigned char *>(in.data());
    const std::size_t size = in.size();
    for (std::size_t i = 0; i < size;) {
        if (o + 4 > kNormCap) {
            n.tooLong = true;
            n.text = {};
            return;
        }
        const unsigned char c = s[i];
        if (c == 0xEF && i + 2 < size) {
            const unsigned cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
            if (cp >= 0xFF01 && cp <= 0xFF5E) {
                n.buf[o++] = static_cast<char>(cp - 0xFEE0);
                i += 3;
                continue;
            }
            if (cp == 0xFFE5) { // FULLWIDTH YEN SIGN
                n.buf[o++] = static_cast<char>(0xC2);
                n.buf[o++] = static_cast<char>(0xA5);
                i += 3;
                continue;
            }
        } else if (c == 0xE3 && i + 2 < size && s[i + 1] == 0x80 && s[i + 2] == 0x80) {
            n.buf[o++] = ' ';
            i += 3;
            continue;
        } else if (c == 0xC2 && i + 1 < size && s[i + 1] == 0xA0) {
            n.buf[o++] = ' ';
            i += 2;
            continue;
        } else if (c == 0xE2 && i + 2 < size && s[i + 1] == 0x88 && s[i + 2] == 0x92) {
            n.buf[o++] = '-';
            i += 3;
            continue;
        }
        n.buf[o++] = static_cast<char>(c);
        ++i;
    }
    n.text = trimAscii(std::string_view(n.buf, o));
}

// The (possibly multi-byte) character at the start of s.
std::string_view firstChar(std::string_view s)
{
    if (s.empty())
        return s;
    const auto c = static_cast<unsigned char>(s[0]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return s.substr(0, std::min(len, s.size()));
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c != prefix[i])
            return false;
    }
    return true;
}

bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && startsWithNoCase(s.substr(s.size() - suffix.size()), suffix);
}

// Currency markers, longest first where one is a prefix of another.
constexpr std::string_view kCurrencyPrefixes[] = {
    "HK$", "NT$", "US$", "RMB", "CNY", "USD", "HKD", "TWD", "NTD", "\xC2\xA5", "$",
};
constexpr std::string_view kCurrencySuffixes[] = {
    "\xE5\x85\x83" /* 元 */, "RMB", "CNY", "USD", "HKD", "TWD", "NTD", "\xC2\xA5",
};

bool stripCurrencyPrefix(std::string_view &s)
{
    for (std::string_view c : kCurrencyPrefixes) {
        if (startsWithNoCase(s, c)) {
            s = trimAscii(s.substr(c.size()));
            return true;
        }
    }
    return false;
}

bool stripCurrencySuffix(std::string_view &s)
{
    for (std::string_view c : kCurrencySuffixes) {
        if (endsWithNoCase(s, c)) {
            s = trimAscii(s.substr(0, s.size() - c.size()));
            return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Numbers: digits with optional thousands separators, optional fraction.

struct NumberParts
{
    std::uint64_t whole = 0;
    bool overflow = false;
    std::size_t wholeDigits = 0;
    std::string_view fraction; // digits after the point
    bool point = false;
    std::size_t end = 0;       // index where scanning stopped (first byte not part of the number)
};

// Scans s from the start. Separators: ',' always, ' ' when allowSpace. Stops at the first byte
// that cannot belong to the number (the caller decides whether that is an error).
Failure scanNumber(std::string_view s, bool allowSpace, NumberParts &out)
{
    const std::size_t n = s.size();
    std::size_t i = 0;
    char sep = 0;
    std::size_t group = 0;     // digits in the current group
    bool anySep = false;
    while (i < n) {
        const char c = s[i];
        if (isDigit(c)) {
            if (out.whole > (std::numeric_limits<std::uint64_t>::max() - 9) / 10)
                out.overflow = true;
            else
                out.whole = out.whole * 10 + static_cast<unsigned>(c - '0');
            ++out.wholeDigits;
            ++group;
            ++i;
            continue;
        }
        if (c == ' ' && allowSpace && (i + 1 >= n || !isDigit(s[i + 1])))
            break; // "12 USD": the space ends the number
        if (c == ',' || (allowSpace && c == ' ')) {
            if (sep && c != sep)
                return {Why::MisplacedSeparator};
            if (!anySep ? (group == 0 || group > 3) : group != 3)
                return {Why::MisplacedSeparator};
            if (i + 1 >= n || !isDigit(s[i + 1]))
                return {Why::MisplacedSeparator};
            sep = c;
            anySep = true;
            group = 0;
            ++i;
            continue;
        }
        break;
    }
    if (anySep && group != 3)
        return {Why::MisplacedSeparator};
    if (i < n && s[i] == '.') {
        out.point = true;
        ++i;
        const std::size_t fb = i;
        while (i < n && isDigit(s[i]))
            ++i;
        out.fraction = s.substr(fb, i - fb);
        if (i < n && s[i] == '.')
            return {Why::TwoDecimalPoints};
        if (i < n && (s[i] == ',' || (allowSpace && s[i] == ' ' && i + 1 < n && isDigit(s[i + 1]))))
            return {Why::SeparatorAfterPoint};
    }
    if (out.wholeDigits == 0 && out.fraction.empty())
        return {Why::NoDigits};
    out.end = i;
    return {};
}

Failure unexpectedAt(std::string_view s, std::size_t i)
{
    // "12 x": name the 'x', not the space before it.
    std::size_t j = i;
    while (j < s.size() && s[j] == ' ')
        ++j;
    if (j < s.size() && !isDigit(s[j]))
        i = j;
    Failure f{Why::Unexpected};
    f.text = firstChar(s.substr(i));
    return f;
}

Failure parseMoney(std::string_view s, std::int64_t &cents)
{
    if (s.empty())
        return {Why::Empty};
    bool neg = false;
    bool signSeen = false;
    // Most amounts are plain numbers: no sign, currency or parentheses to look for.
    if (isDigit(s.front()) && isDigit(s.back()))
        signSeen = true;
    auto parens = [&] {
        if (!signSeen && s.size() >= 2 && s.front() == '(' && s.back() == ')') {
            neg = true;
            signSeen = true;
            s = trimAscii(s.substr(1, s.size() - 2));
        }
    };
    if (!signSeen) {
        parens();
        stripCurrencyPrefix(s);
        stripCurrencySuffix(s);
        parens();
    }
    if (!signSeen && !s.empty() && (s.front() == '-' || s.front() == '+')) {
        neg = s.front() == '-';
        signSeen = true;
        s = trimAscii(s.substr(1));
        stripCurrencyPrefix(s);
    }
    if (!signSeen && !s.empty() && s.back() == '-') {
        neg = true;
        signSeen = true;
        s = trimAscii(s.substr(0, s.size() - 1));
        stripCurrencySuffix(s);
    }
    if (s.empty())
        return {Why::NoDigits};
    NumberParts p;
    if (Failure f = scanNumber(s, true, p); f.why != Why::None) {
        if (f.why == Why::NoDigits)
            return unexpectedAt(s, 0);
        return f;
    }
    if (p.end != s.size())
        return unexpectedAt(s, p.end);
    if (p.overflow)
        return {Why::Overflow};
    std::int64_t fracCents = 0;
    const std::string_view fr = p.fraction;
    if (!fr.empty())
        fracCents += (fr[0] - '0') * 10;
    if (fr.size() > 1)
        fracCents += fr[1] - '0';
    if (fr.size() > 2 && fr[2] >= '5')
        fracCents += 1; // half away from zero: the sign is applied to the magnitude below
    std::int64_t total = 0;
    if (p.whole > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
        || __builtin_mul_overflow(static_cast<std::int64_t>(p.whole), std::int64_t(100), &total)
        || __builtin_add_overflow(total, fracCents, &total))
        return {Why::Overflow};
    cents = neg ? -total : total;
    return {};
}

// The shared start of parseInt and parseDouble: an optional sign, then the digits. `s` is left
// without the sign.
Failure scanSigned(std::string_view &s, bool allowFraction, bool &neg, NumberParts &p)
{
    if (s.empty())
        return {Why::Empty};
    neg = false;
    if (s.front() == '-' || s.front() == '+') {
        neg = s.front() == '-';
        s = trimAscii(s.substr(1));
    }
    if (s.empty())
        return {Why::NoDigits};
    if (Failure f = scanNumber(s, allowFraction, p); f.why != Why::None) {
        if (f.why == Why::NoDigits)
            return unexpectedAt(s, 0);
        return f;
    }
    return {};
}

Failure parseInt(std::string_view s, std::int64_t &value)
{
    bool neg = false;
    NumberParts p;
    if (Failure f = scanSigned(s, false, neg, p); f.why != Why::None)
        return f;
    if (p.end != s.size())
        return unexpectedAt(s, p.end);
    for (char c : p.fraction) {
        if (c != '0')
            return {Why::NotWhole};
    }
    if (p.wholeDigits == 0)
        return {Why::NotWhole};
    const auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (p.overflow || p.whole > max + (neg ? 1 : 0))
        return {Why::Overflow};
    if (neg)
        value = p.whole == max + 1 ? std::numeric_limits<std::int64_t>::min()
                                   : -static_cast<std::int64_t>(p.whole);
    else
        value = static_cast<std::int64_t>(p.whole);
    return {};
}

Failure parseDouble(std::string_view s, double &value)
{
    bool neg = false;
    NumberParts p;
    if (Failure f = scanSigned(s, true, neg, p); f.why != Why::None)
        return f;
    std::size_t end = p.end;
    std::string_view exponent;
    if (end < s.size() && (s[end] == 'e' || s[end] == 'E')) {
        std::size_t j = end + 1;
        if (j < s.size() && (s[j] == '+' || s[j] == '-'))
            ++j;
        const std::size_t digits = j;
        while (j < s.size() && isDigit(s[j]))
            ++j;
        if (j == digits)
            return unexpectedAt(s, end);
        exponent = s.substr(end, j - end);
        end = j;
    }
    if (end != s.size())
        return unexpectedAt(s, end);
    // Rebuild without separators for from_chars (locale independent).
    char buf[kNormCap + 8];
    std::size_t o = 0;
    for (std::size_t i = 0; i < p.end; ++i) {
        if (s[i] != ',' && s[i] != ' ')
            buf[o++] = s[i];
    }
    if (p.wholeDigits == 0) {
        // ".5": from_chars wants a digit before the point in general form; give it one.
        std::memmove(buf + 1, buf, o);
        buf[0] = '0';
        ++o;
    }
    for (char c : exponent)
        buf[o++] = c;
    double d = 0;
    const auto r = std::from_chars(buf, buf + o, d);
    if (r.ec == std::errc::result_out_of_range) {
        // Underflow (a large negative exponent) is zero; anything else is too large.
        if (exponent.find('-') != std::string_view::npos) {
            value = neg ? -0.0 : 0.0;
            return {};
        }
        return {Why::Overflow};
    }
    if (r.ec != std::errc() || r.ptr != buf + o)
        return unexpectedAt(s, 0);
    value = neg ? -d : d;
    return {};
}

// ---------------------------------------------------------------------------------------------
// Dates

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

Failure checkDate(int y, int m, int d)
{
    if (y < 1)
        return {Why::YearZero};
    if (m < 1 || m > 12)
        return {Why::BadMonth, m};
    if (d < 1 || d > 31)
        return {Why::BadDay, d};
    const int dim = daysInMonth(y, m);
    if (d > dim)
        return {Why::DayOutOfMonth, y, m, dim};
    return {};
}

// Reads 1..maxDigits digits at s[i]; returns the count read (0 if none).
std::size_t readDigits(std::string_view s, std::size_t i, std::size_t maxDigits, int &value)
{
    std::size_t k = 0;
    value = 0;
    while (i + k < s.size() && k < maxDigits && isDigit(s[i + k])) {
        value = value * 10 + (s[i + k] - '0');
        ++k;
    }
    return k;
}

bool matchAt(std::string_view s, std::size_t i, std::string_view what)
{
    return s.size() >= i + what.size() && s.compare(i, what.size(), what) == 0;
}

constexpr std::string_view kNian = "\xE5\xB9\xB4"; // 年
constexpr std::string_view kYue = "\xE6\x9C\x88";  // 月
constexpr std::string_view kRi = "\xE6\x97\xA5";   // 日
constexpr std::string_view kHao = "\xE5\x8F\xB7";  // 号
constexpr std::string_view kHaoT = "\xE8\x99\x9F"; // 號

// After a date: nothing, or a time (" 10:22:01", "T10:22:01.5Z", "+08:00") which is ignored.
Failure checkRest(std::string_view s, std::size_t i)
{
    if (i == s.size())
        return {};
    if ((s[i] == ' ' || s[i] == 'T' || s[i] == 't') && i + 1 < s.size()) {
        std::size_t j = i + 1;
        while (j < s.size() && s[j] == ' ')
            ++j;
        bool ok = j < s.size() && isDigit(s[j]);
        for (std::size_t k = j; ok && k < s.size(); ++k) {
            const char c = s[k];
            ok = isDigit(c) || c == ':' || c == '.' || c == '+' || c == '-' || c == 'Z' || c == 'z'
                || c == ' ';
        }
        if (ok)
            return {};
    }
    Failure f{Why::TrailingText};
    f.text = s.substr(i);
    return f;
}

Failure parseAutoDate(std::string_view s, Day &day)
{
    if (s.empty())
        return {Why::Empty};
    int first = 0;
    const std::size_t n1 = readDigits(s, 0, 9, first);
    if (n1 == 0)
        return {Why::NotADate};
    int y = 0, m = 0, d = 0;
    std::size_t i = n1;
    if (n1 == 8) {
        y = first / 10000;
        m = first / 100 % 100;
        d = first % 100;
    } else if (n1 == 4) {
        y = first;
        if (i >= s.size())
            return {Why::NotADate};
        const char sep = s[i];
        const bool chinese = matchAt(s, i, kNian);
        if (!chinese && sep != '-' && sep != '/' && sep != '.')
            return {Why::NotADate};
        i += chinese ? kNian.size() : 1;
        while (chinese && i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t nm = readDigits(s, i, 2, m);
        if (nm == 0)
            return {Why::NotADate};
        i += nm;
        if (i < s.size() && isDigit(s[i])) // a three-digit month
            return {Why::BadMonth, m * 10 + (s[i] - '0')};
        if (chinese) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            if (!matchAt(s, i, kYue))
                return {Why::NotADate};
            i += kYue.size();
            while (i < s.size() && s[i] == ' ')
                ++i;
        } else {
            if (i >= s.size() || s[i] != sep)
                return {Why::NotADate};
            ++i;
        }
        const std::size_t nd = readDigits(s, i, 2, d);
        if (nd == 0)
            return {Why::NotADate};
        i += nd;
        if (i < s.size() && isDigit(s[i]))
            return {Why::BadDay, d * 10 + (s[i] - '0')};
        if (chinese) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            if (matchAt(s, i, kRi))
                i += kRi.size();
            else if (matchAt(s, i, kHao))
                i += kHao.size();
            else if (matchAt(s, i, kHaoT))
                i += kHaoT.size();
        }
    } else if (n1 <= 2 && n1 < s.size() && (s[n1] == '/' || s[n1] == '-' || s[n1] == '.')) {
        // D/M/YYYY or M/D/YYYY: ambiguous without a format.
        std::size_t k = s.size();
        while (k > 0 && isDigit(s[k - 1]))
            --k;
        if (s.size() - k == 4)
            return {Why::YearLast};
        return {Why::NotADate};
    } else if (n1 == 6 && n1 == s.size()) {
        return {Why::Ambiguous6};
    } else if (n1 == 5 && n1 == s.size() && first >= 10000 && first <= 80000) {
        return {Why::SerialNumber};
    } else {
        return {Why::NotADate};
    }
    if (Failure f = checkDate(y, m, d); f.why != Why::None)
        return f;
    if (Failure f = checkRest(s, i); f.why != Why::None)
        return f;
    day = dayFromCivil(y, m, d);
    return {};
}

enum class Tok { Literal, Y4, Y2, M2, M1, D2, D1 };

Failure parseFormattedDate(std::string_view s, std::string_view format, Day &day)
{
    if (s.empty())
        return {Why::Empty};
    Normalized nf;
    normalize(format, nf);
    const std::string_view fmt = nf.text;
    Failure mismatch{Why::FormatMismatch};
    mismatch.text = format;
    Failure incomplete{Why::FormatIncomplete};
    incomplete.text = format;

    // Tokenise the format.
    struct Item { Tok tok; std::string_view literal; };
    Item items[32];
    std::size_t count = 0;
    bool hasY = false, hasM = false, hasD = false;
    for (std::size_t i = 0; i < fmt.size();) {
        if (count == 32)
            return incomplete;
        const char c = fmt[i];
        const char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
        std::size_t run = 0;
        while (i + run < fmt.size()
               && (fmt[i + run] == c || fmt[i + run] == (c ^ 0x20)) && (u == 'Y' || u == 'M' || u == 'D'))
            ++run;
        if (u == 'Y' && (run == 4 || run == 2)) {
            items[count++] = {run == 4 ? Tok::Y4 : Tok::Y2, {}};
            hasY = true;
            i += run;
        } else if (u == 'M' && (run == 1 || run == 2)) {
            items[count++] = {run == 2 ? Tok::M2 : Tok::M1, {}};
            hasM = true;
            i += run;
        } else if (u == 'D' && (run == 1 || run == 2)) {
            items[count++] = {run == 2 ? Tok::D2 : Tok::D1, {}};
            hasD = true;
            i += run;
        } else if (u == 'Y' || u == 'M' || u == 'D') {
            return incomplete;
        } else {
            const std::string_view ch = firstChar(fmt.substr(i));
            if (count > 0 && items[count - 1].tok == Tok::Literal) {
                auto &lit = items[count - 1].literal;
                lit = std::string_view(lit.data(), lit.size() + ch.size());
            } else {
                items[count++] = {Tok::Literal, ch};
            }
            i += ch.size();
        }
    }
    if (!hasY || !hasM || !hasD)
        return incomplete;

    int y = -1, m = -1, d = -1;
    std::size_t i = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const Item &it = items[k];
        if (it.tok == Tok::Literal) {
            if (!matchAt(s, i, it.literal))
                return mismatch;
            i += it.literal.size();
            continue;
        }
        const bool nextNumeric = k + 1 < count && items[k + 1].tok != Tok::Literal;
        std::size_t minDigits = 1, maxDigits = 2;
        switch (it.tok) {
        case Tok::Y4: minDigits = maxDigits = 4; break;
        case Tok::Y2: minDigits = maxDigits = 2; break;
        case Tok::M2: case Tok::D2: minDigits = nextNumeric ? 2 : 1; break;
        case Tok::M1: case Tok::D1: maxDigits = nextNumeric ? 1 : 2; break;
        case Tok::Literal: break;
        }
        int v = 0;
        const std::size_t got = readDigits(s, i, maxDigits, v);
        if (got < minDigits)
            return mismatch;
        i += got;
        switch (it.tok) {
        case Tok::Y4: y = v; break;
        case Tok::Y2: y = v < 70 ? 2000 + v : 1900 + v; break;
        case Tok::M2: case Tok::M1: m = v; break;
        case Tok::D2: case Tok::D1: d = v; break;
        case Tok::Literal: break;
        }
    }
    if (i < s.size() && isDigit(s[i]))
        return mismatch;
    if (Failure f = checkDate(y, m, d); f.why != Why::None)
        return f;
    if (Failure f = checkRest(s, i); f.why != Why::None)
        return f;
    day = dayFromCivil(y, m, d);
    return {};
}

Failure parseMonthOnly(std::string_view s, Day &day, bool &matched)
{
    matched = false;
    int first = 0;
    const std::size_t n1 = readDigits(s, 0, 7, first);
    int y = 0, m = 0;
    if (n1 == 6 && s.size() == 6) {
        y = first / 100;
        m = first % 100;
    } else if (n1 == 4 && s.size() > 4) {
        y = first;
        std::size_t i = 4;
        const bool chinese = matchAt(s, i, kNian);
        if (!chinese && s[i] != '-' && s[i] != '/' && s[i] != '.')
            return {};
        i += chinese ? kNian.size() : 1;
        while (chinese && i < s.size() && s[i] == ' ')
            ++i;
        const std::size_t nm = readDigits(s, i, 3, m);
        if (nm == 0 || nm == 3)
            return {};
        i += nm;
        if (chinese) {
            while (i < s.size() && s[i] == ' ')
                ++i;
            if (!matchAt(s, i, kYue))
                return {};
            i += kYue.size();
        }
        if (i != s.size())
            return {};
    } else {
        return {};
    }
    matched = true;
    if (y < 1)
        return {Why::YearZero};
    if (m < 1 || m > 12)
        return {Why::BadMonth, m};
    day = dayFromCivil(y, m, 1);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------------

std::string_view trimmed(std::string_view text)
{
    std::size_t b = 0, e = text.size();
    for (;;) {
        if (b < e && isAsciiSpace(text[b])) {
            ++b;
        } else if (e - b >= 3 && text.compare(b, 3, "\xE3\x80\x80") == 0) {
            b += 3;
        } else if (e - b >= 2 && text.compare(b, 2, "\xC2\xA0") == 0) {
            b += 2;
        } else {
            break;
        }
    }
    for (;;) {
        if (e > b && isAsciiSpace(text[e - 1])) {
            --e;
        } else if (e - b >= 3 && text.compare(e - 3, 3, "\xE3\x80\x80") == 0) {
            e -= 3;
        } else if (e - b >= 2 && text.compare(e - 2, 2, "\xC2\xA0") == 0) {
            e -= 2;
        } else {
            break;
        }
    }
    return text.substr(b, e - b);
}

std::optional<std::int64_t> parseMoneyCents(std::string_view text, QString *reason)
{
    Normalized n;
    normalize(text, n);
    if (n.tooLong)
        return failed<std::int64_t>(reason, {Why::TooLong}, text, kAmount);
    std::int64_t cents = 0;
    const Failure f = parseMoney(n.text, cents);
    if (f.why != Why::None)
        return failed<std::int64_t>(reason, f, text, kAmount);
    return cents;
}

std::optional<std::int64_t> parseInteger(std::string_view text, QString *reason)
{
    Normalized n;
    normalize(text, n);
    if (n.tooLong)
        return failed<std::int64_t>(reason, {Why::TooLong}, text, kInteger);
    std::int64_t v = 0;
    const Failure f = parseInt(n.text, v);
    if (f.why != Why::None)
        return failed<std::int64_t>(reason, f, text, kInteger);
    return v;
}

std::optional<double> parseDecimal(std::string_view text, QString *reason)
{
    Normalized n;
    normalize(text, n);
    if (n.tooLong)
        return failed<double>(reason, {Why::TooLong}, text, kNumber);
    double v = 0;
    const Failure f = parseDouble(n.text, v);
    if (f.why != Why::None)
        return failed<double>(reason, f, text, kNumber);
    return v;
}

Day dayFromCivil(int year, int month, int day)
{
    // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil; in 64 bits
    // so that no input overflows.
    const long long y = static_cast<long long>(year) - (month <= 2 ? 1 : 0);
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;                                   // [0, 399]
    const long long mp = (month + 9) % 12;                                 // March = 0
    const long long doy = (153 * mp + 2) / 5 + day - 1;                    // [0, 365]
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return static_cast<Day>(era * 146097 + doe - 719468);
}

void civilFromDay(Day day, int &year, int &month, int &mday)
{
    const long long z = static_cast<long long>(day) + 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;                                // [0, 146096]
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; // [0, 399]
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);         // [0, 365]
    const long long mp = (5 * doy + 2) / 153;                              // [0, 11]
    mday = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

QString isoDate(Day day)
{
    int y = 0, m = 0, d = 0;
    civilFromDay(day, y, m, d);
    char buf[24];
    char *p = buf;
    if (y < 0) {
        *p++ = '-';
        y = -y;
    }
    if (y < 10000) {
        *p++ = static_cast<char>('0' + y / 1000);
        *p++ = static_cast<char>('0' + y / 100 % 10);
        *p++ = static_cast<char>('0' + y / 10 % 10);
        *p++ = static_cast<char>('0' + y % 10);
    } else {
        p = std::to_chars(p, buf + 12, y).ptr;
    }
    *p++ = '-';
    *p++ = static_cast<char>('0' + m / 10);
    *p++ = static_cast<char>('0' + m % 10);
    *p++ = '-';
    *p++ = static_cast<char>('0' + d / 10);
    *p++ = static_cast<char>('0' + d % 10);
    return QString::fromLatin1(buf, p - buf);
}

std::optional<Day> parseDate(std::string_view text, std::string_view format, QString *reason)
{
    Normalized n;
    normalize(text, n);
    if (n.tooLong)
        return failed<Day>(reason, {Why::TooLong}, text, kDate);
    Day day = 0;
    const Failure f = format.empty() ? parseAutoDate(n.text, day)
                                     : parseFormattedDate(n.text, format, day);
    if (f.why != Why::None)
        return failed<Day>(reason, f, text, kDate);
    return day;
}

std::optional<Day> parseMonth(std::string_view text, QString *reason)
{
    Normalized n;
    normalize(text, n);
    if (n.tooLong)
        return failed<Day>(reason, {Why::TooLong}, text, kMonth);
    if (n.text.empty())
        return failed<Day>(reason, {Why::Empty}, text, kMonth);
    Day day = 0;
    bool matched = false;
    Failure f = parseMonthOnly(n.text, day, matched);
    if (matched) {
        if (f.why != Why::None)
            return failed<Day>(reason, f, text, kMonth);
        return day;
    }
    f = parseAutoDate(n.text, day);
    if (f.why == Why::NotADate || f.why == Why::Ambiguous6 || f.why == Why::SerialNumber)
        f = {Why::NotAMonth};
    if (f.why != Why::None)
        return failed<Day>(reason, f, text, kMonth);
    int y = 0, m = 0, d = 0;
    civilFromDay(day, y, m, d);
    return dayFromCivil(y, m, 1);
}

} // namespace tierwise::ingest
