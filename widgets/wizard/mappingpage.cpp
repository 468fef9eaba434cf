#include "wizard/mappingpage.h"

#include "wizard/importwizard.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tierwise {
namespace {

using namespace ingest;

bool isDateField(Field f)
{
    const ValueType t = fieldInfo(f).type;
    return t == ValueType::Date || t == ValueType::Month;
}

QString fieldLabel(Field f)
{
    return QStringLiteral("%1 (%2)").arg(fieldDisplayName(f), QString::fromLatin1(fieldInfo(f).name));
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("mappingFile"));
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("mappingKind"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab moves through the combos, not the cells
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Target, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DateFormat, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(DateFormat, 180);

    m_valueBox = new QGroupBox(this);
    m_values = new QTableWidget(0, 2, m_valueBox);
    m_values->setObjectName(QStringLiteral("valueMap"));
    m_values->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_addValue = new QPushButton(m_valueBox);
    m_addValue->setObjectName(QStringLiteral("addValue"));
    m_removeValue = new QPushButton(m_valueBox);
    connect(m_addValue, &QPushButton::clicked, this, &MappingPage::addValue);
    connect(m_removeValue, &QPushButton::clicked, this, &MappingPage::removeValue);
    auto *valueButtons = new QVBoxLayout;
    valueButtons->addWidget(m_addValue);
    valueButtons->addWidget(m_removeValue);
    valueButtons->addStretch();
    auto *valueLayout = new QHBoxLayout(m_valueBox);
    valueLayout->addWidget(m_values, 1);
    valueLayout->addLayout(valueButtons);
    m_valueBox->setMaximumHeight(160);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveMapping"));
    m_load = new QPushButton(this);
    m_load->setObjectName(QStringLiteral("loadMapping"));
    connect(m_save, &QPushButton::clicked, this, &MappingPage::saveMapping);
    connect(m_load, &QPushButton::clicked, this, &MappingPage::loadMapping);

    auto *top = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileLabel->setBuddy(m_file);
    top->addWidget(m_fileLabel);
    top->addWidget(m_file, 1);
    top->addWidget(m_kind);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_problems, 1);
    bottom->addStretch();
    bottom->addWidget(m_save);
    bottom->addWidget(m_load);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_valueBox);
    layout->addLayout(bottom);

    connect(m_file, &QComboBox::currentIndexChanged, this, &MappingPage::showFile);
    connect(m_table, &QTableWidget::currentCellChanged, this, &MappingPage::fillValueMap);
    connect(m_values, &QTableWidget::itemChanged, this, &MappingPage::onValueEdited);
    connect(wizard, &ImportWizard::filesChanged, this, [this] {
        if (m_wizard->currentId() == ImportWizard::MappingPageId)
            initializePage();
    });
    retranslate();
}

void MappingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void MappingPage::retranslate()
{
    setTitle(tr("Mapping"));
    setSubTitle(tr("Which field each column holds. The suggestions come from the column headers; "
                   "change any of them, set date formats and value maps, or skip a column."));
    m_file->setToolTip(tr("The file whose columns are shown"));
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample"), tr("Field"), tr("Date format")});
    m_table->setAccessibleName(tr("Column mapping"));
    m_values->setHorizontalHeaderLabels({tr("Value in the file"), tr("Imported as")});
    m_values->setToolTip(tr("Replace values of the selected column before they are checked, e.g. 1 → M"));
    m_values->setAccessibleName(tr("Value map"));
    m_addValue->setText(tr("Add &value"));
    m_addValue->setToolTip(tr("Add a value replacement for the selected column"));
    m_removeValue->setText(tr("Remo&ve value"));
    m_removeValue->setToolTip(tr("Remove the selected value replacement"));
    m_save->setText(tr("&Save Mapping…"));
    m_save->setToolTip(tr("Save this mapping as a JSON file (also usable with tierwise-cli import --mapping)"));
    m_load->setText(tr("&Load Mapping…"));
    m_load->setToolTip(tr("Apply a saved mapping file to these files"));
    m_fileLabel->setText(tr("&File:"));
    nameRows();
    nameValueBox();
    if (!m_problems->text().isEmpty())
        updateProblems(); // the engine names them in the current language
}

