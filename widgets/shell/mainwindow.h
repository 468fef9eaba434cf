#pragma once

// The workbench window. It only wires actions, menus and views: the workspace is opened and
// read by the engine, imports run in the ImportController, the overview draws itself.

#include "ingest/importer.h"
#include "result.h"
#include "shell/jobspanel.h"
#include "shell/preference.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <vector>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoStack;

namespace tierwise::store { class Workspace; }

namespace tierwise {

class BookNavigator;
class BriefDialog;
class CampaignPlanner;
class CustomerProfile;
class CustomerTableView;
class MigrationPage;
class SegmentMapPage;
class StrategyEditor;
class ImportController;
class ImportProgressPanel;
class JobsPanel;
class UserGuide;
class WorkspaceOverview;

namespace analytics {
struct BookView;
struct ClvOptions;
struct SegmentOptions;
} // namespace analytics
namespace jobs { class Job; }

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace at path, replacing the open one. On failure the error is shown and
    // nothing changes. Refused while an import runs.
    bool openWorkspace(const QString &path);
    // Creates a new workspace file at path (which must not exist) and opens it.
    bool createWorkspace(const QString &path);
    void closeWorkspace();
    // Starts importing files into the open workspace in the background. False if no workspace
    // is open or an import already runs.
    bool importFiles(const QStringList &files);

    store::Workspace *workspace() const { return m_workspace.get(); }
    WorkspaceOverview *overview() const { return m_overview; }
    ImportController *importController() const { return m_imports; }
    ImportProgressPanel *progressPanel() const { return m_progressPanel; }
    QAction *importAction() const { return m_importAction; }
    JobsPanel *jobsPanel() const { return m_jobs; }
    BookNavigator *navigator() const { return m_navigator; }
    CustomerTableView *customerTable() const { return m_table; }
    SegmentMapPage *mapPage() const { return m_mapPage; }
    MigrationPage *migrationPage() const { return m_migrationPage; }
    StrategyEditor *strategyEditor() const { return m_strategyEditor; }
    // The customers chosen in the navigator or on the map (rows of the book; empty: none), which
    // the customer table shows.
    const QVector<int> &selection() const { return m_selection; }
    void setSelection(const QVector<int> &rows, const QString &label);
    void clearSelection();
    CustomerProfile *profile() const { return m_profile; }
    // The book the linked views show (null until loaded after opening a workspace).
    std::shared_ptr<const analytics::BookView> book() const { return m_book; }
    // Personal data masked on screen (the default). Unmasking asks first; it lasts the session.
    bool isMasked() const { return m_masked; }
    void setMasked(bool masked);
    // Shows a customer in the profile dock (by id).
    void showCustomer(const QString &customerId);
    // Saves the selection as a named segment (an undoable edit of the workspace; the write runs
    // as a job). False if nothing is selected or an analysis is writing.
    bool saveSelectionAsSegment(const QString &name);
    QUndoStack *undoStack() const { return m_undo; }
    QTabWidget *views() const { return m_views; }
    QString asOfText() const;

    // Analyses on the open workspace, each a job in the jobs dock (false: no workspace, or an
    // import runs). The Analyze menu's actions call these; runAll queues all four.
    bool runSegmentation(const analytics::SegmentOptions &options);
    bool runClv(const analytics::ClvOptions &options);
    bool runAllAnalyses();
    QAction *analyzeAction(const QString &objectName) const;
    // Analyze ▸ Plan Campaign… (Ctrl+Shift+C): shows the campaign planner tool window (made on first
    // use; it follows the book and the masking). Null until then.
    void showCampaignPlanner();
    CampaignPlanner *campaignPlanner() const { return m_planner; }

    // How the window tells the user something or asks a yes/no question. The defaults open
    // window-modal message boxes without blocking; tests install their own.
    using MessageHandler = std::function<void(const QString &title, const QString &text)>;
    using QuestionHandler = std::function<void(const QString &title, const QString &text,
                                               std::function<void(bool yes)> answer)>;
    void setErrorHandler(MessageHandler handler) { m_showError = std::move(handler); }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }
    // Called with every import report that needs the user's attention (rejections); the
    // default opens an ImportResultDialog.
    using ReportHandler = std::function<void(const ingest::ImportReport &report)>;
    void setReportHandler(ReportHandler handler) { m_showReport = std::move(handler); }

    static Preference<QStringList> recentWorkspaces;

