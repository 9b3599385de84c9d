#include "inlinemarkup.h"

#include "codespans.h"
#include "markdownlink.h"
#include "markerforms.h"

#include <algorithm>
#include <vector>

namespace Citewise {

namespace {

bool isWhiteSpace(QChar c)
{
    return c.isSpace();
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

// A run of '*' or '_', and what is left of it as emphasis pairs up: [lo, hi).
struct Run
{
    qsizetype lo = 0;
    qsizetype hi = 0;
    qsizetype length = 0; // as written
    char16_t ch = 0;
    bool canOpen = false;
    bool canClose = false;
    bool active = true;
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool strong = false;
};

// Where the backtick run at `i` stops being read: after the code span it opens, or after the run when
// nothing closes it (see codespans.h).
qsizetype codeSpanEnd(CodeSpanFinder &code, qsizetype i)
{
    const CodeSpanFinder::Span span = code.spanAt(i);
    return span.end >= 0 ? span.end : span.runEnd;
}

// The first `wanted` at or after `i` outside code spans, or the size of the text when there is none.
qsizetype nextOutsideCode(QStringView text, CodeSpanFinder &code, qsizetype i, QChar wanted)
{
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == wanted)
            return i;
        i = c == u'`' ? codeSpanEnd(code, i) : i + 1;
    }
    return text.size();
}

// The delimiter runs of `text`, outside code spans and the `skipped` stretches (links' brackets and
// addresses, ascending), with whether each may open or close emphasis (CommonMark's left- and
// right-flanking rules, and the stricter ones of '_' inside words).
std::vector<Run> delimiterRuns(QStringView text, const std::vector<Span> &skipped)
{
    CodeSpanFinder code(text);
    std::vector<Run> runs;
    const qsizetype size = text.size();
    auto skip = skipped.cbegin();
    for (qsizetype i = 0; i < size;) {
        while (skip != skipped.cend() && skip->end <= i)
            ++skip;
        if (skip != skipped.cend() && skip->start <= i) {
            i = skip->end;
            continue;
        }
        const QChar c = text.at(i);
        if (c == u'`') {
            i = codeSpanEnd(code, i);
            continue;
        }
        if (c != u'*' && c != u'_') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && text.at(end) == c)
            ++end;
        const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
        const QChar after = end < size ? text.at(end) : QChar(u' ');
        const bool leftFlanking = !isWhiteSpace(after)
            && (!isPunctuation(after) || isWhiteSpace(before) || isPunctuation(before));
        const bool rightFlanking = !isWhiteSpace(before)
            && (!isPunctuation(before) || isWhiteSpace(after) || isPunctuation(after));
        Run run;
        run.lo = i;
        run.hi = end;
        run.length = end - i;
        run.ch = c.unicode();
        if (c == u'*') {
            run.canOpen = leftFlanking;
            run.canClose = rightFlanking;
        } else {
            run.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            run.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        }
        if (run.canOpen || run.canClose)
            runs.push_back(run);
        i = end;
    }
    return runs;
}

// Pairs openers with closers as CommonMark's "process emphasis" does; returns the emphasised spans
// (between the delimiters) and marks the delimiters used in `hidden`.
std::vector<Span> pairRuns(std::vector<Run> &runs, std::vector<Span> &hidden)
{
    std::vector<Span> spans;
    for (std::size_t closer = 0; closer < runs.size(); ++closer) {
        Run &c = runs[closer];
        while (c.active && c.canClose && c.hi > c.lo) {
            std::size_t found = closer;
            for (std::size_t o = closer; o-- > 0;) {
                const Run &r = runs[o];
                if (!r.active || !r.canOpen || r.ch != c.ch || r.hi <= r.lo)
                    continue;
                // The rule of three: a run that may both open and close pairs with a run of a length
                // that makes a multiple of three only when both are multiples of three.
                if ((r.canClose || c.canOpen) && (r.length + c.length) % 3 == 0
                    && (r.length % 3 != 0 || c.length % 3 != 0))
                    continue;
                found = o;
                break;
            }
            if (found == closer)
                break;
            Run &o = runs[found];
            const qsizetype use = (o.hi - o.lo >= 2 && c.hi - c.lo >= 2) ? 2 : 1;
            o.hi -= use;
            hidden.push_back({o.hi, o.hi + use});
            hidden.push_back({c.lo, c.lo + use});
            spans.push_back({o.hi, c.lo, use == 2});
            c.lo += use;
            // Delimiters between the two stay text.
            for (std::size_t k = found + 1; k < closer; ++k)
                runs[k].active = false;
            if (o.hi <= o.lo)
                o.active = false;
        }
        if (c.hi <= c.lo || !c.canOpen)
            c.active = false;
    }
    return spans;
}

