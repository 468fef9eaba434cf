// The customer table: the lazy model over a real generated workspace (2,000 customers, tiers and
// CLV run in-process) and the view around it — counts, sorting, filters, the map's selection,
// masking, copying, the column chooser and stale answers after a quick re-sort.
//
// With TIERWISE_TABLE_BENCH=<workspace with a clv run> set, benchLargeWorkspace() prints the
// figures of the 1M-customer workspace (open, 100k selection, sort by AUM); with
// TIERWISE_TABLE_SHOT=<file.png> the view is saved there.

#include "analytics/clv.h"
#include "i18n/figures.h"
#include "shell/language.h"
#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "privacy/masking.h"
#include "store/workspace.h"
#include "testutil.h"
#include "views/customertableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace tierwise;
using Column = store::CustomerColumn;

namespace {

constexpr int kCustomers = 2000;
constexpr int kWaitMs = 20000;

QStringList queryStrings(const QString &path, const char *sql)
{
    test::SqliteDb db(path);
    QStringList out;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db.db, sql, -1, &st, nullptr) != SQLITE_OK)
        return out;
    while (sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

bool waitLoaded(CustomerTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, kWaitMs);
}

QVariant raw(const CustomerTableModel &model, int row, Column column)
{
    return model.data(model.index(row, int(column)), CustomerTableModel::RawRole);
}

} // namespace

class TestCustomerTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("TierwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_customertable"));
        QString why;
        m_path = test::importGeneratedBook(m_dir, kCustomers, 11, &why);
        QVERIFY2(!m_path.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_path);
        QVERIFY(ws);
        jobs::NullProgress progress;
        analytics::SegmentOptions tiers;
        tiers.method = analytics::SegmentMethod::Tiers;
        auto seg = analytics::runSegmentation(**ws, tiers, progress);
        QVERIFY2(seg, qPrintable(seg ? QString() : seg.error().message));
        auto clv = analytics::runClv(**ws, analytics::ClvOptions(), progress);
        QVERIFY2(clv, qPrintable(clv ? QString() : clv.error().message));
    }

    void rowCountIsEveryCustomer()
    {
        CustomerTableModel model;
        QSignalSpy counts(&model, &CustomerTableModel::countsChanged);
        model.openWorkspace(m_path);
        QVERIFY(model.isLoading());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), kCustomers);
        QCOMPARE(model.totalCustomers(), qint64(kCustomers));
        QCOMPARE(counts.size(), 1);
        // Customer-id order, the first chunk delivered with the count.
        const QStringList first = queryStrings(m_path, "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 2");
        QCOMPARE(model.customerId(0), first.at(0));
        QCOMPARE(model.customerId(1), first.at(1));
        // Every CLV column is filled from the newest clv run, the tier from the tiers run.
        QVERIFY(!raw(model, 0, Column::Tier).isNull());
        QVERIFY(!raw(model, 0, Column::Clv).isNull());
        QVERIFY(!raw(model, 0, Column::Stage).isNull());
        QVERIFY(raw(model, 0, Column::Segment).isNull()); // no segmentation run chosen
    }

    void rowsBeyondTheFirstChunkArriveLater()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        QVERIFY(waitLoaded(model));
        const int row = kCustomers - 1;
        QVERIFY(!model.isRowLoaded(row));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.data(model.index(row, int(Column::Name))).toString(), QStringLiteral("…"));
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(row), kWaitMs);
        QVERIFY(changed.size() >= 1);
        const QStringList last = queryStrings(m_path, "SELECT customer_id FROM customers ORDER BY customer_id DESC LIMIT 1");
        QCOMPARE(model.customerId(row), last.at(0));
    }

    void sortByAumDescending()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        model.sort(int(Column::Aum), Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), kCustomers);
        const QStringList top = queryStrings(m_path,
            "SELECT customer_id FROM balances WHERE month = (SELECT max(month) FROM balances) "
            "ORDER BY aum_cents DESC LIMIT 1");
        QCOMPARE(model.customerId(0), top.at(0));
        for (int row = 1; row < 100; ++row)
            QVERIFY2(raw(model, row - 1, Column::Aum).toLongLong() >= raw(model, row, Column::Aum).toLongLong(),
                     qPrintable(QString::number(row)));
        // Money is shown as figures::money (in English in full, with thousands separators), right-aligned.
        const qint64 cents = raw(model, 0, Column::Aum).toLongLong();
        QCOMPARE(model.data(model.index(0, int(Column::Aum))).toString(), figures::money(double(cents) / 100.0));
        QVERIFY(model.data(model.index(0, int(Column::Aum))).toString().contains(u','));
        QVERIFY(model.data(model.index(0, int(Column::Aum)), Qt::TextAlignmentRole).value<Qt::Alignment>()
                & Qt::AlignRight);
        QVERIFY(model.data(model.index(0, int(Column::PAlive))).toString().endsWith(u'%'));
    }

    void quickResortKeepsOnlyTheLastOrder()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        QVERIFY(waitLoaded(model));
        QSignalSpy counts(&model, &CustomerTableModel::countsChanged);
        model.sort(int(Column::Aum), Qt::DescendingOrder);
        model.sort(int(Column::Aum), Qt::AscendingOrder);
        QVERIFY(waitLoaded(model));
        QTest::qWait(200); // a late answer to the first sort would arrive now
        QCOMPARE(counts.size(), 1);
        for (int row = 1; row < 100; ++row)
            QVERIFY(raw(model, row - 1, Column::Aum).toLongLong() <= raw(model, row, Column::Aum).toLongLong());
    }

    void textFilterNarrowsRows()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        model.setTextFilter(QStringLiteral("br03"));
        QVERIFY(waitLoaded(model));
        const QStringList expected = queryStrings(m_path, "SELECT customer_id FROM customers WHERE branch_id = 'BR03'");
        QVERIFY(!expected.isEmpty());
        QCOMPARE(model.rowCount(), expected.size());
        QVERIFY(model.rowCount() < kCustomers);
        for (int row = 0; row < std::min(20, model.rowCount()); ++row)
            QVERIFY(expected.contains(model.customerId(row)));
        model.setTextFilter(QString());
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), kCustomers);
    }

    void customerFilterShowsExactlyThoseCustomers()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        const QStringList ids = queryStrings(m_path, "SELECT customer_id FROM customers ORDER BY customer_id DESC LIMIT 3");
        model.setCustomerFilter(ids);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 3);
        QStringList shown;
        for (int row = 0; row < 3; ++row)
            shown << model.customerId(row);
        shown.sort();
        QStringList want = ids;
        want.sort();
        QCOMPARE(shown, want);
        model.setCustomerFilter({});
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
        model.clearCustomerFilter();
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), kCustomers);
    }

    void maskingChangesTheShownId()
    {
        CustomerTableModel model;
        model.openWorkspace(m_path);
        QVERIFY(waitLoaded(model));
        const QString id = model.customerId(0);
        const QString name = raw(model, 0, Column::Name).toString();
        QVERIFY(model.isMasked());
        QCOMPARE(model.data(model.index(0, int(Column::Id))).toString(), privacy::maskId(id));
        QVERIFY(model.data(model.index(0, int(Column::Id))).toString() != id);
        QCOMPARE(model.data(model.index(0, int(Column::Name))).toString(), privacy::maskName(name));
        model.setMasked(false);
        QCOMPARE(model.data(model.index(0, int(Column::Id))).toString(), id);
        QCOMPARE(model.data(model.index(0, int(Column::Name))).toString(), name);
    }

    void copyPutsTsvWithHeader()
    {
        CustomerTableView view;
        view.openWorkspace(m_path);
        QVERIFY(waitLoaded(*view.model()));
        view.table()->selectRow(0);
        view.table()->selectionModel()->select(view.model()->index(1, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QApplication::clipboard()->clear();
        view.copySelection();
        const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList header = lines.at(0).split(u'\t');
        QCOMPARE(header.size(), store::kCustomerColumns);
        QCOMPARE(header.at(0), view.model()->headerData(0, Qt::Horizontal).toString());
        const QString id = view.model()->customerId(0);
        QCOMPARE(lines.at(1).split(u'\t').at(0), privacy::maskId(id)); // masked by default
        view.setMasked(false);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text().split(u'\n').at(1).split(u'\t').at(0), id);

        // Rows not loaded yet: copied when the worker has read them.
        view.table()->selectAll();
        view.copySelection();
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text().count(u'\n'), kCustomers + 1, kWaitMs);
    }

    void selectionAndActivationSignals()
    {
        CustomerTableView view;
        QSignalSpy selected(&view, &CustomerTableView::selectedCustomersChanged);
        QSignalSpy activated(&view, &CustomerTableView::customerActivated);
        view.openWorkspace(m_path);
        QVERIFY(waitLoaded(*view.model()));
        view.table()->setCurrentIndex(view.model()->index(2, 0));
        QVERIFY(!activated.isEmpty());
        QCOMPARE(activated.last().at(0).toString(), view.model()->customerId(2));
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().at(0).toStringList(), QStringList{view.model()->customerId(2)});

        // A selection over unloaded rows: the ids come from the worker.
        selected.clear();
        view.table()->selectAll();
        QTRY_VERIFY_WITH_TIMEOUT(!selected.isEmpty(), kWaitMs);
        QCOMPARE(selected.last().at(0).toStringList().size(), kCustomers);
    }

    void columnChooserHidesAndRemembers()
    {
        QSettings().remove(QStringLiteral("CustomerTable/hiddenColumns"));
        {
            CustomerTableView view;
            QAction *aum = view.columnMenu()->actions().at(int(Column::Aum));
            QCOMPARE(aum->text(), view.model()->headerData(int(Column::Aum), Qt::Horizontal).toString());
            QVERIFY(aum->isChecked());
            aum->trigger();
            QVERIFY(view.table()->isColumnHidden(int(Column::Aum)));
            QVERIFY(!aum->isChecked());
            QCOMPARE(QSettings().value(QStringLiteral("CustomerTable/hiddenColumns")).toStringList(),
                     QStringList{QStringLiteral("aum")});
        }
        CustomerTableView again;
        QVERIFY(again.table()->isColumnHidden(int(Column::Aum)));
        QVERIFY(!again.columnMenu()->actions().at(int(Column::Aum))->isChecked());
        again.setColumnVisible(int(Column::Aum), true);
        QVERIFY(!again.table()->isColumnHidden(int(Column::Aum)));
        QVERIFY(QSettings().value(QStringLiteral("CustomerTable/hiddenColumns")).toStringList().isEmpty());
    }

    void statusAndFindShortcut()
    {
        CustomerTableView view;
        view.resize(1100, 420);
        view.openWorkspace(m_path);
        QVERIFY(view.statusLabel()->text().contains(QStringLiteral("oading")));
        QVERIFY(waitLoaded(*view.model()));
        QCOMPARE(view.statusLabel()->text(), QStringLiteral("2,000 of 2,000 customers"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.table()->setFocus();
        QTest::keyClick(view.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view.filterEdit()->hasFocus());
        QTest::keyClicks(view.filterEdit(), QStringLiteral("BR03"));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() < kCustomers && !view.model()->isLoading(), kWaitMs);
        QVERIFY(view.statusLabel()->text().endsWith(QStringLiteral("of 2,000 customers")));
        view.filterEdit()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() == kCustomers && !view.model()->isLoading(), kWaitMs);
        // A click on a header sorts by that column; a second click reverses the order.
        QHeaderView *header = view.table()->horizontalHeader();
        const QPoint aumHeader(header->sectionViewportPosition(int(Column::Aum)) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, aumHeader);
        QCOMPARE(view.model()->sortColumn(), int(Column::Aum));
        QVERIFY(waitLoaded(*view.model()));
        const qint64 first = raw(*view.model(), 0, Column::Aum).toLongLong();
        QVERIFY(first <= raw(*view.model(), 1, Column::Aum).toLongLong());
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, aumHeader);
        QVERIFY(waitLoaded(*view.model()));
        QVERIFY(raw(*view.model(), 0, Column::Aum).toLongLong() >= raw(*view.model(), 1, Column::Aum).toLongLong());
        QVERIFY(raw(*view.model(), 0, Column::Aum).toLongLong() > first);
        view.table()->resizeColumnsToContents();
        const QString shot = qEnvironmentVariable("TIERWISE_TABLE_SHOT"); // a PNG path to look at
        if (!shot.isEmpty())
            QVERIFY(view.grab().save(shot));
    }

    // Settings ▸ Language while the table is open: the AUM cells follow 简体中文 and the 万 / 亿
    // option at once (no reset: the view keeps its rows), the header and the filter's placeholder
    // speak Chinese, and sorting by AUM still orders the raw amounts, not the shown text.
    void aumFollowsLanguageAndMoneyUnits()
    {
        // A known customer with ¥1,234,567.00 at the as-of month.
        const QString id = queryStrings(m_path, "SELECT customer_id FROM customers ORDER BY customer_id LIMIT 1").value(0);
        QVERIFY(!id.isEmpty());
        {
            test::SqliteDb db(m_path, SQLITE_OPEN_READWRITE);
            const QByteArray sql = "UPDATE balances SET aum_cents = 123456700 WHERE customer_id = '" + id.toUtf8()
                                   + "' AND month = (SELECT max(month) FROM balances)";
            QCOMPARE(sqlite3_exec(db.db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_changes(db.db), 1);
        }
        CustomerTableView view;
        view.openWorkspace(m_path);
        QVERIFY(waitLoaded(*view.model()));
        CustomerTableModel &model = *view.model();
        const int row = 0; // id order: the known customer first
        QCOMPARE(model.customerId(row), id);
        const QModelIndex aum = model.index(row, int(Column::Aum));
        QCOMPARE(aum.data(CustomerTableModel::RawRole).toLongLong(), qint64(123456700));
        QCOMPARE(aum.data().toString(), QStringLiteral("1,234,567"));
        const QString englishPlaceholder = view.filterEdit()->placeholderText();

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        setChineseMoneyUnits(true, false);
        applyLanguage(QStringLiteral("zh_CN"), false);
        QCOMPARE(aum.data().toString(), QStringLiteral("123.46万"));
        QVERIFY(changed.size() >= 1);  // views were told: every cell
        QCOMPARE(reset.size(), 0);     // … without losing the selection and scroll position
        QCOMPARE(model.customerId(row), id);
        QTRY_VERIFY(view.filterEdit()->placeholderText() != englishPlaceholder); // LanguageChange
        QVERIFY(view.filterEdit()->placeholderText().contains(QStringLiteral("筛选")));
        QCOMPARE(view.columnMenu()->actions().at(int(Column::Name))->text(),
                 model.headerData(int(Column::Name), Qt::Horizontal).toString());
        QCOMPARE(model.headerData(int(Column::Name), Qt::Horizontal).toString(), QStringLiteral("姓名"));

        // The 万 / 亿 option off: in full, with the locale's separators.
        changed.clear();
        setChineseMoneyUnits(false, false);
        QCOMPARE(aum.data().toString(), QStringLiteral("1,234,567"));
        QVERIFY(changed.size() >= 1);
        setChineseMoneyUnits(true, false);
        QCOMPARE(aum.data().toString(), QStringLiteral("123.46万"));

        // Sorting by AUM orders the amounts (in 万 the text "9,999" would sort above "123.46万").
        model.sort(int(Column::Aum), Qt::DescendingOrder);
        QVERIFY(waitLoaded(model));
        int known = -1;
        QStringList shown;
        for (int r = 0; r < model.rowCount() && r < CustomerTableModel::kChunkRows; ++r) {
            if (r > 0)
                QVERIFY2(raw(model, r - 1, Column::Aum).toLongLong() >= raw(model, r, Column::Aum).toLongLong(),
                         qPrintable(QString::number(r)));
            if (model.customerId(r) == id)
                known = r;
            shown << model.data(model.index(r, int(Column::Aum))).toString();
        }
        const qint64 above = queryStrings(m_path, "SELECT count(*) FROM balances WHERE aum_cents > 123456700 "
                                                  "AND month = (SELECT max(month) FROM balances)").value(0).toLongLong();
        QVERIFY(above < CustomerTableModel::kChunkRows); // the generated book: a few dozen at most
        QCOMPARE(qint64(known), above); // exactly the larger balances come first
        QCOMPARE(shown.at(known), QStringLiteral("123.46万"));

        applyLanguage(QStringLiteral("en"), false);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(model.data(model.index(known, int(Column::Aum))).toString(), QStringLiteral("1,234,567"));
    }

    void benchLargeWorkspace()
    {
        const QString path = qEnvironmentVariable("TIERWISE_TABLE_BENCH");
        if (path.isEmpty())
            QSKIP("Set TIERWISE_TABLE_BENCH to a large workspace to measure.");
        CustomerTableModel model;
        QElapsedTimer t;
        t.start();
        model.openWorkspace(path);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 600000));
        qInfo("open (base table of %lld customers) + first chunk: %lld ms", model.totalCustomers(), t.elapsed());
        const QStringList all = queryStrings(path, "SELECT customer_id FROM customers WHERE rowid % 10 = 3 LIMIT 100000");
        t.restart();
        model.setCustomerFilter(all);
        QSignalSpy counts(&model, &CustomerTableModel::countsChanged);
        QVERIFY(counts.wait(60000));
        qInfo("setCustomerFilter(%lld ids) -> row count %d and first chunk shown: %lld ms",
              qint64(all.size()), model.rowCount(), t.elapsed());
        QVERIFY(model.isRowLoaded(0));
        t.restart();
        model.sort(int(Column::Aum), Qt::DescendingOrder);
        QVERIFY(counts.wait(60000));
        qInfo("sort the 100k selection by AUM: %lld ms", t.elapsed());
        model.clearCustomerFilter();
        QVERIFY(counts.wait(60000));
        t.restart();
        model.sort(int(Column::Aum), Qt::AscendingOrder);
        QVERIFY(counts.wait(60000));
        qInfo("sort %d customers by AUM: %lld ms", model.rowCount(), t.elapsed());
        t.restart();
        const int far = model.rowCount() / 2;
        model.data(model.index(far, 0));
        QVERIFY(QTest::qWaitFor([&] { return model.isRowLoaded(far); }, 60000));
        qInfo("a chunk in the middle of the sorted 1M: %lld ms", t.elapsed());
        t.restart();
        model.setTextFilter(QStringLiteral("BR07"));
        QVERIFY(counts.wait(60000));
        qInfo("text filter over 1M -> %d rows: %lld ms", model.rowCount(), t.elapsed());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestCustomerTable)
#include "tst_customertable.moc"
