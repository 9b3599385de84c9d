// Citations written in forms renumbering does not read, which it must not leave citing whatever source
// takes their number: markers in full-width brackets and superscript numbers.
#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace Citewise {

// A source's number written as a superscript, as some assistants, word processors and converters export
// it: "risk.¹", "12%¹", "the EU¹", HTML's "<sup>1</sup>" or "<sup>1,2</sup>" (one each), Pandoc's "^1^";
// not a square or a cube after a number or a unit ("10³", "m²").
struct Superscript
{
    int line = 0;
    qint64 number = 0;
    QString written;
};

// The first marker written in full-width or lenticular brackets ("［1］", "【2】") that holds an entry's
// number, outside code and addresses: its line, or 0. The same pass notes, outside code, the numbers
// written as superscripts in `superscripts`.
int firstWideMarkerLine(const Article &article, QList<Superscript> &superscripts);

} // namespace Citewise
