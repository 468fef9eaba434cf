#pragma once

// RFM (DOMAIN.md §2): recency, frequency and monetary quintile scores 1–5 (5 = best) and named
// segments from an editable R × F rule grid.
//
// Scores. Customers with at least one transaction are ranked on each measure from worst to best
// (recency: most days since the last transaction first; frequency and monetary: smallest first),
// ranks 1 … n. Ties: customers with equal values share one score, computed from the AVERAGE rank
// of their tie group, r = (first + last) / 2, as
//     score = 1 + floor(5 · (r − ½) / n)      (exactly: 1 + floor(5 · (first + last − 1) / (2n)))
// so without ties each fifth of the ranks gets one score (n = 10: 1 1 2 2 3 3 4 4 5 5) and with
// ties the group lands where its middle lies.
// Customers with no transactions (frequency 0 or recency NaN) get R = F = M = 1 and take no part
// in the ranking. A NaN monetary value of a customer with transactions (no spending days) ranks
// as 0.
//
// Grid JSON (RfmSegmentGrid::toJson / fromJson), first matching rule wins:
// { "segments": [ { "name": "Champions", "r": [5, 5], "f": [4, 5] }, … ] }

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <cstdint>
#include <vector>

namespace tierwise::analytics {

struct CustomerFeatures;

struct RfmRule
{
    QString name;   // source text for the defaults, translated by displayName()
    int rMin = 1;
    int rMax = 5;
    int fMin = 1;
    int fMax = 5;

    bool matches(int r, int f) const { return r >= rMin && r <= rMax && f >= fMin && f <= fMax; }
    // The defaults' names translated (context tierwise::analytics::Rfm); others as written.
    QString displayName() const;

    bool operator==(const RfmRule &o) const
    {
        return name == o.name && rMin == o.rMin && rMax == o.rMax && fMin == o.fMin && fMax == o.fMax;
    }
};

class RfmSegmentGrid
{
public:
    // Champions R5 F4–5, Loyal R3–4 F4–5, Potential loyalists R4–5 F2–3, New R5 F1, Promising R4
    // F1, Need attention R3 F3, About to sleep R3 F1–2, At risk R1–2 F3–4, Can't lose R1–2 F5,
    // Hibernating R1–2 F1–2. Covers each of the 25 R × F cells exactly once.
    static RfmSegmentGrid defaults();

    QVector<RfmRule> rules;

    // Index of the first rule matching (r, f), −1 if none.
    int segmentOf(int r, int f) const;
    // The (r, f) cells no rule matches, as r * 10 + f (e.g. 53 = R5 F3); empty when covered.
    QVector<int> uncoveredCells() const;

    // Names non-empty; ranges within 1–5 with min ≤ max. (Coverage is reported separately: an
    // uncovered cell leaves its customers without a segment, index −1.)
    Status validate() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static Result<RfmSegmentGrid> fromJson(const QJsonObject &object);
    static Result<RfmSegmentGrid> fromJsonBytes(const QByteArray &json);

    bool operator==(const RfmSegmentGrid &o) const { return rules == o.rules; }
};

struct RfmScore
{
    std::int8_t r = 1;
    std::int8_t f = 1;
    std::int8_t m = 1;
    std::int16_t segment = -1; // index into the grid's rules, −1 if no rule matches
};

// Quintile scores 1–5 of `values` by the tie rule above: NaN entries get 1 and are not ranked;
// higherIsBetter false ranks small values best (recency).
std::vector<std::int8_t> quintileScores(const std::vector<double> &values, bool higherIsBetter);

// Scores and segments of every customer of the features.
std::vector<RfmScore> scoreRfm(const CustomerFeatures &features, const RfmSegmentGrid &grid);

} // namespace tierwise::analytics
