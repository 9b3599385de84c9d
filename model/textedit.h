// A replacement of a span of text: the unit in which the engine proposes changes.
#pragma once

#include <QList>
#include <QString>

namespace Citewise {

struct TextEdit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString replacement;
    friend bool operator==(const TextEdit &, const TextEdit &) = default;
};

// Applies edits that are sorted by start and do not overlap.
QString applyEdits(QStringView text, const QList<TextEdit> &edits);

// Calls f(piece) for each piece of the edited text that applyEdits() joins, in order: unchanged
// stretches of `text` and the replacements (views into `text` and `edits`), some of them empty.
template<typename F> void forEachEditedPiece(QStringView text, const QList<TextEdit> &edits, F &&f)
{
    qsizetype pos = 0;
    for (const TextEdit &edit : edits) {
        // Tolerate edits that are out of order or out of bounds rather than reading past the text:
        // a bad edit list must never corrupt memory, only produce a visibly odd result.
        const qsizetype start = qBound<qsizetype>(pos, edit.start, text.size());
        const qsizetype end = qBound<qsizetype>(start, edit.start + edit.length, text.size());
        f(text.sliced(pos, start - pos));
        f(QStringView(edit.replacement));
        pos = end;
    }
    f(text.sliced(pos));
}

} // namespace Citewise
