#include "brief/briefblocks.h"

#include "analytics/bookview.h"
#include "brief/briefcanvas.h"
#include "brief/briefcharts.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Every string of the printed brief is in this one context (briefrenderer.cpp uses it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::BriefRenderer)
};

} // namespace

namespace tierwise {

using namespace analytics;
namespace charts = briefcharts;

namespace {

constexpr double kRow = 12.5;
constexpr double kHeader = 15;
constexpr double kSubheading = 17;
constexpr double kGap = 6;

struct Column
{
    QString title;
    double width = 0; // 0: the rest of the table's width
    int align = Qt::AlignLeft;
};

double tableHeight(std::size_t rows)
{
    return kHeader + double(rows) * kRow + 2;
}

// A table from `rect`'s top left; swatches (optional, per row) are drawn before the first cell.
void drawTable(const BriefCanvas &canvas, const QRectF &rect, std::vector<Column> columns,
               const std::vector<QStringList> &rows, const std::vector<QColor> &swatches = {}, bool boldLast = false)
{
    double fixed = 0;
    int flexible = 0;
    for (const Column &c : columns) {
        fixed += c.width;
        flexible += c.width <= 0;
    }
    for (Column &c : columns)
        if (c.width <= 0)
            c.width = std::max(20.0, (rect.width() - fixed) / std::max(flexible, 1));
    QPainter *p = canvas.painter();
    const QFont headerFont = BriefCanvas::font(6.8, true);
    const QFont cellFont = BriefCanvas::font(7.5);
    const QFont boldFont = BriefCanvas::font(7.5, true);
    double x = rect.left();
    for (const Column &c : columns) {
        canvas.text(QRectF(x + 3, rect.top(), c.width - 6, kHeader - 2), c.align | Qt::AlignBottom,
                    canvas.elided(c.title, headerFont, c.width - 6), headerFont, charts::mutedColor());
        x += c.width;
    }
    if (p) {
        p->save();
        p->setPen(QPen(charts::ruleColor(), 0.6));
        p->drawLine(QPointF(rect.left(), rect.top() + kHeader), QPointF(rect.right(), rect.top() + kHeader));
        p->restore();
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const double y = rect.top() + kHeader + double(r) * kRow;
        const bool bold = boldLast && r + 1 == rows.size();
        if (p && (r % 2 == 1 || bold)) {
            p->save();
            p->setPen(Qt::NoPen);
            p->setBrush(bold ? QColor(0xEE, 0xEE, 0xEE) : QColor(0xF7, 0xF7, 0xF7));
            p->drawRect(QRectF(rect.left(), y, rect.width(), kRow));
            p->restore();
        }
        x = rect.left();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            double inset = 3;
            if (c == 0 && r < swatches.size() && swatches[r].isValid()) {
                if (p) {
                    p->save();
                    p->setPen(Qt::NoPen);
                    p->setBrush(swatches[r]);
                    p->drawRect(QRectF(x + 3, y + kRow / 2 - 3, 6, 6));
                    p->restore();
                }
                inset = 12;
            }
            const QString cell = rows[r].value(int(c));
            const QFont &f = bold ? boldFont : cellFont;
            canvas.text(QRectF(x + inset, y, columns[c].width - inset - 3, kRow), columns[c].align | Qt::AlignVCenter,
                        canvas.elided(cell, f, columns[c].width - inset - 3), f, charts::textColor());
            x += columns[c].width;
        }
    }
}

void subheading(const BriefCanvas &canvas, const QRectF &rect, const QString &text)
{
    canvas.text(QRectF(rect.left(), rect.top(), rect.width(), kSubheading - 3), Qt::AlignLeft | Qt::AlignVCenter, text,
                BriefCanvas::font(10, true), charts::textColor());
}

void caption(const BriefCanvas &canvas, const QRectF &rect, const QString &text)
{
    canvas.text(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, BriefCanvas::font(6.5), charts::mutedColor());
}

double share(double part, double whole)
{
    return whole > 0 ? part / whole : std::numeric_limits<double>::quiet_NaN();
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : std::numeric_limits<double>::quiet_NaN();
}

QString noClvText()
{
    return Tr::tr("No data — run the lifetime value analysis (Analyze ▸ Lifetime Value, or tierwise-cli clv).");
}

} // namespace

