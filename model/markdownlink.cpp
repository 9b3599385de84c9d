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
            if (c == u'\\' && i + 1 < size && text.at(i + 1).isPunct())
                ++i; // an escaped character ("\(") counts as itself
            else if (c == u'(')
                ++depth;
            else if (c == u')' && depth-- == 0)
                break;
        }
        *address = {start, i - start};
    }
    const qsizetype afterAddress = i;
    while (i < size && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    // A title, not shown: in quotes or parentheses, after white space, its own marks escaped inside it.
    if (i > afterAddress && i < size && (text.at(i) == u'"' || text.at(i) == u'\'' || text.at(i) == u'(')) {
        const QChar close = text.at(i) == u'(' ? u')' : text.at(i);
        for (++i; i < size && text.at(i) != close; ++i) {
            if (text.at(i) == u'\\')
                ++i;
        }
        if (i >= size)
            return -1;
        ++i;
        while (i < size && (text.at(i) == u' ' || text.at(i) == u'\t'))
            ++i;
    }
    if (i >= size || text.at(i) != u')' || address->length == 0)
        return -1;
    return i + 1;
}

} // namespace Citewise
