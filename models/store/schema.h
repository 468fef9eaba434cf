#pragma once

// The workspace schema, created and upgraded by ordered migrations keyed on PRAGMA user_version.

#include "result.h"

struct sqlite3;

namespace tierwise::store {

// 'TWRK' — PRAGMA application_id of every Tierwise workspace.
constexpr int kApplicationId = 0x5457524B;

// The number of migrations this build knows: the schema version it writes.
int schemaVersion();

// Applies the migrations after `fromVersion` in one transaction each, setting user_version after
// each. The connection must not be inside a transaction.
Status migrate(sqlite3 *db, int fromVersion);

} // namespace tierwise::store
