// The main window: workspace open/create/close, the Import action's state, imports through the
// controller refreshing the overview, errors shown without changing anything, drag and drop,
// and closing while an import runs.

#include "ingest/importer.h"
#include "shell/importcontroller.h"
#include "shell/importprogresspanel.h"
#include "shell/importresultdialog.h"
#include "shell/mainwindow.h"
#include "shell/userguide.h"
#include "shell/workspaceoverview.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QTextBrowser>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sqlite3.h>

using namespace tierwise;
using Figure = WorkspaceOverview::Figure;

namespace {

// A window whose dialogs never block: errors and questions are recorded, questions answered.
struct TestWindow
{
    MainWindow window;
    QStringList errors;
    QStringList questions;
    QList<ingest::ImportReport> reports;
    bool answer = true;

    TestWindow()
    {
        window.setErrorHandler([this](const QString &, const QString &text) { errors << text; });
        window.setQuestionHandler([this](const QString &, const QString &text, std::function<void(bool)> reply) {
            questions << text;
            reply(answer);
        });
        window.setReportHandler([this](const ingest::ImportReport &report) { reports << report; });
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TierwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        MainWindow::recentWorkspaces.reset();
    }

    void importDisabledWithoutWorkspace()
    {
        TestWindow t;
        QVERIFY(!t.window.workspace());
        QVERIFY(!t.window.importAction()->isEnabled());
        QVERIFY(!t.window.importFiles({test::writeFile(m_dir, QStringLiteral("c.csv"), test::customersCsv(1))}));
        QCOMPARE(t.window.windowTitle(), QStringLiteral("Tierwise"));
        QCOMPARE(t.window.overview()->page(), WorkspaceOverview::Page::NoWorkspace);
    }

    void createOpenAndClose()
    {
        TestWindow t;
        const QString path = newPath();
        QVERIFY(t.window.createWorkspace(path));
        QVERIFY(t.window.importAction()->isEnabled());
        QCOMPARE(t.window.windowTitle(), QStringLiteral("%1 — Tierwise").arg(QFileInfo(path).completeBaseName()));
        QCOMPARE(t.window.asOfText(), QStringLiteral("No data yet"));
        QCOMPARE(MainWindow::recentWorkspaces.get().value(0), QFileInfo(path).absoluteFilePath());

        t.window.closeWorkspace();
        QVERIFY(!t.window.workspace());
        QVERIFY(!t.window.importAction()->isEnabled());

        QVERIFY(t.window.openWorkspace(path));
        QVERIFY(t.window.workspace());
        QVERIFY(!t.window.createWorkspace(path)); // exists: refused, reported
        QCOMPARE(t.errors.size(), 1);
        QCOMPARE(t.window.workspace()->path(), path);
    }

