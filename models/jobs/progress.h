#pragma once

// How long-running engine work reports progress and learns that the user cancelled.

#include <QString>

#include <atomic>
#include <functional>

namespace tierwise::jobs {

class Progress
{
public:
    virtual ~Progress() = default;
    // done of total units (total 0 = unknown), with a short description of the current step.
    // Returns false when the user has cancelled: the caller then stops, rolls back and returns
    // an Error of kind Cancelled. Cheap enough to call every few thousand rows.
    virtual bool report(qint64 done, qint64 total, const QString &text) = 0;
};

// Never cancels, reports nothing.
class NullProgress final : public Progress
{
public:
    bool report(qint64, qint64, const QString &) override { return true; }
};

// Forwards reports to a callback and cancels when the flag is set (from any thread).
class CallbackProgress final : public Progress
{
public:
    using Callback = std::function<void(qint64 done, qint64 total, const QString &text)>;
    explicit CallbackProgress(Callback callback = {}) : m_callback(std::move(callback)) {}

    bool report(qint64 done, qint64 total, const QString &text) override
    {
        if (m_callback)
            m_callback(done, total, text);
        return !m_cancelled.load(std::memory_order_relaxed);
    }
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tierwise::jobs
