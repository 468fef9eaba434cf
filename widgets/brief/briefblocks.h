#pragma once

// The flowing part of a brief as blocks of known height: the summary, one section per segment
// and the notes. BriefRenderer places them on pages (a block never splits; one that does not fit
// goes to the next page) and lists the blocks with a contents title in the contents.

#include "analytics/briefdata.h"
#include "brief/briefformat.h"

#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

namespace tierwise {

class BriefCanvas;

struct BriefBlock
{
    double height = 0;           // points
    bool newPage = false;        // starts on a page of its own
    int contentsLevel = -1;      // ≥ 0: listed in the contents at this level
    QString contentsTitle;
    std::function<void(const BriefCanvas &canvas, const QRectF &rect)> paint;
};

class BriefBlocks
{
public:
    // measure: a canvas on the device the blocks will be painted on (heights depend on its fonts).
    BriefBlocks(const analytics::BriefData &data, const BriefFormat &format, const BriefCanvas &measure, double width);

    std::vector<BriefBlock> build() const;

private:
    void summary(std::vector<BriefBlock> &out) const;
    void segment(std::size_t index, std::vector<BriefBlock> &out) const;
    void profile(std::size_t index, std::vector<BriefBlock> &out) const;
    void warnings(std::size_t index, std::vector<BriefBlock> &out) const;
    void strategy(std::size_t index, std::vector<BriefBlock> &out) const;
    void notes(std::vector<BriefBlock> &out) const;
    BriefBlock paragraph(const QString &text, double points = 8.5, bool muted = false) const;

    const analytics::BriefData &m_data;
    BriefFormat m_format;
    const BriefCanvas &m_measure;
    double m_width;
};

// Names of the brief's categories in the language installed now.
QString briefAgeBandName(analytics::BriefAgeBand band);
QString briefChannelName(std::size_t channel); // analytics::Channel, or kBriefChannels − 1: none
QString briefFamilyName(analytics::ProductFamily family);
QString briefProductTypeName(analytics::ProductType type);

} // namespace tierwise
