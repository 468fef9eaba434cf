#include "charts/segmentmap.h"

#include "charts/segmentmaplayers.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace tierwise {

namespace {

// Tableau's qualitative colours without its grey (kept for rows without a segment), plus two:
// mid-lightness hues that read on white and on near-black alike.
const QRgb kPalette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
                         0xb07aa1, 0xff9da7, 0x9c755f, 0x17becf, 0xbcbd22};
constexpr int kPaletteSize = static_cast<int>(std::size(kPalette));
constexpr double kPickRadius = 6.0;   // pixels, for hover and click
constexpr int kClickSlop = 4;         // pixels a click may move and stay a click
constexpr int kHoverDelayMs = 40;     // tooltip look-ups at most this often

double toPlot(double v, bool log)
{
    if (!log)
        return v;
    return v > 0 ? std::log10(v) : -HUGE_VAL;
}

double fromPlot(double t, bool log)
{
    return log ? std::pow(10.0, t) : t;
}

QVector<int> toQVector(const std::vector<int> &rows)
{
    return QVector<int>(rows.cbegin(), rows.cend());
}

std::vector<int> sortedUnique(const QVector<int> &rows, int rowCount)
{
    std::vector<int> out;
    out.reserve(static_cast<size_t>(rows.size()));
    for (int r : rows)
        if (r >= 0 && r < rowCount)
            out.push_back(r);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Powers of ten on a money axis read as 1, 10, 100, 1k … 1M … 1B rather than 1E+06.
class CompactLogTicker : public QCPAxisTickerLog
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar, int) override
    {
        // Ticks arrive as 999999.99999… for 10^6: compare with a little slack.
        const double a = std::abs(tick) * (1 + 1e-9);
        const auto scaled = [&](double unit) { return locale.toString(tick * (1 + 1e-9) / unit, 'g', 3); };
        if (a >= 1e9)
            return SegmentMap::tr("%1B", "billions on an axis").arg(scaled(1e9));
        if (a >= 1e6)
            return SegmentMap::tr("%1M", "millions on an axis").arg(scaled(1e6));
        if (a >= 1e3)
            return SegmentMap::tr("%1k", "thousands on an axis").arg(scaled(1e3));
        return locale.toString(tick, 'g', 3);
    }
};

} // namespace

struct SegmentMap::Private
{
    SegmentMap *q = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *emptyLabel = nullptr;
    QCustomPlot *plot = nullptr;
    QLabel *status = nullptr;
    QAction *lassoAction = nullptr;
    QAction *resetAction = nullptr;
    QAction *clearAction = nullptr;
    QComboBox *modeCombo = nullptr;
    SegmentMapScatter *scatter = nullptr;
    SegmentMapMarks *marks = nullptr;
    QList<QCPGraph *> legendGraphs;

    SegmentMapState state;
    QVector<int> group;
    QStringList groupNames;
    QString xLabel, yLabel;
    bool logX = false, logY = false;
    std::function<QString(int)> tooltip;
    std::optional<Mode> modeOverride;
    int visible = 0;
    QCPRange lastX, lastY;

    enum class Drag { None, Select, Pan };
    Drag drag = Drag::None;
    bool dragLasso = false;
    Qt::KeyboardModifiers dragMods;
    QPoint pressPos;
    SegmentMapIndex::PixelMap pressMap;
    QCPRange pressX, pressY;
    QTimer hoverTimer;
    QPoint hoverPos;

    SegmentMapIndex::PixelMap pixelMap() const { return segmentMapPixelMap(plot->xAxis, plot->yAxis); }
    QPointF toPlotSpace(const QPointF &pixel) const
    {
        const auto m = pixelMap();
        return {(pixel.x() - m.ax) / m.bx, (pixel.y() - m.ay) / m.by};
    }
    SegmentMapIndex::Box viewBox() const
    {
        const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
        return {toPlot(x.lower, logX), toPlot(x.upper, logX), toPlot(y.lower, logY), toPlot(y.upper, logY)};
    }

