// The import result dialog: what it says was (not) committed, and the rejections table.

#include "itemmodels/rejectiontablemodel.h"
#include "shell/importresultdialog.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace tierwise;

namespace {

ingest::ImportReport reportWith(int rejections, bool committed, qint64 inserted)
{
    ingest::ImportReport report;
    ingest::FileOutcome file;
    file.file = QStringLiteral("/data/customers.csv");
    file.kind = ingest::FileKind::Customers;
    file.inserted = inserted;
    file.rejected = rejections;
    report.files << file;
    for (int i = 0; i < rejections; ++i) {
        ingest::Rejection r;
        r.file = file.file;
        r.line = 1000 + i;
        r.column = 4;
        r.columnName = QStringLiteral("birth_date");
        r.value = QStringLiteral("1980-02-30");
        r.reason = QStringLiteral("February 1980 has 29 days");
        report.rejections << r;
    }
    report.rejectedTotal = rejections;
    report.committed = committed;
    report.reportPath = QStringLiteral("/data/book-rejections.csv");
    return report;
}

} // namespace

class TestImportResultDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void summary_data()
    {
        QTest::addColumn<int>("rejections");
        QTest::addColumn<bool>("committed");
        QTest::addColumn<qint64>("inserted");
        QTest::addColumn<QString>("expected");
        QTest::newRow("refused, one problem") << 1 << false << qint64(0)
                                              << QStringLiteral("The import was refused and nothing was committed; the "
                                                                "workspace is unchanged. Problems found: 1.");
        QTest::newRow("refused, many problems") << 1500 << false << qint64(0)
                                                << QStringLiteral("The import was refused and nothing was committed; the "
                                                                  "workspace is unchanged. Problems found: 1,500.");
        QTest::newRow("accepted partly") << 2 << true << qint64(12345)
                                         << QStringLiteral("Rows imported: 12,345. Rows rejected and left out: 2.");
    }

    void summary()
    {
        QFETCH(int, rejections);
        QFETCH(bool, committed);
        QFETCH(qint64, inserted);
        QFETCH(QString, expected);
        ImportResultDialog dialog(reportWith(rejections, committed, inserted));
        QCOMPARE(dialog.summaryText(), expected);
    }

    void tableNamesTheSpot()
    {
        ImportResultDialog dialog(reportWith(2, false, 0));
        const RejectionTableModel *model = dialog.rejectionModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(RejectionTableModel::ColumnCount));
        QCOMPARE(model->index(0, RejectionTableModel::File).data().toString(), QStringLiteral("customers.csv"));
        QCOMPARE(model->index(1, RejectionTableModel::Line).data().toString(), QStringLiteral("1,001"));
        QCOMPARE(model->index(0, RejectionTableModel::ColumnNo).data().toString(), QStringLiteral("4 (birth_date)"));
        QCOMPARE(model->index(0, RejectionTableModel::Value).data().toString(), QStringLiteral("1980-02-30"));
        QCOMPARE(model->index(0, RejectionTableModel::Reason).data().toString(),
                 QStringLiteral("February 1980 has 29 days"));
        QCOMPARE(model->headerData(RejectionTableModel::Reason, Qt::Horizontal).toString(), QStringLiteral("Reason"));
    }

    void mentionsTheReport()
    {
        ImportResultDialog dialog(reportWith(1, false, 0));
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("book-rejections.csv"));
        }));
    }
};

QTEST_MAIN(TestImportResultDialog)
#include "tst_importresultdialog.moc"
