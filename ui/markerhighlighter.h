// Colours citation markers in the editor: valid, dangling (no such reference) and malformed.
// Only blocks that are on screen are formatted, when they are about to be painted, so opening or
// re-analysing a large article costs nothing for the text nobody is looking at. A long block being
// typed in is the exception: it is coloured as the edit is reported (see onContentsChange()).
#pragma once

#include "onscreenblocks.h"

#include <QObject>
#include <QSet>
#include <QTextBlock>
#include <QTextCharFormat>

namespace Citewise {

class ArticleDocument;

class MarkerHighlighter : public QObject
{
    Q_OBJECT
public:
    explicit MarkerHighlighter(ArticleDocument *document, QObject *parent = nullptr);

    QTextCharFormat validFormat() const { return m_valid; }
    QTextCharFormat danglingFormat() const { return m_dangling; }
    QTextCharFormat malformedFormat() const { return m_malformed; }
    // Whether markers on this 1-based line are coloured: it is body text as of the latest analysis.
    bool isBodyLine(int line) const;

    // Brings the formats of the blocks on screen up to date (called before painting): from `first`, whose
    // top is at `top` in the viewport, down past `height`. Each block is coloured before it is laid out,
    // so that it is laid out once.
    void formatVisibleBlocks(const QTextBlock &first, qreal top, int height);
    // Brings one block's formats up to date, whether visible or not.
    void formatBlock(const QTextBlock &block);
    // Colours `block` and, if it is long, has it keep its layout's data until releaseHeldBlocks(). Placing
    // a cursor in a block asks for its character attributes, which a block that keeps nothing computes
    // again, for the whole block, each time.
    void holdBlock(const QTextBlock &block);
    // The blocks held that lie outside [from, to) (character positions) let go of their data.
    void releaseHeldBlocks(qsizetype from, qsizetype to);

Q_SIGNALS:
    // The formats of blocks may be out of date: the editor should repaint.
    void formatsInvalidated();

private:
    void onAnalysisUpdated();
    void onContentsChange(int position, int removed, int added);
    bool updateFormats(const QTextBlock &block);

    ArticleDocument *m_document;
    int m_generation = 1; // a block whose userState() differs needs formatting
    // The blocks formatted for the last paint.
    OnScreenBlocks m_onScreen;
    QList<QTextBlock> m_held;
    QList<bool> m_bodyLines; // index = line - 1, from the latest analysis
    QSet<qint64> m_references; // valid reference numbers
    QTextCharFormat m_valid;
    QTextCharFormat m_dangling;
    QTextCharFormat m_malformed;
};

} // namespace Citewise
