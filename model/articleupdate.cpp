// Incremental parsing: an edit inside the body re-reads the lines it touches and moves what follows.
// parseArticle() stays the definition; this must give exactly its result (tst_articleupdate checks it
// against a full parse after thousands of random edits).
#include "articleupdate_p.h"

#include "articleio.h"
#include "citationscanner.h"
#include "linekinds.h"
#include "linesplit.h"
#include "listsplice.h"
#include "referenceentry.h"

#include <algorithm>
#include <optional>

namespace Citewise {

namespace {

// Lines of entries without an address (and blank lines) looked over at a key for the line above them, a
// list's header; past them, parse everything.
constexpr int kMaxEntryRun = 1 << 16;
// Front matter may close as late as this line (see the parser), so edits above it parse everything.
constexpr int kFrontMatterReach = 201;

} // namespace

namespace Update {

// Whether no edit of line `line` (or below it) can change the front matter: the article has none that
// could start, or it is closed above the line.
bool isBelowFrontMatter(const Article &a, int line)
{
    if (line > kFrontMatterReach || !opensFrontMatter(lineView(a, 1).trimmed()))
        return true;
    return !a.frontMatter.isEmpty() && a.frontMatter.end() < a.lines.at(line - 1).span.start;
}

// Lines that decide the article's structure: edits that touch, make or remove one parse everything.
// (A line of '=' may underline the title.)
bool isStructuralLine(QStringView line)
{
    return isSectionHeaderCandidate(line) || isFenceLine(line) || isDoubleUnderline(line);
}

// The content line above line `line`, past blank lines, `<br>` and the entries of a list, down to line
// `floor` + 1: the line whose list `line` may join or belong to (a loose word's or a heading's holds its
// list up while one of its first entries has an address, entriesHoldAnAddress()). `floor` when there
// is none, or when an entry above `line` has an address already (then nothing done at `line` unmakes
// that list); -1 when the run above is too long to look at at every key.
int lineAboveEntries(const Article &a, int line, int floor)
{
    int above = line - 1;
    for (int run = 0; above > floor; --above) {
        if (++run > kMaxEntryRun)
            return -1;
        const QStringView l = lineView(a, above);
        if (isSeparatorLine(l))
            continue;
        // Only a line that starts as an entry does may be one, and only one with a colon or "www." may
        // hold an address: the others are not read as entries. (A line that starts so and is none ends
        // the run, and cannot head a list either: looking past it is safe.)
        if (!startsAsEntry(l))
            break;
        if (!l.contains(u':') && !l.contains(u"www.", Qt::CaseInsensitive))
            continue;
        Reference entry;
        if (!parseReferenceEntry(a, above, entry))
            break;
        if (!entry.url.isEmpty())
            return floor;
    }
    return above;
}
// Everything from the line after the edit on: `lineDelta` lines and `delta` characters further.
void shiftTail(
    Article &a, const ArticleChange &c, int paragraphFrom, int citationFrom, int malformedFrom, int fenceFrom)
{
    const int lineDelta = c.lineDelta;
    const qsizetype delta = c.delta;
    if (lineDelta == 0 && delta == 0)
        return;
    if (delta != 0 && c.newLineEnd - 1 < a.lines.size()) {
        for (auto it = a.lines.begin() + (c.newLineEnd - 1), end = a.lines.end(); it != end; ++it)
            it->span.start += delta;
    }
    moveFrom(a.paragraphs, paragraphFrom, lineDelta, delta);
    for (qsizetype i = fenceFrom; i < a.fenceLines.size(); ++i)
        a.fenceLines[i] += lineDelta;
    moveFrom(a.citations, citationFrom, lineDelta, delta);
    moveFrom(a.malformedMarkers, malformedFrom, lineDelta, delta);
    // Both sections follow the body, so all of their contents moved.
    shiftSection(a.referencesSection, lineDelta, delta);
    for (Section &list : a.otherReferenceLists)
        shiftSection(list, lineDelta, delta);
    moveFrom(a.references, 0, lineDelta, delta);
    moveFrom(a.strayReferenceLines, 0, lineDelta, delta);
    shiftSection(a.commentsSection, lineDelta, delta);
    moveFrom(a.comments, 0, lineDelta, delta);
}
// Whether lines [first, last] lie inside the entries of the reference list: after its header, up to
// its last entry.
bool isInReferenceList(const Article &a, int first, int last)
{
    const Section &s = a.referencesSection;
    return s.present && first > s.headerLine && last <= s.lastLine && first <= last;
}
// Whether a CR ends up right before a line feed at `position` of the edited text: the two are one
// terminator now, where they were two (or part of a line's text) before.
bool joinsCrLf(const Article &a, qsizetype position)
{
    return position > 0 && position < a.text.size() && a.text.at(position - 1) == u'\r'
        && a.text.at(position) == u'\n';
}

// Line `line` lengthened by an edit of `delta` characters inside it (the text is already edited): its
// text, or nothing (the line left as it was) when a CR and a line feed meet at either of its ends, or
// when the article's last line loses all its text: either changes where lines end.
std::optional<QStringView> lengthenEditedLine(Article &a, int line, qsizetype delta)
{
    Line &edited = a.lines[line - 1];
    edited.span.length += delta;
    // A last line without a terminator that loses all its text is no line at all any more (see
    // appendLines()): the line list changes.
    const bool vanished = edited.span.isEmpty() && edited.terminatorLength == 0;
    if (vanished || joinsCrLf(a, edited.span.start) || joinsCrLf(a, edited.span.end())) {
        edited.span.length -= delta;
        return std::nullopt;
    }
    return a.view(edited.span);
}

// Whether an edit of `removed` characters at `position`, replaced by `inserted`, stays inside the text of
// line `line`: its terminator untouched, no line break typed.
bool staysInsideLine(const Article &a, int line, qsizetype position, qsizetype removed, QStringView inserted)
{
    const TextSpan span = a.lines.at(line - 1).span;
    return position >= span.start && position + removed <= span.end() && !inserted.contains(u'\n')
        && !inserted.contains(u'\r');
}

} // namespace Update

using namespace Update;

namespace {

// Whether lines [first, last] of the body can be read again on their own: they lie after the title and
// before both sections, none of them is structural, and the content line above them is no section
// header (whose first entry they could become). The dateline, which only the first paragraph can hold,
// is read again after them when they reach that far.
bool isLocalBodyStretch(const Article &a, int first, int last)
{
    const int n = int(a.lines.size());
    if (a.hasInvalidEncoding || first < 1 || last > n || first > last)
        return false;
    if (a.titleLine == 0 || first <= a.titleLine)
        return false;
    if (!isBelowFrontMatter(a, first))
        return false;
    int bodyEnd = n + 1;
    if (a.referencesSection.present)
        bodyEnd = std::min(bodyEnd, a.referencesSection.headerLine);
    if (a.commentsSection.present)
        bodyEnd = std::min(bodyEnd, a.commentsSection.headerLine);
    if (last >= bodyEnd)
        return false;
    if (a.paragraphs.isEmpty() || a.paragraphs.constFirst().afterReferences)
        return false;
    for (int i = first; i <= last; ++i) {
        if (isStructuralLine(lineView(a, i)))
            return false;
    }
    const int above = lineAboveEntries(a, first, a.titleLine);
    return above >= 0 && (above <= a.titleLine || !isSectionHeaderCandidate(lineView(a, above)));
}
// Whether `after` (parsed again) has the body of `before` moved by the change: the same paragraphs,
// markers and fences, those after the edited lines `lineDelta` lines and `delta` characters further.
bool sameBodyMoved(const Article &before, const Article &after, const ArticleChange &c, int lastEditedLine)
{
    if (before.paragraphs.size() != after.paragraphs.size()
        || before.citations.size() != after.citations.size()
        || before.malformedMarkers.size() != after.malformedMarkers.size()
        || before.fenceLines.size() != after.fenceLines.size() || before.titleLine != after.titleLine
        || before.referencesSection.headerLine != after.referencesSection.headerLine
        || before.commentsSection.present != after.commentsSection.present
        || (before.commentsSection.present
            && before.commentsSection.headerLine
                    + (before.commentsSection.headerLine > lastEditedLine ? c.lineDelta : 0)
                != after.commentsSection.headerLine))
        return false;
    const auto lineMoved = [&](int line) { return line > lastEditedLine ? line + c.lineDelta : line; };
    const auto startMoved
        = [&](qsizetype start) { return start >= c.position + c.removed ? start + c.delta : start; };
    for (qsizetype i = 0; i < before.paragraphs.size(); ++i) {
        const Paragraph &p = before.paragraphs.at(i);
        const Paragraph &q = after.paragraphs.at(i);
        if (lineMoved(p.line) != q.line || startMoved(p.span.start) != q.span.start
            || p.span.length != q.span.length || p.afterReferences != q.afterReferences)
            return false;
    }
    for (qsizetype i = 0; i < before.citations.size(); ++i) {
        const Citation &x = before.citations.at(i);
        const Citation &y = after.citations.at(i);
        if (startMoved(x.span.start) != y.span.start || x.span.length != y.span.length
            || x.numbers.size() != y.numbers.size() || x.linked != y.linked)
            return false;
        for (qsizetype k = 0; k < x.numbers.size(); ++k) {
            if (x.numbers.at(k).value != y.numbers.at(k).value)
                return false;
        }
    }
    for (qsizetype i = 0; i < before.malformedMarkers.size(); ++i) {
        if (startMoved(before.malformedMarkers.at(i).span.start) != after.malformedMarkers.at(i).span.start)
            return false;
    }
    for (qsizetype i = 0; i < before.fenceLines.size(); ++i) {
        if (lineMoved(before.fenceLines.at(i)) != after.fenceLines.at(i))
            return false;
    }
    return true;
}
ArticleChange parseWhole(Article &a, ArticleChange change)
{
    const bool hasBom = a.hasBom;
    const TextEncoding encoding = a.encoding;
    const bool hadInvalidEncoding = a.hasInvalidEncoding;
    a = parseArticle(std::move(a.text).take());
    a.hasBom = hasBom;
    a.encoding = encoding;
    if (hadInvalidEncoding)
        markInvalidEncoding(a);
    change.whole = true;
    return change;
}

// Whether the article's reference list is opened by a header word (see referencesHeaderOf()), which no
// heading of the writer's own can take over.
bool hasNamedList(const Article &a)
{
    const Section &s = a.referencesSection;
    return s.present && referencesHeaderOf(a.view(s.headerSpan)) != ReferencesHeader::None;
}

// Whether the reference list a heading with no header word opens (see unnamedListHeading()) is the one a
// full parse finds.
bool unnamedListHolds(const Article &a)
{
    const Section &s = a.referencesSection;
    if (!s.present && a.citations.isEmpty())
        return true; // (nothing cited: no heading opens a list)
    const int last = a.commentsSection.present ? a.commentsSection.headerLine - 1 : int(a.lines.size());
    return unnamedListHeading(a, last) == (s.present ? s.headerLine : 0);
}

// Whether lines [first, last], or the content line above them and the entries just above them (whose
// list they may join), hold a line that may head a list (unnamedListHeadingOf()).
bool headingNear(const Article &a, int first, int last)
{
    const auto heading = [&a](int line) {
        const QStringView l = lineView(a, line);
        return l.size() <= kMaxHeaderLineLength && unnamedListHeadingOf(l) != UnnamedListHeading::None;
    };
    last = std::min(last, int(a.lines.size()));
    for (int i = std::max(first, 1); i <= last; ++i) {
        if (heading(i))
            return true;
    }
    const int above = lineAboveEntries(a, first, 0);
    if (above < 0)
        return true; // (too far to tell cheaply)
    // A heading, or one underlined ("Links:" over "------").
    return above >= 1
        && (heading(above) || (above >= 2 && isSetextUnderline(lineView(a, above)) && heading(above - 1)));
}

int firstMarkerLine(const Article &a)
{
    return a.citations.isEmpty() ? 0 : a.citations.constFirst().line;
}

// updateArticle(), but for the reference list a heading with no header word opens.
ArticleChange updateInPlace(Article &a, qsizetype position, qsizetype removed, QStringView inserted)
{
    ArticleChange change;
    change.position = position;
    change.removed = removed;
    change.added = inserted.size();
    change.delta = change.added - removed;
    Q_ASSERT(position >= 0 && removed >= 0 && position + removed <= a.text.size());

    const int first = a.lines.isEmpty() ? 0 : a.lineAt(position);
    const int last = a.lines.isEmpty() ? 0 : a.lineAt(position + removed);
    const bool local = isLocalBodyStretch(a, first, last);
    const int entry
        = local || first != last ? -1 : editedReferenceEntry(a, first, position, removed, inserted);
    const bool titleEdit = !local && isTitleEdit(a, first, position, removed, inserted);
    const bool commentEdit = !local && !titleEdit && isCommentEdit(a, first, position, removed, inserted);
    a.text.replace(position, removed, inserted);
    if (titleEdit && updateTitle(a, first, change))
        return change; // typing in the title: the title alone is read again
    if (commentEdit && updateComment(a, first, change))
        return change; // typing in a comment: that line alone is read again
    if (entry >= 0 && updateReferenceEntry(a, first, entry, position, change.delta)) {
        // Typing in an entry: only that entry is read again. What depends on the list (which markers
        // dangle, duplicates, ...) is for the analysis and the views to find out, as after a full parse.
        change.bodyUnchanged = true;
        change.lineDelta = 0;
        return change;
    }
    if (!local && isInReferenceList(a, first, last)) {
        // Any other edit inside the list (a line break, an entry that stops being one): everything is
        // read again, and the views learn whether the body stayed as it was.
        Article before;
        before.paragraphs = std::move(a.paragraphs);
        before.citations = std::move(a.citations);
        before.malformedMarkers = std::move(a.malformedMarkers);
        before.fenceLines = std::move(a.fenceLines);
        before.titleLine = a.titleLine;
        before.referencesSection = a.referencesSection;
        before.commentsSection = a.commentsSection;
        const qsizetype lineCount = a.lines.size();
        change = parseWhole(a, change);
        change.lineDelta = int(a.lines.size() - lineCount);
        change.bodyUnchanged = sameBodyMoved(before, a, change, last);
        return change;
    }
    if (!local)
        return parseWhole(a, change);

    // The touched lines as they are now: they end where the old ones ended (after a line feed, or at the
    // end of the text), moved by the edit.
    const Line &lastOld = a.lines.at(last - 1);
    const qsizetype stretchStart = a.lines.at(first - 1).span.start;
    const qsizetype oldStretchEnd = lastOld.span.end() + lastOld.terminatorLength;
    const qsizetype stretchEnd = oldStretchEnd + change.delta;
    // The edit left the text's gap after the touched lines: they read as one piece.
    Q_ASSERT(a.text.isContiguous(0, stretchEnd));
    const QStringView text = a.text.view(0, stretchEnd);
    if (joinsCrLf(a, stretchStart) || joinsCrLf(a, stretchEnd))
        return parseWhole(a, change);
    QList<Line> lines;
    appendLines(text, stretchStart, stretchEnd, lines);
    for (const Line &line : std::as_const(lines)) {
        if (isStructuralLine(text.mid(line.span.start, line.span.length)))
            return parseWhole(a, change);
    }

    // Paragraphs and markers of the new lines, read as parseBody() reads them.
    const int fenceFrom
        = int(std::upper_bound(a.fenceLines.cbegin(), a.fenceLines.cend(), last) - a.fenceLines.cbegin());
    const bool inFence = fenceFrom % 2 == 1; // no fence line among the touched ones
    QList<Paragraph> paragraphs;
    QList<Citation> citations;
    QList<MalformedMarker> malformed;
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const int lineNumber = first + int(k);
        const TextSpan lineSpan = lines.at(k).span;
        if (isBlankLine(text.mid(lineSpan.start, lineSpan.length)))
            continue;
        const TextSpan span = trimmedSpan(text, lineSpan);
        paragraphs.append({lineNumber, span, false});
        if (!inFence) // the whole line, so that columns count from its start
            scanMarkers(
                text.mid(lineSpan.start, lineSpan.length), lineSpan.start, lineNumber, citations, malformed);
    }

