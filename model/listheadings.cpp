// Which header heads an article's reference list when more than one may: other lines with a header
// word, and the headings of the writer's own that open a list without one (see articleio.h).
#include "articleio.h"
#include "linekinds.h"
#include "referenceentry.h"
#include "sectionheaders.h"

namespace Citewise {

bool hasAnotherListHeader(const Article &a, int edited, qsizetype delta)
{
    for (int line = 1; line <= a.lines.size(); ++line) {
        TextSpan span = a.lines.at(line - 1).span;
        if (line == edited || line == a.referencesSection.headerLine || span.length > kMaxHeaderLineLength)
            continue;
        if (edited > 0 && line > edited)
            span.start += delta;
        if (referencesHeaderOf(a.view(span)) != ReferencesHeader::None)
            return true;
    }
    return false;
}

bool entriesHoldAnAddress(const Article &article, int first, int last)
{
    for (int i = first; i <= last; ++i) {
        if (isSeparatorLine(article.view(article.lines.at(i - 1).span)))
            continue;
        Reference entry;
        if (!parseReferenceEntry(article, i, entry))
            return false;
        if (!entry.url.isEmpty())
            return true;
    }
    return false;
}

namespace {

// Whether `line` (at most kMaxHeaderLineLength long) may be set apart as a heading or be a word for
// further reading, by its ends and length alone: unnamedListHeadingOf() spared most lines of a body.
bool mayBeHeading(QStringView line)
{
    const QStringView t = trimmedView(line);
    if (t.isEmpty())
        return false;
    // The longest words for further reading, with a dash after them.
    constexpr qsizetype kMaxPlainWords = 28;
    return t.size() <= kMaxPlainWords || QStringView(u"#*_").contains(t.front())
        || QStringView(u":：*_-–—").contains(t.back());
}

} // namespace

int unnamedListHeading(const Article &article, int last)
{
    if (article.citations.isEmpty())
        return 0;
    const int first = article.citations.constFirst().line + 1;
    const auto lineView = [&article](int line) { return article.view(article.lines.at(line - 1).span); };
    int best = 0;
    int bestRank = -1;
    for (int i = first; i <= last; ++i) {
        const QStringView l = lineView(i);
        if (l.size() > kMaxHeaderLineLength || !mayBeHeading(l))
            continue;
        int next = i + 1;
        // ("Links:" underlined with "------", as a Markdown heading)
        if (next <= last && isSetextUnderline(lineView(next)))
            ++next;
        while (next <= last && isSeparatorLine(lineView(next)))
            ++next;
        if (next > last || !startsAsEntry(lineView(next)))
            continue;
        const UnnamedListHeading kind = unnamedListHeadingOf(l);
        if (kind == UnnamedListHeading::None || article.isCodeLine(i))
            continue;
        Reference entry;
        if (!parseReferenceEntry(article, next, entry)
            || (entry.url.isEmpty() && !entriesHoldAnAddress(article, next, last)))
            continue;
        // A heading rather than a word for further reading, and entries numbered as markers are: "[1]".
        const int rank
            = (kind == UnnamedListHeading::Heading ? 1 : 0) + (entry.isNumberedAsMarkers() ? 2 : 0);
        if (rank > bestRank) {
            best = i;
            bestRank = rank;
        }
    }
    return best;
}

} // namespace Citewise
