// The synthetic bank generator: determinism, file layout, referential integrity, the shape of the
// wealth distribution, encodings and cancellation. The CSVs are parsed here with plain splitting so
// the test does not depend on the importer's reader.

#include "ingest/generator.h"
#include "jobs/progress.h"
#include "testutil.h"

#include <QDate>
#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <iconv.h>

#include <algorithm>
#include <functional>
#include <numeric>

using namespace tierwise;
using ingest::GeneratorOptions;
using Headers = GeneratorOptions::Headers;

namespace {

const char *const kFiles[] = {"branches.csv", "products.csv", "customers.csv",   "accounts.csv",
                              "balances.csv", "holdings.csv", "transactions.csv"};

// Default window: 24 months ending 2026-10.
const QByteArray kFirstMonth = "2024-11";
const QByteArray kLastMonth = "2026-10";
const QByteArray kFirstDay = "2024-11-01";
const QByteArray kLastDay = "2026-10-31";

struct Table
{
    QByteArray header;
    QList<QList<QByteArray>> rows;
};

// Splits a CSV line on commas outside double quotes and drops the quotes (no escaped quotes here).
QList<QByteArray> splitLine(const QByteArray &line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            fields.append(field);
            field.clear();
        } else
            field.append(c);
    }
    fields.append(field);
    return fields;
}

Table parse(const QByteArray &bytes)
{
    Table t;
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty())
        return t;
    t.header = lines.first();
    for (qsizetype i = 1; i < lines.size(); ++i)
        if (!lines[i].isEmpty())
            t.rows.append(splitLine(lines[i]));
    return t;
}

Table readTable(const QString &dir, const char *name)
{
    return parse(test::readFile(QDir(dir).filePath(QString::fromLatin1(name))));
}

// Money as written: "1234.56", or "1,234.56" in the Chinese variants. Returns cents.
qint64 cents(QByteArray text, bool *ok = nullptr)
{
    text.replace(',', QByteArray());
    static const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    const bool valid = money.match(QString::fromLatin1(text)).hasMatch();
    if (ok)
        *ok = valid;
    return valid ? qRound64(text.toDouble() * 100) : 0;
}

QByteArray decode(const QByteArray &bytes, const char *encoding, bool *ok)
{
    *ok = false;
    iconv_t cd = iconv_open("UTF-8", encoding);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray in = bytes;
    QByteArray out(bytes.size() * 2 + 16, '\0');
    char *inPtr = in.data();
    char *outPtr = out.data();
    size_t inLeft = static_cast<size_t>(in.size());
    size_t outLeft = static_cast<size_t>(out.size());
    *ok = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != static_cast<size_t>(-1) && inLeft == 0;
    iconv_close(cd);
    out.truncate(out.size() - static_cast<qsizetype>(outLeft));
    return out;
}

GeneratorOptions options(const QString &dir, qint64 customers, quint64 seed = 7)
{
    GeneratorOptions o;
    o.customers = customers;
    o.seed = seed;
    o.outDir = dir;
    return o;
}

Status generate(const GeneratorOptions &o)
{
    jobs::NullProgress progress;
    return ingest::generateBook(o, progress);
}

class CancelAfter final : public jobs::Progress
{
public:
    explicit CancelAfter(int allowed) : m_allowed(allowed) {}
    bool report(qint64, qint64, const QString &) override { return ++m_calls <= m_allowed; }
    int calls() const { return m_calls; }

private:
    int m_allowed;
    int m_calls = 0;
};

} // namespace

class TstGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deterministic();
    void otherSeedDiffers();
    void headers_data();
    void headers();
    void branchesAndProducts();
    void customers();
    void balances();
    void wealthDistribution();
    void holdings();
    void transactions();
    void chineseVariants_data();
    void chineseVariants();
    void cancel_data();
    void cancel();
    void badOptions_data();
    void badOptions();

