// Citations written in forms Citewise does not read, written as the markers and entries it reads: what
// Citations > Write Unread Citations as Markers and `citewise --write-markers` do.
#pragma once

#include "article.h"
#include "textedit.h"

namespace Citewise {

// Edits that write the article's Markdown footnotes numbered as markers and entries: "[^2]" becomes "[2]"
// and its definition "[^2]: https://…" the entry "[2]: https://…", under a "References:" header (or
// "## References" in an article with Markdown headings) put above the first definition when nothing
// heads them. None when the definitions would not all read as entries with an address so, or would leave
// a line of the list that reads as no entry, or no marker cites one: markers citing nothing, or notes
// read as sources without an address, would be worse than footnotes. Footnotes labelled otherwise ("[^note]",
// Perplexity's
// "[^1_2]") stay as they are, and are counted as left.
struct FootnoteEdits
{
    QList<TextEdit> edits; // sorted by start
    qsizetype markers = 0; // written as markers
    qsizetype definitions = 0; // written as entries
    qsizetype left = 0;
};
FootnoteEdits footnoteEdits(const Article &article);

// Edits that number the entries of a list numbered in a form not read (unreadListEntries(): "［1］https://…",
// "¹ https://…") as markers are, "[1] https://…"; none unless every one of them then reads as an entry
// with an address.
QList<TextEdit> listNumberEdits(const Article &article);

// Everything written: the list's numbers (listNumberEdits()), then the footnotes (footnoteEdits()), then
// the citations in forms not read as markers in the text they make (unreadCitationEdits()), as one list
// of edits of the article's text.
struct MarkerWriting
{
    QList<TextEdit> edits; // sorted by start
    qsizetype markers = 0; // citations written as markers
    qsizetype entries = 0; // footnote definitions written as entries
    qsizetype numbered = 0; // entries whose number was written as markers write theirs
    qsizetype left = 0; // citations left as written: their findings stay
};
MarkerWriting writeAsMarkers(const Article &article);

} // namespace Citewise
