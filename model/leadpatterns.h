// The few patterns the parser looks for at the start of the first paragraph and of comment lines,
// matched by hand. They read like regular expressions (given with each function, and kept in the
// tests as the judge), but compiling those costs about a millisecond in every process that parses
// an article, the command line's included. Whitespace, digits and word characters are ASCII ones,
// and counts are of characters (code points), as in PCRE without Unicode properties.
#pragma once

#include "article.h"

#include <QStringView>

#include <optional>

namespace Citewise {

// `^([^\s—–][^—–\n]{0,80}?)\s+(?:—|–|--|-)\s+`: a dateline's "Place, date" and the dash after it.
struct DatelineLead
{
    qsizetype prefixLength = 0; // "Place, date"
    qsizetype length = 0; // up to the text after the dash
};
std::optional<DatelineLead> matchDatelineLead(QStringView head);

// Whether `text` holds a year or a month followed by a day, ignoring case:
// `\b(1[6-9]|20)\d\d\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d`.
bool containsDateLike(QStringView text);

// The start of a comment line: its author, the time in brackets if any, and where the text begins.
struct CommentLead
{
    TextSpan author; // untrimmed, in the line
    TextSpan time; // empty without one
    qsizetype length = 0;
};
// `^([^:()\[\]]{1,80}?)\s*\(([^()]{1,60})\)\s*:\s?`: "Author (time): text".
std::optional<CommentLead> matchCommentWithTime(QStringView line);
// `^((?:[^:()\[\]/]|(?<=\d)/(?=\d)){1,60}?):\s`: "Author: text" (a slash only in a date, "Ann, 3/4/2025").
std::optional<CommentLead> matchCommentAuthor(QStringView line);

// Whether `text` starts with an English month's name, or its first three letters ("May", "Sept.").
bool startsWithMonth(QStringView text);
// Whether `word` is the name of a day of the week, in full or shortened ("Tuesday", "Tue.", "Dienstag",
// "星期二", "화요일"), in English, the languages whose months isFullTime() knows, and a few more.
bool isWeekday(QStringView word);
// Whether `text` tells a day or a time of day, not a year alone: a month's name beside a number, a date
// in figures ("2024-05-01", "5/3/2024", "3.5.2024") or a clock time ("08:30").
bool isFullTime(QStringView text);

} // namespace Citewise
