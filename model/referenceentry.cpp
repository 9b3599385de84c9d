// Reading one line of a reference list as an entry (see docs/FORMAT.md, "Entries"): its number, the
// address among its words, and the label around it.
#include "referenceentry.h"

#include "articleio.h"
#include "leadpatterns.h"
#include "linekinds.h"
#include "textsearch.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The closer of the bracket or quote `token` opens with, when an address may stand in it.
std::optional<QChar> closerOfOpening(QStringView token)
{
    return token.size() < 2 ? std::nullopt : addressCloser(token.front());
}

// Where an http(s) address starts inside `token` that does not start with one, right after a mark that
// is no part of a scheme ("Reuters:https://…", "新华网，https://…", "日経（https://…）"), or -1.
qsizetype embeddedAddressStart(QStringView token)
{
    const qsizetype sep = indexOfShort(token, u"://");
    if (sep < 5)
        return -1;
    const bool secure = token.at(sep - 1) == u's' || token.at(sep - 1) == u'S';
    const qsizetype start = sep - (secure ? 5 : 4);
    if (start < 1)
        return -1;
    const QStringView scheme = token.sliced(start);
    if (!(secure ? startsWithAsciiNoCase(scheme, u"https") : startsWithAsciiNoCase(scheme, u"http")))
        return -1;
    const QChar before = token.at(start - 1);
    return before.isLetterOrNumber() || before == u'+' || before == u'-' || before == u'.' ? -1 : start;
}

// `url` cut at the first full-width mark ("（https://…）。", "https://…，"): addresses never hold one
// unescaped, while East Asian text writes them without a space around the address. A bracket the
// address stands in ("（https://…）") is left to trimUrlToken().
TextSpan beforeWideMark(QStringView text, TextSpan url)
{
    const qsizetype from = url.length > 1 && addressCloser(text.at(url.start)) ? url.start + 1 : url.start;
    for (qsizetype i = firstWideCharacter(text, from, url.end()); i < url.end();
         i = firstWideCharacter(text, i + 1, url.end())) {
        const char16_t c = text.at(i).unicode();
        if (c <= u'\u303f' || (c >= u'\uff00' && c <= u'\uff65'))
            return {url.start, i - url.start};
    }
    return url;
}

// Where the identifier ends that follows `token` ("doi:" or "arXiv:", ending at `tokenEnd` in `words`)
// after a space, when it is one: "doi: 10.1109/MSP.2020.2975749", "arXiv: 2006.16236". -1 otherwise.
qsizetype spacedIdentifierEnd(QStringView words, QStringView token, qsizetype tokenEnd)
{
    // (Asked of every word before an entry's address: most are told apart by their length and end.)
    if ((token.size() != 4 && token.size() != 6) || token.back() != u':')
        return -1;
    const bool doi = token.compare(u"doi:", Qt::CaseInsensitive) == 0;
    if (!doi && token.compare(u"arxiv:", Qt::CaseInsensitive) != 0)
        return -1;
    qsizetype next = tokenEnd;
    while (next < words.size() && words.at(next) == u' ')
        ++next;
    if (next == tokenEnd || next >= words.size())
        return -1;
    const qsizetype end = endOfToken(words, next);
    const QStringView id = words.sliced(next, end - next);
    const bool fits = doi ? id.size() > 4 && id.startsWith(u"10.") && id.at(3).isDigit()
                          : id.size() > 1 && id.front().isLetterOrNumber()
            && std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit(); });
    return fits ? end : -1;
}

// Where the note after an address starts and ends: the separators before it and the spaces after it go.
TextSpan trimNote(QStringView text, TextSpan span)
{
    const auto leading
        = [](QChar c) { return c.isSpace() || QStringView(u"-\u2013\u2014\u00b7|:,;.").contains(c); };
    qsizetype b = span.start;
    qsizetype e = span.end();
    while (b < e && leading(text.at(b)))
        ++b;
    while (e > b && text.at(e - 1).isSpace())
        --e;
    return {b, e - b};
}

