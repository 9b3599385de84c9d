#include "markerwriting.h"

#include "articleio.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "unreadcitations.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// A footnote's label, "[^12]" or Perplexity's "[^1_12]" (answer 1, source 12), as `text` starts with it.
struct FootnoteLabel
{
    qint64 number = -1; // 12; -1 for any other label ("[^note]")
    qint64 answer = -1; // 1 in "[^1_12]"; -1 in "[^12]"
    qsizetype length = 0; // of the label with its brackets
    qsizetype written = 0; // how many characters after '[' go: "^", or "^1_"
};

FootnoteLabel footnoteLabel(QStringView text)
{
    FootnoteLabel label;
    if (!text.startsWith(u"[^"))
        return label;
    const auto readNumber = [&text](qsizetype &i) {
        const qsizetype from = i;
        qint64 value = 0;
        for (; i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9' && i - from < 10; ++i)
            value = value * 10 + (text.at(i).unicode() - u'0');
        return i > from ? value : -1;
    };
    qsizetype i = 2;
    qsizetype numberStart = i;
    qint64 number = readNumber(i);
    qint64 answer = -1;
    if (number >= 0 && i < text.size() && text.at(i) == u'_') {
        answer = number;
        numberStart = ++i;
        number = readNumber(i);
    }
    if (number < 0 || i >= text.size() || text.at(i) != u']')
        return label;
    label.number = number;
    label.answer = answer;
    label.length = i + 1;
    label.written = numberStart - 1;
    return label;
}

// Where the definition of a footnote starts on `line`, "[^2]: …" after at most three spaces as Markdown
// indents it, or -1.
qsizetype definitionStart(QStringView line, FootnoteLabel *label)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent == 4)
        return -1;
    *label = footnoteLabel(line.sliced(indent));
    return label->number >= 0 && indent + label->length < line.size()
            && line.at(indent + label->length) == u':'
        ? indent
        : -1;
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
    struct Found
    {
        TextSpan at; // the label's characters to remove: "^" or "^1_"
        FootnoteLabel label;
        int line = 0; // a definition's
    };
    QList<Found> markers;
    for (const MalformedMarker &marker : article.malformedMarkers) {
        const QStringView text = article.view(marker.span);
        if (!text.startsWith(u"[^"))
            continue;
        const FootnoteLabel label = footnoteLabel(text);
        if (label.number < 0 || label.length != text.size()) {
            ++out.left;
            continue;
        }
        markers.append({{marker.span.start + 1, label.written}, label});
    }
    QList<Found> definitions;
    for (int line = 1; line <= article.lines.size(); ++line) {
        const TextSpan span = article.lines.at(line - 1).span;
        const QStringView text = article.view(span);
        FootnoteLabel label;
        qsizetype at = -1;
        if (text.contains(u"[^") && !article.isCodeLine(line) && (at = definitionStart(text, &label)) >= 0)
            definitions.append({{span.start + at + 1, label.written}, label, line});
    }
    // Numbered by source alone, Perplexity's labels must all be one answer's, and not beside plain ones.
    QSet<qint64> answers;
    for (const QList<Found> *found : {&markers, &definitions}) {
        for (const Found &f : *found)
            answers.insert(f.label.answer);
    }
    const auto writable
        = [&answers](const FootnoteLabel &label) { return label.answer < 0 || answers.size() == 1; };
    // A definition is written as an entry when it reads as one with an address: one without is a note, or
    // names a file ("2301.12603v1.pdf"), and stays a footnote, as do the markers citing it.
    QList<TextEdit> edits;
    QSet<qint64> entries;
    int firstDefinition = 0;
    for (const Found &definition : std::as_const(definitions)) {
        if (!writable(definition.label))
            continue;
        const TextSpan line = article.lines.at(definition.line - 1).span;
        QString entry = article.view({line.start, definition.at.start - line.start}).toString();
        entry += article.view({definition.at.end(), line.end() - definition.at.end()});
        if (!readsAsEntryWithAddress(entry.trimmed()) || entries.contains(definition.label.number))
            continue;
        entries.insert(definition.label.number);
        edits.append({definition.at.start, definition.at.length, {}});
        if (!firstDefinition)
            firstDefinition = definition.line;
    }
    const qsizetype definitionCount = edits.size();
    for (const Found &marker : std::as_const(markers)) {
        if (writable(marker.label) && entries.contains(marker.label.number))
            edits.append({marker.at.start, marker.at.length, {}});
        else
            ++out.left;
    }
    const qsizetype markerCount = edits.size() - definitionCount;
    if (markerCount == 0)
        return out;
    const auto startsBefore = [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; };
    std::sort(edits.begin(), edits.end(), startsBefore);
    if (!readsWritten(article, edits, markerCount, definitionCount)) {
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
        edits.insert(std::lower_bound(edits.begin(), edits.end(), header, startsBefore), header);
        if (!readsWritten(article, edits, markerCount, definitionCount)) {
            out.left += markerCount;
            return out;
        }
    }
    out.edits = std::move(edits);
    out.markers = markerCount;
    out.definitions = definitionCount;
    return out;
}

QList<TextEdit> listNumberEdits(const Article &article)
{
    QList<TextEdit> edits;
    const QList<UnreadListEntry> entries = unreadListEntries(article);
    for (const UnreadListEntry &entry : entries) {
        // "［1］https://…" becomes "[1] https://…": a space after the brackets, as entries are written.
        const qsizetype after = entry.span.end();
        const bool spaced = after < article.text.size() && article.text.at(after).isSpace();
        edits.append({entry.span.start, entry.span.length,
            u'[' + QString::number(entry.number) + (spaced ? u"]"_s : u"] "_s)});
    }
    if (edits.isEmpty())
        return edits;
    const Article written = parseArticle(applyEdits(article.text.view(), edits));
    // Every entry read with its address, and no marker of the text lost to the list: an entry numbered
    // below a paragraph would take the lines between into the list, and their markers with them.
    const bool allRead = written.references.size() == entries.size()
        && std::all_of(written.references.cbegin(), written.references.cend(),
            [](const Reference &ref) { return !ref.url.isEmpty(); })
        && written.citations.size() == article.citations.size();
    return allRead ? edits : QList<TextEdit>();
}

namespace {

// The footnotes, then the other citations in forms not read as markers (see writeAsMarkers()).
MarkerWriting writeFootnotesAndCitations(const Article &article)
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

} // namespace

MarkerWriting writeAsMarkers(const Article &article)
{
    const QList<TextEdit> numbers = listNumberEdits(article);
    if (numbers.isEmpty())
        return writeFootnotesAndCitations(article);
    // The markers are read in the text whose entries are numbered so: they cite those entries.
    MarkerWriting out = writeFootnotesAndCitations(parseArticle(applyEdits(article.text.view(), numbers)));
    qsizetype dropped = 0;
    out.edits = composeEdits(numbers, out.edits, &dropped);
    out.markers -= dropped;
    out.left += dropped;
    out.numbered = numbers.size();
    return out;
}

} // namespace Citewise
