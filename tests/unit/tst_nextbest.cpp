// Next-best product: peer penetration × margin, suitability (risk, age, occupation), held products
// excluded, the whole-book fallback for tiny segments, the reason in words and the rules' JSON.

#include "analytics/features.h"
#include "analytics/nextbest.h"
#include "testutil.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <limits>

using namespace tierwise;
using namespace tierwise::analytics;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const Day kAsOf = ingest::dayFromCivil(2024, 6, 30);

enum Code { BL01, CC01, FD03, FD04, IN01, TD12, WM02 };

std::vector<Product> catalogue()
{
    return {
        {"BL01", "经营贷", ProductType::BusinessLoan, 1, 300, 36},
        {"CC01", "信用卡", ProductType::CreditCard, 1, 400, 0},
        {"FD03", "平衡混合基金", ProductType::Fund, 3, 100, 0},
        {"FD04", "指数基金", ProductType::Fund, 4, 200, 0},
        {"IN01", "两全保险", ProductType::Insurance, 1, 100, 60},
        {"TD12", "一年定期", ProductType::Term, 1, 50, 12},
        {"WM02", "稳享理财", ProductType::Wealth, 2, 80, 6},
    };
}

Holding open(int product)
{
    return Holding{product, kAsOf - 100, 0, 0, 1000, false};
}

// A book built customer by customer (ids in insertion order, which is sorted: "C0000", …).
struct Book
{
    CustomerFeatures features;
    BookData book;
    std::vector<std::string> segment;

    Book()
    {
        features.asOf = book.asOf = kAsOf;
        book.products = catalogue();
        book.holdingOffsets = {0};
    }

    std::uint32_t add(const char *seg, double age, int risk, const std::vector<Holding> &holdings,
                      const char *occupation = "")
    {
        const auto row = std::uint32_t(features.customerId.size());
        features.customerId.push_back(QStringLiteral("C%1").arg(row, 4, 10, QLatin1Char('0')).toStdString());
        features.age.push_back(age);
        features.riskLevel.push_back(std::int8_t(risk));
        features.tenureMonths.push_back(24);
        segment.push_back(seg);
        book.occupation.push_back(occupation);
        book.balances.push_back({});
        book.holdings.insert(book.holdings.end(), holdings.begin(), holdings.end());
        book.holdingOffsets.push_back(std::uint32_t(book.holdings.size()));
        return row;
    }

    // `count` customers of the segment (age 40, tolerance 5) holding the products.
    void addPeers(const char *seg, int count, const std::vector<int> &products)
    {
        std::vector<Holding> h;
        for (int p : products)
            h.push_back(open(p));
        for (int i = 0; i < count; ++i)
            add(seg, 40, 5, h);
    }

    std::vector<NextBest> run(const ProductRules &rules) const
    {
        return nextBestProducts(rules, features, book, segment);
    }
};

ProductRules noRules(int minPeers = 1)
{
    ProductRules r;
    r.minPeers = minPeers;
    return r;
}

// The suggestions of one customer, best first.
std::vector<NextBest> of(const std::vector<NextBest> &all, std::uint32_t customer)
{
    std::vector<NextBest> out;
    for (const NextBest &s : all)
        if (s.customer == customer)
            out.push_back(s);
    return out;
}

std::vector<int> products(const std::vector<NextBest> &list)
{
    std::vector<int> out;
    for (const NextBest &s : list)
        out.push_back(s.product);
    return out;
}

} // namespace

