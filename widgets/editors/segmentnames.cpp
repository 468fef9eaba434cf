#include "editors/segmentnames.h"

#include "analytics/bookview.h"

namespace tierwise {

void SegmentNames::read(sqlite3 *db, const analytics::BookView *book)
{
    m_runs.clear();
    if (!db || !book)
        return;
    Result<std::vector<jobs::RunInfo>> runs = jobs::listRuns(db);
    if (!runs)
        return; // the book's own names, in the language it was read in
    for (jobs::RunInfo &run : *runs)
        for (const analytics::BookSegmentation &s : book->segmentations)
            if (s.runId == run.runId) {
                m_runs.emplace(run.runId, std::move(run));
                break;
            }
}

const jobs::RunInfo *SegmentNames::runOf(const analytics::BookSegmentation &segmentation) const
{
    const auto it = m_runs.find(segmentation.runId);
    return it == m_runs.end() ? nullptr : &it->second;
}

QString SegmentNames::title(const analytics::BookSegmentation &segmentation) const
{
    const jobs::RunInfo *run = runOf(segmentation);
    return run ? analytics::segmentationTitle(*run, segmentation.kind) : segmentation.title;
}

QString SegmentNames::name(const analytics::BookSegmentation &segmentation, qsizetype index) const
{
    const QString key = segmentation.keys.value(index);
    const jobs::RunInfo *run = runOf(segmentation);
    return run ? analytics::segmentationSegmentName(*run, segmentation.kind, key) : segmentation.names.value(index, key);
}

QString SegmentNames::name(const analytics::BookSegmentation &segmentation, const QString &key) const
{
    const qsizetype index = segmentation.keys.indexOf(key);
    return index < 0 ? key : name(segmentation, index);
}

QMap<QString, QString> SegmentNames::names(const analytics::BookSegmentation &segmentation) const
{
    QMap<QString, QString> out;
    for (qsizetype i = 0; i < segmentation.keys.size(); ++i)
        out.insert(segmentation.keys.at(i), name(segmentation, i));
    return out;
}

} // namespace tierwise
