#include "views/segmentmappage.h"

#include "analytics/bookview.h"
#include "charts/segmentmap.h"
#include "i18n/figures.h"
#include "privacy/masking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QThreadPool>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tierwise {

namespace {

QComboBox *axisBox(analytics::BookAxis initial)
{
    auto *box = new QComboBox;
    for (std::size_t a = 0; a < analytics::kBookAxes; ++a)
        box->addItem(QString(), int(a)); // named by relabelAxes
    box->setCurrentIndex(int(initial));
    return box;
}

// The axes' names in the language shown now; items are known by their axis (item data).
void relabelAxes(QComboBox *box)
{
    const QSignalBlocker block(box);
    for (int i = 0; i < box->count(); ++i)
        box->setItemText(i, analytics::bookAxisName(analytics::BookAxis(box->itemData(i).toInt())));
}

} // namespace

SegmentMapPage::SegmentMapPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("SegmentMapPage"));
    m_x = axisBox(analytics::BookAxis::Aum);
    m_y = axisBox(analytics::BookAxis::MarginClv);
    m_colour = new QComboBox;
    m_colour->setMinimumContentsLength(18);
    m_sized = new QCheckBox;
    auto *bar = new QHBoxLayout;
    const auto label = [](QWidget *buddy) {
        auto *l = new QLabel;
        l->setBuddy(buddy);
        return l;
    };
    m_xLabel = label(m_x);
    m_yLabel = label(m_y);
    m_colourLabel = label(m_colour);
    bar->addWidget(m_xLabel);
    bar->addWidget(m_x);
    bar->addWidget(m_yLabel);
    bar->addWidget(m_y);
    bar->addWidget(m_colourLabel);
    bar->addWidget(m_colour);
    bar->addWidget(m_sized);
    bar->addStretch(1);
    m_map = new SegmentMap;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_map, 1);

    for (QComboBox *box : {m_x, m_y, m_colour})
        connect(box, &QComboBox::currentIndexChanged, this, &SegmentMapPage::rebuild);
    connect(m_sized, &QCheckBox::toggled, this, &SegmentMapPage::rebuild);
    connect(m_map, &SegmentMap::selectionChanged, this, &SegmentMapPage::selectionChanged);
    connect(m_map, &SegmentMap::customerClicked, this, [this](int row) {
        if (m_book && row >= 0 && std::size_t(row) < m_book->size())
            emit customerClicked(QString::fromStdString(m_book->customerId[std::size_t(row)]));
    });
    m_map->setTooltipProvider([this](int row) { return tooltip(row); });
    retranslate();
}

void SegmentMapPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SegmentMapPage::retranslate()
{
    m_sized->setText(tr("Size by &margin CLV"));
    m_xLabel->setText(tr("&X:"));
    m_yLabel->setText(tr("&Y:"));
    m_colourLabel->setText(tr("&Colour by:"));
    relabelAxes(m_x);
    relabelAxes(m_y);
    relabelColours();
    // A map still being prepared is named when it arrives.
    if (!m_building)
        relabelMap();
}

void SegmentMapPage::relabelColours()
{
    const QSignalBlocker block(m_colour);
    for (int i = 0; i < m_colour->count(); ++i) {
        const QString key = m_colour->itemData(i).toString();
        const analytics::BookSegmentation *s = m_book && !key.isEmpty() ? m_book->segmentation(key) : nullptr;
        m_colour->setItemText(i, s ? analytics::segmentationTitle(*s) : tr("(none)"));
    }
}

void SegmentMapPage::relabelMap()
{
    const analytics::BookSegmentation *s = m_book ? m_book->segmentation(m_colour->currentData().toString()) : nullptr;
    m_segmentNames = s ? analytics::segmentationNames(*s) : QStringList();
    m_map->setLabels(analytics::bookAxisName(analytics::BookAxis(m_x->currentData().toInt())),
                     analytics::bookAxisName(analytics::BookAxis(m_y->currentData().toInt())), m_segmentNames);
}

void SegmentMapPage::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    const QString kind = m_colour->currentData().toString();
    {
        const QSignalBlocker block(m_colour);
        m_colour->clear();
        m_colour->addItem(QString(), QString());
        if (m_book)
            for (const analytics::BookSegmentation &s : m_book->segmentations)
                m_colour->addItem(QString(), s.key);
        relabelColours();
        const int keep = kind.isEmpty() ? -1 : m_colour->findData(kind);
        m_colour->setCurrentIndex(keep >= 0 ? keep : std::min(1, m_colour->count() - 1));
    }
    // Hidden: build the map when it is next shown (a million points cost ~0.2 s).
    m_stale = !isVisible();
    if (!m_stale)
        rebuild();
}

void SegmentMapPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
}

void SegmentMapPage::setMasked(bool masked)
{
    m_masked = masked;
}

void SegmentMapPage::setSelection(const QVector<int> &rows)
{
    m_selection = rows;
    if (!m_stale && !analytics::sameRows(rows, m_map->selection()))
        m_map->setSelection(rows);
}

void SegmentMapPage::setHighlightedIds(const QStringList &customerIds)
{
    if (!m_book)
        return;
    QVector<int> rows;
    for (const QString &id : customerIds)
        if (const std::int32_t row = m_book->rowOf(id.toStdString()); row >= 0)
            rows << int(row);
    m_map->setHighlighted(rows);
}

