#include "wizard/importpage.h"

#include "wizard/importwizard.h"
#include "wizard/validationpage.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tierwise {

ImportPage::ImportPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The import runs in the background; the window shows its progress and can cancel it."));
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
}

void ImportPage::initializePage()
{
    const QLocale locale;
    QStringList lines;
    const auto &report = m_wizard->validationPage()->report();
    if (report) {
        for (const ingest::FileOutcome &f : report->files)
            lines << tr("• %1 — %2, %3 rows").arg(QFileInfo(f.file).fileName(), ingest::fileKindDisplayName(f.kind),
                                                 locale.toString(f.rowsRead - f.rejected));
        if (report->rejectedTotal > 0)
            lines << QString() << tr("%1 rejected rows are left out; the rest is imported.")
                                      .arg(locale.toString(report->rejectedTotal));
    }
    lines << QString() << tr("Everything is imported in one transaction: if the import is cancelled or fails, "
                             "the workspace stays as it is.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_error->hide();
}

void ImportPage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace tierwise
