// The streaming delimited-text reader: dialects, quoting, line ends, encodings, errors.

#include "ingest/csvreader.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tierwise;
using namespace tierwise::ingest;

namespace {

const QChar kJoin(0x241F); // ␟ between fields in the expected strings

struct Outcome
{
    QStringList records; // "line:field␟field…"
    std::optional<Error> error;
    bool openFailed = false;
    EncodingGuess encoding;
    CsvDialect dialect;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

QString describe(const CsvRecord &r)
{
    QStringList fields;
    for (std::string_view f : r.fields)
        fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
    return QString::number(r.line) + QLatin1Char(':') + fields.join(kJoin);
}

Outcome readAll(CsvReader &reader, const Status &opened)
{
    Outcome o;
    if (!opened) {
        o.error = opened.error();
        o.openFailed = true;
        return o;
    }
    o.encoding = reader.encoding();
    o.dialect = reader.dialect();
    CsvRecord r;
    while (reader.next(r))
        o.records << describe(r);
    o.error = reader.error();
    o.bytesRead = reader.bytesRead();
    o.totalBytes = reader.totalBytes();
    return o;
}

Outcome readData(const QByteArray &bytes, const CsvReader::Options &options = {})
{
    CsvReader reader;
    const Status s = reader.openData(bytes, QStringLiteral("test.csv"), options);
    return readAll(reader, s);
}

Outcome readPath(const QString &path, const CsvReader::Options &options = {})
{
    CsvReader reader;
    const Status s = reader.open(path, options);
    return readAll(reader, s);
}

QString errorText(const Outcome &o)
{
    return o.error ? o.error->toString() : QStringLiteral("(no error)");
}

CsvReader::Options withDialect(char delimiter, bool whitespace = false)
{
    CsvReader::Options o;
    CsvDialect d;
    d.delimiter = delimiter;
    d.whitespaceAligned = whitespace;
    o.dialect = d;
    return o;
}

} // namespace

Q_DECLARE_METATYPE(tierwise::ingest::CsvReader::Options)
Q_DECLARE_METATYPE(tierwise::ingest::Encoding)

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void sniff_data();
    void sniff();
    void cdnowMaster();
    void chineseEncodings_data();
    void chineseEncodings();
    void gb18030ForcedAsUtf8();
    void asciiPrefixThenChinese();
    void fieldOfTenMegabytes();
    void nulAfterTheSample();
    void cannotOpen();
    void longFileAcrossChunks();
    void progressAndViews();
};

