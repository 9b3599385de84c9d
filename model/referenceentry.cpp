// Reading one line of a reference list as an entry (see docs/FORMAT.md, "Entries"): its number, the
// address among its words, and the label around it.
#include "referenceentry_p.h"

#include "articleio.h"
#include "entryaddress.h"
#include "entrylabel.h"
#include "linekinds.h"
#include "plainentry_p.h"
#include "textsearch.h"

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// `span` without the HTML line break it may end with ("[1] https://…<br>", as lists written for HTML end
// their lines), or the tag that ends a list item: the tag is neither address nor label.
TextSpan withoutLineBreakAtEnd(QStringView text, TextSpan span)
{
    // (Nor is the end of an HTML list's item, "<li>[1] https://…</li>".)
    if (span.length >= 5 && text.at(span.end() - 1) == u'>'
        && equalsNoCase(QStringView(text).sliced(span.end() - 5, 5), u"</li>"))
        span = trimmedSpan(text, {span.start, span.length - 5});
    const qsizetype tag = beforeLineBreakTag(text, span.start, span.end());
    return tag == span.end() ? span : trimmedSpan(text, {span.start, tag - span.start});
}

// The emphasis an entry's number may stand in, as assistants write lists ("**[1]**", "__1.__"), at the
// start of `text` when a number follows it; empty when there is none.
QStringView numberEmphasis(QStringView text)
{
    if (text.size() < 3 || (text.at(0) != u'*' && text.at(0) != u'_') || text.at(1) != text.at(0))
        return {};
    const QChar next = text.at(2);
    return next == u'[' || next == u'(' || next.isDigit() ? text.first(2) : QStringView();
}

// Whether `c` is one of the invisible marks that set the direction of right-to-left text (LRM, RLM, ALM,
// the embeddings, overrides and isolates), which Arabic and Hebrew text puts before a line that starts
// with a bracket or a digit so that it shows in the right order.
Q_ALWAYS_INLINE bool isDirectionMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E)
        || (u >= 0x2066 && u <= 0x2069);
}

// Where an entry's number would start in `line`: past leading spaces and direction marks, a bullet ("- ",
// "* ", "+ ", "• ") and emphasis ("**[1]**").
Q_ALWAYS_INLINE qsizetype numberStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size()
        && (line.at(i).isSpace() || (line.at(i).unicode() >= 0x61C && isDirectionMark(line.at(i)))))
        ++i;
    const QStringView rest = withoutEntryBullet(line.sliced(i));
    return line.size() - rest.size() + numberEmphasis(rest).size();
}

bool holdsLetterOrDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// The marks of emphasis or code ("*", "_", "~", "`") that stand right before `at` in `text`, back to `from`.
qsizetype emphasisBefore(QStringView text, qsizetype from, qsizetype at)
{
    qsizetype i = at;
    while (i > from && QStringView(u"*_~`").contains(text.at(i - 1)))
        --i;
    return at - i;
}

// `at` past up to `count` such marks, those that close what emphasisBefore() counted.
qsizetype pastEmphasis(QStringView text, qsizetype at, qsizetype end, qsizetype count)
{
    while (count-- > 0 && at < end && QStringView(u"*_~`").contains(text.at(at)))
        ++at;
    return at;
}

// Where the '[' stands that opens the text of a Markdown link whose "](" is at `close` in `text`,
// looking back to `from`; -1 when none does.
qsizetype linkTextStart(QStringView text, qsizetype from, qsizetype close)
{
    int depth = 0;
    for (qsizetype i = close; i >= from; --i) {
        if (text.at(i) == u']')
            ++depth;
        else if (text.at(i) == u'[' && --depth == 0)
            return i;
    }
    return -1;
}

bool readEntryOf(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref,
    bool lookForJoined, bool plainFirst);

// Numbers from here on, in brackets in a label, may be years ("[2019] https://…", a mirror's date).
constexpr qint64 kLeastBracketedYear = 1000;