    void buildPlot();
    void retranslate();
    void applyPalette();
    void rebuildLegend();
    void updateMode();
    void updateStatus();
    void replotMarks() { plot->layer(QStringLiteral("overlay"))->replot(); }
    void applySelection(std::vector<int> hits, Qt::KeyboardModifiers mods);
    void setSelected(std::vector<int> rows);
    void onPress(QMouseEvent *event);
    void onMove(QMouseEvent *event);
    void onRelease(QMouseEvent *event);
    void finishSelectDrag(const QPoint &at);
    void panTo(const QPoint &at);
    void hover();
    QString tooltipText(int row) const;
};

SegmentMap::SegmentMap(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("segmentMapToolbar"));
    toolbar->setIconSize(QSize(16, 16));
    d->lassoAction = toolbar->addAction(QString());
    d->lassoAction->setCheckable(true);
    d->lassoAction->setShortcut(QKeySequence(Qt::Key_L));
    d->lassoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    d->resetAction = toolbar->addAction(QString(), this, &SegmentMap::resetView);
    d->resetAction->setShortcut(QKeySequence(Qt::Key_Home));
    d->resetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    d->clearAction = toolbar->addAction(QString(), this, &SegmentMap::clearSelection);
    d->clearAction->setShortcut(QKeySequence(Qt::Key_Escape));
    d->clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({d->lassoAction, d->resetAction, d->clearAction}); // their shortcuts work wherever focus is in the map
    d->modeCombo = new QComboBox(toolbar);
    d->modeCombo->setObjectName(QStringLiteral("segmentMapMode"));
    d->modeCombo->addItems({QString(), QString(), QString(), QString()}); // automatic, symbols, dots, density
    toolbar->addWidget(d->modeCombo);
    d->status = new QLabel(this);
    d->status->setObjectName(QStringLiteral("segmentMapStatus"));
    d->status->setContentsMargins(8, 0, 8, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(toolbar);
    header->addWidget(d->status, 1);
    layout->addLayout(header);

    d->stack = new QStackedWidget(this);
    d->emptyLabel = new QLabel(d->stack);
    d->emptyLabel->setObjectName(QStringLiteral("emptyStateMessage"));
    d->emptyLabel->setAlignment(Qt::AlignCenter);
    d->emptyLabel->setWordWrap(true);
    d->stack->addWidget(d->emptyLabel);
    d->plot = new QCustomPlot(d->stack);
    d->stack->addWidget(d->plot);
    layout->addWidget(d->stack, 1);
    d->buildPlot();

    connect(d->lassoAction, &QAction::toggled, this, &SegmentMap::setLassoMode);
    connect(d->modeCombo, QOverload<int>::of(&QComboBox::activated), this, [this](int index) {
        setModeOverride(index == 0 ? std::nullopt : std::optional<Mode>(static_cast<Mode>(index - 1)));
    });
    d->hoverTimer.setSingleShot(true);
    d->hoverTimer.setInterval(kHoverDelayMs);
    connect(&d->hoverTimer, &QTimer::timeout, this, [this] { d->hover(); });
    d->retranslate();
}

SegmentMap::~SegmentMap() = default;

