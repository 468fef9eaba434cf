// Encoding detection and streaming conversion to UTF-8.

#include "ingest/textencoding.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QTest>

#include <string>

using namespace tierwise::ingest;
using tierwise::test::encodeAs;

Q_DECLARE_METATYPE(tierwise::ingest::Encoding)

namespace {

const char *iconvName(Encoding e)
{
    return e == Encoding::Gb18030 ? "GB18030" : e == Encoding::Big5 ? "BIG5-HKSCS" : "UTF-8";
}

QString customersSimplified()
{
    return QStringLiteral(
        "客户号,姓名,性别,出生日期,所属网点,客户经理,开户日期,风险等级\n"
        "C0000001,张伟,男,1980-05-12,北京朝阳支行,王芳,2015-03-01,3\n"
        "C0000002,李娜,女,1975-11-02,上海浦东分行,刘强,2012-07-19,2\n"
        "C0000003,王秀英,女,1990-01-30,深圳南山支行,陈静,2018-10-08,4\n"
        "C0000004,刘洋,男,1985-06-18,广州天河支行,杨磊,2016-02-14,1\n"
        "C0000005,陈杰,男,1968-09-09,杭州西湖支行,赵敏,2009-12-25,5\n");
}

QString customersTraditional()
{
    return QStringLiteral(
        "客戶號,姓名,性別,出生日期,所屬網點,客戶經理,開戶日期,風險等級\n"
        "C0000001,陳大文,男,1980-05-12,旺角分行,黃美玲,2015-03-01,3\n"
        "C0000002,李嘉欣,女,1975-11-02,銅鑼灣分行,張志強,2012-07-19,2\n"
        "C0000003,王小明,男,1990-01-30,台北信義分行,林淑芬,2018-10-08,4\n"
        "C0000004,劉德華,男,1985-06-18,高雄分行,吳建國,2016-02-14,1\n"
        "C0000005,周潤發,男,1968-09-09,九龍塘分行,鄭秀文,2009-12-25,5\n");
}

QString decodeAll(Encoding e, const QByteArray &bytes, std::size_t step, bool *ok = nullptr)
{
    Utf8Decoder decoder(e);
    std::string out;
    bool good = true;
    for (qsizetype i = 0; i < bytes.size() && good; i += qsizetype(step)) {
        const std::size_t n = std::min<std::size_t>(step, std::size_t(bytes.size() - i));
        good = decoder.decode(bytes.constData() + i, n, out);
    }
    if (good)
        good = decoder.finish();
    if (ok)
        *ok = good;
    return QString::fromStdString(out);
}

} // namespace

class TestTextEncoding : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void nameRoundTrip();
    void detect_data();
    void detect();
    void detectReason();
    void utf8Invalid_data();
    void utf8Invalid();
    void decodeChunked_data();
    void decodeChunked();
    void decodeInvalid_data();
    void decodeInvalid();
    void incompleteAtEnd_data();
    void incompleteAtEnd();
    void big5HongKongCharacters();
    void errorAfterEarlierChunks();
    void utf8Throughput();
};

void TestTextEncoding::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("encoding"); // -1: unknown
    QTest::newRow("utf8") << QStringLiteral("utf8") << int(Encoding::Utf8);
    QTest::newRow("UTF-8") << QStringLiteral("UTF-8") << int(Encoding::Utf8);
    QTest::newRow("gb18030") << QStringLiteral("gb18030") << int(Encoding::Gb18030);
    QTest::newRow("GBK") << QStringLiteral("GBK") << int(Encoding::Gb18030);
    QTest::newRow("gb2312") << QStringLiteral("gb2312") << int(Encoding::Gb18030);
    QTest::newRow("cp936") << QStringLiteral("CP936") << int(Encoding::Gb18030);
    QTest::newRow("big5") << QStringLiteral("Big5") << int(Encoding::Big5);
    QTest::newRow("big-5") << QStringLiteral("big-5") << int(Encoding::Big5);
    QTest::newRow("cp950") << QStringLiteral("cp950") << int(Encoding::Big5);
    QTest::newRow("spaces around") << QStringLiteral(" utf-8 ") << int(Encoding::Utf8);
    QTest::newRow("latin1") << QStringLiteral("latin1") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestTextEncoding::names()
{
    QFETCH(QString, name);
    QFETCH(int, encoding);
    const auto e = encodingFromName(name);
    if (encoding < 0)
        QVERIFY(!e.has_value());
    else
        QCOMPARE(int(e.value_or(Encoding::Utf8)), encoding);
}