// Whether the last word of `words` (which end in no white space) looks like an address.
bool endsWithAddress(QStringView words)
{
    qsizetype start = words.size();
    while (start > 0 && !words.at(start - 1).isSpace())
        --start;
    return looksLikeUrl(words.sliced(start));
}

// Where a second entry starts in `words`, the rest of the line of an entry numbered `number` past its
// number: the next number, written as markers are after a space ("[1] https://… [2] https://…", as a
// list copied from a page runs together) or in any entry style after a line break tag ("…<br>2.
// https://…"), or another number below kLeastBracketedYear written as markers are right after the
// entry's address, with an address of its own; -1 when none does. Only the first such number is read
// as an entry, so that a line holding many costs one more reading of it.
qsizetype joinedEntryStart(QStringView words, qint64 number)
{
    if (number < 1 || number >= std::numeric_limits<int>::max())
        return -1;
    // Another entry starts at a '[' or after a line break tag ("<br>"): most entries hold neither, and
    // are passed over in one look at each character.
    if (indexOfEither(words, u'[', u'<', 1) < 0)
        return -1;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const char16_t c = words.at(i).unicode();
        if (c != u'[' && c != u'(' && (c < u'0' || c > u'9'))
            continue;
        qsizetype before = i;
        while (before > 0 && words.at(before - 1).isSpace())
            --before;
        const qsizetype tag
            = before > 0 && words.at(before - 1) == u'>' ? words.lastIndexOf(u'<', before - 1) : -1;
        const bool afterTag = tag >= 0 && isLineBreakTag(words.sliced(tag, before - tag));
        if (!afterTag && (before == i || c != u'['))
            continue;
        qsizetype pos = i + (c == u'[' || c == u'(' ? 1 : 0);
        qint64 value = 0;
        if (!readDigits(words, pos, value))
            continue;
        // Right after the entry's own address, any other number written as markers are, with an address
        // of its own, starts another entry ("[1] https://… [3] https://…", an entry lost in between);
        // short of a year's digits. After words it is the label's ("see [3] https://…").
        if (value != number + 1
            && (c != u'[' || value == number || value >= kLeastBracketedYear
                || !endsWithAddress(words.first(before))))
            continue;
        const QStringView rest = words.sliced(i);
        const QList<Line> line {Line {{0, rest.size()}, 0}};
        Reference entry;
        return readEntryOf(rest, line, 1, entry, false, true) && !entry.url.isEmpty() ? i : -1;
    }
    return -1;
}

} // namespace

std::optional<QChar> wideAddressCloser(QChar opening)
{
    switch (opening.unicode()) {
    case u'\uff08': // （
        return QChar(u'\uff09');
    case u'\u201c': // “
        return QChar(u'\u201d');
    case u'\u2018': // ‘
        return QChar(u'\u2019');
    case u'\u300c': // 「
        return QChar(u'\u300d');
    case u'\u300e': // 『
        return QChar(u'\u300f');
    case u'\u00ab': // « (French, Italian, Russian…)
        return QChar(u'\u00bb');
    case u'\u201e': // „ (German; Polish closes it with ”, which ends an address anyway)
        return QChar(u'\u201c');
    case u'\u2039': // ‹
        return QChar(u'\u203a');
    default:
        return std::nullopt;
    }
}

bool startsAsEntry(QStringView line)
{
    const qsizetype i = numberStart(line);
    return i < line.size() && (line.at(i) == u'[' || line.at(i) == u'(' || line.at(i).isDigit());
}

bool readsAsYearUnder(qint64 number, qint64 numberAbove)
{
    return number >= 1800 && number <= 2099 && numberAbove >= 0 && numberAbove < 1000
        && number != numberAbove + 1;
}