void SegmentMap::Private::buildPlot()
{
    plot->setObjectName(QStringLiteral("segmentMapPlot"));
    plot->setMouseTracking(true);
    plot->setFocusPolicy(Qt::StrongFocus);
    plot->installEventFilter(q);
    plot->setInteractions(QCP::iRangeZoom);
    plot->setSelectionRectMode(QCP::srmNone);
    plot->setPlottingHint(QCP::phCacheLabels, true);
    plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    plot->xAxis->grid()->setSubGridVisible(false);

    scatter = new SegmentMapScatter(plot->xAxis, plot->yAxis, &state);
    scatter->removeFromLegend();
    scatter->setLayer(QStringLiteral("main"));
    marks = new SegmentMapMarks(plot->xAxis, plot->yAxis, &state);
    marks->removeFromLegend();
    marks->setLayer(QStringLiteral("overlay")); // buffered: selection and hover redraw only it

    // The legend to the right of the plot, top-aligned.
    auto *side = new QCPLayoutGrid;
    plot->plotLayout()->addElement(0, 1, side);
    plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    plot->axisRect()->insetLayout()->take(plot->legend);
    side->addElement(0, 0, plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot));
    side->setRowStretchFactor(0, 0.001);
    side->setMargins(QMargins(0, 6, 6, 6));
    plot->legend->setVisible(true);
    plot->legend->setSelectableParts(QCPLegend::spNone);

    QObject::connect(plot, &QCustomPlot::beforeReplot, q, [this] { updateMode(); });
    QObject::connect(plot, &QCustomPlot::mousePress, q, [this](QMouseEvent *e) { onPress(e); });
    QObject::connect(plot, &QCustomPlot::mouseMove, q, [this](QMouseEvent *e) { onMove(e); });
    QObject::connect(plot, &QCustomPlot::mouseRelease, q, [this](QMouseEvent *e) { onRelease(e); });
    QObject::connect(plot, &QCustomPlot::mouseDoubleClick, q, [this](QMouseEvent *e) {
        if (e->button() == Qt::LeftButton)
            q->resetView();
    });
    applyPalette();
}

void SegmentMap::Private::retranslate()
{
    lassoAction->setText(SegmentMap::tr("Lasso"));
    lassoAction->setToolTip(SegmentMap::tr("Left-drag draws a lasso instead of a rectangle (L; or hold Alt while dragging)"));
    resetAction->setText(SegmentMap::tr("Reset view"));
    resetAction->setToolTip(SegmentMap::tr("Fit all customers (Home, or double-click the map)"));
    clearAction->setText(SegmentMap::tr("Clear selection"));
    clearAction->setToolTip(SegmentMap::tr("Deselect all customers (Esc)"));
    const QString modes[] = {SegmentMap::tr("Automatic"), SegmentMap::tr("Symbols"), SegmentMap::tr("Dots"),
                             SegmentMap::tr("Density")};
    for (int i = 0; i < modeCombo->count(); ++i)
        modeCombo->setItemText(i, modes[i]);
    modeCombo->setToolTip(SegmentMap::tr("How points are drawn; automatic switches by the number in view"));
    emptyLabel->setText(SegmentMap::tr("No data — run a segmentation and choose two axes to see the map."));
    updateStatus();
}

void SegmentMap::Private::applyPalette()
{
    const QPalette pal = q->palette();
    const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base);
    QColor gridColour = pal.color(QPalette::Mid);
    gridColour.setAlpha(90);
    QFont font = q->font();
    font.setFamilies({font.family(), QStringLiteral("WenQuanYi Micro Hei")});
    plot->setBackground(base);
    plot->axisRect()->setBackground(base);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(text, 1));
        axis->setTickPen(QPen(text, 1));
        axis->setSubTickPen(QPen(text, 1));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setTickLabelFont(font);
        axis->setLabelFont(font);
        axis->grid()->setPen(QPen(gridColour, 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(gridColour, 1));
    }
    plot->legend->setBrush(base);
    plot->legend->setBorderPen(QPen(pal.color(QPalette::Mid)));
    plot->legend->setTextColor(text);
    plot->legend->setFont(font);

    state.colors.clear();
    for (QRgb rgb : kPalette)
        state.colors.push_back(QColor::fromRgb(rgb));
    QColor none = pal.color(QPalette::PlaceholderText);
    state.colors.push_back(none.isValid() ? none : pal.color(QPalette::Mid));
    state.contrast = text;
    state.highlight = pal.color(QPalette::Highlight);
    state.base = base;
    rebuildLegend();
}

void SegmentMap::Private::rebuildLegend()
{
    for (QCPGraph *g : std::as_const(legendGraphs))
        plot->removeGraph(g);
    legendGraphs.clear();
    const bool anyNone = std::any_of(group.cbegin(), group.cend(), [](int g) { return g < 0; });
    const int entries = static_cast<int>(groupNames.size()) + (anyNone ? 1 : 0);
    for (int g = 0; g < entries; ++g) {
        const bool isNone = g >= groupNames.size();
        const QColor c = state.colors.value(isNone ? kPaletteSize : g % kPaletteSize);
        QCPGraph *graph = plot->addGraph(); // no data: a legend entry only
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c.darker(135), c, 9));
        graph->setName(isNone ? SegmentMap::tr("No segment") : groupNames.at(g));
        graph->setSelectable(QCP::stNone);
        legendGraphs.push_back(graph);
    }
}

