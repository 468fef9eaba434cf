#include "brief/briefrenderer.h"

#include "brief/briefblocks.h"
#include "brief/briefcanvas.h"
#include "brief/briefcharts.h"
#include "brief/briefformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace {

// Every string of the printed brief is in this one context (briefblocks.cpp uses it too).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tierwise::BriefRenderer)
};

} // namespace

namespace tierwise {

using namespace analytics;
namespace charts = briefcharts;

namespace {

// A4 in points, and the flowing pages' text area.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kLeft = 50;
constexpr double kRight = 50;
constexpr double kTop = 58;
constexpr double kBottom = 62;
constexpr double kBlockGap = 8;
constexpr double kContentsLine = 19;

QRectF body()
{
    return {kLeft, kTop, kPageWidth - kLeft - kRight, kPageHeight - kTop - kBottom};
}

struct Placement
{
    std::size_t block;
    double y;
};

// Pages of blocks: a block that does not fit below the one before starts a new page.
std::vector<std::vector<Placement>> paginate(const std::vector<BriefBlock> &blocks)
{
    std::vector<std::vector<Placement>> pages;
    const QRectF area = body();
    double y = area.top();
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        const bool empty = pages.empty() || pages.back().empty();
        if (pages.empty() || (!empty && (blocks[i].newPage || y + blocks[i].height > area.bottom() + 0.01))) {
            pages.emplace_back();
            y = area.top();
        }
        pages.back().push_back({i, y});
        y += blocks[i].height + kBlockGap;
    }
    return pages;
}

int contentsPages(std::size_t entries)
{
    const auto perPage = std::size_t((body().height() - 50) / kContentsLine);
    return std::max(1, int((entries + perPage - 1) / perPage));
}

QString maskingNotice(const BriefData &d)
{
    return d.masked ? Tr::tr("Personal data masked") : Tr::tr("Personal data shown — handle under the bank's data rules");
}

QString branchText(const BriefData &d)
{
    if (d.branch.isEmpty())
        return Tr::tr("All branches");
    return d.branchName.isEmpty() ? d.branch : Tr::tr("%1 (%2)").arg(d.branchName, d.branch);
}

class Painter
{
public:
    Painter(const BriefData &data, const BriefFormat &format, const BriefCanvas &canvas, int pages)
        : m_data(data), m_format(format), m_canvas(canvas), m_pages(pages)
    {
    }

    void footer(int page) const
    {
        const QFont f = BriefCanvas::font(7);
        const double y = kPageHeight - 40;
        if (QPainter *p = m_canvas.painter()) {
            p->save();
            p->setPen(QPen(charts::ruleColor(), 0.5));
            p->drawLine(QPointF(kLeft, y - 4), QPointF(kPageWidth - kRight, y - 4));
            p->restore();
        }
        const double w = kPageWidth - kLeft - kRight;
        canvas().text(QRectF(kLeft, y, w * 0.7, 12), Qt::AlignLeft | Qt::AlignVCenter, maskingNotice(m_data), f,
                      m_data.masked ? charts::mutedColor() : QColor(0xB0, 0x30, 0x20));
        canvas().text(QRectF(kLeft + w * 0.6, y, w * 0.4, 12), Qt::AlignRight | Qt::AlignVCenter,
                      Tr::tr("Page %1 of %2").arg(page).arg(m_pages), f, charts::mutedColor());
    }

    void header() const
    {
        const QFont f = BriefCanvas::font(7);
        const QString text = Tr::tr("%1 · %2 · %3 · as of %4")
                                 .arg(m_data.bankName, briefSegmentationTitle(m_data), branchText(m_data), m_data.asOf);
        const double w = kPageWidth - kLeft - kRight;
        canvas().text(QRectF(kLeft, 26, w, 12), Qt::AlignLeft | Qt::AlignVCenter, canvas().elided(text, f, w), f,
                      charts::mutedColor());
        if (QPainter *p = m_canvas.painter()) {
            p->save();
            p->setPen(QPen(charts::ruleColor(), 0.5));
            p->drawLine(QPointF(kLeft, 40), QPointF(kPageWidth - kRight, 40));
            p->restore();
        }
    }

