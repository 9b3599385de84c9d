#include "textedit.h"

namespace Citewise {

QList<QStringView> editedPieces(QStringView text, const QList<TextEdit> &edits)
{
    QList<QStringView> pieces;
    pieces.reserve(edits.size() * 2 + 1);
    qsizetype pos = 0;
    for (const TextEdit &edit : edits) {
        // Tolerate edits that are out of order or out of bounds rather than reading past the text:
        // a bad edit list must never corrupt memory, only produce a visibly odd result.
        const qsizetype start = qBound<qsizetype>(pos, edit.start, text.size());
        const qsizetype end = qBound<qsizetype>(start, edit.start + edit.length, text.size());
        pieces.append(text.sliced(pos, start - pos));
        pieces.append(edit.replacement);
        pos = end;
    }
    pieces.append(text.sliced(pos));
    return pieces;
}

QString applyEdits(QStringView text, const QList<TextEdit> &edits)
{
    const QList<QStringView> pieces = editedPieces(text, edits);
    qsizetype size = 0;
    for (const QStringView piece : pieces)
        size += piece.size();
    QString result;
    result.reserve(size);
    for (const QStringView piece : pieces)
        result.append(piece);
    return result;
}

} // namespace Citewise
