#include "ingest/generator.h"

#include "jobs/progress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

// The context of this file's messages. Call Tr::tr, never a bare tr(): lupdate files each string
// under the macro's argument, the context the look-up uses at run time. Tr sits at global scope
// so that lupdate finds it even where it loses track of the enclosing scope.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::ingest::Generator)
};

} // namespace

namespace tierwise::ingest {
namespace {

// ------------------------------------------------------------------------------------------------
// Random numbers: splitmix64 seeding, xoshiro256**, and our own samplers (the std:: distributions
// give different sequences in different standard libraries).

std::uint64_t splitmix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng
{
public:
    // One independent stream per (seed, stream) pair.
    Rng(std::uint64_t seed, std::uint64_t stream)
    {
        std::uint64_t s = seed;
        std::uint64_t mixed = splitmix64(s) ^ (stream * 0xd1b54a32d192ed03ULL);
        for (std::uint64_t &w : m_s)
            w = splitmix64(mixed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }         // [0, 1)
    double uniformOpen() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; } // (0, 1)
    double uniform(double a, double b) { return a + (b - a) * uniform(); }
    int below(int n) { return static_cast<int>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32); }
    bool chance(double p) { return uniform() < p; }

    double normal() // Marsaglia's polar method
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * uniform() - 1.0;
            v = 2.0 * uniform() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double f = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * f;
        m_hasSpare = true;
        return u * f;
    }

    double gamma(double shape) // scale 1; Marsaglia and Tsang
    {
        if (shape < 1.0)
            return gamma(shape + 1.0) * std::pow(uniformOpen(), 1.0 / shape);
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x, v;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniformOpen();
            if (u < 1.0 - 0.0331 * x * x * x * x || std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }

    double beta(double a, double b)
    {
        const double x = gamma(a);
        return x / (x + gamma(b));
    }

    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(uniformOpen()); }

    int pick(const double *weights, int n)
    {
        double total = 0;
        for (int i = 0; i < n; ++i)
            total += weights[i];
        double x = uniform() * total;
        for (int i = 0; i < n; ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        for (int i = n - 1; i > 0; --i) // rounding: the last positive weight
            if (weights[i] > 0)
                return i;
        return 0;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4];
    double m_spare = 0;
    bool m_hasSpare = false;
};

// ------------------------------------------------------------------------------------------------
// Calendar on day numbers (days since 1970-01-01), after H. Hinnant's civil date algorithms.

int daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(int z, int &y, int &m, int &d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = yoe + era * 400 + (m <= 2);
}

int daysInMonth(int y, int m)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : kDays[m - 1];
}

int addMonths(int day, int months)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    int ym = y * 12 + (m - 1) + months;
    y = ym / 12;
    m = ym % 12 + 1;
    return daysFromCivil(y, m, std::min(d, daysInMonth(y, m)));
}

// ------------------------------------------------------------------------------------------------
// Number and date formatting by hand (the inner loops write tens of millions of fields).

void appendUInt(std::string &s, std::uint64_t v)
{
    char buf[24];
    char *p = buf + sizeof buf;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v);
    s.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void appendPadded(std::string &s, std::uint64_t v, int width)
{
    char buf[24];
    char *p = buf + sizeof buf;
    int n = 0;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
        ++n;
    } while (v);
    for (; n < width && n < 24; ++n)
        *--p = '0';
    s.append(p, static_cast<std::size_t>(n));
}

// Money in cents as "-1234.56"; grouped: "1,234.56" quoted when it holds a comma.
void appendCents(std::string &s, std::int64_t cents, bool grouped)
{
    const bool negative = cents < 0;
    std::uint64_t a = negative ? 0 - static_cast<std::uint64_t>(cents) : static_cast<std::uint64_t>(cents);
    const bool quote = grouped && a >= 100000;
    char buf[40];
    char *p = buf + sizeof buf;
    if (quote)
        *--p = '"';
    *--p = static_cast<char>('0' + a % 10);
    a /= 10;
    *--p = static_cast<char>('0' + a % 10);
    a /= 10;
    *--p = '.';
    int digits = 0;
    do {
        if (grouped && digits > 0 && digits % 3 == 0)
            *--p = ',';
        *--p = static_cast<char>('0' + a % 10);
        a /= 10;
        ++digits;
    } while (a);
    if (negative)
        *--p = '-';
    if (quote)
        *--p = '"';
    s.append(p, static_cast<std::size_t>(buf + sizeof buf - p));
}

void appendDate(std::string &s, int day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    char buf[10] = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                    static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                    static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), '-',
                    static_cast<char>('0' + d / 10), static_cast<char>('0' + d % 10)};
    s.append(buf, sizeof buf);
}

std::int64_t toCents(double amount)
{
    return static_cast<std::int64_t>(std::llround(amount * 100.0));
}

// ------------------------------------------------------------------------------------------------
// Reference tables. Chinese text comes in Simplified and Traditional form; every Traditional
// string is in Big5.

struct Zh
{
    const char *s;
    const char *t;
};

struct BranchDef
{
    const char *id;
    Zh name;
    Zh city;
    Zh region;
    const char *type;
    double wealth; // multiplies the customers' wealth
    double weight; // share of customers
    int rms;       // relationship managers
};

const BranchDef kBranches[] = {
    {"BR01", {"上海陆家嘴支行", "上海陸家嘴支行"}, {"上海", "上海"}, {"华东", "華東"}, "urban", 3.0, 1.5, 8},
    {"BR02", {"上海静安支行", "上海靜安支行"}, {"上海", "上海"}, {"华东", "華東"}, "urban", 2.6, 1.3, 7},
    {"BR03", {"北京金融街支行", "北京金融街支行"}, {"北京", "北京"}, {"华北", "華北"}, "urban", 3.0, 1.4, 8},
    {"BR04", {"北京中关村支行", "北京中關村支行"}, {"北京", "北京"}, {"华北", "華北"}, "urban", 2.2, 1.3, 7},
    {"BR05", {"深圳福田支行", "深圳福田支行"}, {"深圳", "深圳"}, {"华南", "華南"}, "urban", 2.6, 1.3, 7},
    {"BR06", {"广州天河支行", "廣州天河支行"}, {"广州", "廣州"}, {"华南", "華南"}, "urban", 2.0, 1.2, 6},
    {"BR07", {"杭州西湖支行", "杭州西湖支行"}, {"杭州", "杭州"}, {"华东", "華東"}, "urban", 1.8, 1.1, 6},
    {"BR08", {"成都锦江支行", "成都錦江支行"}, {"成都", "成都"}, {"西南", "西南"}, "urban", 1.4, 1.1, 6},
    {"BR09", {"上海松江支行", "上海松江支行"}, {"上海", "上海"}, {"华东", "華東"}, "suburban", 1.2, 1.0, 5},
    {"BR10", {"北京通州支行", "北京通州支行"}, {"北京", "北京"}, {"华北", "華北"}, "suburban", 1.0, 1.0, 5},
    {"BR11", {"武汉光谷支行", "武漢光谷支行"}, {"武汉", "武漢"}, {"华中", "華中"}, "suburban", 0.9, 0.9, 4},
    {"BR12", {"佛山顺德支行", "佛山順德支行"}, {"佛山", "佛山"}, {"华南", "華南"}, "suburban", 1.3, 0.9, 4},
    {"BR13", {"上海崇明支行", "上海崇明支行"}, {"上海", "上海"}, {"华东", "華東"}, "rural", 0.7, 0.6, 3},
    {"BR14", {"湖州安吉县支行", "湖州安吉縣支行"}, {"湖州", "湖州"}, {"华东", "華東"}, "rural", 0.65, 0.6, 3},
    {"BR15", {"成都简阳支行", "成都簡陽支行"}, {"成都", "成都"}, {"西南", "西南"}, "rural", 0.5, 0.6, 3},
    {"BR16", {"黄冈红安县支行", "黃岡紅安縣支行"}, {"黄冈", "黃岡"}, {"华中", "華中"}, "rural", 0.45, 0.5, 3},
    {"BR17", {"北京延庆支行", "北京延慶支行"}, {"北京", "北京"}, {"华北", "華北"}, "rural", 0.6, 0.5, 3},
    {"BR18", {"梅州兴宁支行", "梅州興寧支行"}, {"梅州", "梅州"}, {"华南", "華南"}, "rural", 0.5, 0.5, 3},
};
constexpr int kBranchCount = static_cast<int>(std::size(kBranches));

