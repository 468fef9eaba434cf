#include "ingest/textencoding.h"

#include <QCoreApplication>
#include <QLocale>

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::TextEncoding)
};

} // namespace

namespace tierwise::ingest {

namespace {

// ---------------------------------------------------------------------------------------------
// Common Chinese characters: the most frequent simplified characters, their traditional forms,
// and the words bank extracts are made of (headers, channels, products, surnames, places).
// Used to tell GB18030 from Big5: text decoded with the right table is full of these, text
// decoded with the wrong one is mostly rare characters.
const char kCommonChinese[] =
    // Most frequent simplified characters.
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学"
    "对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头"
    "面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向"
    "情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信"
    "北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难"
    "神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物"
    "台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指"
    "思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步"
    "完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双"
    "历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞"
    "观争究包组造落视济喜离虽坏兴切费证类号码户账存款贷储蓄额余借还息率卡付支票柜台网点客户经销"
    "售消购买卖投资财富基金保险理财债券股票证券期货外汇黄金贵宾普通白银钻石私人银行分行支行营业"
    "部门性别男女出生日期年龄职业学历收入风险等级评级信用手机邮箱地址电话身份证件编号名称类型状态"
    "备注开户销户冻结正常转账汇款取现现金代发工资理财产品到期赎回申购定期活期通知大额存单利息"
    // Traditional forms.
    "這國個們為來時說會對過後裡裏麼現點兩長樣實發與開問學動經頭見話還當從種應聲無體業間進幾處員"
    "電數書車門東氣記關邊聽將軍產歲萬場師給覺畫葉讓認論義術結變聯權傳區極黃導錢黨雙歷網視濟離雖"
    "壞興級費證類號碼戶賬帳存貸儲額餘借還卡櫃臺網點經銷售購買賣資財基險債券股票證券貨匯貴賓普通"
    "銀鑽私銀行分行營業部門別齡職歷收險級評級機郵箱址話身份證編號稱類態備註戶銷凍結轉帳匯現發資"
    "產品贖回購定期活期通知額單利息華報張難親務際則據導設觀爭組連遠隊帶條院領傳紅決達辦運強區轉"
    "輕語滿寫識極令樣書師動劃計劃總雜麗鄉農龍陽陰雲廣東臺灣灣澳門香港島蘇漢鐵間題顧問專員"
    // Surnames (simplified and traditional).
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧"
    "曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈"
    "夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔"
    "向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦"
    "俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游游辛靳管柴蒙"
    "鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇"
    "戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮"
    // Given-name characters.
    "伟偉芳娜秀英敏静靜丽麗强強磊军軍洋勇艳艷杰傑娟涛濤明超霞平刚剛桂华華玲红紅志建国國辉輝鹏鵬"
    "飞飛兰蘭琳婷雪梅燕萍慧颖穎俊晨浩宇轩軒涵睿博欣怡佳琪子豪思诗詩雨嘉淑惠珍美玉凤鳳秋春晓曉"
    // Places and branches.
    "北京上海天津重庆慶广州廣深圳杭州南京苏州蘇武汉漢成都西安长沙長沙郑州鄭青岛島厦门廈門福州"
    "济南濟合肥昆明沈阳瀋陽大连連哈尔爾滨濱宁波寧波无锡無錫佛山东莞東台北臺北台中臺中高雄桃园"
    "園新竹台南臺南基隆九龍九龙香港澳门澳門旺角尖沙咀铜锣湾銅鑼灣中环中環沙田荃湾荃灣屯门屯門"
    "省市区區县縣镇鎮路街道号號楼樓室村朝阳陽海淀浦东東徐汇匯静安靜安黄浦南山福田罗湖羅湖宝安寶安"
    // Bank extract vocabulary.
    "客户号客戶號姓名出生日期所属网点所屬網點客户经理客戶經理开户日期開戶日期交易日期交易金额"
    "交易金額渠道余额餘額理财理財基金保险保險贷款貸款银行銀行先生女士柜面櫃面网银網銀手机银行"
    "手機銀行自助柜员机櫃員機微信支付宝寶跨行本行消费消費转入轉入转出轉出工资工資代扣缴费繳費"
    "水电電燃气氣房贷房貸车贷車貸信用卡借记卡借記卡储蓄卡儲蓄卡定存活存资产資產负债負債月末日均"
    "余额总资产總資產风险偏好風險偏好保守稳健穩健进取進取积极積極平衡成长成長激进激進已婚未婚离异"
    "離異本科硕士碩士博士大专大專高中初中以下以上教师教師医生醫生公务员公務員企业企業个体個體退休"
    "学生學生自由职业職業农民農民工人职员職員管理人员人員其他未知";

// Bit set over the Basic Multilingual Plane.
class CommonSet
{
public:
    CommonSet()
    {
        const auto *s = reinterpret_cast<const unsigned char *>(kCommonChinese);
        const std::size_t n = sizeof(kCommonChinese) - 1;
        for (std::size_t i = 0; i < n;) {
            const unsigned char c = s[i];
            if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {
                const unsigned cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
                if (cp >= 0x3400)
                    m_bits[cp >> 6] |= std::uint64_t(1) << (cp & 63);
                i += 3;
            } else {
                ++i;
            }
        }
    }
    bool contains(char32_t cp) const
    {
        return cp < 0x10000 && (m_bits[cp >> 6] >> (cp & 63) & 1) != 0;
    }

private:
    std::array<std::uint64_t, 1024> m_bits{};
};

const CommonSet &commonSet()
{
    static const CommonSet set;
    return set;
}

// ---------------------------------------------------------------------------------------------
// UTF-8 validation (Unicode 15, table 3-7: no overlongs, no surrogates, nothing past U+10FFFF).

enum class Utf8State { Valid, Truncated, Invalid };

struct Utf8Scan
{
    std::size_t validLength = 0; // bytes of complete, valid characters from the start
    Utf8State state = Utf8State::Valid;
    std::size_t badLength = 0;   // Invalid: bytes of the bad sequence to show (1..4)
};

inline std::size_t sequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

// Checks one multi-byte sequence at s (n bytes available, n >= 1, s[0] >= 0x80).
// Returns its length if valid; 0 and sets state otherwise.
inline std::size_t checkSequence(const unsigned char *s, std::size_t n, Utf8State &state,
                                 std::size_t &badLength)
{
    const unsigned char c = s[0];
    const std::size_t len = sequenceLength(c);
    if (len == 0) {
        state = Utf8State::Invalid;
        badLength = 1;
        return 0;
    }
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F;
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    for (std::size_t k = 1; k < len; ++k) {
        if (k >= n) {
            state = Utf8State::Truncated;
            return 0;
        }
        const unsigned char b = s[k];
        const bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
        if (!ok) {
            state = Utf8State::Invalid;
            badLength = k + 1;
            return 0;
        }
    }
    return len;
}

Utf8Scan scanUtf8(const unsigned char *s, std::size_t n)
{
    Utf8Scan r;
    std::size_t i = 0;
    for (;;) {
        // Fast path: 16 ASCII bytes at a time.
        while (i + 16 <= n) {
            std::uint64_t a, b;
            std::memcpy(&a, s + i, 8);
            std::memcpy(&b, s + i + 8, 8);
            if (((a | b) & 0x8080808080808080ull) != 0)
                break;
            i += 16;
        }
        while (i < n && s[i] < 0x80)
            ++i;
        if (i >= n)
            break;
        // Non-ASCII: check sequences until ASCII again.
        while (i < n && s[i] >= 0x80) {
            const std::size_t len = checkSequence(s + i, n - i, r.state, r.badLength);
            if (len == 0) {
                r.validLength = i;
                return r;
            }
            i += len;
        }
    }
    r.validLength = n;
    r.state = Utf8State::Valid;
    return r;
}

QString hexBytes(const unsigned char *s, std::size_t n)
{
    QString out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += QLatin1String("0x") + QString::number(s[i], 16).rightJustified(2, QLatin1Char('0')).toUpper();
    }
    return out;
}

const char *iconvName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return "UTF-8";
    case Encoding::Gb18030:
        return "GB18030";
    case Encoding::Big5:
        // The Hong Kong superset: decodes everything plain Big5 (with the ETEN extensions)
        // does, plus the HKSCS characters used in Hong Kong names and addresses (邨, 峯, 啲).
        return "BIG5-HKSCS";
    }
    return "UTF-8";
}

