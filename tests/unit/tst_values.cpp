// Parsing of amounts, numbers, dates and months from bank extracts.

#include "ingest/values.h"
#include "testutil.h"

#include <QTest>

#include <limits>

using namespace tierwise::ingest;

namespace {

std::string utf8(const QString &s)
{
    return s.toUtf8().toStdString();
}

} // namespace

class TestValues : public QObject
{
    Q_OBJECT

private slots:
    void moneyAccepted_data();
    void moneyAccepted();
    void moneyRejected_data();
    void moneyRejected();
    void integers_data();
    void integers();
    void decimals_data();
    void decimals();
    void civilRoundTrip();
    void civilKnownDays_data();
    void civilKnownDays();
    void isoDates_data();
    void isoDates();
    void datesAuto_data();
    void datesAuto();
    void datesRejected_data();
    void datesRejected();
    void datesWithFormat_data();
    void datesWithFormat();
    void months_data();
    void months();
    void trimmedText_data();
    void trimmedText();
    void reasonIsOptional();
};

// ---------------------------------------------------------------------------------------------

void TestValues::moneyAccepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("integer") << QStringLiteral("1234") << qint64(123400);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("thousands") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("one decimal") << QStringLiteral("-12.5") << qint64(-1250);
    QTest::newRow("plus sign") << QStringLiteral("+3") << qint64(300);
    QTest::newRow("leading point") << QStringLiteral(".5") << qint64(50);
    QTest::newRow("trailing point") << QStringLiteral("12.") << qint64(1200);
    QTest::newRow("parentheses negative") << QStringLiteral("(1,234.00)") << qint64(-123400);
    QTest::newRow("space thousands") << QStringLiteral("1 234.50") << qint64(123450);
    QTest::newRow("surrounding spaces") << QStringLiteral("  42.10 ") << qint64(4210);
    QTest::newRow("ideographic spaces") << QStringLiteral("\u3000 42.10\u3000") << qint64(4210);
    QTest::newRow("yen sign") << QStringLiteral("¥1,234.56") << qint64(123456);
    QTest::newRow("full-width yen sign") << QStringLiteral("￥ 88") << qint64(8800);
    QTest::newRow("dollar") << QStringLiteral("$12.34") << qint64(1234);
    QTest::newRow("RMB prefix") << QStringLiteral("RMB 1,000") << qint64(100000);
    QTest::newRow("rmb lower case") << QStringLiteral("rmb1000") << qint64(100000);
    QTest::newRow("CNY suffix") << QStringLiteral("1000.00 CNY") << qint64(100000);
    QTest::newRow("HK$") << QStringLiteral("HK$2,500") << qint64(250000);
    QTest::newRow("NT$ with space") << QStringLiteral("NT$ 500") << qint64(50000);
    QTest::newRow("USD prefix") << QStringLiteral("USD 9.99") << qint64(999);
    QTest::newRow("yuan suffix") << QStringLiteral("1,234.56元") << qint64(123456);
    QTest::newRow("yuan suffix with space") << QStringLiteral("88 元") << qint64(8800);
    QTest::newRow("minus before currency") << QStringLiteral("-¥12") << qint64(-1200);
    QTest::newRow("minus after currency") << QStringLiteral("¥-12") << qint64(-1200);
    QTest::newRow("currency around parentheses") << QStringLiteral("RMB (12.00)") << qint64(-1200);
    QTest::newRow("trailing minus") << QStringLiteral("1,234.00-") << qint64(-123400);
    QTest::newRow("trailing minus with currency") << QStringLiteral("12.00- 元") << qint64(-1200);
    QTest::newRow("full-width digits") << QStringLiteral("１２３４．５") << qint64(123450);
    QTest::newRow("full-width separators") << QStringLiteral("１，２３４．００") << qint64(123400);
    QTest::newRow("full-width minus") << QStringLiteral("－５") << qint64(-500);
    QTest::newRow("full-width parentheses") << QStringLiteral("（１００）") << qint64(-10000);
    QTest::newRow("unicode minus") << QStringLiteral("\u221212.00") << qint64(-1200);
    QTest::newRow("no-break space thousands") << QStringLiteral("1\u00a0234") << qint64(123400);
    QTest::newRow("round half up") << QStringLiteral("0.125") << qint64(13);
    QTest::newRow("round down") << QStringLiteral("0.1249") << qint64(12);
    QTest::newRow("round half away from zero, negative") << QStringLiteral("-0.125") << qint64(-13);
    QTest::newRow("many decimals") << QStringLiteral("1.999999") << qint64(200);
    QTest::newRow("leading zeros") << QStringLiteral("007.50") << qint64(750);
    QTest::newRow("largest") << QStringLiteral("92233720368547758.07")
                             << std::numeric_limits<qint64>::max();
}