void SegmentMap::Private::updateMode()
{
    const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
    if (x != lastX || y != lastY) {
        visible = state.index.countInRect(viewBox());
        lastX = x;
        lastY = y;
    }
    const Mode automatic = visible <= kSymbolsMaxVisible ? Mode::Symbols
                           : visible <= kDotsMaxVisible  ? Mode::Dots
                                                         : Mode::Density;
    const Mode mode = modeOverride.value_or(automatic);
    if (mode != state.mode) {
        state.mode = mode;
        Q_EMIT q->modeChanged(mode);
    }
    updateStatus();
}

void SegmentMap::Private::updateStatus()
{
    const QLocale locale;
    const QString modeName = state.mode == Mode::Symbols ? SegmentMap::tr("symbols")
                             : state.mode == Mode::Dots  ? SegmentMap::tr("dots")
                                                         : SegmentMap::tr("density");
    status->setText(SegmentMap::tr("%1 of %2 customers in view · %3 selected · %4")
                        .arg(locale.toString(visible), locale.toString(state.index.validCount()),
                             locale.toString(static_cast<qlonglong>(state.selected.size())), modeName));
}

QString SegmentMap::Private::tooltipText(int row) const
{
    if (tooltip) {
        const QString text = tooltip(row);
        if (!text.isEmpty())
            return text;
    }
    const int g = group.value(row, -1);
    const QLocale locale;
    const auto figure = [&](double t, bool log) { return locale.toString(fromPlot(t, log), 'g', 6); };
    return SegmentMap::tr("%1\n%2: %3\n%4: %5")
        .arg(g >= 0 && g < groupNames.size() ? groupNames.at(g) : SegmentMap::tr("No segment"),
             xLabel.isEmpty() ? SegmentMap::tr("x") : xLabel, figure(state.index.tx(row), logX),
             yLabel.isEmpty() ? SegmentMap::tr("y") : yLabel, figure(state.index.ty(row), logY));
}

// ---- data ----

struct SegmentMapPrepared
{
    SegmentMapIndex index;
    std::vector<std::uint8_t> slot, sizeBucket;
    QVector<int> group;
    QStringList groupNames;
    QString xLabel, yLabel;
    bool logX = false, logY = false;
};

std::shared_ptr<SegmentMapPrepared> SegmentMap::prepare(SegmentMapData series)
{
    auto p = std::make_shared<SegmentMapPrepared>();
    p->index.build(series.x, series.y, series.logX, series.logY);
    const int n = p->index.rowCount();
    p->slot.assign(static_cast<size_t>(n), static_cast<std::uint8_t>(kPaletteSize));
    for (int i = 0; i < n && i < series.group.size(); ++i)
        if (series.group[i] >= 0)
            p->slot[static_cast<size_t>(i)] = static_cast<std::uint8_t>(series.group[i] % kPaletteSize);

    // Size buckets on a log scale between the smallest and largest positive value.
    if (series.size.size() >= n && n > 0) {
        double lo = HUGE_VAL, hi = -HUGE_VAL;
        for (int i = 0; i < n; ++i)
            if (series.size[i] > 0 && std::isfinite(series.size[i])) {
                lo = std::min(lo, std::log(series.size[i]));
                hi = std::max(hi, std::log(series.size[i]));
            }
        p->sizeBucket.assign(static_cast<size_t>(n), 0);
        const int top = SegmentMapState::kSizeBuckets - 1;
        for (int i = 0; i < n && hi > lo; ++i)
            if (series.size[i] > 0 && std::isfinite(series.size[i]))
                p->sizeBucket[static_cast<size_t>(i)] = static_cast<std::uint8_t>(
                    std::clamp(static_cast<int>((std::log(series.size[i]) - lo) / (hi - lo) * (top + 1)), 0, top));
    }
    p->group = std::move(series.group);
    p->groupNames = std::move(series.groupNames);
    p->xLabel = std::move(series.xLabel);
    p->yLabel = std::move(series.yLabel);
    p->logX = series.logX;
    p->logY = series.logY;
    return p;
}

