#include "unreadmarkers.h"

#include "codespans.h"
#include "markerchars.h"
#include "markerforms.h"
#include "referenceentry.h"
#include "textsearch.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Citewise {

namespace {

// Where a paragraph's text stands: its line, and the offset and column of its first character.
struct Place
{
    int line = 0;
    qsizetype start = 0;
    int column = 0;

    // A range ("2–4") that runs backwards or is too long to expand is read as its two numbers.
    void append(QList<Superscript> &out, qint64 first, qint64 last, QStringView line, qsizetype at,
        qsizetype length, bool sideBySide = false) const
    {
        const auto one = [&](qint64 number, qint64 to) {
            out.append({this->line, number, line.sliced(at, length).toString(), column + int(at),
                {start + at, length}, to, sideBySide && number == to});
        };
        if (last > first && last - first <= kMaxRangeExpansion) {
            one(first, last);
        } else {
            one(first, first);
            if (last != first)
                one(last, last);
        }
    }
};

int superscriptDigit(char16_t c)
{
    switch (c) {
    case u'\u00B9':
        return 1;
    case u'\u00B2':
        return 2;
    case u'\u00B3':
        return 3;
    case u'\u2070':
        return 0;
    default:
        return c >= u'\u2074' && c <= u'\u2079' ? c - u'\u2070' : -1;
    }
}

// Reads the superscript number at `i` of `line` (at `place`), moving `i` past it, into `out` when it
// stands where a footnote's would.
void readSuperscript(QStringView line, qsizetype &i, const Place &place, QList<Superscript> &out)
{
    const qsizetype start = i;
    const auto readNumber = [&] {
        qint64 value = 0;
        for (; i < line.size() && superscriptDigit(line.at(i).unicode()) >= 0 && value < 1'000'000; ++i)
            value = value * 10 + superscriptDigit(line.at(i).unicode());
        return value;
    };
    const qint64 value = readNumber();
    qint64 last = value;
    // A range, "¹⁻³", with a superscript minus or a dash.
    if (i + 1 < line.size() && (line.at(i) == u'\u207B' || isDash(line.at(i)))
        && superscriptDigit(line.at(i + 1).unicode()) >= 0) {
        ++i;
        last = readNumber();
    }
    if (start == 0 || (i < line.size() && line.at(i).isLetterOrNumber()))
        return;
    // A square or a cube after a number, a letter or a unit ("10³", "x³", "A²", "5 m²", "cm³") is no
    // footnote; anything else is taken for one ("risk.¹", "12%¹", "the EU¹", "in 2020¹"). Two capitals
    // are a word ("the EU²", "the US³"), not a unit, but for a formula's ("AB² + BC² = AC²") and a
    // chemical formula that raises its subscript ("CO²").
    const QChar before = line.at(start - 1);
    if (before == u'\u207B' || before == u'\u207A')
        return; // an exponent's sign: "10⁻³"
    qsizetype letters = 0;
    for (qsizetype k = start - 1; k >= 0 && line.at(k).isLetter(); --k)
        ++letters;
    const auto inFormula = [&] {
        // (Not '-', '*' or '/': a dash, emphasis or "EU²/EEA" may stand by a word.)
        const QStringView signs = u"=+\u2212\u00D7\u00B7";
        qsizetype next = i;
        while (next < line.size() && line.at(next) == u' ')
            ++next;
        qsizetype previous = start - letters;
        while (previous > 0 && line.at(previous - 1) == u' ')
            --previous;
        return (next < line.size() && signs.contains(line.at(next)))
            || (previous > 0 && signs.contains(line.at(previous - 1)));
    };
    const auto word = [&] {
        if (letters != 2)
            return false;
        const QStringView capitals = line.sliced(start - 2, 2);
        return capitals.at(0).isUpper() && capitals.at(1).isUpper() && capitals != u"CO" && capitals != u"NO"
            && capitals != u"SO" && !inFormula();
    };
    const bool power = last == value && (value == 2 || value == 3)
        && (before.isDigit() || (letters >= 1 && letters <= 2 && !word()));
    if (!power)
        place.append(out, value, last, line, start, i - start, !before.isDigit() && letters != 1);
}

// The numbers of an HTML superscript at `i` of `line` ("<sup>1</sup>", "<sup>1,2</sup>") or a Pandoc one
// ("^1^"), if one stands there, appended to `out` (at `place`); `i` moves past it.
void readAsciiSuperscript(QStringView line, qsizetype &i, const Place &place, QList<Superscript> &out)
{
    const auto readNumbers = [&](QStringView inside, qsizetype from, qsizetype length) {
        qint64 value = -1;
        qint64 first = -1; // of a range ("2–4"), once its dash is read
        for (qsizetype k = 0; k <= inside.size(); ++k) {
            const QChar c = k < inside.size() ? inside.at(k) : QChar(u',');
            const bool dash = c == u'-' || c == u'\u2013';
            if (c.unicode() >= u'0' && c.unicode() <= u'9') {
                value = qMin<qint64>((value < 0 ? 0 : value) * 10 + (c.unicode() - u'0'), 1'000'000'000);
            } else if (dash && value >= 0 && first < 0) {
                first = value;
                value = -1;
            } else if (c == u',' || c == u' ' || dash) {
                if (value >= 0 || first >= 0)
                    place.append(
                        out, first >= 0 ? first : value, value >= 0 ? value : first, line, from, length);
                value = -1;
                first = -1;
            } else {
                return;
            }
        }
    };
    const qsizetype at = i++;
    if (line.at(at) == u'<') {
        if (!line.sliced(at).startsWith(u"<sup>", Qt::CaseInsensitive))
            return;
        const qsizetype close = line.indexOf(u"</sup>", at + 5, Qt::CaseInsensitive);
        if (close > at + 5 && close - at < 40) {
            readNumbers(line.sliced(at + 5, close - at - 5), at, close + 6 - at);
            i = close + 6;
        }
        return;
    }
    qsizetype end = at + 1; // '^'
    while (end < line.size() && end - at < 12 && line.at(end).unicode() >= u'0'
        && line.at(end).unicode() <= u'9')
        ++end;
    if (end > at + 1 && end < line.size() && line.at(end) == u'^') {
        // "[^10^]", as Bing and Copilot write a source's number past 9: the brackets go with it.
        const bool bracketed
            = at > 0 && line.at(at - 1) == u'[' && end + 1 < line.size() && line.at(end + 1) == u']';
        // "[^1^][1]", as their Markdown reads: a link to the source, whose marker "[1]" is read.
        if (bracketed && raisedNumberBefore(line, end + 2) == at - 1) {
            i = end + 2;
            return;
        }
        readNumbers(line.sliced(at + 1, end - at - 1), at - bracketed, end + 1 + 2 * bracketed - at);
        i = end + 1 + bracketed;
    }
}

// Where the next character at or past `from` stands that may start a superscript or a marker in wide
// brackets: '<', '^', or anything from '²' on. Sixteen characters at a time where SSE2 is there: nearly
// every character of an article is passed over.
qsizetype nextNotable(QStringView text, qsizetype from)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.data());
    const qsizetype end = text.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi16(short(0x00B1));
    const __m128i angle = _mm_set1_epi16(short(u'<'));
    const __m128i caret = _mm_set1_epi16(short(u'^'));
    const __m128i zero = _mm_setzero_si128();
    const __m128i ones = _mm_set1_epi16(-1);
    // Notable: past '±' (not saturated to zero by the subtraction), '<' or '^'.
    const auto notable = [&](qsizetype at) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + at));
        const __m128i high = _mm_subs_epu16(chunk, below);
        const __m128i mark = _mm_or_si128(_mm_cmpeq_epi16(chunk, angle), _mm_cmpeq_epi16(chunk, caret));
        return _mm_or_si128(_mm_andnot_si128(_mm_cmpeq_epi16(high, zero), ones), mark);
    };
    for (; i + 16 <= end; i += 16) {
        if (_mm_movemask_epi8(_mm_or_si128(notable(i), notable(i + 8))) != 0)
            break;
    }
