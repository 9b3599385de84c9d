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

// `then`, edits of the text `first` makes, as edits of the text before `first`, merged with `first` into
// one list sorted by start: applied to that text, it makes what applying `first`, then `then`, makes.
// Both are sorted by start and do not overlap. An edit of `then` that reaches into the text an edit of
// `first` put in, or across a place one removed text, is left out; `dropped`, when given, counts them.
QList<TextEdit> composeEdits(
    const QList<TextEdit> &first, const QList<TextEdit> &then, qsizetype *dropped = nullptr);

// How many characters two texts share at their start, and then at their end (the two never overlap):
// what an edit turning one into the other can leave alone.
struct SharedEnds
{
    qsizetype prefix = 0;
    qsizetype suffix = 0;
};
SharedEnds sharedEnds(QStringView before, QStringView after);

// Where `position` of the text stands once `edits` (sorted by start, not overlapping) are applied:
// moved by the edits before it; inside a replaced span, at the end of its replacement.
qsizetype positionAfterEdits(qsizetype position, const QList<TextEdit> &edits);

// The edited text as applyEdits() joins it, in order: calls stretch(from, to) for each unchanged
// stretch [from, to) of a text of `size` units and replacement(text) for each replacement, some of
// them empty.
template<typename Stretch, typename Replacement>
void forEachEditedStretch(
    qsizetype size, const QList<TextEdit> &edits, Stretch &&stretch, Replacement &&replacement)
{
    qsizetype pos = 0;
    for (const TextEdit &edit : edits) {
        // Tolerate edits that are out of order or out of bounds rather than reading past the text:
        // a bad edit list must never corrupt memory, only produce a visibly odd result.
        const qsizetype start = qBound<qsizetype>(pos, edit.start, size);
        const qsizetype end = qBound<qsizetype>(start, edit.start + edit.length, size);
        stretch(pos, start);
        replacement(QStringView(edit.replacement));
        pos = end;
    }
    stretch(pos, size);
}

// The same as pieces of `text` and of the edits' replacements: f(piece) for each.
template<typename F> void forEachEditedPiece(QStringView text, const QList<TextEdit> &edits, F &&f)
{
    forEachEditedStretch(
        text.size(), edits, [&](qsizetype from, qsizetype to) { f(text.sliced(from, to - from)); }, f);
}

} // namespace Citewise
