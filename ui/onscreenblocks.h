// Which blocks of a document keep their layout's data: the ones on screen. A QTextLayout frees its shaped
// glyphs and its character attributes after each layout and each draw unless its cache is on. Without
// them every repaint shapes the visible text again, and every hit test (each move of the pointer over
// a view) computes the attributes of the whole block again: a quarter of a second in a paragraph of a
// megabyte. Kept by every block ever shown, they would come to several times the size of the text.
#pragma once

#include <QImage>
#include <QPainter>

#include <optional>

class QTextBlock;
class QTextDocument;

namespace Citewise {

class OnScreenBlocks
{
public:
    // Blocks [first, last] of `document` are on screen: they keep their data from now on, and the
    // blocks on screen before that are not let go of theirs. Blocks are known by number: when blocks
    // came or went since, those shown before are looked for as far as the count changed (up to a few
    // hundred blocks), so that a block pushed off the screen by a new line does not keep its data.
    void show(const QTextDocument *document, int first, int last);
    bool contains(int blockNumber) const { return blockNumber >= m_first && blockNumber <= m_last; }
    // The first block on screen, or -1 when none was shown.
    int first() const { return m_first <= m_last ? m_first : -1; }

private:
    int m_first = 0;
    int m_last = -1;
    int m_blockCount = 0; // when last shown
};

// Lets blocks free their layout's data now, with one scratch painter for all of them.
class LayoutDataReleaser
{
public:
    void release(const QTextBlock &block);

private:
    QImage m_scratch;
    std::optional<QPainter> m_painter;
};

} // namespace Citewise