enum ProductType { Current, Term, Wealth, Fund, Insurance, CreditCard, ConsumerLoan, Mortgage, ProductTypeCount };

const char *const kProductTypeNames[ProductTypeCount] = {"current",   "term",        "wealth",        "fund",
                                                         "insurance", "credit_card", "consumer_loan", "mortgage"};

struct ProductDef
{
    const char *code;
    Zh name;
    ProductType type;
    int risk;
    int marginBps;
    int termMonths;
    double weight; // how often it is chosen within its type
};

const ProductDef kProducts[] = {
    {"CUR01", {"个人活期储蓄", "個人活期儲蓄"}, Current, 1, 150, 0, 1},
    {"CUR02", {"薪资卡活期", "薪資卡活期"}, Current, 1, 150, 0, 1},
    {"TD03", {"三个月整存整取", "三個月整存整取"}, Term, 1, 140, 3, 2},
    {"TD06", {"六个月整存整取", "六個月整存整取"}, Term, 1, 150, 6, 2},
    {"TD12", {"一年期整存整取", "一年期整存整取"}, Term, 1, 160, 12, 4},
    {"TD36", {"三年期整存整取", "三年期整存整取"}, Term, 1, 180, 36, 2},
    {"TD60", {"五年期大额存单", "五年期大額存單"}, Term, 1, 170, 60, 1},
    {"WM01", {"天天利现金管理", "天天利現金管理"}, Wealth, 1, 60, 3, 4},
    {"WM02", {"稳享固收理财", "穩享固收理財"}, Wealth, 2, 80, 6, 4},
    {"WM03", {"悦享混合理财", "悅享混合理財"}, Wealth, 3, 90, 12, 3},
    {"WM04", {"进取权益理财", "進取權益理財"}, Wealth, 4, 110, 12, 2},
    {"WM05", {"私行专享结构化理财", "私行專享結構化理財"}, Wealth, 5, 120, 24, 1},
    {"FD01", {"货币市场基金", "貨幣市場基金"}, Fund, 1, 60, 0, 3},
    {"FD02", {"纯债基金", "純債基金"}, Fund, 2, 80, 0, 3},
    {"FD03", {"平衡混合基金", "平衡混合基金"}, Fund, 3, 100, 0, 3},
    {"FD04", {"沪深300指数基金", "滬深300指數基金"}, Fund, 4, 110, 0, 2},
    {"FD05", {"科技成长股票基金", "科技成長股票基金"}, Fund, 5, 150, 0, 1},
    {"IN01", {"两全保险", "兩全保險"}, Insurance, 1, 100, 60, 2},
    {"IN02", {"年金保险", "年金保險"}, Insurance, 1, 120, 120, 2},
    {"IN03", {"分红型终身寿险", "分紅型終身壽險"}, Insurance, 2, 150, 240, 1},
    {"CC01", {"标准信用卡", "標準信用卡"}, CreditCard, 1, 400, 0, 3},
    {"CC02", {"白金信用卡", "白金信用卡"}, CreditCard, 1, 350, 0, 1},
    {"CL01", {"个人消费贷款", "個人消費貸款"}, ConsumerLoan, 1, 380, 36, 2},
    {"CL02", {"家装分期贷款", "家裝分期貸款"}, ConsumerLoan, 1, 320, 60, 1},
    {"MG01", {"个人住房按揭贷款", "個人住房按揭貸款"}, Mortgage, 1, 250, 360, 3},
    {"MG02", {"公积金组合贷款", "公積金組合貸款"}, Mortgage, 1, 260, 240, 1},
};
constexpr int kProductCount = static_cast<int>(std::size(kProducts));

struct SurnameDef
{
    Zh name;
    int weight; // roughly per mille of the population
};

const SurnameDef kSurnames[] = {
    {{"王", "王"}, 72}, {{"李", "李"}, 72}, {{"张", "張"}, 68}, {{"刘", "劉"}, 54}, {{"陈", "陳"}, 45},
    {{"杨", "楊"}, 31}, {{"黄", "黃"}, 22}, {{"赵", "趙"}, 22}, {{"吴", "吳"}, 20}, {{"周", "周"}, 19},
    {{"徐", "徐"}, 16}, {{"孙", "孫"}, 15}, {{"马", "馬"}, 14}, {{"朱", "朱"}, 14}, {{"胡", "胡"}, 13},
    {{"郭", "郭"}, 12}, {{"何", "何"}, 11}, {{"高", "高"}, 11}, {{"林", "林"}, 10}, {{"罗", "羅"}, 10},
    {{"郑", "鄭"}, 9},  {{"梁", "梁"}, 9},  {{"谢", "謝"}, 8},  {{"宋", "宋"}, 8},  {{"唐", "唐"}, 8},
    {{"许", "許"}, 7},  {{"韩", "韓"}, 7},  {{"冯", "馮"}, 7},  {{"邓", "鄧"}, 7},  {{"曹", "曹"}, 7},
    {{"彭", "彭"}, 6},  {{"曾", "曾"}, 6},  {{"肖", "蕭"}, 6},  {{"田", "田"}, 6},  {{"董", "董"}, 5},
    {{"袁", "袁"}, 5},  {{"潘", "潘"}, 5},  {{"于", "于"}, 5},  {{"蒋", "蔣"}, 5},  {{"蔡", "蔡"}, 5},
    {{"余", "余"}, 5},  {{"杜", "杜"}, 5},  {{"叶", "葉"}, 5},  {{"程", "程"}, 5},  {{"苏", "蘇"}, 4},
    {{"魏", "魏"}, 4},  {{"吕", "呂"}, 4},  {{"丁", "丁"}, 4},  {{"任", "任"}, 4},  {{"沈", "沈"}, 4},
    {{"姚", "姚"}, 4},  {{"卢", "盧"}, 4},  {{"姜", "姜"}, 4},  {{"崔", "崔"}, 4},  {{"钟", "鍾"}, 4},
    {{"谭", "譚"}, 3},  {{"陆", "陸"}, 3},  {{"汪", "汪"}, 3},  {{"范", "范"}, 3},  {{"金", "金"}, 3},
    {{"石", "石"}, 3},  {{"廖", "廖"}, 3},  {{"贾", "賈"}, 3},  {{"夏", "夏"}, 3},  {{"韦", "韋"}, 3},
    {{"付", "付"}, 3},  {{"方", "方"}, 3},  {{"白", "白"}, 3},  {{"邹", "鄒"}, 3},  {{"孟", "孟"}, 3},
    {{"熊", "熊"}, 3},  {{"秦", "秦"}, 3},  {{"邱", "邱"}, 3},  {{"江", "江"}, 3},  {{"尹", "尹"}, 3},
    {{"薛", "薛"}, 2},  {{"闫", "閻"}, 2},  {{"段", "段"}, 2},  {{"雷", "雷"}, 2},  {{"侯", "侯"}, 2},
    {{"龙", "龍"}, 2},  {{"史", "史"}, 2},  {{"陶", "陶"}, 2},  {{"黎", "黎"}, 2},  {{"贺", "賀"}, 2},
    {{"顾", "顧"}, 2},  {{"毛", "毛"}, 2},  {{"郝", "郝"}, 2},  {{"龚", "龔"}, 2},  {{"邵", "邵"}, 2},
    {{"万", "萬"}, 2},  {{"钱", "錢"}, 2},  {{"严", "嚴"}, 2},  {{"武", "武"}, 2},  {{"戴", "戴"}, 2},
    {{"莫", "莫"}, 2},  {{"孔", "孔"}, 2},  {{"汤", "湯"}, 2},  {{"欧阳", "歐陽"}, 1}, {{"司马", "司馬"}, 1},
};

const Zh kMaleGiven[] = {
    {"伟", "偉"}, {"强", "強"}, {"磊", "磊"}, {"军", "軍"}, {"勇", "勇"}, {"杰", "傑"}, {"涛", "濤"},
    {"斌", "斌"}, {"超", "超"}, {"明", "明"}, {"刚", "剛"}, {"平", "平"}, {"辉", "輝"}, {"鹏", "鵬"},
    {"华", "華"}, {"飞", "飛"}, {"鑫", "鑫"}, {"波", "波"}, {"宇", "宇"}, {"浩", "浩"}, {"凯", "凱"},
    {"健", "健"}, {"俊", "俊"}, {"帆", "帆"}, {"旭", "旭"}, {"宁", "寧"}, {"龙", "龍"}, {"阳", "陽"},
    {"建", "建"}, {"国", "國"}, {"志", "志"}, {"文", "文"}, {"海", "海"}, {"峰", "峰"}, {"东", "東"},
    {"晨", "晨"}, {"博", "博"}, {"宏", "宏"}, {"亮", "亮"}, {"成", "成"}, {"新", "新"}, {"振", "振"},
    {"家", "家"}, {"子", "子"}, {"天", "天"}, {"毅", "毅"}, {"彬", "彬"}, {"军", "軍"}, {"立", "立"},
};

