// Citations written in forms renumbering does not read, which it must not leave citing whatever source
// takes their number: markers in full-width brackets and superscript numbers.
#pragma once

#include "article.h"

#include <QList>
#include <QString>

#include <functional>

namespace Citewise {

// A source's number written as a superscript, as some assistants, word processors and converters export
// it: "risk.¹", "12%¹", "the EU¹", HTML's "<sup>1</sup>" or "<sup>1,2</sup>" (one each), Pandoc's "^1^",
// or a range of them ("<sup>2–4</sup>", "¹⁻³"); not a square or a cube after a number or a unit ("10³",
// "m²").
struct Superscript
{
    int line = 0;
    qint64 number = 0; // the first of a range
    QString written;
    int column = 0;
    TextSpan span; // as written: one for each number of "<sup>1,2</sup>"
    qint64 last = 0; // the last of a range, forwards and within kMaxRangeExpansion; else `number`
    // Whether the digits may be superscripts set side by side ("world¹²" for 1 and 2): Unicode ones
    // after a word or a mark, not after a number or a single letter, where they read as a power ("10¹²").
    bool sideBySide = false;
};

// What a superscript cites with those that share its span ("<sup>1,2</sup>"), of the numbers an entry has.
struct SuperscriptCitation
{
    QList<qint64> numbers; // ranges expanded
    QString marker; // to write instead: "[1, 2]", "[2–4]"; empty without numbers
    bool complete = true; // whether `marker` holds every number written, none naming no entry
};

// The citation the superscript at `i` of `superscripts` makes with those after it that share its span,
// of the numbers `isEntry` takes for an entry's; `i` moves past them. --lint and renumbering's refusal
// name the same marker.
SuperscriptCitation readSuperscriptCitation(
    const QList<Superscript> &superscripts, qsizetype &i, const std::function<bool(qint64)> &isEntry);

// A marker written in full-width or lenticular brackets ("［1］", "【2】", or "【3†source】" as AI assistants
// cite what they read) that holds an entry's number, outside code and addresses.
struct WideMarker
{
    int line = 0;
    int column = 0;
    TextSpan span; // from bracket to bracket
    qint64 number = 0;
};

// Whether line `line` of the body is code to these checks, which look for none of their forms there: in
// a fenced block, or indented by four spaces or a tab under a blank or indented line, as Markdown writes
// code without fences. (Inline `code` is found on the line, as markers find it.)
bool readsAsCode(const Article &article, int line);

// The first marker in full-width brackets (WideMarker), or one on line 0. The same pass notes, outside
// code, the numbers written as superscripts in `superscripts`.
WideMarker firstWideMarker(const Article &article, QList<Superscript> &superscripts);

// Every marker in full-width brackets and every superscript number of the article, in reading order: a
// whole-article pass, as the checks `--lint` adds to the analysis make (unreadcitations.h). Numbers up to
// `largest` are looked for besides the entries' (those of a list not read, see wideEntryNumber()).
void findWideMarkers(
    const Article &article, QList<WideMarker> &wide, QList<Superscript> &superscripts, qint64 largest = 0);

// The number `line` starts with in full-width or lenticular brackets, as an entry of a list written in
// Chinese text reads ("［1］https://…", "【2】…"), or -1; `length`, when given, receives the length of the
// number and its brackets.
qint64 wideEntryNumber(QStringView line, qsizetype *length = nullptr);

// The number `line` starts with in superscript digits before a space or an address, as a list of
// footnotes copied as text reads ("¹ https://…", "² Title. https://…"), or -1; `length`, when given,
// receives the length of the digits.
qint64 superscriptEntryNumber(QStringView line, qsizetype *length = nullptr);

} // namespace Citewise
