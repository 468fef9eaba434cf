// The import controller: imports run on the worker thread and report back by queued signals;
// cancel leaves the workspace unchanged; one import at a time.

#include "shell/importcontroller.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;

namespace {

// customers.csv with `rows` customers; row `badRow` (1-based, 0 for none) has an impossible
// birth date.
QByteArray customersCsv(int rows, int badRow = 0)
{
    QByteArray csv = "customer_id,name,gender,birth_date,branch_id,open_date\n";
    for (int i = 1; i <= rows; ++i) {
        csv += QStringLiteral("C%1,Customer %2,%3,%4,B0%5,2015-03-02\n")
                   .arg(i, 6, 10, QLatin1Char('0'))
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("M") : QStringLiteral("F"))
                   .arg(i == badRow ? QStringLiteral("1980-02-30") : QStringLiteral("1980-01-01"))
                   .arg(i % 3 + 1)
                   .toUtf8();
    }
    return csv;
}

qint64 customerCount(const QString &workspacePath)
{
    auto ws = store::Workspace::open(workspacePath);
    if (!ws)
        return -1;
    auto summary = (*ws)->summary();
    return summary ? summary->customers : -1;
}

} // namespace

class TestImportController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("book-%1.tierwise").arg(++m_counter));
        auto created = store::Workspace::create(m_workspace);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    }

    void importsOnWorkerAndReportsBack()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(3));
        ImportController controller;
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy failed(&controller, &ImportController::failed);
        QSignalSpy running(&controller, &ImportController::runningChanged);
        QSignalSpy progress(&controller, &ImportController::progress);

        QVERIFY(controller.start(m_workspace, {csv}));
        QVERIFY(controller.isRunning());
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!controller.isRunning());
        const auto report = finished.at(0).at(0).value<ingest::ImportReport>();
        QVERIFY(report.committed);
        QCOMPARE(report.files.size(), 1);
        QCOMPARE(report.files.at(0).inserted, 3);
        QCOMPARE(running.count(), 2);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(customerCount(m_workspace), 3);
    }

    void cancelBeforeStartLeavesWorkspaceUnchanged()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(50));
        ImportController controller;
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy failed(&controller, &ImportController::failed);
        QVERIFY(controller.start(m_workspace, {csv}));
        controller.cancel(); // before the worker thread has picked the job up
        QVERIFY(controller.isCancelling());
        QVERIFY(failed.wait(30000));
        QCOMPARE(finished.count(), 0);
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Cancelled);
        QCOMPARE(customerCount(m_workspace), 0);
    }

    void oneImportAtATime()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(3));
        ImportController controller;
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start(m_workspace, {csv}));
        QVERIFY(!controller.start(m_workspace, {csv}));
        QVERIFY(finished.wait(30000));
        // After the first one, a second import is accepted (it finds the customers already there).
        QVERIFY(controller.start(m_workspace, {csv}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(customerCount(m_workspace), 3);
    }

    void rejectionsComeBackAsValues()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(5, 4));
        ImportController controller;
        QSignalSpy finished(&controller, &ImportController::finished);
        QVERIFY(controller.start(m_workspace, {csv}));
        QVERIFY(finished.wait(30000));
        const auto report = finished.at(0).at(0).value<ingest::ImportReport>();
        QVERIFY(!report.committed);
        QCOMPARE(report.rejectedTotal, 1);
        QCOMPARE(report.rejections.size(), 1);
        QCOMPARE(report.rejections.at(0).line, 5); // the header is line 1
        QCOMPARE(report.rejections.at(0).column, 4);
        QCOMPARE(report.rejections.at(0).value, QStringLiteral("1980-02-30"));
        QVERIFY(!report.reportPath.isEmpty());
        QCOMPARE(customerCount(m_workspace), 0);
    }

    void missingWorkspaceFails()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(3));
        ImportController controller;
        QSignalSpy failed(&controller, &ImportController::failed);
        QVERIFY(controller.start(m_dir.filePath(QStringLiteral("missing.tierwise")), {csv}));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Workspace);
        QVERIFY(!controller.isRunning());
    }

    void destroyWhileRunningCancels()
    {
        const QString csv = test::writeFile(m_dir, QStringLiteral("customers.csv"), customersCsv(20000));
        {
            ImportController controller;
            QVERIFY(controller.start(m_workspace, {csv}));
        } // the destructor cancels and joins the thread
        const qint64 count = customerCount(m_workspace);
        QVERIFY2(count == 0 || count == 20000, qPrintable(QString::number(count)));
    }

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    int m_counter = 0;
};

QTEST_MAIN(TestImportController)
#include "tst_importcontroller.moc"
