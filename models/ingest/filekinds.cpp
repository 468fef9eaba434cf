#include "ingest/filekinds.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <iterator>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::FileKind)
};

} // namespace

namespace tierwise::ingest {
namespace {

constexpr std::array<FieldInfo, static_cast<std::size_t>(Field::Count_)> kFields{{
    {Field::Ignore, "ignore", ValueType::Text},
    {Field::CustomerId, "customer_id", ValueType::Key},
    {Field::AccountId, "account_id", ValueType::Key},
    {Field::BranchId, "branch_id", ValueType::Key},
    {Field::BranchName, "branch_name", ValueType::Text},
    {Field::City, "city", ValueType::Text},
    {Field::Region, "region", ValueType::Text},
    {Field::BranchType, "branch_type", ValueType::Text},
    {Field::ProductCode, "product_code", ValueType::Key},
    {Field::ProductName, "product_name", ValueType::Text},
    {Field::ProductType, "product_type", ValueType::Text},
    {Field::RiskLevel, "risk_level", ValueType::RiskLevel},
    {Field::MarginBps, "margin_bps", ValueType::Integer},
    {Field::TermMonths, "term_months", ValueType::Integer},
    {Field::Name, "name", ValueType::Text},
    {Field::Gender, "gender", ValueType::Gender},
    {Field::BirthDate, "birth_date", ValueType::Date},
    {Field::Age, "age", ValueType::Integer},
    {Field::Occupation, "occupation", ValueType::Text},
    {Field::Education, "education", ValueType::Text},
    {Field::IncomeBand, "income_band", ValueType::Text},
    {Field::RmId, "rm_id", ValueType::Text},
    {Field::OpenDate, "open_date", ValueType::Date},
    {Field::CloseDate, "close_date", ValueType::Date},
    {Field::CreditRating, "credit_rating", ValueType::Text},
    {Field::ChannelPref, "channel_pref", ValueType::Text},
    {Field::Phone, "phone", ValueType::Text},
    {Field::IdNumber, "id_number", ValueType::Text},
    {Field::Month, "month", ValueType::Month},
    {Field::BalanceDate, "balance_date", ValueType::Date},
    {Field::Current, "current", ValueType::Money},
    {Field::Term, "term", ValueType::Money},
    {Field::OtherDeposit, "deposits", ValueType::Money},
    {Field::Wealth, "wealth", ValueType::Money},
    {Field::Fund, "fund", ValueType::Money},
    {Field::Insurance, "insurance", ValueType::Money},
    {Field::Loan, "loan", ValueType::Money},
    {Field::Aum, "aum", ValueType::Money},
    {Field::HoldingId, "holding_id", ValueType::Key},
    {Field::MaturityDate, "maturity_date", ValueType::Date},
    {Field::Balance, "balance", ValueType::Money},
    {Field::TxnId, "txn_id", ValueType::Key},
    {Field::TxnDate, "txn_date", ValueType::Date},
    {Field::Amount, "amount", ValueType::Money},
    {Field::Direction, "direction", ValueType::Direction},
    {Field::Channel, "channel", ValueType::Text},
    {Field::TxnType, "txn_type", ValueType::Text},
}};

// Header spellings per field (normalised on lookup). DOMAIN.md §1 lists the common ones.
struct Synonyms
{
    Field field;
    std::initializer_list<const char *> names;
};

const Synonyms kSynonyms[] = {
    {Field::CustomerId, {"customer_id", "customer", "cust_id", "custid", "cust_no", "customer_no", "customer_number",
                         "client_id", "客户号", "客户编号", "客户代码", "客户id", "客户编码", "客戶號", "客戶編號",
                         "客戶代碼", "客戶id", "客戶編碼", "客户帐号", "客户账号号码"}},
    {Field::AccountId, {"account_id", "account", "account_no", "account_number", "acct_no", "acct_id", "acct",
                        "账号", "帐号", "账户", "账户号", "賬號", "帳號", "帳戶", "帳戶號", "卡号", "卡號"}},
    {Field::BranchId, {"branch_id", "branch", "branch_code", "branch_no", "所属网点", "所属支行", "网点",
                       "网点号", "网点代码", "网点编号", "支行", "机构号", "所屬網點", "所屬支行", "網點", "網點號",
                       "網點代碼", "網點編號", "分行", "機構號", "所属机构", "所屬機構", "开户网点", "開戶網點"}},
    {Field::BranchName, {"branch_name", "网点名称", "支行名称", "網點名稱", "支行名稱", "机构名称", "機構名稱"}},
    {Field::City, {"city", "城市", "所在城市"}},
    {Field::Region, {"region", "area", "区域", "地区", "區域", "地區"}},
    {Field::BranchType, {"branch_type", "网点类型", "網點類型"}},
    {Field::ProductCode, {"product_code", "product", "product_id", "prod_code", "产品代码", "产品编号", "产品号",
                          "產品代碼", "產品編號", "產品號"}},
    {Field::ProductName, {"product_name", "产品名称", "產品名稱"}},
    {Field::ProductType, {"product_type", "产品类型", "产品类别", "產品類型", "產品類別"}},
    {Field::RiskLevel, {"risk_level", "risk", "risk_tolerance", "risk_profile", "风险等级", "风险承受能力",
                        "风险偏好", "风险评级", "風險等級", "風險承受能力", "風險偏好", "風險評級"}},
    {Field::MarginBps, {"margin_bps", "margin", "利差基点", "利差", "利差基點"}},
    {Field::TermMonths, {"term_months", "期限月数", "期限", "期限月數"}},
    {Field::Name, {"name", "customer_name", "full_name", "姓名", "客户名称", "客户姓名", "名称", "客戶名稱",
                   "客戶姓名", "名稱"}},
    {Field::Gender, {"gender", "sex", "性别", "性別"}},
    {Field::BirthDate, {"birth_date", "birthdate", "date_of_birth", "dob", "birthday", "出生日期", "生日"}},
    {Field::Age, {"age", "年龄", "年齡"}},
    {Field::Occupation, {"occupation", "job", "profession", "职业", "職業"}},
    {Field::Education, {"education", "学历", "學歷", "教育程度"}},
    {Field::IncomeBand, {"income_band", "income", "annual_income", "年收入", "收入", "收入水平"}},
    {Field::RmId, {"rm_id", "rm", "relationship_manager", "manager", "客户经理", "客戶經理", "理财经理",
                   "理財經理", "客户经理号", "客戶經理號"}},
    {Field::OpenDate, {"open_date", "opened", "opening_date", "start_date", "开户日期", "開戶日期", "开立日",
                       "開立日", "开立日期", "開立日期", "起息日"}},
    {Field::CloseDate, {"close_date", "closed", "closing_date", "销户日期", "銷戶日期"}},
    {Field::CreditRating, {"credit_rating", "rating", "credit_score", "score", "信用等级", "信用評級", "信用等級",
                           "评分", "評分", "信用评级"}},
    {Field::ChannelPref, {"channel_pref", "preferred_channel", "偏好渠道"}},
    {Field::Phone, {"phone", "mobile", "手机号", "手機號", "电话", "電話"}},
    {Field::IdNumber, {"id_number", "id_no", "证件号码", "證件號碼", "身份证号", "身份證號"}},
    {Field::Month, {"month", "period", "月份", "统计月份", "統計月份", "数据月份", "數據月份"}},
    {Field::BalanceDate, {"balance_date", "as_of", "snapshot_date", "数据日期", "統計日期", "统计日期", "數據日期",
                          "余额日期", "餘額日期"}},
    {Field::Current, {"current", "current_balance", "demand", "活期", "活期余额", "活期存款", "活期餘額"}},
    {Field::Term, {"term", "term_balance", "time_deposit", "定期", "定期余额", "定期存款", "定期餘額"}},
    {Field::OtherDeposit, {"deposits", "deposit", "deposit_balance", "存款余额", "存款", "存款餘額"}},
    {Field::Wealth, {"wealth", "wealth_management", "理财", "理财余额", "理財", "理財餘額"}},
    {Field::Fund, {"fund", "funds", "基金", "基金余额", "基金餘額"}},
    {Field::Insurance, {"insurance", "保险", "保险余额", "保險", "保險餘額"}},
    {Field::Loan, {"loan", "loans", "loan_balance", "贷款余额", "贷款", "貸款餘額", "貸款"}},
    {Field::Aum, {"aum", "total_assets", "资产管理规模", "金融资产", "资产总额", "資產管理規模", "金融資產", "資產總額"}},
    {Field::HoldingId, {"holding_id", "position_id", "持仓编号", "持倉編號"}},
    {Field::MaturityDate, {"maturity_date", "maturity", "due_date", "到期日", "到期日期"}},
    {Field::Balance, {"balance", "holding_amount", "market_value", "持有金额", "持仓金额", "余额", "持有金額",
                      "持倉金額", "餘額"}},
    {Field::TxnId, {"txn_id", "transaction_id", "trans_id", "txn_ref", "reference", "流水号", "交易流水号",
                    "流水號", "交易流水號"}},
    {Field::TxnDate, {"txn_date", "transaction_date", "trans_date", "date", "交易日期", "日期", "交易日"}},
    {Field::Amount, {"amount", "txn_amount", "transaction_amount", "value", "交易金额", "金额", "交易金額",
                     "金額", "发生额", "發生額"}},
    {Field::Direction, {"direction", "debit_credit", "dr_cr", "借贷标志", "借貸標誌", "收支"}},
    {Field::Channel, {"channel", "渠道", "交易渠道"}},
    {Field::TxnType, {"txn_type", "transaction_type", "type", "交易类型", "交易類型", "类型", "類型"}},
};

QString normalizeHeader(const QString &header)
{
    QString h = header.trimmed().toCaseFolded();
    // Drop a parenthesised unit: "余额(元)", "金额（万元）".
    for (const auto &[open, close] : {std::pair{QChar(u'('), QChar(u')')}, std::pair{QChar(u'（'), QChar(u'）')}}) {
        const qsizetype a = h.indexOf(open);
        const qsizetype b = h.lastIndexOf(close);
        if (a > 0 && b > a)
            h.remove(a, b - a + 1);
    }
    QString out;
    out.reserve(h.size());
    for (QChar c : std::as_const(h)) {
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == QChar(0x3000))
            continue;
        out.append(c);
    }
    return out;
}

const QHash<QString, Field> &synonymTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> t;
        for (const Synonyms &s : kSynonyms)
            for (const char *n : s.names)
                t.insert(normalizeHeader(QString::fromUtf8(n)), s.field);
        return t;
    }();
    return table;
}

