#include "ingest/fileimport.h"

#include "ingest/values.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <thread>
#include <cstring>

namespace {

// The context of this file's messages (lupdate files them under exactly this name). Call Tr::tr,
// never a bare tr().
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::Importer)
};

} // namespace

namespace tierwise::ingest {
namespace {

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

// Values are shown shortened in messages and reports (a junk field may be megabytes long).
QString shown(std::string_view v)
{
    constexpr std::size_t kMax = 200;
    if (v.size() <= kMax)
        return qs(v);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80)
        --cut; // do not split a UTF-8 character
    return qs(v.substr(0, cut)) + Tr::tr("… (%1 bytes)").arg(v.size());
}

constexpr std::size_t idx(Field f)
{
    return static_cast<std::size_t>(f);
}

// "YYYY-MM-DD" into out[0..9].
void formatIso(Day day, char *out)
{
    int y = 0, m = 0, d = 0;
    civilFromDay(day, y, m, d);
    out[0] = static_cast<char>('0' + (y / 1000) % 10);
    out[1] = static_cast<char>('0' + (y / 100) % 10);
    out[2] = static_cast<char>('0' + (y / 10) % 10);
    out[3] = static_cast<char>('0' + y % 10);
    out[4] = '-';
    out[5] = static_cast<char>('0' + m / 10);
    out[6] = static_cast<char>('0' + m % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + d / 10);
    out[9] = static_cast<char>('0' + d % 10);
}

// 64-bit FNV-1a over the pieces with a separator, finished with the splitmix64 mixer.
struct Hasher
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    void add(std::string_view s)
    {
        for (unsigned char c : s) {
            h ^= c;
            h *= 0x100000001b3ULL;
        }
        h ^= 0x1f;
        h *= 0x100000001b3ULL;
    }
    void add(std::int64_t v) { add(std::string_view(reinterpret_cast<const char *>(&v), sizeof v)); }
    std::int64_t finish() const
    {
        std::uint64_t z = h + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return static_cast<std::int64_t>(z ^ (z >> 31));
    }
};

bool equalsAny(std::string_view v, std::initializer_list<std::string_view> options)
{
    for (std::string_view o : options) {
        if (v.size() != o.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < v.size() && same; ++i)
            same = (static_cast<unsigned char>(v[i]) < 0x80 ? static_cast<char>(std::tolower(static_cast<unsigned char>(v[i]))) : v[i]) == o[i];
        if (same)
            return true;
    }
    return false;
}

// Canonical product types; Chinese names accepted.
std::string_view normalizeProductType(std::string_view v)
{
    if (equalsAny(v, {"current", "demand", "活期", "活期存款", "casa"})) return "current";
    if (equalsAny(v, {"term", "time", "fixed", "定期", "定期存款", "大额存单", "大額存單"})) return "term";
    if (equalsAny(v, {"wealth", "理财", "理財", "理财产品", "理財產品"})) return "wealth";
    if (equalsAny(v, {"fund", "funds", "基金"})) return "fund";
    if (equalsAny(v, {"insurance", "保险", "保險"})) return "insurance";
    if (equalsAny(v, {"credit_card", "creditcard", "信用卡"})) return "credit_card";
    if (equalsAny(v, {"consumer_loan", "消费贷款", "消費貸款", "消费贷", "消費貸"})) return "consumer_loan";
    if (equalsAny(v, {"mortgage", "房贷", "房貸", "住房贷款", "住房貸款", "按揭"})) return "mortgage";
    if (equalsAny(v, {"business_loan", "经营贷", "經營貸", "经营贷款", "經營貸款"})) return "business_loan";
    if (equalsAny(v, {"other", "其他"})) return "other";
    return {};
}

// Canonical channels where recognised; other values are kept as written.
std::string_view normalizeChannel(std::string_view v)
{
    for (std::string_view canonical : {"mobile", "online", "counter", "atm", "pos"})
        if (v == canonical)
            return canonical;
    if (equalsAny(v, {"counter", "branch", "teller", "柜面", "櫃面", "柜台", "櫃檯", "网点", "網點"})) return "counter";
    if (equalsAny(v, {"online", "internet", "web", "网银", "網銀", "网上银行", "網上銀行"})) return "online";
    if (equalsAny(v, {"mobile", "app", "手机银行", "手機銀行", "手机", "手機"})) return "mobile";
    if (equalsAny(v, {"atm", "自助", "自动柜员机", "自動櫃員機"})) return "atm";
    if (equalsAny(v, {"pos", "刷卡"})) return "pos";
    return v;
}

} // namespace

struct FileImport::Row
{
    struct Value
    {
        bool set = false;        // a non-empty value was given
        std::string_view text;   // UTF-8 text (for text, key, date, month, gender)
        std::int64_t number = 0; // for money (cents), integers, risk levels, dates (Day)
    };
    std::array<Value, static_cast<std::size_t>(Field::Count_)> v;
    std::array<std::string, static_cast<std::size_t>(Field::Count_)> buffer;

    void clear()
    {
        for (Value &x : v)
            x = Value();
    }
};

