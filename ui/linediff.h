// Which lines of two versions of a text differ, for showing the changes between them.
#pragma once

#include <QList>
#include <QStringView>

namespace Citewise {

struct LineDiff
{
    QList<int> removed; // line numbers (0-based, ascending) of the first text that the second lacks
    QList<int> added; // and of the second text that the first lacks
};

// The lines a shortest edit script turns the first text into the second with (Myers' algorithm over
// whole lines split at '\n'), so a line added or removed leaves those around it unmarked. When the texts
// differ in too many places for that to be quick, everything between their first and last differing
// line is marked instead.
LineDiff diffLines(QStringView first, QStringView second);

} // namespace Citewise
