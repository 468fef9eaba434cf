#include "charts/chartstyle.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QTableView>
#include <QLabel>
#include <QVBoxLayout>
#include <QStackedWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace tierwise::chartstyle {

namespace {

constexpr std::array<QRgb, 8> kQualitative = {
    0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0x8C6D31, 0x999999,
};

// Viridis at 9 stops.
constexpr std::array<QRgb, 9> kViridis = {
    0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725,
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

void themeAxis(QCPAxis *axis, const QPalette &palette)
{
    const QColor axisCol = axisColor(palette);
    axis->setBasePen(QPen(axisCol, 0));
    axis->setTickPen(QPen(axisCol, 0));
    axis->setSubTickPen(QPen(axisCol, 0));
    axis->setTickLabelColor(axisCol);
    axis->setLabelColor(textColor(palette));
    axis->setTickLabelFont(plotFont(8.5));
    axis->setLabelFont(plotFont(9));
    axis->grid()->setPen(QPen(gridColor(palette), 0, Qt::DotLine));
    axis->grid()->setSubGridPen(Qt::NoPen);
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

void themeElement(QCPLayoutElement *element, const QPalette &palette)
{
    if (auto *rect = qobject_cast<QCPAxisRect *>(element)) {
        for (QCPAxis *axis : rect->axes())
            themeAxis(axis, palette);
    } else if (auto *text = qobject_cast<QCPTextElement *>(element)) {
        text->setTextColor(textColor(palette));
        text->setFont(plotFont(text->font().pointSizeF() > 9.5 ? 10.5 : 9, text->font().bold()));
    } else if (auto *scale = qobject_cast<QCPColorScale *>(element)) {
        themeAxis(scale->axis(), palette);
    } else if (auto *legend = qobject_cast<QCPLegend *>(element)) {
        legend->setBrush(palette.color(QPalette::Base));
        legend->setBorderPen(QPen(gridColor(palette), 0));
        legend->setTextColor(textColor(palette));
        legend->setFont(plotFont(8.5));
        for (int i = 0; i < legend->itemCount(); ++i) {
            if (auto *item = legend->item(i)) {
                item->setTextColor(textColor(palette));
                item->setFont(plotFont(8.5));
            }
        }
    }
}

class ToolTipFilter final : public QObject
{
public:
    ToolTipFilter(QCustomPlot *plot, std::function<QString(const QPointF &)> provider)
        : QObject(plot), m_provider(std::move(provider)) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip)
            return false;
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = m_provider(QPointF(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, static_cast<QWidget *>(watched));
        }
        return true;
    }

private:
    std::function<QString(const QPointF &)> m_provider;
};

QPageLayout pageFor(const QSize &pixels, int dpi)
{
    const QSizeF points(pixels.width() * 72.0 / dpi, pixels.height() * 72.0 / dpi);
    return QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF());
}

QSize exportSize(const QWidget *widget, QSize requested)
{
    const QSize s = requested.isEmpty() ? widget->size() : requested;
    return (s.width() < 200 || s.height() < 150) ? QSize(800, 500) : s;
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor seriesColor(int i, const QPalette &palette)
{
    QColor c(kQualitative[std::size_t(std::abs(i)) % kQualitative.size()]);
    if (isDark(palette) && c.lightness() < 140)
        c = c.lighter(135);
    return c;
}

QColor axisColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Base), 0.25);
}

QColor gridColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Base), 0.82);
}

QColor textColor(const QPalette &palette)
{
    return palette.color(QPalette::WindowText);
}

QFont plotFont(qreal pointSize, bool bold)
{
    QFont font = QApplication::font();
    QStringList families{font.family()};
    if (!families.contains(QStringLiteral("WenQuanYi Micro Hei")))
        families << QStringLiteral("WenQuanYi Micro Hei");
    font.setFamilies(families);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

void applyTheme(QCustomPlot *plot, const QPalette &palette)
{
    plot->setBackground(palette.color(QPalette::Base));
    plot->setFont(plotFont(9));
    const auto elements = plot->plotLayout()->elements(true);
    for (QCPLayoutElement *element : elements)
        themeElement(element, palette);
    if (plot->legend)
        themeElement(plot->legend, palette);
    for (int i = 0; i < plot->itemCount(); ++i) {
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i))) {
            if (text->property("tw-cell").toBool())
                continue; // heat-map cell values keep the colour chosen for their cell
            text->setColor(textColor(palette));
            text->setFont(plotFont(text->font().pointSizeF(), text->font().bold()));
        }
    }
}

