#pragma once

// Renders a BriefData as an A4 portrait document on any paged paint device (QPdfWriter for a
// file, QPrinter for a preview or a printer): a cover, the contents with page numbers, the
// summary, one section per segment and notes, each page with "Page X of Y" and the masking
// notice. Two passes: the first lays the blocks out on pages (so the contents list the right
// page numbers), the second paints. Charts are vectors; the segment maps' density layers are small
// raster images. Only QPainter, no widgets: callable from any thread.
//
// Text comes from tr() (context tierwise::BriefRenderer) and the engine's names at the time of
// rendering: to print in another language than the user interface's, keep a BriefLanguage alive
// around the call (on the application's thread). `language` sets the number formats.

#include "analytics/briefdata.h"
#include "result.h"

#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace tierwise {

class BriefRenderer
{
public:
    struct Entry
    {
        QString title;
        int page = 0;  // 1-based
        int level = 0; // 0: a part, 1: a segment
    };
    struct Layout
    {
        int pages = 0;
        std::vector<Entry> contents;
    };

    explicit BriefRenderer(const analytics::BriefData &data, QString language = QStringLiteral("en"));

    // Sets A4 portrait without margins on the device and paints every page. An error if the device
    // cannot be painted on.
    Result<Layout> render(QPagedPaintDevice *device) const;
    // A PDF file, written whole or not at all (QSaveFile).
    Result<Layout> writePdf(const QString &path) const;

    // The document's title: "Segment brief — <bank>".
    QString documentTitle() const;

private:
    const analytics::BriefData &m_data;
    QString m_language;
};

} // namespace tierwise
