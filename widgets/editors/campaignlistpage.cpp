#include "editors/campaignlistpage.h"

#include "analytics/bookview.h"
#include "editors/campaignevaluationview.h"
#include "editors/campaignjobs.h"
#include "i18n/figures.h"
#include "planning/strategy.h"
#include "shell/preference.h"
#include "store/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tierwise {

namespace {

Preference<QString> lastCampaignDirectory{"Campaigns/LastDirectory"};

constexpr int kIdRole = Qt::UserRole;
enum Column { NameColumn, StatusColumn, AudienceColumn, ControlColumn, StartColumn, EndColumn, BudgetColumn,
              CreatedColumn };

QString count(qint64 n)
{
    return figures::count(n);
}

QString startDirectory()
{
    const QString dir = lastCampaignDirectory;
    return dir.isEmpty() ? QDir::homePath() : dir;
}

QStandardItem *cell(Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QStandardItem;
    item->setTextAlignment(align);
    return item;
}

void setCellText(QStandardItem *item, const QString &text)
{
    item->setText(text);
    item->setToolTip(text);
}

} // namespace

CampaignListPage::CampaignListPage(CampaignJobQueue *queue, QWidget *parent) : QWidget(parent), m_queue(queue)
{
    m_listGroup = new QGroupBox(this);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(m_listGroup);
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(130);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignListPage::evaluateCurrent);
    m_export = new QPushButton(m_listGroup);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_unmasked = new QCheckBox(m_listGroup);
    m_unmasked->setObjectName(QStringLiteral("unmaskedBox"));
    m_import = new QPushButton(m_listGroup);
    m_import->setObjectName(QStringLiteral("importButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_unmasked);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    auto *listLayout = new QVBoxLayout(m_listGroup);
    listLayout->addWidget(m_table);
    listLayout->addLayout(buttons);

    m_evaluationGroup = new QGroupBox(this);
    m_evaluation = new CampaignEvaluationView(m_evaluationGroup);
    auto *evaluationLayout = new QVBoxLayout(m_evaluationGroup);
    evaluationLayout->addWidget(m_evaluation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listGroup, 2);
    layout->addWidget(m_evaluationGroup, 5);

    // Window shortcuts while the page shows (Ctrl+E, Ctrl+I); the buttons trigger the same actions.
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &CampaignListPage::exportDialog);
    m_importAction = new QAction(this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &CampaignListPage::importDialog);
    addActions({m_exportAction, m_importAction});
    connect(m_export, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_import, &QPushButton::clicked, m_importAction, &QAction::trigger);

    retranslate();
    updateActions();
}

CampaignListPage::~CampaignListPage() = default;

void CampaignListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        labelRows();
        // The evaluation shown, with its segments and branches named again (the view itself
        // retranslates the rest).
        if (m_evaluation->hasEvaluation()) {
            const planning::CampaignPlan *plan = campaign(m_evaluation->evaluation().campaignId);
            m_evaluation->setGroupNames(plan ? segmentNames(plan->audience.segmentation) : QMap<QString, QString>(),
                                        branchNames());
        }
    }
    QWidget::changeEvent(event);
}

void CampaignListPage::retranslate()
{
    m_listGroup->setTitle(tr("5 · Campaigns"));
    m_evaluationGroup->setTitle(tr("Evaluation: treated against control"));
    m_export->setText(tr("E&xport Audience…"));
    m_export->setToolTip(tr("Write the chosen campaign's treated customers as CSV for the CRM or the branches, "
                            "masked unless you export unmasked (Ctrl+E)"));
    m_unmasked->setText(tr("Export &unmasked"));
    m_unmasked->setToolTip(tr("Write names, ids and phone numbers in full. You are asked to confirm, and the export "
                              "is recorded in the workspace's audit log."));
    m_import->setText(tr("&Import Responses…"));
    m_import->setToolTip(tr("Read who responded (customer_id, responded, date, amount) from a CSV or TSV file; "
                            "it replaces the chosen campaign's earlier responses (Ctrl+I)"));
    m_exportAction->setText(tr("Export Audience…"));
    m_importAction->setText(tr("Import Responses…"));
    m_model->setHorizontalHeaderLabels({tr("Name"), tr("Status"), tr("Audience"), tr("Control"), tr("Start"), tr("End"),
                                        tr("Budget (¥)"), tr("Created")});
    for (const int c : {ControlColumn, BudgetColumn})
        m_model->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AudienceColumn, QHeaderView::Stretch);
}

