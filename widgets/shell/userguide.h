#pragma once

// Help ▸ User Guide: the guide shipped with the application (resources/guide) in a window of its
// own, with find-in-text and a list of the keyboard shortcuts read from the main window's menus
// and actions, so the list is always the one the window really has.

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTextBrowser;

namespace tierwise {

class UserGuide final : public QDialog
{
    Q_OBJECT

public:
    // window: where the shortcuts are read from (its menu bar and its own actions).
    explicit UserGuide(QWidget *window, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    // The guide's Markdown for the current language (English if there is none for it).
    static QString guideMarkdown();
    // "| Action | Keys |" rows for every action of the window's menus and the window itself that
    // has a shortcut, under a heading per menu.
    static QString shortcutsMarkdown(QWidget *window);
    // Finds the next (or previous) occurrence of the find box's text; false if there is none.
    bool findNext(bool backwards = false);

private:
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
};

} // namespace tierwise
