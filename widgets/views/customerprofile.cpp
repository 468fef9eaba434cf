#include "views/customerprofile.h"

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "jobs/runstore.h"
#include "analytics/lifecycle.h"
#include "analytics/nextbest.h"
#include "analytics/warnings.h"
#include "privacy/masking.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

#include <cmath>

namespace tierwise {

namespace {

qint64 newestRun(sqlite3 *db, const char *kind)
{
    store::Statement st(db, "SELECT max(run_id) FROM runs WHERE kind = ?1");
    st.bind(1, std::string_view(kind));
    return st.step() ? st.int64(0) : 0;
}

QString money(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 0) : QStringLiteral("—");
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(48);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(QVector<double> values, QStringList labels)
{
    m_values = std::move(values);
    m_labels = std::move(labels);
    if (!m_values.isEmpty() && m_labels.size() == m_values.size())
        setToolTip(tr("%1: %2 … %3: %4")
                       .arg(m_labels.first(), money(m_values.first()), m_labels.last(), money(m_values.last())));
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(4, 6, -4, -6);
    if (m_values.size() < 2) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No balance history"));
        return;
    }
    double lo = m_values.first(), hi = lo;
    for (double v : m_values) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    if (hi - lo < 1e-9)
        hi = lo + 1;
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF pt(area.left() + area.width() * i / (m_values.size() - 1),
                         area.bottom() - area.height() * (m_values[i] - lo) / (hi - lo));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    QPainterPath fill = path;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(area.left(), area.bottom());
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.18);
    p.fillPath(fill, tint);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    p.drawPath(path);
}

CustomerProfile::CustomerProfile(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("CustomerProfile"));
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel;
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel;
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sparkline = new Sparkline;
    m_holdings = new QTableWidget(0, 4);
    m_holdings->setHorizontalHeaderLabels({tr("Product"), tr("Opened"), tr("Matures"), tr("Balance")});
    m_holdings->verticalHeader()->hide();
    m_holdings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_holdings->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_holdings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_holdings->setWordWrap(false);
    m_holdings->setMinimumHeight(110);
    m_insights = new QTextBrowser;
    m_insights->setOpenLinks(false);
    m_insights->setMinimumHeight(140);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_facts);
    auto *trend = new QLabel(tr("AUM, month by month"));
    trend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(trend);
    layout->addWidget(m_sparkline);
    layout->addWidget(m_holdings);
    layout->addWidget(m_insights, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear(tr("Click a customer on the map or in the table to see the profile."));
}

void CustomerProfile::setWorkspace(store::Workspace *workspace)
{
    m_workspace = workspace;
    clear(tr("Click a customer on the map or in the table to see the profile."));
}

void CustomerProfile::setMasked(bool masked)
{
    m_masked = masked;
    if (!m_customerId.isEmpty())
        fill();
}

void CustomerProfile::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
    if (customerId.isEmpty() || !m_workspace) {
        clear(tr("Click a customer on the map or in the table to see the profile."));
        return;
    }
    fill();
}

void CustomerProfile::clear(const QString &message)
{
    m_title->setText(tr("Customer profile"));
    m_subtitle->setText(message);
    m_facts->clear();
    m_sparkline->setValues({}, {});
    m_holdings->setRowCount(0);
    m_insights->clear();
}

QString CustomerProfile::text() const
{
    QString t = m_title->text() + QLatin1Char('\n') + m_subtitle->text() + QLatin1Char('\n');
    t += QTextDocumentFragment::fromHtml(m_facts->text()).toPlainText() + QLatin1Char('\n');
    for (int r = 0; r < m_holdings->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_holdings->columnCount(); ++c)
            cells << (m_holdings->item(r, c) ? m_holdings->item(r, c)->text() : QString());
        t += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return t + m_insights->toPlainText();
}

