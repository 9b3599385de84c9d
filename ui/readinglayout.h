// The reading view's document layout. Blocks are laid out when they are first seen, or in short
// steps while the application is idle once the document has been drawn, and an edit lays out only the blocks
// it touched: where QTextDocumentLayout moves every block after the edit, block heights here sit in a Fenwick
// tree, so a block's place, or the block at a height, is found in steps logarithmic in the block count.
// A document typeset again from much the same article (renumbered) can take the heights its predecessor's
// blocks had, laying each out only when it is seen or while idle: the place the reader was at is found
// again without laying out everything above it. A place far below what is laid out (the scroll bar
// dragged down, a paragraph far down revealed) is reached the same way, with heights guessed from
// the blocks' lengths.
//
// It draws what the reading view typesets: paragraphs with margins (collapsing between blocks as in
// QTextDocumentLayout), line heights, indentation, tab stops, block backgrounds, bullet and numbered
// lists, and the trailing rule of a block. Frames other than the root frame (tables) are not laid out.
#pragma once

#include "onscreenblocks.h"

#include <QAbstractTextDocumentLayout>
#include <QBasicTimer>
#include <QFont>
#include <QList>
#include <QTextFormat>
#include <QTextLayout>

#include <functional>
#include <limits>
#include <optional>

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
    // The address of the link under `point` (document coordinates), as anchorAt() gives it, found without
    // asking where every block above it is: QAbstractTextDocumentLayout::formatAt() does that.
    QString linkAt(const QPointF &point) const;

    // A block off the screen with an estimated height (see reuseHeights()) is not laid out by
    // blockBoundingRect(), which gives its place and estimated height: this lays it out, and the view
    // keeps its place (see heightAboveScreenChanged()).
    QRectF laidOutBlockRect(const QTextBlock &block) const;
    // Where `block` ends, and the next block's spacing starts, without laying it out when its height
    // is reused (see reuseHeights()); the blocks before it are placed as blockBoundingRect() places them.
    qreal blockBottom(const QTextBlock &block) const;
    // Blocks [0, n) are placed, laid out or with reused heights; the rest of the height is estimated.
    int laidOutBlocks() const { return int(m_slots.size()); }
    void layoutEverything() const;
    // The blocks from `top` to `bottom` (document coordinates) are on screen and about to be drawn: they
    // are laid out, and keep their layout's data until they leave the screen (see OnScreenBlocks).
    void keepOnScreen(qreal top, qreal bottom);
    // The view now shows from `top` to `bottom`, and will draw it: blocks above it are above the screen
    // (see heightAboveScreenChanged()) even before then. Blocks with estimated heights that came on
    // screen above the ones shown before are laid out, and heightAboveScreenChanged() says how much
    // they moved what was shown.
    void scrolledTo(qreal top, qreal bottom);

    // The heights of the first `blocks` blocks placed so far, and what they were laid out for.
    struct Heights
    {
        QList<qreal> spacing;
        QList<qreal> height;
        QList<size_t> text; // each block's text but for its digits, hashed: which blocks are alike
        qreal width = 0;
        QFont font;
        qreal perCharacter = 0; // height over characters of the blocks laid out
    };
    Heights heights(int blocks) const;
    // Blocks of this document with the number of one in `heights` and the same text but for digits
    // take its height without being laid out, as long as the page width and the font are the ones it had:
    // they are laid out when seen, or while idle (see heightAboveScreenChanged()). Edits before the end of
    // the document drop what is not used yet.
    void reuseHeights(Heights heights);
    // Places blocks [0, blocks) without laying any out: with reused heights where they apply, and
    // heights guessed from their length elsewhere (see guessRates()). They are laid out when seen or while
    // idle, as reused ones are: a document typeset again after a zoom is found at the reader's block without
    // laying out everything above it.
    void placeUpTo(int blocks) const;
    // Blocks that have a height but are not laid out yet, for tests.
    int estimatedBlocks() const;

    // Formats drawn over parts of a block as it is drawn, below the selections (the view's highlighted
    // and broken markers): nothing is made, laid out or kept for the blocks off the screen, where a selection
    // costs a cursor, which lays out and shapes its line.
    using Decorations = std::function<void(const QTextBlock &block, QList<QTextLayout::FormatRange> *ranges)>;
    void setDecorations(Decorations decorations) { m_decorations = std::move(decorations); }
    QList<QTextLayout::FormatRange> decorationsOf(const QTextBlock &block) const;

Q_SIGNALS:
    // Blocks above the ones on screen, placed with reused or guessed heights, were laid out (while idle,
    // asked about, or coming on screen as the view scrolls up) and took `delta` pixels more, or less if
    // negative: the view scrolls as much to keep the reader's place.
    void heightAboveScreenChanged(qreal delta);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;
    void timerEvent(QTimerEvent *event) override;

private:
    struct Slot
    {
        qreal spacing = 0; // collapsed margin above the block (none above the first)
        qreal height = 0; // from its first line's top to where the next block's spacing starts
        bool estimated = false; // reused or guessed, not laid out: laid out when seen or while idle
    };
    struct Page
    {
        qreal left = 0;
        qreal top = 0;
        qreal bottom = 0;
        qreal width = 0; // for the text, between the root frame's margins
        qreal pageWidth = 0;
    };

    // The space between `previous` and `block`: their margins collapse, as in QTextDocumentLayout (none
    // above the first block).
    static qreal spacingAbove(const QTextBlock &block, const QTextBlock &previous);
    const Page &page() const;
    Page measurePage() const;
    Slot layoutBlock(const QTextBlock &block, const QTextBlock &previous, qreal width) const;
    // The reused height for `block` when it may stand in for laying the block out at `width`.
    std::optional<Slot> reusedSlot(const QTextBlock &block, qreal width) const;
    // The number of `block`, placed with the blocks before it; -1 when it is not this document's.
    int placedNumber(const QTextBlock &block) const;
    // Lays out block `number` if its height is only estimated; returns how much taller it became.
    qreal layOutEstimated(int number, const QTextBlock &block) const;
    // Block `number`, laid out, took `delta` more than estimated: tells the view when it is above the
    // screen.
    void movedAbove(int number, qreal delta) const;
    bool workLeft() const;
    // Extends the placed blocks: blocks far below the last one placed take guessed heights (see
    // guessedSlot()) but for the last few.
    void layOutUpTo(int blocks) const;
    void layOutDownTo(qreal y) const; // until the prefix reaches y, in document coordinates
    int blockAt(qreal y) const; // the laid-out block whose slot holds y (clamped)
    qreal slotTop(int block) const; // top of the spacing above it
    qreal estimatedRest() const;
    // What a block not laid out yet is taken to take: as much height per character as the blocks of
    // the document typeset before this one (see reuseHeights()), or the blocks placed so far, or, before
    // any, lines of about 80 characters and each block ending in one.
    struct Rates
    {
        qreal perCharacter = 0;
        qreal perBlock = 0;
    };
    Rates guessRates() const;
    Slot guessedSlot(const QTextBlock &block, const QTextBlock &previous, const Rates &rates) const;
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
    mutable std::optional<Page> m_page;
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
    Heights m_reused;
    Decorations m_decorations;
    mutable int m_estimatedFrom = std::numeric_limits<int>::max(); // no estimated slot before it
    // The blocks at the top and the bottom of the screen; -1 before any was shown.
    int m_screenTop = -1;
    int m_screenBottom = -1;
};

} // namespace Citewise
