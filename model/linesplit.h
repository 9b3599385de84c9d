// Splitting text into lines. A line ends with "\n", "\r\n" or a lone "\r" (as the editor, like most
// editors, breaks lines at each of them); the last line may have no terminator.
#pragma once

#include "article.h"

#include <QList>
#include <QStringView>

namespace Citewise {

// Appends the lines of text[start, end) to `out`, positions in `text`. Text ending with a terminator
// ends with that line: no empty line follows it.
void appendLines(QStringView text, qsizetype start, qsizetype end, QList<Line> &out);

} // namespace Citewise
