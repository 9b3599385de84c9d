// The words of a reference entry that name its source: what citation styles and pasted lists put around
// the name (separators, "Available at:", access dates, "[PDF]", Wikipedia's "^ a b", quotes) taken off.
// The spans are offsets in `text`, the article's.
#pragma once

#include "article.h"

#include <QStringView>

namespace Citewise {

// What may stand between an entry's address and its label: " \t-–—·|:,;<>()[]", their full-width
// forms, Arabic's comma and semicolon, and a line break.
bool isSeparator(QChar c);
// `span` without separators at either end.
TextSpan trimSeparators(QStringView text, TextSpan span);
// The note after an address, `span`, without the separators before it and the spaces after it.
TextSpan trimNote(QStringView text, TextSpan span);

// `label` (separators trimmed) with the angle brackets trimming took from the HTML tags at its ends
// given back ("b>The report</b" reads "<b>The report</b>"): any HTML but a line break is shown as
// written. `floor` and `limit` bound where it may reach.
TextSpan keepTagBrackets(QStringView text, TextSpan label, qsizetype floor, qsizetype limit);

// A line break tag between an address and its label, with white space around it ("https://… <br> Title",
// "Title <br/> https://…"), belongs to neither: where the words after the address start past one at
// `from` (else `from`), and where those before it end short of one ending at `end` (else `end`).
qsizetype pastLineBreakTag(QStringView text, qsizetype from, qsizetype end);
qsizetype beforeLineBreakTag(QStringView text, qsizetype start, qsizetype end);

// A label standing before the address, without the words that lead up to it ("Available at:").
TextSpan withoutLeadIn(QStringView text, TextSpan label);
// Whether `words` start with a word that says when the source was read ("accessed", "abgerufen", …).
bool isAccessNote(QStringView words);
// Whether `words` name the form of a file or the medium rather than the source ("PDF", "(video)",
// "[Online]").
bool isFormatTag(QStringView words);
// `label` without a file's form at its start ("[PDF] Annual report").
TextSpan withoutFormatTag(QStringView text, TextSpan label);
// `label` without an access date at its end nor a file's form at its start.
TextSpan withoutAccessDateOrTag(QStringView text, TextSpan label);
// `label` with the closing brackets separator trimming took from its end given back, as far as it opened
// them and up to `limit`.
TextSpan keepClosingBrackets(QStringView text, TextSpan label, qsizetype limit);
// `label` with the opening brackets separator trimming took from its start given back, as far as it
// closes them and down to `floor` ("Reuters) The report" reads "(Reuters) The report").
TextSpan keepOpeningBrackets(QStringView text, TextSpan label, qsizetype floor);
// `label` without Wikipedia's links back to the citations ("^ ", "^ a b ").
TextSpan withoutBacklinks(QStringView text, TextSpan label);
// Whether a Markdown link's `target` is a wiki page's link back to where a source is cited ("…#cite_ref-1"):
// no address of the source's.
bool isBacklinkTarget(QStringView target);
// `label` without the quotes it stands in as a whole ("\"A title\"").
TextSpan withoutQuotes(QStringView text, TextSpan label);

} // namespace Citewise
