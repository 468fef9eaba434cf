#pragma once

// MigrationMatrixView: customers by value tier at two as-of dates as a heat table — rows the tier
// before, columns the tier after — each cell printing the count and its share of the row (the
// customers of that tier present at both dates), coloured by that share, the diagonal (stayed)
// framed and bold; above it the totals of upgrades, downgrades, stayed, left and joined.
// Empty-state text without tiers.

#include "analytics/tiers.h"

#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedWidget;
class QTableView;

namespace tierwise {

class MigrationMatrixView final : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationMatrixView(QWidget *parent = nullptr);
    ~MigrationMatrixView() override;

    // tierNames: display names, lowest tier first (analytics::Tier::displayName()).
    void setMigration(const analytics::TierMigration &migration, const QStringList &tierNames);
    // New names for the tiers shown (after a change of language); the counts stay.
    void setTierNames(const QStringList &tierNames);
    // Optional dates for the caption (ISO: "2026-04-30", "2026-10-31"; shown in the language's
    // date format).
    void setDates(const QString &before, const QString &after);

    // Writes the summary and table as PNG or PDF, chosen by the suffix.
    bool exportTo(const QString &path);

    bool hasData() const;
    // Rows tier before, columns tier after. Qt::DisplayRole "1,234\n85.2 %", Qt::UserRole the
    // count, Qt::UserRole + 1 the share of the row (0 … 1; NaN for an empty row).
    QAbstractItemModel *tableModel() const;
    QTableView *tableView() const { return m_table; }
    QString summaryText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    class Model;
    class Delegate;

    void retranslate();

    analytics::TierMigration m_migration;
    QString m_before, m_after;
    Model *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace tierwise
