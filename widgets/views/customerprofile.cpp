#include "views/customerprofile.h"

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/features.h"
#include "brief/briefblocks.h"
#include "jobs/runstore.h"
#include "analytics/lifecycle.h"
#include "analytics/nextbest.h"
#include "analytics/warnings.h"
#include "i18n/figures.h"
#include "privacy/masking.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

#include <cmath>
#include <optional>
#include <vector>

namespace tierwise {

namespace {

// A channel code as imported (counter, online, mobile, atm, pos) by its name in the language of
// now; another value as the extract wrote it.
QString channelName(const QString &code)
{
    const analytics::Channel channels[] = {analytics::Channel::Counter, analytics::Channel::Online, analytics::Channel::Mobile,
                                           analytics::Channel::Atm, analytics::Channel::Pos};
    const char *const codes[] = {"counter", "online", "mobile", "atm", "pos"};
    for (std::size_t i = 0; i < std::size(codes); ++i)
        if (code == QLatin1String(codes[i]))
            return briefChannelName(std::size_t(channels[i]));
    return code;
}

qint64 newestRun(sqlite3 *db, const char *kind)
{
    store::Statement st(db, "SELECT max(run_id) FROM runs WHERE kind = ?1");
    st.bind(1, std::string_view(kind));
    return st.step() ? st.int64(0) : 0;
}

// An ISO date as the language writes it; other text as it is.
QString dateText(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? figures::date(date) : iso;
}

double realOrNaN(const store::Statement &st, int column)
{
    return sqlite3_column_type(st.handle(), column) == SQLITE_NULL ? std::nan("") : st.real(column);
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
                       .arg(m_labels.first(), figures::money(m_values.first()), m_labels.last(),
                            figures::money(m_values.last())));
    else
        setToolTip(QString());
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

// What the profile shows of a customer, as read from the workspace: figures and keys, named and
// formatted when shown (render), so that a change of language needs no new query.
struct CustomerProfile::Data
{
    QString name, branch, rm;
    QString gender, born, occupation, education, income, since, credit, channel;
    std::optional<qint64> risk;
    struct Membership
    {
        jobs::RunInfo run;
        QString key;
        bool watch = false;
        int monthsBelow = 0;
    };
    std::vector<Membership> memberships; // the newest run of each segmentation, every saved segment
    qint64 clvRun = 0;
    bool scored = false; // the CLV run scored the customer
    double clvTxn = std::nan(""), clvMargin = std::nan(""), pAlive = std::nan(""), expected = std::nan("");
    QString stage, band; // keys
    QVector<double> aum;
    QStringList months;
    struct Holding
    {
        QString product, opened, matures;
        double balance = std::nan("");
    };
    QVector<Holding> holdings;
    QVector<QPair<QString, QByteArray>> alerts; // kind key, evidence JSON
    struct Offer
    {
        QString name, code;
        analytics::NextBestReason reason;
    };
    QVector<Offer> offers;
};

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
    m_trend = new QLabel;
    m_trend->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_trend);
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
    render();
}

CustomerProfile::~CustomerProfile() = default;

void CustomerProfile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void CustomerProfile::setWorkspace(store::Workspace *workspace)
{
    m_workspace = workspace;
    m_customerId.clear();
    m_data.reset();
    render();
}

void CustomerProfile::setMasked(bool masked)
{
    m_masked = masked;
    render();
}

