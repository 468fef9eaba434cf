#pragma once

// Shared helpers for the Qt Test suites.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <cmath>

namespace tierwise::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);
// Absolute path of a file under ../shared/data (reference data, never copied into the repo).
QString sharedDataPath(const QString &relative);
// Path of the built tierwise-cli.
QString cliPath();

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);
QByteArray readFile(const QString &path);

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs tierwise-cli with the arguments and waits (up to timeoutMs).
CliRun runCli(const QStringList &arguments, int timeoutMs = 120000);

// Relative/absolute tolerance comparison for statistics.
inline bool fuzzyEqual(double a, double b, double relTol = 1e-6, double absTol = 1e-9)
{
    return std::fabs(a - b) <= absTol + relTol * std::fmax(std::fabs(a), std::fabs(b));
}

} // namespace tierwise::test

#define TW_COMPARE_FUZZY(actual, expected, relTol)                                                \
    do {                                                                                          \
        const double tw_a = (actual), tw_e = (expected);                                          \
        if (!::tierwise::test::fuzzyEqual(tw_a, tw_e, (relTol)))                                  \
            QFAIL(qPrintable(QStringLiteral("%1 = %2, expected %3 (rel. tolerance %4)")           \
                                 .arg(QStringLiteral(#actual)).arg(tw_a, 0, 'g', 12)              \
                                 .arg(tw_e, 0, 'g', 12).arg(relTol)));                            \
    } while (false)
