// What the files that keep an Article up to date share (articleupdate.cpp: the body and the dispatch;
// articlelineupdates.cpp: an edit inside one line of the title, the reference list or the comments).
#pragma once

#include "articleupdate.h"

#include <optional>

namespace Citewise::Update {

inline QStringView lineView(const Article &a, int line)
{
    return a.view(a.lines.at(line - 1).span);
}

// Moving what follows an edit: each item of the article `lineDelta` lines and `delta` characters
// further. Inline, as they run over every marker after an edit.
inline void shift(TextSpan &span, qsizetype delta)
{
    span.start += delta;
}

inline void shiftSection(Section &s, int lineDelta, qsizetype delta)
{
    if (!s.present)
        return;
    s.headerLine += lineDelta;
    s.firstLine += lineDelta;
    s.lastLine += lineDelta;
    shift(s.headerSpan, delta);
}

// One item of the article `lineDelta` lines and `delta` characters further.
inline void move(Paragraph &p, int lineDelta, qsizetype delta)
{
    p.line += lineDelta;
    shift(p.span, delta);
}

inline void move(Citation &citation, int lineDelta, qsizetype delta)
{
    citation.line += lineDelta;
    if (delta == 0)
        return;
    shift(citation.span, delta);
    for (CitationNumber &number : citation.numbers)
        shift(number.span, delta);
}

inline void move(MalformedMarker &marker, int lineDelta, qsizetype delta)
{
    marker.line += lineDelta;
    shift(marker.span, delta);
}

inline void move(Reference &r, int lineDelta, qsizetype delta)
{
    r.line += lineDelta;
    shift(r.span, delta);
    shift(r.numberSpan, delta);
    if (!r.urlSpan.isEmpty()) // an entry without an address keeps the empty default span
        shift(r.urlSpan, delta);
    shift(r.labelSpan, delta);
    if (!r.noteSpan.isEmpty())
        shift(r.noteSpan, delta);
    // Asked only when there are some: even an empty list would make a copy of its own to be written.
    if (lineDelta != 0 && !r.continuationLines.isEmpty()) {
        for (int &line : r.continuationLines)
            line += lineDelta;
    }
}

inline void move(StrayLine &stray, int lineDelta, qsizetype delta)
{
    stray.line += lineDelta;
    shift(stray.span, delta);
}

inline void move(Comment &comment, int lineDelta, qsizetype delta)
{
    comment.line += lineDelta;
    shift(comment.span, delta);
    shift(comment.textSpan, delta);
}

// Items [from, end) of `list` moved.
template<typename T> void moveFrom(QList<T> &list, qsizetype from, int lineDelta, qsizetype delta)
{
    if (from >= list.size())
        return;
    // Iterators: the list is made its own (detached) once, not at each item as operator[] would check.
    for (auto it = list.begin() + from, end = list.end(); it != end; ++it)
        move(*it, lineDelta, delta);
}

// Whether no edit of line `line` (or below it) can change the front matter.
bool isBelowFrontMatter(const Article &a, int line);
// Lines that decide the article's structure: edits that touch, make or remove one parse everything.
bool isStructuralLine(QStringView line);
// The content line above line `line`, past blank lines and the entries of a list, down to `floor` + 1.
int lineAboveEntries(const Article &a, int line, int floor);
// Everything from the line after the edit on: `lineDelta` lines and `delta` characters further.
void shiftTail(Article &a, const ArticleChange &c, int paragraphFrom, int citationFrom, int malformedFrom,
    int fenceFrom);
// Whether lines [first, last] lie inside the entries of the reference list.
bool isInReferenceList(const Article &a, int first, int last);
// Whether a CR ends up right before a line feed at `position` of the edited text.
bool joinsCrLf(const Article &a, qsizetype position);
// Line `line` lengthened by an edit of `delta` characters inside it, or nothing when line ends change.
std::optional<QStringView> lengthenEditedLine(Article &a, int line, qsizetype delta);
// Whether an edit stays inside the text of line `line`: its terminator untouched, no line break typed.
bool staysInsideLine(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted);

// An edit inside one line of the reference list, the title or the comments (articlelineupdates.cpp):
// whether it may be handled in place, and the line read again in place (false leaves the article as
// it was, to be parsed whole).
int editedReferenceEntry(
    const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted);
bool updateReferenceEntry(Article &a, int line, int index, qsizetype position, qsizetype delta);
bool isTitleEdit(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted);
bool updateTitle(Article &a, int line, ArticleChange &change);
bool isCommentEdit(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted);
bool updateComment(Article &a, int line, ArticleChange &change);

} // namespace Citewise::Update