// ---------------------------------------------------------------------------------------------

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Options>("options");
    QTest::addColumn<QStringList>("expected");

    const auto rec = [](int line, std::initializer_list<const char *> fields) {
        QStringList f;
        for (const char *s : fields)
            f << QString::fromUtf8(s);
        return QString::number(line) + QLatin1Char(':') + f.join(kJoin);
    };
    const CsvReader::Options sniffed;

    QTest::newRow("LF") << QByteArray("a,b,c\n1,2,3\n") << sniffed
                        << QStringList{rec(1, {"a", "b", "c"}), rec(2, {"1", "2", "3"})};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << sniffed
                          << QStringList{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r3,4") << sniffed
                             << QStringList{rec(1, {"a", "b"}), rec(2, {"1", "2"}), rec(3, {"3", "4"})};
    QTest::newRow("mixed line ends") << QByteArray("a,b\r\n1,2\n3,4\r5,6") << sniffed
                                     << QStringList{rec(1, {"a", "b"}), rec(2, {"1", "2"}),
                                                    rec(3, {"3", "4"}), rec(4, {"5", "6"})};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << sniffed
                                       << QStringList{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("CR at end of file") << QByteArray("a,b\r") << sniffed
                                       << QStringList{rec(1, {"a", "b"})};
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n\r\n\r1,2\n\n") << sniffed
                                         << QStringList{rec(1, {"a", "b"}), rec(5, {"1", "2"})};
    QTest::newRow("leading blank lines") << QByteArray("\n\na,b\n") << sniffed
                                         << QStringList{rec(3, {"a", "b"})};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << sniffed
                                  << QStringList{rec(1, {"a", "b", "c"}), rec(2, {"", "", ""})};
    QTest::newRow("trailing delimiter") << QByteArray("a,b,\n") << withDialect(',')
                                        << QStringList{rec(1, {"a", "b", ""})};
    QTest::newRow("spaces kept in unquoted fields") << QByteArray(" a , b \n") << withDialect(',')
                                                    << QStringList{rec(1, {" a ", " b "})};
    QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << withDialect(',')
                                      << QStringList{rec(1, {"a,b", "c"})};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << withDialect(',')
                                    << QStringList{rec(1, {"say \"hi\"", "x"})};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\",x\n") << withDialect(',')
                                          << QStringList{rec(1, {"\"", "x"})};
    QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << withDialect(',')
                                        << QStringList{rec(1, {"", "x"})};
    QTest::newRow("quoted newline advances the line")
        << QByteArray("id,note\n1,\"line one\nline two\"\n2,x\n") << sniffed
        << QStringList{rec(1, {"id", "note"}), rec(2, {"1", "line one\nline two"}),
                       rec(4, {"2", "x"})};
    QTest::newRow("quoted CRLF kept")
        << QByteArray("1,\"a\r\nb\r\nc\"\r\n2,d\r\n") << withDialect(',')
        << QStringList{rec(1, {"1", "a\r\nb\r\nc"}), rec(4, {"2", "d"})};
    QTest::newRow("quoted lone CR counts a line")
        << QByteArray("1,\"a\rb\"\r2,c\r") << withDialect(',')
        << QStringList{rec(1, {"1", "a\rb"}), rec(3, {"2", "c"})};
    QTest::newRow("quoted blank line") << QByteArray("\"a\n\nb\",c\nd,e\n") << withDialect(',')
                                       << QStringList{rec(1, {"a\n\nb", "c"}), rec(4, {"d", "e"})};
    QTest::newRow("blanks before an opening quote") << QByteArray("a, \"b,c\"\n") << withDialect(',')
                                                    << QStringList{rec(1, {"a", "b,c"})};
    QTest::newRow("blanks after a closing quote") << QByteArray("\"a\" ,b\n") << withDialect(',')
                                                  << QStringList{rec(1, {"a", "b"})};
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << sniffed
                               << QStringList{rec(1, {"id", "name"}), rec(2, {"1", "x"})};
    QTest::newRow("chinese text") << QByteArray("客户号,姓名\nC1,张伟\n") << sniffed
                                  << QStringList{rec(1, {"客户号", "姓名"}), rec(2, {"C1", "张伟"})};
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n4;5,0;6\n") << sniffed
                               << QStringList{rec(1, {"a", "b", "c"}), rec(2, {"1", "2,5", "3"}),
                                              rec(3, {"4", "5,0", "6"})};
    QTest::newRow("tab") << QByteArray("a\tb c\n1\t2 3\n") << sniffed
                         << QStringList{rec(1, {"a", "b c"}), rec(2, {"1", "2 3"})};
    QTest::newRow("tab with blanks before quote")
        << QByteArray("a\t \"b\tc\"\n") << withDialect('\t') << QStringList{rec(1, {"a", "b\tc"})};
    QTest::newRow("pipe") << QByteArray("a|b\n1|2\n") << sniffed
                          << QStringList{rec(1, {"a", "b"}), rec(2, {"1", "2"})};
    QTest::newRow("whitespace aligned")
        << QByteArray("  id  date      n   value\r\n 00001 19970101  1   11.77\r\n") << sniffed
        << QStringList{rec(1, {"id", "date", "n", "value"}),
                       rec(2, {"00001", "19970101", "1", "11.77"})};
    QTest::newRow("whitespace with tabs and trailing blanks")
        << QByteArray("a \t b  \n\tc d\t\n") << withDialect(',', true)
        << QStringList{rec(1, {"a", "b"}), rec(2, {"c", "d"})};
    QTest::newRow("whitespace blank lines skipped")
        << QByteArray("a b\n   \n\t\nc d\n  ") << withDialect(',', true)
        << QStringList{rec(1, {"a", "b"}), rec(4, {"c", "d"})};
    QTest::newRow("whitespace quoted field")
        << QByteArray("x \"b c\" \"\" d\n") << withDialect(',', true)
        << QStringList{rec(1, {"x", "b c", "", "d"})};
    QTest::newRow("whitespace quoted at line end")
        << QByteArray("x \"y z\"\r\n1 2\r\n") << withDialect(',', true)
        << QStringList{rec(1, {"x", "y z"}), rec(2, {"1", "2"})};
    QTest::newRow("single column") << QByteArray("id\n1\n2\n") << sniffed
                                   << QStringList{rec(1, {"id"}), rec(2, {"1"}), rec(3, {"2"})};
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\n") << sniffed << QStringList{};
    QTest::newRow("quoted field at end of file") << QByteArray("a,\"b\"") << withDialect(',')
                                                 << QStringList{rec(1, {"a", "b"})};
    QTest::newRow("exactly maxFields") << QByteArray("a,b,c\n") << [] {
        CsvReader::Options o = withDialect(',');
        o.maxFields = 3;
        return o;
    }() << QStringList{rec(1, {"a", "b", "c"})};
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Options, options);
    QFETCH(QStringList, expected);

    const Outcome whole = readData(input, options);
    QVERIFY2(!whole.error, qPrintable(errorText(whole)));
    QCOMPARE(whole.records, expected);
    QCOMPARE(whole.bytesRead, qint64(input.size()));

    // Tiny reads: every record, field, quote and CR LF straddles reads somewhere.
    for (std::size_t chunk : {1, 2, 3, 5, 8}) {
        CsvReader::Options small = options;
        small.readChunkBytes = chunk;
        const Outcome o = readData(input, small);
        QVERIFY2(!o.error, qPrintable(errorText(o)));
        QVERIFY2(o.records == expected,
                 qPrintable(QStringLiteral("chunk %1: %2").arg(chunk).arg(o.records.join(QLatin1Char('/')))));
    }

    // The same through a file.
    QTemporaryDir dir;
    const Outcome file = readPath(test::writeFile(dir, QStringLiteral("in.csv"), input), options);
    QVERIFY2(!file.error, qPrintable(errorText(file)));
    QCOMPARE(file.records, expected);
    QCOMPARE(file.totalBytes, qint64(input.size()));
}

