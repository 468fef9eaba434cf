// The workspace overview: empty states, counts with the locale's thousands separators, dates in
// the locale's short format, and the import history read from the workspace.

#include "ingest/importer.h"
#include "shell/workspaceoverview.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QLabel>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tierwise;
using Figure = WorkspaceOverview::Figure;
using Page = WorkspaceOverview::Page;

namespace {

const QByteArray kTransactions = "customer_id,date,amount,channel,type\n"
                                 "C000001,2024-01-05,1200.00,mobile,deposit\n"
                                 "C000002,2024-02-10,-300.50,counter,withdrawal\n"
                                 "C000001,2024-03-31,88,online,purchase\n";

} // namespace

class TestWorkspaceOverview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        auto created = store::Workspace::create(m_dir.filePath(QStringLiteral("book-%1.tierwise").arg(++m_counter)));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        m_workspace = std::move(created).value();
    }

    void cleanup() { m_workspace.reset(); }

    void noWorkspace()
    {
        WorkspaceOverview overview;
        overview.setWorkspace(nullptr);
        QCOMPARE(overview.page(), Page::NoWorkspace);
    }

    void emptyWorkspaceInvitesAnImport()
    {
        WorkspaceOverview overview;
        overview.setWorkspace(m_workspace.get());
        QCOMPARE(overview.page(), Page::Empty);
        const auto messages = overview.findChildren<QLabel *>(QStringLiteral("emptyStateMessage"));
        QVERIFY(std::any_of(messages.cbegin(), messages.cend(), [](const QLabel *label) {
            return label->isVisibleTo(label->window()) && label->text().contains(QStringLiteral("Import Data"));
        }));
    }

    void countsUseThousandsSeparators_data()
    {
        QTest::addColumn<int>("customers");
        QTest::addColumn<QString>("shown");
        QTest::newRow("three customers") << 3 << QStringLiteral("3");
        QTest::newRow("1,234 customers") << 1234 << QStringLiteral("1,234");
    }

    void countsUseThousandsSeparators()
    {
        QFETCH(int, customers);
        QFETCH(QString, shown);
        QVERIFY(import({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(customers))}));

        WorkspaceOverview overview;
        overview.setWorkspace(m_workspace.get());
        QCOMPARE(overview.page(), Page::Content);
        QCOMPARE(overview.figureText(Figure::Customers), shown);
        QCOMPARE(overview.figureText(Figure::Accounts), QStringLiteral("0"));
        QCOMPARE(overview.figureText(Figure::Imports), QStringLiteral("1"));
        QCOMPARE(overview.importRowCount(), 1);
        const QTreeWidgetItem *row = overview.importList()->topLevelItem(0);
        QCOMPARE(row->text(0), QStringLiteral("customers.csv"));
        QCOMPARE(row->text(4), shown);
        QCOMPARE(row->text(2), QStringLiteral("Committed"));
        QVERIFY(row->textAlignment(4) & Qt::AlignRight);
    }

    void datesFromTransactions()
    {
        QVERIFY(import({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(2)),
                        test::writeFile(m_dir, QStringLiteral("transactions.csv"), kTransactions)}));
        WorkspaceOverview overview;
        overview.setWorkspace(m_workspace.get());
        QCOMPARE(overview.figureText(Figure::Transactions), QStringLiteral("3"));
        QCOMPARE(overview.figureText(Figure::FirstTransaction), QStringLiteral("1/5/24"));
        QCOMPARE(overview.figureText(Figure::LastTransaction), QStringLiteral("3/31/24"));
        QCOMPARE(overview.figureText(Figure::AsOf), QStringLiteral("3/31/24"));
        QCOMPARE(overview.figureText(Figure::LastBalanceMonth), QStringLiteral("—"));
        QCOMPARE(overview.importRowCount(), 2);
    }

    void refusedImportIsListed()
    {
        QVERIFY(!import({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(3, 2))}));
        WorkspaceOverview overview;
        overview.setWorkspace(m_workspace.get());
        QCOMPARE(overview.page(), Page::Content);
        QCOMPARE(overview.figureText(Figure::Customers), QStringLiteral("0"));
        QCOMPARE(overview.figureText(Figure::Rejections), QStringLiteral("1"));
        QCOMPARE(overview.importList()->topLevelItem(0)->text(2), QStringLiteral("Rejected"));
    }

    void refreshSeesNewData()
    {
        WorkspaceOverview overview;
        overview.setWorkspace(m_workspace.get());
        QCOMPARE(overview.page(), Page::Empty);
        QVERIFY(import({test::writeFile(m_dir, QStringLiteral("customers.csv"), test::customersCsv(5))}));
        QVERIFY(overview.refresh());
        QCOMPARE(overview.page(), Page::Content);
        QCOMPARE(overview.figureText(Figure::Customers), QStringLiteral("5"));
    }

private:
    // Runs the importer on the test's workspace; true if it committed.
    bool import(const QStringList &files)
    {
        jobs::NullProgress progress;
        ingest::ImportOptions options;
        options.reportPath = m_dir.filePath(QStringLiteral("report.csv"));
        auto report = ingest::Importer(*m_workspace).run(files, options, progress);
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        return report && report->committed;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_workspace;
    int m_counter = 0;
};

QTEST_MAIN(TestWorkspaceOverview)
#include "tst_workspaceoverview.moc"
