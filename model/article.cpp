#include "article.h"
#include "linekinds.h"

#include <algorithm>

namespace Citewise {

QList<int> Citation::expandedNumbers() const
{
    QList<int> result;
    forEachExpandedNumber([&result](int n) { result.append(n); });
    return result;
}

TextSpan Article::trimmed(TextSpan s) const
{
    const TextSpan inside = trimmedSpan(view(s), {0, s.length});
    return {s.start + inside.start, inside.length};
}

QString Article::lineText(int line) const
{
    if (line < 1 || line > lines.size())
        return {};
    const TextSpan span = lines.at(line - 1).span;
    return text.mid(span.start, span.length);
}

int Article::lineAt(qsizetype offset) const
{
    if (lines.isEmpty())
        return 1;
    // First line whose end (including terminator) lies beyond offset.
    auto it = std::upper_bound(lines.cbegin(), lines.cend(), offset,
        [](qsizetype pos, const Line &l) { return pos < l.span.end() + l.terminatorLength; });
    if (it == lines.cend())
        return int(lines.size());
    return int(it - lines.cbegin()) + 1;
}

int Article::columnAt(qsizetype offset) const
{
    return columnAt(offset, lineAt(offset));
}

int Article::columnAt(qsizetype offset, int line) const
{
    if (lines.isEmpty())
        return int(offset) + 1;
    return int(offset - lines.at(line - 1).span.start) + 1;
}

QString Article::preferredNewline() const
{
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype cr = 0;
    for (const Line &l : lines) {
        if (l.terminatorLength == 2)
            ++crlf;
        else if (l.terminatorLength == 1 && text.at(l.span.end()) == u'\r')
            ++cr;
        else if (l.terminatorLength == 1)
            ++lf;
    }
    if (cr > lf && cr > crlf)
        return QStringLiteral("\r");
    return crlf > lf ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

bool Citation::cites(qint64 number) const
{
    if (!hasRange()) // written out: no need to expand
        return std::any_of(numbers.cbegin(), numbers.cend(),
            [number](const CitationNumber &n) { return !n.outOfRange() && n.value == number; });
    bool found = false;
    forEachExpandedNumber([&found, number](int n) { found = found || n == number; });
    return found;
}

bool Citation::citesNothing() const
{
    if (form != Form::Range)
        return false;
    bool cites = false;
    forEachExpandedNumber([&cites](int) { cites = true; });
    return !cites;
}

bool Article::isFence(int line) const
{
    return std::binary_search(fenceLines.cbegin(), fenceLines.cend(), line);
}

const Section *Article::otherListAt(int line) const
{
    const auto list = std::partition_point(otherReferenceLists.cbegin(), otherReferenceLists.cend(),
        [line](const Section &s) { return s.lastLine < line; });
    return list != otherReferenceLists.cend() && list->headerLine <= line ? &*list : nullptr;
}

qsizetype Article::referenceListSize() const
{
    if (otherReferenceLists.isEmpty())
        return references.size();
    const int first = otherReferenceLists.constFirst().headerLine;
    return std::partition_point(references.cbegin(), references.cend(), [first](const Reference &r) {
        return r.line < first;
    }) - references.cbegin();
}

qsizetype Article::firstFenceOfStretch(int line) const
{
    if (!referencesSection.present || line <= referencesSection.lastLine)
        return 0;
    return std::upper_bound(fenceLines.cbegin(), fenceLines.cend(), referencesSection.lastLine)
        - fenceLines.cbegin();
}

bool Article::isCodeLine(int line) const
{
    // After an odd number of fences (fences come in pairs, the last one perhaps left open), counted
    // from the start of the line's stretch of body: a block left open ends with the body above the
    // reference list, and the lines after the list are read afresh, as the parser reads them.
    if (referencesSection.present && line >= referencesSection.headerLine
        && line <= referencesSection.lastLine)
        return false;
    const auto stretchFences = fenceLines.cbegin() + firstFenceOfStretch(line);
    const auto fencesBefore = std::lower_bound(stretchFences, fenceLines.cend(), line);
    return (fencesBefore == fenceLines.cend() || *fencesBefore != line)
        && (fencesBefore - stretchFences) % 2 == 1;
}

} // namespace Citewise
