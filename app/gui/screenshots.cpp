#include "screenshots.h"

#include "analytics/bookview.h"
#include "editors/strategyeditor.h"
#include "shell/mainwindow.h"
#include "shell/userguide.h"
#include "views/booknavigator.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace tierwise {

namespace {

// A view's file name from its position and object name ("02-SegmentMapPage.png").
QString fileFor(const QString &dir, int index, const QWidget *view, const QString &suffix = {})
{
    const QString name = view->objectName().isEmpty() ? QStringLiteral("view") : view->objectName();
    return QDir(dir).filePath(QStringLiteral("%1-%2%3.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name, suffix));
}

// The customer with the highest margin CLV.
QString valuedCustomer(const analytics::BookView &book)
{
    const std::vector<double> &v = book.axis(analytics::BookAxis::MarginClv);
    std::size_t best = 0;
    for (std::size_t i = 1; i < book.size(); ++i)
        if (std::isfinite(v[i]) && (!std::isfinite(v[best]) || v[i] > v[best]))
            best = i;
    return book.size() ? QString::fromStdString(book.customerId[best]) : QString();
}

// The third segment of the first segmentation (the value tiers when they exist: Affluent). The
// book's first child lists the branches, the segmentations follow.
QModelIndex segmentToChoose(const QStandardItemModel *model)
{
    const QModelIndex all = model->index(0, 0);
    if (model->rowCount(all) < 2)
        return {};
    const QModelIndex header = model->index(1, 0, all);
    return model->rowCount(header) > 2 ? model->index(2, 0, header) : QModelIndex();
}

} // namespace

void takeScreenshots(MainWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    auto steps = std::make_shared<std::vector<std::function<void()>>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [steps, next] {
        if (steps->empty()) {
            QApplication::exit(0);
            return;
        }
        const std::function<void()> step = steps->front();
        steps->erase(steps->begin());
        step();
        QTimer::singleShot(600, qApp, *next);
    };
    QTabWidget *views = window.views();
    steps->push_back([&window] {
        if (window.book())
            window.showCustomer(valuedCustomer(*window.book()));
    });
    for (int i = 0; i < views->count(); ++i) {
        steps->push_back([views, i] {
            views->setCurrentIndex(i);
            // The strategy editor on the affluent tier (the third), started from its template.
            if (auto *editor = qobject_cast<StrategyEditor *>(views->widget(i)); editor && editor->segmentList()->count() > 2) {
                editor->segmentList()->clearSelection();
                editor->segmentList()->item(2)->setSelected(true);
                editor->applyTemplate(QStringLiteral("affluent"));
            }
        });
        steps->push_back([&window, views, i, dir] {
            window.grab().save(fileFor(dir, i, views->widget(i)));
        });
    }
    steps->push_back([&window] {
        const QModelIndex segment = segmentToChoose(window.navigator()->model());
        if (segment.isValid())
            window.navigator()->tree()->setCurrentIndex(segment);
    });
    for (int i = 1; i < std::min(3, views->count()); ++i) {
        steps->push_back([views, i] { views->setCurrentIndex(i); });
        steps->push_back([&window, views, i, dir] {
            window.grab().save(fileFor(dir, i, views->widget(i), QStringLiteral("-selection")));
        });
    }
    // Help ▸ User Guide, scrolled to the keyboard shortcuts.
    steps->push_back([&window] {
        if (auto *guide = window.findChild<QAction *>(QStringLiteral("guideAction")))
            guide->trigger();
    });
    steps->push_back([&window, dir] {
        if (auto *guide = window.findChild<UserGuide *>()) {
            guide->browser()->scrollToAnchor(QString());
            guide->grab().save(QDir(dir).filePath(QStringLiteral("guide.png")));
            guide->browser()->verticalScrollBar()->setValue(guide->browser()->verticalScrollBar()->maximum());
            guide->grab().save(QDir(dir).filePath(QStringLiteral("guide-shortcuts.png")));
            guide->close();
        }
    });
    QObject::connect(&window, &MainWindow::bookChanged, &window, [next](const auto &book) {
        if (book)
            QTimer::singleShot(300, qApp, *next);
    });
}

} // namespace tierwise
