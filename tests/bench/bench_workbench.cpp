// Responsiveness of the whole workbench (issue 5) on a copy of a real workspace, on the offscreen
// platform: the window usable after opening, a segment-map replot, a 100k selection reflected in
// the customer table, and the event loop's latency (a 5 ms repeating timer) while the book loads
// and while a CLV and a clustering job run. Prints figures; it is not a pass/fail test.
//
//     bench_workbench --workspace PATH.tierwise [--shots DIR]
//
// The workspace is copied (with its -wal file, if any) into a temporary directory first; the
// analyses write new runs into the copy only. Every event delivery of 20 ms or more on the GUI
// thread is recorded (receiver class and event type), and the slots behind the signals that
// carry the stalls (bookChanged, jobFinished, the selection) are timed one by one at the end.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "charts/segmentmap.h"
#include "itemmodels/customertablemodel.h"
#include "shell/jobspanel.h"
#include "shell/mainwindow.h"
#include "shell/workspaceoverview.h"
#include "views/analysispages.h"
#include "views/booknavigator.h"
#include "views/customertableview.h"
#include "views/segmentmappage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

using namespace tierwise;

namespace {

constexpr int kTickMs = 5;           // the latency probe's interval
constexpr double kStallGoalMs = 50;  // the goal: no gap between ticks longer than this
constexpr double kSlowEventMs = 20;  // event deliveries at least this long are listed
constexpr double kKeptEventMs = 1;   // shorter ones are not kept at all

double ms(const QElapsedTimer &t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }

// CPU time the calling thread has used, in ms (to tell a busy GUI thread from a waiting one).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// One clock for the probe and the event recorder, so that events can be placed in a gap.
QElapsedTimer &benchClock()
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    return clock;
}

struct SlowEvent
{
    double at = 0;    // ms on benchClock()
    double took = 0;  // ms
    std::string what; // receiver class (object name), event type
};

// Times every top-level event delivery on the GUI thread; deliveries of kSlowEventMs or more
// are kept (they are what stalls the event loop).
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    void startRecording()
    {
        m_slow.clear();
        m_recording = true;
    }
    std::vector<SlowEvent> stopRecording()
    {
        m_recording = false;
        return std::move(m_slow);
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Workers (the table's, the job runner's) get their events through notify() too, on
        // their own threads: only the GUI thread's deliveries are timed.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (!m_recording || m_depth > 0) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const char *cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const int type = event->type();
        const double at = ms(benchClock());
        QElapsedTimer t;
        t.start();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        if (const double took = ms(t); took >= kKeptEventMs) {
            std::string what = cls;
            if (!name.isEmpty())
                what += " (" + name.toStdString() + ")";
            what += type == QEvent::MetaCall ? ", queued slot call"
                    : type == QEvent::Timer  ? ", timer"
                    : type == QEvent::UpdateRequest ? ", update request (paint)"
                    : type == QEvent::Paint ? ", paint"
                                            : ", event type " + std::to_string(type);
            m_slow.push_back({at, took, std::move(what)});
        }
        return r;
    }

private:
    bool m_recording = false;
    int m_depth = 0;
    std::vector<SlowEvent> m_slow;
};

TimedApplication *tapp() { return static_cast<TimedApplication *>(QCoreApplication::instance()); }

// A repeating timer whose gaps between ticks tell how long the event loop could not run.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_gaps.clear();
        m_last = ms(benchClock());
        m_lastCpu = threadCpuMs();
        m_maxCpu = 0;
        m_start = m_last;
        m_maxAt = m_last;
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall just before stopping counts too
        m_timer.stop();
    }
    struct Stats
    {
        double max = 0, p99 = 0, maxAt = 0, start = 0; // maxAt, start: on benchClock()
        double maxCpu = 0; // CPU time the GUI thread used during the longest gap
        std::size_t ticks = 0;
    };
    Stats stats() const
    {
        Stats s;
        s.ticks = m_gaps.size();
        if (m_gaps.empty())
            return s;
        std::vector<double> g = m_gaps;
        std::sort(g.begin(), g.end());
        s.max = g.back();
        s.p99 = g[std::min(g.size() - 1, std::size_t(double(g.size()) * 0.99))];
        s.maxAt = m_maxAt;
        s.start = m_start;
        s.maxCpu = m_maxCpu;
        return s;
    }

