#include "editortextlayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Citewise {

namespace {

// Whether the block's first strong character is right-to-left, as Qt's layout decides its direction, but
// looking only at its first characters: the block is asked each time it is painted or hit, and a long
// line of digits or punctuation is not searched end to end each time.
bool startsRightToLeft(const QTextDocument *document, const QTextBlock &block)
{
    constexpr int kMaxLooked = 256;
    const int start = block.position();
    const int end = start + qMin(block.length() - 1, kMaxLooked);
    for (int at = start; at < end; ++at) {
        switch (document->characterAt(at).direction()) {
        case QChar::DirL:
        case QChar::DirLRE:
        case QChar::DirLRO:
            return false;
        case QChar::DirR:
        case QChar::DirAL:
        case QChar::DirRLE:
        case QChar::DirRLO:
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

EditorTextLayout::EditorTextLayout(QTextDocument *document) : QPlainTextDocumentLayout(document)
{ }

QRectF EditorTextLayout::blockBoundingRect(const QTextBlock &block) const
{
    const QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    QTextLayout *const layout = block.isValid() ? block.layout() : nullptr;
    if (!layout || layout->lineCount() == 0 || !startsRightToLeft(document(), block))
        return rect;
    // Each line keeps its width and moves by the room it leaves: its text ends at the right margin, as
    // the right-aligned line of a text option would (which Qt's plain-text layout never sets).
    const qreal margin = document()->documentMargin();
    for (int i = 0; i < layout->lineCount(); ++i) {
        QTextLine line = layout->lineAt(i);
        const qreal x = margin + qMax(0.0, line.width() - line.naturalTextWidth());
        if (line.x() != x)
            line.setPosition(QPointF(x, line.y()));
    }
    return rect;
}

} // namespace Citewise
