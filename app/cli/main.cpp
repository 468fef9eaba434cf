#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// QtGui wants a private runtime directory; without one it picks the same place as below, but
// with a warning on stderr that would only confuse a command-line user.
void ensureRuntimeDirectory()
{
#ifdef Q_OS_UNIX
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(dir)
        && QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
#endif
}

} // namespace

int main(int argc, char **argv)
{
    // The brief (and the demo, which ends with one) paints with QtGui: fonts and QPdfWriter. The
    // command line never shows a window, so it uses the offscreen platform unless told otherwise.
    QStringList given;
    for (int i = 0; i < argc; ++i)
        given << QString::fromLocal8Bit(argv[i]);
    const QString command = given.value(tierwise::cli::commandIndex(given));
    const bool gui = command == QLatin1String("brief") || command == QLatin1String("demo");
    if (gui && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui)
        ensureRuntimeDirectory();
    const std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tierwise"));
    QCoreApplication::setApplicationName(QStringLiteral("tierwise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERWISE_VERSION));
    // run() installs the language of the messages (--lang, else the system locale's).
    return tierwise::cli::run(QCoreApplication::arguments());
}
