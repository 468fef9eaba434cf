#pragma once

// The import wizard: pick or drop files → preview with the detected encoding, delimiter, header
// and kind (overridable) → column mapping (suggested from the header synonyms; date formats,
// value maps; saved and loaded as the same JSON `tierwise-cli import --mapping` reads) → a dry
// run on a worker thread listing the rejections → the import, handed to the window's
// ImportController as its background job. The wizard never writes to the workspace itself.

#include "ingest/importer.h"
#include "wizard/wizardfile.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QVector>
#include <QWizard>

namespace tierwise {

class ImportController;
class FilesPage;
class PreviewPage;
class MappingPage;
class ValidationPage;
class ImportPage;

class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilesPageId, PreviewPageId, MappingPageId, ValidationPageId, ImportPageId };

    // `controller` runs the final import (the window's controller, so the window shows the job);
    // `workspacePath` is the open workspace.
    ImportWizard(ImportController *controller, QString workspacePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Adds files (ignoring ones already listed) and reads each one's preview.
    void addFiles(const QStringList &paths);
    void removeFile(int index);
    QVector<WizardFile> &files() { return m_files; }
    const QVector<WizardFile> &files() const { return m_files; }
    QStringList filePaths() const;
    // Call after changing a file's overrides or columns (re-emits fileChanged()).
    void noteFileChanged(int index);

    // The mapping file's JSON for the current choices; conflicts that prevent one mapping.
    QJsonObject mapping(QStringList *conflicts = nullptr) const;
    bool saveMapping(const QString &path, QString *error = nullptr) const;
    // Loads a mapping file (validated by the engine) into every listed file.
    bool loadMapping(const QString &path, QString *error = nullptr);
    // The options the dry run and the import use (mapping written to `mappingPath`).
    ingest::ImportOptions importOptions(const QString &mappingPath) const;
    // A scratch folder that lives as long as the wizard.
    QString scratchPath(const QString &name) const;
    QString workspacePath() const { return m_workspacePath; }
    bool acceptPartial() const;
    // Names and identifiers in the preview and samples are masked unless the session is unmasked.
    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);

    // The folder the file dialogs open in (remembered between sessions).
    static QString lastFolder();
    static void setLastFolder(const QString &folder);

    FilesPage *filesPage() const { return m_filesPage; }
    PreviewPage *previewPage() const { return m_previewPage; }
    MappingPage *mappingPage() const { return m_mappingPage; }
    ValidationPage *validationPage() const { return m_validationPage; }
    ImportPage *importPage() const { return m_importPage; }

    // Starts the import through the controller and closes; stays open with the reason if the
    // controller refuses (another import runs).
    void accept() override;

Q_SIGNALS:
    void filesChanged();                 // added, removed, or reloaded from a mapping
    void fileChanged(int index);         // one file's overrides or columns changed
    void importStarted(const QStringList &files);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Why accept() did not start the import (shown on the last page).
    enum class Refusal { None, NoMapping, AnotherImport };

    void retranslate();
    void showRefusal();

    ImportController *m_controller;
    Refusal m_refusal = Refusal::None;
    QString m_refusalDetail; // the mapping file's write error
    QString m_workspacePath;
    QVector<WizardFile> m_files;
    QTemporaryDir m_scratch;
    bool m_masked = true;
    FilesPage *m_filesPage = nullptr;
    PreviewPage *m_previewPage = nullptr;
    MappingPage *m_mappingPage = nullptr;
    ValidationPage *m_validationPage = nullptr;
    ImportPage *m_importPage = nullptr;
};

} // namespace tierwise