FileImport::FileImport(Context context) : m_ctx(std::move(context))
{
    m_fieldColumn.fill(-1);
}

FileImport::~FileImport() = default;

const EncodingGuess &FileImport::encoding() const
{
    return m_reader.encoding();
}

Status FileImport::prepare(const QString &path)
{
    m_path = path;
    CsvReader::Options options;
    options.encoding = m_ctx.encoding;
    if (Status s = m_reader.open(path, options); !s)
        return s;

    const bool hasHeader = m_ctx.mapping->hasHeader;
    CsvRecord header;
    if (hasHeader) {
        if (!m_reader.next(header)) {
            if (m_reader.error())
                return *m_reader.error();
            return Error::badInput(Tr::tr("The file is empty.")).at(path, 1);
        }
    }
    return planColumns(header);
}

Status FileImport::planColumns(const CsvRecord &header)
{
    const Mapping &mapping = *m_ctx.mapping;
    std::vector<std::optional<Field>> found;
    std::vector<const ColumnRule *> rules;
    if (mapping.hasHeader) {
        for (std::string_view h : header.fields) {
            const QString name = qs(trimmed(h));
            m_headerNames << name;
            const auto rule = mapping.columns.constFind(name);
            if (rule != mapping.columns.constEnd()) {
                found.push_back(rule->field);
                rules.push_back(&*rule);
            } else {
                found.push_back(fieldForHeader(name));
                rules.push_back(nullptr);
            }
        }
    } else {
        int maxColumn = 0;
        for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
            maxColumn = std::max(maxColumn, it.key().toInt());
        found.resize(static_cast<std::size_t>(maxColumn));
        rules.resize(static_cast<std::size_t>(maxColumn), nullptr);
        for (int c = 1; c <= maxColumn; ++c) {
            m_headerNames << QString::number(c);
            const auto rule = mapping.columns.constFind(QString::number(c));
            if (rule != mapping.columns.constEnd()) {
                found[static_cast<std::size_t>(c - 1)] = rule->field;
                rules[static_cast<std::size_t>(c - 1)] = &*rule;
            }
        }
    }
    m_columnCount = found.size();

    QString why;
    m_kind = mapping.kind ? *mapping.kind : recognizeKind(found, &why);
    if (m_kind == FileKind::Unknown)
        return Error::badInput(Tr::tr("Cannot tell what this file holds. %1").arg(why)).at(m_path, header.line);

    const KindSpec &spec = kindSpec(m_kind);
    m_columnField.assign(m_columnCount, Field::Ignore);
    m_columnRule = rules;
    m_columnFormat.assign(m_columnCount, std::string());
    for (std::size_t c = 0; c < m_columnCount; ++c)
        if (rules[c])
            m_columnFormat[c] = rules[c]->dateFormat.toStdString();
    for (std::size_t c = 0; c < m_columnCount; ++c) {
        if (!found[c] || *found[c] == Field::Ignore) {
            if (!found[c] && !m_headerNames.value(static_cast<qsizetype>(c)).isEmpty())
                m_ignored << m_headerNames.value(static_cast<qsizetype>(c));
            continue;
        }
        const Field f = fieldForKind(*found[c], m_kind);
        if (std::find(spec.fields.begin(), spec.fields.end(), f) == spec.fields.end()) {
            m_ignored << m_headerNames.value(static_cast<qsizetype>(c));
            continue;
        }
        int &slot = m_fieldColumn[idx(f)];
        if (slot >= 0)
            return Error::badInput(Tr::tr("Columns %1 ('%2') and %3 ('%4') both hold the %5; map one of them to another "
                                      "field or skip it in a mapping file.")
                                       .arg(slot + 1).arg(m_headerNames.value(slot)).arg(c + 1)
                                       .arg(m_headerNames.value(static_cast<qsizetype>(c)), fieldDisplayName(f)))
                .at(m_path, header.line, static_cast<int>(c + 1));
        slot = static_cast<int>(c);
        m_columnField[c] = f;
    }
    for (const std::vector<Field> &alternatives : spec.required) {
        const bool any = std::any_of(alternatives.begin(), alternatives.end(),
                                     [&](Field f) { return m_fieldColumn[idx(f)] >= 0; });
        if (!any) {
            QStringList names;
            for (Field f : alternatives)
                names << QStringLiteral("%1 (%2)").arg(fieldDisplayName(f), fieldHeaderExamples(f));
            return Error::badInput(Tr::tr("A %1 file needs a column for %2.")
                                       .arg(fileKindDisplayName(m_kind), names.join(Tr::tr(" or "))))
                .at(m_path, header.line);
        }
    }
    return prepareStatements();
}

