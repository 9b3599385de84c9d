// ReadingView: typesetting an edit in place, the changed paragraphs alone, instead of the whole
// article again.
#include "readingview.h"

#include "articleio.h"
#include "listsplice.h"
#include "referenceentry.h"

#include <QTextBlock>
#include <QTextList>

#include <algorithm>

namespace Citewise {

namespace {

// A paragraph as it is typeset depends on more than its text: its line's indentation (code keeps it, a
// list item's continuation is known by it), the blank lines between it and the paragraph above (a
// line wrapped by hand or a list item's continuation has none; in code they are shown), and which side
// of the reference list it is on.
QStringView indentedText(const Article &article, int index)
{
    // The whole line: its indentation, and the spaces at its end (a hard break, which the line under
    // it depends on).
    const Paragraph &paragraph = article.paragraphs.at(index);
    const TextSpan line = article.lines.at(paragraph.line - 1).span;
    return article.text.view(line.start, line.length);
}

bool typesetsTheSame(const Article &a, int i, const Article &b, int j)
{
    return indentedText(a, i) == indentedText(b, j)
        && ArticleRenderer::blankLinesBefore(a, i) == ArticleRenderer::blankLinesBefore(b, j)
        && a.paragraphs.at(i).afterReferences == b.paragraphs.at(j).afterReferences;
}

enum class FrameChange {
    None, // everything but the body paragraphs typesets the same
    ReferenceText, // and so does the reference list, but for the addresses and labels of its entries
    Other,
};

FrameChange compareFrames(const Article &a, const Article &b)
{
    if (a.title != b.title || a.hasDateline != b.hasDateline
        || (a.hasDateline && (a.dateline.place != b.dateline.place || a.dateline.date != b.dateline.date)))
        return FrameChange::Other;
    if (a.referencesSection.present != b.referencesSection.present
        || a.view(a.referencesSection.headerSpan) != b.view(b.referencesSection.headerSpan)
        || a.commentsSection.present != b.commentsSection.present
        || a.view(a.commentsSection.headerSpan) != b.view(b.commentsSection.headerSpan)
        || (a.referencesSection.headerLine < a.commentsSection.headerLine)
            != (b.referencesSection.headerLine < b.commentsSection.headerLine))
        return FrameChange::Other;
    if (a.references.size() != b.references.size() || a.comments.size() != b.comments.size())
        return FrameChange::Other;
    // Lists after the reference list are set where they stand, as the list's entries are.
    if (!a.otherReferenceLists.isEmpty() || !b.otherReferenceLists.isEmpty())
        return FrameChange::Other;
    for (qsizetype i = 0; i < a.comments.size(); ++i) {
        const Comment &x = a.comments.at(i);
        const Comment &y = b.comments.at(i);
        if (x.author != y.author || x.timestamp != y.timestamp || x.text != y.text)
            return FrameChange::Other;
    }
    FrameChange change = FrameChange::None;
    for (qsizetype i = 0; i < a.references.size(); ++i) {
        const Reference &x = a.references.at(i);
        const Reference &y = b.references.at(i);
        // Numbers decide how markers look (dangling or not): those changing typeset the body again.
        if (x.number != y.number || a.view(x.numberSpan) != b.view(y.numberSpan))
            return FrameChange::Other;
        if (x.url != y.url || x.label != y.label || a.view(x.noteSpan) != b.view(y.noteSpan)
            || x.joinsAnother != y.joinsAnother
            || (x.joinsAnother && a.view(joinedEntrySpan(a, x)) != b.view(joinedEntrySpan(b, y))))
            change = FrameChange::ReferenceText;
    }
    return change;
}

} // namespace

// The changed paragraphs: what is left between the equal ones at both ends.
bool ReadingView::diffParagraphs(const Article &next, ParagraphEdit *edit) const
{
    // Released, the article shown is no longer there to compare with: an empty one in its place would
    // read as unchanged next to an emptied text.
    if (m_articleReleased)
        return false;
    const Article &old = m_article;
    const FrameChange frame = compareFrames(old, next);
    if (frame == FrameChange::Other)
        return false;
    edit->referenceText = frame == FrameChange::ReferenceText;
    // The view says the article's own note that it has no comments.
    edit->commentsNote = old.noCommentsPlaceholder != next.noCommentsPlaceholder
        || (old.noCommentsPlaceholder && noCommentsNote(old) != noCommentsNote(next));
    const QList<Paragraph> &before = old.paragraphs;
    const QList<Paragraph> &after = next.paragraphs;
    const int common = int(qMin(before.size(), after.size()));
    int head = 0;
    while (head < common && typesetsTheSame(old, head, next, head))
        ++head;
    int tail = 0;
    while (tail < common - head
        && typesetsTheSame(old, int(before.size()) - 1 - tail, next, int(after.size()) - 1 - tail))
        ++tail;
    edit->head = head;
    edit->oldEnd = int(before.size()) - tail;
    edit->newEnd = int(after.size()) - tail;
    edit->citationDelta = int(next.citations.size() - old.citations.size());
    if (edit->head == edit->oldEnd && edit->head == edit->newEnd)
        return old.citations.size() == next.citations.size();
    // Citations outside the changed stretch must be the same ones, only moved.
    const int firstOld = edit->head < before.size()
        ? firstStartingAt(old.citations, before.at(edit->head).span.start)
        : int(old.citations.size());
    const int firstNew = edit->head < after.size()
        ? firstStartingAt(next.citations, after.at(edit->head).span.start)
        : int(next.citations.size());
    return firstOld == firstNew;
}

// The same from what the edit reported: nothing outside its lines changed, so no comparing.
bool ReadingView::paragraphsFromChange(
    const Article &next, const ArticleChange &change, ParagraphEdit *edit) const
{
    const int after = int(next.paragraphs.size());
    const int before = after - (change.newParagraphEnd - change.oldParagraphEnd);
    if (before != m_paragraphs.size() || change.newParagraphEnd > after)
        return false;
    edit->head = change.firstParagraph;
    edit->oldEnd = change.oldParagraphEnd;
    edit->newEnd = change.newParagraphEnd;
    edit->citationDelta = change.newCitationEnd - change.oldCitationEnd;
    return true;
}

// Markers [first, oldEnd) become `markers`; those after them are `delta` characters further on, which
// is folded into the pending shift when that starts at the same marker.
void ReadingView::replaceMarkers(
    int first, int oldEnd, QList<ArticleRenderer::MarkerPlace> markers, qsizetype delta)
{
    const int newEnd = first + int(markers.size());
    if (m_shiftFrom >= 0 && m_shiftFrom != oldEnd)
        applyPendingMarkerShift();
    if (oldEnd - first != markers.size()) {
        m_markers.remove(first, oldEnd - first);
        m_markers.insert(first, markers.size(), ArticleRenderer::MarkerPlace());
    }
    std::move(markers.begin(), markers.end(), m_markers.begin() + first);
    if (delta != 0) {
        m_shiftFrom = newEnd;
        m_shiftDelta += delta;
    } else if (m_shiftFrom >= 0) {
        m_shiftFrom = newEnd;
    }
}

// Typing in the title: its block is set again, and everything typeset after it moves.
bool ReadingView::replaceTitle(const Article &next, const ArticleChange &change)
{
    if (change.oldCitationEnd > m_markers.size())
        return false;
    qsizetype delta = 0;
    QList<ArticleRenderer::MarkerPlace> places(change.newCitationEnd);
    if (change.newCitationEnd != ArticleRenderer::titleMarkerCount(next)
        || !m_renderer->replaceTitle(next, document(), &delta, &places))
        return false;
    replaceMarkers(0, change.oldCitationEnd, places, delta);
    m_article = next;
    if (!m_renderer->isFinished())
        m_renderer->articleReplaced(0, change.newCitationEnd - change.oldCitationEnd);
    return true;
}

// Typing in a comment: the comments, which end the page, are typeset again.
bool ReadingView::replaceComments(const Article &next)
{
    m_article = next; // what the renderer reads them from
    return m_renderer->replaceComments();
}

bool ReadingView::updateInPlace(const Article &next, const ArticleChange *change)
{
    if (!m_renderer)
        return false;
    if (change && !change->whole && change->titleChanged)
        return replaceTitle(next, *change);
    if (change && !change->whole && change->commentsChanged)
        return replaceComments(next);
    ParagraphEdit edit;
    if (change && change->whole && change->bodyUnchanged) {
        // Typing in a reference entry: the body on the page stays, the list may need typesetting again.
        if (next.paragraphs.size() != m_paragraphs.size() || next.citations.size() != m_markers.size())
            return false;
        edit.referenceText = true;
    } else if (change && !change->whole ? !paragraphsFromChange(next, *change, &edit)
                                        : !diffParagraphs(next, &edit)) {
        return false;
    }
    const QList<Paragraph> &after = next.paragraphs;
    const int paragraphsBefore = int(m_paragraphs.size());
    int head = edit.head;
    int oldEnd = edit.oldEnd;
    int newEnd = edit.newEnd;
    // Blank lines came or went right before paragraph `head` (an edit that touched nothing but blank
    // lines, between it and the one above): it may now continue that one, or stop, or show them in
    // code. It is typeset again. (Compared paragraphs differ in their blank lines already.)
    const bool blankLinesChanged = head == oldEnd && head == newEnd && head < after.size() && change
        && !change->whole && change->lineDelta != 0;
    // So they may have right before the paragraph after the stretch, when the edit joined or split lines
    // at its end or made one blank or not: how many there are decides how it is typeset (the space
    // above it, dashes a rule or the underline of a heading), so it goes along.
    const bool blankLinesAfterChanged = !blankLinesChanged && change && !change->whole
        && newEnd < after.size() && (change->lineDelta != 0 || newEnd != oldEnd)
        && after.at(newEnd).line <= change->newLineEnd && oldEnd < paragraphsBefore;
    if (blankLinesChanged || blankLinesAfterChanged) {
        ++oldEnd;
        ++newEnd;
    }
    if (head == oldEnd && head == newEnd) {
        // The same body: only lines outside it (blank lines, front matter, reference entries) changed.
        if (edit.citationDelta != 0)
            return false;
        m_article = next;
        if (edit.referenceText && !replaceReferenceEntries())
            return false;
        if (edit.commentsNote && !m_renderer->replaceComments())
            return false;
        if (m_renderer && !m_renderer->isFinished())
            m_renderer->articleReplaced(0, 0);
        return true;
    }
    if (edit.referenceText || edit.commentsNote)
        return false; // the body changed too: rare enough to typeset everything again
    // Paragraphs only added or only removed: take a neighbour along so both sides have one.
    if (head == oldEnd || head == newEnd) {
        if (newEnd < after.size()) {
            ++oldEnd;
            ++newEnd;
        } else if (head > 0) {
            --head;
        } else {
            return false;
        }
    }
    // A block is a paragraph and the lines that flow on in it (wrapped by hand, or indented under a list
    // item): the stretch grows to whole blocks, as they were and as they are now.
    // (The article shown before may be released already: the page's places say how it was typeset. Code
    // keeps its lines as they are.)
    const auto continues = [&next](int i) {
        return (ArticleRenderer::continuesPrevious(next, i) || ArticleRenderer::flowsOnInListItem(next, i))
            && !ArticleRenderer::isCodeLine(next, i);
    };
    while (head > 0 && (m_paragraphs.at(head).continuation || continues(head)))
        --head;
    while (oldEnd < paragraphsBefore && (m_paragraphs.at(oldEnd).continuation || continues(newEnd))) {
        ++oldEnd;
        ++newEnd;
    }
    // A paragraph right under a list that becomes one of its items, or the list's last item that stops
    // being one: the item above goes along, as the list now ends elsewhere (replaceableBlocks()). So it
    // does when an item of any list comes or goes right under it, which decides the space below it.
    if (head > 0 && head < paragraphsBefore && head < after.size()
        && m_paragraphs.at(head - 1).firstBlock >= 0 && m_paragraphs.at(head).firstBlock >= 0) {
        QTextList *list = document()->findBlockByNumber(m_paragraphs.at(head - 1).firstBlock).textList();
        const QTextList *headList
            = document()->findBlockByNumber(m_paragraphs.at(head).firstBlock).textList();
        const auto isItem
            = [&next, head](bool numbered) { return ArticleRenderer::isListItem(next, head, numbered); };
        const bool joinsOrLeaves
            = list && (headList == list) != isItem(list->format().style() == QTextListFormat::ListDecimal);
        const bool itemComesOrGoes = list && (headList != nullptr) != (isItem(false) || isItem(true));
        if (joinsOrLeaves || itemComesOrGoes) {
            --head;
            while (head > 0 && m_paragraphs.at(head).continuation)
                --head;
        }
    }
    // In code, blank lines are shaded blocks above the line below them, or above the closing fence: the
    // paragraph below a stretch of code goes along, as the edit may have changed them. A closing fence
    // has no block of its own: the line above it goes along when the stretch starts with the fence, as it
    // was (lines were typed above it) or as it is (lines above it were taken out).
    if (head > 0 && head < paragraphsBefore && head < after.size() && m_paragraphs.at(head - 1).code
        && (m_paragraphs.at(head).firstBlock < 0 || ArticleRenderer::isFence(next, head)))
        --head;
    // So does the closing fence right after that line: it gives the block's last line the space below.
    for (int below = 0; below < 2; ++below) {
        if (oldEnd > head && oldEnd < paragraphsBefore && newEnd < after.size()
            && m_paragraphs.at(oldEnd - 1).code
            && (ArticleRenderer::isFence(next, newEnd)
                || (below == 0 && ArticleRenderer::isCodeLine(next, newEnd)))) {
            ++oldEnd;
            ++newEnd;
        }
    }

    takeAlongRenestedItems(next, &oldEnd, &newEnd);

    TableRowsEdit tableRows;
    widenToWholeTables(next, &head, &oldEnd, &newEnd, &tableRows);

    const int rendered = m_renderer->isFinished() ? paragraphsBefore : m_renderer->renderedParagraphs();
    ArticleRenderer::Surroundings around;
    int oldBlocks = 0;
    if (head < rendered) {
        if (oldEnd > rendered)
            return false;
        oldBlocks = replaceableBlocks(next, head, oldEnd, newEnd, &around);
        // Else the lists right above and below go along, whole: a paragraph may have joined, split or
        // ended one.
        if (oldBlocks == 0 && widenToWholeLists(&head, &oldEnd, &newEnd))
            oldBlocks = replaceableBlocks(next, head, oldEnd, newEnd, &around);
        if (oldBlocks == 0)
            return false;
        if (tableRows.table.start >= 0)
            around.table = &tableRows.table;
    }

    // Citations of the paragraphs outside the stretch stay the same ones, only moved.
    const int firstCitation = firstStartingAt(next.citations, after.at(head).span.start);
    const int newCitationEnd = firstStartingAt(next.citations, after.at(newEnd - 1).span.end());
    const int oldCitationEnd = newCitationEnd - edit.citationDelta;
    if (oldCitationEnd < firstCitation || oldCitationEnd > m_markers.size())
        return false;

    if (head >= rendered) {
        // Not typeset yet: the rendering picks the new text up when it gets there.
        m_article = next;
        m_markers.remove(firstCitation, oldCitationEnd - firstCitation);
        m_markers.insert(firstCitation, newCitationEnd - firstCitation, ArticleRenderer::MarkerPlace());
        m_paragraphs.remove(head, oldEnd - head);
        m_paragraphs.insert(head, newEnd - head, ArticleRenderer::ParagraphPlace());
        m_renderer->articleReplaced(0, 0);
        return true;
    }
    const int firstBlock = m_paragraphs.at(head).firstBlock;

    QTextDocument *doc = document();
    const QTextBlock lastOld = doc->findBlockByNumber(firstBlock + oldBlocks - 1);
    const qsizetype oldStop = lastOld.position() + lastOld.length();
    QList<ArticleRenderer::MarkerPlace> markers(newCitationEnd - firstCitation);
    QList<ArticleRenderer::ParagraphPlace> places(newEnd - head);
    const int newBlocks = m_renderer->replaceParagraphs(
        next, doc, head, newEnd - head, firstBlock, oldBlocks, &markers, firstCitation, &places, around);
    const QTextBlock lastNew = doc->findBlockByNumber(firstBlock + newBlocks - 1);
    const qsizetype delta = lastNew.position() + lastNew.length() - oldStop;

    replaceMarkers(firstCitation, oldCitationEnd, std::move(markers), delta);

    if (oldEnd != newEnd) {
        m_paragraphs.remove(head, oldEnd - head);
        m_paragraphs.insert(head, places.size(), ArticleRenderer::ParagraphPlace());
    }
    std::copy(places.cbegin(), places.cend(), m_paragraphs.begin() + head);
    if (const int blockDelta = newBlocks - oldBlocks) {
        for (qsizetype i = newEnd; i < m_paragraphs.size(); ++i) {
            if (m_paragraphs.at(i).firstBlock >= 0)
                m_paragraphs[i].firstBlock += blockDelta;
        }
    }
    if (tableRows.otherColumns) {
        const ArticleRenderer::TableLayout &table = tableRows.table;
        QList<int> rowBlocks;
        rowBlocks.reserve(table.end - table.start);
        for (int i = table.start; i < table.end; ++i)
            rowBlocks.append(i >= head && i < newEnd ? -1 : m_paragraphs.at(i).firstBlock);
        m_renderer->setTableRowFormats(table, document(), rowBlocks);
    }
    m_article = next;
    if (!m_renderer->isFinished())
        m_renderer->articleReplaced(newEnd - oldEnd, newCitationEnd - oldCitationEnd);
    return true;
}

// The reference list (already the one of m_article) typeset again in place, when it is on the page.
// Markers after it, in text that follows the list, move with its length.
bool ReadingView::replaceReferenceEntries()
{
    // Not typeset yet: the rendering gets to the new entries itself, and the markers so far are right
    // while the numbers are the same. Partly typeset, the entries in the document would stay as they
    // were: everything is typeset again.
    if (m_renderer->referencesUnderway())
        return false;
    if (!m_renderer->referencesRendered())
        return m_renderer->hasReferenceNumbersOf(m_article);
    const std::optional<qsizetype> delta = m_renderer->replaceReferenceEntries();
    if (!delta)
        return false;
    if (*delta != 0) {
        const TextSpan last = m_article.lines.at(m_article.referencesSection.lastLine - 1).span;
        const int after = firstStartingAt(m_article.citations, last.end());
        if (m_shiftFrom >= 0 && m_shiftFrom != after)
            applyPendingMarkerShift();
        m_shiftFrom = after;
        m_shiftDelta += *delta;
    }
    return true;
}

} // namespace Citewise