private:
    QString path(const char *name) const { return m_book.filePath(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    QDir m_book;
    Table m_branches, m_products, m_customers, m_accounts, m_balances, m_holdings, m_transactions;
    QHash<QByteArray, qsizetype> m_customerRow;
    QHash<QByteArray, QByteArray> m_accountOwner;
};

void TstGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_book = QDir(m_dir.filePath(QStringLiteral("book")));
    const Status s = generate(options(m_book.path(), 3000));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    const QString dir = m_book.path();
    m_branches = readTable(dir, "branches.csv");
    m_products = readTable(dir, "products.csv");
    m_customers = readTable(dir, "customers.csv");
    m_accounts = readTable(dir, "accounts.csv");
    m_balances = readTable(dir, "balances.csv");
    m_holdings = readTable(dir, "holdings.csv");
    m_transactions = readTable(dir, "transactions.csv");
    for (qsizetype i = 0; i < m_customers.rows.size(); ++i)
        m_customerRow.insert(m_customers.rows[i].value(0), i);
    for (const auto &a : std::as_const(m_accounts.rows))
        m_accountOwner.insert(a.value(0), a.value(1));
    QCOMPARE(m_customers.rows.size(), 3000);
    QCOMPARE(m_customerRow.size(), 3000);
    QCOMPARE(m_accountOwner.size(), m_accounts.rows.size()); // account ids are unique
}

void TstGenerator::deterministic()
{
    const QString again = m_dir.filePath(QStringLiteral("again"));
    QVERIFY(generate(options(again, 3000)).ok());
    for (const char *name : kFiles) {
        const QByteArray a = test::readFile(path(name));
        QVERIFY2(!a.isEmpty(), name);
        QVERIFY2(a == test::readFile(QDir(again).filePath(QString::fromLatin1(name))), name);
    }
    // Nothing but the seven files is left behind.
    QCOMPARE(QDir(again).entryList(QDir::Files).size(), 7);
}

void TstGenerator::otherSeedDiffers()
{
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QVERIFY(generate(options(other, 3000, 8)).ok());
    for (const char *name : {"customers.csv", "balances.csv", "transactions.csv"})
        QVERIFY2(test::readFile(path(name)) != test::readFile(QDir(other).filePath(QString::fromLatin1(name))), name);
    // Reference data does not depend on the seed.
    QCOMPARE(test::readFile(QDir(other).filePath(QStringLiteral("branches.csv"))), test::readFile(path("branches.csv")));
}

void TstGenerator::headers_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("branches") << QStringLiteral("branches.csv")
                              << QByteArray("branch_id,branch_name,city,region,branch_type");
    QTest::newRow("products") << QStringLiteral("products.csv")
                              << QByteArray("product_code,product_name,product_type,risk_level,margin_bps,term_months");
    QTest::newRow("customers") << QStringLiteral("customers.csv")
                               << QByteArray("customer_id,name,gender,birth_date,occupation,education,income_band,"
                                             "branch_id,rm_id,open_date,risk_level,credit_rating,channel_pref");
    QTest::newRow("accounts") << QStringLiteral("accounts.csv")
                              << QByteArray("account_id,customer_id,product_code,open_date,close_date");
    QTest::newRow("balances") << QStringLiteral("balances.csv")
                              << QByteArray("customer_id,month,current,term,wealth,fund,insurance,loan");
    QTest::newRow("holdings") << QStringLiteral("holdings.csv")
                              << QByteArray("customer_id,product_code,account_id,open_date,maturity_date,balance");
    QTest::newRow("transactions") << QStringLiteral("transactions.csv")
                                  << QByteArray("txn_id,customer_id,account_id,date,amount,channel,type");
}

void TstGenerator::headers()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, header);
    const QByteArray bytes = test::readFile(m_book.filePath(file));
    QCOMPARE(bytes.left(bytes.indexOf('\n')), header);
    QVERIFY(bytes.endsWith('\n'));
    // Every row has as many fields as the header.
    const Table t = parse(bytes);
    const qsizetype columns = splitLine(header).size();
    QVERIFY(!t.rows.isEmpty());
    for (const auto &row : t.rows)
        QCOMPARE(row.size(), columns);
}

