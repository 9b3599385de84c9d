#include "readinglayout.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTimerEvent>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Citewise {

namespace {

// A change to more blocks than this inside the laid-out part is laid out again when next seen,
// not at once (a new page width, a new root frame format, a document typeset again).
constexpr int kEagerBlocks = 256;
// Idle layout works in steps this long, so typing and scrolling never wait for it.
constexpr qint64 kIdleStepNanoseconds = 4'000'000;
// Without a page width, lines are not wrapped.
constexpr qreal kUnwrapped = 1e7;
// A place asked for further than this below what is placed (the scroll bar dragged down, the end of
// a long article) is reached by guessing the heights of the blocks above it but for the last few
// screens before it, which are laid out: scrolling back a little then moves nothing.
constexpr qreal kGuessBeyond = 16'000;
constexpr qreal kLaidOutAbove = 4'000;
// The same for a block asked for (to scroll to it): guessed above it but for the last blocks before it.
constexpr int kGuessBeyondBlocks = 512;
constexpr int kLaidOutBlocksAbove = 64;

// Lengths as QTextDocumentLayout keeps them, in whole 64ths of a pixel (cut, not rounded), so text
// sits where it always did.
qreal fixed(qreal length)
{
    return std::trunc(length * 64) / 64;
}

qreal blockIndent(const QTextDocument *document, const QTextBlock &block, const QTextBlockFormat &format)
{
    qreal indent = format.indent();
    if (const QTextList *list = block.textList())
        indent += list->format().indent();
    return indent * document->indentWidth();
}

} // namespace

qreal ReadingLayout::spacingAbove(const QTextBlock &block, const QTextBlock &previous)
{
    return previous.isValid()
        ? fixed(qMax(block.blockFormat().topMargin(), previous.blockFormat().bottomMargin()))
        : 0;
}

ReadingLayout::ReadingLayout(QTextDocument *document)
    : QAbstractTextDocumentLayout(document), m_blockCount(document->blockCount())
{ }

const ReadingLayout::Page &ReadingLayout::page() const
{
    // Asked for with every block's place, and reading the frame's format takes most of that: kept
    // until the document changes, as it does when its page size or its root frame's format changes.
    if (!m_page)
        m_page = measurePage();
    return *m_page;
}

ReadingLayout::Page ReadingLayout::measurePage() const
{
    const QTextDocument *doc = document();
    const QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    const qreal inset = frame.border() + frame.padding();
    // The root frame's margins in whole pixels: lines start on a pixel, for crisp text.
    Page p;
    p.pageWidth = doc->pageSize().width();
    p.left = qRound(frame.leftMargin() + inset);
    p.top = qRound(frame.topMargin() + inset);
    p.bottom = qRound(frame.bottomMargin() + inset);
    p.width = p.pageWidth > 0 ? qMax<qreal>(0, p.pageWidth - p.left - qRound(frame.rightMargin() + inset))
                              : kUnwrapped;
    return p;
}

