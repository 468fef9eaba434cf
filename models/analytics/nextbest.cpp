#include "analytics/nextbest.h"

#include "analytics/features.h"
#include "analytics/rulejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <unordered_map>

namespace {

// The context of this file's messages (call Tr::tr, never a bare tr()).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::analytics::NextBest)
};

using tierwise::Error;
using tierwise::Result;
using tierwise::Status;
using namespace tierwise::analytics;

constexpr int kMaxSuggestionsLimit = 50;
constexpr int kMaxAge = 150;
constexpr int kMaxRisk = 5;

QString typeKey(std::size_t type)
{
    return QLatin1String(productTypeName(static_cast<ProductType>(type)));
}

QString rulePath(std::size_t type, const char *key)
{
    return QStringLiteral("eligibility.%1.%2").arg(typeKey(type), QLatin1String(key));
}

// Rejects keys other than `allowed` and "comment"; `where` is the object's path ("" for the root).
Status checkKeys(const QJsonObject &o, std::initializer_list<const char *> allowed, const QString &where)
{
    return rulejson::checkKeys(o, allowed, where, Tr::tr("the product rules"));
}

Status readKeywords(const QJsonValue &v, const QString &path, QStringList &out)
{
    if (v.isUndefined())
        return {};
    if (!v.isArray())
        return Error::badInput(Tr::tr("\"%1\" must be an array of words.").arg(path));
    for (const QJsonValue k : v.toArray()) {
        if (!k.isString())
            return Error::badInput(Tr::tr("\"%1\" must be an array of words.").arg(path));
        out.append(k.toString());
    }
    return {};
}

Status readEligibility(const QJsonValue &value, ProductRules &rules)
{
    if (value.isUndefined())
        return {};
    if (!value.isObject())
        return Error::badInput(Tr::tr("\"eligibility\" must be an object of product type → rule."));
    const QJsonObject all = value.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key() == QLatin1String("comment"))
            continue;
        const std::string name = it.key().toStdString();
        const ProductType type = productTypeFromName(name);
        const auto t = static_cast<std::size_t>(type);
        if (name != productTypeName(type))
            return Error::badInput(Tr::tr("\"eligibility.%1\": unknown product type.").arg(it.key()));
        if (!it.value().isObject())
            return Error::badInput(Tr::tr("\"eligibility.%1\" must be an object.").arg(it.key()));
        const QJsonObject o = it.value().toObject();
        const QString where = QStringLiteral("eligibility.") + it.key();
        if (Status s = checkKeys(o, {"min_age", "max_age", "occupation_keywords"}, where); !s)
            return s;
        Eligibility &e = rules.eligibility[t];
        for (auto [key, target] : {std::pair{"min_age", &e.minAge}, std::pair{"max_age", &e.maxAge}}) {
            Result<std::optional<int>> r = rulejson::wholeNumber(o.value(QLatin1String(key)), rulePath(t, key));
            if (!r)
                return r.error();
            *target = *r;
        }
        if (Status s = readKeywords(o.value(QLatin1String("occupation_keywords")), rulePath(t, "occupation_keywords"),
                                    e.occupationKeywords);
            !s)
            return s;
    }
    return {};
}

Status readLimits(const QJsonObject &root, ProductRules &rules)
{
    for (Status s : {rulejson::read(root, "max_suggestions", rules.maxSuggestions),
                     rulejson::read(root, "min_penetration", rules.minPenetration),
                     rulejson::read(root, "min_peers", rules.minPeers)})
        if (!s)
            return s;
    return {};
}

Status validateEligibility(const Eligibility &e, std::size_t type)
{
    for (auto [key, age] : {std::pair{"min_age", e.minAge}, std::pair{"max_age", e.maxAge}})
        if (age && (*age < 0 || *age > kMaxAge))
            return Error::badInput(
                Tr::tr("\"%1\" must be an age between 0 and %2.").arg(rulePath(type, key)).arg(kMaxAge));
    if (e.minAge && e.maxAge && *e.minAge > *e.maxAge)
        return Error::badInput(Tr::tr("\"%1\" must not exceed max_age.").arg(rulePath(type, "min_age")));
    for (const QString &k : e.occupationKeywords)
        if (k.trimmed().isEmpty())
            return Error::badInput(
                Tr::tr("\"%1\" must not contain empty words.").arg(rulePath(type, "occupation_keywords")));
    return {};
}

// --------------------------------------------------------------------------------- suitability