void CampaignListPage::setBook(store::Workspace *workspace, std::shared_ptr<const analytics::BookView> book,
                               const std::map<QString, QString> &branchNames)
{
    m_queue->cancel(m_evalJob);
    m_evalJob = 0;
    m_workspace = workspace;
    m_book = std::move(book);
    m_branchNames = branchNames;
    reload();
}

QMap<QString, QString> CampaignListPage::branchNames() const
{
    QMap<QString, QString> out;
    for (const auto &[id, name] : m_branchNames)
        out.insert(id, name.isEmpty() ? id : tr("%1 %2").arg(id, name));
    return out;
}

void CampaignListPage::setStatus(std::function<QString()> text)
{
    if (m_showStatus)
        m_showStatus(std::move(text));
}

void CampaignListPage::setMasked(bool masked)
{
    m_unmasked->setChecked(!masked);
}

void CampaignListPage::updateActions()
{
    const bool ready = m_workspace && !isBusy() && currentCampaignId() != 0;
    for (QAction *a : {m_exportAction, m_importAction})
        a->setEnabled(ready);
    m_export->setEnabled(ready);
    m_import->setEnabled(ready);
}

// ---- the list ----

QMap<QString, QString> CampaignListPage::segmentNames(const QString &segmentation) const
{
    QMap<QString, QString> names;
    if (const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(segmentation) : nullptr) {
        const QStringList shown = analytics::segmentationNames(*seg); // in the language shown now
        for (qsizetype i = 0; i < seg->keys.size(); ++i)
            names.insert(seg->keys.at(i), shown.value(i, seg->keys.at(i)));
    }
    return names;
}

QString CampaignListPage::audienceLabel(const planning::CampaignPlan &plan) const
{
    const QMap<QString, QString> names = segmentNames(plan.audience.segmentation);
    QStringList parts;
    for (const QString &key : plan.audience.segments)
        parts << names.value(key, key);
    QString text = parts.join(QStringLiteral(", "));
    const planning::AudienceSpec &a = plan.audience;
    const auto filters = int(a.branches.size() + a.stages.size() + a.warningKinds.size() + (a.nextBestProduct.isEmpty() ? 0 : 1));
    if (filters > 0)
        text += QLatin1Char(' ') + tr("(%n filter(s))", nullptr, filters);
    return text;
}

void CampaignListPage::reload(qint64 select)
{
    if (select == 0)
        select = currentCampaignId();
    m_campaigns.clear();
    if (m_workspace)
        if (Result<std::vector<planning::CampaignPlan>> list = planning::listCampaigns(m_workspace->handle()); list)
            m_campaigns = std::move(list).value();
    {
        const QSignalBlocker block(m_table->selectionModel());
        m_model->removeRows(0, m_model->rowCount());
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        int chosen = 0;
        for (const planning::CampaignPlan &p : m_campaigns) {
            const QList<QStandardItem *> row{cell(), cell(), cell(), cell(right), cell(), cell(), cell(right), cell()};
            row.first()->setData(p.campaignId, kIdRole);
            if (p.campaignId == select)
                chosen = m_model->rowCount();
            m_model->appendRow(row);
        }
        labelRows();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(chosen, 0));
    }
    emit campaignsChanged(int(m_campaigns.size()));
    evaluateCurrent();
}

void CampaignListPage::labelRows()
{
    const QLocale locale;
    for (int r = 0; r < m_model->rowCount() && std::size_t(r) < m_campaigns.size(); ++r) {
        const planning::CampaignPlan &p = m_campaigns[std::size_t(r)];
        const QString status = p.status == QLatin1String("planned")     ? tr("Planned")
                               : p.status == QLatin1String("evaluated") ? tr("Evaluated")
                                                                        : p.status;
        const QDateTime created = QDateTime::fromString(p.createdAt, Qt::ISODateWithMs).toLocalTime();
        const QStringList texts{p.name,
                                status,
                                audienceLabel(p),
                                tr("%1 %").arg(locale.toString(p.controlShare * 100, 'f', 0)),
                                figures::date(p.start),
                                figures::date(p.end),
                                figures::money(p.budget),
                                figures::dateTime(created)};
        for (int c = 0; c < texts.size(); ++c)
            setCellText(m_model->item(r, c), texts.at(c));
    }
}

qint64 CampaignListPage::currentCampaignId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->item(current.row())->data(kIdRole).toLongLong() : 0;
}

