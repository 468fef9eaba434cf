#include "shell/mainwindow.h"
#include "shell/messageboxes.h"

#include "brief/briefdialog.h"
#include "editors/campaignplanner.h"
#include "shell/importcontroller.h"
#include "shell/importprogresspanel.h"
#include "shell/importresultdialog.h"
#include "shell/analysisdialogs.h"
#include "shell/jobspanel.h"
#include "shell/language.h"
#include "i18n/figures.h"
#include "i18n/language.h"
#include "shell/rulesdialog.h"
#include "shell/theme.h"
#include "planning/strategy.h"
#include "privacy/audit.h"
#include "shell/userguide.h"
#include "shell/workspaceoverview.h"
#include "views/booknavigator.h"
#include "views/customertableview.h"
#include "itemmodels/customertablemodel.h"
#include "views/segmentmappage.h"
#include "editors/strategyeditor.h"
#include "views/analysispages.h"
#include "charts/segmentmap.h"
#include "wizard/importwizard.h"
#include "views/customerprofile.h"
#include "analytics/bookview.h"
#include "analytics/savedsegment.h"
#include "analytics/tiermigration.h"
#include "store/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QJsonObject>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QInputDialog>
#include <QTabWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace tierwise {

Preference<QStringList> MainWindow::recentWorkspaces{"Shell/RecentWorkspaces"};

namespace {

Preference<QString> lastWorkspaceDirectory{"Shell/LastWorkspaceDirectory"};
Preference<QString> lastImportDirectory{"Shell/LastImportDirectory"};
Preference<QByteArray> windowGeometry{"Shell/WindowGeometry"};
Preference<QByteArray> dockLayout{"Shell/DockLayout"};
// Bumped when the docks change, so an old saved layout is not restored over a new one.
constexpr int kLayoutVersion = 1;

constexpr int kMaxRecent = 8;
constexpr int kStatusMessageMs = 15000;

const QString workspaceSuffix()
{
    return QStringLiteral("tierwise");
}

bool isWorkspaceFile(const QString &path)
{
    return QFileInfo(path).suffix().compare(workspaceSuffix(), Qt::CaseInsensitive) == 0;
}

bool isImportFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}

} // namespace

