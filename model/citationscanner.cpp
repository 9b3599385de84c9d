#include "citationscanner.h"

#include "articleio.h"
#include "codespans.h"
#include "markdownlink.h"
#include "markerchars.h"
#include "markerforms.h"
#include "referenceentry.h"
#include "textsearch.h"

#include <QtAlgorithms>

#include <algorithm>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Citewise {

namespace {

// Where a web address starts in a whitespace-delimited token (or its tail), or -1 when it holds none:
// brackets inside an address belong to it, not to markers. "scheme://" with a letter-led scheme, or
// "www." at the token start. `mayHoldScheme` is false when the caller knows the token holds no "://".
qsizetype addressStart(QStringView token, bool mayHoldScheme)
{
    if (startsWithNoCase(token, u"www."))
        return 0;
    if (!mayHoldScheme)
        return -1;
    const qsizetype sep = indexOfShort(token, u"://");
    if (sep <= 0)
        return -1;
    // The scheme runs back from "://" over letters, digits, '+', '-', '.'.
    qsizetype b = sep;
    while (b > 0) {
        const QChar c = token.at(b - 1);
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            break;
        --b;
    }
    return b < sep && token.at(b).isLetter() ? b : -1;
}

// The brackets an address may stand in that addressEnd() closes: "(…)", "<…>", "（…）". (Quotes close
// in endsAddress().)
bool isAddressBracket(QChar c)
{
    return c == u'(' || c == u'<' || c == u'\uff08';
}

// Where the address of the token from `tokenStart` to `bracket` ends in the line: at the ')', '>' or
// '）' closing a '(', '<' or '（' right before it ("[text](https://…)[1]", "<https://…>[2]", "(see
// https://…)[3]"), parentheses inside it being balanced; the line's size when nothing closes it; -1 when the
// token holds no address.
qsizetype addressEnd(QStringView line, qsizetype tokenStart, qsizetype bracket, bool mayHoldScheme)
{
    const qsizetype start = addressStart(line.sliced(tokenStart, bracket - tokenStart), mayHoldScheme);
    if (start < 0)
        return -1;
    const qsizetype at = tokenStart + start;
    const QChar opener = at > tokenStart ? line.at(at - 1) : QChar();
    if (!isAddressBracket(opener))
        return line.size();
    const QChar closer = *addressCloser(opener);
    int depth = 0;
    for (qsizetype k = at; k < line.size() && !isSpace(line.at(k)); ++k) {
        const QChar c = line.at(k);
        if (opener != u'(') { // "<https://…>", "（https://…）"
            if (c == closer)
                return k;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')' && depth-- == 0) {
            return k;
        }
    }
    return line.size();
}

// Whether a Markdown link's destination opens at `pos` ("[1](https://…)"): the bracket before it is the
// link's text, no marker. "[1](see appendix)" holds none (white space in an address), nor does "[3](p. 4)".
bool opensLinkDestination(QStringView line, qsizetype pos)
{
    if (pos >= line.size() || line.at(pos) != u'(')
        return false;
    TextSpan address;
    return (pos + 1 < line.size() && line.at(pos + 1) == u')') // "[1]()": a link to nowhere
        || linkDestinationEnd(line, pos, &address) >= 0;
}

// The rest of a list "[1, 3; 5]" whose first number, `first`, ends at `pos`; separators are ',' or ';' and
// at most one space after each. -1 for anything else, `citation` left empty.
qsizetype parsePlainList(
    QStringView line, qsizetype open, qsizetype pos, qint64 first, qsizetype lineStart, Citation &citation)
{
    const char16_t *const data = line.utf16();
    const qsizetype size = line.size();
    citation.numbers.append({first, {lineStart + open + 1, pos - open - 1}});
    while (pos < size && (data[pos] == u',' || data[pos] == u';')) {
        ++pos;
        if (pos < size && data[pos] == u' ')
            ++pos;
        const qsizetype begin = pos;
        qint64 value = 0;
        if (!readDigits(line, pos, value)) {
            citation.numbers.clear();
            return -1;
        }
        citation.numbers.append({value, {lineStart + begin, pos - begin}});
    }
    if (pos >= size || data[pos] != u']') {
        citation.numbers.clear();
        return -1;
    }
    citation.form = Citation::Form::List;
    citation.rangeEnds = 0;
    return pos;
}

// The common markers, "[12]", "[2-4]" and "[1, 3]" with nothing but digits, a dash or separators
// between the brackets, read in one go; -1 when the bracket at `open` holds anything else
// (parseMarker() then reads it, `citation` untouched).
Q_ALWAYS_INLINE qsizetype parsePlainMarker(
    QStringView line, qsizetype open, qsizetype lineStart, Citation &citation)
{
    const char16_t *const data = line.utf16();
    const qsizetype size = line.size();
    qsizetype pos = open + 1;
    qint64 first = 0;
    if (!readDigits(line, pos, first) || pos >= size)
        return -1;
    if (data[pos] == u']') {
        citation.numbers.append({first, {lineStart + open + 1, pos - open - 1}});
        citation.form = Citation::Form::Single;
        citation.rangeEnds = 0;
        return pos;
    }
    if (data[pos] == u',' || data[pos] == u';')
        return parsePlainList(line, open, pos, first, lineStart, citation);
    if (data[pos] != u'-' && data[pos] != kEnDash)
        return -1;
    const qsizetype firstEnd = pos++;
    const qsizetype secondStart = pos;
    qint64 second = 0;
    if (!readDigits(line, pos, second) || pos >= size || data[pos] != u']')
        return -1;
    citation.numbers.append({first, {lineStart + open + 1, firstEnd - open - 1}});
    citation.numbers.append({second, {lineStart + secondStart, pos - secondStart}});
    citation.form = Citation::Form::Range;
    citation.rangeEnds = 0;
    return pos;
}

// IEEE style writes a range as two markers joined by a dash, "[1]–[3]". When the marker that closes at
// `close` is one number and such a marker follows it, the two are read as one range and the second's
// close is returned; otherwise `close`. Whatever their numbers: a backwards or overlong range is then
// reported as "[3-1]" is, and renumbering, which changes numbers only, can never join two markers
// that were apart.
Q_ALWAYS_INLINE qsizetype joinDashedRange(
    QStringView line, qsizetype lineStart, qsizetype close, Citation &citation)
{
    if (citation.form != Citation::Form::Single || close + 2 >= line.size() || !isDash(line.at(close + 1))
        || line.at(close + 2) != u'[')
        return close;
    Citation second;
    qsizetype secondClose = parsePlainMarker(line, close + 2, lineStart, second);
    if (secondClose < 0)
        secondClose = parseMarker(line, close + 2, lineStart, second);
    // "[1]-[3](https://…)": the second is a Markdown link.
    if (secondClose < 0 || second.form != Citation::Form::Single
        || opensLinkDestination(line, secondClose + 1))
        return close;
    citation.numbers.append(second.numbers.first());
    citation.form = Citation::Form::Range;
    return secondClose;
}

// The next '[', '`' or ':' at or after `from`, or -1: all three in one vectorised pass over the line.
qsizetype findEvent(QStringView line, qsizetype from)
{
    const auto *data = reinterpret_cast<const char16_t *>(line.data());
    const qsizetype size = line.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i open = _mm_set1_epi16(short(u'['));
    const __m128i tick = _mm_set1_epi16(short(u'`'));
    const __m128i colon = _mm_set1_epi16(short(u':'));
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i hits
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(chunk, open), _mm_cmpeq_epi16(chunk, tick)),
                _mm_cmpeq_epi16(chunk, colon));
        const int mask = _mm_movemask_epi8(hits);
        if (mask != 0)
            return i + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == u'[' || data[i] == u'`' || data[i] == u':')
            return i;
    }
    return -1;
}

