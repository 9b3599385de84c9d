// The characters and numbers citation markers are written with, shared by the scanner's readers of
// the common forms (citationscanner.cpp) and of the others (markerforms.cpp).
#pragma once

#include "article.h"
#include "articleio.h"

#include <QStringView>

namespace Citewise {

constexpr char16_t kEnDash = u'\u2013';

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
// Digits other than ASCII's: full-width ones ("[１]"), as East Asian input methods type them, and those
// of other scripts ("[١]" in Arabic, "[१]" in Devanagari). A marker written with them is reported as
// one that cannot be read, never taken for text: entries are numbered in ASCII digits.
inline bool isOtherDigit(QChar c)
{
    return c.unicode() > 0x7f && c.category() == QChar::Number_DecimalDigit;
}
inline bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

inline bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || (c.unicode() > 0x7f && c.isSpace());
}

struct Number
{
    qint64 value = 0;
    TextSpan span;
};

// Reads ASCII digits at `pos` (see readDigits) and records where they stand.
Q_ALWAYS_INLINE bool readNumber(QStringView line, qsizetype &pos, qsizetype lineStart, Number &out)
{
    const qsizetype begin = pos;
    if (!readDigits(line, pos, out.value))
        return false;
    out.span = {lineStart + begin, pos - begin};
    return true;
}

inline void skipBlanks(QStringView line, qsizetype &pos)
{
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
}

// A range's dash: hyphen-minus, en dash, and what word processors, keyboards and input methods put in
// its place (em dash, minus sign, Unicode hyphens, figure dash, full-width hyphen-minus), and the
// tilde and wave dashes with which Chinese, Japanese and Korean write a range ("[1~3]", "[1～3]").
inline bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case kEnDash:
    case u'\u2014': // em dash
    case u'\u2212': // minus sign
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2012': // figure dash
    case u'\ufe63': // small hyphen-minus
    case u'\uff0d': // full-width hyphen-minus, as East Asian input methods type it
    case u'~':
    case u'\u301c': // wave dash
    case u'\uff5e': // full-width tilde
        return true;
    default:
        return false;
    }
}

} // namespace Citewise
