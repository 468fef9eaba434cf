#include "itemmodels/customertablemodel.h"

#include "analytics/bookview.h"
#include "analytics/clv.h"
#include "analytics/lifecycle.h"
#include "analytics/tiers.h"
#include "i18n/figures.h"
#include "privacy/masking.h"
#include "shell/language.h"

#include <QLocale>
#include <QThread>

#include <cmath>

namespace tierwise {

// Runs CustomerQuery on the model's thread. Every call comes as a queued functor; answers go
// back the same way. A request whose generation is no longer the newest is skipped.
class CustomerTableWorker : public QObject
{
    Q_OBJECT
public:
    CustomerTableWorker(CustomerTableModel *model, std::shared_ptr<std::atomic<quint64>> latest)
        : m_model(model), m_latest(std::move(latest))
    {
    }

    store::CustomerQuery &query() { return m_query; }

    void open(const QString &path)
    {
        m_openError.clear();
        if (Status s = m_query.open(path); !s)
            m_openError = s.error().message;
    }

    void view(quint64 generation, const store::CustomerViewSpec &spec)
    {
        if (stale(generation))
            return;
        if (!m_openError.isEmpty())
            return fail(generation, m_openError);
        auto info = m_query.setView(spec);
        if (!info)
            return fail(generation, info.error().message);
        auto first = m_query.rows(0, CustomerTableModel::kChunkRows - 1);
        if (!first)
            return fail(generation, first.error().message);
        QMetaObject::invokeMethod(m_model, [m = m_model, generation, i = info.value(), r = first.value()] {
            m->onViewReady(generation, i, r);
        }, Qt::QueuedConnection);
    }

    void chunk(quint64 generation, qint64 index)
    {
        if (stale(generation))
            return;
        const qint64 first = index * CustomerTableModel::kChunkRows;
        auto rows = m_query.rows(first, first + CustomerTableModel::kChunkRows - 1);
        if (!rows)
            return; // interrupted or failed: the view asks again when it needs the rows
        QMetaObject::invokeMethod(m_model, [m = m_model, generation, index, r = rows.value()] {
            m->onChunkReady(generation, index, r);
        }, Qt::QueuedConnection);
    }

    void ids(quint64 generation, quint64 ticket, const CustomerTableModel::Ranges &ranges)
    {
        if (stale(generation))
            return;
        auto ids = m_query.ids(ranges);
        QMetaObject::invokeMethod(m_model, [m = m_model, ticket, r = ids ? ids.value() : QStringList()] {
            Q_EMIT m->customerIdsReady(ticket, r);
        }, Qt::QueuedConnection);
    }

    void records(quint64 generation, quint64 ticket, const CustomerTableModel::Ranges &ranges)
    {
        if (stale(generation))
            return;
        QVector<store::CustomerRecord> out;
        for (const auto &range : ranges) {
            auto rows = m_query.rows(range.first, range.second);
            if (rows)
                out += rows.value();
        }
        QMetaObject::invokeMethod(m_model, [m = m_model, ticket, r = std::move(out)] {
            Q_EMIT m->recordsReady(ticket, r);
        }, Qt::QueuedConnection);
    }

private:
    bool stale(quint64 generation) const { return generation != m_latest->load(); }
    void fail(quint64 generation, const QString &message)
    {
        QMetaObject::invokeMethod(m_model, [m = m_model, generation, message] {
            m->onFailed(generation, message);
        }, Qt::QueuedConnection);
    }

    CustomerTableModel *m_model;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    store::CustomerQuery m_query;
    QString m_openError;
};

namespace {

QString tierName(const QString &key)
{
    static const analytics::TierRuleSet defaults = analytics::TierRuleSet::defaults();
    const int i = defaults.indexOf(key);
    return i >= 0 ? defaults.tiers().at(i).displayName() : key;
}

QString bandName(const QString &key)
{
    using analytics::ValueBand;
    for (ValueBand b : {ValueBand::High, ValueBand::Medium, ValueBand::Low}) {
        if (analytics::valueBandKey(b) == key)
            return analytics::valueBandName(b);
    }
    return key;
}

bool isNumeric(int column)
{
    using C = store::CustomerColumn;
    switch (static_cast<C>(column)) {
    case C::Age: case C::TenureMonths: case C::Aum: case C::Clv: case C::MarginClv:
    case C::PAlive: case C::Warnings:
        return true;
    default:
        return false;
    }
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("CustomerTable"));
    m_worker = new CustomerTableWorker(this, m_latest);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // Headers and cells (names, figures) are texts of the language shown: views read them again.
    bindTranslation(this, [this] { retranslate(); });
}

void CustomerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, store::kCustomerColumns - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, store::kCustomerColumns - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

CustomerTableModel::~CustomerTableModel()
{
    m_latest->store(~quint64(0));
    m_worker->query().interrupt();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void CustomerTableModel::openWorkspace(const QString &path)
{
    m_path = path;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path] { w->open(path); }, Qt::QueuedConnection);
    requery();
}