// `span` without the HTML line break it may end with ("[1] https://…<br>", as lists written for HTML end
// their lines): the tag is neither address nor label.
TextSpan withoutLineBreakAtEnd(QStringView text, TextSpan span)
{
    const QStringView words = text.mid(span.start, span.length);
    const qsizetype tag = words.lastIndexOf(u'<');
    if (tag < 0 || !isLineBreakTag(words.sliced(tag)))
        return span;
    return trimmedSpan(text, {span.start, tag});
}

// Trims punctuation that ends a sentence rather than the address, and unbalanced closing brackets.
TextSpan trimUrlToken(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    if (const std::optional<QChar> closer = closerOfOpening(text.mid(b, e - b))) {
        ++b;
        if (*closer == u'>') {
            if (e > b && text.at(e - 1) == u'>')
                --e;
        } else if (*closer != u')') { // a ")" is left to the balance below: "(…/Mercury_(planet))"
            // No quote stands inside an address: it ends at the closing one.
            const qsizetype close = text.mid(b, e - b).indexOf(*closer);
            if (close >= 0)
                e = b + close;
        }
    }
    // No "<" stands inside an address either: one glued to its end starts markup ("…/1<br>", "…</a>").
    if (const qsizetype markup = text.mid(b, e - b).indexOf(u'<'); markup > 0)
        e = b + markup;
    while (e > b) {
        const QChar c = text.at(e - 1);
        // (And the closing quotes of other languages: an address writes none of them unescaped.)
        if (c == u'.' || c == u',' || c == u';' || c == u'>' || c == u'"' || c == u'\''
            || (c.unicode() >= 0xab && QStringView(u"\u201d\u2019\u00bb\u203a\u201c").contains(c))) {
            --e;
            continue;
        }
        if (c == u')' || c == u']') {
            const QChar open = c == u')' ? u'(' : u'[';
            const QStringView s = text.mid(b, e - b);
            if (s.count(open) < s.count(c)) {
                --e;
                continue;
            }
        }
        break;
    }
    return {b, e - b};
}

// The first address with a scheme ("https://…") among the words of `rest` from `from` (relative to it)
// on, trimmed as an address is; empty when there is none.
TextSpan schemedAddressAfter(QStringView text, TextSpan rest, qsizetype from)
{
    const QStringView words = text.mid(rest.start, rest.length);
    for (qsizetype t = from; t < words.size();) {
        while (t < words.size() && words.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(words, t);
        const QStringView token = words.mid(t, e - t);
        if (e > t && looksLikeUrl(token) && indexOfShort(token, u"://") >= 0)
            return trimUrlToken(text, beforeWideMark(text, {rest.start + t, e - t}));
        t = e;
    }
    return {};
}

// What may stand between an entry's address and its label: " \t-–—·|:,;<>()[]", and the full-width
// forms East Asian text writes ("：，、（）｜【】").
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'\uff1a': // ：
    case u'\uff0c': // ，
    case u'\u3001': // 、
    case u'\uff08': // （
    case u'\uff09': // ）
    case u'\uff5c': // ｜
    case u'\u3010': // 【
    case u'\u3011': // 】
    case u' ':
    case u'\t':
    case u'-':
    case u'\u2013': // –
    case u'\u2014': // —
    case u'\u00b7': // ·
    case u'|':
    case u':':
    case u',':
    case u';':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
        return true;
    default:
        return false;
    }
}

TextSpan trimSeparators(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    while (b < e && isSeparator(text.at(b)))
        ++b;
    while (e > b && isSeparator(text.at(e - 1)))
        --e;
    return {b, e - b};
}

