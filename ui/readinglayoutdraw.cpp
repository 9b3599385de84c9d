// ReadingLayout's drawing of a block: its background, the selections in it, its list marker, its
// lines and its trailing rule, as QTextDocumentLayout draws them.
#include "readinglayout.h"

#include <QPainter>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextList>

namespace Citewise {

void ReadingLayout::drawBlock(
    QPainter *painter, const PaintContext &context, const QTextBlock &block, QPointF origin) const
{
    QTextLayout *layout = block.layout();
    const QTextBlockFormat format = block.blockFormat();
    const QRectF bounds = layout->boundingRect().translated(origin);
    // A block with a rule draws its background as the rule's colour, as QTextDocumentLayout does.
    const QBrush background = format.background();
    const bool rule = format.hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth);
    if (background.style() != Qt::NoBrush && !rule)
        painter->fillRect(bounds, background);

    // Selections as ranges of this block; a full-width one needs only a position, and marks its line.
    const int position = block.position();
    const int length = block.length();
    QList<QTextLayout::FormatRange> ranges = decorationsOf(block);
    for (const Selection &selection : context.selections) {
        const int from = selection.cursor.selectionStart() - position;
        const int to = selection.cursor.selectionEnd() - position;
        if (from < length && to > 0 && to > from) {
            ranges.append({qMax(0, from), qMin(length, to) - qMax(0, from), selection.format});
        } else if (!selection.cursor.hasSelection()
            && selection.format.hasProperty(QTextFormat::FullWidthSelection)
            && block.contains(selection.cursor.position())) {
            const QTextLine line = layout->lineForTextPosition(selection.cursor.position() - position);
            int lineLength = line.textLength();
            if (line.textStart() + lineLength == length - 1)
                ++lineLength; // the block's end too
            ranges.append({line.textStart(), lineLength, selection.format});
        }
    }

    if (block.textList())
        drawListMarker(painter, context, block, origin);
    painter->save();
    painter->setPen(context.palette.color(QPalette::Text)); // for text without a colour of its own
    layout->draw(painter, origin, ranges, context.clip.isValid() ? context.clip : QRectF());
    painter->restore();

    if (rule) {
        const qreal width
            = format.lengthProperty(QTextFormat::BlockTrailingHorizontalRulerWidth).value(bounds.width());
        const qreal y = length == 1 ? bounds.center().y() : bounds.bottom();
        painter->save();
        painter->setPen(background.style() != Qt::NoBrush
                ? background.color()
                : context.palette.color(QPalette::Inactive, QPalette::WindowText));
        painter->drawLine(QLineF(bounds.center().x() - width / 2, y, bounds.center().x() + width / 2, y));
        painter->restore();
    }

    if (context.cursorPosition >= position && context.cursorPosition < position + length) {
        const int width = property("cursorWidth").isValid() ? property("cursorWidth").toInt() : 1;
        layout->drawCursor(painter, origin, context.cursorPosition - position, width);
    }
}

QList<QTextLayout::FormatRange> ReadingLayout::decorationsOf(const QTextBlock &block) const
{
    QList<QTextLayout::FormatRange> ranges;
    if (m_decorations)
        m_decorations(block, &ranges);
    return ranges;
}

// The bullet or number of a list item, in the margin before its first line, on whole pixels.
void ReadingLayout::drawListMarker(
    QPainter *painter, const PaintContext &context, const QTextBlock &block, QPointF origin) const
{
    const QTextLayout *layout = block.layout();
    const QTextList *list = block.textList();
    if (layout->lineCount() == 0)
        return;
    // Formats set only what differs from the document's default font.
    const QTextCharFormat charFormat = block.charFormat();
    const QFont font = charFormat.font().resolve(document()->defaultFont());
    const QFontMetrics metrics(font);
    const QTextBlockFormat format = block.blockFormat();
    const int style = format.hasProperty(QTextFormat::ListStyle) ? format.intProperty(QTextFormat::ListStyle)
                                                                 : list->format().style();
    const bool bullet = style == QTextListFormat::ListDisc || style == QTextListFormat::ListCircle
        || style == QTextListFormat::ListSquare;
    const QString label = bullet                ? QString()
        : format.hasProperty(ListLabelProperty) ? format.stringProperty(ListLabelProperty)
                                                : list->itemText(block);
    const QSizeF size = bullet ? QSizeF(metrics.lineSpacing() / 3.0, metrics.lineSpacing() / 3.0)
                               : QSizeF(metrics.horizontalAdvance(label), metrics.height());

    const bool rightToLeft = block.textDirection() == Qt::RightToLeft;
    const QRectF text = layout->lineAt(0).naturalTextRect();
    const QPoint start = origin.toPoint() + (rightToLeft ? text.topRight() : text.topLeft()).toPoint();
    const int gap = metrics.horizontalAdvance(u' ');
    const QRectF marker(QPointF(rightToLeft ? start.x() + gap : start.x() - gap - size.width(),
                            start.y() + (metrics.height() - size.height()) / 2),
        size);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QBrush foreground
        = charFormat.foreground().style() != Qt::NoBrush ? charFormat.foreground() : context.palette.text();
    const QBrush ink = context.palette.text();
    switch (style) {
    case QTextListFormat::ListDisc:
        painter->setPen(Qt::NoPen);
        painter->setBrush(ink);
        painter->drawEllipse(marker);
        break;
    case QTextListFormat::ListCircle:
        painter->setPen(QPen(ink, 0));
        painter->drawEllipse(marker.translated(0.5, 0.5));
        break;
    case QTextListFormat::ListSquare:
        painter->fillRect(marker, ink);
        break;
    default: {
        painter->setPen(QPen(foreground, 0));
        QTextLayout number(label, font);
        QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
        option.setTextDirection(block.textDirection());
        number.setTextOption(option);
        number.beginLayout();
        QTextLine line = number.createLine();
        if (line.isValid())
            line.setLeadingIncluded(true);
        number.endLayout();
        number.draw(painter, QPointF(marker.left(), start.y()));
        break;
    }
    }
    painter->restore();
}

} // namespace Citewise
