#pragma once

// Progress of a long command drawn on the terminal (stderr), and Ctrl-C as cancel.

#include "jobs/progress.h"

#include <QElapsedTimer>
#include <QString>

#include <atomic>

namespace tierwise::cli {

class TerminalProgress final : public jobs::Progress
{
public:
    // Draws only when stderr is a terminal. Installs a SIGINT handler that cancels this job
    // (a second Ctrl-C ends the program at once).
    TerminalProgress();
    ~TerminalProgress() override;
    TerminalProgress(const TerminalProgress &) = delete;
    TerminalProgress &operator=(const TerminalProgress &) = delete;

    bool report(qint64 done, qint64 total, const QString &text) override;
    // Clears the progress line.
    void finish();
    bool cancelled() const;

private:
    bool m_tty = false;
    bool m_drawn = false;
    QElapsedTimer m_timer;
    qint64 m_lastDraw = -1000;
};

} // namespace tierwise::cli
