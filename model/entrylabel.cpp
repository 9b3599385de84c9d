// Telling an entry's label from the words around it (see entrylabel.h and docs/FORMAT.md, "Entries").
#include "entrylabel.h"

#include "leadpatterns.h"
#include "linekinds.h"
#include "referenceentry.h"
#include "textsearch.h"

#include <algorithm>
#include <optional>

namespace Citewise {

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

// What may stand between an entry's address and its label: " \t-–—·|:,;<>()[]", the full-width forms
// East Asian text writes ("：，、（）｜【】"), Arabic's comma and semicolon, and the line break of an
// entry wrapped onto the next line.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\u060c': // Arabic comma
    case u'\u061b': // Arabic semicolon
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
    case u'\u00a0': // no-break space, as word processors put between an address and its title
    case u'\u3000': // ideographic space
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

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t lower = c.unicode() | 0x20;
    return lower >= u'a' && lower <= u'z';
}

// Whether `words` start with what follows a tag's '<': a name ("b", "/em", "span class=…"), up to a '>'
// with no other '<' before it.
bool startsAsTagBody(QStringView words)
{
    qsizetype i = words.startsWith(u'/') ? 1 : 0;
    if (i >= words.size() || !isAsciiLetter(words.at(i)))
        return false;
    for (++i; i < words.size(); ++i) {
        if (words.at(i) == u'>')
            return true;
        if (words.at(i) == u'<')
            return false;
    }
    return false;
}

// Whether `words` end inside a tag, whose '>' trimming took: "The <b>report</b".
bool endsInsideTag(QStringView words)
{
    const qsizetype open = words.lastIndexOf(u'<');
    if (open < 0 || words.indexOf(u'>', open) >= 0)
        return false;
    const QStringView tag = words.sliced(open + 1);
    const qsizetype name = tag.startsWith(u'/') ? 1 : 0;
    return name < tag.size() && isAsciiLetter(tag.at(name));
}

} // namespace

TextSpan keepTagBrackets(QStringView text, TextSpan label, qsizetype floor, qsizetype limit)
{
    if (label.length == 0)
        return label;
    // Nothing but a line break ("<br> - https://…"): no label.
    if (label.start > floor && label.end() < limit
        && isLineBreakTag(text.sliced(label.start - 1, label.length + 2)))
        return {label.start, 0};
    if (label.start > floor && text.at(label.start - 1) == u'<'
        && startsAsTagBody(text.sliced(label.start, label.length))) {
        label = {label.start - 1, label.length + 1};
        // A line break there ("-> <br>Title") is no one's words, as one next to the address.
        if (const qsizetype past = pastLineBreakTag(text, label.start, label.end()); past > label.start)
            label = trimSeparators(text, {past, label.end() - past});
    }
    if (label.end() < limit && text.at(label.end()) == u'>'
        && endsInsideTag(text.sliced(label.start, label.length))) {
        ++label.length;
        if (const qsizetype before = beforeLineBreakTag(text, label.start, label.end()); before < label.end())
            label = trimSeparators(text, {label.start, before - label.start});
    }
    return label;
}

qsizetype pastLineBreakTag(QStringView text, qsizetype from, qsizetype end)
{
    qsizetype tag = from;
    while (tag < end && text.at(tag).isSpace())
        ++tag;
    if (tag >= end || text.at(tag) != u'<')
        return from;
    const qsizetype close = indexOfCharacter(text.first(qMin(end, tag + kLongestLineBreakTag)), u'>', tag);
    return close > 0 && isLineBreakTag(text.sliced(tag, close + 1 - tag)) ? close + 1 : from;
}

qsizetype beforeLineBreakTag(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype close = end;
    while (close > start && text.at(close - 1).isSpace())
        --close;
    if (close <= start || text.at(close - 1) != u'>')
        return end;
    const qsizetype from = qMax(start, close - kLongestLineBreakTag);
    const qsizetype tag = text.sliced(from, close - from).lastIndexOf(u'<');
    return tag >= 0 && isLineBreakTag(text.sliced(from + tag, close - from - tag)) ? from + tag : end;
}

