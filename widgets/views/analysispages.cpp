#include "views/analysispages.h"

#include "analytics/bookview.h"
#include "analytics/pareto.h"
#include "analytics/tiers.h"
#include "charts/clusterprofileview.h"
#include "charts/cohortheatmap.h"
#include "charts/distributionchart.h"
#include "charts/migrationmatrixview.h"
#include "charts/modelcheckchart.h"
#include "charts/paretochart.h"
#include "charts/segmentoverviewchart.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QPushButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>
#include <map>

namespace tierwise {

namespace {

// A page's layout: a row of labelled choices above the chart (the labels are named by the
// page's retranslate()).
QVBoxLayout *pageLayout(QWidget *page, const QList<QPair<QLabel *, QWidget *>> &choices, QWidget *chart)
{
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    if (!choices.isEmpty()) {
        auto *bar = new QHBoxLayout;
        for (const auto &[label, widget] : choices) {
            label->setBuddy(widget);
            bar->addWidget(label);
            bar->addWidget(widget);
        }
        bar->addStretch(1);
        layout->addLayout(bar); // owned by the page's layout (a bar left unadded would leak)
    }
    layout->addWidget(chart, 1);
    return layout;
}

double finiteOrZero(double v)
{
    return std::isfinite(v) ? std::max(v, 0.0) : 0.0;
}

// The book axes' names in the language shown now; items are known by their axis (item data).
void relabelAxes(QComboBox *box)
{
    const QSignalBlocker block(box);
    for (int i = 0; i < box->count(); ++i)
        box->setItemText(i, analytics::bookAxisName(analytics::BookAxis(box->itemData(i).toInt())));
}

} // namespace

void BookPage::setBook(std::shared_ptr<const analytics::BookView> book)
{
    m_book = std::move(book);
    m_stale = !isVisible();
    if (!m_stale)
        bookChanged();
}

void BookPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        bookChanged();
    }
}

void BookPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BookPage::fillSegmentations(QComboBox *box) const
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    if (m_book)
        for (const analytics::BookSegmentation &s : m_book->segmentations)
            box->addItem(analytics::segmentationTitle(s), s.key);
    const int keep = box->findData(current);
    box->setCurrentIndex(keep >= 0 ? keep : 0);
}

void BookPage::relabelSegmentations(QComboBox *box) const
{
    const QSignalBlocker block(box);
    for (int i = 0; i < box->count(); ++i)
        if (const analytics::BookSegmentation *s = m_book ? m_book->segmentation(box->itemData(i).toString()) : nullptr)
            box->setItemText(i, analytics::segmentationTitle(*s));
}

QStringList BookPage::segmentNames(const QComboBox *box) const
{
    const analytics::BookSegmentation *s = m_book ? m_book->segmentation(box->currentData().toString()) : nullptr;
    return s ? analytics::segmentationNames(*s) : QStringList();
}

// ------------------------------------------------------------------------------------- segments

SegmentsPage::SegmentsPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("SegmentsPage"));
    m_segmentation = new QComboBox;
    m_segmentation->setMinimumContentsLength(24);
    m_chart = new SegmentOverviewChart;
    m_segmentationLabel = new QLabel;
    pageLayout(this, {{m_segmentationLabel, m_segmentation}}, m_chart);
    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &SegmentsPage::rebuild);
    retranslate();
}

void SegmentsPage::retranslate()
{
    m_segmentationLabel->setText(tr("&Segmentation:"));
    relabelSegmentations(m_segmentation);
    if (!m_chart->segments().isEmpty())
        m_chart->setSegmentNames(segmentNames(m_segmentation));
}

void SegmentsPage::bookChanged()
{
    fillSegmentations(m_segmentation);
    rebuild();
}

