// Recognises the lines that open the References and Comments sections, in the spellings people use.
#pragma once

#include <QStringView>

namespace Citewise {

// How a line may head the references section: always ("References", "Sources:", "## References",
// "**Sources**", "참고 문헌", "Quellen" …), only when an entry with an address comes next ("Notes",
// "## Footnotes", "각주" …, since notes in prose stand under them as well), or not at all.
enum class ReferencesHeader { None, Named, Loose };
ReferencesHeader referencesHeaderOf(QStringView line);
// referencesHeaderOf(line) is Named.
bool isReferencesHeader(QStringView line);
// "Comments", "Comments:", "## Comments" …
bool isCommentsHeader(QStringView line);
// A Markdown ATX heading ("## Something").
bool isMarkdownHeading(QStringView line);
// Strips Markdown heading marks, emphasis and a trailing colon: the header's bare word(s).
QStringView headerWord(QStringView line);

} // namespace Citewise
