// tierwise-cli speaks the user's language: --lang before or after the command, else the system
// locale (LANG / LC_ALL), for every message — output, help, errors — and a brief follows it.

#include "testutil.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;

namespace {

QProcessEnvironment withLocale(const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    return env;
}

} // namespace

class TestCliLang : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 300, 5, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void langBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("notExpected");
        const QString ws = m_ws;
        QTest::newRow("zh_TW before") << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("info"),
                                                     QStringLiteral("--workspace"), ws}
                                      << QStringLiteral("工作區") << QStringLiteral("Workspace");
        QTest::newRow("zh_CN after") << QStringList{QStringLiteral("info"), QStringLiteral("--workspace"), ws, QStringLiteral("--lang"),
                                                    QStringLiteral("zh_CN")}
                                     << QStringLiteral("工作区") << QStringLiteral("Workspace");
        QTest::newRow("zh-HK= form") << QStringList{QStringLiteral("--lang=zh-HK"), QStringLiteral("info"),
                                                    QStringLiteral("--workspace"), ws}
                                     << QStringLiteral("工作區") << QStringLiteral("工作区");
        QTest::newRow("en") << QStringList{QStringLiteral("info"), QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--workspace"), ws}
                            << QStringLiteral("Workspace") << QStringLiteral("工作");
    }

    void langBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QFETCH(QString, notExpected);
        // The system locale says Simplified Chinese; --lang wins.
        const test::CliRun run = test::runCli(arguments, withLocale(QStringLiteral("zh_CN.UTF-8")));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QVERIFY2(!run.out.contains(notExpected), qPrintable(run.out));
    }

    void systemLocaleWithoutLang()
    {
        const test::CliRun tw = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_ws},
                                             withLocale(QStringLiteral("zh_TW.UTF-8")));
        QCOMPARE(tw.exitCode, 0);
        QVERIFY2(tw.out.contains(QStringLiteral("工作區")), qPrintable(tw.out));
        const test::CliRun c = test::runCli({QStringLiteral("info"), QStringLiteral("--workspace"), m_ws},
                                            withLocale(QStringLiteral("C.UTF-8")));
        QVERIFY2(c.out.contains(QStringLiteral("Workspace")), qPrintable(c.out));
    }

    void errorsAndHelpInTheLanguage()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.tierwise"));
        const test::CliRun error = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("info"),
                                                 QStringLiteral("--workspace"), missing});
        QCOMPARE(error.exitCode, 2);
        QVERIFY2(error.err.contains(missing) && error.err.contains(QStringLiteral("不存在")), qPrintable(error.err));

        const test::CliRun usage = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("info"),
                                                 QStringLiteral("--bogus")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY2(usage.err.contains(QStringLiteral("--help")) && usage.err.contains(QStringLiteral("選項")), qPrintable(usage.err));

        const test::CliRun help = test::runCli({QStringLiteral("segment"), QStringLiteral("--help"), QStringLiteral("--lang"),
                                                QStringLiteral("zh_TW")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("--lang")) && help.out.contains(QStringLiteral("工作區")), qPrintable(help.out));
    }

    void unknownLanguageIsRefused()
    {
        const test::CliRun run = test::runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info"),
                                               QStringLiteral("--workspace"), m_ws},
                                              withLocale(QStringLiteral("C.UTF-8")));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("'fr'")) && run.err.contains(QStringLiteral("zh_TW")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_MAIN(TestCliLang)
#include "tst_cli_lang.moc"
