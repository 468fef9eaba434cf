#pragma once

// CustomerTableView: the customer table of the workbench — a filter line (Ctrl+F), the lazy
// table (CustomerTableModel), a column chooser (toolbar button and header context menu; hidden
// columns remembered in the setting "CustomerTable/hiddenColumns" as column keys), copy
// (Ctrl+C: the selected rows as TSV with a header row, masked unless the model is unmasked) and
// a status line ("12,345 of 1,000,000 customers", "loading…" while a query runs).
//
// Signals for the rest of the workbench:
// - customerActivated(id): the current row changed, or a row was activated (Enter/double-click).
// - selectedCustomersChanged(ids): the selected rows' ids, for the map to highlight. Rows not
//   loaded yet are no problem: when the selection spans rows outside the loaded chunks, the ids
//   of the selected position ranges are fetched from the worker and the signal follows
//   asynchronously (a newer selection supersedes an older fetch). A new sort or filter resets
//   the model and with it the selection (no signal for that).
// Copying rows that are not loaded fetches them the same way and fills the clipboard when they
// arrive.

#include "itemmodels/customertablemodel.h"
#include "result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace tierwise {

class CustomerTableView : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerTableView(QWidget *parent = nullptr);

    CustomerTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *statusLabel() const { return m_status; }
    QMenu *columnMenu() const { return m_columnMenu; }

    void openWorkspace(const QString &path);
    // The map's selection: only these customers (empty list: no one). clear…: everyone.
    void setCustomerFilter(const QStringList &ids);
    void clearCustomerFilter();
    void setMasked(bool masked);

    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    // Copies the selected rows (TSV with a header of the visible columns) to the clipboard;
    // asynchronously when some are not loaded.
    void copySelection();
    // Writes every row the table shows (its filter and order; its visible columns, masked unless
    // unmasked) to a UTF-8 CSV file with a BOM; done(status) once written.
    void exportCsv(const QString &path, std::function<void(const Status &)> done);
    // The TSV for records, in the visible columns.
    QString tsv(const QVector<store::CustomerRecord> &records) const;
    Status writeCsv(const QString &path, const QVector<store::CustomerRecord> &records) const;
    quint64 m_exportTicket = 0;
    QString m_exportPath;
    std::function<void(const Status &)> m_exportDone;

Q_SIGNALS:
    void customerActivated(const QString &customerId);
    void selectedCustomersChanged(const QStringList &customerIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Every text of the view (placeholder, buttons, actions, column menu, status) anew.
    void retranslate();
    void buildColumnMenu();
    void restoreHiddenColumns();
    void saveHiddenColumns() const;
    void updateStatus();
    void onSelectionChanged();
    void onCurrentChanged(const QModelIndex &current);
    CustomerTableModel::Ranges selectedRanges() const;

    CustomerTableModel *m_model;
    QLineEdit *m_filter;
    QToolButton *m_columnsButton;
    QMenu *m_columnMenu;
    QAction *m_copyAction = nullptr;
    QAction *m_sortActions[2] = {nullptr, nullptr}; // ascending, descending
    QLabel *m_status;
    QTableView *m_table;
    QTimer *m_filterDelay;
    quint64 m_idsTicket = 0;
    quint64 m_copyTicket = 0;
    QString m_error;
};

} // namespace tierwise