const Zh kFemaleGiven[] = {
    {"芳", "芳"}, {"娜", "娜"}, {"敏", "敏"}, {"静", "靜"}, {"丽", "麗"}, {"娟", "娟"}, {"霞", "霞"},
    {"秀", "秀"}, {"英", "英"}, {"玲", "玲"}, {"桂", "桂"}, {"丹", "丹"}, {"萍", "萍"}, {"红", "紅"},
    {"燕", "燕"}, {"琳", "琳"}, {"雪", "雪"}, {"慧", "慧"}, {"婷", "婷"}, {"倩", "倩"}, {"颖", "穎"},
    {"洁", "潔"}, {"晶", "晶"}, {"欣", "欣"}, {"悦", "悅"}, {"怡", "怡"}, {"佳", "佳"}, {"梅", "梅"},
    {"兰", "蘭"}, {"琴", "琴"}, {"云", "雲"}, {"莉", "莉"}, {"蓉", "蓉"}, {"薇", "薇"}, {"露", "露"},
    {"月", "月"}, {"思", "思"}, {"雨", "雨"}, {"嘉", "嘉"}, {"凤", "鳳"}, {"文", "文"}, {"春", "春"},
};

struct OccupationDef
{
    Zh name;
    int minAge;
    int maxAge;
    double urbanWeight;
    double ruralWeight;
    double income;    // typical income band (0 … 5)
    double education; // typical education level (0 … 5)
    double wealth;    // log-wealth adjustment
    bool salaried;
};

constexpr int kRetired = 12;
const OccupationDef kOccupations[] = {
    {{"企业职员", "企業職員"}, 22, 60, 30, 12, 2.0, 3.0, 0.0, true},
    {{"公务员", "公務員"}, 22, 60, 6, 5, 2.2, 3.2, 0.1, true},
    {{"教师", "教師"}, 22, 60, 5, 5, 1.9, 3.1, 0.0, true},
    {{"医生", "醫生"}, 25, 65, 3, 2, 2.8, 3.8, 0.2, true},
    {{"工程师", "工程師"}, 22, 60, 8, 2, 2.8, 3.3, 0.1, true},
    {{"金融从业者", "金融從業者"}, 22, 60, 4, 1, 3.0, 3.3, 0.3, true},
    {{"私营企业主", "私營企業主"}, 25, 75, 4, 3, 3.6, 2.2, 0.9, false},
    {{"个体工商户", "個體工商戶"}, 20, 70, 8, 10, 2.3, 1.5, 0.3, false},
    {{"工人", "工人"}, 18, 60, 10, 15, 1.2, 1.2, -0.2, true},
    {{"农民", "農民"}, 18, 85, 1, 30, 0.6, 0.6, -0.4, false},
    {{"自由职业", "自由職業"}, 20, 65, 7, 4, 1.8, 2.6, 0.0, false},
    {{"学生", "學生"}, 18, 26, 6, 3, 0.2, 2.9, -0.6, false},
    {{"退休人员", "退休人員"}, 55, 90, 0, 0, 1.4, 1.6, 0.3, false},
};
constexpr int kOccupationCount = static_cast<int>(std::size(kOccupations));

const Zh kEducation[] = {{"初中及以下", "初中及以下"}, {"高中/中专", "高中/中專"}, {"大专", "大專"},
                         {"本科", "本科"},             {"硕士", "碩士"},           {"博士", "博士"}};
const Zh kIncomeBands[] = {{"5万以下", "5萬以下"},   {"5-10万", "5-10萬"},     {"10-20万", "10-20萬"},
                           {"20-50万", "20-50萬"}, {"50-100万", "50-100萬"}, {"100万以上", "100萬以上"}};
const double kMonthlyIncome[] = {3500, 6500, 12500, 28000, 60000, 110000};

const char *const kRatings[] = {"AAA", "AA", "A", "BBB", "BB", "B", "CCC"};

enum Channel { Counter, Online, Mobile, Atm, Pos, ChannelCount };
const char *const kChannelNames[ChannelCount] = {"counter", "online", "mobile", "atm", "pos"};

enum TxnType { Deposit, Withdrawal, Transfer, Purchase, Salary, Fee, Repayment, TxnTypeCount };
const char *const kTxnTypeNames[TxnTypeCount] = {"deposit", "withdrawal", "transfer", "purchase",
                                                 "salary",  "fee",        "repayment"};

enum FileId { BranchesFile, ProductsFile, CustomersFile, AccountsFile, BalancesFile, HoldingsFile, TransactionsFile,
              FileCount };
const char *const kFileNames[FileCount] = {"branches.csv", "products.csv", "customers.csv",   "accounts.csv",
                                           "balances.csv", "holdings.csv", "transactions.csv"};

const char *const kHeaders[3][FileCount] = {
    {"branch_id,branch_name,city,region,branch_type",
     "product_code,product_name,product_type,risk_level,margin_bps,term_months",
     "customer_id,name,gender,birth_date,occupation,education,income_band,branch_id,rm_id,open_date,risk_level,"
     "credit_rating,channel_pref",
     "account_id,customer_id,product_code,open_date,close_date",
     "customer_id,month,current,term,wealth,fund,insurance,loan",
     "customer_id,product_code,account_id,open_date,maturity_date,balance",
     "txn_id,customer_id,account_id,date,amount,channel,type"},
    {"网点号,网点名称,城市,区域,网点类型", "产品代码,产品名称,产品类型,风险等级,利差基点,期限月数",
     "客户号,姓名,性别,出生日期,职业,学历,年收入,所属网点,客户经理,开户日期,风险承受能力,信用等级,偏好渠道",
     "账号,客户号,产品代码,开户日期,销户日期", "客户号,月份,活期,定期,理财,基金,保险,贷款余额",
     "客户号,产品代码,账号,开立日,到期日,持有金额", "流水号,客户号,账号,交易日期,交易金额,渠道,交易类型"},
    {"網點號,網點名稱,城市,區域,網點類型", "產品代碼,產品名稱,產品類型,風險等級,利差基點,期限月數",
     "客戶號,姓名,性別,出生日期,職業,學歷,年收入,所屬網點,客戶經理,開戶日期,風險承受能力,信用等級,偏好渠道",
     "帳號,客戶號,產品代碼,開戶日期,銷戶日期", "客戶號,月份,活期,定期,理財,基金,保險,貸款餘額",
     "客戶號,產品代碼,帳號,開立日,到期日,持有金額", "流水號,客戶號,帳號,交易日期,交易金額,渠道,交易類型"},
};

// ------------------------------------------------------------------------------------------------
// Text in the output encoding, converted once before the customers are generated.

class Encoder
{
public:
    explicit Encoder(Encoding encoding)
    {
        if (encoding == Encoding::Gb18030)
            m_cd = iconv_open("GB18030", "UTF-8");
        else if (encoding == Encoding::Big5) {
            m_cd = iconv_open("BIG5", "UTF-8");
            if (m_cd == invalid())
                m_cd = iconv_open("BIG5-HKSCS", "UTF-8");
        }
        m_ok = encoding == Encoding::Utf8 || m_cd != invalid();
    }
    ~Encoder()
    {
        if (m_cd != invalid())
            iconv_close(m_cd);
    }
    Encoder(const Encoder &) = delete;
    Encoder &operator=(const Encoder &) = delete;

    bool ok() const { return m_ok; }

    // Converts UTF-8 text; on failure records the text and returns what it has.
    std::string operator()(const char *utf8)
    {
        if (m_cd == invalid())
            return utf8;
        std::string in(utf8);
        std::string out(in.size() * 4 + 8, '\0');
        char *inPtr = in.data();
        char *outPtr = out.data();
        std::size_t inLeft = in.size();
        std::size_t outLeft = out.size();
        iconv(m_cd, nullptr, nullptr, nullptr, nullptr);
        if (iconv(m_cd, &inPtr, &inLeft, &outPtr, &outLeft) == static_cast<std::size_t>(-1) && m_failed.isEmpty())
            m_failed = QString::fromUtf8(utf8);
        out.resize(out.size() - outLeft);
        return out;
    }

