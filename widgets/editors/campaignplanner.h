#pragma once

// The campaign planner (DOMAIN.md §5), a tool window over the open workspace's book:
//  1. the audience — a segmentation, its segments and optional filters — with its size, AUM, CLV
//     and margin CLV updated live (resolved in memory over the book; the CLV run's warnings and
//     next-best products are read once per book on a worker);
//  2. the control group held out (share and seed) with the treated and control counts;
//  3. the saved bank-wide strategy of the first chosen segment and the expected outcome from its
//     targets;
//  4. name, dates and budget, and saving the campaign with its members (on a worker);
//  5. the workspace's campaigns: export of a campaign's audience (masked unless the user confirms
//     an audited unmasked export), import of its responses (errors name file, line and column;
//     nothing changes on error), and its evaluation against the control group.
// Long work runs as jobs on the planner's own queue (CampaignJobQueue), each with its own
// connection; the GUI thread only reads small tables (campaigns, strategies, catalogue, branches).
// Two tabs: Plan (1–4) and Campaigns (5, CampaignListPage). Messages and questions go
// through replaceable handlers (window-modal message boxes by default) so tests can answer them.
// A language switch shows every text and figure again from what the planner holds — the resolved
// audience, the campaigns, the evaluation, the last status — reading nothing and resolving
// nothing; every choice, tick and typed value stays.

#include "planning/campaign.h"
#include "planning/strategy.h"
#include "result.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace tierwise {

namespace analytics { struct BookView; }
namespace store { class Workspace; }

class CampaignAudienceEditor;
class CampaignEvaluationView;
class CampaignJobQueue;
class CampaignListPage;

class CampaignPlanner final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignPlanner(QWidget *parent = nullptr);
    ~CampaignPlanner() override;

    // The open workspace and its loaded book (both null: none). The workspace must outlive the
    // next call; the window gives null with the book it is about to replace. While the planner is
    // hidden, a new book is only noted: its facts and campaigns are read when it is shown.
    void setBook(store::Workspace *workspace, std::shared_ptr<const analytics::BookView> book);
    // The session's masking: an unmasked session proposes an unmasked export (still confirmed).
    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    // ---- the plan being edited ----
    bool factsReady() const;                       // the CLV run's facts are read (or there is none)
    const planning::Audience &audience() const { return m_audience; }
    QString audienceProblem() const { return m_audienceProblem; } // why there is no audience
    planning::AudienceSpec audienceSpec() const;
    double controlShare() const;                   // 0 … 0.9
    qint64 treatedCount() const;
    qint64 controlCount() const;
    std::optional<planning::Strategy> strategy() const; // of the first chosen segment, bank-wide
    planning::ExpectedOutcome expectedOutcome() const;
    QString audienceText() const;                  // "1,234 customers · AUM … · …"
    QString controlText() const;
    QString strategyText() const;
    QString outcomeText() const;

    // ---- actions (the buttons and shortcuts call these; false: refused, the reason shown) ----
    bool saveCampaign();
    bool isSaving() const { return m_saveJob != 0; }
    bool isBusy() const; // a save, export or import runs
    QString statusText() const;

    // ---- the campaigns (the Campaigns tab) ----
    CampaignListPage *campaignList() const { return m_list; }
    const std::vector<planning::CampaignPlan> &campaigns() const;
    void selectCampaign(qint64 campaignId);
    qint64 currentCampaignId() const;
    // Exports the chosen campaign's audience to path; an unmasked export asks first.
    bool exportAudience(const QString &path, bool unmasked);
    bool importResponses(const QString &path);

    // ---- the controls (for keyboard focus and tests) ----
    QTabWidget *tabs() const { return m_tabs; } // Plan, Campaigns
    CampaignAudienceEditor *audienceEditor() const { return m_audienceEditor; }
    QSpinBox *controlShareBox() const { return m_share; }
    QSpinBox *seedBox() const { return m_seed; }
    QPushButton *newSeedButton() const { return m_newSeed; }
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }
    QPushButton *saveButton() const { return m_save; }
    QTableView *campaignTable() const;
    QCheckBox *unmaskedBox() const;
    CampaignEvaluationView *evaluationView() const;

    using MessageHandler = std::function<void(const QString &title, const QString &text)>;
    using QuestionHandler = std::function<void(const QString &title, const QString &text,
                                               std::function<void(bool yes)> answer)>;
    void setErrorHandler(MessageHandler handler) { m_showError = std::move(handler); }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }

    static constexpr int kDefaultSeed = 20261101;
    static constexpr int kDefaultControlPercent = 10;