void CustomerTableModel::setSegmentationRun(qint64 runId, std::shared_ptr<const jobs::RunInfo> run)
{
    m_segmentationRun = std::move(run);
    if (m_spec.runs.segmentationRun == runId)
        return;
    m_spec.runs.segmentationRun = runId;
    requery();
}

void CustomerTableModel::setClvRun(qint64 runId)
{
    if (m_spec.runs.clvRun == runId)
        return;
    m_spec.runs.clvRun = runId;
    requery();
}

void CustomerTableModel::setTextFilter(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_spec.text)
        return;
    m_spec.text = t;
    m_spec.stageKeys.clear();
    for (int s = 0; s < int(analytics::kLifecycleStages) && !t.isEmpty(); ++s) {
        const auto stage = static_cast<analytics::LifecycleStage>(s);
        if (analytics::lifecycleStageName(stage).contains(t, Qt::CaseInsensitive))
            m_spec.stageKeys << analytics::lifecycleStageKey(stage);
    }
    requery();
}

void CustomerTableModel::setCustomerFilter(const QStringList &ids)
{
    m_spec.idFilterOn = true;
    m_spec.ids = ids;
    requery();
}

void CustomerTableModel::clearCustomerFilter()
{
    if (!m_spec.idFilterOn)
        return;
    m_spec.idFilterOn = false;
    m_spec.ids.clear();
    requery();
}

void CustomerTableModel::setMasked(bool masked)
{
    if (m_masked == masked)
        return;
    m_masked = masked;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, int(Column::Id)), index(m_rows - 1, int(Column::Name)));
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    m_spec.sortColumn = column >= 0 && column < store::kCustomerColumns ? column : -1;
    m_spec.descending = order == Qt::DescendingOrder;
    requery();
}

void CustomerTableModel::requery()
{
    if (m_path.isEmpty())
        return;
    const bool wasLoading = isLoading();
    m_generation = ++m_nextTicket;
    m_latest->store(m_generation);
    m_worker->query().interrupt(); // whatever runs now answers an older question
    m_requested.clear();
    m_pending = 1;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, g = m_generation, s = m_spec] { w->view(g, s); },
                              Qt::QueuedConnection);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void CustomerTableModel::onViewReady(quint64 generation, const store::CustomerViewInfo &info,
                                     const QVector<store::CustomerRecord> &firstRows)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_info = info;
    m_rows = int(std::min<qint64>(info.rows, std::numeric_limits<int>::max()));
    m_chunks.clear();
    m_requested.clear();
    storeChunk(0, firstRows);
    m_pending = 0;
    endResetModel();
    Q_EMIT countsChanged(info.rows, info.total);
    Q_EMIT loadingChanged(false);
}

void CustomerTableModel::onChunkReady(quint64 generation, qint64 chunk,
                                      const QVector<store::CustomerRecord> &rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(chunk);
    storeChunk(chunk, rows);
    const int first = int(chunk * kChunkRows);
    const int last = std::min(m_rows - 1, first + int(rows.size()) - 1);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void CustomerTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_pending = 0;
    Q_EMIT loadingChanged(false);
    Q_EMIT queryFailed(message);
}

void CustomerTableModel::storeChunk(qint64 chunk, QVector<store::CustomerRecord> rows)
{
    while (m_chunks.size() >= kMaxChunks) {
        auto oldest = m_chunks.begin();
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_chunks.erase(oldest);
    }
    m_chunks.insert(chunk, Chunk{std::move(rows), ++m_useClock});
}

const store::CustomerRecord *CustomerTableModel::cached(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    auto it = m_chunks.find(row / kChunkRows);
    if (it == m_chunks.end() || row % kChunkRows >= it->rows.size())
        return nullptr;
    it->used = ++m_useClock;
    return &it->rows.at(row % kChunkRows);
}

void CustomerTableModel::requestChunk(qint64 chunk) const
{
    if (isLoading() || m_requested.contains(chunk))
        return;
    m_requested.insert(chunk);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, g = m_generation, chunk] { w->chunk(g, chunk); },
                              Qt::QueuedConnection);
}

bool CustomerTableModel::isRowLoaded(int row) const
{
    return cached(row) != nullptr;
}