QCPColorGradient sequentialGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    for (std::size_t i = 0; i < kViridis.size(); ++i)
        gradient.setColorStopAt(double(i) / double(kViridis.size() - 1), QColor(kViridis[i]));
    gradient.setNanHandling(QCPColorGradient::nhTransparent);
    return gradient;
}

QColor sequentialColor(double t, const QPalette &palette)
{
    if (!std::isfinite(t))
        return palette.color(QPalette::Base);
    // A single-hue ramp from the background to a strong blue: 0 reads as empty, 1 as full.
    const QColor full = isDark(palette) ? QColor(0x4A, 0x90, 0xD9) : QColor(0x1F, 0x5F, 0xAF);
    return mix(palette.color(QPalette::Base), full, 0.08 + 0.92 * std::clamp(t, 0.0, 1.0));
}

QColor divergingColor(double z, const QPalette &palette)
{
    if (!std::isfinite(z))
        return palette.color(QPalette::Base);
    const QColor end = z < 0 ? QColor(0x2166AC) : QColor(0xB2182B);
    return mix(palette.color(QPalette::Base), end, std::min(std::fabs(z) / 2.5, 1.0) * 0.85);
}

QColor textOn(const QColor &background)
{
    const double luminance = 0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString percent(double share, int decimals)
{
    if (!std::isfinite(share))
        return QStringLiteral("—");
    return QLocale().toString(share * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString number(double value, int decimals)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    return QLocale().toString(value, 'f', decimals);
}

bool savePng(QCustomPlot *plot, const QString &path, QSize requested)
{
    const QSize size = exportSize(plot, requested);
    return plot->savePng(path, size.width(), size.height(), 2.0);
}

bool savePdf(QCustomPlot *plot, const QString &path, QSize requested)
{
    const QSize size = exportSize(plot, requested);
    const int dpi = plot->logicalDpiX();
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Tierwise"));
    writer.setResolution(dpi);
    writer.setPageLayout(pageFor(size, dpi));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

bool exportPlot(QCustomPlot *plot, const QString &path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(plot, path, size);
    if (suffix == QLatin1String("pdf"))
        return savePdf(plot, path, size);
    return false;
}

bool exportWidget(QWidget *widget, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return widget->grab().save(path, "PNG");
    if (suffix != QLatin1String("pdf"))
        return false;
    const int dpi = widget->logicalDpiX();
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Tierwise"));
    writer.setResolution(dpi);
    writer.setPageLayout(pageFor(widget->size(), dpi));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    widget->render(&painter);
    return painter.end();
}

void setToolTipProvider(QCustomPlot *plot, std::function<QString(const QPointF &)> provider)
{
    plot->installEventFilter(new ToolTipFilter(plot, std::move(provider)));
}

void fitTableHeight(QTableView *table, int maxRows)
{
    const int rows = std::min(table->model() ? table->model()->rowCount() : 0, maxRows);
    int height = 2 * table->frameWidth() + (table->horizontalHeader()->isHidden() ? 0 : table->horizontalHeader()->sizeHint().height());
    for (int r = 0; r < rows; ++r)
        height += table->verticalHeader()->sectionSizeHint(r) > 0 ? table->rowHeight(r) : table->verticalHeader()->defaultSectionSize();
    if (table->model() && table->model()->rowCount() > maxRows)
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setMaximumHeight(height + 4);
}

QLabel *createEmptyLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(24);
    return label;
}

PlotFrame createPlotFrame(QWidget *owner)
{
    PlotFrame f;
    f.stack = new QStackedWidget(owner);
    f.empty = createEmptyLabel(f.stack);
    f.plot = new QCustomPlot(f.stack);
    f.title = new QCPTextElement(f.plot, QString(), plotFont(10.5, true));
    f.plot->plotLayout()->insertRow(0);
    f.plot->plotLayout()->addElement(0, 0, f.title);
    f.stack->addWidget(f.empty);
    f.stack->addWidget(f.plot);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(f.stack);
    return f;
}

QVector<double> barValues(QCustomPlot *plot, int series)
{
    QVector<double> values;
    int seen = 0;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
        if (!bars || seen++ != series)
            continue;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            values << it->value;
    }
    return values;
}

} // namespace tierwise::chartstyle