void SegmentsPage::rebuild()
{
    QVector<SegmentSummary> rows;
    const analytics::BookSegmentation *seg = m_book ? m_book->segmentation(m_segmentation->currentData().toString()) : nullptr;
    if (seg) {
        const std::vector<double> &aum = m_book->axis(analytics::BookAxis::Aum);
        const std::vector<double> &clv = m_book->axis(analytics::BookAxis::MarginClv);
        const std::vector<double> &alive = m_book->axis(analytics::BookAxis::PAlive);
        rows.resize(seg->keys.size());
        std::vector<double> aliveSum(std::size_t(seg->keys.size()), 0.0);
        std::vector<qint64> aliveCount(std::size_t(seg->keys.size()), 0);
        for (SegmentSummary &row : rows)
            row.aum = row.clv = 0;
        double aumTotal = 0, clvTotal = 0;
        for (std::size_t r = 0; r < m_book->size(); ++r) {
            aumTotal += finiteOrZero(aum[r]);
            clvTotal += finiteOrZero(clv[r]);
            const int g = seg->group[r];
            if (g < 0)
                continue;
            SegmentSummary &s = rows[g];
            ++s.count;
            s.aum += finiteOrZero(aum[r]);
            s.clv += finiteOrZero(clv[r]);
            if (std::isfinite(alive[r])) {
                aliveSum[std::size_t(g)] += alive[r];
                ++aliveCount[std::size_t(g)];
            }
        }
        const QStringList names = analytics::segmentationNames(*seg);
        for (int g = 0; g < rows.size(); ++g) {
            rows[g].name = names.value(g);
            rows[g].aumShare = aumTotal > 0 ? rows[g].aum / aumTotal : 0;
            rows[g].clvShare = clvTotal > 0 ? rows[g].clv / clvTotal : 0;
            rows[g].avgPAlive = aliveCount[std::size_t(g)] > 0 ? aliveSum[std::size_t(g)] / double(aliveCount[std::size_t(g)])
                                                               : std::nan("");
        }
    }
    m_chart->setSegments(rows);
}

bool SegmentsPage::exportChart(const QString &path)
{
    return m_chart->exportTo(path);
}

// --------------------------------------------------------------------------------------- pareto

ParetoPage::ParetoPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("ParetoPage"));
    m_value = new QComboBox;
    for (analytics::BookAxis a : {analytics::BookAxis::Aum, analytics::BookAxis::MarginClv, analytics::BookAxis::Clv})
        m_value->addItem(QString(), int(a));
    m_branch = new QComboBox;
    m_chart = new ParetoChart;
    m_valueLabel = new QLabel;
    m_branchLabel = new QLabel;
    pageLayout(this, {{m_valueLabel, m_value}, {m_branchLabel, m_branch}}, m_chart);
    connect(m_value, &QComboBox::currentIndexChanged, this, &ParetoPage::rebuild);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &ParetoPage::rebuild);
    retranslate();
}

void ParetoPage::retranslate()
{
    m_valueLabel->setText(tr("&Value:"));
    m_branchLabel->setText(tr("Compare with &branch:"));
    relabelAxes(m_value);
    {
        const QSignalBlocker block(m_branch);
        if (m_branch->count() > 0 && m_branch->itemData(0).toString().isEmpty())
            m_branch->setItemText(0, tr("(none)"));
    }
    showCurves();
}

// The curves computed last, named in the language shown now.
void ParetoPage::showCurves()
{
    m_chart->setValueName(analytics::bookAxisName(analytics::BookAxis(m_value->currentData().toInt())));
    QVector<QPair<QString, analytics::ParetoSummary>> curves;
    for (const auto &[branch, summary] : std::as_const(m_curves))
        curves.append({branch.isEmpty() ? tr("All branches") : branch, summary});
    m_chart->setCurves(curves);
}

void ParetoPage::bookChanged()
{
    const QString current = m_branch->currentData().toString();
    {
        const QSignalBlocker block(m_branch);
        m_branch->clear();
        m_branch->addItem(tr("(none)"), QString());
        if (m_book) {
            std::vector<std::string> branches(m_book->branchId.begin(), m_book->branchId.end());
            std::sort(branches.begin(), branches.end());
            branches.erase(std::unique(branches.begin(), branches.end()), branches.end());
            for (const std::string &b : branches)
                if (!b.empty())
                    m_branch->addItem(QString::fromStdString(b), QString::fromStdString(b));
        }
        const int keep = m_branch->findData(current);
        m_branch->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    rebuild();
}

void ParetoPage::rebuild()
{
    m_curves.clear();
    const auto axis = analytics::BookAxis(m_value->currentData().toInt());
    if (m_book && m_book->size() > 0) {
        const analytics::ParetoReport report = analytics::paretoByGroup(m_book->axis(axis), m_book->branchId);
        m_curves.append({QString(), report.overall});
        const QString branch = m_branch->currentData().toString();
        if (!branch.isEmpty() && report.byGroup.contains(branch))
            m_curves.append({branch, report.byGroup.value(branch)});
    }
    showCurves();
}

bool ParetoPage::exportChart(const QString &path)
{
    return m_chart->exportTo(path);
}

// -------------------------------------------------------------------------------------- cohorts

CohortsPage::CohortsPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("CohortsPage"));
    m_chart = new CohortHeatmap;
    pageLayout(this, {}, m_chart);
}

void CohortsPage::bookChanged()
{
    m_chart->setTable(m_book && m_book->cohorts ? *m_book->cohorts : analytics::CohortTable());
}

bool CohortsPage::exportChart(const QString &path)
{
    return m_chart->exportTo(path);
}