signals:
    void factsLoaded();
    void audienceChanged();                   // after every change of the plan's audience or control group
    void campaignSaved(qint64 campaignId);
    void audienceExported(qint64 campaignId, const QString &path, qint64 rows, bool unmasked);
    void responsesImported(qint64 campaignId, qint64 rows, qint64 responded);
    void evaluationShown(qint64 campaignId);  // the chosen campaign's evaluation (or its absence) is shown
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createPlanPane();
    QGroupBox *createAudienceGroup(QWidget *pane);
    QGroupBox *createControlGroup(QWidget *pane);
    QGroupBox *createStrategyGroup(QWidget *pane);
    QGroupBox *createCampaignGroup(QWidget *pane);
    QLabel *buddyLabel(QWidget *buddy, std::function<QString()> text);
    void applyBook();
    void retranslate();
    void reloadSmallTables();
    void startFacts();
    // The live update: resolves the audience (after a change of its choices or the book) and shows it.
    void updateAudience();
    void updateControl();
    // Show the resolved audience and control group in the language shown.
    void showAudience();
    void showControl();
    QString problemText() const;
    void setStatus(std::function<QString()> text);
    void updateStrategy();
    QString strategyHtml(const planning::Strategy &strategy, const QString &segment) const;
    void updateOutcome(const planning::Strategy &strategy);
    void updateActions();
    void updateEmptyState();
    void updateCampaignsTab(int count);
    void onSaved(const planning::CampaignPlan &plan, std::size_t members, const Status &status);
    void fail(const QString &title, const QString &message);
    QString strategyKey() const;

    store::Workspace *m_workspace = nullptr;
    std::shared_ptr<const analytics::BookView> m_book;
    store::Workspace *m_pendingWorkspace = nullptr; // as last given to setBook()
    std::shared_ptr<const analytics::BookView> m_pendingBook;
    std::unique_ptr<planning::CampaignFacts> m_facts;
    planning::Audience m_audience;
    // Why there is no audience, as a kind (shown in the language shown) or the engine's message.
    enum class Problem { None, NoBook, NoSegments, ReadingFacts, Engine };
    Problem m_problem = Problem::None;
    QString m_engineProblem;
    QString m_audienceProblem; // the text of m_problem
    std::function<QString()> m_statusText; // the status line, in the language shown
    std::vector<planning::Strategy> m_strategies;
    std::vector<planning::Product> m_catalogue;
    std::map<QString, QString> m_branchNames;
    bool m_masked = true;
    bool m_budgetEdited = false;
    bool m_busy = false; // as last announced by busyChanged()

    CampaignJobQueue *m_queue = nullptr;
    int m_factsJob = 0;
    int m_saveJob = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QTabWidget *m_tabs = nullptr;
    CampaignAudienceEditor *m_audienceEditor = nullptr;
    QLabel *m_audienceFigures = nullptr;
    QLabel *m_audienceNote = nullptr;
    QSpinBox *m_share = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QLabel *m_controlFigures = nullptr;
    QLabel *m_strategyLabel = nullptr;
    QLabel *m_outcomeFigures = nullptr;
    QLabel *m_outcomeNote = nullptr;
    QLineEdit *m_name = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QPushButton *m_save = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    CampaignListPage *m_list = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_cancel = nullptr;
    // Labels and group titles with the text retranslate() gives them.
    std::vector<std::pair<QWidget *, std::function<QString()>>> m_texts;

    MessageHandler m_showError;
    QuestionHandler m_ask;
};

} // namespace tierwise
