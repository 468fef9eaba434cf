// The segment brief dialog: the choices come from the book, Preview gathers on the jobs panel and
// shows the pages, Save writes a PDF whose text has the segments (in the chosen language), a
// changed choice gathers again, Cancel stops the gathering; the window's File ▸ Print Segment
// Brief… (Ctrl+P) opens it.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "brief/briefdialog.h"
#include "brief/brieflanguage.h"
#include "brief/briefrenderer.h"
#include "jobs/progress.h"
#include "shell/jobspanel.h"
#include "shell/mainwindow.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace tierwise;

namespace {

// Holds a worker until cancelled.
class WaitJob final : public jobs::Job
{
public:
    QString kind() const override { return QStringLiteral("test.wait"); }
    Status run(store::Workspace &, jobs::Progress &progress) override
    {
        while (progress.report(0, 0, QString()))
            QThread::msleep(2);
        return Error::cancelled(QStringLiteral("cancelled"));
    }
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestBriefDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    std::shared_ptr<const analytics::BookView> m_book;

    int indexOf(const QComboBox *box, const QString &data) { return box->findData(data); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 1500, 3, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        analytics::SegmentOptions tiers;
        QVERIFY(analytics::runSegmentation(**ws, tiers, progress).ok());
        QVERIFY(analytics::runClv(**ws, analytics::ClvOptions(), progress).ok());
        auto book = analytics::loadBookView((*ws)->handle(), progress);
        QVERIFY(book.ok());
        m_book = std::make_shared<const analytics::BookView>(std::move(*book));
    }

    // A brief in another language looks its strings up in that catalogue for a moment, without
    // telling the windows: none retranslates, and tr() answers in the interface's language after.
    void briefLanguageDoesNotRetranslateTheWindows()
    {
        struct Counter : QWidget
        {
            int changes = 0;
            void changeEvent(QEvent *e) override
            {
                changes += e->type() == QEvent::LanguageChange;
                QWidget::changeEvent(e);
            }
        } window;
        window.show();
        QCoreApplication::processEvents();
        window.changes = 0;
        {
            const BriefLanguage chinese(QStringLiteral("zh_CN"));
            QVERIFY(chinese.hasCatalogue());
            QVERIFY(QCoreApplication::translate("tierwise::BriefRenderer", "Contents") != QStringLiteral("Contents"));
        }
        QCoreApplication::processEvents();
        QCOMPARE(window.changes, 0);
        QCOMPARE(QCoreApplication::translate("tierwise::BriefRenderer", "Contents"), QStringLiteral("Contents"));
    }

    void choicesComeFromTheBook()
    {
        JobsPanel jobs;
        BriefDialog dialog(&jobs, m_ws, m_book, true);
        // Tiers, then the CLV run's lifecycle stages and value bands.
        QCOMPARE(dialog.segmentationBox()->count(), int(m_book->segmentations.size()));
        QCOMPARE(dialog.segmentationBox()->currentData().toString(), QStringLiteral("segment.tiers"));
        const analytics::BookSegmentation *tiers = m_book->segmentation(QStringLiteral("segment.tiers"));
        QCOMPARE(dialog.segmentList()->count(), int(tiers->keys.size()));
        QVERIFY(dialog.segmentList()->item(1)->text().startsWith(tiers->names[1]));
        QCOMPARE(dialog.branchBox()->count(), 1 + int(m_book->branches.size()));
        QCOMPARE(dialog.languageBox()->count(), 3);
        QCOMPARE(dialog.languageBox()->itemText(1), QStringLiteral("简体中文"));
        QVERIFY(dialog.options().segments.isEmpty()); // all checked: all of them

        // Unchecking one names the others; none disables Preview and Save.
        dialog.segmentList()->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(dialog.options().segments, tiers->keys.mid(1));
        for (int i = 0; i < dialog.segmentList()->count(); ++i)
            dialog.segmentList()->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.previewButton()->isEnabled());
        QVERIFY(!dialog.saveButton()->isEnabled());

        dialog.segmentationBox()->setCurrentIndex(indexOf(dialog.segmentationBox(), QStringLiteral("lifecycle")));
        QCOMPARE(dialog.segmentList()->count(), 5); // the stages, all checked again
        QVERIFY(dialog.previewButton()->isEnabled());
    }

    void previewThenSave()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        JobsPanel jobs;
        BriefDialog dialog(&jobs, m_ws, m_book, true);
        dialog.bankEdit()->setText(QStringLiteral("Test Savings Bank"));
        dialog.setStrategies({{QStringLiteral("mass"), {QStringLiteral("Grow the mass tier"),
                                                        {QStringLiteral("Objective: monthly savings plans")}}}});
        dialog.show();
        QSignalSpy gathered(&dialog, &BriefDialog::gathered);
        QSignalSpy previewed(&dialog, &BriefDialog::previewUpdated);
        QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
        QVERIFY(dialog.isGathering());
        QCOMPARE(jobs.activeCount(), 1); // in the window's jobs panel
        QVERIFY(previewed.wait(60000));
        QCOMPARE(gathered.count(), 1);
        const int pages = previewed.first().first().toInt();
        QVERIFY2(pages >= 2 + 1 + 2 * int(dialog.data()->segments.size()), qPrintable(QString::number(pages)));
        QCOMPARE(dialog.previewPageCount(), pages);
        dialog.grab().save(QStringLiteral("/tmp/tst_briefdialog.png"));

