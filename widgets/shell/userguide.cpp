#include "shell/userguide.h"

#include "i18n/language.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace tierwise {

namespace {

// "&Save Selection as Segment…" → "Save Selection as Segment", "文件(&F)" → "文件"; "&&" stays one "&".
QString plainText(QString text)
{
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&[^&]\\)"));
    text.remove(chineseMnemonic);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|"));
}

void collect(const QMenu *menu, const QString &path, QStringList &rows, QSet<const QAction *> &seen)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (QMenu *sub = a->menu()) {
            collect(sub, path + QStringLiteral(" ▸ ") + plainText(sub->title()), rows, seen);
            continue;
        }
        if (a->shortcut().isEmpty() || seen.contains(a))
            continue; // an action in two menus is listed under the first
        seen.insert(a);
        rows << QStringLiteral("| %1 | %2 |").arg(cell(path + QStringLiteral(" ▸ ") + plainText(a->text())),
                                                  cell(a->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace

UserGuide::UserGuide(QWidget *window, QWidget *parent) : QDialog(parent), m_window(window)
{
    setObjectName(QStringLiteral("UserGuide"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(true);
    m_find = new QLineEdit;
    m_find->setClearButtonEnabled(true);
    m_findLabel = new QLabel;
    m_findLabel->setBuddy(m_find);
    m_previous = new QPushButton;
    m_next = new QPushButton;
    m_next->setAutoDefault(false);
    m_previous->setAutoDefault(false);
    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_findLabel);
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(findBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_next, &QPushButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QPushButton::clicked, this, [this] { findNext(true); });
    auto *findAgain = new QAction(this);
    findAgain->setShortcuts(QKeySequence::FindNext);
    connect(findAgain, &QAction::triggered, this, [this] { findNext(); });
    auto *findBack = new QAction(this);
    findBack->setShortcuts(QKeySequence::FindPrevious);
    connect(findBack, &QAction::triggered, this, [this] { findNext(true); });
    auto *focusFind = new QAction(this);
    focusFind->setShortcuts(QKeySequence::Find);
    connect(focusFind, &QAction::triggered, this, [this] {
        m_find->setFocus(Qt::ShortcutFocusReason);
        m_find->selectAll();
    });
    addActions({findAgain, findBack, focusFind});
    retranslate();
    load();
    resize(760, 820);
    m_browser->setFocus();
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // (Also sent when only the figures' format changed, or a brief was painted in its language.)
        if (i18n::current() != m_language) {
            // The window's actions were named again before this event came (bindTranslation).
            const int heading = headingAtTop();
            load();
            scrollToHeading(heading);
        }
    }
    QDialog::changeEvent(event);
}

void UserGuide::retranslate()
{
    setWindowTitle(tr("Tierwise User Guide"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_findLabel->setText(tr("&Find:"));
    m_previous->setText(tr("&Previous"));
    m_next->setText(tr("&Next"));
}

void UserGuide::load()
{
    m_language = i18n::current();
    m_browser->setMarkdown(guideMarkdown() + QStringLiteral("\n\n") + shortcutsMarkdown(m_window));
}

int UserGuide::headingAtTop() const
{
    const int top = m_browser->cursorForPosition(QPoint(0, 0)).blockNumber();
    int heading = -1;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid() && b.blockNumber() <= top; b = b.next())
        if (b.blockFormat().headingLevel() > 0)
            ++heading;
    return heading;
}

bool UserGuide::scrollToHeading(int heading)
{
    if (heading < 0)
        return false;
    QTextBlock b = m_browser->document()->begin();
    for (int n = -1; b.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() > 0 && ++n == heading)
            break;
    if (!b.isValid())
        return false;
    // The heading at the top: move the cursor to the end, then back to the heading.
    QTextCursor cursor(m_browser->document());
    cursor.movePosition(QTextCursor::End);
    m_browser->setTextCursor(cursor);
    m_browser->setTextCursor(QTextCursor(b));
    return true;
}

QString UserGuide::guideMarkdown()
{
    const QString base = QStringLiteral(":/tierwise/guide/user-guide");
    QFile file(base + QLatin1Char('_') + i18n::current() + QStringLiteral(".md"));
    if (!file.exists())
        file.setFileName(base + QStringLiteral(".md"));
    if (!file.open(QIODevice::ReadOnly))
        return tr("The user guide is missing from this build.");
    return QString::fromUtf8(file.readAll());
}

QString UserGuide::shortcutsMarkdown(QWidget *window)
{
    QStringList rows;
    QSet<const QAction *> seen;
    if (window)
        if (auto *bar = window->findChild<QMenuBar *>())
            for (QAction *a : bar->actions())
                if (QMenu *menu = a->menu())
                    collect(menu, plainText(menu->title()), rows, seen);
    if (window)
        for (QAction *a : window->actions())
            if (!a->shortcut().isEmpty() && !a->text().isEmpty())
                rows << QStringLiteral("| %1 | %2 |").arg(cell(plainText(a->text())),
                                                          cell(a->shortcut().toString(QKeySequence::NativeText)));
    QString text = QStringLiteral("## %1\n\n").arg(tr("Keyboard shortcuts"));
    text += tr("Every menu can also be opened with Alt and its underlined letter.") + QStringLiteral("\n\n");
    text += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(tr("Action"), tr("Keys"));
    text += rows.join(QLatin1Char('\n'));
    return text + QLatin1Char('\n');
}

bool UserGuide::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Wrap around once.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    const bool found = m_browser->find(text, flags);
    if (!found) {
        m_browser->setTextCursor(QTextCursor(m_browser->document()));
    }
    return found;
}

} // namespace tierwise
