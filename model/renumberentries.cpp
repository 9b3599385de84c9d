// Renumbering's edits to the reference list: each entry dealt into the place of the one whose new
// number it takes, dropped entries deleted with their lines (see Renumberer).
#include "renumberer_p.h"

#include "linekinds.h"
#include "referenceentry.h"

#include <algorithm>

namespace Citewise {

QString Renumberer::rewrittenEntry(const Reference &ref) const
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

QList<int> Renumberer::sortedInTheirCopies(const QList<int> &places) const
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

void Renumberer::editReferences()
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
        const int aboveEnds = slotAbove.continuationLines.isEmpty() ? slotAbove.line
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

void Renumberer::deleteDroppedEntries(const QSet<qint64> &dropped)
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

bool Renumberer::isBlankLineAt(int line) const
{
    return isBlankLine(m_article.view(m_article.lines.at(line - 1).span));
}

} // namespace Citewise