private:
    void tick()
    {
        const double now = ms(benchClock()), cpu = threadCpuMs();
        const double gap = now - m_last;
        if (m_gaps.empty() || gap > *std::max_element(m_gaps.begin(), m_gaps.end())) {
            m_maxAt = m_last; // the stall began here
            m_maxCpu = cpu - m_lastCpu;
        }
        m_gaps.push_back(gap);
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    double m_start = 0, m_last = 0, m_maxAt = 0, m_lastCpu = 0, m_maxCpu = 0;
    std::vector<double> m_gaps;
};

// Runs the event loop until done() holds (checked every millisecond) or timeoutMs passed.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void idle(int msecs)
{
    QEventLoop loop;
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    loop.exec();
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(ms(timer));
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return ms(timer);
}

const char *verdict(bool ok) { return ok ? "ok" : "MISSED"; }

void printStall(const char *what, const LatencyProbe::Stats &s, const std::vector<SlowEvent> &slow)
{
    std::printf("  event loop during %s: max gap %.1f ms, p99 %.1f ms over %zu ticks of %d ms  (goal: max <= %.0f ms) %s\n",
                what, s.max, s.p99, s.ticks, kTickMs, kStallGoalMs, verdict(s.max <= kStallGoalMs));
    for (const SlowEvent &e : slow)
        if (e.took >= kSlowEventMs)
            std::printf("    slow event %8.0f ms into the phase: %7.1f ms  %s\n", e.at - s.start, e.took, e.what.c_str());
    if (s.max <= kStallGoalMs)
        return;
    // What ran during the longest gap: the event deliveries of 1 ms or more inside it.
    double inside = 0;
    std::printf("    the longest gap, %.1f ms, began %.0f ms into the phase; the GUI thread ran %.1f ms of CPU in it "
                "(the rest it waited: descheduled, I/O or a lock); deliveries >= %.0f ms in it:\n",
                s.max, s.maxAt - s.start, s.maxCpu, kKeptEventMs);
    for (const SlowEvent &e : slow)
        if (e.at >= s.maxAt - 0.5 && e.at < s.maxAt + s.max) {
            inside += e.took;
            std::printf("      at +%6.1f ms: %7.1f ms  %s\n", e.at - s.maxAt, e.took, e.what.c_str());
        }
    std::printf("      (together %.1f ms; the rest is shorter deliveries or the platform)\n", inside);
}

QString copyWorkspace(const QString &source, const QTemporaryDir &dir)
{
    const QString target = dir.filePath(QFileInfo(source).fileName());
    if (!QFile::copy(source, target))
        return {};
    if (QFileInfo::exists(source + QStringLiteral("-wal")) && !QFile::copy(source + QStringLiteral("-wal"), target + QStringLiteral("-wal")))
        return {};
    return target;
}

// Waits for the window's next book (after a load or a reload), at most timeoutMs.
bool waitForBook(MainWindow &window, std::shared_ptr<const analytics::BookView> previous, int timeoutMs)
{
    return waitUntil([&] { return window.book() && window.book() != previous; }, timeoutMs);
}

struct JobRun
{
    double finishedMs = -1;
    bool ok = false;
    QString message;
};

