// Value × risk: rating order and parsing, the classification table, the matrix and the rules' JSON.

#include "analytics/valuerisk.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QTest>

using namespace tierwise;
using namespace tierwise::analytics;

Q_DECLARE_METATYPE(tierwise::analytics::CreditRating)
Q_DECLARE_METATYPE(tierwise::analytics::ValueRiskClass)

class TestValueRisk : public QObject
{
    Q_OBJECT

private slots:
    void ratingOrder();
    void parseRating_data();
    void parseRating();
    void classifyDefaults_data();
    void classifyDefaults();
    void editedCutOffs();
    void matrixAndCounts();
    void names();
    void jsonRoundTrip();
    void jsonErrors_data();
    void jsonErrors();
};

void TestValueRisk::ratingOrder()
{
    const CreditRating order[] = {CreditRating::AAA, CreditRating::AA, CreditRating::A, CreditRating::BBB,
                                  CreditRating::BB, CreditRating::B, CreditRating::CCC, CreditRating::Unknown};
    for (int i = 0; i + 1 < 8; ++i)
        QVERIFY(int(order[i]) > int(order[i + 1]));
}

void TestValueRisk::parseRating_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CreditRating>("rating");
    QTest::newRow("AAA") << QStringLiteral("AAA") << CreditRating::AAA;
    QTest::newRow("lower case, spaces") << QStringLiteral(" bbb ") << CreditRating::BBB;
    QTest::newRow("notch plus") << QStringLiteral("AA+") << CreditRating::AA;
    QTest::newRow("notch minus") << QStringLiteral("A-") << CreditRating::A;
    QTest::newRow("BB") << QStringLiteral("BB") << CreditRating::BB;
    QTest::newRow("B") << QStringLiteral("B") << CreditRating::B;
    QTest::newRow("CCC") << QStringLiteral("CCC") << CreditRating::CCC;
    QTest::newRow("CC is CCC") << QStringLiteral("CC") << CreditRating::CCC;
    QTest::newRow("D is CCC") << QStringLiteral("D") << CreditRating::CCC;
    QTest::newRow("empty") << QString() << CreditRating::Unknown;
    QTest::newRow("NR") << QStringLiteral("NR") << CreditRating::Unknown;
    QTest::newRow("AAAA") << QStringLiteral("AAAA") << CreditRating::Unknown;
}

void TestValueRisk::parseRating()
{
    QFETCH(QString, text);
    QFETCH(CreditRating, rating);
    QCOMPARE(parseCreditRating(text.toStdString()), rating);
}

void TestValueRisk::classifyDefaults_data()
{
    // Defaults: high value = tier ≥ 2 (affluent), good rating ≥ A, high risk ≤ B.
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("rating");
    QTest::addColumn<ValueRiskClass>("expected");
    QTest::newRow("affluent AAA: quality credit") << 2 << QStringLiteral("AAA") << ValueRiskClass::QualityCredit;
    QTest::newRow("private A: quality credit") << 4 << QStringLiteral("A") << ValueRiskClass::QualityCredit;
    QTest::newRow("mass AA: potential") << 1 << QStringLiteral("AA") << ValueRiskClass::Potential;
    QTest::newRow("potential tier A: potential") << 0 << QStringLiteral("A") << ValueRiskClass::Potential;
    QTest::newRow("no value AAA: potential") << -1 << QStringLiteral("AAA") << ValueRiskClass::Potential;
    QTest::newRow("HNW BBB: general") << 3 << QStringLiteral("BBB") << ValueRiskClass::General;
    QTest::newRow("mass BB: general") << 1 << QStringLiteral("BB") << ValueRiskClass::General;
    QTest::newRow("private B: high risk") << 4 << QStringLiteral("B") << ValueRiskClass::HighRisk;
    QTest::newRow("mass CCC: high risk") << 1 << QStringLiteral("CCC") << ValueRiskClass::HighRisk;
    QTest::newRow("unknown rating: general") << 4 << QString() << ValueRiskClass::General;
}

void TestValueRisk::classifyDefaults()
{
    QFETCH(int, value);
    QFETCH(QString, rating);
    QFETCH(ValueRiskClass, expected);
    QCOMPARE(ValueRiskRules().classify(value, parseCreditRating(rating.toStdString())), expected);
}

