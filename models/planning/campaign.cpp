#include "planning/campaign.h"

#include "analytics/bookview.h"
#include "analytics/warnings.h"
#include "ingest/csvreader.h"
#include "ingest/values.h"
#include "jobs/progress.h"
#include "planning/strategy.h"
#include "privacy/audit.h"
#include "privacy/masking.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::planning::Campaign)
};
} // namespace

namespace tierwise::planning {

namespace {

constexpr double kZ95 = 1.959963984540054;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// SplitMix64 over the seed and an FNV-1a hash of the id: a well-mixed, platform-independent
// number per customer.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 hashId(const std::string &id, quint64 seed)
{
    quint64 h = 1469598103934665603ULL;
    for (unsigned char c : id) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return mix(h ^ mix(seed));
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QStringList alertKindKeys()
{
    QStringList keys;
    for (std::size_t k = 0; k < analytics::kAlertKinds; ++k)
        keys << analytics::alertKindKey(analytics::AlertKind(k));
    return keys;
}

// ---- audience ----

Result<CampaignFacts> loadCampaignFacts(sqlite3 *db, const analytics::BookView &book, jobs::Progress &progress)
{
    CampaignFacts facts;
    facts.clvRunId = book.clvRunId;
    facts.warningBits.assign(book.size(), 0);
    if (book.clvRunId == 0)
        return facts;
    const QStringList kinds = alertKindKeys();
    store::Statement alerts(db, "SELECT DISTINCT customer_id, kind FROM alerts WHERE run_id = ?1");
    if (!alerts.ok())
        return alerts.error();
    alerts.bind(1, book.clvRunId);
    qint64 n = 0;
    while (alerts.step()) {
        const std::int32_t row = book.rowOf(alerts.utf8(0));
        const int kind = int(kinds.indexOf(alerts.text(1)));
        if (row >= 0 && kind >= 0)
            facts.warningBits[std::size_t(row)] |= std::uint8_t(1u << kind);
        if (++n % 100000 == 0 && !progress.report(1, 3, Tr::tr("Reading the warnings")))
            return Error::cancelled(Tr::tr("Cancelled."));
    }
    if (!alerts.error().message.isEmpty())
        return alerts.error();
    if (!progress.report(2, 3, Tr::tr("Reading the next-best products")))
        return Error::cancelled(Tr::tr("Cancelled."));
    store::Statement best(db, "SELECT customer_id, product_code FROM next_best WHERE run_id = ?1");
    if (!best.ok())
        return best.error();
    best.bind(1, book.clvRunId);
    while (best.step()) {
        const std::int32_t row = book.rowOf(best.utf8(0));
        if (row >= 0)
            facts.nextBestRows[best.text(1)].push_back(row);
        if (++n % 100000 == 0 && !progress.report(2, 3, Tr::tr("Reading the next-best products")))
            return Error::cancelled(Tr::tr("Cancelled."));
    }
    if (!best.error().message.isEmpty())
        return best.error();
    for (auto &[code, rows] : facts.nextBestRows) {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    }
    progress.report(3, 3, QString());
    return facts;
}

QString AudienceSpec::toJson() const
{
    const QJsonObject o{{QStringLiteral("segmentation"), segmentation},
                        {QStringLiteral("segments"), toArray(segments)},
                        {QStringLiteral("branches"), toArray(branches)},
                        {QStringLiteral("stages"), toArray(stages)},
                        {QStringLiteral("warnings"), toArray(warningKinds)},
                        {QStringLiteral("next_best"), nextBestProduct}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<AudienceSpec> AudienceSpec::fromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return Error::badInput(Tr::tr("The audience definition is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    AudienceSpec spec;
    spec.segmentation = o.value(QLatin1String("segmentation")).toString();
    spec.segments = fromArray(o.value(QLatin1String("segments")));
    spec.branches = fromArray(o.value(QLatin1String("branches")));
    spec.stages = fromArray(o.value(QLatin1String("stages")));
    spec.warningKinds = fromArray(o.value(QLatin1String("warnings")));
    spec.nextBestProduct = o.value(QLatin1String("next_best")).toString();
    return spec;
}

Result<Audience> resolveAudience(const analytics::BookView &book, const CampaignFacts &facts, const AudienceSpec &spec)
{
    const analytics::BookSegmentation *seg = book.segmentation(spec.segmentation);
    if (!seg)
        return Error::badInput(Tr::tr("There is no segmentation '%1' in the workspace; run it first.").arg(spec.segmentation));
    std::vector<char> segmentOn(std::size_t(seg->keys.size()), spec.segments.isEmpty() ? 1 : 0);
    for (const QString &key : spec.segments) {
        const qsizetype i = seg->keys.indexOf(key);
        if (i < 0)
            return Error::badInput(Tr::tr("%1 has no segment '%2'.").arg(seg->title, key));
        segmentOn[std::size_t(i)] = 1;
    }
    std::vector<char> branchOn(book.branches.size(), spec.branches.isEmpty() ? 1 : 0);
    for (const QString &b : spec.branches) {
        const auto it = std::find(book.branches.begin(), book.branches.end(), b.toStdString());
        if (it == book.branches.end())
            return Error::badInput(Tr::tr("There is no branch '%1' in the book.").arg(b));
        branchOn[std::size_t(it - book.branches.begin())] = 1;
    }
    const bool needsClv = !spec.stages.isEmpty() || !spec.warningKinds.isEmpty() || !spec.nextBestProduct.isEmpty();
    if (needsClv && (book.clvRunId == 0 || facts.clvRunId != book.clvRunId))
        return Error::badInput(Tr::tr("Filtering by lifecycle stage, warning or next-best product needs a lifetime-value "
                                      "run: run Analyze ▸ Lifetime Value first."));
    const analytics::BookSegmentation *stages = book.segmentation(QStringLiteral("lifecycle"));
    std::vector<char> stageOn;
    if (!spec.stages.isEmpty()) {
        if (!stages)
            return Error::badInput(Tr::tr("The lifetime-value run has no lifecycle stages."));
        stageOn.assign(std::size_t(stages->keys.size()), 0);
        for (const QString &key : spec.stages) {
            const qsizetype i = stages->keys.indexOf(key);
            if (i < 0)
                return Error::badInput(Tr::tr("There is no lifecycle stage '%1'.").arg(key));
            stageOn[std::size_t(i)] = 1;
        }
    }
    std::uint8_t warningMask = 0;
    const QStringList kinds = alertKindKeys();
    for (const QString &kind : spec.warningKinds) {
        const int i = int(kinds.indexOf(kind));
        if (i < 0)
            return Error::badInput(Tr::tr("There is no warning of kind '%1'.").arg(kind));
        warningMask |= std::uint8_t(1u << i);
    }
    const std::vector<std::int32_t> *bestRows = nullptr;
    static const std::vector<std::int32_t> kNone;
    if (!spec.nextBestProduct.isEmpty()) {
        const auto it = facts.nextBestRows.find(spec.nextBestProduct);
        bestRows = it == facts.nextBestRows.end() ? &kNone : &it->second;
    }

    Audience out;
    const std::vector<double> &aum = book.axis(analytics::BookAxis::Aum);
    const std::vector<double> &clv = book.axis(analytics::BookAxis::Clv);
    const std::vector<double> &margin = book.axis(analytics::BookAxis::MarginClv);
    auto best = bestRows ? bestRows->begin() : kNone.begin();
    for (std::size_t r = 0; r < book.size(); ++r) {
        const int g = seg->group[r];
        if (g < 0 || !segmentOn[std::size_t(g)] || !branchOn[std::size_t(book.branchIndex[r])])
            continue;
        if (!stageOn.empty() && (stages->group[r] < 0 || !stageOn[std::size_t(stages->group[r])]))
            continue;
        if (warningMask && !(facts.warningBits[r] & warningMask))
            continue;
        if (bestRows) {
            while (best != bestRows->end() && *best < std::int32_t(r))
                ++best;
            if (best == bestRows->end() || *best != std::int32_t(r))
                continue;
        }
        out.rows.push_back(std::int32_t(r));
        if (std::isfinite(aum[r]))
            out.aum += aum[r];
        if (std::isfinite(clv[r]))
            out.clv += clv[r];
        if (std::isfinite(margin[r])) {
            out.marginClv += margin[r];
            ++out.withClv;
        }
    }
    return out;
}

std::vector<bool> assignControl(const std::vector<std::string> &customerIds, double share, quint64 seed)
{
    const std::size_t n = customerIds.size();
    std::vector<bool> control(n, false);
    const auto want = std::size_t(std::llround(double(n) * std::clamp(share, 0.0, 0.9)));
    if (want == 0)
        return control;
    std::vector<std::pair<quint64, std::size_t>> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = {hashId(customerIds[i], seed), i};
    // Ties (practically never) are broken by the id, not by the order of the rows.
    std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(want - 1), order.end(),
                     [&](const auto &a, const auto &b) {
                         return a.first != b.first ? a.first < b.first : customerIds[a.second] < customerIds[b.second];
                     });
    for (std::size_t i = 0; i < want; ++i)
        control[order[i].second] = true;
    return control;
}

ExpectedOutcome expectedOutcome(const Audience &audience, const Strategy &strategy, double controlShare)
{
    ExpectedOutcome e;
    const auto n = qint64(audience.size());
    e.control = std::llround(double(n) * std::clamp(controlShare, 0.0, 0.9));
    e.treated = n - e.control;
    e.cost = double(e.treated) * strategy.budgetPerCustomer;
    const double reach = std::isnan(strategy.reachTarget) ? 1.0 : strategy.reachTarget;
    e.reached = double(e.treated) * reach;
    const double conversion = std::isnan(strategy.conversionTarget) ? 0.0 : strategy.conversionTarget;
    e.conversions = e.reached * conversion;
    const double meanClv = audience.withClv > 0 ? audience.marginClv / double(audience.withClv) : 0.0;
    const double growth = std::isnan(strategy.aumGrowthTarget) ? 0.0 : strategy.aumGrowthTarget;
    e.incrementalValue = e.conversions * meanClv * growth;
    e.complete = !std::isnan(strategy.reachTarget) && !std::isnan(strategy.conversionTarget)
                 && !std::isnan(strategy.aumGrowthTarget) && audience.withClv > 0;
    return e;
}

// ---- campaigns ----

Status saveCampaign(sqlite3 *db, CampaignPlan &plan, const analytics::BookView &book, const Audience &audience)
{
    if (plan.name.trimmed().isEmpty())
        return Error::badInput(Tr::tr("A campaign needs a name."));
    if (audience.rows.empty())
        return Error::badInput(Tr::tr("The campaign's audience is empty."));
    if (!(plan.controlShare >= 0 && plan.controlShare <= 0.9))
        return Error::badInput(Tr::tr("The control group must be between 0 % and 90 % of the audience."));
    if (plan.start.isValid() && plan.end.isValid() && plan.end < plan.start)
        return Error::badInput(Tr::tr("The campaign ends before it starts."));
    const analytics::BookSegmentation *seg = book.segmentation(plan.audience.segmentation);
    if (!seg)
        return Error::badInput(Tr::tr("There is no segmentation '%1' in the workspace.").arg(plan.audience.segmentation));
    std::vector<std::string> ids;
    ids.reserve(audience.size());
    for (std::int32_t r : audience.rows)
        ids.push_back(book.customerId[std::size_t(r)]);
    const std::vector<bool> control = assignControl(ids, plan.controlShare, plan.seed);

    store::Transaction tx(db);
    if (!tx.status())
        return tx.status();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    store::Statement insert(db, "INSERT INTO campaigns (name, run_id, segment_key, strategy_id, status, control_share, "
                                "seed, start_date, end_date, budget_cents, created_at, audience) "
                                "VALUES (?1, ?2, ?3, ?4, 'planned', ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!insert.ok())
        return insert.error();
    insert.bind(1, plan.name.trimmed());
    if (seg->runId > 0)
        insert.bind(2, seg->runId);
    else
        insert.bindNull(2);
    insert.bind(3, plan.strategyKey);
    if (plan.strategyId > 0)
        insert.bind(4, plan.strategyId);
    else
        insert.bindNull(4);
    insert.bind(5, plan.controlShare).bind(6, static_cast<std::int64_t>(plan.seed));
    if (plan.start.isValid())
        insert.bind(7, plan.start.toString(Qt::ISODate));
    else
        insert.bindNull(7);
    if (plan.end.isValid())
        insert.bind(8, plan.end.toString(Qt::ISODate));
    else
        insert.bindNull(8);
    insert.bind(9, static_cast<std::int64_t>(std::llround(plan.budget * 100)))
        .bind(10, now)
        .bind(11, plan.audience.toJson());
    if (Status s = insert.run(); !s)
        return s;
    const qint64 id = sqlite3_last_insert_rowid(db);
    store::Statement member(db, "INSERT INTO campaign_members (campaign_id, customer_id, is_control, segment, branch_id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!member.ok())
        return member.error();
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const auto r = std::size_t(audience.rows[i]);
        const int g = seg->group[r];
        member.bind(1, id).bind(2, std::string_view(ids[i])).bind(3, control[i] ? 1 : 0).bind(4, seg->keys.at(g));
        member.bindTextOrNull(5, book.branchId[r]);
        if (Status s = member.run(); !s)
            return s;
    }
    if (Status c = tx.commit(); !c)
        return c;
    plan.campaignId = id;
    plan.segmentationRunId = seg->runId;
    plan.status = QStringLiteral("planned");
    plan.createdAt = now;
    return {};
}

Result<std::vector<CampaignPlan>> listCampaigns(sqlite3 *db)
{
    store::Statement st(db, "SELECT campaign_id, name, ifnull(run_id, 0), ifnull(segment_key, ''), ifnull(strategy_id, 0), "
                            "status, control_share, ifnull(seed, 0), ifnull(start_date, ''), ifnull(end_date, ''), "
                            "ifnull(budget_cents, 0), created_at, ifnull(audience, '{}') FROM campaigns ORDER BY campaign_id DESC");
    if (!st.ok())
        return st.error();
    std::vector<CampaignPlan> out;
    while (st.step()) {
        CampaignPlan p;
        p.campaignId = st.int64(0);
        p.name = st.text(1);
        p.segmentationRunId = st.int64(2);
        p.strategyKey = st.text(3);
        p.strategyId = st.int64(4);
        p.status = st.text(5);
        p.controlShare = st.real(6);
        p.seed = quint64(st.int64(7));
        p.start = QDate::fromString(st.text(8), Qt::ISODate);
        p.end = QDate::fromString(st.text(9), Qt::ISODate);
        p.budget = double(st.int64(10)) / 100.0;
        p.createdAt = st.text(11);
        if (Result<AudienceSpec> spec = AudienceSpec::fromJson(st.text(12)); spec)
            p.audience = spec.value();
        out.push_back(std::move(p));
    }
    if (!st.error().message.isEmpty())
        return st.error();
    return out;
}

Result<qint64> exportAudience(sqlite3 *db, qint64 campaignId, const QString &path, bool unmasked,
                              const QStringList &products)
{
    store::Statement st(db, "SELECT m.customer_id, ifnull(c.name, ''), ifnull(c.phone, ''), ifnull(m.branch_id, ''), "
                            "ifnull(c.rm_id, ''), ifnull(m.segment, '') FROM campaign_members m "
                            "JOIN customers c ON c.customer_id = m.customer_id "
                            "WHERE m.campaign_id = ?1 AND m.is_control = 0 ORDER BY m.customer_id");
    if (!st.ok())
        return st.error();
    st.bind(1, campaignId);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString())).at(path);
    const QString offer = products.join(QLatin1Char(' '));
    file.write("customer_id,name,phone,branch_id,rm_id,segment,products\n");
    qint64 rows = 0;
    while (st.step()) {
        const QString id = st.text(0), name = st.text(1), phone = st.text(2);
        const QStringList fields{unmasked ? id : privacy::maskId(id), unmasked ? name : privacy::maskName(name),
                                 unmasked ? phone : privacy::maskId(phone), st.text(3), st.text(4), st.text(5), offer};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        file.write(quoted.join(QLatin1Char(',')).toUtf8() + '\n');
        ++rows;
    }
    if (!st.error().message.isEmpty())
        return st.error();
    if (rows == 0)
        return Error::badInput(Tr::tr("Campaign %1 has no customers to contact.").arg(campaignId));
    // The audit entry first: if it cannot be written, the unmasked file is not kept either.
    if (unmasked) {
        const QJsonObject detail{{QStringLiteral("campaign_id"), campaignId},
                                 {QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                                 {QStringLiteral("rows"), rows},
                                 {QStringLiteral("what"), QStringLiteral("campaign audience")}};
        if (Status a = privacy::recordAudit(db, QStringLiteral("export.unmasked"), detail); !a)
            return a.error();
    }
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(path, file.errorString())).at(path);
    return rows;
}

// ---- responses ----

namespace {

std::optional<bool> parseFlag(std::string_view raw)
{
    const QString t = QString::fromUtf8(ingest::trimmed(raw).data(), qsizetype(ingest::trimmed(raw).size())).toLower();
    static const QStringList yes{QStringLiteral("1"), QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("true"),
                                 QStringLiteral("是"), QStringLiteral("t")};
    static const QStringList no{QStringLiteral("0"), QStringLiteral("n"), QStringLiteral("no"), QStringLiteral("false"),
                                QStringLiteral("否"), QStringLiteral("f")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

int columnOf(const std::vector<QString> &header, std::initializer_list<const char *> names)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        for (const char *name : names)
            if (header[i].compare(QString::fromUtf8(name), Qt::CaseInsensitive) == 0)
                return int(i);
    return -1;
}

} // namespace

Result<ResponseImport> importResponses(sqlite3 *db, qint64 campaignId, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    // The campaign's members.
    std::unordered_map<std::string, bool> members;
    {
        store::Statement st(db, "SELECT customer_id FROM campaign_members WHERE campaign_id = ?1");
        if (!st.ok())
            return st.error();
        st.bind(1, campaignId);
        while (st.step())
            members.emplace(std::string(st.utf8(0)), false);
        if (!st.error().message.isEmpty())
            return st.error();
        if (members.empty())
            return Error::badInput(Tr::tr("Campaign %1 does not exist or has no members.").arg(campaignId));
    }
    ingest::CsvReader reader;
    if (Status s = reader.open(path, ingest::CsvReader::Options()); !s)
        return s.error();
    ingest::CsvRecord record;
    if (!reader.next(record)) {
        if (reader.error())
            return *reader.error();
        return Error::badInput(Tr::tr("The response file is empty.")).at(file, 1);
    }
    std::vector<QString> header;
    for (std::string_view f : record.fields)
        header.push_back(QString::fromUtf8(f.data(), qsizetype(f.size())).trimmed());
    const int idCol = columnOf(header, {"customer_id", "customer", "客户号", "客户编号", "客戶號", "客戶編號"});
    const int flagCol = columnOf(header, {"responded", "response", "converted", "是否响应", "是否響應", "响应", "響應"});
    const int dateCol = columnOf(header, {"date", "response_date", "日期", "响应日期", "響應日期"});
    const int amountCol = columnOf(header, {"amount", "金额", "金額"});
    if (idCol < 0)
        return Error::badInput(Tr::tr("The response file has no customer_id column.")).at(file, record.line);
    if (flagCol < 0)
        return Error::badInput(Tr::tr("The response file has no responded column.")).at(file, record.line);

    struct Row { std::string id; bool responded; QString date; std::optional<std::int64_t> cents; };
    std::vector<Row> rows;
    ResponseImport result;
    while (reader.next(record)) {
        const auto field = [&](int col) { return col >= 0 && std::size_t(col) < record.fields.size() ? record.fields[std::size_t(col)] : std::string_view(); };
        Row row;
        row.id = std::string(ingest::trimmed(field(idCol)));
        if (row.id.empty())
            return Error::badInput(Tr::tr("The customer id is empty.")).at(file, record.line, idCol + 1);
        const auto member = members.find(row.id);
        if (member == members.end())
            return Error::badInput(Tr::tr("Customer %1 is not in campaign %2.")
                                       .arg(privacy::maskId(QString::fromStdString(row.id)))
                                       .arg(campaignId))
                .at(file, record.line, idCol + 1);
        if (member->second)
            return Error::badInput(Tr::tr("Customer %1 appears twice.").arg(privacy::maskId(QString::fromStdString(row.id))))
                .at(file, record.line, idCol + 1);
        member->second = true;
        const std::optional<bool> flag = parseFlag(field(flagCol));
        if (!flag)
            return Error::badInput(Tr::tr("'%1' is not a yes/no answer (1/0, yes/no, true/false, 是/否).")
                                       .arg(QString::fromUtf8(field(flagCol).data(), qsizetype(field(flagCol).size()))))
                .at(file, record.line, flagCol + 1);
        row.responded = *flag;
        if (dateCol >= 0 && !ingest::trimmed(field(dateCol)).empty()) {
            QString why;
            const std::optional<ingest::Day> day = ingest::parseDate(field(dateCol), {}, &why);
            if (!day)
                return Error::badInput(why.isEmpty() ? Tr::tr("Not a date.") : why).at(file, record.line, dateCol + 1);
            row.date = ingest::isoDate(*day);
        }
        if (amountCol >= 0 && !ingest::trimmed(field(amountCol)).empty()) {
            QString why;
            row.cents = ingest::parseMoneyCents(field(amountCol), &why);
            if (!row.cents)
                return Error::badInput(why.isEmpty() ? Tr::tr("Not an amount.") : why).at(file, record.line, amountCol + 1);
        }
        ++result.rows;
        if (row.responded) {
            ++result.responded;
            result.amount += row.cents ? double(*row.cents) / 100.0 : 0.0;
        }
        rows.push_back(std::move(row));
    }
    if (reader.error())
        return *reader.error();

    store::Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    store::Statement clear(db, "DELETE FROM campaign_results WHERE campaign_id = ?1");
    if (!clear.ok())
        return clear.error();
    clear.bind(1, campaignId);
    if (Status s = clear.run(); !s)
        return s.error();
    store::Statement insert(db, "INSERT INTO campaign_results (campaign_id, customer_id, reached, participated, converted, "
                                "response_date, amount_cents) VALUES (?1, ?2, 1, ?3, ?3, ?4, ?5)");
    if (!insert.ok())
        return insert.error();
    for (const Row &row : rows) {
        insert.bind(1, campaignId).bind(2, std::string_view(row.id)).bind(3, row.responded ? 1 : 0);
        if (row.date.isEmpty())
            insert.bindNull(4);
        else
            insert.bind(4, row.date);
        if (row.cents)
            insert.bind(5, static_cast<std::int64_t>(*row.cents));
        else
            insert.bindNull(5);
        if (Status s = insert.run(); !s)
            return s.error();
    }
    store::Statement status(db, "UPDATE campaigns SET status = 'evaluated' WHERE campaign_id = ?1");
    if (!status.ok())
        return status.error();
    status.bind(1, campaignId);
    if (Status s = status.run(); !s)
        return s.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return result;
}

// ---- evaluation ----

Conversion conversion(qint64 treated, qint64 treatedResponded, qint64 control, qint64 controlResponded)
{
    Conversion c;
    c.treated = treated;
    c.control = control;
    c.treatedResponded = treatedResponded;
    c.controlResponded = controlResponded;
    c.treatedRate = treated > 0 ? double(treatedResponded) / double(treated) : kNaN;
    c.controlRate = control > 0 ? double(controlResponded) / double(control) : kNaN;
    if (treated > 0 && control > 0) {
        const double p1 = c.treatedRate, p0 = c.controlRate;
        c.lift = p1 - p0;
        const double se = std::sqrt(p1 * (1 - p1) / double(treated) + p0 * (1 - p0) / double(control));
        c.liftLow = c.lift - kZ95 * se;
        c.liftHigh = c.lift + kZ95 * se;
    } else {
        c.lift = c.liftLow = c.liftHigh = kNaN;
    }
    return c;
}

Result<Evaluation> evaluateCampaign(sqlite3 *db, qint64 campaignId)
{
    Evaluation e;
    e.campaignId = campaignId;
    const auto grouped = [&](const char *groupExpr, std::vector<Conversion> *out, Conversion *overall) -> Status {
        const QByteArray sql = QByteArray("SELECT ") + groupExpr
                               + ", sum(m.is_control = 0), sum(m.is_control = 0 AND ifnull(r.converted, 0) = 1), "
                                 "sum(m.is_control = 1), sum(m.is_control = 1 AND ifnull(r.converted, 0) = 1), "
                                 "sum(CASE WHEN m.is_control = 0 AND r.converted = 1 THEN ifnull(r.amount_cents, 0) END), "
                                 "count(r.customer_id) "
                                 "FROM campaign_members m LEFT JOIN campaign_results r "
                                 "ON r.campaign_id = m.campaign_id AND r.customer_id = m.customer_id "
                                 "WHERE m.campaign_id = ?1 GROUP BY 1 ORDER BY 1";
        store::Statement st(db, sql.constData());
        if (!st.ok())
            return st.error();
        st.bind(1, campaignId);
        while (st.step()) {
            Conversion c = conversion(st.int64(1), st.int64(2), st.int64(3), st.int64(4));
            c.group = st.text(0);
            c.amount = st.isNull(5) ? 0.0 : double(st.int64(5)) / 100.0;
            if (st.int64(6) > 0)
                e.hasResults = true;
            if (overall)
                *overall = c;
            else
                out->push_back(c);
        }
        return st.error().message.isEmpty() ? Status() : Status(st.error());
    };
    if (Status s = grouped("''", nullptr, &e.overall); !s)
        return s.error();
    if (e.overall.treated + e.overall.control == 0)
        return Error::badInput(Tr::tr("Campaign %1 does not exist or has no members.").arg(campaignId));
    if (Status s = grouped("ifnull(m.segment, '')", &e.bySegment, nullptr); !s)
        return s.error();
    if (Status s = grouped("ifnull(m.branch_id, '')", &e.byBranch, nullptr); !s)
        return s.error();
    return e;
}

Result<KpiActual> latestActual(sqlite3 *db, const QString &strategyKey)
{
    store::Statement st(db, "SELECT c.campaign_id, c.name FROM campaigns c WHERE c.segment_key = ?1 "
                            "AND EXISTS (SELECT 1 FROM campaign_results r WHERE r.campaign_id = c.campaign_id) "
                            "ORDER BY c.campaign_id DESC LIMIT 1");
    if (!st.ok())
        return st.error();
    st.bind(1, strategyKey);
    KpiActual actual;
    if (!st.step()) {
        if (!st.error().message.isEmpty())
            return st.error();
        return actual;
    }
    actual.campaignId = st.int64(0);
    actual.campaignName = st.text(1);
    Result<Evaluation> e = evaluateCampaign(db, actual.campaignId);
    if (!e)
        return e.error();
    actual.overall = e->overall;
    return actual;
}

} // namespace tierwise::planning