    QString failed() const { return m_failed; } // the first text that could not be converted

private:
    static iconv_t invalid() { return reinterpret_cast<iconv_t>(-1); }

    iconv_t m_cd = invalid();
    bool m_ok = false;
    QString m_failed;
};

struct Texts
{
    std::string headers[FileCount];
    std::vector<std::string> branchName, city, region, productName;
    std::vector<std::string> surname, maleGiven, femaleGiven, occupation, education, income;
};

// ------------------------------------------------------------------------------------------------
// The immutable context shared by the worker threads.

struct Context
{
    std::uint64_t seed = 1;
    qint64 customers = 0;
    int months = 24;
    bool grouped = false; // thousands separators in balances and holdings
    int idWidth = 8;
    int txnWidth = 9;
    int windowStart = 0; // first day of the first month
    int endDay = 0;      // last day of the last month
    std::vector<int> monthStart; // months + 1 entries: first day of each month, then endDay + 1
    std::vector<std::string> monthKey;
    Texts texts;
    double branchWeights[kBranchCount] = {};
    double surnameWeights[std::size(kSurnames)] = {};
    std::vector<int> productsOfType[ProductTypeCount];

    int monthOf(int day) const // index in the window; negative before it
    {
        if (day < windowStart) {
            int y, m, d;
            civilFromDays(day, y, m, d);
            int wy, wm, wd;
            civilFromDays(windowStart, wy, wm, wd);
            return (y * 12 + m) - (wy * 12 + wm);
        }
        return static_cast<int>(std::upper_bound(monthStart.begin(), monthStart.end(), day) - monthStart.begin()) - 1;
    }
};

constexpr int kMaxAccounts = 32;      // account numbers are customer index × 32 + k
constexpr int kMaxTxnPerCustomer = 150;
constexpr qint64 kChunkCustomers = 1024;

struct Chunk
{
    std::string text[FileCount]; // customers … transactions (branches and products unused)
    qint64 transactions = 0;

    void clear()
    {
        for (std::string &s : text)
            s.clear();
        transactions = 0;
    }
};

// ------------------------------------------------------------------------------------------------
// One customer: profile, accounts, balances, holdings and transactions.

struct Account
{
    int product;
    int open;
    int close; // -1 while open
};

class CustomerGenerator
{
public:
    CustomerGenerator(const Context &context, Chunk &chunk) : m_ctx(context), m_out(chunk) {}

    void generate(qint64 index)
    {
        m_rng = Rng(m_ctx.seed, static_cast<std::uint64_t>(index));
        m_index = index;
        m_id.assign(1, 'C');
        appendPadded(m_id, static_cast<std::uint64_t>(index + 1), m_ctx.idWidth);
        m_accountCount = 0;
        m_mortgage = m_consumer = m_card = m_second = -1;

        profile();
        wealth();
        loans();
        writeCustomer();
        balances();
        holdings();
        writeAccounts();
        transactions();
    }

private:
    // -------------------------------------------------------------------------- profile
    void profile()
    {
        Rng &r = m_rng;
        m_branch = r.pick(m_ctx.branchWeights, kBranchCount);
        const BranchDef &br = kBranches[m_branch];
        m_rural = std::strcmp(br.type, "rural") == 0;
        m_male = r.chance(0.49);

        static const double kAgeGroups[][3] = {{18, 25, 0.10}, {26, 35, 0.21}, {36, 45, 0.21}, {46, 55, 0.19},
                                               {56, 65, 0.15}, {66, 75, 0.10}, {76, 90, 0.04}};
        double groupWeights[std::size(kAgeGroups)];
        for (std::size_t i = 0; i < std::size(kAgeGroups); ++i)
            groupWeights[i] = kAgeGroups[i][2];
        const auto *g = kAgeGroups[r.pick(groupWeights, static_cast<int>(std::size(kAgeGroups)))];
        m_age = static_cast<int>(g[0]) + r.below(static_cast<int>(g[1] - g[0]) + 1);
        m_birth = m_ctx.endDay - static_cast<int>(m_age * 365.2425) - r.below(365);

        // Occupation by age and branch type; most people over 60 are retired.
        const double retireP = m_age >= 65 ? 0.95 : m_age >= 60 ? 0.75 : m_age >= 55 ? 0.3 : 0.0;
        m_occupation = kRetired;
        if (!r.chance(retireP)) {
            double w[kOccupationCount] = {};
            double total = 0;
            for (int i = 0; i < kOccupationCount; ++i) {
                const OccupationDef &o = kOccupations[i];
                if (i != kRetired && m_age >= o.minAge && m_age <= o.maxAge)
                    w[i] = m_rural ? o.ruralWeight : o.urbanWeight;
                total += w[i];
            }
            if (total > 0)
                m_occupation = r.pick(w, kOccupationCount);
        }
        const OccupationDef &occ = kOccupations[m_occupation];

        double edu = occ.education - 0.2 + 0.7 * r.normal() - (m_age > 55 ? 0.7 : 0.0) - (m_rural ? 0.4 : 0.0);
        if (m_occupation == 3)
            edu = std::max(edu, 3.0); // doctors
        m_education = std::clamp(static_cast<int>(std::lround(edu)), 0, 5);

        const double ageIncome = m_age < 25 ? -0.7 : m_age < 35 ? -0.2 : m_age < 55 ? 0.2 : 0.0;
        const double inc = occ.income - 0.3 + 0.35 * (m_education - 2) + 0.5 * std::log(br.wealth) + ageIncome +
                           0.7 * r.normal();
        m_income = std::clamp(static_cast<int>(std::lround(inc)), 0, 5);

        const double risk = 2.6 + 0.25 * (m_income - 2) - 0.03 * std::max(0, m_age - 50) + (m_age < 35 ? 0.3 : 0.0) +
                            0.9 * r.normal();
        m_risk = std::clamp(static_cast<int>(std::lround(risk)), 1, 5);

        // Open date: ~18 % joined inside the window, the others over the years before it.
        const int adult = addMonths(m_birth, 18 * 12);
        const int earliest = std::max(adult, daysFromCivil(1995, 1, 1));
        const int maxTenure = std::max(0, m_ctx.endDay - earliest);
        const int window = m_ctx.endDay - m_ctx.windowStart + 1;
        int tenure;
        if (maxTenure <= window || r.chance(0.18))
            tenure = r.below(std::min(maxTenure, window) + 1);
        else
            tenure = window + static_cast<int>(std::pow(r.uniform(), 1.3) * (maxTenure - window));
        m_open = m_ctx.endDay - tenure;
        m_openMonth = m_ctx.monthOf(m_open);
        m_firstMonth = std::max(0, m_openMonth);

        // About 10 % drift away over their last 3–8 months.
        m_churner = m_ctx.months - m_firstMonth >= 9 && r.chance(0.10);
        m_churnMonth = m_ctx.months - 3 - r.below(6);
        m_churnDay = m_churner ? m_ctx.monthStart[static_cast<std::size_t>(std::max(0, m_churnMonth))] : m_ctx.endDay + 1;
    }