// The words that lead up to an address in citation styles ("Title. Available at: https://…",
// "Retrieved from https://…"), which name nothing: taken off the end of a label that stands before it.
TextSpan withoutLeadIn(QStringView text, TextSpan label)
{
    static constexpr QStringView kLeadIns[] = {u"available online at", u"available at", u"available from",
        u"retrieved from", u"retrieved at", u"accessed from", u"accessed at", u"url", u"link", u"available"};
    const QStringView words = text.mid(label.start, label.length);
    if (words.size() < 3)
        return label;
    for (const QStringView leadIn : kLeadIns) {
        if (!words.endsWith(leadIn, Qt::CaseInsensitive))
            continue;
        const qsizetype rest = words.size() - leadIn.size();
        if (rest > 0 && words.at(rest - 1).isLetterOrNumber())
            continue; // the end of a longer word ("Curl")
        // "URL", "Link" and "Available" lead up to an address only with a colon: "The missing link" and
        // "WHATWG URL" are titles.
        const bool colon = label.end() < text.size() && text.at(label.end()) == u':';
        if ((leadIn.size() <= 4 || leadIn == u"available") && !colon)
            continue;
        TextSpan kept = trimSeparators(text, {label.start, rest});
        // IEEE style names the medium before it: "Site. [Online]. Available: https://…".
        QStringView left = words.first(rest).trimmed();
        if (left.endsWith(u'.'))
            left.chop(1);
        if (left.endsWith(u"[online]", Qt::CaseInsensitive))
            kept = trimSeparators(text, {label.start, left.size() - 8});
        return kept;
    }
    return label;
}

// Whether `words` (a label's) start with a word that says when the source was read: a note, not a name.
bool isAccessNote(QStringView words)
{
    // Thousands of labels are read: only those that start as one of the words are compared with them.
    if (words.isEmpty() || !QStringView(u"arlvzcgдо访閲ARLVZCGДО").contains(words.front()))
        return false;
    static constexpr QStringView kWords[] = {u"accessed", u"retrieved", u"last accessed", u"viewed",
        u"abgerufen", u"zugegriffen", u"consulté", u"consultado", u"consultato", u"acessado", u"geraadpleegd",
        u"дата обращения", u"обращение", u"访问于", u"访问日期", u"閲覧日"};
    const char32_t first = QChar::toCaseFolded(char32_t(words.front().unicode()));
    for (const QStringView word : kWords) {
        if (char32_t(word.front().unicode()) == first && words.startsWith(word, Qt::CaseInsensitive)
            && (words.size() == word.size() || !words.at(word.size()).isLetter()))
            return true;
    }
    return false;
}

// Whether `words` name the form of a file rather than the source: "PDF", "[PDF]", "(video)", or the
// medium, "[Online]" (as IEEE style writes it).
bool isFormatTag(QStringView words)
{
    static constexpr QStringView kTags[] = {u"pdf", u"html", u"doc", u"docx", u"ppt", u"pptx", u"xls",
        u"xlsx", u"csv", u"video", u"audio", u"online"};
    if (words.size() < 3 || words.size() > 8) // ("pdf" to "[online]")
        return false;
    if (words.size() >= 3 && (words.front() == u'(' || words.front() == u'[')
        && (words.back() == u')' || words.back() == u']'))
        words = words.sliced(1, words.size() - 2).trimmed();
    return std::any_of(std::begin(kTags), std::end(kTags),
        [words](QStringView tag) { return words.compare(tag, Qt::CaseInsensitive) == 0; });
}

