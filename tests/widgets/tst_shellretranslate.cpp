// The shell's own windows follow a language switch while they are open: the workspace overview
// (names, dates in the language's format, the import history with its selection), the jobs panel
// (a job named again, a finished job's outcome), the import wizard (its pages, Qt's own buttons,
// the mapping's choices kept), the rules dialog (its message), the user guide (reloaded, the find
// text and the place kept) and the brief dialog (its language follows the interface until the
// user picks one). Nothing is read from the workspace again for a switch.

#include "brief/briefdialog.h"
#include "i18n/figures.h"
#include "i18n/language.h"
#include "ingest/filekinds.h"
#include "ingest/importer.h"
#include "jobs/job.h"
#include "shell/importcontroller.h"
#include "shell/jobspanel.h"
#include "shell/language.h"
#include "shell/rulesdialog.h"
#include "shell/userguide.h"
#include "shell/workspaceoverview.h"
#include "store/workspace.h"
#include "testutil.h"
#include "wizard/importwizard.h"
#include "wizard/mappingpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace tierwise;
using Figure = WorkspaceOverview::Figure;

namespace {

const QByteArray kTransactions = "customer_id,date,amount,channel,type\n"
                                 "C000001,2024-01-05,1200.00,mobile,deposit\n"
                                 "C000002,2024-03-31,88,online,purchase\n";

// Switches the interface and delivers the LanguageChange events Qt posts to the windows.
void switchTo(const QString &language)
{
    applyLanguage(language, false);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

bool hasHan(const QString &s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

class QuickJob final : public jobs::Job
{
public:
    QString kind() const override { return QStringLiteral("test.quick"); }
    Status run(store::Workspace &, jobs::Progress &progress) override
    {
        progress.report(1, 1, QStringLiteral("working"));
        return {};
    }
};

} // namespace

class TestShellRetranslate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TierwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shellretranslate"));
        QFont font = QApplication::font();
        font.setFamilies({font.family(), QStringLiteral("WenQuanYi Micro Hei")});
        QApplication::setFont(font);
        applyLanguage(QStringLiteral("en"), false);

        m_ws = m_dir.filePath(QStringLiteral("book.tierwise"));
        auto created = store::Workspace::create(m_ws);
        QVERIFY(created);
        jobs::NullProgress progress;
        ingest::ImportOptions options;
        options.reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        auto report = ingest::Importer(**created).run(
            {test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(3)),
             test::writeFile(m_dir, QStringLiteral("transactions.csv"), kTransactions)},
            options, progress);
        QVERIFY(report && report->committed);
    }

    void cleanup() { switchTo(QStringLiteral("en")); }

    void overviewShowsItsFactsAgain()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws);
        WorkspaceOverview overview;
        overview.setWorkspace(ws->get());
        QCOMPARE(overview.importRowCount(), 2);
        QTreeWidget *imports = overview.importList();
        imports->setCurrentItem(imports->topLevelItem(1));
        QCOMPARE(overview.figureText(Figure::AsOf), QStringLiteral("3/31/24"));

        switchTo(QStringLiteral("zh_CN"));
        const QString book = translated("tierwise::WorkspaceOverview", "Customer book");
        QVERIFY(hasHan(book));
        const auto groups = overview.findChildren<QGroupBox *>();
        QVERIFY(std::any_of(groups.begin(), groups.end(), [&](const QGroupBox *g) { return g->title() == book; }));
        QCOMPARE(overview.figureText(Figure::AsOf), figures::date(QDate(2024, 3, 31)));
        QVERIFY(overview.figureText(Figure::AsOf).startsWith(QLatin1String("2024")));
        QCOMPARE(overview.figureText(Figure::Customers), QStringLiteral("3"));
        QCOMPARE(imports->headerItem()->text(0), translated("tierwise::WorkspaceOverview", "File"));
        QCOMPARE(imports->topLevelItem(0)->text(2), translated("tierwise::WorkspaceOverview", "Committed"));
        QCOMPARE(imports->topLevelItem(1)->text(1), ingest::fileKindDisplayName(ingest::FileKind::Customers));
        QVERIFY(hasHan(imports->topLevelItem(1)->text(1)));
        QCOMPARE(imports->currentItem(), imports->topLevelItem(1)); // relabelled in place
        overview.resize(1000, 520);
        overview.grab().save(QStringLiteral("/tmp/shell-overview-zh_CN.png"));

        switchTo(QStringLiteral("en"));
        QCOMPARE(overview.figureText(Figure::AsOf), QStringLiteral("3/31/24"));
        QCOMPARE(imports->topLevelItem(0)->text(2), QStringLiteral("Committed"));
    }

    void jobsPanelNamesJobsAgain()
    {
        JobsPanel panel;
        QSignalSpy finished(&panel, &JobsPanel::jobFinished);
        const int id = panel.start(m_ws, std::make_shared<QuickJob>(),
                                   [] { return QStringLiteral("job in %1").arg(i18n::current()); });
        QVERIFY(finished.wait(10000));
        QCOMPARE(panel.title(id), QStringLiteral("job in en"));
        QVERIFY(panel.statusText(id).startsWith(QLatin1String("Done in")));

        switchTo(QStringLiteral("zh_TW"));
        QCOMPARE(panel.title(id), QStringLiteral("job in zh_TW"));
        QVERIFY(hasHan(panel.statusText(id)));
        QCOMPARE(panel.cancelButton(id)->text(), translated("tierwise::JobsPanel", "Cancel"));
    }

    void wizardKeepsTheMappingAndNamesItAgain()
    {
        ImportController controller;
        ImportWizard wizard(&controller, m_ws);
        wizard.addFiles({test::writeFile(m_dir, QStringLiteral("more-customers.csv"), test::customersCsv(2))});
        wizard.resize(900, 640);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QComboBox *field = wizard.mappingPage()->fieldBox(0);
        QVERIFY(field);
        const QVariant chosen = field->currentData();
        QVERIFY(chosen.toInt() != int(ingest::Field::Ignore));

        switchTo(QStringLiteral("zh_TW"));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), translated("QWizard", "Cancel"));
        QCOMPARE(wizard.button(QWizard::BackButton)->text(), translated("QWizard", "< &Back"));
        QVERIFY(hasHan(wizard.button(QWizard::BackButton)->text()));
        QCOMPARE(wizard.button(QWizard::NextButton)->text(), translated("QWizard", "&Next >"));
        QCOMPARE(wizard.currentPage()->title(), translated("tierwise::MappingPage", "Mapping"));
        QCOMPARE(wizard.mappingPage()->fieldBox(0), field); // relabelled, not rebuilt
        QCOMPARE(field->currentData(), chosen);
        QVERIFY(field->currentText().contains(ingest::fieldDisplayName(static_cast<ingest::Field>(chosen.toInt()))));
        QVERIFY(hasHan(field->currentText()));
        QTest::qWait(20);
        wizard.grab().save(QStringLiteral("/tmp/shell-wizard-mapping-zh_TW.png"));

        switchTo(QStringLiteral("en"));
        QCOMPARE(wizard.button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));
        QCOMPARE(wizard.button(QWizard::FinishButton)->text(), QStringLiteral("&Import"));
    }

    void rulesDialogSaysItsMessageAgain()
    {
        RulesDialog dialog;
        QCOMPARE(dialog.message(), QStringLiteral("The shipped rules."));
        switchTo(QStringLiteral("zh_CN"));
        QCOMPARE(dialog.message(), translated("tierwise::RulesDialog", "The shipped rules."));
        QVERIFY(hasHan(dialog.message()));
        dialog.editor()->setPlainText(QStringLiteral("{"));
        const QString invalid = dialog.message();
        switchTo(QStringLiteral("en"));
        QVERIFY(dialog.message().startsWith(QLatin1String("Not valid: ")));
        QVERIFY(dialog.message() != invalid);
    }

    void userGuideReloadsInPlace()
    {
        QWidget window;
        auto *bar = new QMenuBar(&window);
        QMenu *menu = bar->addMenu(QStringLiteral("&File"));
        menu->addAction(QStringLiteral("&Open"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        UserGuide guide(&window);
        guide.resize(760, 600);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        auto *find = guide.findChild<QLineEdit *>();
        find->setText(QStringLiteral("Ctrl"));
        QScrollBar *scroll = guide.browser()->verticalScrollBar();
        scroll->setValue(scroll->maximum() / 2);
        QVERIFY(scroll->value() > 0);

        switchTo(QStringLiteral("zh_TW"));
        QVERIFY(guide.browser()->toPlainText().contains(translated("tierwise::UserGuide", "Keyboard shortcuts")));
        QVERIFY(hasHan(guide.windowTitle()));
        QCOMPARE(find->text(), QStringLiteral("Ctrl"));
        QVERIFY(scroll->value() > 0); // near the section it showed, not back at the top
        QVERIFY(guide.findNext());
        QTest::qWait(20); // the layouts follow the new texts
        guide.grab().save(QStringLiteral("/tmp/shell-userguide-zh_TW.png"));
    }

    void briefLanguageFollowsTheInterfaceUntilChosen()
    {
        BriefDialog dialog(nullptr, QString(), nullptr, true);
        QCOMPARE(dialog.language(), QStringLiteral("en"));
        switchTo(QStringLiteral("zh_CN"));
        QCOMPARE(dialog.language(), QStringLiteral("zh_CN"));
        QVERIFY(hasHan(dialog.windowTitle()));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
        switchTo(QStringLiteral("zh_TW"));
        QCOMPARE(dialog.language(), QStringLiteral("en")); // the user's choice stays
    }
};

QTEST_MAIN(TestShellRetranslate)
#include "tst_shellretranslate.moc"
