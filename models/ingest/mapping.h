#pragma once

// A user's column mapping (JSON, `--mapping`): which header is which field, per-column date
// formats and value maps, skipped columns, and optionally the file kind, encoding and whether
// the files have a header row.
//
// {
//   "kind": "transactions",                 optional: force the kind
//   "encoding": "gb18030",                  optional: like --encoding
//   "header": true,                         optional, default true; false: columns by number
//   "columns": {
//     "TRANS_DATE": "txn_date",             a header and the field it holds
//     "DATE": { "field": "txn_date", "format": "YYMMDD" },
//     "TYPE": { "field": "direction", "values": { "PRIJEM": "credit", "VYDAJ": "debit" } },
//     "K_SYMBOL": null,                     skip this column ("skip" or {"skip": true} too)
//     "3": "amount"                         with "header": false, columns by 1-based number
//   }
// }

#include "ingest/filekinds.h"
#include "ingest/textencoding.h"
#include "result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <string>
#include <unordered_map>

namespace tierwise::ingest {

struct ColumnRule
{
    Field field = Field::Ignore; // Ignore: skip the column
    QString dateFormat;          // for date fields
    // Raw value (UTF-8, as in the file, trimmed) → replacement.
    std::unordered_map<std::string, std::string> values;
};

struct Mapping
{
    std::optional<FileKind> kind;
    std::optional<Encoding> encoding;
    bool hasHeader = true;
    // Keys: headers as written (matched after trimming) or, without a header, "1", "2", ….
    QHash<QString, ColumnRule> columns;

    bool isEmpty() const { return !kind && !encoding && hasHeader && columns.isEmpty(); }

    // Reads and validates a mapping file; errors name the file and the offending key.
    static Result<Mapping> load(const QString &path);
};

} // namespace tierwise::ingest