// `label` without the access date at its end ("Title, accessed March 3, 2025", as some reports list
// sources), nor a file's form at its start ("[PDF] Annual report").
TextSpan withoutAccessDateOrTag(QStringView text, TextSpan label)
{
    // (Trimming took the opening bracket already: "PDF] Annual report".)
    QStringView words = text.mid(label.start, label.length);
    const qsizetype close = words.indexOf(u']');
    if (close > 0 && close <= 6 && label.start > 0 && text.at(label.start - 1) == u'['
        && isFormatTag(words.first(close)))
        label = trimSeparators(text, {label.start + close + 1, label.length - close - 1});
    words = text.mid(label.start, label.length);
    if (isFormatTag(words))
        return {label.start, 0}; // "[PDF] https://… A title": the title is the words after the address
    for (qsizetype at = words.size() - 1; at > 0; --at) {
        if (!isSeparator(words.at(at - 1)) || !isAccessNote(words.sliced(at)))
            continue;
        // After a mark that ends a part of the label ("Title, accessed …", "Title (accessed …)"): "The
        // data was accessed in May 2024" is a title.
        qsizetype mark = at - 1;
        while (mark > 0 && words.at(mark).isSpace())
            --mark;
        if (!QStringView(u",.;(\u2013\u2014-").contains(words.at(mark))
            || !containsDateLike(words.sliced(at)))
            continue;
        QStringView kept = words.first(mark + (words.at(mark) == u'(' ? 0 : 1));
        // "Report (PDF, accessed 2024)": a bracket left open goes with the note it opened.
        if (const qsizetype open = kept.lastIndexOf(u'('); open >= 0 && kept.indexOf(u')', open) < 0)
            kept = kept.first(open);
        return trimSeparators(text, {label.start, kept.size()});
    }
    return label;
}

// `label` (separators trimmed) with the closing brackets trimming took from its end given back, as
// far as it opened them ("see [2]", "(cf. [1])" reads "cf. [1]", "健康报（2024年3月5日）"); `limit` is
// where it may reach.
TextSpan keepClosingBrackets(QStringView text, TextSpan label, qsizetype limit)
{
    // The pairs trimming may take the closer of: ASCII's, and the full-width ones of East Asian text.
    static constexpr std::pair<char16_t, char16_t> kPairs[]
        = {{u'[', u']'}, {u'(', u')'}, {u'\uff08', u'\uff09'}, {u'\u3010', u'\u3011'}};
    const auto pairOf = [](QChar c) {
        return std::find_if(
            std::begin(kPairs), std::end(kPairs), [c](const auto &p) { return p.second == c; });
    };
    if (label.end() >= limit || pairOf(text.at(label.end())) == std::end(kPairs))
        return label; // nothing was taken (almost every label)
    int open[std::size(kPairs)] = {};
    for (qsizetype i = label.start; i < label.end(); ++i) {
        const QChar c = text.at(i);
        for (std::size_t p = 0; p < std::size(kPairs); ++p) {
            if (c == kPairs[p].first)
                ++open[p];
            else if (c == kPairs[p].second && open[p] > 0)
                --open[p];
        }
    }
    qsizetype end = label.end();
    for (; end < limit; ++end) {
        const auto pair = pairOf(text.at(end));
        if (pair == std::end(kPairs) || open[pair - std::begin(kPairs)] == 0)
            break;
        --open[pair - std::begin(kPairs)];
    }
    return {label.start, end - label.start};
}

// `label` without the marks a list copied from Wikipedia starts its entries with, the links back to where
// they are cited: "^ " and, for a source cited more than once, "^ a b " ("a", "b", … in turn).
TextSpan withoutBacklinks(QStringView text, TextSpan label)
{
    const QStringView words = text.mid(label.start, label.length);
    if (words.size() < 3 || words.front() != u'^' || words.at(1) != u' ')
        return label;
    qsizetype at = 2;
    // Single letters in turn from "a", two at least: "^ a study" keeps its "a".
    qsizetype i = at;
    int letters = 0;
    while (
        i + 1 < words.size() && words.at(i) == QChar(char16_t(u'a' + letters)) && words.at(i + 1) == u' ') {
        i += 2;
        ++letters;
    }
    if (letters >= 2)
        at = i;
    while (at < words.size() && words.at(at) == u' ')
        ++at;
    return {label.start + at, label.length - at};
}

// `label` without the quotes it stands in as a whole, as a Markdown link definition's title does
// ("[1]: https://… "A title""); a label that only starts with a quote ("“Ten,” Reuters") keeps it.
TextSpan withoutQuotes(QStringView text, TextSpan label)
{
    if (label.length < 3)
        return label;
    const std::optional<QChar> closer = addressCloser(text.at(label.start));
    if (!closer || *closer == u')' || *closer == u'>' || text.at(label.end() - 1) != *closer)
        return label;
    const TextSpan inside {label.start + 1, label.length - 2};
    if (QStringView(text).mid(inside.start, inside.length).contains(*closer))
        return label;
    return inside;
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

} // namespace