#endif
    while (i < end && data[i] < u'\u00B2' && data[i] != u'<' && data[i] != u'^')
        ++i;
    return i;
}

// Markers written in full-width or lenticular brackets ("［1］", "【2】"), which the article's markers are
// not read from: renumbering would leave them citing whatever their number names afterwards. Into
// `wide`, or, without it, only the first one is returned. The same pass, outside code, notes the
// numbers written as superscripts (Superscript). Numbers up to `largest` are looked for besides the
// entries'.
WideMarker scanUnreadMarkers(
    const Article &article, QList<WideMarker> *wide, QList<Superscript> &superscripts, qint64 largest)
{
    for (const Reference &ref : article.references)
        largest = qMax(largest, ref.number);
    // The number a bracket holds ("［1］", "【１２】", or "【3†source】" and "【3:0†source】" as AI
    // assistants cite what they read), or -1 when it holds anything else.
    const auto numberIn = [](QStringView inside) -> qint64 {
        if (const qsizetype mark = inside.indexOf(u'\u2020'); mark > 0) {
            const qsizetype colon = inside.first(mark).indexOf(u':');
            inside = inside.first(colon > 0 ? colon : mark);
        }
        qint64 value = 0;
        for (const QChar c : inside) {
            const char16_t u = c.unicode();
            const int digit = u >= u'0' && u <= u'9' ? u - u'0'
                : u >= u'\uff10' && u <= u'\uff19'   ? u - u'\uff10'
                                                     : -1;
            if (digit < 0 || value > 1'000'000)
                return -1;
            value = value * 10 + digit;
        }
        return inside.isEmpty() ? -1 : value;
    };
    // Paragraph by paragraph (a line never spans the text's gap, so none is copied), past the characters
    // below U+3000 eight at a time: nearly all of them.
    for (const Paragraph &paragraph : article.paragraphs) {
        const QStringView line = article.view(paragraph.span);
        const auto *data = reinterpret_cast<const char16_t *>(line.data());
        const qsizetype size = line.size();
        if (readsAsCode(article, paragraph.line))
            continue;
        const Place place {paragraph.line, paragraph.span.start,
            int(paragraph.span.start - article.lines.at(paragraph.line - 1).span.start) + 1};
        CodeSpanFinder code(line); // `code` as markers read it: a backtick nothing closes is text
        for (qsizetype i = nextNotable(line, 0); i < size; i = nextNotable(line, i)) {
            if (data[i] < u'\u3000') {
                const qsizetype before = superscripts.size();
                if (data[i] == u'<' || data[i] == u'^')
                    readAsciiSuperscript(line, i, place, superscripts);
                else if (superscriptDigit(data[i]) >= 0)
                    readSuperscript(line, i, place, superscripts);
                else
                    ++i;
                // One in `code` is code's ("`risk¹`"): looked for only once one is found, as few are.
                if (superscripts.size() > before
                    && code.inSpan(superscripts.at(before).span.start - place.start))
                    superscripts.resize(before);
                continue;
            }
            const qsizetype open = i++;
            const char16_t close = data[open] == u'\uff3b' ? u'\uff3d'
                : data[open] == u'\u3010'                  ? u'\u3011'
                                                           : 0;
            if (close == 0)
                continue;
            const qsizetype end = line.indexOf(QChar(close), i);
            if (end < 0)
                continue;
            // A number an entry has ("【2024】" in a headline names none), outside code and addresses.
            const qint64 number = numberIn(line.sliced(i, end - i));
            const qsizetype wordStart = line.lastIndexOf(u' ', open) + 1;
            if (number < 1 || number > largest || code.inSpan(open)
                || line.sliced(wordStart, open - wordStart).contains(u"://"))
                continue;
            const WideMarker marker {
                paragraph.line, place.column + int(open), {place.start + open, end + 1 - open}, number};
            if (!wide)
                return marker;
            wide->append(marker);
            i = end + 1;
        }
    }
    return {};
}

} // namespace

