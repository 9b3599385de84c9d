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