void CustomerProfile::fill()
{
    sqlite3 *db = m_workspace->handle();
    const QByteArray id = m_customerId.toUtf8();
    const std::string_view idView(id.constData(), std::size_t(id.size()));
    store::Statement c(db, "SELECT ifnull(name, ''), ifnull(gender, ''), birth_date, ifnull(occupation, ''), "
                           "ifnull(education, ''), ifnull(income_band, ''), ifnull(branch_id, ''), ifnull(rm_id, ''), "
                           "open_date, risk_level, ifnull(credit_rating, ''), ifnull(channel_pref, '') "
                           "FROM customers WHERE customer_id = ?1");
    c.bind(1, idView);
    if (!c.step()) {
        clear(tr("Customer %1 is not in this workspace.").arg(m_masked ? privacy::maskId(m_customerId) : m_customerId));
        return;
    }
    const QString name = c.text(0);
    m_title->setText(m_masked ? privacy::maskName(name) : name);
    m_subtitle->setText(tr("Customer %1 · branch %2 · relationship manager %3")
                            .arg(m_masked ? privacy::maskId(m_customerId) : m_customerId, c.text(6), c.text(7)));

    // Facts: demographics, tier, segments, value.
    QString facts = QStringLiteral("<table cellspacing=2>");
    const auto row = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts += QStringLiteral("<tr><td style='padding-right:10px'><i>%1</i></td><td>%2</td></tr>")
                         .arg(escaped(label), escaped(value));
    };
    row(tr("Gender"), c.text(1));
    row(tr("Born"), c.text(2));
    row(tr("Occupation"), c.text(3));
    row(tr("Education"), c.text(4));
    row(tr("Income"), c.text(5));
    row(tr("Customer since"), c.text(8));
    if (sqlite3_column_type(c.handle(), 9) != SQLITE_NULL)
        row(tr("Risk tolerance"), QStringLiteral("C%1").arg(c.int64(9)));
    row(tr("Credit rating"), c.text(10));
    row(tr("Preferred channel"), c.text(11));

    // The newest run of each segmentation: the customer's segment in it.
    QString tier;
    if (Result<std::vector<jobs::RunInfo>> runs = jobs::listRuns(db)) {
        QStringList seen;
        for (const jobs::RunInfo &run : *runs) {
            // The newest run of each kind, and every saved segment.
            if (!run.kind.startsWith(QLatin1String("segment.")) || (seen.contains(run.kind) && run.kind != QLatin1String("segment.saved")))
                continue;
            seen << run.kind;
            store::Statement a(db, "SELECT segment, detail FROM assignments WHERE run_id = ?1 AND customer_id = ?2");
            a.bind(1, std::int64_t(run.runId)).bind(2, idView);
            if (!a.step())
                continue;
            const QString segment = analytics::segmentDisplayName(run, a.text(0));
            if (run.kind == QLatin1String("segment.tiers")) {
                tier = segment;
                const QJsonObject detail = QJsonDocument::fromJson(a.text(1).toUtf8()).object();
                QString value = segment;
                if (detail.value(QStringLiteral("watch")).toBool())
                    value += QLatin1Char(' ') + tr("(watch: %n month(s) below the line)", nullptr,
                                                    detail.value(QStringLiteral("months_below")).toInt());
                row(tr("Tier"), value);
            } else if (run.kind == QLatin1String("segment.rfm")) {
                row(tr("RFM segment"), segment);
            } else if (run.kind == QLatin1String("segment.kmeans")) {
                row(tr("Cluster"), segment);
            } else if (run.kind == QLatin1String("segment.composite")) {
                row(tr("Value × risk"), segment);
            } else if (run.kind == QLatin1String("segment.saved")) {
                row(tr("Saved segment"), segment);
            }
        }
    }
    const qint64 clvRun = newestRun(db, "clv");
    store::Statement v(db, "SELECT clv_txn, clv_margin, p_alive, expected_txn, lifecycle_stage, value_band "
                           "FROM clv_scores WHERE run_id = ?1 AND customer_id = ?2");
    v.bind(1, clvRun).bind(2, idView);
    if (v.step()) {
        const auto real = [&v](int col) {
            return sqlite3_column_type(v.handle(), col) == SQLITE_NULL ? std::nan("") : v.real(col);
        };
        row(tr("CLV (transactions)"), money(real(0)));
        row(tr("CLV (margin)"), money(real(1)));
        if (std::isfinite(real(2)))
            row(tr("P(alive)"), QLocale().toString(real(2) * 100, 'f', 1) + QStringLiteral(" %"));
        if (std::isfinite(real(3)))
            row(tr("Expected transactions"), QLocale().toString(real(3), 'f', 1));
        if (const auto stage = analytics::lifecycleStageFromKey(v.text(4)))
            row(tr("Lifecycle stage"), analytics::lifecycleStageName(*stage));
        for (analytics::ValueBand band : {analytics::ValueBand::High, analytics::ValueBand::Medium, analytics::ValueBand::Low})
            if (analytics::valueBandKey(band) == v.text(5))
                row(tr("Value band"), analytics::valueBandName(band));
    }
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    // AUM month by month.
    store::Statement b(db, "SELECT month, aum_cents FROM balances WHERE customer_id = ?1 ORDER BY month");
    b.bind(1, idView);
    QVector<double> aum;
    QStringList months;
    while (b.step()) {
        months << b.text(0);
        aum << double(b.int64(1)) / 100.0;
    }
    m_sparkline->setValues(aum, months);

    // Holdings, soonest maturity first.
    store::Statement h(db, R"SQL(
        SELECT ifnull(p.name, h.product_code) || ' (' || h.product_code || ')', ifnull(h.open_date, ''),
               ifnull(h.maturity_date, ''), h.balance_cents
          FROM holdings h LEFT JOIN products p USING (product_code)
         WHERE h.customer_id = ?1 AND h.close_date IS NULL
         ORDER BY h.maturity_date IS NULL, h.maturity_date)SQL");
    h.bind(1, idView);
    m_holdings->setRowCount(0);
    while (h.step()) {
        const int r = m_holdings->rowCount();
        m_holdings->insertRow(r);
        m_holdings->setItem(r, 0, new QTableWidgetItem(h.text(0)));
        m_holdings->setItem(r, 1, new QTableWidgetItem(h.text(1)));
        m_holdings->setItem(r, 2, new QTableWidgetItem(h.text(2)));
        const bool known = sqlite3_column_type(h.handle(), 3) != SQLITE_NULL;
        auto *balance = new QTableWidgetItem(money(known ? double(h.int64(3)) / 100.0 : std::nan("")));
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_holdings->setItem(r, 3, balance);
    }

    // Warnings and next-best products of the newest CLV run.
    QString html;
    store::Statement a(db, "SELECT kind, severity, detail FROM alerts WHERE run_id = ?1 AND customer_id = ?2 "
                           "ORDER BY severity DESC, alert_id");
    a.bind(1, clvRun).bind(2, idView);
    QString warnings;
    while (a.step()) {
        const QString kind = a.text(0);
        const auto k = analytics::alertKindFromKey(kind);
        warnings += QStringLiteral("<li><b>%1</b> — %2</li>")
                        .arg(escaped(k ? analytics::alertKindName(*k) : kind),
                             escaped(analytics::describeAlert(kind, a.text(2).toUtf8())));
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Early warnings"));
    html += warnings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None.")) : QStringLiteral("<ul>%1</ul>").arg(warnings);
    store::Statement n(db, R"SQL(
        SELECT ifnull(p.name, n.product_code), n.product_code, n.penetration, n.book_peers, ifnull(p.risk_level, 0),
               p.margin_bps, ifnull(c.risk_level, 0)
          FROM next_best n LEFT JOIN products p USING (product_code) JOIN customers c USING (customer_id)
         WHERE n.run_id = ?1 AND n.customer_id = ?2 ORDER BY n.rank)SQL");
    n.bind(1, clvRun).bind(2, idView);
    QString offers;
    while (n.step()) {
        analytics::NextBestReason reason;
        reason.penetration = n.real(2);
        reason.bookPeers = n.int64(3) != 0;
        reason.productRisk = int(n.int64(4));
        reason.marginBps = sqlite3_column_type(n.handle(), 5) == SQLITE_NULL ? std::nan("") : n.real(5);
        reason.rankingMarginBps = reason.marginBps;
        reason.customerRisk = int(n.int64(6));
        offers += QStringLiteral("<li><b>%1</b> (%2) — %3</li>")
                      .arg(escaped(n.text(0)), escaped(n.text(1)),
                           escaped(analytics::describeNextBest(reason, tier.isEmpty() ? tr("the book") : tier)));
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Next-best products"));
    const QString none = clvRun > 0 ? tr("None: the customer holds what peers hold, or nothing else suits the "
                                         "customer's risk tolerance and age.")
                                    : tr("None yet — run Analyze ▸ Lifetime Value to suggest products.");
    html += offers.isEmpty() ? QStringLiteral("<p>%1</p>").arg(none) : QStringLiteral("<ol>%1</ol>").arg(offers);
    m_insights->setHtml(html);
}

} // namespace tierwise
