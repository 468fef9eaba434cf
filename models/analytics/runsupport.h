#pragma once

// Internal to the analytics engine: what the runs (segmentation, lifetime value) share — a step
// of a longer job's progress, rule files read with their defaults, and CSV output written
// atomically.

#include "jobs/progress.h"
#include "result.h"

#include <QSaveFile>
#include <QString>

#include <cmath>
#include <string>
#include <string_view>

namespace tierwise::analytics {

// A step of a longer job: maps its 0…total onto [from, to] of the whole, in per mille.
class StepProgress final : public jobs::Progress
{
public:
    StepProgress(jobs::Progress &outer, int from, int to) : m_outer(outer), m_from(from), m_to(to) {}
    bool report(qint64 done, qint64 total, const QString &text) override;

private:
    jobs::Progress &m_outer;
    int m_from;
    int m_to;
};

// The whole file, or an error naming it.
Result<QByteArray> readRulesFile(const QString &path);

// Rules from a JSON file, or Rules::defaults() when the path is empty. Errors name the file.
template<typename Rules>
Result<Rules> loadRules(const QString &path)
{
    if (path.isEmpty())
        return Rules::defaults();
    Result<QByteArray> bytes = readRulesFile(path);
    if (!bytes)
        return bytes.error();
    Result<Rules> rules = Rules::fromJsonBytes(*bytes);
    if (!rules) {
        Error e = rules.error();
        e.file = path;
        return e;
    }
    return rules;
}

// A number with fixed decimals, or "" if not finite.
std::string csvNumber(double v, int decimals = 2);

// A CSV file (UTF-8, RFC 4180 quoting) written through QSaveFile: nothing replaces the old file
// unless commit() succeeds.
class CsvWriter
{
public:
    explicit CsvWriter(const QString &path);
    Status open();
    // Adds a field to the current row (quoted if needed).
    CsvWriter &field(std::string_view text);
    CsvWriter &field(const QString &text) { return field(std::string_view(text.toStdString())); }
    CsvWriter &number(double v, int decimals = 2) { return raw(csvNumber(v, decimals)); }
    CsvWriter &raw(std::string_view text); // a field known not to need quotes
    void endRow();
    Status commit();

private:
    void flushIfLarge();

    QString m_path;
    QSaveFile m_file;
    std::string m_buffer;
    bool m_rowStarted = false;
};

} // namespace tierwise::analytics
