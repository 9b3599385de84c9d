// Reading the citation markers the scanner's fast path does not: numbers joined by "and" or "&", lists
// holding ranges, and locators pointing into a source ("[1, p. 23]").
#pragma once

#include "article.h"

#include <QStringView>

namespace Citewise {

// Brackets shaped as markers that may give values as well as cite sources, and are reported rather than
// read: numbers led in by words giving examples ("[e.g., 3, 5]": member counts, or sources 3 and 5?), or
// a range written out ("[1 to 5]": a scale, or sources 1 to 5?).
enum class LooseMarker { None, Examples, RangeInWords };

// Parses a marker whose '[' is at `open` of `line` (at `lineStart` in the text) into `citation`.
// Returns the index of the closing ']', or -1 when the bracket holds no marker. With `loose`, the loose
// forms are read too, and *loose says which one the bracket is (unchanged for any other).
qsizetype parseMarker(
    QStringView line, qsizetype open, qsizetype lineStart, Citation &citation, LooseMarker *loose = nullptr);

// Where the text of a locator ends that starts at `pos` of `line`, after its word ("p. 23", "ch. IV",
// "app. B"): at the ';' or ']' after it; -1 when it is no locator's.
qsizetype locatorTextEnd(QStringView line, qsizetype pos);

// Where a bracket at `open` of `line` closes that is written as a marker with a locator but holds a word
// parseMarker() reads as none ("[1, Satz 2]", "[2; Tafel 3]"): numbers, a ',' or ';', a word and a
// locator's text; its word in `word`. -1 for any other bracket. Such a bracket is reported, not read:
// renumbering would otherwise leave it citing whatever source takes its number.
qsizetype unreadLocatorEnd(QStringView line, qsizetype open, QStringView *word = nullptr);

// Where a superscript of the number of the marker at `open` of `line` starts that is written right
// before it, "[^2^]" before "[2]", as answers copied from Bing and Copilot cite; -1 when none is.
qsizetype raisedNumberBefore(QStringView line, qsizetype open);

} // namespace Citewise
