#pragma once

// The names of a book's segmentations and segments in the language shown now. The book keeps
// them as they were translated when it was read; after a language switch they are named again
// from the runs they come from (tier and RFM names are in the run's parameters). The runs are
// read once per book (a small table); naming reads nothing.

#include "jobs/runstore.h"

#include <QMap>
#include <QString>

#include <map>

struct sqlite3;

namespace tierwise {

namespace analytics { struct BookSegmentation; struct BookView; }

class SegmentNames
{
public:
    // Reads the runs of the book's segmentations (db or book null: forgets them, and the names
    // are the book's own).
    void read(sqlite3 *db, const analytics::BookView *book);
    void clear() { m_runs.clear(); }

    // "Value tiers (run 3, 2026-10-31)".
    QString title(const analytics::BookSegmentation &segmentation) const;
    // The name of segmentation.keys[index].
    QString name(const analytics::BookSegmentation &segmentation, qsizetype index) const;
    // The name of a key; the key itself if the segmentation has none such.
    QString name(const analytics::BookSegmentation &segmentation, const QString &key) const;
    // Every segment's name by key.
    QMap<QString, QString> names(const analytics::BookSegmentation &segmentation) const;

private:
    const jobs::RunInfo *runOf(const analytics::BookSegmentation &segmentation) const;

    std::map<qint64, jobs::RunInfo> m_runs; // by run id
};

} // namespace tierwise