void TestValues::moneyAccepted()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QString reason;
    const auto v = parseMoneyCents(utf8(text), &reason);
    QVERIFY2(v.has_value(), qPrintable(reason));
    QCOMPARE(qint64(*v), cents);
}

void TestValues::moneyRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty");
    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("unexpected 'a'");
    QTest::newRow("letter suffix") << QStringLiteral("12a") << QStringLiteral("unexpected 'a'");
    QTest::newRow("ten thousand unit") << QStringLiteral("12万") << QStringLiteral("unexpected '万'");
    QTest::newRow("misplaced separator 1,23")
        << QStringLiteral("1,23") << QStringLiteral("'1,23' has a misplaced thousands separator");
    QTest::newRow("misplaced separator 12,34")
        << QStringLiteral("12,34") << QStringLiteral("'12,34' has a misplaced thousands separator");
    QTest::newRow("group too long") << QStringLiteral("1,2345") << QStringLiteral("misplaced");
    QTest::newRow("first group too long") << QStringLiteral("1234,567") << QStringLiteral("misplaced");
    QTest::newRow("leading separator") << QStringLiteral(",123") << QStringLiteral("misplaced");
    QTest::newRow("trailing separator") << QStringLiteral("123,") << QStringLiteral("misplaced");
    QTest::newRow("short group before point") << QStringLiteral("1,23.45") << QStringLiteral("misplaced");
    QTest::newRow("mixed separators") << QStringLiteral("1,234 567") << QStringLiteral("misplaced");
    QTest::newRow("two decimal points") << QStringLiteral("12.3.4")
                                        << QStringLiteral("more than one decimal point");
    QTest::newRow("decimal comma locale") << QStringLiteral("1.234,56")
                                          << QStringLiteral("after the decimal point");
    QTest::newRow("sign only") << QStringLiteral("-") << QStringLiteral("no digits");
    QTest::newRow("currency only") << QStringLiteral("RMB") << QStringLiteral("no digits");
    QTest::newRow("double sign") << QStringLiteral("--5") << QStringLiteral("unexpected '-'");
    QTest::newRow("overflow") << QStringLiteral("92233720368547758.08") << QStringLiteral("too large");
    QTest::newRow("huge") << QStringLiteral("999999999999999999999999") << QStringLiteral("too large");
    QTest::newRow("unknown currency") << QStringLiteral("EUR 5") << QStringLiteral("unexpected 'E'");
    QTest::newRow("very long") << QString(300, QLatin1Char('9')) + QStringLiteral("元")
                               << QStringLiteral("too long");
}

void TestValues::moneyRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonContains);
    QString reason;
    const auto v = parseMoneyCents(utf8(text), &reason);
    QVERIFY2(!v.has_value(), qPrintable(QString::number(v.value_or(0))));
    QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
}

// ---------------------------------------------------------------------------------------------

