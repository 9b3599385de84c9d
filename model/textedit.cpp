#include "textedit.h"

#include "prefault.h"

namespace Citewise {

QString applyEdits(QStringView text, const QList<TextEdit> &edits)
{
    qsizetype size = 0;
    forEachEditedPiece(text, edits, [&size](QStringView piece) { size += piece.size(); });
    QString result = stringWithRoomFor(size);
    forEachEditedPiece(text, edits, [&result](QStringView piece) { result.append(piece); });
    return result;
}

} // namespace Citewise
