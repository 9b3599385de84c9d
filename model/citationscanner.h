// Finds citation markers ("[1]", "[1, 3]", "[2-4]") in one line of body text.
#pragma once

#include "article.h"

namespace Citewise {

// lineStart is the offset of `line` in the article text; lineNumber is 1-based.
// Bracketed words, "[]", "[-1]", Markdown links/footnotes and brackets inside URLs are not markers.
void scanCitations(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &out);

// Bracketed text that looks like an attempted marker but is not valid ("[1,,2]", "[3-]", "[5-2]").
struct MalformedMarker
{
    int line = 0;
    int column = 0;
    TextSpan span;
};
void scanMalformedMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<MalformedMarker> &out);

} // namespace Citewise