// ---------------------------------------------------------------------------------------------

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CsvReader::Options>("options");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("value"); // null: not checked

    const CsvReader::Options sniffed;
    CsvReader::Options utf8 = withDialect(',');
    utf8.encoding = Encoding::Utf8;

    QTest::newRow("empty file") << QByteArray() << sniffed << 0 << qint64(0) << 0
                                << QStringLiteral("file is empty") << QString();
    QTest::newRow("only a bom") << QByteArray("\xEF\xBB\xBF") << sniffed << 0 << qint64(0) << 0
                                << QStringLiteral("file is empty") << QString();
    QTest::newRow("utf-16") << QByteArray("\xFF\xFEi\0d\0", 6) << sniffed << 0 << qint64(0) << 0
                            << QStringLiteral("UTF-16") << QString();
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << sniffed << 0 << qint64(0)
                          << 0 << QStringLiteral("Excel workbook") << QString();
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10) << sniffed << 0
                         << qint64(0) << 0 << QStringLiteral("Excel 97-2003") << QString();
    QTest::newRow("NUL in the first bytes") << QByteArray("a,b\n1,x\0y\n", 10) << sniffed << 0
                                            << qint64(2) << 2 << QStringLiteral("NUL byte")
                                            << QStringLiteral("x");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << sniffed << 1
                                        << qint64(2) << 2 << QStringLiteral("opened on line 2")
                                        << QString();
    QTest::newRow("unterminated quote in first field")
        << QByteArray("a,b\n\n\"x,y\nz") << withDialect(',') << 1 << qint64(3) << 1
        << QStringLiteral("not closed") << QString();
    QTest::newRow("stray quote") << QByteArray("a,b\n1,ab\"c\n") << sniffed << 1 << qint64(2) << 2
                                 << QStringLiteral("stray quote") << QStringLiteral("ab\"c");
    QTest::newRow("stray quote in whitespace columns")
        << QByteArray("a b\nc d\"e f\n") << withDialect(',', true) << 1 << qint64(2) << 2
        << QStringLiteral("stray quote") << QStringLiteral("d\"e");
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\n") << withDialect(',') << 0
                                              << qint64(1) << 1
                                              << QStringLiteral("after the closing quote")
                                              << QStringLiteral("\"ab\"c");
    QTest::newRow("text after closing quote, later line")
        << QByteArray("x,y\n1,\"multi\nline\"z\n") << withDialect(',') << 1 << qint64(3) << 2
        << QStringLiteral("after the closing quote") << QString();
    QTest::newRow("too many fields") << QByteArray("a,b,c\n1,2,3,4\n") << [] {
        CsvReader::Options o = withDialect(',');
        o.maxFields = 3;
        return o;
    }() << 1 << qint64(2) << 4 << QStringLiteral("more than 3 fields") << QString();
    QTest::newRow("field too long") << QByteArray("a,b\n1,0123456789ABCDEF\n") << [] {
        CsvReader::Options o = withDialect(',');
        o.maxFieldBytes = 10;
        return o;
    }() << 1 << qint64(2) << 2 << QStringLiteral("field longer than 10 bytes") << QString();
    QTest::newRow("quoted field too long") << QByteArray("a,b\n1,\"0123\n456789ABCDEF\"\n") << [] {
        CsvReader::Options o = withDialect(',');
        o.maxFieldBytes = 10;
        return o;
    }() << 1 << qint64(2) << 2 << QStringLiteral("field longer than 10 bytes") << QString();
    QTest::newRow("invalid utf-8") << QByteArray("a,b\n1,ok\n2,x\xFFy\n") << utf8 << 2 << qint64(3)
                                   << 2 << QStringLiteral("invalid UTF-8 byte sequence 0xFF")
                                   << QStringLiteral("x");
    QTest::newRow("invalid utf-8 at line start") << QByteArray("a,b\n\xFF,1\n") << utf8 << 1
                                                 << qint64(2) << 1
                                                 << QStringLiteral("byte offset 4") << QString();
    QTest::newRow("invalid utf-8 after a quoted newline")
        << QByteArray("1,\"abc\ndef\xFF\"\n") << utf8 << 0 << qint64(2) << 2
        << QStringLiteral("invalid UTF-8") << QString();
    QTest::newRow("invalid utf-8 in third field") << QByteArray("a,\"b\",\xC3\x28\n") << utf8 << 0
                                                  << qint64(1) << 3
                                                  << QStringLiteral("0xC3 0x28") << QString();
    QTest::newRow("incomplete utf-8 at end of file") << QByteArray("a,b\n1,\xE4\xB8") << utf8 << 1
                                                     << qint64(2) << 2
                                                     << QStringLiteral("incomplete UTF-8")
                                                     << QString();
    QTest::newRow("NUL inside a quoted field") << QByteArray("a,\"b\0c\"\n", 9) << withDialect(',')
                                               << 0 << qint64(1) << 2 << QStringLiteral("NUL byte")
                                               << QString();
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(CsvReader::Options, options);
    QFETCH(int, recordsBefore);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(QString, value);

    for (std::size_t chunk : {std::size_t(1) << 20, std::size_t(1), std::size_t(3)}) {
        CsvReader::Options o = options;
        o.readChunkBytes = chunk;
        const Outcome out = readData(input, o);
        QVERIFY2(out.error.has_value(), qPrintable(out.records.join(QLatin1Char('/'))));
        const Error &e = *out.error;
        QCOMPARE(out.records.size(), recordsBefore);
        QCOMPARE(e.file, QStringLiteral("test.csv"));
        QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
        QVERIFY2(e.line == line && e.column == column, qPrintable(e.toString()));
        if (!value.isNull())
            QVERIFY2(e.value == value, qPrintable(e.toString()));
        QVERIFY(e.kind == Error::Kind::BadInput);
    }
}