    // -------------------------------------------------------------------------- wealth and product mix
    void wealth()
    {
        Rng &r = m_rng;
        const BranchDef &br = kBranches[m_branch];
        const double ageWealth = m_age < 25   ? -1.2
                                 : m_age < 35 ? -0.5
                                 : m_age < 45 ? 0.0
                                 : m_age < 55 ? 0.3
                                 : m_age < 65 ? 0.5
                                              : 0.4;
        double logLevel = std::log(20000.0) + 0.75 * std::log(br.wealth) + 0.45 * (m_income - 2) + ageWealth +
                          kOccupations[m_occupation].wealth + 1.1 * r.normal();
        m_level = std::exp(logLevel);
        m_dormant = r.chance(0.10);
        if (m_dormant)
            m_level = r.uniform(20.0, 3000.0);
        else if (r.chance(0.03)) // the heavy tail: business owners, inheritances, property sales
            m_level *= std::min(3.0 * std::pow(r.uniformOpen(), -1.0 / 1.3), 100.0);

        const double w = m_level;
        std::fill(std::begin(m_hold), std::end(m_hold), false);
        std::fill(std::begin(m_weight), std::end(m_weight), 0.0);
        m_hold[Current] = true;
        m_weight[Current] = (0.25 + 0.25 * r.gamma(2.0)) * (w < 20000 ? 4.0 : 1.0);
        if (!m_dormant) {
            if (r.chance(w < 5000 ? 0.15 : 0.55 + (m_age > 50 ? 0.2 : 0.0))) {
                m_hold[Term] = true;
                m_weight[Term] = r.gamma(2.0) * (m_age > 50 ? 1.6 : 1.0) * (m_risk <= 2 ? 1.4 : 1.0);
            }
            if (w >= 30000 && r.chance(0.35 + (w > 200000 ? 0.3 : 0.0) + (m_risk >= 3 ? 0.15 : 0.0))) {
                m_hold[Wealth] = true;
                m_weight[Wealth] = r.gamma(2.0) * (0.6 + 0.2 * m_risk);
            }
            if (m_risk >= 2 && w >= 10000 && r.chance(0.15 + 0.08 * m_risk + (m_age < 45 ? 0.1 : 0.0))) {
                m_hold[Fund] = true;
                m_weight[Fund] = r.gamma(1.5) * 0.2 * m_risk;
            }
            if (m_age >= 25 && w >= 20000 && r.chance(0.12 + (m_income >= 3 ? 0.1 : 0.0))) {
                m_hold[Insurance] = true;
                m_weight[Insurance] = r.gamma(1.5) * 0.5;
            }
        }
        m_drift = 0.002 + 0.004 * r.normal();
        m_volatility = 0.02 + 0.03 * r.uniform();
    }

    // -------------------------------------------------------------------------- accounts and loans
    int addAccount(int product, int open, int close = -1)
    {
        if (m_accountCount >= kMaxAccounts)
            return -1;
        m_accounts[m_accountCount] = Account{product, open, close};
        return m_accountCount++;
    }

    int pickProduct(ProductType type, int maxRisk = 5)
    {
        const std::vector<int> &list = m_ctx.productsOfType[type];
        double w[16] = {};
        const int n = std::min(static_cast<int>(list.size()), 16);
        for (int i = 0; i < n; ++i) {
            const ProductDef &p = kProducts[list[static_cast<std::size_t>(i)]];
            w[i] = p.risk <= maxRisk ? p.weight : 0.0;
        }
        return list[static_cast<std::size_t>(m_rng.pick(w, n))];
    }

    int productIndex(const char *code) const
    {
        for (int i = 0; i < kProductCount; ++i)
            if (std::strcmp(kProducts[i].code, code) == 0)
                return i;
        return 0;
    }

    int dayBetween(int a, int b) { return b <= a ? a : a + m_rng.below(b - a + 1); }

    void loans()
    {
        Rng &r = m_rng;
        const BranchDef &br = kBranches[m_branch];
        const bool salaried = kOccupations[m_occupation].salaried;
        m_primary = addAccount(productIndex(salaried ? "CUR02" : "CUR01"), m_open);
        if (!m_dormant && r.chance(0.12)) {
            const int open = dayBetween(m_open, m_ctx.endDay);
            // A drifting customer closes a second account during the decline.
            const int close = m_churner && r.chance(0.5) ? dayBetween(std::max(open, m_churnDay), m_ctx.endDay) : -1;
            m_second = addAccount(productIndex("CUR01"), open, close);
        }
        // Old products that have been closed (matured deposits, redeemed wealth products).
        if (m_ctx.endDay - m_open > 800 && r.chance(0.3)) {
            const int product = pickProduct(r.chance(0.6) ? Term : Wealth, m_risk);
            const int term = std::max(3, kProducts[product].termMonths);
            const int open = dayBetween(m_open, addMonths(m_ctx.endDay, -term - 1));
            addAccount(product, open, std::min(addMonths(open, term), m_ctx.endDay));
        }

        if (m_dormant)
            return;
        const double mortgageP = m_age >= 25 && m_age <= 60
                                     ? std::clamp(0.10 + (m_rural ? 0.0 : 0.06) + 0.03 * (m_income - 2), 0.02, 0.35)
                                     : 0.0;
        if (r.chance(mortgageP)) {
            const int product = pickProduct(Mortgage);
            m_mortgageTerm = kProducts[product].termMonths;
            const int open = dayBetween(std::max(m_open, addMonths(m_ctx.endDay, -m_mortgageTerm * 9 / 10)), m_ctx.endDay);
            m_mortgagePrincipal = r.logNormal(900000.0 * std::sqrt(br.wealth), 0.5);
            m_mortgage = addAccount(product, open);
        }
        if (r.chance(0.07 + (m_age < 40 ? 0.05 : 0.0))) {
            const int product = pickProduct(ConsumerLoan);
            m_consumerTerm = kProducts[product].termMonths;
            const int open = dayBetween(std::max(m_open, addMonths(m_ctx.endDay, -m_consumerTerm * 9 / 10)), m_ctx.endDay);
            m_consumerPrincipal = r.logNormal(60000.0, 0.7);
            m_consumer = addAccount(product, open);
        }
        if (r.chance(std::clamp(0.25 + 0.08 * m_income - 0.004 * std::max(0, m_age - 50), 0.05, 0.8))) {
            const int product = productIndex(m_income >= 4 ? "CC02" : "CC01");
            m_card = addAccount(product, dayBetween(m_open, m_ctx.endDay));
            m_cardMedian = 2500.0 * (1 + m_income);
        }
    }

    // -------------------------------------------------------------------------- customers.csv
    void writeCustomer()
    {
        Rng &r = m_rng;
        const Texts &t = m_ctx.texts;
        std::string &s = m_out.text[CustomersFile];
        s += m_id;
        s += ',';
        const int surname = r.pick(m_ctx.surnameWeights, static_cast<int>(std::size(kSurnames)));
        s += t.surname[static_cast<std::size_t>(surname)];
        const std::vector<std::string> &given = m_male ? t.maleGiven : t.femaleGiven;
        const int n = static_cast<int>(given.size());
        s += given[static_cast<std::size_t>(r.below(n))];
        if (r.chance(m_age > 50 ? 0.55 : 0.8))
            s += given[static_cast<std::size_t>(r.below(n))];
        s += m_male ? ",M," : ",F,";
        appendDate(s, m_birth);
        s += ',';
        s += t.occupation[static_cast<std::size_t>(m_occupation)];
        s += ',';
        s += t.education[static_cast<std::size_t>(m_education)];
        s += ',';
        s += t.income[static_cast<std::size_t>(m_income)];
        s += ',';
        const BranchDef &br = kBranches[m_branch];
        s += br.id;
        s += ",RM";
        appendPadded(s, static_cast<std::uint64_t>(m_branch + 1), 2);
        // The wealthiest customers are looked after by the branch's two senior managers.
        const int rm = m_level >= 1000000 ? 1 + r.below(2) : 1 + r.below(br.rms);
        appendPadded(s, static_cast<std::uint64_t>(rm), 2);
        s += ',';
        appendDate(s, m_open);
        s += ',';
        appendUInt(s, static_cast<std::uint64_t>(m_risk));
        s += ',';
        const bool hasCredit = m_mortgage >= 0 || m_consumer >= 0 || m_card >= 0;
        if (hasCredit || r.chance(0.6)) {
            static const double kRatingWeights[] = {5, 15, 30, 28, 14, 6, 2};
            double w[7];
            for (int i = 0; i < 7; ++i)
                w[i] = kRatingWeights[i] * std::exp(-0.25 * (m_income - 2) * (i - 3));
            s += kRatings[r.pick(w, 7)];
        }
        s += ',';
        double cw[ChannelCount];
        channelWeights(cw);
        cw[Pos] = 0;
        s += kChannelNames[r.pick(cw, ChannelCount)];
        s += '\n';
    }

    // Young customers bank on their phones, old ones at the counter and the ATM.
    void channelWeights(double *w) const
    {
        static const double kYoung[ChannelCount] = {0.04, 0.20, 0.56, 0.08, 0.12};
        static const double kOld[ChannelCount] = {0.45, 0.05, 0.08, 0.27, 0.15};
        const double x = std::clamp((m_age - 30) / 40.0, 0.0, 1.0);
        for (int i = 0; i < ChannelCount; ++i)
            w[i] = (1 - x) * kYoung[i] + x * kOld[i];
    }