// Whether the bracket at `open`, in the token from `tokenStart` that holds an address, is a marker after
// the address: "… at https://example.org/data.[1]", "www.census.gov[1]", "(see https://x.org/a.[2])". The
// bracket holds a number alone and ends the word (what follows it is white space, the line's end, another
// bracket or a mark that ends a sentence or a clause), and the address holds no bracket before it:
// addresses hold brackets ("?a[1]=2", "/a[1]/b[2]"), but seldom a bracketed number at their very end.
bool endsAddress(QStringView line, qsizetype tokenStart, qsizetype open)
{
    qsizetype pos = open + 1;
    while (pos < line.size() && isDigit(line.at(pos)))
        ++pos;
    if (pos == open + 1 || pos >= line.size() || line.at(pos) != u']')
        return false;
    ++pos;
    // ASCII's marks, which end the word only where white space or the line's end follows them (an address
    // goes on after "chart[1].png" or "i[1]?x=1"), and the full-width ones East Asian text ends a clause
    // or sentence with, as it writes no space after an address or after them ("见https://x.org/a[1]。").
    constexpr QStringView kFullWidthMarks
        = u"\u3001\u3002\u3009\u300b\u300d\u300f\u3011\uff01\uff09\uff0c\uff1a\uff1b\uff1f";
    qsizetype after = pos;
    while (after < line.size() && QStringView(u".,;:!?)\"'\u201d").contains(line.at(after)))
        ++after;
    if (after < line.size() && !isSpace(line.at(after)) && line.at(after) != u'['
        && !kFullWidthMarks.contains(line.at(after)))
        return false;
    if (line.sliced(tokenStart, open - tokenStart).contains(u'['))
        return false;
    // A query's value ("?tags=[2]") is the address's.
    if (line.at(open - 1) == u'=')
        return false;
    // An address in quotes ends at its closing quote: a bracket right before that is the address's
    // ("https://…/items[1]" in prose, <a href="…/page[1]"> in HTML).
    if (pos < line.size()) {
        const qsizetype start
            = tokenStart + qMax<qsizetype>(0, addressStart(line.sliced(tokenStart, open - tokenStart), true));
        // (Brackets are addressEnd()'s: "(see https://…/a.[2])" ends in a marker.)
        const QChar opener = start > 0 ? line.at(start - 1) : QChar();
        if (const std::optional<QChar> closer = addressCloser(opener);
            closer && !isAddressBracket(opener) && line.at(pos) == *closer)
            return false;
    }
    return true;
}

