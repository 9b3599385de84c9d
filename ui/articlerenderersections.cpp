// The References and Comments sections at the end of the rendered article.
#include "articleio.h"
#include "articlerenderer.h"
#include "referenceentry.h"
#include "sectionheaders.h"

#include "inlinemarkup.h"

#include "urlsafety.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

// The size of the reference list's text against the body's.
constexpr qreal kReferenceTextScale = 0.9;

void ArticleRenderer::newRuleBlock(QTextCursor &cursor, qreal topMargin, qreal bottomMargin)
{
    QTextBlockFormat rule;
    rule.setTopMargin(topMargin);
    rule.setBottomMargin(bottomMargin);
    rule.setProperty(
        QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
    rule.setBackground(mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.25));
    QTextCharFormat tiny = m_bodyChar;
    tiny.setFontPointSize(2);
    newBlock(cursor, rule, tiny);
}

void ArticleRenderer::renderRule(QTextCursor &cursor)
{
    newRuleBlock(cursor, m_em * 0.9, m_em * 0.2);
    m_previousKind = BlockKind::Body;
    m_list = nullptr;
}

// A thematic break in the body: a thin rule across the text, like the one above a section.
void ArticleRenderer::renderBreak(QTextCursor &cursor, ParagraphPlace &place)
{
    leaveList(cursor);
    newRuleBlock(cursor, m_em * 0.5, m_em * 1.0);
    place.firstBlock = cursor.blockNumber();
    place.standalone = true;
    m_previousKind = BlockKind::Body;
}

void ArticleRenderer::renderSectionHeading(QTextCursor &cursor, QString heading)
{
    // The file's own header words ("References", "Sources", "参考资料"), without Markdown and colon.
    if (const QStringView word = headerWord(heading); !word.isEmpty())
        heading = word.toString();
    renderRule(cursor);
    QTextBlockFormat format;
    format.setBottomMargin(m_em * 0.5);
    format.setHeadingLevel(2);
    QTextCharFormat charFormat = m_headingChar;
    charFormat.setFontCapitalization(QFont::SmallCaps);
    charFormat.setFontLetterSpacingType(QFont::PercentageSpacing);
    charFormat.setFontLetterSpacing(106);
    if (m_font.pointSizeF() > 0)
        charFormat.setFontPointSize(m_font.pointSizeF() * 1.05);
    newBlock(cursor, format, charFormat);
    insertPlain(cursor, heading.trimmed(), charFormat);
}

bool ArticleRenderer::renderReferences(QTextCursor &cursor, const Article &article, Budget &budget)
{
    if (!m_referencesStarted) {
        QString heading = article.view(article.referencesSection.headerSpan).toString();
        if (heading.trimmed().isEmpty())
            heading = tr("References");
        renderSectionHeading(cursor, heading);
        startReferenceEntries(cursor, article);
        m_referencesStarted = true;
    }
    // A long list a part at a time, as the body: the first screen does not wait for its end.
    while (m_nextReferenceEntry < m_referenceEntryCount) {
        const Reference &reference = article.references.at(m_nextReferenceEntry);
        renderGroupHeadings(cursor, article, reference);
        ++m_nextReferenceEntry;
        renderReferenceEntry(cursor, article, reference, m_referenceLooks);
        budget.spentText += reference.span.length;
        if (budget.spent() && m_nextReferenceEntry < m_referenceEntryCount)
            return false;
    }
    // A code block left open above the list ends there, as Article::isCodeLine() reads it.
    m_inCode = false;
    m_previousKind = BlockKind::Body;
    m_list = nullptr;
    return true;
}

