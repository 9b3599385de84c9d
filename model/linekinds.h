// How the parser classifies single lines. Shared by the full parser and the incremental update, which
// must agree on every line exactly.
#pragma once

#include "article.h"
#include "sectionheaders.h"
#include "textsearch.h"

#include <QStringView>

namespace Citewise {

inline bool isBlankLine(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

// HTML's line break, "<br>", "<br/>" or "<br />" in any case, whose longest form is as long as this: a
// tag is looked for no further from its '<' or its '>'.
inline constexpr qsizetype kLongestLineBreakTag = 6;
inline bool isLineBreakTag(QStringView trimmed)
{
    return equalsNoCase(trimmed, u"<br>") || equalsNoCase(trimmed, u"<br/>")
        || equalsNoCase(trimmed, u"<br />");
}

// The tags that open and close an HTML list, "<ol>", "</ul>", on a line of their own around its items.
inline bool isListTag(QStringView trimmed)
{
    return trimmed.size() >= 4 && trimmed.size() <= 5 && trimmed.front() == u'<'
        && (equalsNoCase(trimmed, u"<ol>") || equalsNoCase(trimmed, u"</ol>")
            || equalsNoCase(trimmed, u"<ul>") || equalsNoCase(trimmed, u"</ul>"));
}

// Blank lines, "<br>" and the tags around an HTML list separate entries of the reference list.
inline bool isSeparatorLine(QStringView line)
{
    const QStringView t = trimmedView(line);
    return t.isEmpty() || isLineBreakTag(t) || isListTag(t);
}

// (Always inlined: the body's line loop trims every line with it.)
Q_ALWAYS_INLINE TextSpan trimmedSpan(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    while (b < e && text.at(b).isSpace())
        ++b;
    while (e > b && text.at(e - 1).isSpace())
        --e;
    return {b, e - b};
}

// A code fence: three or more '`' or '~' after leading white space, and the marks of a quotation if any
// (a fence in a quotation opens or closes code as one outside it does). A run of backticks followed by
// another backtick on the line is inline code ("```x```"), not a fence.
struct Fence
{
    char16_t character = 0;
    qsizetype length = 0; // 0: the line is no fence
    qsizetype end = 0; // where the run ends in the line
};

// (Always inlined: the body's line loop asks it of every line.)
Q_ALWAYS_INLINE Fence fenceOf(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (line.size() - i < 3)
        return {};
    char16_t c = line[i].unicode();
    // In a quotation ("> ```python", "> > ~~~"), past its marks.
    while (c == u'>') {
        ++i;
        while (i < line.size() && line[i].isSpace())
            ++i;
        if (line.size() - i < 3)
            return {};
        c = line[i].unicode();
    }
    if (c != u'`' && c != u'~')
        return {};
    const qsizetype start = i;
    while (i < line.size() && line[i] == c)
        ++i;
    if (i - start < 3 || (c == u'`' && line.sliced(i).contains(u'`')))
        return {};
    return {c, i - start, i};
}

// A first line that opens front matter (trimmed): "---" for YAML, "+++" for TOML (as Hugo writes it).
inline bool opensFrontMatter(QStringView trimmed)
{
    return trimmed == u"---" || trimmed == u"+++";
}

inline bool isFenceLine(QStringView line)
{
    return fenceOf(line).length > 0;
}

// Whether `line` closes a block that `open` opened: a fence of the same character, at least as long,
// with nothing after it but white space (as in CommonMark; "```" does not close "~~~" or "````").
inline bool closesFence(QStringView line, const Fence &open)
{
    const Fence f = fenceOf(line);
    if (f.character != open.character || f.length < open.length)
        return false;
    for (qsizetype i = f.end; i < line.size(); ++i) {
        if (!line[i].isSpace())
            return false;
    }
    return true;
}

// Lines the parser tests as section headers (long lines never are).
inline constexpr qsizetype kMaxHeaderLineLength = 60;

// Whether isCommentsHeader() may hold for `line`, by its length and first character alone: a line
// longer than a header's limit is one only when it names the post its comments are on, after a count.
inline bool mayBeCommentsHeader(QStringView line)
{
    // (Nor is an entry's line, "[1] …", as isCommentsHeader() turns away what starts like one.)
    if (line.startsWith(u'['))
        return false;
    if (line.size() <= kMaxHeaderLineLength)
        return true;
    const QChar first = line.front();
    return first.isSpace() || first == u'#' || (first >= u'0' && first <= u'9') || first == u'O'
        || first == u'o';
}

inline bool isSectionHeaderCandidate(QStringView line)
{
    // (A comments header may be longer when it names the post: "2 thoughts on “…”".)
    return (line.size() <= kMaxHeaderLineLength && referencesHeaderOf(line) != ReferencesHeader::None)
        || (mayBeCommentsHeader(line) && isCommentsHeader(line));
}

} // namespace Citewise