// ASCII letters lower-cased; other bytes (UTF-8 Chinese) as they are.
std::string asciiLower(std::string s)
{
    for (char &ch : s)
        if (ch >= 'A' && ch <= 'Z')
            ch = char(ch - 'A' + 'a');
    return s;
}

// The rules with keywords as lower-cased UTF-8, ready for matching against occupations.
struct CompiledRule
{
    const Eligibility *rule = nullptr;
    std::vector<std::string> keywords;
};

std::array<CompiledRule, kProductTypes> compile(const ProductRules &rules)
{
    std::array<CompiledRule, kProductTypes> out;
    for (std::size_t t = 0; t < kProductTypes; ++t) {
        out[t].rule = &rules.eligibility[t];
        for (const QString &k : rules.eligibility[t].occupationKeywords)
            out[t].keywords.push_back(asciiLower(k.toStdString()));
    }
    return out;
}

bool riskSuitable(int productRisk, int customerRisk)
{
    const int product = productRisk >= 1 && productRisk <= kMaxRisk ? productRisk : kMaxRisk;
    const int tolerance = customerRisk >= 1 && customerRisk <= kMaxRisk ? customerRisk : 1;
    return product <= tolerance;
}

bool ageEligible(const Eligibility &e, double age)
{
    if (!e.hasAgeRule())
        return true;
    if (std::isnan(age))
        return false;
    return (!e.minAge || age >= *e.minAge) && (!e.maxAge || age <= *e.maxAge);
}

bool occupationEligible(const CompiledRule &r, const std::string &occupation)
{
    if (r.keywords.empty())
        return true;
    const std::string lower = asciiLower(occupation);
    return std::any_of(r.keywords.begin(), r.keywords.end(),
                       [&](const std::string &k) { return lower.find(k) != std::string::npos; });
}

template<typename T>
T at(const std::vector<T> &v, std::size_t i, T fallback)
{
    return i < v.size() ? v[i] : fallback;
}

bool suitable(const std::array<CompiledRule, kProductTypes> &rules, const Product &product,
              const CustomerFeatures &features, const BookData &book, std::size_t c)
{
    const CompiledRule &r = rules[static_cast<std::size_t>(product.type)];
    return riskSuitable(product.riskLevel, at<std::int8_t>(features.riskLevel, c, 0))
        && ageEligible(*r.rule, at(features.age, c, std::numeric_limits<double>::quiet_NaN()))
        && (r.keywords.empty() || occupationEligible(r, at(book.occupation, c, std::string())));
}

// ------------------------------------------------------------------------------------ ranking

double median(std::vector<double> v)
{
    if (v.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    return (upper + *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid))) / 2;
}

// rankingMarginBps for every catalogue entry.
std::vector<double> rankingMargins(const std::vector<Product> &products)
{
    std::array<std::vector<double>, kProductTypes> byType;
    std::vector<double> all;
    for (const Product &p : products)
        if (std::isfinite(p.marginBps)) {
            byType[static_cast<std::size_t>(p.type)].push_back(p.marginBps);
            all.push_back(p.marginBps);
        }
    std::array<double, kProductTypes> typeMedian;
    const double allMedian = all.empty() ? 1.0 : median(all);
    for (std::size_t t = 0; t < kProductTypes; ++t)
        typeMedian[t] = byType[t].empty() ? allMedian : median(byType[t]);
    std::vector<double> out;
    out.reserve(products.size());
    for (const Product &p : products)
        out.push_back(std::isfinite(p.marginBps) ? p.marginBps : typeMedian[static_cast<std::size_t>(p.type)]);
    return out;
}

// Catalogue index → the first index with the same code (products are sorted by code).
std::vector<std::int32_t> canonicalProducts(const std::vector<Product> &products)
{
    std::vector<std::int32_t> out(products.size());
    for (std::size_t p = 0; p < products.size(); ++p)
        out[p] = p > 0 && products[p].code == products[p - 1].code ? out[p - 1] : std::int32_t(p);
    return out;
}

// Calls f(product) once per distinct (canonical) product the customer holds at asOf; `stamp`
// (one entry per product, initially ~0u) remembers which were seen for customer c.
template<typename F>
void forEachHeld(const BookData &book, const std::vector<std::int32_t> &canonical, std::size_t c,
                 std::vector<std::uint32_t> &stamp, F f)
{
    if (c + 1 >= book.holdingOffsets.size())
        return;
    for (std::uint32_t h = book.holdingOffsets[c]; h < book.holdingOffsets[c + 1]; ++h) {
        const Holding &holding = book.holdings[h];
        if (holding.product < 0 || std::size_t(holding.product) >= canonical.size() || !book.held(holding))
            continue;
        const auto p = std::size_t(canonical[std::size_t(holding.product)]);
        if (stamp[p] != std::uint32_t(c)) {
            stamp[p] = std::uint32_t(c);
            f(p);
        }
    }
}

