// ReadingView: flagging the markers of references whose links are broken.
#include "readingview.h"

#include <QTextBlock>

#include <algorithm>

namespace Citewise {

void ReadingView::setBrokenLinks(const QSet<QString> &urls)
{
    if (urls == m_brokenLinks)
        return;
    m_brokenLinks = urls;
    applyHighlight(false);
}

void ReadingView::findBrokenMarkers()
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (!m_brokenLinks.isEmpty()) {
        QHash<qint64, bool> brokenByNumber; // looked up once per number, markers repeat them a lot
        const auto isBroken = [&](qint64 number) {
            const auto known = brokenByNumber.constFind(number);
            if (known != brokenByNumber.cend())
                return *known;
            const Reference *reference = referenceFor(number);
            const bool broken = reference && m_brokenLinks.contains(reference->url.trimmed());
            brokenByNumber.insert(number, broken);
            return broken;
        };
        for (int i = 0; i < m_markers.size() && i < m_article.citations.size(); ++i) {
            const ArticleRenderer::MarkerPlace &place = m_markers.at(i);
            if (place.start < 0 || place.numbers.isEmpty())
                continue;
            // Any broken number of a range, written or not, flags the whole range.
            place.forEachPart(
                m_article.citations.at(i), [&](qsizetype from, qsizetype to, qint64 low, qint64 high) {
                    for (qint64 number = low; number <= high; ++number) {
                        if (isBroken(number)) {
                            found.append({from, to});
                            return;
                        }
                    }
                });
        }
        std::sort(found.begin(), found.end());
    }
    if (found == m_brokenMarkers)
        return;
    m_brokenMarkers = std::move(found);
    viewport()->update();
}

void ReadingView::decorateBrokenMarkers(
    const QTextBlock &block, QList<QTextLayout::FormatRange> *ranges) const
{
    if (m_brokenMarkers.isEmpty())
        return;
    // Red and wavy like a spelling mistake: it is seen while reading without hiding the number.
    static const QTextCharFormat format = [] {
        QTextCharFormat wavy;
        wavy.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        wavy.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
        return wavy;
    }();
    const qsizetype start = block.position();
    const qsizetype end = start + block.length();
    auto marker = std::lower_bound(m_brokenMarkers.cbegin(), m_brokenMarkers.cend(), start,
        [](const std::pair<qsizetype, qsizetype> &range, qsizetype at) { return range.second <= at; });
    for (; marker != m_brokenMarkers.cend() && marker->first < end; ++marker) {
        const qsizetype from = qMax(marker->first, start);
        ranges->append({int(from - start), int(qMin(marker->second, end) - from), format});
    }
}

} // namespace Citewise
