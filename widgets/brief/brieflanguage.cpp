#include "brief/brieflanguage.h"

#include "brief/briefformat.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTranslator>

namespace tierwise {

namespace {

// The brief's catalogue first, then the source text: a found-nothing answer would let
// QCoreApplication ask the user interface's catalogue next.
class ExclusiveTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString t = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!t.isNull())
            return t;
        return QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

// Keeps the brief's catalogue from looking like a change of the interface's language: Qt tells
// the application when a translator comes or goes, and the application would make every window
// retranslate (twice per brief). The brief's strings are looked up while it renders; the windows
// never need to know.
class QuietLanguageChange final : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        return watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange;
    }
};

} // namespace

BriefLanguage::BriefLanguage(const QString &language)
    : m_translator(std::make_unique<ExclusiveTranslator>()), m_quiet(std::make_unique<QuietLanguageChange>())
{
    QCoreApplication::instance()->installEventFilter(m_quiet.get());
    const QString lang = BriefFormat::languages().contains(language) ? language : QStringLiteral("en");
    // tierwise_en.qm holds the English plural forms ("%n row(s)").
    m_found = m_translator->load(QStringLiteral(":/i18n/tierwise_") + lang + QStringLiteral(".qm")) || lang == QLatin1String("en");
    QCoreApplication::installTranslator(m_translator.get());
}

BriefLanguage::~BriefLanguage()
{
    QCoreApplication::removeTranslator(m_translator.get());
    QCoreApplication::instance()->removeEventFilter(m_quiet.get());
}

} // namespace tierwise