// Whether `citation` reads as values rather than sources: a list or range holding 0, which no source is
// numbered ("[0, 1]", an interval; "[0-9]", a pattern's class; "[255, 0, 0]", a colour). No marker, and
// nothing to report.
bool readsAsValues(const Citation &citation)
{
    return citation.form != Citation::Form::Single
        && std::any_of(citation.numbers.cbegin(), citation.numbers.cend(),
            [](const CitationNumber &n) { return n.value == 0; });
}

// Whether the bracket at `open`, read as `citation` and glued to the word before it (from `tokenStart`),
// is rather an index in code written as prose, as an assistant's answer copied without its backticks
// reads: after an identifier joined by '.' or '_' ("sys.argv[1]", "row_counts[2]", not a host,
// "census.gov[2]", nor a name, "Node.js[3]"), after another index ("data["items"][1]", "m[i][2]"), or
// a [0] glued to a word ("argv[0]"), which no source is numbered. Reported, not read: renumbering would
// otherwise rewrite the code, or leave a citation naming another source.
bool gluedToCode(QStringView line, qsizetype tokenStart, qsizetype open, const Citation &citation)
{
    const auto isWordChar = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    const QChar before = line.at(open - 1);
    if (before == u']') {
        // The bracket before: an index when it holds a quoted key, a single letter or 0.
        const qsizetype previous = line.first(open - 1).lastIndexOf(u'[');
        if (previous < tokenStart)
            return false;
        const QStringView inside = line.sliced(previous + 1, open - 2 - previous).trimmed();
        return !inside.isEmpty()
            && (inside.front() == u'"' || inside.front() == u'\'' || inside.front() == u'0'
                || (inside.size() == 1 && inside.front().isLetter()));
    }
    if (!isWordChar(before))
        return false;
    if (citation.form == Citation::Form::Single && !citation.numbers.isEmpty()
        && citation.numbers.first().value == 0)
        return true;
    const QStringView word = line.sliced(tokenStart, open - tokenStart);
    if (word.size() < 3 || !((word.front() >= u'a' && word.front() <= u'z') || word.front() == u'_')
        || startsWithAsciiNoCase(word, u"www."))
        return false;
    bool joined = false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        const QChar c = word.at(k);
        if (c == u'.' || c == u'_') {
            if (k + 1 == word.size() || !isWordChar(word.at(k + 1)) || (k > 0 && !isWordChar(word.at(k - 1))))
                return false;
            joined = true;
        } else if (!isWordChar(c)) {
            return false;
        }
    }
    if (!joined)
        return false;
    // A host's top level ("census.gov[2]", as a source is named in prose) is no code, nor is a
    // document's extension ("report.pdf[2]", a file cited as a source).
    static constexpr QStringView kTopLevels[] = {u"com", u"org", u"net", u"gov", u"edu", u"int", u"mil",
        u"io", u"ai", u"co", u"uk", u"de", u"fr", u"jp", u"cn", u"ru", u"eu", u"us", u"ca", u"au", u"in",
        u"nl", u"es", u"it", u"ch", u"se", u"no", u"dk", u"fi", u"pl", u"br", u"kr", u"tw", u"info", u"app",
        u"dev", u"news", u"pdf", u"doc", u"docx", u"odt", u"rtf", u"txt", u"md", u"htm", u"html", u"xls",
        u"xlsx", u"ods", u"csv", u"ppt", u"pptx", u"odp", u"epub"};
    const qsizetype dot = word.lastIndexOf(u'.');
    if (dot < 0)
        return true;
    const QStringView last = word.sliced(dot + 1);
    return std::none_of(std::begin(kTopLevels), std::end(kTopLevels),
        [last](QStringView level) { return last.compare(level, Qt::CaseInsensitive) == 0; });
}

