// What a reading view draws over its markers, as its layout is given it to draw over each block: wavy
// (the markers of broken links) or on a background (those of the highlighted reference). Each stretch's
// place in the document and its text, in order.
#pragma once

#include "readinglayout.h"
#include "readingview.h"

#include <QList>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

namespace Citewise::Test {

template<typename Which> QList<std::pair<int, QString>> decoratedMarkers(const ReadingView &view, Which which)
{
    QList<std::pair<int, QString>> out;
    const auto *layout = qobject_cast<const ReadingLayout *>(view.document()->documentLayout());
    for (QTextBlock block = view.document()->begin(); layout && block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : layout->decorationsOf(block)) {
            if (which(range.format))
                out.append({block.position() + range.start, block.text().mid(range.start, range.length)});
        }
    }
    return out;
}

inline QList<std::pair<int, QString>> flaggedMarkers(const ReadingView &view)
{
    return decoratedMarkers(view, [](const QTextCharFormat &format) {
        return format.underlineStyle() == QTextCharFormat::WaveUnderline;
    });
}

inline QList<std::pair<int, QString>> highlightedMarkers(const ReadingView &view)
{
    return decoratedMarkers(
        view, [](const QTextCharFormat &format) { return format.hasProperty(QTextFormat::BackgroundBrush); });
}

inline QStringList textsOf(const QList<std::pair<int, QString>> &markers)
{
    QStringList out;
    for (const auto &[position, text] : markers)
        out.append(text);
    return out;
}

inline QStringList flaggedTexts(const ReadingView &view)
{
    return textsOf(flaggedMarkers(view));
}

inline QStringList highlightedTexts(const ReadingView &view)
{
    return textsOf(highlightedMarkers(view));
}

} // namespace Citewise::Test
