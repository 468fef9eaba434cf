#pragma once

// CustomerTableModel: a lazy table of every customer of a workspace (one row per customer),
// after DB4S's chunked SqliteTableModel/RowCache.
//
// Guarantees:
// - The GUI thread never runs SQL. A worker thread owns a read-only connection
//   (store::CustomerQuery) and materialises the current order (filter + sort) into a TEMP table;
//   the model learns the row count and the first chunk in one answer, then asks for chunks of
//   kChunkRows rows by position as the view needs them. data() for a row not loaded yet shows
//   "…" and requests its chunk; when it arrives, dataChanged() is emitted.
// - At most kMaxChunks chunks are kept (least recently used are dropped).
// - Every request carries a generation; answers to an older sort/filter are dropped, and a new
//   sort/filter interrupts the SQL still running for an older one (sqlite3_interrupt).
// - Ids and names are masked (privacy::maskId / maskName) unless setMasked(false); the same
//   text is used for copying (exportText(), where figures are plain numbers).
// - Texts follow the language: after a switch (or of the 万 / 亿 option) headerDataChanged and
//   dataChanged cover the whole table. Sorting is done on the raw values (RawRole), never on
//   the shown text.
// - Selections over rows not loaded: requestCustomerIds() asks the worker for the ids of whole
//   position ranges; customerIdsReady() answers with the ticket it returned.

#include "jobs/runstore.h"
#include "store/customerquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

#include <atomic>
#include <limits>
#include <memory>

class QThread;

namespace tierwise {

class CustomerTableWorker;

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = store::CustomerColumn;
    using Ranges = QVector<QPair<qint64, qint64>>; // inclusive row ranges
    static constexpr int kChunkRows = 500;
    static constexpr int kMaxChunks = 64;
    // Qt::UserRole: the raw value (text, qint64, double; AUM in cents), for tests and sorting.
    static constexpr int RawRole = Qt::UserRole;

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Opens the workspace on the worker and shows every customer (no filter, id order).
    void openWorkspace(const QString &path);
    QString workspacePath() const { return m_path; }

    // The run whose segments fill the Segment column (0: none), the clv run (0: the newest). With
    // the run's facts, its segments are shown by name in the language of now (else by key).
    void setSegmentationRun(qint64 runId, std::shared_ptr<const jobs::RunInfo> run = nullptr);
    void setClvRun(qint64 runId);
    // Case-insensitive text matched against id, name, branch, RM, tier, segment and stage.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_spec.text; }
    // Only these customers (the map's selection); an empty list shows no one.
    void setCustomerFilter(const QStringList &ids);
    void clearCustomerFilter();
    bool hasCustomerFilter() const { return m_spec.idFilterOn; }

    void setMasked(bool masked);
    bool isMasked() const { return m_masked; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_spec.sortColumn; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 totalCustomers() const { return m_info.total; }
    bool isLoading() const { return m_pending > 0; }
    QString asOf() const { return m_info.asOf; }
    // Whether the row's chunk is loaded; the raw record (empty if not loaded).
    bool isRowLoaded(int row) const;
    store::CustomerRecord record(int row) const;
    // The unmasked id of a loaded row (empty if not loaded).
    QString customerId(int row) const;
    // The text shown for a value in a column (masked as the model is), "" for no value: figures
    // in the language's format, money through figures::money ("1,234,568", "123.46万").
    QString displayText(const store::CustomerRecord &record, int column) const;
    // The same for copying and CSV: figures as plain machine-readable numbers ("1234567.89"),
    // whatever the language; names and ids as displayText.
    QString exportText(const store::CustomerRecord &record, int column) const;

    // Asks the worker for the ids of the rows in the ranges; answered by customerIdsReady.
    quint64 requestCustomerIds(const Ranges &ranges);
    // Asks the worker for whole records (for copying unloaded rows); answered by recordsReady.
    quint64 requestRecords(const Ranges &ranges);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The view's row count and the workspace's customer count after a (re)query.
    void countsChanged(qint64 shown, qint64 total);
    void queryFailed(const QString &message);
    void customerIdsReady(quint64 ticket, const QStringList &ids);
    void recordsReady(quint64 ticket, const QVector<store::CustomerRecord> &records);

private:
    friend class CustomerTableWorker;
    // After a change of language or figure format: headers and every cell anew (no reset: the
    // view keeps its selection and scroll position).
    void retranslate();
    void requery();
    void requestChunk(qint64 chunk) const;
    void onViewReady(quint64 generation, const store::CustomerViewInfo &info,
                     const QVector<store::CustomerRecord> &firstRows);
    void onChunkReady(quint64 generation, qint64 chunk, const QVector<store::CustomerRecord> &rows);
    void onFailed(quint64 generation, const QString &message);
    void storeChunk(qint64 chunk, QVector<store::CustomerRecord> rows);
    const store::CustomerRecord *cached(int row) const;
    QVariant displayValue(const store::CustomerRecord &record, int column) const;

    QThread *m_thread = nullptr;
    CustomerTableWorker *m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest; // newest generation, read by the worker
    QString m_path;
    store::CustomerViewSpec m_spec;
    store::CustomerViewInfo m_info;
    quint64 m_generation = 0;
    quint64 m_nextTicket = 0;
    int m_rows = 0;
    int m_pending = 0;
    bool m_masked = true;
    std::shared_ptr<const jobs::RunInfo> m_segmentationRun; // names the Segment column's keys
    struct Chunk
    {
        QVector<store::CustomerRecord> rows;
        quint64 used = 0;
    };
    mutable QHash<qint64, Chunk> m_chunks;
    mutable QSet<qint64> m_requested;
    mutable quint64 m_useClock = 0;
};

} // namespace tierwise