void TstGenerator::branchesAndProducts()
{
    QVERIFY(m_branches.rows.size() >= 12);
    QSet<QByteArray> types;
    for (const auto &b : std::as_const(m_branches.rows)) {
        types.insert(b[4]);
        QVERIFY(QSet<QByteArray>({"urban", "suburban", "rural"}).contains(b[4]));
        QVERIFY(!b[1].isEmpty() && !b[2].isEmpty() && !b[3].isEmpty());
    }
    QVERIFY(types.contains("urban") && types.contains("rural"));

    const QSet<QByteArray> productTypes = {"current",   "term",        "wealth",        "fund",
                                           "insurance", "credit_card", "consumer_loan", "mortgage"};
    QHash<QByteArray, int> perType;
    QSet<int> wealthRisks;
    for (const auto &p : std::as_const(m_products.rows)) {
        QVERIFY2(productTypes.contains(p[2]), p[2].constData());
        ++perType[p[2]];
        const int risk = p[3].toInt();
        QVERIFY(risk >= 1 && risk <= 5);
        bool ok = false;
        const int margin = p[4].toInt(&ok);
        QVERIFY(ok && margin > 0 && margin < 1000);
        p[5].toInt(&ok);
        QVERIFY(ok);
        if (p[2] == "wealth")
            wealthRisks.insert(risk);
    }
    QCOMPARE(perType.size(), productTypes.size());
    QCOMPARE(wealthRisks, QSet<int>({1, 2, 3, 4, 5}));
}

void TstGenerator::customers()
{
    QSet<QByteArray> branchIds;
    for (const auto &b : std::as_const(m_branches.rows))
        branchIds.insert(b[0]);
    const QDate end = QDate::fromString(QString::fromLatin1(kLastDay), Qt::ISODate);
    static const QRegularExpression id(QStringLiteral("^C\\d{8}$"));
    static const QRegularExpression rm(QStringLiteral("^RM\\d{4}$"));
    const QSet<QByteArray> ratings = {"", "AAA", "AA", "A", "BBB", "BB", "B", "CCC"};
    const QSet<QByteArray> channels = {"counter", "online", "mobile", "atm"};
    QSet<QByteArray> names;
    QHash<QByteArray, int> perBranch;
    for (const auto &c : std::as_const(m_customers.rows)) {
        QVERIFY2(id.match(QString::fromLatin1(c[0])).hasMatch(), c[0].constData());
        QVERIFY(c[1].size() >= 6); // two or more Chinese characters
        names.insert(c[1]);
        QVERIFY(c[2] == "M" || c[2] == "F");
        const QDate birth = QDate::fromString(QString::fromLatin1(c[3]), Qt::ISODate);
        const QDate open = QDate::fromString(QString::fromLatin1(c[9]), Qt::ISODate);
        QVERIFY(birth.isValid() && open.isValid());
        int age = end.year() - birth.year();
        if (birth.month() > end.month() || (birth.month() == end.month() && birth.day() > end.day()))
            --age;
        QVERIFY2(age >= 18 && age <= 90, c[3].constData());
        QVERIFY(open <= end && open >= birth.addYears(18));
        QVERIFY(!c[4].isEmpty() && !c[5].isEmpty() && !c[6].isEmpty());
        QVERIFY2(branchIds.contains(c[7]), c[7].constData());
        ++perBranch[c[7]];
        QVERIFY(rm.match(QString::fromLatin1(c[8])).hasMatch());
        QCOMPARE(c[8].mid(2, 2), c[7].right(2)); // RM0101 belongs to BR01
        const int risk = c[10].toInt();
        QVERIFY(risk >= 1 && risk <= 5);
        QVERIFY2(ratings.contains(c[11]), c[11].constData());
        QVERIFY2(channels.contains(c[12]), c[12].constData());
    }
    QVERIFY(names.size() > 1500);          // names vary
    QCOMPARE(perBranch.size(), branchIds.size()); // every branch has customers
}

