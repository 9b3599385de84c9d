#include "markerhighlighter.h"

#include "articledocument.h"
#include "citationscanner.h"

#include <QTextBlock>
#include <QTextDocument>

namespace Citewise {

MarkerHighlighter::MarkerHighlighter(ArticleDocument *document)
    : QSyntaxHighlighter(document->textDocument()), m_document(document)
{
    m_valid.setForeground(QColor(0x1a, 0x5f, 0xb4));
    m_dangling.setForeground(QColor(0xc0, 0x1c, 0x28));
    m_dangling.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_dangling.setUnderlineColor(QColor(0xc0, 0x1c, 0x28));
    m_malformed.setForeground(QColor(0xc6, 0x46, 0x00));
    m_malformed.setUnderlineStyle(QTextCharFormat::DotLine);
    m_malformed.setUnderlineColor(QColor(0xc6, 0x46, 0x00));

    connect(document, &ArticleDocument::analysisUpdated, this, &MarkerHighlighter::onAnalysisUpdated);
    onAnalysisUpdated();
}

bool MarkerHighlighter::isBodyLine(int line) const
{
    return line >= 1 && line <= m_bodyLines.size() && m_bodyLines.at(line - 1);
}

bool MarkerHighlighter::blockHasMarkerBracket(const QTextBlock &block) const
{
    return block.text().contains(u'[');
}

// Between analyses the text may have moved on; the block text is scanned afresh each time, and only the
// question "is this line body text" lags behind by one debounce interval.
void MarkerHighlighter::highlightBlock(const QString &text)
{
    const int line = currentBlock().blockNumber() + 1;
    if (!isBodyLine(line) || !text.contains(u'['))
        return;
    QList<Citation> citations;
    scanCitations(text, 0, line, citations);
    for (const Citation &c : std::as_const(citations)) {
        bool dangling = false;
        for (const CitationNumber &n : c.numbers) {
            if (n.outOfRange() || !m_references.contains(n.value))
                dangling = true;
        }
        if (!dangling && c.form == Citation::Form::Range) {
            for (int n : c.expandedNumbers()) {
                if (!m_references.contains(n))
                    dangling = true;
            }
        }
        setFormat(int(c.span.start), int(c.span.length), dangling ? m_dangling : m_valid);
    }
    QList<MalformedMarker> malformed;
    scanMalformedMarkers(text, 0, line, malformed);
    for (const MalformedMarker &m : std::as_const(malformed))
        setFormat(int(m.span.start), int(m.span.length), m_malformed);
}

void MarkerHighlighter::onAnalysisUpdated()
{
    const Article &article = m_document->article();
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

    const bool referencesChanged = references != m_references;
    const QList<bool> oldBody = m_bodyLines;
    m_bodyLines = body;
    m_references = references;

    QTextDocument *doc = document();
    if (!doc)
        return;
    const auto oldIsBody
        = [&oldBody](int line) { return line >= 1 && line <= oldBody.size() && oldBody.at(line - 1); };
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        const int line = block.blockNumber() + 1;
        const bool statusChanged = oldIsBody(line) != isBodyLine(line);
        const bool needsRecolour = referencesChanged && isBodyLine(line);
        if ((statusChanged || needsRecolour) && blockHasMarkerBracket(block))
            rehighlightBlock(block);
    }
}

} // namespace Citewise