void TestValueRisk::editedCutOffs()
{
    ValueRiskRules r;
    r.qualityValueFrom = 3;
    r.goodRatingFrom = CreditRating::BBB;
    r.highRiskAtOrBelow = CreditRating::BB;
    r.unknownRating = ValueRiskClass::HighRisk;
    QVERIFY(r.validate().ok());
    QCOMPARE(r.classify(3, CreditRating::BBB), ValueRiskClass::QualityCredit);
    QCOMPARE(r.classify(2, CreditRating::AAA), ValueRiskClass::Potential);
    QCOMPARE(r.classify(4, CreditRating::BB), ValueRiskClass::HighRisk);
    QCOMPARE(r.classify(4, CreditRating::Unknown), ValueRiskClass::HighRisk);
    r.goodRatingFrom = CreditRating::BB; // not above the high-risk cut-off
    QVERIFY(!r.validate().ok());
}

void TestValueRisk::matrixAndCounts()
{
    const std::vector<int> value{0, 1, 2, 2, 3, 4, 1, 7};
    const std::vector<std::string> rating{"AAA", "BB", "A", "A", "CCC", "", "AA", "AAA"};
    const ValueRiskResult r = classifyValueRisk(value, rating, 5, ValueRiskRules());
    QCOMPARE(r.classes.size(), std::size_t(8));
    QCOMPARE(r.classes[0], ValueRiskClass::Potential);
    QCOMPARE(r.classes[1], ValueRiskClass::General);
    QCOMPARE(r.classes[2], ValueRiskClass::QualityCredit);
    QCOMPARE(r.classes[4], ValueRiskClass::HighRisk);
    QCOMPARE(r.classes[5], ValueRiskClass::General);
    QCOMPARE(r.classes[7], ValueRiskClass::QualityCredit); // classed, but outside the matrix
    QCOMPARE(r.at(2, CreditRating::A), std::int64_t(2));
    QCOMPARE(r.at(0, CreditRating::AAA), std::int64_t(1));
    QCOMPARE(r.at(4, CreditRating::Unknown), std::int64_t(1));
    QCOMPARE(r.at(1, CreditRating::AA), std::int64_t(1));
    std::int64_t inMatrix = 0;
    for (std::int64_t c : r.matrix)
        inMatrix += c;
    QCOMPARE(inMatrix, std::int64_t(7));
    QCOMPARE(r.classCounts[std::size_t(ValueRiskClass::QualityCredit)], std::int64_t(3));
    QCOMPARE(r.classCounts[std::size_t(ValueRiskClass::Potential)], std::int64_t(2));
    QCOMPARE(r.classCounts[std::size_t(ValueRiskClass::General)], std::int64_t(2));
    QCOMPARE(r.classCounts[std::size_t(ValueRiskClass::HighRisk)], std::int64_t(1));
}

void TestValueRisk::names()
{
    QCOMPARE(valueRiskKey(ValueRiskClass::HighRisk), QStringLiteral("high-risk"));
    QCOMPARE(valueRiskName(ValueRiskClass::QualityCredit), QStringLiteral("Quality credit customers"));
    QCOMPARE(creditRatingName(CreditRating::BBB), QStringLiteral("BBB"));
    QCOMPARE(creditRatingName(CreditRating::Unknown), QString());
}

void TestValueRisk::jsonRoundTrip()
{
    ValueRiskRules r;
    r.qualityValueFrom = 3;
    r.goodRatingFrom = CreditRating::AA;
    r.highRiskAtOrBelow = CreditRating::BB;
    r.unknownRating = ValueRiskClass::HighRisk;
    const Result<ValueRiskRules> back = ValueRiskRules::fromJson(r.toJson());
    QVERIFY(back.ok());
    QVERIFY(back.value() == r);
    const Result<ValueRiskRules> empty = ValueRiskRules::fromJson(QJsonObject());
    QVERIFY(empty.ok());
    QVERIFY(empty.value() == ValueRiskRules());
}

void TestValueRisk::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad rating") << QByteArray(R"({"goodRatingFrom": "Z"})") << QStringLiteral("\"goodRatingFrom\"");
    QTest::newRow("rating not text") << QByteArray(R"({"highRiskAtOrBelow": 3})") << QStringLiteral("\"highRiskAtOrBelow\"");
    QTest::newRow("cut-offs crossed")
        << QByteArray(R"({"goodRatingFrom": "BB", "highRiskAtOrBelow": "BBB"})") << QStringLiteral("better rating");
    QTest::newRow("fractional value") << QByteArray(R"({"qualityValueFrom": 1.5})") << QStringLiteral("\"qualityValueFrom\"");
    QTest::newRow("negative value") << QByteArray(R"({"qualityValueFrom": -1})") << QStringLiteral("\"qualityValueFrom\"");
    QTest::newRow("unknown class") << QByteArray(R"({"unknownRating": "vip"})") << QStringLiteral("\"unknownRating\"");
}

void TestValueRisk::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const Result<ValueRiskRules> r = ValueRiskRules::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestValueRisk)
#include "tst_valuerisk.moc"