// -------------------------------------------------------------------------------- distributions

DistributionsPage::DistributionsPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("DistributionsPage"));
    m_feature = new QComboBox;
    for (std::size_t a = 0; a < analytics::kBookAxes; ++a)
        m_feature->addItem(QString(), int(a));
    m_segmentation = new QComboBox;
    m_segmentation->setMinimumContentsLength(24);
    m_chart = new DistributionChart;
    m_featureLabel = new QLabel;
    m_segmentationLabel = new QLabel;
    pageLayout(this, {{m_featureLabel, m_feature}, {m_segmentationLabel, m_segmentation}}, m_chart);
    connect(m_feature, &QComboBox::currentIndexChanged, this, &DistributionsPage::rebuild);
    connect(m_segmentation, &QComboBox::currentIndexChanged, this, &DistributionsPage::rebuild);
    retranslate();
}

void DistributionsPage::retranslate()
{
    m_featureLabel->setText(tr("&Figure:"));
    m_segmentationLabel->setText(tr("&Per segment of:"));
    relabelAxes(m_feature);
    relabelSegmentations(m_segmentation);
    if (m_chart->hasData())
        m_chart->setNames(segmentNames(m_segmentation).isEmpty() ? QStringList{tr("All customers")}
                                                                 : segmentNames(m_segmentation),
                          analytics::bookAxisName(analytics::BookAxis(m_feature->currentData().toInt())));
}

void DistributionsPage::bookChanged()
{
    fillSegmentations(m_segmentation);
    rebuild();
}

void DistributionsPage::rebuild()
{
    QVector<QPair<QString, QVector<double>>> segments;
    const auto axis = analytics::BookAxis(m_feature->currentData().toInt());
    if (m_book && m_book->size() > 0) {
        const std::vector<double> &v = m_book->axis(axis);
        if (const analytics::BookSegmentation *seg = m_book->segmentation(m_segmentation->currentData().toString())) {
            segments.resize(seg->keys.size());
            const QStringList names = analytics::segmentationNames(*seg);
            for (int g = 0; g < seg->keys.size(); ++g)
                segments[g].first = names.value(g);
            for (std::size_t r = 0; r < m_book->size(); ++r)
                if (seg->group[r] >= 0)
                    segments[seg->group[r]].second.push_back(v[r]);
        } else {
            segments.append({tr("All customers"), QVector<double>(v.begin(), v.end())});
        }
    }
    m_chart->setData(segments, analytics::bookAxisName(axis), analytics::bookAxisIsMoney(axis));
}

bool DistributionsPage::exportChart(const QString &path)
{
    return m_chart->exportTo(path);
}

// ---------------------------------------------------------------------------------- model check

ModelCheckPage::ModelCheckPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("ModelCheckPage"));
    m_chart = new ModelCheckChart;
    pageLayout(this, {}, m_chart);
}

void ModelCheckPage::retranslate()
{
    if (!m_book || !m_book->holdout)
        bookChanged();
}

void ModelCheckPage::bookChanged()
{
    if (m_book && m_book->holdout)
        m_chart->setCheck(*m_book->holdout);
    else
        m_chart->clear(tr("No holdout check yet — run Analyze ▸ Lifetime Value."));
}

bool ModelCheckPage::exportChart(const QString &path)
{
    return m_chart->exportTo(path);
}

// ------------------------------------------------------------------------------------- clusters

ClustersPage::ClustersPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("ClustersPage"));
    m_view = new ClusterProfileView;
    m_note = new QLabel;
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    QVBoxLayout *layout = pageLayout(this, {}, m_view);
    layout->insertWidget(0, m_note);
    retranslate();
}

namespace {

// The clusters page's columns.
constexpr analytics::BookAxis kClusterAxes[] = {analytics::BookAxis::Age,       analytics::BookAxis::Tenure,
                                                analytics::BookAxis::Recency,   analytics::BookAxis::Frequency,
                                                analytics::BookAxis::Aum,       analytics::BookAxis::MarginClv,
                                                analytics::BookAxis::PAlive};

QStringList clusterFeatures()
{
    QStringList features;
    for (analytics::BookAxis a : kClusterAxes)
        features << analytics::bookAxisName(a);
    return features;
}

} // namespace

const analytics::BookSegmentation *ClustersPage::clusters() const
{
    return m_book ? m_book->segmentation(QStringLiteral("segment.kmeans")) : nullptr;
}

