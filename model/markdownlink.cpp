#include "markdownlink.h"

namespace Citewise {

qsizetype linkDestinationEnd(QStringView text, qsizetype open, TextSpan *address)
{
    const qsizetype size = text.size();
    qsizetype i = open + 1;
    while (i < size && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    if (i < size && text.at(i) == u'<') {
        const qsizetype close = text.indexOf(u'>', i + 1);
        if (close < 0)
            return -1;
        *address = {i + 1, close - i - 1};
        i = close + 1;
    } else {
        const qsizetype start = i;
        int depth = 0;
        for (; i < size; ++i) {
            const QChar c = text.at(i);
            if (c.isSpace())
                break;
            if (c == u'(')
                ++depth;
            else if (c == u')' && depth-- == 0)
                break;
        }
        *address = {start, i - start};
    }
    while (i < size && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    if (i < size && (text.at(i) == u'"' || text.at(i) == u'\'')) { // a title, not shown
        const qsizetype close = text.indexOf(text.at(i), i + 1);
        if (close < 0)
            return -1;
        i = close + 1;
        while (i < size && (text.at(i) == u' ' || text.at(i) == u'\t'))
            ++i;
    }
    if (i >= size || text.at(i) != u')' || address->length == 0)
        return -1;
    return i + 1;
}

} // namespace Citewise
