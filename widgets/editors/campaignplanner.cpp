#include "editors/campaignplanner.h"
#include "shell/messageboxes.h"

#include "analytics/bookview.h"
#include "editors/campaignaudienceeditor.h"
#include "editors/campaignevaluationview.h"
#include "editors/campaignjobs.h"
#include "editors/campaignlistpage.h"
#include "i18n/figures.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace tierwise {

namespace {

QString money(double value)
{
    return CampaignPlanner::tr("¥%1").arg(figures::money(value));
}

QString count(double value)
{
    return figures::count(std::llround(value));
}

// Captions over large figures, as one rich-text row.
QString figureRow(const std::vector<std::pair<QString, QString>> &items)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr>");
    for (const auto &[caption, value] : items)
        html += QStringLiteral("<td style=\"padding-right:22px\"><small>%1</small><br><span style=\"font-size:large\">"
                               "<b>%2</b></span></td>")
                    .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    return html + QStringLiteral("</tr></table>");
}

void setText(QWidget *widget, const QString &text)
{
    if (auto *group = qobject_cast<QGroupBox *>(widget))
        group->setTitle(text);
    else if (auto *label = qobject_cast<QLabel *>(widget))
        label->setText(text);
    else if (auto *button = qobject_cast<QAbstractButton *>(widget))
        button->setText(text);
}

} // namespace

CampaignPlanner::CampaignPlanner(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("CampaignPlanner"));
    m_showError = [this](const QString &title, const QString &text) { showWarning(this, title, text); };
    m_ask = [this](const QString &title, const QString &text, std::function<void(bool)> answer) {
        askYesNo(this, title, text, std::move(answer));
    };
    m_queue = new CampaignJobQueue(this);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_tabs = new QTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("plannerTabs"));
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(createPlanPane());
    m_list = new CampaignListPage(m_queue, m_tabs);
    m_list->setErrorHandler([this](const QString &title, const QString &text) { fail(title, text); });
    m_list->setQuestionHandler([this](const QString &title, const QString &text, std::function<void(bool)> answer) {
        m_ask(title, text, std::move(answer));
    });
    m_tabs->addTab(scroll, QString());
    m_tabs->addTab(m_list, QString());
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_cancel = new QToolButton(this);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_queue->stop(m_saveJob);
        m_list->cancel();
    });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addLayout(statusRow);

    m_list->setStatusHandler([this](std::function<QString()> text) { setStatus(std::move(text)); });
    connect(m_list, &CampaignListPage::busyChanged, this, &CampaignPlanner::updateActions);
    connect(m_list, &CampaignListPage::campaignsChanged, this, &CampaignPlanner::updateCampaignsTab);
    connect(m_list, &CampaignListPage::audienceExported, this, &CampaignPlanner::audienceExported);
    connect(m_list, &CampaignListPage::responsesImported, this, &CampaignPlanner::responsesImported);
    connect(m_list, &CampaignListPage::evaluationShown, this, &CampaignPlanner::evaluationShown);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveCampaign(); });
    connect(m_save, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    addActions({m_saveAction, m_closeAction});

    retranslate();
    updateEmptyState();
    updateAudience();
    resize(1400, 860);
}

CampaignPlanner::~CampaignPlanner()
{
    delete m_queue; // cancels and waits for the workers before the widgets go
}

QWidget *CampaignPlanner::createPlanPane()
{
    // Created in reading order, which is the keyboard's tab order.
    auto *pane = new QWidget;
    QGroupBox *audience = createAudienceGroup(pane);
    auto *right = new QVBoxLayout;
    right->addWidget(createControlGroup(pane));
    right->addWidget(createStrategyGroup(pane));
    right->addWidget(createCampaignGroup(pane));
    right->addStretch(1);
    auto *layout = new QHBoxLayout(pane);
    layout->addWidget(audience, 1);
    layout->addLayout(right, 1);
    return pane;
}