void CampaignListPage::selectCampaign(qint64 campaignId)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->item(r)->data(kIdRole).toLongLong() == campaignId)
            m_table->setCurrentIndex(m_model->index(r, 0));
}

const planning::CampaignPlan *CampaignListPage::campaign(qint64 id) const
{
    for (const planning::CampaignPlan &p : m_campaigns)
        if (p.campaignId == id)
            return &p;
    return nullptr;
}

// ---- the evaluation ----

void CampaignListPage::evaluateCurrent()
{
    updateActions();
    m_queue->cancel(m_evalJob);
    m_evalJob = 0;
    const qint64 id = currentCampaignId();
    if (id == 0 || !m_workspace) {
        m_evaluation->showMessage([none = m_campaigns.empty()] {
            return none ? tr("No campaigns yet: plan one on the Plan tab and save it.")
                        : tr("Choose a campaign to see its evaluation.");
        });
        emit evaluationShown(0);
        return;
    }
    m_evaluation->showMessage([] { return tr("Reading the evaluation…"); });
    m_evalJob = m_queue->start<EvaluateCampaignJob>(
        m_workspace->path(), std::make_shared<EvaluateCampaignJob>(id),
        [this](EvaluateCampaignJob &job, const Status &status) { onEvaluated(job.evaluation(), status); });
}

void CampaignListPage::onEvaluated(const planning::Evaluation &evaluation, const Status &status)
{
    m_evalJob = 0;
    if (status) {
        const planning::CampaignPlan *plan = campaign(evaluation.campaignId);
        m_evaluation->setEvaluation(evaluation, plan ? segmentNames(plan->audience.segmentation) : QMap<QString, QString>(),
                                    branchNames());
    } else {
        m_evaluation->showMessage(status.error().message);
    }
    emit evaluationShown(evaluation.campaignId);
}

// ---- export ----

QStringList CampaignListPage::productsOf(const planning::CampaignPlan &plan) const
{
    if (plan.strategyId == 0 || !m_workspace)
        return {};
    // The version of the strategy the campaign was planned with (a strategy's history is short).
    if (Result<std::vector<planning::Strategy>> history = planning::strategyHistory(m_workspace->handle(), plan.strategyKey, {});
        history)
        for (const planning::Strategy &s : history.value())
            if (s.strategyId == plan.strategyId)
                return s.products;
    return {};
}

