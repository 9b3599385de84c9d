// The head of the rendered article: its title, with the title's markers (and a press release's line
// above it), and the dateline.
#include "articlerenderer.h"
#include "inlinemarkup.h"

#include <QTextCursor>

using namespace Qt::StringLiterals;

namespace Citewise {

void ArticleRenderer::renderTitle(QTextCursor &cursor, const Article &article)
{
    if (article.title.trimmed().isEmpty())
        return;
    QTextBlockFormat format;
    format.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(m_em * 0.55);
    format.setHeadingLevel(1);
    newBlock(cursor, format, m_titleChar);
    insertTitleText(cursor, article);
}

int ArticleRenderer::titleMarkerCount(const Article &article)
{
    int count = 0;
    while (count < article.citations.size() && article.titleLine > 0
        && article.citations.at(count).line == article.titleLine)
        ++count;
    return count;
}

void ArticleRenderer::insertTitleText(QTextCursor &cursor, const Article &article)
{
    // The title's markers (the first of the article's) are links as the body's are, and its emphasis
    // and code show as the body's do.
    const TextSpan title = article.titleSpan;
    // "FOR IMMEDIATE RELEASE" above a release's headline, as the release sets it: small, over the title.
    if (article.releaseLine > 0) {
        QTextCharFormat kicker = m_smallChar;
        kicker.setFontCapitalization(QFont::AllUppercase);
        kicker.setFontLetterSpacingType(QFont::PercentageSpacing);
        kicker.setFontLetterSpacing(108);
        cursor.insertText(
            article.view(article.lines.at(article.releaseLine - 1).span).trimmed().toString(), kicker);
        cursor.insertText(QString(QChar::LineSeparator), kicker);
    }
    // A title read from front matter in its own form (quoted with escapes, a block over several lines)
    // shows as read, not as written.
    if (article.view(title) != article.title) {
        m_isolateMarkers = false;
        cursor.insertText(article.title, m_titleChar);
        return;
    }
    const int markers = titleMarkerCount(article);
    QList<TextSpan> opaque;
    for (int i = 0; i < markers; ++i) {
        const TextSpan marker = article.citations.at(i).span;
        if (marker.start >= title.start && marker.end() <= title.end())
            opaque.append({marker.start - title.start, marker.length});
    }
    const InlineMarkup markup = findInlineMarkup(article.text.view(title.start, title.length), opaque);
    m_isolateMarkers = markers > 0 && holdsRightToLeft(article.text.view(title.start, title.length));
    qsizetype pos = title.start;
    for (int i = 0; i < markers; ++i) {
        const Citation &citation = article.citations.at(i);
        if (citation.span.start < pos || citation.span.end() > title.end() || citation.citesNothing())
            continue;
        insertMarkedUp(cursor, article, article.text.view(pos, citation.span.start - pos), pos - title.start,
            title.start, m_titleChar, markup);
        insertMarker(cursor, article, i);
        pos = citation.span.end();
    }
    insertMarkedUp(cursor, article, article.text.view(pos, title.end() - pos), pos - title.start, title.start,
        m_titleChar, markup);
}

void ArticleRenderer::renderDateline(QTextCursor &cursor, const Article &article)
{
    QTextBlockFormat format;
    format.setTopMargin(m_em * 0.3);
    format.setBottomMargin(m_em * 0.6);
    // Spaced capitals at the markers' size and weights, rather than small capitals: those take a face
    // at the text's size for the capitals and one at a smaller size for the small letters, in each
    // weight, and the dateline is on the first screen of nearly every article.
    QTextCharFormat date = m_smallChar;
    date.setFontCapitalization(QFont::AllUppercase);
    date.setFontLetterSpacingType(QFont::PercentageSpacing);
    date.setFontLetterSpacing(108);
    QTextCharFormat place = date;
    place.setFontWeight(QFont::DemiBold);
    place.setForeground(m_palette.color(QPalette::Text));
    newBlock(cursor, format, date);
    const Dateline &dateline = article.dateline;
    insertPlain(cursor, dateline.place, place);
    if (!dateline.place.isEmpty() && !dateline.date.isEmpty())
        insertPlain(cursor, u"  \u00b7  ", date);
    insertPlain(cursor, dateline.date, date);
    // The agency the report comes from ("(Reuters)", "(AP)") is said too.
    if (!dateline.credit.isEmpty()) {
        if (!dateline.place.isEmpty() || !dateline.date.isEmpty())
            insertPlain(cursor, u"  \u00b7  ", date);
        insertPlain(cursor, dateline.credit, date);
    }
}

} // namespace Citewise