ArticleRenderer::ReferenceLooks ArticleRenderer::referenceLooks(const Article &article) const
{
    ReferenceLooks looks;
    looks.text = m_bodyChar;
    if (m_font.pointSizeF() > 0)
        looks.text.setFontPointSize(m_font.pointSizeF() * kReferenceTextScale);
    looks.number = looks.text;
    looks.number.setForeground(m_mutedColor);
    looks.url = looks.text;
    looks.url.setForeground(m_palette.color(QPalette::Link));
    looks.noAddress = looks.text;
    looks.noAddress.setForeground(m_mutedColor);
    looks.noAddress.setFontItalic(true);
    looks.note = looks.text;
    looks.note.setForeground(m_mutedColor);

    // A hanging indent keeps the numbers in a column of their own, as wide as the longest of them needs
    // ("5120." takes more room than "12."), within reason for numbers nobody writes.
    QStringView longest;
    for (const Reference &reference : article.references) {
        if (reference.numberSpan.length > longest.size())
            longest = article.view(reference.numberSpan);
    }
    // Measured in the body's face and scaled to the list's size: advances grow with the size, so this
    // is near enough for an indent, and it loads no face before the list is on screen. (The format's
    // own font leaves the family to the document: measured in it, the numbers took the interface's
    // face, loaded for nothing but that.)
    const qreal numberWidth
        = QFontMetricsF(m_font).horizontalAdvance(longest.toString() + u'.') * kReferenceTextScale;
    const qreal indent = std::clamp(numberWidth + m_em * 0.5, m_em * 2.2, m_em * 6);
    // The list runs in the article's direction, its title's (its header's when it has none): an entry
    // whose label is Arabic and one with an address alone stand in one column, numbers on the same side,
    // also under an English "References:" that Citewise itself writes into a Hebrew article.
    QStringView directionFrom = article.view(article.titleSpan);
    if (!std::any_of(directionFrom.cbegin(), directionFrom.cend(), [](QChar c) { return c.isLetter(); }))
        directionFrom = article.view(article.referencesSection.headerSpan);
    const bool rightToLeft = holdsRightToLeft(directionFrom) && firstStrongIsRightToLeft(directionFrom);
    looks.block.setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    looks.block.setLeftMargin(indent);
    looks.block.setTextIndent(-indent);
    looks.block.setTabPositions(
        {QTextOption::Tab(indent, rightToLeft ? QTextOption::RightTab : QTextOption::LeftTab)});
    looks.block.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    looks.block.setBottomMargin(m_em * 0.35);
    return looks;
}

QString ArticleRenderer::shownAddress(const QString &address)
{
    // An address runs on without a place to break it, and Qt lays such a run out in time that grows with
    // the square of its length (a 1 MB address took a minute and a half): a very long one shows its start
    // and its end. The link, the sidebar and the editor keep it whole.
    constexpr qsizetype kLongestShown = 2000;
    if (address.size() <= kLongestShown)
        return escapeHiddenCharacters(address);
    return escapeHiddenCharacters(QStringView(address).first(kLongestShown - 200)) + u'\u2026'
        + escapeHiddenCharacters(QStringView(address).last(199));
}

void ArticleRenderer::renderReferenceEntry(
    QTextCursor &cursor, const Article &article, const Reference &reference, const ReferenceLooks &looks)
{
    newBlock(cursor, looks.block, looks.text);
    if (m_referenceEntryBlock < 0)
        m_referenceEntryBlock = cursor.blockNumber();
    insertPlain(cursor, article.view(reference.numberSpan).toString() + u".\t"_s, looks.number);
    if (!reference.label.isEmpty()) {
        // Emphasis, code and links read as they do in the body ("[1] **Reuters**: https://…"). A label
        // wrapped onto the entry's next lines reads as one line, as a paragraph wrapped by hand does.
        const QStringView label = article.view(reference.labelSpan);
        const InlineMarkup markup = findInlineMarkup(label);
        for (qsizetype from = 0; from < label.size();) {
            qsizetype end = from;
            while (end < label.size() && label.at(end) != u'\n' && label.at(end) != u'\r')
                ++end;
            qsizetype shownEnd = end;
            while (shownEnd > from && label.at(shownEnd - 1).isSpace())
                --shownEnd;
            if (from > 0)
                insertPlain(cursor, u" "_s, looks.text);
            insertMarkedUp(cursor, article, label.sliced(from, shownEnd - from), from,
                reference.labelSpan.start, looks.text, markup);
            from = end;
            while (from < label.size() && label.at(from).isSpace())
                ++from;
        }
        if (!reference.url.isEmpty())
            insertPlain(cursor, QString(QChar::LineSeparator), looks.text);
    }
    if (reference.url.isEmpty()) {
        if (reference.label.isEmpty())
            insertPlain(cursor, tr("(no address)"), looks.noAddress);
    } else {
        QTextCharFormat link = looks.url;
        if (reference.hasValidNumber()) {
            link.setAnchor(true);
            link.setAnchorHref(referenceHref(reference.number));
        }
        insertPlain(cursor, shownAddress(reference.url), link);
        if (!reference.noteSpan.isEmpty())
            insertPlain(cursor, u"  "_s + shownText(article.view(reference.noteSpan)), looks.note);
    }
    // Another entry on the line is not read, but it is what the line says: shown under this one, as
    // written, so that no source goes missing from the list a reader sees.
    if (const TextSpan joined = reference.joinsAnother ? joinedEntrySpan(article, reference) : TextSpan();
        !joined.isEmpty()) {
        const QString written = shownText(article.view(joined));
        QTextCharFormat format = looks.noAddress;
        format.setFontItalic(readsInItalics(written));
        insertPlain(cursor, QString(QChar::LineSeparator) + written, format);
    }
}

