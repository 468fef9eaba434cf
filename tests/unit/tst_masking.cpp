// Masking of names and identifiers: what the screen and every export show by default.

#include "privacy/masking.h"

#include <QTest>

using namespace tierwise::privacy;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("masked");
        QTest::newRow("Chinese, three") << QStringLiteral("张三丰") << QStringLiteral("张**");
        QTest::newRow("Chinese, two") << QStringLiteral("李四") << QStringLiteral("李*");
        QTest::newRow("Latin") << QStringLiteral("Zhang San") << QStringLiteral("Z********");
        QTest::newRow("one character") << QStringLiteral("王") << QStringLiteral("王");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("astral first character") << QStringLiteral("𠀋明") << QStringLiteral("𠀋*");
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, masked);
        QCOMPARE(maskName(name), masked);
    }

    void ids_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("masked");
        QTest::newRow("card number") << QStringLiteral("6222021234561234") << QStringLiteral("6222********1234");
        QTest::newRow("customer id") << QStringLiteral("C0012345") << QStringLiteral("C0****45");
        QTest::newRow("nine") << QStringLiteral("C00012345") << QStringLiteral("C0*****45");
        QTest::newRow("short") << QStringLiteral("A123") << QStringLiteral("****");
        QTest::newRow("empty") << QString() << QString();
    }
    void ids()
    {
        QFETCH(QString, id);
        QFETCH(QString, masked);
        QCOMPARE(maskId(id), masked);
        // Never more than half of the characters shown.
        QVERIFY(masked.count(u'*') * 2 >= id.size());
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