// Calls f(open, close, isMarker, citation) for every '[' outside code spans and URLs. Only brackets,
// backticks and colons are visited (nextEvent(from) gives the first at or after `from`, or -1); the text
// between them is looked at just enough to know whether a bracket sits inside a URL token or a `code`
// span, so a line costs little more than finding them. Each bracket is read into the empty citation
// newCitation() gives, so that markers can be read where they are kept.
template<typename NextEvent, typename NewCitation, typename F>
void forEachBracket(
    QStringView line, qsizetype lineStart, NextEvent &&nextEvent, NewCitation &&newCitation, F &&f)
{
    // The current token (up to `scanned`) is a web address up to here; -1 when it is none.
    qsizetype urlEnd = -1;
    qsizetype tokenStart = 0; // start of the token `scanned` lies in
    qsizetype scanned = 0; // brackets before this have been accounted for
    qsizetype from = 0; // where to look for the next bracket, backtick or colon
    qsizetype schemeSeparator = -1; // where the last "://" before `from` starts
    std::unique_ptr<CodeSpanFinder> codeSpans; // made for the first backtick (few lines have one)
    for (qsizetype i = nextEvent(0); i >= 0; i = nextEvent(from)) {
        from = i + 1;
        if (line.at(i) == u'`') {
            if (!codeSpans)
                codeSpans = std::make_unique<CodeSpanFinder>(line);
            const CodeSpanFinder::Span span = codeSpans->spanAt(i);
            from = span.end >= 0 ? span.end : span.runEnd; // brackets in `code` are no markers
            continue;
        }
        if (line.at(i) == u':') {
            if (i + 2 < line.size() && line.at(i + 1) == u'/' && line.at(i + 2) == u'/')
                schemeSeparator = i;
            continue;
        }
        if (i > scanned && isBlank(line.at(i - 1))) {
            // Most markers follow a space: a token starts at the bracket, and an empty token is no URL.
            tokenStart = i;
            urlEnd = -1;
        } else {
            qsizetype ws = i;
            while (ws > scanned && !isSpace(line.at(ws - 1)))
                --ws;
            // Every colon after `scanned` has been visited: the token holds "://" only if one was seen in it.
            if (ws > scanned) { // a new token starts after the last whitespace
                tokenStart = ws;
                urlEnd = addressEnd(line, tokenStart, i, schemeSeparator >= tokenStart);
            } else if (urlEnd < 0 && schemeSeparator >= tokenStart) { // the token goes on and now holds "://"
                urlEnd = addressEnd(line, tokenStart, i, true);
            }
            // An address closed before the bracket: what follows it in the token is read on its own.
            while (urlEnd >= 0 && urlEnd < i) {
                tokenStart = urlEnd + 1;
                urlEnd = addressEnd(line, tokenStart, i, schemeSeparator >= tokenStart);
            }
        }
        scanned = i + 1;
        if (urlEnd > i && !endsAddress(line, tokenStart, i))
            continue;
        Citation &citation = newCitation();
        qsizetype close = parsePlainMarker(line, i, lineStart, citation);
        const bool plain = close >= 0;
        if (close < 0)
            close = parseMarker(line, i, lineStart, citation);
        // "[see](https://…)" is a Markdown link, and so is "[1, p. 4](https://…)"; but a link whose text
        // is a source's number cites it, as assistants export answers ("… risk.[1](https://…)",
        // "scattering[2](https://…)"): the marker links to its source's address. Glued to a word without
        // a link destination after it, "[1](…)" is code ("handlers[1](event, data)").
        const bool glued = close >= 0 && close + 1 < line.size() && line.at(close + 1) == u'(' && i > 0
            && line.at(i - 1).isLetterOrNumber();
        const bool isLink = close >= 0 && close + 1 < line.size() && line.at(close + 1) == u'('
            && (plain && citation.form == Citation::Form::Single
                    ? glued && !opensLinkDestination(line, close + 1)
                    : glued || opensLinkDestination(line, close + 1));
        // (Most markers follow a space; those glued to a word are asked whether they are code.)
        if (close >= 0 && !isLink && !readsAsValues(citation)
            && (i == 0 || isBlank(line.at(i - 1)) || !gluedToCode(line, tokenStart, i, citation))) {
            close = joinDashedRange(line, lineStart, close, citation);
            // Linked to an address of its own: "[1](https://…)", "[[1]](https://…)".
            const qsizetype destination = markerDestinationOpen(line, i, close);
            citation.linked = destination >= 0 && opensLinkDestination(line, destination);
            f(i, close, true, citation);
            scanned = close + 1;
            from = scanned;
            tokenStart = scanned;
            urlEnd = -1; // an address the marker stood in ends before it
        } else {
            f(i, close, false, citation);
        }
    }
}

