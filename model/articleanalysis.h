// The diagnostics of an article kept up to date edit by edit: an edit of the body re-checks only the
// markers it touched and the few checks that span the whole article; the reference list's checks are
// kept (moved with the text). analyseArticle() gives the same result from scratch.
#pragma once

#include "analyser.h"
#include "articleupdate.h"
#include "diagnostic.h"

#include <QVarLengthArray>

namespace Citewise {

class ArticleAnalysis
{
public:
    void analyse(const Article &article); // from scratch
    // After updateArticle(article, …) returned `change`, for the article analysed last.
    void update(const Article &article, const ArticleChange &change);

    const QList<Diagnostic> &diagnostics() const { return m_all; } // sorted as analyseArticle() sorts
    const CitationCounts &citationCounts() const { return m_counts; }

private:
    void combine(const Analyser &analyser);
    void updateReferenceList(const Article &article, const ArticleChange &change);
    void checkReferenceList(Analyser &analyser);
    void checkAllMarkers(const Analyser &analyser, const Article &article);
    void countEntryCitations(const Analyser &analyser);
    void updateUnused(
        const Analyser &analyser, const Article &article, const QVarLengthArray<int, 16> &entries);

    QList<Diagnostic> m_referenceSide; // of the reference list, in the order found
    QList<Diagnostic> m_markers; // of single markers, by position
    ReferenceNumbers m_firstReferences;
    bool m_referenceSideNamesLines = false; // a message there names a line number ("already used on line 7")
    CitationCounts m_counts;
    QList<int> m_entryCitations; // per reference entry, as Analyser::citationsOfEntries() counts
    // Never-cited references, in the order of the list: kept, as an edit of the body changes whether
    // a few entries are cited at most (the list may hold thousands).
    QList<Diagnostic> m_unused;
    qsizetype m_longRanges = 0; // markers that are ranges too long to be counted (Analyser::longRanges())
    // Markers linked to an address of their own (Citation::linked): their findings compare it with their
    // entry's, so a change of the reference list checks them again.
    qsizetype m_linkedMarkers = 0;
    QList<Diagnostic> m_all;
    // The list before m_all, kept for its memory: once whoever took it has let go, the next list is
    // made in it, instead of in fresh memory (a great many findings fill megabytes every key).
    QList<Diagnostic> m_spare;
};

} // namespace Citewise
