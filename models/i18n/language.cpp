#include "i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace tierwise::i18n {

namespace {

QString zhCN()
{
    return QStringLiteral("zh_CN");
}

QString zhTW()
{
    return QStringLiteral("zh_TW");
}

QString en()
{
    return QStringLiteral("en");
}

// What install() put into the application, and the language it was for. Guarded because
// current() is read by workers (a brief gathered on the thread pool asks for the language).
struct Installed
{
    QMutex mutex;
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> tierwise;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QStringList languages()
{
    return {en(), zhCN(), zhTW()};
}

QString nativeName(const QString &language)
{
    if (language == zhCN())
        return QStringLiteral("简体中文");
    if (language == zhTW())
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString languageForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return en();
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
                             || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao;
    return traditional ? zhTW() : zhCN();
}

QString systemLanguage()
{
    const QLocale system = QLocale::system();
    for (const QString &ui : system.uiLanguages()) {
        const QString language = parseLanguage(ui);
        if (!language.isEmpty())
            return language;
    }
    return languageForLocale(system);
}

QString parseLanguage(const QString &code)
{
    QString c = code.trimmed();
    c.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c.isEmpty())
        return {};
    const QString lower = c.toLower();
    if (lower == QLatin1String("en") || lower.startsWith(QLatin1String("en_")))
        return en();
    if (lower == QLatin1String("zh"))
        return zhCN();
    if (!lower.startsWith(QLatin1String("zh_")))
        return {};
    const QLocale locale(c);
    return locale.language() == QLocale::Chinese ? languageForLocale(locale) : QString();
}

QLocale localeFor(const QString &language, const QLocale &system)
{
    if (language == zhCN() || language == zhTW())
        return languageForLocale(system) == language && system.language() == QLocale::Chinese
                       ? system
                       : (language == zhCN() ? QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China)
                                             : QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript, QLocale::Taiwan));
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool install(const QString &language)
{
    const bool known = languages().contains(language);
    const QString lang = known ? language : en();
    auto app = std::make_unique<QTranslator>();
    // tierwise_en.qm holds the English plural forms ("%n row(s)"), so English loads one too.
    const bool appFound = app->load(QStringLiteral(":/i18n/tierwise_") + lang + QStringLiteral(".qm"));
    auto qt = std::make_unique<QTranslator>();
    const bool qtFound = lang != en()
                         && qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    Installed &state = installed();
    {
        const QMutexLocker lock(&state.mutex);
        state.language = lang;
    }
    remove(state.tierwise);
    remove(state.qt);
    QLocale::setDefault(localeFor(lang));
    if (qtFound) {
        state.qt = std::move(qt);
        QCoreApplication::installTranslator(state.qt.get());
    }
    if (appFound) {
        state.tierwise = std::move(app);
        QCoreApplication::installTranslator(state.tierwise.get());
    }
    return known && (appFound || lang == en());
}

QString current()
{
    Installed &state = installed();
    const QMutexLocker lock(&state.mutex);
    return state.language;
}

bool chinese()
{
    return current().startsWith(QLatin1String("zh"));
}

} // namespace tierwise::i18n