// Event sources for forEachBracket(): searching the line, or walking offsets found beforehand.
auto searchLine(QStringView line)
{
    return [line](qsizetype from) { return findEvent(line, from); };
}

auto walkEvents(std::span<const qsizetype> events, qsizetype lineStart)
{
    return [it = events.begin(), end = events.end(), lineStart](qsizetype from) mutable -> qsizetype {
        while (it != end && *it - lineStart < from)
            ++it;
        return it == end ? -1 : *it - lineStart;
    };
}

} // namespace

namespace {

// Whether the text between brackets is a date written as ISO 8601 writes it ("2024-05-01", as dated
// digests and change logs head their entries), not an attempted marker.
bool readsAsDate(QStringView inside)
{
    const QList<QStringView> parts = inside.split(u'-');
    if (parts.size() != 3 || parts.at(0).size() != 4 || parts.at(1).size() != 2 || parts.at(2).size() != 2)
        return false;
    int values[3] = {};
    for (int i = 0; i < 3; ++i) {
        for (const QChar ch : parts.at(i)) {
            if (ch.unicode() < u'0' || ch.unicode() > u'9')
                return false;
            values[i] = values[i] * 10 + (ch.unicode() - u'0');
        }
    }
    return values[0] >= 1000 && values[1] >= 1 && values[1] <= 12 && values[2] >= 1 && values[2] <= 31;
}

// Whether a bracket that did not parse as a marker is an attempted one; if so, records it.
void checkMalformed(QStringView line, qsizetype lineStart, int lineNumber, qsizetype open, qsizetype close,
    bool isMarker, const Citation &c, QList<MalformedMarker> &out)
{
    if (isMarker) {
        // A range running backwards ("[5-2]") parses but cites nothing.
        if (c.form == Citation::Form::Range && c.numbers.size() == 2
            && c.numbers[0].value > c.numbers[1].value && c.numbers[1].value >= 0)
            out.append({lineNumber, int(open) + 1, {lineStart + open, close - open + 1}});
        return;
    }
    // Bracket holding only digits and separators, starting with a digit: an attempted marker. Hidden
    // characters count as separators here (isHiddenInMarker()), other scripts' digits as digits, and
    // "\]" closes it as ']' does.
    // A Markdown footnote, "[^2]", is not read as a marker (its definition, "[^2]: …", is no entry):
    // reported, so that an article citing only so does not pass for one that cites nothing.
    // Perplexity numbers its footnotes by answer and source, "[^1_2]": groups of digits joined by '_'.
    if (open + 2 < line.size() && line.at(open + 1) == u'^') {
        qsizetype end = open + 2;
        while (end < line.size() && isDigit(line.at(end))) {
            ++end;
            if (end + 1 < line.size() && line.at(end) == u'_' && isDigit(line.at(end + 1)))
                ++end;
        }
        if (end > open + 2 && end < line.size() && line.at(end) == u']'
            && !(end + 1 < line.size() && line.at(end + 1) == u':'))
            out.append({lineNumber, int(open) + 1, {lineStart + open, end - open + 1}});
        return;
    }
    if (close >= 0 && readsAsValues(c))
        return;
    // "[e.g., 3, 5]", "[1 to 5]": values, or sources? Reported, not read (see LooseMarker); years are
    // left to the analysis' reading of years ("[i.e., 2019]").
    if (close < 0) {
        LooseMarker loose = LooseMarker::None;
        Citation scratch;
        if (const qsizetype end = parseMarker(line, open, 0, scratch, &loose); end > 0
            && loose != LooseMarker::None && !readsAsValues(scratch)
            && !std::all_of(scratch.numbers.cbegin(), scratch.numbers.cend(),
                [](const CitationNumber &n) { return n.value >= 1000 && n.value <= 2099; })) {
            out.append({lineNumber, int(open) + 1, {lineStart + open, end - open + 1}});
            return;
        }
    }
    // "[1, Satz 2]": a locator not read as one.
    if (const qsizetype end = unreadLocatorEnd(line, open); end > 0) {
        out.append({lineNumber, int(open) + 1, {lineStart + open, end - open + 1}});
        return;
    }
    const auto isFiller = [](QChar ch) { return isBlank(ch) || isHiddenInMarker(ch); };
    qsizetype pos = open + 1;
    while (pos < line.size() && isFiller(line.at(pos)))
        ++pos;
    if (pos >= line.size() || !(isDigit(line.at(pos)) || isOtherDigit(line.at(pos))))
        return;
    while (pos < line.size()) {
        const QChar ch = line.at(pos);
        if (ch == u']')
            break;
        // "\[1\]": Markdown escapes, as converters from HTML or word processors write every bracket.
        if (ch == u'\\' && pos + 1 < line.size() && line.at(pos + 1) == u']') {
            ++pos;
            break;
        }
        // "[1.]": a full stop after the number.
        if (ch == u'.' && pos + 1 < line.size() && line.at(pos + 1) == u']' && isDigit(line.at(pos - 1))) {
            ++pos;
            break;
        }
        if (!(isDigit(ch) || isOtherDigit(ch) || isFiller(ch) || ch == u',' || ch == u';' || ch == u'\u060c'
                || ch == u'\u3001' || ch == u'\uff0c' || isDash(ch)))
            return;
        ++pos;
    }
    if (pos >= line.size()) {
        // Open to the end of the line: a marker broken across lines by hand ("[3," then "1]"), whose
        // numbers are read on neither line. Renumbering would keep them while the entries move.
        out.append({lineNumber, int(open) + 1, {lineStart + open, line.size() - open}});
        return;
    }
    if (opensLinkDestination(line, pos + 1) || readsAsDate(line.sliced(open + 1, pos - open - 1)))
        return;
    out.append({lineNumber, int(open) + 1, {lineStart + open, pos - open + 1}});
}

// Places the marker from `open` to `close` of line `lineNumber` (at `lineStart`) in `c`.
void place(Citation &c, int lineNumber, qsizetype lineStart, qsizetype open, qsizetype close)
{
    c.line = lineNumber;
    c.column = int(open) + 1;
    c.span = {lineStart + open, close - open + 1};
}

// Brackets are read straight into a new last citation of `list`: one that reads as no marker is taken
// off again, one that does is placed. Markers are then never moved.
class CitationSlot
{
public:
    explicit CitationSlot(QList<Citation> &list) : m_list(list) { }
    Citation &operator()() { return m_list.emplaceBack(); }
    // Keeps the last citation as the marker from `open` to `close` of the line, or drops it.
    void settle(bool isMarker, int lineNumber, qsizetype lineStart, qsizetype open, qsizetype close)
    {
        if (isMarker)
            place(m_list.last(), lineNumber, lineStart, open, close);
        else
            m_list.removeLast();
    }

private:
    QList<Citation> &m_list;
};

// The same for a CitationAppender: a bracket that is no marker leaves its citation to the next one.
class AppenderSlot
{
public:
    explicit AppenderSlot(CitationAppender &appender) : m_appender(appender) { }
    Citation &operator()() { return m_appender.next(); }
    void settle(bool isMarker, int lineNumber, qsizetype lineStart, qsizetype open, qsizetype close)
    {
        if (isMarker)
            place(m_appender.keep(), lineNumber, lineStart, open, close);
    }

private:
    CitationAppender &m_appender;
};

// For callers that keep no citation: one scratch citation, emptied for each bracket.
class ScratchCitation
{
public:
    Citation &operator()()
    {
        if (!m_citation.numbers.isEmpty())
            m_citation.numbers.clear();
        return m_citation;
    }

private:
    Citation m_citation;
};

template<typename NextEvent, typename Slot>
void scanMarkersWith(QStringView line, qsizetype lineStart, int lineNumber, NextEvent &&nextEvent,
    Slot &&slot, QList<MalformedMarker> &malformed)
{
    forEachBracket(
        line, lineStart, nextEvent, slot, [&](qsizetype open, qsizetype close, bool isMarker, Citation &c) {
            // (Of the markers, only a range can be malformed.)
            if (!isMarker || c.form == Citation::Form::Range)
                checkMalformed(line, lineStart, lineNumber, open, close, isMarker, c, malformed);
            slot.settle(isMarker, lineNumber, lineStart, open, close);
        });
}

} // namespace

