#pragma once

// The wizard's first page: the files to import (Add…, Remove, or dropped onto the page), each
// with the kind and encoding detected from its first bytes.

#include <QWizardPage>

class QLabel;
class QMimeData;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tierwise {

class ImportWizard;

class FilesPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilesPage(ImportWizard *wizard);

    bool isComplete() const override;
    QTreeWidget *list() const { return m_list; }
    // Adds the local files of dropped data (what a drop on the page does); false if none.
    bool addDropped(const QMimeData *mime);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    void browse();
    void removeSelected();
    void refill();
    // The file's kind and encoding as the list shows them, in the current language.
    void showKind(QTreeWidgetItem *item, int file) const;

    ImportWizard *m_wizard;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace tierwise