QString briefAgeBandName(BriefAgeBand band)
{
    switch (band) {
    case BriefAgeBand::Under25: return Tr::tr("Under 25");
    case BriefAgeBand::From25: return Tr::tr("25–34");
    case BriefAgeBand::From35: return Tr::tr("35–44");
    case BriefAgeBand::From45: return Tr::tr("45–54");
    case BriefAgeBand::From55: return Tr::tr("55–64");
    case BriefAgeBand::From65: return Tr::tr("65 and over");
    case BriefAgeBand::Unknown:
    case BriefAgeBand::Count_: break;
    }
    return Tr::tr("Unknown");
}

QString briefChannelName(std::size_t channel)
{
    switch (channel) {
    case std::size_t(Channel::Counter): return Tr::tr("Counter");
    case std::size_t(Channel::Online): return Tr::tr("Online banking");
    case std::size_t(Channel::Mobile): return Tr::tr("Mobile banking");
    case std::size_t(Channel::Atm): return Tr::tr("ATM");
    case std::size_t(Channel::Pos): return Tr::tr("POS");
    case std::size_t(Channel::Other): return Tr::tr("Other");
    default: break;
    }
    return Tr::tr("No transactions");
}

QString briefFamilyName(ProductFamily family)
{
    switch (family) {
    case ProductFamily::Deposit: return Tr::tr("Deposits");
    case ProductFamily::Wealth: return Tr::tr("Wealth products");
    case ProductFamily::Fund: return Tr::tr("Funds");
    case ProductFamily::Insurance: return Tr::tr("Insurance");
    case ProductFamily::CreditCard: return Tr::tr("Credit cards");
    case ProductFamily::Loan: return Tr::tr("Loans");
    case ProductFamily::Count_: break;
    }
    return {};
}

QString briefProductTypeName(ProductType type)
{
    switch (type) {
    case ProductType::Current: return Tr::tr("Current account");
    case ProductType::Term: return Tr::tr("Term deposit");
    case ProductType::Wealth: return Tr::tr("Wealth product");
    case ProductType::Fund: return Tr::tr("Fund");
    case ProductType::Insurance: return Tr::tr("Insurance");
    case ProductType::CreditCard: return Tr::tr("Credit card");
    case ProductType::ConsumerLoan: return Tr::tr("Consumer loan");
    case ProductType::Mortgage: return Tr::tr("Mortgage");
    case ProductType::BusinessLoan: return Tr::tr("Business loan");
    case ProductType::Other:
    case ProductType::Count_: break;
    }
    return Tr::tr("Other");
}

BriefBlocks::BriefBlocks(const BriefData &data, const BriefFormat &format, const BriefCanvas &measure, double width)
    : m_data(data), m_format(format), m_measure(measure), m_width(width)
{
}

std::vector<BriefBlock> BriefBlocks::build() const
{
    std::vector<BriefBlock> out;
    summary(out);
    for (std::size_t i = 0; i < m_data.segments.size(); ++i)
        segment(i, out);
    notes(out);
    return out;
}

BriefBlock BriefBlocks::paragraph(const QString &text, double points, bool muted) const
{
    BriefBlock b;
    const QFont f = BriefCanvas::font(points);
    b.height = m_measure.wrappedHeight(text, f, m_width) + 2;
    b.paint = [text, f, muted](const BriefCanvas &canvas, const QRectF &rect) {
        canvas.text(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, f,
                    muted ? charts::mutedColor() : charts::textColor());
    };
    return b;
}

