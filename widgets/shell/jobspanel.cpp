#include "shell/jobspanel.h"

#include "jobs/jobrunner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tierwise {

namespace {

// "1 min 20 s", "45 s" for a duration in seconds.
QString duration(double seconds)
{
    const auto s = static_cast<qint64>(std::llround(std::max(seconds, 0.0)));
    if (s >= 60)
        return JobsPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return JobsPanel::tr("%1 s").arg(s);
}

} // namespace

JobsPanel::JobsPanel(QWidget *parent) : QWidget(parent), m_runner(std::make_unique<jobs::JobRunner>(2))
{
    setObjectName(QStringLiteral("JobsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    auto *content = new QWidget;
    m_list = new QVBoxLayout(content);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_list->addWidget(m_empty);
    m_list->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_clear = new QPushButton;
    m_clear->setEnabled(false);
    connect(m_clear, &QPushButton::clicked, this, &JobsPanel::clearFinished);
    outer->addWidget(m_clear, 0, Qt::AlignRight);

    connect(m_runner.get(), &jobs::JobRunner::progress, this, &JobsPanel::onProgress);
    connect(m_runner.get(), &jobs::JobRunner::finished, this, &JobsPanel::onFinished);
    retranslate();
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobsPanel::retranslate()
{
    m_empty->setText(tr("No analyses running. Start one from the Analyze menu."));
    m_clear->setText(tr("Clear Finished"));
    for (const auto &[id, row] : m_rows)
        showRow(row);
}

void JobsPanel::showRow(const Row &row) const
{
    const QString title = row.titleText();
    row.title->setText(title);
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Cancel %1; the workspace stays as it was").arg(title));
    row.cancel->setAccessibleName(tr("Cancel %1").arg(title));
    switch (row.state) {
    case State::Waiting: row.status->setText(tr("Waiting…")); break;
    case State::Running: break; // the job's own words, in the language of its next report
    case State::Cancelling: row.status->setText(tr("Cancelling…")); break;
    case State::Done: row.status->setText(tr("Done in %1.").arg(duration(row.seconds))); break;
    case State::Cancelled: row.status->setText(tr("Cancelled; the workspace is unchanged.")); break;
    case State::Failed: row.status->setText(tr("Failed: %1").arg(row.failure)); break;
    }
}

int JobsPanel::start(const QString &workspacePath, std::shared_ptr<jobs::Job> job, const QString &title)
{
    return start(workspacePath, std::move(job), [title] { return title; });
}

int JobsPanel::start(const QString &workspacePath, std::shared_ptr<jobs::Job> job, TitleText title)
{
    const int id = m_runner->start(workspacePath, job);
    Row row;
    row.job = std::move(job);
    row.titleText = std::move(title);
    row.box = new QWidget;
    auto *grid = new QVBoxLayout(row.box);
    grid->setContentsMargins(0, 4, 0, 4);
    auto *top = new QHBoxLayout;
    row.title = new QLabel;
    row.title->setTextFormat(Qt::PlainText);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.cancel = new QToolButton;
    row.cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(row.cancel, &QToolButton::clicked, this, [this, id] { cancel(id); });
    top->addWidget(row.title, 1);
    top->addWidget(row.cancel);
    grid->addLayout(top);
    row.bar = new QProgressBar;
    row.bar->setRange(0, 0); // busy until the first report
    row.bar->setTextVisible(true);
    grid->addWidget(row.bar);
    row.status = new QLabel;
    row.status->setTextFormat(Qt::PlainText);
    row.status->setWordWrap(true);
    grid->addWidget(row.status);
    showRow(row);
    row.clock.start();
    m_list->insertWidget(m_list->count() - 1, row.box);
    m_rows.emplace(id, std::move(row));
    updateEmptyState();
    emit activeCountChanged(activeCount());
    return id;
}

void JobsPanel::cancel(int id)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end() || !it->second.active)
        return;
    it->second.state = State::Cancelling;
    it->second.status->setText(tr("Cancelling…"));
    it->second.cancel->setEnabled(false);
    m_runner->cancel(id);
}

void JobsPanel::cancelAll()
{
    for (auto &[id, row] : m_rows)
        if (row.active)
            cancel(id);
}

int JobsPanel::activeCount() const
{
    int n = 0;
    for (const auto &[id, row] : m_rows)
        n += row.active ? 1 : 0;
    return n;
}

QToolButton *JobsPanel::cancelButton(int id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : it->second.cancel;
}

QString JobsPanel::statusText(int id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? QString() : it->second.status->text();
}

QString JobsPanel::title(int id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? QString() : it->second.title->text();
}

void JobsPanel::onProgress(int id, qint64 done, qint64 total, const QString &text)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end() || !it->second.active)
        return;
    Row &row = it->second;
    if (row.state == State::Cancelling)
        return; // keep saying so
    row.state = State::Running;
    if (total > 0) {
        const int permille = int(std::clamp<qint64>(done * 1000 / total, 0, 1000));
        row.bar->setRange(0, 1000);
        row.bar->setValue(permille);
        const double elapsed = double(row.clock.elapsed()) / 1000.0;
        const double fraction = double(permille) / 1000.0;
        // The time left once enough is done to extrapolate.
        if (fraction >= 0.05 && elapsed >= 1.0)
            row.status->setText(tr("%1 — about %2 left").arg(text, duration(elapsed * (1 - fraction) / fraction)));
        else
            row.status->setText(text);
    } else {
        row.bar->setRange(0, 0);
        row.status->setText(text);
    }
}

void JobsPanel::onFinished(int id, const Status &status)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    Row &row = it->second;
    row.active = false;
    row.cancel->hide();
    row.bar->setRange(0, 1000);
    row.seconds = double(row.clock.elapsed()) / 1000.0;
    if (status.ok()) {
        row.state = State::Done;
    } else if (status.error().kind == Error::Kind::Cancelled) {
        row.state = State::Cancelled;
    } else {
        row.state = State::Failed;
        row.failure = status.error().message;
    }
    row.bar->setValue(row.state == State::Done ? 1000 : 0);
    showRow(row);
    m_clear->setEnabled(true);
    const std::shared_ptr<jobs::Job> job = row.job;
    emit activeCountChanged(activeCount());
    emit jobFinished(id, job, status);
}

void JobsPanel::clearFinished()
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->second.active) {
            ++it;
            continue;
        }
        it->second.box->deleteLater();
        it = m_rows.erase(it);
    }
    m_clear->setEnabled(false);
    updateEmptyState();
}

void JobsPanel::updateEmptyState()
{
    m_empty->setVisible(m_rows.empty());
}

} // namespace tierwise
