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

inline bool isLineBreakTag(QStringView trimmed)
{
    return equalsNoCase(trimmed, u"<br>") || equalsNoCase(trimmed, u"<br/>")
        || equalsNoCase(trimmed, u"<br />");
}

// Blank lines and "<br>" separate entries of the reference list.
inline bool isSeparatorLine(QStringView line)
{
    const QStringView t = trimmedView(line);
    return t.isEmpty() || isLineBreakTag(t);
}

inline TextSpan trimmedSpan(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    while (b < e && text.at(b).isSpace())
        ++b;
    while (e > b && text.at(e - 1).isSpace())
        --e;
    return {b, e - b};
}

inline bool isFenceLine(QStringView line)
{
    // "```" or "~~~" after leading white space (what trailing white space trimmed off cannot change).
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (line.size() - i < 3)
        return false;
    const QChar c = line[i];
    return (c == u'`' || c == u'~') && line[i + 1] == c && line[i + 2] == c;
}

// Lines the parser tests as section headers (long lines never are).
inline constexpr qsizetype kMaxHeaderLineLength = 60;
inline bool isSectionHeaderCandidate(QStringView line)
{
    return line.size() <= kMaxHeaderLineLength && (isReferencesHeader(line) || isCommentsHeader(line));
}

} // namespace Citewise
