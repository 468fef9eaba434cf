#pragma once

// Strategies per tier or segment (DOMAIN.md §4): what the bank offers a segment, through which
// channels, how often, at what price, with which targets and budget.
//
// - A strategy belongs to a segment key "<segmentation>/<segment>" ("segment.tiers/affluent")
//   and is bank-wide (empty branch) or a branch override. An override is a whole strategy; what
//   it changes is differences(bankWide, override).
// - Every save is a new version (1, 2, …) with its author and time; nothing is overwritten, so
//   any two versions can be compared.
// - Fields are addressed generically (Field, value, setValue) so that editors, undo commands and
//   comparisons need no per-field code. Lists are kept in the user's order, without duplicates.
// - Templates (resources/templates/strategy_templates.json) give a starting strategy for every
//   tier and group of DOMAIN.md §4 in English, Simplified and Traditional Chinese.
// - Checks: a product above the segment's typical risk tolerance (unsuitable), and pricing
//   concessions or a budget beyond the configured limits (resources/defaults/pricing_limits.json).

#include "analytics/briefdata.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cmath>
#include <limits>
#include <map>
#include <vector>

struct sqlite3;

namespace tierwise::planning {

struct Strategy
{
    enum class Field {
        Objective, Products, Channels, Cadence, ServiceLevel, DepositPremiumBp, FeeWaivers,
        LoanDiscountBp, Events, ReachTarget, ParticipationTarget, ConversionTarget, AumGrowthTarget,
        BudgetPerCustomer, Notes,
        Count_
    };
    static constexpr int kFields = static_cast<int>(Field::Count_);

    QString segmentKey;       // "segment.tiers/affluent"
    QString branchId;         // empty: bank-wide
    int version = 0;          // 0: not saved yet
    qint64 strategyId = 0;    // the saved version's row
    QString author;           // who saved this version
    QString savedAt;          // when (ISO 8601, UTC)

    QString objective;
    QStringList products;     // product codes from the catalogue
    QStringList channels;     // channel keys (channelKeys())
    QString cadence;          // a cadence key (cadenceKeys()), empty if not set
    QString serviceLevel;     // a service level key (serviceLevelKeys()), empty if not set
    int depositPremiumBp = 0; // deposit rate premium, basis points
    QStringList feeWaivers;   // free text, one waiver per entry
    int loanDiscountBp = 0;   // loan rate discount, basis points
    QStringList events;       // free text, one event per entry
    // KPI targets as fractions (0.25 = 25 %); NaN: no target.
    double reachTarget = std::numeric_limits<double>::quiet_NaN();
    double participationTarget = std::numeric_limits<double>::quiet_NaN();
    double conversionTarget = std::numeric_limits<double>::quiet_NaN();
    double aumGrowthTarget = std::numeric_limits<double>::quiet_NaN();
    double budgetPerCustomer = 0; // currency units per customer and year
    QString notes;

