#include "editors/campaignjobs.h"

#include "jobs/jobrunner.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::CampaignJobs)
};
} // namespace

namespace tierwise {

namespace {

Status cancelledUnless(jobs::Progress &progress, const QString &step)
{
    if (!progress.report(0, 0, step))
        return Error::cancelled(Tr::tr("Cancelled."));
    return {};
}

} // namespace

CampaignJobQueue::CampaignJobQueue(QObject *parent) : QObject(parent), m_runner(std::make_unique<jobs::JobRunner>(2))
{
    connect(m_runner.get(), &jobs::JobRunner::finished, this, &CampaignJobQueue::onFinished);
}

CampaignJobQueue::~CampaignJobQueue()
{
    m_done.clear();
    m_runner.reset(); // cancels the jobs and waits for the running ones
}

int CampaignJobQueue::startJob(const QString &path, std::shared_ptr<jobs::Job> job, std::function<void(const Status &)> done)
{
    const int id = m_runner->start(path, std::move(job));
    m_done[id] = std::move(done);
    return id;
}

void CampaignJobQueue::cancel(int id)
{
    if (m_done.erase(id) > 0)
        m_runner->cancel(id);
}

void CampaignJobQueue::stop(int id)
{
    if (m_done.count(id) > 0)
        m_runner->cancel(id);
}

void CampaignJobQueue::onFinished(int id, const Status &status)
{
    const auto found = m_done.find(id);
    if (found == m_done.end())
        return;
    const std::function<void(const Status &)> done = std::move(found->second);
    m_done.erase(found);
    done(status);
}

Status CampaignFactsJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    Result<planning::CampaignFacts> facts = planning::loadCampaignFacts(workspace.handle(), *m_book, progress);
    if (!facts)
        return facts.error();
    m_facts = std::move(facts).value();
    return {};
}

Status SaveCampaignJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    if (Status s = cancelledUnless(progress, Tr::tr("Saving the campaign")); !s)
        return s;
    return planning::saveCampaign(workspace.handle(), m_plan, *m_book, m_audience);
}

Status ExportAudienceJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    if (Status s = cancelledUnless(progress, Tr::tr("Exporting the audience")); !s)
        return s;
    Result<qint64> rows = planning::exportAudience(workspace.handle(), m_campaignId, m_path, m_unmasked, m_products);
    if (!rows)
        return rows.error();
    m_rows = rows.value();
    return {};
}

Status ImportResponsesJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    if (Status s = cancelledUnless(progress, Tr::tr("Importing the responses")); !s)
        return s;
    Result<planning::ResponseImport> imported = planning::importResponses(workspace.handle(), m_campaignId, m_path);
    if (!imported)
        return imported.error();
    m_result = imported.value();
    return {};
}

Status EvaluateCampaignJob::run(store::Workspace &workspace, jobs::Progress &progress)
{
    if (Status s = cancelledUnless(progress, Tr::tr("Evaluating the campaign")); !s)
        return s;
    Result<planning::Evaluation> evaluation = planning::evaluateCampaign(workspace.handle(), m_campaignId);
    if (!evaluation)
        return evaluation.error();
    m_evaluation = std::move(evaluation).value();
    return {};
}

} // namespace tierwise
