#pragma once

// The workspace's customer and account ids in memory, so the importer can check references and
// find an account's owner without a B-tree lookup per row.

#include "result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace tierwise::ingest {

// A set of strings, each with a dense id (0, 1, …), in one arena: ~20 bytes per short id.
class StringIndex
{
public:
    // The id of the string, or -1.
    std::int32_t find(std::string_view s) const;
    // The id of the string, added if new.
    std::int32_t insert(std::string_view s);
    std::string_view at(std::int32_t id) const;
    std::size_t size() const { return m_offsets.size(); }
    void reserve(std::size_t count, std::size_t bytes);
    void clear();

private:
    static std::uint64_t hash(std::string_view s);
    void grow();

    std::string m_arena;
    std::vector<std::uint64_t> m_offsets; // start (low 40 bits) and length (high 24 bits) per id
    std::vector<std::int32_t> m_slots;    // open addressing: id + 1, 0 = empty
};

class ReferenceIndex
{
public:
    // Loads every customer id (and, with accounts, every account and its owner).
    Status load(sqlite3 *db, bool accounts);

    bool hasCustomer(std::string_view id) const { return m_customers.find(id) >= 0; }
    // The owner of an account, or an empty view when the account is unknown.
    std::string_view accountOwner(std::string_view account) const;

private:
    StringIndex m_customers;
    StringIndex m_accounts;
    std::vector<std::int32_t> m_owner; // per account id: customer id
};

} // namespace tierwise::ingest
