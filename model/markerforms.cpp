// Reading the less common forms of citation markers (see markerforms.h and docs/FORMAT.md, "Markers").
#include "markerforms.h"

#include "markerchars.h"

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
// "[4, S. 12]" (German "Seite"). Lower case; single letters count only with a full stop after them.
bool isLocatorWord(QStringView word, bool withFullStop)
{
    static constexpr std::u16string_view kWords[] = {u"p", u"pp", u"pg", u"pgs", u"page", u"pages", u"s",
        u"ch", u"chap", u"chapter", u"sec", u"sect", u"section", u"fig", u"figs", u"figure", u"tab", u"table",
        u"para", u"paras", u"vol", u"no", u"col", u"l", u"ll", u"line", u"lines", u"n", u"nn", u"note",
        u"notes", u"art", u"eq", u"app", u"at", u"seite", u"seiten", u"kap", u"abs", u"bd", u"nr", u"cap",
        u"pag", u"pág", u"págs", u"fol", u"ff", u"para"};
    if (word.isEmpty() || word.size() > 8)
        return false;
    if (word.size() == 1 && !withFullStop)
        return false;
    for (const std::u16string_view known : kWords) {
        if (QStringView(known).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// At `pos` (after a number and the blanks after it, or after a separator and its blanks): a locator
// ("p. 23", "pp. 4–7", "§ 3", "¶ 2") running to the next ';' or the closing ']'. Returns where it
// ends, or -1 when none starts there.
qsizetype locatorEnd(QStringView line, qsizetype pos)
{
    qsizetype end = pos;
    if (pos < line.size() && (line.at(pos) == u'\u00a7' || line.at(pos) == u'\u00b6')) { // § ¶
        end = pos + 1;
        while (end < line.size() && line.at(end) == line.at(pos))
            ++end;
    } else {
        while (end < line.size() && line.at(end).isLetter())
            ++end;
        const bool fullStop = end < line.size() && line.at(end) == u'.';
        if (!isLocatorWord(line.sliced(pos, end - pos), fullStop))
            return -1;
        if (fullStop)
            ++end;
        // The word ends there: "para-athletes" is no "para".
        if (end < line.size() && !isBlank(line.at(end)) && !isDigit(line.at(end)))
            return -1;
    }
    // The locator's own text, up to ';' or ']': no bracket, and a number, in digits or Roman ones
    // ("p. 23", "ch. IV"), so that words in brackets ("[1, no changes]", "[2, table of contents]") are
    // no locators.
    bool number = false;
    int romanDigits = 0; // -1 once anything else stands there
    for (; end < line.size(); ++end) {
        const QChar c = line.at(end);
        if (c == u']' || c == u';')
            return number || romanDigits > 0 ? end : -1;
        if (c == u'[')
            return -1;
        number |= isDigit(c);
        if (QStringView(u"ivxlcdmIVXLCDM").contains(c))
            romanDigits += romanDigits >= 0;
        else if (!isBlank(c))
            romanDigits = -1;
    }
    return -1;
}

} // namespace

// Parses a marker whose '[' is at `open`. Returns the index of the closing ']' or -1. Besides the plain
// forms parsePlainMarker() reads, a marker may join its numbers with "and" or "&" ("[1 and 2]",
// "[1, 2, and 3]") and point into a source after a number ("[1, p. 23]", "[1; 2, pp. 4-7]"): only
// the numbers are the marker's, the locator is text renumbering leaves alone.
qsizetype parseMarker(QStringView line, qsizetype open, qsizetype lineStart, Citation &citation)
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
        if (line.sliced(at).startsWith(u"and", Qt::CaseInsensitive) && at + 3 < line.size()
            && isBlank(line.at(at + 3))) {
            pos = at + 3;
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
        if (line.at(at) == u',' || line.at(at) == u';') {
            ++at;
            skipBlanks(line, at);
        } else if (at == 0 || !isBlank(line.at(at - 1))) {
            return false;
        }
        const qsizetype end = locatorEnd(line, at);
        if (end < 0)
            return false;
        pos = end;
        located = true;
        return true;
    };
    if (!readItem())
        return -1;
    quint32 rangeEnds = 0;
    if (line.at(pos) == u']') {
        citation.form = Citation::Form::Single;
        citation.rangeEnds = 0;
        return pos;
    }
    if (isDash(line.at(pos))) {
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
        if (!readItem())
            return -1;
        if (isDash(line.at(pos))) {
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

} // namespace Citewise
