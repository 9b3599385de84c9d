// What a reading view draws wavy (the markers of broken links), as its layout is given it to draw over
// each block: each stretch's place in the document and its text, in order.
#pragma once

#include "readinglayout.h"
#include "readingview.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace Citewise::Test {

inline QList<std::pair<int, QString>> flaggedMarkers(const ReadingView &view)
{
    QList<std::pair<int, QString>> out;
    const auto *layout = qobject_cast<const ReadingLayout *>(view.document()->documentLayout());
    for (QTextBlock block = view.document()->begin(); layout && block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : layout->decorationsOf(block)) {
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                out.append({block.position() + range.start, block.text().mid(range.start, range.length)});
        }
    }
    return out;
}

inline QStringList flaggedTexts(const ReadingView &view)
{
    QStringList out;
    for (const auto &[position, text] : flaggedMarkers(view))
        out.append(text);
    return out;
}

} // namespace Citewise::Test
