#pragma once

// The Segment map tab: the map of the book's customers on two chosen axes (AUM, CLV, margin
// CLV, P(alive), recency, frequency, tenure, age, principal components), coloured by a chosen
// segmentation and optionally sized by value, with the controls to choose them. Selections on
// the map go to the window (which filters the customer table); the window's selection and the
// table's highlighted customers come back to the map.

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;

namespace tierwise {

namespace analytics { struct BookView; }
class SegmentMap;

class SegmentMapPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentMapPage(QWidget *parent = nullptr);

    void setBook(std::shared_ptr<const analytics::BookView> book);
    void setMasked(bool masked);
    // From the window: the selection (rows of the book) and customers highlighted in the table.
    void setSelection(const QVector<int> &rows);
    void setHighlightedIds(const QStringList &customerIds);
    SegmentMap *map() const { return m_map; }
    QComboBox *xAxisBox() const { return m_x; }
    QComboBox *yAxisBox() const { return m_y; }
    QComboBox *colourBox() const { return m_colour; }
    // True from a change of book, axis, colour or size until the map shows it (it is prepared
    // on a worker thread; mapReady is emitted when it is shown).
    bool isBuilding() const { return m_building; }

signals:
    void selectionChanged(const QVector<int> &rows);
    void customerClicked(const QString &customerId);
    void mapReady();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void relabelColours(); // the colour choices' titles, in the language shown now
    void relabelMap();     // the map's axis labels and segment names, likewise
    bool m_stale = false; // a new book arrived while hidden
    bool m_building = false;
    quint64 m_generation = 0; // of the newest rebuild request
    QVector<int> m_selection; // the window's selection (rows of the book)
    QString tooltip(int row) const;

    std::shared_ptr<const analytics::BookView> m_book;
    bool m_masked = true;
    SegmentMap *m_map = nullptr;
    QComboBox *m_x = nullptr;
    QComboBox *m_y = nullptr;
    QComboBox *m_colour = nullptr;
    QCheckBox *m_sized = nullptr;
    QLabel *m_xLabel = nullptr;
    QLabel *m_yLabel = nullptr;
    QLabel *m_colourLabel = nullptr;
    QStringList m_segmentNames; // of the segmentation the map is coloured by, for tooltips
};

} // namespace tierwise
