// How the parser classifies single lines. Shared by the full parser and the incremental update, which
// must agree on every line exactly.
#pragma once

#include "article.h"
#include "sectionheaders.h"

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
    return trimmed.compare(u"<br>", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"<br/>", Qt::CaseInsensitive) == 0
        || trimmed.compare(u"<br />", Qt::CaseInsensitive) == 0;
}

// Blank lines and "<br>" separate entries of the reference list.
inline bool isSeparatorLine(QStringView line)
{
    const QStringView t = line.trimmed();
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
    const QStringView t = line.trimmed();
    return t.startsWith(u"```") || t.startsWith(u"~~~");
}

// Lines the parser tests as section headers (long lines never are).
inline constexpr qsizetype kMaxHeaderLineLength = 60;
inline bool isSectionHeaderCandidate(QStringView line)
{
    return line.size() <= kMaxHeaderLineLength && (isReferencesHeader(line) || isCommentsHeader(line));
}

} // namespace Citewise