// Lines are placed as QTextDocumentLayout places them: proportional or fixed line heights, the first
// line indented, the block's side margins and list indentation, right-to-left text mirrored.
ReadingLayout::Slot ReadingLayout::layoutBlock(
    const QTextBlock &block, const QTextBlock &previous, qreal width) const
{
    const QTextBlockFormat format = block.blockFormat();
    Slot slot;
    slot.spacing = spacingAbove(block, previous);

    const Qt::LayoutDirection direction = block.textDirection();
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(direction);
    option.setTabs(format.tabPositions());
    const Qt::Alignment alignment
        = format.hasProperty(QTextFormat::BlockAlignment) ? format.alignment() : option.alignment();
    option.setAlignment(QStyle::visualAlignment(direction, alignment));
    if (format.nonBreakableLines() || width >= kUnwrapped)
        option.setWrapMode(QTextOption::ManualWrap);

    QTextLayout *layout = block.layout();
    layout->setTextOption(option);
    // Qt makes the small letters of small capitals from the layout's own font in places, which is
    // the application's font unless set: they came out in its sans-serif face, one more face loaded.
    if (layout->font() != document()->defaultFont())
        layout->setFont(document()->defaultFont());
    const qreal indent = blockIndent(document(), block, format);
    // A hanging indent (a reference entry's number) hangs at the side the lines start: the right one in
    // right-to-left text, whose margins it mirrors.
    const bool mirrored = direction == Qt::RightToLeft && format.textIndent() < 0;
    const qreal leftMargin = mirrored ? format.rightMargin() : format.leftMargin();
    const qreal rightMargin = mirrored ? format.leftMargin() : format.rightMargin();
    const qreal left = fixed(leftMargin + (direction == Qt::RightToLeft ? 0 : indent));
    const qreal right = fixed(rightMargin + (direction == Qt::RightToLeft ? indent : 0));
    const qreal available = qMax<qreal>(0, width - left - right);

    qreal y = 0;
    qreal bottom = 0;
    layout->beginLayout();
    for (bool first = true;; first = false) {
        QTextLine line = layout->createLine();
        if (!line.isValid())
            break;
        line.setLeadingIncluded(true);
        const qreal textIndent = first ? format.textIndent() : 0;
        line.setLineWidth(qMax<qreal>(0, available - textIndent));
        const qreal scriptHeight = qCeil(line.ascent() + line.descent() + line.leading());
        const qreal lineHeight = fixed(format.lineHeight(scriptHeight, 1));
        const qreal lineBottom = fixed(format.lineHeight(line.height(), 1));
        qreal adjustment = 0;
        if (format.lineHeightType() == QTextBlockFormat::FixedHeight)
            adjustment = line.ascent() + qMax<qreal>(line.leading(), 0) - lineHeight * 4 / 5;
        else if (format.lineHeightType() == QTextBlockFormat::MinimumHeight)
            adjustment = line.height() - lineHeight;
        line.setPosition(QPointF(left + (direction == Qt::LeftToRight ? textIndent : 0), y - adjustment));
        bottom = y + lineBottom;
        y += lineHeight;
    }
    layout->endLayout();
    slot.height = qMax(y, bottom);
    return slot;
}

void ReadingLayout::movedAbove(int number, qreal delta) const
{
    if (delta != 0 && number < m_screenTop)
        Q_EMIT const_cast<ReadingLayout *>(this)->heightAboveScreenChanged(delta);
}

bool ReadingLayout::workLeft() const
{
    return m_slots.size() < m_blockCount || m_estimatedFrom < m_slots.size();
}

qreal ReadingLayout::prefix(int count) const
{
    qreal sum = 0;
    for (int i = count; i > 0; i -= i & -i)
        sum += m_tree.at(i - 1);
    return sum;
}

void ReadingLayout::addAt(int index, qreal delta) const
{
    for (int i = index + 1; i <= m_tree.size(); i += i & -i)
        m_tree[i - 1] += delta;
}

void ReadingLayout::append(const Slot &slot) const
{
    if (slot.estimated)
        m_estimatedFrom = qMin(m_estimatedFrom, int(m_slots.size()));
    m_slots.append(slot);
    const int i = int(m_slots.size());
    m_tree.append(slot.spacing + slot.height + prefix(i - 1) - prefix(i - (i & -i)));
}

void ReadingLayout::rebuildTree() const
{
    const int n = int(m_slots.size());
    m_tree.resize(n);
    for (int i = 0; i < n; ++i)
        m_tree[i] = m_slots.at(i).spacing + m_slots.at(i).height;
    for (int i = 1; i <= n; ++i) {
        const int parent = i + (i & -i);
        if (parent <= n)
            m_tree[parent - 1] += m_tree.at(i - 1);
    }
}

