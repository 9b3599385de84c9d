#include "renumberrefusal.h"

#include "linekinds.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "textsearch.h"
#include "unreadcitations.h"

#include <algorithm>

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
        if (!ref.hasValidNumber()) {
            return Renumbering::tr(
                "The reference on line %1 has a number that is out of range; fix it before renumbering.")
                .arg(ref.line);
        }
        const Reference &first = article.references.at(refIndexByNumber.value(ref.number));
        if (first.line != ref.line) {
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
    if (const int line = firstWideMarkerLine(article, superscripts)) {
        return Renumbering::tr("Line %1 holds a marker in full-width brackets, which renumbering does not "
                               "read; write it as [1] is written before renumbering.")
            .arg(line);
    }
    *ok = true;
    return {};
}

QString plainNumberRefusal(
    const Article &article, const QHash<qint64, qint64> &mapping, const QList<qint64> &dropped)
{
    const auto moves = [&](qint64 n) { return mapping.value(n, n) != n || dropped.contains(n); };
    // An article already in order keeps every number: its text need not be read again.
    if (dropped.isEmpty() && std::none_of(mapping.keyValueBegin(), mapping.keyValueEnd(), [](const auto &kv) {
            return kv.first != kv.second;
        }))
        return {};
    for (const PlainNumberCitation &citation : findPlainNumberCitations(article)) {
        if (std::none_of(citation.numbers.cbegin(), citation.numbers.cend(), moves))
            continue;
        const bool several = citation.numbers.size() > 1;
        const QString reason = citation.form == PlainNumberCitation::Form::AfterFullStop ? several
                ? Renumbering::tr("Line %1 cites sources by numbers glued to a full stop (“%2”, column "
                                  "%3), which renumbering does not read; write them as %4 before "
                                  "renumbering.")
                : Renumbering::tr("Line %1 cites a source by a number glued to a full stop (“%2”, "
                                  "column %3), which renumbering does not read; write it as %4 before "
                                  "renumbering.")
            : several
            ? Renumbering::tr("Line %1 cites sources by numbers in parentheses (“%2”, column %3), "
                              "which renumbering does not read; write them as %4 before "
                              "renumbering.")
            : Renumbering::tr("Line %1 cites a source by a number in parentheses (“%2”, column %3), "
                              "which renumbering does not read; write it as %4 before "
                              "renumbering.");
        return reason.arg(QString::number(citation.line), citation.written, QString::number(citation.column),
            citation.bracketed);
    }
    return {};
}

} // namespace Citewise
