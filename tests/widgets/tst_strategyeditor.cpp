// The strategy editor: templates, edits with undo and redo through the window's Edit menu,
// several tiers at once ("mixed"), suitability and pricing checks as you type, saved versions
// compared in the history, branch overrides and the KPI actual from an evaluated campaign.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "editors/strategyeditor.h"
#include "jobs/progress.h"
#include "planning/campaign.h"
#include "i18n/language.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/rulesdialog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tierwise;
using planning::Field;

class TestStrategyEditor : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    bool openAndLoad(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        if (!window.openWorkspace(m_ws))
            return false;
        if (!loaded.wait(60000) || !window.book())
            return false;
        StrategyEditor *editor = window.strategyEditor();
        window.views()->setCurrentWidget(editor);
        return QTest::qWaitFor([editor] { return editor->isContextReady(); }, 20000);
    }

    static void choose(StrategyEditor *editor, const QStringList &tiers)
    {
        QListWidget *list = editor->segmentList();
        list->clearSelection();
        for (int i = 0; i < list->count(); ++i)
            if (tiers.contains(list->item(i)->data(Qt::UserRole + 2).toString()))
                list->item(i)->setSelected(true);
    }

    static QString objective(StrategyEditor *editor, const QString &tier, const QString &branch = QString())
    {
        return editor->document()->draft({QStringLiteral("segment.tiers/") + tier, branch}).objective;
    }

    static QAction *undoAction(MainWindow &window)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                return a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString why;
        m_ws = test::analysedBook(m_dir, 2000, 41, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void templateAndEditsAreUndoable()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        StrategyEditor *editor = window.strategyEditor();
        QCOMPARE(editor->segmentationBox()->currentData().toString(), QStringLiteral("segment.tiers"));
        choose(editor, {QStringLiteral("affluent")});
        QCOMPARE(editor->currentTargets().size(), 1);
        editor->applyTemplate(QStringLiteral("affluent"));
        QVERIFY(objective(editor, QStringLiteral("affluent")).startsWith(QStringLiteral("Grow assets under management")));
        auto *text = qobject_cast<QPlainTextEdit *>(editor->fieldWidget(Field::Objective));
        QCOMPARE(text->toPlainText(), objective(editor, QStringLiteral("affluent")));
        QVERIFY(!static_cast<QListWidget *>(editor->fieldWidget(Field::Products))->findItems(QStringLiteral("CC0"), Qt::MatchStartsWith).isEmpty());

        // Typing is one undo step.
        QUndoStack *undo = editor->document()->undoStack();
        const int before = undo->index();
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Now."));
        QVERIFY(objective(editor, QStringLiteral("affluent")).endsWith(QStringLiteral(" Now.")));
        QCOMPARE(undo->index(), before + 1);
        QAction *undoMenu = undoAction(window);
        QVERIFY(undoMenu && undoMenu->isEnabled());
        undoMenu->trigger();
        QVERIFY(!objective(editor, QStringLiteral("affluent")).endsWith(QStringLiteral(" Now.")));
        QCOMPARE(text->toPlainText(), objective(editor, QStringLiteral("affluent")));
        undoMenu->trigger(); // the template
        QCOMPARE(objective(editor, QStringLiteral("affluent")), QString());
        undo->redo();
        undo->redo();
        QVERIFY(objective(editor, QStringLiteral("affluent")).endsWith(QStringLiteral(" Now.")));
    }

    // Settings ▸ Language while editing: the unsaved edit, the chosen tier and the undo history
    // stay; the template menu offers the templates in the new language.
    void languageSwitchKeepsEditsAndUndo()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        StrategyEditor *editor = window.strategyEditor();
        choose(editor, {QStringLiteral("affluent")});
        editor->applyTemplate(QStringLiteral("affluent"));
        auto *text = qobject_cast<QPlainTextEdit *>(editor->fieldWidget(Field::Objective));
        text->setFocus();
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" Now."));
        const QString edited = objective(editor, QStringLiteral("affluent"));
        QVERIFY(edited.endsWith(QStringLiteral(" Now.")));
        QUndoStack *undo = editor->document()->undoStack();
        const int index = undo->index(), count = undo->count();

        applyLanguage(QStringLiteral("zh_TW"), false);
        QTest::qWait(200); // the LanguageChange events
        QCOMPARE(editor->currentTargets().size(), 1);
        QCOMPARE(editor->currentTargets().front().first, QStringLiteral("segment.tiers/affluent"));
        QCOMPARE(objective(editor, QStringLiteral("affluent")), edited);
        QCOMPARE(text->toPlainText(), edited);
        QVERIFY(editor->document()->isDirty({QStringLiteral("segment.tiers/affluent"), QString()}));
        QCOMPARE(undo->index(), index);
        QCOMPARE(undo->count(), count);
        QVERIFY(!undo->undoText().isEmpty());

        // The template menu, as it opens: the Traditional Chinese templates.
        auto templatesZhTw = planning::strategyTemplates(QStringLiteral("zh_TW"));
        QVERIFY(templatesZhTw.ok() && !templatesZhTw->empty());
        auto *button = editor->findChild<QToolButton *>();
        QVERIFY(button && button->menu());
        emit button->menu()->aboutToShow();
        const QList<QAction *> actions = button->menu()->actions();
        QCOMPARE(actions.size(), qsizetype(templatesZhTw->size()));
        for (std::size_t i = 0; i < templatesZhTw->size(); ++i)
            QVERIFY2(actions.at(qsizetype(i))->text().startsWith((*templatesZhTw)[i].name), qPrintable(actions.at(qsizetype(i))->text()));

        // Undo and redo still work after the switch.
        undo->undo();
        QVERIFY(!objective(editor, QStringLiteral("affluent")).endsWith(QStringLiteral(" Now.")));
        QCOMPARE(text->toPlainText(), objective(editor, QStringLiteral("affluent")));
        undo->redo();
        QCOMPARE(objective(editor, QStringLiteral("affluent")), edited);
        applyLanguage(QStringLiteral("en"), false);
        QTest::qWait(100);
        QCOMPARE(i18n::current(), QStringLiteral("en"));
    }

    void severalTiersAtOnce()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        StrategyEditor *editor = window.strategyEditor();
        choose(editor, {QStringLiteral("mass")});
        editor->applyTemplate(QStringLiteral("mass"));
        choose(editor, {QStringLiteral("affluent"), QStringLiteral("mass")});
        QCOMPARE(editor->currentTargets().size(), 2);
        QVERIFY(editor->fieldLabelWidget(Field::Objective)->text().contains(QStringLiteral("mixed")));
        QVERIFY(qobject_cast<QPlainTextEdit *>(editor->fieldWidget(Field::Objective))->toPlainText().isEmpty());
        QVERIFY(!editor->fieldLabelWidget(Field::LoanDiscountBp)->text().contains(QStringLiteral("mixed"))); // 0 and 0
        // A shared field set once sets it on both; undo takes both back.
        auto *premium = qobject_cast<QSpinBox *>(editor->fieldWidget(Field::DepositPremiumBp));
        premium->setValue(35);
        const auto draft = [editor](const char *tier) {
            return editor->document()->draft({QStringLiteral("segment.tiers/") + QLatin1String(tier), QString()});
        };
        QCOMPARE(draft("affluent").depositPremiumBp, 35);
        QCOMPARE(draft("mass").depositPremiumBp, 35);
        QVERIFY(!editor->fieldLabelWidget(Field::DepositPremiumBp)->text().contains(QStringLiteral("mixed")));
        // Ticking a channel adds it to each and keeps their other channels.
        auto *channels = qobject_cast<QListWidget *>(editor->fieldWidget(Field::Channels));
        QListWidgetItem *email = channels->findItems(QStringLiteral("E-mail"), Qt::MatchExactly).value(0);
        QVERIFY(email);
        QCOMPARE(email->checkState(), Qt::Unchecked);
        email->setCheckState(Qt::Checked);
        QVERIFY(draft("affluent").channels.contains(QStringLiteral("email")));
        QVERIFY(draft("mass").channels.contains(QStringLiteral("sms"))); // kept
        editor->document()->undoStack()->undo();
        editor->document()->undoStack()->undo();
        QCOMPARE(draft("affluent").depositPremiumBp, 0);
        QCOMPARE(draft("mass").depositPremiumBp, 0);
        QVERIFY(!draft("mass").channels.contains(QStringLiteral("email")));
    }

    void checksAsYouType()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        StrategyEditor *editor = window.strategyEditor();
        choose(editor, {QStringLiteral("potential")});
        QVERIFY(editor->issueMessages().isEmpty());
        // The segment's typical tolerance, independently: the lower median of its risk levels.
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        std::vector<int> levels;
        store::Statement st((*ws)->handle(), "SELECT c.risk_level FROM assignments a JOIN customers c USING (customer_id) "
                                             "JOIN runs r USING (run_id) WHERE r.kind = 'segment.tiers' "
                                             "AND a.segment = 'potential' AND c.risk_level IS NOT NULL ORDER BY 1");
        while (st.step())
            levels.push_back(int(st.int64(0)));
        QVERIFY(!levels.empty());
        const int tolerance = levels[(levels.size() - 1) / 2];
        QVERIFY(tolerance < 5);
        // Tick the riskiest fund: flagged with its level and the tolerance.
        auto *products = qobject_cast<QListWidget *>(editor->fieldWidget(Field::Products));
        QListWidgetItem *risky = products->findItems(QStringLiteral("FD05"), Qt::MatchStartsWith).value(0);
        QVERIFY(risky);
        risky->setCheckState(Qt::Checked);
        QStringList issues = editor->issueMessages();
        QCOMPARE(issues.size(), 1);
        QVERIFY2(issues.front().contains(QStringLiteral("R5")) && issues.front().contains(QStringLiteral("C%1").arg(tolerance)),
                 qPrintable(issues.front()));
        QVERIFY(!risky->icon().isNull());
        // A concession beyond the limit (50 bp by default).
        qobject_cast<QSpinBox *>(editor->fieldWidget(Field::DepositPremiumBp))->setValue(80);
        issues = editor->issueMessages();
        QCOMPARE(issues.size(), 2);
        QVERIFY(issues.last().contains(QStringLiteral("80 bp")));
        // Raised in Settings ▸ Rules, the limit no longer flags it once the dialog closes.
        QVERIFY(RulesDialog::save(RulesDialog::RuleSet::Pricing, R"({"max_deposit_premium_bp": 100})").ok());
        window.findChild<QAction *>(QStringLiteral("rulesAction"))->trigger();
        auto *rules = window.findChild<RulesDialog *>();
        QVERIFY(rules);
        rules->reject();
        QCOMPARE(editor->issueMessages().size(), 1);
        RulesDialog::restoreDefaults(RulesDialog::RuleSet::Pricing);
    }

    // Closing with unsaved strategies asks; yes saves them, no drops them.
    void closingAsksToSaveStrategies()
    {
        for (const bool save : {true, false}) {
            MainWindow window;
            QStringList asked;
            window.setQuestionHandler([&asked, save](const QString &, const QString &text, std::function<void(bool)> reply) {
                asked << text;
                reply(save);
            });
            window.show();
            QVERIFY(openAndLoad(window));
            StrategyEditor *editor = window.strategyEditor();
            choose(editor, {QStringLiteral("potential")});
            qobject_cast<QSpinBox *>(editor->fieldWidget(Field::LoanDiscountBp))->setValue(save ? 11 : 12);
            window.close();
            QCOMPARE(asked.size(), 1);
            QVERIFY(asked.front().contains(QStringLiteral("1 strategy")));
            QTRY_VERIFY(!window.isVisible());
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            auto history = planning::strategyHistory((*ws)->handle(), QStringLiteral("segment.tiers/potential"), QString());
            QVERIFY(history.ok());
            QCOMPARE(history->size(), std::size_t(1)); // saved the first time only
            QCOMPARE(history->front().loanDiscountBp, 11);
        }
    }

    void versionsOverridesAndActuals()
    {
        // An evaluated campaign for the affluent tier, for the KPI view.
        {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            jobs::NullProgress progress;
            auto book = analytics::loadBookView((*ws)->handle(), progress);
            QVERIFY(book.ok());
            auto facts = planning::loadCampaignFacts((*ws)->handle(), *book, progress);
            QVERIFY(facts.ok());
            planning::AudienceSpec spec;
            spec.segmentation = QStringLiteral("segment.tiers");
            spec.segments = {QStringLiteral("affluent")};
            auto audience = planning::resolveAudience(*book, *facts, spec);
            QVERIFY(audience.ok() && audience->size() > 10);
            planning::CampaignPlan plan;
            plan.name = QStringLiteral("Spring review");
            plan.audience = spec;
            plan.strategyKey = QStringLiteral("segment.tiers/affluent");
            QVERIFY(planning::saveCampaign((*ws)->handle(), plan, *book, *audience).ok());
            QString csv = QStringLiteral("customer_id,responded\n");
            store::Statement members((*ws)->handle(), "SELECT customer_id FROM campaign_members WHERE campaign_id = ?1");
            members.bind(1, plan.campaignId);
            for (int i = 0; members.step(); ++i)
                csv += members.text(0) + (i % 4 == 0 ? QStringLiteral(",1\n") : QStringLiteral(",0\n"));
            QVERIFY(planning::importResponses((*ws)->handle(), plan.campaignId, test::writeFile(m_dir, QStringLiteral("r.csv"), csv.toUtf8())).ok());
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        StrategyEditor *editor = window.strategyEditor();
        choose(editor, {QStringLiteral("affluent")});
        QVERIFY2(editor->actualLabel()->text().contains(QStringLiteral("converted in \"Spring review\"")),
                 qPrintable(editor->actualLabel()->text()));

        // Two saved versions, then the history compares them.
        editor->applyTemplate(QStringLiteral("affluent"));
        QVERIFY(editor->saveAll().ok());
        qobject_cast<QSpinBox *>(editor->fieldWidget(Field::LoanDiscountBp))->setValue(45);
        qobject_cast<QDoubleSpinBox *>(editor->fieldWidget(Field::ConversionTarget))->setValue(15);
        QVERIFY(editor->saveAll().ok());
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        auto history = planning::strategyHistory((*ws)->handle(), QStringLiteral("segment.tiers/affluent"), QString());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->front().loanDiscountBp, 45);
        QCOMPARE(history->front().conversionTarget, 0.15);
        editor->showHistory();
        auto *dialog = editor->findChild<QDialog *>(QStringLiteral("StrategyHistory"));
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        int bold = 0;
        for (int r = 0; r < table->rowCount(); ++r)
            bold += table->item(r, 0)->font().bold() ? 1 : 0;
        QCOMPARE(bold, 2); // the loan discount and the conversion target
        dialog->close();

        // A branch override: what it changes from the bank-wide strategy is named.
        const QString branch = QString::fromStdString(window.book()->branches.front());
        editor->branchBox()->setCurrentIndex(editor->branchBox()->findData(branch));
        QVERIFY(editor->overrideNote()->isVisible());
        editor->applyTemplate(QStringLiteral("affluent"));
        auto *cadence = qobject_cast<QComboBox *>(editor->fieldWidget(Field::Cadence));
        cadence->setCurrentIndex(cadence->findData(QStringLiteral("weekly")));
        QVERIFY2(editor->overrideNote()->text().contains(planning::fieldLabel(Field::Cadence)), qPrintable(editor->overrideNote()->text()));
        QVERIFY(editor->fieldLabelWidget(Field::Cadence)->font().bold());
        QVERIFY(editor->saveAll().ok());
        auto latest = planning::latestStrategies((*ws)->handle());
        QVERIFY(latest.ok());
        const auto override = std::find_if(latest->begin(), latest->end(), [&](const planning::Strategy &s) {
            return s.segmentKey == QLatin1String("segment.tiers/affluent") && s.branchId == branch;
        });
        QVERIFY(override != latest->end());
        QCOMPARE(override->cadence, QStringLiteral("weekly"));
        QCOMPARE(override->version, 1);
    }
};

QTEST_MAIN(TestStrategyEditor)
#include "tst_strategyeditor.moc"