bool overlaps(const QList<TextSpan> &opaque, qsizetype start, qsizetype end)
{
    const auto first = std::lower_bound(opaque.cbegin(), opaque.cend(), start,
        [](const TextSpan &span, qsizetype at) { return span.end() <= at; });
    return first != opaque.cend() && first->start < end;
}

// "[text](address)" and "![alt](address)" outside code spans, the text holding no bracket; `hidden`
// gets their brackets and addresses.
QList<InlineLink> findLinks(QStringView text, const QList<TextSpan> &opaque, std::vector<Span> &hidden)
{
    QList<InlineLink> links;
    const qsizetype size = text.size();
    CodeSpanFinder code(text);
    for (qsizetype i = nextOutsideCode(text, code, 0, u'['); i < size;
         i = nextOutsideCode(text, code, i, u'[')) {
        if (i > 0 && text.at(i - 1) == u'\\') {
            ++i;
            continue;
        }
        qsizetype close = i + 1;
        while (close < size && text.at(close) != u']' && text.at(close) != u'[')
            ++close;
        TextSpan address;
        const qsizetype end = close + 1 < size && text.at(close) == u']' && text.at(close + 1) == u'('
            ? linkDestinationEnd(text, close + 1, &address)
            : -1;
        const bool image = i > 0 && text.at(i - 1) == u'!';
        const qsizetype start = image ? i - 1 : i;
        if (end < 0 || (close == i + 1 && !image) || overlaps(opaque, start, end)) {
            ++i;
            continue;
        }
        links.append({{i + 1, close - i - 1}, address, image});
        hidden.push_back({start, i + 1});
        hidden.push_back({close, end});
        i = end;
    }
    return links;
}