QGroupBox *CampaignPlanner::createAudienceGroup(QWidget *pane)
{
    auto *audienceGroup = new QGroupBox(pane);
    m_texts.emplace_back(audienceGroup, [] { return tr("1 · Audience"); });
    m_audienceEditor = new CampaignAudienceEditor(audienceGroup);
    m_audienceFigures = new QLabel(audienceGroup);
    m_audienceFigures->setObjectName(QStringLiteral("audienceFigures"));
    m_audienceNote = new QLabel(audienceGroup);
    m_audienceNote->setObjectName(QStringLiteral("audienceNote"));
    m_audienceNote->setWordWrap(true);
    auto *audienceLayout = new QVBoxLayout(audienceGroup);
    audienceLayout->addWidget(m_audienceEditor, 1);
    audienceLayout->addWidget(m_audienceFigures);
    audienceLayout->addWidget(m_audienceNote);
    connect(m_audienceEditor, &CampaignAudienceEditor::changed, this, &CampaignPlanner::updateAudience);
    return audienceGroup;
}

QGroupBox *CampaignPlanner::createControlGroup(QWidget *pane)
{
    auto *controlGroup = new QGroupBox(pane);
    m_texts.emplace_back(controlGroup, [] { return tr("2 · Control group"); });
    m_share = new QSpinBox(controlGroup);
    m_share->setObjectName(QStringLiteral("controlShareBox"));
    m_share->setRange(0, 90);
    m_share->setValue(kDefaultControlPercent);
    m_share->setSuffix(QStringLiteral(" %"));
    m_seed = new QSpinBox(controlGroup);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(kDefaultSeed);
    m_newSeed = new QPushButton(controlGroup);
    m_newSeed->setObjectName(QStringLiteral("newSeedButton"));
    connect(m_newSeed, &QPushButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()))); });
    m_controlFigures = new QLabel(controlGroup);
    m_controlFigures->setObjectName(QStringLiteral("controlFigures"));
    auto *controlLayout = new QGridLayout(controlGroup);
    controlLayout->addWidget(buddyLabel(m_share, [] { return tr("Control sh&are:"); }), 0, 0);
    controlLayout->addWidget(m_share, 0, 1);
    controlLayout->addWidget(buddyLabel(m_seed, [] { return tr("S&eed:"); }), 0, 2);
    controlLayout->addWidget(m_seed, 0, 3);
    controlLayout->addWidget(m_newSeed, 0, 4);
    controlLayout->addWidget(m_controlFigures, 1, 0, 1, 5);
    controlLayout->setColumnStretch(3, 1);
    connect(m_share, &QSpinBox::valueChanged, this, &CampaignPlanner::updateControl);
    return controlGroup;
}

QGroupBox *CampaignPlanner::createStrategyGroup(QWidget *pane)
{
    auto *strategyGroup = new QGroupBox(pane);
    m_texts.emplace_back(strategyGroup, [] { return tr("3 · Strategy and expected outcome"); });
    m_strategyLabel = new QLabel(strategyGroup);
    m_strategyLabel->setObjectName(QStringLiteral("strategyLabel"));
    m_strategyLabel->setWordWrap(true);
    m_strategyLabel->setTextFormat(Qt::RichText);
    m_strategyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_outcomeFigures = new QLabel(strategyGroup);
    m_outcomeFigures->setObjectName(QStringLiteral("outcomeFigures"));
    m_outcomeNote = new QLabel(strategyGroup);
    m_outcomeNote->setObjectName(QStringLiteral("outcomeNote"));
    m_outcomeNote->setWordWrap(true);
    auto *strategyLayout = new QVBoxLayout(strategyGroup);
    strategyLayout->addWidget(m_strategyLabel);
    strategyLayout->addWidget(m_outcomeFigures);
    strategyLayout->addWidget(m_outcomeNote);
    return strategyGroup;
}

