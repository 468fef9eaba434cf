// The linked views of the workbench on a valued workspace: a rectangle selection on the map
// filters the customer table to exactly those customers; a click shows the profile; the docks'
// layout is restored in the next session.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "charts/segmentmap.h"
#include "itemmodels/customertablemodel.h"
#include "shell/mainwindow.h"
#include "store/workspace.h"
#include "testutil.h"
#include "views/customerprofile.h"
#include "views/customertableview.h"
#include "views/segmentmappage.h"
#include "views/analysispages.h"
#include "charts/migrationmatrixview.h"
#include "shell/jobspanel.h"

#include <QComboBox>
#include <qcustomplot.h>
#include <QDateEdit>
#include <QPushButton>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierwise;

class TestWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    bool openAndLoad(MainWindow &window)
    {
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        if (!window.openWorkspace(m_ws))
            return false;
        return loaded.wait(60000) && window.book();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QString why;
        m_ws = test::analysedBook(m_dir, 2000, 17, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void mapRectangleFiltersTheTable()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        SegmentMapPage *page = window.mapPage();
        window.views()->setCurrentWidget(page); // a hidden page builds its map when shown
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding(), 10000); // prepared on a worker
        QCOMPARE(page->xAxisBox()->currentText(), analytics::bookAxisName(analytics::BookAxis::Aum));
        QVERIFY(page->colourBox()->currentText().startsWith(QStringLiteral("Value tiers")));
        // Every customer with an AUM of 100,000 to 1,000,000 and a positive margin CLV.
        const analytics::BookView &book = *window.book();
        QVector<int> expected;
        for (std::size_t r = 0; r < book.size(); ++r) {
            const double a = book.axis(analytics::BookAxis::Aum)[r], m = book.axis(analytics::BookAxis::MarginClv)[r];
            if (a >= 1e5 && a <= 1e6 && m > 0 && m <= 1e12)
                expected << int(r);
        }
        QVERIFY(expected.size() > 10);
        page->map()->selectRect(QRectF(QPointF(1e5, 1e-300), QPointF(1e6, 1e12)), Qt::NoModifier);
        QCOMPARE(window.selection(), expected);
        CustomerTableModel *table = window.customerTable()->model();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), int(expected.size()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!table->isLoading(), 10000);
        // The rows shown are the selected customers.
        QSet<QString> ids;
        for (int r : expected)
            ids.insert(QString::fromStdString(book.customerId[std::size_t(r)]));
        QTRY_VERIFY_WITH_TIMEOUT(!table->customerId(0).isEmpty(), 10000);
        QVERIFY(ids.contains(table->customerId(0)));
        // Clearing the selection on the map shows the whole book again.
        page->map()->clearSelection();
        QVERIFY(window.selection().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2000, 10000);
    }

    // The map is prepared on a worker: quick changes of axis show the last one chosen, once.
    void mapShowsTheNewestRequest()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(openAndLoad(window));
        SegmentMapPage *page = window.mapPage();
        window.views()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding(), 10000);
        QSignalSpy ready(page, &SegmentMapPage::mapReady);
        page->xAxisBox()->setCurrentIndex(int(analytics::BookAxis::Recency));
        page->xAxisBox()->setCurrentIndex(int(analytics::BookAxis::Tenure));
        QVERIFY(page->isBuilding());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBuilding(), 10000);
        QTest::qWait(100); // the superseded preparation, had it been shown, would be by now
        QCOMPARE(ready.size(), 1);
        QCOMPARE(page->map()->customPlot()->xAxis->label(), analytics::bookAxisName(analytics::BookAxis::Tenure));
        QCOMPARE(page->map()->customPlot()->xAxis->scaleType(), QCPAxis::stLinear);
        QCOMPARE(page->map()->rowCount(), 2000);
    }

    void clickOnTheMapShowsTheProfile()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(openAndLoad(window));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.views()->setCurrentWidget(window.mapPage());
        QTRY_VERIFY_WITH_TIMEOUT(!window.mapPage()->isBuilding(), 10000);
        SegmentMap *map = window.mapPage()->map();
        // The customer with the largest AUM stands alone at the right of the map.
        const analytics::BookView &book = *window.book();
        const std::vector<double> &aum = book.axis(analytics::BookAxis::Aum);
        const auto top = std::size_t(std::max_element(aum.begin(), aum.end()) - aum.begin());
        map->resetView();
        map->replotNow();
        const QPointF pixel = map->pixelFor(int(top));
        QTest::mouseClick(map->plotWidget(), Qt::LeftButton, Qt::NoModifier, pixel.toPoint());
        QCOMPARE(window.profile()->customerId(), QString::fromStdString(book.customerId[top]));
    }

    void tierMigrationIsComputedAsAJob()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndLoad(window));
        MigrationPage *page = window.migrationPage();
        window.views()->setCurrentWidget(page);
        QCOMPARE(page->beforeEdit()->date(), QDate(2026, 4, 30)); // six months before the as-of date
        QSignalSpy finished(window.jobsPanel(), &JobsPanel::jobFinished);
        const qint64 runs = window.book()->segmentations.size();
        QTest::mouseClick(page->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(2).value<Status>().ok());
        QVERIFY(page->view()->hasData());
        QCOMPARE(window.views()->currentWidget(), page);
        // Nothing was written: no reload of the book.
        QCOMPARE(qint64(window.book()->segmentations.size()), runs);
        const QString summary = page->view()->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Upgrades")) && summary.contains(QStringLiteral("Stayed")), qPrintable(summary));
    }

    void dockLayoutIsRestored()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *profile = window.findChild<QDockWidget *>(QStringLiteral("profileDock"));
            QVERIFY(profile && profile->isVisible());
            profile->hide();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("profileDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("navigatorDock"))->isVisible());
    }
};

QTEST_MAIN(TestWorkbench)
#include "tst_workbench.moc"