void ClustersPage::retranslate()
{
    const analytics::BookSegmentation *seg = clusters();
    if (!seg) {
        m_note->setText(tr("No clusters yet — run Analyze ▸ Clustering."));
        return;
    }
    m_note->setText(tr("%1: each cluster's mean figures; colours compare the clusters column by column.")
                        .arg(analytics::segmentationTitle(*seg)));
    if (m_view->hasData())
        m_view->setNames(analytics::segmentationNames(*seg), clusterFeatures());
}

void ClustersPage::bookChanged()
{
    const analytics::BookSegmentation *seg = clusters();
    if (!seg) {
        m_view->setProfiles({}, {}, {}, {});
        retranslate();
        return;
    }
    const auto &axes = kClusterAxes;
    QVector<bool> money;
    for (analytics::BookAxis a : axes)
        money << analytics::bookAxisIsMoney(a);
    const int k = int(seg->keys.size());
    QVector<QVector<double>> sums(k, QVector<double>(int(std::size(axes)), 0.0));
    QVector<QVector<qint64>> counts(k, QVector<qint64>(int(std::size(axes)), 0));
    QVector<qint64> sizes(k, 0);
    for (std::size_t r = 0; r < m_book->size(); ++r) {
        const int g = seg->group[r];
        if (g < 0)
            continue;
        ++sizes[g];
        for (int j = 0; j < int(std::size(axes)); ++j) {
            const double v = m_book->axis(axes[j])[r];
            if (std::isfinite(v)) {
                sums[g][j] += v;
                ++counts[g][j];
            }
        }
    }
    for (int g = 0; g < k; ++g)
        for (int j = 0; j < int(std::size(axes)); ++j)
            sums[g][j] = counts[g][j] > 0 ? sums[g][j] / double(counts[g][j]) : std::nan("");
    m_view->setProfiles(analytics::segmentationNames(*seg), sizes, clusterFeatures(), sums, money);
    retranslate();
}

bool ClustersPage::exportChart(const QString &path)
{
    return m_view->exportTo(path);
}

// ------------------------------------------------------------------------------------ migration

MigrationPage::MigrationPage(QWidget *parent) : BookPage(parent)
{
    setObjectName(QStringLiteral("MigrationPage"));
    m_before = new QDateEdit;
    m_before->setCalendarPopup(true);
    m_compare = new QPushButton;
    m_compare->setEnabled(false);
    m_view = new MigrationMatrixView;
    m_beforeLabel = new QLabel;
    m_compareLabel = new QLabel;
    pageLayout(this, {{m_beforeLabel, m_before}, {m_compareLabel, m_compare}}, m_view);
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareRequested(m_before->date()); });
    retranslate();
}

void MigrationPage::retranslate()
{
    m_beforeLabel->setText(tr("Tiers on:"));
    m_compareLabel->setText(tr("against the as-of date"));
    m_compare->setText(tr("&Compare"));
    if (!m_tierSources.isEmpty())
        m_view->setTierNames(tierNames());
}

// The tiers' names in the language shown now: a default tier's name is translated (as
// Tier::displayName does), a name of the user's own stays as it is.
QStringList MigrationPage::tierNames() const
{
    QStringList names;
    for (const QString &source : m_tierSources) {
        analytics::Tier tier;
        tier.name = source;
        names << tier.displayName();
    }
    return names;
}

void MigrationPage::bookChanged()
{
    const QDate asOf = m_book ? QDate::fromString(m_book->asOf, Qt::ISODate) : QDate();
    // Another workspace or another as-of date: the matrix shown no longer applies.
    if (asOf != m_asOf) {
        m_view->setMigration(analytics::TierMigration(), {});
        m_view->setDates(QString(), QString());
        m_asOf = asOf;
    }
    m_compare->setEnabled(asOf.isValid() && m_book->size() > 0);
    if (asOf.isValid()) {
        m_before->setMaximumDate(asOf.addDays(-1));
        if (!m_before->date().isValid() || m_before->date() >= asOf || m_before->date() == QDate(2000, 1, 1))
            m_before->setDate(asOf.addMonths(-6));
    }
}

void MigrationPage::setMigration(const analytics::TierMigration &migration, const QStringList &tierNames,
                                 const QString &before, const QString &after)
{
    // The names come translated; kept as their sources to name them again after a change of
    // language (a default tier by its name in the catalogue, others as given).
    const analytics::TierRuleSet defaults = analytics::TierRuleSet::defaults();
    m_tierSources.clear();
    for (const QString &name : tierNames) {
        QString source = name;
        for (const analytics::Tier &tier : defaults.tiers())
            if (tier.displayName() == name)
                source = tier.name;
        m_tierSources << source;
    }
    m_view->setMigration(migration, tierNames);
    m_view->setDates(before, after);
}

bool MigrationPage::exportChart(const QString &path)
{
    return m_view->exportTo(path);
}

} // namespace tierwise