    void cover() const
    {
        const BriefData &d = m_data;
        QPainter *p = m_canvas.painter();
        if (p) {
            p->save();
            p->setPen(Qt::NoPen);
            p->setBrush(QColor(0x00, 0x5A, 0x8C));
            p->drawRect(QRectF(0, 0, kPageWidth, 12));
            p->restore();
        }
        const double w = kPageWidth - kLeft - kRight;
        const QFont bank = BriefCanvas::font(24, true);
        const double bankHeight = canvas().wrappedHeight(d.bankName, bank, w);
        canvas().text(QRectF(kLeft, 150, w, bankHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, d.bankName, bank,
                      charts::textColor());
        double y = 150 + bankHeight + 10;
        canvas().text(QRectF(kLeft, y, w, 28), Qt::AlignLeft | Qt::AlignVCenter, Tr::tr("Segment brief"),
                      BriefCanvas::font(18), QColor(0x00, 0x5A, 0x8C));
        y += 34;
        canvas().text(QRectF(kLeft, y, w, 18), Qt::AlignLeft | Qt::AlignVCenter, briefSegmentationTitle(d),
                      BriefCanvas::font(11), charts::mutedColor());
        y += 60;
        QStringList names;
        for (const BriefSegment &s : d.segments)
            names << briefSegmentName(d, s);
        const std::pair<QString, QString> rows[] = {
            {Tr::tr("Branch"), branchText(d)},
            {Tr::tr("As of"), d.asOf},
            {Tr::tr("Segmentation"), briefSegmentationTitle(d)},
            {Tr::tr("Segments"), names.join(QStringLiteral(", "))},
            {Tr::tr("Customers"), m_format.count(d.customers)},
            {Tr::tr("Generated"), d.generated.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        };
        const QFont label = BriefCanvas::font(9);
        const QFont value = BriefCanvas::font(10);
        for (const auto &[l, v] : rows) {
            const double h = std::max(16.0, canvas().wrappedHeight(v, value, w - 120) + 4);
            canvas().text(QRectF(kLeft, y, 115, 16), Qt::AlignLeft | Qt::AlignVCenter, l, label, charts::mutedColor());
            canvas().text(QRectF(kLeft + 120, y + 1, w - 120, h), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, v, value,
                          charts::textColor());
            y += h + 4;
        }
        // The masking notice.
        const QString notice = d.masked
                                   ? Tr::tr("Personal data masked: customer ids in this brief are masked (for example "
                                            "C0****45) and no names are printed. Handle it as internal bank material.")
                                   : Tr::tr("Personal data shown: this brief prints customer ids unmasked. Handle it under "
                                            "the bank's data rules and do not pass it on; the export is recorded in the "
                                            "workspace's audit log.");
        const QFont nf = BriefCanvas::font(8.5);
        const double nh = canvas().wrappedHeight(notice, nf, w - 24) + 20;
        const QRectF box(kLeft, kPageHeight - 120 - nh, w, nh);
        if (p) {
            p->save();
            p->setPen(QPen(d.masked ? charts::ruleColor() : QColor(0xB0, 0x30, 0x20), 0.8));
            p->setBrush(d.masked ? QColor(0xF4, 0xF6, 0xF8) : QColor(0xFD, 0xEE, 0xEC));
            p->drawRect(box);
            p->restore();
        }
        canvas().text(box.adjusted(12, 10, -12, -10), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, notice, nf,
                      charts::textColor());
    }

    // One page of the contents: entries [from, to).
    void contents(const std::vector<BriefRenderer::Entry> &entries, std::size_t from, std::size_t to, bool first) const
    {
        double y = kTop;
        if (first) {
            canvas().text(QRectF(kLeft, y, 400, 30), Qt::AlignLeft | Qt::AlignTop, Tr::tr("Contents"),
                          BriefCanvas::font(16, true), charts::textColor());
            y += 44;
        }
        const double right = kPageWidth - kRight;
        for (std::size_t i = from; i < to; ++i) {
            const BriefRenderer::Entry &e = entries[i];
            const QFont f = BriefCanvas::font(e.level == 0 ? 11 : 10, e.level == 0);
            const double indent = e.level == 0 ? 0 : 16;
            const QString number = QString::number(e.page);
            const double numberWidth = canvas().width(number, f);
            const QString title = canvas().elided(e.title, f, right - kLeft - indent - numberWidth - 40);
            const double titleWidth = canvas().width(title, f);
            canvas().text(QRectF(kLeft + indent, y, titleWidth + 4, kContentsLine), Qt::AlignLeft | Qt::AlignVCenter, title,
                          f, charts::textColor());
            canvas().text(QRectF(right - numberWidth - 4, y, numberWidth + 4, kContentsLine), Qt::AlignRight | Qt::AlignVCenter,
                          number, f, charts::textColor());
            if (QPainter *p = m_canvas.painter()) {
                p->save();
                QPen dots(charts::ruleColor(), 0.8, Qt::DotLine);
                p->setPen(dots);
                const double base = y + kContentsLine / 2 + canvas().ascent(f) / 2 - 1;
                p->drawLine(QPointF(kLeft + indent + titleWidth + 8, base), QPointF(right - numberWidth - 8, base));
                p->restore();
            }
            y += kContentsLine;
        }
    }

private:
    const BriefCanvas &canvas() const { return m_canvas; }

    const BriefData &m_data;
    const BriefFormat &m_format;
    const BriefCanvas &m_canvas;
    int m_pages;
};

} // namespace

BriefRenderer::BriefRenderer(const BriefData &data, QString language) : m_data(data), m_language(std::move(language)) {}

QString BriefRenderer::documentTitle() const
{
    return Tr::tr("Segment brief — %1").arg(m_data.bankName);
}

Result<BriefRenderer::Layout> BriefRenderer::render(QPagedPaintDevice *device) const
{
    if (!device)
        return Error::internal(Tr::tr("No device to print the brief on."));
    if (auto *printer = dynamic_cast<QPrinter *>(device))
        printer->setFullPage(true);
    device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const BriefFormat format(m_language);

    // First pass: the blocks and their pages.
    const BriefCanvas measure(device, nullptr);
    const std::vector<BriefBlock> blocks = BriefBlocks(m_data, format, measure, body().width()).build();
    const std::vector<std::vector<Placement>> flow = paginate(blocks);
    std::size_t entries = 0;
    for (const BriefBlock &b : blocks)
        entries += b.contentsLevel >= 0;
    const int contents = contentsPages(entries);
    const int firstFlowPage = 2 + contents; // 1-based: the cover, then the contents
    Layout layout;
    layout.pages = 1 + contents + int(flow.size());
    for (std::size_t page = 0; page < flow.size(); ++page)
        for (const Placement &pl : flow[page])
            if (blocks[pl.block].contentsLevel >= 0)
                layout.contents.push_back({blocks[pl.block].contentsTitle, firstFlowPage + int(page), blocks[pl.block].contentsLevel});

    // Second pass: paint.
    QPainter painter;
    if (!painter.begin(device))
        return Error::io(Tr::tr("Could not start printing the brief."));
    const double scale = device->logicalDpiX() / 72.0;
    const auto reset = [&] {
        painter.resetTransform();
        painter.scale(scale, scale);
    };
    reset();
    const BriefCanvas canvas(device, &painter);
    const Painter pages(m_data, format, canvas, layout.pages);
    pages.cover();
    pages.footer(1);
    const auto perPage = std::size_t((body().height() - 50) / kContentsLine);
    for (int c = 0; c < contents; ++c) {
        if (!device->newPage()) {
            painter.end();
            return Error::io(Tr::tr("Could not add a page to the brief."));
        }
        reset();
        const std::size_t from = std::size_t(c) * perPage;
        pages.contents(layout.contents, from, std::min(layout.contents.size(), from + perPage), c == 0);
        pages.footer(2 + c);
    }
    for (std::size_t page = 0; page < flow.size(); ++page) {
        if (!device->newPage()) {
            painter.end();
            return Error::io(Tr::tr("Could not add a page to the brief."));
        }
        reset();
        pages.header();
        for (const Placement &pl : flow[page]) {
            const BriefBlock &b = blocks[pl.block];
            painter.save();
            b.paint(canvas, QRectF(body().left(), pl.y, body().width(), b.height));
            painter.restore();
        }
        pages.footer(firstFlowPage + int(page));
    }
    if (!painter.end())
        return Error::io(Tr::tr("Could not finish printing the brief."));
    return layout;
}

Result<BriefRenderer::Layout> BriefRenderer::writePdf(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(Tr::tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    Result<Layout> layout = [&]() -> Result<Layout> {
        QPdfWriter writer(&file);
        writer.setResolution(600);
        writer.setTitle(documentTitle());
        writer.setCreator(QStringLiteral("Tierwise"));
        return render(&writer);
    }();
    if (!layout) {
        file.cancelWriting();
        return layout;
    }
    if (!file.commit())
        return Error::io(Tr::tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    return layout;
}

} // namespace tierwise