    // A field's value: QString, QStringList, int or double as the field is.
    QVariant value(Field field) const;
    // Sets a field from such a value (converted; lists lose duplicates and empty entries).
    void setValue(Field field, const QVariant &value);
    // True when the field holds the same value (NaN equals NaN).
    bool sameValue(Field field, const Strategy &other) const;
};

using Field = Strategy::Field;

// The fields whose values differ, in Field order.
std::vector<Field> differences(const Strategy &a, const Strategy &b);
// A field's label ("Deposit rate premium (bp)") and a value as text, in the user's language.
QString fieldLabel(Field field);
QString displayValue(Field field, const QVariant &value);

// The choices for channels, cadence and service level, with their labels.
QStringList channelKeys();
QString channelLabel(const QString &key);
QStringList cadenceKeys();
QString cadenceLabel(const QString &key);
QStringList serviceLevelKeys();
QString serviceLevelLabel(const QString &key);

// ---- the workspace's strategies ----

// Saves the strategy as the next version of its segment key and branch (author: the OS user),
// and sets its version, id, author and time. Fails on an empty segment key or a field out of
// range (negative premium, discount or budget; a target outside 0 … 1 — AUM growth may exceed 1).
Status saveStrategy(sqlite3 *db, Strategy &strategy);
// The newest version of every segment key and branch, ordered by key then branch.
Result<std::vector<Strategy>> latestStrategies(sqlite3 *db);
// Every version of one strategy, newest first.
Result<std::vector<Strategy>> strategyHistory(sqlite3 *db, const QString &segmentKey, const QString &branchId);

// ---- templates ----

struct StrategyTemplate
{
    QString id;               // "affluent", "young_salaried", …
    QString name;             // in the chosen language
    QStringList appliesTo;    // tier keys it is the default for ("hnw", "private"); may be empty
    QStringList productTypes; // products offered: catalogue products of these types …
    int maxProductRisk = 5;   // … up to this risk level (and the segment's tolerance)
    Strategy strategy;        // every field but the products; no segment key
};

// The shipped templates in `language` ("en", "zh_CN", "zh_TW"; others fall back to English).
Result<std::vector<StrategyTemplate>> strategyTemplates(const QString &language);
// The template for a tier key (its appliesTo), or null.
const StrategyTemplate *templateFor(const std::vector<StrategyTemplate> &templates, const QString &tierKey);

// ---- catalogue and checks ----

struct Product
{
    QString code, name, type;
    int riskLevel = 0; // 1 … 5; 0 if unknown
};

// The products table, ordered by type then code.
Result<std::vector<Product>> loadCatalogue(sqlite3 *db);
// The strategy as lines of text for a printed brief, in the user's language: "Objective: …",
// products with their names from the catalogue, channels, cadence and service level, pricing,
// events, the targets, the budget and the notes. Empty fields are left out.
QStringList describe(const Strategy &strategy, const std::vector<Product> &catalogue);

// The strategies a printed brief shows for the segments of a segmentation (a BookSegmentation
// key such as "segment.tiers"): per segment key the newest saved version, the branch's override
// when the brief is for a branch that has one, described in the language installed now. Empty
// when there are none (or they cannot be read: a brief is printed without them).
std::map<QString, analytics::BriefStrategy> briefStrategies(sqlite3 *db, const QString &segmentationKey,
                                                            const QString &branch);
// The template's strategy for a segment: its fields, with the catalogue's products of the
// template's types up to min(maxProductRisk, tolerance) (tolerance 0: unknown, no limit beyond
// the template's).
Strategy applyTemplate(const StrategyTemplate &tmpl, const QString &segmentKey, const std::vector<Product> &catalogue,
                       int tolerance);

// The typical risk tolerance of each segment of a segmentation run: the median risk level of
// its customers whose level is known (the lower middle for an even count); segments without
// any known level are left out.
Result<std::map<QString, int>> typicalRiskTolerance(sqlite3 *db, qint64 runId);

struct PricingLimits
{
    int maxDepositPremiumBp = 50;
    int maxLoanDiscountBp = 100;
    double maxBudgetPerCustomer = 0; // 0: no limit
    // {"max_deposit_premium_bp": …, "max_loan_discount_bp": …, "max_budget_per_customer": …};
    // errors name the key. parse: the same from a file's bytes.
    static Result<PricingLimits> fromJson(const QJsonObject &object);
    static Result<PricingLimits> fromJsonBytes(const QByteArray &json);
    QByteArray toJsonBytes() const; // indented, with the comment of the shipped file
    static PricingLimits defaults(); // resources/defaults/pricing_limits.json
};

struct StrategyIssue
{
    Field field;
    QString productCode; // for a product, else empty
    QString message;     // translated
};

// Products above the tolerance (tolerance 0: unknown, nothing flagged; an unknown product risk
// is flagged), concessions above the limits and a budget above its limit.
std::vector<StrategyIssue> checkStrategy(const Strategy &strategy, const std::vector<Product> &catalogue,
                                         int tolerance, const PricingLimits &limits);

} // namespace tierwise::planning
