// Tierwise, the workbench: application set-up and the command line. Everything else lives in
// tierwise_widgets (the window) and tierwise_models (the engine).

#include "screenshots.h"
#include "i18n/language.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QFontDatabase>
#include <QIcon>
#include <QTimer>

namespace {

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

// macOS hands a document opened from Finder or the Dock to the running application as a
// QFileOpenEvent, not as an argument (the bundle's Info.plist declares *.tierwise). Elsewhere the
// desktop passes the path on the command line and this never fires.
class FileOpenFilter : public QObject
{
public:
    explicit FileOpenFilter(tierwise::MainWindow &window) : QObject(&window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window.openWorkspace(static_cast<QFileOpenEvent *>(event)->file());
        return true;
    }

private:
    tierwise::MainWindow &m_window;
};

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
    // The launcher's name without ".desktop" (installer/linux): docks and task bars match the
    // window to it, and Wayland uses it as the app id.
    QApplication::setDesktopFileName(QStringLiteral("io.tierwise.Tierwise"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tierwise.svg")));

    // The language chosen in Settings ▸ Language, else the system locale's (at first start).
    tierwise::setChineseMoneyUnits(tierwise::chineseUnitsPreference, false);
    tierwise::applyLanguage(tierwise::languagePreference, false);
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
    QCommandLineOption lang(QStringLiteral("lang"),
                            QApplication::translate("main", "The language for this session: en, zh_CN or zh_TW (the one "
                                                            "chosen in Settings ▸ Language is kept)."),
                            QStringLiteral("LANG"));
    parser.addOption(lang);
    parser.process(app);
    if (parser.isSet(lang)) {
        if (tierwise::i18n::parseLanguage(parser.value(lang)).isEmpty()) {
            qCritical("%s", qUtf8Printable(QApplication::translate("main", "--lang: unknown language '%1'; use en, zh_CN or zh_TW.")
                                               .arg(parser.value(lang))));
            return 2;
        }
        tierwise::applyLanguage(parser.value(lang), false);
    }

    if (const QByteArray theme = qgetenv("TIERWISE_THEME"); !theme.isEmpty()) // for screenshots, not remembered
        tierwise::applyTheme(tierwise::themeFromName(QString::fromLatin1(theme)), false);
    else if (tierwise::currentTheme() != tierwise::Theme::System)
        tierwise::applyTheme(tierwise::currentTheme(), false);
    tierwise::MainWindow window;
    app.installEventFilter(new FileOpenFilter(window));
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