struct Candidate
{
    std::int32_t product;
    double penetration;
    double score;
};

// The products a peer group holds, best first; `holders` per product, `peers` the group's size.
std::vector<Candidate> rankProducts(const std::int64_t *holders, std::int64_t peers, const std::vector<double> &margins,
                                    const std::vector<std::int32_t> &canonical, double minPenetration)
{
    std::vector<Candidate> out;
    for (std::size_t p = 0; p < canonical.size(); ++p) {
        const double penetration = peers > 0 ? double(holders[p]) / double(peers) : 0.0;
        if (canonical[p] == std::int32_t(p) && holders[p] > 0 && penetration >= minPenetration)
            out.push_back({std::int32_t(p), penetration, penetration * margins[p]});
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.penetration != b.penetration)
            return a.penetration > b.penetration;
        return a.product < b.product;
    });
    return out;
}

// Segment index per customer row and the number of segments.
std::vector<std::uint32_t> segmentIndex(const std::vector<std::string> &segmentOf, std::size_t n, std::size_t &segments)
{
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<std::uint32_t> out(n);
    const std::string none;
    for (std::size_t c = 0; c < n; ++c)
        out[c] = ids.emplace(c < segmentOf.size() ? segmentOf[c] : none, std::uint32_t(ids.size())).first->second;
    segments = ids.size();
    return out;
}

QString percent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100, 'f', decimals);
}

QString riskClause(int productRisk, int customerRisk)
{
    if (customerRisk < 1 || customerRisk > kMaxRisk)
        return Tr::tr("risk R%1, as the customer's risk tolerance is unknown").arg(productRisk);
    if (productRisk < 1 || productRisk > kMaxRisk)
        return Tr::tr("risk not rated (taken as R5), within the customer's tolerance C%1").arg(customerRisk);
    return Tr::tr("risk R%1 within the customer's tolerance C%2").arg(productRisk).arg(customerRisk);
}

} // namespace

namespace tierwise::analytics {

ProductRules ProductRules::defaults()
{
    return rulejson::defaultRules<ProductRules>("product_rules");
}

Status ProductRules::validate() const
{
    if (maxSuggestions < 1 || maxSuggestions > kMaxSuggestionsLimit)
        return Error::badInput(Tr::tr("\"max_suggestions\" must be between 1 and %1.").arg(kMaxSuggestionsLimit));
    if (!(minPenetration >= 0 && minPenetration <= 1))
        return Error::badInput(Tr::tr("\"min_penetration\" must be a fraction between 0 and 1 (0.05 = 5 %)."));
    if (minPeers < 1)
        return Error::badInput(Tr::tr("\"min_peers\" must be at least 1."));
    for (std::size_t t = 0; t < kProductTypes; ++t)
        if (Status s = validateEligibility(eligibility[t], t); !s)
            return s;
    return {};
}

QJsonObject ProductRules::toJson() const
{
    QJsonObject types;
    for (std::size_t t = 0; t < kProductTypes; ++t) {
        const Eligibility &e = eligibility[t];
        if (e.isEmpty())
            continue;
        QJsonObject o;
        if (e.minAge)
            o.insert(QStringLiteral("min_age"), *e.minAge);
        if (e.maxAge)
            o.insert(QStringLiteral("max_age"), *e.maxAge);
        if (!e.occupationKeywords.isEmpty())
            o.insert(QStringLiteral("occupation_keywords"), QJsonArray::fromStringList(e.occupationKeywords));
        types.insert(typeKey(t), o);
    }
    return QJsonObject{{QStringLiteral("max_suggestions"), maxSuggestions},
                       {QStringLiteral("min_penetration"), minPenetration},
                       {QStringLiteral("min_peers"), minPeers},
                       {QStringLiteral("eligibility"), types}};
}

QByteArray ProductRules::toJsonBytes() const
{
    return rulejson::indented(toJson());
}

Result<ProductRules> ProductRules::fromJson(const QJsonObject &root)
{
    ProductRules rules;
    Status s = checkKeys(root, {"max_suggestions", "min_penetration", "min_peers", "eligibility"}, QString());
    if (s)
        s = readLimits(root, rules);
    if (s)
        s = readEligibility(root.value(QLatin1String("eligibility")), rules);
    if (s)
        s = rules.validate();
    if (!s)
        return s.error();
    return rules;
}

Result<ProductRules> ProductRules::fromJsonBytes(const QByteArray &json)
{
    return rulejson::parseRules<ProductRules>(json, Tr::tr("The product rules"));
}

double rankingMarginBps(const BookData &book, std::int32_t product)
{
    if (product < 0 || std::size_t(product) >= book.products.size())
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isfinite(book.products[std::size_t(product)].marginBps))
        return book.products[std::size_t(product)].marginBps;
    return rankingMargins(book.products)[std::size_t(product)];
}

