#pragma once

// The book navigator dock: the whole book, then each branch with its value tiers, then every
// segmentation with its segments — each with its customer count and AUM. Choosing an entry
// selects its customers in the linked views.

#include <QWidget>

#include <memory>

class QLabel;
class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace tierwise {

namespace analytics { struct BookView; }

class BookNavigator final : public QWidget
{
    Q_OBJECT

public:
    explicit BookNavigator(QWidget *parent = nullptr);

    void setBook(std::shared_ptr<const analytics::BookView> book);
    QTreeView *tree() const { return m_tree; }
    QStandardItemModel *model() const { return m_model; }
    // The rows of the customers an entry stands for (ascending).
    QVector<int> rowsOf(const QModelIndex &index) const;

signals:
    // The user chose an entry: its customers' rows and a label for it ("BR03 · Affluent").
    void rowsChosen(const QVector<int> &rows, const QString &label);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Names;
    void rebuild();
    void retranslate();
    static Names namesOf(const analytics::BookView &book);
    QString labelOf(const QStandardItem *item, const Names &names) const;
    static QList<QStandardItem *> entry(qint64 count, double aum, int kind, int a, int b);
    static QStandardItem *heading(int a);

    std::shared_ptr<const analytics::BookView> m_book;
    QStandardItemModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace tierwise
