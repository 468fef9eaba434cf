#include "shell/importresultdialog.h"

#include "i18n/figures.h"
#include "itemmodels/rejectiontablemodel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tierwise {

ImportResultDialog::ImportResultDialog(const ingest::ImportReport &report, QWidget *parent)
    : QDialog(parent), m_reportPath(report.reportPath), m_committed(report.committed)
{
    setAttribute(Qt::WA_DeleteOnClose);
    for (const ingest::FileOutcome &file : report.files) {
        if (!file.fileRejected)
            m_committedRows += file.inserted + file.updated;
    }
    m_rejectedShown = report.rejections.size();
    m_rejected = std::max<qint64>(report.rejectedTotal, m_rejectedShown);

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(report.committed ? QStyle::SP_MessageBoxInformation
                                                           : QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    auto *head = new QVBoxLayout;
    head->addWidget(m_summary);
    head->addWidget(m_hint);
    if (m_rejectedShown < m_rejected) {
        m_shown = new QLabel(this);
        m_shown->setWordWrap(true);
        head->addWidget(m_shown);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(head, 1);

    m_model = new RejectionTableModel(this);
    m_model->setRejections(report.rejections);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(RejectionTableModel::Value,
                            std::min(m_table->columnWidth(RejectionTableModel::Value), 200));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    if (!m_reportPath.isEmpty()) {
        m_reportLabel = new QLabel(this);
        m_reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_reportLabel->setWordWrap(true);
        m_openFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
        connect(m_openFolder, &QPushButton::clicked, this, &ImportResultDialog::openReportFolder);
        layout->addWidget(m_reportLabel);
    }
    layout->addWidget(buttons);
    retranslate();
    resize(760, 420);
}

void ImportResultDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportResultDialog::retranslate()
{
    setWindowTitle(tr("Import Problems"));
    // Plural-free wording: the catalogues are Chinese only, so English has no numerus forms.
    m_summary->setText(m_committed ? tr("Rows imported: %1. Rows rejected and left out: %2.")
                                         .arg(figures::count(m_committedRows), figures::count(m_rejected))
                                   : tr("The import was refused and nothing was committed; the workspace is unchanged. "
                                        "Problems found: %1.").arg(figures::count(m_rejected)));
    m_hint->setText(tr("Correct the rows below in the source files and import them again."));
    if (m_shown)
        m_shown->setText(tr("Showing the first %1 of %2 rejections; the report lists them all.")
                             .arg(figures::count(m_rejectedShown), figures::count(m_rejected)));
    if (m_reportLabel) {
        m_reportLabel->setText(tr("Full report: %1").arg(QDir::toNativeSeparators(m_reportPath)));
        m_openFolder->setText(tr("Open Report Folder"));
    }
}

QString ImportResultDialog::summaryText() const
{
    return m_summary->text();
}

void ImportResultDialog::openReportFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_reportPath).absolutePath()));
}

} // namespace tierwise