    // -------------------------------------------------------------------------- balances.csv
    void balances()
    {
        Rng &r = m_rng;
        std::string &s = m_out.text[BalancesFile];
        const bool grouped = m_ctx.grouped;
        double walk = 0;
        double churnFactor = 1;
        double noise[5] = {};
        for (int m = m_firstMonth; m < m_ctx.months; ++m) {
            if (m > m_firstMonth)
                walk += m_drift + m_volatility * r.normal();
            double aum = m_level * std::exp(walk);
            if (m_openMonth >= 0)
                aum *= 1.0 - std::exp(-(m - m_openMonth + 1) / 2.0); // money arrives over the first months
            if (m_churner && m >= m_churnMonth) {
                churnFactor *= r.uniform(0.55, 0.85);
                aum *= churnFactor;
            }
            double share[5];
            double total = 0;
            for (int c = 0; c < 5; ++c) {
                share[c] = 0;
                if (!m_hold[c])
                    continue;
                noise[c] = 0.85 * noise[c] + 0.12 * r.normal();
                share[c] = m_weight[c] * std::exp(noise[c] + (c == Current ? 0.15 * r.normal() : 0.0));
                total += share[c];
            }
            s += m_id;
            s += ',';
            s += m_ctx.monthKey[static_cast<std::size_t>(m)];
            for (int c = 0; c < 5; ++c) {
                const std::int64_t cents = m_hold[c] ? toCents(aum * share[c] / total) : 0;
                m_latest[c] = cents;
                s += ',';
                appendCents(s, cents, grouped);
            }
            s += ',';
            appendCents(s, loanCents(m), grouped);
            s += '\n';
        }
    }

    std::int64_t loanCents(int m)
    {
        const int monthEnd = m_ctx.monthStart[static_cast<std::size_t>(m) + 1] - 1;
        double loan = 0;
        const auto amortised = [&](int account, double principal, int term) {
            const int open = m_accounts[account].open;
            if (open > monthEnd)
                return 0.0;
            const double elapsed = (monthEnd - open) / 30.436875;
            return principal * std::max(0.0, 1.0 - elapsed / term);
        };
        if (m_mortgage >= 0)
            loan += amortised(m_mortgage, m_mortgagePrincipal, m_mortgageTerm);
        if (m_consumer >= 0)
            loan += amortised(m_consumer, m_consumerPrincipal, m_consumerTerm);
        if (m_card >= 0 && m_accounts[m_card].open <= monthEnd && m_rng.chance(0.8))
            loan += m_rng.logNormal(m_cardMedian, 0.8);
        return toCents(loan);
    }

    // -------------------------------------------------------------------------- holdings.csv
    // The latest month's term, wealth, fund and insurance balances split into 1–3 holdings each.
    void holdings()
    {
        Rng &r = m_rng;
        std::string &s = m_out.text[HoldingsFile];
        static const ProductType kTypes[] = {Term, Wealth, Fund, Insurance};
        for (ProductType type : kTypes) {
            const std::int64_t total = m_latest[type];
            if (total <= 0)
                continue;
            const int parts = total < 5000000 ? 1 : 1 + r.below(total < 50000000 ? 2 : 3);
            double w[3];
            double sum = 0;
            for (int i = 0; i < parts; ++i)
                sum += (w[i] = 0.2 + r.gamma(2.0));
            std::int64_t left = total;
            for (int i = 0; i < parts; ++i) {
                const std::int64_t cents = i + 1 == parts ? left : static_cast<std::int64_t>(total * (w[i] / sum));
                left -= cents;
                const int product = pickProduct(type, m_risk);
                const int term = kProducts[product].termMonths;
                int open, maturity = -1;
                if (term > 0) {
                    // Still running at the end of the window; short ones mature within 90 days.
                    open = dayBetween(std::max(m_open, addMonths(m_ctx.endDay, -term) + 1), m_ctx.endDay);
                    maturity = std::max(addMonths(open, term), m_ctx.endDay + 1);
                } else {
                    open = dayBetween(m_open, m_ctx.endDay);
                }
                const int account = addAccount(product, open);
                if (account < 0)
                    continue;
                s += m_id;
                s += ',';
                s += kProducts[product].code;
                s += ',';
                appendAccountNumber(s, account);
                s += ',';
                appendDate(s, open);
                s += ',';
                if (maturity >= 0)
                    appendDate(s, maturity);
                s += ',';
                appendCents(s, cents, m_ctx.grouped);
                s += '\n';
            }
        }
    }

    // -------------------------------------------------------------------------- accounts.csv
    void appendAccountNumber(std::string &s, int account) const
    {
        s += "6222";
        appendPadded(s, static_cast<std::uint64_t>(m_index) * kMaxAccounts + static_cast<std::uint64_t>(account), 12);
    }

    void writeAccounts()
    {
        std::string &s = m_out.text[AccountsFile];
        for (int i = 0; i < m_accountCount; ++i) {
            const Account &a = m_accounts[i];
            appendAccountNumber(s, i);
            s += ',';
            s += m_id;
            s += ',';
            s += kProducts[a.product].code;
            s += ',';
            appendDate(s, a.open);
            s += ',';
            if (a.close >= 0)
                appendDate(s, a.close);
            s += '\n';
        }
    }

    // -------------------------------------------------------------------------- transactions.csv
    // BG/NBD-like: while alive, transactions arrive at a gamma-distributed rate; after each one the
    // customer drops out with a beta-distributed probability. Amounts follow a gamma-gamma model.
    void transactions()
    {
        Rng &r = m_rng;
        std::string &s = m_out.text[TransactionsFile];
        const int start = std::max(m_open, m_ctx.windowStart);
        double ratePerMonth = r.gamma(1.3) * (1.05 / 1.3);
        if (m_dormant)
            ratePerMonth *= 0.15;
        const double dropout = r.beta(1.2, 14.0);
        const double spend = 220.0 * std::pow(std::max(m_level, 100.0) / 20000.0, 0.25) * r.gamma(4.0) / 4.0;
        const bool salaried = kOccupations[m_occupation].salaried;
        double channel[ChannelCount];
        channelWeights(channel);

        const double meanGap = 30.436875 / std::max(ratePerMonth, 1e-6);
        double t = start;
        int count = 0;
        for (;;) {
            t += r.exponential(meanGap);
            if (t >= m_ctx.endDay + 1.0 || count >= kMaxTxnPerCustomer)
                break;
            const int day = static_cast<int>(t);
            if (day >= m_churnDay && !r.chance(0.25)) // drifting away: most activity stops
                continue;
            writeTransaction(s, day, spend, salaried, channel);
            ++count;
            if (r.chance(dropout))
                break;
        }
        m_out.transactions += count;
    }

    bool usable(int account, int day) const
    {
        return account >= 0 && m_accounts[account].open <= day &&
               (m_accounts[account].close < 0 || m_accounts[account].close >= day);
    }

    void writeTransaction(std::string &s, int day, double spend, bool salaried, const double *channelBase)
    {
        Rng &r = m_rng;
        const bool canRepay = usable(m_mortgage, day) || usable(m_consumer, day) || usable(m_card, day);
        const double typeWeights[TxnTypeCount] = {0.14, 0.14, 0.14, 0.34, salaried ? 0.12 : 0.0, 0.05,
                                                  canRepay ? 0.07 : 0.0};
        const int type = r.pick(typeWeights, TxnTypeCount);
        const double base = spend * r.gamma(3.0) / 3.0;
        int account = m_primary;
        if (usable(m_second, day) && r.chance(0.2))
            account = m_second;
        double amount = 0;
        // Channels each type can use.
        bool allowed[ChannelCount] = {true, true, true, true, false};
        switch (type) {
        case Deposit:
            amount = base * 3;
            allowed[Online] = false;
            break;
        case Withdrawal:
            amount = -std::max(100.0, std::round(base * 2 / 100) * 100);
            allowed[Online] = allowed[Mobile] = false;
            break;
        case Transfer:
            amount = (r.chance(0.5) ? 4 : -4) * base;
            allowed[Atm] = false;
            break;
        case Purchase:
            amount = -base;
            allowed[Counter] = allowed[Atm] = false;
            allowed[Pos] = true;
            if (usable(m_card, day) && r.chance(0.6))
                account = m_card;
            break;
        case Salary:
            amount = kMonthlyIncome[m_income] * r.uniform(0.85, 1.15);
            allowed[Counter] = allowed[Atm] = allowed[Mobile] = false;
            break;
        case Fee: {
            static const double kFees[] = {2, 5, 10, 20, 50};
            amount = -kFees[r.below(5)];
            allowed[Atm] = false;
            break;
        }
        case Repayment: {
            const int loans[3] = {m_card, m_mortgage, m_consumer};
            for (int i = 0, k = r.below(3); i < 3; ++i, k = (k + 1) % 3)
                if (usable(loans[k], day)) {
                    account = loans[k];
                    break;
                }
            amount = account == m_mortgage ? -m_mortgagePrincipal / m_mortgageTerm * r.uniform(1.2, 1.5)
                     : account == m_consumer ? -m_consumerPrincipal / m_consumerTerm * r.uniform(1.05, 1.2)
                                             : -base * 2;
            allowed[Atm] = allowed[Pos] = false;
            break;
        }
        }
        double w[ChannelCount];
        for (int i = 0; i < ChannelCount; ++i)
            w[i] = allowed[i] ? channelBase[i] : 0.0;
        const int channel = r.pick(w, ChannelCount);

        s += 'T';
        s.append(static_cast<std::size_t>(m_ctx.txnWidth), '0'); // the writer numbers the rows
        s += ',';
        s += m_id;
        s += ',';
        appendAccountNumber(s, account);
        s += ',';
        appendDate(s, day);
        s += ',';
        appendCents(s, toCents(amount), false);
        s += ',';
        s += kChannelNames[channel];
        s += ',';
        s += kTxnTypeNames[type];
        s += '\n';
    }