bool goesOnFrom(const Reference &above, const Reference &entry)
{
    const auto bracketed = [](Reference::Style style) {
        return style == Reference::Style::Bracket || style == Reference::Style::BracketColon;
    };
    const bool otherStyle = bracketed(above.style) != bracketed(entry.style);
    // (A year written as the list writes its numbers, under an entry with its address, is an entry: a
    // list may number its sources by year, or skip to large numbers.)
    const bool year = readsAsYearUnder(entry.number, above.number);
    return (above.url.isEmpty() || year) && (otherStyle || (year && above.url.isEmpty()));
}

bool startsWithEntryNumber(QStringView line)
{
    qsizetype i = numberStart(line);
    if (i < line.size() && (line.at(i) == u'[' || line.at(i) == u'('))
        ++i;
    return i < line.size() && line.at(i).isDigit();
}

bool looksLikeUrl(QStringView token)
{
    if (closerOfOpening(token))
        token = token.sliced(1);
    // Nearly every entry's address starts so: no search for "://" needed.
    if (startsWithAsciiNoCase(token, u"https://") || startsWithAsciiNoCase(token, u"http://"))
        return true;
    const qsizetype sep = indexOfShort(token, u"://");
    if (sep > 0) {
        for (qsizetype i = 0; i < sep; ++i) {
            const QChar c = token.at(i);
            if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
                return false;
        }
        return token.at(0).isLetter();
    }
    // A DOI or an arXiv identifier names its address (withAssumedScheme()): "doi:10.1000/x", "arXiv:2006.1",
    // and so does a DOI's resolver written without its scheme, "doi.org/10.1000/x".
    if ((startsWithNoCase(token, u"doi:10.") && token.size() > 7)
        || (startsWithNoCase(token, u"doi.org/10.") && token.size() > 11)
        || (startsWithNoCase(token, u"dx.doi.org/10.") && token.size() > 14)
        || (startsWithNoCase(token, u"arxiv:") && token.size() > 6 && token.at(6).isLetterOrNumber()
            && std::any_of(token.cbegin() + 6, token.cend(), [](QChar c) { return c.isDigit(); })))
        return true;
    return startsWithNoCase(token, u"www.") || startsWithNoCase(token, u"mailto:")
        || startsWithNoCase(token, u"javascript:") || startsWithNoCase(token, u"file:")
        || startsWithNoCase(token, u"data:");
}

bool readEntry(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref)
{
    return readEntryOf(text, lines, lineNumber, ref, true, true);
}

bool readEntryInFull(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref)
{
    return readEntryOf(text, lines, lineNumber, ref, true, false);
}