void TestValues::integers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("reasonContains");

    QTest::newRow("plain") << QStringLiteral("42") << true << qint64(42) << QString();
    QTest::newRow("negative") << QStringLiteral("-7") << true << qint64(-7) << QString();
    QTest::newRow("plus") << QStringLiteral("+7") << true << qint64(7) << QString();
    QTest::newRow("thousands") << QStringLiteral("1,000,000") << true << qint64(1000000) << QString();
    QTest::newRow("full-width") << QStringLiteral("３") << true << qint64(3) << QString();
    QTest::newRow("spaces around") << QStringLiteral(" 5 ") << true << qint64(5) << QString();
    QTest::newRow("whole with zero decimals") << QStringLiteral("3.00") << true << qint64(3) << QString();
    QTest::newRow("max") << QStringLiteral("9223372036854775807") << true
                         << std::numeric_limits<qint64>::max() << QString();
    QTest::newRow("min") << QStringLiteral("-9223372036854775808") << true
                         << std::numeric_limits<qint64>::min() << QString();
    QTest::newRow("fraction") << QStringLiteral("3.5") << false << qint64(0)
                              << QStringLiteral("not a whole number");
    QTest::newRow("overflow") << QStringLiteral("9223372036854775808") << false << qint64(0)
                              << QStringLiteral("too large");
    QTest::newRow("space separator") << QStringLiteral("1 000") << false << qint64(0)
                                     << QStringLiteral("unexpected ' '");
    QTest::newRow("misplaced") << QStringLiteral("10,00") << false << qint64(0)
                               << QStringLiteral("misplaced");
    QTest::newRow("letters") << QStringLiteral("x1") << false << qint64(0)
                             << QStringLiteral("unexpected 'x'");
    QTest::newRow("empty") << QString() << false << qint64(0) << QStringLiteral("empty");
}

void TestValues::integers()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    QFETCH(QString, reasonContains);
    QString reason;
    const auto v = parseInteger(utf8(text), &reason);
    QCOMPARE(v.has_value(), ok);
    if (ok)
        QCOMPARE(qint64(*v), value);
    else
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
}

void TestValues::decimals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    QTest::newRow("plain") << QStringLiteral("3.25") << true << 3.25;
    QTest::newRow("negative") << QStringLiteral("-0.5") << true << -0.5;
    QTest::newRow("leading point") << QStringLiteral(".75") << true << 0.75;
    QTest::newRow("thousands") << QStringLiteral("12,345.5") << true << 12345.5;
    QTest::newRow("full-width") << QStringLiteral("１．５") << true << 1.5;
    QTest::newRow("exponent") << QStringLiteral("1.5e3") << true << 1500.0;
    QTest::newRow("negative exponent") << QStringLiteral("25E-2") << true << 0.25;
    QTest::newRow("underflow to zero") << QStringLiteral("1e-400") << true << 0.0;
    QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << 0.0;
    QTest::newRow("misplaced separator") << QStringLiteral("1,23") << false << 0.0;
    QTest::newRow("bare exponent") << QStringLiteral("1e") << false << 0.0;
    QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
    QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
    QTest::newRow("percent") << QStringLiteral("5%") << false << 0.0;
}

void TestValues::decimals()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    QString reason;
    const auto v = parseDecimal(utf8(text), &reason);
    QVERIFY2(v.has_value() == ok, qPrintable(reason));
    if (ok)
        TW_COMPARE_FUZZY(*v, value, 1e-12);
    else
        QVERIFY(!reason.isEmpty());
}

// ---------------------------------------------------------------------------------------------

void TestValues::civilRoundTrip()
{
    // Every day from 1600-01-01 to 2400-12-31 converts back to itself and days are consecutive.
    const Day first = dayFromCivil(1600, 1, 1);
    const Day last = dayFromCivil(2400, 12, 31);
    int py = 1599, pm = 12, pd = 31;
    for (Day day = first; day <= last; ++day) {
        int y = 0, m = 0, d = 0;
        civilFromDay(day, y, m, d);
        if (dayFromCivil(y, m, d) != day)
            QFAIL(qPrintable(QStringLiteral("round trip failed at %1").arg(day)));
        const bool next = (y == py && m == pm && d == pd + 1) || (y == py && m == pm + 1 && d == 1)
            || (y == py + 1 && m == 1 && d == 1 && pm == 12);
        if (!next)
            QFAIL(qPrintable(QStringLiteral("%1-%2-%3 does not follow %4-%5-%6")
                                 .arg(y).arg(m).arg(d).arg(py).arg(pm).arg(pd)));
        py = y;
        pm = m;
        pd = d;
    }
}

void TestValues::civilKnownDays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("days");

    QTest::newRow("epoch") << 1970 << 1 << 1 << 0;
    QTest::newRow("day before epoch") << 1969 << 12 << 31 << -1;
    QTest::newRow("y2k") << 2000 << 1 << 1 << 10957;
    QTest::newRow("leap day 2000") << 2000 << 2 << 29 << 11016;
    QTest::newRow("leap day 2024") << 2024 << 2 << 29 << 19782;
    QTest::newRow("2024-03-31") << 2024 << 3 << 31 << 19813;
    QTest::newRow("cdnow start") << 1997 << 1 << 1 << 9862;
    QTest::newRow("1900-03-01") << 1900 << 3 << 1 << -25508;
}