void CustomerProfile::showCustomer(const QString &customerId)
{
    m_customerId = customerId;
    m_data.reset();
    if (!customerId.isEmpty() && m_workspace)
        m_data = load();
    render();
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

std::unique_ptr<CustomerProfile::Data> CustomerProfile::load() const
{
    sqlite3 *db = m_workspace->handle();
    const QByteArray id = m_customerId.toUtf8();
    const std::string_view idView(id.constData(), std::size_t(id.size()));
    store::Statement c(db, "SELECT ifnull(name, ''), ifnull(gender, ''), birth_date, ifnull(occupation, ''), "
                           "ifnull(education, ''), ifnull(income_band, ''), ifnull(branch_id, ''), ifnull(rm_id, ''), "
                           "open_date, risk_level, ifnull(credit_rating, ''), ifnull(channel_pref, '') "
                           "FROM customers WHERE customer_id = ?1");
    c.bind(1, idView);
    if (!c.step())
        return nullptr;
    auto d = std::make_unique<Data>();
    d->name = c.text(0);
    d->gender = c.text(1);
    d->born = c.text(2);
    d->occupation = c.text(3);
    d->education = c.text(4);
    d->income = c.text(5);
    d->branch = c.text(6);
    d->rm = c.text(7);
    d->since = c.text(8);
    if (sqlite3_column_type(c.handle(), 9) != SQLITE_NULL)
        d->risk = c.int64(9);
    d->credit = c.text(10);
    d->channel = c.text(11);
    loadSegments(db, idView, *d);
    loadValue(db, idView, *d);
    loadHoldings(db, idView, *d);
    loadInsights(db, idView, *d);
    return d;
}

// The customer's segment in the newest run of each segmentation and in every saved segment.
void CustomerProfile::loadSegments(sqlite3 *db, std::string_view id, Data &d)
{
    Result<std::vector<jobs::RunInfo>> runs = jobs::listRuns(db);
    if (!runs)
        return;
    QStringList seen;
    for (const jobs::RunInfo &run : *runs) {
        if (!run.kind.startsWith(QLatin1String("segment.")) || (seen.contains(run.kind) && run.kind != QLatin1String("segment.saved")))
            continue;
        seen << run.kind;
        store::Statement a(db, "SELECT segment, detail FROM assignments WHERE run_id = ?1 AND customer_id = ?2");
        a.bind(1, std::int64_t(run.runId)).bind(2, id);
        if (!a.step())
            continue;
        Data::Membership m;
        m.run = run;
        m.key = a.text(0);
        if (run.kind == QLatin1String("segment.tiers")) {
            const QJsonObject detail = QJsonDocument::fromJson(a.text(1).toUtf8()).object();
            m.watch = detail.value(QStringLiteral("watch")).toBool();
            m.monthsBelow = detail.value(QStringLiteral("months_below")).toInt();
        }
        d.memberships.push_back(std::move(m));
    }
}

// Lifetime value of the newest CLV run and the AUM month by month.
void CustomerProfile::loadValue(sqlite3 *db, std::string_view id, Data &d)
{
    d.clvRun = newestRun(db, "clv");
    store::Statement v(db, "SELECT clv_txn, clv_margin, p_alive, expected_txn, lifecycle_stage, value_band "
                           "FROM clv_scores WHERE run_id = ?1 AND customer_id = ?2");
    v.bind(1, d.clvRun).bind(2, id);
    if (v.step()) {
        d.scored = true;
        d.clvTxn = realOrNaN(v, 0);
        d.clvMargin = realOrNaN(v, 1);
        d.pAlive = realOrNaN(v, 2);
        d.expected = realOrNaN(v, 3);
        d.stage = v.text(4);
        d.band = v.text(5);
    }
    store::Statement b(db, "SELECT month, aum_cents FROM balances WHERE customer_id = ?1 ORDER BY month");
    b.bind(1, id);
    while (b.step()) {
        d.months << b.text(0);
        d.aum << double(b.int64(1)) / 100.0;
    }
}

// Holdings, soonest maturity first.
void CustomerProfile::loadHoldings(sqlite3 *db, std::string_view id, Data &d)
{
    store::Statement h(db, R"SQL(
        SELECT ifnull(p.name, h.product_code) || ' (' || h.product_code || ')', ifnull(h.open_date, ''),
               ifnull(h.maturity_date, ''), h.balance_cents
          FROM holdings h LEFT JOIN products p USING (product_code)
         WHERE h.customer_id = ?1 AND h.close_date IS NULL
         ORDER BY h.maturity_date IS NULL, h.maturity_date)SQL");
    h.bind(1, id);
    while (h.step()) {
        Data::Holding holding;
        holding.product = h.text(0);
        holding.opened = h.text(1);
        holding.matures = h.text(2);
        if (sqlite3_column_type(h.handle(), 3) != SQLITE_NULL)
            holding.balance = double(h.int64(3)) / 100.0;
        d.holdings << holding;
    }
}

// Warnings and next-best products of the newest CLV run.
void CustomerProfile::loadInsights(sqlite3 *db, std::string_view id, Data &d)
{
    store::Statement a(db, "SELECT kind, severity, detail FROM alerts WHERE run_id = ?1 AND customer_id = ?2 "
                           "ORDER BY severity DESC, alert_id");
    a.bind(1, d.clvRun).bind(2, id);
    while (a.step())
        d.alerts.append({a.text(0), a.text(2).toUtf8()});
    store::Statement n(db, R"SQL(
        SELECT ifnull(p.name, n.product_code), n.product_code, n.penetration, n.book_peers, ifnull(p.risk_level, 0),
               p.margin_bps, ifnull(c.risk_level, 0)
          FROM next_best n LEFT JOIN products p USING (product_code) JOIN customers c USING (customer_id)
         WHERE n.run_id = ?1 AND n.customer_id = ?2 ORDER BY n.rank)SQL");
    n.bind(1, d.clvRun).bind(2, id);
    while (n.step()) {
        Data::Offer offer;
        offer.name = n.text(0);
        offer.code = n.text(1);
        offer.reason.penetration = n.real(2);
        offer.reason.bookPeers = n.int64(3) != 0;
        offer.reason.productRisk = int(n.int64(4));
        offer.reason.marginBps = realOrNaN(n, 5);
        offer.reason.rankingMarginBps = offer.reason.marginBps;
        offer.reason.customerRisk = int(n.int64(6));
        d.offers << offer;
    }
}

// Every text of the dock from what it holds, in the language shown now.
void CustomerProfile::render()
{
    m_holdings->setHorizontalHeaderLabels({tr("Product"), tr("Opened"), tr("Matures"), tr("Balance")});
    m_trend->setText(tr("AUM, month by month"));
    const QString shownId = m_masked ? privacy::maskId(m_customerId) : m_customerId;
    if (m_customerId.isEmpty() || !m_workspace) {
        clear(tr("Click a customer on the map or in the table to see the profile."));
        return;
    }
    if (!m_data) {
        clear(tr("Customer %1 is not in this workspace.").arg(shownId));
        return;
    }
    const Data &d = *m_data;
    m_title->setText(m_masked ? privacy::maskName(d.name) : d.name);
    m_subtitle->setText(tr("Customer %1 · branch %2 · relationship manager %3").arg(shownId, d.branch, d.rm));
    QString tier;
    m_facts->setText(factsHtml(&tier));
    m_sparkline->setValues(d.aum, d.months);
    m_holdings->setRowCount(0);
    for (const Data::Holding &holding : d.holdings) {
        const int r = m_holdings->rowCount();
        m_holdings->insertRow(r);
        m_holdings->setItem(r, 0, new QTableWidgetItem(holding.product));
        m_holdings->setItem(r, 1, new QTableWidgetItem(dateText(holding.opened)));
        m_holdings->setItem(r, 2, new QTableWidgetItem(dateText(holding.matures)));
        auto *balance = new QTableWidgetItem(figures::money(holding.balance));
        balance->setData(Qt::UserRole, holding.balance);
        balance->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_holdings->setItem(r, 3, balance);
    }
    m_insights->setHtml(insightsHtml(tier));
}

// Demographics, segments and value as an HTML table; *tier: the customer's tier's name.
QString CustomerProfile::factsHtml(QString *tier) const
{
    const Data &d = *m_data;
    QString facts = QStringLiteral("<table cellspacing=2>");
    const auto row = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts += QStringLiteral("<tr><td style='padding-right:10px'><i>%1</i></td><td>%2</td></tr>")
                         .arg(escaped(label), escaped(value));
    };
    row(tr("Gender"), d.gender);
    row(tr("Born"), dateText(d.born));
    row(tr("Occupation"), d.occupation);
    row(tr("Education"), d.education);
    row(tr("Income"), d.income);
    row(tr("Customer since"), dateText(d.since));
    if (d.risk)
        row(tr("Risk tolerance"), QStringLiteral("C%1").arg(*d.risk));
    row(tr("Credit rating"), d.credit);
    row(tr("Preferred channel"), channelName(d.channel));
    for (const Data::Membership &m : d.memberships) {
        const QString segment = analytics::segmentDisplayName(m.run, m.key);
        if (m.run.kind == QLatin1String("segment.tiers")) {
            *tier = segment;
            row(tr("Tier"), m.watch ? segment + QLatin1Char(' ') + tr("(watch: %n month(s) below the line)", nullptr, m.monthsBelow)
                                    : segment);
        } else if (m.run.kind == QLatin1String("segment.rfm")) {
            row(tr("RFM segment"), segment);
        } else if (m.run.kind == QLatin1String("segment.kmeans")) {
            row(tr("Cluster"), segment);
        } else if (m.run.kind == QLatin1String("segment.composite")) {
            row(tr("Value × risk"), segment);
        } else if (m.run.kind == QLatin1String("segment.saved")) {
            row(tr("Saved segment"), segment);
        }
    }
    if (d.scored) {
        row(tr("CLV (transactions)"), figures::money(d.clvTxn));
        row(tr("CLV (margin)"), figures::money(d.clvMargin));
        if (std::isfinite(d.pAlive))
            row(tr("P(alive)"), figures::percent(d.pAlive));
        if (std::isfinite(d.expected))
            row(tr("Expected transactions"), figures::number(d.expected, 1));
        if (const auto stage = analytics::lifecycleStageFromKey(d.stage))
            row(tr("Lifecycle stage"), analytics::lifecycleStageName(*stage));
        for (analytics::ValueBand band : {analytics::ValueBand::High, analytics::ValueBand::Medium, analytics::ValueBand::Low})
            if (analytics::valueBandKey(band) == d.band)
                row(tr("Value band"), analytics::valueBandName(band));
    }
    return facts + QStringLiteral("</table>");
}

