// The analysis of a reference list that is not read as one: none found under a header, a list with no
// header or under one not read as such, one joined onto a line by <br>, and lines under the header that
// read as no entry. Part of Analyser::checkWholeArticle().
#include "analyser.h"
#include "articleio.h"
#include "linekinds.h"
#include "referenceentry.h"
#include "textsearch.h"
#include "unreadmarkers.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

void Analyser::checkListRead(QList<Diagnostic> &out) const
{
    const QList<Citation> &citations = m_article.citations;
    if (!citations.isEmpty() && !m_article.referencesSection.present) {
        const int list = headerlessListLine();
        const int withEntry = headerWithEntryLine();
        const int joined = list > 0 || withEntry > 0 ? 0 : joinedListLine();
        const QString above = list > 0 && withEntry == 0 ? wordsAboveList(list) : QString();
        add(out, Diagnostic::Severity::Error, u"missing-references-section"_s, citations.first().span,
            withEntry > 0
                ? Diagnostics::tr("The article cites sources but has no references section: line %1 "
                                  "holds the header and the first entry on one line; put the entry "
                                  "on a line of its own.")
                      .arg(withEntry)
                : !above.isEmpty()
                ? Diagnostics::tr("The article cites sources but has no references section: "
                                  "“%1” above the list on line %2 is not read as a header; "
                                  "write “References:” there.")
                      .arg(above)
                      .arg(list)
                : list > 0
                ? Diagnostics::tr("The article cites sources but has no references section: the list "
                                  "on line %1 needs a header line such as “References:” above it.")
                      .arg(list)
                : joined > 0 ? Diagnostics::tr(
                      "The article cites sources but has no references section: line %1 holds the "
                      "header and its entries on one line, joined by <br>; put each entry on a line "
                      "of its own.")
                                   .arg(joined)
                             : Diagnostics::tr("The article cites sources but has no references section."));
    }

    if (m_article.referencesSection.present && m_article.references.isEmpty()) {
        // Lines under the header of which none reads as an entry ("^ "Title". https://…", as a list
        // copied from a wiki's page reads): the list is there, in a form not understood. Said also when no
        // marker cites it, if its entries are numbered in full-width brackets: an article whose markers
        // are written so too ("［1］") would otherwise be told nothing at all.
        const int header = m_article.referencesSection.headerLine;
        const QList<Paragraph> &paragraphs = m_article.paragraphs;
        auto under = std::partition_point(paragraphs.cbegin(), paragraphs.cend(),
            [header](const Paragraph &p) { return p.line <= header; });
        // A table of sources starts with its header row and the row of dashes under it: the first
        // lines with an address are looked at, not just the first line.
        constexpr int kLinesLookedAt = 3;
        for (int i = 1; i < kLinesLookedAt && under != paragraphs.cend() && under + 1 != paragraphs.cend()
             && under->afterReferences && !holdsAnAddress(m_article.view(under->span))
             && trimmedView(m_article.view(under->span)).startsWith(u'|');
             ++i)
            ++under;
        const QStringView first
            = under != paragraphs.cend() ? trimmedView(m_article.view(under->span)) : QStringView();
        // "［1］https://…", as Chinese text numbers its sources, or "¹ https://…", as footnotes copied as
        // text read: the length of the number as written.
        qsizetype wide = 0;
        qsizetype raised = 0;
        if (wideEntryNumber(first, &wide) < 0)
            superscriptEntryNumber(first, &raised);
        const qsizetype numbered = wide + raised;
        // Without a marker read, only a list numbered so: a list of links under "## References" in an
        // article that cites nothing by number is no broken list.
        if (under != paragraphs.cend() && under->afterReferences && (!citations.isEmpty() || numbered > 0)
            && (holdsAnAddress(first) || (numbered > 0 && holdsAnAddress(first.sliced(numbered))))
            && !isMarkdownHeading(first)) {
            const bool table = first.startsWith(u'|');
            add(out, Diagnostic::Severity::Error, u"malformed-reference"_s, under->span,
                wide > 0 ? Diagnostics::tr("No line under the references header reads as an entry: numbers "
                                           "in full-width brackets, “%1”, are not read; number each source "
                                           "as its markers cite it, “[1] https://…”, one to a line.")
                               .arg(first.first(wide))
                    : raised > 0
                    ? Diagnostics::tr("No line under the references header reads as an entry: numbers "
                                      "written as superscripts, “%1”, are not read; number each source as "
                                      "its markers cite it, “[1] https://…”, one to a line.")
                          .arg(first.first(raised))
                    : table
                    ? Diagnostics::tr("The rows of a table under the references header are not read as "
                                      "entries: write each source as its markers cite it, "
                                      "“[1] https://…”, one to a line.")
                    : Diagnostics::tr("No line under the references header reads as an entry: number "
                                      "each source as its markers cite it, “[1] https://…”, one to a "
                                      "line."));
        }
    }
}