void TstGenerator::balances()
{
    // One row per customer per month from the month they opened, in order, ending at the last month.
    QHash<QByteArray, int> rows;
    QHash<QByteArray, QByteArray> previousMonth;
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    for (const auto &b : std::as_const(m_balances.rows)) {
        QVERIFY(m_customerRow.contains(b[0]));
        QVERIFY(month.match(QString::fromLatin1(b[1])).hasMatch());
        QVERIFY(b[1] >= kFirstMonth && b[1] <= kLastMonth);
        QVERIFY(b[1] > previousMonth.value(b[0]));
        previousMonth[b[0]] = b[1];
        ++rows[b[0]];
        for (int c = 2; c <= 7; ++c) {
            bool ok = false;
            QVERIFY(cents(b[c], &ok) >= 0);
            QVERIFY2(ok && !b[c].contains(','), b[c].constData());
        }
    }
    const QDate first = QDate::fromString(QString::fromLatin1(kFirstDay), Qt::ISODate);
    for (const auto &c : std::as_const(m_customers.rows)) {
        const QDate open = std::max(QDate::fromString(QString::fromLatin1(c[9]), Qt::ISODate), first);
        const int expected = (2026 - open.year()) * 12 + (10 - open.month()) + 1;
        QCOMPARE(rows.value(c[0]), expected);
        QCOMPARE(previousMonth.value(c[0]), kLastMonth);
    }
    // 24 months for most customers, fewer for the new ones.
    QVERIFY(m_balances.rows.size() > 3000 * 18 && m_balances.rows.size() < 3000 * 24);
}

void TstGenerator::wealthDistribution()
{
    QHash<QByteArray, QByteArray> branchType;
    for (const auto &b : std::as_const(m_branches.rows))
        branchType.insert(b[0], b[4]);
    const QByteArray sixBefore = "2026-04";
    QHash<QByteArray, double> latest, earlier;
    for (const auto &b : std::as_const(m_balances.rows)) {
        double aum = 0; // loans are not AUM
        for (int c = 2; c <= 6; ++c)
            aum += cents(b[c]) / 100.0;
        if (b[1] == kLastMonth)
            latest.insert(b[0], aum);
        else if (b[1] == sixBefore)
            earlier.insert(b[0], aum);
    }
    QCOMPARE(latest.size(), 3000);

    std::vector<double> aums;
    double urban = 0, rural = 0;
    int urbanCount = 0, ruralCount = 0, affluent = 0, fell = 0;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        aums.push_back(it.value());
        const QByteArray type = branchType.value(m_customers.rows[m_customerRow.value(it.key())][7]);
        if (type == "urban") {
            urban += it.value();
            ++urbanCount;
        } else if (type == "rural") {
            rural += it.value();
            ++ruralCount;
        }
        affluent += it.value() >= 500000;
        const double before = earlier.value(it.key(), 0);
        fell += before > 1000 && it.value() < 0.5 * before;
    }
    std::sort(aums.begin(), aums.end(), std::greater<>());
    const double total = std::accumulate(aums.begin(), aums.end(), 0.0);
    const double top = std::accumulate(aums.begin(), aums.begin() + static_cast<std::ptrdiff_t>(aums.size() / 5), 0.0);
    const double share = top / total;
    qInfo("top-20%% AUM share %.3f; urban mean %.0f, rural mean %.0f; %d of 3000 at 500k+; %d fell by half",
          share, urban / urbanCount, rural / ruralCount, affluent, fell);
    QVERIFY2(share >= 0.70 && share <= 0.88, qPrintable(QString::number(share)));
    QVERIFY(urbanCount > 0 && ruralCount > 0);
    QVERIFY(urban / urbanCount > 1.5 * (rural / ruralCount));
    QVERIFY(affluent >= 30);                  // the affluent exist …
    QVERIFY(aums.front() >= 2000000);         // … and a rich head
    QVERIFY(fell >= 90 && fell <= 600);       // some customers drift away (~10 %)
}

