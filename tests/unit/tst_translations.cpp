// Translations of the engine's and the CLI's messages: the compiled catalogues find real engine
// errors at run time, the CLI follows the user's locale, English plurals come from
// tierwise_en.qm, and lupdate files every message of models/ and app/cli/ under the context the
// code looks it up in (a message filed anywhere else is never translated).

#include "analytics/kmeans.h"
#include "ingest/csvreader.h"
#include "ingest/filekinds.h"
#include "ingest/mapping.h"
#include "ingest/values.h"
#include "result.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace tierwise;

namespace {

// Installs a catalogue from the resources for the lifetime of the object.
class ScopedTranslator
{
public:
    explicit ScopedTranslator(const QString &qm)
    {
        m_loaded = m_translator.load(qm) && QCoreApplication::installTranslator(&m_translator);
    }
    ~ScopedTranslator() { QCoreApplication::removeTranslator(&m_translator); }
    ScopedTranslator(const ScopedTranslator &) = delete;
    ScopedTranslator &operator=(const ScopedTranslator &) = delete;

    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

#define TW_INSTALL(name, qm)                                                                      \
    ScopedTranslator name(QStringLiteral(qm));                                                    \
    QVERIFY2(name.loaded(), qm " is not in the resources")

QString dateReason(const char *text)
{
    QString reason;
    const std::optional<ingest::Day> day = ingest::parseDate(text, {}, &reason);
    return day ? QStringLiteral("accepted") : reason;
}

QString amountReason(const char *text)
{
    QString reason;
    const std::optional<std::int64_t> cents = ingest::parseMoneyCents(text, &reason);
    return cents ? QStringLiteral("accepted") : reason;
}

QString workspaceError(const QString &path)
{
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(path);
    return ws ? QStringLiteral("opened") : ws.error().message;
}

QString mappingError(const QTemporaryDir &dir, const QByteArray &json)
{
    const QString path = test::writeFile(dir, QStringLiteral("mapping.json"), json);
    const Result<ingest::Mapping> m = ingest::Mapping::load(path);
    return m ? QStringLiteral("loaded") : m.error().toString();
}

QString sourceRoot()
{
    return QDir::cleanPath(test::dataPath(QStringLiteral("../..")));
}

QString findLupdate()
{
    const QString bundled = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QStringLiteral("lupdate"));
    if (QFileInfo(bundled).isExecutable())
        return bundled;
    for (const char *name : {"lupdate", "lupdate-qt6", "lupdate6"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

// Runs tierwise-cli in the given locale (LANG, LC_ALL and LANGUAGE).
test::CliRun runCliIn(const QString &locale, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.section(QLatin1Char('.'), 0, 0));
    return test::runCli(arguments, env, 60000);
}

// A message as lupdate filed it.
struct Extracted
{
    QString context;
    QString source;
    QString file; // relative to the source root
    int line = 0;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cataloguesLoad_data();
    void cataloguesLoad();
    void workspaceErrorsInChinese();
    void valueReasonsInChinese();
    void fileKindAndFieldNames();
    void mappingErrorsInChinese();
    void readerAndErrorDecorations();
    void traditionalChinese();
    void englishWithoutCatalogue();
    void englishPlurals();
    void clusterNamesFollowTheLanguage();
    void cliFollowsTheLocale_data();
    void cliFollowsTheLocale();
    void cliPluralRejections_data();
    void cliPluralRejections();
    void lupdateUsesTheRunTimeContext_data();
    void lupdateUsesTheRunTimeContext();
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void lreleaseFindsNothingUnfinished_data();
    void lreleaseFindsNothingUnfinished();

private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString m_lupdateProblem; // why the lupdate check cannot run, if it cannot
    QList<Extracted> m_extracted;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_csv = test::writeFile(m_dir, QStringLiteral("customers.csv"),
                            QByteArrayLiteral("customer_id,name\nC1,Li\n"));

    // Extract the engine's and the CLI's messages as `update_translations` does.
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty()) {
        m_lupdateProblem = QStringLiteral("lupdate not found");
        return;
    }
    const QString ts = m_dir.filePath(QStringLiteral("extracted.ts"));
    const QString root = sourceRoot();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-no-obsolete"), QDir(root).filePath(QStringLiteral("models")),
                      QDir(root).filePath(QStringLiteral("app/cli")), QStringLiteral("-ts"), ts});
    QVERIFY2(p.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());