bool readsAsCode(const Article &article, int line)
{
    if (article.isCodeLine(line))
        return true;
    const auto indented = [](QStringView l) { return l.startsWith(u"    ") || l.startsWith(u'\t'); };
    if (!indented(article.view(article.lines.at(line - 1).span)))
        return false;
    if (line < 2)
        return true;
    const QStringView above = article.view(article.lines.at(line - 2).span);
    return above.trimmed().isEmpty() || indented(above);
}

namespace {

// The digits of a superscript number of two digits or more that names no entry, when each digit names
// one ("¹²" for entries 1 and 2); else none.
QList<qint64> digitsCited(const Superscript &superscript, const std::function<bool(qint64)> &isEntry)
{
    const QStringView written = superscript.written;
    if (!superscript.sideBySide || written.size() < 2 || isEntry(superscript.number))
        return {};
    QList<qint64> digits;
    for (const QChar c : written) {
        const int digit = superscriptDigit(c.unicode());
        if (digit <= 0 || !isEntry(digit))
            return {};
        digits.append(digit);
    }
    return digits;
}

} // namespace

SuperscriptCitation readSuperscriptCitation(
    const QList<Superscript> &superscripts, qsizetype &i, const std::function<bool(qint64)> &isEntry)
{
    SuperscriptCitation citation;
    QStringList parts;
    const TextSpan span = superscripts.at(i).span;
    for (; i < superscripts.size() && superscripts.at(i).span == span; ++i) {
        const Superscript &superscript = superscripts.at(i);
        // A range stays one when an entry has each of its numbers ("[2–4]"); else its entries are listed.
        bool whole = true;
        for (qint64 n = superscript.number; n <= superscript.last; ++n)
            whole = whole && isEntry(n);
        if (whole && superscript.last > superscript.number) {
            for (qint64 n = superscript.number; n <= superscript.last; ++n)
                citation.numbers.append(n);
            parts.append(
                QString::number(superscript.number) + QChar(kEnDash) + QString::number(superscript.last));
            continue;
        }
        // "world¹²" with no entry 12 but entries 1 and 2: two superscripts set side by side, as Bing and
        // Copilot write them.
        if (const QList<qint64> digits = digitsCited(superscript, isEntry); !digits.isEmpty()) {
            for (const qint64 n : digits) {
                citation.numbers.append(n);
                parts.append(QString::number(n));
            }
            continue;
        }
        for (qint64 n = superscript.number; n <= superscript.last; ++n) {
            if (isEntry(n)) {
                citation.numbers.append(n);
                parts.append(QString::number(n));
            } else {
                citation.complete = false;
            }
        }
    }
    if (!parts.isEmpty())
        citation.marker = u'[' + parts.join(u", ") + u']';
    return citation;
}

