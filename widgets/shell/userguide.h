#pragma once

// Help ▸ User Guide: the guide shipped with the application (resources/guide) in a window of its
// own, with find-in-text and a list of the keyboard shortcuts read from the main window's menus
// and actions, so the list is always the one the window really has. A language switch loads the
// guide in the new language and lists the shortcuts under the actions' new names, at the same
// section of the guide.

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QMenuBar;
class QPushButton;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The guide and the shortcuts, in the current language.
    void load();
    // The number of the heading the view shows at its top (−1 above the first one), and back.
    int headingAtTop() const;
    bool scrollToHeading(int heading);

    QPointer<QWidget> m_window;
    QString m_language; // of the guide shown
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findLabel = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace tierwise
