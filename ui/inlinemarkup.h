// Markdown inline markup in a line of text, for the reading view: emphasis ("*italic*", "_italic_",
// "**bold**", "__bold__", "***both***"), paired as CommonMark pairs it, struck out text ("~~old~~", as
// GitHub writes it) (delimiter runs that open and
// close by what stands around them, so that snake_case, 2 * 3 and a lone asterisk stay text), and
// links and images ("[text](address)", "![alt](address)"). Code spans ("`...`") hold none.
#pragma once

#include "article.h"

#include <QList>
#include <QStringView>

namespace Citewise {

// A stretch of the text and how it is shown.
struct InlineSegment
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool italic = false;
    bool bold = false;
    bool strike = false; // "~~struck out~~"
    bool hidden = false; // markup that is not shown: delimiters that paired, a link's brackets and address
    bool lineBreak = false; // "<br>", "<br/>" or "<br />": shown as a line break
    int link = -1; // index into InlineMarkup::links when the text is a link's or an image's
};

struct InlineLink
{
    TextSpan text; // what the link shows (an image's description), in the text
    TextSpan address; // its target as written, in the text (without angle brackets)
    bool image = false;
};

struct InlineMarkup
{
    // The text cut into segments from its start to its end, in order; empty when it has no markup.
    QList<InlineSegment> segments;
    QList<InlineLink> links;
};

// `opaque`: stretches of the text (citation markers, ascending) that markup may not cover or take
// apart. A text with more than kMaxEmphasisDelimiters runs of '*' and '_' is taken as having no
// emphasis, so that pairing them stays cheap on any input. HTML line breaks ("<br>") outside code
// spans and link addresses are found when `lineBreaks` is true.
InlineMarkup findInlineMarkup(QStringView text, const QList<TextSpan> &opaque = {}, bool lineBreaks = false);
inline constexpr int kMaxEmphasisDelimiters = 512;

// `text` as the reading view shows it, for places that show plain text (tooltips, lists): without the
// markup that is not shown, line breaks as spaces.
QString shownText(QStringView text);

// Whether `text` may be set in italics: no letter of a script whose faces have no italic style here
// (Arabic, Hebrew, the scripts of India and East Asia). Their italic would fall back on an oblique face
// that has no glyphs for them and show boxes; their writers do not emphasise so either.
bool readsInItalics(QStringView text);

} // namespace Citewise
