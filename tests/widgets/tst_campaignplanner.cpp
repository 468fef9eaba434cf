// The campaign planner on a generated, tiered and valued workspace: the audience the planner
// shows live is the customers SQL counts for the same choices; the control group has the share
// asked for and the same seed holds out the same customers; the audience is exported masked, or
// unmasked only after a confirmation and then audited; imported responses give the rates and lift
// computed here, and a bad response file is refused naming its line, leaving the results as they
// were. The planner is rendered in the light and the dark theme for a look.

#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "charts/chartstyle.h"
#include "editors/campaignaudienceeditor.h"
#include "editors/campaignevaluationview.h"
#include "editors/campaignplanner.h"
#include "i18n/figures.h"
#include "planning/strategy.h"
#include "shell/language.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cmath>
#include <set>

using namespace tierwise;

namespace {

QTreeWidgetItem *itemWithKey(QTreeWidget *tree, const QString &key)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == key)
            return tree->topLevelItem(i);
    return nullptr;
}

QStringList queryList(const QString &path, const QString &sql)
{
    test::SqliteDb db(path);
    QStringList out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.db, sql.toUtf8().constData(), -1, &st, nullptr) != SQLITE_OK)
        return {QStringLiteral("(SQL error)")};
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

qint64 query(const QString &path, const QString &sql)
{
    return test::queryWorkspace(path, sql.toUtf8().constData());
}

} // namespace

class TestCampaignPlanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    qint64 m_tierRun = 0;
    qint64 m_campaign = 0; // saved by saveWritesMembersWithTheControlShare
    QStringList m_errors;
    QStringList m_questions;
    bool m_answer = false;

    QString tierSql(const QString &condition) const
    {
        return QStringLiteral("SELECT count(*) FROM assignments a JOIN customers c USING (customer_id) "
                              "WHERE a.run_id = %1 AND a.segment = 'affluent'%2")
            .arg(m_tierRun)
            .arg(condition);
    }

    bool openAndLoad(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        if (!window.openWorkspace(m_ws))
            return false;
        return loaded.wait(60000) && window.book();
    }

    // Opens the planner on the loaded book with the test's message and question handlers, and
    // waits for the CLV run's facts.
    CampaignPlanner *openPlanner(MainWindow &window)
    {
        if (!openAndLoad(window))
            return nullptr;
        window.analyzeAction(QStringLiteral("campaignAction"))->trigger();
        CampaignPlanner *planner = window.campaignPlanner();
        if (!planner)
            return nullptr;
        m_errors.clear();
        m_questions.clear();
        planner->setErrorHandler([this](const QString &, const QString &text) { m_errors << text; });
        planner->setQuestionHandler([this](const QString &, const QString &text, std::function<void(bool)> answer) {
            m_questions << text;
            answer(m_answer);
        });
        if (!QTest::qWaitFor([planner] { return planner->factsReady(); }, 20000))
            return nullptr;
        return planner;
    }

    static bool chooseAffluent(CampaignPlanner *planner)
    {
        CampaignAudienceEditor *editor = planner->audienceEditor();
        const int tiers = editor->segmentationBox()->findData(QStringLiteral("segment.tiers"));
        if (tiers < 0)
            return false;
        editor->segmentationBox()->setCurrentIndex(tiers);
        QTreeWidgetItem *affluent = itemWithKey(editor->segmentList(), QStringLiteral("affluent"));
        if (!affluent)
            return false;
        affluent->setCheckState(0, Qt::Checked);
        return true;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        applyTheme(Theme::Light, false);
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 3000, 29, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        QVERIFY(analytics::runSegmentation(**ws, analytics::SegmentOptions(), progress).ok());
        QVERIFY(analytics::runClv(**ws, analytics::ClvOptions(), progress).ok());
        m_tierRun = query(m_ws, QStringLiteral("SELECT max(run_id) FROM runs WHERE kind = 'segment.tiers'"));
        QVERIFY(m_tierRun > 0);
        // A bank-wide strategy for the affluent tier, with targets and a budget.
        planning::Strategy s;
        s.segmentKey = QStringLiteral("segment.tiers/affluent");
        s.objective = QStringLiteral("Grow wealth balances");
        s.reachTarget = 0.6;
        s.conversionTarget = 0.05;
        s.aumGrowthTarget = 0.1;
        s.budgetPerCustomer = 20;
        QVERIFY(planning::saveStrategy((*ws)->handle(), s).ok());
        // One for the high-net-worth tier without targets.
        planning::Strategy hnw;
        hnw.segmentKey = QStringLiteral("segment.tiers/hnw");
        hnw.objective = QStringLiteral("Keep them");
        QVERIFY(planning::saveStrategy((*ws)->handle(), hnw).ok());
    }

    void cleanupTestCase()
    {
        applyTheme(Theme::Light, false);
    }

    void emptyStateAndShortcut()
    {
        MainWindow window;
        QAction *action = window.analyzeAction(QStringLiteral("campaignAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        bool inPlan = false;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu() && menu->text() == QStringLiteral("&Plan"))
                inPlan = menu->menu()->actions().contains(action);
        QVERIFY(inPlan);
        action->trigger();
        CampaignPlanner *planner = window.campaignPlanner();
        QVERIFY(planner && planner->isVisible());
        auto *empty = planner->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Open a workspace and run the tiers first")), qPrintable(empty->text()));
        // The planner follows the workspace the window opens.
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!empty->isVisible());
        QVERIFY(planner->windowTitle().contains(QStringLiteral("generated")));
        window.closeWorkspace();
        QVERIFY(empty->isVisible());
        // A closed planner reads nothing for a new book until it is shown again.
        planner->close();
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(loaded.wait(60000));
        QVERIFY(!planner->factsReady());
        QVERIFY(planner->campaigns().empty() && planner->windowTitle() == QStringLiteral("Plan Campaign"));
        window.analyzeAction(QStringLiteral("campaignAction"))->trigger();
        QVERIFY(planner->isVisible() && !empty->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(planner->factsReady(), 20000);
    }

    void audienceFollowsTheChoicesLive()
    {
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        CampaignAudienceEditor *editor = planner->audienceEditor();
        QCOMPARE(editor->segmentationBox()->currentData().toString(), QStringLiteral("segment.tiers"));
        QCOMPARE(qint64(planner->audience().size()), 0);
        QVERIFY(planner->audienceProblem().contains(QStringLiteral("Tick one or more segments")));

        // Tick the affluent tier with the keyboard: Space on the current row.
        QTreeWidget *segments = editor->segmentList();
        QTreeWidgetItem *affluent = itemWithKey(segments, QStringLiteral("affluent"));
        QVERIFY(affluent);
        segments->setFocus();
        segments->setCurrentItem(affluent);
        QSignalSpy changed(planner, &CampaignPlanner::audienceChanged);
        QTest::keyClick(segments, Qt::Key_Space);
        QCOMPARE(affluent->checkState(0), Qt::Checked);
        QVERIFY(!changed.isEmpty());
        const qint64 all = query(m_ws, tierSql(QString()));
        QVERIFY(all > 50);
        QCOMPARE(qint64(planner->audience().size()), all);
        QVERIFY2(planner->audienceText().contains(QLocale().toString(all)), qPrintable(planner->audienceText()));
        QVERIFY(planner->audience().aum > 0);
        QVERIFY(planner->audience().withClv > 0);

        // A branch filter: the branch with the most affluent customers.
        const QStringList byBranch = queryList(m_ws, QStringLiteral("SELECT c.branch_id FROM assignments a JOIN customers c "
                                                                    "USING (customer_id) WHERE a.run_id = %1 AND "
                                                                    "a.segment = 'affluent' GROUP BY 1 ORDER BY count(*) DESC")
                                                         .arg(m_tierRun));
        QVERIFY(byBranch.size() > 1);
        QTreeWidgetItem *branch = itemWithKey(editor->branchList(), byBranch.first());
        QVERIFY(branch);
        branch->setCheckState(0, Qt::Checked);
        const qint64 inBranch = query(m_ws, tierSql(QStringLiteral(" AND c.branch_id = '%1'").arg(byBranch.first())));
        QVERIFY(inBranch > 0 && inBranch < all);
        QCOMPARE(qint64(planner->audience().size()), inBranch);

        // A lifecycle stage (needs the CLV run's facts).
        const qint64 clvRun = query(m_ws, QStringLiteral("SELECT max(run_id) FROM runs WHERE kind = 'clv'"));
        QVERIFY(clvRun > 0);
        const QString stage = queryList(m_ws, QStringLiteral("SELECT s.lifecycle_stage FROM clv_scores s JOIN assignments a "
                                                             "USING (customer_id) WHERE s.run_id = %1 AND a.run_id = %2 "
                                                             "AND a.segment = 'affluent' GROUP BY 1 ORDER BY count(*) DESC")
                                                  .arg(clvRun)
                                                  .arg(m_tierRun))
                                  .value(0);
        QTreeWidgetItem *stageItem = itemWithKey(editor->stageList(), stage);
        QVERIFY2(stageItem, qPrintable(stage));
        QVERIFY(editor->stageList()->isEnabled());
        stageItem->setCheckState(0, Qt::Checked);
        const qint64 inStage = query(m_ws, tierSql(QStringLiteral(" AND c.branch_id = '%1' AND EXISTS (SELECT 1 FROM "
                                                                  "clv_scores s WHERE s.run_id = %2 AND s.customer_id = "
                                                                  "a.customer_id AND s.lifecycle_stage = '%3')")
                                                       .arg(byBranch.first())
                                                       .arg(clvRun)
                                                       .arg(stage)));
        QCOMPARE(qint64(planner->audience().size()), inStage);
        stageItem->setCheckState(0, Qt::Unchecked);
        QCOMPARE(qint64(planner->audience().size()), inBranch);

        // The control group: 20 % of the audience held out.
        planner->controlShareBox()->setValue(20);
        const qint64 control = std::llround(double(inBranch) * 0.2);
        QCOMPARE(planner->controlCount(), control);
        QCOMPARE(planner->treatedCount(), inBranch - control);
        QVERIFY(planner->controlText().contains(QLocale().toString(control)));
        QVERIFY(planner->controlText().contains(QLocale().toString(inBranch - control)));

        // The affluent strategy and its expected outcome: cost = treated × 20, conversions = treated × 0.6 × 0.05.
        QVERIFY2(planner->strategyText().contains(QStringLiteral("Grow wealth balances")), qPrintable(planner->strategyText()));
        const planning::ExpectedOutcome e = planner->expectedOutcome();
        QCOMPARE(e.cost, double(inBranch - control) * 20);
        TW_COMPARE_FUZZY(e.conversions, double(inBranch - control) * 0.6 * 0.05, 1e-12);
        QVERIFY(e.complete);
        QVERIFY2(planner->outcomeText().contains(QLocale().toString(double(inBranch - control) * 20, 'f', 0)),
                 qPrintable(planner->outcomeText()));
        QCOMPARE(planner->budgetBox()->value(), e.cost); // the budget follows the cost until edited

        // Another tier without a strategy says so.
        affluent->setCheckState(0, Qt::Unchecked);
        itemWithKey(segments, QStringLiteral("mass"))->setCheckState(0, Qt::Checked);
        QVERIFY2(planner->strategyText().contains(QStringLiteral("No saved strategy")), qPrintable(planner->strategyText()));
        // One without targets says which are missing.
        itemWithKey(segments, QStringLiteral("mass"))->setCheckState(0, Qt::Unchecked);
        itemWithKey(segments, QStringLiteral("hnw"))->setCheckState(0, Qt::Checked);
        QVERIFY2(planner->strategyText().contains(QStringLiteral("Keep them")), qPrintable(planner->strategyText()));
        QVERIFY2(planner->outcomeText().contains(QStringLiteral("Targets missing: Reach target, Conversion rate target, "
                                                                "AUM growth target")),
                 qPrintable(planner->outcomeText()));
        QVERIFY(!planner->expectedOutcome().complete);
    }

    // Tab walks the form in reading order: the audience, the control group, then the campaign.
    void keyboardOrderFollowsTheForm()
    {
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        CampaignAudienceEditor *editor = planner->audienceEditor();
        QList<QWidget *> expected;
        expected << editor->segmentationBox() << editor->segmentList() << editor->branchList() << editor->nextBestBox()
                 << planner->controlShareBox() << planner->seedBox() << planner->newSeedButton() << planner->nameEdit()
                 << planner->startEdit() << planner->endEdit() << planner->budgetBox() << planner->saveButton();
        QList<QWidget *> seen;
        QWidget *w = editor->segmentationBox();
        for (int i = 0; i < 200 && seen.size() < expected.size(); ++i, w = w->nextInFocusChain())
            if (expected.contains(w) && !seen.contains(w))
                seen << w;
        QCOMPARE(seen, expected);
        for (QWidget *control : expected)
            QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
    }

    // Without a lifetime-value run the filters that need one say so, and the audience has no CLV.
    void filtersNeedingClvSaySo()
    {
        QTemporaryDir dir;
        QString why;
        const QString ws = test::importGeneratedBook(dir, 400, 5, &why);
        QVERIFY2(!ws.isEmpty(), qPrintable(why));
        {
            auto opened = store::Workspace::open(ws);
            QVERIFY(opened.ok());
            jobs::NullProgress progress;
            QVERIFY(analytics::runSegmentation(**opened, analytics::SegmentOptions(), progress).ok());
        }
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(loaded.wait(60000));
        window.showCampaignPlanner();
        CampaignPlanner *planner = window.campaignPlanner();
        QVERIFY(planner->factsReady());
        CampaignAudienceEditor *editor = planner->audienceEditor();
        auto *note = editor->findChild<QLabel *>(QStringLiteral("clvNote"));
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("needs a lifetime-value run")), qPrintable(note->text()));
        QVERIFY(!editor->nextBestBox()->isEnabled());
        QVERIFY(!editor->stageList()->isEnabled());
        QVERIFY(editor->branchList()->isEnabled());
        QVERIFY(chooseAffluent(planner));
        QVERIFY(planner->audience().size() > 0);
        QCOMPARE(planner->audience().withClv, qint64(0));
        QVERIFY2(planner->audienceText().contains(QStringLiteral("—")), qPrintable(planner->audienceText()));
        auto *audienceNote = planner->findChild<QLabel *>(QStringLiteral("audienceNote"));
        QVERIFY(audienceNote->text().contains(QStringLiteral("Lifetime Value")));
    }

    void saveWritesMembersWithTheControlShare()
    {
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        QVERIFY(chooseAffluent(planner));
        planner->controlShareBox()->setValue(20);
        const qint64 n = qint64(planner->audience().size());
        QVERIFY(!planner->saveButton()->isEnabled()); // no name yet
        // Ctrl+S without a name says what is missing.
        planner->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(planner));
        QTest::keyClick(planner, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY(m_errors.value(0).contains(QStringLiteral("name")));
        QCOMPARE(QApplication::focusWidget(), planner->nameEdit());
        QTest::keyClicks(planner->nameEdit(), QStringLiteral("Affluent wealth"));
        QVERIFY(planner->saveButton()->isEnabled());
        QSignalSpy saved(planner, &CampaignPlanner::campaignSaved);
        QTest::mouseClick(planner->saveButton(), Qt::LeftButton);
        QVERIFY(planner->isBusy());
        QVERIFY(saved.wait(20000));
        m_campaign = saved.at(0).at(0).toLongLong();
        QVERIFY(m_campaign > 0);
        QVERIFY(!planner->isBusy());
        const QString members = QStringLiteral("SELECT count(*) FROM campaign_members WHERE campaign_id = %1").arg(m_campaign);
        QCOMPARE(query(m_ws, members), n);
        QCOMPARE(query(m_ws, members + QStringLiteral(" AND is_control = 1")), std::llround(double(n) * 0.2));
        QCOMPARE(query(m_ws, QStringLiteral("SELECT count(*) FROM campaign_members m WHERE campaign_id = %1 AND NOT "
                                            "EXISTS (SELECT 1 FROM assignments a WHERE a.run_id = %2 AND a.customer_id = "
                                            "m.customer_id AND a.segment = 'affluent')")
                                 .arg(m_campaign)
                                 .arg(m_tierRun)),
                 0);
        // The list shows it, chosen.
        QCOMPARE(planner->currentCampaignId(), m_campaign);
        QCOMPARE(planner->campaignTable()->model()->index(0, 0).data().toString(), QStringLiteral("Affluent wealth"));
        QCOMPARE(planner->campaignTable()->model()->index(0, 1).data().toString(), QStringLiteral("Planned"));
        QCOMPARE(planner->campaigns().front().strategyKey, QStringLiteral("segment.tiers/affluent"));
        QVERIFY(planner->campaigns().front().strategyId > 0);

        // The same seed again holds out the same customers; a new seed others.
        const auto controlOf = [this](qint64 id) {
            return queryList(m_ws, QStringLiteral("SELECT customer_id FROM campaign_members WHERE campaign_id = %1 AND "
                                                  "is_control = 1 ORDER BY 1")
                                       .arg(id));
        };
        planner->nameEdit()->setText(QStringLiteral("Affluent wealth, again"));
        QVERIFY(planner->saveCampaign());
        QVERIFY(saved.wait(20000));
        const qint64 again = saved.at(1).at(0).toLongLong();
        QCOMPARE(controlOf(again), controlOf(m_campaign));
        QTest::mouseClick(planner->newSeedButton(), Qt::LeftButton);
        QVERIFY(planner->seedBox()->value() != CampaignPlanner::kDefaultSeed);
        planner->nameEdit()->setText(QStringLiteral("Affluent wealth, other seed"));
        QVERIFY(planner->saveCampaign());
        QVERIFY(saved.wait(20000));
        const QStringList other = controlOf(saved.at(2).at(0).toLongLong());
        QCOMPARE(other.size(), controlOf(m_campaign).size());
        QVERIFY(other != controlOf(m_campaign));
        QCOMPARE(planner->campaignTable()->model()->rowCount(), 3);
    }

    void exportIsMaskedUnlessConfirmed()
    {
        QVERIFY(m_campaign > 0);
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        planner->selectCampaign(m_campaign);
        QCOMPARE(planner->currentCampaignId(), m_campaign);
        QVERIFY(!planner->unmaskedBox()->isChecked());
        const QString audit = QStringLiteral("SELECT count(*) FROM audit");
        const qint64 audits = query(m_ws, audit);
        const QStringList treated = queryList(m_ws, QStringLiteral("SELECT customer_id FROM campaign_members WHERE "
                                                                   "campaign_id = %1 AND is_control = 0 ORDER BY 1")
                                                        .arg(m_campaign));
        QSignalSpy exported(planner, &CampaignPlanner::audienceExported);

        // Masked: no question, no audit entry.
        const QString masked = m_dir.filePath(QStringLiteral("masked.csv"));
        QVERIFY(planner->exportAudience(masked, false));
        QVERIFY(exported.wait(20000));
        QVERIFY(m_questions.isEmpty());
        QCOMPARE(exported.at(0).at(2).toLongLong(), qint64(treated.size()));
        QStringList lines = QString::fromUtf8(test::readFile(masked)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), treated.size() + 1);
        QVERIFY(lines.at(1).section(QLatin1Char(','), 0, 0).contains(QLatin1Char('*')));
        QCOMPARE(query(m_ws, audit), audits);

        // Unmasked, declined: no file, no audit entry.
        const QString unmasked = m_dir.filePath(QStringLiteral("unmasked.csv"));
        m_answer = false;
        QVERIFY(planner->exportAudience(unmasked, true));
        QCOMPARE(m_questions.size(), 1);
        QVERIFY2(m_questions.first().contains(QStringLiteral("audit log")), qPrintable(m_questions.first()));
        QTest::qWait(300);
        QCOMPARE(exported.size(), 1);
        QVERIFY(!QFile::exists(unmasked));
        QCOMPARE(query(m_ws, audit), audits);
        QVERIFY(planner->statusText().contains(QStringLiteral("nothing was written")));

        // Unmasked in an unmasked session: the box is ticked; confirmed, the file holds the ids and the audit log a row.
        window.setMasked(false);
        QVERIFY(planner->unmaskedBox()->isChecked());
        m_answer = true;
        QVERIFY(planner->exportAudience(unmasked, planner->unmaskedBox()->isChecked()));
        QCOMPARE(m_questions.size(), 2);
        QVERIFY(exported.wait(20000));
        QVERIFY(exported.at(1).at(3).toBool());
        lines = QString::fromUtf8(test::readFile(unmasked)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), treated.size() + 1);
        QStringList ids;
        for (qsizetype i = 1; i < lines.size(); ++i)
            ids << lines.at(i).section(QLatin1Char(','), 0, 0);
        QCOMPARE(ids, treated);
        QCOMPARE(query(m_ws, audit), audits + 1);
        QCOMPARE(queryList(m_ws, QStringLiteral("SELECT action FROM audit ORDER BY audit_id DESC LIMIT 1")),
                 QStringList{QStringLiteral("export.unmasked")});
        window.setMasked(true);
        QVERIFY(!planner->unmaskedBox()->isChecked());
    }

    void responsesGiveTheLift()
    {
        QVERIFY(m_campaign > 0);
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        planner->selectCampaign(m_campaign);
        const QStringList treated = queryList(m_ws, QStringLiteral("SELECT customer_id FROM campaign_members WHERE "
                                                                   "campaign_id = %1 AND is_control = 0 ORDER BY 1")
                                                        .arg(m_campaign));
        const QStringList control = queryList(m_ws, QStringLiteral("SELECT customer_id FROM campaign_members WHERE "
                                                                   "campaign_id = %1 AND is_control = 1 ORDER BY 1")
                                                        .arg(m_campaign));
        QVERIFY(treated.size() > 20 && control.size() > 5);
        // Every third treated customer responded, every eighth control customer; some rows say no.
        QByteArray csv = "customer_id,responded,date,amount\n";
        qint64 n1 = treated.size(), r1 = 0, n0 = control.size(), r0 = 0;
        for (qsizetype i = 0; i < treated.size(); ++i) {
            const bool yes = i % 3 == 0;
            r1 += yes;
            if (yes || i % 2 == 0)
                csv += treated.at(i).toUtf8() + (yes ? ",1,2026-11-15,1000\n" : ",0,,\n");
        }
        for (qsizetype i = 0; i < control.size(); ++i) {
            const bool yes = i % 8 == 0;
            r0 += yes;
            if (yes)
                csv += control.at(i).toUtf8() + ",yes,2026-11-20,500\n";
        }
        const QString path = test::writeFile(m_dir, QStringLiteral("responses.csv"), csv);
        QSignalSpy imported(planner, &CampaignPlanner::responsesImported);
        QSignalSpy shown(planner, &CampaignPlanner::evaluationShown);
        QVERIFY(planner->importResponses(path));
        QVERIFY(imported.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(planner->evaluationView()->hasEvaluation()
                                     && planner->evaluationView()->evaluation().hasResults, 20000);
        QVERIFY(m_errors.isEmpty());

        const double p1 = double(r1) / double(n1), p0 = double(r0) / double(n0);
        const double lift = p1 - p0;
        const double half = 1.959964 * std::sqrt(p1 * (1 - p1) / double(n1) + p0 * (1 - p0) / double(n0));
        QAbstractItemModel *bySegment = planner->evaluationView()->segmentModel();
        QCOMPARE(bySegment->rowCount(), 2); // affluent, then All
        const int all = bySegment->rowCount() - 1;
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return bySegment->index(all, column).data(role); };
        QCOMPARE(cell(CampaignEvaluationView::GroupColumn).toString(), QStringLiteral("All"));
        QCOMPARE(cell(CampaignEvaluationView::TreatedColumn, Qt::UserRole).toLongLong(), n1);
        QCOMPARE(cell(CampaignEvaluationView::TreatedRespondedColumn, Qt::UserRole).toLongLong(), r1);
        QCOMPARE(cell(CampaignEvaluationView::ControlColumn, Qt::UserRole).toLongLong(), n0);
        QCOMPARE(cell(CampaignEvaluationView::ControlRespondedColumn, Qt::UserRole).toLongLong(), r0);
        TW_COMPARE_FUZZY(cell(CampaignEvaluationView::TreatedRateColumn, Qt::UserRole).toDouble(), p1, 1e-12);
        TW_COMPARE_FUZZY(cell(CampaignEvaluationView::ControlRateColumn, Qt::UserRole).toDouble(), p0, 1e-12);
        TW_COMPARE_FUZZY(cell(CampaignEvaluationView::LiftColumn, Qt::UserRole).toDouble(), lift, 1e-12);
        TW_COMPARE_FUZZY(cell(CampaignEvaluationView::IntervalColumn, Qt::UserRole).toDouble(), lift - half, 1e-6);
        QCOMPARE(cell(CampaignEvaluationView::TreatedRateColumn).toString(), chartstyle::percent(p1, 1));
        QCOMPARE(cell(CampaignEvaluationView::ControlRateColumn).toString(), chartstyle::percent(p0, 1));
        const QString liftText = QStringLiteral("+%1 pp").arg(QLocale().toString(lift * 100, 'f', 1));
        QCOMPARE(cell(CampaignEvaluationView::LiftColumn).toString(), liftText);
        QCOMPARE(cell(CampaignEvaluationView::TreatedRateColumn, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY2(planner->evaluationView()->overallText().contains(liftText), qPrintable(planner->evaluationView()->overallText()));
        QCOMPARE(cell(CampaignEvaluationView::AmountColumn, Qt::UserRole).toDouble(), double(r1) * 1000);
        // The segment row is the affluent tier by name; the chart shows its two rates.
        QCOMPARE(bySegment->index(0, CampaignEvaluationView::GroupColumn).data().toString(), QStringLiteral("Affluent"));
        QCOMPARE(planner->evaluationView()->barValues(0).value(0), p1 * 100);
        QCOMPARE(planner->evaluationView()->barValues(1).value(0), p0 * 100);
        // By branch: one row per branch of the campaign's members, then All.
        const qint64 branches = query(m_ws, QStringLiteral("SELECT count(DISTINCT branch_id) FROM campaign_members WHERE "
                                                           "campaign_id = %1").arg(m_campaign));
        QCOMPARE(qint64(planner->evaluationView()->branchModel()->rowCount()), branches + 1);
        // The campaign is now evaluated.
        QCOMPARE(planner->campaignTable()->model()->index(planner->campaignTable()->currentIndex().row(), 1).data().toString(),
                 QStringLiteral("Evaluated"));
    }

    // Settings ▸ Language while planning: every tick, the next-best product, the name and the chosen
    // campaign with its evaluation stay; nothing is resolved, read or evaluated again; money shows
    // in the new language's units (萬 / 億 in Traditional Chinese), and in full again in English.
    void languageSwitchKeepsThePlan()
    {
        QVERIFY(m_campaign > 0);
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        QVERIFY(chooseAffluent(planner));
        CampaignAudienceEditor *editor = planner->audienceEditor();
        for (QTreeWidget *list : {editor->branchList(), editor->stageList(), editor->warningList()})
            list->topLevelItem(1)->setCheckState(0, Qt::Checked);
        editor->nextBestBox()->setCurrentIndex(1);
        planner->nameEdit()->setText(QStringLiteral("Spring"));
        planner->selectCampaign(m_campaign);
        QTRY_VERIFY_WITH_TIMEOUT(planner->evaluationView()->hasEvaluation(), 20000);
        const planning::AudienceSpec spec = planner->audienceSpec();
        QCOMPARE(spec.branches.size() + spec.stages.size() + spec.warningKinds.size(), qsizetype(3));
        const std::size_t size = planner->audience().size();
        QSignalSpy changed(planner, &CampaignPlanner::audienceChanged);
        QSignalSpy edited(editor, &CampaignAudienceEditor::changed);
        QSignalSpy evaluated(planner, &CampaignPlanner::evaluationShown);

        applyLanguage(QStringLiteral("zh_TW"), false);
        QTest::qWait(200); // the LanguageChange events
        const planning::AudienceSpec now = planner->audienceSpec();
        QCOMPARE(now.segmentation, spec.segmentation);
        QCOMPARE(now.segments, spec.segments);
        QCOMPARE(now.branches, spec.branches);
        QCOMPARE(now.stages, spec.stages);
        QCOMPARE(now.warningKinds, spec.warningKinds);
        QCOMPARE(now.nextBestProduct, spec.nextBestProduct);
        QCOMPARE(planner->audience().size(), size);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(evaluated.size(), 0);
        QCOMPARE(planner->nameEdit()->text(), QStringLiteral("Spring"));
        QCOMPARE(planner->currentCampaignId(), m_campaign);
        QVERIFY(planner->evaluationView()->hasEvaluation());
        QTreeWidgetItem *affluent = itemWithKey(editor->segmentList(), QStringLiteral("affluent"));
        QVERIFY(affluent && affluent->checkState(0) == Qt::Checked);
        QVERIFY2(affluent->text(2).endsWith(QStringLiteral("萬")) || affluent->text(2).endsWith(QStringLiteral("億")),
                 qPrintable(affluent->text(2)));
        QAbstractItemModel *bySegment = planner->evaluationView()->segmentModel();
        const QModelIndex amount = bySegment->index(bySegment->rowCount() - 1, CampaignEvaluationView::AmountColumn);
        QCOMPARE(amount.data().toString(), figures::money(amount.data(Qt::UserRole).toDouble()));

        applyLanguage(QStringLiteral("en"), false);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QTest::qWait(200);
        QVERIFY2(!affluent->text(2).contains(QStringLiteral("萬")) && !affluent->text(2).contains(QStringLiteral("億")),
                 qPrintable(affluent->text(2)));
        QCOMPARE(amount.data().toString(), QLocale().toString(amount.data(Qt::UserRole).toDouble(), 'f', 0));
        QCOMPARE(planner->audienceSpec().branches, spec.branches);
        QCOMPARE(changed.size(), 0);
    }

    void badResponseFileChangesNothing()
    {
        QVERIFY(m_campaign > 0);
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        planner->selectCampaign(m_campaign);
        QTRY_VERIFY_WITH_TIMEOUT(planner->evaluationView()->hasEvaluation(), 20000);
        const QString results = QStringLiteral("SELECT count(*) * 1000 + sum(converted) FROM campaign_results WHERE "
                                               "campaign_id = %1").arg(m_campaign);
        const qint64 before = query(m_ws, results);
        QVERIFY(before > 0);
        const QString overall = planner->evaluationView()->overallText();
        const QString member = queryList(m_ws, QStringLiteral("SELECT customer_id FROM campaign_members WHERE campaign_id = %1 "
                                                              "LIMIT 1").arg(m_campaign)).value(0);
        const QString path = test::writeFile(m_dir, QStringLiteral("bad.csv"),
                                             "customer_id,responded\n" + member.toUtf8() + ",1\nNOBODY-999,1\n");
        QVERIFY(planner->importResponses(path));
        QTRY_VERIFY_WITH_TIMEOUT(!planner->isBusy(), 20000);
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(QStringLiteral("bad.csv, line 3, column 1")), qPrintable(m_errors.first()));
        QVERIFY(m_errors.first().contains(QStringLiteral("unchanged")));
        QCOMPARE(query(m_ws, results), before);
        QCOMPARE(planner->evaluationView()->overallText(), overall);
    }

    void looksRightInLightAndDark()
    {
        QVERIFY(m_campaign > 0);
        MainWindow window;
        CampaignPlanner *planner = openPlanner(window);
        QVERIFY(planner);
        QVERIFY(chooseAffluent(planner));
        planner->nameEdit()->setText(QStringLiteral("Affluent wealth — spring"));
        planner->selectCampaign(m_campaign);
        QTRY_VERIFY_WITH_TIMEOUT(planner->evaluationView()->hasEvaluation(), 20000);
        planner->resize(1400, 860);
        QVERIFY(QTest::qWaitForWindowExposed(planner));
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme, false);
            const QString name = theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
            for (int tab = 0; tab < 2; ++tab) {
                planner->tabs()->setCurrentIndex(tab);
                QTest::qWait(30);
                QVERIFY(planner->grab().save(QStringLiteral("/tmp/campaign-planner-%1-%2.png")
                                                 .arg(tab == 0 ? QStringLiteral("plan") : QStringLiteral("campaigns"), name)));
            }
        }
        applyTheme(Theme::Light, false);
    }
};

QTEST_MAIN(TestCampaignPlanner)
#include "tst_campaignplanner.moc"
