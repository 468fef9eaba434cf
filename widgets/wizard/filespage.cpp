#include "wizard/filespage.h"

#include "wizard/importwizard.h"

#include <QEvent>
#include <QKeyEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace tierwise {
namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls())
        return out;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            out << url.toLocalFile();
    return out;
}

} // namespace

FilesPage::FilesPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setAcceptDrops(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("fileList"));
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addFiles"));
    m_add->setShortcut(QKeySequence::Open);
    connect(m_add, &QPushButton::clicked, this, &FilesPage::browse);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeFiles"));
    connect(m_remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    m_list->installEventFilter(this); // Delete removes the selected files

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(wizard, &ImportWizard::filesChanged, this, &FilesPage::refill);
    connect(wizard, &ImportWizard::fileChanged, this, &FilesPage::refill);
    retranslate();
    refill();
}

void FilesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void FilesPage::retranslate()
{
    setTitle(tr("Files"));
    setSubTitle(tr("Choose the extracts to import, or drop them here. Each file's kind and encoding "
                   "are detected from its first lines."));
    m_list->setHeaderLabels({tr("File"), tr("Kind"), tr("Encoding"), tr("Folder")});
    m_list->setAccessibleName(tr("Files to import"));
    m_empty->setText(tr("No files yet — click Add Files… or drop CSV files here."));
    m_add->setText(tr("&Add Files…"));
    m_add->setToolTip(tr("Choose CSV or text files to import (Ctrl+O)"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the selected files from the list (Delete)"));
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        showKind(m_list->topLevelItem(i), i); // in place: the selection stays
}

bool FilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        removeSelected();
        return true;
    }
    return QWizardPage::eventFilter(watched, event);
}

bool FilesPage::isComplete() const
{
    return !m_wizard->files().isEmpty();
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    if (addDropped(event->mimeData()))
        event->acceptProposedAction();
}

bool FilesPage::addDropped(const QMimeData *mime)
{
    const QStringList files = localFiles(mime);
    if (files.isEmpty())
        return false;
    m_wizard->addFiles(files);
    return true;
}

void FilesPage::browse()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Files"), ImportWizard::lastFolder(),
        tr("Extracts (*.csv *.txt *.tsv *.dat);;All files (*)"));
    if (files.isEmpty())
        return;
    ImportWizard::setLastFolder(QFileInfo(files.constFirst()).absolutePath());
    m_wizard->addFiles(files);
}

void FilesPage::removeSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        rows << m_list->indexOfTopLevelItem(item);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_wizard->removeFile(row);
}

void FilesPage::showKind(QTreeWidgetItem *item, int file) const
{
    if (file < 0 || file >= m_wizard->files().size())
        return;
    const WizardFile &f = m_wizard->files()[file];
    const bool unreadable = !f.preview.error.isEmpty() && f.preview.records.isEmpty();
    item->setText(1, unreadable ? tr("Unreadable") : ingest::fileKindDisplayName(f.kind()));
    item->setText(2, unreadable ? QString() : ingest::encodingName(f.preview.encoding));
}

void FilesPage::refill()
{
    m_list->clear();
    for (int i = 0; i < m_wizard->files().size(); ++i) {
        const WizardFile &f = m_wizard->files()[i];
        const QFileInfo info(f.path);
        auto *item = new QTreeWidgetItem(m_list, {info.fileName(), QString(), QString(), info.absolutePath()});
        // (The reason a file cannot be read is the reader's, in the language it was read in.)
        item->setToolTip(0, f.preview.error.isEmpty() ? f.path : f.preview.error);
        showKind(item, i);
    }
    m_empty->setVisible(m_wizard->files().isEmpty());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
    Q_EMIT completeChanged();
}

} // namespace tierwise
