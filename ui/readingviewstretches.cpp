// ReadingView: how far the typesetting of an edit in place reaches, the blocks a stretch of changed
// paragraphs replaces: whole lists, tables and code blocks where an edit changes how their other
// parts are typeset, and the blocks around them the stretch has to leave as they are.
#include "readingview.h"

#include <QTextBlock>
#include <QTextList>

#include <algorithm>

namespace Citewise {

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

} // namespace Citewise