void TestValues::civilKnownDays()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, days);
    QCOMPARE(int(dayFromCivil(year, month, day)), days);
    // QDate agrees.
    QCOMPARE(qint64(days), QDate(1970, 1, 1).daysTo(QDate(year, month, day)));
}

void TestValues::isoDates_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("iso");
    QTest::newRow("epoch") << 0 << QStringLiteral("1970-01-01");
    QTest::newRow("leap day") << 19782 << QStringLiteral("2024-02-29");
    QTest::newRow("before epoch") << -25508 << QStringLiteral("1900-03-01");
    QTest::newRow("year 1") << int(dayFromCivil(1, 1, 1)) << QStringLiteral("0001-01-01");
    QTest::newRow("far future") << int(dayFromCivil(9999, 12, 31)) << QStringLiteral("9999-12-31");
}

void TestValues::isoDates()
{
    QFETCH(int, days);
    QFETCH(QString, iso);
    QCOMPARE(tierwise::ingest::isoDate(Day(days)), iso);
}

void TestValues::datesAuto_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");

    QTest::newRow("iso") << QStringLiteral("2024-03-31") << QStringLiteral("2024-03-31");
    QTest::newRow("iso single digits") << QStringLiteral("2024-3-1") << QStringLiteral("2024-03-01");
    QTest::newRow("slashes") << QStringLiteral("2024/3/31") << QStringLiteral("2024-03-31");
    QTest::newRow("dots") << QStringLiteral("2024.3.31") << QStringLiteral("2024-03-31");
    QTest::newRow("compact") << QStringLiteral("20240331") << QStringLiteral("2024-03-31");
    QTest::newRow("chinese") << QStringLiteral("2024年3月31日") << QStringLiteral("2024-03-31");
    QTest::newRow("chinese without day mark") << QStringLiteral("2024年03月31")
                                              << QStringLiteral("2024-03-31");
    QTest::newRow("chinese hao") << QStringLiteral("2024年3月31号") << QStringLiteral("2024-03-31");
    QTest::newRow("with time") << QStringLiteral("2024-03-31 10:22:01")
                               << QStringLiteral("2024-03-31");
    QTest::newRow("iso with T") << QStringLiteral("2024-03-31T10:22:01")
                                << QStringLiteral("2024-03-31");
    QTest::newRow("iso with fraction and zone") << QStringLiteral("2024-03-31T10:22:01.250+08:00")
                                                << QStringLiteral("2024-03-31");
    QTest::newRow("compact with time") << QStringLiteral("20240331 102201")
                                       << QStringLiteral("2024-03-31");
    QTest::newRow("full-width digits") << QStringLiteral("２０２４－０３－３１")
                                       << QStringLiteral("2024-03-31");
    QTest::newRow("spaces around") << QStringLiteral("  2024-03-31\u3000")
                                   << QStringLiteral("2024-03-31");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QStringLiteral("2024-02-29");
    QTest::newRow("leap day 2000") << QStringLiteral("2000-02-29") << QStringLiteral("2000-02-29");
    QTest::newRow("cdnow form") << QStringLiteral("19970101") << QStringLiteral("1997-01-01");
    QTest::newRow("open-ended sentinel") << QStringLiteral("9999-12-31")
                                         << QStringLiteral("9999-12-31");
}

void TestValues::datesAuto()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QString reason;
    const auto d = parseDate(utf8(text), {}, &reason);
    QVERIFY2(d.has_value(), qPrintable(reason));
    QCOMPARE(isoDate(*d), iso);
}