void SegmentMap::setData(SegmentMapData series)
{
    setPrepared(prepare(std::move(series)));
}

void SegmentMap::setPrepared(std::shared_ptr<SegmentMapPrepared> prepared)
{
    if (!prepared)
        return;
    SegmentMapPrepared &p = *prepared;
    const bool hadSelection = !d->state.selected.empty();
    d->state.index = std::move(p.index);
    d->state.slot = std::move(p.slot);
    d->state.sizeBucket = std::move(p.sizeBucket);
    d->group = std::move(p.group);
    d->groupNames = std::move(p.groupNames);
    d->xLabel = std::move(p.xLabel);
    d->yLabel = std::move(p.yLabel);
    d->logX = p.logX;
    d->logY = p.logY;
    prepared.reset();

    d->state.selected.clear();
    d->state.highlighted.clear();
    d->state.hovered = -1;
    d->state.band.clear();
    auto *xAxis = d->plot->xAxis, *yAxis = d->plot->yAxis;
    xAxis->setScaleType(d->logX ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    yAxis->setScaleType(d->logY ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    xAxis->setTicker(d->logX ? QSharedPointer<QCPAxisTicker>(new CompactLogTicker) : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    yAxis->setTicker(d->logY ? QSharedPointer<QCPAxisTicker>(new CompactLogTicker) : QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    xAxis->setLabel(d->xLabel);
    yAxis->setLabel(d->yLabel);
    d->rebuildLegend();
    d->stack->setCurrentIndex(d->state.index.validCount() > 0 ? 1 : 0);
    d->lastX = d->lastY = QCPRange(); // force a recount
    resetView();
    if (hadSelection)
        Q_EMIT selectionChanged({});
}

int SegmentMap::rowCount() const { return d->state.index.rowCount(); }
int SegmentMap::visibleCount() const { return d->visible; }

void SegmentMap::setTooltipProvider(std::function<QString(int)> provider) { d->tooltip = std::move(provider); }

// ---- view ----

void SegmentMap::resetView()
{
    const QRectF b = d->state.index.bounds();
    double x0 = 0, x1 = 1, y0 = 0, y1 = 1;
    if (d->state.index.validCount() > 0) {
        const auto pad = [](double lo, double hi, double &a, double &c) {
            const double span = hi - lo, margin = span > 0 ? span * 0.04 : std::max(0.5, std::abs(lo) * 0.1);
            a = lo - margin;
            c = hi + margin;
        };
        pad(b.left(), b.right(), x0, x1);
        pad(b.top(), b.bottom(), y0, y1);
    }
    d->plot->xAxis->setRange(fromPlot(x0, d->logX), fromPlot(x1, d->logX));
    d->plot->yAxis->setRange(fromPlot(y0, d->logY), fromPlot(y1, d->logY));
    d->plot->replot();
}

QRectF SegmentMap::viewRect() const
{
    const QCPRange x = d->plot->xAxis->range(), y = d->plot->yAxis->range();
    return QRectF(QPointF(x.lower, y.lower), QPointF(x.upper, y.upper));
}

void SegmentMap::setViewRect(const QRectF &dataRect)
{
    const QRectF r = dataRect.normalized();
    d->plot->xAxis->setRange(r.left(), r.right());
    d->plot->yAxis->setRange(r.top(), r.bottom());
    d->plot->replot();
}

SegmentMap::Mode SegmentMap::mode() const { return d->state.mode; }
std::optional<SegmentMap::Mode> SegmentMap::modeOverride() const { return d->modeOverride; }

void SegmentMap::setModeOverride(std::optional<Mode> mode)
{
    d->modeOverride = mode;
    d->modeCombo->setCurrentIndex(mode ? static_cast<int>(*mode) + 1 : 0);
    d->plot->replot();
}

bool SegmentMap::lassoMode() const { return d->lassoAction->isChecked(); }
void SegmentMap::setLassoMode(bool on) { d->lassoAction->setChecked(on); }

void SegmentMap::replotNow() { d->plot->replot(QCustomPlot::rpImmediateRefresh); }
QWidget *SegmentMap::plotWidget() const { return d->plot; }
QCustomPlot *SegmentMap::customPlot() const { return d->plot; }

QPointF SegmentMap::pixelFor(int row) const
{
    if (row < 0 || row >= rowCount() || !d->state.index.isValid(row))
        return {qQNaN(), qQNaN()};
    const auto m = d->pixelMap();
    return {m.ax + m.bx * d->state.index.tx(row), m.ay + m.by * d->state.index.ty(row)};
}

bool SegmentMap::savePng(const QString &path, int w, int h) { return d->plot->savePng(path, w, h); }
bool SegmentMap::savePdf(const QString &path, int w, int h) { return d->plot->savePdf(path, w, h); }

// ---- selection ----

QVector<int> SegmentMap::selection() const { return toQVector(d->state.selected); }
QVector<int> SegmentMap::highlighted() const { return toQVector(d->state.highlighted); }

void SegmentMap::setSelection(const QVector<int> &rows) { d->setSelected(sortedUnique(rows, rowCount())); }
void SegmentMap::clearSelection() { d->setSelected({}); }

void SegmentMap::setHighlighted(const QVector<int> &rows)
{
    d->state.highlighted = sortedUnique(rows, rowCount());
    d->replotMarks();
}

void SegmentMap::selectRect(const QRectF &dataRect, Qt::KeyboardModifiers mods)
{
    const QRectF r = dataRect.normalized();
    const SegmentMapIndex::Box box{toPlot(r.left(), d->logX), toPlot(r.right(), d->logX),
                                   toPlot(r.top(), d->logY), toPlot(r.bottom(), d->logY)};
    d->applySelection(d->state.index.rowsInRect(box), mods);
}

void SegmentMap::selectPolygon(const QPolygonF &dataPolygon, Qt::KeyboardModifiers mods)
{
    QPolygonF plotPolygon;
    for (const QPointF &p : dataPolygon)
        plotPolygon << QPointF(std::max(toPlot(p.x(), d->logX), -400.0), std::max(toPlot(p.y(), d->logY), -400.0));
    d->applySelection(d->state.index.rowsInPolygon(plotPolygon), mods);
}

void SegmentMap::Private::applySelection(std::vector<int> hits, Qt::KeyboardModifiers mods)
{
    std::vector<int> result;
    if (mods.testFlag(Qt::ControlModifier)) {
        std::set_difference(state.selected.cbegin(), state.selected.cend(), hits.cbegin(), hits.cend(),
                            std::back_inserter(result));
    } else if (mods.testFlag(Qt::ShiftModifier)) {
        std::set_union(state.selected.cbegin(), state.selected.cend(), hits.cbegin(), hits.cend(),
                       std::back_inserter(result));
    } else {
        result = std::move(hits);
    }
    setSelected(std::move(result));
}

void SegmentMap::Private::setSelected(std::vector<int> rows)
{
    if (rows == state.selected)
        return;
    state.selected = std::move(rows);
    updateStatus();
    replotMarks();
    Q_EMIT q->selectionChanged(toQVector(state.selected));
}

// ---- mouse ----

void SegmentMap::Private::onPress(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (!plot->axisRect()->rect().contains(at) || state.index.validCount() == 0)
        return;
    hoverTimer.stop();
    QToolTip::hideText();
    pressPos = at;
    if (event->button() == Qt::LeftButton) {
        drag = Drag::Select;
        dragMods = event->modifiers();
        dragLasso = q->lassoMode() || dragMods.testFlag(Qt::AltModifier);
        state.band.clear();
    } else if (event->button() == Qt::RightButton || event->button() == Qt::MiddleButton) {
        drag = Drag::Pan;
        pressMap = pixelMap();
        pressX = plot->xAxis->range();
        pressY = plot->yAxis->range();
    }
}

void SegmentMap::Private::onMove(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (drag == Drag::Select) {
        if (dragLasso) {
            if (state.band.isEmpty())
                state.band << QPointF(pressPos);
            if ((state.band.last() - QPointF(at)).manhattanLength() >= 2)
                state.band << QPointF(at);
        } else {
            state.band = QPolygonF(QRectF(QPointF(pressPos), QPointF(at)).normalized());
        }
        replotMarks();
    } else if (drag == Drag::Pan) {
        panTo(at);
    } else if (event->buttons() == Qt::NoButton) {
        hoverPos = at;
        if (!hoverTimer.isActive())
            hoverTimer.start();
    }
}

void SegmentMap::Private::onRelease(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    if (drag == Drag::Select && event->button() == Qt::LeftButton)
        finishSelectDrag(at);
    else if (drag == Drag::Pan)
        panTo(at);
    drag = Drag::None;
}

void SegmentMap::Private::finishSelectDrag(const QPoint &at)
{
    const QPolygonF band = state.band;
    state.band.clear();
    if ((at - pressPos).manhattanLength() <= kClickSlop) { // a click
        replotMarks();
        const int row = state.index.nearest(QPointF(at), kPickRadius, pixelMap());
        if (row >= 0)
            Q_EMIT q->customerClicked(row);
        else if (dragMods == Qt::NoModifier)
            setSelected({});
        return;
    }
    if (dragLasso) {
        QPolygonF plotPolygon;
        for (const QPointF &p : band)
            plotPolygon << toPlotSpace(p);
        plotPolygon << toPlotSpace(QPointF(at));
        replotMarks();
        applySelection(state.index.rowsInPolygon(plotPolygon), dragMods);
    } else {
        const QPointF a = toPlotSpace(QPointF(pressPos)), b = toPlotSpace(QPointF(at));
        replotMarks();
        applySelection(state.index.rowsInRect({a.x(), b.x(), a.y(), b.y()}), dragMods);
    }
}

void SegmentMap::Private::panTo(const QPoint &at)
{
    if (pressMap.bx == 0 || pressMap.by == 0)
        return;
    const double dx = (pressPos.x() - at.x()) / pressMap.bx, dy = (pressPos.y() - at.y()) / pressMap.by;
    const auto shifted = [](const QCPRange &r, double dt, bool log) {
        return QCPRange(fromPlot(toPlot(r.lower, log) + dt, log), fromPlot(toPlot(r.upper, log) + dt, log));
    };
    plot->xAxis->setRange(shifted(pressX, dx, logX));
    plot->yAxis->setRange(shifted(pressY, dy, logY));
    plot->replot(QCustomPlot::rpQueuedReplot);
}

void SegmentMap::Private::hover()
{
    if (drag != Drag::None)
        return;
    const int row = plot->axisRect()->rect().contains(hoverPos)
                        ? state.index.nearest(QPointF(hoverPos), kPickRadius, pixelMap())
                        : -1;
    if (row != state.hovered) {
        state.hovered = row;
        replotMarks();
    }
    if (row >= 0)
        QToolTip::showText(plot->mapToGlobal(hoverPos), tooltipText(row), plot);
    else
        QToolTip::hideText();
}

bool SegmentMap::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->plot && event->type() == QEvent::Leave && d->state.hovered >= 0) {
        d->hoverTimer.stop();
        d->state.hovered = -1;
        d->replotMarks();
    }
    return QWidget::eventFilter(watched, event);
}

void SegmentMap::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // The legend's "No segment" and the tick labels (thousands, millions) follow it too.
        d->retranslate();
        d->rebuildLegend();
        d->plot->replot();
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        d->applyPalette();
        d->plot->replot();
    }
}

void SegmentMap::setLabels(const QString &xLabel, const QString &yLabel, const QStringList &groupNames)
{
    d->xLabel = xLabel;
    d->yLabel = yLabel;
    if (groupNames.size() == d->groupNames.size())
        d->groupNames = groupNames;
    d->plot->xAxis->setLabel(xLabel);
    d->plot->yAxis->setLabel(yLabel);
    d->rebuildLegend();
    d->plot->replot();
}

} // namespace tierwise
