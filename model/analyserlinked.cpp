// Markers the writer linked to an address of their own ("[1](https://…)", "[[1]](https://…)"), whose
// address is not their entry's: one of the two points at another source. Part of Analyser.
#include "addresskeys.h"
#include "analyser.h"
#include "diagnostic.h"
#include "markdownlink.h"
#include "textsearch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// What makes two addresses the same page for a reader: the key duplicates are found by, past its
// scheme ("http" and "https" alike) and a leading "www.", without the parameters that only say where a
// link was shared and without the fragment (a place on the page).
QString pageKey(const QString &url)
{
    QString key = normalizedUrlKey(url);
    if (const qsizetype fragment = key.indexOf(u'#'); fragment >= 0)
        key.truncate(fragment);
    while (key.endsWith(u'/'))
        key.chop(1);
    QString untracked;
    if (withoutTrackingParameters(key, &untracked))
        key = untracked;
    qsizetype start = httpSchemeLength(key);
    if (QStringView(key).sliced(start).startsWith(u"www."))
        start += 4;
    return key.sliced(start);
}

} // namespace

void Analyser::checkLinkedMarker(const Citation &citation, int entry, QList<Diagnostic> &out) const
{
    const Reference &ref = m_article.references.at(entry);
    if (ref.url.isEmpty())
        return;
    const TextSpan lineSpan = m_article.lines.at(citation.line - 1).span;
    const QStringView line = m_article.view(lineSpan);
    const qsizetype markerOpen = citation.span.start - lineSpan.start;
    const qsizetype open = markerDestinationOpen(line, markerOpen, markerOpen + citation.span.length - 1);
    TextSpan address;
    if (open < 0 || linkDestinationEnd(line, open, &address) < 0)
        return;
    const QString linked = line.sliced(address.start, address.length).toString();
    // Only a web address is compared: "#cite_note-1", a wiki's link to its own list, names none.
    if (!startsWithAsciiNoCase(QStringView(linked), u"http://")
        && !startsWithAsciiNoCase(QStringView(linked), u"https://"))
        return;
    if (pageKey(linked) == pageKey(ref.url))
        return;
    add(out, Diagnostic::Severity::Warning, u"citation-link-mismatch"_s, citation.span,
        Diagnostics::tr("Citation [%1] links to %2, but reference %1 is %3: one of the two points at "
                        "another source.")
            .arg(citation.numbers.first().value)
            .arg(linked, ref.url),
        entry);
}

} // namespace Citewise