namespace {

// The label the words [start, end) of an entry make before its address: without the separators
// around them, the words that only lead up to an address ("Retrieved from"), an access date at their end
// and a file's form at their start, the brackets they open or close kept.
TextSpan labelBeforeAddress(QStringView text, qsizetype start, qsizetype end)
{
    return keepOpeningBrackets(text,
        withoutAccessDateOrTag(text,
            withoutLeadIn(text,
                keepClosingBrackets(text,
                    keepTagBrackets(text, trimSeparators(text, {start, end - start}), start, end), end))),
        start);
}

// The label a link's text [from, to) makes: without the separators around it, the brackets and tags it
// ends or starts with kept ("[Study (2021)](…)", "<a …>(Reuters) Story</a>").
TextSpan linkTextLabel(QStringView text, qsizetype from, qsizetype to)
{
    return keepOpeningBrackets(text,
        keepClosingBrackets(
            text, keepTagBrackets(text, trimSeparators(text, {from, to - from}), from, to), to),
        from);
}

// The entry's address and label when the address is an HTML link's, <a href="…">text</a>: the label is
// the words before the link, as before any address ("Marfella R, et al. NEJM 2024. <a …>link</a>"),
// else the link's text, between the tag's end and "</a>".
void readHtmlLink(QStringView text, TextSpan rest, TextSpan url, Reference &ref)
{
    ref.urlSpan = url;
    ref.url = QStringView(text).mid(url.start, url.length).toString();
    if (const qsizetype tag = QStringView(text).mid(rest.start, url.start - rest.start).lastIndexOf(u'<');
        tag > 0) {
        const TextSpan before = labelBeforeAddress(text, rest.start, rest.start + tag);
        if (holdsLetterOrDigit(QStringView(text).mid(before.start, before.length))) {
            ref.labelSpan = before;
            ref.label = QStringView(text).mid(before.start, before.length).toString();
            return;
        }
    }
    const QStringView afterUrl = QStringView(text).mid(url.end(), rest.end() - url.end());
    const qsizetype tagEnd = afterUrl.indexOf(u'>');
    const qsizetype close = tagEnd < 0 ? -1 : afterUrl.indexOf(u"</a", tagEnd, Qt::CaseInsensitive);
    TextSpan label {url.end(), 0};
    if (const qsizetype from = url.end() + tagEnd + 1, to = url.end() + close; close > tagEnd + 1)
        label = linkTextLabel(text, from, to);
    ref.labelSpan = label;
    ref.label = QStringView(text).mid(label.start, label.length).toString();
}

// Where the words before the address `url` end and those after it start, among the words `rest` of an
// entry: what the address stands in belongs to neither side's label.
struct AroundAddress
{
    qsizetype beforeEnd = 0;
    qsizetype afterStart = 0;
};
AroundAddress wordsAroundAddress(QStringView text, TextSpan rest, TextSpan url)
{
    const qsizetype restEnd = rest.end();
    // The bracket or quote it stands in.
    qsizetype beforeEnd = url.start;
    qsizetype afterStart = url.end();
    if (url.start > rest.start) {
        if (const std::optional<QChar> closer = closerOfOpening(QStringView(text).mid(url.start - 1, 2))) {
            --beforeEnd;
            if (afterStart < restEnd && text.at(afterStart) == *closer)
                ++afterStart;
        }
    }
    // The emphasis or code it stands in ("**https://…**", "_https://…_", "`https://…`").
    if (const qsizetype marks = emphasisBefore(text, rest.start, beforeEnd); marks > 0) {
        beforeEnd -= marks;
        afterStart = pastEmphasis(text, afterStart, restEnd, marks);
    }
    // An HTML tag glued to it ("…/4<br/> (accessed 2024)", "…/2</a>").
    if (afterStart < restEnd && text.at(afterStart) == u'<') {
        if (const qsizetype tagEnd = QStringView(text).mid(afterStart, restEnd - afterStart).indexOf(u'>');
            tagEnd > 0)
            afterStart += tagEnd + 1;
    } else {
        afterStart = pastLineBreakTag(text, afterStart, restEnd);
    }
    return {beforeLineBreakTag(text, rest.start, beforeEnd), afterStart};
}

// The entry's address, found among its words `rest`, and the label around it: the words before it, else
// the words after it, with what only leads up to an address, says when it was read or in what form, or
// encloses it, taken off (see docs/FORMAT.md, "Entries").
void readAddressAndLabel(QStringView text, TextSpan rest, const EntryAddress &address, Reference &ref)
{
    const TextSpan url = address.url;
    ref.urlSpan = url;
    ref.url = QStringView(text).mid(url.start, url.length).toString();
    if (address.spacedIdentifier)
        ref.url.remove(u' ');
    const qsizetype restEnd = rest.end();
    const auto [beforeEnd, afterStart] = wordsAroundAddress(text, rest, url);
    TextSpan after = trimSeparators(text, {afterStart, restEnd - afterStart});
    // Skip the closing parenthesis of a Markdown link.
    if (after.length > 0 && text.at(after.start) == u')')
        after = trimSeparators(text, {after.start + 1, after.length - 1});
    after = keepTagBrackets(text, after, afterStart, restEnd);
    const auto holdsWords
        = [&text](TextSpan s) { return holdsLetterOrDigit(QStringView(text).mid(s.start, s.length)); };
    // Words before the address name the source, as citation styles put them ("A title -
    // https://…", "Author (2020). Title. https://… (accessed …)"); otherwise the words after it.
    // A Markdown link's text names the source when no words stand before the link ("**[Title](…)**"
    // as assistants write lists); words before it do ("Title — [example.org](…)").
    qsizetype wordsEnd = beforeEnd;
    TextSpan linkText;
    qsizetype linkMarks = 0; // the emphasis the link stands in, "**[Title](…)**"
    if (const qsizetype open
        = address.linkClose > rest.start ? linkTextStart(text, rest.start, address.linkClose) : -1;
        open >= 0) {
        linkText = linkTextLabel(text, open + 1, address.linkClose);
        linkMarks = emphasisBefore(text, rest.start, open);
        wordsEnd = open - linkMarks;
    }
    TextSpan label {beforeEnd, 0};
    if (wordsEnd > rest.start) // (almost every entry starts with its address)
        label = withoutBacklinks(text, labelBeforeAddress(text, rest.start, wordsEnd));
    if (linkText.length > 0 && !holdsLetterOrDigit(QStringView(text).mid(label.start, label.length)))
        label = linkText;
    if (holdsWords(label)) {
        // The words after the address are then a note ("(accessed 2024)", "— The site"); a Markdown
        // link's title ("[text](address "title")") is not one.
        qsizetype noteStart = afterStart;
        if (address.markdownLink) {
            const qsizetype close = QStringView(text).mid(url.end(), restEnd - url.end()).indexOf(u')');
            noteStart = close < 0 ? restEnd : pastEmphasis(text, url.end() + close + 1, restEnd, linkMarks);
        }
        if (const TextSpan note = trimNote(text, {noteStart, restEnd - noteStart}); note.length > 0)
            ref.noteSpan = note;
    } else if (const QStringView words = QStringView(text).mid(afterStart, restEnd - afterStart).trimmed();
               isFormatTag(words)
               || isAccessNote(trimmedView(QStringView(text).mid(after.start, after.length)))) {
        // "https://… (PDF)", "https://… (accessed 2024-05-01)": a note, and no name.
        label = {afterStart, 0};
        if (const TextSpan note = trimNote(text, {afterStart, restEnd - afterStart}); note.length > 0)
            ref.noteSpan = note;
    } else {
        // "https://… Title, accessed 3 May 2025": the date is a note, shown after the address as
        // one after a label before it is.
        const TextSpan wording = withoutQuotes(text, keepClosingBrackets(text, after, restEnd));
        TextSpan named = withoutAccessDateOrTag(text, wording);
        if (named.length > 0 && named.end() < wording.end()) {
            ref.noteSpan = trimNote(text, {named.end(), wording.end() - named.end()});
            named = withoutQuotes(text, named); // ("\"Title\", accessed …")
        }
        label = keepOpeningBrackets(text, named, afterStart);
    }
    label = withoutBacklinks(text, label);
    if (!holdsWords(label))
        label = {label.start, 0}; // a full stop left after the address is no label
    ref.labelSpan = label;
    ref.label = QStringView(text).mid(label.start, label.length).toString();
}

// The number line `l` (at `base` in the text) starts with as an entry's, "[n]", "[n]:", "n.", "n)",
// "(n)" or "n" before an address, maybe in emphasis ("**[1]**"): sets `number` and ref's number span
// and style, and returns where the words after it start; -1 when `l` does not start as an entry.
qsizetype readEntryNumber(QStringView l, qsizetype base, Reference &ref, qint64 &number)
{
    const qsizetype numberAt = numberStart(l);
    qsizetype pos = numberAt;
    if (pos < l.size() && l.at(pos) == u'[') {
        ++pos;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size() || l.at(pos) != u']')
            return -1;
        ref.numberSpan = {base + digits, pos - digits};
        ++pos;
        ref.style = Reference::Style::Bracket;
        if (pos < l.size() && l.at(pos) == u':') {
            ++pos;
            ref.style = Reference::Style::BracketColon;
        } else if (pos < l.size() && l.at(pos) == u'(') {
            return -1; // a Markdown link "[1](…)"
        } else if (pos + 1 < l.size() && l.at(pos) == u'.' && l.at(pos + 1) == u' ') {
            ++pos; // "[1]. https://…"
        }
    } else {
        const bool enclosed = pos < l.size() && l.at(pos) == u'(';
        pos += enclosed;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size())
            return -1;
        const QChar after = l.at(pos);
        if (!enclosed && (after == u' ' || after == u'\t')) {
            // "1 https://…": the number alone, then the address, as a table of sources or a list of
            // footnotes copied as text writes it. Only an address may follow: "2 million …" is no entry.
            qsizetype address = pos;
            while (address < l.size() && (l.at(address) == u' ' || l.at(address) == u'\t'))
                ++address;
            if (address == l.size() || !looksLikeUrl(l.sliced(address, endOfToken(l, address) - address)))
                return -1;
            ref.numberSpan = {base + digits, pos - digits};
            ref.style = Reference::Style::Bare;
            return pos;
        }
        if (enclosed ? after != u')' : after != u'.' && after != u')')
            return -1;
        ref.numberSpan = {base + digits, pos - digits};
        ++pos;
        ref.style = enclosed ? Reference::Style::Enclosed
            : after == u'.'  ? Reference::Style::Dotted
                             : Reference::Style::Parenthesized;
    }
    // Emphasis the number stands in closes after it ("**[1]**", "**1.**").
    if (const QStringView mark = numberAt >= 2 ? numberEmphasis(l.sliced(numberAt - 2)) : QStringView();
        !mark.isEmpty()) {
        if (!l.sliced(pos).startsWith(mark))
            return -1;
        pos += mark.size();
    }
    // A space follows the number, or an address right away ("[1]https://…"): "1.5 million" is no entry.
    if (pos < l.size() && !l.at(pos).isSpace() && !looksLikeUrl(l.sliced(pos, endOfToken(l, pos) - pos)))
        return -1;
    return pos;
}

