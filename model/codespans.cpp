#include "codespans.h"

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

} // namespace Citewise
