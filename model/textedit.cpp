#include "textedit.h"

#include "prefault.h"

#include <algorithm>

namespace Citewise {

QString applyEdits(QStringView text, const QList<TextEdit> &edits)
{
    qsizetype size = 0;
    forEachEditedPiece(text, edits, [&size](QStringView piece) { size += piece.size(); });
    QString result = stringWithRoomFor(size);
    forEachEditedPiece(text, edits, [&result](QStringView piece) { result.append(piece); });
    return result;
}

QList<TextEdit> composeEdits(const QList<TextEdit> &first, const QList<TextEdit> &then, qsizetype *dropped)
{
    QList<TextEdit> out;
    out.reserve(first.size() + then.size());
    qsizetype left = 0;
    qsizetype delta = 0; // how much longer the edits of `first` taken so far made the text
    qsizetype i = 0; // the next edit of `first`
    for (const TextEdit &edit : then) {
        // Take the edits of `first` that end, in the text they make, at or before this one's start.
        while (i < first.size() && first.at(i).start + delta + first.at(i).replacement.size() <= edit.start) {
            out.append(first.at(i));
            delta += first.at(i).replacement.size() - first.at(i).length;
            ++i;
        }
        // The next one starts past this one's end; else they meet (the text it put in, or the place it
        // removed text, lies within this one) and this one is left out.
        const bool meets = i < first.size() && first.at(i).start + delta < edit.start + edit.length;
        if (meets) {
            ++left;
            continue;
        }
        out.append({edit.start - delta, edit.length, edit.replacement});
    }
    for (; i < first.size(); ++i)
        out.append(first.at(i));
    if (dropped)
        *dropped = left;
    return out;
}

SharedEnds sharedEnds(QStringView before, QStringView after)
{
    SharedEnds ends;
    const qsizetype shared = std::min(before.size(), after.size());
    while (ends.prefix < shared && before.at(ends.prefix) == after.at(ends.prefix))
        ++ends.prefix;
    while (ends.suffix < shared - ends.prefix
        && before.at(before.size() - 1 - ends.suffix) == after.at(after.size() - 1 - ends.suffix))
        ++ends.suffix;
    return ends;
}

qsizetype positionAfterEdits(qsizetype position, const QList<TextEdit> &edits)
{
    qsizetype delta = 0;
    for (const TextEdit &edit : edits) {
        if (position <= edit.start)
            break;
        if (position < edit.start + edit.length)
            return edit.start + delta + edit.replacement.size();
        delta += edit.replacement.size() - edit.length;
    }
    return position + delta;
}

} // namespace Citewise