QGroupBox *CampaignPlanner::createCampaignGroup(QWidget *pane)
{
    auto *campaignGroup = new QGroupBox(pane);
    m_texts.emplace_back(campaignGroup, [] { return tr("4 · Campaign"); });
    m_name = new QLineEdit(campaignGroup);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(120);
    m_start = new QDateEdit(QDate::currentDate(), campaignGroup);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(QDate::currentDate().addMonths(1), campaignGroup);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setCalendarPopup(true);
    m_budget = new QDoubleSpinBox(campaignGroup);
    m_budget->setObjectName(QStringLiteral("budgetBox"));
    m_budget->setRange(0, 1e12);
    m_budget->setDecimals(2);
    m_budget->setGroupSeparatorShown(true);
    m_save = new QPushButton(campaignGroup);
    m_save->setObjectName(QStringLiteral("saveButton"));
    auto *campaignLayout = new QGridLayout(campaignGroup);
    campaignLayout->addWidget(buddyLabel(m_name, [] { return tr("&Name:"); }), 0, 0);
    campaignLayout->addWidget(m_name, 0, 1, 1, 3);
    campaignLayout->addWidget(buddyLabel(m_start, [] { return tr("S&tart:"); }), 1, 0);
    campaignLayout->addWidget(m_start, 1, 1);
    campaignLayout->addWidget(buddyLabel(m_end, [] { return tr("En&d:"); }), 1, 2);
    campaignLayout->addWidget(m_end, 1, 3);
    campaignLayout->addWidget(buddyLabel(m_budget, [] { return tr("B&udget (¥):"); }), 2, 0);
    campaignLayout->addWidget(m_budget, 2, 1);
    campaignLayout->addWidget(m_save, 2, 3);
    campaignLayout->setColumnStretch(1, 1);
    campaignLayout->setColumnStretch(3, 1);
    connect(m_name, &QLineEdit::textChanged, this, &CampaignPlanner::updateActions);
    connect(m_start, &QDateEdit::dateChanged, this, &CampaignPlanner::updateActions);
    connect(m_end, &QDateEdit::dateChanged, this, &CampaignPlanner::updateActions);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] { m_budgetEdited = true; });
    return campaignGroup;
}

QLabel *CampaignPlanner::buddyLabel(QWidget *buddy, std::function<QString()> text)
{
    auto *label = new QLabel(buddy->parentWidget());
    label->setBuddy(buddy);
    m_texts.emplace_back(label, std::move(text));
    return label;
}

void CampaignPlanner::retranslate()
{
    m_tabs->setTabText(0, tr("&Plan"));
    m_tabs->setTabToolTip(0, tr("Choose the audience and the control group, see the strategy and the expected outcome, "
                                "save the campaign"));
    m_tabs->setTabToolTip(1, tr("The saved campaigns: export their audience, import the responses, see the lift"));
    updateCampaignsTab(int(m_list->campaigns().size()));
    for (const auto &[widget, text] : m_texts)
        setText(widget, text());
    m_share->setToolTip(tr("The share of the audience held out at random and not contacted, to measure the "
                           "campaign's effect against (0 – 90 %)"));
    m_seed->setToolTip(tr("The same seed picks the same control customers for the same audience"));
    m_newSeed->setText(tr("Ne&w Seed"));
    m_newSeed->setToolTip(tr("Draw a new random seed: a different control group"));
    m_name->setPlaceholderText(tr("For example: Affluent — deposit renewal"));
    m_name->setToolTip(tr("The campaign's name, shown in the list and in the exported file's name"));
    m_start->setToolTip(tr("The first day of the campaign"));
    m_budget->setToolTip(tr("The campaign's total budget; it follows the expected cost until you change it"));
    m_save->setText(tr("&Save Campaign"));
    m_save->setToolTip(tr("Save the campaign with its treated and control customers (Ctrl+S)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running save, export or import; the workspace stays as it was"));
    m_saveAction->setText(tr("Save Campaign"));
    m_closeAction->setText(tr("Close"));
    // The inputs in the locale of the language shown: the dates' format, the numbers' separators.
    const QLocale locale;
    for (QDateEdit *date : {m_start, m_end}) {
        date->setLocale(locale);
        date->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat));
    }
    for (QAbstractSpinBox *box : std::initializer_list<QAbstractSpinBox *>{m_share, m_seed, m_budget})
        box->setLocale(locale);
    updateEmptyState();
    updateActions();
}

void CampaignPlanner::updateCampaignsTab(int count)
{
    m_tabs->setTabText(1, count == 0 ? tr("&Campaigns") : tr("&Campaigns (%1)").arg(count));
}

void CampaignPlanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The texts and figures again; nothing is read or resolved (an engine's complaint about
        // the audience excepted: it is asked again, which stops at the same check).
        retranslate();
        if (m_problem == Problem::Engine) {
            updateAudience();
        } else {
            showAudience();
            showControl();
            updateStrategy();
        }
        m_status->setText(m_statusText ? m_statusText() : QString());
    } else if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_workspace) {
        // The strategy editor may have saved a new version meanwhile (a small table).
        if (Result<std::vector<planning::Strategy>> s = planning::latestStrategies(m_workspace->handle()); s) {
            m_strategies = std::move(s).value();
            updateStrategy();
        }
    }
    QWidget::changeEvent(event);
}

// ---- the book ----