        // Saving with the same choices paints again without gathering.
        QSignalSpy saved(&dialog, &BriefDialog::saved);
        const QString pdf = m_dir.filePath(QStringLiteral("dialog.pdf"));
        dialog.saveTo(pdf);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(gathered.count(), 1);
        QCOMPARE(saved.first().first().toString(), pdf);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Test Savings Bank")));
        for (const analytics::BriefSegment &s : dialog.data()->segments)
            QVERIFY2(text.contains(analytics::briefSegmentName(*dialog.data(), s)), qPrintable(s.key));
        QVERIFY(text.contains(QLatin1String("Grow the mass tier")));
        QVERIFY(text.contains(QLatin1String("Objective: monthly savings plans")));
        QFile::remove(QStringLiteral("/tmp/tst_briefdialog.pdf"));
        QFile::copy(pdf, QStringLiteral("/tmp/tst_briefdialog.pdf")); // to look at

        // Another language only repaints; the names come out in it.
        dialog.languageBox()->setCurrentIndex(indexOf(dialog.languageBox(), QStringLiteral("zh_CN")));
        const QString zh = m_dir.filePath(QStringLiteral("dialog-zh.pdf"));
        dialog.saveTo(zh);
        QCOMPARE(saved.count(), 2);
        QCOMPARE(gathered.count(), 1);
        QVERIFY(pdfText(zh).contains(QStringLiteral("大众客户")));
        // The user interface's language is untouched afterwards.
        QCOMPARE(analytics::segmentationSegmentName(dialog.data()->run, dialog.data()->segmentationKind, QStringLiteral("mass")),
                 QStringLiteral("Mass"));

        // A branch is another set of figures: gathered again before saving.
        dialog.branchBox()->setCurrentIndex(1);
        const QString branch = m_dir.filePath(QStringLiteral("dialog-branch.pdf"));
        dialog.saveTo(branch);
        QVERIFY(saved.wait(60000));
        QCOMPARE(gathered.count(), 2);
        QCOMPARE(dialog.data()->branch, dialog.branchBox()->currentData().toString());
        QVERIFY(QFileInfo(branch).size() > 10000);
    }

    void cancelStopsGathering()
    {
        JobsPanel jobs;
        BriefDialog dialog(&jobs, m_ws, m_book, true);
        // Both workers busy: the brief's job waits in the queue, so Cancel always finds it unfinished.
        jobs.start(m_ws, std::make_shared<WaitJob>(), QStringLiteral("wait 1"));
        jobs.start(m_ws, std::make_shared<WaitJob>(), QStringLiteral("wait 2"));
        QSignalSpy finished(&jobs, &JobsPanel::jobFinished);
        QSignalSpy previewed(&dialog, &BriefDialog::previewUpdated);
        dialog.preview();
        QVERIFY(dialog.isGathering());
        QPushButton *cancel = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text() == QLatin1String("&Cancel Gathering"))
                cancel = b;
        QVERIFY(cancel && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        jobs.cancelAll(); // the waiters; the brief's job, cancelled first, then ends without running
        QTRY_COMPARE_WITH_TIMEOUT(jobs.activeCount(), 0, 60000);
        QCOMPARE(previewed.count(), 0);
        QCOMPARE(dialog.statusLabel()->text(), QStringLiteral("Cancelled."));
    }

    // The renderer paints with QPainter only: a worker thread prints the same brief.
    void rendersOffTheGuiThread()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        auto data = analytics::gatherBrief((*ws)->handle(), analytics::BriefOptions(), progress);
        QVERIFY(data.ok());
        const QString here = m_dir.filePath(QStringLiteral("gui-thread.pdf"));
        const QString there = m_dir.filePath(QStringLiteral("worker-thread.pdf"));
        auto onGui = BriefRenderer(*data).writePdf(here);
        QVERIFY(onGui.ok());
        int workerPages = 0;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto r = BriefRenderer(*data).writePdf(there);
            workerPages = r ? r->pages : -1;
        }));
        worker->start();
        QVERIFY(worker->wait(60000));
        QCOMPARE(workerPages, onGui->pages);
        QVERIFY(QFileInfo(there).size() > 10000);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QCOMPARE(pdfText(there).count(QLatin1Char('\f')), pdfText(here).count(QLatin1Char('\f')));
    }

    void windowOpensItWithCtrlP()
    {
        MainWindow window;
        QAction *action = window.findChild<QAction *>(QStringLiteral("briefAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(!action->isEnabled()); // no workspace
        QMenu *file = window.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(action));
        QSignalSpy book(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(book.wait(60000));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<BriefDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->segmentationBox()->currentData().toString(), QStringLiteral("segment.tiers"));
        // Its job is the dialog's: the window reports no analysis and reloads nothing.
        QSignalSpy results(&window, &MainWindow::resultsChanged);
        QSignalSpy previewed(dialog, &BriefDialog::previewUpdated);
        dialog->preview();
        QVERIFY(previewed.wait(60000));
        QCOMPARE(results.count(), 0);
        dialog->close();
    }
};

QTEST_MAIN(TestBriefDialog)
#include "tst_briefdialog.moc"
