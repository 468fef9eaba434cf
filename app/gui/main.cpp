// Tierwise, the workbench: application set-up and the command line. Everything else lives in
// tierwise_widgets (the window) and tierwise_models (the engine).

#include "screenshots.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFontDatabase>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

// Loads name_<locale>.qm from dir for the user's UI languages. Chinese locales without a
// catalogue of their own (zh_HK, zh_SG, zh_MO) fall back to the one with the same script.
bool loadTranslation(QTranslator &translator, const QLocale &locale, const QString &name, const QString &dir)
{
    if (translator.load(locale, name, QStringLiteral("_"), dir))
        return true;
    if (locale.language() != QLocale::Chinese)
        return false;
    const QString fallback = locale.script() == QLocale::TraditionalChineseScript
                                     || locale.territory() == QLocale::HongKong
                                     || locale.territory() == QLocale::Macao
                                 ? QStringLiteral("zh_TW")
                                 : QStringLiteral("zh_CN");
    return translator.load(name + QLatin1Char('_') + fallback, dir);
}

// Chinese text needs a font with CJK glyphs. If the UI font has none, name WenQuanYi Micro Hei
// (shipped with the Linux packages) as its fallback rather than leave it to chance.
void ensureCjkFont()
{
    const QString fallbackFamily = QStringLiteral("WenQuanYi Micro Hei");
    QFont font = QApplication::font();
    const QList<QFontDatabase::WritingSystem> systems = QFontDatabase::writingSystems(font.family());
    if (systems.contains(QFontDatabase::SimplifiedChinese) || systems.contains(QFontDatabase::TraditionalChinese))
        return;
    if (!QFontDatabase::families().contains(fallbackFamily))
        return;
    QStringList families = font.families();
    if (families.isEmpty())
        families << font.family();
    families << fallbackFamily;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tierwise"));
    QApplication::setApplicationName(QStringLiteral("Tierwise"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tierwise"));
#ifdef TIERWISE_VERSION
    QApplication::setApplicationVersion(QStringLiteral(TIERWISE_VERSION));
#endif
    QApplication::setDesktopFileName(QStringLiteral("tierwise"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tierwise.svg")));

    const QLocale locale;
    QTranslator qtTranslator;
    if (loadTranslation(qtTranslator, locale, QStringLiteral("qtbase"),
                        QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (loadTranslation(translator, locale, QStringLiteral("tierwise"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    ensureCjkFont();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Segment a retail customer book and estimate customer lifetime value."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file (*.tierwise) to open."),
                                 QStringLiteral("[workspace]"));
    // For documentation and visual checks: render the window to a PNG and quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save the window as FILE and quit."),
                                  QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QStringLiteral("Save every view of the window into DIR and quit."), QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);

    if (const QByteArray theme = qgetenv("TIERWISE_THEME"); !theme.isEmpty()) // for screenshots, not remembered
        tierwise::applyTheme(tierwise::themeFromName(QString::fromLatin1(theme)), false);
    else if (tierwise::currentTheme() != tierwise::Theme::System)
        tierwise::applyTheme(tierwise::currentTheme(), false);
    tierwise::MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openWorkspace(QFileInfo(positional.constFirst()).absoluteFilePath());

    if (parser.isSet(screenshots)) {
        window.resize(1500, 920);
        tierwise::takeScreenshots(window, parser.value(screenshots));
    }
    if (parser.isSet(screenshot)) {
        // Once the book has loaded (or at once without a workspace), grab the window and quit.
        const QString file = parser.value(screenshot);
        window.resize(1400, 860);
        const auto grab = [&window, file] {
            QTimer::singleShot(300, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                QApplication::exit(saved ? 0 : 1);
            });
        };
        if (window.workspace())
            QObject::connect(&window, &tierwise::MainWindow::bookChanged, &window, [grab](const auto &book) {
                if (book)
                    grab();
            });
        else
            grab();
    }
    return app.exec();
}