    change.whole = false;
    change.lineDelta = int(lines.size()) - (last - first + 1);
    change.firstLine = first;
    change.oldLineEnd = last + 1;
    change.newLineEnd = first + int(lines.size());
    const auto byLine = [](const Paragraph &p, int line) { return p.line < line; };
    change.firstParagraph = int(
        std::lower_bound(a.paragraphs.cbegin(), a.paragraphs.cend(), first, byLine) - a.paragraphs.cbegin());
    change.oldParagraphEnd
        = int(std::lower_bound(a.paragraphs.cbegin(), a.paragraphs.cend(), last + 1, byLine)
            - a.paragraphs.cbegin());
    change.newParagraphEnd = change.firstParagraph + int(paragraphs.size());
    change.firstCitation = firstStartingAt(a.citations, stretchStart);
    change.oldCitationEnd = firstStartingAt(a.citations, oldStretchEnd);
    change.newCitationEnd = change.firstCitation + int(citations.size());
    change.firstMalformed = firstStartingAt(a.malformedMarkers, stretchStart);
    change.oldMalformedEnd = firstStartingAt(a.malformedMarkers, oldStretchEnd);
    change.newMalformedEnd = change.firstMalformed + int(malformed.size());
    change.stretchStart = stretchStart;
    change.oldStretchEnd = oldStretchEnd;
    change.removedCitations
        = a.citations.mid(change.firstCitation, change.oldCitationEnd - change.firstCitation);