signals:
    // An analysis finished and wrote a new run: views showing results reload.
    void resultsChanged();
    // The book was (re)loaded for the linked views.
    void bookChanged(std::shared_ptr<const tierwise::analytics::BookView> book);
    void maskingChanged(bool masked);
    void selectionChanged(const QVector<int> &rows);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void importDialog();
    void about();
    void showUserGuide();
    void applyPricingLimits();
    void createLanguageMenu(QMenu *settings);
    // The window's texts are source strings kept with their objects; retranslate() sets them in
    // the current language (at start and after Settings ▸ Language).
    QAction *newAction(const char *text, const QIcon &icon = QIcon());
    void setTip(QAction *action, const char *tip); // status tip and tooltip
    QMenu *newMenu(QMenu *menu, const char *title);
    QDockWidget *newDock(const char *title);
    void addView(QWidget *view, const char *title);
    void retranslate();
    void select(const QVector<int> &rows, const QString &label, bool fromMap);
    void updateSelectionLabel();
    void fillRecentMenu();
    void addRecent(const QString &path);
    void setWorkspace(std::unique_ptr<store::Workspace> workspace);
    void updateActions();
    void updateTitleAndStatus();
    void onImportRunning(bool running);
    void onImportFinished(const ingest::ImportReport &report);
    void onImportFailed(const Error &error);
    void onJobFinished(int id, const std::shared_ptr<jobs::Job> &job, const Status &status);
    bool startJob(std::shared_ptr<jobs::Job> job, JobsPanel::TitleText title);
    friend class SaveSegmentCommand;
    void loadBook();
    int analysesRunning() const; // jobs that write (not the book loading)
    void clusteringDialog();
    void saveSegmentDialog();
    void updateUndoActions();
    void exportChart();
    void exportTable(bool selectionOnly);
    void clvDialog();
    void briefDialog();
    void finishDeferredClose();

    std::unique_ptr<store::Workspace> m_workspace;
    WorkspaceOverview *m_overview = nullptr;
    ImportController *m_imports = nullptr;
    ImportProgressPanel *m_progressPanel = nullptr;
    QLabel *m_asOf = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_guideAction = nullptr;
    QPointer<UserGuide> m_guide;
    QAction *m_tiersAction = nullptr;
    QAction *m_rfmAction = nullptr;
    QAction *m_compositeAction = nullptr;
    QAction *m_clusterAction = nullptr;
    QAction *m_clvAction = nullptr;
    QAction *m_allAction = nullptr;
    QAction *m_campaignAction = nullptr;
    CampaignPlanner *m_planner = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_planMenu = nullptr;
    bool m_strategiesSettled = false; // the user chose to save or drop unsaved strategies on close
    QAction *m_exportChartAction = nullptr;
    QAction *m_briefAction = nullptr;
    QPointer<BriefDialog> m_brief;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveSegmentAction = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_exportSelectionAction = nullptr;
    QTabWidget *m_views = nullptr;
    JobsPanel *m_jobs = nullptr;
    QDockWidget *m_jobsDock = nullptr;
    BookNavigator *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    CustomerProfile *m_profile = nullptr;
    QDockWidget *m_profileDock = nullptr;
    QAction *m_maskAction = nullptr;
    QLabel *m_maskLabel = nullptr;
    QLabel *m_customersLabel = nullptr;
    std::shared_ptr<const analytics::BookView> m_book;
    CustomerTableView *m_table = nullptr;
    SegmentMapPage *m_mapPage = nullptr;
    MigrationPage *m_migrationPage = nullptr;
    StrategyEditor *m_strategyEditor = nullptr;
    QVector<int> m_selection;
    QString m_selectionName;        // as the selection's source named it
    bool m_selectionFromMap = false; // named "Map selection" in the current language
    struct ActionTexts
    {
        QAction *action;
        const char *text;
        const char *tip;
    };
    std::vector<ActionTexts> m_actionTexts;
    std::vector<std::pair<QMenu *, const char *>> m_menuTitles;
    std::vector<std::pair<QDockWidget *, const char *>> m_dockTitles;
    std::vector<std::pair<QWidget *, const char *>> m_viewTitles;
    QList<QAction *> m_viewActions; // Alt+1 … Alt+9
    QLabel *m_selectionLabel = nullptr;
    QAction *m_clearSelectionAction = nullptr;
    bool m_masked = true;
    int m_bookJob = 0;        // the book load whose result the window wants
    QSet<int> m_bookJobs;     // every book load not finished yet (cancelled ones included)

    MessageHandler m_showError;
    QuestionHandler m_ask;
    ReportHandler m_showReport;
    bool m_closeAfterImport = false;
};

} // namespace tierwise
