#include "textedit.h"

namespace Citewise {

QString applyEdits(QStringView text, const QList<TextEdit> &edits)
{
    qsizetype growth = 0;
    for (const TextEdit &edit : edits)
        growth += edit.replacement.size() - edit.length;

    QString result;
    result.reserve(qMax<qsizetype>(0, text.size() + growth));
    qsizetype pos = 0;
    for (const TextEdit &edit : edits) {
        // Tolerate edits that are out of order or out of bounds rather than reading past the text:
        // a bad edit list must never corrupt memory, only produce a visibly odd result.
        const qsizetype start = qBound<qsizetype>(pos, edit.start, text.size());
        const qsizetype end = qBound<qsizetype>(start, edit.start + edit.length, text.size());
        result.append(text.mid(pos, start - pos));
        result.append(edit.replacement);
        pos = end;
    }
    result.append(text.mid(pos));
    return result;
}

} // namespace Citewise
