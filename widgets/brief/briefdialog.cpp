#include "brief/briefdialog.h"

#include "analytics/bookview.h"
#include "brief/briefformat.h"
#include "brief/brieflanguage.h"
#include "brief/briefrenderer.h"
#include "i18n/figures.h"
#include "i18n/language.h"
#include "shell/jobspanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
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
    buildUi();
    if (m_jobs)
        connect(m_jobs, &JobsPanel::jobFinished, this, &BriefDialog::onJobFinished);
    fillSegments();
    retranslate();
    updateButtons();
    resize(1080, 760);
}

void BriefDialog::changeEvent(QEvent *event)
{
    // Only texts are set here; nothing is painted or gathered again. (Painting a preview installs
    // the brief's catalogue for a moment, quietly: no LanguageChange comes of it.)
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BriefDialog::retranslate()
{
    setWindowTitle(tr("Print Segment Brief"));
    m_segmentation->setToolTip(tr("The newest run of each segmentation in the workspace"));
    m_segments->setToolTip(tr("The segments that get a section of their own (the summary covers all of them)"));
    m_all->setText(tr("&All"));
    m_none->setText(tr("&None"));
    m_all->setToolTip(tr("Brief on every segment"));
    m_none->setToolTip(tr("Clear the segment choice"));
    m_branch->setToolTip(tr("Only the customers booked at one branch, or the whole book"));
    m_branch->setItemText(0, tr("All branches"));
    m_language->setToolTip(tr("The language the brief is printed in"));
    m_bank->setToolTip(tr("The bank's name on the cover (empty: the workspace's name)"));
    m_maskNote->setText(m_masked ? tr("Personal data masked: customer ids are printed masked.")
                                 : tr("Personal data shown: the brief prints customer ids unmasked, and saving it is "
                                      "recorded in the workspace's audit log."));
    m_segmentationLabel->setText(tr("S&egmentation:"));
    m_segmentsLabel->setText(tr("Se&gments:"));
    m_branchLabel->setText(tr("&Branch:"));
    m_languageLabel->setText(tr("&Language:"));
    m_bankLabel->setText(tr("Ban&k name:"));
    m_previewButton->setText(tr("&Preview"));
    m_previewButton->setToolTip(tr("Gather the figures and show the brief's pages"));
    m_saveButton->setText(tr("&Save PDF…"));
    m_saveButton->setToolTip(tr("Write the brief as a PDF file"));
    m_cancelButton->setText(tr("&Cancel Gathering"));
    m_cancelButton->setToolTip(tr("Stop gathering the figures"));
    m_close->setText(tr("Close"));
    m_preview->setToolTip(tr("The brief as it will be printed"));
    m_placeholder->setText(m_book && !m_book->segmentations.empty()
                               ? tr("Choose the segments, then Preview.")
                               : tr("No segmentation yet — run Analyze ▸ Value Tiers (or another analysis) first."));
    nameSegmentations();
    nameSegments();
    followInterfaceLanguage();
    showStatus();
}

void BriefDialog::followInterfaceLanguage()
{
    if (m_languageChosen)
        return;
    const QSignalBlocker block(m_language);
    m_language->setCurrentIndex(std::max(m_language->findData(i18n::current()), 0));
}

void BriefDialog::nameSegmentations()
{
    for (int i = 0; i < m_segmentation->count(); ++i) {
        const QString key = m_segmentation->itemData(i).toString();
        if (const analytics::BookSegmentation *s = m_book ? m_book->segmentation(key) : nullptr)
            m_segmentation->setItemText(i, analytics::segmentationTitle(*s));
    }
}

void BriefDialog::nameSegments()
{
    const analytics::BookSegmentation *s = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (!s)
        return;
    const QStringList names = analytics::segmentationNames(*s);
    const QSignalBlocker block(m_segments); // relabelling is no change of the choice
    for (int i = 0; i < m_segments->count(); ++i) {
        QListWidgetItem *item = m_segments->item(i);
        const QString key = item->data(Qt::UserRole).toString();
        const auto k = static_cast<int>(s->keys.indexOf(key));
        const qint64 n = k >= 0 && std::size_t(k) < s->count.size() ? s->count[std::size_t(k)] : 0;
        item->setText(tr("%1 (%2 customers)").arg(names.value(k, key), figures::count(n)));
    }
}

void BriefDialog::setStatus(StatusLine line, const QString &detail)
{
    m_statusShown = line;
    m_statusDetail = detail;
    showStatus();
}

void BriefDialog::showStatus()
{
    switch (m_statusShown) {
    case StatusLine::None: m_status->clear(); break;
    case StatusLine::Gathering: m_status->setText(tr("Gathering the figures… (progress in the Jobs dock)")); break;
    case StatusLine::Cancelled: m_status->setText(tr("Cancelled.")); break;
    case StatusLine::NoFigures: m_status->setText(tr("No figures.")); break;
    case StatusLine::Failed: m_status->setText(m_statusDetail); break;
    case StatusLine::Gathered:
        if (m_data)
            m_status->setText(tr("Figures as of %1: %2 customers, %3 segments.")
                                  .arg(figures::date(QDate::fromString(m_data->asOf, Qt::ISODate)),
                                       figures::count(m_data->customers),
                                       figures::count(qint64(m_data->segments.size()))));
        break;
    case StatusLine::Saved:
        m_status->setText(tr("Saved %1 (%n page(s)).", nullptr, m_savedPages)
                              .arg(QDir::toNativeSeparators(m_statusDetail)));
        break;
    }
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
    if (m_book)
        for (const analytics::BookSegmentation &s : m_book->segmentations)
            m_segmentation->addItem(s.title, s.key);
    m_segments = new QListWidget;
    m_all = new QPushButton;
    m_none = new QPushButton;
    connect(m_all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_segments->count(); ++i)
            m_segments->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_segments->count(); ++i)
            m_segments->item(i)->setCheckState(Qt::Unchecked);
    });
    auto *segmentButtons = new QHBoxLayout;
    segmentButtons->addWidget(m_all);
    segmentButtons->addWidget(m_none);
    segmentButtons->addStretch();
    auto *segmentBox = new QVBoxLayout;
    segmentBox->addWidget(m_segments);
    segmentBox->addLayout(segmentButtons);

    m_branch = new QComboBox;
    m_branch->addItem(QString(), QString()); // all branches
    if (m_book)
        for (const std::string &b : m_book->branches)
            if (!b.empty())
                m_branch->addItem(QString::fromStdString(b), QString::fromStdString(b));
    m_language = new QComboBox;
    for (const QString &lang : BriefFormat::languages())
        m_language->addItem(BriefFormat::nativeName(lang), lang);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { m_languageChosen = true; });
    m_bank = new QLineEdit;
    m_bank->setPlaceholderText(QFileInfo(m_path).completeBaseName());
    m_maskNote = new QLabel;
    m_maskNote->setWordWrap(true);

    auto *form = new QFormLayout;
    auto addRow = [form](QWidget *field) {
        auto *l = new QLabel;
        l->setBuddy(field);
        form->addRow(l, field);
        return l;
    };
    m_segmentationLabel = addRow(m_segmentation);
    m_segmentsLabel = new QLabel;
    m_segmentsLabel->setBuddy(m_segments);
    form->addRow(m_segmentsLabel, segmentBox);
    m_branchLabel = addRow(m_branch);
    m_languageLabel = addRow(m_language);
    m_bankLabel = addRow(m_bank);
    form->addRow(m_maskNote);

    m_previewButton = new QPushButton;
    m_saveButton = new QPushButton;
    m_cancelButton = new QPushButton;
    m_close = new QPushButton;
    auto *close = m_close;
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
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BriefDialog::paintPreview);
    m_placeholder = new QLabel;
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
        for (const QString &key : s->keys) {
            auto *item = new QListWidgetItem;
            item->setData(Qt::UserRole, key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
            m_segments->addItem(item);
        }
    }
    nameSegments();
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
    // The jobs panel names the job again after a language switch, also once this dialog is gone.
    m_jobId = m_jobs->start(m_path, std::make_shared<analytics::BriefJob>(o),
                            [book = m_book, key = o.segmentation] {
                                const analytics::BookSegmentation *s = book ? book->segmentation(key) : nullptr;
                                return tr("Segment brief: %1").arg(s ? analytics::segmentationTitle(*s) : key);
                            });
    setStatus(StatusLine::Gathering);
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
        if (cancelled)
            setStatus(StatusLine::Cancelled);
        else if (status.ok())
            setStatus(StatusLine::NoFigures);
        else
            setStatus(StatusLine::Failed, status.error().message);
        m_pending = Pending::None;
        if (!cancelled)
            emit failed(m_status->text());
        return;
    }
    m_data = brief->result();
    m_dataSignature = m_jobSignature;
    setStatus(StatusLine::Gathered);
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
        setStatus(StatusLine::Failed, layout.error().message);
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
        setStatus(StatusLine::Failed, layout.error().message);
        emit failed(layout.error().message);
        return;
    }
    if (!m_data->masked && m_jobs)
        m_jobs->start(m_path, std::make_shared<analytics::BriefAuditJob>(m_data, path),
                      [] { return tr("Recording the unmasked brief in the audit log"); });
    m_savedPages = layout->pages;
    setStatus(StatusLine::Saved, path);
    emit saved(path);
}

} // namespace tierwise