void TstGenerator::holdings()
{
    QHash<QByteArray, QList<QByteArray>> products;
    for (const auto &p : std::as_const(m_products.rows))
        products.insert(p[0], p);
    // Latest balances by customer and product type, in cents.
    QHash<QByteArray, qint64> latest;
    static const char *const kTypes[] = {"current", "term", "wealth", "fund", "insurance"};
    for (const auto &b : std::as_const(m_balances.rows))
        if (b[1] == kLastMonth)
            for (int c = 1; c <= 4; ++c)
                latest.insert(b[0] + '/' + kTypes[c], cents(b[c + 2]));

    const QDate end = QDate::fromString(QString::fromLatin1(kLastDay), Qt::ISODate);
    QHash<QByteArray, qint64> held;
    int maturingSoon = 0;
    for (const auto &h : std::as_const(m_holdings.rows)) {
        QVERIFY(m_customerRow.contains(h[0]));
        QVERIFY2(products.contains(h[1]), h[1].constData());
        const QByteArray type = products.value(h[1])[2];
        QVERIFY(type == "term" || type == "wealth" || type == "fund" || type == "insurance");
        QCOMPARE(m_accountOwner.value(h[2]), h[0]);
        const QDate open = QDate::fromString(QString::fromLatin1(h[3]), Qt::ISODate);
        QVERIFY(open.isValid() && open <= end);
        const auto &customer = m_customers.rows[m_customerRow.value(h[0])];
        QVERIFY(h[3] >= customer[9]);
        if (type == "wealth" || type == "fund") // suitability: product risk within the customer's tolerance
            QVERIFY(products.value(h[1])[3].toInt() <= customer[10].toInt());
        if (type == "fund") {
            QVERIFY(h[4].isEmpty());
        } else {
            const QDate maturity = QDate::fromString(QString::fromLatin1(h[4]), Qt::ISODate);
            QVERIFY(maturity > end);
            maturingSoon += end.daysTo(maturity) <= 90;
        }
        bool ok = false;
        const qint64 amount = cents(h[5], &ok);
        QVERIFY(ok && amount > 0);
        held[h[0] + '/' + type] += amount;
    }
    QVERIFY(maturingSoon > m_holdings.rows.size() / 10);
    // Holdings add up to the latest month's balances of their type.
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        QVERIFY2(held.value(it.key()) == it.value(), it.key().constData());
}

void TstGenerator::transactions()
{
    static const QRegularExpression id(QStringLiteral("^T\\d{9}$"));
    const QSet<QByteArray> channels = {"counter", "online", "mobile", "atm", "pos"};
    const QSet<QByteArray> types = {"deposit", "withdrawal", "transfer", "purchase", "salary", "fee", "repayment"};
    QSet<QByteArray> ids;
    QHash<QByteArray, int> channelCount;
    QSet<QByteArray> active;
    qint64 number = 0;
    for (const auto &t : std::as_const(m_transactions.rows)) {
        QVERIFY2(id.match(QString::fromLatin1(t[0])).hasMatch(), t[0].constData());
        QCOMPARE(t[0].mid(1).toLongLong(), ++number); // numbered in file order
        ids.insert(t[0]);
        QVERIFY2(m_customerRow.contains(t[1]), t[1].constData());
        QVERIFY2(m_accountOwner.contains(t[2]), t[2].constData());
        QCOMPARE(m_accountOwner.value(t[2]), t[1]); // the account belongs to the customer
        QVERIFY2(t[3] >= kFirstDay && t[3] <= kLastDay, t[3].constData());
        QVERIFY(QDate::fromString(QString::fromLatin1(t[3]), Qt::ISODate).isValid());
        QVERIFY(t[3] >= m_customers.rows[m_customerRow.value(t[1])][9]); // not before the customer opened
        bool ok = false;
        QVERIFY(cents(t[4], &ok) != 0);
        QVERIFY2(ok && !t[4].contains(','), t[4].constData());
        QVERIFY2(channels.contains(t[5]), t[5].constData());
        QVERIFY2(types.contains(t[6]), t[6].constData());
        ++channelCount[t[5]];
        active.insert(t[1]);
    }
    QCOMPARE(ids.size(), m_transactions.rows.size());
    const double perCustomer = m_transactions.rows.size() / 3000.0;
    qInfo("%.2f transactions per customer, %lld customers with none", perCustomer, 3000LL - active.size());
    QVERIFY(perCustomer >= 6 && perCustomer <= 14);
    QCOMPARE(channelCount.size(), channels.size());
}