void CampaignListPage::exportDialog()
{
    const planning::CampaignPlan *plan = campaign(currentCampaignId());
    if (!plan) {
        fail(tr("Export Audience"), tr("Choose a campaign in the list first."));
        return;
    }
    QString base = plan->name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audience"),
                                                      QDir(startDirectory()).filePath(base + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    lastCampaignDirectory = QFileInfo(path).absolutePath();
    exportAudience(path, m_unmasked->isChecked());
}

bool CampaignListPage::exportAudience(const QString &path, bool unmasked)
{
    const planning::CampaignPlan *plan = campaign(currentCampaignId());
    if (!m_workspace || !plan || isBusy()) {
        fail(tr("Export Audience"), !plan ? tr("Choose a campaign in the list first.")
                                          : tr("Wait until the running export or import has finished."));
        return false;
    }
    const qint64 id = plan->campaignId;
    if (!unmasked) {
        startExport(id, path, false);
        return true;
    }
    m_ask(tr("Export Unmasked"),
          tr("Export the audience of “%1” with names, customer ids and phone numbers in full?\n\nThe file will hold "
             "personal data in plain text: keep it only as long as the campaign needs it. The export is recorded in "
             "the workspace's audit log (who, when, which file, how many customers).")
              .arg(plan->name),
          [self = QPointer<CampaignListPage>(this), id, path, workspace = m_workspace](bool yes) {
              if (!self)
                  return;
              if (!yes || workspace != self->m_workspace) {
                  self->setStatus([] { return tr("Export cancelled; nothing was written."); });
                  return;
              }
              self->startExport(id, path, true);
          });
    return true;
}

void CampaignListPage::startExport(qint64 campaignId, const QString &path, bool unmasked)
{
    const planning::CampaignPlan *plan = campaign(campaignId);
    if (!m_workspace || !plan || isBusy())
        return;
    const int id = m_queue->start<ExportAudienceJob>(
        m_workspace->path(), std::make_shared<ExportAudienceJob>(campaignId, path, unmasked, productsOf(*plan)),
        [this, workspace = m_workspace->path()](ExportAudienceJob &job, const Status &status) {
            setWriteJob(0, nullptr);
            if (finishedElsewhere(workspace, status))
                return;
            onExported(job.campaignId(), job.path(), job.unmasked(), job.rows(), status);
        });
    setWriteJob(id, [path] { return tr("Exporting the audience to %1…").arg(QDir::toNativeSeparators(path)); });
}

void CampaignListPage::onExported(qint64 campaignId, const QString &path, bool unmasked, qint64 rows, const Status &status)
{
    if (!status && status.error().kind == Error::Kind::Cancelled) {
        setStatus([] { return tr("Export cancelled; nothing was written."); });
        return;
    }
    if (!status) {
        fail(tr("Export Audience"), status.error().message);
        return;
    }
    setStatus([unmasked, rows, path] {
        return unmasked ? tr("%1 customers exported UNMASKED to %2; recorded in the audit log.")
                              .arg(count(rows), QDir::toNativeSeparators(path))
                        : tr("%1 customers exported (masked) to %2.").arg(count(rows), QDir::toNativeSeparators(path));
    });
    emit audienceExported(campaignId, path, rows, unmasked);
}

// ---- responses ----

void CampaignListPage::importDialog()
{
    if (currentCampaignId() == 0) {
        fail(tr("Import Responses"), tr("Choose a campaign in the list first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Responses"), startDirectory(),
                                                      tr("Response files (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    lastCampaignDirectory = QFileInfo(path).absolutePath();
    importResponses(path);
}

bool CampaignListPage::importResponses(const QString &path)
{
    const qint64 campaignId = currentCampaignId();
    if (!m_workspace || campaignId == 0 || isBusy()) {
        fail(tr("Import Responses"), campaignId == 0 ? tr("Choose a campaign in the list first.")
                                                     : tr("Wait until the running export or import has finished."));
        return false;
    }
    const int id = m_queue->start<ImportResponsesJob>(
        m_workspace->path(), std::make_shared<ImportResponsesJob>(campaignId, path),
        [this, workspace = m_workspace->path()](ImportResponsesJob &job, const Status &status) {
            setWriteJob(0, nullptr);
            if (finishedElsewhere(workspace, status))
                return;
            onImported(job.campaignId(), job.result(), status);
        });
    setWriteJob(id, [path] { return tr("Importing the responses from %1…").arg(QDir::toNativeSeparators(path)); });
    return true;
}

void CampaignListPage::onImported(qint64 campaignId, const planning::ResponseImport &result, const Status &status)
{
    if (!status && status.error().kind == Error::Kind::Cancelled) {
        setStatus([] { return tr("Import cancelled; the campaign's results are unchanged."); });
        return;
    }
    if (!status) {
        const Error &e = status.error();
        QString where = e.file;
        if (e.line > 0)
            where = tr("%1, line %2").arg(where).arg(e.line);
        if (e.column > 0)
            where = tr("%1, column %2").arg(where).arg(e.column);
        const QString reason = where.isEmpty() ? e.message : tr("%1: %2").arg(where, e.message);
        setStatus([] { return tr("Import refused; the campaign's results are unchanged."); });
        fail(tr("Import Responses"), tr("%1\n\nNothing was imported: the campaign's results are unchanged.").arg(reason));
        return;
    }
    reload(campaignId); // its status is now "evaluated"; the evaluation is read again
    setStatus([rows = result.rows, responded = result.responded] {
        return tr("%1 responses imported, %2 of them responded.").arg(count(rows), count(responded));
    });
    emit responsesImported(campaignId, result.rows, result.responded);
}

// ---- jobs ----

void CampaignListPage::setWriteJob(int id, std::function<QString()> text)
{
    const bool was = isBusy();
    m_writeJob = id;
    if (text)
        setStatus(std::move(text));
    updateActions();
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void CampaignListPage::cancel()
{
    m_queue->stop(m_writeJob);
}

bool CampaignListPage::finishedElsewhere(const QString &workspacePath, const Status &status)
{
    if (m_workspace && m_workspace->path() == workspacePath)
        return false;
    if (status)
        setStatus([] { return tr("Done, in the workspace closed meanwhile."); });
    else
        setStatus([message = status.error().message] { return message; });
    return true;
}

void CampaignListPage::fail(const QString &title, const QString &message)
{
    if (m_showError)
        m_showError(title, message);
}

} // namespace tierwise