QString displayName(Encoding e)
{
    switch (e) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Gb18030:
        return QStringLiteral("GB18030");
    case Encoding::Big5:
        return QStringLiteral("Big5");
    }
    return {};
}

// How many bytes of an invalid sequence to show in a message.
std::size_t badLengthFor(Encoding e, const unsigned char *s, std::size_t n)
{
    if (n == 0)
        return 0;
    std::size_t len = 2;
    if (e == Encoding::Gb18030) {
        if (s[0] < 0x81 || s[0] == 0xFF)
            len = 1;
        else if (n > 1 && s[1] >= 0x30 && s[1] <= 0x39)
            len = 4;
    } else if (e == Encoding::Big5) {
        if (s[0] < 0x81 || s[0] == 0xFF)
            len = 1;
    }
    return std::min(len, n);
}

// Lenient decoding of a sample for detection: invalid bytes are skipped and counted.
struct DecodeStats
{
    bool available = false;
    std::size_t invalid = 0;
    std::size_t nonAscii = 0;
    std::size_t cjk = 0;
    std::size_t common = 0;
    std::size_t privateUse = 0;
};

void countCharacters(const unsigned char *s, std::size_t n, DecodeStats &st)
{
    const CommonSet &set = commonSet();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = std::max<std::size_t>(1, sequenceLength(c));
        char32_t cp = 0;
        if (len == 2 && i + 1 < n)
            cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
        else if (len == 3 && i + 2 < n)
            cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
        else if (len == 4 && i + 3 < n)
            cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6)
                | (s[i + 3] & 0x3Fu);
        i += len;
        if (cp == 0xFEFF)
            continue;
        ++st.nonAscii;
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF))
            ++st.cjk;
        if (set.contains(cp))
            ++st.common;
        if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000)
            ++st.privateUse;
    }
}

