// Recognises the lines that open the References and Comments sections, in the spellings people use.
#pragma once

#include <QStringView>

namespace Citewise {

// "References", "Sources:", "## References", "**Sources**", "참고 문헌", "Quellen" …
bool isReferencesHeader(QStringView line);
// "Notes", "## Footnotes", "각주" …: words that head a reference list only when an entry with an address
// comes next, since notes in prose stand under them as well.
bool isLooseReferencesHeader(QStringView line);
// "Comments", "Comments:", "## Comments" …
bool isCommentsHeader(QStringView line);
// A Markdown ATX heading ("## Something").
bool isMarkdownHeading(QStringView line);
// Strips Markdown heading marks, emphasis and a trailing colon: the header's bare word(s).
QStringView headerWord(QStringView line);

} // namespace Citewise
