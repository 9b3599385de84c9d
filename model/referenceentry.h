// Reading one line of a reference list as an entry: "[n] URL label", "[n]: URL", "n. URL", "n) URL",
// "(n) URL" (see docs/FORMAT.md, "Entries").
#pragma once

#include "article.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace Citewise {

std::optional<QChar> wideAddressCloser(QChar opening); // addressCloser() past ASCII

// The character that closes a bracket or quote an address may stand in, "(https://…)", "<https://…>",
// "“https://…”", "「https://…」" (')' for '(', '”' for '“'); nothing for any other character.
// (Inline: reading an entry asks it of several characters, nearly all of which open nothing.)
inline std::optional<QChar> addressCloser(QChar opening)
{
    switch (opening.unicode()) {
    case u'<':
        return u'>';
    case u'(':
        return u')';
    case u'"':
        return u'"';
    case u'\'':
        return u'\'';
    default:
        return opening.unicode() < 0x80 ? std::nullopt : wideAddressCloser(opening);
    }
}

// Whether `token`, a whitespace-delimited word, is an address (perhaps in "<…>", "(…)" or quotes).
bool looksLikeUrl(QStringView token);

// The bullets a list of entries may be written with, each followed by a space: "- ", "* ", "+ " (Markdown's)
// and "• " (a word processor's).
inline bool isEntryBullet(QChar c)
{
    return c == u'-' || c == u'*' || c == u'+' || c == u'\u2022';
}

// `line` past such a bullet and its space, or an HTML list item's tag, "<li>", if it starts with one.
inline QStringView withoutEntryBullet(QStringView line)
{
    if (line.size() >= 2 && isEntryBullet(line.at(0)) && line.at(1) == u' ')
        return line.sliced(2);
    if (line.size() > 4 && line.at(0) == u'<' && (line.at(1) == u'l' || line.at(1) == u'L')
        && (line.at(2) == u'i' || line.at(2) == u'I') && line.at(3) == u'>') {
        qsizetype i = 4;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
        return line.sliced(i);
    }
    return line;
}

// Whether `line` starts as an entry does ("[1]", "1.", "(1)", "- [1]"): the only lines readEntry() may read
// as one, told apart without reading them.
bool startsAsEntry(QStringView line);
// Whether `number`, at the start of a line under an entry numbered `numberAbove`, is rather a year of
// publication: from 1800 to 2099, not following on from the number above, in a list numbered below 1000.
bool readsAsYearUnder(qint64 number, qint64 numberAbove);
// Whether `entry`, read on the line right under `above` (or under its last continuation line), is rather
// the rest of `above`: under an entry without its address yet, a year that does not follow on from its
// number ("2014. https://…", "[2019] UKSC 5. https://…") or a number written otherwise than the entry's
// ("12. International Conference…" under "[1] Smith. In Proceedings of the"); under any entry, a year
// written otherwise ("(2019) Deep learning…" under "[1] Smith, J. https://…").
bool goesOnFrom(const Reference &above, const Reference &entry);
// Whether `line` starts with an entry's number, as startsAsEntry() says, a digit right after the bracket
// if any: not "[Online]. Available: …", which IEEE references wrap onto.
bool startsWithEntryNumber(QStringView line);

// Whether a line starts the way an entry does, well written or not: a number, maybe after a bullet and
// '[', '(' or '#' ("[2} https://…", "2 https://…", "[ 2 ] https://…").
bool looksNumbered(QStringView line);
// Whether `line` holds a word that reads as an address ("https://…", "doi:10.…", "www.…"), or a
// Markdown link to one ("[Title](https://…)").
bool holdsAnAddress(QStringView line);
// Whether `line` (trimmed) reads as the rest of an address broken onto a line of its own under the entry
// it ends ("https://example.org/long/" then "path/page.html"): one word of an address's characters, not
// starting as an entry does, with a path's or a query's punctuation in it, which a word of text has not.
bool readsAsRestOfAddress(QStringView line);

// Reads line `lineNumber` (1-based) of `text`, split into `lines`, into `ref`; false when it is no entry.
// The address may stand anywhere after the number.
bool readEntry(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref);

// Where the line entry `ref` is read from holds another entry after it ("[1] https://… [2] https://…", or
// one joined by "<br>"), which readEntry() reads no part of: from there to the line's end. Empty when it
// holds none, as almost every line. (Entries are lines: the other one is not read.)
TextSpan joinedEntrySpan(const Article &article, const Reference &ref);

// `line` past its indentation, the marks of a quote ("> ") and a bullet: where an entry written in the body
// would start.
QStringView withoutQuoteOrBullet(QStringView line);

// Whether `text` (a line, without what withoutQuoteOrBullet() skips) reads on its own as an entry numbered
// as markers are, with an address: "[1] https://…". In the body, such a line is a list of sources outside
// the reference list (a list of notes above it, one quoted from another article). Sets `number`.
bool readsAsEntryWithAddress(QStringView text, qint64 *number = nullptr);

// For an entry read without an address: the first address on `line` (at `lineStart` in the text), one
// of its continuation lines ("[1] Author (2024). Title.\n    https://…", as citation styles wrap an
// entry), becomes the entry's.
void readContinuationAddress(QStringView line, qsizetype lineStart, Reference &ref);

// Reads `line`, a continuation line of `ref` (as readContinuationAddress() does its address), in `text`,
// any stretch of the text (at `textStart` in it) from the entry's first line to the end of this one:
// for an entry without an address yet, a label written before the address goes on with the words on the
// line up to the address it holds, or all of them ("[1] Smith (2020). A long title that runs onto the"
// then "next line. Journal, 3(2). https://…"), read as the words before an address are.
void readContinuation(QStringView text, qsizetype textStart, TextSpan line, Reference &ref);

// The text of a label that runs over lines: each line break, with the white space around it, read as
// one space.
QString labelText(QStringView words);

} // namespace Citewise
