#include "shell/importresultdialog.h"

#include "itemmodels/rejectiontablemodel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace tierwise {

ImportResultDialog::ImportResultDialog(const ingest::ImportReport &report, QWidget *parent)
    : QDialog(parent), m_reportPath(report.reportPath)
{
    setWindowTitle(tr("Import Problems"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QLocale locale;

    qint64 committedRows = 0;
    for (const ingest::FileOutcome &file : report.files) {
        if (!file.fileRejected)
            committedRows += file.inserted + file.updated;
    }
    const qint64 total = std::max<qint64>(report.rejectedTotal, report.rejections.size());

    // Plural-free wording: the catalogues are Chinese only, so English has no numerus forms.
    const QString summary = report.committed
        ? tr("Rows imported: %1. Rows rejected and left out: %2.")
              .arg(locale.toString(committedRows), locale.toString(total))
        : tr("The import was refused and nothing was committed; the workspace is unchanged. "
             "Problems found: %1.").arg(locale.toString(total));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(report.committed ? QStyle::SP_MessageBoxInformation
                                                           : QStyle::SP_MessageBoxWarning, nullptr, this)
                        .pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);
    m_summary = new QLabel(summary, this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *hint = new QLabel(tr("Correct the rows below in the source files and import them again."), this);
    hint->setWordWrap(true);

    auto *head = new QVBoxLayout;
    head->addWidget(m_summary);
    head->addWidget(hint);
    if (report.rejections.size() < total) {
        auto *shown = new QLabel(tr("Showing the first %1 of %2 rejections; the report lists them all.")
                                     .arg(locale.toString(report.rejections.size()), locale.toString(total)),
                                 this);
        shown->setWordWrap(true);
        head->addWidget(shown);
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
        auto *reportLabel = new QLabel(tr("Full report: %1").arg(QDir::toNativeSeparators(m_reportPath)), this);
        reportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reportLabel->setWordWrap(true);
        auto *openFolder = buttons->addButton(tr("Open Report Folder"), QDialogButtonBox::ActionRole);
        connect(openFolder, &QPushButton::clicked, this, &ImportResultDialog::openReportFolder);
        layout->addWidget(reportLabel);
    }
    layout->addWidget(buttons);
    resize(760, 420);
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