// Saving a selection as a named segment: redo writes it as a run (a job), undo deletes that run
// (a job). The window keeps undo and redo disabled while an analysis writes, so each step runs
// after the one before it.
class SaveSegmentCommand final : public QUndoCommand
{
public:
    SaveSegmentCommand(MainWindow *window, QString name, std::vector<std::string> ids, QString asOf)
        : m_window(window), m_name(std::move(name)), m_ids(std::move(ids)), m_asOf(std::move(asOf))
    {
        setText(MainWindow::tr("Save Segment “%1”").arg(m_name));
    }
    void redo() override
    {
        m_saving = std::make_shared<analytics::SaveSegmentJob>(m_name, m_ids, m_asOf);
        m_window->startJob(m_saving, [name = m_name] { return MainWindow::tr("Saving the segment “%1”").arg(name); });
    }
    void undo() override
    {
        // The command keeps its save job: the run id is known however the jobs list is cleared.
        if (m_saving && m_saving->runId() > 0)
            m_window->startJob(std::make_shared<analytics::DeleteRunJob>(m_saving->runId()),
                               [name = m_name] { return MainWindow::tr("Removing the segment “%1”").arg(name); });
        m_saving.reset();
    }

private:
    MainWindow *m_window;
    QString m_name;
    std::vector<std::string> m_ids;
    QString m_asOf;
    std::shared_ptr<analytics::SaveSegmentJob> m_saving;
};

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/tierwise.svg")));

    m_showError = [this](const QString &title, const QString &text) { showWarning(this, title, text); };
    m_ask = [this](const QString &title, const QString &text, std::function<void(bool)> answer) {
        askYesNo(this, title, text, std::move(answer));
    };
    m_showReport = [this](const ingest::ImportReport &report) {
        auto *dialog = new ImportResultDialog(report, this);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    };

    m_overview = new WorkspaceOverview(this);
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_overview->setObjectName(QStringLiteral("WorkspaceOverview"));
    addView(m_overview, QT_TR_NOOP("Overview"));
    m_mapPage = new SegmentMapPage(this);
    addView(m_mapPage, QT_TR_NOOP("Segment Map"));
    m_table = new CustomerTableView(this);
    m_table->setObjectName(QStringLiteral("CustomerTableView"));
    addView(m_table, QT_TR_NOOP("Customers"));
    const std::pair<BookPage *, const char *> pages[] = {{new SegmentsPage(this), QT_TR_NOOP("Segments")},
                                                         {new ParetoPage(this), QT_TR_NOOP("Pareto")},
                                                         {new CohortsPage(this), QT_TR_NOOP("Cohorts")},
                                                         {new DistributionsPage(this), QT_TR_NOOP("Distributions")},
                                                         {new ModelCheckPage(this), QT_TR_NOOP("Model Check")},
                                                         {new ClustersPage(this), QT_TR_NOOP("Clusters")}};
    for (const auto &[page, title] : pages) {
        addView(page, title);
        connect(this, &MainWindow::bookChanged, page, &BookPage::setBook);
    }
    m_migrationPage = new MigrationPage(this);
    addView(m_migrationPage, QT_TR_NOOP("Tier Migration"));
    connect(this, &MainWindow::bookChanged, m_migrationPage, &BookPage::setBook);
    connect(m_migrationPage, &MigrationPage::compareRequested, this, [this](const QDate &before) {
        startJob(std::make_shared<analytics::TierMigrationJob>(ingest::dayFromCivil(before.year(), before.month(), before.day()),
                                                               0, RulesDialog::rulesFile(RulesDialog::RuleSet::Tiers)),
                 [before] { return tr("Tier migration since %1").arg(figures::date(before)); });
    });
    for (int i = 0; i < m_views->count() && i < 9; ++i) {
        // Alt+1 … Alt+9 switch the views.
        auto *go = new QAction(this);
        m_viewActions << go;
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_views->setCurrentIndex(i); });
        addAction(go);
    }
    connect(m_mapPage, &SegmentMapPage::selectionChanged, this, [this](const QVector<int> &rows) {
        if (rows.isEmpty())
            clearSelection();
        else
            select(rows, QString(), true);
    });
    connect(m_mapPage, &SegmentMapPage::customerClicked, this, &MainWindow::showCustomer);
    connect(this, &MainWindow::selectionChanged, m_mapPage, &SegmentMapPage::setSelection);
    connect(this, &MainWindow::bookChanged, m_mapPage, &SegmentMapPage::setBook);
    connect(this, &MainWindow::maskingChanged, m_mapPage, &SegmentMapPage::setMasked);
    connect(m_table, &CustomerTableView::selectedCustomersChanged, m_mapPage, &SegmentMapPage::setHighlightedIds);
    connect(m_table, &CustomerTableView::customerActivated, this, &MainWindow::showCustomer);
    setCentralWidget(m_views);

    m_jobs = new JobsPanel(this);
    m_jobsDock = newDock(QT_TR_NOOP("Jobs"));
    m_jobsDock->setObjectName(QStringLiteral("jobsDock"));
    m_jobsDock->setWidget(m_jobs);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    connect(m_jobs, &JobsPanel::jobFinished, this, &MainWindow::onJobFinished);

    m_navigator = new BookNavigator(this);
    m_navigatorDock = newDock(QT_TR_NOOP("Book"));
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_profile = new CustomerProfile(this);
    m_profileDock = newDock(QT_TR_NOOP("Customer Profile"));
    m_profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profileDock->setWidget(m_profile);
    addDockWidget(Qt::RightDockWidgetArea, m_profileDock);
    connect(this, &MainWindow::resultsChanged, this, &MainWindow::loadBook);
    connect(this, &MainWindow::resultsChanged, this, [this] {
        if (m_workspace)
            m_table->openWorkspace(m_workspace->path());
    });
    connect(m_navigator, &BookNavigator::rowsChosen, this, &MainWindow::setSelection);
    connect(m_jobs, &JobsPanel::activeCountChanged, this, [this](int) {
        if (analysesRunning() > 0)
            m_jobsDock->show();
        updateActions();
    });

    m_undo = new QUndoStack(this);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    // The strategies per tier: its edits are steps of the workspace's undo stack.
    m_strategyEditor = new StrategyEditor(m_undo, this);
    m_strategyEditor->setErrorHandler([this](const QString &title, const QString &text) { m_showError(title, text); });
    addView(m_strategyEditor, QT_TR_NOOP("Strategies"));
    connect(this, &MainWindow::bookChanged, m_strategyEditor, &StrategyEditor::setBook);
    applyPricingLimits();
    connect(m_strategyEditor, &StrategyEditor::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, kStatusMessageMs); });

    m_imports = new ImportController(this);
    connect(m_imports, &ImportController::runningChanged, this, &MainWindow::onImportRunning);
    connect(m_imports, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_imports, &ImportController::failed, this, &MainWindow::onImportFailed);

    m_progressPanel = new ImportProgressPanel(this);
    m_progressPanel->hide();
    connect(m_imports, &ImportController::progress, m_progressPanel, &ImportProgressPanel::setProgress);
    connect(m_progressPanel, &ImportProgressPanel::cancelRequested, m_imports, &ImportController::cancel);
    m_asOf = new QLabel(this);
    m_asOf->setContentsMargins(8, 0, 8, 0);
    m_customersLabel = new QLabel(this);
    m_customersLabel->setContentsMargins(8, 0, 8, 0);
    m_maskLabel = new QLabel(this);
    m_maskLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_progressPanel);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_customersLabel);
    statusBar()->addPermanentWidget(m_asOf);
    statusBar()->addPermanentWidget(m_maskLabel);

    createActions();
    createMenus();
    updateActions();
    // Every text of the window's own: now and after each change of language (Settings ▸ Language).
    bindTranslation(this, [this] { retranslate(); });

    if (const QByteArray geometry = windowGeometry; !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 800);
    if (const QByteArray state = dockLayout; state.isEmpty() || !restoreState(state, kLayoutVersion)) {
        // The docks' first sizes, once the window has its own.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_navigatorDock, m_profileDock}, {340, 380}, Qt::Horizontal);
            resizeDocks({m_jobsDock}, {110}, Qt::Vertical);
        });
    }
}

MainWindow::~MainWindow()
{
    // The undo stack is deleted with the other children and clears itself then; its signals
    // must not reach a window whose panels are already gone.
    m_undo->disconnect(this);
}

QAction *MainWindow::newAction(const char *text, const QIcon &icon)
{
    auto *action = new QAction(icon, QString(), this);
    m_actionTexts.push_back({action, text, nullptr});
    return action;
}

void MainWindow::setTip(QAction *action, const char *tip)
{
    for (ActionTexts &texts : m_actionTexts)
        if (texts.action == action)
            texts.tip = tip;
}

QMenu *MainWindow::newMenu(QMenu *menu, const char *title)
{
    m_menuTitles.push_back({menu, title});
    return menu;
}

QDockWidget *MainWindow::newDock(const char *title)
{
    auto *dock = new QDockWidget(this);
    m_dockTitles.push_back({dock, title});
    return dock;
}

void MainWindow::addView(QWidget *view, const char *title)
{
    m_views->addTab(view, QString());
    m_viewTitles.push_back({view, title});
}

void MainWindow::retranslate()
{
    for (const ActionTexts &texts : m_actionTexts) {
        texts.action->setText(tr(texts.text));
        if (texts.tip) {
            texts.action->setStatusTip(tr(texts.tip));
            texts.action->setToolTip(tr(texts.tip));
        }
    }
    for (const auto &[menu, title] : m_menuTitles)
        menu->setTitle(tr(title));
    for (const auto &[dock, title] : m_dockTitles)
        dock->setWindowTitle(tr(title));
    for (const auto &[view, title] : m_viewTitles)
        m_views->setTabText(m_views->indexOf(view), tr(title));
    for (int i = 0; i < m_viewActions.size(); ++i)
        m_viewActions.at(i)->setText(tr("Show %1").arg(m_views->tabText(i).remove(QLatin1Char('&'))));
    updateUndoActions();
    updateTitleAndStatus();
    updateSelectionLabel();
}

