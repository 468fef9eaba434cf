#pragma once

// Composite value × risk (DOMAIN.md §2): a value index (a value tier, or later a CLV band) against
// the credit rating, each customer classed as quality credit, potential, general or high-risk.
//
// Ratings rank AAA > AA > A > BBB > BB > B > CCC. A rating is read trimmed and case-insensitively;
// a trailing "+" or "-" notch is ignored (AA+ is AA), and CC, C and D count as CCC (the worst
// level). Anything else, including "", is Unknown.
//
// Classification with the editable cut-offs (defaults in brackets):
//   rating unknown                                  → `unknownRating` (General)
//   rating ≤ highRiskAtOrBelow            (B)       → high-risk
//   rating ≥ goodRatingFrom (A), value ≥ qualityValueFrom (2 = affluent) → quality credit
//   rating ≥ goodRatingFrom, value below that       → potential
//   otherwise                                       → general
// A negative value index (no value known) counts as below qualityValueFrom.
//
// JSON: { "qualityValueFrom": 2, "goodRatingFrom": "A", "highRiskAtOrBelow": "B",
//         "unknownRating": "general" }

#include "result.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tierwise::analytics {

enum class CreditRating : std::int8_t { Unknown = 0, CCC = 1, B, BB, BBB, A, AA, AAA };
constexpr int kCreditRatingLevels = 8; // Unknown … AAA

CreditRating parseCreditRating(std::string_view text);
QString creditRatingName(CreditRating rating); // "AAA" … "CCC", "" for Unknown

enum class ValueRiskClass : std::int8_t { QualityCredit, Potential, General, HighRisk, Count_ };

// "quality-credit", "potential", "general", "high-risk": stable keys for files.
QString valueRiskKey(ValueRiskClass c);
// Quality credit customers / Potential customers / General customers / High-risk customers,
// translated (context tierwise::analytics::ValueRisk).
QString valueRiskName(ValueRiskClass c);

struct ValueRiskRules
{
    int qualityValueFrom = 2;                     // value index ≥ this is "high value"
    CreditRating goodRatingFrom = CreditRating::A; // rating ≥ this is "good"
    CreditRating highRiskAtOrBelow = CreditRating::B; // rating ≤ this is "poor"
    ValueRiskClass unknownRating = ValueRiskClass::General;

    // goodRatingFrom must lie above highRiskAtOrBelow; neither may be Unknown.
    Status validate() const;
    ValueRiskClass classify(int valueIndex, CreditRating rating) const;

    QJsonObject toJson() const;
    static Result<ValueRiskRules> fromJson(const QJsonObject &object);

    bool operator==(const ValueRiskRules &o) const
    {
        return qualityValueFrom == o.qualityValueFrom && goodRatingFrom == o.goodRatingFrom
            && highRiskAtOrBelow == o.highRiskAtOrBelow && unknownRating == o.unknownRating;
    }
};

struct ValueRiskResult
{
    std::vector<ValueRiskClass> classes; // per customer
    int valueLevels = 0;
    // valueLevels × kCreditRatingLevels customer counts, row = value index, column = rating
    // (0 = Unknown, 1 = CCC … 7 = AAA). Customers with a value index outside 0 … valueLevels − 1
    // are classed but not counted.
    std::vector<std::int64_t> matrix;
    std::array<std::int64_t, std::size_t(ValueRiskClass::Count_)> classCounts{};

    std::int64_t at(int valueIndex, CreditRating rating) const
    {
        return matrix[std::size_t(valueIndex) * kCreditRatingLevels + std::size_t(rating)];
    }
};

// valueIndex[i] (e.g. TierAssignment::tier) and creditRating[i] (as imported) per customer.
ValueRiskResult classifyValueRisk(const std::vector<int> &valueIndex, const std::vector<std::string> &creditRating,
                                  int valueLevels, const ValueRiskRules &rules);

} // namespace tierwise::analytics