// ---------------------------------------------------------------------------------------------

void TestCsvReader::sniff_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("whitespace");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',' << false;
    QTest::newRow("comma with quoted commas and semicolons")
        << QByteArray("id,name,note\n1,\"Zhang, San\",\"a;b;c\"\n2,Li,\"x;y\"\n") << ',' << false;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("id;amount;rate\n1;12,50;0,1\n2;3,75;0,2\n") << ';' << false;
    QTest::newRow("tab") << QByteArray("id\tname\n1\tZhang San\n2\tLi Si\n") << '\t' << false;
    QTest::newRow("pipe") << QByteArray("id|name|x\n1|a|b\n2|c|d\n") << '|' << false;
    QTest::newRow("comma space") << QByteArray("a, b, c\n1, 2, 3\n") << ',' << false;
    QTest::newRow("whitespace aligned")
        << QByteArray("  customer_id  date  n  v\r\n 00001 19970101  1   11.77\r\n") << ','
        << true;
    QTest::newRow("single column") << QByteArray("id\n1\n2\n") << ',' << false;
    QTest::newRow("header only") << QByteArray("a;b;c") << ';' << false;
    QTest::newRow("quoted newline does not confuse counts")
        << QByteArray("a,b\n1,\"x\ny\"\n2,z\n") << ',' << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a|b\n1|2\n") << '|' << false;
    QTest::newRow("cut-off last line ignored")
        << QByteArray("a;b;c\n1;2;3\n4;5;6\n7;8") << ';' << false;
    QTest::newRow("empty") << QByteArray() << ',' << false;
}