void CampaignPlanner::setBook(store::Workspace *workspace, std::shared_ptr<const analytics::BookView> book)
{
    if (!book)
        workspace = nullptr;
    // A hidden planner reads the facts and the campaigns when it is shown again; a closed workspace
    // is let go of at once (its handle is about to go).
    m_pendingWorkspace = workspace;
    m_pendingBook = std::move(book);
    if (isVisible() || !m_pendingBook)
        applyBook();
}

void CampaignPlanner::showEvent(QShowEvent *event)
{
    applyBook();
    QWidget::showEvent(event);
}

void CampaignPlanner::applyBook()
{
    if (m_pendingWorkspace == m_workspace && m_pendingBook == m_book)
        return;
    if (m_pendingWorkspace != m_workspace) {
        setStatus({});
        m_budgetEdited = false;
    }
    m_queue->cancel(m_factsJob);
    m_factsJob = 0;
    m_workspace = m_pendingWorkspace;
    m_book = m_pendingBook;
    m_facts.reset();
    m_audienceEditor->setFacts(nullptr);
    reloadSmallTables();
    m_audienceEditor->setBook(m_book, m_catalogue, m_branchNames);
    m_list->setBook(m_workspace, m_book, m_branchNames);
    startFacts();
    updateEmptyState();
    updateAudience();
}

void CampaignPlanner::setMasked(bool masked)
{
    m_masked = masked;
    m_list->setMasked(masked);
}

void CampaignPlanner::reloadSmallTables()
{
    m_catalogue.clear();
    m_strategies.clear();
    m_branchNames.clear();
    if (!m_workspace)
        return;
    sqlite3 *db = m_workspace->handle();
    if (Result<std::vector<planning::Product>> c = planning::loadCatalogue(db); c)
        m_catalogue = std::move(c).value();
    if (Result<std::vector<planning::Strategy>> s = planning::latestStrategies(db); s)
        m_strategies = std::move(s).value();
    store::Statement branches(db, "SELECT branch_id, ifnull(name, '') FROM branches");
    while (branches.ok() && branches.step())
        m_branchNames[branches.text(0)] = branches.text(1);
}

void CampaignPlanner::startFacts()
{
    if (!m_book)
        return;
    if (m_book->clvRunId == 0) {
        // Nothing to read: no stage, warning or next-best filter without a CLV run.
        m_facts = std::make_unique<planning::CampaignFacts>();
        m_audienceEditor->setFacts(m_facts.get());
        return;
    }
    m_factsJob = m_queue->start<CampaignFactsJob>(
        m_workspace->path(), std::make_shared<CampaignFactsJob>(m_book), [this](CampaignFactsJob &job, const Status &status) {
            m_factsJob = 0;
            if (!status) {
                setStatus([message = status.error().message] {
                    return tr("The warnings and next-best products could not be read: %1").arg(message);
                });
                return;
            }
            if (job.book() != m_book)
                return;
            m_facts = std::make_unique<planning::CampaignFacts>(job.takeFacts());
            m_audienceEditor->setFacts(m_facts.get());
            emit factsLoaded();
        });
}

bool CampaignPlanner::factsReady() const
{
    return m_facts && m_book && m_facts->clvRunId == m_book->clvRunId;
}

void CampaignPlanner::updateEmptyState()
{
    const bool segmented = m_book && !m_book->segmentations.empty();
    if (!m_book)
        m_empty->setText(tr("Open a workspace and run the tiers first (File ▸ Open Workspace…, then Analyze ▸ Value "
                            "Tiers)."));
    else // also while the tabs show: the page keeps a text of the language shown
        m_empty->setText(tr("No segments yet: run the tiers first (Analyze ▸ Value Tiers, Ctrl+1)."));
    m_stack->setCurrentIndex(segmented ? 1 : 0);
    if (m_workspace)
        setWindowTitle(tr("Plan Campaign — %1").arg(QFileInfo(m_workspace->path()).completeBaseName()));
    else
        setWindowTitle(tr("Plan Campaign"));
}

// ---- the plan ----

planning::AudienceSpec CampaignPlanner::audienceSpec() const
{
    return m_audienceEditor->spec();
}

double CampaignPlanner::controlShare() const
{
    return m_share->value() / 100.0;
}

qint64 CampaignPlanner::treatedCount() const
{
    return planning::expectedOutcome(m_audience, planning::Strategy(), controlShare()).treated;
}

qint64 CampaignPlanner::controlCount() const
{
    return planning::expectedOutcome(m_audience, planning::Strategy(), controlShare()).control;
}

