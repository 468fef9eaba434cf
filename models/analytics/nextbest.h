#pragma once

// Next-best product (DOMAIN.md §4, §6): the products held by most of a customer's peers (the
// customers of the same segment) but not by the customer, kept only when suitable — the
// product's risk level within the customer's risk tolerance, the customer's age and occupation
// within the product type's eligibility rules — and ranked by peer penetration × margin.
//
// JSON form of the rules (ProductRules::toJson / fromJson; defaults in
// resources/defaults/product_rules.json, compiled in as :/tierwise/defaults/product_rules.json):
// {
//   "max_suggestions": 3,          optional, 1 … 50
//   "min_penetration": 0.05,       optional, a fraction in [0, 1]
//   "min_peers": 30,               optional, ≥ 1
//   "eligibility": {               optional; keys are product types (productTypeName: "credit_card", …)
//     "consumer_loan": { "min_age": 22, "max_age": 60 },
//     "business_loan": { "min_age": 18, "max_age": 65, "occupation_keywords": ["个体", "business"] },
//     …
//   }
// }
// Each key of a type's rule is optional. "comment" keys are ignored anywhere; any other unknown
// key (or an unknown product type) is rejected by name.
//
// Suitability, per customer and product:
// - Risk: the product's risk level (1–5) must not exceed the customer's risk tolerance (1–5). A
//   customer of unknown tolerance (0) is offered risk level 1 products only; a product of
//   unknown risk level (0) counts as level 5 (offered to tolerance 5 only).
// - Age (completed years): min_age ≤ age ≤ max_age, both inclusive. A customer of unknown age is
//   offered only products whose type has no age rule.
// - Occupation: when a type lists occupation_keywords, the customer's occupation must contain one
//   of them (ASCII letters case-insensitively); an unknown occupation ("") does not qualify.

#include "analytics/bookdata.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tierwise::analytics {

struct CustomerFeatures;

constexpr std::size_t kProductTypes = static_cast<std::size_t>(ProductType::Count_);

// Who may be offered products of one type.
struct Eligibility
{
    std::optional<int> minAge;     // completed years, inclusive; none: no lower bound
    std::optional<int> maxAge;     // inclusive; none: no upper bound
    QStringList occupationKeywords; // empty: any occupation

    bool hasAgeRule() const { return minAge.has_value() || maxAge.has_value(); }
    bool isEmpty() const { return !hasAgeRule() && occupationKeywords.isEmpty(); }
    bool operator==(const Eligibility &o) const
    {
        return minAge == o.minAge && maxAge == o.maxAge && occupationKeywords == o.occupationKeywords;
    }
};

struct ProductRules
{
    std::array<Eligibility, kProductTypes> eligibility; // per ProductType
    int maxSuggestions = 3;       // per customer
    double minPenetration = 0.05; // a product held by a smaller share of the peers is not suggested
    int minPeers = 30;            // a segment with fewer customers takes the whole book as peers

    // The rules of :/tierwise/defaults/product_rules.json: credit cards 18–65, consumer loans
    // 22–60, mortgages 18–60, new insurance policies up to 65, business loans 18–65 for
    // business owners and the self-employed only.
    static ProductRules defaults();

    const Eligibility &rule(ProductType type) const { return eligibility[static_cast<std::size_t>(type)]; }
    Eligibility &rule(ProductType type) { return eligibility[static_cast<std::size_t>(type)]; }

    // Limits as in the JSON above; ages 0 … 150 with min_age ≤ max_age; keywords non-empty.
    // Errors name the offending JSON key.
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const; // indented
    static Result<ProductRules> fromJson(const QJsonObject &object);
    static Result<ProductRules> fromJsonBytes(const QByteArray &json);

    bool operator==(const ProductRules &o) const
    {
        return eligibility == o.eligibility && maxSuggestions == o.maxSuggestions
            && minPenetration == o.minPenetration && minPeers == o.minPeers;
    }
    bool operator!=(const ProductRules &o) const { return !(*this == o); }
};

struct NextBest
{
    std::uint32_t customer = 0; // customer row
    std::int32_t product = -1;  // index into BookData::products
    int rank = 0;               // 1 = best
    double penetration = 0;     // share of the peers holding the product at asOf
    double score = 0;           // penetration × margin (basis points a year)
    bool bookPeers = false;     // the peers are the whole book (the segment has fewer than minPeers)
};

// The margin ranking uses, in basis points a year: the product's marginBps; when that is unknown
// (NaN), the median known margin of the products of its type, else of the whole catalogue, else 1
// (then penetration alone ranks).
double rankingMarginBps(const BookData &book, std::int32_t product);

// Up to maxSuggestions products per customer, sorted by customer row then rank.
// - Peers: the customers with the same segmentOf key (a missing entry is the key ""); a segment of
//   fewer than minPeers customers uses the whole book.
// - Penetration: the share of the peers holding at least one holding of the product at asOf
//   (BookData::held); holdings outside the catalogue (product −1) are ignored. Catalogue entries
//   sharing a code count as one product (the first of them).
// - Candidates: penetration ≥ minPenetration; not held by the customer at asOf; suitable (header
//   comment). Ranked by score = penetration × rankingMarginBps, ties by penetration, then by
//   catalogue order.
// One pass over the holdings, one sort per segment, then a walk down the segment's ranking per
// customer until maxSuggestions fit.
std::vector<NextBest> nextBestProducts(const ProductRules &rules, const CustomerFeatures &features,
                                       const BookData &book, const std::vector<std::string> &segmentOf);

// The reason in words, translated, e.g. "Held by 42 % of peers in Affluent; risk R2 within the
// customer's tolerance C3; margin 0.80 % a year." segmentName is a display name.
QString describeNextBest(const NextBest &suggestion, const BookData &book, const CustomerFeatures &features,
                         const QString &segmentName);

// The same from stored figures (a saved run's next_best row joined to the product and customer).
struct NextBestReason
{
    double penetration = 0;
    bool bookPeers = false;
    int productRisk = 0;       // 1–5, 0 unknown
    int customerRisk = 0;      // 1–5, 0 unknown
    double marginBps = 0;      // NaN: unknown
    double rankingMarginBps = 0; // what ranked it when marginBps is unknown
};
QString describeNextBest(const NextBestReason &reason, const QString &segmentName);

} // namespace tierwise::analytics