// Starts an analysis with start() and measures the event loop until its jobFinished, then a
// little longer (the window's jobFinished slots run right after it).
JobRun runJob(MainWindow &window, LatencyProbe &probe, const char *what, const std::function<bool()> &start)
{
    JobRun run;
    QObject context;
    QElapsedTimer clock;
    QObject::connect(window.jobsPanel(), &JobsPanel::jobFinished, &context,
                     [&](int, const std::shared_ptr<jobs::Job> &job, const Status &status) {
                         if (job->kind() == QLatin1String("book.load"))
                             return;
                         run.finishedMs = ms(clock);
                         run.ok = status.ok();
                         if (!status.ok())
                             run.message = status.error().message;
                     });
    const auto previous = window.book();
    tapp()->startRecording();
    probe.start();
    clock.start();
    if (!start()) {
        probe.stop();
        tapp()->stopRecording();
        std::printf("  %s: could not be started\n", what);
        return run;
    }
    waitUntil([&] { return run.finishedMs >= 0; }, 3600 * 1000);
    idle(300);
    probe.stop();
    const std::vector<SlowEvent> slow = tapp()->stopRecording();
    std::printf("  %s: %s after %.1f s%s%s\n", what, run.ok ? "finished" : "FAILED", run.finishedMs / 1000,
                run.ok ? "" : ": ", qPrintable(run.message));
    printStall(what, probe.stats(), slow);
    if (!run.ok)
        return run; // no new run: the window does not reload the book
    // The window reloads the book after a new run; measure that reload too (information).
    tapp()->startRecording();
    probe.start();
    QElapsedTimer reload;
    reload.start();
    const bool reloaded = waitForBook(window, previous, 600 * 1000);
    const double reloadMs = ms(reload);
    idle(500);
    probe.stop();
    const std::vector<SlowEvent> slowReload = tapp()->stopRecording();
    std::printf("  the book reloaded after it: %s %.1f s after jobFinished + 300 ms\n", reloaded ? "yes," : "NO,",
                reloadMs / 1000);
    printStall("that reload", probe.stats(), slowReload);
    return run;
}

// Times the slots behind the signals that carry GUI-thread work, one by one, by calling what
// they call (the same public functions), so that a stall can be pinned on one of them.
void attributeSlots(MainWindow &window, const QVector<int> &selection)
{
    const std::shared_ptr<const analytics::BookView> book = window.book();
    if (!book)
        return;
    std::printf("\nWhere the GUI thread's time goes (each slot called directly, ms):\n");
    std::printf("  bookChanged / onJobFinished(book load):\n");
    std::printf("    BookNavigator::setBook             %8.1f\n", timeMs([&] { window.navigator()->setBook(book); }));
    std::printf("    SegmentMapPage::setBook             %8.1f  (starts the map's preparation on a worker)\n",
                timeMs([&] { window.mapPage()->setBook(book); }));
    {
        QElapsedTimer ready;
        ready.start();
        waitUntil([&] { return !window.mapPage()->isBuilding(); }, 60 * 1000);
        std::printf("      (the map shows the new book %.1f ms later: worker, then SegmentMap::setPrepared)\n", ms(ready));
        SegmentMapData data;
        const std::vector<double> &x = book->axis(analytics::BookAxis::Aum), &y = book->axis(analytics::BookAxis::MarginClv);
        data.x = QVector<double>(x.begin(), x.end());
        data.y = QVector<double>(y.begin(), y.end());
        data.logX = data.logY = true;
        std::shared_ptr<SegmentMapPrepared> prepared;
        std::printf("    SegmentMap::prepare (worker thread) %8.1f\n",
                    timeMs([&] { prepared = SegmentMap::prepare(std::move(data)); }));
        SegmentMap scratch;
        scratch.resize(900, 600);
        std::printf("    SegmentMap::setPrepared (GUI thread) %7.1f  (offscreen scratch map)\n",
                    timeMs([&] { scratch.setPrepared(std::move(prepared)); }));
    }
    for (int i = 0; i < window.views()->count(); ++i)
        if (auto *page = qobject_cast<BookPage *>(window.views()->widget(i)))
            std::printf("    %-35s %8.1f  (tab \"%s\")\n",
                        (std::string(page->metaObject()->className()).substr(10) + "::setBook").c_str(),
                        timeMs([&] { page->setBook(book); }), qPrintable(window.views()->tabText(i)));
    std::printf("    CustomerTableModel::setSegmentationRun %5.1f\n",
                timeMs([&] { window.customerTable()->model()->setSegmentationRun(0); }));
    idle(2000);
    std::printf("  importFinished / resultsChanged (information: analyses no longer refresh the overview):\n");
    std::printf("    WorkspaceOverview::refresh         %8.1f  (SQL on the GUI connection, after an import)\n",
                timeMs([&] { (void)window.overview()->refresh(); }));
    std::printf("    CustomerTableView::openWorkspace   %8.1f\n",
                timeMs([&] { window.customerTable()->openWorkspace(window.workspace()->path()); }));
    waitUntil([&] { return !window.customerTable()->model()->isLoading(); }, 120 * 1000);
    std::printf("  selectionChanged (map → window → table), %lld rows:\n", static_cast<long long>(selection.size()));
    QStringList ids;
    std::printf("    ids from the book (QStringList)    %8.1f\n", timeMs([&] {
                    ids.reserve(selection.size());
                    for (int r : selection)
                        ids << QString::fromStdString(book->customerId[std::size_t(r)]);
                }));
    std::printf("    CustomerTableView::setCustomerFilter %6.1f\n",
                timeMs([&] { window.customerTable()->setCustomerFilter(ids); }));
    waitUntil([&] { return !window.customerTable()->model()->isLoading(); }, 120 * 1000);
    window.mapPage()->map()->clearSelection();
    idle(300);
    std::printf("    SegmentMap::setSelection (whole chain) %4.1f\n",
                timeMs([&] { window.mapPage()->map()->setSelection(selection); }));
    std::printf("    SegmentMapPage::setSelection (same) %7.1f\n", timeMs([&] { window.mapPage()->setSelection(selection); }));
    waitUntil([&] { return !window.customerTable()->model()->isLoading(); }, 120 * 1000);
}

} // namespace

