#include "renumberrefusal.h"

#include "articleio.h"
#include "linekinds.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "textsearch.h"
#include "unreadcitations.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace Citewise {

namespace {

// The first body line that reads as an entry written "[n] address" or "[n]: address", or 0; also in a
// quotation ("> [1] https://…", an old list quoted), whose numbers renumbering would rewrite as markers.
int entryOutsideTheList(const Article &article)
{
    for (const Paragraph &paragraph : article.paragraphs) {
        if (readsAsEntryWithAddress(withoutQuoteOrBullet(article.view(paragraph.span)))
            && !article.isCodeLine(paragraph.line) && !article.otherListAt(paragraph.line))
            return paragraph.line;
    }
    return 0;
}

} // namespace

QString refusalReason(const Article &article, const QHash<qint64, int> &refIndexByNumber,
    QList<Superscript> &superscripts, bool *ok)
{
    *ok = false;
    for (const Reference &ref : article.references) {
        // Renumbered, the line would move, or be dropped, with the other entries it holds: their numbers
        // and addresses would stay as written, under another number or gone.
        if (ref.joinsAnother) {
            return Renumbering::tr("Line %1 of the references holds more than one entry; put each entry on a "
                                   "line of its own before renumbering.")
                .arg(ref.line);
        }
        if (!ref.hasValidNumber()) {
            return Renumbering::tr(
                "The reference on line %1 has a number that is out of range; fix it before renumbering.")
                .arg(ref.line);
        }
        // The same number for the same address is the list given again (as Bing restates its sources as
        // link definitions, "[1]: https://… \"\""): markers citing it are not ambiguous, and each copy is
        // renumbered alike.
        const Reference &first = article.references.at(refIndexByNumber.value(ref.number));
        if (first.line != ref.line && (ref.url.isEmpty() || ref.url != first.url)) {
            return Renumbering::tr(
                "Reference number %1 is used on line %2 and on line %3; markers citing it are ambiguous.")
                .arg(ref.number)
                .arg(first.line)
                .arg(ref.line);
        }
    }
    if (!article.citations.isEmpty() && !article.referencesSection.present)
        return Renumbering::tr("The article has no references section to renumber against.");
    // Lines right under the header of which none reads as an entry hold the list in a form not
    // understood (a heading there starts the next section instead).
    const auto textAfterHeader = [&] {
        const auto first = std::find_if(article.paragraphs.cbegin(), article.paragraphs.cend(),
            [&](const Paragraph &p) { return p.afterReferences && !isSeparatorLine(article.view(p.span)); });
        return first != article.paragraphs.cend() && !isMarkdownHeading(article.view(first->span));
    };
    if (!article.citations.isEmpty() && article.references.isEmpty() && textAfterHeader()) {
        return Renumbering::tr(
            "None of the lines under the references header reads as an entry; fix them before renumbering.");
    }
    // A list of sources outside the reference list ("Notes:" above "References:"): its entries read as
    // markers in the body, and renumbering would rewrite them as such.
    if (const int line = entryOutsideTheList(article)) {
        return Renumbering::tr("Line %1 reads as a reference entry outside the reference list; renumbering "
                               "would change its number as a marker's. Fix the lists before renumbering.")
            .arg(line);
    }
    // A numbered line of the list that cannot be read may be the entry a marker means.
    for (const StrayLine &stray : article.strayReferenceLines) {
        if (looksNumbered(article.view(stray.span))) {
            return Renumbering::tr("Line %1 of the references looks like an entry but cannot be read; fix it "
                                   "before renumbering.")
                .arg(stray.line);
        }
    }
    for (const Citation &citation : article.citations) {
        if (citation.citesNothing()) {
            const bool outOfRange = std::any_of(citation.numbers.cbegin(), citation.numbers.cend(),
                [](const CitationNumber &n) { return n.outOfRange(); });
            const bool backwards = !outOfRange && citation.numbers.size() == 2
                && citation.numbers.at(0).value > citation.numbers.at(1).value;
            const QString reason = outOfRange
                ? Renumbering::tr("The range on line %1, column %2 holds a number out of range; fix it "
                                  "before renumbering.")
                : backwards ? Renumbering::tr("The range on line %1, column %2 runs backwards; fix it "
                                              "before renumbering.")
                            : Renumbering::tr("The range on line %1, column %2 is too long to expand; fix "
                                              "it before renumbering.");
            return reason.arg(citation.line).arg(citation.column);
        }
    }
    if (article.references.isEmpty()) {
        *ok = true;
        return {};
    }
    // A marker that cannot be read ("[1,,2]", "[１]") keeps its numbers while the entries move.
    if (!article.malformedMarkers.isEmpty()) {
        const MalformedMarker &marker = article.malformedMarkers.constFirst();
        return Renumbering::tr(
            "The marker %1 on line %2, column %3 cannot be read; fix it before renumbering.")
            .arg(article.view(marker.span))
            .arg(marker.line)
            .arg(marker.column);
    }
    if (const WideMarker marker = firstWideMarker(article, superscripts); marker.line > 0) {
        return Renumbering::tr("Line %1 cites a source by a marker in full-width brackets (“%2”, column %3), "
                               "which renumbering does not read; write it as [%4] before renumbering.")
            .arg(QString::number(marker.line), article.view(marker.span).toString(),
                QString::number(marker.column), QString::number(marker.number));
    }
    *ok = true;
    return {};
}