    spliceList(a.lines, first - 1, last - first + 1, std::move(lines));
    spliceList(a.paragraphs, change.firstParagraph, change.oldParagraphEnd - change.firstParagraph,
        std::move(paragraphs));
    spliceList(a.citations, change.firstCitation, change.oldCitationEnd - change.firstCitation,
        std::move(citations));
    spliceList(a.malformedMarkers, change.firstMalformed, change.oldMalformedEnd - change.firstMalformed,
        std::move(malformed));
    shiftTail(a, change, change.newParagraphEnd, change.newCitationEnd, change.newMalformedEnd, fenceFrom);
    // The first paragraph is among the new ones or after them: its dateline may have changed or moved.
    if (change.firstParagraph == 0) {
        const bool hadDateline = a.hasDateline;
        const Dateline before = a.dateline;
        readDateline(a);
        // A paragraph that was not the first now is, and reads differently as the first: it is not
        // among the changed ones, so nothing would show its new dateline.
        if (change.newParagraphEnd == 0
            && (hadDateline != a.hasDateline || before.place != a.dateline.place
                || before.date != a.dateline.date || before.span.length != a.dateline.span.length))
            return parseWhole(a, change);
    }
    return change;
}

} // namespace

ArticleChange updateArticle(Article &a, qsizetype position, qsizetype removed, QStringView inserted)
{
    if (hasNamedList(a)) // (only an edit that parses everything can take its header word away)
        return updateInPlace(a, position, removed, inserted);
    // Without a header word, the list is opened by a heading below the first marker that an entry with an
    // address follows (unnamedListHeading()): the edit may have made or unmade such a heading or entry,
    // or moved the first marker. Which heading opens it is only looked for again then.
    const int first = a.lines.isEmpty() ? 0 : a.lineAt(position);
    const int last = a.lines.isEmpty() ? 0 : a.lineAt(position + removed);
    const int markerLine = firstMarkerLine(a);
    const qsizetype lineCount = a.lines.size();
    ArticleChange change = updateInPlace(a, position, removed, inserted);
    if (hasNamedList(a))
        return change; // (parsed whole)
    const int lineDelta = int(a.lines.size() - lineCount);
    const int newMarkerLine = firstMarkerLine(a);
    const bool sameFirstMarker = markerLine < first ? newMarkerLine == markerLine
        : markerLine > last                         ? newMarkerLine == markerLine + lineDelta
                            : newMarkerLine >= first && newMarkerLine <= last + lineDelta;
    if ((markerLine == 0 && newMarkerLine == 0)
        || (sameFirstMarker && !headingNear(a, first, last + lineDelta)) || unnamedListHolds(a))
        return change;
    ArticleChange whole;
    whole.position = change.position;
    whole.removed = change.removed;
    whole.added = change.added;
    whole.delta = change.delta;
    return parseWhole(a, whole);
}

} // namespace Citewise
