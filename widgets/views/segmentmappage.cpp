#include "views/segmentmappage.h"

#include "analytics/bookview.h"
#include "charts/segmentmap.h"
#include "privacy/masking.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
        box->addItem(analytics::bookAxisName(analytics::BookAxis(a)), int(a));
    box->setCurrentIndex(int(initial));
    return box;
}

QString figure(double v, int decimals = 0)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : QStringLiteral("—");
}

} // namespace

SegmentMapPage::SegmentMapPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("SegmentMapPage"));
    m_x = axisBox(analytics::BookAxis::Aum);
    m_y = axisBox(analytics::BookAxis::MarginClv);
    m_colour = new QComboBox;
    m_colour->setMinimumContentsLength(18);
    m_sized = new QCheckBox(tr("Size by &margin CLV"));
    auto *bar = new QHBoxLayout;
    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    bar->addWidget(label(tr("&X:"), m_x));
    bar->addWidget(m_x);
    bar->addWidget(label(tr("&Y:"), m_y));
    bar->addWidget(m_y);
    bar->addWidget(label(tr("&Colour by:"), m_colour));
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
}

void SegmentMapPage::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    const QString kind = m_colour->currentData().toString();
    {
        const QSignalBlocker block(m_colour);
        m_colour->clear();
        m_colour->addItem(tr("(none)"), QString());
        if (m_book)
            for (const analytics::BookSegmentation &s : m_book->segmentations)
                m_colour->addItem(s.title, s.key);
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
    if (!m_stale && rows != m_map->selection())
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

void SegmentMapPage::rebuild()
{
    SegmentMapData series;
    if (m_book && m_book->size() > 0) {
        const auto x = analytics::BookAxis(m_x->currentData().toInt());
        const auto y = analytics::BookAxis(m_y->currentData().toInt());
        const std::vector<double> &xs = m_book->axis(x), &ys = m_book->axis(y);
        series.x = QVector<double>(xs.begin(), xs.end());
        series.y = QVector<double>(ys.begin(), ys.end());
        series.logX = analytics::bookAxisIsMoney(x);
        series.logY = analytics::bookAxisIsMoney(y);
        series.xLabel = analytics::bookAxisName(x);
        series.yLabel = analytics::bookAxisName(y);
        if (const analytics::BookSegmentation *s = m_book->segmentation(m_colour->currentData().toString())) {
            series.group = QVector<int>(s->group.begin(), s->group.end());
            series.groupNames = s->names;
        }
        if (m_sized->isChecked()) {
            const std::vector<double> &v = m_book->axis(analytics::BookAxis::MarginClv);
            series.size = QVector<double>(v.begin(), v.end());
        }
    }
    const bool logX = series.logX, logY = series.logY;
    const QVector<double> xs = series.x, ys = series.y;
    {
        // New data clears the map's selection; the window's selection stays and is drawn again.
        const QSignalBlocker quiet(m_map);
        m_map->setData(std::move(series));
        if (!m_selection.isEmpty())
            m_map->setSelection(m_selection);
    }
    // Open on where the customers are: a money axis from its 1st percentile (a few cents of
    // balance would stretch a log axis over ten decades), other axes over all the data.
    if (!xs.isEmpty()) {
        const auto range = [](QVector<double> v, bool log) {
            v.erase(std::remove_if(v.begin(), v.end(), [log](double d) { return !std::isfinite(d) || (log && d <= 0); }),
                    v.end());
            if (v.isEmpty())
                return std::pair<double, double>(0, 1);
            // Linear time: the 1st percentile by selection, the ends by a scan (a million values).
            const auto [lowest, highest] = std::minmax_element(v.begin(), v.end());
            const double first = *lowest, hi = *highest;
            double lo = first;
            if (log) {
                const auto k = v.begin() + qsizetype(double(v.size() - 1) * 0.01);
                std::nth_element(v.begin(), k, v.end());
                lo = *k;
                return std::pair<double, double>(lo / 1.5, hi * 1.5);
            }
            const double pad = (hi - lo) * 0.03 + 1e-9;
            return std::pair<double, double>(lo - pad, hi + pad);
        };
        const auto [x0, x1] = range(xs, logX);
        const auto [y0, y1] = range(ys, logY);
        m_map->setViewRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
    }
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
            text += QLatin1Char('\n') + s->names.at(s->group[r]);
    text += QLatin1Char('\n') + tr("AUM %1 · margin CLV %2 · CLV %3")
                                    .arg(figure(m_book->axis(analytics::BookAxis::Aum)[r]),
                                         figure(m_book->axis(analytics::BookAxis::MarginClv)[r]),
                                         figure(m_book->axis(analytics::BookAxis::Clv)[r]));
    const double p = m_book->axis(analytics::BookAxis::PAlive)[r];
    if (std::isfinite(p))
        text += QLatin1Char('\n') + tr("P(alive) %1 % · %n warning(s)", nullptr, m_book->alerts[r]).arg(figure(p * 100, 1));
    return text;
}

} // namespace tierwise
