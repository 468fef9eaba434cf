// The language module and figures as the screen shows them: which shipped language a locale or a
// typed code stands for, and money in full or in 万 / 亿 (萬 / 億), counts and times per language.

#include "i18n/figures.h"
#include "i18n/language.h"

#include <QCoreApplication>
#include <QTest>

#include <limits>

using namespace tierwise;

class TestFigures : public QObject
{
    Q_OBJECT

private slots:
    void languagesForLocalesAndCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("zh-cn") << QStringLiteral("zh-cn") << QStringLiteral("zh_CN");
        QTest::newRow("zh") << QStringLiteral("zh") << QStringLiteral("zh_CN");
        QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
        QTest::newRow("zh-TW") << QStringLiteral("zh-TW") << QStringLiteral("zh_TW");
        QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh_TW");
        QTest::newRow("zh_MO") << QStringLiteral("zh_MO") << QStringLiteral("zh_TW");
        QTest::newRow("zh_Hant") << QStringLiteral("zh_Hant") << QStringLiteral("zh_TW");
        QTest::newRow("EN") << QStringLiteral("EN") << QStringLiteral("en");
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void languagesForLocalesAndCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QCOMPARE(i18n::parseLanguage(code), language);
    }

    void localesKeepTheSystemsOwnWhereItSpeaksTheLanguage()
    {
        QCOMPARE(i18n::localeFor(QStringLiteral("zh_TW"), QLocale(QStringLiteral("zh_HK"))).territory(), QLocale::HongKong);
        QCOMPARE(i18n::localeFor(QStringLiteral("zh_TW"), QLocale(QStringLiteral("de_DE"))).territory(), QLocale::Taiwan);
        QCOMPARE(i18n::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("en_GB"))).territory(), QLocale::UnitedKingdom);
        QCOMPARE(i18n::localeFor(QStringLiteral("en"), QLocale(QStringLiteral("zh_CN"))).territory(), QLocale::UnitedStates);
        QCOMPARE(i18n::languageForLocale(QLocale(QStringLiteral("de_DE"))), QStringLiteral("en"));
    }

    void moneyInWanAndYi_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("below 万") << QStringLiteral("zh_CN") << 9999.0 << QStringLiteral("9,999");
        QTest::newRow("rounds up to 万") << QStringLiteral("zh_CN") << 9999.5 << QStringLiteral("1.00万");
        QTest::newRow("万") << QStringLiteral("zh_CN") << 1234567.0 << QStringLiteral("123.46万");
        QTest::newRow("many 万") << QStringLiteral("zh_CN") << 99994999.0 << QStringLiteral("9,999.50万");
        QTest::newRow("亿") << QStringLiteral("zh_CN") << 123456789.0 << QStringLiteral("1.23亿");
        QTest::newRow("negative") << QStringLiteral("zh_CN") << -2500000.0 << QStringLiteral("-250.00万");
        QTest::newRow("萬") << QStringLiteral("zh_TW") << 1234567.0 << QStringLiteral("123.46萬");
        QTest::newRow("億") << QStringLiteral("zh_TW") << 1.5e9 << QStringLiteral("15.00億");
        QTest::newRow("English in full") << QStringLiteral("en") << 1234567.4 << QStringLiteral("1,234,567");
        QTest::newRow("not a number") << QStringLiteral("zh_CN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("—");
    }

    void moneyInWanAndYi()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, shown);
        i18n::install(language);
        figures::setChineseUnits(true);
        QCOMPARE(figures::money(value), shown);
    }

    void moneyInFullWhenAsked()
    {
        i18n::install(QStringLiteral("zh_CN"));
        figures::setChineseUnits(false);
        QCOMPARE(figures::money(1234567.0), QStringLiteral("1,234,567"));
        figures::setChineseUnits(true);
        QCOMPARE(figures::money(1234567.0), QStringLiteral("123.46万"));
    }

    void countsAndTimes()
    {
        i18n::install(QStringLiteral("zh_TW"));
        QCOMPARE(figures::count(1234567), QStringLiteral("1,234,567"));
        const QString when = figures::dateTime(QDateTime(QDate(2026, 11, 24), QTime(18, 23)));
        QVERIFY2(when.contains(QStringLiteral("18:23")) && !when.contains(QLatin1Char('B')), qPrintable(when));
        QCOMPARE(figures::date(QDate()), QStringLiteral("—"));
        i18n::install(QStringLiteral("en"));
        QCOMPARE(i18n::current(), QStringLiteral("en"));
        QVERIFY(!i18n::chinese());
    }
};

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