void TestValues::datesRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("reason");

    QTest::newRow("february 30") << QStringLiteral("2024-02-30") << QString()
                                 << QStringLiteral("February 2024 has 29 days");
    QTest::newRow("february 29 not leap") << QStringLiteral("2023-02-29") << QString()
                                          << QStringLiteral("February 2023 has 28 days");
    QTest::newRow("february 29, 1900") << QStringLiteral("1900-02-29") << QString()
                                       << QStringLiteral("February 1900 has 28 days");
    QTest::newRow("april 31") << QStringLiteral("2024/4/31") << QString()
                              << QStringLiteral("April 2024 has 30 days");
    QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QString()
                              << QStringLiteral("month 13 is not a month");
    QTest::newRow("month 0") << QStringLiteral("20240001") << QString()
                             << QStringLiteral("month 0 is not a month");
    QTest::newRow("day 0") << QStringLiteral("2024-01-00") << QString()
                           << QStringLiteral("day 0 is not a day of a month");
    QTest::newRow("day 32") << QStringLiteral("2024-01-32") << QString()
                            << QStringLiteral("day 32 is not a day of a month");
    QTest::newRow("year 0") << QStringLiteral("0000-01-01") << QString()
                            << QStringLiteral("year 0 is not a year");
    QTest::newRow("year last") << QStringLiteral("31/03/2024") << QString()
                               << QStringLiteral("puts the year last");
    QTest::newRow("two-digit year") << QStringLiteral("240331") << QString()
                                    << QStringLiteral("two-digit year");
    QTest::newRow("spreadsheet serial") << QStringLiteral("45382") << QString()
                                        << QStringLiteral("serial number");
    QTest::newRow("words") << QStringLiteral("yesterday") << QString()
                           << QStringLiteral("not a date in a recognised form");
    QTest::newRow("mixed separators") << QStringLiteral("2024-03/31") << QString()
                                      << QStringLiteral("not a date in a recognised form");
    QTest::newRow("trailing text") << QStringLiteral("2024-03-31 noon") << QString()
                                   << QStringLiteral("unexpected text after the date: ' noon'");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
    QTest::newRow("format mismatch") << QStringLiteral("2024-03-31") << QStringLiteral("DD/MM/YYYY")
                                     << QStringLiteral("does not match the date format 'DD/MM/YYYY'");
    QTest::newRow("format impossible date") << QStringLiteral("310224") << QStringLiteral("DDMMYY")
                                            << QStringLiteral("February 2024 has 29 days");
    QTest::newRow("format without day") << QStringLiteral("2024-03") << QStringLiteral("YYYY-MM")
                                        << QStringLiteral("needs a year");
    QTest::newRow("format extra digits") << QStringLiteral("2024033112")
                                         << QStringLiteral("YYYYMMDD")
                                         << QStringLiteral("does not match");
}

void TestValues::datesRejected()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, reason);
    QString why;
    const std::string f = utf8(format);
    const auto d = parseDate(utf8(text), f, &why);
    QVERIFY2(!d.has_value(), qPrintable(isoDate(d.value_or(0))));
    QVERIFY2(why.contains(reason), qPrintable(why));
}

void TestValues::datesWithFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("iso");

    QTest::newRow("YYMMDD") << QStringLiteral("240331") << QStringLiteral("YYMMDD")
                            << QStringLiteral("2024-03-31");
    QTest::newRow("YYMMDD 1990s") << QStringLiteral("970101") << QStringLiteral("YYMMDD")
                                  << QStringLiteral("1997-01-01");
    QTest::newRow("YY pivot 69") << QStringLiteral("690101") << QStringLiteral("YYMMDD")
                                 << QStringLiteral("2069-01-01");
    QTest::newRow("YY pivot 70") << QStringLiteral("700101") << QStringLiteral("YYMMDD")
                                 << QStringLiteral("1970-01-01");
    QTest::newRow("DD/MM/YYYY") << QStringLiteral("31/03/2024") << QStringLiteral("DD/MM/YYYY")
                                << QStringLiteral("2024-03-31");
    QTest::newRow("DD/MM/YYYY single digits") << QStringLiteral("1/3/2024")
                                              << QStringLiteral("DD/MM/YYYY")
                                              << QStringLiteral("2024-03-01");
    QTest::newRow("MM/DD/YYYY") << QStringLiteral("03/31/2024") << QStringLiteral("MM/DD/YYYY")
                                << QStringLiteral("2024-03-31");
    QTest::newRow("M/D/YYYY") << QStringLiteral("3/31/2024") << QStringLiteral("M/D/YYYY")
                              << QStringLiteral("2024-03-31");
    QTest::newRow("chinese format") << QStringLiteral("2024年3月1日") << QStringLiteral("YYYY年M月D日")
                                    << QStringLiteral("2024-03-01");
    QTest::newRow("lower-case tokens") << QStringLiteral("2024-03-31") << QStringLiteral("yyyy-mm-dd")
                                       << QStringLiteral("2024-03-31");
    QTest::newRow("YYYYMMDD") << QStringLiteral("19970101") << QStringLiteral("YYYYMMDD")
                              << QStringLiteral("1997-01-01");
    QTest::newRow("format with time after") << QStringLiteral("31.03.2024 23:59")
                                            << QStringLiteral("DD.MM.YYYY")
                                            << QStringLiteral("2024-03-31");
    QTest::newRow("full-width input") << QStringLiteral("３１/０３/２０２４")
                                      << QStringLiteral("DD/MM/YYYY") << QStringLiteral("2024-03-31");
}

