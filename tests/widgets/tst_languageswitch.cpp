// Settings ▸ Language while the workbench runs: every window — the main window with all its views
// and docks, the strategy editor, the campaign planner, the import wizard, the rules, brief and
// user-guide windows — shows the new language, and nothing of the old one remains. The check reads
// every text a user can see (labels, buttons, menus and actions, tabs, titles, tooltips, table
// headers and cells, combo items, chart axes, tick labels and legends) and looks each up in the
// catalogues (translations/*.ts): a text that is a source string while Chinese is shown, or a
// translation of another language, is a string that did not retranslate. Money follows the
// 万 / 亿 setting.

#include "shell/language.h"
#include "shell/mainwindow.h"
#include "views/booknavigator.h"
#include "views/customertableview.h"
#include "analytics/segmentation.h"
#include "i18n/language.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <qcustomplot.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoCommand>
#include <QUndoStack>
#include <QToolBox>
#include <QXmlStreamReader>

using namespace tierwise;

namespace {

// A text as compared: without mnemonics ("&File" and "文件(&F)" → "File", "文件(F)"), the
// shortcut an action's text may carry after a tab, and surrounding space.
QString normalized(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.trimmed();
}

bool hasLatinWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return s.contains(word);
}

bool hasHan(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// The strings one language shows in place of another's: exact texts, and patterns for those with
// placeholders ("Branches (%1)" → ^Branches \((.+)\)$), found by their longest literal piece first.
struct Strings
{
    QHash<QString, QString> exact; // text → the source it translates (or is)
    struct Pattern
    {
        QString anchor;
        QRegularExpression re;
        QString source;
    };
    QVector<Pattern> patterns;

    void add(const QString &text, const QString &source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
        const QString t = normalized(text);
        if (!t.contains(placeholder)) {
            exact.insert(t, source);
            return;
        }
        const QStringList pieces = t.split(placeholder);
        QString anchor;
        QStringList escaped;
        for (const QString &p : pieces) {
            if (p.trimmed().size() > anchor.size())
                anchor = p.trimmed();
            escaped << QRegularExpression::escape(p);
        }
        // Too little fixed text to recognise it ("%1 (%2)", "%1:"): not checked.
        if (anchor.size() < 4 && !(hasHan(anchor) && anchor.size() >= 2))
            return;
        patterns.push_back({anchor, QRegularExpression(QLatin1Char('^') + escaped.join(QStringLiteral("(.+?)")) + QLatin1Char('$'),
                                                       QRegularExpression::DotMatchesEverythingOption),
                            source});
    }

    QString match(const QString &text) const
    {
        const auto it = exact.constFind(text);
        if (it != exact.cend())
            return it.value();
        for (const Pattern &p : patterns)
            if (text.contains(p.anchor) && p.re.match(text).hasMatch())
                return p.source;
        return {};
    }
};

// A catalogue's finished, non-plural translations: source → translation. A source that some
// context keeps as it is ("AUM" in table headings, as the glossary says) maps to itself: seen on
// screen it is not a leftover.
QHash<QString, QString> readCatalogue(const QString &language)
{
    QFile file(QStringLiteral(TIERWISE_TRANSLATIONS "/tierwise_") + language + QStringLiteral(".ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QHash<QString, QString> out;
    QXmlStreamReader xml(&file);
    QString source, translation;
    bool usable = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            translation.clear();
            usable = xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes");
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            usable = usable && type.isEmpty();
            translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && usable && !translation.isEmpty()) {
            if (out.value(source) != source)
                out.insert(source, translation);
        }
    }
    return out;
}

// What one language's screen must not show: the English sources (while Chinese is shown) and the
// other Chinese catalogue's own wording.
Strings foreignStrings(const QString &shown, const QHash<QString, QString> &zhCN, const QHash<QString, QString> &zhTW)
{
    Strings s;
    const QHash<QString, QString> &mine = shown == QLatin1String("zh_CN") ? zhCN : zhTW;
    if (shown != QLatin1String("en")) {
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            if (hasLatinWord(it.key()) && normalized(it.value()) != normalized(it.key()) && it.key().size() >= 3)
                s.add(it.key(), it.key());
    }
    for (const QString &other : {QStringLiteral("zh_CN"), QStringLiteral("zh_TW")}) {
        if (other == shown)
            continue;
        const QHash<QString, QString> &theirs = other == QLatin1String("zh_CN") ? zhCN : zhTW;
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            const QString t = normalized(it.value());
            // Wording both catalogues share (数据 vs 資料 differ; 客户 vs 客戶 differ too) is not foreign.
            const bool shared = shown != QLatin1String("en") && normalized(mine.value(it.key())) == t;
            if (hasHan(t) && !shared && t != normalized(it.key()))
                s.add(it.value(), it.key());
        }
    }
    return s;
}

