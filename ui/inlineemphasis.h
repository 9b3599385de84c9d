// Markdown emphasis in a line of text: "*italic*", "_italic_", "**bold**", "__bold__", "***both***",
// paired as CommonMark pairs them (delimiter runs that open and close by what stands around them, so
// that snake_case, 2 * 3 and a lone asterisk stay text). Code spans ("`...`") hold none.
#pragma once

#include <QList>
#include <QStringView>

namespace Citewise {

// A stretch of the text and how it is shown.
struct EmphasisSegment
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool italic = false;
    bool bold = false;
    bool hidden = false; // a delimiter that paired: not shown
};

// The text cut into segments from its start to its end, in order; empty when it has no emphasis
// (nothing to hide or set apart). A text with more than kMaxEmphasisDelimiters runs of '*' and '_' is
// taken as having none, so that pairing them stays cheap on any input.
QList<EmphasisSegment> findEmphasis(QStringView text);
inline constexpr int kMaxEmphasisDelimiters = 512;

} // namespace Citewise
