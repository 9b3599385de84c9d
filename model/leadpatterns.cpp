#include "leadpatterns.h"

#include <algorithm>

namespace Citewise {

namespace {

constexpr char16_t kEmDash = u'\u2014';
constexpr char16_t kEnDash = u'\u2013';

bool isSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isWordCharacter(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

// The lower-case ASCII letter `c` is, ignoring case as Unicode does (long s is an s, the Kelvin sign
// a k), or 0.
char16_t asciiLetter(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return c;
    if (c >= u'A' && c <= u'Z')
        return char16_t(c - u'A' + u'a');
    if (c == u'\u017f')
        return u's';
    if (c == u'\u212a')
        return u'k';
    return 0;
}

// Characters, not UTF-16 units: a surrogate pair is one.
qsizetype nextCharacter(QStringView text, qsizetype i)
{
    return i
        + (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1);
}

qsizetype skipSpaces(QStringView text, qsizetype i)
{
    while (i < text.size() && isSpace(text.at(i).unicode()))
        ++i;
    return i;
}

bool isWordBoundary(QStringView text, qsizetype i)
{
    const bool before = i > 0 && isWordCharacter(text.at(i - 1).unicode());
    const bool after = i < text.size() && isWordCharacter(text.at(i).unicode());
    return before != after;
}

// A year from 1600 to 2099 standing alone at `i`.
bool yearAt(QStringView text, qsizetype i)
{
    if (i + 4 > text.size() || !isWordBoundary(text, i) || !isWordBoundary(text, i + 4))
        return false;
    const char16_t a = text.at(i).unicode();
    const char16_t b = text.at(i + 1).unicode();
    const bool century = (a == u'1' && b >= u'6' && b <= u'9') || (a == u'2' && b == u'0');
    return century && isDigit(text.at(i + 2).unicode()) && isDigit(text.at(i + 3).unicode());
}

// A month's name or its abbreviation, then a number, at `i`.
bool monthAndDayAt(QStringView text, qsizetype i)
{
    static constexpr char16_t months[12][4]
        = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (i + 3 > text.size() || !isWordBoundary(text, i))
        return false;
    const char16_t first[3] = {asciiLetter(text.at(i).unicode()), asciiLetter(text.at(i + 1).unicode()),
        asciiLetter(text.at(i + 2).unicode())};
    bool month = false;
    for (const auto &name : months)
        month = month || (first[0] == name[0] && first[1] == name[1] && first[2] == name[2]);
    if (!month)
        return false;
    qsizetype j = i + 3;
    while (j < text.size() && asciiLetter(text.at(j).unicode()))
        ++j;
    if (j < text.size() && text.at(j) == u'.')
        ++j;
    const qsizetype afterSpaces = skipSpaces(text, j);
    return afterSpaces > j && afterSpaces < text.size() && isDigit(text.at(afterSpaces).unicode());
}

} // namespace

std::optional<DatelineLead> matchDatelineLead(QStringView head)
{
    if (head.isEmpty())
        return std::nullopt;
    const char16_t first = head.at(0).unicode();
    if (isSpace(first) || first == kEmDash || first == kEnDash)
        return std::nullopt;
    // The shortest prefix (of at most 81 characters) followed by spaces, a dash and spaces.
    qsizetype end = nextCharacter(head, 0);
    for (int count = 0;; ++count) {
        if (end < head.size() && isSpace(head.at(end).unicode())) {
            const qsizetype dash = skipSpaces(head, end);
            qsizetype afterDash = -1;
            if (dash < head.size()) {
                const char16_t c = head.at(dash).unicode();
                if (c == kEmDash || c == kEnDash)
                    afterDash = dash + 1;
                else if (c == u'-')
                    afterDash = dash + 1 < head.size() && head.at(dash + 1) == u'-' && dash + 2 < head.size()
                            && isSpace(head.at(dash + 2).unicode())
                        ? dash + 2
                        : dash + 1;
            }
            if (afterDash > 0 && afterDash < head.size() && isSpace(head.at(afterDash).unicode()))
                return DatelineLead {end, skipSpaces(head, afterDash)};
        }
        if (count == 80 || end >= head.size())
            return std::nullopt;
        const char16_t c = head.at(end).unicode();
        if (c == kEmDash || c == kEnDash || c == u'\n')
            return std::nullopt;
        end = nextCharacter(head, end);
    }
}

bool containsDateLike(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (yearAt(text, i) || monthAndDayAt(text, i))
            return true;
    }
    return false;
}

std::optional<CommentLead> matchCommentWithTime(QStringView line)
{
    // The author: up to the first bracket, without the spaces before it, one to 80 characters of
    // neither colons nor brackets.
    qsizetype open = 0;
    qsizetype authorEnd = -1;
    while (open < line.size() && line.at(open) != u'(') {
        const char16_t c = line.at(open).unicode();
        if (c == u':' || c == u')' || c == u'[' || c == u']')
            return std::nullopt;
        if (!isSpace(c))
            authorEnd = -1;
        else if (authorEnd < 0)
            authorEnd = open;
        open = nextCharacter(line, open);
    }
    if (open >= line.size() || open == 0)
        return std::nullopt;
    if (authorEnd <= 0)
        authorEnd = authorEnd == 0 ? nextCharacter(line, 0) : open;
    int authorCount = 0;
    for (qsizetype i = 0; i < authorEnd && authorCount <= 80; i = nextCharacter(line, i))
        ++authorCount;
    if (authorCount > 80)
        return std::nullopt;
    // The time: one to 60 characters up to the closing bracket.
    const qsizetype timeStart = open + 1;
    qsizetype close = timeStart;
    int count = 0;
    while (close < line.size() && count < 60 && line.at(close) != u'(' && line.at(close) != u')') {
        close = nextCharacter(line, close);
        ++count;
    }
    if (count == 0 || close >= line.size() || line.at(close) != u')')
        return std::nullopt;
    const qsizetype colon = skipSpaces(line, close + 1);
    if (colon >= line.size() || line.at(colon) != u':')
        return std::nullopt;
    qsizetype end = colon + 1;
    if (end < line.size() && isSpace(line.at(end).unicode()))
        ++end;
    return CommentLead {{0, authorEnd}, {timeStart, close - timeStart}, end};
}

std::optional<CommentLead> matchCommentAuthor(QStringView line)
{
    qsizetype colon = 0;
    int count = 0;
    while (colon < line.size() && line.at(colon) != u':') {
        const char16_t c = line.at(colon).unicode();
        // A slash between digits is a date's ("Carol, 3/4/2025: …"); any other is no name's.
        const auto digitAt = [&line](qsizetype i) {
            return i >= 0 && i < line.size() && line.at(i).unicode() >= u'0' && line.at(i).unicode() <= u'9';
        };
        const bool dateSlash = c == u'/' && digitAt(colon - 1) && digitAt(colon + 1);
        if (c == u'(' || c == u')' || c == u'[' || c == u']' || (c == u'/' && !dateSlash) || ++count > 60)
            return std::nullopt;
        colon = nextCharacter(line, colon);
    }
    if (colon == 0 || colon + 1 >= line.size() || !isSpace(line.at(colon + 1).unicode()))
        return std::nullopt;
    return CommentLead {{0, colon}, {}, colon + 2};
}

// Whether `text` starts with an English month's name, or its first three letters ("May", "Sept.").
bool startsWithMonth(QStringView text)
{
    static constexpr QStringView kMonths[]
        = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    return std::any_of(std::begin(kMonths), std::end(kMonths),
        [text](QStringView m) { return text.startsWith(m, Qt::CaseInsensitive); });
}

bool isWeekday(QStringView word)
{
    // English and its usual abbreviations; German, French, Spanish, Italian, Portuguese; Chinese,
    // Japanese, Korean; Arabic.
    static constexpr QStringView kWeekdays[] = {u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",
        u"saturday", u"sunday", u"mon", u"tue", u"tues", u"wed", u"thu", u"thur", u"thurs", u"fri", u"sat",
        u"sun", u"montag", u"dienstag", u"mittwoch", u"donnerstag", u"freitag", u"samstag", u"sonnabend",
        u"sonntag", u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi", u"dimanche", u"lunes",
        u"martes", u"miércoles", u"jueves", u"viernes", u"sábado", u"domingo", u"lunedì", u"martedì",
        u"mercoledì", u"giovedì", u"venerdì", u"sabato", u"domenica", u"segunda-feira", u"terça-feira",
        u"quarta-feira", u"quinta-feira", u"sexta-feira", u"星期一", u"星期二", u"星期三", u"星期四",
        u"星期五", u"星期六", u"星期日", u"星期天", u"周一", u"周二", u"周三", u"周四", u"周五", u"周六",
        u"周日", u"週一", u"週二", u"週三", u"週四", u"週五", u"週六", u"週日", u"月曜日", u"火曜日",
        u"水曜日", u"木曜日", u"金曜日", u"土曜日", u"日曜日", u"월요일", u"화요일", u"수요일", u"목요일",
        u"금요일", u"토요일", u"일요일", u"الأحد", u"الاثنين", u"الإثنين", u"الثلاثاء", u"الأربعاء",
        u"الخميس", u"الجمعة", u"السبت"};
    if (word.endsWith(u'.'))
        word.chop(1);
    return std::any_of(std::begin(kWeekdays), std::end(kWeekdays),
        [word](QStringView day) { return word.compare(day, Qt::CaseInsensitive) == 0; });
}

// Whether `text` tells a day or a time of day, not a year alone ("Great piece, 2024: …" names no one):
// a month's name beside a number, a date in figures ("2024-05-01", "5/3/2024", "3.5.2024") or a clock
// time ("08:30").
bool isFullTime(QStringView text)
{
    const bool hasDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!hasDigit)
        return false;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && word.front().isLetter() && startsWithMonth(word))
            return true;
    }
    // A month and a day as East Asian text writes them: "3月19日" (Chinese, Japanese), "7월 11일" (Korean).
    for (const auto &[month, day] : {std::pair(u'\u6708', u'\u65e5'), std::pair(u'\uc6d4', u'\uc77c')}) {
        const qsizetype m = text.indexOf(QChar(month));
        if (m > 0 && text.at(m - 1).isDigit()) {
            qsizetype d = m + 1;
            while (d < text.size() && text.at(d) == u' ')
                ++d;
            const qsizetype digits = d;
            while (d < text.size() && text.at(d).isDigit())
                ++d;
            if (d > digits && d < text.size() && text.at(d) == QChar(day))
                return true;
        }
    }
    // Digits parted by '-', '/', '.' twice, or by ':' once.
    int parts = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0 && text.at(i - 1).isDigit() && text.at(i + 1).isDigit()) {
            if (c == u':')
                return true;
            if (c == u'-' || c == u'/' || c == u'.')
                ++parts;
        }
    }
    return parts >= 2;
}

} // namespace Citewise
