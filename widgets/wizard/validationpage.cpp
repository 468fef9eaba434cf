#include "wizard/validationpage.h"

#include "i18n/figures.h"
#include "itemmodels/rejectiontablemodel.h"
#include "shell/importcontroller.h"
#include "wizard/importwizard.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

namespace tierwise {

ValidationPage::ValidationPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_dryRun(new ImportController(this))
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("validationStatus"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelValidation"));
    m_again = new QPushButton(this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new RejectionTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rejectionTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partial = new QCheckBox(this);
    m_partial->setObjectName(QStringLiteral("acceptPartial"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_partial);

    connect(m_cancel, &QPushButton::clicked, this, &ValidationPage::cancel);
    connect(m_again, &QPushButton::clicked, this, &ValidationPage::check);
    connect(m_partial, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_dryRun, &ImportController::progress, this, &ValidationPage::onProgress);
    connect(m_dryRun, &ImportController::finished, this, &ValidationPage::onFinished);
    connect(m_dryRun, &ImportController::failed, this, &ValidationPage::onFailed);
    retranslate();
}

void ValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ValidationPage::retranslate()
{
    setTitle(tr("Validation"));
    setSubTitle(tr("Every row is checked as the import would check it; nothing is written yet."));
    m_cancel->setText(tr("&Stop Check"));
    m_cancel->setToolTip(tr("Stop checking the files"));
    m_again->setText(tr("Check &Again"));
    m_again->setToolTip(tr("Check the files again (for instance after changing them on disk)"));
    m_table->setAccessibleName(tr("Rejected rows"));
    m_partial->setText(tr("Import anyway (&valid rows only)"));
    m_partial->setToolTip(tr("Import the rows that passed and leave out the rejected ones"));
    showStatus();
    showSummary();
}

void ValidationPage::setStatus(StatusLine line, const QString &detail)
{
    m_statusShown = line;
    m_statusDetail = detail;
    showStatus();
}

void ValidationPage::showStatus()
{
    switch (m_statusShown) {
    case StatusLine::None: m_status->clear(); break;
    case StatusLine::NoMapping: m_status->setText(m_statusDetail); break;
    case StatusLine::NotStarted: m_status->setText(tr("The check could not start.")); break;
    case StatusLine::Checking: m_status->setText(tr("Checking…")); break;
    case StatusLine::Reported: break; // the importer's own words, in the language of its next report
    case StatusLine::Checked: {
        qint64 rows = 0;
        for (const ingest::FileOutcome &f : m_report->files)
            rows += f.rowsRead;
        if (m_report->rejectedTotal == 0)
            m_status->setText(tr("No rejections: %n row(s) ready to import.", nullptr, static_cast<int>(rows)));
        else
            m_status->setText(tr("%1 of %2 rows would be rejected; nothing is imported unless you choose to import "
                                 "the valid rows only.")
                                  .arg(figures::count(m_report->rejectedTotal), figures::count(rows)));
        break;
    }
    case StatusLine::Stopped: m_status->setText(tr("Check stopped. Click Check Again to run it.")); break;
    case StatusLine::Failed: m_status->setText(m_statusDetail); break;
    }
}

// Per file: name, kind, rows and rejections (the reasons, in the table, are the importer's words).
void ValidationPage::showSummary()
{
    if (!m_report) {
        m_summary->clear();
        return;
    }
    QStringList perFile;
    for (const ingest::FileOutcome &f : m_report->files)
        perFile << tr("%1 (%2): %3 rows, %4 rejected%5")
                       .arg(QFileInfo(f.file).fileName(), ingest::fileKindDisplayName(f.kind),
                            figures::count(f.rowsRead), figures::count(f.rejected),
                            f.fileRejected ? tr(" — the file is refused") : QString());
    m_summary->setText(perFile.join(QLatin1Char('\n')));
}

void ValidationPage::initializePage()
{
    check();
}

void ValidationPage::cleanupPage()
{
    cancel();
}

bool ValidationPage::isRunning() const
{
    return m_dryRun->isRunning();
}

bool ValidationPage::acceptPartial() const
{
    return m_partial->isChecked() && m_report && m_report->rejectedTotal > 0;
}

bool ValidationPage::isComplete() const
{
    if (!m_report || isRunning())
        return false;
    return m_report->rejectedTotal == 0 || m_partial->isChecked();
}

void ValidationPage::check()
{
    if (isRunning())
        return;
    m_report.reset();
    m_model->setRejections({});
    showSummary();
    m_partial->setChecked(false);
    m_partial->setEnabled(false);
    const QString mappingPath = m_wizard->scratchPath(QStringLiteral("dry-run-mapping.json"));
    QString error;
    if (!m_wizard->saveMapping(mappingPath, &error)) {
        setStatus(StatusLine::NoMapping, error);
        Q_EMIT completeChanged();
        return;
    }
    ingest::ImportOptions options = m_wizard->importOptions(mappingPath);
    options.dryRun = true;
    options.acceptPartial = true; // read every file to its end and list everything
    if (!m_dryRun->start(m_wizard->workspacePath(), m_wizard->filePaths(), options)) {
        setStatus(StatusLine::NotStarted);
        Q_EMIT completeChanged();
        return;
    }
    setRunning(true);
    setStatus(StatusLine::Checking);
}

void ValidationPage::cancel()
{
    m_dryRun->cancel();
}

void ValidationPage::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_again->setEnabled(!running);
    if (running) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1);
        m_progress->setValue(m_report ? 1 : 0);
    }
    Q_EMIT completeChanged();
}

void ValidationPage::onProgress(qint64 done, qint64 total, const QString &text)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(done * 1000 / total));
    }
    m_statusShown = StatusLine::Reported;
    m_status->setText(text);
}

void ValidationPage::onFinished(const ingest::ImportReport &report)
{
    m_report = report;
    m_model->setRejections(report.rejections);
    setStatus(StatusLine::Checked);
    showSummary();
    m_partial->setEnabled(report.rejectedTotal > 0);
    setRunning(false);
    Q_EMIT checked();
}

void ValidationPage::onFailed(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        setStatus(StatusLine::Stopped);
    else
        setStatus(StatusLine::Failed, error.toString());
    setRunning(false);
    Q_EMIT checked();
}

} // namespace tierwise
