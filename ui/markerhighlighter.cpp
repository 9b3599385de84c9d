#include "markerhighlighter.h"

#include "articledocument.h"
#include "citationscanner.h"
#include "listsplice.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <optional>

namespace Citewise {

MarkerHighlighter::MarkerHighlighter(ArticleDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_valid.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_dangling.setForeground(QColor(0xc0, 0x1c, 0x28));
    m_dangling.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_dangling.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    m_malformed.setForeground(QColor(0xc6, 0x46, 0x00));
    m_malformed.setUnderlineStyle(QTextCharFormat::DotLine);
    m_malformed.setUnderlineColor(QColor(0xc6, 0x46, 0x00));

    connect(document, &ArticleDocument::analysisUpdated, this, &MarkerHighlighter::onAnalysisUpdated);
    connect(
        document->textDocument(), &QTextDocument::contentsChange, this, &MarkerHighlighter::onContentsChange);
    onAnalysisUpdated();
}

bool MarkerHighlighter::isBodyLine(int line) const
{
    return line >= 1 && line <= m_bodyLines.size() && m_bodyLines.at(line - 1);
}

// Edited blocks need new formats. Blocks created by the edit start with userState -1 anyway.
//
// The document reports the edit before its layout lays the edited blocks out. Coloured when painted,
// an edited block is laid out twice (setFormats() drops its lines); coloured now, once, but the change
// then reaches the next block and the editor paints all it shows again. For a long paragraph the
// layout saved is worth more than that paint: a key in a 45 KB one cost the editor two layouts of it.
void MarkerHighlighter::onContentsChange(int position, int, int added)
{
    constexpr int kLongBlock = 8192; // characters; a screenful of text costs about as much to paint
    QTextDocument *doc = m_document->textDocument();
    const QTextBlock first = doc->findBlock(position);
    const QTextBlock last = doc->findBlock(position + added);
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        block.setUserState(-1);
        if (first == last && block.length() > kLongBlock)
            updateFormats(block); // the pending change of the document covers the block
        if (block == last)
            break;
    }
}

// Between analyses the text may have moved on; the block text is scanned afresh each time, and only the
// question "is this line body text" lags behind by one analysis. Returns whether the formats changed.
bool MarkerHighlighter::updateFormats(const QTextBlock &block)
{
    // Keep the shaped glyphs of laid-out blocks: without it every repaint shapes the visible text again.
    block.layout()->setCacheEnabled(true);
    if (block.userState() == m_generation)
        return false;
    QTextBlock writable = block;
    writable.setUserState(m_generation);
    const QString text = block.text();
    const int line = block.blockNumber() + 1;
    QList<QTextLayout::FormatRange> ranges;
    if (isBodyLine(line) && text.contains(u'[')) {
        QList<Citation> citations;
        scanCitations(text, 0, line, citations);
        for (const Citation &c : std::as_const(citations)) {
            bool dangling = false;
            for (const CitationNumber &n : c.numbers)
                dangling = dangling || n.outOfRange() || !m_references.contains(n.value);
            if (!dangling && c.form == Citation::Form::Range) {
                const QList<int> numbers = c.expandedNumbers();
                dangling = numbers.isEmpty();
                for (int n : numbers)
                    dangling = dangling || !m_references.contains(n);
            }
            ranges.append({int(c.span.start), int(c.span.length), dangling ? m_dangling : m_valid});
        }
        QList<MalformedMarker> malformed;
        scanMalformedMarkers(text, 0, line, malformed);
        for (const MalformedMarker &m : std::as_const(malformed))
            ranges.append({int(m.span.start), int(m.span.length), m_malformed});
    }
    QTextLayout *layout = block.layout();
    if (ranges.isEmpty() && layout->formats().isEmpty())
        return false;
    layout->setFormats(ranges);
    return true;
}

void MarkerHighlighter::formatBlock(const QTextBlock &block)
{
    if (!block.isValid() || !updateFormats(block))
        return;
    // setFormats() drops the block's lines and leaves a change of the block pending in the document,
    // which the next edit would report as its own: from this block to wherever the edit is (half the
    // article, the first key typed after opening one). Settling it lays the block out again, and tells
    // nobody: colours only, so its height stays and this paint shows them.
    QTextDocument *doc = m_document->textDocument();
    const QSignalBlocker quiet(doc->documentLayout());
    doc->markContentsDirty(block.position(), block.length());
}

namespace {

// Lets `layout` free its shaped glyphs now. QTextLayout frees them when it is drawn with its cache off;
// drawn clipped to a rectangle above all its lines, it draws nothing and keeps its lines.
void releaseGlyphs(QTextLayout *layout, QPainter *painter)
{
    layout->setCacheEnabled(false);
    layout->draw(painter, QPointF(), {}, QRectF(0, layout->position().y() - 1e7, 1, 1));
}

} // namespace

void MarkerHighlighter::formatVisibleBlocks(const QPlainTextEdit *editor)
{
    const int height = editor->viewport()->height();
    QTextBlock block = editor->cursorForPosition(QPoint(0, 0)).block();
    const QTextBlock bottom = editor->cursorForPosition(QPoint(0, height)).block();
    const int first = block.blockNumber();
    int last = first - 1;
    for (; block.isValid(); block = block.next()) {
        formatBlock(block);
        last = block.blockNumber();
        if (block == bottom)
            break;
    }
    // Only the blocks on screen keep their glyphs: scrolled through, a 10 MB article would otherwise
    // keep the glyphs of all it showed, several times the size of its text.
    QTextDocument *doc = m_document->textDocument();
    QImage scratch;
    std::optional<QPainter> painter;
    for (int number = m_shownFirst; number <= m_shownLast; ++number) {
        if (number >= first && number <= last)
            continue;
        const QTextBlock gone = doc->findBlockByNumber(number);
        if (!gone.isValid())
            break;
        if (!painter) {
            scratch = QImage(1, 1, QImage::Format_ARGB32_Premultiplied);
            painter.emplace(&scratch);
        }
        releaseGlyphs(gone.layout(), &*painter);
    }
    m_shownFirst = first;
    m_shownLast = last;
}

void MarkerHighlighter::onAnalysisUpdated()
{
    const Article &article = m_document->article();
    const ArticleChange &change = m_document->lastChange();
    const qsizetype oldLines = article.lines.size() - change.lineDelta;
    if (!change.whole && m_bodyLines.size() == oldLines && change.oldLineEnd - 1 <= oldLines) {
        // An edit of body lines: the references are the same and lines after the edit only moved, so
        // only the edited lines (whose blocks onContentsChange() marked) can need other colours.
        QList<bool> edited(change.newLineEnd - change.firstLine, false);
        for (int p = change.firstParagraph; p < change.newParagraphEnd; ++p)
            edited[article.paragraphs.at(p).line - change.firstLine] = true;
        spliceList(
            m_bodyLines, change.firstLine - 1, change.oldLineEnd - change.firstLine, std::move(edited));
        return;
    }
    QList<bool> body(article.lines.size(), false);
    for (const Paragraph &p : article.paragraphs) {
        if (p.line >= 1 && p.line <= body.size())
            body[p.line - 1] = true;
    }
    QSet<qint64> references;
    for (const Reference &r : article.references) {
        if (r.hasValidNumber())
            references.insert(r.number);
    }
    const bool changed = references != m_references || body != m_bodyLines;
    m_bodyLines = std::move(body);
    m_references = std::move(references);
    if (changed) {
        ++m_generation; // every block is stale; the visible ones are redone before the next paint
        Q_EMIT formatsInvalidated();
    }
}

} // namespace Citewise
