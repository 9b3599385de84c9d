// ReadingView: typesetting an edit in place, the changed paragraphs alone, instead of the whole
// article again.
#include "readingview.h"

#include "listsplice.h"

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
    const Paragraph &paragraph = article.paragraphs.at(index);
    const qsizetype lineStart = article.lines.at(paragraph.line - 1).span.start;
    return article.text.view(lineStart, paragraph.span.end() - lineStart);
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
        if (x.url != y.url || x.label != y.label)
            change = FrameChange::ReferenceText;
    }
    return change;
}

} // namespace

// The changed paragraphs: what is left between the equal ones at both ends.
bool ReadingView::diffParagraphs(const Article &next, ParagraphEdit *edit) const
{
    const Article &old = m_article;
    const FrameChange frame = compareFrames(old, next);
    if (frame == FrameChange::Other)
        return false;
    edit->referenceText = frame == FrameChange::ReferenceText;
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
    if (!m_renderer->replaceTitle(next, document(), &delta))
        return false;
    // The title is plain text: its markers have no place on the page, before or after.
    replaceMarkers(
        0, change.oldCitationEnd, QList<ArticleRenderer::MarkerPlace>(change.newCitationEnd), delta);
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
    if (blankLinesChanged) {
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
        if (m_renderer && !m_renderer->isFinished())
            m_renderer->articleReplaced(0, 0);
        return true;
    }
    if (edit.referenceText)
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

// Grows the stretch [head, oldEnd) (and [head, newEnd) as it is now) to whole lists: over the items
// right above it and right below it (with what flows on in them), whatever list they are in, as far as
// they are typeset. Returns whether it grew.
bool ReadingView::widenToWholeLists(int *head, int *oldEnd, int *newEnd) const
{
    const QTextDocument *doc = document();
    const auto inList = [&](int paragraph) {
        const int block = m_paragraphs.at(paragraph).firstBlock; // -1 when not typeset yet
        return block >= 0 && doc->findBlockByNumber(block).textList();
    };
    bool grew = false;
    while (*head > 0 && inList(*head - 1)) {
        --*head;
        grew = true;
    }
    while (*oldEnd < m_paragraphs.size() && inList(*oldEnd)) {
        ++*oldEnd;
        ++*newEnd;
        grew = true;
    }
    return grew;
}

// Grows the stretch [head, oldEnd) (and [head, newEnd) as it is now) to whole tables: their rows share
// their columns, so a table is typeset again whole, as it was on the page and as it is now (a row, or
// the delimiter row, may have come or gone, and with it the table).
void ReadingView::widenToWholeTables(
    const Article &next, int *head, int *oldEnd, int *newEnd, TableRowsEdit *rows) const
{
    const int before = int(m_paragraphs.size());
    const int now = int(next.paragraphs.size());
    if (editsRowsOnly(next, *head, *oldEnd, *newEnd, rows))
        return;
    for (bool grew = true; grew;) {
        grew = false;
        while (*head > 0 && *head < before && continuesTable(*head)) {
            --*head;
            grew = true;
        }
        if (const int start = ArticleRenderer::tableStart(next, *head); start >= 0 && start < *head) {
            *head = start;
            grew = true;
        }
        while (*oldEnd < before && *newEnd < now && continuesTable(*oldEnd)) {
            ++*oldEnd;
            ++*newEnd;
            grew = true;
        }
        if (const int start = ArticleRenderer::tableStart(next, *newEnd - 1); start >= 0) {
            if (const int end = ArticleRenderer::tableEnd(next, start); end > *newEnd) {
                *oldEnd += end - *newEnd;
                *newEnd = end;
                grew = true;
            }
        }
    }
}

// Whether paragraph `paragraph` was typeset as a row of the table above it (not its first row).
bool ReadingView::continuesTable(int paragraph) const
{
    const ArticleRenderer::ParagraphPlace &place = m_paragraphs.at(paragraph);
    return place.table && !place.tableStart;
}

// Whether paragraphs [head, oldEnd), replaced by [head, newEnd) of `next`, are rows of one table that
// was typeset, and is still, with the same extent around them and its rows' text the same: then they
// alone are typeset again (typing in a long table costs a row, not the table), and `rows` says how the
// table is laid out now and whether its columns moved (a cell became its column's widest, or stopped
// being it).
bool ReadingView::editsRowsOnly(
    const Article &next, int head, int oldEnd, int newEnd, TableRowsEdit *rows) const
{
    if (head >= oldEnd || oldEnd > m_paragraphs.size() || head >= newEnd || newEnd > next.paragraphs.size())
        return false;
    for (int i = head; i < oldEnd; ++i) {
        const ArticleRenderer::ParagraphPlace &place = m_paragraphs.at(i);
        if (!place.table || place.firstBlock < 0 || (i > head && place.tableStart))
            return false;
    }
    int start = head;
    while (start > 0 && !m_paragraphs.at(start).tableStart)
        --start;
    int end = oldEnd;
    while (end < m_paragraphs.size() && continuesTable(end))
        ++end;
    if (!m_paragraphs.at(start).tableStart || ArticleRenderer::tableStart(next, newEnd - 1) != start
        || ArticleRenderer::tableEnd(next, start) - newEnd != end - oldEnd)
        return false;
    const QTextBlock header = document()->findBlockByNumber(m_paragraphs.at(start).firstBlock);
    if (!header.isValid())
        return false;
    ArticleRenderer::TableLayout layout;
    switch (m_renderer->tableEdit(next, start, header.blockFormat(), m_paragraphs.at(start), &layout)) {
    case ArticleRenderer::TableEdit::SameLayout:
        rows->table = std::move(layout);
        return true;
    case ArticleRenderer::TableEdit::OtherColumns:
        // Every row must be on the page already: none may be typeset later with the columns it had.
        if (std::any_of(m_paragraphs.cbegin() + start, m_paragraphs.cbegin() + end,
                [](const ArticleRenderer::ParagraphPlace &place) { return place.firstBlock < 0; }))
            return false;
        rows->table = std::move(layout);
        rows->otherColumns = true;
        return true;
    case ArticleRenderer::TableEdit::OtherText:
        break;
    }
    return false;
}

// The blocks that paragraphs [head, oldEnd) took on the page, if they can be typeset again in place as
// [head, newEnd) of `next`: standalone blocks (ArticleRenderer::isStandalone()) and whole lists one
// after the other, items of one list and perhaps standalone blocks after its end, or lines of one code
// block (`around` says which); with the paragraphs that flow on in them. Returns how many blocks they
// took, 0 when they cannot be replaced.
int ReadingView::replaceableBlocks(
    const Article &next, int head, int oldEnd, int newEnd, ArticleRenderer::Surroundings *around) const
{
    if (m_paragraphs.at(head).code)
        return replaceableCodeBlocks(next, head, oldEnd, newEnd, around);
    const int firstBlock = m_paragraphs.at(head).firstBlock;
    int blocks = 0;
    bool standaloneOrItems = true; // each block stands alone or is a list item
    for (int i = head; i < oldEnd; ++i) {
        const ArticleRenderer::ParagraphPlace &place = m_paragraphs.at(i);
        if (place.continuation && i > head && place.firstBlock == firstBlock + blocks - 1)
            continue;
        if (place.continuation || place.firstBlock != firstBlock + blocks)
            return 0;
        if (!place.standalone && !place.dateline
            && (place.code || !document()->findBlockByNumber(place.firstBlock).textList()))
            standaloneOrItems = false;
        blocks += place.dateline ? 2 : 1;
    }
    *around = {};
    // Paragraphs that stand alone and list items, typeset again as they are now, perhaps with new lists
    // among them: when no list goes on above or below the stretch, its items make whole lists.
    if (standaloneOrItems && replaceableByNewLists(next, head, oldEnd, newEnd, blocks, around))
        return blocks;
    // Otherwise the stretch starts in a list, between a paragraph above it and one below it that start
    // blocks of their own and stay as they are, or the end of the body.
    if (head == 0)
        return 0;
    const bool bodyEnds = bodyEndsBefore(next, newEnd);
    if (!bodyEnds
        && (oldEnd >= m_paragraphs.size() || m_paragraphs.at(oldEnd).firstBlock != firstBlock + blocks))
        return 0;
    const QTextBlock below = document()->findBlockByNumber(firstBlock + blocks);
    QTextList *items = document()->findBlockByNumber(firstBlock).textList();
    if (!items)
        return 0;
    const bool numbered = items->format().style() == QTextListFormat::ListDecimal;

    // Items of one list, as they were: then, where the list ended, paragraphs that stood alone (see
    // updateInPlace()).
    int listBlocks = 0;
    for (QTextBlock block = document()->findBlockByNumber(firstBlock);
         block != below && block.textList() == items; block = block.next())
        ++listBlocks;
    for (int i = head; i < oldEnd; ++i) {
        const ArticleRenderer::ParagraphPlace &place = m_paragraphs.at(i);
        if (place.firstBlock >= firstBlock + listBlocks && !place.standalone && !place.continuation)
            return 0;
    }
    // And as they are: items (with what flows on in them), then perhaps paragraphs that stand alone, where
    // the list now ends. Items that start the list go on doing so: the paragraph above is not an item of
    // its kind (else it would be in it).
    int newItems = head;
    while (newItems < newEnd
        && (ArticleRenderer::isListItem(next, newItems, numbered)
            || (newItems > head && ArticleRenderer::continuesListItem(next, newItems))))
        ++newItems;
    if (newItems == head)
        return 0;
    for (int i = newItems; i < newEnd; ++i) {
        if (!(i > newItems && ArticleRenderer::continuesPrevious(next, i))
            && !ArticleRenderer::isStandalone(next, i))
            return 0;
    }
    const bool listGoesOnBelow = below.textList() == items;
    if (newItems < newEnd) {
        // The list now ends inside the stretch: the items below it would need a list of their own.
        if (listGoesOnBelow)
            return 0;
    } else if (!listGoesOnBelow && newEnd < next.paragraphs.size()
        && ArticleRenderer::isListItem(next, newEnd, numbered)) {
        return 0; // the list would run on into the items below the stretch, a list of its own on the page
    }
    around->list = items;
    // An item of another list below (one nested in the last item, or the list it is nested in) keeps
    // the last item's spacing that of an item.
    around->listEnds = newItems == newEnd && !listGoesOnBelow && !bodyEnds && !below.textList();
    return blocks;
}

// Whether the blocks of [head, oldEnd), `blocks` of them that stand alone or make whole lists, can be
// replaced by [head, newEnd) of `next`: paragraphs that stand alone and lines that flow on in them, or
// whole lists among them (a paragraph that becomes an item starts one, the only item of a list that
// stops being one ends it). Lists start and end inside the stretch: the block above it is in no list,
// and the paragraph below it stands alone, as it did, or the body ends there. `around` says whether
// the last of them ends a list.
bool ReadingView::replaceableByNewLists(const Article &next, int head, int oldEnd, int newEnd, int blocks,
    ArticleRenderer::Surroundings *around) const
{
    bool items = false;
    bool inItem = false; // the paragraph flows on in an item, or is one
    for (int i = head; i < newEnd; ++i) {
        if (i > head && ArticleRenderer::continuesPrevious(next, i))
            continue;
        if (ArticleRenderer::isListItem(next, i, false) || ArticleRenderer::isListItem(next, i, true)) {
            items = inItem = true;
        } else if (inItem && ArticleRenderer::flowsOnInListItem(next, i)) {
            continue;
        } else if (ArticleRenderer::isStandalone(next, i) || ArticleRenderer::startsWithDateline(next, i)) {
            inItem = false;
        } else {
            return false;
        }
    }
    // Paragraphs that stand alone now: the lists some of them were items of go on below them, if at
    // all, and start there. (Not above them: when the first of them stops being an item, updateInPlace()
    // takes the item above along.)
    if (!items)
        return true;
    const int firstBlock = m_paragraphs.at(head).firstBlock;
    const bool bodyEnds = bodyEndsBefore(next, newEnd);
    if (!bodyEnds) {
        const ArticleRenderer::ParagraphPlace &below = m_paragraphs.at(oldEnd);
        if (below.continuation || !below.standalone || below.firstBlock != firstBlock + blocks
            || !ArticleRenderer::isStandalone(next, newEnd))
            return false;
    }
    const QTextBlock above = document()->findBlockByNumber(firstBlock - 1);
    if (!above.isValid() || above.textList())
        return false;
    around->listEnds = inItem && !bodyEnds;
    return true;
}

// List items below the stretch stand under the items above them (ArticleRenderer::nestingLevel()): those
// an edit of the stretch nests deeper or less deep go along, as far as items look back into it.
void ReadingView::takeAlongRenestedItems(const Article &next, int *oldEnd, int *newEnd) const
{
    const int rendered
        = m_renderer->isFinished() ? int(m_paragraphs.size()) : m_renderer->renderedParagraphs();
    int end = *newEnd;
    for (int below = *newEnd, old = *oldEnd; below < next.paragraphs.size() && old < rendered
         && below - *newEnd < ArticleRenderer::kNestingLookBack;
         ++below, ++old) {
        if (ArticleRenderer::isCodeLine(next, below))
            break;
        if (!ArticleRenderer::isListItem(next, below, false)
            && !ArticleRenderer::isListItem(next, below, true)) {
            if (!ArticleRenderer::continuesListItem(next, below))
                break; // the list ends: nothing further down looks back past here
            continue;
        }
        if (ArticleRenderer::nestingLevel(next, below) != m_paragraphs.at(old).level)
            end = below + 1;
        if (ArticleRenderer::indentColumns(next, below) == 0)
            break; // items further down stand under this one at most
    }
    *oldEnd += end - *newEnd;
    *newEnd = end;
}

// Whether the body ends before paragraph `newEnd` of `next`: the article ends there, or a section
// (references or comments) follows. A list at the end of the body is not closed: nothing follows it,
// or the section's rule keeps it apart (ArticleRenderer::renderRule()).
bool ReadingView::bodyEndsBefore(const Article &next, int newEnd)
{
    if (newEnd >= next.paragraphs.size())
        return true;
    const int above = next.paragraphs.at(newEnd - 1).line;
    const int below = next.paragraphs.at(newEnd).line;
    const auto between = [above, below](const Section &section) {
        return section.present && section.headerLine > above && section.headerLine < below;
    };
    return between(next.referencesSection) || between(next.commentsSection);
}

// The blocks of code lines [head, oldEnd) that [head, newEnd) of `next` replace, if they are lines of
// one code block: above them another of its lines or the fence that opens it; the last of them may be
// the fence that closes it. A line's blocks are its blank lines above it (shaded as code) and its own,
// the closing fence's the blank lines above it; so the blocks run from the first line's to those of the
// paragraph after the stretch. Returns how many, 0 when they cannot be replaced.
int ReadingView::replaceableCodeBlocks(
    const Article &next, int head, int oldEnd, int newEnd, ArticleRenderer::Surroundings *around) const
{
    if (head == 0 || oldEnd > m_paragraphs.size() || newEnd > next.paragraphs.size())
        return 0;
    const bool starts = ArticleRenderer::isFence(next, head - 1);
    if (!starts && !m_paragraphs.at(head - 1).code)
        return 0;
    // Code after the reference list is typeset again in full.
    if (next.paragraphs.at(head - 1).afterReferences
        || (newEnd < next.paragraphs.size() ? next.paragraphs.at(newEnd) : next.paragraphs.constLast())
               .afterReferences)
        return 0;
    // The same paragraph ends the stretch, before and after: a fence has no block of its own. At least
    // one line of code stays, else the block would lose its shading.
    const bool ends = ArticleRenderer::isFence(next, newEnd - 1);
    if (ends != (m_paragraphs.at(oldEnd - 1).firstBlock < 0) || newEnd - head - int(ends) < 1)
        return 0;
    for (int i = head; i < oldEnd - int(ends); ++i) {
        if (!m_paragraphs.at(i).code)
            return 0;
    }
    for (int i = head; i < newEnd - int(ends); ++i) {
        if (!ArticleRenderer::isCodeLine(next, i))
            return 0;
    }
    const int firstBlock = m_paragraphs.at(head).firstBlock;
    if (firstBlock < 0)
        return 0;
    // Blank lines are empty blocks in the code's font (code lines never are empty).
    const auto blankBlocksFrom = [](QTextBlock block) {
        int blank = 0;
        for (; block.isValid() && block.text().isEmpty() && block.charFormat().fontFixedPitch();
             block = block.next())
            ++blank;
        return blank;
    };
    int endBlock = 0;
    if (ends) {
        // After the last line's own block come the closing fence's blank lines.
        const int lastLine = m_paragraphs.at(oldEnd - 2).firstBlock;
        const int own = lastLine + blankBlocksFrom(document()->findBlockByNumber(lastLine));
        endBlock = own + 1 + blankBlocksFrom(document()->findBlockByNumber(own + 1));
        if (oldEnd < m_paragraphs.size() && m_paragraphs.at(oldEnd).firstBlock != endBlock)
            return 0;
    } else {
        // A line of the block. It keeps the blank lines above it: they are past the line that went along
        // with the edited ones (see updateInPlace()).
        if (oldEnd >= m_paragraphs.size() || newEnd >= next.paragraphs.size() || !m_paragraphs.at(oldEnd).code
            || !ArticleRenderer::isCodeLine(next, newEnd))
            return 0;
        endBlock = m_paragraphs.at(oldEnd).firstBlock;
    }
    if (endBlock <= firstBlock || endBlock > document()->blockCount())
        return 0;
    *around = {.code = true, .codeStarts = starts};
    return endBlock - firstBlock;
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