void TestCsvReader::sniff()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(bool, whitespace);
    const CsvDialect d = sniffDialect(std::string_view(sample.constData(), std::size_t(sample.size())));
    QCOMPARE(d.whitespaceAligned, whitespace);
    if (!whitespace)
        QCOMPARE(d.delimiter, delimiter);
}

// ---------------------------------------------------------------------------------------------

void TestCsvReader::cdnowMaster()
{
    const QString path = test::sharedDataPath(QStringLiteral("cdnow/CDNOW_master.txt"));
    QVERIFY2(QFileInfo::exists(path), qPrintable(path + QStringLiteral(" is missing")));
    CsvReader reader;
    const Status s = reader.open(path, {});
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
    QVERIFY(reader.dialect().whitespaceAligned);
    QCOMPARE(reader.encoding().encoding, Encoding::Utf8);

    CsvRecord r;
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, qint64(1));
    QCOMPARE(r.fields.size(), std::size_t(4));
    QCOMPARE(QByteArray(r.fields[0].data(), qsizetype(r.fields[0].size())), QByteArray("customer_id"));
    QCOMPARE(QByteArray(r.fields[3].data(), qsizetype(r.fields[3].size())), QByteArray("dollar_value"));
    QVERIFY(reader.next(r));
    QCOMPARE(r.line, qint64(2));
    const QStringList first = describe(r).mid(2).split(kJoin);
    QCOMPARE(first, (QStringList{QStringLiteral("00001"), QStringLiteral("19970101"),
                                 QStringLiteral("1"), QStringLiteral("11.77")}));
    qint64 rows = 1;
    while (reader.next(r)) {
        ++rows;
        if (r.fields.size() != 4)
            QFAIL(qPrintable(QStringLiteral("line %1 has %2 fields").arg(r.line).arg(r.fields.size())));
        if (r.line != rows + 1)
            QFAIL(qPrintable(QStringLiteral("record %1 reported on line %2").arg(rows).arg(r.line)));
    }
    QVERIFY2(!reader.error(), qPrintable(reader.error()->toString()));
    QCOMPARE(rows, qint64(69659));
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

// ---------------------------------------------------------------------------------------------

