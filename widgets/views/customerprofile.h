#pragma once

// The customer profile dock (客户画像): one customer's demographics (masked), tier and watch flag,
// segment memberships, AUM over the months (a sparkline), holdings with maturities, lifetime
// value, P(alive), lifecycle stage, early warnings with their evidence, and next-best products
// with the reason — read from the newest runs by primary key (a few milliseconds).

#include <QWidget>

#include <memory>
#include <string_view>

struct sqlite3;
class QFormLayout;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace tierwise {

namespace store { class Workspace; }

// A small line chart of a series (AUM per month), drawn with the palette's colours.
class Sparkline final : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);
    void setValues(QVector<double> values, QStringList labels);
    const QVector<double> &values() const { return m_values; }
    QSize sizeHint() const override { return {260, 56}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVector<double> m_values;
    QStringList m_labels;
};

class CustomerProfile final : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerProfile(QWidget *parent = nullptr);
    ~CustomerProfile() override;

    void setWorkspace(store::Workspace *workspace);
    void setMasked(bool masked);
    // Shows the customer (an empty id clears the profile). Unknown ids show a message.
    void showCustomer(const QString &customerId);
    QString customerId() const { return m_customerId; }
    // The profile as plain text (for tests and copying).
    QString text() const;
    const Sparkline *sparkline() const { return m_sparkline; }
    QTableWidget *holdings() const { return m_holdings; }

protected:
    // A change of language (or of the money format) shows the customer again from what was read:
    // no new query.
    void changeEvent(QEvent *event) override;

private:
    struct Data;
    // Reads the customer (null if not in the workspace).
    std::unique_ptr<Data> load() const;
    static void loadSegments(sqlite3 *db, std::string_view id, Data &d);
    static void loadValue(sqlite3 *db, std::string_view id, Data &d);
    static void loadHoldings(sqlite3 *db, std::string_view id, Data &d);
    static void loadInsights(sqlite3 *db, std::string_view id, Data &d);
    void render();
    QString factsHtml(QString *tier) const;
    QString insightsHtml(const QString &tier) const;
    void clear(const QString &message);

    store::Workspace *m_workspace = nullptr;
    bool m_masked = true;
    QString m_customerId;
    std::unique_ptr<Data> m_data;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_trend = nullptr;
    Sparkline *m_sparkline = nullptr;
    QTableWidget *m_holdings = nullptr;
    QTextBrowser *m_insights = nullptr;
};

} // namespace tierwise