    const Context &m_ctx;
    Chunk &m_out;
    Rng m_rng{0, 0};
    qint64 m_index = 0;
    std::string m_id;

    int m_branch = 0;
    bool m_rural = false;
    bool m_male = false;
    int m_age = 0;
    int m_birth = 0;
    int m_occupation = 0;
    int m_education = 0;
    int m_income = 0;
    int m_risk = 1;
    int m_open = 0;
    int m_openMonth = 0;
    int m_firstMonth = 0;
    bool m_churner = false;
    int m_churnMonth = 0;
    int m_churnDay = 0;

    double m_level = 0;
    bool m_dormant = false;
    bool m_hold[5] = {};
    double m_weight[5] = {};
    double m_drift = 0;
    double m_volatility = 0;
    std::int64_t m_latest[5] = {};

    Account m_accounts[kMaxAccounts] = {};
    int m_accountCount = 0;
    int m_primary = 0;
    int m_second = -1;
    int m_mortgage = -1;
    int m_consumer = -1;
    int m_card = -1;
    double m_mortgagePrincipal = 0;
    double m_consumerPrincipal = 0;
    int m_mortgageTerm = 1;
    int m_consumerTerm = 1;
    double m_cardMedian = 0;
};

void generateChunk(const Context &ctx, qint64 chunk, Chunk &out)
{
    out.clear();
    const qint64 first = chunk * kChunkCustomers;
    const qint64 last = std::min(first + kChunkCustomers, ctx.customers);
    const std::size_t n = static_cast<std::size_t>(last - first);
    out.text[CustomersFile].reserve(n * 110);
    out.text[AccountsFile].reserve(n * 260);
    out.text[BalancesFile].reserve(n * static_cast<std::size_t>(ctx.months) * 64);
    out.text[HoldingsFile].reserve(n * 90);
    out.text[TransactionsFile].reserve(n * 600);
    CustomerGenerator generator(ctx, out);
    for (qint64 i = first; i < last; ++i)
        generator.generate(i);
}

// ------------------------------------------------------------------------------------------------
// Setup: options → context, texts in the output encoding.

int digits(std::uint64_t v)
{
    int n = 1;
    while (v >= 10) {
        v /= 10;
        ++n;
    }
    return n;
}

Result<std::unique_ptr<Context>> makeContext(const GeneratorOptions &options)
{
    using H = GeneratorOptions::Headers;
    if (options.customers < 1 || options.customers > 999999999)
        return Error::badInput(Tr::tr("The number of customers must be between 1 and 999,999,999."));
    if (options.months < 1 || options.months > 600)
        return Error::badInput(Tr::tr("The number of months must be between 1 and 600."));
    if (!options.lastMonth.isValid() || options.lastMonth.year() < 1950 || options.lastMonth.year() > 2200)
        return Error::badInput(Tr::tr("The last month is not a valid month."));
    if (options.outDir.isEmpty())
        return Error::badInput(Tr::tr("No output folder was given."));
    if (options.encoding == Encoding::Big5 && options.headers == H::SimplifiedChinese)
        return Error::badInput(Tr::tr("Simplified Chinese headers cannot be written in Big5; "
                                      "use Traditional Chinese headers or another encoding."));

    auto ctx = std::make_unique<Context>();
    ctx->seed = options.seed;
    ctx->customers = options.customers;
    ctx->months = options.months;
    ctx->grouped = options.headers != H::English;
    ctx->idWidth = std::max(8, digits(static_cast<std::uint64_t>(options.customers)));
    ctx->txnWidth = std::max(9, digits(static_cast<std::uint64_t>(options.customers) * kMaxTxnPerCustomer));

    const int lastY = options.lastMonth.year();
    const int lastM = options.lastMonth.month();
    const int firstYm = lastY * 12 + (lastM - 1) - (options.months - 1);
    for (int i = 0; i <= options.months; ++i) {
        const int ym = firstYm + i;
        const int y = ym / 12;
        const int m = ym % 12 + 1;
        ctx->monthStart.push_back(daysFromCivil(y, m, 1));
        if (i < options.months) {
            std::string key;
            appendPadded(key, static_cast<std::uint64_t>(y), 4);
            key += '-';
            appendPadded(key, static_cast<std::uint64_t>(m), 2);
            ctx->monthKey.push_back(std::move(key));
        }
    }
    ctx->windowStart = ctx->monthStart.front();
    ctx->endDay = ctx->monthStart.back() - 1;

    for (int i = 0; i < kBranchCount; ++i)
        ctx->branchWeights[i] = kBranches[i].weight;
    for (std::size_t i = 0; i < std::size(kSurnames); ++i)
        ctx->surnameWeights[i] = kSurnames[i].weight;
    for (int i = 0; i < kProductCount; ++i)
        ctx->productsOfType[kProducts[i].type].push_back(i);

    Encoder encode(options.encoding);
    if (!encode.ok())
        return Error::internal(Tr::tr("This system cannot convert text to %1.").arg(encodingName(options.encoding)));
    const bool traditional = options.encoding == Encoding::Big5 || options.headers == H::TraditionalChinese;
    const auto zh = [&](const Zh &z) { return encode(traditional ? z.t : z.s); };
    Texts &t = ctx->texts;
    const int headerSet = options.headers == H::English ? 0 : options.headers == H::SimplifiedChinese ? 1 : 2;
    for (int f = 0; f < FileCount; ++f)
        t.headers[f] = encode(kHeaders[headerSet][f]);
    for (const BranchDef &b : kBranches) {
        t.branchName.push_back(zh(b.name));
        t.city.push_back(zh(b.city));
        t.region.push_back(zh(b.region));
    }
    for (const ProductDef &p : kProducts)
        t.productName.push_back(zh(p.name));
    for (const SurnameDef &s : kSurnames)
        t.surname.push_back(zh(s.name));
    for (const Zh &g : kMaleGiven)
        t.maleGiven.push_back(zh(g));
    for (const Zh &g : kFemaleGiven)
        t.femaleGiven.push_back(zh(g));
    for (const OccupationDef &o : kOccupations)
        t.occupation.push_back(zh(o.name));
    for (const Zh &e : kEducation)
        t.education.push_back(zh(e));
    for (const Zh &i : kIncomeBands)
        t.income.push_back(zh(i));
    if (!encode.failed().isEmpty())
        return Error::internal(Tr::tr("The text \"%1\" cannot be written in %2.")
                                   .arg(encode.failed(), encodingName(options.encoding)));
    return Result<std::unique_ptr<Context>>(std::move(ctx));
}

std::string branchesText(const Context &ctx)
{
    std::string s = ctx.texts.headers[BranchesFile] + '\n';
    for (int i = 0; i < kBranchCount; ++i) {
        const auto at = static_cast<std::size_t>(i);
        s += kBranches[i].id;
        s += ',';
        s += ctx.texts.branchName[at];
        s += ',';
        s += ctx.texts.city[at];
        s += ',';
        s += ctx.texts.region[at];
        s += ',';
        s += kBranches[i].type;
        s += '\n';
    }
    return s;
}

