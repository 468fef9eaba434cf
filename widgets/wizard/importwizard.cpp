#include "wizard/importwizard.h"

#include "shell/importcontroller.h"
#include "shell/preference.h"
#include "wizard/filespage.h"
#include "wizard/importpage.h"
#include "wizard/mappingpage.h"
#include "wizard/previewpage.h"
#include "wizard/validationpage.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace tierwise {
namespace {

Preference<QString> lastWizardFolder{"Wizard/LastFolder"};

// Keeps the mapping file of a started import until the controller is done with it.
class MappingFileKeeper final : public QObject
{
public:
    explicit MappingFileKeeper(QObject *parent) : QObject(parent) {}
    QTemporaryDir dir;
};

} // namespace

ImportWizard::ImportWizard(ImportController *controller, QString workspacePath, QWidget *parent)
    : QWizard(parent), m_controller(controller), m_workspacePath(std::move(workspacePath))
{
    setObjectName(QStringLiteral("importWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveHelpButton, false);
    retranslate();
    m_filesPage = new FilesPage(this);
    m_previewPage = new PreviewPage(this);
    m_mappingPage = new MappingPage(this);
    m_validationPage = new ValidationPage(this);
    m_importPage = new ImportPage(this);
    setPage(FilesPageId, m_filesPage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ValidationPageId, m_validationPage);
    setPage(ImportPageId, m_importPage);
    setStartId(FilesPageId);
    connect(this, &QWizard::currentIdChanged, this, [this] { m_refusal = Refusal::None; }); // the page hides it
    resize(900, 640);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void ImportWizard::retranslate()
{
    setWindowTitle(tr("Import Data"));
    // QWizard names its buttons once, when it makes them: name them again with its own words (the
    // qtbase catalogue), as it does for the classic style.
    setButtonText(QWizard::BackButton, QWizard::tr("< &Back"));
    setButtonText(QWizard::NextButton, QWizard::tr("&Next >"));
    setButtonText(QWizard::CommitButton, QWizard::tr("Commit"));
    setButtonText(QWizard::CancelButton, QWizard::tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    if (m_refusal != Refusal::None)
        showRefusal();
}

void ImportWizard::showRefusal()
{
    switch (m_refusal) {
    case Refusal::None: m_importPage->setError(QString()); break;
    case Refusal::NoMapping:
        m_importPage->setError(m_refusalDetail.isEmpty() ? tr("Cannot write the mapping for the import.")
                                                         : m_refusalDetail);
        break;
    case Refusal::AnotherImport:
        m_importPage->setError(tr("Another import is running; wait for it to finish, then click Import again."));
        break;
    }
}

QString ImportWizard::lastFolder()
{
    const QString folder = lastWizardFolder.get();
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void ImportWizard::setLastFolder(const QString &folder)
{
    lastWizardFolder.set(folder);
}

void ImportWizard::addFiles(const QStringList &paths)
{
    bool added = false;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (filePaths().contains(absolute))
            continue;
        WizardFile file;
        file.path = absolute;
        file.refresh();
        m_files.push_back(std::move(file));
        added = true;
    }
    if (added)
        Q_EMIT filesChanged();
}

void ImportWizard::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    m_files.removeAt(index);
    Q_EMIT filesChanged();
}

QStringList ImportWizard::filePaths() const
{
    QStringList out;
    for (const WizardFile &f : m_files)
        out << f.path;
    return out;
}

void ImportWizard::noteFileChanged(int index)
{
    Q_EMIT fileChanged(index);
}

QJsonObject ImportWizard::mapping(QStringList *conflicts) const
{
    return mappingJson(m_files, conflicts);
}

bool ImportWizard::saveMapping(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(mapping()).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    if (error)
        *error = tr("Cannot write the mapping file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool ImportWizard::loadMapping(const QString &path, QString *error)
{
    const Result<ingest::Mapping> loaded = ingest::Mapping::load(path);
    if (!loaded) {
        if (error)
            *error = loaded.error().toString();
        return false;
    }
    applyMapping(loaded.value(), m_files);
    Q_EMIT filesChanged();
    return true;
}

ingest::ImportOptions ImportWizard::importOptions(const QString &mappingPath) const
{
    ingest::ImportOptions options;
    options.mappingFile = mappingPath;
    options.acceptPartial = acceptPartial();
    return options;
}

QString ImportWizard::scratchPath(const QString &name) const
{
    return m_scratch.filePath(name);
}

void ImportWizard::setMasked(bool masked)
{
    if (m_masked == masked)
        return;
    m_masked = masked;
    Q_EMIT filesChanged();
}

bool ImportWizard::acceptPartial() const
{
    return m_validationPage->acceptPartial();
}

void ImportWizard::accept()
{
    auto *keeper = new MappingFileKeeper(m_controller);
    const QString mappingPath = keeper->dir.filePath(QStringLiteral("mapping.json"));
    QString error;
    if (!keeper->dir.isValid() || !saveMapping(mappingPath, &error)) {
        delete keeper;
        m_refusal = Refusal::NoMapping;
        m_refusalDetail = error;
        showRefusal();
        return;
    }
    if (!m_controller->start(m_workspacePath, filePaths(), importOptions(mappingPath))) {
        delete keeper;
        m_refusal = Refusal::AnotherImport;
        showRefusal();
        return;
    }
    m_refusal = Refusal::None;
    connect(m_controller, &ImportController::finished, keeper, &QObject::deleteLater);
    connect(m_controller, &ImportController::failed, keeper, &QObject::deleteLater);
    Q_EMIT importStarted(filePaths());
    QWizard::accept();
}

} // namespace tierwise
