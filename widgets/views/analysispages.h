#pragma once

// The value and cohort tabs of the workbench, each a chart over the loaded book with the choices
// that drive it:
// - SegmentsPage: per segment of a chosen segmentation, the count, AUM and CLV shares and the
//   average P(alive);
// - ParetoPage: the Lorenz curve of AUM or CLV with the top-20 % share and Gini, overall and for
//   a chosen branch;
// - CohortsPage: the CLV run's cohort triangle with the average retention curve;
// - DistributionsPage: a chosen figure's distribution per segment (histograms and box plots);
// - ModelCheckPage: the CLV model's holdout check;
// - ClustersPage: the clusters' mean figures as a heat table.
// Every page exports its chart (File ▸ Export ▸ Chart).

#include <QDate>
#include <QPair>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include "analytics/pareto.h"

namespace tierwise::analytics { struct TierMigration; }

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace tierwise {

namespace analytics { struct BookView; struct BookSegmentation; }
class ClusterProfileView;
class MigrationMatrixView;
class CohortHeatmap;
class DistributionChart;
class ModelCheckChart;
class ParetoChart;
class SegmentOverviewChart;

// The common base: holds the book, rebuilds on a new one, exports its chart.
class BookPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    // Takes the book; a hidden page rebuilds when it is next shown, so a new book costs only
    // the visible page's work on the GUI thread.
    void setBook(std::shared_ptr<const analytics::BookView> book);
    // Writes the page's chart as PNG or PDF (by suffix).
    virtual bool exportChart(const QString &path) = 0;

protected:
    void showEvent(QShowEvent *event) override;
    // A change of language (or of the money format): retranslate().
    void changeEvent(QEvent *event) override;
    virtual void bookChanged() = 0;
    // Names the page's labels, choices and chart again from what it holds (nothing is computed
    // again).
    virtual void retranslate() {}
    bool m_stale = false;
    // Fills a combo with the book's segmentations (keeping the current choice when it remains).
    void fillSegmentations(QComboBox *box) const;
    // Their titles, in the language shown now.
    void relabelSegmentations(QComboBox *box) const;
    // The names of the segments of the segmentation chosen in box, in the language shown now.
    QStringList segmentNames(const QComboBox *box) const;
    std::shared_ptr<const analytics::BookView> m_book;
};

class SegmentsPage final : public BookPage
{
    Q_OBJECT

public:
    explicit SegmentsPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;
    SegmentOverviewChart *chart() const { return m_chart; }

private:
    void bookChanged() override;
    void retranslate() override;
    void rebuild();
    QLabel *m_segmentationLabel = nullptr;
    QComboBox *m_segmentation = nullptr;
    SegmentOverviewChart *m_chart = nullptr;
};

class ParetoPage final : public BookPage
{
    Q_OBJECT

public:
    explicit ParetoPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;
    ParetoChart *chart() const { return m_chart; }
    QComboBox *branchBox() const { return m_branch; }

private:
    void bookChanged() override;
    void retranslate() override;
    void rebuild();
    void showCurves();
    QLabel *m_valueLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QComboBox *m_value = nullptr;
    QComboBox *m_branch = nullptr;
    ParetoChart *m_chart = nullptr;
    // The curves shown: (branch, summary); the branch is empty for the whole book.
    QVector<QPair<QString, analytics::ParetoSummary>> m_curves;
};

class CohortsPage final : public BookPage
{
    Q_OBJECT

public:
    explicit CohortsPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;

private:
    void bookChanged() override;
    CohortHeatmap *m_chart = nullptr;
};

class DistributionsPage final : public BookPage
{
    Q_OBJECT

public:
    explicit DistributionsPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;

private:
    void bookChanged() override;
    void retranslate() override;
    void rebuild();
    QLabel *m_featureLabel = nullptr;
    QLabel *m_segmentationLabel = nullptr;
    QComboBox *m_feature = nullptr;
    QComboBox *m_segmentation = nullptr;
    DistributionChart *m_chart = nullptr;
};

class ModelCheckPage final : public BookPage
{
    Q_OBJECT

public:
    explicit ModelCheckPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;

private:
    void bookChanged() override;
    void retranslate() override;
    ModelCheckChart *m_chart = nullptr;
};

class ClustersPage final : public BookPage
{
    Q_OBJECT

public:
    explicit ClustersPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;

private:
    void bookChanged() override;
    void retranslate() override;
    const analytics::BookSegmentation *clusters() const;
    ClusterProfileView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

// The tier migration between an earlier date and the book's as-of date; computing it is a job
// the window runs (compareRequested), whose result comes back through setMigration.
class MigrationPage final : public BookPage
{
    Q_OBJECT

public:
    explicit MigrationPage(QWidget *parent = nullptr);
    bool exportChart(const QString &path) override;
    void setMigration(const analytics::TierMigration &migration, const QStringList &tierNames, const QString &before,
                      const QString &after);
    QDateEdit *beforeEdit() const { return m_before; }
    MigrationMatrixView *view() const { return m_view; }

signals:
    void compareRequested(const QDate &before);

private:
    void bookChanged() override;
    void retranslate() override;
    QStringList tierNames() const;
    QLabel *m_beforeLabel = nullptr;
    QLabel *m_compareLabel = nullptr;
    QDateEdit *m_before = nullptr;
    QPushButton *m_compare = nullptr;
    MigrationMatrixView *m_view = nullptr;
    QDate m_asOf; // of the book the matrix belongs to
    QStringList m_tierSources; // the matrix's tiers' names untranslated (see setMigration)
};

} // namespace tierwise