    QFile f(ts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context;
    Extracted message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Extracted();
            message.context = context;
        } else if (name == QLatin1String("location") && message.file.isEmpty()) {
            const QString file = QDir::cleanPath(
                QFileInfo(ts).dir().absoluteFilePath(xml.attributes().value(QLatin1String("filename")).toString()));
            message.file = QDir(root).relativeFilePath(file);
            message.line = xml.attributes().value(QLatin1String("line")).toInt();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
            m_extracted << message;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(m_extracted.size() > 200, "lupdate found too few messages in models/ and app/cli/");
}

void TestTranslations::cataloguesLoad_data()
{
    QTest::addColumn<QString>("qm");
    QTest::newRow("en") << QStringLiteral(":/i18n/tierwise_en.qm");
    QTest::newRow("zh_CN") << QStringLiteral(":/i18n/tierwise_zh_CN.qm");
    QTest::newRow("zh_TW") << QStringLiteral(":/i18n/tierwise_zh_TW.qm");
}

void TestTranslations::cataloguesLoad()
{
    QFETCH(QString, qm);
    QTranslator translator;
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QVERIFY(!translator.isEmpty());
}

void TestTranslations::workspaceErrorsInChinese()
{
    TW_INSTALL(zh, ":/i18n/tierwise_zh_CN.qm");
    // From a free function of workspace.cpp (lupdate used to file these under tierwise::store).
    QCOMPARE(workspaceError(m_csv), QStringLiteral("%1 不是 Tierwise 工作区（它不是 SQLite 数据库）。").arg(m_csv));
    const QString empty = test::writeFile(m_dir, QStringLiteral("empty.tierwise"), QByteArray());
    QCOMPARE(workspaceError(empty), QStringLiteral("%1 是空文件，不是 Tierwise 工作区。").arg(empty));
    // From a member function.
    const QString missing = m_dir.filePath(QStringLiteral("missing.tierwise"));
    QCOMPARE(workspaceError(missing), QStringLiteral("%1 不存在。").arg(missing));
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::create(m_csv);
    QVERIFY(!ws);
    QCOMPARE(ws.error().message, QStringLiteral("%1 已存在。").arg(m_csv));
}

void TestTranslations::valueReasonsInChinese()
{
    TW_INSTALL(zh, ":/i18n/tierwise_zh_CN.qm");
    QCOMPARE(dateReason("2024-02-30"), QStringLiteral("2024年2月只有 29 天"));
    QCOMPARE(dateReason("2024-13-01"), QStringLiteral("不存在 13 月"));
    QCOMPARE(dateReason("31/12/2024"),
             QStringLiteral("“31/12/2024”把年份放在最后，含义不明确；请设置日期格式，例如 DD/MM/YYYY 或 MM/DD/YYYY"));
    // The kind ("an amount") is marked with QT_TRANSLATE_NOOP and translated separately.
    QCOMPARE(amountReason("12x"), QStringLiteral("“12x”不是金额：出现了意外的“x”"));
}

void TestTranslations::fileKindAndFieldNames()
{
    TW_INSTALL(zh, ":/i18n/tierwise_zh_CN.qm");
    QCOMPARE(ingest::fileKindDisplayName(ingest::FileKind::Customers), QStringLiteral("客户"));
    QCOMPARE(ingest::fileKindDisplayName(ingest::FileKind::Balances), QStringLiteral("余额"));
    QCOMPARE(ingest::fieldDisplayName(ingest::Field::TxnDate), QStringLiteral("交易日期"));
    // The stable names used in files and on the command line are not translated.
    QCOMPARE(ingest::fileKindName(ingest::FileKind::Customers), QStringLiteral("customers"));
}

void TestTranslations::mappingErrorsInChinese()
{
    TW_INSTALL(zh, ":/i18n/tierwise_zh_CN.qm");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("mapping.json"));
    QCOMPARE(mappingError(dir, QByteArrayLiteral(R"({"kind": "loans"})")),
             path + QStringLiteral(": 未知的类型“loans”；请使用 branches、products、customers、accounts、balances、"
                                   "holdings 或 transactions。"));
    QCOMPARE(mappingError(dir, QByteArrayLiteral(R"({"header": 1})")),
             path + QStringLiteral(": \"header\" 必须是 true 或 false。"));
    QVERIFY(mappingError(dir, QByteArrayLiteral("{"))
                .startsWith(path + QStringLiteral(":1:2: 映射文件不是有效的 JSON：")));
}

