// Reading the citation markers the scanner's fast path does not: numbers joined by "and" or "&", lists
// holding ranges, and locators pointing into a source ("[1, p. 23]").
#pragma once

#include "article.h"

#include <QStringView>

namespace Citewise {

// Parses a marker whose '[' is at `open` of `line` (at `lineStart` in the text) into `citation`.
// Returns the index of the closing ']', or -1 when the bracket holds no marker.
qsizetype parseMarker(QStringView line, qsizetype open, qsizetype lineStart, Citation &citation);

} // namespace Citewise