DecodeStats decodeForDetection(Encoding e, const QByteArray &sample)
{
    DecodeStats st;
    iconv_t cd = iconv_open("UTF-8", iconvName(e));
    if (cd == reinterpret_cast<iconv_t>(-1))
        return st;
    st.available = true;
    std::vector<char> out(static_cast<std::size_t>(sample.size()) * 2 + 64);
    char *in = const_cast<char *>(sample.constData());
    std::size_t inLeft = static_cast<std::size_t>(sample.size());
    char *o = out.data();
    std::size_t outLeft = out.size();
    while (inLeft > 0) {
        const std::size_t r = iconv(cd, &in, &inLeft, &o, &outLeft);
        if (r != static_cast<std::size_t>(-1))
            break;
        if (errno == EILSEQ) {
            ++st.invalid;
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        } else if (errno == E2BIG) {
            const std::size_t used = static_cast<std::size_t>(o - out.data());
            out.resize(out.size() * 2);
            o = out.data() + used;
            outLeft = out.size() - used;
        } else {
            break; // EINVAL: a character cut off at the end of the sample
        }
    }
    iconv(cd, nullptr, nullptr, &o, &outLeft);
    iconv_close(cd);
    countCharacters(reinterpret_cast<const unsigned char *>(out.data()),
                    static_cast<std::size_t>(o - out.data()), st);
    return st;
}

double commonShare(const DecodeStats &st)
{
    const double denominator = double(st.nonAscii) + 2.0 * double(st.invalid)
        + 2.0 * double(st.privateUse);
    return denominator > 0 ? double(st.common) / denominator : 0.0;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("utf-8");
    case Encoding::Gb18030:
        return QStringLiteral("gb18030");
    case Encoding::Big5:
        return QStringLiteral("big5");
    }
    return QStringLiteral("utf-8");
}

