#pragma once

// The Strategies tab: one strategy per segment of a segmentation (the value tiers first), bank-
// wide or as a branch override, edited field by field with undo (the window's QUndoStack).
//
// - Choosing several segments edits them together: a field whose values differ says "mixed"
//   (its label; a list's items partly ticked; text fields empty with a note) and an edit sets it
//   on all of them (a ticked product is added to each, keeping the rest).
// - A branch override shows which fields it changes from the bank-wide strategy.
// - Checks as you type: products above the segment's typical risk tolerance and concessions or
//   a budget beyond the limits are listed under the form and marked on the field.
// - Templates for the tiers and groups of DOMAIN.md §4 start a strategy (one undo step).
// - Save writes a new version of every changed strategy; History… lists the versions with their
//   author and compares any two.
// - The KPI targets show the actual conversion of the newest evaluated campaign of the segment.
// The typical risk tolerances and campaign actuals are read on a worker thread.
// A language switch names everything again — labels, the tiers, the templates, the checks, the
// KPI view and the undo steps — from what the editor holds; the drafts, the chosen segments and
// the undo history stay.

#include "itemmodels/strategydocument.h"
#include "planning/campaign.h"
#include "planning/strategy.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <map>
#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace tierwise {

namespace analytics { struct BookView; }

class StrategyEditor final : public QWidget
{
    Q_OBJECT

public:
    using Target = StrategyDocument::Target;

    explicit StrategyEditor(QUndoStack *undo, QWidget *parent = nullptr);
    ~StrategyEditor() override;

    // The workspace (its path for the worker, its GUI connection for the small reads and the
    // saves); nullptr closes.
    void setWorkspace(const QString &path, sqlite3 *db);
    void setBook(std::shared_ptr<const analytics::BookView> book);
    // The limits the checks use (Settings ▸ Rules ▸ Strategy pricing limits).
    void setPricingLimits(const planning::PricingLimits &limits);

    StrategyDocument *document() const { return m_doc; }
    QList<Target> currentTargets() const;
    // Saves every changed strategy; shows nothing (the caller reports errors).
    Status saveAll();
    // The checks' messages for the current strategies.
    QStringList issueMessages() const;
    // The typical risk tolerances are known (read on a worker after a book or segmentation).
    bool isContextReady() const { return m_contextReady; }
    void setErrorHandler(std::function<void(const QString &, const QString &)> handler) { m_showError = std::move(handler); }

    QComboBox *segmentationBox() const { return m_segmentation; }
    QComboBox *branchBox() const { return m_branch; }
    QListWidget *segmentList() const { return m_segments; }
    QWidget *fieldWidget(planning::Field field) const { return m_fields[std::size_t(field)].widget; }
    QLabel *fieldLabelWidget(planning::Field field) const { return m_fields[std::size_t(field)].label; }
    QLabel *overrideNote() const { return m_overrideNote; }
    QLabel *actualLabel() const { return m_actual; }
    void applyTemplate(const QString &templateId);
    void showHistory();

signals:
    void contextReady();
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct FieldUi
    {
        QLabel *label = nullptr;
        QWidget *widget = nullptr;
    };

    QWidget *buildForm();
    void retranslate();
    void retranslateFields();
    void retranslateSegments();
    void fillTemplateMenu();
    // A segment's name ("segment.tiers/affluent" → "Affluent") in the language shown.
    QString segmentName(const QString &segmentKey) const;
    void fillSegmentations();
    void fillSegments();
    void refreshForm();
    void refreshChecks();
    void refreshSegmentMarks();
    void loadContext();
    void edit(planning::Field field, const std::function<QVariant(const QVariant &)> &change);
    QString segmentKeyOf(int row) const;
    int toleranceOf(const Target &target) const;
    QString language() const;
    // The templates in the UI's language, read on first use in each language.
    const std::vector<planning::StrategyTemplate> &templates();
    QString templateName(const QString &templateId);

    StrategyDocument *m_doc = nullptr;
    QString m_path;
    sqlite3 *m_db = nullptr;
    std::shared_ptr<const analytics::BookView> m_book;
    std::vector<planning::Product> m_catalogue;
    std::vector<planning::StrategyTemplate> m_templateList; // in m_templateLanguage, read once per language
    QString m_templateLanguage;
    planning::PricingLimits m_limits;
    std::map<QString, int> m_tolerance;            // segment key → typical tolerance (current segmentation)
    std::map<QString, planning::KpiActual> m_actuals; // strategy key → actual
    bool m_contextReady = false;
    quint64 m_contextGeneration = 0;
    bool m_updating = false;
    std::function<void(const QString &, const QString &)> m_showError;

    QComboBox *m_segmentation = nullptr;
    QComboBox *m_branch = nullptr;
    QLabel *m_segmentationLabel = nullptr;
    QLabel *m_branchLabel = nullptr;
    QLabel *m_checksLabel = nullptr;
    std::array<QGroupBox *, 4> m_groups{}; // Offer, Pricing, Events…, Notes
    QListWidget *m_segments = nullptr;
    QToolButton *m_templates = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_history = nullptr;
    QLabel *m_overrideNote = nullptr;
    QLabel *m_actual = nullptr;
    QListWidget *m_checks = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_empty = nullptr;
    std::array<FieldUi, planning::Strategy::kFields> m_fields{};
};

} // namespace tierwise