std::optional<QChar> addressCloser(QChar opening)
{
    switch (opening.unicode()) {
    case u'<':
        return u'>';
    case u'(':
        return u')';
    case u'\uff08': // （
        return QChar(u'\uff09');
    case u'"':
        return u'"';
    case u'\'':
        return u'\'';
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
    // A DOI or an arXiv identifier names its address (withAssumedScheme()): "doi:10.1000/x", "arXiv:2006.1".
    if ((startsWithNoCase(token, u"doi:10.") && token.size() > 7)
        || (startsWithNoCase(token, u"arxiv:") && token.size() > 6 && token.at(6).isLetterOrNumber()
            && std::any_of(token.cbegin() + 6, token.cend(), [](QChar c) { return c.isDigit(); })))
        return true;
    return startsWithNoCase(token, u"www.") || startsWithNoCase(token, u"mailto:")
        || startsWithNoCase(token, u"javascript:") || startsWithNoCase(token, u"file:")
        || startsWithNoCase(token, u"data:");
}

// "[n] URL label", "[n]: URL", "n. URL", "n) URL", "(n) URL" on line `lineNumber` of `text`. The URL may
// stand anywhere after the number.
bool readEntry(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref)
{
    const TextSpan lineSpan = lines.at(lineNumber - 1).span;
    const QStringView l = QStringView(text).mid(lineSpan.start, lineSpan.length);
    const qsizetype base = lineSpan.start;
    const qsizetype numberAt = numberStart(l);
    qsizetype pos = numberAt;
    qint64 number = 0;
    if (pos < l.size() && l.at(pos) == u'[') {
        ++pos;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size() || l.at(pos) != u']')
            return false;
        ref.numberSpan = {base + digits, pos - digits};
        ++pos;
        ref.style = Reference::Style::Bracket;
        if (pos < l.size() && l.at(pos) == u':') {
            ++pos;
            ref.style = Reference::Style::BracketColon;
        } else if (pos < l.size() && l.at(pos) == u'(') {
            return false; // a Markdown link "[1](…)"
        } else if (pos + 1 < l.size() && l.at(pos) == u'.' && l.at(pos + 1) == u' ') {
            ++pos; // "[1]. https://…"
        }
    } else {
        const bool enclosed = pos < l.size() && l.at(pos) == u'(';
        pos += enclosed;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size())
            return false;
        const QChar after = l.at(pos);
        if (enclosed ? after != u')' : after != u'.' && after != u')')
            return false;
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
            return false;
        pos += mark.size();
    }
    // A space follows the number, or an address right away ("[1]https://…"): "1.5 million" is no entry.
    if (pos < l.size() && !l.at(pos).isSpace() && !looksLikeUrl(l.sliced(pos, endOfToken(l, pos) - pos)))
        return false;
    ref.number = number;
    ref.line = lineNumber;
    ref.span = trimmedSpan(text, lineSpan);

    // Find the URL: a Markdown link target "(…)" or the first token that looks like an address.
    const TextSpan rest = withoutLineBreakAtEnd(text, trimmedSpan(text, {base + pos, l.size() - pos}));
    const QStringView restView = QStringView(text).mid(rest.start, rest.length);
    TextSpan url;
    bool anchor = false; // the address is an HTML link's
    bool markdownLink = false; // the address is the target of "[text](address)"
    bool spacedIdentifier = false; // "doi: 10.…", written as the identifier "doi:10.…"
    qsizetype t = 0;
    while (t < restView.size()) {
        while (t < restView.size() && restView.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(restView, t);
        if (e > t) {
            QStringView token = restView.mid(t, e - t);
            qsizetype offset = 0;
            const qsizetype paren = indexOfShort(token, u"](");
            if (paren >= 0) {
                offset = paren + 2;
                token = token.sliced(offset);
            } else if (startsWithNoCase(token, u"href=")) { // an HTML link, <a href="…">text</a>
                offset = 5;
                token = token.sliced(offset);
                anchor = true;
            } else if (!looksLikeUrl(token)) {
                if (const qsizetype inner = embeddedAddressStart(token); inner > 0) {
                    offset = inner;
                    token = token.sliced(offset);
                }
            }
            // "doi: 10.1109/…" (as IEEE writes it) and "arXiv: 2006.16236": the identifier after a space.
            if (const qsizetype idEnd = paren < 0 && !anchor ? spacedIdentifierEnd(restView, token, e) : -1;
                idEnd > 0) {
                url = trimUrlToken(text, {rest.start + t, idEnd - t});
                spacedIdentifier = true;
                break;
            }
            if (looksLikeUrl(token) && (!anchor || closerOfOpening(token))) {
                url = trimUrlToken(text, beforeWideMark(text, {rest.start + t + offset, e - t - offset}));
                // The link's closing ')' is no part of the address, unless it closes one the address
                // opened ("…/wiki/Python_(programming_language)").
                if (paren >= 0 && url.length > 0 && text.at(url.end() - 1) == u')') {
                    const QStringView address = QStringView(text).mid(url.start, url.length);
                    if (address.count(u')') > address.count(u'('))
                        url.length -= 1;
                }
                markdownLink = paren >= 0;
                // A host named in the words ("See the www.example.org homepage: https://…") gives way to
                // an address written whole after it.
                if (paren < 0 && !anchor
                    && startsWithNoCase(token.sliced(closerOfOpening(token) ? 1 : 0), u"www.")) {
                    if (const TextSpan whole = schemedAddressAfter(text, rest, e); whole.length > 0)
                        url = whole;
                }
                break;
            }
        }
        anchor = false;
        t = e;
    }
    if (url.length > 0 && anchor) {
        // The link's text is its label: what stands between the tag's end and "</a>".
        ref.urlSpan = url;
        ref.url = QStringView(text).mid(url.start, url.length).toString();
        const QStringView afterUrl = QStringView(text).mid(url.end(), rest.end() - url.end());
        const qsizetype tagEnd = afterUrl.indexOf(u'>');
        const qsizetype close = tagEnd < 0 ? -1 : afterUrl.indexOf(u"</a", tagEnd, Qt::CaseInsensitive);
        TextSpan label {url.end(), 0};
        if (close > tagEnd + 1)
            label = trimSeparators(text, {url.end() + tagEnd + 1, close - tagEnd - 1});
        ref.labelSpan = label;
        ref.label = QStringView(text).mid(label.start, label.length).toString();
    } else if (url.length > 0) {
        ref.urlSpan = url;
        ref.url = QStringView(text).mid(url.start, url.length).toString();
        if (spacedIdentifier)
            ref.url.remove(u' ');
        const qsizetype restEnd = rest.end();
        // The bracket or quote the address stands in belongs to neither side's label.
        qsizetype beforeEnd = url.start;
        qsizetype afterStart = url.end();
        if (url.start > rest.start) {
            if (const std::optional<QChar> closer
                = closerOfOpening(QStringView(text).mid(url.start - 1, 2))) {
                --beforeEnd;
                if (afterStart < restEnd && text.at(afterStart) == *closer)
                    ++afterStart;
            }
        }
        // An HTML tag glued to the address ("…/4<br/> (accessed 2024)", "…/2</a>") is no one's words.
        if (afterStart < restEnd && text.at(afterStart) == u'<') {
            if (const qsizetype tagEnd
                = QStringView(text).mid(afterStart, restEnd - afterStart).indexOf(u'>');
                tagEnd > 0)
                afterStart += tagEnd + 1;
        }
        TextSpan after = trimSeparators(text, {afterStart, restEnd - afterStart});
        // Skip the closing parenthesis of a Markdown link.
        if (after.length > 0 && text.at(after.start) == u')')
            after = trimSeparators(text, {after.start + 1, after.length - 1});
        const auto holdsWords
            = [&text](TextSpan s) { return holdsLetterOrDigit(QStringView(text).mid(s.start, s.length)); };
        // Words before the address name the source, as citation styles put them ("A title -
        // https://…", "Author (2020). Title. https://… (accessed …)"); otherwise the words after it.
        TextSpan label {beforeEnd, 0};
        if (beforeEnd > rest.start) // (almost every entry starts with its address)
            label = withoutAccessDateOrTag(text,
                withoutLeadIn(text,
                    keepClosingBrackets(
                        text, trimSeparators(text, {rest.start, beforeEnd - rest.start}), beforeEnd)));
        if (holdsWords(label)) {
            // The words after the address are then a note ("(accessed 2024)", "— The site"); a Markdown
            // link's title ("[text](address "title")") is not one.
            qsizetype noteStart = afterStart;
            if (markdownLink) {
                const qsizetype close = QStringView(text).mid(url.end(), restEnd - url.end()).indexOf(u')');
                noteStart = close < 0 ? restEnd : url.end() + close + 1;
            }
            if (const TextSpan note = trimNote(text, {noteStart, restEnd - noteStart}); note.length > 0)
                ref.noteSpan = note;
        } else if (const QStringView words
                   = QStringView(text).mid(afterStart, restEnd - afterStart).trimmed();
                   isFormatTag(words)
                   || isAccessNote(trimmedView(QStringView(text).mid(after.start, after.length)))) {
            // "https://… (PDF)", "https://… (accessed 2024-05-01)": a note, and no name.
            label = {afterStart, 0};
            if (const TextSpan note = trimNote(text, {afterStart, restEnd - afterStart}); note.length > 0)
                ref.noteSpan = note;
        } else {
            label = withoutQuotes(text, keepClosingBrackets(text, after, restEnd));
        }
        label = withoutBacklinks(text, label);
        if (!holdsWords(label))
            label = {label.start, 0}; // a full stop left after the address is no label
        ref.labelSpan = label;
        ref.label = QStringView(text).mid(label.start, label.length).toString();
    } else {
        // "Title. Retrieved from" with the address on the next line: the words leading up to it name
        // nothing.
        ref.labelSpan = withoutLeadIn(text, rest);
        ref.label = QStringView(text).mid(ref.labelSpan.start, ref.labelSpan.length).toString();
    }
    return true;
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

QStringView withoutQuoteOrBullet(QStringView line)
{
    // (Leading white space only, in place: renumbering asks this of every paragraph.)
    const auto skipSpaces = [](QStringView &text) {
        while (!text.isEmpty() && text.front().isSpace())
            text = text.sliced(1);
    };
    skipSpaces(line);
    while (line.startsWith(u'>')) {
        line = line.sliced(1);
        skipSpaces(line);
    }
    return withoutEntryBullet(line);
}

bool readsAsEntryWithAddress(QStringView text, qint64 *number)
{
    if (!text.startsWith(u'['))
        return false;
    // Read on its own (its spans then count from its start): no copy of the text up to it.
    const QList<Line> line {Line {{0, text.size()}, 0}};
    Reference entry;
    if (!readEntry(text, line, 1, entry) || entry.url.isEmpty() || !entry.isNumberedAsMarkers())
        return false;
    if (number)
        *number = entry.number;
    return true;
}

bool looksNumbered(QStringView bulleted)
{
    const QStringView line = withoutEntryBullet(bulleted);
    qsizetype i = 0;
    if (i < line.size() && (line.at(i) == u'[' || line.at(i) == u'(' || line.at(i) == u'#')) {
        ++i;
        while (i < line.size() && line.at(i) == u' ')
            ++i;
    }
    return i < line.size() && line.at(i).unicode() >= u'0' && line.at(i).unicode() <= u'9';
}

bool holdsAnAddress(QStringView line)
{
    for (const QStringView word : line.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (looksLikeUrl(word))
            return true;
    }
    return false;
}

} // namespace Citewise
