#pragma once

// The audience part of the campaign planner: a segmentation of the book and one or more of its
// segments (with their customers and AUM), and optional filters by branch, lifecycle stage, early
// warning and next-best product. It only describes the audience (spec()); the planner resolves
// it. Choices survive a reload of the book where their keys still exist; the filters that need
// a lifetime-value run are disabled, with the reason shown, until its facts are read.
// A language switch names the lists' items again (segments, branches, stages, warnings, products)
// and shows the figures in the new locale, keeping every tick (items are known by their keys); it
// changes no choice, so it emits no changed().

#include "planning/campaign.h"
#include "planning/strategy.h"

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace tierwise {

namespace analytics { struct BookView; }

class CampaignAudienceEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit CampaignAudienceEditor(QWidget *parent = nullptr);
    ~CampaignAudienceEditor() override;

    // The book's segmentations, branches (with their names, where known) and lifecycle stages,
    // and the product catalogue for the next-best filter. Null: nothing to choose from.
    void setBook(std::shared_ptr<const analytics::BookView> book, const std::vector<planning::Product> &catalogue,
                 const std::map<QString, QString> &branchNames);
    // The CLV run's warnings and next-best products (null while they are read): enables those
    // filters and shows how many customers each choice has.
    void setFacts(const planning::CampaignFacts *facts);

    planning::AudienceSpec spec() const;
    // Chooses a segmentation by key and ticks exactly these keys in each list (empty: none).
    bool setSpec(const planning::AudienceSpec &spec);
    // A stage, warning or next-best filter is set (the audience then needs the CLV run's facts).
    bool needsFacts() const;
    // The display name of a segment of the chosen segmentation (the key if unknown).
    QString segmentName(const QString &key) const;
    QString segmentationTitle() const;

    QComboBox *segmentationBox() const { return m_segmentation; }
    QTreeWidget *segmentList() const { return m_segments; }
    QTreeWidget *branchList() const { return m_branches; }
    QTreeWidget *stageList() const { return m_stages; }
    QTreeWidget *warningList() const { return m_warnings; }
    QComboBox *nextBestBox() const { return m_nextBest; }

signals:
    // Any choice changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillSegments();
    void fillFilters();
    // The items' texts (names and figures) in the language shown; the ticks stay.
    void labelSegmentations();
    void labelSegments();
    void labelFilters();
    void updateFilterState();
    void updateTabTitles();
    void onItemChanged();

    std::shared_ptr<const analytics::BookView> m_book;
    std::vector<planning::Product> m_catalogue;
    std::map<QString, QString> m_branchNames;
    const planning::CampaignFacts *m_facts = nullptr;
    std::vector<qint64> m_warningCounts; // per warning kind, from the facts

    QComboBox *m_segmentation = nullptr;
    QTreeWidget *m_segments = nullptr;
    QTabWidget *m_filters = nullptr;
    QTreeWidget *m_branches = nullptr;
    QTreeWidget *m_stages = nullptr;
    QTreeWidget *m_warnings = nullptr;
    QComboBox *m_nextBest = nullptr;
    QLabel *m_clvNote = nullptr;
    QLabel *m_segmentsLabel = nullptr;
    QLabel *m_nextBestLabel = nullptr;
    QLabel *m_segmentationLabel = nullptr;
};

} // namespace tierwise
