#pragma once

// An open-addressing hash table of 62-bit transaction keys, each with a 2-bit state, at 8 bytes a
// key: how the importer tells a transaction already in the workspace from one seen earlier in the
// same file, without a unique index (whose random-order inserts would dominate a bulk import).

#include <cstdint>
#include <vector>

namespace tierwise::ingest {

class KeyTable
{
public:
    enum State : std::uint64_t {
        Existing = 1,  // in the workspace before this file
        Consumed = 2,  // in the workspace, and matched by a row of this file
        ThisFile = 3,  // inserted from this file
    };

    static constexpr std::uint64_t kKeyMask = (std::uint64_t(1) << 62) - 1;

    // Keys are reduced to 62 bits; 0 is never a key.
    static std::uint64_t normalize(std::uint64_t key)
    {
        key &= kKeyMask;
        return key ? key : 1;
    }

    // The state of a normalized key, or 0 if absent.
    std::uint64_t state(std::uint64_t key) const
    {
        if (m_slots.empty())
            return 0;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            const std::uint64_t s = m_slots[i];
            if (s == 0)
                return 0;
            if ((s & kKeyMask) == key)
                return s >> 62;
        }
    }

    // Inserts a normalized key or changes its state.
    void set(std::uint64_t key, std::uint64_t state)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            std::uint64_t &s = m_slots[i];
            if (s == 0) {
                s = key | (state << 62);
                ++m_size;
                return;
            }
            if ((s & kKeyMask) == key) {
                s = key | (state << 62);
                return;
            }
        }
    }

    // After a file: everything it inserted or matched becomes Existing for the next file.
    void settle()
    {
        for (std::uint64_t &s : m_slots)
            if (s)
                s = (s & kKeyMask) | (std::uint64_t(Existing) << 62);
    }

    std::size_t size() const { return m_size; }
    void reserve(std::size_t keys)
    {
        while (keys * 4 > m_slots.size() * 3)
            grow();
    }

private:
    static std::uint64_t mix(std::uint64_t k)
    {
        // Keys are hashes already; a multiply spreads the low bits used for the slot.
        return (k * 0x9E3779B97F4A7C15ULL) >> 17;
    }

    void grow()
    {
        std::vector<std::uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        m_size = 0;
        const std::size_t mask = m_slots.size() - 1;
        for (std::uint64_t s : old) {
            if (!s)
                continue;
            for (std::size_t i = mix(s & kKeyMask) & mask;; i = (i + 1) & mask) {
                if (m_slots[i] == 0) {
                    m_slots[i] = s;
                    ++m_size;
                    break;
                }
            }
        }
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_size = 0;
};

} // namespace tierwise::ingest
