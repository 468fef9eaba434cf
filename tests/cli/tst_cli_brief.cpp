// tierwise-cli brief: the PDF's text (pdftotext) in English, Simplified and Traditional Chinese —
// headings, the segment names exactly, a count computed here from SQL, "Page 1 of N", contents
// entries pointing at the pages that hold their sections; a branch's brief; unmasked briefs are
// audited; bad options exit 2 naming the option and write no file.

#include "analytics/clv.h"
#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "store/statement.h"
#include "planning/strategy.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace tierwise;

namespace {

// The default tiers: key → English name (context tierwise::analytics::Tiers).
const std::pair<const char *, const char *> kTiers[] = {
    {"potential", "Potential"}, {"mass", "Mass"}, {"affluent", "Affluent"}, {"hnw", "High net worth"},
    {"private", "Private banking"}};

} // namespace

class TestCliBrief : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    // Text as the brief prints it in `lang`: the built-in catalogue's translation, else the source.
    static QString expected(const QString &lang, const char *context, const char *source)
    {
        QTranslator t;
        if (lang != QLatin1String("en") && t.load(QStringLiteral(":/i18n/tierwise_") + lang + QStringLiteral(".qm"))) {
            const QString s = t.translate(context, source);
            if (!s.isEmpty())
                return s;
        }
        return QString::fromUtf8(source);
    }
    static QString brief(const QString &lang, const char *source)
    {
        return expected(lang, "tierwise::BriefRenderer", source);
    }

    // The PDF's pages as text.
    static QStringList pages(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                              QStringLiteral("-")});
        if (!p.waitForFinished(60000))
            return {};
        QStringList out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
        if (!out.isEmpty() && out.last().trimmed().isEmpty())
            out.removeLast();
        return out;
    }

    qint64 sql(const char *query) const { return test::queryWorkspace(m_ws, query); }

    test::CliRun run(const QStringList &args) const
    {
        return test::runCli(QStringList{QStringLiteral("brief"), QStringLiteral("--workspace"), m_ws} + args);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 3000, 7, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        analytics::SegmentOptions tiers;
        tiers.method = analytics::SegmentMethod::Tiers;
        QVERIFY(analytics::runSegmentation(**ws, tiers, progress).ok());
        QVERIFY(analytics::runClv(**ws, analytics::ClvOptions(), progress).ok());
    }

    void briefInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("mass"); // the Mass tier's name, spelled out
        QTest::newRow("en") << "en" << "Mass";
        QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("大众客户");
        QTest::newRow("zh_TW") << "zh_TW" << QStringLiteral("大眾客戶");
    }

    void briefInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, mass);
        const QString pdf = m_dir.filePath(QStringLiteral("brief-%1.pdf").arg(lang));
        const test::CliRun r = run({QStringLiteral("--lang"), lang, QStringLiteral("--bank"), QStringLiteral("Bank of Tests"),
                                    QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty() || !r.err.contains(QLatin1String("QStandardPaths")));
        const QStringList text = pages(pdf);
        QVERIFY2(text.size() > 5, qPrintable(QStringLiteral("%1 pages").arg(text.size())));
        const QString all = text.join(QLatin1Char('\n'));

        // The cover.
        QVERIFY(text[0].contains(QLatin1String("Bank of Tests")));
        QVERIFY(text[0].contains(brief(lang, "Segment brief")));
        QVERIFY(text[0].contains(brief(lang, "Personal data masked")));
        QVERIFY(text[0].contains(brief(lang, "Page %1 of %2").arg(1).arg(text.size())));
        // Headings.
        for (const char *heading : {"Contents", "Summary", "Segment map", "Cohort retention", "Typical profile", "Early warnings",
                                    "Next-best products", "Strategy", "Notes on the figures"})
            QVERIFY2(all.contains(brief(lang, heading)), heading);
        QVERIFY(all.contains(brief(lang, "No strategy saved for this segment yet.")));
        // Every page has its footer.
        for (int p = 0; p < text.size(); ++p)
            QVERIFY2(text[p].contains(brief(lang, "Page %1 of %2").arg(p + 1).arg(text.size())), qPrintable(QString::number(p + 1)));

        // The segment names exactly, and the Mass tier's customers as the brief counts them.
        QVERIFY2(all.contains(mass), qPrintable(mass));
        QStringList names;
        for (const auto &[key, english] : kTiers) {
            const QByteArray q = QByteArray("SELECT count(*) FROM assignments WHERE segment = '") + key
                                 + "' AND run_id = (SELECT max(run_id) FROM runs WHERE kind = 'segment.tiers')";
            if (sql(q.constData()) > 0) {
                names << expected(lang, "tierwise::analytics::Tiers", english);
                QVERIFY2(all.contains(names.last()), qPrintable(names.last()));
            }
        }
        const qint64 massCount = sql("SELECT count(*) FROM assignments WHERE segment = 'mass' AND run_id = "
                                     "(SELECT max(run_id) FROM runs WHERE kind = 'segment.tiers')");
        QVERIFY(massCount > 0);
        const QString count = QLocale(QLocale::English).toString(massCount);
        const QRegularExpression massRow(QRegularExpression::escape(mass) + QStringLiteral("\\s+") + QRegularExpression::escape(count));
        QVERIFY2(all.contains(massRow), qPrintable(mass + QLatin1Char(' ') + count));

        // The contents (page 2): each entry's page holds that section.
        const QString contents = text[1];
        QVERIFY(contents.contains(brief(lang, "Contents")));
        const auto pageOf = [&](const QString &title) {
            const QRegularExpression line(QRegularExpression::escape(title) + QStringLiteral("\\s+(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
            const QRegularExpressionMatch m = line.match(contents);
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        const int summary = pageOf(brief(lang, "Summary"));
        QVERIFY2(summary > 2 && summary <= text.size(), qPrintable(contents));
        QVERIFY(text[summary - 1].contains(brief(lang, "Concentration of AUM (Pareto)")));
        int previous = summary;
        for (int i = 0; i < names.size(); ++i) {
            const int page = pageOf(names[i]);
            QVERIFY2(page > previous && page <= text.size(), qPrintable(names[i] + QStringLiteral(": ") + contents));
            QVERIFY2(text[page - 1].contains(names[i]) && text[page - 1].contains(brief(lang, "Segment map")),
                     qPrintable(names[i]));
            previous = page;
        }
        const int notes = pageOf(brief(lang, "Notes on the figures"));
        QCOMPARE(notes, text.size());
    }

    void branchBrief()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("br03.pdf"));
        const test::CliRun r = run({QStringLiteral("--branch"), QStringLiteral("BR03"), QStringLiteral("--segments"),
                                    QStringLiteral("mass,affluent"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList text = pages(pdf);
        QVERIFY(text.size() > 3);
        QVERIFY(text[0].contains(QLatin1String("BR03")));
        const QString customers = QLocale(QLocale::English).toString(sql("SELECT count(*) FROM customers WHERE branch_id = 'BR03'"));
        QVERIFY2(text[0].contains(customers), qPrintable(customers));
        const QString contents = text[1];
        QVERIFY(contents.contains(QLatin1String("Mass")));
        QVERIFY(contents.contains(QLatin1String("Affluent")));
        QVERIFY(!contents.contains(QLatin1String("Potential")));
    }

    // The strategy editor's saved strategies are printed in their segments' sections: the
    // bank-wide one, or the branch's override in a branch's brief; labels in the brief's language.
    void savedStrategiesArePrinted()
    {
        {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            planning::Strategy s;
            s.segmentKey = QStringLiteral("segment.tiers/mass");
            s.objective = QStringLiteral("Keep payments with us");
            s.cadence = QStringLiteral("quarterly");
            s.conversionTarget = 0.05;
            QVERIFY(planning::saveStrategy((*ws)->handle(), s).ok());
            s.branchId = QStringLiteral("BR03");
            s.objective = QStringLiteral("Win the new estate");
            QVERIFY(planning::saveStrategy((*ws)->handle(), s).ok());
        }
        const QString pdf = m_dir.filePath(QStringLiteral("strategy.pdf"));
        test::CliRun r = run({QStringLiteral("--segments"), QStringLiteral("mass"), QStringLiteral("--out"), pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = pages(pdf).join(QString()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Objective: Keep payments with us")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("Contact cadence: Quarterly")));
        QVERIFY(text.contains(QStringLiteral("Bank-wide strategy (version 1")));
        QVERIFY(!text.contains(QStringLiteral("Win the new estate")));

        const QString branch = m_dir.filePath(QStringLiteral("strategy-br03.pdf"));
        r = run({QStringLiteral("--branch"), QStringLiteral("BR03"), QStringLiteral("--segments"), QStringLiteral("mass"),
                 QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--out"), branch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = pages(branch).join(QString()).simplified();
        QVERIFY2(text.contains(QStringLiteral("目标：Win the new estate")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QStringLiteral("联系频率：每季度")));
        QVERIFY(!text.contains(QStringLiteral("Keep payments with us")));
    }

    void maskedAndUnmasked()
    {
        const qint64 audits = sql("SELECT count(*) FROM audit");
        const QString masked = m_dir.filePath(QStringLiteral("masked.pdf"));
        QCOMPARE(run({QStringLiteral("--out"), masked}).exitCode, 0);
        QCOMPARE(sql("SELECT count(*) FROM audit"), audits);
        QVERIFY(pages(masked).join(QString()).contains(QRegularExpression(QStringLiteral("\\w\\w\\*{3,}\\w\\w"))));

        const QString unmasked = m_dir.filePath(QStringLiteral("unmasked.pdf"));
        const test::CliRun r = run({QStringLiteral("--unmasked"), QStringLiteral("--out"), unmasked});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sql("SELECT count(*) FROM audit WHERE action = 'brief.unmasked'"), qint64(1));
        const QString text = pages(unmasked).join(QString());
        QVERIFY(text.contains(QLatin1String("Personal data shown")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\w\\w\\*{3,}\\w\\w"))));
    }

    void badOptionsExit2NamingTheOption_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")} << "--lang";
        QTest::newRow("segmentation") << QStringList{QStringLiteral("--segmentation"), QStringLiteral("deciles")} << "--segmentation";
        QTest::newRow("not run yet") << QStringList{QStringLiteral("--segmentation"), QStringLiteral("rfm")} << "--segmentation";
        QTest::newRow("segment") << QStringList{QStringLiteral("--segments"), QStringLiteral("mass,gold")} << "--segments";
        QTest::newRow("no segments") << QStringList{QStringLiteral("--segments"), QStringLiteral(",")} << "--segments";
        QTest::newRow("branch") << QStringList{QStringLiteral("--branch"), QStringLiteral("BR99")} << "--branch";
    }

    void badOptionsExit2NamingTheOption()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const QString pdf = m_dir.filePath(QStringLiteral("bad-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        const test::CliRun r = run(args + QStringList{QStringLiteral("--out"), pdf});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    void missingOutAndWorkspace()
    {
        test::CliRun r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--out")), qPrintable(r.err));
        r = test::runCli({QStringLiteral("brief"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--workspace")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestCliBrief)
#include "tst_cli_brief.moc"