WideMarker firstWideMarker(const Article &article, QList<Superscript> &superscripts)
{
    return scanUnreadMarkers(article, nullptr, superscripts, 0);
}

void findWideMarkers(
    const Article &article, QList<WideMarker> &wide, QList<Superscript> &superscripts, qint64 largest)
{
    scanUnreadMarkers(article, &wide, superscripts, largest);
}

qint64 wideEntryNumber(QStringView line, qsizetype *length)
{
    if (line.size() < 3)
        return -1;
    const char16_t close = line.at(0) == u'\uff3b' ? u'\uff3d' : line.at(0) == u'\u3010' ? u'\u3011' : 0;
    if (close == 0)
        return -1;
    qint64 value = 0;
    qsizetype i = 1;
    // (Nine digits at most: a list's numbers, which always fit.)
    for (; i < line.size() && i <= 9; ++i) {
        const char16_t u = line.at(i).unicode();
        const int digit = u >= u'0' && u <= u'9' ? u - u'0'
            : u >= u'\uff10' && u <= u'\uff19'   ? u - u'\uff10'
                                                 : -1;
        if (digit < 0)
            break;
        value = value * 10 + digit;
    }
    if (i == 1 || i >= line.size() || line.at(i) != QChar(close) || value < 1)
        return -1;
    if (length)
        *length = i + 1;
    return value;
}

qint64 superscriptEntryNumber(QStringView line, qsizetype *length)
{
    qint64 value = 0;
    qsizetype i = 0;
    // (Nine digits at most, as wideEntryNumber() reads.)
    for (; i < line.size() && i < 9 && superscriptDigit(line.at(i).unicode()) >= 0; ++i)
        value = value * 10 + superscriptDigit(line.at(i).unicode());
    if (i == 0 || i == line.size() || value < 1 || superscriptDigit(line.at(i).unicode()) >= 0)
        return -1;
    // A space, or the address right away ("¹https://…"): "²Smith" or "³)" starts no entry.
    if (line.at(i) != u' ' && line.at(i) != u'\t' && !looksLikeUrl(line.sliced(i, endOfToken(line, i) - i)))
        return -1;
    if (length)
        *length = i;
    return value;
}

} // namespace Citewise