void ArticleRenderer::startReferenceEntries(QTextCursor &cursor, const Article &article)
{
    m_referenceLooks = referenceLooks(article);
    m_referenceEntryBlock = -1;
    // The reference list's own entries: those of the lists after it are set where they stand.
    m_referenceEntryCount = article.referenceListSize();
    m_nextReferenceEntry = 0;
    m_nextStrayLine = 0;
    m_headedEntries.clear();
    if (m_referenceEntryCount == 0) {
        newBlock(cursor, QTextBlockFormat(), m_referenceLooks.noAddress);
        insertPlain(cursor, tr("No references."), m_referenceLooks.noAddress);
    }
}

void ArticleRenderer::renderReferenceEntries(QTextCursor &cursor, const Article &article)
{
    startReferenceEntries(cursor, article);
    for (; m_nextReferenceEntry < m_referenceEntryCount; ++m_nextReferenceEntry) {
        const Reference &reference = article.references.at(m_nextReferenceEntry);
        renderGroupHeadings(cursor, article, reference);
        renderReferenceEntry(cursor, article, reference, m_referenceLooks);
    }
}

void ArticleRenderer::renderGroupHeadings(
    QTextCursor &cursor, const Article &article, const Reference &reference)
{
    const QList<StrayLine> &strays = article.strayReferenceLines;
    for (; m_nextStrayLine < strays.size() && strays.at(m_nextStrayLine).line < reference.line;
         ++m_nextStrayLine) {
        const StrayLine &stray = strays.at(m_nextStrayLine);
        if (!stray.groupHeading)
            continue; // (a line that is no entry is reported, not shown)
        if (m_referenceEntryBlock >= 0)
            m_headedEntries.append(m_nextReferenceEntry);
        // "### Websites": the words, without the marks.
        const QStringView line = article.view(stray.span);
        QStringView words = line;
        while (!words.isEmpty() && words.front() == u'#')
            words = words.sliced(1);
        words = words.trimmed();
        words.chop(closingHashes(words));
        QTextBlockFormat format;
        format.setLayoutDirection(m_referenceLooks.block.layoutDirection());
        format.setTopMargin(m_em * 0.6);
        format.setBottomMargin(m_em * 0.3);
        format.setHeadingLevel(4);
        format.setProperty(GroupHeadingProperty, true);
        QTextCharFormat charFormat = m_headingChar;
        if (m_referenceLooks.text.hasProperty(QTextFormat::FontPointSize))
            charFormat.setFontPointSize(m_referenceLooks.text.fontPointSize());
        newBlock(cursor, format, charFormat);
        const qsizetype base = stray.span.start + (words.data() - line.data());
        insertMarkedUp(cursor, article, words, 0, base, charFormat, findInlineMarkup(words));
    }
}

bool ArticleRenderer::renderOtherListLine(
    QTextCursor &cursor, const Article &article, const Paragraph &paragraph)
{
    const Section *list = article.otherListAt(paragraph.line);
    if (!list)
        return false;
    if (paragraph.line == list->headerLine) {
        leaveList(cursor);
        renderSectionHeading(cursor, article.view(list->headerSpan).toString());
    } else {
        const auto entry = std::partition_point(article.references.cbegin(), article.references.cend(),
            [&paragraph](const Reference &r) { return r.line < paragraph.line; });
        // (A line that continues an entry, or a "<br>" between two, is set with the entry or not at all.)
        if (entry != article.references.cend() && entry->line == paragraph.line) {
            const int firstEntryBlock = m_referenceEntryBlock;
            renderReferenceEntry(cursor, article, *entry, m_referenceLooks);
            m_referenceEntryBlock = firstEntryBlock; // (the reference list's own, to replace them)
        }
    }
    m_previousKind = BlockKind::Body;
    return true;
}

bool ArticleRenderer::hasReferenceNumbersOf(const Article &article) const
{
    QSet<qint64> numbers;
    numbers.reserve(m_referenceNumbers.size());
    for (const Reference &reference : article.references) {
        if (reference.hasValidNumber())
            numbers.insert(reference.number);
    }
    return numbers == m_referenceNumbers;
}

