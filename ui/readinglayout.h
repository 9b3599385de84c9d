// The reading view's document layout. Blocks are laid out when they are first seen, or in short
// steps while the application is idle once the document has been drawn, and an edit lays out only the blocks
// it touched: where QTextDocumentLayout moves every block after the edit, block heights here sit in a Fenwick
// tree, so a block's place, or the block at a height, is found in steps logarithmic in the block count.
//
// It draws what the reading view typesets: paragraphs with margins (collapsing between blocks as in
// QTextDocumentLayout), line heights, indentation, tab stops, block backgrounds, bullet and numbered
// lists, and the trailing rule of a block. Frames other than the root frame (tables) are not laid out.
#pragma once

#include "onscreenblocks.h"

#include <QAbstractTextDocumentLayout>
#include <QBasicTimer>
#include <QList>
#include <QTextFormat>

class QTextBlock;

namespace Citewise {

class ReadingLayout : public QAbstractTextDocumentLayout
{
    Q_OBJECT
public:
    // Block format property: the label a numbered list item shows ("2)", "iv."), in place of its
    // place in its list counted from one.
    static constexpr int ListLabelProperty = QTextFormat::UserProperty + 100;

    explicit ReadingLayout(QTextDocument *document);

    void draw(QPainter *painter, const PaintContext &context) override;
    int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override;
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame *frame) const override;
    QRectF blockBoundingRect(const QTextBlock &block) const override;

    // Blocks [0, n) are laid out and in their final places; the rest of the height is estimated.
    int laidOutBlocks() const { return int(m_slots.size()); }
    void layoutEverything() const;
    // The blocks from `top` to `bottom` (document coordinates) are on screen and about to be drawn: they
    // are laid out, and keep their layout's data until they leave the screen (see OnScreenBlocks).
    void keepOnScreen(qreal top, qreal bottom);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;
    void timerEvent(QTimerEvent *event) override;

private:
    struct Slot
    {
        qreal spacing = 0; // collapsed margin above the block (none above the first)
        qreal height = 0; // from its first line's top to where the next block's spacing starts
    };
    struct Page
    {
        qreal left = 0;
        qreal top = 0;
        qreal bottom = 0;
        qreal width = 0; // for the text, between the root frame's margins
        qreal pageWidth = 0;
    };

    Page page() const;
    Slot layoutBlock(const QTextBlock &block, const QTextBlock &previous, qreal width) const;
    void layOutUpTo(int blocks) const; // extends the laid-out prefix
    void layOutDownTo(qreal y) const; // until the prefix reaches y, in document coordinates
    int blockAt(qreal y) const; // the laid-out block whose slot holds y (clamped)
    qreal slotTop(int block) const; // top of the spacing above it
    qreal estimatedRest() const;
    void reportSize() const;
    void scheduleIdleLayout() const;

    void drawBlock(
        QPainter *painter, const PaintContext &context, const QTextBlock &block, QPointF origin) const;
    void drawListMarker(
        QPainter *painter, const PaintContext &context, const QTextBlock &block, QPointF origin) const;

    // Fenwick tree over the slots' spacing + height.
    qreal prefix(int count) const;
    void addAt(int index, qreal delta) const;
    void append(const Slot &slot) const;
    void rebuildTree() const;

    // Laying out on demand changes nothing that can be seen from outside, hence mutable.
    mutable QList<Slot> m_slots;
    mutable QList<qreal> m_tree; // m_tree[i - 1] sums slots (i - lowbit(i), i]
    mutable QBasicTimer m_idle;
    mutable QSizeF m_reportedSize;
    // The height estimated for the blocks not laid out yet, and what it was estimated from.
    struct Estimate
    {
        int laid = -1;
        qsizetype characters = 0;
        qreal height = 0;
    };
    mutable Estimate m_estimate;
    int m_blockCount = 0;
    mutable bool m_drawn = false; // the rest is laid out while idle only after the first draw
    OnScreenBlocks m_onScreen;
    // While keepOnScreen() lays blocks out: those starting above this keep their data from the start,
    // so that drawing them does not shape their text again. Noted, to let go of the ones above the screen.
    mutable qreal m_keepAbove = -1;
    mutable QList<int> m_keptNow;
};

} // namespace Citewise