void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &citations,
    QList<MalformedMarker> &malformed)
{
    scanMarkersWith(line, lineStart, lineNumber, searchLine(line), CitationSlot(citations), malformed);
}

void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, std::span<const qsizetype> events,
    CitationAppender &citations, QList<MalformedMarker> &malformed)
{
    scanMarkersWith(
        line, lineStart, lineNumber, walkEvents(events, lineStart), AppenderSlot(citations), malformed);
}

CitationAppender::CitationAppender(QList<Citation> &list) : m_list(list), m_kept(list.size())
{ }

CitationAppender::~CitationAppender()
{
    finish();
}

void CitationAppender::makeRoom()
{
    // Room in steps: default citations cost a few stores each, and the list was reserved.
    constexpr qsizetype kStep = 1024;
    m_list.resize(m_kept + kStep);
    m_room = m_list.data();
}

void CitationAppender::finish()
{
    if (m_list.size() != m_kept)
        m_list.resize(m_kept);
}

void scanCitations(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &out)
{
    CitationSlot slot(out);
    forEachBracket(line, lineStart, searchLine(line), slot,
        [&](qsizetype open, qsizetype close, bool isMarker, Citation &) {
            slot.settle(isMarker, lineNumber, lineStart, open, close);
        });
}

void scanMalformedMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<MalformedMarker> &out)
{
    forEachBracket(line, lineStart, searchLine(line), ScratchCitation(),
        [&](qsizetype open, qsizetype close, bool isMarker, const Citation &c) {
            checkMalformed(line, lineStart, lineNumber, open, close, isMarker, c, out);
        });
}

qsizetype codeIndexStart(QStringView line, qsizetype open)
{
    if (open <= 0 || open >= line.size() || isBlank(line.at(open - 1)))
        return -1;
    Citation citation;
    if (parsePlainMarker(line, open, 0, citation) < 0 && parseMarker(line, open, 0, citation) < 0)
        return -1;
    qsizetype start = open;
    while (start > 0 && !isSpace(line.at(start - 1)))
        --start;
    return gluedToCode(line, start, open, citation) ? start : -1;
}

} // namespace Citewise