std::optional<qsizetype> ArticleRenderer::replaceReferenceEntries()
{
    if (!m_referencesDone || m_referenceEntryBlock < 0 || !m_article || !m_document
        || m_article->referenceListSize() != m_referenceEntryCount)
        return std::nullopt;
    // The list from the group headings above its first entry, if any, to its last entry.
    const auto isGroupHeading
        = [](const QTextBlock &block) { return block.blockFormat().hasProperty(GroupHeadingProperty); };
    QTextBlock from = m_document->findBlockByNumber(m_referenceEntryBlock);
    qsizetype headings = m_headedEntries.size();
    for (; from.previous().isValid() && isGroupHeading(from.previous()); ++headings)
        from = from.previous();
    // As many group headings as before (their words may change), so that the blocks after the list keep
    // their numbers.
    const QList<StrayLine> &strays = m_article->strayReferenceLines;
    if (std::count_if(strays.cbegin(), strays.cend(), [](const StrayLine &s) { return s.groupHeading; })
        != headings)
        return std::nullopt;
    const QTextBlock to = m_document->findBlockByNumber(referenceEntryBlock(m_referenceEntryCount - 1));
    // The blocks must still be the entries, with the numbers they show now: then whether a marker
    // dangles is as it was too.
    QTextBlock block = from;
    for (const Reference &reference : m_article->references.first(m_referenceEntryCount)) {
        while (block.isValid() && isGroupHeading(block))
            block = block.next();
        if (!block.isValid()
            || !block.text().startsWith(m_article->view(reference.numberSpan).toString() + u".\t"_s))
            return std::nullopt;
        block = block.next();
    }
    const qsizetype oldStop = to.position() + to.length();
    retypeset(from, to, [this](QTextCursor &cursor) { renderReferenceEntries(cursor, *m_article); });
    const QTextBlock last = m_document->findBlockByNumber(referenceEntryBlock(m_referenceEntryCount - 1));
    return last.position() + last.length() - oldStop;
}

void ArticleRenderer::renderComments(QTextCursor &cursor, const Article &article)
{
    QString heading = article.view(article.commentsSection.headerSpan).toString();
    if (heading.trimmed().isEmpty())
        heading = tr("Comments");
    renderSectionHeading(cursor, heading);
    renderCommentBlocks(cursor, article);
    m_previousKind = BlockKind::Body;
    m_list = nullptr;
}

bool ArticleRenderer::replaceComments()
{
    if (!m_commentsDone)
        return true; // the rendering gets to them with the article as it is now
    // (The reference list comes before them on the page, as in the file.)
    if (m_commentBlocksToEnd < 0 || !m_article || !m_document || !m_referencesDone
        || m_referencesLine > m_commentsLine)
        return false;
    const QTextBlock from = m_document->findBlockByNumber(m_document->blockCount() - m_commentBlocksToEnd);
    if (!from.isValid())
        return false;
    retypeset(from, m_document->lastBlock(),
        [this](QTextCursor &cursor) { renderCommentBlocks(cursor, *m_article); });
    return true;
}

void ArticleRenderer::retypeset(
    const QTextBlock &from, const QTextBlock &to, const std::function<void(QTextCursor &)> &render)
{
    const bool firstBlock = m_firstBlock;
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    cursor.setPosition(from.position());
    cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    m_firstBlock = true; // the emptied first block takes its format anew
    render(cursor);
    cursor.endEditBlock();
    m_firstBlock = firstBlock;
}

void ArticleRenderer::renderCommentBlocks(QTextCursor &cursor, const Article &article)
{
    QTextBlockFormat format;
    format.setLineHeight(135, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(m_em * 0.6);
    QTextCharFormat author = m_bodyChar;
    author.setFontWeight(QFont::Bold);
    QTextCharFormat time = m_mutedChar;
    if (m_font.pointSizeF() > 0)
        time.setFontPointSize(m_font.pointSizeF() * 0.85);

    int first = -1; // the comments' first block
    if (article.comments.isEmpty()) {
        // The article's own words when it has them ("Keine Kommentare" in a German article), as written;
        // the window's in italics. (An italic face may have no glyphs for the article's script.)
        const QString note = article.noCommentsPlaceholder ? noCommentsNote(article) : QString();
        QTextCharFormat none = m_mutedChar;
        none.setFontItalic(note.isEmpty());
        newBlock(cursor, format, none);
        first = cursor.blockNumber();
        insertPlain(cursor, note.isEmpty() ? tr("No comments yet.") : note, none);
    }
    for (const Comment &comment : article.comments) {
        // In the direction of what it says: left to Qt, the block took that of the author's name above
        // it, and an Arabic comment by "Ali" was set left to right.
        QTextBlockFormat commentFormat = format;
        if (!comment.text.isEmpty())
            commentFormat.setLayoutDirection(
                holdsRightToLeft(comment.text) && firstStrongIsRightToLeft(comment.text) ? Qt::RightToLeft
                                                                                         : Qt::LeftToRight);
        newBlock(cursor, commentFormat, m_bodyChar);
        if (&comment == &article.comments.constFirst())
            first = cursor.blockNumber();
        if (!comment.author.isEmpty() || !comment.timestamp.isEmpty()) {
            insertPlain(cursor, comment.author, author);
            if (!comment.timestamp.isEmpty())
                insertPlain(
                    cursor, (comment.author.isEmpty() ? QString() : u"  "_s) + comment.timestamp, time);
            insertPlain(cursor, QString(QChar::LineSeparator), m_bodyChar);
        }
        insertPlain(cursor, comment.text, m_bodyChar);
    }
    m_commentBlocksToEnd = cursor.document()->blockCount() - first;
}

} // namespace Citewise
