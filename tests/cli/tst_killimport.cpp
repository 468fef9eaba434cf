// An import killed with SIGKILL at any moment leaves the workspace as it was before the import (or,
// if the kill came after the commit, fully imported): it opens, passes SQLite's integrity check,
// and its data tables are exactly one of those two states.

#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace tierwise;

namespace {

const QString kAsOf = QStringLiteral("2026-11-01");
constexpr int kCustomers = 20000;
// Most kills are spread over the bulk of the import; the last few over its end (commit, the
// checkpoint when the workspace is closed, exit).
constexpr int kKills = 12;
constexpr int kLateKills = 3;
constexpr double kLateFrom = 0.85; // share of a complete import's duration
constexpr int kRequiredBeforeCommit = 7;
constexpr quint32 kSeed = 20261101;

bool copyWorkspace(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix))
            return false;
    }
    return true;
}

} // namespace

class TestKillImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_base;         // the master data imported
    QStringList m_facts;    // transactions.csv and balances.csv: the import that is killed
    test::DataSnapshot m_before;      // the base's data tables
    test::DataSnapshot m_after;       // after a complete import of m_facts
    qint64 m_durationMs = 0;
    int m_beforeCommit = 0; // kills that found the workspace as before
    int m_afterCommit = 0;  // kills that came after the commit

    QStringList importArgs(const QString &workspace, const QStringList &files) const
    {
        return QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), workspace, QStringLiteral("--as-of"), kAsOf}
               + files;
    }

    // Starts the import of m_facts into `workspace` (output discarded).
    void start(QProcess &p, const QString &workspace) const
    {
        p.setProgram(test::cliPath());
        p.setArguments(importArgs(workspace, m_facts));
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setStandardErrorFile(QProcess::nullDevice());
        p.start();
    }

    // Opens the workspace as the application does (this recovers the WAL) and checks it.
    static bool checkIntact(const QString &workspace, QString &problem)
    {
        Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(workspace);
        if (!ws) {
            problem = QStringLiteral("Workspace::open: ") + ws.error().toString();
            return false;
        }
        const QString integrity = store::queryText((*ws)->handle(), "PRAGMA integrity_check");
        if (integrity != QLatin1String("ok")) {
            problem = QStringLiteral("integrity_check: ") + integrity;
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString book = m_dir.filePath(QStringLiteral("book"));
        test::CliRun r = test::runCli({QStringLiteral("generate"), QStringLiteral("--customers"), QString::number(kCustomers),
                                       QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), book});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto file = [&](const char *name) { return QDir(book).filePath(QString::fromLatin1(name)); };
        m_base = m_dir.filePath(QStringLiteral("base.tierwise"));
        r = test::runCli(importArgs(m_base, {file("branches.csv"), file("products.csv"), file("customers.csv"),
                                             file("accounts.csv"), file("holdings.csv")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_facts = QStringList{file("transactions.csv"), file("balances.csv")};
        m_before = test::dataSnapshot(m_base);
        QCOMPARE(m_before.value(QStringLiteral("customers")).rows, qint64(kCustomers));
        QCOMPARE(m_before.value(QStringLiteral("transactions")).rows, qint64(0));

        // Two complete runs: the faster one sets the time scale (so that kills rather land early
        // than after the commit on a machine that is busy now and then).
        for (int run = 0; run < 2; ++run) {
            const QString full = m_dir.filePath(QStringLiteral("full.tierwise"));
            QVERIFY(copyWorkspace(m_base, full));
            QProcess p;
            QElapsedTimer timer;
            timer.start();
            start(p, full);
            QVERIFY(p.waitForFinished(120000));
            const qint64 ms = timer.elapsed();
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            m_durationMs = run == 0 ? ms : std::min(m_durationMs, ms);
            const test::DataSnapshot s = test::dataSnapshot(full);
            if (run == 0)
                m_after = s;
            else
                QVERIFY2(s == m_after, "two complete imports differ");
        }
        QVERIFY(m_after.value(QStringLiteral("transactions")).rows > 100000);
        QVERIFY(m_after.value(QStringLiteral("balances")).rows > 100000);
        for (const char *master : {"branches", "products", "customers", "accounts", "holdings"})
            QCOMPARE(m_after.value(QString::fromLatin1(master)), m_before.value(QString::fromLatin1(master)));
        qInfo("a complete import takes %lld ms", m_durationMs);
    }

    void killedImportLeavesWorkspaceIntact_data()
    {
        QTest::addColumn<double>("fraction"); // of a complete import's duration
        QRandomGenerator rng(kSeed);
        for (int i = 0; i < kKills; ++i) {
            // One kill in each of equal slices, at a random point in it.
            const int early = kKills - kLateKills;
            const double fraction = i < early ? kLateFrom * (i + rng.generateDouble()) / early
                                              : kLateFrom + (1.0 - kLateFrom) * (i - early + rng.generateDouble()) / kLateKills;
            const QByteArray name = QStringLiteral("kill %1 at %2% of the import").arg(i + 1).arg(qRound(fraction * 100)).toUtf8();
            QTest::newRow(name.constData()) << fraction;
        }
    }

    void killedImportLeavesWorkspaceIntact()
    {
        QFETCH(double, fraction);
        const QString workspace = m_dir.filePath(QStringLiteral("killed.tierwise"));
        QVERIFY(copyWorkspace(m_base, workspace));

        QProcess p;
        QElapsedTimer timer;
        timer.start();
        start(p, workspace);
        QVERIFY(p.waitForStarted());
        const qint64 delay = qRound64(fraction * double(m_durationMs));
        if (const qint64 left = delay - timer.elapsed(); left > 0)
            QThread::msleep(static_cast<unsigned long>(left));
        p.kill();
        QVERIFY(p.waitForFinished(30000));
        const bool finished = p.exitStatus() == QProcess::NormalExit;

        QString problem;
        QVERIFY2(checkIntact(workspace, problem), qPrintable(problem));
        const test::CliRun info = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), workspace});
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));

        const test::DataSnapshot s = test::dataSnapshot(workspace);
        if (s == m_before) {
            QVERIFY2(!finished, "the import finished but nothing was imported");
            ++m_beforeCommit;
            qInfo("killed after %lld ms: as before the import", delay);
        } else if (s == m_after) {
            ++m_afterCommit;
            qInfo("killed after %lld ms%s: fully imported", delay, finished ? " (had finished)" : "");
        } else {
            QFAIL(qPrintable(QStringLiteral("killed after %1 ms: neither before nor after the import\nbefore %2\nafter  %3\nfound  %4")
                                 .arg(delay).arg(test::describe(m_before), test::describe(m_after), test::describe(s))));
        }
    }

    void mostKillsLandedBeforeTheCommit()
    {
        qInfo("%d kills before the commit, %d after", m_beforeCommit, m_afterCommit);
        QCOMPARE(m_beforeCommit + m_afterCommit, kKills);
        QVERIFY2(m_beforeCommit >= kRequiredBeforeCommit,
                 qPrintable(QStringLiteral("only %1 of %2 kills landed before the commit").arg(m_beforeCommit).arg(kKills)));
    }

    // After a kill the same import can simply be run again.
    void importAfterKillCompletes()
    {
        const QString workspace = m_dir.filePath(QStringLiteral("retried.tierwise"));
        QVERIFY(copyWorkspace(m_base, workspace));
        QProcess p;
        start(p, workspace);
        QVERIFY(p.waitForStarted());
        QThread::msleep(static_cast<unsigned long>(m_durationMs * 4 / 10));
        p.kill();
        QVERIFY(p.waitForFinished(30000));
        if (test::dataSnapshot(workspace) == m_after)
            QSKIP("the kill came after the commit");
        QCOMPARE(test::dataSnapshot(workspace), m_before);

        const test::CliRun r = test::runCli(importArgs(workspace, m_facts));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString problem;
        QVERIFY2(checkIntact(workspace, problem), qPrintable(problem));
        QVERIFY(test::dataSnapshot(workspace) == m_after);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