    void importUpdatesOverview()
    {
        TestWindow t;
        QVERIFY(t.window.createWorkspace(newPath()));
        ImportController *controller = t.window.importController();
        QSignalSpy finished(controller, &ImportController::finished);

        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(3))}));
        QVERIFY(!t.window.importAction()->isEnabled());
        QVERIFY(t.window.progressPanel()->isVisibleTo(&t.window));
        QVERIFY(finished.wait(30000));

        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("3"));
        QCOMPARE(t.window.overview()->importRowCount(), 1);
        QVERIFY(t.window.importAction()->isEnabled());
        QVERIFY(!t.window.progressPanel()->isVisibleTo(&t.window));
        QVERIFY2(t.window.statusBar()->currentMessage().startsWith(QStringLiteral("Import finished. Files: 1; rows added: 3;")),
                 qPrintable(t.window.statusBar()->currentMessage()));
        QVERIFY(t.reports.isEmpty());
        QVERIFY(t.errors.isEmpty());
    }

    void cancelBeforeStartKeepsCounts()
    {
        TestWindow t;
        QVERIFY(t.window.createWorkspace(newPath()));
        QSignalSpy finished(t.window.importController(), &ImportController::finished);
        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(3))}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("3"));

        QSignalSpy failed(t.window.importController(), &ImportController::failed);
        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("more.csv"), test::customersCsv(10))}));
        t.window.importController()->cancel();
        QVERIFY(failed.wait(30000));
        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("3"));
        QCOMPARE(t.window.statusBar()->currentMessage(), QStringLiteral("Import cancelled; the workspace is unchanged."));
        QVERIFY(t.errors.isEmpty());
    }

    void rejectedImportIsReported()
    {
        TestWindow t;
        QVERIFY(t.window.createWorkspace(newPath()));
        QSignalSpy finished(t.window.importController(), &ImportController::finished);
        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("bad.csv"), test::customersCsv(4, 3))}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(t.reports.size(), 1);
        QVERIFY(!t.reports.at(0).committed);
        QCOMPARE(t.reports.at(0).rejections.size(), 1);
        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("0"));
        QCOMPARE(t.window.overview()->figureText(Figure::Rejections), QStringLiteral("1"));
    }

    void openingNonWorkspaceKeepsPrevious_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("text file") << QByteArray("customer_id,name\nC1,Zhang\n") << QStringLiteral("not an SQLite");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("missing file") << QByteArray("-") << QStringLiteral("does not exist");
        QTest::newRow("other SQLite database") << QByteArray("sqlite") << QStringLiteral("not a Tierwise workspace");
        QTest::newRow("newer version") << QByteArray("newer") << QStringLiteral("newer version");
    }

    void openingNonWorkspaceKeepsPrevious()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        TestWindow t;
        const QString good = newPath();
        QVERIFY(t.window.createWorkspace(good));

        QString bad = m_dir.filePath(QStringLiteral("bad-%1.tierwise").arg(++m_counter));
        if (bytes == "sqlite" || bytes == "newer") {
            if (bytes == "newer") {
                auto ws = store::Workspace::create(bad);
                QVERIFY(ws);
            }
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(bad).constData(), &db), SQLITE_OK);
            const char *sql = bytes == "newer" ? "PRAGMA user_version = 999" : "CREATE TABLE t (x)";
            QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
        } else if (bytes != "-") {
            test::writeFile(m_dir, QFileInfo(bad).fileName(), bytes);
        }

        QVERIFY(!t.window.openWorkspace(bad));
        QCOMPARE(t.errors.size(), 1);
        QVERIFY2(t.errors.at(0).contains(message), qPrintable(t.errors.at(0)));
        QVERIFY(t.window.workspace());
        QCOMPARE(t.window.workspace()->path(), good);
        QVERIFY(t.window.windowTitle().startsWith(QFileInfo(good).completeBaseName()));
    }

    void dropImportsCsvAndOpensWorkspace()
    {
        TestWindow t;
        const QString first = newPath();
        QVERIFY(t.window.createWorkspace(first));
        const QString csv = test::writeFile(m_dir, QStringLiteral("dropped.csv"), test::customersCsv(2));
        QSignalSpy finished(t.window.importController(), &ImportController::finished);
        QVERIFY(drop(t.window, {csv}));
        QVERIFY(finished.wait(30000));
        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("2"));

        const QString second = newPath();
        QVERIFY(store::Workspace::create(second));
        QVERIFY(drop(t.window, {second}));
        QCOMPARE(t.window.workspace()->path(), second);
        QCOMPARE(t.window.overview()->page(), WorkspaceOverview::Page::Empty);

        QVERIFY(!drop(t.window, {m_dir.filePath(QStringLiteral("picture.png"))}));
    }

    void closeWhileImportingCancelsFirst()
    {
        auto t = std::make_unique<TestWindow>();
        QVERIFY(t->window.createWorkspace(newPath()));
        t->window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t->window));
        const QString csv = test::writeFile(m_dir, QStringLiteral("big.csv"), test::customersCsv(200000));
        QVERIFY(t->window.importFiles({csv}));
        QSignalSpy failed(t->window.importController(), &ImportController::failed);

        QVERIFY(!t->window.close()); // deferred: asks, cancels, waits for the worker
        QCOMPARE(t->questions.size(), 1);
        QVERIFY(t->window.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!t->window.isVisible(), 30000);
        QVERIFY(!t->window.importController()->isRunning());
        if (failed.count() == 1) // else the import won the race and committed before the cancel
            QCOMPARE(failed.at(0).at(0).value<Error>().kind, Error::Kind::Cancelled);
    }

    void closeWhileImportingCanBeDeclined()
    {
        TestWindow t;
        t.answer = false;
        QVERIFY(t.window.createWorkspace(newPath()));
        t.window.show();
        QSignalSpy finished(t.window.importController(), &ImportController::finished);
        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("big.csv"), test::customersCsv(50000))}));
        QVERIFY(!t.window.close());
        QCOMPARE(t.questions.size(), 1);
        QVERIFY(finished.wait(60000));
        QVERIFY(t.window.isVisible());
        QCOMPARE(t.window.overview()->figureText(Figure::Customers), QStringLiteral("50,000"));
    }

    // F1 opens the guide: the shipped text, then every shortcut the window has, read from it.
    void userGuideListsTheShortcuts()
    {
        TestWindow t;
        t.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.window));
        QTest::keyClick(&t.window, Qt::Key_F1);
        auto *guide = t.window.findChild<UserGuide *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString text = guide->browser()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Tierwise user guide")));
        QVERIFY(text.contains(QStringLiteral("Import data")));
        // The shortcut table names the menus' actions with their keys, including a submenu's.
        QVERIFY2(text.contains(QStringLiteral("Edit ▸ Save Selection as Segment")), qPrintable(text.right(2000)));
        QVERIFY(text.contains(QStringLiteral("File ▸ Export ▸ Chart")));
        QVERIFY(text.contains(QStringLiteral("Show Segment Map")));
        QVERIFY(text.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        QCOMPARE(text.count(QStringLiteral("Mask Personal Data")), 2); // once in the guide, once in the table

        // No two of the window's actions share a shortcut.
        QHash<QString, QString> owner;
        for (QAction *a : t.window.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->parent() != &t.window)
                continue;
            const QString key = a->shortcut().toString();
            QVERIFY2(!owner.contains(key), qPrintable(key + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" and ") + a->text()));
            owner.insert(key, a->text());
        }
        QVERIFY(owner.size() > 20);
        // Find: Enter in the find box selects the next occurrence, wrapping around.
        auto *find = guide->findChild<QLineEdit *>();
        QVERIFY(find);
        find->setText(QStringLiteral("lasso"));
        QVERIFY(guide->findNext());
        QCOMPARE(guide->browser()->textCursor().selectedText().toLower(), QStringLiteral("lasso"));
        find->setText(QStringLiteral("no such words here"));
        QVERIFY(!guide->findNext());
        // A second F1 raises the same guide.
        QTest::keyClick(&t.window, Qt::Key_F1);
        QCOMPARE(t.window.findChildren<UserGuide *>().size(), 1);
    }

    // Not a check: with TIERWISE_SCREENSHOT_DIR set, saves PNGs of the shell's states to look at.
    void screenshots()
    {
        const QString out = qEnvironmentVariable("TIERWISE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set TIERWISE_SCREENSHOT_DIR to save screenshots");
        TestWindow t;
        t.window.resize(1200, 760);
        t.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&t.window));
        QVERIFY(t.window.grab().save(QDir(out).filePath(QStringLiteral("shell-none.png"))));
        QVERIFY(t.window.createWorkspace(m_dir.filePath(QStringLiteral("Branch 0101.tierwise"))));
        QVERIFY(t.window.grab().save(QDir(out).filePath(QStringLiteral("shell-empty.png"))));

        QSignalSpy progress(t.window.importController(), &ImportController::progress);
        QSignalSpy finished(t.window.importController(), &ImportController::finished);
        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("big.csv"), test::customersCsv(300000))}));
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.constLast().at(1).toLongLong() > 0, 30000);
        QVERIFY(t.window.grab().save(QDir(out).filePath(QStringLiteral("shell-progress.png"))));
        QVERIFY(finished.wait(60000));

        QVERIFY(t.window.importFiles({test::writeFile(m_dir, QStringLiteral("bad.csv"), test::customersCsv(40, 7) + "C9,X,Q,1990-01-01,B01,2031-01-01\n")}));
        QVERIFY(finished.wait(60000));
        QVERIFY(!t.reports.isEmpty());
        QVERIFY(t.window.grab().save(QDir(out).filePath(QStringLiteral("shell-overview.png"))));
        ImportResultDialog dialog(t.reports.constLast(), &t.window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(out).filePath(QStringLiteral("shell-rejections.png"))));
    }

private:
    QString newPath() { return m_dir.filePath(QStringLiteral("book-%1.tierwise").arg(++m_counter)); }

    // Drags the files over the window and drops them if accepted; returns whether it was.
    static bool drop(QWidget &target, const QStringList &files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &file : files)
            urls << QUrl::fromLocalFile(file);
        mime.setUrls(urls);
        const QPoint pos = target.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &dropEvent);
        return dropEvent.isAccepted();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