class TestNextBest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rankByPenetrationTimesMargin();
    void riskTolerance();
    void ageRule();
    void occupationRule();
    void heldExcluded();
    void minPenetration();
    void tinySegmentUsesWholeBook();
    void unknownMargin();
    void describe();
    void defaults();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestNextBest::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestNextBest::rankByPenetrationTimesMargin()
{
    // Segment A, 10 customers. Penetration × margin: TD12 0.8 × 50 = 40, FD03 0.6 × 100 = 60,
    // CC01 0.2 × 400 = 80, IN01 0.1 × 100 = 10.
    Book b;
    const std::uint32_t target = b.add("A", 40, 5, {});
    b.addPeers("A", 2, {TD12, FD03, CC01});
    b.addPeers("A", 4, {TD12, FD03});
    b.addPeers("A", 2, {TD12});
    b.addPeers("A", 1, {IN01});
    const std::vector<NextBest> all = b.run(noRules());

    const std::vector<NextBest> t = of(all, target);
    QCOMPARE(products(t), (std::vector<int>{CC01, FD03, TD12})); // max 3: IN01 is cut
    QCOMPARE(t[0].rank, 1);
    QCOMPARE(t[2].rank, 3);
    QCOMPARE(t[0].penetration, 0.2);
    QCOMPARE(t[0].score, 0.2 * 400);
    QCOMPARE(t[1].penetration, 0.6);
    QCOMPARE(t[2].penetration, 0.8);
    QVERIFY(!t[0].bookPeers);

    // Customer 1 holds TD12, FD03 and CC01: only IN01 is left.
    const std::vector<NextBest> c1 = of(all, 1);
    QCOMPARE(products(c1), (std::vector<int>{IN01}));
    QCOMPARE(c1[0].rank, 1);
    QCOMPARE(c1[0].penetration, 0.1);

    // Sorted by customer, then rank.
    for (std::size_t i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].customer < all[i].customer
                || (all[i - 1].customer == all[i].customer && all[i - 1].rank + 1 == all[i].rank));

    ProductRules four = noRules();
    four.maxSuggestions = 4;
    QCOMPARE(products(of(b.run(four), target)), (std::vector<int>{CC01, FD03, TD12, IN01}));
}

void TestNextBest::riskTolerance()
{
    // 13 customers: FD04 (R4) held by 9 (9/13 × 200 = 138), WM02 (R2) by 6 (37), TD12 (R1) by 6 (23).
    Book b;
    const std::uint32_t c3 = b.add("A", 40, 3, {});
    const std::uint32_t c4 = b.add("A", 40, 4, {});
    const std::uint32_t c5 = b.add("A", 40, 5, {});
    const std::uint32_t unknown = b.add("A", 40, 0, {});
    b.addPeers("A", 6, {FD04, WM02, TD12});
    b.addPeers("A", 3, {FD04});
    const std::vector<NextBest> all = b.run(noRules());
    QCOMPARE(products(of(all, c3)), (std::vector<int>{WM02, TD12})); // never FD04
    QCOMPARE(products(of(all, c4)), (std::vector<int>{FD04, WM02, TD12}));
    QCOMPARE(products(of(all, unknown)), (std::vector<int>{TD12}));  // unknown tolerance: R1 only

    // A product of unknown risk level counts as R5.
    b.book.products[FD04].riskLevel = 0;
    const std::vector<NextBest> unrated = b.run(noRules());
    QCOMPARE(products(of(unrated, c4)), (std::vector<int>{WM02, TD12}));
    QCOMPARE(products(of(unrated, c5)), (std::vector<int>{FD04, WM02, TD12}));
}

void TestNextBest::ageRule()
{
    // CC01 held by all 9 peers (100 % of them, 9 / 14 of the segment), TD12 by 5.
    Book b;
    const std::uint32_t old = b.add("A", 70, 5, {});
    const std::uint32_t edge = b.add("A", 65, 5, {});
    const std::uint32_t minor = b.add("A", 17, 5, {});
    const std::uint32_t adult = b.add("A", 18, 5, {});
    const std::uint32_t noAge = b.add("A", kNaN, 5, {});
    b.addPeers("A", 5, {CC01, TD12});
    b.addPeers("A", 4, {CC01});
    ProductRules rules = noRules();
    rules.rule(ProductType::CreditCard).minAge = 18;
    rules.rule(ProductType::CreditCard).maxAge = 65;
    const std::vector<NextBest> all = b.run(rules);
    QCOMPARE(products(of(all, old)), (std::vector<int>{TD12}));
    QCOMPARE(products(of(all, edge)), (std::vector<int>{CC01, TD12}));  // bounds are inclusive
    QCOMPARE(products(of(all, minor)), (std::vector<int>{TD12}));
    QCOMPARE(products(of(all, adult)), (std::vector<int>{CC01, TD12}));
    QCOMPARE(products(of(all, noAge)), (std::vector<int>{TD12}));       // unknown age: no age-ruled types
    // Without the rule the old customer gets the card.
    QCOMPARE(products(of(b.run(noRules()), old)), (std::vector<int>{CC01, TD12}));
}