std::optional<Encoding> encodingFromName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf-8"))
        return Encoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") || n == QLatin1String("gb2312")
        || n == QLatin1String("cp936") || n == QLatin1String("gb-18030"))
        return Encoding::Gb18030;
    if (n == QLatin1String("big5") || n == QLatin1String("big-5") || n == QLatin1String("cp950")
        || n == QLatin1String("big5-hkscs") || n == QLatin1String("big5hkscs"))
        return Encoding::Big5;
    return std::nullopt;
}

EncodingGuess detectEncoding(const QByteArray &sample)
{
    EncodingGuess g;
    const auto *s = reinterpret_cast<const unsigned char *>(sample.constData());
    std::size_t n = static_cast<std::size_t>(sample.size());
    const QLocale locale;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
        g.encoding = Encoding::Utf8;
        g.confidence = 1.0;
        g.bom = true;
        g.reason = Tr::tr("UTF-8 byte-order mark");
        return g;
    }

    // Valid UTF-8, allowing a character cut off at the end of the sample.
    std::size_t ascii = 0;
    while (ascii < n && s[ascii] < 0x80)
        ++ascii;
    if (ascii == n) {
        g.encoding = Encoding::Utf8;
        g.confidence = 1.0;
        g.reason = n == 0 ? Tr::tr("no text to examine")
                          : Tr::tr("plain ASCII text");
        return g;
    }
    std::size_t utf8Chars = 0, utf8Invalid = 0, utf8Cjk = 0;
    {
        std::size_t i = 0;
        while (i < n) {
            const Utf8Scan r = scanUtf8(s + i, n - i);
            i += r.validLength;
            if (r.state == Utf8State::Valid || r.state == Utf8State::Truncated)
                break;
            ++utf8Invalid;
            ++i; // skip one byte and carry on counting
        }
        DecodeStats st;
        countCharacters(s, n, st); // counts only well-formed-looking sequences approximately
        utf8Chars = st.nonAscii;
        utf8Cjk = st.cjk;
    }
    if (utf8Invalid == 0) {
        g.encoding = Encoding::Utf8;
        g.confidence = std::min(0.99, 0.9 + 0.009 * double(utf8Chars));
        g.reason = utf8Cjk > 0
            ? Tr::tr("valid UTF-8 with %1 CJK characters").arg(locale.toString(qulonglong(utf8Cjk)))
            : Tr::tr("valid UTF-8 with %1 non-ASCII characters")
                  .arg(locale.toString(qulonglong(utf8Chars)));
        return g;
    }

    const DecodeStats gb = decodeForDetection(Encoding::Gb18030, sample);
    const DecodeStats big5 = decodeForDetection(Encoding::Big5, sample);
    const double gbShare = commonShare(gb);
    const double big5Share = commonShare(big5);

    // Mostly valid UTF-8 with a few bad bytes (a damaged row in a UTF-8 file): UTF-8, so that
    // the reader names the bad line instead of turning the whole file into mojibake.
    // GB18030 or Big5 text rarely forms even a few valid multi-byte UTF-8 sequences, so a sample
    // whose non-ASCII text is at least 90 % valid UTF-8 is UTF-8 with damage.
    if (utf8Chars >= 5 && utf8Invalid * 10 <= utf8Chars) {
        g.encoding = Encoding::Utf8;
        g.confidence = 0.7;
        g.reason = Tr::tr("mostly valid UTF-8 (%1 characters, %2 invalid byte sequences)")
                       .arg(locale.toString(qulonglong(utf8Chars)),
                            locale.toString(qulonglong(utf8Invalid)));
        return g;
    }

    const bool pickBig5 = big5Share > gbShare
        || (big5Share == gbShare && big5.invalid < gb.invalid);
    const DecodeStats &best = pickBig5 ? big5 : gb;
    const DecodeStats &other = pickBig5 ? gb : big5;
    const double bestShare = pickBig5 ? big5Share : gbShare;
    const double otherShare = pickBig5 ? gbShare : big5Share;
    g.encoding = pickBig5 ? Encoding::Big5 : Encoding::Gb18030;

    // Confidence: the margin between the two readings, scaled down for small samples.
    const double margin = bestShare > 0 ? (bestShare - otherShare) / bestShare : 0.0;
    const double size = std::min(1.0, double(best.nonAscii) / 20.0);
    double confidence = 0.5 + 0.49 * std::min(1.0, margin * 1.5) * (0.3 + 0.7 * size);
    if (best.invalid > 0)
        confidence *= best.invalid * 50 > best.nonAscii ? 0.6 : 0.9;
    g.confidence = std::clamp(confidence, 0.3, 0.99);
    g.reason = Tr::tr("not UTF-8; as %1, %2 of %3 characters are common Chinese characters "
                      "(%4 invalid sequences); as %5, %6 of %7 (%8 invalid sequences)")
                   .arg(displayName(g.encoding), locale.toString(qulonglong(best.common)),
                        locale.toString(qulonglong(best.nonAscii)),
                        locale.toString(qulonglong(best.invalid)),
                        displayName(pickBig5 ? Encoding::Gb18030 : Encoding::Big5),
                        locale.toString(qulonglong(other.common)),
                        locale.toString(qulonglong(other.nonAscii)),
                        locale.toString(qulonglong(other.invalid)));
    return g;
}

