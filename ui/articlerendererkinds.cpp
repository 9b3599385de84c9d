// ArticleRenderer: which kind of block each paragraph is (heading, list item, code line, a line
// wrapped by hand that continues the one above...), asked when typesetting and when the reading view
// decides what an edit may replace in place.
#include "articlerenderer.h"

#include <algorithm>

namespace Citewise {

// A line wrapped by hand is at least this long and at most this long (see continuesPrevious()).
constexpr qsizetype kShortestWrappedLine = 40;
constexpr qsizetype kLongestWrappedLine = 100;

int ArticleRenderer::headingLevel(QStringView text, qsizetype *contentStart)
{
    int level = 0;
    while (level < text.size() && text.at(level) == u'#')
        ++level;
    if (level == 0 || level > 6 || level >= text.size() || text.at(level) != u' ')
        return 0;
    qsizetype start = level;
    while (start < text.size() && text.at(start) == u' ')
        ++start;
    *contentStart = start;
    return level;
}

qsizetype ArticleRenderer::closingHashes(QStringView content)
{
    // "## Heading ##": a run of '#' at the end, after a space (or alone), with the spaces before it.
    qsizetype end = content.size();
    while (end > 0 && content.at(end - 1) == u'#')
        --end;
    if (end == content.size() || (end > 0 && content.at(end - 1) != u' '))
        return 0;
    while (end > 0 && content.at(end - 1) == u' ')
        --end;
    return content.size() - end;
}

bool ArticleRenderer::isBreakLine(QStringView text)
{
    // Three or more of one of '-', '*', '_', perhaps with spaces between, and nothing else.
    const QStringView t = text.trimmed();
    if (t.isEmpty() || (t.front() != u'-' && t.front() != u'*' && t.front() != u'_'))
        return false;
    qsizetype marks = 0;
    for (const QChar c : t) {
        if (c == t.front())
            ++marks;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return marks >= 3;
}

bool ArticleRenderer::isThematicBreak(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    const QStringView text = article.view(paragraph.span);
    if (!isBreakLine(text) || !isBodyParagraph(article, paragraph) || isCodeLine(article, index))
        return false;
    // Dashes right under a line of text underline it (a Markdown heading): they stay as written.
    return text.front() != u'-' || blankLinesBefore(article, index) != 0;
}

bool ArticleRenderer::listItem(QStringView text, bool *numbered, qsizetype *contentStart)
{
    if (isBreakLine(text))
        return false; // "* * *" is a rule, not an item
    if (text.size() > 2
        && (text.at(0) == u'-' || text.at(0) == u'*' || text.at(0) == u'+' || text.at(0) == u'\u2022')
        && text.at(1) == u' ') {
        *numbered = false;
        *contentStart = 2;
        return true;
    }
    qsizetype digits = 0;
    while (digits < text.size() && digits < 4 && text.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < 4 && digits + 1 < text.size()
        && (text.at(digits) == u'.' || text.at(digits) == u')') && text.at(digits + 1) == u' ') {
        *numbered = true;
        *contentStart = digits + 2;
        return true;
    }
    return false;
}

int ArticleRenderer::indentColumns(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    const qsizetype lineStart = article.lines.at(paragraph.line - 1).span.start;
    int columns = 0;
    for (QChar c : article.text.view(lineStart, paragraph.span.start - lineStart))
        columns += c == u'\t' ? 4 : 1;
    return columns;
}

int ArticleRenderer::nestingLevel(const Article &article, int index)
{
    // An item stands under the nearest item above it that is written further out, that one under the
    // nearest above it further out still, and so on up to where the list starts (lines that flow on in
    // an item are passed over): whatever the indentation a level takes, two, three or four columns.
    int columns = indentColumns(article, index);
    int level = 0;
    for (int above = index - 1; columns > 0 && above >= 0 && index - above <= kNestingLookBack; --above) {
        if (isCodeLine(article, above))
            break;
        if (isListItem(article, above, false) || isListItem(article, above, true)) {
            if (const int aboveColumns = indentColumns(article, above); aboveColumns < columns) {
                columns = aboveColumns;
                if (++level == kMaxNestingLevel)
                    break;
            }
        } else if (!continuesListItem(article, above)) {
            break;
        }
    }
    return level;
}

bool ArticleRenderer::isBodyParagraph(const Article &article, const Paragraph &paragraph, bool orListItem)
{
    const QStringView text = article.view(paragraph.span);
    bool numbered = false;
    qsizetype contentStart = 0;
    if (paragraph.afterReferences || article.isFence(paragraph.line)
        || (!orListItem && listItem(text, &numbered, &contentStart)))
        return false;
    if (article.hasDateline && paragraph.span.contains(article.dateline.span.start))
        return false;
    if (article.referencesSection.present && paragraph.line > article.referencesSection.headerLine)
        return false;
    return !article.commentsSection.present || paragraph.line < article.commentsSection.headerLine;
}

bool ArticleRenderer::isStandalone(const Article &article, int index)
{
    return isBodyParagraph(article, article.paragraphs.at(index)) && !continuesPrevious(article, index);
}

bool ArticleRenderer::startsWithDateline(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    if (!article.hasDateline || !paragraph.span.contains(article.dateline.span.start))
        return false;
    // Body text, as renderParagraph() tells it from code, headings, list items and quotes.
    const QStringView text = article.view(paragraph.span);
    qsizetype contentStart = 0;
    bool numbered = false;
    return !article.isFence(paragraph.line) && !headingLevel(text, &contentStart)
        && !listItem(text, &numbered, &contentStart) && !text.startsWith(u"> ") && text != u">";
}

bool ArticleRenderer::flowsOnInListItem(const Article &article, int index)
{
    if (index == 0 || !indentedRightUnder(article, index) || tableStart(article, index) >= 0)
        return false;
    for (int above = index - 1; above >= 0; --above) {
        if (isListItem(article, above, false) || isListItem(article, above, true))
            return true;
        if (!continuesPrevious(article, above) && !indentedRightUnder(article, above))
            return false;
    }
    return false;
}

bool ArticleRenderer::indentedRightUnder(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    return blankLinesBefore(article, index) == 0
        && article.lines.at(paragraph.line - 1).span.start < paragraph.span.start;
}

bool ArticleRenderer::isListItem(const Article &article, int index, bool numbered)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    bool isNumbered = false;
    qsizetype contentStart = 0;
    return isBodyParagraph(article, paragraph, true)
        && listItem(article.view(paragraph.span), &isNumbered, &contentStart) && isNumbered == numbered;
}

bool ArticleRenderer::continuesListItem(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    const QStringView text = article.view(paragraph.span);
    qsizetype contentStart = 0;
    if (!isBodyParagraph(article, paragraph) || headingLevel(text, &contentStart) || text.startsWith(u"> ")
        || text == u">" || tableStart(article, index) >= 0)
        return false;
    return continuesPrevious(article, index) || indentedRightUnder(article, index);
}

bool ArticleRenderer::isCodeLine(const Article &article, int index)
{
    return article.isCodeLine(article.paragraphs.at(index).line);
}

bool ArticleRenderer::isFence(const Article &article, int index)
{
    return article.isFence(article.paragraphs.at(index).line);
}

int ArticleRenderer::quotationOfCode(const Article &article, int line)
{
    const auto fence = std::lower_bound(article.fenceLines.cbegin(), article.fenceLines.cend(), line);
    if (fence == article.fenceLines.cbegin())
        return 0;
    const QStringView text = article.view(article.lines.at(*(fence - 1) - 1).span);
    int levels = 0;
    qsizetype i = 0;
    for (;;) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i == text.size() || text.at(i) != u'>')
            return levels;
        ++levels;
        ++i;
    }
}

