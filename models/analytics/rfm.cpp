#include "analytics/rfm.h"

#include "analytics/features.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::Rfm)
};

constexpr char kContext[] = "tierwise::analytics::Rfm";

struct DefaultRule
{
    const char *name;
    int rMin, rMax, fMin, fMax;
};

const DefaultRule kDefaults[] = {
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Champions"), 5, 5, 4, 5},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Loyal"), 3, 4, 4, 5},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Potential loyalists"), 4, 5, 2, 3},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "New"), 5, 5, 1, 1},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Promising"), 4, 4, 1, 1},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Need attention"), 3, 3, 3, 3},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "About to sleep"), 3, 3, 1, 2},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "At risk"), 1, 2, 3, 4},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Can't lose"), 1, 2, 5, 5},
    {QT_TRANSLATE_NOOP("tierwise::analytics::Rfm", "Hibernating"), 1, 2, 1, 2},
};

bool readRange(const QJsonValue &v, int *lo, int *hi)
{
    if (v.isDouble()) {
        *lo = *hi = v.toInt();
        return v.toDouble() == std::floor(v.toDouble());
    }
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    *lo = a.at(0).toInt();
    *hi = a.at(1).toInt();
    return a.at(0).toDouble() == *lo && a.at(1).toDouble() == *hi;
}

} // namespace

namespace tierwise::analytics {

QString RfmRule::displayName() const
{
    return QCoreApplication::translate(kContext, name.toUtf8().constData());
}

RfmSegmentGrid RfmSegmentGrid::defaults()
{
    RfmSegmentGrid g;
    for (const DefaultRule &d : kDefaults)
        g.rules.append(RfmRule{QLatin1String(d.name), d.rMin, d.rMax, d.fMin, d.fMax});
    return g;
}

int RfmSegmentGrid::segmentOf(int r, int f) const
{
    for (int i = 0; i < rules.size(); ++i)
        if (rules.at(i).matches(r, f))
            return i;
    return -1;
}

QVector<int> RfmSegmentGrid::uncoveredCells() const
{
    QVector<int> cells;
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            if (segmentOf(r, f) < 0)
                cells.append(r * 10 + f);
    return cells;
}

Status RfmSegmentGrid::validate() const
{
    for (int i = 0; i < rules.size(); ++i) {
        const RfmRule &rule = rules.at(i);
        if (rule.name.trimmed().isEmpty())
            return Error::badInput(Tr::tr("segments[%1]: the segment needs a name.").arg(i));
        auto bad = [](int lo, int hi) { return lo < 1 || hi > 5 || lo > hi; };
        if (bad(rule.rMin, rule.rMax))
            return Error::badInput(Tr::tr("segment '%1': the R range %2–%3 must lie within 1–5, low to high.")
                                       .arg(rule.name)
                                       .arg(rule.rMin)
                                       .arg(rule.rMax));
        if (bad(rule.fMin, rule.fMax))
            return Error::badInput(Tr::tr("segment '%1': the F range %2–%3 must lie within 1–5, low to high.")
                                       .arg(rule.name)
                                       .arg(rule.fMin)
                                       .arg(rule.fMax));
    }
    return {};
}

QJsonObject RfmSegmentGrid::toJson() const
{
    QJsonArray segments;
    for (const RfmRule &r : rules)
        segments.append(QJsonObject{{QStringLiteral("name"), r.name},
                                    {QStringLiteral("r"), QJsonArray{r.rMin, r.rMax}},
                                    {QStringLiteral("f"), QJsonArray{r.fMin, r.fMax}}});
    return QJsonObject{{QStringLiteral("segments"), segments}};
}

QByteArray RfmSegmentGrid::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<RfmSegmentGrid> RfmSegmentGrid::fromJson(const QJsonObject &object)
{
    const QJsonValue segments = object.value(QLatin1String("segments"));
    if (!segments.isArray())
        return Error::badInput(Tr::tr("\"segments\" must be an array of {name, r, f}."));
    RfmSegmentGrid g;
    const QJsonArray a = segments.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        RfmRule rule;
        rule.name = o.value(QLatin1String("name")).toString();
        if (!a.at(i).isObject() || rule.name.isEmpty())
            return Error::badInput(Tr::tr("segments[%1]: the segment needs a name.").arg(i));
        if (!readRange(o.value(QLatin1String("r")), &rule.rMin, &rule.rMax))
            return Error::badInput(Tr::tr("segment '%1': \"r\" must be a score or a [low, high] pair.").arg(rule.name));
        if (!readRange(o.value(QLatin1String("f")), &rule.fMin, &rule.fMax))
            return Error::badInput(Tr::tr("segment '%1': \"f\" must be a score or a [low, high] pair.").arg(rule.name));
        g.rules.append(rule);
    }
    if (Status s = g.validate(); !s)
        return s.error();
    return g;
}