namespace {

// Where the map opens: a money axis from its 1st percentile (a few cents of balance would
// stretch a log axis over ten decades) to beyond its largest value, other axes over all the data.
std::pair<double, double> openingRange(const std::vector<double> &values, bool log)
{
    std::vector<double> v;
    v.reserve(values.size());
    for (double d : values)
        if (std::isfinite(d) && (!log || d > 0))
            v.push_back(d);
    if (v.empty())
        return {0, 1};
    // Linear time: the 1st percentile by selection, the ends by a scan (a million values).
    const auto [lowest, highest] = std::minmax_element(v.begin(), v.end());
    const double first = *lowest, hi = *highest;
    if (log) {
        const auto k = v.begin() + std::ptrdiff_t(double(v.size() - 1) * 0.01);
        std::nth_element(v.begin(), k, v.end());
        return {*k / 1.5, hi * 1.5};
    }
    const double pad = (hi - first) * 0.03 + 1e-9;
    return {first - pad, hi + pad};
}

} // namespace

void SegmentMapPage::rebuild()
{
    const quint64 generation = ++m_generation;
    m_building = true;
    const auto x = analytics::BookAxis(m_x->currentData().toInt());
    const auto y = analytics::BookAxis(m_y->currentData().toInt());
    const QString colour = m_colour->currentData().toString();
    const bool sized = m_sized->isChecked();
    // Labels are translated here, on the GUI thread.
    const QString xLabel = analytics::bookAxisName(x), yLabel = analytics::bookAxisName(y);
    // The costly half (copies, transform, spatial index, opening range) runs on the pool; the
    // newest request wins and an older one that finishes later is dropped.
    QThreadPool::globalInstance()->start([book = m_book, x, y, colour, sized, xLabel, yLabel, generation,
                                          guard = QPointer<SegmentMapPage>(this)] {
        SegmentMapData series;
        QRectF view;
        if (book && book->size() > 0) {
            const std::vector<double> &xs = book->axis(x), &ys = book->axis(y);
            series.x = QVector<double>(xs.begin(), xs.end());
            series.y = QVector<double>(ys.begin(), ys.end());
            series.logX = analytics::bookAxisIsMoney(x);
            series.logY = analytics::bookAxisIsMoney(y);
            series.xLabel = xLabel;
            series.yLabel = yLabel;
            if (const analytics::BookSegmentation *s = book->segmentation(colour)) {
                series.group = QVector<int>(s->group.begin(), s->group.end());
                series.groupNames = s->names;
            }
            if (sized) {
                const std::vector<double> &v = book->axis(analytics::BookAxis::MarginClv);
                series.size = QVector<double>(v.begin(), v.end());
            }
            const auto [x0, x1] = openingRange(xs, series.logX);
            const auto [y0, y1] = openingRange(ys, series.logY);
            view = QRectF(QPointF(x0, y0), QPointF(x1, y1));
        }
        std::shared_ptr<SegmentMapPrepared> prepared = SegmentMap::prepare(std::move(series));
        // Delivered through the application object: the page may be gone by then (the guard is
        // only read on the GUI thread, which is the one that deletes pages).
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(app, [guard, prepared, view, generation]() mutable {
            SegmentMapPage *self = guard.data();
            if (!self || generation != self->m_generation)
                return; // gone, or superseded by a newer book, axis or colour
            self->m_building = false;
            {
                // New data clears the map's selection; the window's selection stays and is drawn again.
                const QSignalBlocker quiet(self->m_map);
                self->m_map->setPrepared(std::move(prepared));
                if (!self->m_selection.isEmpty())
                    self->m_map->setSelection(self->m_selection);
                if (!view.isNull())
                    self->m_map->setViewRect(view);
                self->relabelMap(); // in the language shown now, which may have changed meanwhile
            }
            emit self->mapReady();
        }, Qt::QueuedConnection);
    });
}

QString SegmentMapPage::tooltip(int row) const
{
    if (!m_book || row < 0 || std::size_t(row) >= m_book->size())
        return {};
    const auto r = std::size_t(row);
    const QString id = QString::fromStdString(m_book->customerId[r]);
    QString text = tr("Customer %1").arg(m_masked ? privacy::maskId(id) : id);
    if (const analytics::BookSegmentation *s = m_book->segmentation(m_colour->currentData().toString()))
        if (s->group[r] >= 0)
            text += QLatin1Char('\n') + m_segmentNames.value(s->group[r], s->names.value(s->group[r]));
    text += QLatin1Char('\n') + tr("AUM %1 · margin CLV %2 · CLV %3")
                                    .arg(figures::money(m_book->axis(analytics::BookAxis::Aum)[r]),
                                         figures::money(m_book->axis(analytics::BookAxis::MarginClv)[r]),
                                         figures::money(m_book->axis(analytics::BookAxis::Clv)[r]));
    const double p = m_book->axis(analytics::BookAxis::PAlive)[r];
    if (std::isfinite(p))
        text += QLatin1Char('\n') + tr("P(alive) %1 % · %n warning(s)", nullptr, m_book->alerts[r]).arg(figures::number(p * 100, 1));
    return text;
}

} // namespace tierwise
