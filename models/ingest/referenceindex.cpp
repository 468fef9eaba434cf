#include "ingest/referenceindex.h"

#include "store/statement.h"

namespace tierwise::ingest {

std::uint64_t StringIndex::hash(std::string_view s)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return (h ^ (h >> 29)) * 0xbf58476d1ce4e5b9ULL;
}

std::string_view StringIndex::at(std::int32_t id) const
{
    const std::uint64_t o = m_offsets[static_cast<std::size_t>(id)];
    return std::string_view(m_arena).substr(o & 0xFFFFFFFFFFULL, o >> 40);
}

std::int32_t StringIndex::find(std::string_view s) const
{
    if (m_slots.empty())
        return -1;
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash(s) & mask;; i = (i + 1) & mask) {
        const std::int32_t v = m_slots[i];
        if (v == 0)
            return -1;
        if (at(v - 1) == s)
            return v - 1;
    }
}

std::int32_t StringIndex::insert(std::string_view s)
{
    if ((m_offsets.size() + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash(s) & mask;; i = (i + 1) & mask) {
        std::int32_t &v = m_slots[i];
        if (v == 0) {
            const std::uint64_t start = m_arena.size();
            m_arena.append(s);
            m_offsets.push_back(start | (std::uint64_t(s.size()) << 40));
            v = static_cast<std::int32_t>(m_offsets.size());
            return v - 1;
        }
        if (at(v - 1) == s)
            return v - 1;
    }
}

void StringIndex::grow()
{
    m_slots.assign(m_slots.empty() ? 1024 : m_slots.size() * 2, 0);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t id = 0; id < m_offsets.size(); ++id) {
        std::size_t i = hash(at(static_cast<std::int32_t>(id))) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = static_cast<std::int32_t>(id + 1);
    }
}

void StringIndex::reserve(std::size_t count, std::size_t bytes)
{
    m_arena.reserve(bytes);
    m_offsets.reserve(count);
    while ((count + 1) * 2 > m_slots.size())
        grow();
}

void StringIndex::clear()
{
    m_arena.clear();
    m_offsets.clear();
    m_slots.clear();
}

Status ReferenceIndex::load(sqlite3 *db, bool accounts)
{
    m_customers.clear();
    m_accounts.clear();
    m_owner.clear();
    {
        const auto count = static_cast<std::size_t>(store::queryInt(db, "SELECT count(*) FROM customers"));
        m_customers.reserve(count, count * 12);
        store::Statement st(db, "SELECT customer_id FROM customers");
        if (!st.ok())
            return st.error();
        while (st.step())
            m_customers.insert(st.utf8(0));
        if (!st.error().message.isEmpty())
            return st.error();
    }
    if (accounts) {
        const auto count = static_cast<std::size_t>(store::queryInt(db, "SELECT count(*) FROM accounts"));
        m_accounts.reserve(count, count * 20);
        m_owner.reserve(count);
        store::Statement st(db, "SELECT account_id, customer_id FROM accounts");
        if (!st.ok())
            return st.error();
        while (st.step()) {
            const std::int32_t a = m_accounts.insert(st.utf8(0));
            if (static_cast<std::size_t>(a) >= m_owner.size())
                m_owner.resize(static_cast<std::size_t>(a) + 1, -1);
            m_owner[static_cast<std::size_t>(a)] = m_customers.insert(st.utf8(1));
        }
        if (!st.error().message.isEmpty())
            return st.error();
    }
    return {};
}

std::string_view ReferenceIndex::accountOwner(std::string_view account) const
{
    const std::int32_t a = m_accounts.find(account);
    if (a < 0)
        return {};
    return m_customers.at(m_owner[static_cast<std::size_t>(a)]);
}

} // namespace tierwise::ingest
