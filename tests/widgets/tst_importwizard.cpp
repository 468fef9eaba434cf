// The import wizard: a GB18030 file with Chinese headers is detected, mapped, checked and
// imported through the window's ImportController without user input; rejections name the spot;
// a saved mapping loads back identically and is accepted by tierwise-cli; overrides refresh the
// preview.

#include "itemmodels/previewtablemodel.h"
#include "itemmodels/rejectiontablemodel.h"
#include "privacy/masking.h"
#include "shell/importcontroller.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"
#include "wizard/filespage.h"
#include "wizard/importpage.h"
#include "wizard/importwizard.h"
#include "wizard/mappingpage.h"
#include "wizard/previewpage.h"
#include "wizard/validationpage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QUrl>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tierwise;
using namespace tierwise::ingest;

namespace {

const char kChineseCustomers[] = "客户号,姓名,性别,出生日期,所属网点,开户日期,风险等级\n"
                                 "100001,张伟,男,1980-05-01,B01,2015-03-02,3\n"
                                 "100002,李娜,女,1992-07-15,B01,2019-11-30,2\n"
                                 "100003,王芳,女,1970-01-01,B02,2010-01-05,5\n"
                                 "100004,欧阳小明,男,1988-12-31,B02,2020-06-18,4\n";

const Field kExpectedFields[] = {Field::CustomerId, Field::Name,     Field::Gender,   Field::BirthDate,
                                 Field::BranchId,   Field::OpenDate, Field::RiskLevel};

struct Fixture
{
    QTemporaryDir dir;
    QString workspace;
    ImportController controller;

    Fixture()
    {
        workspace = dir.filePath(QStringLiteral("w.tierwise"));
        auto created = store::Workspace::create(workspace);
        if (!created)
            qFatal("%s", qPrintable(created.error().toString()));
    }
    QString gbFile(const QString &name = QStringLiteral("客户.csv"))
    {
        return test::writeFile(dir, name, test::encodeAs(QString::fromUtf8(kChineseCustomers), "GB18030"));
    }
    QString text(const char *sql) const
    {
        const test::SqliteDb db(workspace);
        return store::queryText(db.db, sql);
    }
    qint64 count(const char *sql) const
    {
        const test::SqliteDb db(workspace);
        return store::queryInt(db.db, sql);
    }
};

bool clickNext(ImportWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    if (!next->isEnabled())
        return false;
    next->click();
    return true;
}

void render(QWidget &widget, const QString &name)
{
    widget.grab().save(QStringLiteral("/tmp/wizard-%1.png").arg(name));
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TierwiseTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importwizard"));
        QFont font = QApplication::font();
        font.setFamilies({font.family(), QStringLiteral("WenQuanYi Micro Hei")});
        QApplication::setFont(font);
    }

