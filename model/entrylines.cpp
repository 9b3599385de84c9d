// Lines outside the reference list that read as its entries would, or hold an address: the body's
// lines that start as entries do, bullets over links, and lines between entries (see referenceentry.h).
#include "referenceentry.h"

#include <algorithm>

namespace Citewise {

QStringView withoutQuoteOrBullet(QStringView line)
{
    // (Leading white space only, in place: renumbering asks this of every paragraph.)
    const auto skipSpaces = [](QStringView &text) {
        while (!text.isEmpty() && text.front().isSpace())
            text = text.sliced(1);
    };
    skipSpaces(line);
    while (line.startsWith(u'>')) {
        line = line.sliced(1);
        skipSpaces(line);
    }
    return withoutEntryBullet(line);
}

bool readsAsEntryWithAddress(QStringView text, qint64 *number)
{
    if (!text.startsWith(u'['))
        return false;
    // Read on its own (its spans then count from its start): no copy of the text up to it.
    const QList<Line> line {Line {{0, text.size()}, 0}};
    Reference entry;
    if (!readEntry(text, line, 1, entry) || entry.url.isEmpty() || !entry.isNumberedAsMarkers())
        return false;
    if (number)
        *number = entry.number;
    return true;
}

bool looksNumbered(QStringView bulleted)
{
    const QStringView line = withoutEntryBullet(bulleted);
    qsizetype i = 0;
    if (i < line.size() && (line.at(i) == u'[' || line.at(i) == u'(' || line.at(i) == u'#')) {
        ++i;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
    }
    return i < line.size() && line.at(i).unicode() >= u'0' && line.at(i).unicode() <= u'9';
}

bool holdsAnAddress(QStringView line)
{
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (looksLikeUrl(word))
            return true;
        // A Markdown link's destination: "- [Reuters – Lithium slump](https://…)".
        if (const qsizetype link = word.indexOf(u"]("); link >= 0 && looksLikeUrl(word.sliced(link + 2)))
            return true;
    }
    return false;
}

bool readsAsRestOfAddress(QStringView line)
{
    const auto outsideAnAddress
        = [](QChar c) { return c.isSpace() || QStringView(u"<>\"\\^`{|}()[]*").contains(c); };
    const auto pathOrQuery = [](QChar c) { return QStringView(u"/.?=&%_").contains(c); };
    if (line.isEmpty() || startsAsEntry(line) || line.contains(u"://")
        || std::any_of(line.cbegin(), line.cend(), outsideAnAddress))
        return false;
    const QStringView word = line.endsWith(u'.') ? line.chopped(1) : line; // "Retrieved." ends a sentence
    return std::any_of(word.cbegin(), word.cend(), pathOrQuery)
        && std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace Citewise