void TestTextEncoding::nameRoundTrip()
{
    QCOMPARE(encodingName(Encoding::Utf8), QStringLiteral("utf-8"));
    QCOMPARE(encodingName(Encoding::Gb18030), QStringLiteral("gb18030"));
    QCOMPARE(encodingName(Encoding::Big5), QStringLiteral("big5"));
    for (Encoding e : {Encoding::Utf8, Encoding::Gb18030, Encoding::Big5})
        QCOMPARE(encodingFromName(encodingName(e)), std::optional<Encoding>(e));
}

void TestTextEncoding::detect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<double>("minConfidence");

    const QString simplified = customersSimplified();
    const QString traditional = customersTraditional();
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << false << 1.0;
    QTest::newRow("ascii") << QByteArray("id,amount\n1,2.50\n") << Encoding::Utf8 << false << 1.0;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid\n1\n") << Encoding::Utf8 << true << 1.0;
    QTest::newRow("utf-8 simplified") << simplified.toUtf8() << Encoding::Utf8 << false << 0.9;
    QTest::newRow("utf-8 traditional") << traditional.toUtf8() << Encoding::Utf8 << false << 0.9;
    QTest::newRow("utf-8 cut inside a character")
        << simplified.toUtf8().left(simplified.toUtf8().indexOf("张") + 1) << Encoding::Utf8
        << false << 0.9;
    QTest::newRow("gb18030 customers") << encodeAs(simplified, "GB18030") << Encoding::Gb18030
                                       << false << 0.8;
    QTest::newRow("big5 customers") << encodeAs(traditional, "BIG5") << Encoding::Big5 << false
                                    << 0.8;
    QTest::newRow("gb18030 header only")
        << encodeAs(QStringLiteral("客户号,姓名,出生日期,所属网点,客户经理\n"), "GB18030")
        << Encoding::Gb18030 << false << 0.6;
    QTest::newRow("big5 header only")
        << encodeAs(QStringLiteral("客戶號,姓名,出生日期,所屬網點,客戶經理\n"), "BIG5")
        << Encoding::Big5 << false << 0.6;
    QTest::newRow("gb18030 transactions")
        << encodeAs(QStringLiteral("交易日期,交易金额,渠道\n2024-03-01,120.00,手机银行\n"
                                   "2024-03-02,88.50,柜面\n2024-03-03,1500.00,网银\n"),
                    "GB18030")
        << Encoding::Gb18030 << false << 0.6;
    QTest::newRow("big5 transactions")
        << encodeAs(QStringLiteral("交易日期,交易金額,渠道\n2024-03-01,120.00,手機銀行\n"
                                   "2024-03-02,88.50,櫃面\n2024-03-03,1500.00,網銀\n"),
                    "BIG5")
        << Encoding::Big5 << false << 0.6;
    QTest::newRow("big5-hkscs hong kong names")
        << encodeAs(QStringLiteral("姓名,地址\n陳大文,石硤尾邨\n李小峯,九龍城\n"), "BIG5-HKSCS")
        << Encoding::Big5 << false << 0.5;
    // A UTF-8 file with one damaged byte is still UTF-8 (the reader then names the bad line).
    QByteArray damaged = (simplified + simplified + simplified).toUtf8();
    damaged[damaged.indexOf("王秀英") + 1] = '\x41';
    QTest::newRow("utf-8 with one bad byte") << damaged << Encoding::Utf8 << false << 0.5;
}

void TestTextEncoding::detect()
{
    QFETCH(QByteArray, sample);
    QFETCH(Encoding, encoding);
    QFETCH(bool, bom);
    QFETCH(double, minConfidence);
    const EncodingGuess g = detectEncoding(sample);
    QVERIFY2(g.encoding == encoding, qPrintable(g.reason));
    QCOMPARE(g.bom, bom);
    QVERIFY2(g.confidence >= minConfidence && g.confidence <= 1.0,
             qPrintable(QStringLiteral("confidence %1: %2").arg(g.confidence).arg(g.reason)));
    QVERIFY(!g.reason.isEmpty());
}

void TestTextEncoding::detectReason()
{
    const EncodingGuess u = detectEncoding(customersSimplified().toUtf8());
    QVERIFY2(u.reason.contains(QStringLiteral("UTF-8")), qPrintable(u.reason));
    QVERIFY2(u.reason.contains(QStringLiteral("CJK")), qPrintable(u.reason));
    const EncodingGuess g = detectEncoding(encodeAs(customersSimplified(), "GB18030"));
    QVERIFY2(g.reason.contains(QStringLiteral("GB18030")), qPrintable(g.reason));
    QVERIFY2(g.reason.contains(QStringLiteral("common Chinese characters")), qPrintable(g.reason));
}