int main(int argc, char **argv)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured, also in a log file
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of the benchmark, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("TierwiseBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_workbench"));
    QSettings().clear();

    QString source, shots;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--workspace") && i + 1 < args.size())
            source = args[++i];
        else if (args[i] == QLatin1String("--shots") && i + 1 < args.size())
            shots = args[++i];
    }
    if (source.isEmpty() || !QFileInfo::exists(source)) {
        std::fprintf(stderr, "usage: bench_workbench --workspace PATH.tierwise [--shots DIR]\n");
        return 2;
    }
    QTemporaryDir dir;
    QElapsedTimer copyClock;
    copyClock.start();
    const QString path = copyWorkspace(source, dir);
    if (path.isEmpty()) {
        std::fprintf(stderr, "cannot copy %s into %s\n", qPrintable(source), qPrintable(dir.path()));
        return 1;
    }
    std::printf("Workbench responsiveness on a copy of %s (%.2f GB, copied in %.1f s), platform %s\n",
                qPrintable(source), double(QFileInfo(path).size()) / 1e9, ms(copyClock) / 1000,
                qPrintable(QGuiApplication::platformName()));

    MainWindow window;
    window.setErrorHandler([](const QString &title, const QString &text) {
        std::printf("  [error shown] %s: %s\n", qPrintable(title), qPrintable(text));
    });
    window.setQuestionHandler([](const QString &, const QString &, std::function<void(bool)> answer) { answer(false); });
    window.setReportHandler([](const ingest::ImportReport &) {});
    window.resize(1400, 900);
    window.show();
    waitUntil([&] { return window.windowHandle() && window.windowHandle()->isExposed(); }, 5000);
    idle(300);
    LatencyProbe probe;

    // 1. Open: openWorkspace returning + the first frame = the window is usable.
    std::printf("\n1. Open the workspace\n");
    QElapsedTimer openClock;
    openClock.start();
    if (!window.openWorkspace(path)) {
        std::fprintf(stderr, "openWorkspace failed\n");
        return 1;
    }
    const double openMs = ms(openClock);
    const QPixmap frame = window.grab();
    const double usableMs = ms(openClock);
    tapp()->startRecording();
    probe.start();
    std::printf("  openWorkspace() returned after %.1f ms (the GUI thread is blocked that long)\n", openMs);
    std::printf("  window usable (openWorkspace + first frame painted, window.grab): %.1f ms  (goal: < 2000 ms) %s\n",
                usableMs, verdict(usableMs < 2000));
    if (!shots.isEmpty())
        frame.save(QDir(shots).filePath(QStringLiteral("bench_open.png")));
    const bool loaded = waitForBook(window, nullptr, 600 * 1000);
    const double bookMs = ms(openClock);
    idle(500);
    probe.stop();
    const std::vector<SlowEvent> slowLoad = tapp()->stopRecording();
    if (!loaded) {
        std::fprintf(stderr, "the book did not load\n");
        return 1;
    }
    const std::size_t n = window.book()->size();
    std::printf("  bookChanged after %.1f ms (%zu customers; information: the window is usable meanwhile)\n", bookMs, n);
    printStall("the book load (4a)", probe.stats(), slowLoad);

    // 2. Map replot on the map tab, automatic mode, default axes.
    std::printf("\n2. Segment map replot\n");
    window.views()->setCurrentWidget(window.mapPage());
    waitUntil([&] { return !window.mapPage()->isBuilding(); }, 60 * 1000);
    idle(500);
    SegmentMap *map = window.mapPage()->map();
    map->setModeOverride(std::nullopt);
    const double replotMs = medianMs(7, [&] { map->replotNow(); });
    const char *mode = map->mode() == SegmentMap::Mode::Symbols ? "symbols"
                       : map->mode() == SegmentMap::Mode::Dots  ? "dots"
                                                                : "density";
    std::printf("  axes %s x %s, automatic mode = %s, %d of %d rows in view, plot %dx%d px\n",
                qPrintable(window.mapPage()->xAxisBox()->currentText()),
                qPrintable(window.mapPage()->yAxisBox()->currentText()), mode, map->visibleCount(), map->rowCount(),
                map->plotWidget()->width(), map->plotWidget()->height());
    std::printf("  SegmentMap::replotNow(), median of 7: %.1f ms  (goal: < 100 ms) %s\n", replotMs,
                verdict(replotMs < 100));
    if (!shots.isEmpty())
        window.grab().save(QDir(shots).filePath(QStringLiteral("bench_map.png")));

    // 3. A selection of every 10th customer on the map, reflected in the customer table.
    std::printf("\n3. Selection -> table\n");
    CustomerTableModel *table = window.customerTable()->model();
    waitUntil([&] { return !table->isLoading(); }, 120 * 1000);
    QVector<int> rows;
    for (std::size_t r = 0; r < n; r += 10)
        rows << int(r);
    const int want = int(rows.size());
    tapp()->startRecording();
    probe.start();
    QElapsedTimer selClock;
    selClock.start();
    map->setSelection(rows);
    const double callMs = ms(selClock);
    const bool shown = waitUntil(
        [&] { return table->rowCount() == want && !table->isLoading() && !table->customerId(0).isEmpty(); }, 120 * 1000);
    const double selMs = ms(selClock);
    idle(300);
    probe.stop();
    const std::vector<SlowEvent> slowSel = tapp()->stopRecording();
    std::printf("  every 10th row = %d customers; window selection %lld rows\n", want,
                static_cast<long long>(window.selection().size()));
    std::printf("  SegmentMap::setSelection() returned after %.1f ms (GUI thread blocked)\n", callMs);
    std::printf("  table shows them (rowCount %d, first chunk loaded): %s %.1f ms  (goal: < 500 ms) %s\n",
                table->rowCount(), shown ? "after" : "NOT within 120 s,", selMs, verdict(shown && selMs < 500));
    printStall("the selection", probe.stats(), slowSel);
    if (!shots.isEmpty()) {
        window.views()->setCurrentWidget(window.customerTable());
        idle(300);
        window.grab().save(QDir(shots).filePath(QStringLiteral("bench_table.png")));
        window.views()->setCurrentWidget(window.mapPage());
        idle(300);
    }

    // 4. The event loop while analyses run.
    std::printf("\n4. Event loop while analyses run\n");
    runJob(window, probe, "CLV job (4b)", [&] { return window.runClv(analytics::ClvOptions()); });
    analytics::SegmentOptions kmeans;
    kmeans.method = analytics::SegmentMethod::KMeans;
    kmeans.k = 8;
    kmeans.restarts = 3;
    runJob(window, probe, "clustering job, k-means k = 8, 3 restarts (4c)", [&] { return window.runSegmentation(kmeans); });

    waitUntil([&] { return !table->isLoading() && window.jobsPanel()->activeCount() == 0; }, 300 * 1000);
    attributeSlots(window, rows);
    std::fflush(stdout);
    return 0;
}