void TestValues::datesWithFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, iso);
    QString reason;
    const std::string f = utf8(format);
    const auto d = parseDate(utf8(text), f, &reason);
    QVERIFY2(d.has_value(), qPrintable(reason));
    QCOMPARE(isoDate(*d), iso);
}

void TestValues::months_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("firstDay"); // empty: rejected
    QTest::addColumn<QString>("reason");

    QTest::newRow("iso month") << QStringLiteral("2024-03") << QStringLiteral("2024-03-01") << QString();
    QTest::newRow("slash single digit") << QStringLiteral("2024/3") << QStringLiteral("2024-03-01")
                                        << QString();
    QTest::newRow("compact") << QStringLiteral("202403") << QStringLiteral("2024-03-01") << QString();
    QTest::newRow("chinese") << QStringLiteral("2024年3月") << QStringLiteral("2024-03-01") << QString();
    QTest::newRow("full date") << QStringLiteral("2024-03-31") << QStringLiteral("2024-03-01")
                               << QString();
    QTest::newRow("compact full date") << QStringLiteral("20240229") << QStringLiteral("2024-02-01")
                                       << QString();
    QTest::newRow("month 13") << QStringLiteral("2024-13") << QString()
                              << QStringLiteral("month 13 is not a month");
    QTest::newRow("compact month 00") << QStringLiteral("202400") << QString()
                                      << QStringLiteral("month 0 is not a month");
    QTest::newRow("impossible full date") << QStringLiteral("2024-02-30") << QString()
                                          << QStringLiteral("February 2024 has 29 days");
    QTest::newRow("words") << QStringLiteral("March") << QString() << QStringLiteral("is not a month");
    QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
}

void TestValues::months()
{
    QFETCH(QString, text);
    QFETCH(QString, firstDay);
    QFETCH(QString, reason);
    QString why;
    const auto d = parseMonth(utf8(text), &why);
    if (firstDay.isEmpty()) {
        QVERIFY(!d.has_value());
        QVERIFY2(why.contains(reason), qPrintable(why));
    } else {
        QVERIFY2(d.has_value(), qPrintable(why));
        QCOMPARE(isoDate(*d), firstDay);
    }
}

void TestValues::trimmedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ascii") << QStringLiteral(" \t a b \r\n") << QStringLiteral("a b");
    QTest::newRow("ideographic space") << QStringLiteral("\u3000张三\u3000\u3000")
                                       << QStringLiteral("张三");
    QTest::newRow("mixed") << QStringLiteral(" \u3000 x\u3000 ") << QStringLiteral("x");
    QTest::newRow("only spaces") << QStringLiteral("\u3000 ") << QString();
    QTest::newRow("inner kept") << QStringLiteral("a\u3000b") << QStringLiteral("a\u3000b");
    QTest::newRow("empty") << QString() << QString();
}

void TestValues::trimmedText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::string s = utf8(text);
    const std::string_view t = trimmed(s);
    QCOMPARE(QString::fromUtf8(t.data(), qsizetype(t.size())), expected);
}

void TestValues::reasonIsOptional()
{
    QVERIFY(!parseMoneyCents("x").has_value());
    QVERIFY(!parseInteger("x").has_value());
    QVERIFY(!parseDecimal("x").has_value());
    QVERIFY(!parseDate("x").has_value());
    QVERIFY(!parseMonth("x").has_value());
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