void MappingPage::nameRows()
{
    const int index = currentFile();
    if (index < 0 || index >= m_wizard->files().size())
        return;
    const WizardFile &f = m_wizard->files()[index];
    for (int row = 0; row < m_table->rowCount() && row < f.columns.size(); ++row) {
        if (QTableWidgetItem *source = m_table->item(row, Source))
            source->setText(f.columnTitle(row)); // "Column 3" without a header row
        if (QComboBox *box = fieldBox(row)) {
            box->setToolTip(tr("The field column '%1' holds").arg(f.columnTitle(row)));
            for (int i = 0; i < box->count(); ++i) {
                const auto field = static_cast<Field>(box->itemData(i).toInt());
                box->setItemText(i, field == Field::Ignore ? tr("(skip)") : fieldLabel(field));
            }
        }
        if (QComboBox *format = formatBox(row))
            format->setToolTip(tr("Date format of this column: YYYY, YY, MM, M, DD, D and separators; empty: "
                                  "recognise the usual forms"));
    }
    m_kind->setText(tr("Kind: %1").arg(fileKindDisplayName(f.kind())));
}

void MappingPage::nameValueBox()
{
    const int index = currentFile();
    const int row = m_table->currentRow();
    const bool valid = index >= 0 && index < m_wizard->files().size() && row >= 0
                       && row < m_wizard->files()[index].columns.size();
    m_valueBox->setTitle(valid ? tr("Value map of '%1'").arg(m_wizard->files()[index].columnTitle(row))
                               : tr("Value map"));
}

void MappingPage::initializePage()
{
    const int keep = m_file->currentIndex();
    m_filling = true;
    m_file->clear();
    for (const WizardFile &f : m_wizard->files())
        m_file->addItem(QFileInfo(f.path).fileName(), f.path);
    m_filling = false;
    showFile(keep >= 0 && keep < m_file->count() ? keep : 0);
}

int MappingPage::currentFile() const
{
    return m_file->currentIndex();
}

void MappingPage::showFile(int index)
{
    if (m_filling)
        return;
    if (m_file->currentIndex() != index) {
        m_file->setCurrentIndex(index);
        return;
    }
    fillTable();
}

QComboBox *MappingPage::fieldBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Target));
}

QComboBox *MappingPage::formatBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, DateFormat));
}

void MappingPage::fillTable()
{
    const int index = currentFile();
    m_filling = true;
    m_table->setRowCount(0);
    if (index < 0 || index >= m_wizard->files().size()) {
        m_filling = false;
        updateProblems();
        return;
    }
    const WizardFile &f = m_wizard->files()[index];
    const FileKind kind = f.kind();
    const QVector<Field> fields = fieldsForKind(kind);
    m_table->setRowCount(static_cast<int>(f.columns.size()));
    for (int row = 0; row < f.columns.size(); ++row) {
        const ColumnChoice &choice = f.columns[row];
        m_table->setItem(row, Source, new QTableWidgetItem);
        m_table->setItem(row, Sample, new QTableWidgetItem(f.sample(row, m_wizard->isMasked())));
        auto *box = new QComboBox(m_table);
        box->setObjectName(QStringLiteral("field-%1").arg(row));
        box->addItem(QString(), static_cast<int>(Field::Ignore)); // named by nameRows()
        for (Field field : fields)
            box->addItem(QString(), static_cast<int>(field));
        if (choice.field != Field::Ignore && box->findData(static_cast<int>(choice.field)) < 0)
            box->addItem(QString(), static_cast<int>(choice.field));
        box->setCurrentIndex(std::max(0, box->findData(static_cast<int>(choice.field))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] { onFieldChosen(row); });
        m_table->setCellWidget(row, Target, box);

        auto *format = new QComboBox(m_table);
        format->setObjectName(QStringLiteral("format-%1").arg(row));
        format->setEditable(true);
        format->addItems({QString(), QStringLiteral("YYYY-MM-DD"), QStringLiteral("YYYYMMDD"), QStringLiteral("YYMMDD"),
                          QStringLiteral("DD/MM/YYYY"), QStringLiteral("MM/DD/YYYY"), QStringLiteral("DD.MM.YYYY")});
        format->setCurrentText(choice.dateFormat);
        format->setEnabled(isDateField(choice.field));
        connect(format, &QComboBox::currentTextChanged, this, [this, row] { onFormatEdited(row); });
        m_table->setCellWidget(row, DateFormat, format);
    }
    nameRows();
    m_filling = false;
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, Source);
    fillValueMap();
    updateProblems();
}