namespace {

struct ColumnSql
{
    Field field;
    const char *column;
};

std::vector<ColumnSql> columnsOf(FileKind kind)
{
    using F = Field;
    switch (kind) {
    case FileKind::Branches:
        return {{F::BranchId, "branch_id"}, {F::BranchName, "name"}, {F::City, "city"}, {F::Region, "region"},
                {F::BranchType, "branch_type"}};
    case FileKind::Products:
        return {{F::ProductCode, "product_code"}, {F::ProductName, "name"}, {F::ProductType, "product_type"},
                {F::RiskLevel, "risk_level"}, {F::MarginBps, "margin_bps"}, {F::TermMonths, "term_months"}};
    case FileKind::Customers:
        return {{F::CustomerId, "customer_id"}, {F::Name, "name"}, {F::Gender, "gender"}, {F::BirthDate, "birth_date"},
                {F::Occupation, "occupation"}, {F::Education, "education"}, {F::IncomeBand, "income_band"},
                {F::BranchId, "branch_id"}, {F::RmId, "rm_id"}, {F::OpenDate, "open_date"},
                {F::RiskLevel, "risk_level"}, {F::CreditRating, "credit_rating"}, {F::ChannelPref, "channel_pref"},
                {F::Phone, "phone"}, {F::IdNumber, "id_number"}};
    case FileKind::Accounts:
        return {{F::AccountId, "account_id"}, {F::CustomerId, "customer_id"}, {F::ProductCode, "product_code"},
                {F::OpenDate, "open_date"}, {F::CloseDate, "close_date"}};
    case FileKind::Balances:
        return {{F::CustomerId, "customer_id"}, {F::Month, "month"}, {F::Current, "current_cents"},
                {F::Term, "term_cents"}, {F::OtherDeposit, "other_deposit_cents"}, {F::Wealth, "wealth_cents"},
                {F::Fund, "fund_cents"}, {F::Insurance, "insurance_cents"}, {F::Loan, "loan_cents"},
                {F::Aum, "aum_cents"}};
    case FileKind::Holdings:
        return {{F::HoldingId, "holding_key"}, {F::CustomerId, "customer_id"}, {F::ProductCode, "product_code"},
                {F::AccountId, "account_id"}, {F::OpenDate, "open_date"}, {F::MaturityDate, "maturity_date"},
                {F::CloseDate, "close_date"}, {F::Balance, "balance_cents"}};
    case FileKind::Transactions:
    case FileKind::Unknown:
        break;
    }
    return {};
}

const char *tableOf(FileKind kind)
{
    switch (kind) {
    case FileKind::Branches: return "branches";
    case FileKind::Products: return "products";
    case FileKind::Customers: return "customers";
    case FileKind::Accounts: return "accounts";
    case FileKind::Balances: return "balances";
    case FileKind::Holdings: return "holdings";
    case FileKind::Transactions: return "transactions";
    case FileKind::Unknown: break;
    }
    return "";
}

// Key columns of each upserted table (the first one or two of columnsOf).
std::size_t keyCount(FileKind kind)
{
    return kind == FileKind::Balances ? 2 : 1;
}

constexpr Field kAumParts[] = {Field::Current, Field::Term, Field::OtherDeposit, Field::Wealth, Field::Fund, Field::Insurance};

} // namespace