void CampaignPlanner::updateAudience()
{
    m_audience = {};
    m_problem = Problem::None;
    m_engineProblem.clear();
    const planning::AudienceSpec spec = audienceSpec();
    if (!m_book) {
        m_problem = Problem::NoBook;
    } else if (spec.segments.isEmpty()) {
        m_problem = Problem::NoSegments;
    } else if (m_audienceEditor->needsFacts() && !factsReady()) {
        m_problem = Problem::ReadingFacts;
    } else {
        static const planning::CampaignFacts kNone;
        Result<planning::Audience> resolved = planning::resolveAudience(*m_book, m_facts ? *m_facts : kNone, spec);
        if (resolved) {
            m_audience = std::move(resolved).value();
        } else {
            m_problem = Problem::Engine;
            m_engineProblem = resolved.error().message;
        }
    }
    showAudience();
    updateControl();
}

QString CampaignPlanner::problemText() const
{
    switch (m_problem) {
    case Problem::None: return {};
    case Problem::NoBook: return tr("Open a workspace and run the tiers first.");
    case Problem::NoSegments: return tr("Tick one or more segments.");
    case Problem::ReadingFacts: return tr("Reading the lifetime-value run's warnings and next-best products…");
    case Problem::Engine: return m_engineProblem;
    }
    return {};
}

void CampaignPlanner::showAudience()
{
    m_audienceProblem = problemText();
    const bool clv = m_audience.withClv > 0;
    m_audienceFigures->setText(figureRow({{tr("Customers"), count(double(m_audience.size()))},
                                        {tr("AUM"), money(m_audience.aum)},
                                        {tr("CLV"), clv ? money(m_audience.clv) : QStringLiteral("—")},
                                        {tr("Margin CLV"), clv ? money(m_audience.marginClv) : QStringLiteral("—")}}));
    m_audienceFigures->setToolTip(tr("The customers who match, their assets under management, and the sums of their "
                                     "lifetime value (spend) and margin lifetime value over the CLV run's horizon"));
    QString note = m_audienceProblem;
    if (note.isEmpty() && m_audience.size() == 0)
        note = tr("No customer matches: loosen the filters.");
    else if (note.isEmpty() && !clv)
        note = tr("No lifetime value yet: run Analyze ▸ Lifetime Value… (Ctrl+5) for CLV and the expected outcome.");
    m_audienceNote->setText(note);
    m_audienceNote->setVisible(!note.isEmpty());
}

void CampaignPlanner::updateControl()
{
    showControl();
    updateStrategy();
    updateActions();
    emit audienceChanged();
}

void CampaignPlanner::showControl()
{
    m_controlFigures->setText(figureRow({{tr("Treated (contacted)"), count(double(treatedCount()))},
                                       {tr("Control (held out)"), count(double(controlCount()))}}));
    m_controlFigures->setToolTip(tr("Control = round(audience × share); the customers with the smallest hash of the "
                                    "seed and their id are held out"));
}

QString CampaignPlanner::strategyKey() const
{
    const planning::AudienceSpec spec = audienceSpec();
    if (spec.segmentation.isEmpty() || spec.segments.isEmpty())
        return {};
    return spec.segmentation + QLatin1Char('/') + spec.segments.constFirst();
}

std::optional<planning::Strategy> CampaignPlanner::strategy() const
{
    const QString key = strategyKey();
    for (const planning::Strategy &s : m_strategies)
        if (!key.isEmpty() && s.segmentKey == key && s.branchId.isEmpty())
            return s;
    return std::nullopt;
}

planning::ExpectedOutcome CampaignPlanner::expectedOutcome() const
{
    return planning::expectedOutcome(m_audience, strategy().value_or(planning::Strategy()), controlShare());
}

void CampaignPlanner::updateStrategy()
{
    const QString key = strategyKey();
    const std::optional<planning::Strategy> s = strategy();
    const QString segment = key.isEmpty() ? QString() : m_audienceEditor->segmentName(audienceSpec().segments.constFirst());
    if (key.isEmpty())
        m_strategyLabel->setText(tr("Tick a segment to see its strategy and the expected outcome."));
    else if (!s)
        m_strategyLabel->setText(tr("No saved strategy for “%1” yet: write one in the strategy editor (Plan ▸ "
                                    "Strategies per Tier). Without it there are no targets to estimate the outcome from.")
                                     .arg(segment.toHtmlEscaped()));
    else
        m_strategyLabel->setText(strategyHtml(*s, segment));
    m_outcomeFigures->setVisible(s.has_value());
    m_outcomeNote->setVisible(false);
    if (s)
        updateOutcome(*s);
}

