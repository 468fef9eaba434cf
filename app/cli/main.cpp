#include "cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tierwise"));
    QCoreApplication::setApplicationName(QStringLiteral("tierwise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERWISE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tierwise"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return tierwise::cli::run(QCoreApplication::arguments());
}