QString plainNumberRefusal(
    const Article &article, const QHash<qint64, qint64> &mapping, const QList<qint64> &dropped)
{
    // An article already in order keeps every number: its text need not be read again.
    if (dropped.isEmpty() && std::none_of(mapping.keyValueBegin(), mapping.keyValueEnd(), [](const auto &kv) {
            return kv.first != kv.second;
        }))
        return {};
    const QSet<qint64> entries = entryNumbers(article);
    // A number no entry has ("slower.3" with no entry 3) names no source, unless renumbering gives it to
    // one: then it would cite that.
    QSet<qint64> numbersAfter;
    for (qint64 n : entries) {
        if (!dropped.contains(n))
            numbersAfter.insert(mapping.value(n, n));
    }
    const auto moves = [&](qint64 n) {
        return entries.contains(n) ? mapping.value(n, n) != n || dropped.contains(n)
                                   : numbersAfter.contains(n);
    };
    for (const PlainNumberCitation &citation : findPlainNumberCitations(article, entries + numbersAfter)) {
        if (std::none_of(citation.numbers.cbegin(), citation.numbers.cend(), moves))
            continue;
        const bool several = citation.numbers.size() > 1;
        if (std::none_of(citation.numbers.cbegin(), citation.numbers.cend(),
                [&entries](qint64 n) { return entries.contains(n); })) {
            return Renumbering::tr("Line %1 has a plain number that names no source now (“%2”, column %3) "
                                   "and would name one once renumbered; write it as %4 before renumbering, "
                                   "or take it out.")
                .arg(QString::number(citation.line), citation.written, QString::number(citation.column),
                    citation.bracketed);
        }
        QString reason;
        switch (citation.form) {
        case PlainNumberCitation::Form::AfterFullStop:
            reason = several
                ? Renumbering::tr("Line %1 cites sources by numbers glued to a full stop (“%2”, "
                                  "column %3), which renumbering does not read; write them as %4 "
                                  "before renumbering.")
                : Renumbering::tr("Line %1 cites a source by a number glued to a full stop (“%2”, "
                                  "column %3), which renumbering does not read; write it as %4 "
                                  "before renumbering.");
            break;
        case PlainNumberCitation::Form::AfterComma:
            reason = several
                ? Renumbering::tr("Line %1 cites sources by numbers glued to a comma (“%2”, "
                                  "column %3), which renumbering does not read; write them as %4 "
                                  "before renumbering.")
                : Renumbering::tr("Line %1 cites a source by a number glued to a comma (“%2”, "
                                  "column %3), which renumbering does not read; write it as %4 "
                                  "before renumbering.");
            break;
        case PlainNumberCitation::Form::Parenthesised:
            reason = several
                ? Renumbering::tr("Line %1 cites sources by numbers in parentheses (“%2”, column "
                                  "%3), which renumbering does not read; write them as %4 before "
                                  "renumbering.")
                : Renumbering::tr("Line %1 cites a source by a number in parentheses (“%2”, "
                                  "column %3), which renumbering does not read; write it as %4 "
                                  "before renumbering.");
            break;
        case PlainNumberCitation::Form::Bracketed:
            reason = several
                ? Renumbering::tr("Line %1 cites sources in brackets with words or letters no marker holds "
                                  "(“%2”, column %3), which renumbering does not read; write %4 and the rest "
                                  "outside it before renumbering.")
                : Renumbering::tr("Line %1 cites a source in brackets with words or letters no marker holds "
                                  "(“%2”, column %3), which renumbering does not read; write %4 and the rest "
                                  "outside it before renumbering.");
            break;
        }
        return reason.arg(QString::number(citation.line), citation.written, QString::number(citation.column),
            citation.bracketed);
    }
    return {};
}