void TestTranslations::readerAndErrorDecorations()
{
    TW_INSTALL(zh, ":/i18n/tierwise_zh_CN.qm");
    ingest::CsvReader reader;
    const Status s = reader.open(m_dir.path(), {});
    QVERIFY(!s);
    QCOMPARE(s.error().message, QStringLiteral("无法打开文件：这是一个文件夹"));

    Error e = Error::badInput(QStringLiteral("x"));
    e.columnName = QStringLiteral("amount");
    e.value = QStringLiteral("abc");
    QCOMPARE(e.toString(), QStringLiteral("x [列 amount]（值“abc”）"));
}

void TestTranslations::traditionalChinese()
{
    TW_INSTALL(tw, ":/i18n/tierwise_zh_TW.qm");
    QCOMPARE(workspaceError(m_csv), QStringLiteral("%1 不是 Tierwise 工作區（它不是 SQLite 資料庫）。").arg(m_csv));
    QCOMPARE(ingest::fileKindDisplayName(ingest::FileKind::Customers), QStringLiteral("客戶"));
    QCOMPARE(ingest::fileKindDisplayName(ingest::FileKind::Accounts), QStringLiteral("帳戶"));
    QCOMPARE(dateReason("2024-02-30"), QStringLiteral("2024年2月只有 29 天"));
}

void TestTranslations::englishWithoutCatalogue()
{
    QCOMPARE(workspaceError(m_csv),
             QStringLiteral("%1 is not a Tierwise workspace (it is not an SQLite database).").arg(m_csv));
    QCOMPARE(ingest::fileKindDisplayName(ingest::FileKind::Customers), QStringLiteral("customers"));
    QCOMPARE(dateReason("2024-02-30"), QStringLiteral("February 2024 has 29 days"));
}

// A k-means segment is keyed by the words of the run's language; it is shown in the language of
// now, whichever shipped language the run spoke. A name of the user's own stays as it is.
void TestTranslations::clusterNamesFollowTheLanguage()
{
    const auto word = [](const char *source) { return QCoreApplication::translate("tierwise::analytics::KMeans", source); };
    QString traditionalKey;
    {
        TW_INSTALL(tw, ":/i18n/tierwise_zh_TW.qm");
        traditionalKey = word("older") + word(", ") + word("high AUM") + QStringLiteral(" (2)");
        QVERIFY(traditionalKey.contains(QStringLiteral("、")));
        QCOMPARE(analytics::clusterDisplayName(QStringLiteral("older, high AUM (2)")), traditionalKey);
    }
    QCOMPARE(analytics::clusterDisplayName(traditionalKey), QStringLiteral("older, high AUM (2)"));
    {
        TW_INSTALL(cn, ":/i18n/tierwise_zh_CN.qm");
        QCOMPARE(analytics::clusterDisplayName(traditionalKey),
                 word("older") + QStringLiteral("、") + word("high AUM") + QStringLiteral(" (2)"));
        QCOMPARE(analytics::clusterDisplayName(QStringLiteral("average customers")), word("average customers"));
        QCOMPARE(analytics::clusterDisplayName(QStringLiteral("Our VIPs, older")), QStringLiteral("Our VIPs, older"));
    }
}

void TestTranslations::englishPlurals()
{
    TW_INSTALL(en, ":/i18n/tierwise_en.qm");
    const char *const text = "%n row(s) or file(s) rejected:";
    QCOMPARE(QCoreApplication::translate("tierwise::cli", text, nullptr, 1), QStringLiteral("1 row or file rejected:"));
    QCOMPARE(QCoreApplication::translate("tierwise::cli", text, nullptr, 3), QStringLiteral("3 rows or files rejected:"));
    // Everything else stays the source text.
    QCOMPARE(workspaceError(m_csv),
             QStringLiteral("%1 is not a Tierwise workspace (it is not an SQLite database).").arg(m_csv));
}

