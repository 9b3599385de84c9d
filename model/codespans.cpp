#include "codespans.h"

#include <algorithm>

namespace Citewise {

namespace {

qsizetype runEndAt(QStringView line, qsizetype at)
{
    while (at < line.size() && line.at(at) == u'`')
        ++at;
    return at;
}

} // namespace

CodeSpanFinder::Span CodeSpanFinder::spanAt(qsizetype open)
{
    Span span;
    span.runEnd = runEndAt(m_line, open);
    const qsizetype length = span.runEnd - open;
    if (!m_indexed) {
        for (qsizetype k = m_line.indexOf(u'`'); k >= 0; k = m_line.indexOf(u'`', k)) {
            const qsizetype end = runEndAt(m_line, k);
            m_lastRunOfLength.insert(end - k, k);
            k = end;
        }
        m_indexed = true;
    }
    if (m_lastRunOfLength.value(length, -1) < span.runEnd)
        return span; // nothing closes it
    // A closing run exists: find the first, skipping runs of other lengths.
    for (qsizetype k = m_line.indexOf(u'`', span.runEnd); k >= 0; k = m_line.indexOf(u'`', k)) {
        const qsizetype end = runEndAt(m_line, k);
        if (end - k == length) {
            span.end = end;
            return span;
        }
        k = end;
    }
    return span;
}

bool CodeSpanFinder::inSpan(qsizetype at)
{
    if (!m_spansFound) {
        for (qsizetype k = m_line.indexOf(u'`'); k >= 0;) {
            const Span span = spanAt(k);
            if (span.end >= 0)
                m_spans.append({k, span.end});
            k = m_line.indexOf(u'`', span.end >= 0 ? span.end : span.runEnd);
        }
        m_spansFound = true;
    }
    const auto after = std::upper_bound(m_spans.cbegin(), m_spans.cend(), at,
        [](qsizetype at, const std::pair<qsizetype, qsizetype> &span) { return at < span.first; });
    return after != m_spans.cbegin() && at < std::prev(after)->second;
}

} // namespace Citewise