// Early warnings with their evidence and next-best products with the reason.
QString CustomerProfile::insightsHtml(const QString &tier) const
{
    const Data &d = *m_data;
    QString warnings;
    for (const auto &[kind, evidence] : d.alerts) {
        const auto k = analytics::alertKindFromKey(kind);
        warnings += QStringLiteral("<li><b>%1</b> — %2</li>")
                        .arg(escaped(k ? analytics::alertKindName(*k) : kind),
                             escaped(analytics::describeAlert(kind, evidence)));
    }
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Early warnings"));
    html += warnings.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None.")) : QStringLiteral("<ul>%1</ul>").arg(warnings);
    QString offers;
    for (const Data::Offer &offer : d.offers)
        offers += QStringLiteral("<li><b>%1</b> (%2) — %3</li>")
                      .arg(escaped(offer.name), escaped(offer.code),
                           escaped(analytics::describeNextBest(offer.reason, tier.isEmpty() ? tr("the book") : tier)));
    html += QStringLiteral("<h4>%1</h4>").arg(tr("Next-best products"));
    const QString none = d.clvRun > 0 ? tr("None: the customer holds what peers hold, or nothing else suits the "
                                           "customer's risk tolerance and age.")
                                      : tr("None yet — run Analyze ▸ Lifetime Value to suggest products.");
    html += offers.isEmpty() ? QStringLiteral("<p>%1</p>").arg(none) : QStringLiteral("<ol>%1</ol>").arg(offers);
    return html;
}

} // namespace tierwise