std::string productsText(const Context &ctx)
{
    std::string s = ctx.texts.headers[ProductsFile] + '\n';
    for (int i = 0; i < kProductCount; ++i) {
        const ProductDef &p = kProducts[i];
        s += p.code;
        s += ',';
        s += ctx.texts.productName[static_cast<std::size_t>(i)];
        s += ',';
        s += kProductTypeNames[p.type];
        s += ',';
        appendUInt(s, static_cast<std::uint64_t>(p.risk));
        s += ',';
        appendUInt(s, static_cast<std::uint64_t>(p.marginBps));
        s += ',';
        appendUInt(s, static_cast<std::uint64_t>(p.termMonths));
        s += '\n';
    }
    return s;
}

// Writes the rows' transaction numbers (fixed width after the leading 'T') in place.
void numberTransactions(std::string &text, qint64 firstNumber, int width)
{
    char *p = text.data();
    char *const end = p + text.size();
    qint64 number = firstNumber;
    while (p < end) {
        std::uint64_t v = static_cast<std::uint64_t>(number++);
        for (int i = width; i >= 1; --i) {
            p[i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        char *const eol = static_cast<char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        p = eol ? eol + 1 : end;
    }
}

// ------------------------------------------------------------------------------------------------
// Output files: written as "<name>.part", renamed when everything succeeded, removed otherwise.

class OutputFiles
{
public:
    explicit OutputFiles(const QString &dir) : m_dir(dir) {}
    ~OutputFiles() { discard(); }
    OutputFiles(const OutputFiles &) = delete;
    OutputFiles &operator=(const OutputFiles &) = delete;

    Status open()
    {
        for (int f = 0; f < FileCount; ++f) {
            m_files[f] = std::fopen(QFile::encodeName(partPath(f)).constData(), "wb");
            if (!m_files[f])
                return Error::io(Tr::tr("Cannot create %1: %2")
                                     .arg(QDir::toNativeSeparators(partPath(f)), QString::fromLocal8Bit(std::strerror(errno))));
        }
        return {};
    }

    Status write(int f, const std::string &data)
    {
        if (!data.empty() && std::fwrite(data.data(), 1, data.size(), m_files[f]) != data.size())
            return writeError(f);
        return {};
    }

    Status commit()
    {
        for (int f = 0; f < FileCount; ++f) {
            const bool ok = std::fclose(m_files[f]) == 0;
            m_files[f] = nullptr;
            if (!ok)
                return writeError(f);
        }
        for (int f = 0; f < FileCount; ++f) {
            const QString target = finalPath(f);
            QFile::remove(target);
            if (!QFile::rename(partPath(f), target))
                return Error::io(Tr::tr("Cannot rename %1 to %2.")
                                     .arg(QDir::toNativeSeparators(partPath(f)), QDir::toNativeSeparators(target)));
        }
        m_committed = true;
        return {};
    }

    void discard()
    {
        for (int f = 0; f < FileCount; ++f) {
            if (m_files[f]) {
                std::fclose(m_files[f]);
                m_files[f] = nullptr;
            }
            if (!m_committed)
                QFile::remove(partPath(f));
        }
    }

private:
    QString finalPath(int f) const { return QDir(m_dir).filePath(QString::fromLatin1(kFileNames[f])); }
    QString partPath(int f) const { return finalPath(f) + QStringLiteral(".part"); }
    Error writeError(int f) const
    {
        return Error::io(Tr::tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(finalPath(f)), QString::fromLocal8Bit(std::strerror(errno))));
    }

    QString m_dir;
    std::FILE *m_files[FileCount] = {};
    bool m_committed = false;
};

// ------------------------------------------------------------------------------------------------
// Chunks are generated on worker threads and written in order by the calling thread.

class Pipeline
{
public:
    Pipeline(const Context &ctx, int workers)
        : m_ctx(ctx), m_chunkCount((ctx.customers + kChunkCustomers - 1) / kChunkCustomers),
          m_window(2 * workers + 2), m_slots(static_cast<std::size_t>(m_window))
    {
        for (int i = 0; i < workers; ++i)
            m_threads.emplace_back([this] { work(); });
    }
    ~Pipeline() { stop(); }
    Pipeline(const Pipeline &) = delete;
    Pipeline &operator=(const Pipeline &) = delete;

    qint64 chunkCount() const { return m_chunkCount; }

    // The next chunk in order, or null if a worker failed.
    std::unique_ptr<Chunk> take(qint64 k)
    {
        std::unique_lock lock(m_mutex);
        std::unique_ptr<Chunk> &slot = m_slots[static_cast<std::size_t>(k % m_window)];
        m_readyCv.wait(lock, [&] { return m_failed || slot; });
        if (m_failed)
            return nullptr;
        m_nextToWrite = k + 1;
        std::unique_ptr<Chunk> chunk = std::move(slot);
        lock.unlock();
        m_spaceCv.notify_all();
        return chunk;
    }

    void recycle(std::unique_ptr<Chunk> chunk)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(chunk));
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_spaceCv.notify_all();
        for (std::thread &t : m_threads)
            t.join();
        m_threads.clear();
    }

private:
    void work()
    {
        for (;;) {
            qint64 k;
            std::unique_ptr<Chunk> chunk;
            {
                std::unique_lock lock(m_mutex);
                m_spaceCv.wait(lock, [&] {
                    return m_stop || m_nextToTake >= m_chunkCount || m_nextToTake < m_nextToWrite + m_window;
                });
                if (m_stop || m_nextToTake >= m_chunkCount)
                    return;
                k = m_nextToTake++;
                if (!m_free.empty()) {
                    chunk = std::move(m_free.back());
                    m_free.pop_back();
                }
            }
            try {
                if (!chunk)
                    chunk = std::make_unique<Chunk>();
                generateChunk(m_ctx, k, *chunk);
            } catch (...) { // out of memory: report instead of terminating
                std::lock_guard lock(m_mutex);
                m_failed = true;
                m_readyCv.notify_all();
                return;
            }
            {
                std::lock_guard lock(m_mutex);
                m_slots[static_cast<std::size_t>(k % m_window)] = std::move(chunk);
            }
            m_readyCv.notify_all();
        }
    }

    const Context &m_ctx;
    const qint64 m_chunkCount;
    const qint64 m_window;
    std::vector<std::unique_ptr<Chunk>> m_slots;
    std::vector<std::unique_ptr<Chunk>> m_free;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_readyCv;
    std::condition_variable m_spaceCv;
    qint64 m_nextToTake = 0;
    qint64 m_nextToWrite = 0;
    bool m_stop = false;
    bool m_failed = false;
};

} // namespace

Status generateBook(const GeneratorOptions &options, jobs::Progress &progress)
{
    Result<std::unique_ptr<Context>> made = makeContext(options);
    if (!made)
        return made.error();
    const Context &ctx = **made;

    const QString text = Tr::tr("Generating customers");
    const Error cancelled = Error::cancelled(Tr::tr("Generation cancelled."));
    if (!progress.report(0, ctx.customers, text))
        return cancelled;
    if (!QDir().mkpath(options.outDir))
        return Error::io(Tr::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(options.outDir)));

    OutputFiles files(options.outDir);
    if (Status s = files.open(); !s)
        return s;
    for (int f = CustomersFile; f < FileCount; ++f)
        if (Status s = files.write(f, ctx.texts.headers[f] + '\n'); !s)
            return s;
    if (Status s = files.write(BranchesFile, branchesText(ctx)); !s)
        return s;
    if (Status s = files.write(ProductsFile, productsText(ctx)); !s)
        return s;

    const int workers = static_cast<int>(std::clamp<qint64>(
        std::min<qint64>(std::max(1u, std::thread::hardware_concurrency()), 2),
        1, (ctx.customers + kChunkCustomers - 1) / kChunkCustomers));
    Pipeline pipeline(ctx, workers);
    qint64 nextTxn = 1;
    for (qint64 k = 0; k < pipeline.chunkCount(); ++k) {
        std::unique_ptr<Chunk> chunk = pipeline.take(k);
        if (!chunk)
            return Error::internal(Tr::tr("Out of memory while generating customers."));
        numberTransactions(chunk->text[TransactionsFile], nextTxn, ctx.txnWidth);
        nextTxn += chunk->transactions;
        for (int f = CustomersFile; f < FileCount; ++f)
            if (Status s = files.write(f, chunk->text[f]); !s)
                return s;
        pipeline.recycle(std::move(chunk));
        if (!progress.report(std::min((k + 1) * kChunkCustomers, ctx.customers), ctx.customers, text))
            return cancelled;
    }
    pipeline.stop();
    return files.commit();
}

} // namespace tierwise::ingest
