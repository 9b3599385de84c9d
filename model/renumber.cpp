#include "renumber.h"

#include "citationscanner.h"
#include "linekinds.h"
#include "markerchars.h"
#include "markerforms.h"
#include "referenceentry.h"
#include "renumberrefusal.h"
#include "sectionheaders.h"
#include "textedit.h"
#include "textsearch.h"
#include "unreadmarkers.h"

#include <QCoreApplication>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

// How renumbering stays safe:
// - A marker keeps its target because targets are tracked by reference entry, not by digits: every
//   old number gets exactly one new number, and the entries are rewritten with the same mapping.
// - Numbers that name no reference ("dangling") can never start pointing at a real source: past the
//   new numbers they stay as written, and the others get numbers after the last reference (and
//   after those). Equal numbers stay equal.
// - When the old numbers do not identify entries unambiguously (two entries share a number, an entry
//   number is out of range, a range cannot be expanded, markers exist without a references section,
//   no line under its header reads as an entry, a numbered line of the list cannot be read),
//   nothing is changed and RenumberResult::refusal says why: any mapping would be a guess.
// - Markers whose own number is out of range ("[0]") are left alone: they name no reference before
//   or after, and the mapping never produces such numbers.

namespace Citewise {

namespace {

class Renumberer
{
public:
    Renumberer(const Article &article, const RenumberOptions &options, RenumberResult &result)
        : m_article(article), m_options(options), m_result(result)
    { }

    void run()
    {
        const QList<Reference> &refs = m_article.references;
        m_refIndexByNumber.reserve(refs.size());
        for (int i = 0; i < refs.size(); ++i) {
            if (refs.at(i).hasValidNumber() && !m_refIndexByNumber.contains(refs.at(i).number))
                m_refIndexByNumber.insert(refs.at(i).number, i);
        }
        bool ok = false;
        m_result.refusal = refusalReason(m_article, m_refIndexByNumber, m_superscripts, &ok);
        if (!ok)
            return;

        buildMapping();
        if (QString reason = severalLists(); !reason.isEmpty()) {
            refuse(std::move(reason));
            return;
        }
        if (QString reason = markerInTheListsText(); !reason.isEmpty()) {
            refuse(std::move(reason));
            return;
        }
        if (QString reason = markerOutsideTheBody(); !reason.isEmpty()) {
            refuse(std::move(reason));
            return;
        }
        if (const int line = movingNumberInIndentedCode()) {
            refuse(Renumbering::tr("Line %1 reads as code indented as a block, and renumbering would change "
                                   "a number there as a marker's; put the code between ``` fences "
                                   "before renumbering.")
                       .arg(line));
            return;
        }
        if (QString reason = movingSuperscript(); !reason.isEmpty()) {
            refuse(std::move(reason));
            return;
        }
        if (QString reason = plainNumberRefusal(m_article, m_result.mapping, m_result.droppedReferences);
            !reason.isEmpty()) {
            refuse(std::move(reason));
            return;
        }
        m_numberTexts.resize(m_result.mapping.size());
        // At most an edit per number written and per entry, and one per entry dropped.
        qsizetype edits = 2 * refs.size();
        for (const Citation &citation : m_article.citations)
            edits += citation.numbers.size();
        m_edits.reserve(edits);
        editMarkers();
        editReferences();
        if (m_joins) {
            refuse(Renumbering::tr(
                "Renumbered, an entry or a line between the entries would be read as part of another "
                "entry; the article was left unchanged. Write the entries in one style, each with its "
                "address, before renumbering."));
            return;
        }
        finish();
        if (m_result.edits.isEmpty())
            return;
        if (QString reason = renumberedRefusal(
                m_article, m_result, {m_options.dropUnused, m_entriesMove, m_lastEntryChanges});
            !reason.isEmpty())
            refuse(std::move(reason));
    }

private:
    qint64 mapped(qint64 n) const { return m_result.mapping.value(n, n); }

    // Nothing is changed: the article stays as it is, and `reason` says why.
    void refuse(QString reason)
    {
        m_result.refusal = std::move(reason);
        m_result.mapping.clear();
        m_result.droppedReferences.clear();
        m_result.edits.clear();
    }

