// Ctrl-C during an import: the CLI rolls back, says so, exits 130, and the workspace is as before.

#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tierwise;

class TestCliInterrupt : public QObject
{
    Q_OBJECT

private slots:
    void ctrlCRollsBack()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("d"));
        const QString ws = dir.filePath(QStringLiteral("w.tierwise"));
        QCOMPARE(test::runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QStringLiteral("100000"),
                               QStringLiteral("--out"), data}).exitCode, 0);
        const auto file = [&](const char *name) { return QDir(data).filePath(QString::fromLatin1(name)); };
        const test::CliRun master = test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), ws,
                                                  file("branches.csv"), file("customers.csv"), file("accounts.csv")});
        QCOMPARE(master.exitCode, 0);

        QProcess p;
        p.start(test::cliPath(), {QStringLiteral("import"), QStringLiteral("--workspace"), ws, file("balances.csv"),
                                  file("transactions.csv")});
        QVERIFY(p.waitForStarted());
        // Interrupt once the import is writing (the rollback journal of a bulk import exists),
        // however loaded the machine is.
        QElapsedTimer waited;
        waited.start();
        const QString journal = ws + QStringLiteral("-journal");
        while (!(QFileInfo(journal).exists() && QFileInfo(journal).size() > 0) && p.state() == QProcess::Running
               && waited.elapsed() < 60000)
            QTest::qWait(10);
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("cancelled")));

        auto w = store::Workspace::open(ws);
        QVERIFY(w.ok());
        QCOMPARE(store::queryText((*w)->handle(), "PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(store::queryInt((*w)->handle(), "SELECT count(*) FROM balances"), 0);
        QCOMPARE(store::queryInt((*w)->handle(), "SELECT count(*) FROM transactions"), 0);
        QCOMPARE(store::queryInt((*w)->handle(), "SELECT count(*) FROM imports"), 3);
        QCOMPARE(store::queryInt((*w)->handle(), "SELECT count(*) FROM customers"), 100000);
    }
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "tst_cli_interrupt.moc"
