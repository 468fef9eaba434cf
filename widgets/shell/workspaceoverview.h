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
class QTreeWidgetItem;

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
    // The text shown for a figure in the language's format, e.g. "1,234" or "3/31/24" (for tests).
    QString figureText(Figure figure) const;
    // Rows in the list of past imports.
    int importRowCount() const;
    QTreeWidget *importList() const { return m_imports; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Group { BookGroup, ActivityGroup, DatesGroup, ImportsGroup, GroupCount };

    QWidget *createContentPage();
    QGroupBox *createGroup(Group group, std::initializer_list<Figure> rows);
    QLabel *createMessagePage(QWidget *page);
    // Sets every text in the current language and shows the figures again from the facts held.
    void retranslate();
    void showSummary();
    Status loadImports();
    // An import row's texts from the facts its item keeps (status, kind, time, counts).
    void showImport(QTreeWidgetItem *item) const;
    void fitImportColumns();

    const store::Workspace *m_workspace = nullptr;
    store::WorkspaceSummary m_summary;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_noWorkspaceMessage = nullptr;
    QLabel *m_emptyMessage = nullptr;
    QLabel *m_importsTitle = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_error = nullptr;
    std::array<QGroupBox *, GroupCount> m_groups{};
    std::array<QLabel *, static_cast<std::size_t>(Figure::Count_)> m_figures{};
    std::array<QLabel *, static_cast<std::size_t>(Figure::Count_)> m_names{};
    QString m_readError; // why the workspace could not be read completely (the engine's words)
    QTreeWidget *m_imports = nullptr;
};

} // namespace tierwise
