// The "done when", through the window: a planner picks the affluent tier, adjusts its
// strategy and saves it, plans a campaign with a control group, exports the audience, imports the
// responses and sees the lift (also in the strategy's KPI view), and prints a brief for every
// segment in Chinese with that strategy in it.

#include "brief/briefdialog.h"
#include "editors/campaignaudienceeditor.h"
#include "editors/campaignevaluationview.h"
#include "editors/campaignplanner.h"
#include "editors/strategyeditor.h"
#include "planning/campaign.h"
#include "shell/mainwindow.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tierwise;

class TestPlanningFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString why;
        m_ws = test::analysedBook(m_dir, 3000, 61, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void strategyCampaignLiftAndChineseBrief()
    {
        MainWindow window;
        window.setErrorHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
        window.setQuestionHandler([](const QString &, const QString &, std::function<void(bool)> reply) { reply(true); });
        window.resize(1400, 900);
        window.show();
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(loaded.wait(60000) && window.book());

        // 1. The affluent tier's strategy: from its template, a higher conversion target, saved.
        window.findChild<QAction *>(QStringLiteral("strategiesAction"))->trigger();
        StrategyEditor *strategies = window.strategyEditor();
        QCOMPARE(window.views()->currentWidget(), strategies);
        QVERIFY(QTest::qWaitFor([strategies] { return strategies->isContextReady(); }, 20000));
        QListWidget *tiers = strategies->segmentList();
        tiers->clearSelection();
        for (int i = 0; i < tiers->count(); ++i)
            tiers->item(i)->setSelected(tiers->item(i)->data(Qt::UserRole + 2).toString() == QLatin1String("affluent"));
        strategies->applyTemplate(QStringLiteral("affluent"));
        auto *objective = qobject_cast<QPlainTextEdit *>(strategies->fieldWidget(planning::Field::Objective));
        objective->selectAll();
        QTest::keyClicks(objective, QStringLiteral("Win the affluent families' savings"));
        QVERIFY(strategies->saveAll().ok());

        // 2. A campaign for the affluent tier with a 10 % control group.
        window.findChild<QAction *>(QStringLiteral("campaignAction"))->trigger();
        CampaignPlanner *planner = window.campaignPlanner();
        QVERIFY(planner && planner->isVisible());
        planner->setQuestionHandler([](const QString &, const QString &, std::function<void(bool)> reply) { reply(true); });
        QTRY_VERIFY_WITH_TIMEOUT(planner->factsReady(), 20000);
        QTreeWidget *segments = planner->audienceEditor()->segmentList();
        for (int i = 0; i < segments->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = segments->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QLatin1String("affluent"))
                item->setCheckState(0, Qt::Checked);
        }
        const qint64 affluent = test::queryWorkspace(m_ws, "SELECT count(*) FROM assignments a JOIN runs r USING (run_id) "
                                                           "WHERE r.kind = 'segment.tiers' AND a.segment = 'affluent'");
        QTRY_COMPARE(qint64(planner->audience().size()), affluent);
        QCOMPARE(planner->controlCount(), std::llround(double(affluent) * 0.1));
        QVERIFY(planner->strategy() && planner->strategy()->objective == QLatin1String("Win the affluent families' savings"));
        planner->nameEdit()->setText(QStringLiteral("Affluent savings"));
        QSignalSpy saved(planner, &CampaignPlanner::campaignSaved);
        QVERIFY(planner->saveCampaign());
        QVERIFY(saved.wait(20000));
        const qint64 campaign = saved.at(0).at(0).toLongLong();

        // 3. The audience for the CRM, masked: the treated customers only.
        QSignalSpy exported(planner, &CampaignPlanner::audienceExported);
        const QString csv = m_dir.filePath(QStringLiteral("audience.csv"));
        QVERIFY(planner->exportAudience(csv, false));
        QVERIFY(exported.wait(20000));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(qint64(file.readAll().count('\n')) - 1, affluent - planner->controlCount());

        // 4. Responses: a third of the treated and a tenth of the control customers responded.
        QByteArray responses("customer_id,responded\n");
        qint64 t = 0, tr = 0, c = 0, cr = 0;
        {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            store::Statement st((*ws)->handle(), "SELECT customer_id, is_control FROM campaign_members WHERE campaign_id = ?1 ORDER BY 1");
            st.bind(1, campaign);
            for (int i = 0; st.step(); ++i) {
                const bool control = st.int64(1) != 0;
                const bool yes = control ? i % 10 == 0 : i % 3 == 0;
                (control ? c : t) += 1;
                (control ? cr : tr) += yes ? 1 : 0;
                responses += st.text(0).toUtf8() + (yes ? ",1\n" : ",0\n");
            }
        }
        QSignalSpy evaluated(planner, &CampaignPlanner::evaluationShown);
        QVERIFY(planner->importResponses(test::writeFile(m_dir, QStringLiteral("responses.csv"), responses)));
        QTRY_VERIFY_WITH_TIMEOUT(planner->evaluationView()->hasEvaluation()
                                     && planner->evaluationView()->evaluation().hasResults, 20000);
        const planning::Conversion expected = planning::conversion(t, tr, c, cr);
        TW_COMPARE_FUZZY(planner->evaluationView()->evaluation().overall.lift, expected.lift, 1e-12);
        TW_COMPARE_FUZZY(planner->evaluationView()->evaluation().overall.liftLow, expected.liftLow, 1e-12);

        // The strategy's KPI view shows the conversion reached.
        strategies->setBook(window.book()); // re-reads the campaign actuals, as a new book does
        QVERIFY(QTest::qWaitFor([strategies] { return strategies->isContextReady(); }, 20000));
        QVERIFY2(strategies->actualLabel()->text().contains(QStringLiteral("Affluent savings")),
                 qPrintable(strategies->actualLabel()->text()));

        // 5. A brief of every segment in Simplified Chinese, with the saved strategy in it.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        window.findChild<QAction *>(QStringLiteral("briefAction"))->trigger();
        auto *brief = window.findChild<BriefDialog *>();
        QVERIFY(brief);
        brief->languageBox()->setCurrentIndex(brief->languageBox()->findData(QStringLiteral("zh_CN")));
        QSignalSpy written(brief, &BriefDialog::saved);
        const QString pdf = m_dir.filePath(QStringLiteral("brief-zh_CN.pdf"));
        brief->saveTo(pdf);
        QVERIFY(written.wait(60000));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString pages = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        for (const char *name : {"潜力客户", "大众客户", "中端客户"})
            QVERIFY2(pages.contains(QString::fromUtf8(name)), name);
        QVERIFY2(pages.contains(QStringLiteral("目标：Win the affluent families' savings")), qPrintable(pages.right(2000)));
    }
};

QTEST_MAIN(TestPlanningFlow)
#include "tst_planningflow.moc"
