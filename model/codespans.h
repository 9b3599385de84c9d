// `code` spans in one line of text, found as CommonMark finds them: a run of backticks opens a span
// that the next run of exactly as many backticks closes; a run that nothing closes is literal text.
// Markers inside a span are code, not citations, and the reading view sets the span in monospace.
#pragma once

#include <QHash>
#include <QList>
#include <QStringView>

namespace Citewise {

class CodeSpanFinder
{
public:
    explicit CodeSpanFinder(QStringView line) : m_line(line) { }

    struct Span
    {
        qsizetype runEnd = 0; // where the run of backticks at `open` ends
        qsizetype end = -1; // after the run that closes the span; -1 when the run is literal text
    };
    // The run of backticks starting at `open` (the first backtick of its run).
    Span spanAt(qsizetype open);
    // Whether `at` lies in a span, its backticks included: for checks that meet the backticks before
    // what they look at, the spans are found once, on the first call.
    bool inSpan(qsizetype at);

private:
    QStringView m_line;
    // Where the last run of each length starts: a run opens a span only if a run as long comes later,
    // so a line of unpaired backticks costs one pass, not one per backtick.
    QHash<qsizetype, qsizetype> m_lastRunOfLength;
    bool m_indexed = false;
    QList<std::pair<qsizetype, qsizetype>> m_spans; // start and end of each span, in order
    bool m_spansFound = false;
};

} // namespace Citewise