using F = Field;

const std::vector<KindSpec> kKinds = {
    {FileKind::Branches, {F::BranchId, F::BranchName, F::City, F::Region, F::BranchType}, {{F::BranchId}}},
    {FileKind::Products,
     {F::ProductCode, F::ProductName, F::ProductType, F::RiskLevel, F::MarginBps, F::TermMonths},
     {{F::ProductCode}, {F::ProductType, F::ProductName}}},
    {FileKind::Customers,
     {F::CustomerId, F::Name, F::Gender, F::BirthDate, F::Age, F::Occupation, F::Education, F::IncomeBand,
      F::BranchId, F::RmId, F::OpenDate, F::RiskLevel, F::CreditRating, F::ChannelPref, F::Phone, F::IdNumber},
     {{F::CustomerId}}},
    {FileKind::Accounts, {F::AccountId, F::CustomerId, F::ProductCode, F::OpenDate, F::CloseDate},
     {{F::AccountId}, {F::CustomerId}}},
    {FileKind::Balances,
     {F::CustomerId, F::Month, F::BalanceDate, F::Current, F::Term, F::OtherDeposit, F::Wealth, F::Fund,
      F::Insurance, F::Loan, F::Aum},
     {{F::CustomerId}, {F::Month, F::BalanceDate},
      {F::Current, F::Term, F::OtherDeposit, F::Wealth, F::Fund, F::Insurance, F::Loan, F::Aum}}},
    {FileKind::Holdings,
     {F::HoldingId, F::CustomerId, F::AccountId, F::ProductCode, F::OpenDate, F::MaturityDate, F::CloseDate,
      F::Balance},
     {{F::CustomerId, F::AccountId}, {F::ProductCode}, {F::MaturityDate, F::Balance}}},
    {FileKind::Transactions,
     {F::TxnId, F::CustomerId, F::AccountId, F::TxnDate, F::Amount, F::Direction, F::Channel, F::TxnType},
     {{F::CustomerId, F::AccountId}, {F::TxnDate}, {F::Amount}}},
};

} // namespace

