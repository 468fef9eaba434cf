#include "planning/strategy.h"

#include "analytics/rulejson.h"
#include "privacy/audit.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <sqlite3.h>

#include <algorithm>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::planning::Strategy)
};
} // namespace

namespace tierwise::planning {

namespace {

QStringList cleanList(const QStringList &in)
{
    QStringList out;
    for (const QString &s : in) {
        const QString t = s.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

// Between the items of a list ("A, B" / "A、B") and between phrases ("A; B" / "A；B").
QString listSeparator()
{
    return Tr::tr(", ", "between the items of a list");
}

QString phraseSeparator()
{
    return Tr::tr("; ", "between phrases of a list (events, fee waivers)");
}

bool sameDouble(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString percent(double fraction)
{
    return std::isnan(fraction) ? Tr::tr("no target") : QLocale().toString(fraction * 100, 'f', 1) + QStringLiteral(" %");
}

QString listJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QJsonValue targetJson(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

double targetFromJson(const QJsonValue &v)
{
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

constexpr const char *kColumns =
    "strategy_id, segment_key, ifnull(branch_id, ''), version, objective, products, channels, cadence, "
    "service_level, pricing, events, kpis, budget_cents, updated_at, notes, author";

Strategy readRow(const store::Statement &st)
{
    Strategy s;
    s.strategyId = st.int64(0);
    s.segmentKey = st.text(1);
    s.branchId = st.text(2);
    s.version = int(st.int64(3));
    s.objective = st.text(4);
    s.products = listFromJson(st.text(5));
    s.channels = listFromJson(st.text(6));
    s.cadence = st.text(7);
    s.serviceLevel = st.text(8);
    const QJsonObject pricing = QJsonDocument::fromJson(st.text(9).toUtf8()).object();
    s.depositPremiumBp = pricing.value(QLatin1String("deposit_premium_bp")).toInt();
    s.loanDiscountBp = pricing.value(QLatin1String("loan_discount_bp")).toInt();
    for (const QJsonValue &v : pricing.value(QLatin1String("fee_waivers")).toArray())
        s.feeWaivers << v.toString();
    s.events = listFromJson(st.text(10));
    const QJsonObject kpis = QJsonDocument::fromJson(st.text(11).toUtf8()).object();
    s.reachTarget = targetFromJson(kpis.value(QLatin1String("reach")));
    s.participationTarget = targetFromJson(kpis.value(QLatin1String("participation")));
    s.conversionTarget = targetFromJson(kpis.value(QLatin1String("conversion")));
    s.aumGrowthTarget = targetFromJson(kpis.value(QLatin1String("aum_growth")));
    s.budgetPerCustomer = st.isNull(12) ? 0.0 : double(st.int64(12)) / 100.0;
    s.savedAt = st.text(13);
    s.notes = st.text(14);
    s.author = st.text(15);
    return s;
}

Status validate(const Strategy &s)
{
    if (s.segmentKey.trimmed().isEmpty())
        return Error::badInput(Tr::tr("A strategy needs the segment it is for."));
    if (s.depositPremiumBp < 0 || s.loanDiscountBp < 0)
        return Error::badInput(Tr::tr("Pricing concessions cannot be negative."));
    if (!(s.budgetPerCustomer >= 0) || !std::isfinite(s.budgetPerCustomer))
        return Error::badInput(Tr::tr("The budget per customer must be zero or more."));
    for (const Field f : {Field::ReachTarget, Field::ParticipationTarget, Field::ConversionTarget}) {
        const double v = s.value(f).toDouble();
        if (!std::isnan(v) && (v < 0 || v > 1))
            return Error::badInput(Tr::tr("%1 must be between 0 % and 100 %.").arg(fieldLabel(f)));
    }
    if (!std::isnan(s.aumGrowthTarget) && (s.aumGrowthTarget < -1 || !std::isfinite(s.aumGrowthTarget)))
        return Error::badInput(Tr::tr("%1 must be above −100 %.").arg(fieldLabel(Field::AumGrowthTarget)));
    return {};
}

} // namespace

// ---- fields ----

QVariant Strategy::value(Field field) const
{
    switch (field) {
    case Field::Objective: return objective;
    case Field::Products: return products;
    case Field::Channels: return channels;
    case Field::Cadence: return cadence;
    case Field::ServiceLevel: return serviceLevel;
    case Field::DepositPremiumBp: return depositPremiumBp;
    case Field::FeeWaivers: return feeWaivers;
    case Field::LoanDiscountBp: return loanDiscountBp;
    case Field::Events: return events;
    case Field::ReachTarget: return reachTarget;
    case Field::ParticipationTarget: return participationTarget;
    case Field::ConversionTarget: return conversionTarget;
    case Field::AumGrowthTarget: return aumGrowthTarget;
    case Field::BudgetPerCustomer: return budgetPerCustomer;
    case Field::Notes: return notes;
    case Field::Count_: break;
    }
    return {};
}

void Strategy::setValue(Field field, const QVariant &v)
{
    const auto number = [&v] {
        bool ok = false;
        const double d = v.toDouble(&ok);
        return ok ? d : std::numeric_limits<double>::quiet_NaN();
    };
    switch (field) {
    case Field::Objective: objective = v.toString(); break;
    case Field::Products: products = cleanList(v.toStringList()); break;
    case Field::Channels: channels = cleanList(v.toStringList()); break;
    case Field::Cadence: cadence = v.toString(); break;
    case Field::ServiceLevel: serviceLevel = v.toString(); break;
    case Field::DepositPremiumBp: depositPremiumBp = v.toInt(); break;
    case Field::FeeWaivers: feeWaivers = cleanList(v.toStringList()); break;
    case Field::LoanDiscountBp: loanDiscountBp = v.toInt(); break;
    case Field::Events: events = cleanList(v.toStringList()); break;
    case Field::ReachTarget: reachTarget = number(); break;
    case Field::ParticipationTarget: participationTarget = number(); break;
    case Field::ConversionTarget: conversionTarget = number(); break;
    case Field::AumGrowthTarget: aumGrowthTarget = number(); break;
    case Field::BudgetPerCustomer: budgetPerCustomer = v.toDouble(); break;
    case Field::Notes: notes = v.toString(); break;
    case Field::Count_: break;
    }
}

bool Strategy::sameValue(Field field, const Strategy &other) const
{
    const QVariant a = value(field), b = other.value(field);
    if (a.typeId() == QMetaType::Double)
        return sameDouble(a.toDouble(), b.toDouble());
    return a == b;
}

std::vector<Field> differences(const Strategy &a, const Strategy &b)
{
    std::vector<Field> out;
    for (int f = 0; f < Strategy::kFields; ++f)
        if (!a.sameValue(Field(f), b))
            out.push_back(Field(f));
    return out;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Objective: return Tr::tr("Objective");
    case Field::Products: return Tr::tr("Products to offer");
    case Field::Channels: return Tr::tr("Channels");
    case Field::Cadence: return Tr::tr("Contact cadence");
    case Field::ServiceLevel: return Tr::tr("Service level");
    case Field::DepositPremiumBp: return Tr::tr("Deposit rate premium (bp)");
    case Field::FeeWaivers: return Tr::tr("Fee waivers");
    case Field::LoanDiscountBp: return Tr::tr("Loan rate discount (bp)");
    case Field::Events: return Tr::tr("Events");
    case Field::ReachTarget: return Tr::tr("Reach target");
    case Field::ParticipationTarget: return Tr::tr("Participation target");
    case Field::ConversionTarget: return Tr::tr("Conversion rate target");
    case Field::AumGrowthTarget: return Tr::tr("AUM growth target");
    case Field::BudgetPerCustomer: return Tr::tr("Budget per customer");
    case Field::Notes: return Tr::tr("Notes");
    case Field::Count_: break;
    }
    return {};
}

QString displayValue(Field field, const QVariant &value)
{
    const QLocale locale;
    switch (field) {
    case Field::Channels: {
        QStringList labels;
        for (const QString &k : value.toStringList())
            labels << channelLabel(k);
        return labels.join(listSeparator());
    }
    case Field::Products: case Field::FeeWaivers: case Field::Events:
        return value.toStringList().join(listSeparator());
    case Field::Cadence: return cadenceLabel(value.toString());
    case Field::ServiceLevel: return serviceLevelLabel(value.toString());
    case Field::DepositPremiumBp: case Field::LoanDiscountBp:
        return Tr::tr("%1 bp").arg(locale.toString(value.toInt()));
    case Field::ReachTarget: case Field::ParticipationTarget: case Field::ConversionTarget: case Field::AumGrowthTarget:
        return percent(value.toDouble());
    case Field::BudgetPerCustomer: return locale.toString(value.toDouble(), 'f', 2);
    default: return value.toString();
    }
}

namespace {

// The choices of a field: key and label (translated when shown).
struct Choice
{
    const char *key;
    const char *label;
};

constexpr Choice kChannels[] = {
    {"rm", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Relationship manager")},
    {"branch", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Branch")},
    {"phone", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Phone")},
    {"mobile", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Mobile banking")},
    {"wechat", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "WeChat")},
    {"sms", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "SMS")},
    {"email", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "E-mail")},
    {"events", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Events")},
};
constexpr Choice kCadences[] = {
    {"weekly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Weekly")},
    {"fortnightly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Every two weeks")},
    {"monthly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Monthly")},
    {"quarterly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Quarterly")},
    {"half_yearly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Every six months")},
    {"yearly", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Yearly")},
};
constexpr Choice kServiceLevels[] = {
    {"private_banker", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Dedicated RM and investment adviser")},
    {"service_team", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Service team with a named contact")},
    {"standard", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Standard branch service")},
    {"digital", QT_TRANSLATE_NOOP("tierwise::planning::Strategy", "Digital first")},
};

template<std::size_t N>
QStringList keysOf(const Choice (&choices)[N])
{
    QStringList keys;
    for (const Choice &c : choices)
        keys << QLatin1String(c.key);
    return keys;
}

// The label of a key; an unknown key as it is; no key: "(not set)" where asked.
template<std::size_t N>
QString labelOf(const Choice (&choices)[N], const QString &key, bool notSet)
{
    for (const Choice &c : choices)
        if (key == QLatin1String(c.key))
            return Tr::tr(c.label);
    return key.isEmpty() && notSet ? Tr::tr("(not set)") : key;
}

} // namespace

QStringList channelKeys() { return keysOf(kChannels); }
QString channelLabel(const QString &key) { return labelOf(kChannels, key, false); }
QStringList cadenceKeys() { return keysOf(kCadences); }
QString cadenceLabel(const QString &key) { return labelOf(kCadences, key, true); }
QStringList serviceLevelKeys() { return keysOf(kServiceLevels); }
QString serviceLevelLabel(const QString &key) { return labelOf(kServiceLevels, key, true); }

QStringList describe(const Strategy &s, const std::vector<Product> &catalogue)
{
    QStringList lines;
    const auto line = [&lines](Field f, const QString &text) {
        if (!text.trimmed().isEmpty())
            lines << Tr::tr("%1: %2").arg(fieldLabel(f), text.trimmed());
    };
    line(Field::Objective, s.objective);
    QStringList products;
    for (const QString &code : s.products) {
        const auto it = std::find_if(catalogue.begin(), catalogue.end(), [&](const Product &p) { return p.code == code; });
        products << (it == catalogue.end() || it->name.isEmpty() ? code : Tr::tr("%1 (%2)").arg(it->name, code));
    }
    line(Field::Products, products.join(listSeparator()));
    line(Field::Channels, displayValue(Field::Channels, s.channels));
    if (!s.cadence.isEmpty())
        line(Field::Cadence, cadenceLabel(s.cadence));
    if (!s.serviceLevel.isEmpty())
        line(Field::ServiceLevel, serviceLevelLabel(s.serviceLevel));
    if (s.depositPremiumBp > 0)
        line(Field::DepositPremiumBp, displayValue(Field::DepositPremiumBp, s.depositPremiumBp));
    line(Field::FeeWaivers, s.feeWaivers.join(phraseSeparator()));
    if (s.loanDiscountBp > 0)
        line(Field::LoanDiscountBp, displayValue(Field::LoanDiscountBp, s.loanDiscountBp));
    line(Field::Events, s.events.join(phraseSeparator()));
    QStringList targets;
    for (const Field f : {Field::ReachTarget, Field::ParticipationTarget, Field::ConversionTarget, Field::AumGrowthTarget})
        if (!std::isnan(s.value(f).toDouble()))
            targets << Tr::tr("%1 %2").arg(fieldLabel(f), displayValue(f, s.value(f)));
    if (!targets.isEmpty())
        lines << Tr::tr("Targets: %1").arg(targets.join(listSeparator()));
    if (s.budgetPerCustomer > 0)
        line(Field::BudgetPerCustomer, displayValue(Field::BudgetPerCustomer, s.budgetPerCustomer));
    line(Field::Notes, s.notes);
    return lines;
}

std::map<QString, analytics::BriefStrategy> briefStrategies(sqlite3 *db, const QString &segmentationKey,
                                                            const QString &branch)
{
    std::map<QString, analytics::BriefStrategy> out;
    Result<std::vector<Strategy>> latest = latestStrategies(db);
    Result<std::vector<Product>> catalogue = loadCatalogue(db);
    if (!latest || !catalogue)
        return out;
    const QString prefix = segmentationKey + QLatin1Char('/');
    // Bank-wide first, then the branch's overrides replace them (latest is ordered by key, branch).
    for (const bool overrides : {false, true})
        for (const Strategy &s : *latest) {
            if (!s.segmentKey.startsWith(prefix) || s.branchId.isEmpty() == overrides)
                continue;
            if (overrides && s.branchId != branch)
                continue;
            analytics::BriefStrategy b;
            b.title = overrides ? Tr::tr("Strategy for branch %1 (version %2, %3)").arg(s.branchId).arg(s.version).arg(s.savedAt.left(10))
                                : Tr::tr("Bank-wide strategy (version %1, %2)").arg(s.version).arg(s.savedAt.left(10));
            b.lines = describe(s, *catalogue);
            out[s.segmentKey.mid(prefix.size())] = b;
        }
    return out;
}

// ---- storage ----

Status saveStrategy(sqlite3 *db, Strategy &s)
{
    if (Status v = validate(s); !v)
        return v;
    store::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    store::Statement next(db, "SELECT ifnull(max(version), 0) + 1 FROM strategies "
                              "WHERE segment_key = ?1 AND ifnull(branch_id, '') = ?2");
    if (!next.ok())
        return next.error();
    next.bind(1, s.segmentKey).bind(2, s.branchId);
    if (!next.step())
        return next.error();
    const int version = int(next.int64(0));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString author = privacy::currentUser();
    QJsonArray waivers = QJsonArray::fromStringList(s.feeWaivers);
    const QJsonObject pricing{{QStringLiteral("deposit_premium_bp"), s.depositPremiumBp},
                              {QStringLiteral("loan_discount_bp"), s.loanDiscountBp},
                              {QStringLiteral("fee_waivers"), waivers}};
    const QJsonObject kpis{{QStringLiteral("reach"), targetJson(s.reachTarget)},
                           {QStringLiteral("participation"), targetJson(s.participationTarget)},
                           {QStringLiteral("conversion"), targetJson(s.conversionTarget)},
                           {QStringLiteral("aum_growth"), targetJson(s.aumGrowthTarget)}};
    store::Statement insert(db, "INSERT INTO strategies (segment_key, branch_id, version, objective, products, "
                                "channels, cadence, service_level, pricing, events, kpis, budget_cents, updated_at, "
                                "notes, author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!insert.ok())
        return insert.error();
    insert.bind(1, s.segmentKey);
    if (s.branchId.isEmpty())
        insert.bindNull(2);
    else
        insert.bind(2, s.branchId);
    insert.bind(3, version)
        .bind(4, s.objective)
        .bind(5, listJson(s.products))
        .bind(6, listJson(s.channels))
        .bind(7, s.cadence)
        .bind(8, s.serviceLevel)
        .bind(9, QString::fromUtf8(QJsonDocument(pricing).toJson(QJsonDocument::Compact)))
        .bind(10, listJson(s.events))
        .bind(11, QString::fromUtf8(QJsonDocument(kpis).toJson(QJsonDocument::Compact)))
        .bind(12, static_cast<std::int64_t>(std::llround(s.budgetPerCustomer * 100)))
        .bind(13, now)
        .bind(14, s.notes)
        .bind(15, author);
    if (Status r = insert.run(); !r)
        return r;
    const qint64 id = sqlite3_last_insert_rowid(db);
    if (Status c = tx.commit(); !c)
        return c;
    s.version = version;
    s.strategyId = id;
    s.savedAt = now;
    s.author = author;
    return {};
}

Result<std::vector<Strategy>> latestStrategies(sqlite3 *db)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
                           + " FROM strategies s WHERE version = (SELECT max(version) FROM strategies t"
                             " WHERE t.segment_key = s.segment_key AND ifnull(t.branch_id, '') = ifnull(s.branch_id, ''))"
                             " ORDER BY segment_key, ifnull(branch_id, '')";
    store::Statement st(db, sql.constData());
    if (!st.ok())
        return st.error();
    std::vector<Strategy> out;
    while (st.step())
        out.push_back(readRow(st));
    if (!st.error().message.isEmpty())
        return st.error();
    return out;
}

Result<std::vector<Strategy>> strategyHistory(sqlite3 *db, const QString &segmentKey, const QString &branchId)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
                           + " FROM strategies WHERE segment_key = ?1 AND ifnull(branch_id, '') = ?2 ORDER BY version DESC";
    store::Statement st(db, sql.constData());
    if (!st.ok())
        return st.error();
    st.bind(1, segmentKey).bind(2, branchId);
    std::vector<Strategy> out;
    while (st.step())
        out.push_back(readRow(st));
    if (!st.error().message.isEmpty())
        return st.error();
    return out;
}

// ---- templates ----

Result<std::vector<StrategyTemplate>> strategyTemplates(const QString &language)
{
    QFile file(QStringLiteral(":/tierwise/templates/strategy_templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::internal(Tr::tr("The strategy templates are missing from this build."));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QString lang = language == QLatin1String("zh_CN") || language == QLatin1String("zh_TW") ? language
                                                                                                    : QStringLiteral("en");
    const auto text = [&lang](const QJsonValue &v) {
        const QJsonObject o = v.toObject();
        return o.contains(lang) ? o.value(lang) : o.value(QLatin1String("en"));
    };
    const auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &e : v.toArray())
            out << e.toString();
        return out;
    };
    std::vector<StrategyTemplate> out;
    for (const QJsonValue &value : root.value(QLatin1String("templates")).toArray()) {
        const QJsonObject o = value.toObject();
        StrategyTemplate t;
        t.id = o.value(QLatin1String("id")).toString();
        t.name = text(o.value(QLatin1String("name"))).toString();
        t.appliesTo = strings(o.value(QLatin1String("applies_to")));
        t.productTypes = strings(o.value(QLatin1String("product_types")));
        t.maxProductRisk = o.value(QLatin1String("max_product_risk")).toInt(5);
        Strategy &s = t.strategy;
        s.objective = text(o.value(QLatin1String("objective"))).toString();
        s.channels = strings(o.value(QLatin1String("channels")));
        s.cadence = o.value(QLatin1String("cadence")).toString();
        s.serviceLevel = o.value(QLatin1String("service_level")).toString();
        s.depositPremiumBp = o.value(QLatin1String("deposit_premium_bp")).toInt();
        s.feeWaivers = strings(text(o.value(QLatin1String("fee_waivers"))));
        s.loanDiscountBp = o.value(QLatin1String("loan_discount_bp")).toInt();
        s.events = strings(text(o.value(QLatin1String("events"))));
        s.reachTarget = targetFromJson(o.value(QLatin1String("reach_target")));
        s.participationTarget = targetFromJson(o.value(QLatin1String("participation_target")));
        s.conversionTarget = targetFromJson(o.value(QLatin1String("conversion_target")));
        s.aumGrowthTarget = targetFromJson(o.value(QLatin1String("aum_growth_target")));
        s.budgetPerCustomer = o.value(QLatin1String("budget_per_customer")).toDouble();
        s.notes = text(o.value(QLatin1String("notes"))).toString();
        if (t.id.isEmpty() || t.name.isEmpty() || s.objective.isEmpty())
            return Error::internal(Tr::tr("A strategy template without an id, name or objective."));
        out.push_back(std::move(t));
    }
    if (out.empty())
        return Error::internal(Tr::tr("The strategy templates could not be read."));
    return out;
}

const StrategyTemplate *templateFor(const std::vector<StrategyTemplate> &templates, const QString &tierKey)
{
    for (const StrategyTemplate &t : templates)
        if (t.appliesTo.contains(tierKey))
            return &t;
    return nullptr;
}

// ---- catalogue and checks ----

Result<std::vector<Product>> loadCatalogue(sqlite3 *db)
{
    store::Statement st(db, "SELECT product_code, ifnull(name, ''), ifnull(product_type, 'other'), ifnull(risk_level, 0) "
                            "FROM products ORDER BY product_type, product_code");
    if (!st.ok())
        return st.error();
    std::vector<Product> out;
    while (st.step())
        out.push_back(Product{st.text(0), st.text(1), st.text(2), int(st.int64(3))});
    if (!st.error().message.isEmpty())
        return st.error();
    return out;
}

Strategy applyTemplate(const StrategyTemplate &tmpl, const QString &segmentKey, const std::vector<Product> &catalogue,
                       int tolerance)
{
    Strategy s = tmpl.strategy;
    s.segmentKey = segmentKey;
    const int limit = tolerance > 0 ? std::min(tolerance, tmpl.maxProductRisk) : tmpl.maxProductRisk;
    for (const QString &type : tmpl.productTypes)
        for (const Product &p : catalogue)
            if (p.type == type && p.riskLevel > 0 && p.riskLevel <= limit)
                s.products << p.code;
    return s;
}

Result<std::map<QString, int>> typicalRiskTolerance(sqlite3 *db, qint64 runId)
{
    store::Statement st(db, "SELECT a.segment, c.risk_level, count(*) FROM assignments a "
                            "JOIN customers c ON c.customer_id = a.customer_id "
                            "WHERE a.run_id = ?1 AND c.risk_level IS NOT NULL GROUP BY a.segment, c.risk_level "
                            "ORDER BY a.segment, c.risk_level");
    if (!st.ok())
        return st.error();
    st.bind(1, runId);
    std::map<QString, std::vector<std::pair<int, qint64>>> counts;
    while (st.step())
        counts[st.text(0)].emplace_back(int(st.int64(1)), st.int64(2));
    if (!st.error().message.isEmpty())
        return st.error();
    std::map<QString, int> out;
    for (const auto &[segment, levels] : counts) {
        qint64 total = 0;
        for (const auto &l : levels)
            total += l.second;
        const qint64 middle = (total - 1) / 2; // the lower middle, 0-based
        qint64 seen = 0;
        for (const auto &[level, n] : levels) {
            seen += n;
            if (seen > middle) {
                out[segment] = level;
                break;
            }
        }
    }
    return out;
}

Result<PricingLimits> PricingLimits::fromJson(const QJsonObject &object)
{
    if (Status k = analytics::rulejson::checkKeys(object, {"max_deposit_premium_bp", "max_loan_discount_bp", "max_budget_per_customer"},
                                                  QString(), Tr::tr("the pricing limits"));
        !k)
        return k.error();
    PricingLimits limits;
    for (const auto &[key, out] : {std::pair<const char *, int *>{"max_deposit_premium_bp", &limits.maxDepositPremiumBp},
                                   std::pair<const char *, int *>{"max_loan_discount_bp", &limits.maxLoanDiscountBp}}) {
        if (Status r = analytics::rulejson::read(object, key, *out); !r)
            return r.error();
        if (*out < 0)
            return Error::badInput(Tr::tr("%1 must be zero or more.").arg(QLatin1String(key)));
    }
    if (Status r = analytics::rulejson::read(object, "max_budget_per_customer", limits.maxBudgetPerCustomer); !r)
        return r.error();
    if (Status r = analytics::rulejson::atLeast("max_budget_per_customer", limits.maxBudgetPerCustomer, 0); !r)
        return r.error();
    return limits;
}

Result<PricingLimits> PricingLimits::fromJsonBytes(const QByteArray &json)
{
    return analytics::rulejson::parseRules<PricingLimits>(json, Tr::tr("The pricing limits"));
}

QByteArray PricingLimits::toJsonBytes() const
{
    QJsonObject o{{QStringLiteral("max_deposit_premium_bp"), maxDepositPremiumBp},
                  {QStringLiteral("max_loan_discount_bp"), maxLoanDiscountBp},
                  {QStringLiteral("max_budget_per_customer"), maxBudgetPerCustomer}};
    const QJsonObject shipped = analytics::rulejson::defaultsObject("pricing_limits");
    if (shipped.contains(QLatin1String("comment")))
        o.insert(QStringLiteral("comment"), shipped.value(QLatin1String("comment")));
    return analytics::rulejson::indented(o);
}

PricingLimits PricingLimits::defaults()
{
    return analytics::rulejson::defaultRules<PricingLimits>("pricing_limits");
}

std::vector<StrategyIssue> checkStrategy(const Strategy &s, const std::vector<Product> &catalogue, int tolerance,
                                         const PricingLimits &limits)
{
    std::vector<StrategyIssue> out;
    for (const QString &code : s.products) {
        const auto it = std::find_if(catalogue.begin(), catalogue.end(), [&](const Product &p) { return p.code == code; });
        if (it == catalogue.end())
            out.push_back({Field::Products, code, Tr::tr("%1 is not in the product catalogue.").arg(code)});
        else if (tolerance <= 0)
            continue; // the segment's tolerance is unknown: nothing to compare with
        else if (it->riskLevel == 0)
                out.push_back({Field::Products, code, Tr::tr("%1 (%2) has no risk level: its suitability cannot be checked.")
                                                          .arg(it->name, code)});
            else if (it->riskLevel > tolerance)
                out.push_back({Field::Products, code,
                               Tr::tr("%1 (%2) is risk level R%3, above the segment's typical risk tolerance C%4: "
                                      "unsuitable for most of its customers.")
                                   .arg(it->name, code)
                                   .arg(it->riskLevel)
                                   .arg(tolerance)});
    }
    if (s.depositPremiumBp > limits.maxDepositPremiumBp)
        out.push_back({Field::DepositPremiumBp, QString(),
                       Tr::tr("A deposit rate premium of %1 bp is above the limit of %2 bp.")
                           .arg(s.depositPremiumBp)
                           .arg(limits.maxDepositPremiumBp)});
    if (s.loanDiscountBp > limits.maxLoanDiscountBp)
        out.push_back({Field::LoanDiscountBp, QString(),
                       Tr::tr("A loan rate discount of %1 bp is above the limit of %2 bp.")
                           .arg(s.loanDiscountBp)
                           .arg(limits.maxLoanDiscountBp)});
    if (limits.maxBudgetPerCustomer > 0 && s.budgetPerCustomer > limits.maxBudgetPerCustomer)
        out.push_back({Field::BudgetPerCustomer, QString(),
                       Tr::tr("A budget of %1 per customer is above the limit of %2.")
                           .arg(QLocale().toString(s.budgetPerCustomer, 'f', 2),
                                QLocale().toString(limits.maxBudgetPerCustomer, 'f', 2))});
    return out;
}

} // namespace tierwise::planning