void TestTextEncoding::utf8Invalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("shown");

    QTest::newRow("lone continuation") << QByteArray("ab\x80z") << qint64(2) << QStringLiteral("0x80");
    QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << qint64(1) << QStringLiteral("0xC0");
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << qint64(0)
                                          << QStringLiteral("0xE0 0x80");
    QTest::newRow("surrogate") << QByteArray("xy\xED\xA0\x80") << qint64(2)
                               << QStringLiteral("0xED 0xA0");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qint64(0)
                                     << QStringLiteral("0xF4 0x90");
    QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << qint64(0) << QStringLiteral("0xF5");
    QTest::newRow("truncated then ascii") << QByteArray("\xE4\xB8" "A") << qint64(0)
                                          << QStringLiteral("0xE4 0xB8 0x41");
    QTest::newRow("gb18030 as utf-8") << encodeAs(QStringLiteral("id,客户号"), "GB18030")
                                      << qint64(3) << QStringLiteral("0xBF");
}

void TestTextEncoding::utf8Invalid()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    QFETCH(QString, shown);
    Utf8Decoder decoder(Encoding::Utf8);
    std::string out;
    QVERIFY(!decoder.decode(bytes.constData(), std::size_t(bytes.size()), out));
    QCOMPARE(decoder.errorOffset(), offset);
    QCOMPARE(QByteArray::fromStdString(out), bytes.left(offset));
    QVERIFY2(decoder.error().contains(shown), qPrintable(decoder.error()));
    QVERIFY2(decoder.error().contains(QStringLiteral("offset %1").arg(offset)),
             qPrintable(decoder.error()));
    // Once failed, it stays failed.
    QVERIFY(!decoder.decode("ok", 2, out));
    QVERIFY(!decoder.finish());
}

void TestTextEncoding::decodeChunked_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");

    const QString mixed = QStringLiteral(
        "客户号,金额,备注\nC1,¥1,234.00,\"含,逗号\"\nC2,€5,𠀀𠮷 (supplementary)\n中文ABC한국어\n");
    QTest::newRow("utf-8 simplified") << Encoding::Utf8 << customersSimplified();
    QTest::newRow("utf-8 supplementary") << Encoding::Utf8 << mixed;
    QTest::newRow("gb18030 simplified") << Encoding::Gb18030 << customersSimplified();
    // GB18030 four-byte sequences: €, supplementary-plane characters, Hangul.
    QTest::newRow("gb18030 four-byte") << Encoding::Gb18030 << mixed;
    QTest::newRow("big5 traditional") << Encoding::Big5 << customersTraditional();
    QTest::newRow("big5-hkscs") << Encoding::Big5
                                << QStringLiteral("陳大文,石硤尾邨,李小峯,佢哋啲嘢,Ê̄ê̌\n");
}

void TestTextEncoding::decodeChunked()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);
    const QByteArray bytes = encodeAs(text, iconvName(encoding));
    bool ok = false;
    const QString oneShot = decodeAll(encoding, bytes, std::size_t(bytes.size()) + 1, &ok);
    QVERIFY(ok);
    QCOMPARE(oneShot, text);
    for (std::size_t step : {1, 2, 3, 5, 7}) {
        const QString chunked = decodeAll(encoding, bytes, step, &ok);
        QVERIFY2(ok, qPrintable(QStringLiteral("step %1").arg(step)));
        QCOMPARE(chunked, oneShot);
    }
    // Every split point of two chunks.
    for (qsizetype split = 0; split <= bytes.size(); ++split) {
        Utf8Decoder decoder(encoding);
        std::string out;
        QVERIFY(decoder.decode(bytes.constData(), std::size_t(split), out));
        QVERIFY(decoder.decode(bytes.constData() + split, std::size_t(bytes.size() - split), out));
        QVERIFY(decoder.finish());
        QCOMPARE(QString::fromStdString(out), text);
    }
}

void TestTextEncoding::decodeInvalid_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("goodPrefix");

    QTest::newRow("gb18030 lead with space") << Encoding::Gb18030 << QByteArray("ab\x81\x20z")
                                             << qint64(2) << QStringLiteral("0x81 0x20")
                                             << QStringLiteral("ab");
    QTest::newRow("gb18030 0xFF") << Encoding::Gb18030
                                  << encodeAs(QStringLiteral("客户"), "GB18030") + "\xFF"
                                  << qint64(4) << QStringLiteral("0xFF") << QStringLiteral("客户");
    QTest::newRow("gb18030 bad four-byte") << Encoding::Gb18030 << QByteArray("\x81\x30\x20\x30")
                                           << qint64(0) << QStringLiteral("0x81 0x30 0x20 0x30")
                                           << QString();
    QTest::newRow("big5 bad trail") << Encoding::Big5
                                    << encodeAs(QStringLiteral("銀行"), "BIG5") + "\xA4\x0A"
                                    << qint64(4) << QStringLiteral("0xA4 0x0A")
                                    << QStringLiteral("銀行");
    QTest::newRow("big5 0xFF lead") << Encoding::Big5 << QByteArray("x\xFFy") << qint64(1)
                                    << QStringLiteral("0xFF") << QStringLiteral("x");
}