void ReadingLayout::layOutUpTo(int blocks) const
{
    blocks = qMin(blocks, document()->blockCount());
    if (m_slots.size() >= blocks)
        return;
    if (blocks - m_slots.size() > kGuessBeyondBlocks)
        placeUpTo(blocks - kLaidOutBlocksAbove);
    const qreal width = page().width;
    QTextBlock block = document()->findBlockByNumber(int(m_slots.size()));
    QTextBlock previous = block.previous();
    for (; block.isValid() && m_slots.size() < blocks; previous = block, block = block.next()) {
        const std::optional<Slot> reused = reusedSlot(block, width);
        append(reused ? *reused : layoutBlock(block, previous, width));
    }
    scheduleIdleLayout();
}

void ReadingLayout::layOutDownTo(qreal y) const
{
    const Page p = page();
    qreal bottom = p.top + prefix(int(m_slots.size()));
    if (bottom > y)
        return;
    QTextBlock block = document()->findBlockByNumber(int(m_slots.size()));
    QTextBlock previous = block.previous();
    if (y - bottom > kGuessBeyond) {
        // Laid out when seen or while idle, as reused heights are (the view keeps its place then).
        const Rates rates = guessRates();
        for (; block.isValid() && bottom <= y - kLaidOutAbove; previous = block, block = block.next()) {
            const std::optional<Slot> reused = reusedSlot(block, p.width);
            const Slot slot = reused ? *reused : guessedSlot(block, previous, rates);
            append(slot);
            bottom += slot.spacing + slot.height;
        }
    }
    for (; block.isValid() && bottom <= y; previous = block, block = block.next()) {
        const std::optional<Slot> reused = reusedSlot(block, p.width);
        if (!reused && bottom < m_keepAbove) {
            block.layout()->setCacheEnabled(true);
            m_keptNow.append(block.blockNumber());
        }
        const Slot slot = reused ? *reused : layoutBlock(block, previous, p.width);
        append(slot);
        bottom += slot.spacing + slot.height;
    }
    scheduleIdleLayout();
}

void ReadingLayout::layoutEverything() const
{
    layOutUpTo(document()->blockCount());
    QTextBlock block
        = m_estimatedFrom < m_slots.size() ? document()->findBlockByNumber(m_estimatedFrom) : QTextBlock();
    for (int n = m_estimatedFrom; block.isValid() && n < m_slots.size(); ++n, block = block.next())
        layOutEstimated(n, block);
    m_estimatedFrom = std::numeric_limits<int>::max();
}

void ReadingLayout::keepOnScreen(qreal top, qreal bottom)
{
    m_keepAbove = bottom;
    layOutDownTo(bottom);
    // Blocks on screen that have only an estimated height are laid out, from the top of the screen
    // down, which moves nothing above them.
    int n = blockAt(top);
    QTextBlock block = n >= 0 ? document()->findBlockByNumber(n) : QTextBlock();
    for (qreal y = n >= 0 ? slotTop(n) : 0; block.isValid() && y <= bottom; block = block.next(), ++n) {
        if (n >= m_slots.size())
            layOutDownTo(bottom);
        if (n >= m_slots.size())
            break;
        if (m_slots.at(n).estimated) {
            block.layout()->setCacheEnabled(true);
            m_keptNow.append(n);
            layOutEstimated(n, block);
        }
        y += m_slots.at(n).spacing + m_slots.at(n).height;
    }
    m_keepAbove = -1;
    const int first = blockAt(top);
    m_screenTop = first;
    m_screenBottom = blockAt(bottom);
    if (first >= 0)
        m_onScreen.show(document(), first, m_screenBottom);
    LayoutDataReleaser releaser;
    for (int number : std::as_const(m_keptNow)) {
        if (!m_onScreen.contains(number))
            releaser.release(document()->findBlockByNumber(number));
    }
    m_keptNow.clear();
}

