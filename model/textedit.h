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

// The edited text as the pieces applyEdits() joins, in order: unchanged stretches of `text` and the
// replacements (views into `text` and `edits`, which must outlive them).
QList<QStringView> editedPieces(QStringView text, const QList<TextEdit> &edits);

} // namespace Citewise
