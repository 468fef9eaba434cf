#include "terminalprogress.h"

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tierwise::cli {
namespace {

std::atomic<int> g_interrupts{0};
static_assert(std::atomic<int>::is_always_lock_free, "the SIGINT handler needs a lock-free flag");

extern "C" void onInterrupt(int)
{
    if (g_interrupts.fetch_add(1) >= 1)
        _exit(130);
}

} // namespace

TerminalProgress::TerminalProgress() : m_tty(isatty(STDERR_FILENO) != 0)
{
    g_interrupts = 0;
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    m_timer.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool TerminalProgress::cancelled() const
{
    return g_interrupts.load() > 0;
}

bool TerminalProgress::report(qint64 done, qint64 total, const QString &text)
{
    if (cancelled())
        return false;
    if (!m_tty)
        return true;
    const qint64 now = m_timer.elapsed();
    if (now - m_lastDraw < 100 && done < total)
        return true;
    m_lastDraw = now;
    constexpr int kWidth = 30;
    QByteArray line = "\r\x1b[K";
    if (total > 0) {
        const double f = std::min(1.0, double(done) / double(total));
        const int filled = int(f * kWidth);
        line += '[' + QByteArray(filled, '#') + QByteArray(kWidth - filled, ' ') + "] "
                + QByteArray::number(int(f * 100)) + "%  ";
    }
    line += text.left(60).toUtf8();
    line += "  " + QByteArray::number(now / 1000.0, 'f', 1) + " s";
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
    m_drawn = true;
    return true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        std::fputs("\r\x1b[K", stderr);
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace tierwise::cli
