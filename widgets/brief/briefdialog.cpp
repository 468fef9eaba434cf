#include "brief/briefdialog.h"

#include "analytics/bookview.h"
#include "brief/briefformat.h"
#include "brief/brieflanguage.h"
#include "brief/briefrenderer.h"
#include "shell/jobspanel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tierwise {

BriefDialog::BriefDialog(JobsPanel *jobs, QString workspacePath, std::shared_ptr<const analytics::BookView> book,
                         bool masked, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_path(std::move(workspacePath)), m_book(std::move(book)), m_masked(masked)
{
    setWindowTitle(tr("Print Segment Brief"));
    buildUi();
    if (m_jobs)
        connect(m_jobs, &JobsPanel::jobFinished, this, &BriefDialog::onJobFinished);
    fillSegments();
    updateButtons();
    resize(1080, 760);
}

BriefDialog::~BriefDialog()
{
    if (m_jobId && m_jobs)
        m_jobs->cancel(m_jobId);
    // The preview widget paints on m_printer: let it go first.
    delete m_preview;
    m_preview = nullptr;
}

void BriefDialog::buildUi()
{
    m_segmentation = new QComboBox;
    m_segmentation->setToolTip(tr("The newest run of each segmentation in the workspace"));
    if (m_book)
        for (const analytics::BookSegmentation &s : m_book->segmentations)
            m_segmentation->addItem(s.title, s.key);
    m_segments = new QListWidget;
    m_segments->setToolTip(tr("The segments that get a section of their own (the summary covers all of them)"));
    auto *all = new QPushButton(tr("&All"));
    auto *none = new QPushButton(tr("&None"));
    all->setToolTip(tr("Brief on every segment"));
    none->setToolTip(tr("Clear the segment choice"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_segments->count(); ++i)
            m_segments->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_segments->count(); ++i)
            m_segments->item(i)->setCheckState(Qt::Unchecked);
    });
    auto *segmentButtons = new QHBoxLayout;
    segmentButtons->addWidget(all);
    segmentButtons->addWidget(none);
    segmentButtons->addStretch();
    auto *segmentBox = new QVBoxLayout;
    segmentBox->addWidget(m_segments);
    segmentBox->addLayout(segmentButtons);

    m_branch = new QComboBox;
    m_branch->setToolTip(tr("Only the customers booked at one branch, or the whole book"));
    m_branch->addItem(tr("All branches"), QString());
    if (m_book)
        for (const std::string &b : m_book->branches)
            if (!b.empty())
                m_branch->addItem(QString::fromStdString(b), QString::fromStdString(b));
    m_language = new QComboBox;
    m_language->setToolTip(tr("The language the brief is printed in"));
    for (const QString &lang : BriefFormat::languages())
        m_language->addItem(BriefFormat::nativeName(lang), lang);
    const QString ui = QLocale().name();
    const int uiLanguage = m_language->findData(ui.startsWith(QLatin1String("zh")) ? ui : QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(uiLanguage, 0));
    m_bank = new QLineEdit;
    m_bank->setPlaceholderText(QFileInfo(m_path).completeBaseName());
    m_bank->setToolTip(tr("The bank's name on the cover (empty: the workspace's name)"));
    m_maskNote = new QLabel(m_masked ? tr("Personal data masked: customer ids are printed masked.")
                                     : tr("Personal data shown: the brief prints customer ids unmasked, and saving it is "
                                          "recorded in the workspace's audit log."));
    m_maskNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [form](const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("S&egmentation:"), m_segmentation);
    auto *segmentsLabel = new QLabel(tr("Se&gments:"));
    segmentsLabel->setBuddy(m_segments);
    form->addRow(segmentsLabel, segmentBox);
    addRow(tr("&Branch:"), m_branch);
    addRow(tr("&Language:"), m_language);
    addRow(tr("Ban&k name:"), m_bank);
    form->addRow(m_maskNote);

    m_previewButton = new QPushButton(tr("&Preview"));
    m_previewButton->setToolTip(tr("Gather the figures and show the brief's pages"));
    m_saveButton = new QPushButton(tr("&Save PDF…"));
    m_saveButton->setToolTip(tr("Write the brief as a PDF file"));
    m_cancelButton = new QPushButton(tr("&Cancel Gathering"));
    m_cancelButton->setToolTip(tr("Stop gathering the figures"));
    auto *close = new QPushButton(tr("Close"));
    connect(m_previewButton, &QPushButton::clicked, this, &BriefDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &BriefDialog::chooseFile);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_jobId && m_jobs)
            m_jobs->cancel(m_jobId);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *left = new QVBoxLayout;
    left->addLayout(form, 1);
    left->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(close);
    left->addLayout(buttons);

    m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_printer->setFullPage(true);
    m_printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    m_preview = new QPrintPreviewWidget(m_printer.get());
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_preview->setToolTip(tr("The brief as it will be printed"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefDialog::paintPreview);
    m_placeholder = new QLabel(m_book && !m_book->segmentations.empty()
                                   ? tr("Choose the segments, then Preview.")
                                   : tr("No segmentation yet — run Analyze ▸ Value Tiers (or another analysis) first."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_previewStack = new QStackedWidget;
    m_previewStack->addWidget(m_placeholder);
    m_previewStack->addWidget(m_preview);

    auto *layout = new QHBoxLayout(this);
    auto *leftBox = new QWidget;
    leftBox->setLayout(left);
    leftBox->setMaximumWidth(380);
    layout->addWidget(leftBox);
    layout->addWidget(m_previewStack, 1);

    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &BriefDialog::fillSegments);
    connect(m_segments, &QListWidget::itemChanged, this, &BriefDialog::updateButtons);
}

void BriefDialog::fillSegments()
{
    const QSignalBlocker block(m_segments);
    m_segments->clear();
    const analytics::BookSegmentation *s = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (s) {
        for (int k = 0; k < s->keys.size(); ++k) {
            const qint64 n = std::size_t(k) < s->count.size() ? s->count[std::size_t(k)] : 0;
            auto *item = new QListWidgetItem(tr("%1 (%2 customers)").arg(s->names.value(k, s->keys[k]), QLocale().toString(n)));
            item->setData(Qt::UserRole, s->keys[k]);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            m_segments->addItem(item);
        }
    }
    updateButtons();
}

void BriefDialog::updateButtons()
{
    bool any = false;
    for (int i = 0; i < m_segments->count(); ++i)
        any = any || m_segments->item(i)->checkState() == Qt::Checked;
    const bool ready = any && m_jobs && !m_path.isEmpty();
    m_previewButton->setEnabled(ready);
    m_saveButton->setEnabled(ready);
    m_cancelButton->setEnabled(m_jobId != 0);
}

void BriefDialog::setStrategies(std::map<QString, analytics::BriefStrategy> strategies)
{
    m_strategies = std::move(strategies);
}

analytics::BriefOptions BriefDialog::options() const
{
    analytics::BriefOptions o;
    o.segmentation = m_segmentation->currentData().toString();
    bool all = true;
    for (int i = 0; i < m_segments->count(); ++i) {
        if (m_segments->item(i)->checkState() == Qt::Checked)
            o.segments << m_segments->item(i)->data(Qt::UserRole).toString();
        else
            all = false;
    }
    if (all)
        o.segments.clear();
    o.branch = m_branch->currentData().toString();
    o.bankName = m_bank->text().trimmed();
    o.masked = m_masked;
    o.strategies = m_strategies;
    return o;
}

QString BriefDialog::language() const
{
    return m_language->currentData().toString();
}

QString BriefDialog::signature() const
{
    const analytics::BriefOptions o = options();
    return QStringList{o.segmentation, o.segments.join(QLatin1Char(',')), o.branch, o.masked ? QStringLiteral("m") : QString()}
        .join(QLatin1Char('\n'));
}

void BriefDialog::preview()
{
    request(Pending::Preview);
}

void BriefDialog::saveTo(const QString &path)
{
    m_pendingPath = path;
    request(Pending::Save);
}

void BriefDialog::request(Pending action)
{
    m_pending = action;
    if (m_data && m_dataSignature == signature()) {
        runPending();
        return;
    }
    if (m_jobId && m_jobSignature == signature())
        return; // the figures asked for are on their way
    startGathering();
}

void BriefDialog::startGathering()
{
    if (!m_jobs)
        return;
    if (m_jobId)
        m_jobs->cancel(m_jobId); // its result would be for other choices
    const analytics::BriefOptions o = options();
    m_jobSignature = signature();
    m_jobId = m_jobs->start(m_path, std::make_shared<analytics::BriefJob>(o),
                            tr("Segment brief: %1").arg(m_segmentation->currentText()));
    m_status->setText(tr("Gathering the figures… (progress in the Jobs dock)"));
    updateButtons();
}

void BriefDialog::onJobFinished(int id, const std::shared_ptr<jobs::Job> &job, const Status &status)
{
    if (id != m_jobId)
        return;
    m_jobId = 0;
    updateButtons();
    auto *brief = dynamic_cast<analytics::BriefJob *>(job.get());
    if (!status.ok() || !brief || !brief->result()) {
        const bool cancelled = !status.ok() && status.error().kind == Error::Kind::Cancelled;
        const QString message = cancelled ? tr("Cancelled.") : status.ok() ? tr("No figures.") : status.error().message;
        m_status->setText(message);
        m_pending = Pending::None;
        if (!cancelled)
            emit failed(message);
        return;
    }
    m_data = brief->result();
    m_dataSignature = m_jobSignature;
    m_status->setText(tr("Figures as of %1: %2 customers, %3 segments.")
                          .arg(m_data->asOf, QLocale().toString(m_data->customers))
                          .arg(m_data->segments.size()));
    emit gathered();
    if (m_dataSignature == signature())
        runPending();
    else if (m_pending != Pending::None)
        startGathering(); // the choices changed while it gathered
}

void BriefDialog::runPending()
{
    const Pending action = m_pending;
    m_pending = Pending::None;
    if (action == Pending::Preview) {
        m_previewStack->setCurrentWidget(m_preview);
        m_preview->updatePreview();
        emit previewUpdated(previewPageCount());
    } else if (action == Pending::Save) {
        writeFile(m_pendingPath);
    }
}

analytics::BriefData BriefDialog::shownData() const
{
    analytics::BriefData d = *m_data;
    const QString bank = m_bank->text().trimmed();
    d.bankName = bank.isEmpty() ? d.workspaceName : bank;
    d.strategies = m_strategyProvider ? m_strategyProvider(d.segmentationKey, d.branch) : m_strategies;
    return d;
}

void BriefDialog::paintPreview(QPrinter *printer)
{
    if (!m_data)
        return;
    const BriefLanguage language(this->language()); // first: the strategies are described in it
    const analytics::BriefData d = shownData();
    Result<BriefRenderer::Layout> layout = BriefRenderer(d, this->language()).render(printer);
    if (!layout)
        m_status->setText(layout.error().message);
}

int BriefDialog::previewPageCount() const
{
    return m_preview->pageCount();
}

void BriefDialog::chooseFile()
{
    const QString name = (m_bank->text().trimmed().isEmpty() ? QFileInfo(m_path).completeBaseName() : m_bank->text().trimmed())
                         + QStringLiteral("-brief.pdf");
    auto *dialog = new QFileDialog(this, tr("Save Segment Brief"), QDir(QFileInfo(m_path).absolutePath()).filePath(name),
                                   tr("PDF files (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &BriefDialog::saveTo);
    dialog->open();
}

void BriefDialog::writeFile(const QString &path)
{
    Result<BriefRenderer::Layout> layout = [&] {
        const BriefLanguage language(this->language());
        const analytics::BriefData d = shownData();
        return BriefRenderer(d, this->language()).writePdf(path);
    }();
    if (!layout) {
        m_status->setText(layout.error().message);
        emit failed(layout.error().message);
        return;
    }
    if (!m_data->masked && m_jobs)
        m_jobs->start(m_path, std::make_shared<analytics::BriefAuditJob>(m_data, path),
                      tr("Recording the unmasked brief in the audit log"));
    m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, layout->pages).arg(QDir::toNativeSeparators(path)));
    emit saved(path);
}

} // namespace tierwise