void TestNextBest::occupationRule()
{
    Book b;
    const std::uint32_t owner = b.add("A", 45, 3, {}, "私营企业主");
    const std::uint32_t employee = b.add("A", 45, 3, {}, "企业职员");
    const std::uint32_t english = b.add("A", 45, 3, {}, "Retired Business Owner");
    const std::uint32_t unknown = b.add("A", 45, 3, {}, "");
    b.addPeers("A", 6, {BL01});
    ProductRules rules = noRules();
    rules.rule(ProductType::BusinessLoan).occupationKeywords = {QStringLiteral("企业主"),
                                                                QStringLiteral("business owner")};
    const std::vector<NextBest> all = b.run(rules);
    QCOMPARE(products(of(all, owner)), (std::vector<int>{BL01}));
    QVERIFY(of(all, employee).empty());
    QCOMPARE(products(of(all, english)), (std::vector<int>{BL01})); // ASCII case-insensitive
    QVERIFY(of(all, unknown).empty());
}

void TestNextBest::heldExcluded()
{
    // Two catalogue entries share the code TD12; they count as one product (the first entry).
    Book b;
    b.book.products.push_back(b.book.products[TD12]);
    std::sort(b.book.products.begin(), b.book.products.end(),
              [](const Product &x, const Product &y) { return x.code < y.code; });
    const int td12a = TD12, td12b = TD12 + 1, wm02 = WM02 + 1;
    QCOMPARE(b.book.products[std::size_t(td12b)].code, std::string("TD12"));

    const std::uint32_t viaSecond = b.add("A", 40, 5, {open(td12b)});
    Holding closed = open(td12a);
    closed.close = kAsOf; // closed on the as-of date: not held
    const std::uint32_t wasHolder = b.add("A", 40, 5, {closed});
    Holding future = open(td12a);
    future.open = kAsOf + 1; // opened after the as-of date: not held
    const std::uint32_t notYet = b.add("A", 40, 5, {future});
    b.addPeers("A", 2, {td12a});
    b.addPeers("A", 3, {td12b, td12a}); // both entries: one holder
    b.addPeers("A", 2, {wm02});
    // 10 customers; TD12 held by 1 + 2 + 3 = 6 (0.6 × 50 = 30), WM02 by 2 (0.2 × 80 = 16).
    const std::vector<NextBest> all = b.run(noRules());
    QCOMPARE(products(of(all, viaSecond)), (std::vector<int>{wm02}));
    const std::vector<NextBest> w = of(all, wasHolder);
    QCOMPARE(products(w), (std::vector<int>{td12a, wm02}));
    QCOMPARE(w[0].penetration, 0.6);
    QCOMPARE(products(of(all, notYet)), (std::vector<int>{td12a, wm02}));
    for (const NextBest &s : all)
        QVERIFY(s.product != td12b);
}

void TestNextBest::minPenetration()
{
    // 20 customers: TD12 held by 2 (exactly 10 %), IN01 by 1 (5 %).
    Book b;
    const std::uint32_t target = b.add("A", 40, 5, {});
    b.addPeers("A", 2, {TD12});
    b.addPeers("A", 1, {IN01});
    b.addPeers("A", 16, {});
    ProductRules rules = noRules();
    rules.minPenetration = 0.1;
    QCOMPARE(products(of(b.run(rules), target)), (std::vector<int>{TD12}));
    rules.minPenetration = 0.05;
    QCOMPARE(products(of(b.run(rules), target)), (std::vector<int>{TD12, IN01}));
    rules.minPenetration = 0.0; // never a product no peer holds
    QCOMPARE(products(of(b.run(rules), target)), (std::vector<int>{TD12, IN01}));
}