void TstGenerator::chineseVariants_data()
{
    QTest::addColumn<ingest::Encoding>("encoding");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QByteArray>("iconvName");
    QTest::addColumn<QByteArray>("customersHeader");
    QTest::addColumn<QByteArray>("balancesHeader");
    QTest::addColumn<QByteArray>("branchWord"); // a branch name in the right script

    const QByteArray simplifiedCustomers = "客户号,姓名,性别,出生日期,职业,学历,年收入,所属网点,客户经理,开户日期,"
                                           "风险承受能力,信用等级,偏好渠道";
    const QByteArray traditionalCustomers = "客戶號,姓名,性別,出生日期,職業,學歷,年收入,所屬網點,客戶經理,開戶日期,"
                                            "風險承受能力,信用等級,偏好渠道";
    QTest::newRow("gb18030, simplified") << ingest::Encoding::Gb18030 << Headers::SimplifiedChinese
                                         << QByteArray("GB18030") << simplifiedCustomers
                                         << QByteArray("客户号,月份,活期,定期,理财,基金,保险,贷款余额")
                                         << QByteArray("陆家嘴");
    QTest::newRow("gb18030, english") << ingest::Encoding::Gb18030 << Headers::English << QByteArray("GB18030")
                                      << QByteArray("customer_id,name,gender,birth_date,occupation,education,"
                                                    "income_band,branch_id,rm_id,open_date,risk_level,credit_rating,"
                                                    "channel_pref")
                                      << QByteArray("customer_id,month,current,term,wealth,fund,insurance,loan")
                                      << QByteArray("陆家嘴");
    QTest::newRow("big5, traditional") << ingest::Encoding::Big5 << Headers::TraditionalChinese << QByteArray("BIG5")
                                       << traditionalCustomers
                                       << QByteArray("客戶號,月份,活期,定期,理財,基金,保險,貸款餘額")
                                       << QByteArray("陸家嘴");
    QTest::newRow("utf-8, traditional") << ingest::Encoding::Utf8 << Headers::TraditionalChinese
                                        << QByteArray("UTF-8") << traditionalCustomers
                                        << QByteArray("客戶號,月份,活期,定期,理財,基金,保險,貸款餘額")
                                        << QByteArray("陸家嘴");
}

