// Settings ▸ Rules: the rule sets as JSON with the engine's checks; a mistake names its key and
// saves nothing; saved rules are what the analyses read; defaults come back on request.

#include "analytics/warnings.h"
#include "shell/rulesdialog.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace tierwise;
using Set = RulesDialog::RuleSet;

class TestRulesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (int i = 0; i < int(Set::Count_); ++i)
            RulesDialog::restoreDefaults(Set(i));
    }

    void defaultsShownUntilSaved()
    {
        QVERIFY(RulesDialog::rulesFile(Set::Warnings).isEmpty());
        auto shown = analytics::WarningRules::fromJsonBytes(RulesDialog::currentJson(Set::Warnings));
        QVERIFY(shown.ok());
        QVERIFY(*shown == analytics::WarningRules::defaults());
    }

    void mistakeNamesTheKeyAndSavesNothing()
    {
        RulesDialog dialog;
        dialog.choose(Set::Warnings);
        dialog.editor()->setPlainText(QStringLiteral(R"({"dormancy_days": "soon"})"));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.message().contains(QStringLiteral("dormancy_days")), qPrintable(dialog.message()));
        QVERIFY(!dialog.apply());
        QVERIFY(RulesDialog::rulesFile(Set::Warnings).isEmpty());
    }

    void savedRulesAreUsedThenRestored()
    {
        RulesDialog dialog;
        dialog.choose(Set::Warnings);
        dialog.editor()->setPlainText(QStringLiteral(R"({"dormancy_days": 90})"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QVERIFY(dialog.apply());
        const QString file = RulesDialog::rulesFile(Set::Warnings);
        QVERIFY(!file.isEmpty());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto saved = analytics::WarningRules::fromJsonBytes(f.readAll());
        QVERIFY(saved.ok());
        QCOMPARE(saved->dormancyDays, 90);
        RulesDialog::restoreDefaults(Set::Warnings);
        QVERIFY(RulesDialog::rulesFile(Set::Warnings).isEmpty());
    }
};

QTEST_MAIN(TestRulesDialog)
#include "tst_rulesdialog.moc"