// The words that lead up to an address in citation styles ("Title. Available at: https://…",
// "Retrieved from https://…", and as other languages' styles write them: "Recuperado de", "Disponível
// em", "Disponible sur", "Verfügbar unter", GOST's "Режим доступа:"), which name nothing: taken off the
// end of a label that stands before it.
TextSpan withoutLeadIn(QStringView text, TextSpan label)
{
    static constexpr QStringView kLeadIns[] = {u"available online at", u"available at", u"available from",
        u"retrieved from", u"retrieved at", u"accessed from", u"accessed at", u"recuperado de",
        u"disponible en", u"obtenido de", u"disponível em", u"disponible sur", u"disponible à",
        u"disponibile su", u"online verfügbar unter", u"verfügbar unter", u"abrufbar unter", u"abgerufen von",
        u"online unter", u"beschikbaar op", u"режим доступа", u"url", u"link", u"available", u"网址",
        u"链接"};
    // The medium IEEE style, and GOST's, names before it: "Site. [Online]. Available: https://…".
    static constexpr QStringView kMedia[] = {u"[online]", u"[en ligne]", u"[электронный ресурс]"};
    const QStringView words = text.mid(label.start, label.length);
    if (words.size() < 2)
        return label;
    for (const QStringView leadIn : kLeadIns) {
        if (!words.endsWith(leadIn, Qt::CaseInsensitive))
            continue;
        const qsizetype rest = words.size() - leadIn.size();
        if (rest > 0 && words.at(rest - 1).isLetterOrNumber())
            continue; // the end of a longer word ("Curl")
        // "URL", "Link" and "Available" lead up to an address only with a colon (French sets a space
        // before it): "The missing link" and "WHATWG URL" are titles.
        if (leadIn.size() <= 4 || leadIn == u"available") {
            qsizetype at = label.end();
            while (at < text.size() && at < label.end() + 2 && text.at(at).isSpace())
                ++at;
            if (at >= text.size() || (text.at(at) != u':' && text.at(at) != u'\uff1a'))
                continue;
        }
        TextSpan kept = trimSeparators(text, {label.start, rest});
        QStringView left = words.first(rest);
        while (!left.isEmpty()
            && (left.back().isSpace() || QStringView(u".-\u2013\u2014").contains(left.back())))
            left.chop(1);
        for (const QStringView medium : kMedia) {
            if (left.endsWith(medium, Qt::CaseInsensitive))
                kept = trimSeparators(text, {label.start, left.size() - medium.size()});
        }
        return kept;
    }
    return label;
}