Status FileImport::prepareStatements()
{
    sqlite3 *db = m_ctx.db;
    if (m_kind == FileKind::Transactions) {
        m_write = store::Statement(db, "INSERT INTO transactions (txn_key, customer_id, account_id, txn_date, amount_cents,"
                                       " channel, txn_type, txn_ref, import_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        m_lookupImport = store::Statement(db, "SELECT 1");
    } else {
        // Upsert of the columns the file has. A row that another line of this file wrote is not
        // overwritten (it is a duplicate key, caught below); unchanged rows are left alone.
        const std::vector<ColumnSql> cols = columnsOf(m_kind);
        const char *table = tableOf(m_kind);
        QByteArray names, params, updates, differs;
        m_bound.clear();
        const bool derivedCustomer = m_kind == FileKind::Holdings;
        for (std::size_t i = 0; i < cols.size(); ++i) {
            const ColumnSql &c = cols[i];
            bool present = m_fieldColumn[idx(c.field)] >= 0 || i < keyCount(m_kind);
            if (c.field == Field::BirthDate && m_fieldColumn[idx(Field::Age)] >= 0)
                present = true;
            if (derivedCustomer && c.field == Field::CustomerId)
                present = true;
            if (m_kind == FileKind::Balances && c.field == Field::Aum)
                present = true;
            if (!present)
                continue;
            m_bound.push_back(c.field);
            if (!names.isEmpty()) {
                names += ", ";
                params += ", ";
            }
            names += c.column;
            params += '?' + QByteArray::number(m_bound.size());
            if (i < keyCount(m_kind))
                continue;
            if (!updates.isEmpty()) {
                updates += ", ";
                differs += " AND ";
            }
            QByteArray value = QByteArray("excluded.") + c.column;
            if (m_kind == FileKind::Balances && c.field == Field::Aum && m_fieldColumn[idx(Field::Aum)] < 0) {
                // AUM follows the parts: the file's parts, the stored ones for parts it lacks.
                value.clear();
                for (Field part : kAumParts) {
                    for (const ColumnSql &pc : cols) {
                        if (pc.field != part)
                            continue;
                        if (!value.isEmpty())
                            value += " + ";
                        value += (m_fieldColumn[idx(part)] >= 0 ? QByteArray("excluded.") : QByteArray("balances.")) + pc.column;
                    }
                }
            }
            updates += QByteArray(c.column) + " = " + value;
            differs += QByteArray(table) + '.' + c.column + " IS " + value;
        }
        QByteArray conflict;
        for (std::size_t i = 0; i < keyCount(m_kind); ++i)
            conflict += (i ? ", " : "") + QByteArray(cols[i].column);
        const QByteArray importParam = '?' + QByteArray::number(m_bound.size() + 1);
        QByteArray sql = "INSERT INTO " + QByteArray(table) + " (" + names + ", import_id) VALUES (" + params + ", "
                         + importParam + ") ON CONFLICT (" + conflict + ") DO ";
        if (updates.isEmpty())
            sql += "NOTHING";
        else
            sql += "UPDATE SET " + updates + ", import_id = excluded.import_id WHERE " + table
                   + ".import_id IS NOT excluded.import_id AND NOT (" + differs + ")";
        m_write = store::Statement(db, sql.constData());

        QByteArray lookup = "SELECT import_id FROM " + QByteArray(table) + " WHERE ";
        for (std::size_t i = 0; i < keyCount(m_kind); ++i)
            lookup += (i ? " AND " : "") + QByteArray(cols[i].column) + " = ?" + QByteArray::number(i + 1);
        m_lookupImport = store::Statement(db, lookup.constData());
        const Field key = m_bound[0] == Field::HoldingId && m_fieldColumn[idx(Field::HoldingId)] < 0 ? Field::CustomerId : m_bound[0];
        m_keyColumn = m_fieldColumn[idx(key)] + 1;
        m_duplicateKeyReason = keyCount(m_kind) == 2
                                   ? Tr::tr("Duplicate row: this customer and month appear earlier in the file.")
                                   : Tr::tr("Duplicate key: the %1 appears earlier in the file.").arg(fieldDisplayName(key));
    }
    if (!m_write.ok())
        return m_write.error();
    if (!m_lookupImport.ok())
        return m_lookupImport.error();
    return {};
}

// Referential checks in memory: the importer writes with foreign-key enforcement off (a B-tree
// lookup per reference would double the cost of a bulk load) and is itself the check.
bool FileImport::checkReferences(qint64 line, Row &row)
{
    Row::Value &customer = row.v[idx(Field::CustomerId)];
    const Row::Value &account = row.v[idx(Field::AccountId)];
    if (m_kind == FileKind::Transactions || m_kind == FileKind::Holdings) {
        if (account.set) {
            const std::string_view owner = m_refs.accountOwner(account.text);
            if (owner.empty()) {
                rejectField(line, Field::AccountId, account.text,
                            Tr::tr("Unknown account: not in the workspace. Import the accounts file first, or skip the "
                               "account column in a mapping file."));
                return false;
            }
            if (customer.set && customer.text != owner) {
                rejectField(line, Field::CustomerId, customer.text,
                            Tr::tr("Account %1 belongs to customer %2.").arg(qs(account.text), qs(owner)));
                return false;
            }
            customer = {true, owner, 0};
        }
    }
    if (m_kind != FileKind::Customers && customer.set && !m_refs.hasCustomer(customer.text)) {
        rejectField(line, Field::CustomerId, customer.text,
                    Tr::tr("Unknown customer: not in the workspace. Import the customers file first or together with this one."));
        return false;
    }
    return true;
}

qint64 FileImport::tableCount() const
{
    const QByteArray sql = "SELECT count(*) FROM " + QByteArray(tableOf(m_kind));
    return store::queryInt(m_ctx.db, sql.constData());
}

void FileImport::rejectRow(qint64 line, int column, const QString &value, const QString &reason)
{
    m_rowRejected = true;
    recordRejection(line, column, value, reason);
}

void FileImport::recordRejection(qint64 line, int column, const QString &value, const QString &reason)
{
    Rejection r;
    r.file = m_path;
    r.line = line;
    r.column = column;
    if (column > 0)
        r.columnName = m_headerNames.value(column - 1);
    r.value = value;
    r.reason = reason;
    const std::lock_guard lock(m_rejectMutex);
    if (!m_ctx.reject(r))
        m_stop = true;
}

void FileImport::rejectField(qint64 line, Field field, std::string_view value, const QString &reason)
{
    rejectRow(line, m_fieldColumn[idx(field)] + 1, shown(value), reason);
}

bool FileImport::parseRow(const CsvRecord &record, Row &row)
{
    row.clear();
    m_rowRejected = false;
    const qint64 line = record.line;
    std::size_t n = record.fields.size();
    // Trailing empty fields (a delimiter at the end of the line) are harmless.
    while (n > m_columnCount && trimmed(record.fields[n - 1]).empty())
        --n;
    if (n != m_columnCount && (m_ctx.mapping->hasHeader || n < m_columnCount)) {
        // The first missing field, or the first one too many.
        rejectRow(line, static_cast<int>(std::min(n, m_columnCount) + 1), QString(),
                  Tr::tr("Expected %1 fields, found %2.").arg(m_columnCount).arg(record.fields.size()));
        return false;
    }
    QString reason;
    for (std::size_t c = 0; c < m_columnCount; ++c) {
        const Field f = m_columnField[c];
        if (f == Field::Ignore)
            continue;
        std::string_view text = trimmed(record.fields[c]);
        const ColumnRule *rule = m_columnRule[c];
        if (rule && !rule->values.empty()) {
            const auto it = rule->values.find(std::string(text));
            if (it != rule->values.end())
                text = it->second;
        }
        if (text.empty())
            continue;
        Row::Value &v = row.v[idx(f)];
        std::string &buf = row.buffer[idx(f)];
        v.set = true;
        v.text = text;
        reason.clear();
        switch (fieldInfo(f).type) {
        case ValueType::Text:
            if (f == Field::ProductType) {
                v.text = normalizeProductType(text);
                if (v.text.empty()) {
                    rejectField(line, f, text, Tr::tr("Unknown product type; use current, term, wealth, fund, insurance, "
                                                  "credit_card, consumer_loan, mortgage, business_loan or other."));
                    v.set = false;
                }
            } else if (f == Field::Channel) {
                v.text = normalizeChannel(text);
            }
            break;
        case ValueType::Key:
            break;
        case ValueType::Date:
        case ValueType::Month: {
            const bool month = fieldInfo(f).type == ValueType::Month;
            const std::string &format = m_columnFormat[c];
            const std::optional<Day> d = !format.empty() ? parseDate(text, format, &reason)
                                         : month         ? parseMonth(text, &reason)
                                                         : parseDate(text, {}, &reason);
            if (!d) {
                rejectField(line, f, text, reason);
                v.set = false;
                break;
            }
            v.number = *d;
            buf.resize(10);
            formatIso(*d, buf.data());
            if (month)
                buf.resize(7); // "YYYY-MM"
            v.text = buf;
            break;
        }
        case ValueType::Money:
        case ValueType::Integer: {
            const std::optional<std::int64_t> number = fieldInfo(f).type == ValueType::Money
                                                           ? parseMoneyCents(text, &reason)
                                                           : parseInteger(text, &reason);
            if (!number) {
                rejectField(line, f, text, reason);
                v.set = false;
            } else {
                v.number = *number;
            }
            break;
        }
        case ValueType::RiskLevel: {
            // "3", "R3", "C3", "C3级", or the usual Chinese names of the five levels.
            std::string_view t = text;
            if (!t.empty() && (t[0] == 'R' || t[0] == 'C' || t[0] == 'r' || t[0] == 'c'))
                t.remove_prefix(1);
            if (t.size() > 3 && t.substr(t.size() - 3) == "级")
                t.remove_suffix(3);
            if (t.size() > 3 && t.substr(t.size() - 3) == "級")
                t.remove_suffix(3);
            std::optional<std::int64_t> level = parseInteger(t, nullptr);
            if (!level) {
                if (equalsAny(text, {"保守型", "谨慎型", "謹慎型", "conservative"})) level = 1;
                else if (equalsAny(text, {"稳健型", "穩健型", "moderately conservative"})) level = 2;
                else if (equalsAny(text, {"平衡型", "balanced"})) level = 3;
                else if (equalsAny(text, {"成长型", "成長型", "growth"})) level = 4;
                else if (equalsAny(text, {"进取型", "進取型", "aggressive"})) level = 5;
            }
            if (!level || *level < 1 || *level > 5) {
                rejectField(line, f, text, Tr::tr("A risk level is 1 to 5 (R1–R5, C1–C5, 保守型 … 进取型)."));
                v.set = false;
            } else {
                v.number = *level;
            }
            break;
        }
        case ValueType::Gender:
            if (equalsAny(text, {"m", "male", "man", "男", "先生"}))
                v.text = "M";
            else if (equalsAny(text, {"f", "female", "woman", "女", "女士"}))
                v.text = "F";
            else if (equalsAny(text, {"u", "unknown", "未知", "x"}))
                v.text = "U";
            else {
                rejectField(line, f, text, Tr::tr("Gender must be M or F (男/女); map other codes in a mapping file."));
                v.set = false;
            }
            break;
        case ValueType::Direction:
            if (equalsAny(text, {"credit", "c", "cr", "in", "贷", "貸", "收", "收入", "存入", "+"}))
                v.number = 1;
            else if (equalsAny(text, {"debit", "d", "dr", "out", "借", "支", "支出", "支取", "-"}))
                v.number = -1;
            else {
                rejectField(line, f, text, Tr::tr("Debit/credit must be credit or debit (贷/借); map other codes in a "
                                              "mapping file."));
                v.set = false;
            }
            break;
        }
        if (m_stop)
            return false;
    }
    if (m_rowRejected)
        return false;

    // Plausibility against the as-of date.
    const Day asOf = m_ctx.asOf;
    const Day earliest = dayFromCivil(1900, 1, 1);
    const auto checkDate = [&](Field f, bool future) {
        const Row::Value &v = row.v[idx(f)];
        if (!v.set)
            return;
        if (v.number < earliest)
            rejectField(line, f, v.text, Tr::tr("The %1 is before 1900.").arg(fieldDisplayName(f)));
        else if (!future && v.number > asOf)
            rejectField(line, f, v.text, Tr::tr("The %1 is after the as-of date %2.").arg(fieldDisplayName(f), isoDate(asOf)));
    };
    checkDate(Field::BirthDate, false);
    checkDate(Field::OpenDate, false);
    checkDate(Field::CloseDate, false);
    checkDate(Field::TxnDate, false);
    checkDate(Field::BalanceDate, false);
    checkDate(Field::MaturityDate, true);
    if (row.v[idx(Field::BirthDate)].set && row.v[idx(Field::BirthDate)].number < asOf - 120 * 365 - 30)
        rejectField(line, Field::BirthDate, row.v[idx(Field::BirthDate)].text, Tr::tr("The customer would be over 120 years old."));
    if (row.v[idx(Field::Age)].set) {
        const std::int64_t age = row.v[idx(Field::Age)].number;
        if (age < 0 || age > 120) {
            rejectField(line, Field::Age, row.v[idx(Field::Age)].text, Tr::tr("An age is 0 to 120."));
        } else if (!row.v[idx(Field::BirthDate)].set) {
            // Only an age: the birth date it implies, half a year before the as-of birthday.
            int y = 0, m = 0, d = 0;
            civilFromDay(asOf, y, m, d);
            const Day birth = dayFromCivil(y - static_cast<int>(age), m, std::min(d, 28)) - 182;
            std::string &buf = row.buffer[idx(Field::BirthDate)];
            buf.resize(10);
            formatIso(birth, buf.data());
            row.v[idx(Field::BirthDate)] = {true, buf, birth};
        }
    }
    if (row.v[idx(Field::Month)].set && row.v[idx(Field::Month)].number > asOf)
        rejectField(line, Field::Month, row.v[idx(Field::Month)].text,
                    Tr::tr("The month is after the as-of date %1.").arg(isoDate(asOf)));
    if (row.v[idx(Field::CloseDate)].set && row.v[idx(Field::OpenDate)].set
        && row.v[idx(Field::CloseDate)].number < row.v[idx(Field::OpenDate)].number)
        rejectField(line, Field::CloseDate, row.v[idx(Field::CloseDate)].text, Tr::tr("The close date is before the open date."));
    if (row.v[idx(Field::MaturityDate)].set && row.v[idx(Field::OpenDate)].set
        && row.v[idx(Field::MaturityDate)].number < row.v[idx(Field::OpenDate)].number)
        rejectField(line, Field::MaturityDate, row.v[idx(Field::MaturityDate)].text,
                    Tr::tr("The maturity date is before the open date."));
    if (row.v[idx(Field::MarginBps)].set && std::abs(row.v[idx(Field::MarginBps)].number) > 10000)
        rejectField(line, Field::MarginBps, row.v[idx(Field::MarginBps)].text, Tr::tr("A margin is at most ±10,000 basis points."));
    if (row.v[idx(Field::TermMonths)].set
        && (row.v[idx(Field::TermMonths)].number < 0 || row.v[idx(Field::TermMonths)].number > 1200))
        rejectField(line, Field::TermMonths, row.v[idx(Field::TermMonths)].text, Tr::tr("A term is 0 to 1,200 months."));
    // Balances may give a date instead of a month.
    if (m_kind == FileKind::Balances && !row.v[idx(Field::Month)].set && row.v[idx(Field::BalanceDate)].set) {
        std::string &buf = row.buffer[idx(Field::Month)];
        buf.assign(row.v[idx(Field::BalanceDate)].text.substr(0, 7));
        row.v[idx(Field::Month)] = {true, buf, row.v[idx(Field::BalanceDate)].number};
    }
    // Keys and required values must be present in every row.
    const KindSpec &spec = kindSpec(m_kind);
    for (const std::vector<Field> &alternatives : spec.required) {
        const bool any = std::any_of(alternatives.begin(), alternatives.end(), [&](Field f) { return row.v[idx(f)].set; });
        const bool valueColumns = m_kind == FileKind::Balances && alternatives.size() > 2;
        const bool holdingsDetail = m_kind == FileKind::Holdings && alternatives.front() == Field::MaturityDate;
        if (!any && !valueColumns && !holdingsDetail) {
            Field shownField = alternatives.front();
            for (Field f : alternatives)
                if (m_fieldColumn[idx(f)] >= 0) {
                    shownField = f;
                    break;
                }
            rejectRow(line, m_fieldColumn[idx(shownField)] + 1, QString(),
                      Tr::tr("The %1 is missing.").arg(fieldDisplayName(shownField)));
        }
    }
    return !m_rowRejected;
}

Status FileImport::run(FileOutcome &outcome)
{
    const bool transactions = m_kind == FileKind::Transactions;
    // Customers and accounts as of now, those written by earlier files of this import included.
    if (m_kind == FileKind::Accounts || m_kind == FileKind::Balances || m_kind == FileKind::Holdings || transactions) {
        const bool accounts = (transactions || m_kind == FileKind::Holdings) && m_fieldColumn[idx(Field::AccountId)] >= 0;
        if (Status s = m_refs.load(m_ctx.db, accounts); !s)
            return s;
    }
    const qint64 before = transactions ? 0 : tableCount();

    // This thread reads and checks rows; a second one writes them (it alone uses the connection
    // until it is joined).
    BatchQueue queue;
    Counters written;
    Status writeStatus;
    std::thread writer([&] {
        while (std::unique_ptr<WriteBatch> batch = queue.take()) {
            if (Status s = execute(*batch, written); !s) {
                writeStatus = s;
                queue.abort();
                return;
            }
            queue.release(std::move(batch));
        }
    });
    struct Join
    {
        BatchQueue &queue;
        std::thread &thread;
        ~Join()
        {
            if (thread.joinable()) {
                queue.abort();
                thread.join();
            }
        }
    } join{queue, writer};

    constexpr std::size_t kBatchRows = 4096;
    std::unique_ptr<WriteBatch> batch = queue.acquire();
    Row row;
    CsvRecord record;
    qint64 rows = 0;
    bool cancelled = false;
    while (batch && !m_stop && m_reader.next(record)) {
        ++rows;
        ++outcome.rowsRead;
        if ((rows & 0x3FFF) == 0 && !m_ctx.progress(m_reader.bytesRead(), m_reader.totalBytes())) {
            cancelled = true;
            break;
        }
        if (!parseRow(record, row)) {
            ++outcome.rejected;
            continue;
        }
        const bool staged = transactions ? stageTransaction(record.line, row, *batch) : stageUpsert(record.line, row, *batch);
        if (!staged) {
            ++outcome.rejected;
            continue;
        }
        if (batch->ops.size() >= kBatchRows) {
            queue.submit(std::move(batch));
            batch = queue.acquire();
        }
    }
    if (batch && !batch->ops.empty() && !cancelled)
        queue.submit(std::move(batch));
    if (cancelled)
        queue.abort();
    queue.close();
    writer.join();

    if (!writeStatus)
        return writeStatus;
    if (cancelled)
        return Error::cancelled(Tr::tr("Import cancelled."));
    outcome.inserted = written.changed;
    outcome.duplicates = written.unchanged + m_duplicates;
    outcome.rejected += written.rejected;
    if (m_reader.error())
        return *m_reader.error();
    if (m_stop)
        return Error::badInput(Tr::tr("Too many rejected rows; stopped reading at line %1.").arg(record.line)).at(m_path, record.line);
    if (rows == 0)
        return Error::badInput(Tr::tr("The file has a header but no data rows.")).at(m_path, 1);
    if (!transactions) {
        // Upserts report one change for an insert and for an update: the table's growth tells them apart.
        const qint64 inserted = tableCount() - before;
        outcome.updated = written.changed - inserted;
        outcome.inserted = inserted;
    }
    m_ctx.progress(m_reader.bytesRead(), m_reader.totalBytes());
    return {};
}

bool FileImport::stageUpsert(qint64 line, Row &row, WriteBatch &batch)
{
    if (!checkReferences(line, row))
        return false;
    // Holdings without an id of their own are keyed by customer, product, account and open date.
    if (m_kind == FileKind::Holdings && !row.v[idx(Field::HoldingId)].set) {
        std::string &key = row.buffer[idx(Field::HoldingId)];
        key.assign(row.v[idx(Field::CustomerId)].text).append("|").append(row.v[idx(Field::ProductCode)].text).append("|");
        key.append(row.v[idx(Field::AccountId)].text).append("|").append(row.v[idx(Field::OpenDate)].text);
        row.v[idx(Field::HoldingId)] = {true, key, 0};
    }
    if (m_kind == FileKind::Balances && m_fieldColumn[idx(Field::Aum)] < 0) {
        std::int64_t aum = 0;
        for (Field part : kAumParts)
            aum += row.v[idx(part)].number;
        row.v[idx(Field::Aum)] = {true, {}, aum};
    }
    batch.beginOp(line, m_keyColumn);
    for (Field f : m_bound) {
        const Row::Value &v = row.v[idx(f)];
        const ValueType t = fieldInfo(f).type;
        const bool numeric = t == ValueType::Money || t == ValueType::Integer || t == ValueType::RiskLevel;
        if (m_kind == FileKind::Balances && t == ValueType::Money)
            batch.addInt(v.number); // absent parts are 0
        else if (!v.set)
            batch.addNull();
        else if (numeric)
            batch.addInt(v.number);
        else
            batch.addText(v.text);
    }
    batch.addInt(m_ctx.importId);
    return true;
}

bool FileImport::stageTransaction(qint64 line, Row &row, WriteBatch &batch)
{
    if (!checkReferences(line, row))
        return false;
    const Row::Value &customer = row.v[idx(Field::CustomerId)];
    const Row::Value &account = row.v[idx(Field::AccountId)];
    std::int64_t amount = row.v[idx(Field::Amount)].number;
    if (row.v[idx(Field::Direction)].set && row.v[idx(Field::Direction)].number < 0)
        amount = -std::abs(amount);
    else if (row.v[idx(Field::Direction)].set)
        amount = std::abs(amount);
    const Row::Value &ref = row.v[idx(Field::TxnId)];
    const Row::Value &date = row.v[idx(Field::TxnDate)];

    Hasher base;
    if (ref.set) {
        base.add(std::string_view("ref"));
        base.add(ref.text);
    } else {
        base.add(customer.text);
        base.add(account.text);
        base.add(date.text);
        base.add(amount);
        base.add(row.v[idx(Field::Channel)].text);
        base.add(row.v[idx(Field::TxnType)].text);
    }
    KeyTable &keys = *m_ctx.keys;
    std::uint64_t key = 0;
    for (std::int64_t occurrence = 0;; ++occurrence) {
        Hasher h = base;
        if (!ref.set)
            h.add(occurrence);
        key = KeyTable::normalize(static_cast<std::uint64_t>(h.finish()));
        const std::uint64_t state = keys.state(key);
        if (state == 0)
            break;
        if (ref.set && (state == KeyTable::ThisFile || state == KeyTable::Consumed)) {
            rejectField(line, Field::TxnId, ref.text, Tr::tr("Duplicate transaction id: it appears earlier in the file."));
            return false;
        }
        // An identical row earlier in this file took this occurrence number: try the next.
        if (state == KeyTable::ThisFile || state == KeyTable::Consumed)
            continue;
        // In the workspace already (an earlier import or an overlapping file): matched once.
        keys.set(key, KeyTable::Consumed);
        ++m_duplicates;
        return true;
    }
    keys.set(key, KeyTable::ThisFile);
    if (!m_anyTxn || date.number < m_minTxn)
        m_minTxn = static_cast<Day>(date.number);
    if (!m_anyTxn || date.number > m_maxTxn)
        m_maxTxn = static_cast<Day>(date.number);
    m_anyTxn = true;

    const auto textOrNull = [&](const Row::Value &v) {
        if (v.set)
            batch.addText(v.text);
        else
            batch.addNull();
    };
    batch.beginOp(line, 0);
    batch.addInt(static_cast<std::int64_t>(key));
    batch.addText(customer.text);
    textOrNull(account);
    batch.addText(date.text);
    batch.addInt(amount);
    textOrNull(row.v[idx(Field::Channel)]);
    textOrNull(row.v[idx(Field::TxnType)]);
    textOrNull(ref);
    batch.addInt(m_ctx.importId);
    return true;
}

Status FileImport::execute(const WriteBatch &batch, Counters &counters)
{
    sqlite3_stmt *st = m_write.handle();
    const int paramCount = sqlite3_bind_parameter_count(st);
    const bool upsert = m_kind != FileKind::Transactions;
    for (const WriteBatch::Op &op : batch.ops) {
        for (int i = 0; i < paramCount; ++i) {
            const WriteBatch::Param &p = batch.params[op.firstParam + static_cast<std::uint32_t>(i)];
            switch (p.type) {
            case WriteBatch::Param::Null:
                sqlite3_bind_null(st, i + 1);
                break;
            case WriteBatch::Param::Int:
                sqlite3_bind_int64(st, i + 1, p.number);
                break;
            case WriteBatch::Param::Text:
                sqlite3_bind_text(st, i + 1, batch.arena.data() + p.offset, static_cast<int>(p.length), SQLITE_STATIC);
                break;
            }
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc == SQLITE_DONE) {
            if (!upsert || sqlite3_changes(m_ctx.db) > 0) {
                ++counters.changed; // an upsert's insert or update: told apart at the end of the file
                continue;
            }
            // Nothing changed: the same key earlier in this file, or an unchanged row from before.
            m_lookupImport.reset();
            for (std::size_t i = 0; i < keyCount(m_kind); ++i) {
                const WriteBatch::Param &p = batch.params[op.firstParam + i];
                m_lookupImport.bind(static_cast<int>(i + 1), batch.text(p));
            }
            const bool thisFile = m_lookupImport.step() && m_lookupImport.int64(0) == m_ctx.importId;
            m_lookupImport.reset();
            if (thisFile) {
                const QString value = shown(batch.text(batch.params[op.firstParam]));
                recordRejection(op.line, op.keyColumn, value, m_duplicateKeyReason);
                ++counters.rejected;
            } else {
                ++counters.unchanged;
            }
            continue;
        }
        if ((rc & 0xFF) == SQLITE_CONSTRAINT) {
            recordRejection(op.line, 0, QString(),
                            Tr::tr("The row breaks a rule of the workspace: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_ctx.db))));
            ++counters.rejected;
            continue;
        }
        return store::sqliteError(m_ctx.db, Tr::tr("Writing line %1").arg(op.line));
    }
    return {};
}

} // namespace tierwise::ingest