    void mapsChineseGb18030FileAndImports()
    {
        Fixture f;
        const QString path = f.gbFile();
        ImportWizard wizard(&f.controller, f.workspace);
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no files yet
        render(wizard, QStringLiteral("0-empty"));
        wizard.addFiles({path});

        // Files: detected encoding and kind.
        QCOMPARE(wizard.files().size(), 1);
        const WizardFile &file = wizard.files()[0];
        QCOMPARE(file.preview.detected.encoding, Encoding::Gb18030);
        QCOMPARE(file.preview.encoding, Encoding::Gb18030);
        QCOMPARE(file.kind(), FileKind::Customers);
        QTreeWidget *list = wizard.filesPage()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("客户.csv"));
        QCOMPARE(list->topLevelItem(0)->text(1), fileKindDisplayName(FileKind::Customers));
        QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("gb18030"));
        render(wizard, QStringLiteral("1-files"));

        // Preview: Chinese headers and names decoded, header row recognised.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        PreviewTableModel *preview = wizard.previewPage()->model();
        QCOMPARE(preview->columnCount(), 7);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("客户号"));
        QCOMPARE(preview->headerData(6, Qt::Horizontal).toString(), QStringLiteral("风险等级"));
        // Names and ids masked on screen by default; shown as they are in an unmasked session.
        QCOMPARE(preview->index(3, 1).data().toString(), QStringLiteral("欧***"));
        QCOMPARE(preview->index(3, 0).data().toString(), privacy::maskId(QStringLiteral("100004")));
        QVERIFY(preview->index(3, 0).data().toString().contains(QLatin1Char('*')));
        QCOMPARE(preview->index(3, 3).data().toString(), QStringLiteral("1988-12-31"));
        wizard.setMasked(false);
        QCOMPARE(preview->index(3, 1).data().toString(), QStringLiteral("欧阳小明"));
        wizard.setMasked(true);
        auto *info = wizard.findChild<QLabel *>(QStringLiteral("previewInfo"));
        QVERIFY2(info->text().contains(QStringLiteral("gb18030")), qPrintable(info->text()));
        QVERIFY2(info->text().contains(QStringLiteral("Header row: yes")), qPrintable(info->text()));
        render(wizard, QStringLiteral("2-preview"));

        // Mapping: every column suggested, nothing missing.
        QVERIFY(clickNext(wizard));
        MappingPage *mapping = wizard.mappingPage();
        QCOMPARE(mapping->table()->rowCount(), 7);
        for (int row = 0; row < 7; ++row) {
            QCOMPARE(static_cast<Field>(mapping->fieldBox(row)->currentData().toInt()), kExpectedFields[row]);
            QCOMPARE(mapping->formatBox(row)->isEnabled(), fieldInfo(kExpectedFields[row]).type == ValueType::Date);
        }
        QCOMPARE(mapping->table()->item(1, MappingPage::Sample)->text(), QStringLiteral("张*"));
        QCOMPARE(mapping->table()->item(3, MappingPage::Sample)->text(), QStringLiteral("1980-05-01"));
        QVERIFY2(mapping->problems().isEmpty(), qPrintable(mapping->problems().join(QLatin1Char('\n'))));
        render(wizard, QStringLiteral("3-mapping"));

        // Validation: a dry run with no rejections that writes nothing.
        QVERIFY(clickNext(wizard));
        ValidationPage *validation = wizard.validationPage();
        QTRY_VERIFY_WITH_TIMEOUT(validation->report().has_value(), 20000);
        QVERIFY(validation->report()->dryRun);
        QCOMPARE(validation->report()->rejectedTotal, 0);
        QCOMPARE(validation->rejections()->rowCount(), 0);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 0);
        QCOMPARE(f.count("SELECT count(*) FROM imports"), 0);
        render(wizard, QStringLiteral("4-validation"));

        // Import: through the window's controller, as its job.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
        render(wizard, QStringLiteral("5-import"));
        QSignalSpy started(&wizard, &ImportWizard::importStarted);
        QSignalSpy finished(&f.controller, &ImportController::finished);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(started.count(), 1);
        QVERIFY(f.controller.isRunning() || finished.count() == 1);
        QVERIFY(!wizard.isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        const auto report = finished.at(0).at(0).value<ImportReport>();
        QVERIFY(report.committed);
        QCOMPARE(report.files.at(0).inserted, 4);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 4);
        QCOMPARE(f.text("SELECT name FROM customers WHERE customer_id = '100004'"), QStringLiteral("欧阳小明"));
        QCOMPARE(f.text("SELECT group_concat(name, '|') FROM (SELECT name FROM customers ORDER BY customer_id)"),
                 QStringLiteral("张伟|李娜|王芳|欧阳小明"));
        QCOMPARE(f.text("SELECT birth_date FROM customers WHERE customer_id = '100002'"), QStringLiteral("1992-07-15"));
        QCOMPARE(f.count("SELECT risk_level FROM customers WHERE customer_id = '100003'"), 5);
    }

    void validationListsBadDateRow()
    {
        Fixture f;
        const QString path = test::writeFile(f.dir, QStringLiteral("bad.csv"), test::customersCsv(5, 3));
        ImportWizard wizard(&f.controller, f.workspace);
        wizard.show();
        wizard.addFiles({path});
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        ValidationPage *validation = wizard.validationPage();
        QTRY_VERIFY_WITH_TIMEOUT(validation->report().has_value(), 20000);
        QCOMPARE(validation->report()->rejectedTotal, 1);
        RejectionTableModel *model = validation->rejections();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, RejectionTableModel::File).data().toString(), QStringLiteral("bad.csv"));
        QCOMPARE(model->index(0, RejectionTableModel::Line).data().toLongLong(), 4);
        QCOMPARE(model->index(0, RejectionTableModel::ColumnNo).data().toString().contains(QStringLiteral("4")), true);
        QCOMPARE(model->index(0, RejectionTableModel::Value).data().toString(), QStringLiteral("1980-02-30"));
        QVERIFY(!model->index(0, RejectionTableModel::Reason).data().toString().isEmpty());
        QVERIFY2(wizard.findChild<QLabel *>(QStringLiteral("validationStatus"))->text().contains(QStringLiteral("1 of 5")),
                 qPrintable(wizard.findChild<QLabel *>(QStringLiteral("validationStatus"))->text()));
        render(wizard, QStringLiteral("4-validation-rejections"));

        // Rejections block the import until the user accepts importing the valid rows only.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        auto *partial = wizard.findChild<QAbstractButton *>(QStringLiteral("acceptPartial"));
        QVERIFY(partial->isEnabled());
        partial->click();
        QVERIFY(wizard.acceptPartial());
        QVERIFY(clickNext(wizard));
        QSignalSpy finished(&f.controller, &ImportController::finished);
        wizard.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QVERIFY(finished.at(0).at(0).value<ImportReport>().committed);
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 4);
    }

    void savedMappingLoadsBackAndWorksWithTheCli()
    {
        Fixture f;
        const QString path = f.gbFile(QStringLiteral("customers-gb.csv"));
        ImportWizard wizard(&f.controller, f.workspace);
        wizard.show();
        wizard.addFiles({path});
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard));
        MappingPage *page = wizard.mappingPage();
        // Skipping the customer id leaves a required field missing: flagged, and no way on.
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        page->fieldBox(0)->setCurrentIndex(0);
        auto *problems = wizard.findChild<QLabel *>(QStringLiteral("mappingProblems"));
        QVERIFY2(problems->isVisible(), qPrintable(problems->text() + QLatin1Char('|') + page->problems().join(QLatin1Char(';'))
                 + QString::number(int(wizard.files()[0].columns[0].field))));
        QVERIFY2(problems->text().contains(fieldDisplayName(Field::CustomerId)), qPrintable(problems->text()));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        render(wizard, QStringLiteral("3-mapping-missing"));
        page->fieldBox(0)->setCurrentIndex(page->fieldBox(0)->findData(static_cast<int>(Field::CustomerId)));
        QVERIFY(!problems->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // The user's own choices: a date format, a value map, a skipped column.
        page->formatBox(3)->setCurrentText(QStringLiteral("YYYY-MM-DD"));
        page->table()->setCurrentCell(2, 0);
        QVERIFY(page->valueMap()->isEnabled());
        wizard.findChild<QAbstractButton *>(QStringLiteral("addValue"))->click();
        page->valueMap()->item(0, 0)->setText(QStringLiteral("男"));
        page->valueMap()->item(0, 1)->setText(QStringLiteral("M"));
        page->fieldBox(5)->setCurrentIndex(0); // 开户日期: skip
        QCOMPARE(wizard.files()[0].columns[5].field, Field::Ignore);
        QCOMPARE(wizard.files()[0].columns[2].values.size(), 1);
        render(wizard, QStringLiteral("3-mapping-edited"));

        const QString saved = f.dir.filePath(QStringLiteral("mapping.json"));
        QVERIFY(wizard.saveMapping(saved));
        const QJsonObject json = wizard.mapping();
        const QVector<ColumnChoice> columns = wizard.files()[0].columns;
        QCOMPARE(json.value(QStringLiteral("columns")).toObject().value(QStringLiteral("开户日期")).isNull(), true);

        // Loaded into a fresh wizard: the same choices.
        ImportWizard other(&f.controller, f.workspace);
        other.addFiles({path});
        QVERIFY(!(other.files()[0].columns == columns));
        QString error;
        QVERIFY2(other.loadMapping(saved, &error), qPrintable(error));
        QCOMPARE(other.files()[0].columns, columns);
        QCOMPARE(other.mapping(), json);
        // And into the same wizard after changing things back.
        page->fieldBox(5)->setCurrentIndex(page->fieldBox(5)->findData(static_cast<int>(Field::OpenDate)));
        QVERIFY(!(wizard.files()[0].columns == columns));
        QVERIFY(wizard.loadMapping(saved));
        QCOMPARE(wizard.files()[0].columns, columns);
        QCOMPARE(static_cast<Field>(page->fieldBox(5)->currentData().toInt()), Field::Ignore);
        QCOMPARE(page->formatBox(3)->currentText(), QStringLiteral("YYYY-MM-DD"));

        // The command line takes the same file.
        const test::CliRun run = test::runCli({QStringLiteral("import"), QStringLiteral("--workspace"), f.workspace,
                                               QStringLiteral("--mapping"), saved, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(f.count("SELECT count(*) FROM customers"), 4);
        QCOMPARE(f.text("SELECT name FROM customers WHERE customer_id = '100001'"), QStringLiteral("张伟"));
        QCOMPARE(f.count("SELECT count(*) FROM customers WHERE open_date IS NOT NULL"), 0);
    }

    void delimiterOverrideRefreshesPreview()
    {
        Fixture f;
        const QString path = f.gbFile();
        ImportWizard wizard(&f.controller, f.workspace);
        wizard.show();
        wizard.addFiles({path});
        QVERIFY(clickNext(wizard));
        PreviewTableModel *preview = wizard.previewPage()->model();
        QCOMPARE(preview->columnCount(), 7);
        auto *delimiter = wizard.findChild<QComboBox *>(QStringLiteral("previewDelimiter"));
        QVERIFY(delimiter->currentText().contains(QStringLiteral("Comma")));
        const int semicolon = delimiter->findText(QStringLiteral("Semicolon (;)"));
        QVERIFY(semicolon > 0);
        delimiter->setCurrentIndex(semicolon);
        QCOMPARE(preview->columnCount(), 1);
        QCOMPARE(preview->index(0, 0).data().toString(),
                 QStringLiteral("100001,张伟,男,1980-05-01,B01,2015-03-02,3"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("previewInfo"))->text().contains(QStringLiteral("Semicolon")));
        render(wizard, QStringLiteral("2-preview-semicolon"));
        // Back to automatic: seven columns again.
        delimiter->setCurrentIndex(0);
        QCOMPARE(preview->columnCount(), 7);
        QCOMPARE(wizard.files()[0].kind(), FileKind::Customers);
        // An encoding override reads the sample again, too.
        auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("previewEncoding"));
        QVERIFY(encoding->currentText().contains(QStringLiteral("gb18030")));
        encoding->setCurrentIndex(encoding->findText(QStringLiteral("big5")));
        QCOMPARE(wizard.files()[0].preview.encoding, Encoding::Big5);
        QVERIFY(preview->headerData(0, Qt::Horizontal).toString() != QStringLiteral("客户号"));
    }

    void droppedFilesAreAdded()
    {
        Fixture f;
        const QString path = f.gbFile();
        ImportWizard wizard(&f.controller, f.workspace);
        wizard.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)});
        QVERIFY(wizard.filesPage()->acceptDrops());
        QVERIFY(wizard.filesPage()->addDropped(&mime));
        QCOMPARE(wizard.files().size(), 1); // the same file once
        QCOMPARE(wizard.filesPage()->list()->topLevelItemCount(), 1);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Delete on the list removes the selected file.
        wizard.filesPage()->list()->setFocus();
        wizard.filesPage()->list()->topLevelItem(0)->setSelected(true);
        QTest::keyClick(wizard.filesPage()->list(), Qt::Key_Delete);
        QCOMPARE(wizard.files().size(), 0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }

    void remembersTheLastFolder()
    {
        ImportWizard::setLastFolder(QStringLiteral("/tmp"));
        QCOMPARE(ImportWizard::lastFolder(), QStringLiteral("/tmp"));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