    void buildMapping()
    {
        QList<qint64> cited;
        QList<qint64> dangling;
        QSet<qint64> seen;
        seen.reserve(m_refIndexByNumber.size());
        for (const Citation &citation : m_article.citations) {
            citation.forEachExpandedNumber([&](int n) {
                if (seen.contains(n))
                    return;
                seen.insert(n);
                (m_refIndexByNumber.contains(n) ? cited : dangling).append(n);
            });
        }

        QList<qint64> unused;
        for (auto it = m_refIndexByNumber.cbegin(); it != m_refIndexByNumber.cend(); ++it) {
            if (!seen.contains(it.key()))
                unused.append(it.key());
        }
        std::sort(unused.begin(), unused.end());

        m_result.mapping.reserve(cited.size() + unused.size() + dangling.size());
        qint64 next = 1;
        for (qint64 n : std::as_const(cited))
            m_result.mapping.insert(n, next++);
        if (m_options.dropUnused) {
            m_result.droppedReferences = unused;
        } else {
            for (qint64 n : std::as_const(unused))
                m_result.mapping.insert(n, next++);
        }
        // Numbers that name no entry and lie past the new ones stay as written (a year, "[2020]", or a
        // source never listed): no entry can take them. The others move past the entries, round those.
        QSet<qint64> kept;
        for (qint64 n : std::as_const(dangling)) {
            if (n >= next)
                kept.insert(n);
        }
        for (qint64 n : std::as_const(dangling)) {
            if (kept.contains(n)) {
                m_result.mapping.insert(n, n);
                continue;
            }
            while (kept.contains(next))
                ++next;
            m_result.mapping.insert(n, next++);
        }
    }