// ---------------------------------------------------------------------------------------------

struct Utf8Decoder::Impl
{
    Encoding encoding = Encoding::Utf8;
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    unsigned char pending[16];
    std::size_t pendingLength = 0;
    qint64 consumed = 0; // input offset of pending[0] (or of the next byte if none pending)
    bool failed = false;
    QString error;
    qint64 errorOffset = -1;

    bool fail(qint64 offset, const unsigned char *bytes, std::size_t count)
    {
        failed = true;
        errorOffset = offset;
        error = Tr::tr("invalid %1 byte sequence %2 at byte offset %3")
                    .arg(displayName(encoding), hexBytes(bytes, count))
                    .arg(offset);
        return false;
    }

    bool decodeUtf8(const unsigned char *s, std::size_t n, std::string &out);
    bool decodeIconv(const unsigned char *s, std::size_t n, std::string &out);
    // Converts in[0..n) with iconv, appending to out. Returns the bytes consumed; err = 0,
    // EINVAL (incomplete tail) or EILSEQ (at in + returned count).
    std::size_t convert(const unsigned char *in, std::size_t n, std::string &out, int &err);
};

bool Utf8Decoder::Impl::decodeUtf8(const unsigned char *s, std::size_t n, std::string &out)
{
    std::size_t i = 0;
    if (pendingLength > 0) {
        const std::size_t need = sequenceLength(pending[0]);
        while (pendingLength < need && i < n)
            pending[pendingLength++] = s[i++];
        Utf8State state = Utf8State::Valid;
        std::size_t bad = 0;
        const std::size_t len = checkSequence(pending, pendingLength, state, bad);
        if (len == 0) {
            if (state == Utf8State::Truncated)
                return true; // still incomplete; all input went into pending
            return fail(consumed, pending, bad);
        }
        out.append(reinterpret_cast<const char *>(pending), len);
        consumed += static_cast<qint64>(len);
        pendingLength = 0;
    }
    const Utf8Scan r = scanUtf8(s + i, n - i);
    out.append(reinterpret_cast<const char *>(s + i), r.validLength);
    consumed += static_cast<qint64>(r.validLength);
    i += r.validLength;
    if (r.state == Utf8State::Invalid)
        return fail(consumed, s + i, r.badLength);
    if (r.state == Utf8State::Truncated) {
        pendingLength = n - i;
        std::memcpy(pending, s + i, pendingLength);
    }
    return true;
}

