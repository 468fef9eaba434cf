#pragma once

// The kinds of file an extract can be, and the columns each kind knows.

#include <QString>

namespace tierwise::ingest {

enum class FileKind { Unknown, Branches, Products, Customers, Accounts, Balances, Holdings, Transactions };

QString fileKindName(FileKind kind);        // "customers", … (stable, used in the CLI and tables)
QString fileKindDisplayName(FileKind kind); // translated

} // namespace tierwise::ingest