void TstGenerator::chineseVariants()
{
    QFETCH(ingest::Encoding, encoding);
    QFETCH(Headers, headers);
    QFETCH(QByteArray, iconvName);
    QFETCH(QByteArray, customersHeader);
    QFETCH(QByteArray, balancesHeader);
    QFETCH(QByteArray, branchWord);

    const QString dir = m_dir.filePath(QStringLiteral("zh-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'_'));
    GeneratorOptions o = options(dir, 500);
    o.encoding = encoding;
    o.headers = headers;
    const Status s = generate(o);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));

    // The same book in UTF-8: the encoding changes the bytes, never the content.
    GeneratorOptions utf8 = o;
    utf8.encoding = ingest::Encoding::Utf8;
    utf8.outDir = dir + QStringLiteral("-utf8");
    QVERIFY(generate(utf8).ok());

    QHash<QString, QByteArray> decoded;
    for (const char *name : kFiles) {
        const QString file = QString::fromLatin1(name);
        const QByteArray raw = test::readFile(QDir(dir).filePath(file));
        bool ok = false;
        const QByteArray text = decode(raw, iconvName.constData(), &ok);
        QVERIFY2(ok, name);
        QCOMPARE(text, test::readFile(QDir(utf8.outDir).filePath(file)));
        decoded.insert(file, text);
    }
    const QByteArray customers = decoded.value(QStringLiteral("customers.csv"));
    QCOMPARE(customers.left(customers.indexOf('\n')), customersHeader);
    const QByteArray balances = decoded.value(QStringLiteral("balances.csv"));
    QCOMPARE(balances.left(balances.indexOf('\n')), balancesHeader);
    QVERIFY(decoded.value(QStringLiteral("branches.csv")).contains(branchWord));
    if (encoding != ingest::Encoding::Utf8)
        QVERIFY(test::readFile(QDir(dir).filePath(QStringLiteral("branches.csv"))) !=
                decoded.value(QStringLiteral("branches.csv")));

    // Chinese headers come with "1,234,567.89" amounts in balances and holdings, as GBK exports do.
    const bool grouped = headers != Headers::English;
    const Table t = parse(balances);
    int withSeparators = 0;
    for (const auto &row : t.rows) {
        for (int c = 2; c <= 7; ++c) {
            bool ok = false;
            const qint64 amount = cents(row[c], &ok);
            QVERIFY2(ok, row[c].constData());
            withSeparators += row[c].contains(',');
            QCOMPARE(row[c].contains(','), grouped && amount >= 100000);
        }
    }
    QCOMPARE(withSeparators > 0, grouped);
    if (grouped)
        QVERIFY(balances.contains("\",\"") || balances.contains(",\""));
}

void TstGenerator::cancel_data()
{
    QTest::addColumn<int>("allowedReports");
    QTest::newRow("at once") << 0;
    QTest::newRow("midway") << 3;
}

void TstGenerator::cancel()
{
    QFETCH(int, allowedReports);
    const QString dir = m_dir.filePath(QStringLiteral("cancel-%1").arg(allowedReports));
    QVERIFY(QDir().mkpath(dir));
    // An earlier file of the same name survives a cancelled run.
    QFile earlier(QDir(dir).filePath(QStringLiteral("customers.csv")));
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.write("earlier\n");
    earlier.close();

    CancelAfter progress(allowedReports);
    const Status s = ingest::generateBook(options(dir, 20000), progress);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::Cancelled);
    QCOMPARE(progress.calls(), allowedReports + 1);
    QCOMPARE(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("customers.csv")});
    QCOMPARE(test::readFile(earlier.fileName()), QByteArray("earlier\n"));
}

void TstGenerator::badOptions_data()
{
    QTest::addColumn<qint64>("customers");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("lastMonth");
    QTest::addColumn<bool>("withDir");
    QTest::addColumn<ingest::Encoding>("encoding");
    QTest::addColumn<Headers>("headers");
    const QDate d(2026, 10, 1);
    const auto utf8 = ingest::Encoding::Utf8;
    QTest::newRow("no customers") << qint64(0) << 24 << d << true << utf8 << Headers::English;
    QTest::newRow("no months") << qint64(10) << 0 << d << true << utf8 << Headers::English;
    QTest::newRow("invalid month") << qint64(10) << 24 << QDate() << true << utf8 << Headers::English;
    QTest::newRow("no folder") << qint64(10) << 24 << d << false << utf8 << Headers::English;
    QTest::newRow("big5, simplified") << qint64(10) << 24 << d << true << ingest::Encoding::Big5
                                      << Headers::SimplifiedChinese;
}

void TstGenerator::badOptions()
{
    QFETCH(qint64, customers);
    QFETCH(int, months);
    QFETCH(QDate, lastMonth);
    QFETCH(bool, withDir);
    QFETCH(ingest::Encoding, encoding);
    QFETCH(Headers, headers);
    const QString dir = m_dir.filePath(QStringLiteral("bad"));
    GeneratorOptions o = options(withDir ? dir : QString(), customers);
    o.months = months;
    o.lastMonth = lastMonth;
    o.encoding = encoding;
    o.headers = headers;
    const Status s = generate(o);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, Error::Kind::BadInput);
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(!QDir(dir).exists());
}

QTEST_GUILESS_MAIN(TstGenerator)
#include "tst_generator.moc"