struct Seen
{
    QString where;
    QString text;
};

void collectTexts(QVector<Seen> &out, const QString &where, const QString &text)
{
    if (text.isEmpty())
        return;
    out.push_back({where, text});
    // Rich text and multi-line texts: each fragment on its own, too.
    static const QRegularExpression tags(QStringLiteral("<[^>]*>|\\n"));
    if (text.contains(tags))
        for (const QString &piece : text.split(tags, Qt::SkipEmptyParts))
            if (piece.trimmed().size() >= 3)
                out.push_back({where, piece.trimmed()});
}

// "Window/namedAncestor/…/Class:name" — enough to find the widget in the code.
QString describe(const QObject *o)
{
    QString path = QString::fromLatin1(o->metaObject()->className()).remove(QStringLiteral("tierwise::"));
    if (!o->objectName().isEmpty())
        path += QLatin1Char(':') + o->objectName();
    for (const QObject *p = o->parent(); p; p = p->parent()) {
        const bool window = p->isWidgetType() && static_cast<const QWidget *>(p)->isWindow();
        const QString cls = QString::fromLatin1(p->metaObject()->className());
        if (window || cls.startsWith(QLatin1String("tierwise::")))
            path = QString(cls).remove(QStringLiteral("tierwise::")) + QLatin1Char('/') + path;
        if (window)
            break;
    }
    return path;
}

void collectAction(QVector<Seen> &out, const QString &where, const QAction *a)
{
    if (a->isSeparator())
        return;
    collectTexts(out, where, a->text());
    if (a->toolTip() != a->text() && normalized(a->toolTip()) != normalized(a->text()))
        collectTexts(out, where + QStringLiteral(" (tooltip)"), a->toolTip());
    collectTexts(out, where + QStringLiteral(" (status tip)"), a->statusTip());
}

void collectModel(QVector<Seen> &out, const QString &where, const QAbstractItemModel *model, const QModelIndex &parent,
                  int depth)
{
    if (!model || depth > 3)
        return;
    const int rows = std::min(model->rowCount(parent), 60);
    const int columns = std::min(model->columnCount(parent), 40);
    if (!parent.isValid())
        for (int c = 0; c < columns; ++c) {
            collectTexts(out, where + QStringLiteral(" (header)"), model->headerData(c, Qt::Horizontal).toString());
            collectTexts(out, where + QStringLiteral(" (header tip)"), model->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model->index(r, c, parent);
            collectTexts(out, where, index.data(Qt::DisplayRole).toString());
            collectTexts(out, where + QStringLiteral(" (tip)"), index.data(Qt::ToolTipRole).toString());
            if (c == 0)
                collectModel(out, where, model, index, depth + 1);
        }
}

void collectPlot(QVector<Seen> &out, const QString &where, QCustomPlot *plot)
{
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            collectTexts(out, where + QStringLiteral(" (axis)"), axis->label());
            if (auto text = qSharedPointerDynamicCast<QCPAxisTickerText>(axis->ticker()))
                for (const QString &tick : text->ticks())
                    collectTexts(out, where + QStringLiteral(" (tick)"), tick);
        }
    for (int i = 0; i < plot->plottableCount(); ++i)
        collectTexts(out, where + QStringLiteral(" (legend)"), plot->plottable(i)->name());
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            collectTexts(out, where + QStringLiteral(" (chart text)"), text->text());
    for (QCPLayoutElement *e : plot->plotLayout()->elements(true))
        if (auto *title = qobject_cast<QCPTextElement *>(e))
            collectTexts(out, where + QStringLiteral(" (title)"), title->text());
}