// "[n] URL label", "[n]: URL", "n. URL", "n) URL", "(n) URL", "n URL" on line `lineNumber` of `text`. The URL
// may stand anywhere after the number. With `lookForJoined`, up to another entry the line holds (see
// joinedEntryStart()). With `plainFirst`, words written plainly are read on a short path
// (readPlainEntry()).
bool readEntryOf(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref,
    bool lookForJoined, bool plainFirst)
{
    const TextSpan lineSpan = lines.at(lineNumber - 1).span;
    const QStringView l = QStringView(text).mid(lineSpan.start, lineSpan.length);
    const qsizetype base = lineSpan.start;
    qint64 number = 0;
    const qsizetype pos = readEntryNumber(l, base, ref, number);
    if (pos < 0)
        return false;
    ref.number = number;
    ref.line = lineNumber;
    ref.span = trimmedSpan(text, lineSpan);

    // Find the URL: a Markdown link target "(…)" or the first token that looks like an address.
    TextSpan rest = trimmedSpan(text, {base + pos, l.size() - pos});
    ref.joinsAnother = false;
    if (plainFirst && readPlainEntry(text, rest, ref))
        return true;
    // Another entry on the line is no part of this one: its address would be this one's, or its number
    // and address this one's label.
    if (const qsizetype joined
        = lookForJoined ? joinedEntryStart(text.mid(rest.start, rest.length), number) : -1;
        joined > 0) {
        rest = trimmedSpan(text, {rest.start, joined});
        ref.joinsAnother = true;
    }
    rest = withoutLineBreakAtEnd(text, rest);
    const EntryAddress address = findEntryAddress(text, rest);
    if (address.url.length > 0 && address.anchor) {
        readHtmlLink(text, rest, address.url, ref);
    } else if (address.url.length > 0) {
        readAddressAndLabel(text, rest, address, ref);
    } else {
        // "Title. Retrieved from" with the address on the next line: the words leading up to it name
        // nothing.
        ref.labelSpan = withoutBacklinks(text, withoutLeadIn(text, rest));
        ref.label = QStringView(text).mid(ref.labelSpan.start, ref.labelSpan.length).toString();
    }
    return true;
}

} // namespace