store::CustomerRecord CustomerTableModel::record(int row) const
{
    const store::CustomerRecord *r = cached(row);
    return r ? *r : store::CustomerRecord();
}

QString CustomerTableModel::customerId(int row) const
{
    const store::CustomerRecord *r = cached(row);
    return r ? r->at(int(Column::Id)).toString() : QString();
}

quint64 CustomerTableModel::requestCustomerIds(const Ranges &ranges)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, g = m_generation, ticket, ranges] {
        w->ids(g, ticket, ranges);
    }, Qt::QueuedConnection);
    return ticket;
}

quint64 CustomerTableModel::requestRecords(const Ranges &ranges)
{
    const quint64 ticket = ++m_nextTicket;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, g = m_generation, ticket, ranges] {
        w->records(g, ticket, ranges);
    }, Qt::QueuedConnection);
    return ticket;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : store::kCustomerColumns;
}

QString CustomerTableModel::displayText(const store::CustomerRecord &record, int column) const
{
    const QVariant &v = record.at(column);
    if (v.isNull())
        return QString();
    switch (static_cast<Column>(column)) {
    case Column::Id:
        return m_masked ? privacy::maskId(v.toString()) : v.toString();
    case Column::Name:
        return m_masked ? privacy::maskName(v.toString()) : v.toString();
    case Column::Age: case Column::TenureMonths: case Column::Warnings:
        return figures::count(v.toLongLong());
    case Column::Aum:
        return figures::money(double(v.toLongLong()) / 100.0);
    case Column::Clv: case Column::MarginClv:
        return figures::money(v.toDouble());
    case Column::PAlive:
        return tr("%1%").arg(figures::number(v.toDouble() * 100.0, 1));
    case Column::Tier:
        return tierName(v.toString());
    case Column::Stage: {
        const auto stage = analytics::lifecycleStageFromKey(v.toString());
        return stage ? analytics::lifecycleStageName(*stage) : v.toString();
    }
    case Column::ValueBand:
        return bandName(v.toString());
    case Column::Segment:
        return m_segmentationRun ? analytics::segmentDisplayName(*m_segmentationRun, v.toString()) : v.toString();
    default:
        return v.toString();
    }
}

QString CustomerTableModel::exportText(const store::CustomerRecord &record, int column) const
{
    const QVariant &v = record.at(column);
    if (v.isNull())
        return QString();
    switch (static_cast<Column>(column)) {
    case Column::Age: case Column::TenureMonths: case Column::Warnings:
        return QString::number(v.toLongLong());
    case Column::Aum:
        return QString::number(double(v.toLongLong()) / 100.0, 'f', 2);
    case Column::Clv: case Column::MarginClv:
        return std::isfinite(v.toDouble()) ? QString::number(v.toDouble(), 'f', 2) : QString();
    default:
        return displayText(record, column);
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.column() >= store::kCustomerColumns)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter
                                   | (isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole)
        return {};
    const store::CustomerRecord *r = cached(index.row());
    if (!r) {
        requestChunk(index.row() / kChunkRows);
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("…")) : QVariant();
    }
    if (role == RawRole)
        return r->at(index.column());
    return displayText(*r, index.column());
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= store::kCustomerColumns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (static_cast<Column>(section)) {
    case Column::Id: return tr("Customer ID");
    case Column::Name: return tr("Name");
    case Column::Branch: return tr("Branch");
    case Column::Rm: return tip ? tr("Relationship manager") : tr("RM");
    case Column::Age: return tip ? tr("Age in years at %1").arg(m_info.asOf) : tr("Age");
    case Column::TenureMonths: return tip ? tr("Months since the customer joined") : tr("Tenure (months)");
    case Column::Aum: return tip ? tr("Assets under management at the month end of %1").arg(m_info.asOf) : tr("AUM");
    case Column::Tier: return tip ? tr("Value tier of the newest tiers run") : tr("Tier");
    case Column::Segment: return tip ? tr("Segment of the chosen segmentation run") : tr("Segment");
    case Column::Clv: return tip ? tr("Lifetime value from transactions") : tr("CLV");
    case Column::MarginClv: return tip ? tr("Lifetime value from the bank's margin") : tr("Margin CLV");
    case Column::PAlive: return tip ? tr("Probability the customer is still active") : tr("P(alive)");
    case Column::Stage: return tr("Lifecycle stage");
    case Column::ValueBand: return tr("Value band");
    case Column::Warnings: return tip ? tr("Early warnings of the CLV run") : tr("Warnings");
    case Column::Count_: break;
    }
    return {};
}

} // namespace tierwise

#include "customertablemodel.moc"
