#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace tierwise::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(TIERWISE_TEST_DATA)).filePath(relative);
}

QString sharedDataPath(const QString &relative)
{
    return QDir::cleanPath(QDir(QStringLiteral(TIERWISE_SHARED_DATA)).filePath(relative));
}

QString cliPath()
{
    return QStringLiteral(TIERWISE_CLI);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.setProgram(cliPath());
    p.setArguments(arguments);
    p.start();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace tierwise::test