void ReadingLayout::scrolledTo(qreal top, qreal bottom)
{
    const int shownTop = m_screenTop;
    const qreal placed = page().top + prefix(int(m_slots.size()));
    m_screenTop = top < placed ? blockAt(top) : int(m_slots.size());
    m_screenBottom = bottom < placed ? blockAt(bottom) : std::numeric_limits<int>::max();
    // Scrolled up to blocks with estimated heights: laying them out as they are drawn would move what
    // was shown below them. They are laid out now, and the view scrolls with them (which calls this
    // again, for the blocks that then come on screen).
    const int end = std::min(shownTop, std::min(m_screenBottom, int(m_slots.size()) - 1) + 1);
    if (m_screenTop < 0 || m_screenTop >= end || m_estimatedFrom >= end)
        return;
    qreal moved = 0;
    QTextBlock block = document()->findBlockByNumber(m_screenTop);
    for (int n = m_screenTop; n < end && block.isValid(); ++n, block = block.next())
        moved += layOutEstimated(n, block);
    if (moved != 0)
        Q_EMIT const_cast<ReadingLayout *>(this)->heightAboveScreenChanged(moved);
}

int ReadingLayout::blockAt(qreal y) const
{
    const int n = int(m_tree.size());
    if (n == 0)
        return -1;
    // The most slots that end at or above y, found by descending the tree.
    qreal remaining = y - page().top;
    int count = 0;
    for (int step = 1 << (31 - qCountLeadingZeroBits(quint32(n))); step > 0; step >>= 1) {
        if (count + step <= n && m_tree.at(count + step - 1) <= remaining) {
            count += step;
            remaining -= m_tree.at(count - 1);
        }
    }
    return qMin(count, n - 1);
}

qreal ReadingLayout::slotTop(int block) const
{
    return page().top + prefix(block);
}

QSizeF ReadingLayout::documentSize() const
{
    const Page p = page();
    return QSizeF(
        p.pageWidth > 0 ? p.pageWidth : 0, p.top + prefix(int(m_slots.size())) + estimatedRest() + p.bottom);
}

int ReadingLayout::pageCount() const
{
    return 1;
}

QRectF ReadingLayout::frameBoundingRect(QTextFrame *frame) const
{
    Q_UNUSED(frame);
    return QRectF(QPointF(0, 0), documentSize());
}

int ReadingLayout::placedNumber(const QTextBlock &block) const
{
    if (!block.isValid() || block.document() != document())
        return -1;
    const int n = block.blockNumber();
    layOutUpTo(n + 1);
    return n < m_slots.size() ? n : -1;
}

QRectF ReadingLayout::blockBoundingRect(const QTextBlock &block) const
{
    const int n = placedNumber(block);
    if (n < 0)
        return QRectF();
    const Slot &slot = m_slots.at(n);
    // Qt asks for every block above the pointer to find the one under it (anchorAt(), on each move):
    // blocks off the screen keep their estimated heights, which put them where they are all the same.
    if (slot.estimated && m_screenTop >= 0 && (n < m_screenTop || n > m_screenBottom)) {
        const Page p = page();
        return QRectF(QPointF(p.left, slotTop(n) + slot.spacing), QSizeF(p.width, slot.height));
    }
    layOutEstimated(n, block);
    const QTextLayout *layout = block.layout();
    return QRectF(QPointF(page().left, slotTop(n) + m_slots.at(n).spacing), layout->boundingRect().size());
}

QRectF ReadingLayout::laidOutBlockRect(const QTextBlock &block) const
{
    const int n = placedNumber(block);
    if (n < 0)
        return QRectF();
    movedAbove(n, layOutEstimated(n, block));
    return blockBoundingRect(block);
}

qreal ReadingLayout::blockBottom(const QTextBlock &block) const
{
    if (!block.isValid() || block.document() != document())
        return 0;
    const int n = block.blockNumber();
    layOutUpTo(n + 1);
    return slotTop(qMin(n + 1, int(m_slots.size())));
}

void ReadingLayout::scheduleIdleLayout() const
{
    if (!m_idle.isActive())
        m_idle.start(0, const_cast<ReadingLayout *>(this));
}

void ReadingLayout::reportSize() const
{
    const QSizeF size = documentSize();
    if (size == m_reportedSize)
        return;
    m_reportedSize = size;
    Q_EMIT const_cast<ReadingLayout *>(this)->documentSizeChanged(size);
}