void BriefBlocks::summary(std::vector<BriefBlock> &out) const
{
    const BriefData &d = m_data;
    const BriefFormat fmt = m_format;
    BriefBlock heading;
    heading.newPage = true;
    heading.height = 30;
    heading.contentsLevel = 0;
    heading.contentsTitle = Tr::tr("Summary");
    heading.paint = [title = heading.contentsTitle](const BriefCanvas &canvas, const QRectF &rect) {
        canvas.text(rect, Qt::AlignLeft | Qt::AlignTop, title, BriefCanvas::font(16, true), charts::textColor());
    };
    out.push_back(heading);

    qint64 inBrief = 0;
    double aumInBrief = 0;
    for (const BriefSegment &s : d.segments) {
        inBrief += s.customers;
        aumInBrief += s.aum;
    }
    const QString scope = d.branch.isEmpty() ? Tr::tr("the whole book") : Tr::tr("branch %1").arg(d.branch);
    out.push_back(paragraph(Tr::tr("%1 customers in %2 hold %3 of AUM (assets under management) and bring %4 of margin "
                                   "lifetime value, as of %5. The %6 segments of this brief (%7) hold %8 of these "
                                   "customers and %9 of the AUM.")
                                .arg(fmt.count(d.customers), scope, fmt.money(d.aum),
                                     d.clvRunId ? fmt.money(d.marginClv) : QStringLiteral("—"), d.asOf)
                                .arg(d.segments.size())
                                .arg(briefSegmentationTitle(d), fmt.percent(share(inBrief, d.customers)),
                                     fmt.percent(share(aumInBrief, d.aum)))));

    // The table of segments.
    BriefBlock table;
    const std::size_t rows = d.segments.size() + 1;
    table.height = kSubheading + tableHeight(rows) + kGap;
    table.paint = [&d, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Segments"));
        std::vector<QStringList> cells;
        std::vector<QColor> swatches;
        qint64 customers = 0;
        double aum = 0, clv = 0;
        for (const BriefSegment &s : d.segments) {
            cells.push_back({briefSegmentName(d, s), fmt.count(s.customers), fmt.percent(share(s.customers, d.customers)),
                             fmt.money(s.aum), fmt.percent(share(s.aum, d.aum)),
                             d.clvRunId ? fmt.percent(share(s.marginClv, d.marginClv)) : QStringLiteral("—"),
                             fmt.percent(s.averagePAlive)});
            swatches.push_back(charts::segmentColor(s.colorIndex));
            customers += s.customers;
            aum += s.aum;
            clv += s.marginClv;
        }
        cells.push_back({Tr::tr("These segments"), fmt.count(customers), fmt.percent(share(customers, d.customers)),
                         fmt.money(aum), fmt.percent(share(aum, d.aum)),
                         d.clvRunId ? fmt.percent(share(clv, d.marginClv)) : QStringLiteral("—"), QString()});
        const int right = Qt::AlignRight;
        drawTable(canvas, rect.adjusted(0, kSubheading, 0, 0),
                  {{Tr::tr("Segment"), 0}, {Tr::tr("Customers"), 50, right}, {Tr::tr("Customer share"), 60, right},
                   {Tr::tr("AUM"), 50, right}, {Tr::tr("AUM share"), 46, right}, {Tr::tr("Margin CLV share"), 64, right},
                   {Tr::tr("Avg. P(alive)"), 54, right}},
                  cells, swatches, true);
    };
    out.push_back(table);

    BriefBlock bars;
    bars.height = kSubheading + charts::shareBarsHeight(int(d.segments.size()), d.clvRunId ? 3 : 2) + kGap;
    bars.paint = [&d, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Shares by segment"));
        QStringList names;
        std::vector<charts::ShareSeries> series(d.clvRunId ? 3 : 2);
        series[0] = {Tr::tr("Customers"), QColor(0xA8, 0xA8, 0xA8), {}};
        series[1] = {Tr::tr("AUM"), QColor(0x00, 0x72, 0xB2), {}};
        if (d.clvRunId)
            series[2] = {Tr::tr("Margin CLV"), QColor(0xE6, 0x9F, 0x00), {}};
        for (const BriefSegment &s : d.segments) {
            names << briefSegmentName(d, s);
            series[0].values.push_back(share(s.customers, d.customers));
            series[1].values.push_back(share(s.aum, d.aum));
            if (d.clvRunId)
                series[2].values.push_back(share(s.marginClv, d.marginClv));
        }
        charts::shareBars(canvas, rect.adjusted(0, kSubheading, 0, -kGap), names, series, fmt);
    };
    out.push_back(bars);

    BriefBlock pareto;
    pareto.height = kSubheading + 190 + kGap;
    pareto.paint = [&d, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Concentration of AUM (Pareto)"));
        const QRectF chart(rect.left(), rect.top() + kSubheading, 230, 186);
        charts::lorenz(canvas, chart, d.lorenzX, d.lorenzY, d.top20Share, Tr::tr("Share of customers, largest first"),
                       Tr::tr("Share of AUM"), fmt);
        const QRectF text(chart.right() + 18, chart.top() + 10, rect.right() - chart.right() - 18, chart.height() - 10);
        const QFont big = BriefCanvas::font(20, true);
        const QFont label = BriefCanvas::font(8.5);
        double y = text.top();
        const auto figure = [&](const QString &value, const QString &what) {
            canvas.text(QRectF(text.left(), y, text.width(), 26), Qt::AlignLeft | Qt::AlignVCenter, value, big,
                        QColor(0xD5, 0x5E, 0x00));
            y += 26;
            const double h = canvas.wrappedHeight(what, label, text.width());
            canvas.text(QRectF(text.left(), y, text.width(), h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, what, label,
                        charts::textColor());
            y += h + 14;
        };
        figure(fmt.percent(d.top20Share), Tr::tr("of the AUM is held by the top 20 % of customers."));
        figure(fmt.decimal(d.gini, 2), Tr::tr("Gini coefficient of AUM: 0 when every customer holds the same, "
                                              "near 1 when a few hold nearly everything."));
    };
    out.push_back(pareto);
}

void BriefBlocks::segment(std::size_t index, std::vector<BriefBlock> &out) const
{
    const BriefData &d = m_data;
    const BriefSegment &s = d.segments[index];
    const BriefFormat fmt = m_format;
    const QColor color = charts::segmentColor(s.colorIndex);
    const QString name = briefSegmentName(d, s);

    BriefBlock heading;
    heading.newPage = true;
    heading.height = 40;
    heading.contentsLevel = 1;
    heading.contentsTitle = QStringLiteral("%1  %2").arg(index + 1).arg(name);
    heading.paint = [&d, &s, fmt, color, title = heading.contentsTitle](const BriefCanvas &canvas, const QRectF &rect) {
        if (QPainter *p = canvas.painter()) {
            p->save();
            p->setPen(Qt::NoPen);
            p->setBrush(color);
            p->drawRect(QRectF(rect.left(), rect.top() + 3, 5, 22));
            p->restore();
        }
        canvas.text(QRectF(rect.left() + 12, rect.top(), rect.width() - 12, 28), Qt::AlignLeft | Qt::AlignVCenter,
                    canvas.elided(title, BriefCanvas::font(16, true), rect.width() - 12), BriefCanvas::font(16, true),
                    charts::textColor());
        canvas.text(QRectF(rect.left() + 12, rect.top() + 27, rect.width() - 12, 12), Qt::AlignLeft | Qt::AlignVCenter,
                    Tr::tr("%1 · key %2").arg(briefSegmentationTitle(d), s.key), BriefCanvas::font(7.5), charts::mutedColor());
    };
    out.push_back(heading);

    // Key figures: two rows of four cards.
    BriefBlock figures;
    figures.height = 2 * 44 + 8 + kGap;
    figures.paint = [&d, &s, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        const bool clv = d.clvRunId != 0;
        const struct
        {
            QString label, value, note;
        } cards[] = {
            {Tr::tr("Customers"), fmt.count(s.customers), Tr::tr("%1 of the customers").arg(fmt.percent(share(s.customers, d.customers)))},
            {Tr::tr("AUM"), fmt.money(s.aum), Tr::tr("%1 of the AUM").arg(fmt.percent(share(s.aum, d.aum)))},
            {Tr::tr("Average AUM"), fmt.money(s.averageAum()),
             Tr::tr("all customers: %1").arg(fmt.money(d.customers ? d.aum / double(d.customers) : 0.0))},
            {Tr::tr("AUM share"), fmt.percent(share(s.aum, d.aum)), Tr::tr("of the AUM in the brief's scope")},
            {Tr::tr("Margin CLV share"), clv ? fmt.percent(share(s.marginClv, d.marginClv)) : QStringLiteral("—"),
             clv ? Tr::tr("margin CLV %1").arg(fmt.money(s.marginClv)) : Tr::tr("no lifetime value run")},
            {Tr::tr("Average P(alive)"), fmt.percent(s.averagePAlive), Tr::tr("all customers: %1").arg(fmt.percent(d.averagePAlive))},
            {Tr::tr("Customers with warnings"), clv ? fmt.count(s.warnedCustomers) : QStringLiteral("—"),
             clv ? Tr::tr("%1 of the segment").arg(fmt.percent(share(s.warnedCustomers, s.customers))) : QString()},
            {Tr::tr("Share of customers"), fmt.percent(share(s.customers, d.customers)),
             Tr::tr("of %1 customers").arg(fmt.count(d.customers))},
        };
        const double w = (rect.width() - 3 * 8) / 4;
        for (int i = 0; i < 8; ++i) {
            const QRectF card(rect.left() + (i % 4) * (w + 8), rect.top() + (i / 4) * 52, w, 44);
            if (QPainter *p = canvas.painter()) {
                p->save();
                p->setPen(Qt::NoPen);
                p->setBrush(QColor(0xF4, 0xF6, 0xF8));
                p->drawRect(card);
                p->restore();
            }
            const QRectF in = card.adjusted(7, 4, -5, -3);
            canvas.text(QRectF(in.left(), in.top(), in.width(), 10), Qt::AlignLeft | Qt::AlignVCenter,
                        canvas.elided(cards[i].label, BriefCanvas::font(6.8), in.width()), BriefCanvas::font(6.8),
                        charts::mutedColor());
            canvas.text(QRectF(in.left(), in.top() + 10, in.width(), 20), Qt::AlignLeft | Qt::AlignVCenter, cards[i].value,
                        BriefCanvas::font(13, true), charts::textColor());
            canvas.text(QRectF(in.left(), in.top() + 29, in.width(), 9), Qt::AlignLeft | Qt::AlignVCenter,
                        canvas.elided(cards[i].note, BriefCanvas::font(6.2), in.width()), BriefCanvas::font(6.2),
                        charts::mutedColor());
        }
    };
    out.push_back(figures);

    // The segment map beside the two distributions.
    BriefBlock maps;
    maps.height = kSubheading + 232 + kGap;
    maps.paint = [&d, &s, fmt, color](const BriefCanvas &canvas, const QRectF &rect) {
        const double half = (rect.width() - 16) / 2;
        const QRectF left(rect.left(), rect.top(), half, rect.height());
        const QRectF right(rect.left() + half + 16, rect.top(), half, rect.height());
        subheading(canvas, left, Tr::tr("Segment map"));
        subheading(canvas, right, Tr::tr("Distributions"));
        const QRectF map(left.left(), left.top() + kSubheading, half, 200);
        if (!d.clvRunId) {
            charts::emptyState(canvas, map, noClvText());
        } else {
            charts::densityMap(canvas, map, d.mapAxes, d.bookMap, s.map, color, Tr::tr("AUM (log scale)"),
                               Tr::tr("Margin CLV (log scale)"), fmt);
            caption(canvas, QRectF(map.left(), map.bottom() + 3, half, 28),
                    Tr::tr("Grey: all customers; colour: this segment. Not on the map: %1 of its customers with AUM "
                           "or margin CLV below 1.").arg(fmt.count(s.map.hidden)));
        }
        const QRectF aum(right.left(), right.top() + kSubheading, half, 100);
        const QRectF clv(right.left(), aum.bottom() + 8, half, 100);
        charts::histogram(canvas, aum, s.aumHistogram, color, Tr::tr("AUM"), Tr::tr("Customers"), fmt);
        if (d.clvRunId)
            charts::histogram(canvas, clv, s.clvHistogram, color, Tr::tr("Margin CLV"), Tr::tr("Customers"), fmt);
        else
            charts::emptyState(canvas, clv, noClvText());
        caption(canvas, QRectF(right.left(), clv.bottom() + 3, half, 28),
                Tr::tr("Dashed line: the median (AUM %1, margin CLV %2). Not shown: %3 customers with AUM below 1, %4 "
                       "with margin CLV below 1 or none.")
                    .arg(fmt.money(s.aumHistogram.median), fmt.money(s.clvHistogram.median),
                         fmt.count(s.aumHistogram.belowOne + s.aumHistogram.missing),
                         fmt.count(s.clvHistogram.belowOne + s.clvHistogram.missing)));
    };
    out.push_back(maps);

    BriefBlock cohort;
    cohort.height = kSubheading + 14 + 130 + 20 + kGap;
    cohort.paint = [&d, &s, fmt, color, name](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Cohort retention"));
        const double y = rect.top() + kSubheading;
        charts::legend(canvas, QRectF(rect.left(), y, rect.width(), 12),
                       {{color, name}, {charts::mutedColor(), Tr::tr("All customers")}}, true);
        const QRectF chart(rect.left(), y + 14, rect.width(), 130);
        bool any = false;
        for (double v : s.activeCurve)
            any = any || std::isfinite(v);
        if (!any)
            charts::emptyState(canvas, chart, Tr::tr("No customers of this segment were acquired within the history."));
        else
            charts::curves(canvas, chart, s.activeCurve, d.bookActiveCurve, color, Tr::tr("Months since acquisition"),
                           Tr::tr("Active"), fmt);
        caption(canvas, QRectF(rect.left(), chart.bottom() + 3, rect.width(), 18),
                Tr::tr("The share of customers with an active transaction in each month since they were acquired, "
                       "averaged over the monthly cohorts (weighted by their size)."));
    };
    out.push_back(cohort);

    profile(index, out);
    warnings(index, out);
    strategy(index, out);
}

void BriefBlocks::profile(std::size_t index, std::vector<BriefBlock> &out) const
{
    const BriefData &d = m_data;
    const BriefSegment &s = d.segments[index];
    const BriefFormat fmt = m_format;
    BriefBlock b;
    b.height = kSubheading + 12 + kHeader + 7 * kRow + 4 + kGap;
    b.paint = [&d, &s, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Typical profile"));
        const QColor color = charts::segmentColor(s.colorIndex);
        const double w = (rect.width() - 2 * 14) / 3;
        const auto panel = [&](int column, const QString &title, const std::vector<std::pair<QString, std::pair<qint64, qint64>>> &rows) {
            const QRectF r(rect.left() + column * (w + 14), rect.top() + kSubheading, w, rect.height() - kSubheading);
            canvas.text(QRectF(r.left(), r.top(), w, 12), Qt::AlignLeft | Qt::AlignVCenter, title, BriefCanvas::font(8, true),
                        charts::textColor());
            std::vector<QStringList> cells;
            for (const auto &[label, counts] : rows)
                cells.push_back({label, QString(), fmt.percent(share(counts.first, s.profile.customers), 0),
                                 fmt.percent(share(counts.second, d.bookProfile.customers), 0)});
            const QRectF table(r.left(), r.top() + 12, w, r.height() - 12);
            const double labelWidth = w - 28 - 38 - 26;
            drawTable(canvas, table,
                      {{QString(), labelWidth}, {QString(), 28}, {Tr::tr("Segment"), 38, Qt::AlignRight},
                       {Tr::tr("All"), 26, Qt::AlignRight}},
                      cells);
            for (std::size_t i = 0; i < rows.size(); ++i)
                charts::shareBar(canvas,
                                 QRectF(table.left() + labelWidth + 1, table.top() + kHeader + double(i) * kRow + 3, 26, kRow - 6),
                                 share(rows[i].second.first, s.profile.customers), color);
        };
        std::vector<std::pair<QString, std::pair<qint64, qint64>>> ages, channels, families;
        for (std::size_t i = 0; i < kBriefAgeBands; ++i)
            ages.push_back({briefAgeBandName(BriefAgeBand(i)), {s.profile.ageBands[i], d.bookProfile.ageBands[i]}});
        for (std::size_t i = 0; i < kBriefChannels; ++i)
            channels.push_back({briefChannelName(i), {s.profile.channel[i], d.bookProfile.channel[i]}});
        for (std::size_t i = 0; i < kBriefFamilies; ++i)
            families.push_back({briefFamilyName(ProductFamily(i)), {s.profile.holders[i], d.bookProfile.holders[i]}});
        panel(0, Tr::tr("Age"), ages);
        panel(1, Tr::tr("Most-used channel"), channels);
        panel(2, Tr::tr("Products held"), families);
    };
    out.push_back(b);
}

void BriefBlocks::warnings(std::size_t index, std::vector<BriefBlock> &out) const
{
    const BriefData &d = m_data;
    const BriefSegment &s = d.segments[index];
    const BriefFormat fmt = m_format;
    if (!d.clvRunId) {
        BriefBlock none;
        none.height = kSubheading + 40 + kGap;
        none.paint = [](const BriefCanvas &canvas, const QRectF &rect) {
            subheading(canvas, rect, Tr::tr("Early warnings and next-best products"));
            charts::emptyState(canvas, QRectF(rect.left(), rect.top() + kSubheading, rect.width(), 36), noClvText());
        };
        out.push_back(none);
        return;
    }
    BriefBlock kinds;
    kinds.height = kSubheading + tableHeight(kAlertKinds) + kGap;
    kinds.paint = [&s, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Early warnings"));
        std::vector<QStringList> cells;
        for (std::size_t k = 0; k < kAlertKinds; ++k)
            cells.push_back({alertKindName(AlertKind(k)), fmt.count(s.alertCustomers[k]),
                             fmt.percent(share(s.alertCustomers[k], s.customers)), fmt.count(s.alerts[k])});
        const int right = Qt::AlignRight;
        drawTable(canvas, rect.adjusted(0, kSubheading, 0, 0),
                  {{Tr::tr("Warning"), 0}, {Tr::tr("Customers"), 80, right}, {Tr::tr("Share of the segment"), 100, right},
                   {Tr::tr("Warnings"), 80, right}},
                  cells);
    };
    out.push_back(kinds);

    BriefBlock top;
    const std::size_t rows = std::max<std::size_t>(s.topWarned.size(), 1);
    top.height = kSubheading + tableHeight(rows) + kGap;
    top.paint = [&d, &s, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Largest customers with a warning"));
        std::vector<QStringList> cells;
        for (const BriefWarned &w : s.topWarned) {
            QStringList names;
            for (std::size_t k = 0; k < kAlertKinds; ++k)
                if (w.kinds & (1u << k))
                    names << alertKindName(AlertKind(k));
            const QString severity = w.severity >= 3 ? Tr::tr("serious") : w.severity == 2 ? Tr::tr("warning") : Tr::tr("info");
            cells.push_back({w.customer, fmt.money(w.aum), names.join(QStringLiteral(", ")), severity});
        }
        if (cells.empty())
            cells.push_back({Tr::tr("No customer of this segment has a warning."), QString(), QString(), QString()});
        const int right = Qt::AlignRight;
        drawTable(canvas, rect.adjusted(0, kSubheading, 0, 0),
                  {{d.masked ? Tr::tr("Customer (masked)") : Tr::tr("Customer"), 110}, {Tr::tr("AUM"), 64, right},
                   {Tr::tr("Warnings"), 0}, {Tr::tr("Highest severity"), 80}},
                  cells);
    };
    out.push_back(top);

    BriefBlock products;
    const std::size_t productRows = std::max<std::size_t>(s.nextBest.size(), 1);
    products.height = kSubheading + tableHeight(productRows) + kGap;
    products.paint = [&s, fmt](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Next-best products"));
        std::vector<QStringList> cells;
        for (const BriefProduct &p : s.nextBest)
            cells.push_back({p.name.isEmpty() ? p.code : Tr::tr("%1 (%2)").arg(p.name, p.code), briefProductTypeName(p.type),
                             fmt.count(p.customers), fmt.percent(share(p.customers, s.customers))});
        if (cells.empty())
            cells.push_back({Tr::tr("No product is suggested to this segment's customers."), QString(), QString(), QString()});
        const int right = Qt::AlignRight;
        drawTable(canvas, rect.adjusted(0, kSubheading, 0, 0),
                  {{Tr::tr("Product"), 0}, {Tr::tr("Type"), 100}, {Tr::tr("Customers"), 70, right},
                   {Tr::tr("Share of the segment"), 100, right}},
                  cells);
    };
    out.push_back(products);
}

void BriefBlocks::strategy(std::size_t index, std::vector<BriefBlock> &out) const
{
    const BriefSegment &s = m_data.segments[index];
    const auto found = m_data.strategies.find(s.key);
    const QFont body = BriefCanvas::font(8.5);
    const QFont bold = BriefCanvas::font(9.5, true);
    if (found == m_data.strategies.end() || (found->second.title.isEmpty() && found->second.lines.isEmpty())) {
        BriefBlock none;
        none.height = kSubheading + m_measure.lineHeight(body) + kGap;
        none.paint = [body](const BriefCanvas &canvas, const QRectF &rect) {
            subheading(canvas, rect, Tr::tr("Strategy"));
            canvas.text(rect.adjusted(0, kSubheading, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                        Tr::tr("No strategy saved for this segment yet."), body, charts::mutedColor());
        };
        out.push_back(none);
        return;
    }
    const BriefStrategy &strategy = found->second;
    // The heading and title together, then one block per line so a long strategy flows on.
    BriefBlock head;
    const double titleHeight = strategy.title.isEmpty() ? 0 : m_measure.wrappedHeight(strategy.title, bold, m_width) + 3;
    head.height = kSubheading + titleHeight;
    head.paint = [title = strategy.title, bold](const BriefCanvas &canvas, const QRectF &rect) {
        subheading(canvas, rect, Tr::tr("Strategy"));
        canvas.text(rect.adjusted(0, kSubheading, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, bold,
                    charts::textColor());
    };
    out.push_back(head);
    for (const QString &line : strategy.lines) {
        BriefBlock b;
        b.height = m_measure.wrappedHeight(line, body, m_width - 12) + 2;
        b.paint = [line, body](const BriefCanvas &canvas, const QRectF &rect) {
            canvas.text(QRectF(rect.left(), rect.top(), 10, 12), Qt::AlignLeft | Qt::AlignTop, QStringLiteral("•"), body,
                        charts::textColor());
            canvas.text(rect.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, line, body,
                        charts::textColor());
        };
        out.push_back(b);
    }
}

void BriefBlocks::notes(std::vector<BriefBlock> &out) const
{
    BriefBlock heading;
    heading.newPage = true;
    heading.height = 30;
    heading.contentsLevel = 0;
    heading.contentsTitle = Tr::tr("Notes on the figures");
    heading.paint = [title = heading.contentsTitle](const BriefCanvas &canvas, const QRectF &rect) {
        canvas.text(rect, Qt::AlignLeft | Qt::AlignTop, title, BriefCanvas::font(16, true), charts::textColor());
    };
    out.push_back(heading);
    const QStringList notes{
        Tr::tr("AUM (assets under management): the customer's deposits, wealth products, funds and insurance cash value "
               "at the end of the as-of month; loans are not AUM. Shares are of the customers in the brief's scope "
               "(the branch, or the whole book)."),
        Tr::tr("Margin CLV: the margin the bank expects to earn on the customer's balances over the next 12 months, "
               "with the probability that the customer stays, discounted. P(alive): the probability that the customer "
               "is still active, from the BG/NBD model of the transactions."),
        Tr::tr("Early warnings: AUM falling, large outflows, dormancy with a balance, products maturing within 30 days "
               "and customers close to a tier downgrade, with the workspace's warning rules."),
        Tr::tr("Next-best products: what most peers in the customer's value tier hold and the customer does not, within "
               "the customer's risk tolerance and the age and eligibility rules."),
        Tr::tr("Amounts are in the workspace's currency; large amounts are rounded to three significant digits."),
    };
    for (const QString &n : notes) {
        BriefBlock b = paragraph(n, 8.5);
        b.height += 6;
        out.push_back(b);
    }
}

} // namespace tierwise