std::vector<NextBest> nextBestProducts(const ProductRules &rules, const CustomerFeatures &features,
                                       const BookData &book, const std::vector<std::string> &segmentOf)
{
    const std::size_t n = features.size(), products = book.products.size();
    const std::vector<std::int32_t> canonical = canonicalProducts(book.products);
    const std::vector<double> margins = rankingMargins(book.products);
    std::size_t segments = 0;
    const std::vector<std::uint32_t> segment = segmentIndex(segmentOf, n, segments);

    // One pass: customers per segment and holders per segment × product; the last row is the book.
    std::vector<std::int64_t> size(segments + 1, 0), holders((segments + 1) * products, 0);
    std::vector<std::uint32_t> stamp(products, ~0u);
    for (std::size_t c = 0; c < n; ++c) {
        ++size[segment[c]];
        forEachHeld(book, canonical, c, stamp, [&](std::size_t p) {
            ++holders[segment[c] * products + p];
            ++holders[segments * products + p];
        });
    }
    size[segments] = std::int64_t(n);

    std::vector<std::vector<Candidate>> ranking(segments + 1);
    for (std::size_t s = 0; s <= segments; ++s)
        if (s == segments || size[s] >= rules.minPeers)
            ranking[s] = rankProducts(holders.data() + s * products, size[s], margins, canonical, rules.minPenetration);

    const std::array<CompiledRule, kProductTypes> compiled = compile(rules);
    std::vector<NextBest> out;
    std::fill(stamp.begin(), stamp.end(), ~0u);
    for (std::size_t c = 0; c < n; ++c) {
        const bool bookPeers = size[segment[c]] < rules.minPeers;
        const std::vector<Candidate> &list = ranking[bookPeers ? segments : segment[c]];
        forEachHeld(book, canonical, c, stamp, [](std::size_t) {});
        int rank = 0;
        for (const Candidate &k : list) {
            if (rank == rules.maxSuggestions)
                break;
            const auto p = std::size_t(k.product);
            if (stamp[p] == std::uint32_t(c) || !suitable(compiled, book.products[p], features, book, c))
                continue;
            out.push_back({std::uint32_t(c), k.product, ++rank, k.penetration, k.score, bookPeers});
        }
    }
    return out;
}

QString describeNextBest(const NextBestReason &r, const QString &segmentName)
{
    const QString peers = r.bookPeers
        ? Tr::tr("Held by %1 % of all customers (%2 has too few customers to compare within)")
              .arg(percent(r.penetration, 0), segmentName)
        : Tr::tr("Held by %1 % of peers in %2").arg(percent(r.penetration, 0), segmentName);
    const QString risk = riskClause(r.productRisk, r.customerRisk);
    const QString margin = std::isfinite(r.marginBps)
        ? Tr::tr("margin %1 % a year").arg(percent(r.marginBps / 10000, 2))
        : Tr::tr("margin not known, ranked at %1 % a year (the median of similar products)")
              .arg(percent(r.rankingMarginBps / 10000, 2));
    // The clauses joined into one sentence (translators may change the separators).
    return Tr::tr("%1; %2; %3.").arg(peers, risk, margin);
}

QString describeNextBest(const NextBest &s, const BookData &book, const CustomerFeatures &features,
                         const QString &segmentName)
{
    if (s.product < 0 || std::size_t(s.product) >= book.products.size())
        return QString();
    const Product &product = book.products[std::size_t(s.product)];
    NextBestReason r;
    r.penetration = s.penetration;
    r.bookPeers = s.bookPeers;
    r.productRisk = product.riskLevel;
    r.customerRisk = at<std::int8_t>(features.riskLevel, s.customer, 0);
    r.marginBps = product.marginBps;
    r.rankingMarginBps = rankingMarginBps(book, s.product);
    return describeNextBest(r, segmentName);
}

} // namespace tierwise::analytics