void ReadingLayout::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_idle.timerId()) {
        QAbstractTextDocumentLayout::timerEvent(event);
        return;
    }
    // Until the document is first drawn, what it shows first is not known: laying out from the top
    // could only delay that first paint. A document not shown yet is laid out as far as it is asked
    // about, and its new height told.
    if (!m_drawn) {
        m_idle.stop();
        reportSize();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    // Blocks with estimated heights first: those above the screen move what it shows, and the view is
    // told, so it scrolls with them.
    const int screenTop = m_screenTop;
    qreal above = 0;
    int n = m_estimatedFrom;
    QTextBlock block = n < m_slots.size() ? document()->findBlockByNumber(n) : QTextBlock();
    for (; block.isValid() && n < m_slots.size() && clock.nsecsElapsed() < kIdleStepNanoseconds;
         block = block.next(), ++n) {
        const qreal delta = layOutEstimated(n, block);
        if (n < screenTop)
            above += delta;
    }
    m_estimatedFrom = block.isValid() && n < m_slots.size() ? n : std::numeric_limits<int>::max();
    if (above != 0)
        Q_EMIT const_cast<ReadingLayout *>(this)->heightAboveScreenChanged(above);

    const qreal width = page().width;
    block = document()->findBlockByNumber(int(m_slots.size()));
    QTextBlock previous = block.previous();
    for (; block.isValid() && clock.nsecsElapsed() < kIdleStepNanoseconds;
         previous = block, block = block.next())
        append(layoutBlock(block, previous, width));
    if (!workLeft())
        m_idle.stop();
    reportSize();
}

void ReadingLayout::documentChanged(int from, int charsRemoved, int charsAdded)
{
    m_page.reset();
    QTextDocument *doc = document();
    const int blocksBefore = m_blockCount;
    m_blockCount = doc->blockCount();
    const int blockDelta = m_blockCount - blocksBefore;
    const QTextBlock first = doc->findBlock(from);
    const int start = first.isValid() ? first.blockNumber() : 0;
    QTextBlock lastChanged = doc->findBlock(from + charsAdded);
    if (!lastChanged.isValid())
        lastChanged = doc->lastBlock();
    const int newEnd = lastChanged.blockNumber() + 1; // blocks [start, newEnd) are new or changed
    const int oldEnd = qMax(start, newEnd - blockDelta); // and took the place of [start, oldEnd)
    const int laid = int(m_slots.size());
    // Text added at the end (a document being typeset) may take reused heights; any other change to
    // the text makes the blocks after it another document's. New formats (the page's margins) report
    // as many characters removed as added, and a request to lay out everything anew all of them added.
    const bool atEnd = start >= blocksBefore - 1;
    const bool wholeDocument = from == 0 && charsAdded >= doc->characterCount() - 1; // lay out anew
    const bool edited = !wholeDocument && (blockDelta != 0 || charsRemoved != charsAdded);
    if (!atEnd && edited && start < m_reused.height.size()) {
        m_reused.spacing.resize(start);
        m_reused.height.resize(start);
        m_reused.text.resize(start);
    }
    if (blockDelta != 0)
        m_estimatedFrom = qMin(m_estimatedFrom, start); // estimated blocks after the change moved

    if (start < laid) {
        if (oldEnd > laid || newEnd - start > kEagerBlocks) {
            m_slots.resize(start); // a prefix of the tree stays valid as it is
            m_tree.resize(start);
        } else {
            // A few blocks on the page: laid out now, the rest only moves.
            const qreal width = page().width;
            QList<Slot> changed;
            changed.reserve(newEnd - start);
            QTextBlock block = first;
            QTextBlock previous = block.previous();
            for (int i = start; i < newEnd; ++i, previous = block, block = block.next()) {
                const std::optional<Slot> reused = atEnd ? reusedSlot(block, width) : std::nullopt;
                if (reused)
                    m_estimatedFrom = qMin(m_estimatedFrom, i);
                changed.append(reused ? *reused : layoutBlock(block, previous, width));
            }
            if (blockDelta == 0) {
                for (int i = start; i < newEnd; ++i) {
                    const Slot &slot = changed.at(i - start);
                    const Slot &was = m_slots.at(i);
                    addAt(i, slot.spacing + slot.height - was.spacing - was.height);
                    m_slots[i] = slot;
                }
            } else {
                m_slots.remove(start, oldEnd - start);
                m_slots.insert(start, changed.size(), Slot());
                std::copy(changed.cbegin(), changed.cend(), m_slots.begin() + start);
                rebuildTree();
            }
            // The block after them collapses its top margin with their last one's bottom margin.
            if (newEnd < m_slots.size() && block.isValid()) {
                const qreal spacing = spacingAbove(block, previous);
                addAt(newEnd, spacing - m_slots.at(newEnd).spacing);
                m_slots[newEnd].spacing = spacing;
            }
        }
    }
    if (workLeft())
        scheduleIdleLayout();
    const qreal top = start < m_slots.size() ? slotTop(start) : slotTop(int(m_slots.size()));
    Q_EMIT update(QRectF(0, top, std::numeric_limits<int>::max(), std::numeric_limits<int>::max()));
    reportSize();
}

