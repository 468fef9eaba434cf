// The job runner: jobs on worker threads with their own connections, results persisted as runs,
// cancel (also of long SQL, through sqlite3_interrupt), failures that leave no trace, concurrency
// limits, progress delivered on the receiver's thread, and a destructor that cancels and returns.

#include "jobs/jobrunner.h"
#include "jobs/runstore.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <memory>
#include <optional>
#include <stdexcept>

using namespace tierwise;
using namespace tierwise::jobs;

namespace {

constexpr int kCustomers = 2000;

std::string customerId(int i)
{
    return QStringLiteral("C%1").arg(i, 7, 10, QLatin1Char('0')).toStdString();
}

// What the test jobs tell the test, from their worker threads.
struct Probe
{
    std::atomic<int> started{0};
    std::atomic<int> running{0};
    std::atomic<int> maxRunning{0};
    std::atomic<bool> gateOpen{false};
    std::atomic<bool> sawCancel{false};
    std::atomic<bool> inLongSql{false};
};

// Tracks how many jobs run at once while alive.
class Running
{
public:
    explicit Running(Probe &p) : m_probe(p)
    {
        ++p.started;
        const int now = ++p.running;
        int max = p.maxRunning.load();
        while (now > max && !p.maxRunning.compare_exchange_weak(max, now)) {}
    }
    ~Running() { --m_probe.running; }
    Running(const Running &) = delete;
    Running &operator=(const Running &) = delete;

private:
    Probe &m_probe;
};

// Assigns every customer a segment and saves the run.
class SaveJob final : public Job
{
public:
    explicit SaveJob(std::shared_ptr<Probe> probe = {}, int waitForRunning = 0)
        : m_probe(std::move(probe)), m_waitForRunning(waitForRunning) {}
    QString kind() const override { return QStringLiteral("test.save"); }
    Status run(store::Workspace &workspace, Progress &progress) override
    {
        std::unique_ptr<Running> running;
        if (m_probe) {
            running = std::make_unique<Running>(*m_probe);
            // Waits (up to 10 s) until that many jobs run at the same time.
            QElapsedTimer t;
            t.start();
            while (m_probe->running.load() < m_waitForRunning && t.elapsed() < 10000) {
                if (!progress.report(0, 0, QStringLiteral("waiting")))
                    return Error::cancelled(QStringLiteral("cancelled"));
                QThread::msleep(1);
            }
        }
        std::vector<Assignment> a;
        for (int i = 0; i < kCustomers; ++i)
            a.push_back({customerId(i), i < kCustomers / 2 ? "mass" : "affluent", double(i), std::string()});
        Result<qint64> id = saveRun(workspace.handle(), kind(), {{QStringLiteral("n"), kCustomers}},
                                    QStringLiteral("2026-10-31"), a, progress);
        return id ? Status() : Status(id.error());
    }

private:
    std::shared_ptr<Probe> m_probe;
    int m_waitForRunning = 0;
};

// Reports progress until cancelled or the gate opens (or a minute passes). A writing loop first
// writes a run row in a transaction it commits at the end (writers take turns: one at a time).
class LoopJob final : public Job
{
public:
    enum Mode { ReadOnly, Writing };
    explicit LoopJob(std::shared_ptr<Probe> probe, Mode mode = ReadOnly, int sleepMs = 1)
        : m_probe(std::move(probe)), m_mode(mode), m_sleepMs(sleepMs) {}
    QString kind() const override { return QStringLiteral("test.loop"); }
    Status run(store::Workspace &workspace, Progress &progress) override
    {
        Running running(*m_probe);
        std::optional<store::Transaction> tx;
        if (m_mode == Writing) {
            tx.emplace(workspace.handle());
            if (!tx->status())
                return tx->status();
            if (Status s = store::exec(workspace.handle(), "INSERT INTO runs (kind, data_version, created_at) "
                                                           "VALUES ('test.loop', 0, 'now')"); !s)
                return s;
        }
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; !m_probe->gateOpen.load() && t.elapsed() < 60000; ++i) {
            if (!progress.report(i, 0, QStringLiteral("looping"))) {
                m_probe->sawCancel = true;
                return Error::cancelled(QStringLiteral("cancelled"));
            }
            if (m_sleepMs > 0)
                QThread::msleep(static_cast<unsigned long>(m_sleepMs));
        }
        return tx ? tx->commit() : Status();
    }

private:
    std::shared_ptr<Probe> m_probe;
    Mode m_mode;
    int m_sleepMs;
};