void TestCsvReader::chineseEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QStringList>("expected");

    const QString simplified = QStringLiteral(
        "客户号,姓名,所属网点,客户经理,开户日期\n"
        "C0000001,张伟,北京朝阳支行,王芳,2015-03-01\n"
        "C0000002,\"李娜, 女士\",上海浦东分行,刘强,2012-07-19\n"
        "C0000003,王秀英,\"深圳\n南山支行\",陈静,2018-10-08\n");
    const QString traditional = QStringLiteral(
        "客戶號,姓名,所屬網點,客戶經理,開戶日期\n"
        "C0000001,陳大文,旺角分行,黃美玲,2015-03-01\n"
        "C0000002,\"李嘉欣, 女士\",銅鑼灣分行,張志強,2012-07-19\n"
        "C0000003,王小明,\"台北\n信義分行\",林淑芬,2018-10-08\n");
    const auto rec = [](int line, const QStringList &fields) {
        return QString::number(line) + QLatin1Char(':') + fields.join(kJoin);
    };
    const QStringList simplifiedRecords = {
        rec(1, {QStringLiteral("客户号"), QStringLiteral("姓名"), QStringLiteral("所属网点"),
                QStringLiteral("客户经理"), QStringLiteral("开户日期")}),
        rec(2, {QStringLiteral("C0000001"), QStringLiteral("张伟"), QStringLiteral("北京朝阳支行"),
                QStringLiteral("王芳"), QStringLiteral("2015-03-01")}),
        rec(3, {QStringLiteral("C0000002"), QStringLiteral("李娜, 女士"),
                QStringLiteral("上海浦东分行"), QStringLiteral("刘强"), QStringLiteral("2012-07-19")}),
        rec(4, {QStringLiteral("C0000003"), QStringLiteral("王秀英"),
                QStringLiteral("深圳\n南山支行"), QStringLiteral("陈静"), QStringLiteral("2018-10-08")}),
    };
    const QStringList traditionalRecords = {
        rec(1, {QStringLiteral("客戶號"), QStringLiteral("姓名"), QStringLiteral("所屬網點"),
                QStringLiteral("客戶經理"), QStringLiteral("開戶日期")}),
        rec(2, {QStringLiteral("C0000001"), QStringLiteral("陳大文"), QStringLiteral("旺角分行"),
                QStringLiteral("黃美玲"), QStringLiteral("2015-03-01")}),
        rec(3, {QStringLiteral("C0000002"), QStringLiteral("李嘉欣, 女士"),
                QStringLiteral("銅鑼灣分行"), QStringLiteral("張志強"), QStringLiteral("2012-07-19")}),
        rec(4, {QStringLiteral("C0000003"), QStringLiteral("王小明"),
                QStringLiteral("台北\n信義分行"), QStringLiteral("林淑芬"), QStringLiteral("2018-10-08")}),
    };
    QTest::newRow("utf-8") << simplified.toUtf8() << Encoding::Utf8 << simplifiedRecords;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + simplified.toUtf8()
                                    << Encoding::Utf8 << simplifiedRecords;
    QTest::newRow("gb18030") << test::encodeAs(simplified, "GB18030") << Encoding::Gb18030
                             << simplifiedRecords;
    QTest::newRow("big5") << test::encodeAs(traditional, "BIG5") << Encoding::Big5 << traditionalRecords;
    QTest::newRow("gb18030 crlf") << test::encodeAs(QString(simplified).replace(QLatin1Char('\n'), QStringLiteral("\r\n")), "GB18030")
                                  << Encoding::Gb18030
                                  << QStringList(simplifiedRecords).replaceInStrings(QStringLiteral("深圳\n"), QStringLiteral("深圳\r\n"));
}

void TestCsvReader::chineseEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(QStringList, expected);

    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("customers.csv"), bytes);
    const Outcome detected = readPath(path);
    QVERIFY2(!detected.error, qPrintable(errorText(detected)));
    QVERIFY2(detected.encoding.encoding == encoding, qPrintable(detected.encoding.reason));
    QCOMPARE(detected.dialect.delimiter, ',');
    QCOMPARE(detected.records, expected);

    // Forced encoding, tiny reads (multi-byte characters split between reads).
    for (std::size_t chunk : {std::size_t(1), std::size_t(3)}) {
        CsvReader::Options o;
        o.encoding = encoding;
        o.readChunkBytes = chunk;
        const Outcome forced = readPath(path, o);
        QVERIFY2(!forced.error, qPrintable(errorText(forced)));
        QCOMPARE(forced.records, expected);
    }
}

