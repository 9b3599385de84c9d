#include "citationscanner.h"

namespace Citewise {

namespace {

constexpr char16_t kEnDash = u'\u2013';

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Skips a URL starting at or around `i` and returns the index after it, or -1 when there is none.
// A URL runs to the next whitespace: brackets inside it are part of the address, not markers.
qsizetype skipUrl(QStringView line, qsizetype i)
{
    const auto atWordStart = [&](qsizetype p) { return p == 0 || !line.at(p - 1).isLetterOrNumber(); };
    if (line.at(i) == u'w' && atWordStart(i) && line.mid(i, 4).compare(u"www.", Qt::CaseInsensitive) == 0) {
        // fall through to the scan below
    } else if (line.at(i).isLetter() && atWordStart(i)) {
        qsizetype j = i;
        while (j < line.size()
            && (line.at(j).isLetterOrNumber() || line.at(j) == u'+' || line.at(j) == u'.'
                || line.at(j) == u'-'))
            ++j;
        if (j == i || j + 2 >= line.size() || line.mid(j, 3) != u"://")
            return -1;
    } else {
        return -1;
    }
    qsizetype end = i;
    while (end < line.size() && !line.at(end).isSpace())
        ++end;
    return end;
}

struct Number
{
    qint64 value = 0;
    TextSpan span;
};

// Reads ASCII digits at `pos`; value -1 when they overflow qint64.
bool readNumber(QStringView line, qsizetype &pos, qsizetype lineStart, Number &out)
{
    const qsizetype begin = pos;
    qint64 value = 0;
    bool overflow = false;
    while (pos < line.size() && isDigit(line.at(pos))) {
        const int d = line.at(pos).unicode() - u'0';
        if (!overflow && value > (std::numeric_limits<qint64>::max() - d) / 10)
            overflow = true;
        if (!overflow)
            value = value * 10 + d;
        ++pos;
    }
    if (pos == begin)
        return false;
    out.value = overflow ? -1 : value;
    out.span = {lineStart + begin, pos - begin};
    return true;
}

void skipBlanks(QStringView line, qsizetype &pos)
{
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
}

// Parses a marker whose '[' is at `open`. Returns the index of the closing ']' or -1.
qsizetype parseMarker(QStringView line, qsizetype open, qsizetype lineStart, Citation &citation)
{
    qsizetype pos = open + 1;
    skipBlanks(line, pos);
    Number n;
    if (!readNumber(line, pos, lineStart, n))
        return -1;
    citation.numbers.append({n.value, n.span});
    skipBlanks(line, pos);
    if (pos >= line.size())
        return -1;
    const QChar c = line.at(pos);
    if (c == u']') {
        citation.form = Citation::Form::Single;
        return pos;
    }
    if (c == u'-' || c == kEnDash) {
        ++pos;
        skipBlanks(line, pos);
        if (!readNumber(line, pos, lineStart, n))
            return -1;
        citation.numbers.append({n.value, n.span});
        skipBlanks(line, pos);
        if (pos >= line.size() || line.at(pos) != u']')
            return -1;
        citation.form = Citation::Form::Range;
        return pos;
    }
    if (c == u',' || c == u';') {
        while (pos < line.size() && (line.at(pos) == u',' || line.at(pos) == u';')) {
            ++pos;
            skipBlanks(line, pos);
            if (!readNumber(line, pos, lineStart, n))
                return -1;
            citation.numbers.append({n.value, n.span});
            skipBlanks(line, pos);
        }
        if (pos >= line.size() || line.at(pos) != u']')
            return -1;
        citation.form = Citation::Form::List;
        return pos;
    }
    return -1;
}

// Calls f(open, close, isMarker, citation) for every bracket pair outside code spans and URLs.
template<typename F> void forEachBracket(QStringView line, qsizetype lineStart, F &&f)
{
    bool inCode = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'`') {
            inCode = !inCode;
            continue;
        }
        if (inCode)
            continue;
        if (c.isLetter()) {
            const qsizetype after = skipUrl(line, i);
            if (after > i) {
                i = after - 1;
                continue;
            }
        }
        if (c != u'[')
            continue;
        Citation citation;
        const qsizetype close = parseMarker(line, i, lineStart, citation);
        // "[1](https://…)" is a Markdown link, not a citation marker.
        const bool isLink = close >= 0 && close + 1 < line.size() && line.at(close + 1) == u'(';
        if (close >= 0 && !isLink) {
            f(i, close, true, citation);
            i = close;
        } else {
            f(i, close, false, citation);
        }
    }
}

} // namespace

void scanCitations(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &out)
{
    if (line.indexOf(u'[') < 0)
        return;
    forEachBracket(line, lineStart, [&](qsizetype open, qsizetype close, bool isMarker, Citation &c) {
        if (!isMarker)
            return;
        c.line = lineNumber;
        c.column = int(open) + 1;
        c.span = {lineStart + open, close - open + 1};
        out.append(std::move(c));
    });
}

void scanMalformedMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<MalformedMarker> &out)
{
    if (line.indexOf(u'[') < 0)
        return;
    forEachBracket(line, lineStart, [&](qsizetype open, qsizetype, bool isMarker, const Citation &c) {
        if (isMarker) {
            // A range running backwards ("[5-2]") parses but cites nothing.
            if (c.form == Citation::Form::Range && c.numbers.size() == 2
                && c.numbers[0].value > c.numbers[1].value && c.numbers[1].value >= 0) {
                const qsizetype close = line.indexOf(u']', open);
                out.append({lineNumber, int(open) + 1, {lineStart + open, close - open + 1}});
            }
            return;
        }
        // Bracket holding only digits and separators, starting with a digit: an attempted marker.
        qsizetype pos = open + 1;
        skipBlanks(line, pos);
        if (pos >= line.size() || !isDigit(line.at(pos)))
            return;
        while (pos < line.size()) {
            const QChar ch = line.at(pos);
            if (ch == u']')
                break;
            if (!(isDigit(ch) || isBlank(ch) || ch == u',' || ch == u';' || ch == u'-' || ch == kEnDash))
                return;
            ++pos;
        }
        if (pos >= line.size() || (pos + 1 < line.size() && line.at(pos + 1) == u'('))
            return;
        out.append({lineNumber, int(open) + 1, {lineStart + open, pos - open + 1}});
    });
}

} // namespace Citewise
