#include "analytics/runsupport.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::RunSupport)
};

} // namespace

namespace tierwise::analytics {

bool StepProgress::report(qint64 done, qint64 total, const QString &text)
{
    const double f = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
    return m_outer.report(m_from + qint64(f * (m_to - m_from)), 1000, text);
}

Result<QByteArray> readRulesFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(Tr::tr("Cannot read the rules: %1").arg(f.errorString())).at(path);
    return f.readAll();
}

std::string csvNumber(double v, int decimals)
{
    if (!std::isfinite(v))
        return {};
    return QByteArray::number(v, 'f', decimals).toStdString();
}

CsvWriter::CsvWriter(const QString &path) : m_path(path), m_file(path) {}

Status CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString())).at(m_path);
    return {};
}

CsvWriter &CsvWriter::raw(std::string_view text)
{
    if (m_rowStarted)
        m_buffer += ',';
    m_buffer.append(text.data(), text.size());
    m_rowStarted = true;
    return *this;
}

CsvWriter &CsvWriter::field(std::string_view text)
{
    if (text.find_first_of(",\"\n\r") == std::string_view::npos)
        return raw(text);
    std::string q = "\"";
    for (char c : text) {
        if (c == '"')
            q += '"';
        q += c;
    }
    q += '"';
    return raw(q);
}

void CsvWriter::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    flushIfLarge();
}

void CsvWriter::flushIfLarge()
{
    if (m_buffer.size() > (1u << 20)) {
        m_file.write(m_buffer.data(), qint64(m_buffer.size()));
        m_buffer.clear();
    }
}

Status CsvWriter::commit()
{
    m_file.write(m_buffer.data(), qint64(m_buffer.size()));
    m_buffer.clear();
    if (!m_file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(m_path, m_file.errorString())).at(m_path);
    return {};
}

} // namespace tierwise::analytics