void TestCsvReader::gb18030ForcedAsUtf8()
{
    const QByteArray bytes = test::encodeAs(QStringLiteral("id,name,branch\n1,Zhang,Beijing\n2,Li,\"上海\"\n3,张伟,北京\n"),
                                      "GB18030");
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("gb.csv"), bytes);
    CsvReader::Options o;
    o.encoding = Encoding::Utf8;
    const Outcome out = readPath(path, o);
    QVERIFY(out.error.has_value());
    QCOMPARE(out.records.size(), 2); // the header and the first row
    QCOMPARE(out.error->file, path);
    QCOMPARE(out.error->line, qint64(3));
    QCOMPARE(out.error->column, 3);
    QVERIFY2(out.error->message.contains(QStringLiteral("invalid UTF-8 byte sequence")),
             qPrintable(out.error->toString()));
    QVERIFY2(out.error->message.contains(QStringLiteral("offset %1").arg(bytes.indexOf("\"") + 1)),
             qPrintable(out.error->toString()));

    // Detected, the same file reads as GB18030.
    const Outcome detected = readPath(path);
    QVERIFY2(!detected.error, qPrintable(errorText(detected)));
    QCOMPARE(detected.encoding.encoding, Encoding::Gb18030);
    QCOMPARE(detected.records.last(), QStringLiteral("4:3") + kJoin + QStringLiteral("张伟") + kJoin
                                          + QStringLiteral("北京"));
}

void TestCsvReader::asciiPrefixThenChinese()
{
    // 400 KB of ASCII rows before the first Chinese text: detection looks past its sample.
    QByteArray bytes("id,amount,channel\n");
    int n = 0;
    while (bytes.size() < 400 * 1024)
        bytes += "T" + QByteArray::number(++n) + ",12.50,ATM\n";
    bytes += test::encodeAs(QStringLiteral("T0,1.00,手机银行\n"), "GB18030");
    const Outcome out = readData(bytes);
    QVERIFY2(!out.error, qPrintable(errorText(out)));
    QVERIFY2(out.encoding.encoding == Encoding::Gb18030, qPrintable(out.encoding.reason));
    QCOMPARE(out.records.size(), n + 2);
    QVERIFY(out.records.last().endsWith(QStringLiteral("手机银行")));
}

void TestCsvReader::fieldOfTenMegabytes()
{
    QByteArray bytes("id,note\n1,");
    bytes += QByteArray(10 << 20, 'x');
    bytes += "\n2,ok\n";
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("big.csv"), bytes);
    for (bool quoted : {false, true}) {
        QByteArray b = bytes;
        if (quoted) {
            b.insert(10, '"');
            b.insert(10 + 1 + (10 << 20), '"');
        }
        const QString p = test::writeFile(dir, QStringLiteral("big%1.csv").arg(quoted), b);
        CsvReader reader;
        QVERIFY(reader.open(p, {}).ok());
        CsvRecord r;
        QVERIFY(reader.next(r));
        QVERIFY(!reader.next(r));
        QVERIFY(reader.error().has_value());
        const Error &e = *reader.error();
        QCOMPARE(e.line, qint64(2));
        QCOMPARE(e.column, 2);
        QVERIFY2(e.message.contains(QStringLiteral("field longer than 1 MiB")), qPrintable(e.toString()));
        QVERIFY2(e.value.size() < 100, "the shown value is shortened");
        // The reader gave up early instead of buffering the whole field.
        QVERIFY2(reader.bytesRead() <= 4 << 20, qPrintable(QString::number(reader.bytesRead())));
    }
    Q_UNUSED(path);
}

void TestCsvReader::nulAfterTheSample()
{
    QByteArray bytes("a,b\n");
    int lines = 1;
    while (bytes.size() < 600 * 1024) {
        bytes += "123,456\n";
        ++lines;
    }
    bytes += QByteArray("9,x\0y\n", 6);
    const Outcome out = readData(bytes);
    QVERIFY(out.error.has_value());
    QVERIFY(!out.openFailed);
    QCOMPARE(out.records.size(), lines);
    QCOMPARE(out.error->line, qint64(lines + 1));
    QCOMPARE(out.error->column, 2);
    QVERIFY(out.error->message.contains(QStringLiteral("NUL byte")));
}