QString CampaignPlanner::strategyHtml(const planning::Strategy &s, const QString &segment) const
{
    QStringList products;
    for (const QString &code : s.products) {
        const auto p = std::find_if(m_catalogue.begin(), m_catalogue.end(),
                                    [&](const planning::Product &x) { return x.code == code; });
        products << (p != m_catalogue.end() && !p->name.isEmpty() ? tr("%1 (%2)").arg(p->name, code) : code);
    }
    const auto field = [&](planning::Field f) {
        const QVariant v = s.value(f);
        return v.typeId() == QMetaType::Double && std::isnan(v.toDouble()) ? tr("not set") : planning::displayValue(f, v);
    };
    const QDateTime saved = QDateTime::fromString(s.savedAt, Qt::ISODateWithMs).toLocalTime();
    QString html = tr("<b>%1</b>: version %2, saved by %3 on %4")
                       .arg(segment.toHtmlEscaped())
                       .arg(s.version)
                       .arg(s.author.toHtmlEscaped(), figures::date(saved.date()));
    const auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<br>") + tr("%1: %2").arg(label, value.isEmpty() ? tr("—") : value).toHtmlEscaped();
    };
    row(planning::fieldLabel(planning::Field::Objective), s.objective);
    row(planning::fieldLabel(planning::Field::Products), products.join(QStringLiteral(", ")));
    row(tr("Targets"), tr("reach %1, conversion %2, AUM growth %3")
                           .arg(field(planning::Field::ReachTarget), field(planning::Field::ConversionTarget),
                                field(planning::Field::AumGrowthTarget)));
    row(planning::fieldLabel(planning::Field::BudgetPerCustomer), tr("¥%1").arg(field(planning::Field::BudgetPerCustomer)));
    return html;
}

void CampaignPlanner::updateOutcome(const planning::Strategy &s)
{
    const planning::ExpectedOutcome e = expectedOutcome();
    m_outcomeFigures->setText(figureRow({{tr("Cost"), money(e.cost)},
                                       {tr("Reached"), count(e.reached)},
                                       {tr("Conversions"), count(e.conversions)},
                                       {tr("Incremental value"), money(e.incrementalValue)}}));
    const double meanClv = m_audience.withClv > 0 ? m_audience.marginClv / double(m_audience.withClv) : 0.0;
    m_outcomeFigures->setToolTip(tr("Cost = treated × budget per customer\nReached = treated × reach target (100 % if not "
                                    "set)\nConversions = reached × conversion target\nIncremental value = conversions × "
                                    "average margin CLV (%1) × AUM growth target")
                                     .arg(money(meanClv)));
    QStringList missing;
    for (const planning::Field f : {planning::Field::ReachTarget, planning::Field::ConversionTarget,
                                    planning::Field::AumGrowthTarget})
        if (std::isnan(s.value(f).toDouble()))
            missing << planning::fieldLabel(f);
    QString note;
    if (!missing.isEmpty())
        note = tr("Targets missing: %1. Set them in the strategy editor; until then the outcome counts a missing reach as "
                  "100 % and a missing conversion or AUM growth as 0.")
                   .arg(missing.join(QStringLiteral(", ")));
    else if (!e.complete)
        note = tr("No margin CLV for this audience: run Analyze ▸ Lifetime Value… for the incremental value.");
    m_outcomeNote->setText(note);
    m_outcomeNote->setVisible(!note.isEmpty());
    if (!m_budgetEdited) {
        const QSignalBlocker block(m_budget);
        m_budget->setValue(e.cost);
    }
}

void CampaignPlanner::updateActions()
{
    const bool idle = m_workspace && !isSaving();
    m_save->setEnabled(idle && m_audience.size() > 0 && !m_name->text().trimmed().isEmpty()
                       && m_start->date() <= m_end->date());
    m_saveAction->setEnabled(idle);
    m_cancel->setVisible(isBusy());
    m_end->setToolTip(m_start->date() > m_end->date() ? tr("The campaign ends before it starts.")
                                                      : tr("The last day of the campaign"));
    if (m_busy != isBusy()) {
        m_busy = isBusy();
        emit busyChanged(m_busy);
    }
}