Result<RfmSegmentGrid> RfmSegmentGrid::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(Tr::tr("The RFM segment grid is not valid JSON: %1").arg(pe.errorString()));
    if (!doc.isObject())
        return Error::badInput(Tr::tr("The RFM segment grid must be a JSON object."));
    return fromJson(doc.object());
}

std::vector<std::int8_t> quintileScores(const std::vector<double> &values, bool higherIsBetter)
{
    std::vector<std::int8_t> scores(values.size(), 1);
    std::vector<std::size_t> order;
    order.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!std::isnan(values[i]))
            order.push_back(i);
    // Worst first.
    auto key = [&](std::size_t i) { return higherIsBetter ? values[i] : -values[i]; };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    const std::uint64_t n = order.size();
    std::size_t first = 0;
    while (first < order.size()) {
        std::size_t last = first;
        while (last + 1 < order.size() && key(order[last + 1]) == key(order[first]))
            ++last;
        // 1-based ranks first+1 … last+1; score = 1 + floor(5 (rFirst + rLast − 1) / 2n).
        const std::uint64_t sumRanks = std::uint64_t(first + 1) + std::uint64_t(last + 1);
        const int score = 1 + int((5 * (sumRanks - 1)) / (2 * n));
        for (std::size_t k = first; k <= last; ++k)
            scores[order[k]] = std::int8_t(std::min(score, 5));
        first = last + 1;
    }
    return scores;
}

std::vector<RfmScore> scoreRfm(const CustomerFeatures &features, const RfmSegmentGrid &grid)
{
    const std::size_t n = features.size();
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> recency(n, nan), frequency(n, nan), monetary(n, nan);
    for (std::size_t i = 0; i < n; ++i) {
        const double rec = i < features.recencyDays.size() ? features.recencyDays[i] : nan;
        const std::int32_t freq = i < features.frequency.size() ? features.frequency[i] : 0;
        if (freq <= 0 || std::isnan(rec))
            continue; // no transactions: R = F = M = 1
        recency[i] = rec;
        frequency[i] = double(freq);
        const double mon = i < features.monetary.size() ? features.monetary[i] : nan;
        monetary[i] = std::isnan(mon) ? 0.0 : mon;
    }
    const std::vector<std::int8_t> r = quintileScores(recency, false);
    const std::vector<std::int8_t> f = quintileScores(frequency, true);
    const std::vector<std::int8_t> m = quintileScores(monetary, true);

    // Segment per (R, F) cell, looked up once.
    std::int16_t cell[6][6];
    for (int ri = 1; ri <= 5; ++ri)
        for (int fi = 1; fi <= 5; ++fi)
            cell[ri][fi] = std::int16_t(grid.segmentOf(ri, fi));

    std::vector<RfmScore> out(n);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = RfmScore{r[i], f[i], m[i], cell[int(r[i])][int(f[i])]};
    return out;
}

} // namespace tierwise::analytics
