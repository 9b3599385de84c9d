// Citations written as plain numbers, which the article's markers are not read from: a number glued
// after a sentence's full stop or a clause's comma, as text copied from a superscript loses its raise
// ("since 2023.1 However", "viability.2,3", "production,2 while"), and a number in parentheses, as Vancouver
// style writes a citation ("over 75 (2)."). Renumbering must not leave them citing whatever source takes
// their number; --lint names them, and the other forms not read (unreadmarkers.h), in a whole-article pass.
#pragma once

#include "article.h"
#include "diagnostic.h"
#include "textedit.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Citewise {

struct PlainNumberCitation
{
    enum class Form { AfterFullStop, AfterComma, Parenthesised, Bracketed };
    Form form = Form::AfterFullStop;
    int line = 0;
    int column = 0; // of the span
    TextSpan span; // the numbers after the full stop or comma ("2,3"), or the parentheses and what they hold
    QString written; // as the line writes it, with the word before a full stop: "viability.2,3", "(1,3)"
    QString bracketed; // the marker that means the same: "[2, 3]", "[2–4]"
    QList<qint64> numbers; // every entry number cited, ranges expanded
};

// The plain numbers of the body that read as citations: outside code, each of their numbers an entry's
// (none without a reference list). Not a decimal, a version or a section number ("3.5", "v2.1"), an
// abbreviation's number ("Fig.1", "No.5", "p.3"), a file or an address ("bash.1", "example.com/a.2"),
// nor an enumeration ("(1) first", "steps (1), (2) and (3).", "equation (2).").
QList<PlainNumberCitation> findPlainNumberCitations(const Article &article);
// The same, reading as citations the plain numbers among `numbers` rather than the entries'.
QList<PlainNumberCitation> findPlainNumberCitations(const Article &article, const QSet<qint64> &numbers);
// The numbers of the entries of the references section.
QSet<qint64> entryNumbers(const Article &article);

// A line under the references header numbered as an entry in a form not read, when none there reads as
// an entry: in full-width brackets, "［1］https://…", as Chinese text numbers its sources, or in
// superscript digits, "¹ https://…", as footnotes copied as text read. Markers written so cite them.
struct UnreadListEntry
{
    int line = 0;
    TextSpan span; // the number as written, with its brackets
    qint64 number = 0;
};
QList<UnreadListEntry> unreadListEntries(const Article &article);

// Where an entry is cited in a form not read as a marker: the first such citation of its number.
struct UnreadCite
{
    QString written; // as the line writes it: "viability.2,3", "［2］", "<sup>2</sup>"
    int line = 0;
    TextSpan span; // of the citation's finding

    friend bool operator==(const UnreadCite &, const UnreadCite &) = default;
};
using UnreadCites = QHash<qint64, UnreadCite>; // by entry number

// Warnings ("unread-citation") for every citation written in a form not read as a marker: superscript
// numbers, markers in full-width brackets, and PlainNumberCitation. The whole article is read: `--lint`
// and `--json` add them to analyseArticle()'s, which the editor keeps up to date edit by edit. `citing`,
// when given, receives the entries these citations name.
QList<Diagnostic> unreadCitationDiagnostics(const Article &article, UnreadCites *citing = nullptr);

// Edits that write each citation unreadCitationDiagnostics() finds as the marker its finding names, in
// its place: "risk¹" becomes "risk[1]", "grew.2,3" "grew.[2, 3]", "over 75 (2)." "over 75 [2].", "［1］"
// "[1]", sorted by start. Not brackets that hold words besides the numbers ("[1, and references
// therein]": the words would be lost), nor a superscript that holds a number no entry has
// ("<sup>1,9</sup>"); `left`, when given, receives how many of those there are.
QList<TextEdit> unreadCitationEdits(const Article &article, qsizetype *left = nullptr);

// Rewords the unused-reference findings among `diagnostics` of the entries in `citing`: such an entry
// is cited, only not by a marker, and the finding says where ("cited only as …") instead of "never cited".
void describeUnreadCites(QList<Diagnostic> &diagnostics, const Article &article, const UnreadCites &citing);

// analyseArticle() and unreadCitationDiagnostics(), sorted together: what `--lint` and `--json` report.
QList<Diagnostic> lintArticle(const Article &article);

} // namespace Citewise