// Writes a run row, then runs SQL that takes minutes and never reports progress: only
// sqlite3_interrupt stops it. The job turns the interruption into an Internal error on purpose
// (the runner reports it as Cancelled all the same).
class LongSqlJob final : public Job
{
public:
    // With waitForCancel, the job first waits until it is cancelled and then starts the statement
    // all the same: the runner's sqlite3_interrupt came too early, and only the runner's progress
    // handler on the connection can stop it.
    explicit LongSqlJob(std::shared_ptr<Probe> probe, bool waitForCancel = false)
        : m_probe(std::move(probe)), m_waitForCancel(waitForCancel) {}
    QString kind() const override { return QStringLiteral("test.longsql"); }
    Status run(store::Workspace &workspace, Progress &progress) override
    {
        Running running(*m_probe);
        QElapsedTimer t;
        t.start();
        while (m_waitForCancel && progress.report(0, 0, QStringLiteral("waiting")) && t.elapsed() < 10000)
            QThread::msleep(1);
        sqlite3 *db = workspace.handle();
        store::Transaction tx(db);
        if (!tx.status())
            return tx.status();
        if (Status s = store::exec(db, "INSERT INTO runs (kind, data_version, created_at) VALUES ('test.longsql', 0, 'now')"); !s)
            return s;
        store::Statement st(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
                                "SELECT count(*) FROM c");
        m_probe->inLongSql = true;
        if (st.step())
            return tx.commit();
        m_probe->sawCancel = st.error().kind == Error::Kind::Cancelled;
        return Error::internal(QStringLiteral("the long statement failed: ") + st.error().message);
    }

private:
    std::shared_ptr<Probe> m_probe;
    bool m_waitForCancel;
};

// Fails in one of several ways after writing.
class FailJob final : public Job
{
public:
    enum class How { ReturnError, LeaveTransactionOpen, Throw };
    explicit FailJob(How how) : m_how(how) {}
    QString kind() const override { return QStringLiteral("test.fail"); }
    Status run(store::Workspace &workspace, Progress &progress) override
    {
        sqlite3 *db = workspace.handle();
        if (m_how == How::LeaveTransactionOpen) {
            (void)store::exec(db, "BEGIN IMMEDIATE; INSERT INTO runs (kind, data_version, created_at) "
                                  "VALUES ('test.fail', 0, 'now')");
            return Error::internal(QStringLiteral("gave up with a transaction open"));
        }
        store::Transaction tx(db);
        if (Status s = store::exec(db, "INSERT INTO runs (kind, data_version, created_at) VALUES ('test.fail', 0, 'now')"); !s)
            return s;
        progress.report(1, 2, QStringLiteral("half way"));
        if (m_how == How::Throw)
            throw std::runtime_error("boom");
        return Error::badInput(QStringLiteral("the data is wrong"));
    }

private:
    How m_how;
};

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    bool ok = false;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("w.tierwise"));
        auto ws = store::Workspace::create(path);
        if (!ws)
            return;
        sqlite3 *db = (*ws)->handle();
        store::Transaction tx(db);
        store::Statement st(db, "INSERT INTO customers (customer_id) VALUES (?1)");
        for (int i = 0; i < kCustomers; ++i) {
            st.bind(1, std::string_view(customerId(i)));
            if (!st.run())
                return;
        }
        ok = store::exec(db, "UPDATE meta SET value = '3' WHERE key = 'data_version'").ok() && tx.commit().ok();
    }

    qint64 count(const char *sql) const
    {
        test::SqliteDb db(path);
        return db.db ? store::queryInt(db.db, sql, -1) : -1;
    }
};

// Waits for finished(id) on the spy and returns its status.
std::optional<Status> waitFinished(QSignalSpy &spy, int id, int timeoutMs = 20000)
{
    QElapsedTimer t;
    t.start();
    for (;;) {
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toInt() == id)
                return qvariant_cast<Status>(args.at(1));
        }
        if (t.elapsed() > timeoutMs)
            return std::nullopt;
        spy.wait(100);
    }
}