void MappingPage::fillValueMap()
{
    const int index = currentFile();
    const int row = m_table->currentRow();
    const bool filling = m_filling;
    m_filling = true;
    m_values->setRowCount(0);
    const bool valid = index >= 0 && index < m_wizard->files().size() && row >= 0
                       && row < m_wizard->files()[index].columns.size();
    if (valid) {
        const WizardFile &f = m_wizard->files()[index];
        const ColumnChoice &c = f.columns[row];
        for (const auto &pair : c.values) {
            const int r = m_values->rowCount();
            m_values->insertRow(r);
            m_values->setItem(r, 0, new QTableWidgetItem(pair.first));
            m_values->setItem(r, 1, new QTableWidgetItem(pair.second));
        }
        m_valueBox->setEnabled(c.field != Field::Ignore && !isDateField(c.field));
    } else {
        m_valueBox->setEnabled(false);
    }
    nameValueBox();
    m_filling = filling;
}

void MappingPage::onFieldChosen(int row)
{
    const int index = currentFile();
    if (m_filling || index < 0)
        return;
    WizardFile &f = m_wizard->files()[index];
    ColumnChoice &c = f.columns[row];
    c.field = static_cast<Field>(fieldBox(row)->currentData().toInt());
    if (!isDateField(c.field))
        c.dateFormat.clear();
    m_wizard->noteFileChanged(index);
    const FileKind before = f.kind();
    m_filling = true;
    formatBox(row)->setEnabled(isDateField(c.field));
    if (!isDateField(c.field))
        formatBox(row)->setCurrentText(QString());
    m_filling = false;
    m_kind->setText(tr("Kind: %1").arg(fileKindDisplayName(before)));
    m_table->setCurrentCell(row, Source);
    fillValueMap();
    updateProblems();
}

void MappingPage::onFormatEdited(int row)
{
    const int index = currentFile();
    if (m_filling || index < 0)
        return;
    m_wizard->files()[index].columns[row].dateFormat = formatBox(row)->currentText().trimmed();
    m_wizard->noteFileChanged(index);
}

void MappingPage::onValueEdited()
{
    const int index = currentFile();
    const int row = m_table->currentRow();
    if (m_filling || index < 0 || row < 0)
        return;
    QVector<QPair<QString, QString>> values;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        const QString from = m_values->item(r, 0) ? m_values->item(r, 0)->text() : QString();
        const QString to = m_values->item(r, 1) ? m_values->item(r, 1)->text() : QString();
        values.push_back({from, to});
    }
    m_wizard->files()[index].columns[row].values = values;
    m_wizard->noteFileChanged(index);
}

void MappingPage::addValue()
{
    const int r = m_values->rowCount();
    const bool filling = m_filling;
    m_filling = true;
    m_values->insertRow(r);
    m_values->setItem(r, 0, new QTableWidgetItem);
    m_values->setItem(r, 1, new QTableWidgetItem);
    m_filling = filling;
    onValueEdited();
    m_values->setCurrentCell(r, 0);
    m_values->editItem(m_values->item(r, 0));
}

void MappingPage::removeValue()
{
    const int r = m_values->currentRow();
    if (r < 0)
        return;
    m_values->removeRow(r);
    onValueEdited();
}

QStringList MappingPage::problems() const
{
    QStringList out;
    const bool several = m_wizard->files().size() > 1;
    for (const WizardFile &f : m_wizard->files()) {
        const QString prefix = several ? QFileInfo(f.path).fileName() + QStringLiteral(": ") : QString();
        for (const QString &p : f.missingRequired() + f.duplicateFields())
            out << prefix + p;
    }
    QStringList conflicts;
    m_wizard->mapping(&conflicts);
    return out + conflicts;
}

void MappingPage::updateProblems()
{
    const QStringList list = problems();
    m_problems->setText(list.join(QLatin1Char('\n')));
    m_problems->setVisible(!list.isEmpty());
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    return !m_wizard->files().isEmpty() && problems().isEmpty();
}

void MappingPage::saveMapping()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), ImportWizard::lastFolder(),
                                                tr("Mapping files (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    ImportWizard::setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!m_wizard->saveMapping(path, &error))
        QMessageBox::warning(this, tr("Save Mapping"), error);
}

void MappingPage::loadMapping()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), ImportWizard::lastFolder(),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportWizard::setLastFolder(QFileInfo(path).absolutePath());
    QString error;
    if (!m_wizard->loadMapping(path, &error))
        QMessageBox::warning(this, tr("Load Mapping"), error);
}

} // namespace tierwise