namespace {

// The article as renumbering would leave it, read again (once) where the edits alone cannot tell whether
// every source keeps its address under its new number.
class RenumberedCheck
{
public:
    RenumberedCheck(const Article &article, const RenumberResult &result, const RenumberedShape &shape)
        : m_article(article), m_result(result), m_shape(shape)
    { }

    QString refusal()
    {
        if (m_result.edits.isEmpty())
            return {};
        if (QString reason = listLost(); !reason.isEmpty())
            return reason;
        if (QString reason = lineBetweenMoves(); !reason.isEmpty())
            return reason;
        if (QString reason = otherListLost(); !reason.isEmpty())
            return reason;
        if (QString reason = entryJoinsAtTheEnd(); !reason.isEmpty())
            return reason;
        if (QString reason = droppedEntryJoins(); !reason.isEmpty())
            return reason;
        return readsOtherwise();
    }

private:
    const Article &renumbered()
    {
        if (!m_renumbered)
            m_renumbered = parseArticle(applyEdits(m_article.text.view(), m_result.edits));
        return *m_renumbered;
    }

    // A list under a loose word ("Notes") or a heading of the writer's own is read as the reference list
    // while its first entries hold an address (entriesHoldAnAddress()). Putting the entries in their new
    // order, or dropping the never-cited ones, may leave none there: the rest would then read as body
    // text, and their numbers as markers.
    QString listLost()
    {
        const Section &list = m_article.referencesSection;
        const bool named = referencesHeaderOf(m_article.view(list.headerSpan)) == ReferencesHeader::Named;
        if (m_result.edits.isEmpty() || (named && !hasAnotherListHeader(m_article)))
            return {};
        const Article &after = renumbered();
        if (after.referencesSection.present && after.referencesSection.headerLine == list.headerLine
            && after.references.size() + m_result.droppedReferences.size() == m_article.references.size())
            return {};
        // Every entry of the list never cited (a digest's part whose sources are not cited): dropping
        // them would leave its header over nothing.
        const QList<qint64> &dropped = m_result.droppedReferences;
        const auto ownEntries = m_article.references.cbegin() + m_article.referenceListSize();
        if (!dropped.isEmpty() && m_article.referenceListSize() > 0
            && std::all_of(m_article.references.cbegin(), ownEntries,
                [&dropped](const Reference &ref) { return dropped.contains(ref.number); })) {
            return Renumbering::tr("Without the references never cited, the list under “%1” (line %2) would "
                                   "be left without entries; the article was left unchanged. Renumber "
                                   "keeping them, or take the list out.")
                .arg(headerWord(m_article.view(list.headerSpan)))
                .arg(list.headerLine);
        }
        return named ? Renumbering::tr(
                   "Renumbered, the entries under “%1” would start without an address, and another "
                   "header would head the reference list; the article was left unchanged. Fix the "
                   "lists before renumbering.")
                           .arg(headerWord(m_article.view(list.headerSpan)))
            : m_result.droppedReferences.isEmpty()
            ? Renumbering::tr(
                "Renumbered, the entries under “%1” would start without an address, and the list "
                "would no longer read as the references; the article was left unchanged. Give "
                "the list a header such as “References:”.")
                  .arg(headerWord(m_article.view(list.headerSpan)))
            : Renumbering::tr(
                "Without the references never cited, the entries under “%1” would start without "
                "an address, and the list would no longer read as the references; the article "
                "was left unchanged. Renumber keeping them, or give the list a header such as "
                "“References:”.")
                  .arg(headerWord(m_article.view(list.headerSpan)));
    }