TextSpan joinedEntrySpan(const Article &article, const Reference &ref)
{
    if (ref.line < 1 || ref.line > article.lines.size())
        return {};
    // Read in the line alone (a line never spans the text's gap): no copy of the text up to it.
    const TextSpan line = article.lines.at(ref.line - 1).span;
    const QStringView text = article.view(line);
    const qsizetype from = ref.numberSpan.end() - line.start;
    if (ref.numberSpan.start < line.start || from >= text.size())
        return {};
    const TextSpan rest = withoutLineBreakAtEnd(text, trimmedSpan(text, {from, text.size() - from}));
    const qsizetype joined = joinedEntryStart(text.mid(rest.start, rest.length), ref.number);
    return joined > 0 ? TextSpan {line.start + rest.start + joined, rest.length - joined} : TextSpan {};
}

void readContinuationAddress(QStringView line, qsizetype lineStart, Reference &ref)
{
    if (!ref.url.isEmpty())
        return;
    for (qsizetype t = 0; t < line.size();) {
        while (t < line.size() && line.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(line, t);
        const QStringView token = line.mid(t, e - t);
        // A host named in a sentence ("Published by www.agency.gov in 2020") is no address of the entry's;
        // one that starts the line is.
        const bool named = startsWithNoCase(token, u"www.") && !line.first(t).trimmed().isEmpty();
        // "doi: 10.1109/…" as IEEE writes it, on its own line under the entry as on the entry's.
        const qsizetype idEnd = spacedIdentifierEnd(line, token, e);
        if (idEnd > 0 || (e > t && looksLikeUrl(token) && !named)) {
            const TextSpan url = trimUrlToken(line, {t, (idEnd > 0 ? idEnd : e) - t});
            if (url.length > 0) {
                ref.urlSpan = {lineStart + url.start, url.length};
                ref.url = line.mid(url.start, url.length).toString();
            }
            return;
        }
        t = e;
    }
}

QString labelText(QStringView words)
{
    if (!words.contains(u'\n') && !words.contains(u'\r'))
        return words.toString();
    QString text;
    text.reserve(words.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words.at(i) != u'\n' && words.at(i) != u'\r') {
            text.append(words.at(i));
            continue;
        }
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        text.append(u' ');
        while (i + 1 < words.size() && words.at(i + 1).isSpace())
            ++i;
    }
    return text;
}