// Every text of every widget in the application's open windows, hidden pages included (a page
// not shown now is shown later without being told the language changed again).
QVector<Seen> visibleTexts()
{
    QVector<Seen> out;
    for (QWidget *w : QApplication::allWidgets()) {
        // A window's menus are hidden popups until opened: they count with their window.
        const QWidget *window = w->window();
        if (auto *menu = qobject_cast<const QMenu *>(window); menu && menu->parentWidget())
            window = menu->parentWidget()->window();
        if (!window->isVisible())
            continue;
        // Qt's own parts (qt_dockwidget_closebutton …) speak the Qt catalogue and are Qt's business.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        const QString where = describe(w);
        if (w->isWindow() || qobject_cast<QDockWidget *>(w))
            collectTexts(out, where + QStringLiteral(" (title)"), w->windowTitle());
        collectTexts(out, where + QStringLiteral(" (tooltip)"), w->toolTip());
        collectTexts(out, where + QStringLiteral(" (status tip)"), w->statusTip());
        collectTexts(out, where + QStringLiteral(" (accessible name)"), w->accessibleName());
        for (const QAction *a : w->actions())
            collectAction(out, where + QStringLiteral(" action ") + a->objectName(), a);
        if (auto *label = qobject_cast<QLabel *>(w))
            collectTexts(out, where, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            collectTexts(out, where, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            collectTexts(out, where, group->title());
        else if (auto *menu = qobject_cast<QMenu *>(w))
            collectTexts(out, where + QStringLiteral(" (menu)"), menu->title());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            collectTexts(out, where + QStringLiteral(" (placeholder)"), line->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            collectTexts(out, where + QStringLiteral(" (placeholder)"), plain->placeholderText());
        else if (auto *edit = qobject_cast<QTextEdit *>(w); edit && edit->isReadOnly())
            collectTexts(out, where, edit->toPlainText());
        if (auto *bar = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < bar->count(); ++i) {
                collectTexts(out, where + QStringLiteral(" (tab)"), bar->tabText(i));
                collectTexts(out, where + QStringLiteral(" (tab tip)"), bar->tabToolTip(i));
            }
        if (auto *box = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < box->count(); ++i)
                collectTexts(out, where + QStringLiteral(" (item)"), box->itemText(i));
        if (auto *toolbox = qobject_cast<QToolBox *>(w))
            for (int i = 0; i < toolbox->count(); ++i)
                collectTexts(out, where + QStringLiteral(" (page)"), toolbox->itemText(i));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w))
            collectModel(out, where, view->model(), view->rootIndex(), 0);
        if (auto *plot = qobject_cast<QCustomPlot *>(w))
            collectPlot(out, where, plot);
    }
    return out;
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ws;
    QHash<QString, QString> m_zhCN, m_zhTW;
    std::unique_ptr<MainWindow> m_window;

    // The texts that still speak another language than the one shown, as a readable list.
    QStringList leftovers(const QString &shown) const
    {
        const Strings foreign = foreignStrings(shown, m_zhCN, m_zhTW);
        QStringList found;
        QSet<QString> reported;
        for (const Seen &seen : visibleTexts()) {
            const QString text = normalized(seen.text);
            if (text.isEmpty())
                continue;
            const QString source = foreign.match(text);
            if (source.isEmpty())
                continue;
            const QString line = QStringLiteral("%1: \"%2\"").arg(seen.where, text.left(120));
            if (!reported.contains(line)) {
                reported.insert(line);
                found << line;
            }
        }
        found.sort();
        // QTest cuts long messages: each one on its own line, to find them all.
        for (const QString &line : std::as_const(found))
            qInfo().noquote() << "not in" << shown << "->" << line;
        return found;
    }

    void switchTo(const QString &language)
    {
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("language_") + language);
        QVERIFY2(action, qPrintable(language));
        action->trigger();
        QCOMPARE(i18n::current(), language);
        QVERIFY(action->isChecked());
        // Widgets retranslate on the LanguageChange events the event loop delivers.
        QTest::qWait(300);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_zhCN = readCatalogue(QStringLiteral("zh_CN"));
        m_zhTW = readCatalogue(QStringLiteral("zh_TW"));
        QVERIFY(m_zhCN.size() > 1000 && m_zhTW.size() > 1000);
        QString why;
        m_ws = test::analysedBook(m_dir, 2000, 17, &why);
        QVERIFY2(!m_ws.isEmpty(), qPrintable(why));

        applyLanguage(QStringLiteral("en"), false);
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("language_en"))->isChecked());
        m_window->setErrorHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
        m_window->setQuestionHandler([](const QString &, const QString &, std::function<void(bool)> reply) { reply(true); });
        m_window->resize(1400, 900);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::bookChanged);
        QVERIFY(m_window->openWorkspace(m_ws));
        QVERIFY(loaded.wait(60000) && m_window->book());
        // Clusters too (their names and profile table are named from the run).
        analytics::SegmentOptions kmeans;
        kmeans.method = analytics::SegmentMethod::KMeans;
        kmeans.k = 3;
        kmeans.restarts = 2;
        loaded.clear();
        QVERIFY(m_window->runSegmentation(kmeans));
        QVERIFY(loaded.wait(60000) && m_window->book());

        // Every window a user can have open: all views, a customer's profile, the strategy editor,
        // the campaign planner and the dialogs.
        for (int i = 0; i < m_window->views()->count(); ++i) {
            m_window->views()->setCurrentIndex(i);
            QTest::qWait(50);
        }
        m_window->views()->setCurrentIndex(0);
        {
            auto ws = store::Workspace::open(m_ws);
            QVERIFY(ws.ok());
            store::Statement first((*ws)->handle(), "SELECT customer_id FROM customers ORDER BY 1 LIMIT 1");
            QVERIFY(first.step());
            m_window->showCustomer(first.text(0));
        }
        m_window->showCampaignPlanner();
        for (const char *name : {"rulesAction", "briefAction", "guideAction", "importAction"})
            if (QAction *a = m_window->findChild<QAction *>(QLatin1String(name)))
                a->trigger();
        QTest::qWait(500);
    }

    void englishAtStart()
    {
        const QStringList left = leftovers(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("Chinese in the English interface:\n") + left.join(QLatin1Char('\n'))));
    }

    void switchesToTraditionalChinese()
    {
        switchTo(QStringLiteral("zh_TW"));
        const QStringList left = leftovers(QStringLiteral("zh_TW"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts did not switch to 繁體中文:\n").arg(left.size())
                                            + left.join(QLatin1Char('\n'))));
    }

    void switchesToSimplifiedChinese()
    {
        switchTo(QStringLiteral("zh_CN"));
        const QStringList left = leftovers(QStringLiteral("zh_CN"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts did not switch to 简体中文:\n").arg(left.size())
                                            + left.join(QLatin1Char('\n'))));
    }

    void switchesBackToEnglish()
    {
        switchTo(QStringLiteral("en"));
        const QStringList left = leftovers(QStringLiteral("en"));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("%1 texts stayed Chinese after switching back:\n").arg(left.size())
                                            + left.join(QLatin1Char('\n'))));
    }

    // What the user was doing survives a switch: the view, the selection, the undo history.
    void switchKeepsTheViewSelectionAndUndo()
    {
        m_window->views()->setCurrentWidget(m_window->customerTable());
        const QVector<int> rows{0, 1, 2, 3, 5, 8, 13};
        m_window->setSelection(rows, QStringLiteral("Fibonacci"));
        auto *step = new QUndoCommand(QStringLiteral("A step"));
        m_window->undoStack()->push(step);
        const int steps = m_window->undoStack()->count();

        switchTo(QStringLiteral("zh_TW"));
        QCOMPARE(m_window->views()->currentWidget(), m_window->customerTable());
        QCOMPARE(m_window->selection(), rows);
        QCOMPARE(m_window->undoStack()->count(), steps);
        QVERIFY(m_window->undoStack()->canUndo());
        switchTo(QStringLiteral("en"));
        QCOMPARE(m_window->selection(), rows);
        m_window->clearSelection();
    }

    // Settings ▸ Show Money in 万 / 亿: Chinese shows the navigator's AUM in 万 / 亿, or in full.
    void moneyInWanAndYi()
    {
        QAction *units = m_window->findChild<QAction *>(QStringLiteral("chineseUnitsAction"));
        QVERIFY(units);
        QVERIFY(!units->isEnabled()); // English: not for English
        const auto navigatorTexts = [this] {
            QVector<Seen> seen;
            for (QAbstractItemView *view : m_window->navigator()->findChildren<QAbstractItemView *>())
                collectModel(seen, QString(), view->model(), view->rootIndex(), 0);
            QString all;
            for (const Seen &s : std::as_const(seen))
                all += s.text + QLatin1Char('\n');
            return all;
        };
        switchTo(QStringLiteral("zh_CN"));
        QVERIFY(units->isEnabled() && units->isChecked());
        QString texts = navigatorTexts();
        QVERIFY2(texts.contains(QStringLiteral("万")) || texts.contains(QStringLiteral("亿")), qPrintable(texts));
        units->trigger(); // off
        QTest::qWait(100);
        texts = navigatorTexts();
        QVERIFY2(!texts.contains(QStringLiteral("万")) && !texts.contains(QStringLiteral("亿")), qPrintable(texts));
        units->trigger(); // on again
        switchTo(QStringLiteral("zh_TW"));
        texts = navigatorTexts();
        QVERIFY2(texts.contains(QStringLiteral("萬")) || texts.contains(QStringLiteral("億")), qPrintable(texts));
        switchTo(QStringLiteral("en"));
        QVERIFY(!units->isEnabled());
    }

    void cleanupTestCase()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w != m_window.get() && w->isVisible())
                w->close();
        m_window.reset();
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