void ReadingLayout::draw(QPainter *painter, const PaintContext &context)
{
    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    layOutDownTo(clip.bottom());
    if (!m_drawn) {
        m_drawn = true;
        if (workLeft())
            scheduleIdleLayout();
    }
    int n = blockAt(clip.top());
    if (n < 0)
        return;
    const Page p = page();
    qreal y = p.top + prefix(n);
    for (QTextBlock block = document()->findBlockByNumber(n); block.isValid(); block = block.next(), ++n) {
        // Blocks with estimated heights are laid out as they are drawn, which can leave the laid-out
        // part short of the bottom.
        if (n >= m_slots.size())
            layOutUpTo(n + 1);
        if (n >= m_slots.size())
            break;
        layOutEstimated(n, block);
        const Slot &slot = m_slots.at(n);
        const qreal top = y + slot.spacing;
        if (top > clip.bottom())
            break;
        drawBlock(painter, context, block, QPointF(p.left, top));
        y = top + slot.height;
    }
}

QString ReadingLayout::linkAt(const QPointF &point) const
{
    const int position = hitTest(point, Qt::ExactHit);
    if (position < 0)
        return QString();
    const QTextBlock block = document()->findBlock(position);
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.contains(position))
            return fragment.charFormat().anchorHref();
    }
    return QString();
}

int ReadingLayout::hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const
{
    layOutDownTo(point.y());
    const int n = blockAt(point.y());
    if (n < 0)
        return accuracy == Qt::ExactHit ? -1 : 0;
    const QTextBlock block = document()->findBlockByNumber(n);
    movedAbove(n, layOutEstimated(n, block));
    const QTextLayout *layout = block.layout();
    const QPointF at = point - QPointF(page().left, slotTop(n) + m_slots.at(n).spacing);
    const QRectF bounds = layout->boundingRect();
    int offset = 0;
    bool exact = false;
    if (at.y() > bounds.bottom()) {
        offset = block.length(); // below its lines: where the next block starts
    } else if (at.y() >= bounds.top()) {
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QRectF rect = line.naturalTextRect();
            if (rect.top() > at.y()) {
                offset = qMin(offset, line.textStart());
            } else if (rect.bottom() <= at.y()) {
                offset = qMax(offset, line.textStart() + line.textLength());
            } else {
                exact = rect.left() <= at.x() && at.x() <= rect.right();
                // Over a link, the character under the pointer counts, not the nearest gap.
                offset = line.xToCursor(at.x(),
                    accuracy == Qt::ExactHit ? QTextLine::CursorOnCharacter
                                             : QTextLine::CursorBetweenCharacters);
                break;
            }
        }
    }
    if (accuracy == Qt::ExactHit && !exact)
        return -1;
    return qBound(0, block.position() + offset, qMax(0, document()->characterCount() - 1));
}

} // namespace Citewise
