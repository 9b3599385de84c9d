// Recognises the lines that open the References and Comments sections, in the spellings people use.
#pragma once

#include <QStringView>

namespace Citewise {

// How a line may head the references section: always ("References", "Sources:", "## References",
// "**Sources**", "참고 문헌", "Quellen" …), only when an entry with an address comes next ("Notes",
// "## Footnotes", "각주" …, since notes in prose stand under them as well), or not at all.
enum class ReferencesHeader { None, Named, Loose };
ReferencesHeader referencesHeaderOf(QStringView line);
// How a line with no header word of referencesHeaderOf()'s or the Comments' may still head the reference
// list of an article that has none under such a word: as a heading ("## My sources", "**Sources used**",
// "Where the figures come from:"), as a word for further reading ("Further reading", "External links",
// "## Links"), or not at all. The parser decides from the lines around it (see docs/FORMAT.md).
enum class UnnamedListHeading { None, FurtherReading, Heading };
UnnamedListHeading unnamedListHeadingOf(QStringView line);
// Whether `line`, in the reference list, heads a list that is none of its sources and ends it: further
// reading ("Further reading:", "See also"), credits for the pictures ("Image credits:"), the author.
bool endsTheReferenceList(QStringView line);
// referencesHeaderOf(line) is Named.
bool isReferencesHeader(QStringView line);
// "Comments", "Comments:", "## Comments", "2 thoughts on “…”" …
bool isCommentsHeader(QStringView line);
// A Markdown ATX heading ("## Something").
bool isMarkdownHeading(QStringView line);
// The level of a Markdown ATX heading (2 for "## Something"), 0 for any other line.
int markdownHeadingLevel(QStringView line);
// A line of '=' or '-' alone (at least two): under a header line, it underlines it as a Markdown
// heading ("References" then "==========").
bool isSetextUnderline(QStringView line);
// A line of '=' alone (at least two): under the title, it underlines it ("My article" then "=====").
bool isDoubleUnderline(QStringView line);
// Strips Markdown heading marks, emphasis and a trailing colon: the header's bare word(s).
QStringView headerWord(QStringView line);

} // namespace Citewise
