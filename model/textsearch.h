// Finding a short string in a short text (a token, a line) without the set-up of a general string
// search, which costs more than the search itself at these sizes: its first character is looked for
// (a vectorised search), then the rest compared.
#pragma once

#include <QStringView>

namespace Citewise {

inline qsizetype indexOfShort(QStringView text, QStringView needle)
{
    if (needle.isEmpty())
        return 0;
    for (qsizetype i = text.indexOf(needle.front()); i >= 0; i = text.indexOf(needle.front(), i + 1)) {
        if (text.sliced(i).startsWith(needle))
            return i;
    }
    return -1;
}

} // namespace Citewise
