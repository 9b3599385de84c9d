#include "markerwriting.h"

#include "articleio.h"
#include "sectionheaders.h"
#include "unreadcitations.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The number of the footnote label "[^12]" `text` starts with, and the label's length with its
// brackets; -1 for any other label ("[^note]", "[^1_2]").
qint64 footnoteNumber(QStringView text, qsizetype *length)
{
    if (!text.startsWith(u"[^"))
        return -1;
    qsizetype i = 2;
    qint64 value = 0;
    for (; i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9' && i < 12; ++i)
        value = value * 10 + (text.at(i).unicode() - u'0');
    if (i == 2 || i >= text.size() || text.at(i) != u']')
        return -1;
    *length = i + 1;
    return value;
}

// Where the definition of a numbered footnote starts on `line`, "[^2]: …" after at most three spaces as
// Markdown indents it, or -1.
qsizetype definitionStart(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    qsizetype length = 0;
    if (indent == 4 || footnoteNumber(line.sliced(indent), &length) < 0)
        return -1;
    return indent + length < line.size() && line.at(indent + length) == u':' ? indent : -1;
}

// Whether the text `edits` make reads `markers` more citations and `definitions` more entries than
// `article`, each with an address (a footnote that holds none is a note, no source), its entries as they
// were before them, and no line of its reference list as no entry.
bool readsWritten(
    const Article &article, const QList<TextEdit> &edits, qsizetype markers, qsizetype definitions)
{
    const Article written = parseArticle(applyEdits(article.text.view(), edits));
    const auto withoutAddress = [](const Article &a) {
        return std::count_if(
            a.references.cbegin(), a.references.cend(), [](const Reference &r) { return r.url.isEmpty(); });
    };
    if (written.citations.size() != article.citations.size() + markers
        || written.references.size() != article.references.size() + definitions
        || withoutAddress(written) != withoutAddress(article)
        || written.strayReferenceLines.size() != article.strayReferenceLines.size())
        return false;
    // The entries there were keep their addresses, in their order, among the new ones.
    auto it = written.references.cbegin();
    for (const Reference &ref : article.references) {
        it = std::find_if(
            it, written.references.cend(), [&ref](const Reference &r) { return r.url == ref.url; });
        if (it == written.references.cend())
            return false;
        ++it;
    }
    return true;
}

} // namespace

FootnoteEdits footnoteEdits(const Article &article)
{
    FootnoteEdits out;
    QList<TextEdit> markers;
    for (const MalformedMarker &marker : article.malformedMarkers) {
        const QStringView text = article.view(marker.span);
        if (!text.startsWith(u"[^"))
            continue;
        qsizetype length = 0;
        if (footnoteNumber(text, &length) < 0 || length != text.size()) {
            ++out.left;
            continue;
        }
        markers.append({marker.span.start + 1, 1, {}}); // the caret
    }
    QList<TextEdit> definitions;
    int firstDefinition = 0;
    for (int line = 1; line <= article.lines.size(); ++line) {
        const TextSpan span = article.lines.at(line - 1).span;
        const QStringView text = article.view(span);
        if (!text.contains(u"[^") || article.isCodeLine(line))
            continue;
        if (const qsizetype at = definitionStart(text); at >= 0) {
            definitions.append({span.start + at + 1, 1, {}});
            if (!firstDefinition)
                firstDefinition = line;
        }
    }
    if (markers.isEmpty() || definitions.isEmpty()) {
        out.left += markers.size();
        return out;
    }
    QList<TextEdit> edits = markers + definitions;
    std::sort(
        edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    if (!readsWritten(article, edits, markers.size(), definitions.size())) {
        // Nothing heads the definitions: a header does, above the first, set apart by a blank line.
        const QString nl = article.preferredNewline();
        const bool markdown = std::any_of(article.lines.cbegin(), article.lines.cend(),
            [&article](const Line &l) { return isMarkdownHeading(article.view(l.span)); });
        const qsizetype at = article.lines.at(firstDefinition - 1).span.start;
        const bool blankAbove = firstDefinition == 1
            || article.view(article.lines.at(firstDefinition - 2).span).trimmed().isEmpty();
        TextEdit header {
            at, 0, (blankAbove ? QString() : nl) + (markdown ? u"## References"_s : u"References:"_s) + nl};
        if (markdown)
            header.replacement += nl;
        edits.insert(std::lower_bound(edits.begin(), edits.end(), header,
                         [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; }),
            header);
        if (!readsWritten(article, edits, markers.size(), definitions.size())) {
            out.left += markers.size();
            return out;
        }
    }
    out.edits = std::move(edits);
    out.markers = markers.size();
    out.definitions = definitions.size();
    return out;
}

MarkerWriting writeAsMarkers(const Article &article)
{
    MarkerWriting out;
    const FootnoteEdits footnotes = footnoteEdits(article);
    out.left = footnotes.left;
    if (footnotes.edits.isEmpty()) {
        qsizetype left = 0;
        out.edits = unreadCitationEdits(article, &left);
        out.markers = out.edits.size();
        out.left += left;
        return out;
    }
    // The other forms are read in the text the footnotes make, whose entries they may cite.
    const Article written = parseArticle(applyEdits(article.text.view(), footnotes.edits));
    qsizetype left = 0;
    const QList<TextEdit> then = unreadCitationEdits(written, &left);
    qsizetype dropped = 0;
    out.edits = composeEdits(footnotes.edits, then, &dropped);
    out.markers = footnotes.markers + then.size() - dropped;
    out.entries = footnotes.definitions;
    out.left += left + dropped;
    return out;
}

} // namespace Citewise