    // A line between entries that is no entry stays where it is while the entries move: under another
    // entry it may read otherwise ("see https://…" continues an entry that has no address, and stays a
    // stray line under one that has). Read once more when the list has such lines, every source must
    // keep its address under its new number.
    QString lineBetweenMoves()
    {
        if (m_result.edits.isEmpty() || m_article.strayReferenceLines.isEmpty())
            return {};
        // Lines above the first entry introduce the list ("All addresses were accessed in May 2025."):
        // they stay above every entry, whatever moves.
        QList<StrayLine> between;
        const int firstEntry = m_article.references.isEmpty() ? 0 : m_article.references.constFirst().line;
        for (const StrayLine &stray : m_article.strayReferenceLines) {
            if (stray.line > firstEntry)
                between.append(stray);
        }
        if (between.isEmpty())
            return {};
        // A line between the entries that reads as none ("Available at: https://…", "doi: 10.…", a
        // title under its address, an access date) belongs to the entry above it, in a form not
        // understood: it would stay where it is while the entries move, under another one.
        if (m_shape.entriesMove) {
            // Under headings that group them ("### Websites"), entries moving would change groups.
            const QList<StrayLine> &strays = m_article.strayReferenceLines;
            const auto heading = std::find_if(
                strays.cbegin(), strays.cend(), [](const StrayLine &stray) { return stray.groupHeading; });
            if (heading != strays.cend()) {
                return Renumbering::tr("The references are grouped under headings (line %1); renumbering "
                                       "would move sources from one group to another. Take the headings "
                                       "out, or number the groups by hand.")
                    .arg(heading->line);
            }
            const StrayLine &stray = between.constFirst();
            return holdsAnAddress(m_article.view(stray.span))
                ? Renumbering::tr("Line %1 of the references holds an address but reads as no entry; "
                                  "renumbering would leave it where it is while the entries move. Put it "
                                  "on its entry's line, or indent it under the entry, before renumbering.")
                      .arg(stray.line)
                : Renumbering::tr("Line %1 of the references reads as no entry; renumbering would leave it "
                                  "where it is while the entries move, under another entry. Put it on its "
                                  "entry's line, indent it under the entry, or take it out before "
                                  "renumbering.")
                      .arg(stray.line);
        }
        // Nor may the entry above one be dropped: the line ("Note: this source was retracted") would
        // then stand under the entry before it, or introduce the list.
        const QSet<qint64> dropped(m_result.droppedReferences.cbegin(), m_result.droppedReferences.cend());
        qsizetype next = 0; // entries and lines between them both come in the order of the text
        const Reference *above = nullptr;
        for (const StrayLine &stray : std::as_const(between)) {
            for (; next < m_article.references.size() && m_article.references.at(next).line < stray.line;
                 ++next)
                above = &m_article.references.at(next);
            // (A heading heads the entries under it, whatever goes above.)
            if (above && dropped.contains(above->number) && !stray.groupHeading) {
                return Renumbering::tr(
                    "Line %1 of the references reads as no entry and stands under reference %2, "
                    "which is never cited: without that entry, the line would stand under another "
                    "one. Put it on its entry's line, indent it under the entry, or take it out "
                    "before renumbering.")
                    .arg(stray.line)
                    .arg(above->number);
            }
        }
        // (Without the entries dropped, a stray line may end up after the last entry: body text then.)
        if (sourcesKeepTheirAddresses()
            && (m_shape.dropUnused
                || renumbered().strayReferenceLines.size() == m_article.strayReferenceLines.size()))
            return {};
        return Renumbering::tr(
            "Renumbered, a line between the entries would be read as part of another entry; the article "
            "was left unchanged. Fix the lines between the entries before renumbering.");
    }

    // A list after the text that follows the reference list ("Sources:" of a digest's second part) is
    // read as one while its first entry has an address. Its entries in their new order may start
    // without one: its lines would then read otherwise (a line of the text above it as a stray line of
    // the reference list, its markers as none). Read once more, every marker must cite what it did.
    QString otherListLost()
    {
        const QList<Section> &others = m_article.otherReferenceLists;
        if (others.isEmpty() || markersKeepTheirSources())
            return {};
        return Renumbering::tr(
            "Renumbered, the list of sources on line %1 would start without an address and no longer "
            "read as a list, and markers would cite other sources; the article was left unchanged. "
            "Start that list with an entry that has an address before renumbering.")
            .arg(others.constFirst().headerLine);
    }

    // The addresses each marker of `article` cites, marker by marker in the order of the text, each
    // marker's sorted (a range renumbered may cite its sources in another order; empty for a number
    // without an entry).
    static QList<QList<QStringView>> citedAddresses(const Article &article)
    {
        QHash<qint64, QStringView> addressOf;
        for (const Reference &ref : article.references)
            addressOf.insert(ref.number, ref.url);
        QList<QList<QStringView>> addresses;
        addresses.reserve(article.citations.size());
        for (const Citation &citation : article.citations) {
            QList<QStringView> cited;
            citation.forEachExpandedNumber([&](qint64 number) { cited.append(addressOf.value(number)); });
            std::sort(cited.begin(), cited.end());
            addresses.append(std::move(cited));
        }
        return addresses;
    }

    bool markersKeepTheirSources()
    {
        const Article &after = renumbered();
        return after.citations.size() == m_article.citations.size()
            && citedAddresses(after) == citedAddresses(m_article);
    }

