#include "articleanalysis.h"

#include "listsplice.h"
#include "prefault.h"

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace Citewise {

void ArticleAnalysis::analyse(const Article &article)
{
    Analyser analyser(article);
    checkReferenceList(analyser);
    checkAllMarkers(analyser, article);
    m_counts = countCitations(article.citations);
    // (Each is reported: counted from the few findings rather than from every marker again.)
    m_longRanges = std::count_if(m_markers.cbegin(), m_markers.cend(),
        [](const Diagnostic &d) { return d.code == u"range-too-long"; });
    countEntryCitations(analyser);
    combine(analyser);
}

void ArticleAnalysis::update(const Article &article, const ArticleChange &change)
{
    if (change.whole && change.bodyUnchanged) {
        updateReferenceList(article, change);
        return;
    }
    if (change.whole) {
        analyse(article);
        return;
    }
    // The reference list did not change: its findings only move with the text, when they come after
    // the edit (a comment below the list moves nothing of it).
    const auto moveAfterEdit = [&change](Diagnostic &d) {
        if (d.span.start < change.oldStretchEnd)
            return;
        d.line += change.lineDelta;
        d.span.start += change.delta;
    };
    Analyser analyser(article);
    const bool listCheckedAgain = change.lineDelta != 0 && m_referenceSideNamesLines;
    if (listCheckedAgain) {
        checkReferenceList(analyser); // messages that name a line are written again
    } else {
        analyser.setFirstReferences(m_firstReferences);
        if (change.delta != 0 || change.lineDelta != 0)
            std::for_each(m_referenceSide.begin(), m_referenceSide.end(), moveAfterEdit);
    }

    for (const Citation &citation : change.removedCitations)
        countCitation(citation, m_counts, -1);
    for (int i = change.firstCitation; i < change.newCitationEnd; ++i)
        countCitation(article.citations.at(i), m_counts, 1);
    // A range too long to be counted that came or went may cite entries that no count shows: the
    // never-cited are looked for again (rare).
    const qsizetype longRangesGone = std::count_if(
        change.removedCitations.cbegin(), change.removedCitations.cend(), Analyser::isTooLongToCount);
    const qsizetype longRangesCome = std::count_if(article.citations.cbegin() + change.firstCitation,
        article.citations.cbegin() + change.newCitationEnd, Analyser::isTooLongToCount);
    m_longRanges += longRangesCome - longRangesGone;
    m_linkedMarkers -= std::count_if(change.removedCitations.cbegin(), change.removedCitations.cend(),
        [](const Citation &c) { return c.linked; });
    if (listCheckedAgain || longRangesGone > 0 || longRangesCome > 0) {
        countEntryCitations(analyser);
    } else {
        // Only the numbers the replaced and the new markers cite can have changed their counts.
        QVarLengthArray<int, 16> recounted;
        const auto recount = [this, &recounted](qint64 number) {
            if (const int entry = m_firstReferences.entryOf(number); entry >= 0) {
                m_entryCitations[entry] = m_counts.value(number);
                recounted.append(entry);
            }
        };
        for (const Citation &citation : change.removedCitations)
            forEachCitedNumber(citation, recount);
        for (int i = change.firstCitation; i < change.newCitationEnd; ++i)
            forEachCitedNumber(article.citations.at(i), recount);
        // The reference list's findings of never-cited entries move with the text; those whose count
        // went to or from zero come or go.
        if (change.delta != 0 || change.lineDelta != 0)
            std::for_each(m_unused.begin(), m_unused.end(), moveAfterEdit);
        updateUnused(analyser, article, recounted);
    }

    // Marker findings inside the edited lines are found again; those after them move.
    const int firstIndex = firstStartingAt(m_markers, change.stretchStart);
    const int lastIndex = firstStartingAt(m_markers, change.oldStretchEnd);
    if (change.delta != 0 || change.lineDelta != 0)
        std::for_each(m_markers.begin() + lastIndex, m_markers.end(), moveAfterEdit);
    QList<Diagnostic> found;
    qsizetype linkedCome = 0;
    analyser.checkMarkers(change.firstCitation, change.newCitationEnd, change.firstMalformed,
        change.newMalformedEnd, found, &linkedCome);
    m_linkedMarkers += linkedCome;
    sortDiagnostics(found);
    spliceList(m_markers, firstIndex, lastIndex - firstIndex, std::move(found));
    combine(analyser);
}

// Only the reference list changed (typing in an entry): its checks run again. The markers are the same
// ones, so their counts stay, and so do their findings (only moved) unless a reference number came or
// went, which changes which of them dangle, or markers are linked to addresses of their own, which are
// compared with their entries'.
void ArticleAnalysis::updateReferenceList(const Article &article, const ArticleChange &change)
{
    const ReferenceNumbers before = m_firstReferences;
    Analyser analyser(article);
    checkReferenceList(analyser);
    countEntryCitations(analyser);
    const bool sameNumbers = m_firstReferences.hasSameNumbers(before);
    if (sameNumbers && m_linkedMarkers == 0) {
        for (qsizetype i = firstStartingAt(m_markers, change.position + change.removed); i < m_markers.size();
             ++i) {
            m_markers[i].line += change.lineDelta;
            m_markers[i].span.start += change.delta;
        }
    } else {
        checkAllMarkers(analyser, article);
    }
    combine(analyser);
}

// The reference list's findings, and what the markers are checked against, from scratch.
void ArticleAnalysis::checkReferenceList(Analyser &analyser)
{
    m_referenceSide.clear();
    analyser.checkReferenceSide(m_referenceSide);
    sortDiagnostics(m_referenceSide);
    m_firstReferences = analyser.firstReferences();
    m_referenceSideNamesLines = std::any_of(m_referenceSide.cbegin(), m_referenceSide.cend(),
        [](const Diagnostic &d) { return d.code == u"duplicate-reference-number"; });
}

// Every marker's findings, from scratch (after checkReferenceList()).
void ArticleAnalysis::checkAllMarkers(const Analyser &analyser, const Article &article)
{
    m_markers.clear();
    analyser.checkMarkers(0, int(article.citations.size()), 0, int(article.malformedMarkers.size()),
        m_markers, &m_linkedMarkers);
    sortDiagnostics(m_markers);
}

// Per reference entry, how many markers cite it, from the counts (after checkReferenceList()), and
// the entries never cited.
void ArticleAnalysis::countEntryCitations(const Analyser &analyser)
{
    m_entryCitations = analyser.citationsOfEntries(m_counts);
    m_unused.clear();
    const std::optional<Analyser::LongRanges> ranges
        = m_longRanges > 0 ? std::optional(analyser.longRanges()) : std::nullopt;
    analyser.checkUnused(m_entryCitations, ranges ? &*ranges : nullptr, m_unused);
}

// Whether each of `entries` (the first with its number) is never cited, after its count changed.
void ArticleAnalysis::updateUnused(
    const Analyser &analyser, const Article &article, const QVarLengthArray<int, 16> &entries)
{
    std::optional<Analyser::LongRanges> ranges; // (as checkUnused() looks for them)
    for (const int entry : entries) {
        const auto at = std::lower_bound(m_unused.begin(), m_unused.end(), entry,
            [](const Diagnostic &d, int index) { return d.referenceIndex < index; });
        const bool listed = at != m_unused.end() && at->referenceIndex == entry;
        bool unused = m_entryCitations.at(entry) == 0;
        if (unused && m_longRanges > 0) {
            if (!ranges)
                ranges = analyser.longRanges();
            unused = !ranges->covers(article.references.at(entry).number);
        }
        if (listed && !unused)
            m_unused.erase(at);
        else if (!listed && unused)
            m_unused.insert(at, analyser.unusedReference(entry));
    }
}

// The sorted lists merged into one, ties in a fixed order (reference list, whole article, never-cited
// entries, markers).
void ArticleAnalysis::combine(const Analyser &analyser)
{
    QList<Diagnostic> checks;
    analyser.checkWholeArticle(m_entryCitations, checks);
    sortDiagnostics(checks);
    // One merge of the four lists, as merging them two at a time would give: on a tie, the list named
    // first comes first. Each finding kept is copied once, and the fresh checks are moved: with a great
    // many findings (every entry of a long list never cited) merging two at a time, copying each finding
    // three times with its two strings' reference counts, took most of a key's time. (A never-cited
    // entry's finding and those of the body never stand at one place.)
    const std::array<const QList<Diagnostic> *, 4> lists = {&m_referenceSide, &checks, &m_unused, &m_markers};
    constexpr std::size_t kChecks = 1;
    std::array<qsizetype, 4> at {};
    QList<Diagnostic> all = std::exchange(m_spare, {});
    all.clear(); // (keeps its memory when no one else holds it)
    const qsizetype findings = m_referenceSide.size() + checks.size() + m_unused.size() + m_markers.size();
    if (all.capacity() < findings)
        reserveInLargePages(all, findings);
    for (;;) {
        std::size_t next = lists.size();
        for (std::size_t k = 0; k < lists.size(); ++k) {
            if (at[k] < lists[k]->size()
                && (next == lists.size() || reportedBefore(lists[k]->at(at[k]), lists[next]->at(at[next]))))
                next = k;
        }
        if (next == lists.size())
            break;
        if (next == kChecks)
            all.append(std::move(checks[at[next]]));
        else
            all.append(lists[next]->at(at[next]));
        ++at[next];
    }
    m_spare = std::exchange(m_all, std::move(all));
}

} // namespace Citewise
