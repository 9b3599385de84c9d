// The analysis of markers that are not read: each one's message says why (an invisible character, a
// Markdown footnote, a locator not read, code written as prose, a range run backwards, a marker broken
// across lines). Part of Analyser::checkMarkers().
#include "analyser.h"
#include "citationscanner.h"
#include "markerforms.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// "[1 to 5]" written with a dash, "[1–5]" (the words around it kept: "[see 1–5]").
QString rangeWithDash(const QString &text)
{
    static constexpr QStringView kWords[] = {u" through ", u" thru ", u" to ", u" bis "};
    for (const QStringView word : kWords) {
        if (const qsizetype at = text.indexOf(word, 0, Qt::CaseInsensitive); at > 0)
            return text.first(at) + u'\u2013' + text.sliced(at + word.size());
    }
    return text;
}

} // namespace

void Analyser::checkMalformed(int firstMalformed, int malformedEnd, QList<Diagnostic> &out) const
{
    for (int i = firstMalformed; i < malformedEnd; ++i) {
        const MalformedMarker &marker = m_article.malformedMarkers.at(i);
        const QString text = spanText(marker.span);
        const auto invisible = std::find_if(text.cbegin(), text.cend(), isHiddenInMarker);
        if (invisible != text.cend()) {
            // Shown as it looks ("[1]"), with the character that cannot be seen named.
            QString shown = text;
            shown.removeIf([](QChar ch) { return ch.category() == QChar::Other_Format; });
            add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                Diagnostics::tr(
                    "“%1” looks like a citation marker but holds an invisible or unusual space character "
                    "(U+%2); retype it.")
                    .arg(shown, u"%1"_s.arg(uint(invisible->unicode()), 4, 16, QChar(u'0')).toUpper()));
            continue;
        }
        if (text.startsWith(u"[^"_s)) {
            const QString label = text.mid(2, text.size() - 3);
            add(out, Diagnostic::Severity::Warning, u"footnote-marker"_s, marker.span,
                label.contains(u'_')
                    ? Diagnostics::tr("The Markdown footnote “%1” is not read as a citation: write each "
                                      "source's marker as a number, [1], [2], …, and the sources in a "
                                      "list under a header such as “References:”.")
                          .arg(text)
                    : Diagnostics::tr(
                        "The Markdown footnote “%1” is not read as a citation: write it as [%2], and its "
                        "source in a list under a header such as “References:”.")
                          .arg(text, label));
            continue;
        }
        if (QStringView word; unreadLocatorEnd(text, 0, &word) > 0) {
            // The numbers before the word, as a marker writes them: "[1, Satz 2]" -> "[1]".
            QStringView numbers = QStringView(text).sliced(1, word.data() - text.data() - 1).trimmed();
            while (!numbers.isEmpty() && (numbers.back() == u',' || numbers.back() == u';'))
                numbers = numbers.chopped(1).trimmed();
            add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                Diagnostics::tr(
                    "“%1” is not read as a citation: “%2” is no locator Citewise reads (such as p., "
                    "ch., sec., fig. or Theorem). Write the marker as [%3] and the locator outside it.")
                    .arg(text, word, numbers));
            continue;
        }
        if (LooseMarker loose = LooseMarker::None; [&] {
                Citation scratch;
                return parseMarker(text, 0, 0, scratch, &loose) == text.size() - 1;
            }()
            && loose != LooseMarker::None) {
            // The marker to write: the words before it, "e.g. [3, 5]", or the range with a dash.
            const qsizetype firstDigit = std::find_if(text.cbegin(), text.cend(), [](QChar c) {
                return c.isDigit();
            }) - text.cbegin();
            const QString words = QStringView(text).sliced(1, firstDigit - 1).trimmed().toString();
            add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                loose == LooseMarker::Examples
                    ? Diagnostics::tr(
                        "“%1” may give examples of values rather than cite sources, so it is not "
                        "read as a citation. If it cites them, write the words before the "
                        "marker: %2 [%3.")
                          .arg(text, words, text.sliced(firstDigit))
                    : Diagnostics::tr(
                        "“%1” may be a range of values rather than of sources, so it is not read "
                        "as a citation. If it cites them, write the range with a dash: %2.")
                          .arg(text, rangeWithDash(text)));
            continue;
        }
        const TextSpan lineSpan = m_article.lines.at(marker.line - 1).span;
        const QStringView line = m_article.view(lineSpan);
        if (const qsizetype code = codeIndexStart(line, marker.span.start - lineSpan.start); code >= 0) {
            const QStringView written = line.sliced(code, marker.span.end() - lineSpan.start - code);
            add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                Diagnostics::tr("“%1” reads as code, not as a citation marker: put the code in backticks, "
                                "`%1`, or write a marker after a space.")
                    .arg(written));
            continue;
        }
        if (text.size() > 3 && text.endsWith(u".]"_s) && text.at(text.size() - 3).isDigit()) {
            add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                Diagnostics::tr("“%1” has a full stop after its number and is not read as a citation: write "
                                "it as %2.")
                    .arg(text, text.chopped(2) + u']'));
            continue;
        }
        QList<Citation> read;
        scanCitations(text, 0, marker.line, read);
        const bool backwards = read.size() == 1 && read.first().form == Citation::Form::Range;
        const bool broken = !text.endsWith(u']') && marker.span.end() == lineSpan.end();
        add(out, Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
            backwards ? Diagnostics::tr("“%1” is a range that runs backwards: it cites nothing.").arg(text)
                : broken
                ? Diagnostics::tr("The marker “%1” is broken across lines and cannot be read; keep it on one "
                                  "line.")
                      .arg(text)
                : Diagnostics::tr("“%1” looks like a citation marker but cannot be read.").arg(text));
    }
}

} // namespace Citewise
