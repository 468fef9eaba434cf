#include "wizard/previewpage.h"

#include "itemmodels/previewtablemodel.h"
#include "wizard/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tierwise {
namespace {

using namespace ingest;

// Delimiter combo entries after "Auto": the dialects a user can force.
const CsvDialect kDialects[] = {{',', false}, {';', false}, {'\t', false}, {'|', false}, {' ', true}};

} // namespace

PreviewPage::PreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    m_file = new QComboBox(this);
    m_file->setObjectName(QStringLiteral("previewFile"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("previewEncoding"));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("previewDelimiter"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("previewKind"));
    m_header = new QCheckBox(this);
    m_header->setObjectName(QStringLiteral("previewHeader"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_model = new PreviewTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    const auto addRow = [form](QWidget *field) {
        auto *label = new QLabel;
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    m_fileLabel = addRow(m_file);
    m_encodingLabel = addRow(m_encoding);
    m_delimiterLabel = addRow(m_delimiter);
    m_kindLabel = addRow(m_kind);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_file, &QComboBox::currentIndexChanged, this, &PreviewPage::showFile);
    connect(wizard, &ImportWizard::filesChanged, this, [this] {
        if (m_wizard->currentId() == ImportWizard::PreviewPageId)
            initializePage();
    });
    for (QComboBox *box : {m_encoding, m_delimiter, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &PreviewPage::applyOverrides);
    connect(m_header, &QCheckBox::toggled, this, &PreviewPage::applyOverrides);
    retranslate();
}

void PreviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PreviewPage::retranslate()
{
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as they will be read. Change the encoding, delimiter, header row or "
                   "kind if the detection is wrong."));
    m_file->setToolTip(tr("The file shown"));
    m_encoding->setToolTip(tr("The text encoding the file is read with"));
    m_delimiter->setToolTip(tr("The character that separates the columns"));
    m_kind->setToolTip(tr("What the file holds"));
    m_header->setText(tr("First row is a &header"));
    m_header->setToolTip(tr("Whether the first row names the columns"));
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_fileLabel->setText(tr("&File:"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_kindLabel->setText(tr("&Kind:"));
    // The choices keep their items and selection (known by item data); only their names change.
    nameChoices();
    showDetection();
}

void PreviewPage::initializePage()
{
    const int keep = m_file->currentIndex();
    m_filling = true;
    m_file->clear();
    for (const WizardFile &f : m_wizard->files())
        m_file->addItem(QFileInfo(f.path).fileName(), f.path);
    m_filling = false;
    showFile(keep >= 0 && keep < m_file->count() ? keep : 0);
}

bool PreviewPage::isComplete() const
{
    for (const WizardFile &f : m_wizard->files())
        if (f.preview.records.isEmpty())
            return false;
    return !m_wizard->files().isEmpty();
}

int PreviewPage::currentFile() const
{
    return m_file->currentIndex();
}

void PreviewPage::showFile(int index)
{
    if (m_filling)
        return;
    if (m_file->currentIndex() != index) {
        m_file->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    fillControls();
}

void PreviewPage::fillControls()
{
    const int index = m_file->currentIndex();
    if (index < 0 || index >= m_wizard->files().size()) {
        m_model->setPreview({}, {});
        showDetection();
        return;
    }
    const WizardFile &f = m_wizard->files()[index];
    m_filling = true;
    m_encoding->clear();
    m_encoding->addItem(QString()); // Auto
    for (Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5})
        m_encoding->addItem(QString(), static_cast<int>(e));
    m_encoding->setCurrentIndex(f.encodingOverride ? m_encoding->findData(static_cast<int>(*f.encodingOverride)) : 0);
    m_delimiter->clear();
    m_delimiter->addItem(QString()); // Auto
    int current = 0;
    for (int i = 0; i < int(std::size(kDialects)); ++i) {
        m_delimiter->addItem(QString(), i);
        if (f.dialectOverride && f.dialectOverride->whitespaceAligned == kDialects[i].whitespaceAligned
            && (kDialects[i].whitespaceAligned || f.dialectOverride->delimiter == kDialects[i].delimiter))
            current = i + 1;
    }
    m_delimiter->setCurrentIndex(current);
    m_kind->clear();
    m_kind->addItem(QString()); // Auto
    for (const KindSpec &spec : allKindSpecs())
        m_kind->addItem(QString(), static_cast<int>(spec.kind));
    m_kind->setCurrentIndex(f.kindOverride ? m_kind->findData(static_cast<int>(*f.kindOverride)) : 0);
    m_header->setChecked(f.hasHeader);
    m_filling = false;
    nameChoices();
    showDetection();

    QStringList headers;
    for (int c = 0; f.hasHeader && c < f.columns.size(); ++c)
        headers << f.columnTitle(c);
    m_model->setPreview(headers, f.dataRecords(m_wizard->isMasked()));
    Q_EMIT completeChanged();
}

void PreviewPage::nameChoices()
{
    const int index = m_file->currentIndex();
    if (index < 0 || index >= m_wizard->files().size() || m_encoding->count() == 0)
        return;
    const WizardFile &f = m_wizard->files()[index];
    const FilePreview &p = f.preview;
    m_encoding->setItemText(0, tr("Auto (%1, %2% sure)").arg(encodingName(p.detected.encoding))
                                   .arg(qRound(p.detected.confidence * 100)));
    for (int i = 1; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, encodingName(static_cast<Encoding>(m_encoding->itemData(i).toInt())));
    m_delimiter->setItemText(0, tr("Auto (%1)").arg(delimiterDisplayName(p.sniffed)));
    for (int i = 1; i < m_delimiter->count(); ++i)
        m_delimiter->setItemText(i, delimiterDisplayName(kDialects[m_delimiter->itemData(i).toInt()]));
    WizardFile automatic = f;
    automatic.kindOverride.reset();
    m_kind->setItemText(0, tr("Auto (%1)").arg(fileKindDisplayName(automatic.kind())));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, fileKindDisplayName(static_cast<FileKind>(m_kind->itemData(i).toInt())));
}

void PreviewPage::showDetection()
{
    const int index = m_file->currentIndex();
    if (index < 0 || index >= m_wizard->files().size()) {
        m_info->setText(tr("No file — go back and add one."));
        m_error->hide();
        return;
    }
    const WizardFile &f = m_wizard->files()[index];
    const FilePreview &p = f.preview;
    QString why;
    const FileKind kind = f.kind(&why);
    // (The detection's reason is the engine's, in the language the file was read in.)
    m_info->setText(tr("Encoding: %1 (detected %2, %3% sure: %4) · Delimiter: %5 · Header row: %6 · Kind: %7")
                        .arg(encodingName(p.encoding), encodingName(p.detected.encoding))
                        .arg(qRound(p.detected.confidence * 100))
                        .arg(p.detected.reason, delimiterDisplayName(p.dialect),
                             f.hasHeader ? tr("yes") : tr("no"), fileKindDisplayName(kind)));
    QString error = p.error;
    if (kind == FileKind::Unknown)
        error += (error.isEmpty() ? QString() : QStringLiteral("\n")) + why;
    if (f.dialectOverride && (f.dialectOverride->delimiter != p.sniffed.delimiter
                              || f.dialectOverride->whitespaceAligned != p.sniffed.whitespaceAligned))
        error += (error.isEmpty() ? QString() : QStringLiteral("\n"))
                 + tr("Note: the import detects the delimiter itself (%1); save the file with that delimiter "
                      "if this choice is the right one.").arg(delimiterDisplayName(p.sniffed));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void PreviewPage::applyOverrides()
{
    const int index = m_file->currentIndex();
    if (m_filling || index < 0 || index >= m_wizard->files().size())
        return;
    WizardFile &f = m_wizard->files()[index];
    const std::optional<FileKind> oldKind = f.kindOverride;
    const bool oldHeader = f.hasHeader;
    f.encodingOverride.reset();
    if (m_encoding->currentIndex() > 0)
        f.encodingOverride = static_cast<Encoding>(m_encoding->currentData().toInt());
    f.dialectOverride.reset();
    if (m_delimiter->currentIndex() > 0)
        f.dialectOverride = kDialects[m_delimiter->currentData().toInt()];
    f.kindOverride.reset();
    if (m_kind->currentIndex() > 0)
        f.kindOverride = static_cast<FileKind>(m_kind->currentData().toInt());
    f.hasHeader = m_header->isChecked();
    f.headerChosen = f.headerChosen || f.hasHeader != oldHeader;
    f.refresh();
    if (f.kindOverride != oldKind)
        f.suggestColumns();
    m_wizard->noteFileChanged(index);
    fillControls();
}

} // namespace tierwise