void TestNextBest::tinySegmentUsesWholeBook()
{
    // Segment "big": 10 customers, 8 hold TD12. Segment "tiny": 3 customers, 2 hold FD03.
    Book b;
    const std::uint32_t bigTarget = b.add("big", 40, 5, {});
    b.add("big", 40, 5, {});
    b.addPeers("big", 8, {TD12});
    const std::uint32_t tinyTarget = b.add("tiny", 40, 5, {});
    b.addPeers("tiny", 2, {FD03});

    // min_peers 5: the tiny segment compares with the whole book (13 customers):
    // TD12 8/13 × 50 = 30.8, FD03 2/13 × 100 = 15.4.
    const std::vector<NextBest> all = b.run(noRules(5));
    const std::vector<NextBest> tiny = of(all, tinyTarget);
    QCOMPARE(products(tiny), (std::vector<int>{TD12, FD03}));
    QVERIFY(tiny[0].bookPeers && tiny[1].bookPeers);
    QCOMPARE(tiny[0].penetration, 8.0 / 13.0);
    QCOMPARE(tiny[1].penetration, 2.0 / 13.0);
    // The big segment keeps its own peers: no FD03 there.
    const std::vector<NextBest> big = of(all, bigTarget);
    QCOMPARE(products(big), (std::vector<int>{TD12}));
    QVERIFY(!big[0].bookPeers);
    QCOMPARE(big[0].penetration, 0.8);

    // min_peers 3: the tiny segment is its own peer group (FD03 2/3; TD12 not held there).
    const std::vector<NextBest> own = of(b.run(noRules(3)), tinyTarget);
    QCOMPARE(products(own), (std::vector<int>{FD03}));
    QVERIFY(!own[0].bookPeers);
    QCOMPARE(own[0].penetration, 2.0 / 3.0);
}

void TestNextBest::unknownMargin()
{
    Book b;
    b.book.products[WM02].marginBps = kNaN; // the only wealth product: the catalogue's median
    b.book.products.push_back({"ZF09", "新基金", ProductType::Fund, 1, kNaN, 0});
    const int zf09 = int(b.book.products.size()) - 1;
    // Funds 100 and 200: median 150. Catalogue (known) 300, 400, 100, 200, 100, 50: median 150.
    QCOMPARE(rankingMarginBps(b.book, zf09), 150.0);
    QCOMPARE(rankingMarginBps(b.book, WM02), 150.0);
    QCOMPARE(rankingMarginBps(b.book, CC01), 400.0);
    b.book.products[BL01].marginBps = 1000; // catalogue median now (1000, 400, 100, 200, 100, 50) → 150 still
    b.book.products[TD12].marginBps = 2000; // (1000, 400, 100, 200, 100, 2000) → 300
    QCOMPARE(rankingMarginBps(b.book, WM02), 300.0);
    QCOMPARE(rankingMarginBps(b.book, zf09), 150.0);

    // ZF09 (0.5 × 150 = 75) ranks above IN01 (0.6 × 100 = 60).
    const std::uint32_t target = b.add("A", 40, 5, {});
    b.addPeers("A", 5, {zf09, IN01});
    b.addPeers("A", 1, {IN01});
    b.addPeers("A", 3, {});
    const std::vector<NextBest> t = of(b.run(noRules()), target);
    QCOMPARE(products(t), (std::vector<int>{zf09, IN01}));
    QCOMPARE(t[0].score, 0.5 * 150);
}

void TestNextBest::describe()
{
    Book b;
    const std::uint32_t c3 = b.add("A", 40, 3, {});
    const std::uint32_t unknown = b.add("A", 40, 0, {});
    const NextBest s{c3, WM02, 1, 0.42, 0.42 * 80, false};
    QCOMPARE(describeNextBest(s, b.book, b.features, QStringLiteral("Affluent")),
             QStringLiteral("Held by 42 % of peers in Affluent; risk R2 within the customer's tolerance C3; "
                            "margin 0.80 % a year."));

    const NextBest wide{unknown, TD12, 1, 0.126, 0.126 * 50, true};
    const QString w = describeNextBest(wide, b.book, b.features, QStringLiteral("Mass"));
    QVERIFY2(w.startsWith(QStringLiteral("Held by 13 % of all customers (Mass ")), qPrintable(w)); // 12.6 → 13
    QVERIFY2(w.contains(QStringLiteral("risk R1, as the customer's risk tolerance is unknown")), qPrintable(w));
    QVERIFY2(w.contains(QStringLiteral("margin 0.50 % a year")), qPrintable(w));

    b.book.products[WM02].marginBps = kNaN;
    const QString m = describeNextBest(s, b.book, b.features, QStringLiteral("Affluent"));
    QVERIFY2(m.contains(QStringLiteral("margin not known, ranked at 1.50 % a year")), qPrintable(m));
}

