#pragma once

// The campaign planner's work that does not belong on the GUI thread (DESIGN.md §4), as jobs for
// a jobs::JobRunner: each runs on a worker with a connection of its own and keeps its result for
// the receiver, who reads it once the runner's finished() has arrived. The book is shared
// read-only; nothing here touches a widget.

#include "analytics/bookview.h"
#include "jobs/job.h"
#include "planning/campaign.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace tierwise {

namespace jobs { class JobRunner; }

// Runs the planner's jobs on worker threads (a jobs::JobRunner of its own) and hands each finished
// job back to the callback given with it, on the queue's thread. A cancelled job's callback is not
// called. Destroying the queue cancels the jobs and waits for the running ones.
class CampaignJobQueue final : public QObject
{
public:
    explicit CampaignJobQueue(QObject *parent = nullptr);
    ~CampaignJobQueue() override;

    // Starts the job on the workspace at path; returns its id (> 0).
    template<typename J>
    int start(const QString &path, std::shared_ptr<J> job, std::function<void(J &job, const Status &status)> done)
    {
        return startJob(path, job, [job, done = std::move(done)](const Status &status) { done(*job, status); });
    }
    // Stops the job and drops its callback (a superseded read). Unknown ids and 0 are ignored.
    void cancel(int id);
    // Asks the job to stop; its callback still tells how it ended (Cancelled, or done after all).
    void stop(int id);

private:
    int startJob(const QString &path, std::shared_ptr<jobs::Job> job, std::function<void(const Status &)> done);
    void onFinished(int id, const Status &status);

    std::unique_ptr<jobs::JobRunner> m_runner;
    std::map<int, std::function<void(const Status &)>> m_done;
};

// The CLV run's warnings and next-best products per book row (planning::loadCampaignFacts).
class CampaignFactsJob final : public jobs::Job
{
public:
    explicit CampaignFactsJob(std::shared_ptr<const analytics::BookView> book) : m_book(std::move(book)) {}
    QString kind() const override { return QStringLiteral("campaign.facts"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const std::shared_ptr<const analytics::BookView> &book() const { return m_book; }
    // The facts, moved out (call once, after finished()).
    planning::CampaignFacts takeFacts() { return std::move(m_facts); }

private:
    std::shared_ptr<const analytics::BookView> m_book;
    planning::CampaignFacts m_facts;
};

// Saves a plan with its members in one transaction (planning::saveCampaign).
class SaveCampaignJob final : public jobs::Job
{
public:
    SaveCampaignJob(planning::CampaignPlan plan, std::shared_ptr<const analytics::BookView> book,
                    planning::Audience audience)
        : m_plan(std::move(plan)), m_book(std::move(book)), m_audience(std::move(audience))
    {
    }
    QString kind() const override { return QStringLiteral("campaign.save"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    const planning::CampaignPlan &plan() const { return m_plan; } // campaignId set once saved
    std::size_t audienceSize() const { return m_audience.size(); }

private:
    planning::CampaignPlan m_plan;
    std::shared_ptr<const analytics::BookView> m_book;
    planning::Audience m_audience;
};

// Writes a campaign's treated customers as CSV, masked unless asked (planning::exportAudience).
class ExportAudienceJob final : public jobs::Job
{
public:
    ExportAudienceJob(qint64 campaignId, QString path, bool unmasked, QStringList products)
        : m_campaignId(campaignId), m_path(std::move(path)), m_unmasked(unmasked), m_products(std::move(products))
    {
    }
    QString kind() const override { return QStringLiteral("campaign.export"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    qint64 campaignId() const { return m_campaignId; }
    const QString &path() const { return m_path; }
    bool unmasked() const { return m_unmasked; }
    qint64 rows() const { return m_rows; }

private:
    qint64 m_campaignId;
    QString m_path;
    bool m_unmasked;
    QStringList m_products;
    qint64 m_rows = 0;
};

// Replaces a campaign's responses with a file's (planning::importResponses); on error nothing
// changes and the error names the file, line and column.
class ImportResponsesJob final : public jobs::Job
{
public:
    ImportResponsesJob(qint64 campaignId, QString path) : m_campaignId(campaignId), m_path(std::move(path)) {}
    QString kind() const override { return QStringLiteral("campaign.responses"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    qint64 campaignId() const { return m_campaignId; }
    const QString &path() const { return m_path; }
    const planning::ResponseImport &result() const { return m_result; }

private:
    qint64 m_campaignId;
    QString m_path;
    planning::ResponseImport m_result;
};

// A campaign's conversion, treated against control, overall and by segment and branch.
class EvaluateCampaignJob final : public jobs::Job
{
public:
    explicit EvaluateCampaignJob(qint64 campaignId) : m_campaignId(campaignId) {}
    QString kind() const override { return QStringLiteral("campaign.evaluate"); }
    Status run(store::Workspace &workspace, jobs::Progress &progress) override;
    qint64 campaignId() const { return m_campaignId; }
    const planning::Evaluation &evaluation() const { return m_evaluation; }

private:
    qint64 m_campaignId;
    planning::Evaluation m_evaluation;
};

} // namespace tierwise
