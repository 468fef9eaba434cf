// The book navigator and the customer profile docks on a valued workspace: the navigator lists
// branches, tiers and segments with their counts and chooses their customers; the profile shows
// a chosen customer, masked until the user unmasks.

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "shell/mainwindow.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"
#include "views/booknavigator.h"
#include "views/customerprofile.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tierwise;

class TestBookDocks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    static QModelIndex find(const QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data().toString() == text)
                return i;
            if (const QModelIndex inner = find(model, text, i); inner.isValid())
                return inner;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 2000, 21, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        analytics::SegmentOptions tiers;
        QVERIFY(analytics::runSegmentation(**ws, tiers, progress).ok());
        QVERIFY(analytics::runClv(**ws, analytics::ClvOptions(), progress).ok());
    }

    void navigatorChoosesCustomers()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::bookChanged);
        QVERIFY(window.openWorkspace(m_ws));
        QVERIFY(loaded.wait(60000));
        QVERIFY(window.book());
        QStandardItemModel *model = window.navigator()->model();
        const QModelIndex all = model->index(0, 0);
        QCOMPARE(model->index(0, 1).data().toString(), QLocale().toString(2000));
        QCOMPARE(window.navigator()->rowsOf(all).size(), 2000);
        // A tier under the value-tier segmentation: exactly its stored customers.
        QModelIndex tiersHeader;
        for (int r = 0; r < model->rowCount(all); ++r)
            if (model->index(r, 0, all).data().toString().startsWith(QStringLiteral("Value tiers")))
                tiersHeader = model->index(r, 0, all);
        QVERIFY(tiersHeader.isValid());
        const QModelIndex mass = find(model, QStringLiteral("Mass"), tiersHeader);
        QVERIFY(mass.isValid());
        auto ws = store::Workspace::open(m_ws);
        const qint64 stored = store::queryInt((*ws)->handle(), R"SQL(
            SELECT count(*) FROM assignments WHERE segment = 'mass'
               AND run_id = (SELECT max(run_id) FROM runs WHERE kind = 'segment.tiers'))SQL");
        QSignalSpy chosen(window.navigator(), &BookNavigator::rowsChosen);
        window.navigator()->tree()->setCurrentIndex(mass);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<QVector<int>>().size(), int(stored));
        QCOMPARE(chosen.at(0).at(1).toString(), QStringLiteral("Mass"));
        // A heading chooses nobody.
        chosen.clear();
        window.navigator()->tree()->setCurrentIndex(tiersHeader);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(window.navigator()->rowsOf(tiersHeader).isEmpty());
        // Lifecycle stages of the CLV run are there too.
        QVERIFY(find(model, analytics::lifecycleStageName(analytics::LifecycleStage::Churned)).isValid());
    }

    void profileShowsTheChosenCustomerMasked()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_ws));
        auto ws = store::Workspace::open(m_ws);
        store::Statement st((*ws)->handle(), R"SQL(
            SELECT c.customer_id, c.name FROM customers c JOIN holdings h USING (customer_id)
             WHERE h.close_date IS NULL AND length(c.name) >= 2 LIMIT 1)SQL");
        QVERIFY(st.step());
        const QString id = st.text(0), name = st.text(1);
        window.showCustomer(id);
        CustomerProfile *profile = window.profile();
        QCOMPARE(profile->customerId(), id);
        QString text = profile->text();
        QVERIFY2(!text.contains(name), qPrintable(text));
        QVERIFY2(text.contains(name.left(1) + QStringLiteral("*")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Tier")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CLV")), qPrintable(text));
        QVERIFY(profile->holdings()->rowCount() > 0);
        QVERIFY(profile->sparkline()->values().size() >= 12);
        QVERIFY2(text.contains(QStringLiteral("Next-best products")), qPrintable(text));
        // The preferred channel by its name, not the imported code.
        store::Statement pref((*ws)->handle(), "SELECT ifnull(channel_pref, '') FROM customers WHERE customer_id = ?1");
        pref.bind(1, id);
        QVERIFY(pref.step());
        const QString channel = pref.text(0);
        const QMap<QString, QString> names{{QStringLiteral("counter"), QStringLiteral("Counter")},
                                           {QStringLiteral("online"), QStringLiteral("Online banking")},
                                           {QStringLiteral("mobile"), QStringLiteral("Mobile banking")},
                                           {QStringLiteral("atm"), QStringLiteral("ATM")},
                                           {QStringLiteral("pos"), QStringLiteral("POS")}};
        if (names.contains(channel))
            QVERIFY2(text.contains(QStringLiteral("Preferred channel\n") + names.value(channel) + QLatin1Char('\n')), qPrintable(text));
        window.setMasked(false);
        QVERIFY(profile->text().contains(name));
        window.setMasked(true);
        QVERIFY(!profile->text().contains(name));
        window.showCustomer(QStringLiteral("NO-SUCH-ID"));
        QVERIFY(profile->text().contains(QStringLiteral("not in this workspace")));
    }
};

QTEST_MAIN(TestBookDocks)
#include "tst_bookdocks.moc"
