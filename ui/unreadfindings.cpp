#include "unreadfindings.h"

#include "article.h"
#include "unreadcitations.h"

namespace Citewise {

UnreadFindings::UnreadFindings(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &UnreadFindings::readDue);
}

void UnreadFindings::follow(const ArticleChange &change)
{
    if (change.removed == 0 && change.added == 0 && !change.whole)
        return; // nothing in the text changed (findings refreshed, a link checked)
    m_timer.start();
    if (change.whole && !change.bodyUnchanged) {
        m_findings.clear();
        return;
    }
    // (An edit in the reference list leaves the body, where the findings are, as it was before it.)
    const qsizetype editEnd = change.position + change.removed;
    QList<Diagnostic> kept;
    kept.reserve(m_findings.size());
    for (Diagnostic d : std::as_const(m_findings)) {
        const bool onEditedLines = !change.whole && d.line >= change.firstLine && d.line < change.oldLineEnd;
        if (d.span.end() < change.position && !onEditedLines) {
            kept.append(std::move(d));
        } else if (d.span.start > editEnd && !onEditedLines) {
            d.span.start += change.delta;
            d.line += change.lineDelta;
            kept.append(std::move(d));
        }
    }
    m_findings = std::move(kept);
}

bool UnreadFindings::read(const Article &article)
{
    m_timer.stop();
    QList<Diagnostic> found = unreadCitationDiagnostics(article);
    if (found == m_findings)
        return false;
    m_findings = std::move(found);
    return true;
}

} // namespace Citewise
