#pragma once

// Rows ready to be written, passed in batches from the thread that reads and checks a file to the
// thread that owns the SQLite connection: parsing and writing overlap on two cores.

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace tierwise::ingest {

struct WriteBatch
{
    struct Param
    {
        enum Type : std::uint8_t { Null, Int, Text } type = Null;
        std::int64_t number = 0;   // Int
        std::uint32_t offset = 0;  // Text: in arena
        std::uint32_t length = 0;
    };
    struct Op
    {
        std::int64_t line = 0;
        std::uint32_t firstParam = 0;
        std::int32_t keyColumn = 0; // 1-based column named when the key turns out duplicate
    };

    std::string arena;
    std::vector<Param> params;
    std::vector<Op> ops;

    void clear()
    {
        arena.clear();
        params.clear();
        ops.clear();
    }
    void beginOp(std::int64_t line, std::int32_t keyColumn)
    {
        ops.push_back({line, static_cast<std::uint32_t>(params.size()), keyColumn});
    }
    void addNull() { params.push_back({}); }
    void addInt(std::int64_t v) { params.push_back({Param::Int, v, 0, 0}); }
    void addText(std::string_view s)
    {
        params.push_back({Param::Text, 0, static_cast<std::uint32_t>(arena.size()), static_cast<std::uint32_t>(s.size())});
        arena.append(s);
    }
    std::string_view text(const Param &p) const { return std::string_view(arena).substr(p.offset, p.length); }
};

// A bounded hand-over of batches between one producer and one consumer, recycling the batches.
class BatchQueue
{
public:
    explicit BatchQueue(std::size_t depth = 4)
    {
        for (std::size_t i = 0; i < depth; ++i)
            m_free.push_back(std::make_unique<WriteBatch>());
    }

    // Producer: an empty batch to fill (waits while all are in flight). Null after abort().
    std::unique_ptr<WriteBatch> acquire()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_free.empty() || m_aborted; });
        if (m_aborted)
            return nullptr;
        auto b = std::move(m_free.front());
        m_free.pop_front();
        b->clear();
        return b;
    }
    void submit(std::unique_ptr<WriteBatch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Producer: no more batches.
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer: the next batch, or null when closed and drained (or aborted).
    std::unique_ptr<WriteBatch> take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_full.empty() || m_closed || m_aborted; });
        if (m_aborted || m_full.empty())
            return nullptr;
        auto b = std::move(m_full.front());
        m_full.pop_front();
        return b;
    }
    void release(std::unique_ptr<WriteBatch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(batch));
        m_changed.notify_all();
    }
    // Either side: stop at once (an error); both sides' waits return.
    void abort()
    {
        std::lock_guard lock(m_mutex);
        m_aborted = true;
        m_changed.notify_all();
    }
    bool aborted() const
    {
        std::lock_guard lock(m_mutex);
        return m_aborted;
    }

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<WriteBatch>> m_free;
    std::deque<std::unique_ptr<WriteBatch>> m_full;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace tierwise::ingest
