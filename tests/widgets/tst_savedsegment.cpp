// Saving a selection as a named segment: a run of its own with exactly the selected customers,
// shown in the navigator; undo removes it and redo brings it back.

#include "analytics/bookview.h"
#include "shell/jobspanel.h"
#include "shell/mainwindow.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tierwise;

namespace {

const analytics::BookSegmentation *savedSegment(const analytics::BookView &book)
{
    for (const analytics::BookSegmentation &s : book.segmentations)
        if (s.kind == QLatin1String("segment.saved"))
            return &s;
    return nullptr;
}

qint64 count(const QString &ws, const char *sql)
{
    return test::queryWorkspace(ws, sql);
}

} // namespace

class TestSavedSegment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveUndoRedo()
    {
        QTemporaryDir dir;
        QString why;
        const QString ws = test::importGeneratedBook(dir, 500, 4, &why);
        QVERIFY2(!ws.isEmpty(), qPrintable(why));
        MainWindow window;
        QSignalSpy book(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(ws));
        QVERIFY(book.wait(60000));
        QAction *save = window.findChild<QAction *>(QStringLiteral("saveSegmentAction"));
        QVERIFY(save && !save->isEnabled()); // nothing selected yet
        QVERIFY(!window.saveSelectionAsSegment(QStringLiteral("Nobody")));

        const QVector<int> rows{3, 10, 42, 99, 250};
        window.setSelection(rows, QStringLiteral("test"));
        QVERIFY(save->isEnabled());
        QVERIFY(!window.saveSelectionAsSegment(QStringLiteral("   ")));

        book.clear();
        QVERIFY(window.saveSelectionAsSegment(QStringLiteral("VIP prospects")));
        QVERIFY(book.wait(60000)); // saved, then the book reloads
        QCOMPARE(count(ws, "SELECT count(*) FROM runs WHERE kind = 'segment.saved' AND label = 'VIP prospects'"), qint64(1));
        QCOMPARE(count(ws, R"SQL(SELECT count(*) FROM assignments WHERE segment = 'VIP prospects'
                                   AND run_id = (SELECT max(run_id) FROM runs))SQL"), qint64(5));
        const analytics::BookSegmentation *saved = savedSegment(*window.book());
        QVERIFY(saved);
        QCOMPARE(window.book()->segmentation(saved->key), saved); // each saved segment has a key of its own
        QCOMPARE(saved->keys, QStringList{QStringLiteral("VIP prospects")});
        for (int r : rows)
            QCOMPARE(saved->group[std::size_t(r)], std::int16_t(0));
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(window.undoStack()->canUndo());

        // The finished jobs cleared from the dock: undo still knows the run to remove.
        for (QPushButton *b : window.jobsPanel()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Clear Finished"))
                b->click();
        book.clear();
        window.undoStack()->undo();
        QVERIFY(book.wait(60000));
        QCOMPARE(count(ws, "SELECT count(*) FROM runs WHERE kind = 'segment.saved'"), qint64(0));
        QCOMPARE(count(ws, "SELECT count(*) FROM assignments WHERE segment = 'VIP prospects'"), qint64(0));
        QVERIFY(!savedSegment(*window.book()));

        book.clear();
        window.undoStack()->redo();
        QVERIFY(book.wait(60000));
        QCOMPARE(count(ws, "SELECT count(*) FROM runs WHERE kind = 'segment.saved' AND label = 'VIP prospects'"), qint64(1));
        QCOMPARE(count(ws, "SELECT count(*) FROM assignments WHERE segment = 'VIP prospects'"), qint64(5));

        // Another workspace starts with an empty history.
        QTemporaryDir other;
        QVERIFY(window.createWorkspace(other.filePath(QStringLiteral("o.tierwise"))));
        QCOMPARE(window.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestSavedSegment)
#include "tst_savedsegment.moc"
