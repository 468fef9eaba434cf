// Strategies per tier: fields, versions with author and comparison, branch overrides, the shipped
// templates in three languages, suitability and pricing checks.

#include "analytics/segmentation.h"
#include "jobs/progress.h"
#include "planning/strategy.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace tierwise;
using namespace tierwise::planning;

class TestStrategy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;

    static qint64 count(sqlite3 *db, const char *sql)
    {
        store::Statement st(db, sql);
        return st.step() ? st.int64(0) : -1;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_ws = test::importGeneratedBook(m_dir, 1500, 31, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));
    }

    void fieldsAreGeneric()
    {
        Strategy s;
        s.setValue(Field::Products, QStringList{QStringLiteral("WM01"), QStringLiteral(" WM01 "), QString(), QStringLiteral("FD02")});
        QCOMPARE(s.products, (QStringList{QStringLiteral("WM01"), QStringLiteral("FD02")}));
        s.setValue(Field::ConversionTarget, 0.12);
        QCOMPARE(s.value(Field::ConversionTarget).toDouble(), 0.12);
        s.setValue(Field::ReachTarget, QVariant()); // cleared: no target
        QVERIFY(std::isnan(s.reachTarget));
        Strategy t = s;
        QVERIFY(differences(s, t).empty()); // NaN equals NaN
        t.setValue(Field::DepositPremiumBp, 25);
        t.setValue(Field::Notes, QStringLiteral("x"));
        QCOMPARE(differences(s, t), (std::vector<Field>{Field::DepositPremiumBp, Field::Notes}));
        QCOMPARE(displayValue(Field::DepositPremiumBp, 25), QStringLiteral("25 bp"));
        QCOMPARE(displayValue(Field::ConversionTarget, 0.12), QStringLiteral("12.0 %"));
        QCOMPARE(displayValue(Field::Channels, QStringList{QStringLiteral("rm"), QStringLiteral("mobile")}),
                 QStringLiteral("Relationship manager, Mobile banking"));
    }

    void versionsKeepAuthorAndCanBeCompared()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        Strategy s;
        s.segmentKey = QStringLiteral("segment.tiers/affluent");
        s.objective = QStringLiteral("Grow AUM");
        s.conversionTarget = 0.1;
        QVERIFY(saveStrategy(db, s).ok());
        QCOMPARE(s.version, 1);
        QVERIFY(!s.author.isEmpty());
        QVERIFY(!s.savedAt.isEmpty());
        s.objective = QStringLiteral("Grow AUM and cards");
        s.products = {QStringLiteral("CC02")};
        QVERIFY(saveStrategy(db, s).ok());
        QCOMPARE(s.version, 2);
        // A branch override is a strategy of its own, versioned separately.
        Strategy branch = s;
        branch.branchId = QStringLiteral("BR03");
        branch.depositPremiumBp = 20;
        QVERIFY(saveStrategy(db, branch).ok());
        QCOMPARE(branch.version, 1);
        QCOMPARE(differences(s, branch), std::vector<Field>{Field::DepositPremiumBp});

        auto history = strategyHistory(db, s.segmentKey, QString());
        QVERIFY(history.ok());
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->at(0).version, 2);
        QCOMPARE(history->at(1).objective, QStringLiteral("Grow AUM"));
        QCOMPARE(differences(history->at(1), history->at(0)), (std::vector<Field>{Field::Objective, Field::Products}));
        QCOMPARE(history->at(0).conversionTarget, 0.1);
        QVERIFY(std::isnan(history->at(0).reachTarget)); // unset stays unset through the file

        auto latest = latestStrategies(db);
        QVERIFY(latest.ok());
        QCOMPARE(latest->size(), std::size_t(2));
        QCOMPARE(latest->at(0).branchId, QString());
        QCOMPARE(latest->at(0).version, 2);
        QCOMPARE(latest->at(1).branchId, QStringLiteral("BR03"));
    }

    void invalidStrategiesChangeNothing()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        sqlite3 *db = (*ws)->handle();
        const qint64 before = count(db, "SELECT count(*) FROM strategies");
        Strategy s;
        QVERIFY(!saveStrategy(db, s).ok()); // no segment
        s.segmentKey = QStringLiteral("segment.tiers/mass");
        s.conversionTarget = 1.5;
        const Status status = saveStrategy(db, s);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("Conversion rate target")), qPrintable(status.error().message));
        s.conversionTarget = 0.05;
        s.loanDiscountBp = -5;
        QVERIFY(!saveStrategy(db, s).ok());
        QCOMPARE(count(db, "SELECT count(*) FROM strategies"), before);
    }

    void templatesInThreeLanguages()
    {
        for (const char *lang : {"en", "zh_CN", "zh_TW"}) {
            auto templates = strategyTemplates(QLatin1String(lang));
            QVERIFY(templates.ok());
            QCOMPARE(templates->size(), std::size_t(7));
            for (const char *tier : {"potential", "mass", "affluent", "hnw", "private"})
                QVERIFY2(templateFor(*templates, QLatin1String(tier)), tier);
            QCOMPARE(templateFor(*templates, QStringLiteral("hnw")), templateFor(*templates, QStringLiteral("private")));
            QStringList ids;
            for (const StrategyTemplate &t : *templates)
                ids << t.id;
            for (const char *group : {"young_salaried", "business_owner", "elderly"})
                QVERIFY(ids.contains(QLatin1String(group)));
        }
        auto en = strategyTemplates(QStringLiteral("en"));
        auto cn = strategyTemplates(QStringLiteral("zh_CN"));
        auto tw = strategyTemplates(QStringLiteral("zh_TW"));
        QVERIFY(en.ok() && cn.ok() && tw.ok());
        QCOMPARE(templateFor(*en, QStringLiteral("mass"))->name, QStringLiteral("Mass (ordinary)"));
        QCOMPARE(templateFor(*cn, QStringLiteral("mass"))->name, QStringLiteral("大众客户"));
        QCOMPARE(templateFor(*tw, QStringLiteral("mass"))->name, QStringLiteral("大眾客戶"));
        // Traditional uses Taiwan / Hong Kong terms, not converted characters: 网点 → 分行.
        QVERIFY(templateFor(*cn, QStringLiteral("mass"))->strategy.notes.contains(QStringLiteral("网点")));
        QVERIFY(templateFor(*tw, QStringLiteral("mass"))->strategy.notes.contains(QStringLiteral("分行")));
        QCOMPARE(templateFor(*cn, QStringLiteral("affluent"))->strategy.events.size(), std::size_t(2));
        // Unknown languages fall back to English.
        auto other = strategyTemplates(QStringLiteral("fr"));
        QVERIFY(other.ok());
        QCOMPARE(other->front().name, en->front().name);
    }

    void templateOffersSuitableProducts()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        auto catalogue = loadCatalogue((*ws)->handle());
        QVERIFY(catalogue.ok());
        QVERIFY(catalogue->size() > 10);
        auto templates = strategyTemplates(QStringLiteral("en"));
        QVERIFY(templates.ok());
        const StrategyTemplate &affluent = *templateFor(*templates, QStringLiteral("affluent"));
        const Strategy s = applyTemplate(affluent, QStringLiteral("segment.tiers/affluent"), *catalogue, 3);
        QCOMPARE(s.segmentKey, QStringLiteral("segment.tiers/affluent"));
        QVERIFY(!s.products.isEmpty());
        int expected = 0;
        for (const Product &p : *catalogue)
            if (affluent.productTypes.contains(p.type) && p.riskLevel >= 1 && p.riskLevel <= 3)
                ++expected;
        QCOMPARE(int(s.products.size()), expected);
        // Everything the template offers passes the suitability check at that tolerance.
        QVERIFY(checkStrategy(s, *catalogue, 3, PricingLimits::defaults()).empty());
    }

    void typicalToleranceIsTheMedian()
    {
        auto ws = store::Workspace::open(m_ws);
        QVERIFY(ws.ok());
        jobs::NullProgress progress;
        auto run = analytics::runSegmentation(**ws, analytics::SegmentOptions(), progress);
        QVERIFY(run.ok());
        sqlite3 *db = (*ws)->handle();
        auto tolerance = typicalRiskTolerance(db, run->runId);
        QVERIFY(tolerance.ok());
        QVERIFY(!tolerance->empty());
        // Independently: sort each segment's known levels and take the lower middle.
        std::map<QString, std::vector<int>> levels;
        store::Statement st(db, "SELECT a.segment, c.risk_level FROM assignments a JOIN customers c USING (customer_id) "
                                "WHERE a.run_id = ?1 AND c.risk_level IS NOT NULL");
        st.bind(1, run->runId);
        while (st.step())
            levels[st.text(0)].push_back(int(st.int64(1)));
        QCOMPARE(tolerance->size(), levels.size());
        for (auto &[segment, v] : levels) {
            std::sort(v.begin(), v.end());
            QCOMPARE(tolerance->at(segment), v[(v.size() - 1) / 2]);
        }
    }

    void checksFlagUnsuitableProductsAndConcessions()
    {
        const std::vector<Product> catalogue{{QStringLiteral("TD12"), QStringLiteral("One-year deposit"), QStringLiteral("term"), 1},
                                             {QStringLiteral("FD05"), QStringLiteral("Growth fund"), QStringLiteral("fund"), 5},
                                             {QStringLiteral("XX01"), QStringLiteral("Unrated"), QStringLiteral("other"), 0}};
        Strategy s;
        s.products = {QStringLiteral("TD12"), QStringLiteral("FD05"), QStringLiteral("XX01"), QStringLiteral("NOPE")};
        PricingLimits limits;
        limits.maxDepositPremiumBp = 30;
        limits.maxLoanDiscountBp = 50;
        limits.maxBudgetPerCustomer = 100;
        s.depositPremiumBp = 30; // at the limit: fine
        s.loanDiscountBp = 60;
        s.budgetPerCustomer = 150;
        const std::vector<StrategyIssue> issues = checkStrategy(s, catalogue, 3, limits);
        QStringList codes;
        QList<Field> fields;
        for (const StrategyIssue &i : issues) {
            fields << i.field;
            if (!i.productCode.isEmpty())
                codes << i.productCode;
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("FD05"), QStringLiteral("XX01"), QStringLiteral("NOPE")}));
        QVERIFY(issues.front().message.contains(QStringLiteral("R5")) && issues.front().message.contains(QStringLiteral("C3")));
        QVERIFY(fields.contains(Field::LoanDiscountBp));
        QVERIFY(fields.contains(Field::BudgetPerCustomer));
        QVERIFY(!fields.contains(Field::DepositPremiumBp));
        // Unknown tolerance: only products missing from the catalogue are flagged.
        const std::vector<StrategyIssue> unknown = checkStrategy(s, catalogue, 0, PricingLimits{1000, 1000, 0});
        QCOMPARE(unknown.size(), std::size_t(1));
        QCOMPARE(unknown.front().productCode, QStringLiteral("NOPE"));
    }

    void describedForABrief()
    {
        auto templates = strategyTemplates(QStringLiteral("en"));
        QVERIFY(templates.ok());
        const std::vector<Product> catalogue{{QStringLiteral("CC02"), QStringLiteral("Platinum card"), QStringLiteral("credit_card"), 1}};
        Strategy s = templateFor(*templates, QStringLiteral("affluent"))->strategy;
        s.products = {QStringLiteral("CC02"), QStringLiteral("ZZ9")};
        s.participationTarget = std::numeric_limits<double>::quiet_NaN();
        s.notes.clear();
        const QStringList lines = describe(s, catalogue);
        QCOMPARE(lines.front(), QStringLiteral("Objective: ") + s.objective);
        QVERIFY(lines.contains(QStringLiteral("Products to offer: Platinum card (CC02), ZZ9")));
        QVERIFY(lines.contains(QStringLiteral("Contact cadence: Monthly")));
        QVERIFY(lines.contains(QStringLiteral("Deposit rate premium (bp): 15 bp")));
        QVERIFY(lines.contains(QStringLiteral("Targets: Reach target 85.0 %, Conversion rate target 12.0 %, AUM growth target 10.0 %")));
        QVERIFY(!lines.join(QLatin1Char('\n')).contains(QStringLiteral("Notes")));
        QVERIFY(describe(Strategy(), {}).isEmpty());
    }

    void pricingLimitsFile()
    {
        const PricingLimits d = PricingLimits::defaults();
        QCOMPARE(d.maxDepositPremiumBp, 50);
        QCOMPARE(d.maxLoanDiscountBp, 100);
        QCOMPARE(d.maxBudgetPerCustomer, 5000.0);
        auto bad = PricingLimits::fromJsonBytes(R"({"max_deposit_premium_bp": "lots"})");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("max_deposit_premium_bp")), qPrintable(bad.error().message));
        auto unknown = PricingLimits::fromJsonBytes(R"({"max_fee": 3})");
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("max_fee")));
        auto negative = PricingLimits::fromJsonBytes(R"({"max_loan_discount_bp": -1})");
        QVERIFY(!negative.ok());
        auto good = PricingLimits::fromJsonBytes(R"({"max_loan_discount_bp": 80})");
        QVERIFY(good.ok());
        QCOMPARE(good->maxLoanDiscountBp, 80);
        QCOMPARE(good->maxDepositPremiumBp, 50); // the rest as the built-in values
        // What the Rules dialog shows reads back the same.
        auto again = PricingLimits::fromJsonBytes(good->toJsonBytes());
        QVERIFY(again.ok());
        QCOMPARE(again->maxLoanDiscountBp, 80);
        QVERIFY(good->toJsonBytes().contains("comment"));
    }
};

QTEST_GUILESS_MAIN(TestStrategy)
#include "tst_strategy.moc"