bool CampaignPlanner::isBusy() const
{
    return isSaving() || m_list->isBusy();
}

// ---- saving ----

bool CampaignPlanner::saveCampaign()
{
    const QString title = tr("Save Campaign");
    if (!m_workspace || !m_book) {
        fail(title, tr("Open a workspace and run the tiers first."));
        return false;
    }
    if (isSaving()) {
        fail(title, tr("Wait until the campaign being saved is saved."));
        return false;
    }
    if (m_name->text().trimmed().isEmpty()) {
        fail(title, tr("Give the campaign a name."));
        m_name->setFocus();
        return false;
    }
    if (m_audience.size() == 0) {
        fail(title, m_audienceProblem.isEmpty() ? tr("The audience is empty: no customer matches.") : m_audienceProblem);
        return false;
    }
    if (m_start->date() > m_end->date()) {
        fail(title, tr("The campaign ends before it starts."));
        return false;
    }
    planning::CampaignPlan plan;
    plan.name = m_name->text().trimmed();
    plan.audience = audienceSpec();
    plan.strategyKey = strategyKey();
    plan.strategyId = strategy() ? strategy()->strategyId : 0;
    plan.controlShare = controlShare();
    plan.seed = quint64(m_seed->value());
    plan.start = m_start->date();
    plan.end = m_end->date();
    plan.budget = m_budget->value();
    m_saveJob = m_queue->start<SaveCampaignJob>(
        m_workspace->path(), std::make_shared<SaveCampaignJob>(plan, m_book, m_audience),
        [this, workspace = m_workspace->path()](SaveCampaignJob &job, const Status &status) {
            m_saveJob = 0;
            updateActions();
            if (m_workspace && m_workspace->path() == workspace)
                onSaved(job.plan(), job.audienceSize(), status);
            else if (status)
                setStatus([] { return tr("Saved, in the workspace closed meanwhile."); });
            else
                setStatus([message = status.error().message] { return message; });
        });
    setStatus([name = plan.name, n = m_audience.size()] {
        return tr("Saving “%1” with %2 customers…").arg(name, count(double(n)));
    });
    updateActions();
    return true;
}

void CampaignPlanner::onSaved(const planning::CampaignPlan &plan, std::size_t members, const Status &status)
{
    if (!status) {
        if (status.error().kind != Error::Kind::Cancelled)
            fail(tr("Save Campaign"), status.error().message);
        else
            setStatus([] { return tr("Saving cancelled; nothing was saved."); });
        return;
    }
    m_list->reload(plan.campaignId);
    const qint64 control = std::llround(double(members) * plan.controlShare);
    setStatus([name = plan.name, control] {
        return tr("Saved “%1”: %2 customers held out as the control group. It is listed under Campaigns (Alt+C).")
            .arg(name, count(double(control)));
    });
    emit campaignSaved(plan.campaignId);
}

void CampaignPlanner::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void CampaignPlanner::fail(const QString &title, const QString &message)
{
    m_showError(title, message);
}

// ---- the campaigns ----

const std::vector<planning::CampaignPlan> &CampaignPlanner::campaigns() const
{
    return m_list->campaigns();
}

void CampaignPlanner::selectCampaign(qint64 campaignId)
{
    m_list->selectCampaign(campaignId);
}

qint64 CampaignPlanner::currentCampaignId() const
{
    return m_list->currentCampaignId();
}

bool CampaignPlanner::exportAudience(const QString &path, bool unmasked)
{
    return m_list->exportAudience(path, unmasked);
}

bool CampaignPlanner::importResponses(const QString &path)
{
    return m_list->importResponses(path);
}

QTableView *CampaignPlanner::campaignTable() const
{
    return m_list->table();
}

QCheckBox *CampaignPlanner::unmaskedBox() const
{
    return m_list->unmaskedBox();
}

CampaignEvaluationView *CampaignPlanner::evaluationView() const
{
    return m_list->evaluationView();
}

QString CampaignPlanner::statusText() const
{
    return m_status->text();
}

QString CampaignPlanner::audienceText() const
{
    return m_audienceFigures->text();
}

QString CampaignPlanner::controlText() const
{
    return m_controlFigures->text();
}

QString CampaignPlanner::strategyText() const
{
    return m_strategyLabel->text();
}

QString CampaignPlanner::outcomeText() const
{
    return m_outcomeFigures->text() + m_outcomeNote->text();
}

} // namespace tierwise
