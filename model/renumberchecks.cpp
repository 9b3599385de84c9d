// What keeps renumbering from going on: markers it would leave naming another source, in text it does
// not rewrite, and lists that would trade sources (see Renumberer).
#include "renumberer_p.h"

#include "citationscanner.h"
#include "linekinds.h"
#include "markerchars.h"
#include "renumberrefusal.h"

#include <algorithm>

namespace Citewise {

QString Renumberer::severalLists() const
{
    const QList<Section> &others = m_article.otherReferenceLists;
    if (others.isEmpty())
        return {};
    const QList<Reference> &refs = m_article.references;
    qint64 previousHighest = 0;
    qsizetype from = 0;
    for (qsizetype list = 0; list <= others.size(); ++list) {
        const qsizetype end = list < others.size()
            ? std::partition_point(refs.cbegin() + from, refs.cend(),
                  [&](const Reference &r) { return r.line < others.at(list).headerLine; })
                - refs.cbegin()
            : refs.size();
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 highest = 0;
        for (qsizetype i = from; i < end; ++i) {
            if (m_result.droppedReferences.contains(refs.at(i).number))
                continue;
            lowest = qMin(lowest, mapped(refs.at(i).number));
            highest = qMax(highest, mapped(refs.at(i).number));
        }
        if (lowest < previousHighest) {
            return Renumbering::tr("Renumbering would move sources between the lists of sources on lines %1 "
                                   "and %2. Join the lists under one header before renumbering.")
                .arg(list == 1 ? m_article.referencesSection.headerLine : others.at(list - 2).headerLine)
                .arg(others.at(list - 1).headerLine);
        }
        previousHighest = qMax(previousHighest, highest);
        from = end;
    }
    return {};
}

QString Renumberer::markerInTheListsText() const
{
    const Section &section = m_article.referencesSection;
    if (!section.present)
        return {};
    QHash<int, const Reference *> entryOnLine;
    QSet<int> droppedLines; // an entry dropped goes with its words
    for (const Reference &ref : m_article.references) {
        entryOnLine.insert(ref.line, &ref);
        if (m_result.droppedReferences.contains(ref.number)) {
            droppedLines.insert(ref.line);
            for (int continuation : ref.continuationLines)
                droppedLines.insert(continuation);
        }
    }
    // The reference list, and the lists of sources after it (a digest's "Sources:" of its second part).
    QList<const Section *> lists {&section};
    for (const Section &other : m_article.otherReferenceLists)
        lists.append(&other);
    for (const Section *list : std::as_const(lists)) {
        for (int line = list->firstLine; line <= list->lastLine && line <= m_article.lines.size(); ++line) {
            const TextSpan span = m_article.lines.at(line - 1).span;
            qsizetype from = span.start;
            if (const Reference *entry = entryOnLine.value(line); entry && entry->numberSpan.length > 0)
                from = entry->numberSpan.end() + 1; // past the number and its ']', '.' or ')'
            if (from >= span.end() || m_article.isCodeLine(line) || droppedLines.contains(line))
                continue;
            if (const QString marker = movingMarkerIn({from, span.end() - from}, line); !marker.isEmpty()) {
                return Renumbering::tr("Line %1 of the reference list cites %2 in its own text, which "
                                       "renumbering would leave naming another source; move it to the "
                                       "body or write the source's name there before renumbering.")
                    .arg(line)
                    .arg(marker);
            }
        }
    }
    return {};
}

QString Renumberer::markerOutsideTheBody() const
{
    // The whole line: the commenter's part too ("Bob (re [2]): …").
    for (const Comment &comment : m_article.comments) {
        if (const QString marker = movingMarkerIn(comment.span, comment.line); !marker.isEmpty()) {
            return Renumbering::tr("The comment on line %1 cites %2, which renumbering would leave naming "
                                   "another source; write the source's name there before renumbering.")
                .arg(comment.line)
                .arg(marker);
        }
    }
    // Every field of the front matter: its title, and a summary or description that cites too.
    if (!m_article.frontMatter.isEmpty()) {
        const int first = m_article.lineAt(m_article.frontMatter.start);
        const int last
            = m_article.lineAt(qMax<qsizetype>(m_article.frontMatter.start, m_article.frontMatter.end() - 1));
        for (int line = first; line <= last; ++line) {
            const QString marker = movingMarkerIn(m_article.lines.at(line - 1).span, line);
            if (marker.isEmpty())
                continue;
            // (A title's value may go on over the lines under its field: "title: >-".)
            const bool inTitle = line == m_article.titleLine
                || (line > m_article.titleLine
                    && m_article.lines.at(line - 1).span.start < m_article.titleSpan.end());
            if (inTitle) {
                return Renumbering::tr(
                    "The title in the front matter cites %1, which renumbering would leave "
                    "naming another source; take it out of the title before renumbering.")
                    .arg(marker);
            }
            return Renumbering::tr("Line %1 of the front matter cites %2, which renumbering would leave "
                                   "naming another source; take it out of the front matter before "
                                   "renumbering.")
                .arg(line)
                .arg(marker);
        }
    }
    const QList<int> &fences = m_article.fenceLines;
    const Section &list = m_article.referencesSection;
    const qsizetype aboveList
        = list.present ? m_article.firstFenceOfStretch(list.lastLine + 1) : fences.size();
    for (const auto &[first, end] :
        {std::pair(qsizetype(0), aboveList), std::pair(aboveList, fences.size())}) {
        if ((end - first) % 2 == 0)
            continue;
        // The block runs to the end of its part: the reference list's header, or the comments'.
        const int fence = fences.at(end - 1);
        const Section &comments = m_article.commentsSection;
        int last = int(m_article.lines.size());
        if (list.present && fence < list.headerLine)
            last = list.headerLine - 1;
        else if (comments.present && fence < comments.headerLine)
            last = comments.headerLine - 1;
        for (int line = fence + 1; line <= last; ++line) {
            const QString marker = movingMarkerIn(m_article.lines.at(line - 1).span, line);
            if (!marker.isEmpty()) {
                return Renumbering::tr("Line %1 stands in a code block that no fence closes (line %2) and "
                                       "cites %3 there, which renumbering would leave naming another "
                                       "source; close the code block before renumbering.")
                    .arg(line)
                    .arg(fence)
                    .arg(marker);
            }
        }
    }
    return {};
}

int Renumberer::movingNumberInIndentedCode() const
{
    const auto indented = [](QStringView l) { return l.startsWith(u"    ") || l.startsWith(u'\t'); };
    for (const Citation &citation : m_article.citations) {
        const qsizetype at = citation.span.start;
        if (at == 0)
            continue;
        qsizetype operand = at;
        while (operand > 0 && isBlank(m_article.text.at(operand - 1)))
            --operand;
        const QChar before = operand > 0 ? m_article.text.at(operand - 1) : QChar();
        const bool glued = operand == at && (before.isLetterOrNumber() || before == u'_');
        if (!glued && !QStringView(u"=(,").contains(before))
            continue;
        const QStringView line = m_article.view(m_article.lines.at(citation.line - 1).span);
        if (!indented(line) || citation.line < 2)
            continue;
        const QStringView above = m_article.view(m_article.lines.at(citation.line - 2).span);
        if (!(isSeparatorLine(above) || indented(above)))
            continue;
        if (!std::any_of(
                line.cbegin(), line.cend(), [](QChar c) { return QStringView(u"=(){};").contains(c); }))
            continue;
        bool moves = false;
        citation.forEachExpandedNumber(
            [&](int n) { moves = moves || mapped(n) != n || m_result.droppedReferences.contains(n); });
        if (moves)
            return citation.line;
    }
    return 0;
}

QString Renumberer::movingSuperscript() const
{
    // A number no entry has ("fell.³" with no entry 3) names no source, unless renumbering gives it
    // to one: then it would cite that.
    const auto isEntry
        = [this](qint64 n) { return m_refIndexByNumber.contains(n) || entryNumbersAfter().contains(n); };
    const auto moves = [this](qint64 n) {
        return m_refIndexByNumber.contains(n) ? mapped(n) != n || m_result.droppedReferences.contains(n)
                                              : entryNumbersAfter().contains(n);
    };
    for (qsizetype i = 0; i < m_superscripts.size();) {
        const Superscript &first = m_superscripts.at(i);
        const SuperscriptCitation cited = readSuperscriptCitation(m_superscripts, i, isEntry);
        if (std::none_of(cited.numbers.cbegin(), cited.numbers.cend(), moves))
            continue;
        const QString reason = cited.numbers.size() > 1
            ? Renumbering::tr("Line %1 cites sources by superscript numbers (“%2”, column %3), which "
                              "renumbering does not read; write them as %4 before renumbering.")
            : Renumbering::tr("Line %1 cites a source by a superscript number (“%2”, column %3), which "
                              "renumbering does not read; write it as %4 before renumbering.");
        return reason.arg(
            QString::number(first.line), first.written, QString::number(first.column), cited.marker);
    }
    return {};
}

QString Renumberer::movingMarkerIn(TextSpan span, int line) const
{
    if (span.isEmpty())
        return {};
    m_found.clear(); // (its room kept from one line to the next)
    scanCitations(m_article.view(span), span.start, line, m_found);
    for (const Citation &citation : std::as_const(m_found)) {
        if (citation.span.start > 0 && m_article.text.at(citation.span.start - 1).isLetterOrNumber())
            continue;
        bool moves = false;
        citation.forEachExpandedNumber([&](int n) {
            moves = moves || mapped(n) != n || m_result.droppedReferences.contains(n)
                || (!m_refIndexByNumber.contains(n) && entryNumbersAfter().contains(n));
        });
        if (moves)
            return m_article.view(citation.span).toString();
    }
    return {};
}

const QSet<qint64> &Renumberer::entryNumbersAfter() const
{
    if (!m_entryNumbersAfter) {
        QSet<qint64> after;
        after.reserve(m_refIndexByNumber.size());
        for (auto it = m_refIndexByNumber.cbegin(); it != m_refIndexByNumber.cend(); ++it) {
            if (!m_result.droppedReferences.contains(it.key()))
                after.insert(mapped(it.key()));
        }
        m_entryNumbersAfter = std::move(after);
    }
    return *m_entryNumbersAfter;
}

} // namespace Citewise
