#pragma once

// Parsing of the values bank extracts contain: amounts, dates, integers. All functions take
// UTF-8 text, trim surrounding whitespace (ASCII and U+3000), accept full-width digits and
// punctuation (０-９ ， ． － （ ）), and on failure return nullopt with a reason in *reason.

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tierwise::ingest {

// Money as integer cents (fen). Accepts "1234", "1,234,567.89", "-12.5", "+3", "(1,234.00)"
// (negative), "1 234.50", currency signs and codes before or after (¥ ￥ $ RMB CNY HK$ NT$ USD
// 元), a trailing "-" (bookkeeping negative). More than 2 decimals is rounded half away from
// zero. Rejects: empty, letters, two decimal points, misplaced separators ("1,23"), overflow.
std::optional<std::int64_t> parseMoneyCents(std::string_view text, QString *reason = nullptr);

// Plain integers (risk levels, counts, basis points): optional sign, full-width digits, no
// separators other than thousands commas.
std::optional<std::int64_t> parseInteger(std::string_view text, QString *reason = nullptr);

// A decimal number (double). Thousands separators and full-width digits accepted.
std::optional<double> parseDecimal(std::string_view text, QString *reason = nullptr);

// A calendar date as days since 1970-01-01 (negative before).
using Day = std::int32_t;

// Converts between Day and year/month/day (proleptic Gregorian).
Day dayFromCivil(int year, int month, int day);
void civilFromDay(Day day, int &year, int &month, int &mday);
// "YYYY-MM-DD".
QString isoDate(Day day);

// Auto-detected date forms: 2024-03-31, 2024/3/31, 2024.3.31, 20240331, 2024年3月31日,
// 2024-03-31 10:22:01 and 2024-03-31T10:22:01 (time ignored). Impossible dates (2024-02-30,
// month 13) are rejected with a reason naming the problem.
//
// With an explicit format: tokens YYYY, YY (00-69 -> 20xx, 70-99 -> 19xx), MM, M, DD, D and
// literal separators, e.g. "YYMMDD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY年M月D日".
std::optional<Day> parseDate(std::string_view text, std::string_view format = {},
                             QString *reason = nullptr);

// A month "2024-03", "2024/3", "202403", "2024年3月", or any full date (its month).
// Returned as the Day of the month's first day.
std::optional<Day> parseMonth(std::string_view text, QString *reason = nullptr);

// Trim ASCII whitespace and U+3000 IDEOGRAPHIC SPACE from both ends.
std::string_view trimmed(std::string_view text);

} // namespace tierwise::ingest
