// Renumbering's working state, private to model/: one Renumberer does one run of
// renumberCitations() (renumber.cpp). Its checks and the reference list's edits are in files of their
// own.
#pragma once

#include "article.h"
#include "renumber.h"
#include "textedit.h"
#include "unreadmarkers.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Citewise {

class Renumberer
{
public:
    Renumberer(const Article &article, const RenumberOptions &options, RenumberResult &result)
        : m_article(article), m_options(options), m_result(result)
    { }

    void run();

private:
    qint64 mapped(qint64 n) const { return m_result.mapping.value(n, n); }

    // Nothing is changed: the article stays as it is, and `reason` says why.
    void refuse(QString reason);

    void buildMapping();

    void replaceDigits(TextSpan span, qint64 oldValue) { writeNumber(span, oldValue, mapped(oldValue)); }

    // The number `oldValue` written at `span` becomes `newValue`.
    void writeNumber(TextSpan span, qint64 oldValue, qint64 newValue);

    // A number written with leading zeros ("[03]", "[007]") keeps its width when it changes: "[01]".
    QString paddedAs(TextSpan written, const QString &digits) const;

    // New numbers run from 1 up without a gap: each one's digits are made once and shared by every
    // edit that writes them.
    QString numberText(qint64 n);

    // Bing and Copilot write a marker after a superscript of its number, "[^2^][2]": the superscript is
    // renumbered with the marker, or it would show another number than the marker cites.
    void editSuperscriptBefore(const Citation &citation);

    void editMarkers();

    // A range that expands (refusalReason() let no other through): the numbers it cites, renumbered,
    // are written as a range again while they make a run, whatever order they took ("[2-4]" after [3]
    // was cited first reads "[1-3]": the same three sources), else spelled out in ascending order.
    void editRange(const CitationNumber &first, const CitationNumber &last);

    void finish();

    // What keeps renumbering from going on, checked before any edit (renumberchecks.cpp).
    // Entries trade places within the places entries hold, across lists: with lists after the
    // reference list (Article::otherReferenceLists), each must keep its own sources, so the new numbers
    // of one list must all come before those of the next ("[2]" and "[1]" of a digest's first part
    // trade numbers; a source first cited in the second part cannot take the first list's "[1]").
    QString severalLists() const;

    // A marker in the reference list's own text: an entry's words ("Correction of [1]"), a line
    // continuing it or standing between entries ("Later figures: see [3]."), the list's introduction.
    // Such markers are no citations, so renumbering would leave them naming whatever source takes their
    // number; when it gives that number to another source, it refuses instead.
    QString markerInTheListsText() const;

    // Text that cites sources by number but is no part of the body renumbering rewrites: a reader's
    // comment ("Ann: [2] is paywalled"), a title given in front matter ("title: X [1]"), and the text
    // after a code fence that nothing closes ("```" forgotten above "This is confirmed [1]."), which is
    // code to the end of its part of the article. Renumbering would leave such a marker naming another
    // source; it refuses instead.
    QString markerOutsideTheBody() const;

    // A number in code indented as a block, as Markdown writes code without a fence ("    b = a[1]",
    // "    weights = [1, 2]", "\tf([2])" after a blank line): a bracket glued to a name, or after '=',
    // '(' or ',', on a line indented by four spaces or a tab under a blank or indented line, holding
    // code's punctuation. Renumbering would change it as a marker's number; it refuses when the number
    // moves. Its line, or 0.
    int movingNumberInIndentedCode() const;

    // Why the first superscript citing a source whose number renumbering changes or drops (see
    // Superscript) keeps it from going on, naming the marker to write as --lint does; or an empty string.
    QString movingSuperscript() const;

    // The first marker in `span` (on `line`), text renumbering does not rewrite, that would name another
    // source renumbered, as written; empty when there is none. Its number keeps its digits there: it
    // names another source when its entry takes another number or is dropped, and when it names no entry
    // ("[3]" of a source since removed) but an entry takes it. One glued to a word is an index or a
    // footnote copied with a title ("x[1]", "Foo[1]" from a wiki page, "arr[1]" in code), not a
    // reference to a source ("see [1]").
    QString movingMarkerIn(TextSpan span, int line) const;

    // The numbers the entries kept have once renumbered.
    const QSet<qint64> &entryNumbersAfter() const;

    // The reference list's edits: entries dealt into their places, dropped ones deleted
    // (renumberentries.cpp).
    // The entry text with only its number rewritten.
    QString rewrittenEntry(const Reference &ref) const;

    // The entries at `places` (indexes of references, in file order) sorted by their new number. A
    // number restated for the same address (refusalReason() lets no other through) sorts among its
    // copies: the first entry of each number among the first ones, the second among the second ones, so
    // that a list given twice keeps each copy in its own place.
    QList<int> sortedInTheirCopies(const QList<int> &places) const;

    void editReferences();

    // Removes whole lines: the entry, its continuation lines and the terminator of the last one.
    void deleteDroppedEntries(const QSet<qint64> &dropped);

    bool isBlankLineAt(int line) const;

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

} // namespace Citewise
