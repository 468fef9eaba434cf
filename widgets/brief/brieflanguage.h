#pragma once

// Prints a brief in a language other than the user interface's: while a BriefLanguage lives, every
// tr() (the brief's own strings and the engine's segment, warning and segmentation names) answers
// in that language — the catalogue built into the binary (:/i18n/tierwise_<lang>.qm), else the
// English source text, never another installed catalogue's. Construct and destroy it on the
// thread of the QCoreApplication (installing a translator notifies the application); keep its
// life short (the rendering), since other threads' tr() calls see it too. The windows are not told
// (no LanguageChange): they keep the interface's language.

#include <QString>

#include <memory>

class QObject;
class QTranslator;

namespace tierwise {

class BriefLanguage
{
public:
    // language: "en", "zh_CN" or "zh_TW" (anything else counts as "en").
    explicit BriefLanguage(const QString &language);
    ~BriefLanguage();
    BriefLanguage(const BriefLanguage &) = delete;
    BriefLanguage &operator=(const BriefLanguage &) = delete;

    // Whether the language's catalogue was found (English needs none and is always true).
    bool hasCatalogue() const { return m_found; }

private:
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<QObject> m_quiet; // keeps the windows from retranslating for the brief
    bool m_found = false;
};

} // namespace tierwise