// The first line of the entries that end the body when no header starts them ("[1] https://…" lines
// at the end of the article), or 0. Read from the last paragraph up, so it costs the list's length.
int Analyser::headerlessListLine() const
{
    const QList<Paragraph> &paragraphs = m_article.paragraphs;
    int first = 0;
    for (qsizetype i = paragraphs.size() - 1; i >= 0; --i) {
        const int line = paragraphs.at(i).line;
        if (m_article.isCodeLine(line))
            break;
        Reference entry;
        if (parseReferenceEntry(m_article, line, entry) && !entry.url.isEmpty()) {
            first = line;
            continue;
        }
        // A line that goes on with the entry right above it, indented or holding its address ("[1]
        // Docs, "Cache keys"," then "https://…"), as the list reads continuation lines: the entry counts.
        const QStringView text = m_article.view(m_article.lines.at(line - 1).span);
        const bool continues = !text.isEmpty() && (text.front().isSpace() || holdsAnAddress(text));
        if (!continues || i == 0 || paragraphs.at(i - 1).line != line - 1
            || !parseReferenceEntry(m_article, line - 1, entry))
            break;
        first = line - 1;
        --i;
    }
    return first;
}

QString Analyser::wordsAboveList(int list) const
{
    int line = list - 1;
    while (line >= 1 && isBlankLine(m_article.view(m_article.lines.at(line - 1).span)))
        --line;
    // (Code is no heading: "    pip install fastcsv" over a README's link definitions.)
    if (line < 1 || line == m_article.titleLine || readsAsCode(m_article, line))
        return {};
    const QStringView words = trimmedView(m_article.view(m_article.lines.at(line - 1).span));
    // A heading's length, and no sentence's end nor address: "Bibliographie", "Sources used in this
    // answer".
    if (words.isEmpty() || words.size() > kMaxHeaderLineLength || words.endsWith(u'.')
        || holdsAnAddress(words))
        return {};
    return words.toString();
}

int Analyser::joinedListLine() const
{
    // The list ends an article: its last paragraphs are looked at, so that a key typed in a long article
    // without a list costs what it did.
    constexpr qsizetype kLastParagraphs = 64;
    const QList<Paragraph> &paragraphs = m_article.paragraphs;
    for (qsizetype i = qMax<qsizetype>(0, paragraphs.size() - kLastParagraphs); i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        const QStringView text = m_article.view(paragraph.span);
        if (m_article.isCodeLine(paragraph.line))
            continue;
        // The pieces between the tags: one of them a header, an address in what follows it.
        qsizetype from = 0;
        while (from < text.size()) {
            const qsizetype tag = text.indexOf(u"<br", from, Qt::CaseInsensitive);
            if (tag < 0)
                break;
            const qsizetype close = text.indexOf(u'>', tag);
            if (close < 0)
                break;
            // (A tag the list's own separator check takes for a line break: not "<brown>".)
            if (isLineBreakTag(text.sliced(tag, close + 1 - tag))
                && isReferencesHeader(text.sliced(from, tag - from).trimmed())
                && text.indexOf(u"://", close) > 0)
                return paragraph.line;
            from = close + 1;
        }
    }
    return 0;
}

int Analyser::headerWithEntryLine() const
{
    constexpr qsizetype kLastParagraphs = 64; // (as joinedListLine())
    const QList<Paragraph> &paragraphs = m_article.paragraphs;
    for (qsizetype i = qMax<qsizetype>(0, paragraphs.size() - kLastParagraphs); i < paragraphs.size(); ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        if (m_article.isCodeLine(paragraph.line))
            continue;
        const QStringView text = trimmedView(m_article.view(paragraph.span));
        const qsizetype colon = indexOfEither(text, u':', u'\uFF1A', 0);
        if (colon <= 0 || colon > kMaxHeaderLineLength || !isReferencesHeader(text.first(colon + 1)))
            continue;
        const QStringView rest = trimmedView(text.sliced(colon + 1));
        Reference entry;
        const QList<Line> line {Line {{0, rest.size()}, 0}};
        if (startsAsEntry(rest) && readEntry(rest, line, 1, entry) && !entry.url.isEmpty())
            return paragraph.line;
    }
    return 0;
}

} // namespace Citewise