// Whether `words` (a label's) start with a word that says when the source was read: a note, not a name.
bool isAccessNote(QStringView words)
{
    // Thousands of labels are read: only those that start as one of the words are compared with them.
    if (words.isEmpty())
        return false;
    const char16_t lead = words.front().unicode();
    if (lead < 0x80) {
        switch (lead | 0x20) {
        case u'a':
        case u'c':
        case u'g':
        case u'l':
        case u'r':
        case u'v':
        case u'z':
            break;
        default:
            return false;
        }
    } else if (!QStringView(u"до访閲ДО").contains(words.front())) {
        return false;
    }
    static constexpr QStringView kWords[] = {u"accessed", u"retrieved", u"last accessed", u"viewed",
        u"abgerufen", u"zugegriffen", u"consulté", u"consultado", u"consultato", u"acessado", u"acesso em",
        u"geraadpleegd", u"дата обращения", u"обращение", u"访问于", u"访问日期", u"閲覧日"};
    const char32_t first = lead < 0x80 ? char32_t(lead | 0x20) : QChar::toCaseFolded(char32_t(lead));
    for (const QStringView word : kWords) {
        if (char32_t(word.front().unicode()) == first && startsWithNoCase(words, word)
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

TextSpan withoutFormatTag(QStringView text, TextSpan label)
{
    // (Trimming took the opening bracket already: "PDF] Annual report".)
    const QStringView words = text.mid(label.start, label.length);
    const qsizetype close = words.indexOf(u']');
    if (close > 0 && close <= 6 && label.start > 0 && text.at(label.start - 1) == u'['
        && isFormatTag(words.first(close))) {
        // Only its start: the end is as trimming and keepClosingBrackets() left it ("[2023 edition]").
        qsizetype start = label.start + close + 1;
        while (start < label.end() && isSeparator(text.at(start)))
            ++start;
        label = {start, label.end() - start};
    }
    return label;
}

// `label` without the access date at its end ("Title, accessed March 3, 2025", as some reports list
// sources), nor a file's form at its start ("[PDF] Annual report").
TextSpan withoutAccessDateOrTag(QStringView text, TextSpan label)
{
    label = withoutFormatTag(text, label);
    const QStringView words = text.mid(label.start, label.length);
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
        // ("Lithium prices (S&P Global), accessed …" keeps its bracket.)
        return keepClosingBrackets(
            text, trimSeparators(text, {label.start, kept.size()}), label.start + kept.size());
    }
    return label;
}

namespace {

// The brackets trimming may take from a label's ends: ASCII's, and the full-width ones of East Asian text.
constexpr std::pair<char16_t, char16_t> kBracketPairs[]
    = {{u'[', u']'}, {u'(', u')'}, {u'\uff08', u'\uff09'}, {u'\u3010', u'\u3011'}};
constexpr std::size_t kBracketPairCount = std::size(kBracketPairs);

// The pair `c` opens, or closes; -1 for none.
int pairOpenedBy(QChar c)
{
    for (std::size_t p = 0; p < kBracketPairCount; ++p) {
        if (c == kBracketPairs[p].first)
            return int(p);
    }
    return -1;
}
int pairClosedBy(QChar c)
{
    for (std::size_t p = 0; p < kBracketPairCount; ++p) {
        if (c == kBracketPairs[p].second)
            return int(p);
    }
    return -1;
}

// Of each pair, how many brackets `words` leaves open, and how many it closes that it did not open.
struct UnmatchedBrackets
{
    int open[kBracketPairCount] = {};
    int closed[kBracketPairCount] = {};
};
UnmatchedBrackets unmatchedBrackets(QStringView words)
{
    UnmatchedBrackets unmatched;
    for (const QChar c : words) {
        if (const int p = pairOpenedBy(c); p >= 0) {
            ++unmatched.open[p];
        } else if (const int q = pairClosedBy(c); q >= 0) {
            if (unmatched.open[q] > 0)
                --unmatched.open[q];
            else
                ++unmatched.closed[q];
        }
    }
    return unmatched;
}

} // namespace

// `label` (separators trimmed) with the closing brackets trimming took from its end given back, as
// far as it opened them ("see [2]", "(cf. [1])" reads "cf. [1]", "健康报（2024年3月5日）"); `limit` is
// where it may reach.
TextSpan keepClosingBrackets(QStringView text, TextSpan label, qsizetype limit)
{
    if (label.end() >= limit || pairClosedBy(text.at(label.end())) < 0)
        return label; // nothing was taken (almost every label)
    UnmatchedBrackets unmatched = unmatchedBrackets(text.sliced(label.start, label.length));
    qsizetype end = label.end();
    for (; end < limit; ++end) {
        const int p = pairClosedBy(text.at(end));
        if (p < 0 || unmatched.open[p] == 0)
            break;
        --unmatched.open[p];
    }
    return {label.start, end - label.start};
}

TextSpan keepOpeningBrackets(QStringView text, TextSpan label, qsizetype floor)
{
    if (label.length == 0 || label.start <= floor || pairOpenedBy(text.at(label.start - 1)) < 0)
        return label; // nothing was taken (almost every label)
    UnmatchedBrackets unmatched = unmatchedBrackets(text.sliced(label.start, label.length));
    qsizetype start = label.start;
    for (; start > floor; --start) {
        const int p = pairOpenedBy(text.at(start - 1));
        if (p < 0 || unmatched.closed[p] == 0)
            break;
        --unmatched.closed[p];
    }
    return {start, label.end() - start};
}

namespace {

// The length of the Markdown link back to where a source is cited that starts `words`, as a wiki page
// converted to Markdown writes one before each entry ("**[^](https://…#cite_ref-1)**",
// "[***a***](#cite_ref-x)"), with the emphasis it stands in and the spaces after it; 0 when none does.
qsizetype backlinkLength(QStringView words)
{
    qsizetype i = 0;
    while (i < words.size() && (words.at(i) == u'*' || words.at(i) == u'_'))
        ++i;
    const qsizetype marks = i;
    if (i >= words.size() || words.at(i) != u'[')
        return 0;
    const qsizetype close = words.indexOf(u"](", i);
    const qsizetype end = close < 0 ? -1 : words.indexOf(u')', close);
    if (end < 0 || words.sliced(i + 1, close - i - 1).contains(u'[')
        || !words.sliced(close, end - close).contains(u"#cite_ref"))
        return 0;
    i = end + 1;
    for (qsizetype closing = 0;
         closing < marks && i < words.size() && words.at(i) == words.at(marks - 1 - closing); ++closing)
        ++i;
    while (i < words.size() && words.at(i).isSpace())
        ++i;
    return i;
}

// Whether `words` start with the mark of a wiki's links back, and a space: '^' in English pages, '↑' in
// German and French ones.
bool startsWithBacklinkMark(QStringView words)
{
    return words.size() >= 2 && (words.front() == u'^' || words.front() == u'\u2191') && words.at(1) == u' ';
}

} // namespace

bool isBacklinkTarget(QStringView target)
{
    return target.contains(u"#cite_ref");
}

// `label` without the marks a list copied from Wikipedia starts its entries with, the links back to where
// they are cited: "^ " ("↑ " in German and French) and, for a source cited more than once, "^ a b "
// ("a", "b", … in turn; "^ Jump up to: a b " copied from a browser), or, in a page converted to
// Markdown, those links themselves ("**[^](…#cite_ref-1)**").
TextSpan withoutBacklinks(QStringView text, TextSpan label)
{
    // The links themselves, after a "^ " or not: "**[^](…)** ", "^ [a](…) [b](…) ".
    const QStringView all = text.mid(label.start, label.length);
    qsizetype skip = startsWithBacklinkMark(all) ? 2 : 0;
    int links = 0;
    for (qsizetype n = backlinkLength(all.sliced(skip)); n > 0; n = backlinkLength(all.sliced(skip))) {
        skip += n;
        ++links;
    }
    if (links > 0)
        label = {label.start + skip, label.length - skip};
    const QStringView words = text.mid(label.start, label.length);
    if (words.size() < 3 || !startsWithBacklinkMark(words))
        return label;
    qsizetype at = 2;
    // A page copied from a browser words the lettered links: "^ Jump up to: a b".
    constexpr QStringView jumpUpTo = u"Jump up to: ";
    if (words.sliced(at).startsWith(jumpUpTo))
        at += jumpUpTo.size();
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

} // namespace Citewise
