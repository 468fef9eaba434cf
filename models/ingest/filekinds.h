#pragma once

// The kinds of file an extract can be, the fields each kind knows, and the header names (English,
// Simplified and Traditional Chinese) that name each field.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tierwise::ingest {

enum class FileKind { Unknown, Branches, Products, Customers, Accounts, Balances, Holdings, Transactions };

QString fileKindName(FileKind kind);        // "customers", … (stable, used in the CLI and tables)
QString fileKindDisplayName(FileKind kind); // translated
std::optional<FileKind> fileKindFromName(const QString &name);
// The order files are imported in, so that references resolve (branches first, transactions last).
int fileKindOrder(FileKind kind);

// Every field a column can hold. Generic header words (name, type, date, balance) are resolved
// to the right field for the file's kind.
enum class Field {
    Ignore,
    CustomerId, AccountId, BranchId, BranchName, City, Region, BranchType,
    ProductCode, ProductName, ProductType, RiskLevel, MarginBps, TermMonths,
    Name, Gender, BirthDate, Age, Occupation, Education, IncomeBand, RmId, OpenDate, CloseDate,
    CreditRating, ChannelPref, Phone, IdNumber,
    Month, BalanceDate, Current, Term, OtherDeposit, Wealth, Fund, Insurance, Loan, Aum,
    HoldingId, MaturityDate, Balance,
    TxnId, TxnDate, Amount, Direction, Channel, TxnType,
    Count_ // number of fields
};

enum class ValueType { Text, Key, Date, Month, Money, Integer, RiskLevel, Gender, Direction };

struct FieldInfo
{
    Field field;
    const char *name;  // canonical name used in mapping files, e.g. "txn_date"
    ValueType type;
};

const FieldInfo &fieldInfo(Field field);
std::optional<Field> fieldFromName(const QString &canonicalName);
// Translated display name for messages, e.g. "transaction date".
QString fieldDisplayName(Field field);
// A few header spellings for messages: "客户号 / 客戶號 / customer_id".
QString fieldHeaderExamples(Field field);

// The field a header names, independent of kind (generic words give their most common field).
// Headers are compared after trimming, case folding, and removing spaces, '_', '-' and
// parenthesised units such as "(元)" or "（万元）".
std::optional<Field> fieldForHeader(const QString &header);

// The kinds' field sets and requirements.
struct KindSpec
{
    FileKind kind;
    std::vector<Field> fields;                // every field this kind stores
    std::vector<std::vector<Field>> required; // each inner list: at least one of these
};
const KindSpec &kindSpec(FileKind kind);
const std::vector<KindSpec> &allKindSpecs();

// A generic field adapted to a kind: Name → BranchName in branches, ProductName in products;
// TxnType ("type") → ProductType in products, BranchType in branches; TxnDate ("date") →
// BalanceDate in balances; OpenDate stays OpenDate everywhere.
Field fieldForKind(Field field, FileKind kind);

// Recognises the kind from the fields found in the header. Returns Unknown when no kind's
// requirements are met; `why` then says what was looked for.
FileKind recognizeKind(const std::vector<std::optional<Field>> &headerFields, QString *why = nullptr);

} // namespace tierwise::ingest
