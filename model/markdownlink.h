// The destination of a Markdown inline link, "[text](address)" or "[text](address "title")", read as
// CommonMark reads it: the reading view shows such a link's text, and the marker scanner knows
// "[1](https://…)" for a link while "[1](see appendix)" is a marker followed by words in parentheses.
#pragma once

#include "article.h"

#include <QStringView>

namespace Citewise {

// Where the destination that opens at `open` (a '(') ends: just past its ')', or -1 when what follows
// is no destination (an empty one, white space inside an address, an unclosed title or parenthesis).
// Balanced parentheses may stand in the address; sets `address` to it as written (without the angle
// brackets of "(<address>)").
qsizetype linkDestinationEnd(QStringView text, qsizetype open, TextSpan *address);

// Where a link destination would open for the marker whose brackets stand at `open` and `close` in
// `text`: right after it ("[1](…)"), or after the bracket that closes the link the marker is the whole
// text of ("[[1]](…)", the first bracket not escaped); -1 when no '(' stands in either place. Whether a
// destination does open there is for linkDestinationEnd() to say.
inline qsizetype markerDestinationOpen(QStringView text, qsizetype open, qsizetype close)
{
    const qsizetype after = close + 1;
    if (after >= text.size())
        return -1;
    const char16_t next = text.utf16()[after];
    if (next == u'(') // (nearly every marker is followed by a space or a mark: one test for them)
        return after;
    if (next != u']' || after + 1 >= text.size() || text.at(after + 1) != u'(' || open < 1
        || text.at(open - 1) != u'[' || (open >= 2 && text.at(open - 2) == u'\\'))
        return -1;
    return after + 1;
}

} // namespace Citewise
