// Edits inside one line of the title, the reference list or the comments: that line read again in
// place, and what follows it moved, when it keeps what it was (see articleupdate.h).
#include "articleupdate_p.h"

#include "articleio.h"
#include "linekinds.h"
#include "listsplice.h"
#include "referenceentry.h"

#include <algorithm>
#include <optional>

namespace Citewise::Update {

namespace {

// Whether the list is headed by a loose word ("Notes") or a heading of the writer's own, which head it
// only while one of its first entries has an address (entriesHoldAnAddress()).
bool heldUpByAddresses(const Article &a)
{
    return referencesHeaderOf(a.view(a.referencesSection.headerSpan)) != ReferencesHeader::Named;
}

// Whether a line stands right under `entry` (on `line`), or under its continuation lines: one the entry
// could take or give up as the rest of it. The text is edited, the lines after `line` not yet moved by
// `delta`.
bool wrapsOnto(const Article &a, int line, const Reference &entry, qsizetype delta)
{
    if (!entry.continuationLines.isEmpty())
        return true;
    if (line >= a.lines.size())
        return false;
    TextSpan below = a.lines.at(line).span;
    below.start += delta;
    return !isSeparatorLine(a.view(below));
}

// Whether the line under `entry` (on `line`, or under its continuation lines) reads as the rest of an
// address broken onto a line of its own (readsAsRestOfAddress()): whether it is, and whether the list
// takes it in after its last entry, depends on where the entry's address ends. The lines after `line`
// are not yet moved by `delta`.
bool restOfAddressBelow(const Article &a, int line, const Reference &entry, qsizetype delta)
{
    const int last = entry.continuationLines.isEmpty() ? line : entry.continuationLines.constLast();
    if (last >= a.lines.size())
        return false;
    TextSpan below = a.lines.at(last).span;
    below.start += delta;
    return readsAsRestOfAddress(a.view(a.trimmed(below)));
}

// Whether `entry`, read on line `line` as the list's entry `index`, is rather the rest of the entry right
// above it (on the line above, or ending there with its continuation lines).
bool goesOnFromTheEntryAbove(const Article &a, int index, int line, const Reference &entry)
{
    if (index == 0)
        return false;
    const Reference &above = a.references.at(index - 1);
    const int aboveEnds
        = above.continuationLines.isEmpty() ? above.line : above.continuationLines.constLast();
    return aboveEnds == line - 1 && goesOnFrom(above, entry);
}

// Whether text that is no entry follows the reference list, past blank lines, before the comments: a list
// that starts over under such text is the article's own (the parser's startsOverAfterText()), and one
// that no longer starts over joins the reference list. The lines after the edited one are not yet moved
// by `delta`; past a long run of blank lines, the answer is yes.
bool textFollowsTheList(const Article &a, qsizetype delta)
{
    constexpr int kMaxBlankLines = 64;
    const int last = a.commentsSection.present && a.commentsSection.headerLine > a.referencesSection.lastLine
        ? a.commentsSection.headerLine - 1
        : int(a.lines.size());
    for (int i = a.referencesSection.lastLine + 1; i <= last; ++i) {
        if (i > a.referencesSection.lastLine + kMaxBlankLines)
            return true;
        TextSpan span = a.lines.at(i - 1).span;
        span.start += delta;
        const QStringView l = a.view(span);
        if (!isSeparatorLine(l))
            return !startsAsEntry(l);
    }
    return false;
}

} // namespace

// Whether an edit of `removed` characters at `position`, replaced by `inserted`, stays inside the text of
// one entry line of the reference list (its terminator untouched, no line break typed): the candidates
// for updateReferenceEntry(). Returns the entry's index, or -1.
int editedReferenceEntry(
    const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted)
{
    if (a.hasInvalidEncoding || !isInReferenceList(a, line, line)
        || !staysInsideLine(a, line, position, removed, inserted))
        return -1;
    const auto entry = std::partition_point(
        a.references.cbegin(), a.references.cend(), [line](const Reference &r) { return r.line < line; });
    return entry != a.references.cend() && entry->line == line ? int(entry - a.references.cbegin()) : -1;
}

// The entry on `line` (index `index`) read again after an edit inside it (see editedReferenceEntry(); the
// text is already edited). Holds only when the line is still an entry the parser would read as such;
// then the reference list keeps its extent, continuation and stray lines, and everything after the
// edit just moves by `delta`. False leaves the article untouched.
bool updateReferenceEntry(Article &a, int line, int index, qsizetype position, qsizetype delta)
{
    const Line old = a.lines.at(line - 1);
    const Reference &before = a.references.at(index);
    // Whether the line itself held an address (one of a continuation line holds no list up).
    const bool hadOwnAddress = !before.url.isEmpty() && before.urlSpan.start <= old.span.end();
    const std::optional<QStringView> text = lengthenEditedLine(a, line, delta);
    Reference ref;
    if (!text || isSeparatorLine(*text) || isStructuralLine(*text) || isMarkdownHeading(text->trimmed())
        || !parseReferenceEntry(a, line, ref)
        || (ref.url.isEmpty() == hadOwnAddress
            && (heldUpByAddresses(a) || hasAnotherListHeader(a, line, delta)))
        // A list numbered as markers are goes before another: the form of its first entry
        // counts when another header could head the list.
        || (ref.isNumberedAsMarkers() != before.isNumberedAsMarkers() && hasAnotherListHeader(a, line, delta))
        // Whether a list after this one is a list of its own depends on the numbers in this one.
        || (ref.number != before.number && hasAnotherListHeader(a, line, delta))
        // An entry without an address takes the line under it that holds one, wrapped by hand: which
        // lines continue it changes with its address.
        || (ref.url.isEmpty() == hadOwnAddress && wrapsOnto(a, line, before, delta))
        // Whether an entry under it is rather its rest depends on its number and style (goesOnFrom()),
        // and whether it is itself the rest of the entry above.
        || ((ref.number != before.number || ref.style != before.style) && wrapsOnto(a, line, before, delta))
        || goesOnFromTheEntryAbove(a, index, line, ref)
        || restOfAddressBelow(a, line, before, delta)
        // Past text under an entry, a list that starts over without addresses is the article's own
        // (the parser's startsOverAfterText()): where the list ends changes with numbers and addresses.
        || ((ref.number != before.number || ref.url.isEmpty() == hadOwnAddress)
            && (!a.strayReferenceLines.isEmpty() || textFollowsTheList(a, delta)))) {
        a.lines[line - 1] = old;
        return false;
    }
    for (qsizetype i = line; i < a.lines.size(); ++i)
        a.lines[i].span.start += delta;
    ref.continuationLines = before.continuationLines;
    if (!ref.continuationLines.isEmpty()) {
        const TextSpan last = a.trimmed(a.lines.at(ref.continuationLines.constLast() - 1).span);
        ref.span.length = last.end() - ref.span.start;
        for (int continuation : std::as_const(ref.continuationLines)) {
            const TextSpan span = a.lines.at(continuation - 1).span;
            readContinuation(
                a.view({ref.span.start, span.end() - ref.span.start}), ref.span.start, span, ref);
        }
    }
    a.references[index] = std::move(ref);

    // Everything after the edited line moves along it; nothing else of the list or the body is in it.
    const qsizetype after = position + 1;
    moveFrom(a.references, index + 1, 0, delta);
    moveFrom(a.strayReferenceLines, firstStartingAt(a.strayReferenceLines, after), 0, delta);
    moveFrom(a.paragraphs, firstStartingAt(a.paragraphs, after), 0, delta);
    moveFrom(a.citations, firstStartingAt(a.citations, after), 0, delta);
    moveFrom(a.malformedMarkers, firstStartingAt(a.malformedMarkers, after), 0, delta);
    for (Section &list : a.otherReferenceLists) // (they follow the reference list)
        shift(list.headerSpan, delta);
    if (a.commentsSection.present && a.commentsSection.headerLine > line)
        shift(a.commentsSection.headerSpan, delta);
    moveFrom(a.comments, firstStartingAt(a.comments, after), 0, delta);
    return true;
}

// Whether an edit of `removed` characters at `position`, replaced by `inserted`, stays inside the text
// of the title line (its terminator untouched, no line break typed), the title not coming from front
// matter: the candidates for updateTitle().
bool isTitleEdit(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted)
{
    return !a.hasInvalidEncoding && a.titleLine != 0 && line == a.titleLine && isBelowFrontMatter(a, line)
        && staysInsideLine(a, line, position, removed, inserted);
}

// The title line read again after an edit inside it (see isTitleEdit(); the text is already edited).
// Holds only when the line still reads as the title (no blank line, section header, code fence or
// front matter's start); then its markers are the article's first ones, and everything after the line
// just moves by the edit. False leaves the article untouched.
bool updateTitle(Article &a, int line, ArticleChange &change)
{
    const Line old = a.lines.at(line - 1);
    const std::optional<QStringView> text = lengthenEditedLine(a, line, change.delta);
    if (!text || isBlankLine(*text) || isReferencesHeader(*text) || isCommentsHeader(*text)
        || isFenceLine(*text) || opensFrontMatter(text->trimmed()) || isReleaseLine(*text)
        || (a.releaseLine > 0 && !readsAsHeadline(*text))) {
        a.lines[line - 1] = old;
        return false;
    }
    QList<Citation> citations;
    QList<MalformedMarker> malformed;
    readTitle(a, line, citations, malformed);

    const qsizetype oldStretchEnd = old.span.end() + old.terminatorLength;
    change.whole = false;
    change.titleChanged = true;
    change.lineDelta = 0;
    change.firstLine = line;
    change.oldLineEnd = change.newLineEnd = line + 1;
    change.firstParagraph = change.oldParagraphEnd = change.newParagraphEnd = 0;
    change.firstCitation = 0;
    change.oldCitationEnd = firstStartingAt(a.citations, oldStretchEnd);
    change.newCitationEnd = int(citations.size());
    change.firstMalformed = 0;
    change.oldMalformedEnd = firstStartingAt(a.malformedMarkers, oldStretchEnd);
    change.newMalformedEnd = int(malformed.size());
    change.stretchStart = old.span.start;
    change.oldStretchEnd = oldStretchEnd;
    change.removedCitations = a.citations.first(change.oldCitationEnd);
    spliceList(a.citations, 0, change.oldCitationEnd, std::move(citations));
    spliceList(a.malformedMarkers, 0, change.oldMalformedEnd, std::move(malformed));
    shiftTail(a, change, 0, change.newCitationEnd, change.newMalformedEnd, 0);
    readDateline(a); // it moved with the first paragraph
    return true;
}

// Whether an edit of `removed` characters at `position`, replaced by `inserted`, stays inside the text
// of one line of the comments section (its terminator untouched, no line break typed), a line that
// decides nothing else: no section header, code fence or placeholder ("No comments yet"), and no
// references header above it (whose first entry it could become). The candidates for updateComment().
bool isCommentEdit(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted)
{
    const Section &s = a.commentsSection;
    if (a.hasInvalidEncoding || !s.present || line <= s.headerLine || line > s.lastLine
        || !staysInsideLine(a, line, position, removed, inserted))
        return false;
    if (line == s.headerLine + 1 && isSetextUnderline(lineView(a, line)))
        return false; // it underlines the header ("--------"), no comment
    Comment comment;
    if (isStructuralLine(lineView(a, line)) || readCommentLine(a, line, comment) == CommentLine::Placeholder)
        return false;
    const int above = lineAboveEntries(a, line, s.headerLine);
    return above >= 0 && referencesHeaderOf(lineView(a, above)) == ReferencesHeader::None;
}

// The comment line read again after an edit inside it (see isCommentEdit(); the text is already
// edited). Holds only when it is still a comment or blank, nothing else; then the comment (if any)
// is replaced, and the comments after it move by the edit (the section ends the article). False
// leaves the article untouched.
bool updateComment(Article &a, int line, ArticleChange &change)
{
    const Line old = a.lines.at(line - 1);
    const std::optional<QStringView> text = lengthenEditedLine(a, line, change.delta);
    Comment comment;
    const CommentLine kind = text ? readCommentLine(a, line, comment) : CommentLine::Blank;
    if (!text || isStructuralLine(*text) || kind == CommentLine::Placeholder
        || (line == a.commentsSection.headerLine + 1 && isSetextUnderline(*text))) {
        a.lines[line - 1] = old;
        return false;
    }
    for (qsizetype i = line; i < a.lines.size(); ++i)
        a.lines[i].span.start += change.delta;
    const auto at = std::partition_point(
        a.comments.cbegin(), a.comments.cend(), [line](const Comment &c) { return c.line < line; });
    const qsizetype index = at - a.comments.cbegin();
    const bool had = at != a.comments.cend() && at->line == line;
    QList<Comment> replacement;
    if (kind == CommentLine::Comment)
        replacement.append(std::move(comment));
    spliceList(a.comments, index, had ? 1 : 0, std::move(replacement));

    // The comments section is the article's last part: only the comments below the line move.
    moveFrom(a.comments, index + (kind == CommentLine::Comment ? 1 : 0), 0, change.delta);
    const int paragraph = int(a.paragraphs.size());
    const int citation = int(a.citations.size());
    const int malformed = int(a.malformedMarkers.size());

    change.whole = false;
    change.commentsChanged = true;
    change.lineDelta = 0;
    change.firstLine = line;
    change.oldLineEnd = change.newLineEnd = line + 1;
    change.firstParagraph = change.oldParagraphEnd = change.newParagraphEnd = paragraph;
    change.firstCitation = change.oldCitationEnd = change.newCitationEnd = citation;
    change.firstMalformed = change.oldMalformedEnd = change.newMalformedEnd = malformed;
    change.stretchStart = old.span.start;
    change.oldStretchEnd = old.span.end() + old.terminatorLength;
    return true;
}

} // namespace Citewise::Update