void MainWindow::createActions()
{
    m_newAction = newAction(QT_TR_NOOP("&New Workspace…"), QIcon::fromTheme(QStringLiteral("document-new")));
    m_newAction->setShortcut(QKeySequence::New);
    setTip(m_newAction, QT_TR_NOOP("Create an empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);

    m_openAction = newAction(QT_TR_NOOP("&Open Workspace…"), QIcon::fromTheme(QStringLiteral("document-open")));
    m_openAction->setShortcut(QKeySequence::Open);
    setTip(m_openAction, QT_TR_NOOP("Open an existing workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_importAction = newAction(QT_TR_NOOP("&Import Data…"), QIcon::fromTheme(QStringLiteral("document-import")));
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    setTip(m_importAction, QT_TR_NOOP("Import customer extracts (CSV) into the workspace"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importDialog);

    m_closeAction = newAction(QT_TR_NOOP("&Close Workspace"));
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = newAction(QT_TR_NOOP("&Quit"), QIcon::fromTheme(QStringLiteral("application-exit")));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    const auto analysis = [this](const char *name, const char *text, const QKeySequence &key, const char *tip) {
        QAction *action = newAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(key);
        setTip(action, tip);
        return action;
    };
    m_tiersAction = analysis("tiersAction", QT_TR_NOOP("Value &Tiers"), QKeySequence(Qt::CTRL | Qt::Key_1),
                             QT_TR_NOOP("Tier the customers by monthly AUM, with the tier rules"));
    connect(m_tiersAction, &QAction::triggered, this, [this] {
        analytics::SegmentOptions o;
        o.method = analytics::SegmentMethod::Tiers;
        runSegmentation(o);
    });
    m_rfmAction = analysis("rfmAction", QT_TR_NOOP("&RFM Segments"), QKeySequence(Qt::CTRL | Qt::Key_2),
                           QT_TR_NOOP("Score recency, frequency and monetary value and name the segments"));
    connect(m_rfmAction, &QAction::triggered, this, [this] {
        analytics::SegmentOptions o;
        o.method = analytics::SegmentMethod::Rfm;
        runSegmentation(o);
    });
    m_clusterAction = analysis("clusterAction", QT_TR_NOOP("&Clustering…"), QKeySequence(Qt::CTRL | Qt::Key_3),
                               QT_TR_NOOP("Group the customers by k-means on behaviour and demographics"));
    connect(m_clusterAction, &QAction::triggered, this, &MainWindow::clusteringDialog);
    m_compositeAction = analysis("compositeAction", QT_TR_NOOP("Value × &Risk"), QKeySequence(Qt::CTRL | Qt::Key_4),
                                 QT_TR_NOOP("Combine the value tier with the credit rating"));
    connect(m_compositeAction, &QAction::triggered, this, [this] {
        analytics::SegmentOptions o;
        o.method = analytics::SegmentMethod::Composite;
        runSegmentation(o);
    });
    m_clvAction = analysis("clvAction", QT_TR_NOOP("&Lifetime Value…"), QKeySequence(Qt::CTRL | Qt::Key_5),
                           QT_TR_NOOP("Estimate CLV, lifecycle stages, cohorts, early warnings and next-best products"));
    connect(m_clvAction, &QAction::triggered, this, &MainWindow::clvDialog);
    m_allAction = analysis("allAction", QT_TR_NOOP("Run &All"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                           QT_TR_NOOP("Tiers, RFM, clustering, value × risk and lifetime value with their defaults"));
    connect(m_allAction, &QAction::triggered, this, &MainWindow::runAllAnalyses);
    m_campaignAction = analysis("campaignAction", QT_TR_NOOP("Plan &Campaign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                QT_TR_NOOP("Choose an audience, hold out a control group, save and evaluate campaigns"));
    connect(m_campaignAction, &QAction::triggered, this, &MainWindow::showCampaignPlanner);

    m_maskAction = newAction(QT_TR_NOOP("&Mask Personal Data"));
    m_maskAction->setObjectName(QStringLiteral("maskAction"));
    m_maskAction->setCheckable(true);
    m_maskAction->setChecked(true);
    m_maskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    setTip(m_maskAction, QT_TR_NOOP("Show names and ids masked (张**, 6222****1234); unmasking lasts this session"));
    connect(m_maskAction, &QAction::triggered, this, [this](bool checked) {
        if (checked) {
            setMasked(true);
            return;
        }
        m_maskAction->setChecked(true); // until the user confirms
        m_ask(tr("Show Personal Data"),
              tr("Show customers' names and ids unmasked for this session? Only do this when you need to "
                 "contact a customer."),
              [this](bool yes) {
                  if (yes)
                      setMasked(false);
              });
    });

    m_undoAction = newAction(QT_TR_NOOP("&Undo"), QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] { m_undo->undo(); });
    m_redoAction = newAction(QT_TR_NOOP("&Redo"), QIcon::fromTheme(QStringLiteral("edit-redo")));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] { m_undo->redo(); });
    m_saveSegmentAction = newAction(QT_TR_NOOP("&Save Selection as Segment…"));
    m_saveSegmentAction->setObjectName(QStringLiteral("saveSegmentAction"));
    m_saveSegmentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setTip(m_saveSegmentAction, QT_TR_NOOP("Keep the selected customers as a named segment in the workspace"));
    connect(m_saveSegmentAction, &QAction::triggered, this, &MainWindow::saveSegmentDialog);

    m_exportChartAction = newAction(QT_TR_NOOP("&Chart…"));
    m_exportChartAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    setTip(m_exportChartAction, QT_TR_NOOP("Save the chart of the current view as PNG or PDF"));
    connect(m_exportChartAction, &QAction::triggered, this, &MainWindow::exportChart);
    m_briefAction = newAction(QT_TR_NOOP("Print Segment &Brief…"), QIcon::fromTheme(QStringLiteral("document-print")));
    m_briefAction->setObjectName(QStringLiteral("briefAction"));
    m_briefAction->setShortcut(QKeySequence::Print);
    setTip(m_briefAction, QT_TR_NOOP("A PDF brief on the segments for a branch manager: preview, save"));
    connect(m_briefAction, &QAction::triggered, this, &MainWindow::briefDialog);
    m_exportTableAction = newAction(QT_TR_NOOP("&Table…"));
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setTip(m_exportTableAction, QT_TR_NOOP("Save the customer table (as filtered and sorted) as CSV, masked unless unmasked"));
    connect(m_exportTableAction, &QAction::triggered, this, [this] { exportTable(false); });
    m_exportSelectionAction = newAction(QT_TR_NOOP("&Selection…"));
    m_exportSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    setTip(m_exportSelectionAction, QT_TR_NOOP("Save the selected customers as CSV"));
    connect(m_exportSelectionAction, &QAction::triggered, this, [this] { exportTable(true); });

    m_clearSelectionAction = newAction(QT_TR_NOOP("Show &All Customers"));
    m_clearSelectionAction->setObjectName(QStringLiteral("clearSelectionAction"));
    m_clearSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    setTip(m_clearSelectionAction, QT_TR_NOOP("Clear the selection: the table and charts show the whole book"));
    connect(m_clearSelectionAction, &QAction::triggered, this, &MainWindow::clearSelection);

    m_guideAction = newAction(QT_TR_NOOP("&User Guide"), QIcon::fromTheme(QStringLiteral("help-contents")));
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    setTip(m_guideAction, QT_TR_NOOP("How to import, analyse and explore a customer book; the keyboard shortcuts"));
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_aboutAction = newAction(QT_TR_NOOP("&About Tierwise"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu *file = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = newMenu(file->addMenu(QString()), QT_TR_NOOP("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    QMenu *exportMenu = newMenu(file->addMenu(QString()), QT_TR_NOOP("&Export"));
    exportMenu->addAction(m_exportChartAction);
    exportMenu->addAction(m_exportTableAction);
    exportMenu->addAction(m_exportSelectionAction);
    file->addAction(m_briefAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_saveSegmentAction);

    QMenu *analyze = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&Analyze"));
    analyze->addAction(m_tiersAction);
    analyze->addAction(m_rfmAction);
    analyze->addAction(m_clusterAction);
    analyze->addAction(m_compositeAction);
    analyze->addSeparator();
    analyze->addAction(m_clvAction);
    analyze->addSeparator();
    analyze->addAction(m_allAction);

    QMenu *plan = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&Plan"));
    QAction *strategies = newAction(QT_TR_NOOP("&Strategies per Tier"));
    connect(strategies, &QAction::triggered, this, [this] { m_views->setCurrentWidget(m_strategyEditor); });
    plan->addAction(strategies);
    strategies->setObjectName(QStringLiteral("strategiesAction"));
    strategies->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    setTip(strategies, QT_TR_NOOP("Edit the strategy of each tier or segment: offer, channels, pricing, targets and budget"));
    plan->addAction(m_campaignAction);
    m_planMenu = plan;

    m_viewMenu = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&View"));
    const std::pair<QDockWidget *, QKeySequence> docks[] = {
        {m_navigatorDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {m_profileDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {m_jobsDock, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)}};
    for (const auto &[dock, key] : docks) {
        dock->toggleViewAction()->setShortcut(key);
        m_viewMenu->addAction(dock->toggleViewAction());
    }
    QMenu *themes = newMenu(m_viewMenu->addMenu(QString()), QT_TR_NOOP("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const std::pair<Theme, const char *> choices[] = {{Theme::System, QT_TR_NOOP("&System")},
                                                      {Theme::Light, QT_TR_NOOP("&Light")},
                                                      {Theme::Dark, QT_TR_NOOP("&Dark")}};
    for (const auto &[theme, text] : choices) {
        QAction *a = newAction(text);
        connect(a, &QAction::triggered, this, [theme = theme] { applyTheme(theme); });
        themes->addAction(a);
        a->setCheckable(true);
        a->setChecked(currentTheme() == theme);
        themeGroup->addAction(a);
    }
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_clearSelectionAction);
    m_viewMenu->addAction(m_maskAction);

    QMenu *settings = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&Settings"));
    QAction *rules = newAction(QT_TR_NOOP("&Rules…"));
    settings->addAction(rules);
    connect(rules, &QAction::triggered, this, [this] {
        auto *dialog = new RulesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, &MainWindow::applyPricingLimits);
        dialog->open();
    });
    rules->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    rules->setObjectName(QStringLiteral("rulesAction"));
    setTip(rules, QT_TR_NOOP("Edit the tier rules, margin rates, lifecycle rules, warning thresholds, product rules and "
                           "the strategies' pricing limits"));
    settings->addAction(m_maskAction);
    settings->addSeparator();
    createLanguageMenu(settings);

    QMenu *help = newMenu(menuBar()->addMenu(QString()), QT_TR_NOOP("&Help"));
    help->addAction(m_guideAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::createLanguageMenu(QMenu *settings)
{
    // Each language by its own name, so a user lost in a language they cannot read finds theirs.
    QMenu *languages = newMenu(settings->addMenu(QString()), QT_TR_NOOP("&Language"));
    languages->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(this);
    QAction *system = languages->addAction(QString());
    system->setData(QStringLiteral("system"));
    languages->addSeparator();
    QList<QAction *> choices{system};
    for (const QString &language : i18n::languages()) {
        QAction *a = languages->addAction(i18n::nativeName(language));
        a->setData(language);
        choices << a;
    }
    for (QAction *a : std::as_const(choices)) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == languageChoice());
        a->setObjectName(QStringLiteral("language_") + a->data().toString());
        group->addAction(a);
        connect(a, &QAction::triggered, this, [a] { applyLanguage(a->data().toString()); });
    }

    QAction *units = newAction(QT_TR_NOOP("Show Money in 万 / 亿"));
    setTip(units, QT_TR_NOOP("In Chinese, show money in 万 and 亿 (萬 and 億) as bank reports do, rather than in full"));
    settings->addAction(units);
    units->setObjectName(QStringLiteral("chineseUnitsAction"));
    units->setCheckable(true);
    units->setChecked(figures::chineseUnits());
    connect(units, &QAction::toggled, this, [](bool on) { setChineseMoneyUnits(on); });
    bindTranslation(this, [system, units, choices] {
        system->setText(tr("&System Default (%1)").arg(i18n::nativeName(languageOfChoice(QStringLiteral("system")))));
        units->setEnabled(i18n::chinese());
        for (QAction *a : choices) // also when the language was set elsewhere (--lang, another window)
            a->setChecked(a->data().toString() == languageChoice());
    });
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = recentWorkspaces;
    int number = 1;
    for (const QString &path : paths) {
        const QString text = tr("&%1 %2").arg(number++).arg(QFileInfo(path).completeBaseName());
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openWorkspace(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No Recent Workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [] { recentWorkspaces.reset(); });
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::addRecent(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = recentWorkspaces;
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxRecent)
        paths.removeLast();
    recentWorkspaces = paths;
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), lastWorkspaceDirectory.get(),
                                                tr("Tierwise workspaces (*.tierwise)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!isWorkspaceFile(path))
        path += QLatin1Char('.') + workspaceSuffix();
    lastWorkspaceDirectory = QFileInfo(path).absolutePath();
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), lastWorkspaceDirectory.get(),
                                                      tr("Tierwise workspaces (*.tierwise);;All files (*)"));
    if (path.isEmpty())
        return;
    lastWorkspaceDirectory = QFileInfo(path).absolutePath();
    openWorkspace(path);
}

void MainWindow::importDialog()
{
    if (!m_workspace || m_imports->isRunning())
        return;
    auto *wizard = new ImportWizard(m_imports, m_workspace->path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setMasked(m_masked);
    if (ImportWizard::lastFolder().isEmpty())
        ImportWizard::setLastFolder(lastImportDirectory.get());
    connect(wizard, &ImportWizard::importStarted, this, [this](const QStringList &files) {
        if (!files.isEmpty())
            lastImportDirectory = QFileInfo(files.constFirst()).absolutePath();
        m_progressPanel->reset();
        statusBar()->clearMessage();
    });
    wizard->open();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (m_imports->isRunning() || analysesRunning() > 0)
        return false;
    Result<std::unique_ptr<store::Workspace>> opened = store::Workspace::open(path);
    if (!opened) {
        if (!QFileInfo::exists(path)) {
            QStringList paths = recentWorkspaces;
            if (paths.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
                recentWorkspaces = paths;
        }
        m_showError(tr("Cannot Open Workspace"), opened.error().message);
        return false;
    }
    setWorkspace(std::move(opened).value());
    addRecent(path);
    return true;
}

bool MainWindow::createWorkspace(const QString &path)
{
    if (m_imports->isRunning() || analysesRunning() > 0)
        return false;
    Result<std::unique_ptr<store::Workspace>> created = store::Workspace::create(path);
    if (!created) {
        m_showError(tr("Cannot Create Workspace"), created.error().message);
        return false;
    }
    setWorkspace(std::move(created).value());
    addRecent(path);
    return true;
}

void MainWindow::closeWorkspace()
{
    if (m_imports->isRunning())
        return;
    setWorkspace(nullptr);
}

void MainWindow::setWorkspace(std::unique_ptr<store::Workspace> workspace)
{
    m_overview->setWorkspace(nullptr);
    m_profile->setWorkspace(nullptr);
    if (m_bookJob != 0)
        m_jobs->cancel(m_bookJob);
    m_bookJob = 0;
    m_book.reset();
    m_navigator->setBook(nullptr);
    emit bookChanged(nullptr);
    clearSelection();
    m_undo->clear(); // the undo history belongs to the workspace
    m_workspace = std::move(workspace);
    m_overview->setWorkspace(m_workspace.get());
    m_profile->setWorkspace(m_workspace.get());
    m_strategyEditor->setWorkspace(m_workspace ? m_workspace->path() : QString(),
                                   m_workspace ? m_workspace->handle() : nullptr);
    m_table->openWorkspace(m_workspace ? m_workspace->path() : QString());
    updateActions();
    updateTitleAndStatus();
    loadBook();
}

int MainWindow::analysesRunning() const
{
    return m_jobs->activeCount() - int(m_bookJobs.size());
}

void MainWindow::loadBook()
{
    if (!m_workspace)
        return;
    if (m_bookJob != 0)
        m_jobs->cancel(m_bookJob);
    m_bookJob = m_jobs->start(m_workspace->path(), std::make_shared<analytics::BookViewJob>(), [] { return tr("Loading the book"); });
    m_bookJobs.insert(m_bookJob);
    updateActions();
}

void MainWindow::setSelection(const QVector<int> &rows, const QString &label)
{
    select(rows, label, false);
}

void MainWindow::select(const QVector<int> &rows, const QString &label, bool fromMap)
{
    if (!m_book || analytics::sameRows(rows, m_selection))
        return;
    m_selection = rows;
    m_selectionName = label;
    m_selectionFromMap = fromMap;
    QStringList ids;
    ids.reserve(rows.size());
    for (int r : rows)
        ids << QString::fromStdString(m_book->customerId[std::size_t(r)]);
    if (std::size_t(rows.size()) == m_book->size())
        m_table->clearCustomerFilter();
    else
        m_table->setCustomerFilter(ids);
    updateSelectionLabel();
    updateActions();
    emit selectionChanged(m_selection);
}

void MainWindow::updateSelectionLabel()
{
    if (m_selection.isEmpty()) {
        m_selectionLabel->clear();
        return;
    }
    const QString label = m_selectionFromMap ? tr("Map selection") : m_selectionName;
    const QString count = figures::count(m_selection.size());
    m_selectionLabel->setText(label.isEmpty() ? tr("%1 selected").arg(count) : tr("%1: %2").arg(label, count));
}

void MainWindow::clearSelection()
{
    m_selection.clear();
    m_selectionName.clear();
    m_selectionFromMap = false;
    m_selectionLabel->clear();
    m_table->clearCustomerFilter();
    updateActions();
    emit selectionChanged(m_selection);
}

void MainWindow::setMasked(bool masked)
{
    m_masked = masked;
    m_maskAction->setChecked(masked);
    m_profile->setMasked(masked);
    m_table->setMasked(masked);
    updateTitleAndStatus();
    emit maskingChanged(masked);
}

void MainWindow::showCustomer(const QString &customerId)
{
    m_profile->showCustomer(customerId);
    if (!customerId.isEmpty())
        m_profileDock->show();
}

bool MainWindow::importFiles(const QStringList &files)
{
    if (!m_workspace || m_imports->isRunning() || files.isEmpty())
        return false;
    m_progressPanel->reset();
    statusBar()->clearMessage();
    return m_imports->start(m_workspace->path(), files);
}

void MainWindow::updateActions()
{
    const bool idle = !m_imports->isRunning();
    m_newAction->setEnabled(idle);
    m_openAction->setEnabled(idle);
    m_recentMenu->setEnabled(idle);
    const bool analysing = analysesRunning() > 0;
    m_importAction->setEnabled(idle && !analysing && m_workspace);
    m_closeAction->setEnabled(idle && !analysing && m_workspace);
    m_newAction->setEnabled(idle && !analysing);
    m_openAction->setEnabled(idle && !analysing);
    m_recentMenu->setEnabled(idle && !analysing);
    for (QAction *a : {m_tiersAction, m_rfmAction, m_clusterAction, m_compositeAction, m_clvAction, m_allAction})
        a->setEnabled(idle && m_workspace);
    m_saveSegmentAction->setEnabled(idle && m_workspace && !m_selection.isEmpty());
    m_briefAction->setEnabled(idle && m_workspace);
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    // One step at a time: undo and redo wait while an analysis or an earlier step writes.
    const bool free = m_workspace && !m_imports->isRunning() && analysesRunning() == 0;
    m_undoAction->setEnabled(free && m_undo->canUndo());
    m_redoAction->setEnabled(free && m_undo->canRedo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo %1").arg(m_undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo %1").arg(m_undo->redoText()) : tr("&Redo"));
}

bool MainWindow::saveSelectionAsSegment(const QString &name)
{
    if (!m_workspace || !m_book || m_selection.isEmpty() || name.trimmed().isEmpty() || analysesRunning() > 0)
        return false;
    std::vector<std::string> ids;
    ids.reserve(std::size_t(m_selection.size()));
    for (int r : m_selection)
        ids.push_back(m_book->customerId[std::size_t(r)]);
    m_undo->push(new SaveSegmentCommand(this, name.trimmed(), std::move(ids), m_book->asOf));
    return true;
}

void MainWindow::saveSegmentDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Selection as Segment"));
    dialog->setLabelText(tr("Name of the segment (%1 customers):").arg(QLocale().toString(m_selection.size())));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &name) {
        if (!saveSelectionAsSegment(name))
            m_showError(tr("Save Segment"), tr("Give the segment a name, and select its customers first."));
    });
    dialog->open();
}

void MainWindow::exportChart()
{
    QWidget *current = m_views->currentWidget();
    auto *page = qobject_cast<BookPage *>(current);
    if (!page && current != m_mapPage) {
        m_showError(tr("Export Chart"), tr("Choose a view with a chart (the segment map, segments, Pareto, cohorts, "
                                           "distributions, model check or clusters) first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), lastImportDirectory.get(),
                                                      tr("PNG image (*.png);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const bool ok = page ? page->exportChart(path)
                         : (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                                ? m_mapPage->map()->savePdf(path, 1200, 800)
                                : m_mapPage->map()->savePng(path, 1600, 1000));
    if (!ok)
        m_showError(tr("Export Chart"), tr("The chart could not be written to %1.").arg(QDir::toNativeSeparators(path)));
    else
        statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
}

void MainWindow::exportTable(bool selectionOnly)
{
    if (selectionOnly && m_selection.isEmpty()) {
        m_showError(tr("Export Selection"), tr("Nothing is selected: choose customers on the map or in the book first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, selectionOnly ? tr("Export Selection") : tr("Export Table"),
                                                      lastImportDirectory.get(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_table->exportCsv(path, [this, path, selectionOnly](const Status &status) {
        if (!status) {
            m_showError(tr("Export"), status.error().message);
            return;
        }
        // An unmasked export is recorded in the workspace's audit log (DESIGN.md §6); without the
        // record the file is not kept.
        if (!m_masked && m_workspace) {
            const QJsonObject detail{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                     {QStringLiteral("rows"), m_table->model()->rowCount()},
                                     {QStringLiteral("what"), selectionOnly ? QStringLiteral("selection")
                                                                            : QStringLiteral("customer table")}};
            if (Status audited = privacy::recordAudit(m_workspace->handle(), QStringLiteral("export.unmasked"), detail);
                !audited) {
                QFile::remove(path);
                m_showError(tr("Export"), tr("The export was not kept: the audit log could not be written (%1).")
                                              .arg(audited.error().message));
                return;
            }
        }
        statusBar()->showMessage(tr("Customers saved to %1").arg(QDir::toNativeSeparators(path)), kStatusMessageMs);
    });
}

void MainWindow::showCampaignPlanner()
{
    if (!m_planner) {
        m_planner = new CampaignPlanner(this);
        // A book only exists with its workspace; null goes out before the workspace is replaced.
        connect(this, &MainWindow::bookChanged, m_planner, [this](const std::shared_ptr<const analytics::BookView> &book) {
            m_planner->setBook(book ? m_workspace.get() : nullptr, book);
        });
        connect(this, &MainWindow::maskingChanged, m_planner, &CampaignPlanner::setMasked);
        m_planner->setMasked(m_masked);
    }
    m_planner->setBook(m_book ? m_workspace.get() : nullptr, m_book);
    m_planner->show();
    m_planner->raise();
    m_planner->activateWindow();
}

QAction *MainWindow::analyzeAction(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

bool MainWindow::startJob(std::shared_ptr<jobs::Job> job, JobsPanel::TitleText title)
{
    if (!m_workspace || m_imports->isRunning())
        return false;
    m_jobs->start(m_workspace->path(), std::move(job), std::move(title));
    return true;
}

bool MainWindow::runSegmentation(const analytics::SegmentOptions &given)
{
    analytics::SegmentOptions options = given;
    if (options.tierRulesFile.isEmpty())
        options.tierRulesFile = RulesDialog::rulesFile(RulesDialog::RuleSet::Tiers);
    // Named now and again after a change of language.
    const auto title = [options]() -> QString {
        switch (options.method) {
        case analytics::SegmentMethod::Tiers: return tr("Value tiers");
        case analytics::SegmentMethod::Rfm: return tr("RFM segments");
        case analytics::SegmentMethod::KMeans:
            return options.k > 0 ? tr("Clustering, k = %1").arg(options.k)
                                 : tr("Clustering, k = %1 to %2").arg(options.kFrom).arg(options.kTo);
        case analytics::SegmentMethod::Composite: return tr("Value × risk");
        }
        return {};
    };
    return startJob(std::make_shared<analytics::SegmentationJob>(options), title);
}

bool MainWindow::runClv(const analytics::ClvOptions &given)
{
    // The rules saved in Settings ▸ Rules, where the caller named none.
    analytics::ClvOptions options = given;
    const auto use = [](QString &file, RulesDialog::RuleSet set) {
        if (file.isEmpty())
            file = RulesDialog::rulesFile(set);
    };
    use(options.tierRulesFile, RulesDialog::RuleSet::Tiers);
    use(options.marginRatesFile, RulesDialog::RuleSet::MarginRates);
    use(options.lifecycleRulesFile, RulesDialog::RuleSet::Lifecycle);
    use(options.warningRulesFile, RulesDialog::RuleSet::Warnings);
    use(options.productRulesFile, RulesDialog::RuleSet::Products);
    return startJob(std::make_shared<analytics::ClvJob>(options), [] { return tr("Lifetime value"); });
}

bool MainWindow::runAllAnalyses()
{
    if (!m_workspace || m_imports->isRunning())
        return false;
    for (const analytics::SegmentMethod m : {analytics::SegmentMethod::Tiers, analytics::SegmentMethod::Rfm,
                                             analytics::SegmentMethod::KMeans, analytics::SegmentMethod::Composite}) {
        analytics::SegmentOptions o;
        o.method = m;
        runSegmentation(o);
    }
    return runClv(analytics::ClvOptions());
}

void MainWindow::clusteringDialog()
{
    auto *dialog = new ClusteringDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runSegmentation(dialog->options()); });
    dialog->open();
}

void MainWindow::briefDialog()
{
    if (!m_workspace)
        return;
    if (!m_book) {
        statusBar()->showMessage(tr("The book is still loading; try again in a moment."), kStatusMessageMs);
        return;
    }
    if (!m_brief) {
        m_brief = new BriefDialog(m_jobs, m_workspace->path(), m_book, m_masked, this);
        m_brief->setAttribute(Qt::WA_DeleteOnClose);
        // The saved strategies (a few rows on the window's connection), read when painted.
        m_brief->setStrategyProvider([this](const QString &segmentation, const QString &branch) {
            return m_workspace ? planning::briefStrategies(m_workspace->handle(), segmentation, branch)
                               : std::map<QString, analytics::BriefStrategy>();
        });
    }
    m_brief->show();
    m_brief->raise();
    m_brief->activateWindow();
}

void MainWindow::clvDialog()
{
    auto *dialog = new ClvDialog(QDate::fromString(m_overview->summary().asOf, Qt::ISODate), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runClv(dialog->options()); });
    dialog->open();
}

void MainWindow::onJobFinished(int id, const std::shared_ptr<jobs::Job> &job, const Status &status)
{
    if (job && job->kind().startsWith(QLatin1String("brief.")))
        return; // the brief dialog's own (it writes no run)
    auto *loaded = dynamic_cast<analytics::BookViewJob *>(job.get());
    m_bookJobs.remove(id);
    if (loaded && id != m_bookJob) {
        updateActions();
        return; // a book load that a newer one replaced, or of a closed workspace
    }
    if (id == m_bookJob) {
        m_bookJob = 0;
        updateActions();
        if (status.ok() && loaded && m_workspace) {
            // The selection follows its customers into the new book (rows are ids in order, and
            // an import may have added customers).
            QVector<int> kept;
            if (m_book && !m_selection.isEmpty()) {
                const std::shared_ptr<const analytics::BookView> next = loaded->result();
                for (int r : std::as_const(m_selection))
                    if (const std::int32_t row = next->rowOf(m_book->customerId[std::size_t(r)]); row >= 0)
                        kept << int(row);
            }
            m_book = loaded->result();
            if (!analytics::sameRows(kept, m_selection)) {
                m_selection = kept;
                emit selectionChanged(m_selection);
            }
            m_navigator->setBook(m_book);
            // The table's Segment column: the newest behavioural segmentation (clusters, then RFM,
            // then value × risk); the tiers have a column of their own.
            const analytics::BookSegmentation *segmentation = nullptr;
            for (const char *kind : {"segment.kmeans", "segment.rfm", "segment.composite"})
                if (!segmentation)
                    segmentation = m_book->segmentation(QLatin1String(kind));
            m_table->model()->setSegmentationRun(segmentation ? segmentation->runId : 0,
                                                 segmentation ? segmentation->run : nullptr);
            updateTitleAndStatus();
            emit bookChanged(m_book);
        }
        return;
    }
    if (auto *migration = dynamic_cast<analytics::TierMigrationJob *>(job.get())) {
        if (status.ok() && migration->result()) {
            const analytics::TierMigrationResult &r = *migration->result();
            m_migrationPage->setMigration(r.migration, r.tierNames, r.before, r.after);
            m_views->setCurrentWidget(m_migrationPage);
        } else if (!status.ok() && status.error().kind != Error::Kind::Cancelled) {
            m_showError(tr("Tier Migration"), status.error().message);
        }
        return;
    }
    if (status.ok()) {
        // Analyses write runs, not data: the overview's figures are unchanged (re-reading them
        // costs ~60 ms of SQL on a million customers).
        const QString title = m_jobs->title(id);
        statusBar()->showMessage(dynamic_cast<analytics::DeleteRunJob *>(job.get())
                                     ? tr("%1: done.").arg(title)
                                     : tr("%1 finished; its results are kept as a new run.").arg(title),
                                 kStatusMessageMs);
        emit resultsChanged();
        return;
    }
    if (status.error().kind == Error::Kind::Cancelled)
        return;
    m_showError(tr("Analysis Failed"), status.error().message);
}

void MainWindow::updateTitleAndStatus()
{
    if (m_workspace) {
        setWindowTitle(tr("%1 — Tierwise").arg(QFileInfo(m_workspace->path()).completeBaseName()));
        const QString asOf = m_overview->summary().asOf;
        m_asOf->setText(asOf.isEmpty() ? tr("No data yet")
                                       : tr("As of %1").arg(figures::date(QDate::fromString(asOf, Qt::ISODate))));
        m_customersLabel->setText(m_book ? tr("%1 customers").arg(figures::count(qint64(m_book->size()))) : QString());
    } else {
        setWindowTitle(tr("Tierwise"));
        m_asOf->clear();
        m_customersLabel->clear();
    }
    m_maskLabel->setText(m_masked ? tr("Personal data masked") : tr("Personal data SHOWN"));
    m_maskLabel->setToolTip(tr("View ▸ Mask Personal Data (Ctrl+Shift+M)"));
}

QString MainWindow::asOfText() const
{
    return m_asOf->text();
}

void MainWindow::onImportRunning(bool running)
{
    m_progressPanel->setVisible(running);
    updateActions();
}

void MainWindow::onImportFinished(const ingest::ImportReport &report)
{
    (void)m_overview->refresh();
    updateTitleAndStatus();
    if (report.committed && m_workspace && !m_closeAfterImport) {
        loadBook(); // new customers or balances: the linked views read the book again
        m_table->openWorkspace(m_workspace->path());
    }
    if (m_closeAfterImport) {
        finishDeferredClose();
        return;
    }
    if (report.committed && report.rejectedTotal == 0) {
        qint64 added = 0, updated = 0, duplicates = 0;
        for (const ingest::FileOutcome &file : report.files) {
            added += file.inserted;
            updated += file.updated;
            duplicates += file.duplicates;
        }
        const QLocale locale;
        QString message = tr("Import finished. Files: %1; rows added: %2; updated: %3.")
                              .arg(locale.toString(report.files.size()), locale.toString(added),
                                   locale.toString(updated));
        if (duplicates > 0)
            message += QLatin1Char(' ') + tr("Already in the workspace: %1.").arg(locale.toString(duplicates));
        statusBar()->showMessage(message, kStatusMessageMs);
        return;
    }
    statusBar()->showMessage(report.committed ? tr("Imported with rejections; see the report.")
                                              : tr("Import refused; the workspace is unchanged."),
                             kStatusMessageMs);
    m_showReport(report);
}

void MainWindow::onImportFailed(const Error &error)
{
    (void)m_overview->refresh();
    updateTitleAndStatus();
    if (m_closeAfterImport) {
        finishDeferredClose();
        return;
    }
    if (error.kind == Error::Kind::Cancelled) {
        statusBar()->showMessage(tr("Import cancelled; the workspace is unchanged."), kStatusMessageMs);
        return;
    }
    statusBar()->showMessage(tr("Import failed; the workspace is unchanged."), kStatusMessageMs);
    m_showError(tr("Import Failed"), tr("%1\n\nNothing was imported; the workspace is unchanged.")
                                         .arg(error.file.isEmpty() ? error.message : error.toString()));
}

void MainWindow::finishDeferredClose()
{
    // Not from inside the controller's signal: close once control is back in the event loop.
    QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_imports->isRunning()) {
        event->ignore();
        if (m_closeAfterImport)
            return; // already cancelling; the window closes when the worker reports back
        m_ask(tr("Import Running"),
              tr("An import is running. Cancel it and close Tierwise? The workspace stays as it was "
                 "before the import."),
              [this](bool yes) {
                  if (!yes || !m_imports->isRunning()) {
                      if (yes)
                          finishDeferredClose();
                      return;
                  }
                  m_closeAfterImport = true;
                  m_progressPanel->setCancelling();
                  m_imports->cancel();
              });
        return;
    }
    if (analysesRunning() > 0) {
        event->ignore();
        m_ask(tr("Analyses Running"),
              tr("Analyses are running. Cancel them and close Tierwise? The workspace stays as it was."),
              [this](bool yes) {
                  if (!yes)
                      return;
                  m_jobs->cancelAll();
                  connect(m_jobs, &JobsPanel::activeCountChanged, this, [this](int count) {
                      if (count == 0)
                          finishDeferredClose();
                  });
                  if (m_jobs->activeCount() == 0)
                      finishDeferredClose();
              });
        return;
    }
    if (const int unsaved = int(m_strategyEditor->document()->dirtyTargets().size()); unsaved > 0 && !m_strategiesSettled) {
        event->ignore();
        m_ask(tr("Unsaved Strategies"),
              tr("%n strategy(s) have changes that are not saved. Save them before closing? "
                 "No closes without them.", nullptr, unsaved),
              [this](bool yes) {
                  if (yes) {
                      if (Status s = m_strategyEditor->saveAll(); !s) {
                          m_showError(tr("Save Strategies"), s.error().message);
                          return; // stay open: nothing is lost
                      }
                  }
                  m_strategiesSettled = true;
                  finishDeferredClose();
              });
        return;
    }
    windowGeometry = saveGeometry();
    dockLayout = saveState(kLayoutVersion);
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || m_imports->isRunning() || analysesRunning() > 0)
        return;
    const bool workspaceFile = files.size() == 1 && isWorkspaceFile(files.constFirst());
    const bool importable = m_workspace && std::all_of(files.cbegin(), files.cend(), isImportFile);
    if (workspaceFile || importable)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    if (files.size() == 1 && isWorkspaceFile(files.constFirst()))
        openWorkspace(files.constFirst());
    else
        importFiles(files);
}

void MainWindow::applyPricingLimits()
{
    // The saved limits if they are readable (the Rules dialog only saves checked ones), else the shipped.
    const Result<planning::PricingLimits> saved = planning::PricingLimits::fromJsonBytes(
        RulesDialog::currentJson(RulesDialog::RuleSet::Pricing));
    m_strategyEditor->setPricingLimits(saved ? saved.value() : planning::PricingLimits::defaults());
}

void MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuide(this, this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::about()
{
    QMessageBox *box = messageBox(this, QMessageBox::NoIcon, tr("About Tierwise"),
                                  tr("<h3>Tierwise %1</h3>"
                                     "<p>A workbench for branch managers to segment their retail customer "
                                     "book, estimate customer lifetime value and plan for each tier.</p>"
                                     "<p>Your data stays on this computer.</p>")
                                      .arg(QApplication::applicationVersion()));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->open();
}

} // namespace tierwise
