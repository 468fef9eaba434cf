#pragma once

// Campaigns (DOMAIN.md §5): an audience from segments and filters, a random control group held
// out, the expected outcome from the strategy's targets, the audience exported for the CRM, and
// the evaluation of the responses against the control group.
//
// - The audience is resolved in memory over the loaded book (BookView) and the CLV run's
//   warnings and next-best products (CampaignFacts, read once on a worker): a million customers
//   take milliseconds, so the planner shows the size live.
// - The control group is reproducible: each customer's place is a hash of the seed and the
//   customer id, and the round(n × share) customers with the smallest hashes are the control,
//   whatever the order of the rows.
// - Saving, importing responses and exporting are transactions or leave nothing behind on error;
//   an unmasked export is written to the audit log.
// - The lift is the difference of the treated and control conversion rates with a 95 % Wald
//   interval: (p1 − p0) ± 1.959964 · √(p1(1 − p1)/n1 + p0(1 − p0)/n0).

#include "result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct sqlite3;

namespace tierwise::analytics { struct BookView; }
namespace tierwise::jobs { class Progress; }

namespace tierwise::planning {

struct Strategy;

// What the audience filters on beyond the book: per book row, the kinds of warning it has
// (bit i = alertKindKeys()[i]) and, per product code, the rows it is a next-best product for.
struct CampaignFacts
{
    qint64 clvRunId = 0;
    std::vector<std::uint8_t> warningBits;
    std::map<QString, std::vector<std::int32_t>> nextBestRows; // rows ascending
};
QStringList alertKindKeys(); // "aum_drop", "large_outflow", "dormancy", "maturity", "tier_watch"
Result<CampaignFacts> loadCampaignFacts(sqlite3 *db, const analytics::BookView &book, jobs::Progress &progress);

struct AudienceSpec
{
    QString segmentation;        // a BookSegmentation key ("segment.tiers", "segment.saved:12")
    QStringList segments;        // its segment keys; empty: all of them
    QStringList branches;        // empty: all
    QStringList stages;          // lifecycle stage keys; empty: any
    QStringList warningKinds;    // any of these warnings; empty: no condition
    QString nextBestProduct;     // a product code; empty: no condition
    QString toJson() const;
    static Result<AudienceSpec> fromJson(const QString &json);
};

struct Audience
{
    std::vector<std::int32_t> rows; // book rows, ascending
    double aum = 0, clv = 0, marginClv = 0; // sums over rows with a known value
    qint64 withClv = 0;             // rows with a known margin CLV
    std::size_t size() const { return rows.size(); }
};

// The rows of the book that match; an unknown segmentation or segment, or a stage / warning /
// next-best filter without a CLV run, is an error naming it.
Result<Audience> resolveAudience(const analytics::BookView &book, const CampaignFacts &facts, const AudienceSpec &spec);

// Per customer id: true for the control group (round(n × share) of them; share in [0, 0.9]).
std::vector<bool> assignControl(const std::vector<std::string> &customerIds, double share, quint64 seed);

struct ExpectedOutcome
{
    qint64 treated = 0, control = 0;
    double cost = 0;              // treated × budget per customer
    double reached = 0;           // treated × reach target
    double conversions = 0;       // reached × conversion target
    double incrementalValue = 0;  // conversions × average margin CLV × AUM growth target
    bool complete = false;        // every target needed was set
};
ExpectedOutcome expectedOutcome(const Audience &audience, const Strategy &strategy, double controlShare);

struct CampaignPlan
{
    qint64 campaignId = 0;
    QString name;
    AudienceSpec audience;
    qint64 segmentationRunId = 0; // the run the segments came from
    QString strategyKey;          // the strategy's segment key
    qint64 strategyId = 0;        // the saved strategy version used (0: none)
    double controlShare = 0.1;
    quint64 seed = 1;
    QDate start, end;
    double budget = 0;
    QString status;               // "planned", "evaluated"
    QString createdAt;
};

// Saves the plan with its members (treated and control, with their segment and branch) in one
// transaction; sets plan.campaignId. Fails on an empty name or audience.
Status saveCampaign(sqlite3 *db, CampaignPlan &plan, const analytics::BookView &book, const Audience &audience);
Result<std::vector<CampaignPlan>> listCampaigns(sqlite3 *db); // newest first

// Writes the treated customers (never the control group) as UTF-8 CSV: customer_id, name,
// phone, branch_id, rm_id, segment, products. Masked unless `unmasked`; an unmasked export is
// recorded in the audit log (who, when, file, campaign, rows) in the same transaction. Returns
// the rows written.
Result<qint64> exportAudience(sqlite3 *db, qint64 campaignId, const QString &path, bool unmasked,
                              const QStringList &products);

struct ResponseImport
{
    qint64 rows = 0, responded = 0;
    double amount = 0;
};
// Reads a response file (CSV or TSV, any encoding the importer detects, header row with
// customer_id, responded, date, amount — Chinese headings 客户号, 是否响应, 日期, 金额 too) and
// replaces the campaign's results with it. Every problem (missing column, unknown customer, a
// customer not in the campaign, a duplicate, an unreadable flag, date or amount) is an error
// naming the file, line and column, and nothing is changed.
Result<ResponseImport> importResponses(sqlite3 *db, qint64 campaignId, const QString &path);

struct Conversion
{
    QString group;                // "" overall; else the segment or branch
    qint64 treated = 0, control = 0;
    qint64 treatedResponded = 0, controlResponded = 0;
    double treatedRate = 0, controlRate = 0; // NaN when the group is empty
    double lift = 0, liftLow = 0, liftHigh = 0; // percentage points as fractions; NaN without both groups
    double amount = 0;            // the treated group's response amount
};
// The lift with its 95 % interval for these counts.
Conversion conversion(qint64 treated, qint64 treatedResponded, qint64 control, qint64 controlResponded);

struct Evaluation
{
    qint64 campaignId = 0;
    Conversion overall;
    std::vector<Conversion> bySegment, byBranch;
    bool hasResults = false;
};
Result<Evaluation> evaluateCampaign(sqlite3 *db, qint64 campaignId);

// The newest evaluated campaign of a strategy key: its treated conversion rate, for the
// strategy's KPI view; campaignId 0 when there is none.
struct KpiActual
{
    qint64 campaignId = 0;
    QString campaignName;
    Conversion overall;
};
Result<KpiActual> latestActual(sqlite3 *db, const QString &strategyKey);

} // namespace tierwise::planning