    // A marker in the reference list's own text: an entry's words ("Correction of [1]"), a line
    // continuing it or standing between entries ("Later figures: see [3]."), the list's introduction.
    // Such markers are no citations, so renumbering would leave them naming whatever source takes their
    // number; when it gives that number to another source, it refuses instead.
    // Entries trade places within the places entries hold, across lists: with lists after the
    // reference list (Article::otherReferenceLists), each must keep its own sources, so the new numbers
    // of one list must all come before those of the next ("[2]" and "[1]" of a digest's first part
    // trade numbers; a source first cited in the second part cannot take the first list's "[1]").
    QString severalLists() const
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
                return Renumbering::tr(
                    "Renumbering would move sources between the lists of sources on lines %1 "
                    "and %2. Join the lists under one header before renumbering.")
                    .arg(list == 1 ? m_article.referencesSection.headerLine : others.at(list - 2).headerLine)
                    .arg(others.at(list - 1).headerLine);
            }
            previousHighest = qMax(previousHighest, highest);
            from = end;
        }
        return {};
    }

    QString markerInTheListsText() const
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
            for (int line = list->firstLine; line <= list->lastLine && line <= m_article.lines.size();
                 ++line) {
                const TextSpan span = m_article.lines.at(line - 1).span;
                qsizetype from = span.start;
                if (const Reference *entry = entryOnLine.value(line); entry && entry->numberSpan.length > 0)
                    from = entry->numberSpan.end() + 1; // past the number and its ']', '.' or ')'
                if (from >= span.end() || m_article.isCodeLine(line) || droppedLines.contains(line))
                    continue;
                if (const QString marker = movingMarkerIn({from, span.end() - from}, line);
                    !marker.isEmpty()) {
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

    // Text that cites sources by number but is no part of the body renumbering rewrites: a reader's
    // comment ("Ann: [2] is paywalled"), a title given in front matter ("title: X [1]"), and the text
    // after a code fence that nothing closes ("```" forgotten above "This is confirmed [1]."), which is
    // code to the end of its part of the article. Renumbering would leave such a marker naming another
    // source; it refuses instead.
    QString markerOutsideTheBody() const
    {
        // The whole line: the commenter's part too ("Bob (re [2]): …").
        for (const Comment &comment : m_article.comments) {
            if (const QString marker = movingMarkerIn(comment.span, comment.line); !marker.isEmpty()) {
                return Renumbering::tr(
                    "The comment on line %1 cites %2, which renumbering would leave naming "
                    "another source; write the source's name there before renumbering.")
                    .arg(comment.line)
                    .arg(marker);
            }
        }
        // Every field of the front matter: its title, and a summary or description that cites too.
        if (!m_article.frontMatter.isEmpty()) {
            const int first = m_article.lineAt(m_article.frontMatter.start);
            const int last = m_article.lineAt(
                qMax<qsizetype>(m_article.frontMatter.start, m_article.frontMatter.end() - 1));
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
                    return Renumbering::tr(
                        "Line %1 stands in a code block that no fence closes (line %2) and "
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

    // A number in code indented as a block, as Markdown writes code without a fence ("    b = a[1]",
    // "    weights = [1, 2]", "\tf([2])" after a blank line): a bracket glued to a name, or after '=',
    // '(' or ',', on a line indented by four spaces or a tab under a blank or indented line, holding
    // code's punctuation. Renumbering would change it as a marker's number; it refuses when the number
    // moves. Its line, or 0.
    int movingNumberInIndentedCode() const
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

    // Why the first superscript citing a source whose number renumbering changes or drops (see
    // Superscript) keeps it from going on, naming the marker to write as --lint does; or an empty string.
    QString movingSuperscript() const
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

    // The first marker in `span` (on `line`), text renumbering does not rewrite, that would name another
    // source renumbered, as written; empty when there is none. Its number keeps its digits there: it
    // names another source when its entry takes another number or is dropped, and when it names no entry
    // ("[3]" of a source since removed) but an entry takes it. One glued to a word is an index or a
    // footnote copied with a title ("x[1]", "Foo[1]" from a wiki page, "arr[1]" in code), not a
    // reference to a source ("see [1]").
    QString movingMarkerIn(TextSpan span, int line) const
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

    // The numbers the entries kept have once renumbered.
    const QSet<qint64> &entryNumbersAfter() const
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

    void replaceDigits(TextSpan span, qint64 oldValue) { writeNumber(span, oldValue, mapped(oldValue)); }

    // The number `oldValue` written at `span` becomes `newValue`.
    void writeNumber(TextSpan span, qint64 oldValue, qint64 newValue)
    {
        if (newValue != oldValue)
            m_edits.append({span.start, span.length, paddedAs(span, numberText(newValue))});
    }

    // A number written with leading zeros ("[03]", "[007]") keeps its width when it changes: "[01]".
    QString paddedAs(TextSpan written, const QString &digits) const
    {
        if (written.length <= digits.size() || m_article.view(written).front() != u'0')
            return digits;
        return digits.rightJustified(written.length, u'0');
    }

    // New numbers run from 1 up without a gap: each one's digits are made once and shared by every
    // edit that writes them.
    QString numberText(qint64 n)
    {
        if (n < 1 || n > m_numberTexts.size())
            return QString::number(n);
        QString &text = m_numberTexts[n - 1];
        if (text.isNull())
            text = QString::number(n);
        return text;
    }

    // Bing and Copilot write a marker after a superscript of its number, "[^2^][2]": the superscript is
    // renumbered with the marker, or it would show another number than the marker cites.
    void editSuperscriptBefore(const Citation &citation)
    {
        if (citation.form != Citation::Form::Single || citation.numbers.size() != 1
            || citation.numbers.front().outOfRange())
            return;
        const TextSpan line = m_article.lines.at(citation.line - 1).span;
        const qsizetype open = citation.span.start - line.start;
        if (const qsizetype raised = raisedNumberBefore(m_article.view(line), open); raised >= 0) {
            const CitationNumber &number = citation.numbers.front();
            writeNumber({line.start + raised + 2, number.span.length}, number.value, mapped(number.value));
        }
    }

    void editMarkers()
    {
        for (const Citation &citation : m_article.citations) {
            editSuperscriptBefore(citation);
            if (citation.form == Citation::Form::Range) {
                editRange(citation.numbers.at(0), citation.numbers.at(1));
                continue;
            }
            for (qsizetype i = 0; i < citation.numbers.size(); ++i) {
                if (citation.endsRange(i + 1)) {
                    editRange(citation.numbers.at(i), citation.numbers.at(i + 1));
                    ++i;
                } else if (const CitationNumber &number = citation.numbers.at(i); !number.outOfRange()) {
                    replaceDigits(number.span, number.value);
                }
            }
        }
    }

    // A range that expands (refusalReason() let no other through): the numbers it cites, renumbered,
    // are written as a range again while they make a run, whatever order they took ("[2-4]" after [3]
    // was cited first reads "[1-3]": the same three sources), else spelled out in ascending order.
    void editRange(const CitationNumber &first, const CitationNumber &last)
    {
        QVarLengthArray<qint64, 16> numbers;
        numbers.reserve(last.value - first.value + 1);
        for (qint64 n = first.value; n <= last.value; ++n)
            numbers.append(mapped(n));
        std::sort(numbers.begin(), numbers.end());
        bool run = true;
        for (qsizetype k = 1; k < numbers.size() && run; ++k)
            run = numbers.at(k) == numbers.at(k - 1) + 1;
        if (run) {
            writeNumber(first.span, first.value, numbers.first());
            writeNumber(last.span, last.value, numbers.last());
            return;
        }
        QStringList parts;
        parts.reserve(numbers.size());
        for (const qint64 n : numbers)
            parts.append(paddedAs(first.span, QString::number(n)));
        m_edits.append({first.span.start, last.span.end() - first.span.start, parts.join(", "_L1)});
    }

    // The entry text with only its number rewritten.
    QString rewrittenEntry(const Reference &ref) const
    {
        const QStringView whole = m_article.view(ref.span);
        const qsizetype at = ref.numberSpan.start - ref.span.start;
        QString text;
        text.reserve(whole.size() + 4);
        text.append(whole.left(at));
        text.append(paddedAs(ref.numberSpan, QString::number(mapped(ref.number))));
        text.append(whole.mid(at + ref.numberSpan.length));
        return text;
    }

    // The entries at `places` (indexes of references, in file order) sorted by their new number. A
    // number restated for the same address (refusalReason() lets no other through) sorts among its
    // copies: the first entry of each number among the first ones, the second among the second ones, so
    // that a list given twice keeps each copy in its own place.
    QList<int> sortedInTheirCopies(const QList<int> &places) const
    {
        const QList<Reference> &refs = m_article.references;
        const auto byNewNumber
            = [&](int a, int b) { return mapped(refs.at(a).number) < mapped(refs.at(b).number); };
        // The positions in `places` of each copy: the first entries of their number, the second ones, ...
        QHash<qint64, int> seen;
        QList<QList<qsizetype>> copies(1);
        for (qsizetype k = 0; k < places.size(); ++k) {
            const int copy = seen[refs.at(places.at(k)).number]++;
            if (copy == copies.size())
                copies.append(QList<qsizetype>());
            copies[copy].append(k);
        }
        QList<int> entries = places;
        if (copies.size() == 1) {
            std::sort(entries.begin(), entries.end(), byNewNumber);
            return entries;
        }
        for (const QList<qsizetype> &at : std::as_const(copies)) {
            QList<int> sorted;
            sorted.reserve(at.size());
            for (const qsizetype k : at)
                sorted.append(places.at(k));
            std::sort(sorted.begin(), sorted.end(), byNewNumber);
            for (qsizetype k = 0; k < at.size(); ++k)
                entries[at.at(k)] = sorted.at(k);
        }
        return entries;
    }

    void editReferences()
    {
        const QList<Reference> &refs = m_article.references;
        const QSet<qint64> dropped(m_result.droppedReferences.cbegin(), m_result.droppedReferences.cend());

        // Slots are the places of the kept entries, in file order; the entries are dealt into them
        // sorted by their new number, so the text between entries never moves.
        QList<int> places;
        for (int i = 0; i < refs.size(); ++i) {
            if (!dropped.contains(refs.at(i).number))
                places.append(i);
        }
        QList<int> entries = sortedInTheirCopies(places);
        // In its new place, right under another entry, an entry must not read as that one's rest
        // (goesOnFrom(): under one without its address, numbered in another style).
        for (qsizetype k = 1; k < places.size(); ++k) {
            const Reference &slotAbove = refs.at(places.at(k - 1));
            const int aboveEnds = slotAbove.continuationLines.isEmpty()
                ? slotAbove.line
                : slotAbove.continuationLines.constLast();
            if (aboveEnds + 1 != refs.at(places.at(k)).line)
                continue;
            Reference above = refs.at(entries.at(k - 1));
            Reference entry = refs.at(entries.at(k));
            above.number = mapped(above.number);
            entry.number = mapped(entry.number);
            if (goesOnFrom(above, entry)) {
                m_joins = true;
                return;
            }
        }
        // The entry put last may take the lines after the list for its rest, when it has no address (or
        // give them up, when the one it replaces had none): read once more then (renumberedRefusal()).
        if (!places.isEmpty() && entries.constLast() != places.constLast()
            && (refs.at(entries.constLast()).url.isEmpty() || refs.at(places.constLast()).url.isEmpty()))
            m_lastEntryChanges = true;
        for (qsizetype k = 0; k < places.size(); ++k) {
            const Reference &slot = refs.at(places.at(k));
            const Reference &entry = refs.at(entries.at(k));
            if (places.at(k) == entries.at(k)) {
                replaceDigits(slot.numberSpan, slot.number);
            } else {
                m_edits.append({slot.span.start, slot.span.length, rewrittenEntry(entry)});
                m_entriesMove = true;
            }
        }

        deleteDroppedEntries(dropped);
    }

    // Removes whole lines: the entry, its continuation lines and the terminator of the last one.
    void deleteDroppedEntries(const QSet<qint64> &dropped)
    {
        const QList<Reference> &refs = m_article.references;
        QList<TextSpan> ranges;
        for (const Reference &ref : refs) {
            if (!dropped.contains(ref.number))
                continue;
            // The entry span is trimmed; the indentation before it belongs to the line as well.
            qsizetype start = m_article.lines.at(ref.line - 1).span.start;
            int lastLine = m_article.lineAt(qMax<qsizetype>(ref.span.start, ref.span.end() - 1));
            // In a list that sets its entries a blank line apart, the blank lines after the entry go with
            // it, or those before it when nothing but blank lines follows: one blank line still parts
            // the entries left, and the list ends as it did.
            if (ref.line > 1 && isBlankLineAt(ref.line - 1)) {
                int after = lastLine;
                while (after < m_article.lines.size() && isBlankLineAt(after + 1))
                    ++after;
                if (after == m_article.lines.size()) {
                    int before = ref.line;
                    while (before > 1 && isBlankLineAt(before - 1))
                        --before;
                    start = m_article.lines.at(before - 1).span.start;
                    lastLine = after;
                } else if (after > lastLine) {
                    lastLine = after;
                }
            }
            const Line &line = m_article.lines.at(lastLine - 1);
            const qsizetype end = line.span.end() + line.terminatorLength;
            if (!ranges.isEmpty() && ranges.last().end() == start)
                ranges.last().length = end - ranges.last().start;
            else
                ranges.append({start, end - start});
        }
        for (TextSpan &range : ranges) {
            // Deleting the file's last line: take the newline before it instead, so the file does
            // not end with an empty line it never had.
            if (range.end() == m_article.text.size() && range.start > 0) {
                const int previous = m_article.lineAt(range.start) - 1;
                const Line &lastDeleted = m_article.lines.last();
                if (lastDeleted.terminatorLength == 0 && previous >= 1) {
                    const qsizetype term = m_article.lines.at(previous - 1).terminatorLength;
                    range.start -= term;
                    range.length += term;
                }
            }
            m_edits.append({range.start, range.length, QString()});
        }
    }

    bool isBlankLineAt(int line) const
    {
        return isBlankLine(m_article.view(m_article.lines.at(line - 1).span));
    }

    void finish()
    {
        // Markers come in the order of the text, and so do entries, dropped ones last.
        const auto byStart = [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; };
        if (!std::is_sorted(m_edits.cbegin(), m_edits.cend(), byStart))
            std::sort(m_edits.begin(), m_edits.end(), byStart);
        for (qsizetype i = 1; i < m_edits.size(); ++i) {
            if (m_edits.at(i).start < m_edits.at(i - 1).start + m_edits.at(i - 1).length) {
                // Only possible when the parse overlaps markers and entries; changing anything then
                // could break a target.
                refuse(Renumbering::tr(
                    "Markers and reference entries overlap; the article was left unchanged."));
                return;
            }
        }
        m_result.edits = std::move(m_edits);
    }

    const Article &m_article;
    const RenumberOptions &m_options;
    RenumberResult &m_result;
    QHash<qint64, int> m_refIndexByNumber; // valid number -> first entry with it
    QList<TextEdit> m_edits;
    QList<QString> m_numberTexts; // the digits of new number n at n - 1, once written
    mutable QList<Citation> m_found; // movingMarkerIn()'s markers of a line
    mutable std::optional<QSet<qint64>> m_entryNumbersAfter; // see entryNumbersAfter()
    QList<Superscript> m_superscripts; // found by refusalReason()
    bool m_entriesMove = false; // an entry takes another one's place
    bool m_joins = false; // in its new place an entry would read as the rest of the one above
    bool m_lastEntryChanges = false; // see RenumberedShape
};

} // namespace

RenumberResult renumberCitations(const Article &article, const RenumberOptions &options)
{
    RenumberResult result;
    Renumberer(article, options, result).run();
    return result;
}

} // namespace Citewise