qsizetype ArticleRenderer::quotationMarksLength(QStringView text, int levels)
{
    qsizetype i = 0;
    for (int level = 0; level < levels; ++level) {
        qsizetype at = i;
        while (at < text.size() && text.at(at).isSpace())
            ++at;
        if (at == text.size() || text.at(at) != u'>')
            break;
        i = at + 1;
        if (i < text.size() && text.at(i) == u' ')
            ++i;
    }
    return i;
}

int ArticleRenderer::blankLinesBefore(const Article &article, int index)
{
    if (index <= 0)
        return -1;
    const Paragraph &paragraph = article.paragraphs.at(index);
    // Above the first paragraph after the reference list is the list, whose lines are not blank.
    const bool firstAfterList
        = paragraph.afterReferences && !article.paragraphs.at(index - 1).afterReferences;
    return paragraph.line
        - (firstAfterList ? article.referencesSection.lastLine : article.paragraphs.at(index - 1).line) - 1;
}

bool ArticleRenderer::endsWithHardBreak(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    const TextSpan line = article.lines.at(paragraph.line - 1).span;
    return line.end() - paragraph.span.end() >= 2 && article.text.at(paragraph.span.end()) == u' '
        && article.text.at(paragraph.span.end() + 1) == u' ';
}

bool ArticleRenderer::continuesPrevious(const Article &article, int index)
{
    if (index <= 0 || index >= article.paragraphs.size())
        return false;
    const Paragraph &above = article.paragraphs.at(index - 1);
    const Paragraph &paragraph = article.paragraphs.at(index);
    if (blankLinesBefore(article, index) != 0 || !isBodyParagraph(article, above, true)
        || !isBodyParagraph(article, paragraph))
        return false;
    qsizetype contentStart = 0;
    const auto plain = [&](QStringView text) {
        return !headingLevel(text, &contentStart) && !text.startsWith(u"> ") && text != u">";
    };
    const QStringView text = article.view(above.span).trimmed();
    if (!plain(text) || !plain(article.view(paragraph.span)))
        return false;
    // A Markdown hard break: the line above ends with two spaces, and this one goes on after a line break.
    if (endsWithHardBreak(article, index - 1))
        return !text.contains(u'|') && !article.view(paragraph.span).contains(u'|');
    // Lines wrapped by hand are kept to a terminal's width or so; a longer line is a paragraph.
    if (text.size() < kShortestWrappedLine || text.size() > kLongestWrappedLine)
        return false;
    QStringView end = text;
    while (!end.isEmpty() && QStringView(u")\"'\u201d\u2019").contains(end.back()))
        end.chop(1);
    if (end.isEmpty() || QStringView(u".!?:;\u3002\uff01\uff1f\uff1a\uff1b").contains(end.back()))
        return false;
    // Table rows stand on their own, and so does a line right under a table: a line with a '|' neither
    // continues the one above nor is continued (which needs no look at the rows around it).
    return !text.contains(u'|') && !article.view(paragraph.span).contains(u'|');
}

} // namespace Citewise
