#include "markerhighlighter.h"

#include "articledocument.h"
#include "citationscanner.h"
#include "listsplice.h"

#include <QAbstractTextDocumentLayout>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace Citewise {

namespace {

// Characters. Laying out a block this long costs about as much as painting a screenful of text.
constexpr int kLongBlock = 8192;

// Whether the markers of body line `line` cite: not in code, nor on a line of a list of sources after
// the reference list (whose "[3]" numbers an entry).
bool isMarkerLine(const Article &article, int line)
{
    return !article.isFence(line) && !article.isCodeLine(line) && !article.otherListAt(line);
}

} // namespace

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
            if (!dangling && c.hasRange()) {
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

void MarkerHighlighter::holdBlock(const QTextBlock &block)
{
    formatBlock(block);
    // Computing a short block's attributes again costs less than keeping and letting go of them.
    if (block.isValid() && block.length() > kLongBlock && !block.layout()->cacheEnabled()) {
        block.layout()->setCacheEnabled(true);
        m_held.append(block);
    }
}

void MarkerHighlighter::releaseHeldBlocks(qsizetype from, qsizetype to)
{
    LayoutDataReleaser releaser;
    for (const QTextBlock &block : std::as_const(m_held)) {
        if (!m_onScreen.contains(block.blockNumber())
            && (block.position() + block.length() <= from || block.position() >= to))
            releaser.release(block);
    }
    m_held.clear();
}

void MarkerHighlighter::formatVisibleBlocks(const QTextBlock &first, qreal top, int height)
{
    // Measuring a block lays it out, and colouring a laid-out block lays it out again: colours first.
    // Asking the editor which character is at the viewport's corners would lay the blocks out before
    // colouring them, and compute the character attributes of the whole block found there at every
    // paint.
    const QAbstractTextDocumentLayout *layout = m_document->textDocument()->documentLayout();
    const int firstNumber = first.blockNumber();
    int last = firstNumber - 1;
    qreal y = top;
    for (QTextBlock block = first; block.isValid() && y < height; block = block.next()) {
        formatBlock(block);
        block.layout()->setCacheEnabled(true); // before it is laid out, see OnScreenBlocks
        last = block.blockNumber();
        y += layout->blockBoundingRect(block).height();
    }
    m_onScreen.show(m_document->textDocument(), firstNumber, last);
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
        for (int p = change.firstParagraph; p < change.newParagraphEnd; ++p) {
            const int line = article.paragraphs.at(p).line;
            edited[line - change.firstLine] = isMarkerLine(article, line);
        }
        if (article.titleLine >= change.firstLine && article.titleLine < change.newLineEnd)
            edited[article.titleLine - change.firstLine] = true;
        // An edited block painted before this analysis was coloured as its line number read then: a
        // line typed right above the reference list as the header's line, no body text. Those read
        // otherwise now are coloured again.
        bool stale = false;
        QTextDocument *doc = m_document->textDocument();
        for (int line = change.firstLine; line < change.newLineEnd; ++line) {
            if (isBodyLine(line) == edited.at(line - change.firstLine))
                continue;
            QTextBlock block = doc->findBlockByNumber(line - 1);
            if (block.isValid() && block.userState() == m_generation) {
                block.setUserState(-1);
                stale = true;
            }
        }
        spliceList(
            m_bodyLines, change.firstLine - 1, change.oldLineEnd - change.firstLine, std::move(edited));
        if (stale)
            Q_EMIT formatsInvalidated();
        return;
    }
    QList<bool> body(article.lines.size(), false);
    for (const Paragraph &p : article.paragraphs) {
        if (p.line >= 1 && p.line <= body.size())
            body[p.line - 1] = isMarkerLine(article, p.line);
    }
    if (article.titleLine >= 1 && article.titleLine <= body.size())
        body[article.titleLine - 1] = true; // the title's markers cite too
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
