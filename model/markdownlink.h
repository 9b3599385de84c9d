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

} // namespace Citewise
