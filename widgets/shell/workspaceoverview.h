#pragma once

// The central view of the shell: what the open workspace holds — counts, dates and the past
// imports — or what to do when there is nothing yet.

#include "result.h"
#include "store/workspace.h"

#include <QWidget>

#include <array>

class QGridLayout;
class QGroupBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace tierwise {

class WorkspaceOverview final : public QWidget
{
    Q_OBJECT

public:
    enum class Figure {
        Branches, Products, Customers, Accounts, Balances, Transactions, Holdings, Imports, Rejections,
        AsOf, FirstTransaction, LastTransaction, LastBalanceMonth,
        Count_
    };
    enum class Page { NoWorkspace, Empty, Content };

    explicit WorkspaceOverview(QWidget *parent = nullptr);

    // The workspace to show (not owned; nullptr for none). Refreshes.
    void setWorkspace(const store::Workspace *workspace);
    // Re-reads the summary and the import log (small, indexed queries on the GUI connection).
    Status refresh();

    const store::WorkspaceSummary &summary() const { return m_summary; }
    Page page() const;
    // The text shown for a figure, e.g. "1,234" or "2024-03-31" (for tests).
    QString figureText(Figure figure) const;
    // Rows in the list of past imports.
    int importRowCount() const;
    QTreeWidget *importList() const { return m_imports; }

private:
    QWidget *createContentPage();
    QGroupBox *createGroup(const QString &title, std::initializer_list<std::pair<Figure, QString>> rows);
    QLabel *createMessagePage(QWidget *page, const QString &text);
    void showSummary();
    Status loadImports();
    void fitImportColumns();

    const store::Workspace *m_workspace = nullptr;
    store::WorkspaceSummary m_summary;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_error = nullptr;
    std::array<QLabel *, static_cast<std::size_t>(Figure::Count_)> m_figures{};
    QTreeWidget *m_imports = nullptr;
};

} // namespace tierwise