    // Whatever else a header line besides the list's, or text among or after its lines, may make of the
    // renumbered text (a numbered line in the text after the list read as one more entry once the
    // numbers above it are lower, an entry of another list as a marker): read once more, the list holds
    // as many entries and every marker cites what it did, or nothing is changed.
    QString readsOtherwise()
    {
        const bool textAfterList
            = !m_article.paragraphs.isEmpty() && m_article.paragraphs.constLast().afterReferences;
        if (!textAfterList && m_article.strayReferenceLines.isEmpty() && !hasAnotherListHeader(m_article))
            return {};
        const Article &after = renumbered();
        if (after.references.size() + m_result.droppedReferences.size() == m_article.references.size()
            && markersKeepTheirSources())
            return {};
        return Renumbering::tr(
            "Renumbered, line %1 would read otherwise (a numbered line after the list as one more entry, "
            "or an entry as a marker), and markers would cite other sources; the article was left "
            "unchanged. Set the text after the list apart with a header of its own, or write that line "
            "otherwise, before renumbering.")
            .arg(firstLineReadOtherwise(after));
    }

    // The first line that `after`, the renumbered article, reads as an entry where the article does not,
    // or the reverse (lines stay where they are unless entries are dropped); else the line of the first
    // marker that moved or went.
    int firstLineReadOtherwise(const Article &after) const
    {
        if (m_result.droppedReferences.isEmpty()) {
            const auto entryLines = [](const Article &article) {
                QSet<int> lines;
                for (const Reference &ref : article.references)
                    lines.insert(ref.line);
                return lines;
            };
            const QSet<int> before = entryLines(m_article);
            const QSet<int> now = entryLines(after);
            int first = std::numeric_limits<int>::max();
            for (const int line : now) {
                if (!before.contains(line))
                    first = std::min(first, line);
            }
            for (const int line : before) {
                if (!now.contains(line))
                    first = std::min(first, line);
            }
            if (first != std::numeric_limits<int>::max())
                return first;
        }
        const qsizetype count = std::min(after.citations.size(), m_article.citations.size());
        for (qsizetype i = 0; i < count; ++i) {
            if (after.citations.at(i).line != m_article.citations.at(i).line)
                return std::min(after.citations.at(i).line, m_article.citations.at(i).line);
        }
        return count < m_article.citations.size() ? m_article.citations.at(count).line
            : count < after.citations.size()      ? after.citations.at(count).line
                                                  : m_article.referencesSection.headerLine;
    }

    // See Renumberer::editReferences(): "[2] Title without an address" put last, then "[.2]" and
    // "  https://…" after the list, which would become its address.
    QString entryJoinsAtTheEnd()
    {
        if (m_result.edits.isEmpty() || !m_shape.lastEntryChanges || sourcesKeepTheirAddresses())
            return {};
        return Renumbering::tr(
            "Renumbered, an entry or a line between the entries would be read as part of another entry; "
            "the article was left unchanged. Write the entries in one style, each with its address, "
            "before renumbering.");
    }

    // An entry dropped leaves the one above it right over what followed it: an entry without an address
    // takes the next entry written in another style ("3. https://…"), or the text after the list, for its
    // rest. Read once more, every source kept has its address under its new number and every marker
    // cites what it did.
    QString droppedEntryJoins()
    {
        if (m_result.edits.isEmpty() || m_result.droppedReferences.isEmpty()
            || (sourcesKeepTheirAddresses() && markersKeepTheirSources()))
            return {};
        return Renumbering::tr(
            "Without the references never cited, an entry or the text after the list would be read as "
            "part of another entry; the article was left unchanged. Renumber keeping them, or write the "
            "entries in one style, each with its address.");
    }

    // Read once more, renumbered: every source kept has its address under its new number, and the list
    // as many entries.
    bool sourcesKeepTheirAddresses()
    {
        const Article &after = renumbered();
        const QSet<qint64> dropped(m_result.droppedReferences.cbegin(), m_result.droppedReferences.cend());
        // (A number restated for the same address drops each of its entries.)
        const qsizetype droppedEntries
            = std::count_if(m_article.references.cbegin(), m_article.references.cend(),
                [&dropped](const Reference &ref) { return dropped.contains(ref.number); });
        if (after.references.size() + droppedEntries != m_article.references.size())
            return false;
        QHash<qint64, QString> addressAfter;
        for (const Reference &ref : after.references)
            addressAfter.insert(ref.number, ref.url);
        for (const Reference &ref : m_article.references) {
            if (!dropped.contains(ref.number)
                && addressAfter.value(m_result.mapping.value(ref.number, ref.number)) != ref.url)
                return false;
        }
        return true;
    }

    const Article &m_article;
    const RenumberResult &m_result;
    const RenumberedShape m_shape;
    std::optional<Article> m_renumbered; // see renumbered()
};

} // namespace

QString renumberedRefusal(const Article &article, const RenumberResult &result, const RenumberedShape &shape)
{
    return RenumberedCheck(article, result, shape).refusal();
}

} // namespace Citewise