std::size_t Utf8Decoder::Impl::convert(const unsigned char *in, std::size_t n, std::string &out,
                                       int &err)
{
    err = 0;
    char *src = reinterpret_cast<char *>(const_cast<unsigned char *>(in));
    std::size_t left = n;
    std::size_t used = out.size();
    out.resize(used + n * 2 + 16);
    for (;;) {
        char *dst = &out[used];
        std::size_t room = out.size() - used;
        const std::size_t r = iconv(cd, &src, &left, &dst, &room);
        used = static_cast<std::size_t>(dst - out.data());
        if (r != static_cast<std::size_t>(-1)) {
            break;
        }
        if (errno == E2BIG) {
            out.resize(out.size() + left * 2 + 16);
            continue;
        }
        err = errno;
        break;
    }
    out.resize(used);
    return n - left;
}

bool Utf8Decoder::Impl::decodeIconv(const unsigned char *s, std::size_t n, std::string &out)
{
    std::size_t i = 0;
    int err = 0;
    if (pendingLength > 0) {
        // Complete the pending character with a few new bytes.
        const std::size_t k = std::min<std::size_t>(n, sizeof(pending) - pendingLength);
        unsigned char tmp[sizeof(pending)];
        std::memcpy(tmp, pending, pendingLength);
        std::memcpy(tmp + pendingLength, s, k);
        const std::size_t total = pendingLength + k;
        const std::size_t done = convert(tmp, total, out, err);
        if (err == EILSEQ)
            return fail(consumed + static_cast<qint64>(done), tmp + done,
                        badLengthFor(encoding, tmp + done, total - done));
        if (done < pendingLength) {
            // Still incomplete (all new bytes went into tmp).
            std::memcpy(pending, tmp + done, total - done);
            consumed += static_cast<qint64>(done);
            pendingLength = total - done;
            return true;
        }
        i = done - pendingLength;
        consumed += static_cast<qint64>(done);
        pendingLength = 0;
    }
    const std::size_t done = convert(s + i, n - i, out, err);
    consumed += static_cast<qint64>(done);
    i += done;
    if (err == EILSEQ)
        return fail(consumed, s + i, badLengthFor(encoding, s + i, n - i));
    if (err == EINVAL) {
        if (n - i > sizeof(pending))
            return fail(consumed, s + i, badLengthFor(encoding, s + i, n - i));
        pendingLength = n - i;
        std::memcpy(pending, s + i, pendingLength);
    } else if (err != 0) {
        return fail(consumed, s + i, badLengthFor(encoding, s + i, n - i));
    }
    return true;
}

Utf8Decoder::Utf8Decoder(Encoding encoding) : d(std::make_unique<Impl>())
{
    d->encoding = encoding;
    if (encoding != Encoding::Utf8) {
        d->cd = iconv_open("UTF-8", iconvName(encoding));
        if (d->cd == reinterpret_cast<iconv_t>(-1)) {
            d->failed = true;
            d->errorOffset = 0;
            d->error = Tr::tr("the system cannot convert %1 text (iconv)")
                           .arg(displayName(encoding));
        }
    }
}

Utf8Decoder::~Utf8Decoder()
{
    if (d->cd != reinterpret_cast<iconv_t>(-1))
        iconv_close(d->cd);
}

bool Utf8Decoder::decode(const char *data, std::size_t size, std::string &out)
{
    if (d->failed)
        return false;
    if (size == 0)
        return true;
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    return d->encoding == Encoding::Utf8 ? d->decodeUtf8(s, size, out)
                                         : d->decodeIconv(s, size, out);
}

bool Utf8Decoder::finish()
{
    if (d->failed)
        return false;
    if (d->pendingLength > 0) {
        d->failed = true;
        d->errorOffset = d->consumed;
        d->error = Tr::tr("incomplete %1 character %2 at the end of the input (byte offset %3)")
                       .arg(displayName(d->encoding), hexBytes(d->pending, d->pendingLength))
                       .arg(d->consumed);
        return false;
    }
    return true;
}

QString Utf8Decoder::error() const
{
    return d->error;
}

qint64 Utf8Decoder::errorOffset() const
{
    return d->errorOffset;
}

} // namespace tierwise::ingest