void readContinuation(QStringView text, qsizetype textStart, TextSpan line, Reference &ref)
{
    const qsizetype lineBegin = line.start - textStart;
    const bool hadAddress = !ref.url.isEmpty();
    readContinuationAddress(text.sliced(lineBegin, line.length), line.start, ref);
    if (hadAddress)
        return;
    // Positions from here on are in `text`.
    const TextSpan words = trimmedSpan(text, {lineBegin, line.length});
    qsizetype wordsEnd = words.end();
    if (!ref.url.isEmpty())
        wordsEnd
            = wordsAroundAddress(text, words, {ref.urlSpan.start - textStart, ref.urlSpan.length}).beforeEnd;
    const TextSpan above = ref.labelSpan.length > 0
        ? TextSpan {ref.labelSpan.start - textStart, ref.labelSpan.length}
        : TextSpan {words.start, 0};
    const qsizetype start = above.start;
    // (An address that starts the line leaves the words above as they are, but for their end.)
    const qsizetype end = wordsEnd > words.start ? wordsEnd : above.end();
    if (end <= start)
        return;
    const TextSpan label = labelBeforeAddress(text, start, end);
    const QStringView shown = text.sliced(label.start, label.length);
    if (!holdsLetterOrDigit(shown))
        return;
    ref.labelSpan = {label.start + textStart, label.length};
    ref.label = labelText(shown);
}

} // namespace Citewise