void TestTranslations::cliFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("message");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN.UTF-8")
                                        << QStringLiteral("tierwise-cli：未知命令“frobnicate”。");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW.UTF-8")
                                         << QStringLiteral("tierwise-cli：未知的命令「frobnicate」。");
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("tierwise-cli: unknown command 'frobnicate'.");
}

void TestTranslations::cliFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, message);
    const test::CliRun r = runCliIn(locale, {QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.split(QLatin1Char('\n')).contains(message), qPrintable(r.err));
}

void TestTranslations::cliPluralRejections_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("line");
    QTest::newRow("English") << QStringLiteral("en_US.UTF-8") << QStringLiteral("2 rows or files rejected:");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN.UTF-8") << QStringLiteral("共有 2 行或文件被拒绝：");
    // The C locale speaks English, with its plural forms (tierwise_en.qm).
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QStringLiteral("2 rows or files rejected:");
}

void TestTranslations::cliPluralRejections()
{
    QFETCH(QString, locale);
    QFETCH(QString, line);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = test::writeFile(dir, QStringLiteral("customers.csv"),
                                        QByteArrayLiteral("customer_id,name,birth_date\n"
                                                          "C1,Li,1980-01-01\n"
                                                          "C2,Wang,1985-02-30\n"
                                                          "C3,Zhao,1990-13-01\n"));
    const test::CliRun r = runCliIn(locale, {QStringLiteral("import"), QStringLiteral("--workspace"),
                                             dir.filePath(QStringLiteral("w.tierwise")), QStringLiteral("--report"),
                                             dir.filePath(QStringLiteral("rejections.csv")), csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.split(QLatin1Char('\n')).contains(line), qPrintable(r.err));
}

void TestTranslations::lupdateUsesTheRunTimeContext_data()
{
    QTest::addColumn<QString>("file");
    if (!m_lupdateProblem.isEmpty())
        return;
    QStringList files;
    for (const Extracted &m : std::as_const(m_extracted))
        if (!files.contains(m.file))
            files << m.file;
    files.sort();
    for (const QString &file : std::as_const(files))
        QTest::newRow(qPrintable(file)) << file;
}

// Every message lupdate extracts from a file must be filed under a context the file itself names:
// the argument of its Q_DECLARE_TR_FUNCTIONS, or a literal context of QCoreApplication::translate
// or QT_TRANSLATE_NOOP. A message filed under a context lupdate inferred from the surrounding
// scope (a bare tr() wrapper, or a scope lupdate lost track of) is never found at run time.
void TestTranslations::lupdateUsesTheRunTimeContext()
{
    if (!m_lupdateProblem.isEmpty())
        QSKIP(qPrintable(m_lupdateProblem));
    QFETCH(QString, file);
    const QByteArray text = test::readFile(QDir(sourceRoot()).filePath(file));
    QVERIFY(!text.isEmpty());
    static const QRegularExpression declared(QStringLiteral(
        R"re(Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)|(?:translate|QT_TRANSLATE_NOOP3?)\(\s*"([^"]+)")re"));
    QSet<QString> contexts;
    for (const QRegularExpressionMatch &m : declared.globalMatch(QString::fromUtf8(text)))
        contexts << (m.hasCaptured(1) ? m.captured(1) : m.captured(2));

    // These two still use a tr() wrapper; remove the lines once they declare a Tr.

    QStringList misfiled;
    for (const Extracted &m : std::as_const(m_extracted))
        if (m.file == file && !contexts.contains(m.context))
            misfiled << QStringLiteral("line %1: \"%2\" under %3").arg(m.line).arg(m.source, m.context);
    QVERIFY2(misfiled.isEmpty(),
             qPrintable(QStringLiteral("run-time contexts %1; misfiled: %2")
                            .arg(QStringList(contexts.values()).join(QStringLiteral(", ")),
                                 misfiled.join(QStringLiteral("; ")))));
}

// The (context, source) → translation pairs of a catalogue that are finished: not marked
// unfinished, vanished or obsolete, and not empty (plural messages: every form filled).
QHash<QPair<QString, QString>, bool> finishedMessages(const QString &ts)
{
    QHash<QPair<QString, QString>, bool> out;
    QFile f(ts);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            finished = !xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty() && finished;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert({context, source}, finished);
        }
    }
    return out;
}

QString findQtTool(const char *name)
{
    const QString bundled = QDir(QLibraryInfo::path(QLibraryInfo::BinariesPath)).filePath(QString::fromLatin1(name));
    if (QFileInfo(bundled).isExecutable())
        return bundled;
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
}

void TestTranslations::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW");
}

// Every user-visible string of the code (what lupdate extracts from models/, widgets/ and app/)
// has a finished translation in the catalogue: a string added without one fails here, with its
// file and line, until `update_translations` has run and the translation is written.
void TestTranslations::everyMessageIsTranslated()
{
    QFETCH(QString, language);
    const QString lupdate = findLupdate();
    if (lupdate.isEmpty())
        QSKIP("lupdate not found");
    const QString root = sourceRoot();
    const QString extracted = m_dir.filePath(QStringLiteral("all-%1.ts").arg(language));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lupdate, {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("absolute"),
                      QDir(root).filePath(QStringLiteral("models")), QDir(root).filePath(QStringLiteral("widgets")),
                      QDir(root).filePath(QStringLiteral("app")), QStringLiteral("-ts"), extracted});
    QVERIFY2(p.waitForFinished(180000), "lupdate did not finish");
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAll().constData());

    const auto catalogue = finishedMessages(QDir(root).filePath(QStringLiteral("translations/tierwise_%1.ts").arg(language)));
    QVERIFY(catalogue.size() > 1000);

    // Walk the extraction again for the locations of what is missing.
    QFile f(extracted);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QString context, location;
    QStringList missing;
    int messages = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("location") && location.isEmpty()) {
            const QString file = QFileInfo(extracted).dir().absoluteFilePath(xml.attributes().value(QLatin1String("filename")).toString());
            location = QStringLiteral("%1:%2").arg(QDir(root).relativeFilePath(QDir::cleanPath(file)),
                                                   xml.attributes().value(QLatin1String("line")).toString());
        } else if (xml.name() == QLatin1String("message")) {
            location.clear();
        } else if (xml.name() == QLatin1String("source")) {
            const QString source = xml.readElementText();
            ++messages;
            const auto it = catalogue.constFind({context, source});
            if (it == catalogue.cend())
                missing << QStringLiteral("%1: \"%2\" (%3) is not in the catalogue").arg(location, source, context);
            else if (!it.value())
                missing << QStringLiteral("%1: \"%2\" (%3) is unfinished").arg(location, source, context);
        }
    }
    QVERIFY2(messages > 1000, "lupdate found too few messages");
    for (const QString &m : std::as_const(missing))
        qInfo().noquote() << language << m;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages untranslated in %3 (run the update_translations "
                                                          "target and translate them):\n%4")
                                               .arg(missing.size()).arg(messages).arg(language, missing.mid(0, 10).join(QLatin1Char('\n')))));
}

void TestTranslations::lreleaseFindsNothingUnfinished_data()
{
    everyMessageIsTranslated_data();
}

// lrelease's own statistics on the committed catalogue: "Generated N translation(s) (N finished
// and 0 unfinished)" and no untranslated source text ignored.
void TestTranslations::lreleaseFindsNothingUnfinished()
{
    QFETCH(QString, language);
    const QString lrelease = findQtTool("lrelease");
    if (lrelease.isEmpty())
        QSKIP("lrelease not found");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(lrelease, {QDir(sourceRoot()).filePath(QStringLiteral("translations/tierwise_%1.ts").arg(language)), QStringLiteral("-qm"),
                       m_dir.filePath(QStringLiteral("check-%1.qm").arg(language))});
    QVERIFY2(p.waitForFinished(60000), "lrelease did not finish");
    const QString output = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 0);
    static const QRegularExpression stats(QStringLiteral(R"(Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\))"));
    const QRegularExpressionMatch m = stats.match(output);
    QVERIFY2(m.hasMatch(), qPrintable(output));
    QVERIFY2(m.captured(1).toInt() > 1000, qPrintable(output));
    QVERIFY2(m.captured(3).toInt() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("untranslated source text")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
