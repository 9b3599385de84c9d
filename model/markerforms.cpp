// Reading the less common forms of citation markers (see markerforms.h and docs/FORMAT.md, "Markers").
#include "markerforms.h"

#include "markerchars.h"

#include <algorithm>
#include <span>
#include <string_view>

namespace Citewise {

namespace {

// Whether the last two numbers read make a range a list can hold: both in range, forwards and within
// kMaxRangeExpansion (a list does not say which of its numbers a bad range spoils, so it is not read).
bool isListRange(const Citation &citation)
{
    const qsizetype size = citation.numbers.size();
    if (size < 2 || size > 32)
        return false;
    const CitationNumber &first = citation.numbers.at(size - 2);
    const CitationNumber &last = citation.numbers.at(size - 1);
    return !first.outOfRange() && !last.outOfRange() && first.value <= last.value
        && last.value - first.value < kMaxRangeExpansion;
}

// The words that point into a source, after its number: "[1, p. 23]", "[2, pp. 4-7]", "[3, ch. 2]",
// "[4, S. 12]" (German "Seite"), "[5, с. 12]" (Russian "страница"), "[6, Theorem 2]", as mathematics
// cites a result. Any case; single letters count only with a full stop or a number after them
// (`withFullStop`).
bool isLocatorWord(QStringView word, bool withFullStop)
{
    static constexpr std::u16string_view kWords[] = {u"p", u"pp", u"pg", u"pgs", u"page", u"pages", u"s",
        u"ch", u"chap", u"chapter", u"sec", u"sect", u"section", u"fig", u"figs", u"figure", u"tab", u"table",
        u"para", u"paras", u"vol", u"no", u"col", u"l", u"ll", u"line", u"lines", u"n", u"nn", u"note",
        u"notes", u"art", u"eq", u"eqs", u"app", u"appx", u"appendix", u"at", u"fn", u"footnote", u"ex",
        u"example", u"thm", u"theorem", u"lem", u"lemma", u"prop", u"proposition", u"def", u"definition",
        u"cor", u"corollary", u"alg", u"algorithm", u"rem", u"remark", u"claim", u"step", u"t", u"v", u"vv",
        u"seite", u"seiten", u"kap", u"abs", u"abb", u"anhang", u"rn", u"bd", u"nr", u"cap", u"pag", u"pág",
        u"págs", u"fol", u"ff", u"с", u"стр", u"т", u"гл", u"рис", u"табл", u"разд"};
    if (word.isEmpty() || word.size() > 11)
        return false;
    if (word.size() == 1 && !withFullStop)
        return false;
    for (const std::u16string_view known : kWords) {
        if (QStringView(known).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The words that lead a source's number in, "[see 1]", "[cf. 2]", "[Ref. 4]", "[Source: 5]", "[see, e.g.,
// 1]", "[vgl. auch 2]", "[ref #3]": the length of the words, each with its full stop and a ',' or ':'
// after it, and the blanks after them, up to the number; 0 when none does. *example tells that only
// words giving examples lead in ("[e.g., 3, 5]", "[i.e., 2]"), which may as well give values as cite.
qsizetype leadInLength(QStringView line, qsizetype pos, bool *example)
{
    static constexpr QStringView kCiting[] = {u"see", u"cf", u"compare", u"ref", u"refs", u"reference",
        u"references", u"source", u"sources", u"src", u"vgl", u"siehe", u"quelle", u"quellen", u"voir",
        u"véase", u"fuente", u"fuentes", u"cfr", u"fonte", u"fontes", u"vide"};
    static constexpr QStringView kExamples[] = {u"e.g", u"eg", u"i.e", u"z.B", u"z. B", u"p.ej", u"p. ej"};
    static constexpr QStringView kJoining[] = {u"also", u"auch", u"aussi", u"además", u"anche", u"too"};
    *example = false;
    if (pos >= line.size() || !line.at(pos).isLetter())
        return 0;
    // (Most brackets opening with a letter hold words alone, "[sic]", a link's text: no digit before
    // the bracket closes, within the words' reach.)
    bool digit = false;
    for (qsizetype i = pos; i < line.size() && i < pos + 40 && line.at(i) != u']' && !digit; ++i)
        digit = isDigit(line.at(i));
    if (!digit)
        return 0;
    bool citing = false;
    bool examples = false;
    qsizetype at = pos;
    while (at < line.size() && line.at(at).isLetter()) {
        const QStringView rest = line.sliced(at);
        const auto wordAt = [rest](QStringView word) {
            return rest.size() > word.size() && rest.startsWith(word, Qt::CaseInsensitive)
                && !rest.at(word.size()).isLetter(); // "seed" is no "see"
        };
        qsizetype length = 0;
        int kind = 0; // 1 citing, 2 examples, 3 joining
        using Words = std::span<const QStringView>;
        for (const auto &[words, k] :
            {std::pair(Words(kCiting), 1), std::pair(Words(kExamples), 2), std::pair(Words(kJoining), 3)}) {
            for (const QStringView word : words) {
                if (word.size() > length && wordAt(word)) {
                    length = word.size();
                    kind = k;
                }
            }
        }
        if (kind == 0)
            return 0;
        qsizetype end = at + length;
        bool marked = false;
        if (end < line.size() && line.at(end) == u'.') {
            ++end;
            marked = true;
        }
        if (end < line.size() && (line.at(end) == u',' || line.at(end) == u':')) {
            ++end;
            marked = true;
        }
        qsizetype next = end;
        skipBlanks(line, next);
        if (next == end && !marked)
            return 0; // a word runs on into the number: "see1"
        citing = citing || kind == 1;
        examples = examples || kind == 2;
        at = next;
    }
    if (at < line.size() && line.at(at) == u'#')
        ++at;
    if (!(citing || examples) || at >= line.size() || !isDigit(line.at(at)))
        return 0;
    *example = !citing;
    return at - pos;
}

// The words that join the two ends of a range written out, "[1 to 3]", "[1 through 3]", "[1 bis 3]".
qsizetype rangeWordLength(QStringView words)
{
    static constexpr QStringView kWords[] = {u"to", u"through", u"thru", u"bis"};
    if (words.isEmpty() || !QStringView(u"tTbB").contains(words.front()))
        return 0;
    for (const QStringView word : kWords) {
        if (words.size() > word.size() && words.startsWith(word, Qt::CaseInsensitive)
            && isBlank(words.at(word.size())))
            return word.size();
    }
    return 0;
}

// What a quotation's source is annotated with, in place of a locator or after it: "[1, emphasis added]",
// "[2, my translation]"; where it ends (at ';' or ']'), or -1.
qsizetype annotationEnd(QStringView line, qsizetype pos)
{
    static constexpr QStringView kPhrases[] = {u"emphasis added", u"emphasis mine", u"emphasis in original",
        u"my emphasis", u"my translation", u"translation mine", u"own translation", u"footnote omitted",
        u"footnotes omitted", u"citation omitted", u"citations omitted", u"internal citations omitted",
        u"quotation marks omitted", u"internal quotation marks omitted", u"alteration in original",
        u"Hervorhebung hinzugefügt", u"Hervorhebung im Original", u"Übersetzung des Verfassers",
        u"traduction de l'auteur", u"nous soulignons", u"énfasis añadido", u"italics added", u"italics mine",
        u"my italics", u"italics in original", u"cleaned up", u"alterations in original",
        u"alterations added", u"alteration added", u"passim", u"ibid.", u"ibid", u"ibidem", u"trad. mía",
        u"traducción propia", u"traduction libre", u"eigene Übersetzung"};
    // (Each starts with a letter: the number after a comma in "[1, 2]" is compared with none.)
    if (pos >= line.size() || !line.at(pos).isLetter())
        return -1;
    const QStringView rest = line.sliced(pos);
    for (const QStringView phrase : kPhrases) {
        if (!rest.startsWith(phrase, Qt::CaseInsensitive))
            continue;
        qsizetype end = pos + phrase.size();
        skipBlanks(line, end);
        if (end < line.size() && (line.at(end) == u']' || line.at(end) == u';'))
            return end;
    }
    return -1;
}

// A time in a recording, "00:12:30", "12:30", "1:02:03.5", or "t=754s", as a talk or a podcast is
// cited; where it ends (at ';' or ']'), or -1.
qsizetype timeLocatorEnd(QStringView line, qsizetype pos)
{
    qsizetype end = pos;
    // "t=754s", "t=1m30s", "t=1h2m3s": digits, each group but the last with its unit.
    if (line.at(pos) == u't' && pos + 1 < line.size() && line.at(pos + 1) == u'=') {
        end += 2;
        const qsizetype digits = end;
        while (end < line.size() && (isDigit(line.at(end)) || QStringView(u"hms").contains(line.at(end))))
            ++end;
        if (end == digits || !isDigit(line.at(digits)))
            return -1;
    } else {
        // "12:30", "00:12:30", "1:02:03.5", or a run of them, "12:30–14:05"; "min" or "s" after it.
        const auto readTime = [&line](qsizetype &at) {
            int groups = 0;
            while (true) {
                const qsizetype digits = at;
                while (at < line.size() && isDigit(line.at(at)))
                    ++at;
                if (at == digits || at - digits > 2)
                    return false;
                ++groups;
                if (at >= line.size() || line.at(at) != u':')
                    break;
                ++at;
            }
            if (groups < 2 || groups > 3)
                return false;
            if (at + 1 < line.size() && line.at(at) == u'.' && isDigit(line.at(at + 1))) {
                ++at;
                while (at < line.size() && isDigit(line.at(at)))
                    ++at;
            }
            return true;
        };
        if (!readTime(end))
            return -1;
        if (end + 1 < line.size() && isDash(line.at(end)) && isDigit(line.at(end + 1))) {
            ++end;
            if (!readTime(end))
                return -1;
        }
        qsizetype unit = end;
        skipBlanks(line, unit);
        for (const QStringView word : {u"min", u"s"}) {
            if (line.sliced(unit).startsWith(word) && unit + word.size() < line.size()
                && !line.at(unit + word.size()).isLetter()) {
                end = unit + word.size();
                break;
            }
        }
    }
    skipBlanks(line, end);
    return end < line.size() && (line.at(end) == u']' || line.at(end) == u';') ? end : -1;
}

// At `pos` (after a number and the blanks after it, or after a separator and its blanks): a locator
// ("p. 23", "pp. 4–7", "§ 3", "¶ 2") running to the next ';' or the closing ']'. Returns where it
// ends, or -1 when none starts there.
qsizetype locatorEnd(QStringView line, qsizetype pos)
{
    if (pos >= line.size())
        return -1;
    if (isDigit(line.at(pos)) || line.at(pos) == u't') {
        if (const qsizetype end = timeLocatorEnd(line, pos); end >= 0)
            return end;
    }
    qsizetype end = pos;
    if (pos < line.size() && (line.at(pos) == u'\u00a7' || line.at(pos) == u'\u00b6')) { // § ¶
        end = pos + 1;
        while (end < line.size() && line.at(end) == line.at(pos))
            ++end;
    } else {
        while (end < line.size() && line.at(end).isLetter())
            ++end;
        const bool fullStop = end < line.size() && line.at(end) == u'.';
        // A single letter is a word of its own before a number too: "[1, p 12]".
        qsizetype next = end;
        skipBlanks(line, next);
        const bool numbered = next > end && next < line.size() && isDigit(line.at(next));
        if (!isLocatorWord(line.sliced(pos, end - pos), fullStop || numbered))
            return annotationEnd(line, pos);
        if (fullStop)
            ++end;
        // The word ends there: "para-athletes" is no "para".
        if (end < line.size() && !isBlank(line.at(end)) && !isDigit(line.at(end)))
            return -1;
    }
    return locatorTextEnd(line, end);
}

// Whether a page's word starts at `pos` ("p.", "pp", "page", "S.", "с.", "§", "¶"), the only locator a
// number takes without a separator before it.
bool isPageWord(QStringView line, qsizetype pos)
{
    if (pos >= line.size())
        return false;
    if (line.at(pos) == u'\u00a7' || line.at(pos) == u'\u00b6')
        return true;
    qsizetype end = pos;
    while (end < line.size() && line.at(end).isLetter())
        ++end;
    static constexpr QStringView kPages[]
        = {u"p", u"pp", u"pg", u"page", u"pages", u"s", u"seite", u"с", u"стр"};
    const QStringView word = line.sliced(pos, end - pos);
    return std::any_of(std::begin(kPages), std::end(kPages),
        [word](QStringView page) { return word.compare(page, Qt::CaseInsensitive) == 0; });
}

// The words a conjunction joins the last numbers of a list with, "[1 and 2]", in English and the
// languages whose articles are read most: "[1, 2 et 3]", "[1 y 2]", "[1 und 2]", "[1 и 2]".
qsizetype conjunctionLength(QStringView words)
{
    static constexpr QStringView kWords[] = {u"and", u"et", u"und", u"y", u"e", u"i", u"en", u"и"};
    for (const QStringView word : kWords) {
        if (words.size() > word.size() && words.startsWith(word, Qt::CaseInsensitive)
            && isBlank(words.at(word.size())))
            return word.size();
    }
    return 0;
}

} // namespace

// The locator's own text, from `pos` up to ';' or ']': no bracket, and a number, in digits or Roman ones
// ("p. 23", "ch. IV"), or a single letter ("app. B"), so that words in brackets ("[1, no changes]",
// "[2, table of contents]", "[1, n]") are no locators.
qsizetype locatorTextEnd(QStringView line, qsizetype pos)
{
    bool number = false;
    int romanDigits = 0; // -1 once anything else stands there
    int letters = 0; // the letters of a word that stands alone; -1 once there are two words or more
    for (qsizetype end = pos; end < line.size(); ++end) {
        const QChar c = line.at(end);
        if (c == u']' || c == u';')
            return number || romanDigits > 0 || letters == 1 ? end : -1;
        if (c == u'[')
            return -1;
        number |= isDigit(c);
        if (QStringView(u"ivxlcdmIVXLCDM").contains(c))
            romanDigits += romanDigits >= 0;
        else if (!isBlank(c))
            romanDigits = -1;
        if (c.isLetter() && letters >= 0)
            letters = end > pos && line.at(end - 1).isLetter() ? letters + 1 : (letters == 0 ? 1 : -1);
        else if (!isBlank(c))
            letters = -1;
    }
    return -1;
}

qsizetype unreadLocatorEnd(QStringView line, qsizetype open, QStringView *word)
{
    qsizetype pos = open + 1;
    skipBlanks(line, pos);
    if (pos >= line.size() || !isDigit(line.at(pos)))
        return -1;
    // Numbers, and what a list or range puts between them, up to a separator the word follows.
    QChar last;
    for (; pos < line.size() && !line.at(pos).isLetter(); ++pos) {
        const QChar c = line.at(pos);
        if (!(isDigit(c) || isBlank(c) || isDash(c) || c == u',' || c == u';'))
            return -1;
        if (!isBlank(c))
            last = c;
    }
    if (last != u',' && last != u';')
        return -1;
    qsizetype end = pos;
    while (end < line.size() && line.at(end).isLetter())
        ++end;
    const QStringView written = line.sliced(pos, end - pos);
    if (written.size() > 16 || isLocatorWord(written, true) || conjunctionLength(line.sliced(pos)) > 0)
        return -1;
    if (end < line.size() && line.at(end) == u'.')
        ++end;
    if (end >= line.size() || !isBlank(line.at(end)))
        return -1;
    const qsizetype close = locatorTextEnd(line, end);
    if (close < 0 || line.at(close) != u']')
        return -1;
    if (word)
        *word = written;
    return close;
}

// Parses a marker whose '[' is at `open`. Returns the index of the closing ']' or -1. Besides the plain
// forms parsePlainMarker() reads, a marker may join its numbers with "and" or "&" ("[1 and 2]", "[1 et 2]",
// "[1, 2, and 3]") and point into a source after a number ("[1, p. 23]", "[1; 2, pp. 4-7]"): only
// the numbers are the marker's, the locator is text renumbering leaves alone.
qsizetype parseMarker(
    QStringView line, qsizetype open, qsizetype lineStart, Citation &citation, LooseMarker *loose)
{
    qsizetype pos = open + 1;
    Number n;
    // Reads blanks, a number and blanks into the citation.
    const auto readItem = [&] {
        skipBlanks(line, pos);
        if (!readNumber(line, pos, lineStart, n))
            return false;
        citation.numbers.append({n.value, n.span});
        skipBlanks(line, pos);
        return pos < line.size();
    };
    // After a separator: "and " or "& " may follow it, or stand in its place.
    const auto skipConjunction = [&] {
        qsizetype at = pos;
        skipBlanks(line, at);
        if (const qsizetype length = conjunctionLength(line.sliced(at)); length > 0) {
            pos = at + length;
            return true;
        }
        if (line.sliced(at).startsWith(u'&') && at + 1 < line.size() && isBlank(line.at(at + 1))) {
            pos = at + 1;
            return true;
        }
        return false;
    };
    // A locator at `pos`, after a number and maybe ',' or ';': skipped, and true.
    bool located = false;
    const auto skipLocator = [&] {
        qsizetype at = pos;
        // (A colon too, before a blank: "[2: p. 14]", and then a page alone, "[2: 14]".)
        const bool colon = line.at(at) == u':' && at + 1 < line.size() && isBlank(line.at(at + 1));
        if (line.at(at) == u',' || line.at(at) == u';' || colon) {
            ++at;
            skipBlanks(line, at);
            if (colon) {
                qsizetype end = at;
                while (end < line.size() && isDigit(line.at(end)))
                    ++end;
                if (end > at && end < line.size() && line.at(end) == u']') {
                    pos = end;
                    located = true;
                    return true;
                }
            }
        } else if (at == 0 || !isBlank(line.at(at - 1)) || !isPageWord(line, at)) {
            // Without a separator only a page is pointed to ("[4 p. 5]"): "[1 Cor 13:4]" is scripture.
            return false;
        }
        const qsizetype end = locatorEnd(line, at);
        if (end < 0)
            return false;
        pos = end;
        located = true;
        return true;
    };
    skipBlanks(line, pos);
    // Forms that may give values as well as cite (see LooseMarker) are read only when asked for.
    bool example = false;
    pos += leadInLength(line, pos, &example);
    if (example) {
        if (!loose)
            return -1;
        *loose = LooseMarker::Examples;
    }
    if (!readItem())
        return -1;
    quint32 rangeEnds = 0;
    const auto skipRangeWord = [&] {
        if (const qsizetype length = rangeWordLength(line.sliced(pos)); length > 0 && loose) {
            pos += length;
            *loose = LooseMarker::RangeInWords;
            return true;
        }
        return false;
    };
    if (line.at(pos) == u']') {
        citation.form = Citation::Form::Single;
        citation.rangeEnds = 0;
        return pos;
    }
    if (isDash(line.at(pos)) || skipRangeWord()) {
        if (isDash(line.at(pos)))
            ++pos;
        if (!readItem())
            return -1;
        if (line.at(pos) == u']') {
            citation.form = Citation::Form::Range;
            citation.rangeEnds = 0;
            return pos;
        }
        // A range that opens a list: "[1-3, 5]".
        if (!isListRange(citation))
            return -1;
        rangeEnds |= 1U << 1;
    }
    skipLocator();
    // ASCII's, and the commas of Arabic and East Asian text ("[2، 3]", "[2、3]", "[2，3]").
    const auto isSeparator = [](QChar c) {
        return c == u',' || c == u';' || c == u'\u060c' || c == u'\u061b' || c == u'\u3001' || c == u'\uff0c';
    };
    while (pos < line.size() && line.at(pos) != u']') {
        if (isSeparator(line.at(pos))) {
            ++pos;
            skipConjunction();
        } else if (located || !skipConjunction()) {
            return -1;
        }
        // "[1, p. 12; emphasis added]": an annotation after the last locator.
        if (located) {
            qsizetype at = pos;
            skipBlanks(line, at);
            if (const qsizetype end = annotationEnd(line, at); end >= 0 && line.at(end) == u']') {
                pos = end;
                break;
            }
        }
        if (!readItem())
            return -1;
        if (isDash(line.at(pos)) || skipRangeWord()) {
            if (isDash(line.at(pos)))
                ++pos;
            if (!readItem() || !isListRange(citation))
                return -1;
            rangeEnds |= 1U << (citation.numbers.size() - 1);
        }
        located = false;
        skipLocator();
    }
    if (pos >= line.size())
        return -1;
    // "[1, p. 23]" cites one number, as "[1]" does; a range with a locator cites its run.
    if (citation.numbers.size() == 1) {
        citation.form = Citation::Form::Single;
        citation.rangeEnds = 0;
        return pos;
    }
    if (citation.numbers.size() == 2 && rangeEnds == 1U << 1) {
        citation.form = Citation::Form::Range;
        citation.rangeEnds = 0;
        return pos;
    }
    citation.form = Citation::Form::List;
    citation.rangeEnds = rangeEnds;
    return pos;
}

qsizetype raisedNumberBefore(QStringView line, qsizetype open)
{
    constexpr qsizetype kMaxDigits = 9;
    if (open < 0 || open >= line.size() || line.at(open) != u'[')
        return -1;
    qsizetype close = open + 1;
    while (
        close < line.size() && close - open <= kMaxDigits && line.at(close) >= u'0' && line.at(close) <= u'9')
        ++close;
    if (close == open + 1 || close == line.size() || line.at(close) != u']')
        return -1;
    const QStringView digits = line.sliced(open + 1, close - open - 1);
    const qsizetype start = open - digits.size() - 4; // "[^", the digits, "^]"
    if (start < 0 || !line.sliced(start).startsWith(u"[^") || line.sliced(start + 2, digits.size()) != digits
        || line.sliced(open - 2, 2) != u"^]")
        return -1;
    return start;
}

} // namespace Citewise