void TestTextEncoding::decodeInvalid()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    QFETCH(QString, shown);
    QFETCH(QString, goodPrefix);
    for (std::size_t step : {std::size_t(bytes.size()), std::size_t(1), std::size_t(2)}) {
        Utf8Decoder decoder(encoding);
        std::string out;
        bool ok = true;
        for (qsizetype i = 0; i < bytes.size() && ok; i += qsizetype(step))
            ok = decoder.decode(bytes.constData() + i,
                                std::min<std::size_t>(step, std::size_t(bytes.size() - i)), out);
        if (ok)
            ok = decoder.finish();
        QVERIFY(!ok);
        QCOMPARE(decoder.errorOffset(), offset);
        QCOMPARE(QString::fromStdString(out), goodPrefix);
        QVERIFY2(decoder.error().contains(shown) || step < std::size_t(bytes.size()),
                 qPrintable(decoder.error()));
        QVERIFY2(decoder.error().contains(QStringLiteral("invalid")), qPrintable(decoder.error()));
    }
}

void TestTextEncoding::incompleteAtEnd_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("utf-8") << Encoding::Utf8 << QByteArray("ab\xE4\xB8");
    QTest::newRow("gb18030 two-byte") << Encoding::Gb18030 << QByteArray("ab\xBF");
    QTest::newRow("gb18030 four-byte") << Encoding::Gb18030 << QByteArray("ab\x81\x30\x81");
    QTest::newRow("big5") << Encoding::Big5 << QByteArray("ab\xA4");
}

void TestTextEncoding::incompleteAtEnd()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    Utf8Decoder decoder(encoding);
    std::string out;
    QVERIFY(decoder.decode(bytes.constData(), std::size_t(bytes.size()), out));
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("ab"));
    QVERIFY(!decoder.finish());
    QCOMPARE(decoder.errorOffset(), qint64(2));
    QVERIFY2(decoder.error().contains(QStringLiteral("incomplete")), qPrintable(decoder.error()));
}

void TestTextEncoding::big5HongKongCharacters()
{
    // HKSCS characters in Hong Kong names and addresses, and the ETEN extensions (碁銹裏).
    const QString text = QStringLiteral("邨峯啲嘅咗碁銹裏恒");
    const QByteArray bytes = encodeAs(text, "BIG5-HKSCS");
    bool ok = false;
    QCOMPARE(decodeAll(Encoding::Big5, bytes, 1, &ok), text);
    QVERIFY(ok);
}

void TestTextEncoding::errorAfterEarlierChunks()
{
    // The offset counts every byte given to decode(), across calls.
    QByteArray good = encodeAs(customersSimplified(), "GB18030");
    Utf8Decoder decoder(Encoding::Gb18030);
    std::string out;
    QVERIFY(decoder.decode(good.constData(), std::size_t(good.size()), out));
    QVERIFY(!decoder.decode("\x81\x7F", 2, out));
    QCOMPARE(decoder.errorOffset(), qint64(good.size()));
    QCOMPARE(QString::fromStdString(out), customersSimplified());
}

void TestTextEncoding::utf8Throughput()
{
    // Not a timed test: a sanity check that validation of mostly-ASCII text is not byte-slow.
    std::string line = "T000000001,C0000001,A00000001,2024-03-31,1234.56,手机银行,purchase\n";
    std::string big;
    while (big.size() < (32u << 20))
        big += line;
    Utf8Decoder decoder(Encoding::Utf8);
    std::string out;
    out.reserve(1 << 20);
    QElapsedTimer timer;
    timer.start();
    for (std::size_t i = 0; i < big.size(); i += 1 << 20) {
        out.clear();
        QVERIFY(decoder.decode(big.data() + i, std::min<std::size_t>(1 << 20, big.size() - i), out));
    }
    const double seconds = std::max(1e-6, timer.nsecsElapsed() / 1e9);
    qInfo("UTF-8 validation: %.0f MB/s", double(big.size()) / 1e6 / seconds);
}

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
