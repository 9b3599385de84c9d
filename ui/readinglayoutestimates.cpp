// ReadingLayout's heights for blocks not laid out yet: the heights of a document typeset before from
// much the same text (reused), heights guessed from the blocks' lengths, and the estimate of the
// height of what is not placed at all.
#include "readinglayout.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Citewise {

namespace {

// Characters typed or removed where nothing is laid out yet before the height estimated for that
// part is worked out again (a few lines).
constexpr qsizetype kEstimateSlack = 256;

// What a block says but for the digits in it, which renumbering changes.
size_t textWithoutDigits(const QTextBlock &block)
{
    const QString text = block.text();
    size_t hash = 14695981039346656037ULL;
    for (const QChar c : text) {
        if (unsigned(c.unicode() - u'0') > 9u) // not an ASCII digit
            hash = (hash ^ c.unicode()) * 1099511628211ULL;
    }
    return hash;
}

} // namespace

ReadingLayout::Heights ReadingLayout::heights(int blocks) const
{
    Heights heights;
    const qsizetype n = qBound(0, blocks, int(m_slots.size()));
    heights.spacing.reserve(n);
    heights.height.reserve(n);
    heights.text.reserve(n);
    QTextBlock block = document()->begin();
    for (qsizetype i = 0; i < n && block.isValid(); ++i, block = block.next()) {
        heights.spacing.append(m_slots.at(i).spacing);
        heights.height.append(m_slots.at(i).height);
        heights.text.append(textWithoutDigits(block));
    }
    heights.width = page().width;
    heights.font = document()->defaultFont();
    const int characters = n > 0 ? document()->findBlockByNumber(int(n)).position() : 0;
    if (characters > 0)
        heights.perCharacter = prefix(int(n)) / characters;
    return heights;
}

void ReadingLayout::placeUpTo(int blocks) const
{
    blocks = qMin(blocks, document()->blockCount());
    if (m_slots.size() >= blocks)
        return;
    const qreal width = page().width;
    const Rates rates = guessRates();
    QTextBlock block = document()->findBlockByNumber(int(m_slots.size()));
    QTextBlock previous = block.previous();
    for (; block.isValid() && m_slots.size() < blocks; previous = block, block = block.next()) {
        const std::optional<Slot> reused = reusedSlot(block, width);
        append(reused ? *reused : guessedSlot(block, previous, rates));
    }
    scheduleIdleLayout();
}

void ReadingLayout::reuseHeights(Heights heights)
{
    m_reused = std::move(heights);
}

int ReadingLayout::estimatedBlocks() const
{
    return int(
        std::count_if(m_slots.cbegin(), m_slots.cend(), [](const Slot &slot) { return slot.estimated; }));
}

std::optional<ReadingLayout::Slot> ReadingLayout::reusedSlot(const QTextBlock &block, qreal width) const
{
    const int n = block.blockNumber();
    if (n >= m_reused.height.size() || m_reused.width != width || m_reused.font != document()->defaultFont())
        return std::nullopt;
    // Renumbering changes the digits of numbers, which seldom changes a block's line count.
    if (textWithoutDigits(block) != m_reused.text.at(n))
        return std::nullopt;
    return Slot {m_reused.spacing.at(n), m_reused.height.at(n), true};
}

qreal ReadingLayout::layOutEstimated(int number, const QTextBlock &block) const
{
    if (number >= m_slots.size() || !m_slots.at(number).estimated)
        return 0;
    const Slot slot = layoutBlock(block, block.previous(), page().width);
    const Slot &was = m_slots.at(number);
    const qreal delta = slot.spacing + slot.height - was.spacing - was.height;
    addAt(number, delta);
    m_slots[number] = slot;
    return delta;
}

ReadingLayout::Rates ReadingLayout::guessRates() const
{
    const QTextDocument *doc = document();
    const qreal line = QFontMetricsF(doc->defaultFont()).lineSpacing();
    if (m_reused.perCharacter > 0) // the document typeset before, in this font
        return {m_reused.perCharacter * line / QFontMetricsF(m_reused.font).lineSpacing(), 0};
    const int laid = int(m_slots.size());
    const int restStart = laid < doc->blockCount() ? doc->findBlockByNumber(laid).position() : 0;
    if (laid > 0 && restStart > 0)
        return {prefix(laid) / restStart, 0};
    return {line * 1.4 / 80, line * 1.4};
}

ReadingLayout::Slot ReadingLayout::guessedSlot(
    const QTextBlock &block, const QTextBlock &previous, const Rates &rates) const
{
    const qreal spacing = spacingAbove(block, previous);
    return Slot {
        spacing, qMax<qreal>(0, block.length() * rates.perCharacter + rates.perBlock - spacing), true};
}

qreal ReadingLayout::estimatedRest() const
{
    const QTextDocument *doc = document();
    const int laid = int(m_slots.size());
    if (laid >= doc->blockCount())
        return 0;
    const int restStart = doc->findBlockByNumber(laid).position();
    const qsizetype rest = doc->characterCount() - restStart;
    // Typing where nothing is laid out yet leaves the estimate as it was until it is a few lines off,
    // so the document does not change height, and the scroll bar and the window around it are not
    // painted again, on every key.
    if (m_estimate.laid == laid && std::abs(rest - m_estimate.characters) < kEstimateSlack)
        return m_estimate.height;
    m_estimate.laid = laid;
    m_estimate.characters = rest;
    // The sum of the heights guessedSlot() gives the blocks, so that placing them with those heights
    // leaves the document as tall, and what a scroll bar value shows where it was.
    const Rates rates = guessRates();
    m_estimate.height = rest * rates.perCharacter + (doc->blockCount() - laid) * rates.perBlock;
    return m_estimate.height;
}

} // namespace Citewise
