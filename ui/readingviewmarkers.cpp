// ReadingView: the markers drawn over as the layout draws their blocks, those citing the highlighted
// reference and those of references whose links are broken.
#include "readingview.h"

#include <QScrollBar>
#include <QTextBlock>
#include <QVarLengthArray>

#include <algorithm>

namespace Citewise {

void ReadingView::setBrokenLinks(const QSet<QString> &urls)
{
    if (urls == m_brokenLinks)
        return;
    m_brokenLinks = urls;
    applyHighlight(false);
}

void ReadingView::highlightReference(qint64 number, bool scroll)
{
    m_highlighted = number;
    if (scroll)
        finishRendering(); // the first marker may be far down
    applyHighlight(scroll);
}

void ReadingView::applyHighlight(bool scroll)
{
    // Nothing is worked out here for the markers off the screen: the layout asks for each block's as it
    // draws it (decorateMarkers()). What is on screen may have changed with the article or the links.
    const bool decorating = m_highlighted != 0 || !m_brokenLinks.isEmpty();
    if (decorating || m_decorating)
        viewport()->update();
    m_decorating = decorating;
    if (!scroll || m_highlighted == 0)
        return;
    const qsizetype markers = qMin(m_markers.size(), m_article.citations.size());
    for (int i = 0; i < markers; ++i) {
        if (m_markers.at(i).start < 0 || !m_article.citations.at(i).cites(m_highlighted))
            continue;
        const QRect rect = markerRect(i, 0);
        const QRect visible = viewport()->rect();
        if (!visible.contains(rect))
            scrollToValue(verticalScrollBar()->value() + rect.top() - visible.height() / 3);
        return;
    }
}

qsizetype ReadingView::pendingShift(qsizetype marker) const
{
    return m_shiftFrom >= 0 && marker >= m_shiftFrom ? m_shiftDelta : 0;
}

qsizetype ReadingView::firstMarkerEndingAfter(qsizetype position, qsizetype end) const
{
    // Markers not typeset, or typeset as plain text, have no place (start < 0) and are passed over:
    // the first marker with a place at or after the index found is the one looked for.
    qsizetype low = 0;
    qsizetype high = end;
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        qsizetype placed = middle;
        while (placed < high && m_markers.at(placed).start < 0)
            ++placed;
        if (placed < high && m_markers.at(placed).end + pendingShift(placed) <= position)
            low = placed + 1;
        else
            high = middle;
    }
    return low;
}

bool ReadingView::citesBrokenLink(qint64 low, qint64 high) const
{
    for (qint64 number = low; number <= high; ++number) {
        const Reference *reference = referenceFor(number);
        if (reference && m_brokenLinks.contains(reference->url.trimmed()))
            return true;
    }
    return false;
}

void ReadingView::decorateMarkers(const QTextBlock &block, QList<QTextLayout::FormatRange> *ranges) const
{
    if (!m_decorating || !m_renderer)
        return;
    // Red and wavy like a spelling mistake: it is seen while reading without hiding the number.
    static const QTextCharFormat wavy = [] {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        return format;
    }();
    QTextCharFormat highlight;
    if (m_highlighted != 0) {
        // Opaque, as the highlight colour at a third over the page: a marker's stretches meet at
        // fractions of a pixel, where translucent fills would overlap in darker seams.
        highlight.setBackground(ArticleRenderer::mix(
            palette().color(QPalette::Base), palette().color(QPalette::Highlight), 90.0 / 255));
    }
    QTextCharFormat both = highlight;
    both.merge(wavy);
    const qsizetype start = block.position();
    const qsizetype end = start + block.length();
    using Parts = QVarLengthArray<std::pair<qsizetype, qsizetype>, 4>;
    // A marker's flagged and highlighted parts, drawn as stretches that do not overlap: where both
    // apply, one format has both (a second stretch over the first would hide its underline).
    const auto mark = [&](const Parts &flagged, const Parts &lit) {
        QVarLengthArray<qsizetype, 8> cuts;
        for (const Parts *parts : {&flagged, &lit}) {
            for (const auto &[from, to] : *parts)
                cuts << qMax(from, start) << qMin(to, end);
        }
        std::sort(cuts.begin(), cuts.end());
        const auto within = [](const Parts &parts, qsizetype at) {
            return std::any_of(parts.cbegin(), parts.cend(),
                [at](const auto &part) { return part.first <= at && at < part.second; });
        };
        for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
            const qsizetype from = cuts.at(k);
            const qsizetype to = cuts.at(k + 1);
            if (from >= to)
                continue;
            const bool isFlagged = within(flagged, from);
            const bool isLit = within(lit, from);
            if (isFlagged || isLit)
                ranges->append({int(from - start), int(to - from),
                    isFlagged && isLit ? both
                        : isFlagged    ? wavy
                                       : highlight});
        }
    };
    // (Both lists are the article's markers; bounded by both all the same, so that a block drawn while
    // an edit is on its way to the view can never read past either.)
    qsizetype typeset = qMin(m_markers.size(), m_article.citations.size());
    if (!m_renderer->isFinished())
        typeset = qMin(typeset, qsizetype(m_renderer->renderedCitations()));
    for (qsizetype i = firstMarkerEndingAfter(start, typeset); i < typeset; ++i) {
        const ArticleRenderer::MarkerPlace &place = m_markers.at(i);
        if (place.start < 0)
            continue;
        const qsizetype shift = pendingShift(i);
        if (place.start + shift >= end)
            break;
        const Citation &citation = m_article.citations.at(i);
        // Any broken number of a range, written or not, flags the whole range; a range lights up whole
        // when it cites the highlighted number, a single marker with its brackets (a wider mark is easier
        // to spot while scrolling).
        Parts flagged;
        Parts lit;
        place.forEachPart(citation, [&](qsizetype from, qsizetype to, qint64 low, qint64 high) {
            if (!m_brokenLinks.isEmpty() && citesBrokenLink(low, high))
                flagged.append({from + shift, to + shift});
            if (m_highlighted != 0 && citation.form != Citation::Form::Single && low <= m_highlighted
                && m_highlighted <= high)
                lit.append({from + shift, to + shift});
        });
        if (m_highlighted != 0 && citation.form == Citation::Form::Single && !place.numbers.isEmpty()
            && place.numbers.first().number == m_highlighted)
            lit.append({place.start + shift, place.end + shift});
        if (!flagged.isEmpty() || !lit.isEmpty())
            mark(flagged, lit);
    }
}

} // namespace Citewise
