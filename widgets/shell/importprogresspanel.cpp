#include "shell/importprogresspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace tierwise {
namespace {

constexpr int kBarRange = 1000; // the bar works in per-mille so that totals beyond int fit

} // namespace

ImportProgressPanel::ImportProgressPanel(QWidget *parent) : QWidget(parent)
{
    m_step = new QLabel(this);
    m_step->setMinimumWidth(160);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(220);
    m_bar->setMaximumWidth(320);
    m_cancel = new QPushButton(this);
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setFocusPolicy(Qt::NoFocus);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        setCancelling();
        Q_EMIT cancelRequested();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_step);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    reset();
}

void ImportProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ImportProgressPanel::retranslate()
{
    m_cancel->setToolTip(tr("Cancel the import (Esc); the workspace stays as it was"));
    m_cancel->setText(m_cancelling ? tr("Cancelling…") : tr("Cancel"));
    if (m_stepShown == Step::Starting)
        m_step->setText(tr("Starting the import…"));
    else if (m_stepShown == Step::Cancelling)
        m_step->setText(tr("Cancelling the import…"));
    showFormat();
}

void ImportProgressPanel::reset()
{
    m_stepShown = Step::Starting;
    m_cancelling = false;
    m_done = m_total = 0;
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(true);
    retranslate();
}

void ImportProgressPanel::setProgress(qint64 done, qint64 total, const QString &text)
{
    if (!text.isEmpty()) {
        m_stepShown = Step::Reported;
        m_step->setText(text);
    }
    m_total = std::max<qint64>(total, 0);
    m_done = std::clamp<qint64>(done, 0, m_total);
    if (m_total == 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, kBarRange);
        m_bar->setValue(static_cast<int>(m_done * kBarRange / m_total));
    }
    showFormat();
}

void ImportProgressPanel::showFormat()
{
    if (m_total <= 0) {
        m_bar->setFormat(QString());
        return;
    }
    const QLocale locale;
    // (The bar would expand %p, %v and %m in the format; data sizes contain none.)
    m_bar->setFormat(tr("%1 of %2").arg(locale.formattedDataSize(m_done), locale.formattedDataSize(m_total)));
}

void ImportProgressPanel::setCancelling()
{
    m_stepShown = Step::Cancelling;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    retranslate();
}

QString ImportProgressPanel::stepText() const
{
    return m_step->text();
}

QString ImportProgressPanel::progressText() const
{
    return m_bar->text();
}

} // namespace tierwise