void TestNextBest::defaults()
{
    const ProductRules d = ProductRules::defaults();
    QVERIFY(d.validate().ok());
    QCOMPARE(d.maxSuggestions, 3);
    QCOMPARE(d.minPenetration, 0.05);
    QCOMPARE(d.minPeers, 30);
    QCOMPARE(d.rule(ProductType::CreditCard).minAge, std::optional<int>(18));
    QCOMPARE(d.rule(ProductType::CreditCard).maxAge, std::optional<int>(65));
    QCOMPARE(d.rule(ProductType::ConsumerLoan).minAge, std::optional<int>(22));
    QCOMPARE(d.rule(ProductType::ConsumerLoan).maxAge, std::optional<int>(60));
    QCOMPARE(d.rule(ProductType::Mortgage).maxAge, std::optional<int>(60));
    QVERIFY(!d.rule(ProductType::Insurance).minAge.has_value());
    QCOMPARE(d.rule(ProductType::Insurance).maxAge, std::optional<int>(65));
    QVERIFY(d.rule(ProductType::BusinessLoan).occupationKeywords.contains(QStringLiteral("个体")));
    QVERIFY(d.rule(ProductType::Fund).isEmpty());
}

void TestNextBest::jsonRoundTrip()
{
    ProductRules r = ProductRules::defaults();
    r.maxSuggestions = 5;
    r.minPenetration = 0.125;
    r.minPeers = 100;
    r.rule(ProductType::Fund).maxAge = 80;
    r.rule(ProductType::CreditCard).maxAge.reset();
    const Result<ProductRules> back = ProductRules::fromJsonBytes(r.toJsonBytes());
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
    QVERIFY(back.value() == r);
    QVERIFY(back.value() != ProductRules::defaults());
    // Everything is optional.
    const Result<ProductRules> empty = ProductRules::fromJsonBytes("{}");
    QVERIFY(empty.ok());
    QVERIFY(empty.value() == ProductRules());
}

void TestNextBest::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("key");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("JSON object");
    QTest::newRow("age not a number") << QByteArray(R"({"eligibility": {"mortgage": {"min_age": "18"}}})")
                                      << QStringLiteral("\"eligibility.mortgage.min_age\"");
    QTest::newRow("age fraction") << QByteArray(R"({"eligibility": {"mortgage": {"max_age": 60.5}}})")
                                  << QStringLiteral("\"eligibility.mortgage.max_age\"");
    QTest::newRow("min above max")
        << QByteArray(R"({"eligibility": {"consumer_loan": {"min_age": 61, "max_age": 60}}})")
        << QStringLiteral("\"eligibility.consumer_loan.min_age\"");
    QTest::newRow("age out of range") << QByteArray(R"({"eligibility": {"insurance": {"max_age": 200}}})")
                                      << QStringLiteral("\"eligibility.insurance.max_age\"");
    QTest::newRow("unknown type") << QByteArray(R"({"eligibility": {"car_loan": {"min_age": 18}}})")
                                  << QStringLiteral("\"eligibility.car_loan\"");
    QTest::newRow("unknown rule key") << QByteArray(R"({"eligibility": {"mortgage": {"minimum_age": 18}}})")
                                      << QStringLiteral("\"eligibility.mortgage.minimum_age\"");
    QTest::newRow("keywords not words")
        << QByteArray(R"({"eligibility": {"business_loan": {"occupation_keywords": [1]}}})")
        << QStringLiteral("\"eligibility.business_loan.occupation_keywords\"");
    QTest::newRow("empty keyword")
        << QByteArray(R"({"eligibility": {"business_loan": {"occupation_keywords": [" "]}}})")
        << QStringLiteral("\"eligibility.business_loan.occupation_keywords\"");
    QTest::newRow("no suggestions") << QByteArray(R"({"max_suggestions": 0})") << QStringLiteral("\"max_suggestions\"");
    QTest::newRow("penetration above 1") << QByteArray(R"({"min_penetration": 5})")
                                         << QStringLiteral("\"min_penetration\"");
    QTest::newRow("peers 0") << QByteArray(R"({"min_peers": 0})") << QStringLiteral("\"min_peers\"");
    QTest::newRow("root typo") << QByteArray(R"({"max_suggestion": 3})") << QStringLiteral("\"max_suggestion\"");
}

void TestNextBest::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, key);
    const QString error = test::ruleError<ProductRules>(json);
    QVERIFY2(error.contains(key), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestNextBest)
#include "tst_nextbest.moc"
