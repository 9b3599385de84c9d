// Finds citation markers ("[1]", "[1, 3]", "[2-4]") in one line of body text.
#pragma once

#include "article.h"

#include <span>

namespace Citewise {

// lineStart is the offset of `line` in the article text; lineNumber is 1-based.
// Bracketed words, "[]", "[-1]", Markdown links/footnotes and brackets inside URLs are not markers.
void scanCitations(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &out);

// Markers and malformed markers in one pass (what the parser uses).
void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &citations,
    QList<MalformedMarker> &malformed);
// The same, given where the line's '[', '`' and ':' stand (offsets in the article text, ascending, all
// of them in the line: see TextIndex), so the line itself is not searched again.
void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, std::span<const qsizetype> events,
    QList<Citation> &citations, QList<MalformedMarker> &malformed);

// Characters that make bracketed digits look like a marker on screen while they read as none: spaces
// other than the space and tab a marker may hold (no-break and the like) and invisible format
// characters (zero-width space, word joiner, soft hyphen...).
inline bool isHiddenInMarker(QChar ch)
{
    return ch.category() == QChar::Other_Format || (ch.isSpace() && ch != u' ' && ch != u'\t');
}

// Bracketed text that looks like an attempted marker but is not valid (see MalformedMarker).
void scanMalformedMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<MalformedMarker> &out);

} // namespace Citewise
