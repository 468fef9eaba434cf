// The Analyze menu and the jobs dock: an analysis started from the menu runs as a job and leaves
// a run; one cancelled from the jobs dock leaves none; the dialogs fill the engine's options.

#include "shell/analysisdialogs.h"
#include "shell/jobspanel.h"
#include "shell/mainwindow.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tierwise;

namespace {

qint64 count(const QString &ws, const char *sql)
{
    return test::queryWorkspace(ws, sql);
}

} // namespace

class TestAnalyses : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the test, not the user's
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 2000, 3, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void menuActionRunsAJobThatLeavesARun()
    {
        MainWindow window;
        QSignalSpy book(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(book.wait(60000)); // the book loads as a job of its own
        QAction *tiers = window.analyzeAction(QStringLiteral("tiersAction"));
        QVERIFY(tiers && tiers->isEnabled());
        QCOMPARE(tiers->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        const qint64 before = count(m_ws, "SELECT count(*) FROM runs WHERE kind = 'segment.tiers'");
        QSignalSpy finished(window.jobsPanel(), &JobsPanel::jobFinished);
        QSignalSpy results(&window, &MainWindow::resultsChanged);
        tiers->trigger();
        QCOMPARE(window.jobsPanel()->activeCount(), 1);
        QVERIFY(!window.importAction()->isEnabled()); // no import while an analysis writes
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(2).value<Status>().ok());
        QCOMPARE(results.count(), 1);
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs WHERE kind = 'segment.tiers'"), before + 1);
        QVERIFY(window.jobsPanel()->statusText(finished.at(0).at(0).toInt()).contains(QStringLiteral("Done")));
        QVERIFY(window.importAction()->isEnabled());
    }

    void cancelFromTheJobsDockLeavesNoRun()
    {
        MainWindow window;
        QSignalSpy book(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(book.wait(60000));
        const qint64 before = count(m_ws, "SELECT count(*) FROM runs");
        const qint64 scores = count(m_ws, "SELECT count(*) FROM clv_scores");
        QSignalSpy finished(window.jobsPanel(), &JobsPanel::jobFinished);
        QVERIFY(window.runClv(analytics::ClvOptions()));
        QToolButton *cancel = window.jobsPanel()->cancelButton(2); // job 1 loaded the book
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const Status status = finished.at(0).at(2).value<Status>();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Cancelled);
        QVERIFY(window.jobsPanel()->statusText(2).contains(QStringLiteral("Cancelled")));
        QCOMPARE(count(m_ws, "SELECT count(*) FROM runs"), before);
        QCOMPARE(count(m_ws, "SELECT count(*) FROM clv_scores"), scores);
    }

    void dialogsFillTheEngineOptions()
    {
        ClusteringDialog clustering;
        QCOMPARE(clustering.options().method, analytics::SegmentMethod::KMeans);
        QCOMPARE(clustering.options().k, 0); // a range by default
        clustering.setFixedK(6);
        QCOMPARE(clustering.options().k, 6);

        ClvDialog clv(QDate(2026, 10, 31));
        const analytics::ClvOptions o = clv.options();
        QCOMPARE(o.asOf, 0); // the latest date
        QCOMPARE(o.horizonMonths, 12);
        QCOMPARE(o.discountMonthly, 0.01);
        QCOMPARE(o.holdoutMonths, 6);
    }
};

QTEST_MAIN(TestAnalyses)
#include "tst_analyses.moc"