QString describe(const std::optional<Status> &s)
{
    if (!s)
        return QStringLiteral("not finished");
    return s->ok() ? QStringLiteral("ok") : s->error().toString();
}

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void aJobSavesARun()
    {
        Fixture f;
        QVERIFY(f.ok);
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(f.path, std::make_unique<SaveJob>());
        QVERIFY(id > 0);
        QVERIFY(runner.isRunning(id));
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY2(s && s->ok(), qPrintable(describe(s)));
        QVERIFY(!runner.isRunning(id));
        QCOMPARE(finished.size(), 1);

        test::SqliteDb db(f.path);
        Result<std::vector<RunInfo>> runs = listRuns(db.db);
        QVERIFY(runs.ok());
        QCOMPARE(runs->size(), std::size_t(1));
        QCOMPARE(runs->front().kind, QStringLiteral("test.save"));
        QCOMPARE(runs->front().dataVersion, qint64(3));
        QCOMPARE(runs->front().asOf, QStringLiteral("2026-10-31"));
        QCOMPARE(runs->front().params.value(QStringLiteral("n")).toInt(), kCustomers);
        QCOMPARE(f.count("SELECT count(*) FROM assignments"), qint64(kCustomers));
        QCOMPARE(f.count("SELECT count(*) FROM assignments WHERE segment = 'affluent'"), qint64(kCustomers / 2));
    }

    void twoRunsNeverOverwriteEachOther()
    {
        Fixture f;
        QVERIFY(f.ok);
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int a = runner.start(f.path, std::make_unique<SaveJob>());
        const std::optional<Status> sa = waitFinished(finished, a);
        QVERIFY2(sa && sa->ok(), qPrintable(describe(sa)));
        const int b = runner.start(f.path, std::make_unique<SaveJob>());
        QVERIFY(a != b);
        const std::optional<Status> sb = waitFinished(finished, b);
        QVERIFY2(sb && sb->ok(), qPrintable(describe(sb)));
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(2));
        QCOMPARE(f.count("SELECT count(*) FROM assignments"), qint64(2 * kCustomers));
    }

    void cancelStopsALoopingJob()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(f.path, std::make_unique<LoopJob>(probe, LoopJob::Writing));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 1, 10000);
        QTest::qWait(50);
        runner.cancel(id);
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY(s.has_value());
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, Error::Kind::Cancelled);
        QVERIFY(probe->sawCancel);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
    }

    void cancelInterruptsLongSql()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(f.path, std::make_unique<LongSqlJob>(probe));
        QTRY_VERIFY_WITH_TIMEOUT(probe->inLongSql.load(), 10000);
        QTest::qWait(100);
        QVERIFY(runner.isRunning(id));
        QElapsedTimer t;
        t.start();
        runner.cancel(id);
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY(s.has_value());
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(!s->ok());
        QCOMPARE(s->error().kind, Error::Kind::Cancelled); // although the job said Internal
        QVERIFY(probe->sawCancel);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
    }

    void cancelStopsSqlStartedAfterTheCancel()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(f.path, std::make_unique<LongSqlJob>(probe, true));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 1, 10000);
        QTest::qWait(20);
        runner.cancel(id);
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY(s.has_value());
        QVERIFY(probe->inLongSql);
        QCOMPARE(s->error().kind, Error::Kind::Cancelled);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
    }

    // Cancelled before it could start: it never runs.
    void cancelAQueuedJob()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner(1);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int blocker = runner.start(f.path, std::make_unique<LoopJob>(probe, LoopJob::Writing));
        const int queued = runner.start(f.path, std::make_unique<SaveJob>(probe));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 1, 10000);
        QVERIFY(runner.isRunning(queued));
        runner.cancel(queued);
        probe->gateOpen = true;
        const std::optional<Status> sb = waitFinished(finished, blocker);
        const std::optional<Status> sq = waitFinished(finished, queued);
        QVERIFY2(sb && sb->ok(), qPrintable(describe(sb)));
        QVERIFY(sq && !sq->ok());
        QCOMPARE(sq->error().kind, Error::Kind::Cancelled);
        QCOMPARE(probe->started.load(), 1);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(1));
        runner.cancel(queued); // finished ids are ignored
        runner.cancel(12345);
    }

    void aFailingJobLeavesNoTrace_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<int>("kind");
        QTest::newRow("returns an error") << int(FailJob::How::ReturnError) << int(Error::Kind::BadInput);
        QTest::newRow("leaves its transaction open") << int(FailJob::How::LeaveTransactionOpen) << int(Error::Kind::Internal);
        QTest::newRow("throws") << int(FailJob::How::Throw) << int(Error::Kind::Internal);
    }

    void aFailingJobLeavesNoTrace()
    {
        QFETCH(int, how);
        QFETCH(int, kind);
        Fixture f;
        QVERIFY(f.ok);
        const test::DataSnapshot before = test::dataSnapshot(f.path);
        QVERIFY(!before.isEmpty());
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(f.path, std::make_unique<FailJob>(static_cast<FailJob::How>(how)));
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY(s && !s->ok());
        QCOMPARE(int(s->error().kind), kind);
        QVERIFY(!s->error().message.isEmpty());
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
        QCOMPARE(test::dataSnapshot(f.path), before);
        // The workspace is not locked by a leftover transaction.
        const int next = runner.start(f.path, std::make_unique<SaveJob>());
        const std::optional<Status> sn = waitFinished(finished, next);
        QVERIFY2(sn && sn->ok(), qPrintable(describe(sn)));
    }

    void aWorkspaceThatCannotBeOpenedIsTheJobsError()
    {
        QTemporaryDir dir;
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int id = runner.start(dir.filePath(QStringLiteral("missing.tierwise")), std::make_unique<SaveJob>());
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY(s && !s->ok());
        QCOMPARE(s->error().kind, Error::Kind::Workspace);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing.tierwise"))));
    }

    // Both jobs wait until the other one runs too, then write: WAL and the busy timeout let them.
    void twoJobsRunConcurrentlyOnOneWorkspace()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner;
        QCOMPARE(runner.maxConcurrent(), 2);
        QSignalSpy finished(&runner, &JobRunner::finished);
        const int a = runner.start(f.path, std::make_unique<SaveJob>(probe, 2));
        const int b = runner.start(f.path, std::make_unique<SaveJob>(probe, 2));
        const std::optional<Status> sa = waitFinished(finished, a);
        const std::optional<Status> sb = waitFinished(finished, b);
        QVERIFY2(sa && sa->ok(), qPrintable(describe(sa)));
        QVERIFY2(sb && sb->ok(), qPrintable(describe(sb)));
        QCOMPARE(probe->maxRunning.load(), 2);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(2));
        QCOMPARE(f.count("SELECT count(*) FROM assignments"), qint64(2 * kCustomers));
    }

    void jobsBeyondTheLimitWaitTheirTurn()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner(2);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QList<int> ids;
        for (int i = 0; i < 4; ++i)
            ids << runner.start(f.path, std::make_unique<LoopJob>(probe));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 2, 10000);
        QTest::qWait(200);
        QCOMPARE(probe->started.load(), 2);
        for (int id : ids)
            QVERIFY(runner.isRunning(id));
        QCOMPARE(finished.size(), 0);
        probe->gateOpen = true;
        for (int id : ids) {
            const std::optional<Status> s = waitFinished(finished, id);
            QVERIFY2(s && s->ok(), qPrintable(describe(s)));
        }
        QCOMPARE(probe->started.load(), 4);
        QCOMPARE(probe->maxRunning.load(), 2);
    }

    // Queued signals: progress and finished arrive on the receiver's (here the main) thread,
    // throttled, and never after finished.
    void progressArrivesOnTheReceiversThread()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner;
        QObject receiver;
        QList<QThread *> threads;
        int reports = 0;
        bool afterFinished = false;
        bool done = false;
        QString lastText;
        connect(&runner, &JobRunner::progress, &receiver, [&](int, qint64, qint64, const QString &text) {
            threads << QThread::currentThread();
            ++reports;
            lastText = text;
            afterFinished = afterFinished || done;
        });
        connect(&runner, &JobRunner::finished, &receiver, [&](int, const Status &) {
            threads << QThread::currentThread();
            done = true;
        });
        QSignalSpy finished(&runner, &JobRunner::finished);
        // A job reporting as fast as it can for about a second.
        const int id = runner.start(f.path, std::make_unique<LoopJob>(probe, LoopJob::Writing, 0));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 1, 10000);
        QTest::qWait(1000);
        probe->gateOpen = true;
        const std::optional<Status> s = waitFinished(finished, id);
        QVERIFY2(s && s->ok(), qPrintable(describe(s)));
        QTRY_VERIFY(done);
        QVERIFY(reports >= 5);
        QVERIFY2(reports <= 60, qPrintable(QString::number(reports)));
        QCOMPARE(lastText, QStringLiteral("looping"));
        QVERIFY(!afterFinished);
        for (QThread *t : threads)
            QCOMPARE(t, QThread::currentThread());
    }

    void destructorCancelsRunningJobsAndReturns()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto loop = std::make_shared<Probe>();
        auto sql = std::make_shared<Probe>();
        auto queued = std::make_shared<Probe>();
        QElapsedTimer t;
        {
            JobRunner runner;
            runner.start(f.path, std::make_unique<LoopJob>(loop));
            runner.start(f.path, std::make_unique<LongSqlJob>(sql));
            runner.start(f.path, std::make_unique<LoopJob>(queued));
            QTRY_VERIFY_WITH_TIMEOUT(loop->started.load() == 1 && sql->inLongSql.load(), 10000);
            QTest::qWait(50);
            t.start();
        }
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(loop->sawCancel);
        QVERIFY(sql->sawCancel);
        QCOMPARE(queued->started.load(), 0);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
    }

    void cancelAllStopsEverything()
    {
        Fixture f;
        QVERIFY(f.ok);
        auto probe = std::make_shared<Probe>();
        JobRunner runner(2);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QList<int> ids;
        for (int i = 0; i < 3; ++i)
            ids << runner.start(f.path, std::make_unique<LoopJob>(probe));
        QTRY_VERIFY_WITH_TIMEOUT(probe->started.load() == 2, 10000);
        runner.cancelAll();
        for (int id : ids) {
            const std::optional<Status> s = waitFinished(finished, id);
            QVERIFY(s && !s->ok());
            QCOMPARE(s->error().kind, Error::Kind::Cancelled);
            QVERIFY(!runner.isRunning(id));
        }
        QCOMPARE(probe->started.load(), 2);
        QCOMPARE(f.count("SELECT count(*) FROM runs"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