void TestCsvReader::cannotOpen()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    const Outcome a = readPath(missing);
    QVERIFY(a.openFailed);
    QCOMPARE(a.error->kind, Error::Kind::Io);
    QCOMPARE(a.error->file, missing);
    QVERIFY2(a.error->message.contains(QStringLiteral("cannot open")), qPrintable(errorText(a)));

    const Outcome b = readPath(dir.path());
    QVERIFY(b.openFailed);
    QCOMPARE(b.error->kind, Error::Kind::Io);
    QVERIFY2(b.error->message.contains(QStringLiteral("folder")), qPrintable(errorText(b)));

    const Outcome c = readPath(test::writeFile(dir, QStringLiteral("empty.csv"), QByteArray()));
    QVERIFY(c.openFailed);
    QCOMPARE(c.error->kind, Error::Kind::BadInput);
    QVERIFY(c.error->message.contains(QStringLiteral("file is empty")));

    // next() after a failed open is simply false.
    CsvReader reader;
    QVERIFY(!reader.open(missing, {}).ok());
    CsvRecord r;
    QVERIFY(!reader.next(r));
}

void TestCsvReader::longFileAcrossChunks()
{
    // Several chunks of records with quoted newlines, doubled quotes and Chinese text; the
    // records and their line numbers must not depend on the read size.
    QByteArray bytes("id,name,note,amount\r\n");
    QStringList expected{QStringLiteral("1:id") + kJoin + QStringLiteral("name") + kJoin
                         + QStringLiteral("note") + kJoin + QStringLiteral("amount")};
    qint64 line = 2;
    for (int i = 0; i < 30000; ++i) {
        const QByteArray id = "C" + QByteArray::number(i);
        QString note;
        if (i % 7 == 0) {
            bytes += id + ",张伟,\"说 \"\"你好\"\"\r\n第二行\",1,234.50\r\n";
            note = QStringLiteral("说 \"你好\"\r\n第二行");
            expected << QString::number(line) + QLatin1Char(':') + QString::fromLatin1(id) + kJoin
                    + QStringLiteral("张伟") + kJoin + note + kJoin + QStringLiteral("1") + kJoin
                    + QStringLiteral("234.50");
            line += 2;
        } else {
            bytes += id + ",李娜,plain," + QByteArray::number(i) + ".00\r\n";
            expected << QString::number(line) + QLatin1Char(':') + QString::fromLatin1(id) + kJoin
                    + QStringLiteral("李娜") + kJoin + QStringLiteral("plain") + kJoin
                    + QString::number(i) + QStringLiteral(".00");
            line += 1;
        }
    }
    for (std::size_t chunk : {std::size_t(1) << 20, std::size_t(4096), std::size_t(777), std::size_t(64)}) {
        CsvReader::Options o;
        o.readChunkBytes = chunk;
        const Outcome out = readData(bytes, o);
        QVERIFY2(!out.error, qPrintable(errorText(out)));
        QCOMPARE(out.records.size(), expected.size());
        QCOMPARE(out.records, expected);
    }
}

void TestCsvReader::progressAndViews()
{
    QByteArray bytes("a,b\n");
    for (int i = 0; i < 200000; ++i)
        bytes += "x" + QByteArray::number(i) + ",\"q\"\"" + QByteArray::number(i) + "\"\n";
    CsvReader reader;
    CsvReader::Options o;
    o.readChunkBytes = 64 * 1024;
    QVERIFY(reader.openData(bytes, QStringLiteral("mem"), o).ok());
    QCOMPARE(reader.totalBytes(), qint64(bytes.size()));
    CsvRecord r;
    QVERIFY(reader.next(r));
    qint64 previous = reader.bytesRead();
    QVERIFY(previous > 0 && previous < reader.totalBytes());
    int i = 0;
    while (reader.next(r)) {
        QVERIFY(reader.bytesRead() >= previous);
        previous = reader.bytesRead();
        // The views hold the unescaped value until the next call.
        const std::string expected = "q\"" + std::to_string(i);
        if (r.fields[1] != expected)
            QFAIL(qPrintable(QStringLiteral("record %1: %2").arg(i).arg(describe(r))));
        ++i;
    }
    QCOMPARE(i, 200000);
    QVERIFY(!reader.error());
    QCOMPARE(reader.bytesRead(), reader.totalBytes());
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