QString fileKindName(FileKind kind)
{
    switch (kind) {
    case FileKind::Branches: return QStringLiteral("branches");
    case FileKind::Products: return QStringLiteral("products");
    case FileKind::Customers: return QStringLiteral("customers");
    case FileKind::Accounts: return QStringLiteral("accounts");
    case FileKind::Balances: return QStringLiteral("balances");
    case FileKind::Holdings: return QStringLiteral("holdings");
    case FileKind::Transactions: return QStringLiteral("transactions");
    case FileKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString fileKindDisplayName(FileKind kind)
{
    switch (kind) {
    case FileKind::Branches: return Tr::tr("branches");
    case FileKind::Products: return Tr::tr("products");
    case FileKind::Customers: return Tr::tr("customers");
    case FileKind::Accounts: return Tr::tr("accounts");
    case FileKind::Balances: return Tr::tr("balances");
    case FileKind::Holdings: return Tr::tr("holdings");
    case FileKind::Transactions: return Tr::tr("transactions");
    case FileKind::Unknown: break;
    }
    return Tr::tr("unknown");
}

std::optional<FileKind> fileKindFromName(const QString &name)
{
    for (const KindSpec &k : kKinds)
        if (fileKindName(k.kind) == name.trimmed().toLower())
            return k.kind;
    return std::nullopt;
}

int fileKindOrder(FileKind kind)
{
    return static_cast<int>(kind);
}

const FieldInfo &fieldInfo(Field field)
{
    return kFields[static_cast<std::size_t>(field)];
}

std::optional<Field> fieldFromName(const QString &canonicalName)
{
    const QByteArray n = canonicalName.trimmed().toLower().toUtf8();
    for (const FieldInfo &f : kFields)
        if (n == f.name)
            return f.field;
    return std::nullopt;
}

QString fieldDisplayName(Field field)
{
    switch (field) {
    case F::CustomerId: return Tr::tr("customer id");
    case F::AccountId: return Tr::tr("account id");
    case F::BranchId: return Tr::tr("branch");
    case F::BranchName: return Tr::tr("branch name");
    case F::ProductCode: return Tr::tr("product code");
    case F::ProductName: return Tr::tr("product name");
    case F::ProductType: return Tr::tr("product type");
    case F::RiskLevel: return Tr::tr("risk level");
    case F::Name: return Tr::tr("name");
    case F::Gender: return Tr::tr("gender");
    case F::BirthDate: return Tr::tr("birth date");
    case F::Age: return Tr::tr("age");
    case F::OpenDate: return Tr::tr("open date");
    case F::CloseDate: return Tr::tr("close date");
    case F::Month: return Tr::tr("month");
    case F::BalanceDate: return Tr::tr("balance date");
    case F::MaturityDate: return Tr::tr("maturity date");
    case F::Balance: return Tr::tr("balance");
    case F::TxnId: return Tr::tr("transaction id");
    case F::TxnDate: return Tr::tr("transaction date");
    case F::Amount: return Tr::tr("amount");
    case F::Direction: return Tr::tr("debit/credit");
    case F::Current: return Tr::tr("current deposits");
    case F::Term: return Tr::tr("term deposits");
    default: break;
    }
    return QString::fromLatin1(fieldInfo(field).name);
}

QString fieldHeaderExamples(Field field)
{
    for (const Synonyms &s : kSynonyms) {
        if (s.field != field)
            continue;
        QStringList names;
        // The canonical name, then the first Simplified and Traditional spellings.
        names << QString::fromLatin1(fieldInfo(field).name);
        for (const char *n : s.names) {
            const QString name = QString::fromUtf8(n);
            if (name.at(0).unicode() >= 0x2E80 && names.size() < 3)
                names << name;
        }
        return names.join(QStringLiteral(" / "));
    }
    return QString::fromLatin1(fieldInfo(field).name);
}

std::optional<Field> fieldForHeader(const QString &header)
{
    const auto &t = synonymTable();
    const auto it = t.constFind(normalizeHeader(header));
    if (it == t.constEnd())
        return std::nullopt;
    return *it;
}

const KindSpec &kindSpec(FileKind kind)
{
    for (const KindSpec &k : kKinds)
        if (k.kind == kind)
            return k;
    static const KindSpec unknown{FileKind::Unknown, {}, {}};
    return unknown;
}

const std::vector<KindSpec> &allKindSpecs()
{
    return kKinds;
}

Field fieldForKind(Field field, FileKind kind)
{
    switch (kind) {
    case FileKind::Branches:
        if (field == F::Name) return F::BranchName;
        if (field == F::TxnType) return F::BranchType;
        break;
    case FileKind::Products:
        if (field == F::Name) return F::ProductName;
        if (field == F::TxnType) return F::ProductType;
        break;
    case FileKind::Balances:
        if (field == F::TxnDate) return F::BalanceDate;
        if (field == F::Balance) return F::OtherDeposit;
        break;
    case FileKind::Holdings:
        if (field == F::TxnDate) return F::OpenDate;
        if (field == F::Amount) return F::Balance;
        break;
    default:
        break;
    }
    return field;
}

FileKind recognizeKind(const std::vector<std::optional<Field>> &headerFields, QString *why)
{
    FileKind best = FileKind::Unknown;
    int bestScore = 0;
    for (const KindSpec &k : kKinds) {
        std::vector<Field> present;
        for (const auto &f : headerFields)
            if (f && *f != F::Ignore)
                present.push_back(fieldForKind(*f, k.kind));
        const auto has = [&](Field f) { return std::find(present.begin(), present.end(), f) != present.end(); };
        const bool satisfied = std::all_of(k.required.begin(), k.required.end(), [&](const std::vector<Field> &alt) {
            return std::any_of(alt.begin(), alt.end(), has);
        });
        if (!satisfied)
            continue;
        int score = 0;
        for (Field f : present)
            score += std::find(k.fields.begin(), k.fields.end(), f) != k.fields.end() ? 2 : -1;
        // Later kinds are more specific (they need more): they win ties.
        if (best == FileKind::Unknown || score >= bestScore) {
            best = k.kind;
            bestScore = score;
        }
    }
    // A column that only a transactions, balances or holdings file has (a transaction date, an
    // amount, a month, a maturity date) in a file read as another kind means a column that kind
    // requires was not recognised: better to ask than to import transactions as customers.
    if (best != FileKind::Unknown) {
        static const Field kDefining[] = {F::TxnDate, F::Amount, F::TxnId, F::Direction, F::Month, F::BalanceDate, F::MaturityDate};
        const KindSpec &chosen = kindSpec(best);
        for (const auto &f : headerFields) {
            if (!f)
                continue;
            const Field field = fieldForKind(*f, best);
            const bool defining = std::find(std::begin(kDefining), std::end(kDefining), field) != std::end(kDefining);
            if (defining && std::find(chosen.fields.begin(), chosen.fields.end(), field) == chosen.fields.end()) {
                best = FileKind::Unknown;
                break;
            }
        }
    }
    if (best == FileKind::Unknown && why) {
        *why = Tr::tr("The header does not name the columns of any known file kind. A customers file needs a "
                      "customer id (%1); a transactions file a customer or account id, a transaction date (%2) "
                      "and an amount (%3); a balances file a customer id, a month (%4) and balance columns. "
                      "Use a mapping file (--mapping) to name the columns.")
                   .arg(fieldHeaderExamples(F::CustomerId), fieldHeaderExamples(F::TxnDate),
                        fieldHeaderExamples(F::Amount), fieldHeaderExamples(F::Month));
    }
    return best;
}

} // namespace tierwise::ingest
