#include "wizard/importpage.h"

#include "i18n/figures.h"
#include "wizard/importwizard.h"
#include "wizard/validationpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QEvent>
#include <QVBoxLayout>

namespace tierwise {

ImportPage::ImportPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    retranslate();
}

void ImportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ImportPage::retranslate()
{
    setTitle(tr("Import"));
    setSubTitle(tr("The import runs in the background; the window shows its progress and can cancel it."));
    if (m_initialized)
        showSummary();
}

void ImportPage::initializePage()
{
    m_initialized = true;
    showSummary();
    m_error->hide();
}

void ImportPage::showSummary()
{
    QStringList lines;
    const auto &report = m_wizard->validationPage()->report();
    if (report) {
        for (const ingest::FileOutcome &f : report->files)
            lines << tr("• %1 — %2, %3 rows").arg(QFileInfo(f.file).fileName(), ingest::fileKindDisplayName(f.kind),
                                                 figures::count(f.rowsRead - f.rejected));
        if (report->rejectedTotal > 0)
            lines << QString() << tr("%1 rejected rows are left out; the rest is imported.")
                                      .arg(figures::count(report->rejectedTotal));
    }
    lines << QString() << tr("Everything is imported in one transaction: if the import is cancelled or fails, "
                             "the workspace stays as it is.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ImportPage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace tierwise