// The destinations right after markers ("[1](https://…)", as assistants export a source's number with
// its address), and the links markers stand in as their text ("[[1]](https://…)", as Markdown writes a
// linked number in brackets, and as wiki pages converted to Markdown link each citation,
// "[[1]](#cite_note-1)"): the marker links to its source already, so the link's brackets and destination
// are hidden.
void findMarkerDestinations(QStringView text, const QList<TextSpan> &opaque, std::vector<Span> &hidden)
{
    bool added = false;
    for (const TextSpan &marker : opaque) {
        const qsizetype open = markerDestinationOpen(text, marker.start, marker.end() - 1);
        if (open < 0)
            continue;
        TextSpan address;
        if (const qsizetype end = linkDestinationEnd(text, open, &address); end > open) {
            if (open > marker.end()) // the link's bracket before the marker
                hidden.push_back({marker.start - 1, marker.start});
            hidden.push_back({marker.end(), end});
            added = true;
        }
    }
    if (added)
        std::sort(
            hidden.begin(), hidden.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
}

// The superscripts right before markers that hold their number ("[^2^][2]", as answers copied from Bing
// and Copilot write each citation): the marker says it already, so they are hidden.
void findMarkerSuperscripts(QStringView text, const QList<TextSpan> &opaque, std::vector<Span> &hidden)
{
    bool added = false;
    for (const TextSpan &marker : opaque) {
        if (const qsizetype raised = raisedNumberBefore(text, marker.start); raised >= 0) {
            hidden.push_back({raised, marker.start});
            added = true;
        }
    }
    if (added)
        std::sort(
            hidden.begin(), hidden.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
}

// "<br>", "<br >", "<br/>" and "<br />" (in any case) outside code spans and the stretches of `hidden`.
std::vector<Span> findLineBreaks(QStringView text, const std::vector<Span> &hidden)
{
    std::vector<Span> breaks;
    const qsizetype size = text.size();
    CodeSpanFinder code(text);
    for (qsizetype i = nextOutsideCode(text, code, 0, u'<'); i < size;
         i = nextOutsideCode(text, code, i, u'<')) {
        if (!text.sliced(i).startsWith(u"<br", Qt::CaseInsensitive)) {
            ++i;
            continue;
        }
        qsizetype end = i + 3;
        if (end < size && text.at(end) == u' ')
            ++end;
        if (end < size && text.at(end) == u'/')
            ++end;
        const bool closed = end < size && text.at(end) == u'>';
        const bool inHidden = std::any_of(hidden.cbegin(), hidden.cend(),
            [i](const Span &span) { return span.start <= i && i < span.end; });
        if (closed && !inHidden)
            breaks.push_back({i, end + 1});
        i = closed ? end + 1 : i + 1;
    }
    return breaks;
}

// "<https://…>" autolinks outside code spans, as Markdown writes an address to be shown as itself: an
// address with a scheme and no space or angle bracket. Appends the brackets to `hidden`.
void findAutolinks(
    QStringView text, const QList<TextSpan> &opaque, QList<InlineLink> &links, std::vector<Span> &hidden)
{
    CodeSpanFinder code(text);
    const qsizetype size = text.size();
    for (qsizetype i = nextOutsideCode(text, code, 0, u'<'); i < size;
         i = nextOutsideCode(text, code, i, u'<')) {
        const QStringView rest = text.sliced(i + 1);
        if (!rest.startsWith(u"http://", Qt::CaseInsensitive)
            && !rest.startsWith(u"https://", Qt::CaseInsensitive)
            && !rest.startsWith(u"mailto:", Qt::CaseInsensitive)) {
            ++i;
            continue;
        }
        qsizetype close = i + 1;
        while (close < size && text.at(close) != u'>' && text.at(close) != u'<' && !text.at(close).isSpace())
            ++close;
        const bool inLink = std::any_of(hidden.cbegin(), hidden.cend(),
            [i](const Span &span) { return span.start <= i && i < span.end; });
        if (close >= size || text.at(close) != u'>' || inLink || overlaps(opaque, i, close + 1)) {
            ++i;
            continue;
        }
        const TextSpan address {i + 1, close - i - 1};
        links.append({address, address, false});
        hidden.push_back({i, i + 1});
        hidden.push_back({close, close + 1});
        i = close + 1;
    }
}

// Backslash escapes outside code spans: "\*", "\_", "\[" … (a backslash before ASCII punctuation) show
// the character as written, no markup, and the backslash is not shown. Appends the backslashes to
// `hidden` and the escaped characters to `literal`; none inside `opaque` (markers).
void findEscapes(
    QStringView text, const QList<TextSpan> &opaque, std::vector<Span> &hidden, std::vector<Span> &literal)
{
    CodeSpanFinder code(text);
    const qsizetype size = text.size();
    for (qsizetype i = nextOutsideCode(text, code, 0, u'\\'); i + 1 < size;
         i = nextOutsideCode(text, code, i, u'\\')) {
        const QChar next = text.at(i + 1);
        if (next.unicode() < 0x80 && (next.isPunct() || next.isSymbol()) && !overlaps(opaque, i, i + 2)) {
            hidden.push_back({i, i + 1});
            literal.push_back({i + 1, i + 2});
            i += 2;
        } else {
            ++i;
        }
    }
}

// "~~text~~" outside code spans and the `skipped` stretches: a run of exactly two tildes that opens (a
// non-space after it) paired with the next that closes (a non-space before it). Appends the tildes to
// `hidden`; returns the stretches struck out.
std::vector<Span> findStrikes(QStringView text, const std::vector<Span> &skipped, std::vector<Span> &hidden)
{
    std::vector<Span> struck;
    CodeSpanFinder code(text);
    const qsizetype size = text.size();
    qsizetype open = -1;
    for (qsizetype i = nextOutsideCode(text, code, 0, u'~'); i < size;
         i = nextOutsideCode(text, code, i, u'~')) {
        qsizetype end = i;
        while (end < size && text.at(end) == u'~')
            ++end;
        const bool inSkipped = std::any_of(skipped.cbegin(), skipped.cend(),
            [i](const Span &span) { return span.start <= i && i < span.end; });
        if (end - i == 2 && !inSkipped) {
            const bool canClose = open >= 0 && i > 0 && !text.at(i - 1).isSpace() && i > open + 2;
            const bool canOpen = end < size && !text.at(end).isSpace();
            if (canClose) {
                hidden.push_back({open, open + 2});
                hidden.push_back({i, end});
                struck.push_back({open + 2, i});
                open = -1;
            } else if (canOpen) {
                open = i;
            }
        }
        i = end;
    }
    return struck;
}

} // namespace

InlineMarkup findInlineMarkup(QStringView text, const QList<TextSpan> &opaque, bool lineBreaks)
{
    // One pass for the characters markup starts with, where searching for each kind of markup read the
    // text eight times over, case-insensitively for tags: a fifth of typesetting an article.
    bool mayEmphasise = false;
    bool mayLink = false;
    bool mayEscape = false;
    bool mayStrike = false;
    bool mayTag = false;
    bool mayRaise = false; // a superscript before a marker, "[^2^][2]"
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        switch (text[i].unicode()) {
        case u'*':
        case u'_':
            mayEmphasise = true;
            break;
        case u']':
            mayLink = mayLink || (i + 1 < size && text[i + 1] == u'(');
            break;
        case u'\\':
            mayEscape = true;
            break;
        case u'~':
            mayStrike = mayStrike || (i + 1 < size && text[i + 1] == u'~');
            break;
        case u'^':
            mayRaise = mayRaise || (i + 2 < size && text[i + 1] == u']' && text[i + 2] == u'[');
            break;
        case u'<':
            mayTag = true;
            break;
        default:
            break;
        }
    }
    const bool mayBreak = mayTag && lineBreaks && text.contains(u"<br", Qt::CaseInsensitive);
    const bool mayAutolink = mayTag
        && (text.contains(u"<http", Qt::CaseInsensitive) || text.contains(u"<mailto:", Qt::CaseInsensitive));
    if (!mayEmphasise && !mayLink && !mayBreak && !mayEscape && !mayStrike && !mayAutolink && !mayRaise)
        return {};
    InlineMarkup markup;
    std::vector<Span> hidden;
    std::vector<Span> literal; // escaped characters: no delimiters
    if (mayEscape)
        findEscapes(text, opaque, hidden, literal);
    if (mayLink) {
        markup.links = findLinks(text, opaque, hidden);
        findMarkerDestinations(text, opaque, hidden);
    }
    if (mayRaise)
        findMarkerSuperscripts(text, opaque, hidden);
    if (mayAutolink) {
        findAutolinks(text, opaque, markup.links, hidden);
        // (In the order of the text, as the segments take them.)
        std::sort(markup.links.begin(), markup.links.end(),
            [](const InlineLink &a, const InlineLink &b) { return a.text.start < b.text.start; });
    }
    const std::vector<Span> breaks = mayBreak ? findLineBreaks(text, hidden) : std::vector<Span>();
    std::vector<Span> struck;
    if (mayStrike) {
        const std::vector<Span> taken = hidden; // (links' brackets and addresses hold none)
        struck = findStrikes(text, taken, hidden);
    }
    std::vector<Span> spans;
    if (mayEmphasise) {
        // Addresses hold no emphasis: the link's hidden parts are passed over, and escaped characters.
        std::vector<Span> skipped = hidden;
        skipped.insert(skipped.end(), literal.cbegin(), literal.cend());
        std::sort(
            skipped.begin(), skipped.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
        std::vector<Run> runs = delimiterRuns(text, skipped);
        if (runs.size() >= 2 && runs.size() <= std::size_t(kMaxEmphasisDelimiters))
            spans = pairRuns(runs, hidden);
    }
    if (spans.empty() && markup.links.isEmpty() && breaks.empty() && hidden.empty() && struck.empty())
        return {};

    // Where the look changes: every span's, link's, hidden stretch's and line break's ends.
    enum Kind { Italic, Bold, Hidden, Break, Strike, Link };
    struct Change
    {
        qsizetype at;
        Kind kind;
        int delta; // for a link, its index + 1 where it starts and 0 where it ends
    };
    std::vector<Change> changes;
    for (const Span &span : spans) {
        changes.push_back({span.start, span.strong ? Bold : Italic, 1});
        changes.push_back({span.end, span.strong ? Bold : Italic, -1});
    }
    for (const Span &span : hidden) {
        changes.push_back({span.start, Hidden, 1});
        changes.push_back({span.end, Hidden, -1});
    }
    for (const Span &span : breaks) {
        changes.push_back({span.start, Break, 1});
        changes.push_back({span.end, Break, -1});
    }
    for (const Span &span : struck) {
        changes.push_back({span.start, Strike, 1});
        changes.push_back({span.end, Strike, -1});
    }
    for (qsizetype i = 0; i < markup.links.size(); ++i) {
        const TextSpan &shown = markup.links.at(i).text;
        changes.push_back({shown.start, Link, int(i) + 1});
        changes.push_back({shown.end(), Link, 0});
    }
    // At one place, a link's end before another's start.
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.at < b.at || (a.at == b.at && a.kind == Link && b.kind == Link && a.delta < b.delta);
    });

    int depth[5] = {0, 0, 0, 0, 0};
    int link = -1;
    qsizetype from = 0;
    for (std::size_t i = 0; i <= changes.size(); ++i) {
        const qsizetype at = i < changes.size() ? changes[i].at : text.size();
        if (at > from) {
            markup.segments.append({from, at, depth[Italic] > 0, depth[Bold] > 0, depth[Strike] > 0,
                depth[Hidden] > 0, depth[Break] > 0, link});
            from = at;
        }
        if (i >= changes.size())
            break;
        if (changes[i].kind == Link)
            link = changes[i].delta - 1;
        else
            depth[changes[i].kind] += changes[i].delta;
    }
    return markup;
}

QString shownText(QStringView text)
{
    const InlineMarkup markup = findInlineMarkup(text, {}, true);
    if (markup.segments.isEmpty())
        return text.toString();
    QString shown;
    shown.reserve(text.size());
    for (const InlineSegment &segment : markup.segments) {
        if (segment.lineBreak)
            shown += u' ';
        else if (!segment.hidden)
            shown += text.sliced(segment.start, segment.end - segment.start);
    }
    return shown;
}

bool readsInItalics(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x0370 || !c.isLetter())
            continue;
        switch (c.script()) {
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Common:
        case QChar::Script_Inherited:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace Citewise
