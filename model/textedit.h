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

} // namespace Citewise
