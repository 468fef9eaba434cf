#pragma once

// The campaign planner's list of the workspace's campaigns (newest first, with their status) and,
// for the chosen one: export of its audience as CSV for the CRM (masked unless the user confirms
// an unmasked export, which the engine records in the audit log), import of its responses (a bad
// file is refused naming file, line and column; nothing changes), and its evaluation against the
// control group. The campaign list is a small table read on the GUI connection; export, import
// and evaluation run as jobs on the planner's queue with their own connections.
// A language switch names the rows, the evaluation and the status again from the campaigns and
// evaluation held, keeping the chosen campaign; it reads nothing and evaluates nothing.

#include "planning/campaign.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QAction;
class QCheckBox;
class QGroupBox;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace tierwise {

namespace analytics { struct BookView; }
namespace store { class Workspace; }

class CampaignEvaluationView;
class CampaignJobQueue;

class CampaignListPage final : public QWidget
{
    Q_OBJECT

public:
    CampaignListPage(CampaignJobQueue *queue, QWidget *parent = nullptr);
    ~CampaignListPage() override;

    // The workspace (null: none), its book for the segments' names, and the branches' names.
    void setBook(store::Workspace *workspace, std::shared_ptr<const analytics::BookView> book,
                 const std::map<QString, QString> &branchNames);
    // An unmasked session proposes an unmasked export (still confirmed).
    void setMasked(bool masked);
    // Reads the list again and chooses `select` (0: keep the chosen campaign), then evaluates it.
    void reload(qint64 select = 0);

    void selectCampaign(qint64 campaignId);
    qint64 currentCampaignId() const;
    const std::vector<planning::CampaignPlan> &campaigns() const { return m_campaigns; }
    // Exports the chosen campaign's treated customers; an unmasked export asks first.
    bool exportAudience(const QString &path, bool unmasked);
    // Replaces the chosen campaign's responses with the file's.
    bool importResponses(const QString &path);
    void exportDialog();
    void importDialog();
    bool isBusy() const { return m_writeJob != 0; } // an export or import runs
    void cancel(); // asks the running export or import to stop

    QTableView *table() const { return m_table; }
    QCheckBox *unmaskedBox() const { return m_unmasked; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *importButton() const { return m_import; }
    CampaignEvaluationView *evaluationView() const { return m_evaluation; }

    using MessageHandler = std::function<void(const QString &title, const QString &text)>;
    using QuestionHandler = std::function<void(const QString &title, const QString &text,
                                               std::function<void(bool yes)> answer)>;
    // A status line, as a function giving it in the language shown (called again after a switch).
    using StatusHandler = std::function<void(std::function<QString()> text)>;
    void setErrorHandler(MessageHandler handler) { m_showError = std::move(handler); }
    void setQuestionHandler(QuestionHandler handler) { m_ask = std::move(handler); }
    void setStatusHandler(StatusHandler handler) { m_showStatus = std::move(handler); }

signals:
    void busyChanged(bool busy);
    void campaignsChanged(int count);
    void audienceExported(qint64 campaignId, const QString &path, qint64 rows, bool unmasked);
    void responsesImported(qint64 campaignId, qint64 rows, qint64 responded);
    void evaluationShown(qint64 campaignId); // 0: no campaign chosen

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The rows' texts from the campaigns held, in the language shown.
    void labelRows();
    void setStatus(std::function<QString()> text);
    void updateActions();
    void evaluateCurrent();
    void startExport(qint64 campaignId, const QString &path, bool unmasked);
    void setWriteJob(int id, std::function<QString()> text); // text: the status line, if any
    void onExported(qint64 campaignId, const QString &path, bool unmasked, qint64 rows, const Status &status);
    void onImported(qint64 campaignId, const planning::ResponseImport &result, const Status &status);
    void onEvaluated(const planning::Evaluation &evaluation, const Status &status);
    void fail(const QString &title, const QString &message);
    // True (and says so) when a write job ended after its workspace was closed.
    bool finishedElsewhere(const QString &workspacePath, const Status &status);
    const planning::CampaignPlan *campaign(qint64 id) const;
    QStringList productsOf(const planning::CampaignPlan &plan) const;
    QMap<QString, QString> segmentNames(const QString &segmentation) const;
    QMap<QString, QString> branchNames() const; // "BR01 name" by id
    QString audienceLabel(const planning::CampaignPlan &plan) const;

    CampaignJobQueue *m_queue;
    store::Workspace *m_workspace = nullptr;
    std::shared_ptr<const analytics::BookView> m_book;
    std::map<QString, QString> m_branchNames; // name by id ("" if unknown)
    std::vector<planning::CampaignPlan> m_campaigns;
    int m_writeJob = 0;
    int m_evalJob = 0;

    QGroupBox *m_listGroup = nullptr;
    QGroupBox *m_evaluationGroup = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_unmasked = nullptr;
    QPushButton *m_import = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    CampaignEvaluationView *m_evaluation = nullptr;

    MessageHandler m_showError;
    QuestionHandler m_ask;
    StatusHandler m_showStatus;
};

} // namespace tierwise
