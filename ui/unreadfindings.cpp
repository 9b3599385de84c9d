#include "unreadfindings.h"

#include "article.h"

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
        m_cites.clear();
        return;
    }
    // (An edit in the reference list leaves the body, where the findings are, as it was before it.)
    // Whether a finding at `span` on `line` stays, moving `span` and `line` with the text if it does.
    const qsizetype editEnd = change.position + change.removed;
    const auto follows = [&](TextSpan &span, int &line) {
        if (!change.whole && line >= change.firstLine && line < change.oldLineEnd)
            return false; // on the edited lines
        if (span.end() < change.position)
            return true;
        if (span.start <= editEnd)
            return false;
        span.start += change.delta;
        line += change.lineDelta;
        return true;
    };
    QList<Diagnostic> kept;
    kept.reserve(m_findings.size());
    for (Diagnostic d : std::as_const(m_findings)) {
        if (follows(d.span, d.line))
            kept.append(std::move(d));
    }
    m_findings = std::move(kept);
    for (auto it = m_cites.begin(); it != m_cites.end();) {
        if (follows(it->span, it->line))
            ++it;
        else
            it = m_cites.erase(it);
    }
}

bool UnreadFindings::read(const Article &article)
{
    m_timer.stop();
    UnreadCites cites;
    QList<Diagnostic> found = unreadCitationDiagnostics(article, &cites);
    if (found == m_findings && cites == m_cites)
        return false;
    m_findings = std::move(found);
    m_cites = std::move(cites);
    return true;
}

} // namespace Citewise
