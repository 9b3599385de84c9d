// ArticleDocument: merging the diagnostics of other sources (link checks) into those of the analysis.
#include "articledocument.h"
#include "unreadfindings.h"

#include <algorithm>

namespace Citewise {

void ArticleDocument::setExtraDiagnosticSource(DiagnosticSource source)
{
    // No refresh here: it would notify every view, also while windows are being torn down.
    m_extraDiagnostics = std::move(source);
}

QList<Diagnostic> ArticleDocument::withExtraDiagnostics(const QList<Diagnostic> &analysis) const
{
    QList<Diagnostic> extra = m_unread ? m_unread->findings() : QList<Diagnostic>();
    if (m_extraDiagnostics)
        extra.append(m_extraDiagnostics(article()));
    if (extra.isEmpty())
        return analysis; // shares the analysis' list: nothing is copied
    QList<Diagnostic> described = analysis;
    if (m_unread)
        describeUnreadCites(described, article(), m_unread->cites());
    // The same order as the analysis uses, so views can keep walking the list by position.
    sortDiagnostics(extra);
    QList<Diagnostic> merged;
    merged.reserve(described.size() + extra.size());
    std::merge(described.cbegin(), described.cend(), extra.cbegin(), extra.cend(), std::back_inserter(merged),
        reportedBefore);
    return merged;
}

} // namespace Citewise
