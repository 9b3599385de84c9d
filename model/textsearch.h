// Finding a short string in a short text (a token, a line) without the set-up of a general string
// search, which costs more than the search itself at these sizes: its first character is looked for
// (a vectorised search), then the rest compared. And trimming a short text, or comparing it with a
// lower-case ASCII word regardless of case, in place.
#pragma once

#include <QStringView>
#include <QtAlgorithms>

#include <cstddef>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Citewise {

#if defined(__SSE2__)
// Which of the eight characters of `chunk` lie in [lo, hi], each as 0xffff or 0, for ASCII bounds (a
// character past U+7FFF compares as negative: below any of them).
inline __m128i charactersInRange(__m128i chunk, char16_t lo, char16_t hi)
{
    return _mm_and_si128(_mm_cmpgt_epi16(chunk, _mm_set1_epi16(short(lo - 1))),
        _mm_cmplt_epi16(chunk, _mm_set1_epi16(short(hi + 1))));
}
#endif

// Where `c` first stands in `text` at or after `from`, or -1: eight characters a step where SSE2 is
// there, in place (a call into Qt costs more than the search on a token).
inline qsizetype indexOfCharacter(QStringView text, char16_t c, qsizetype from)
{
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i wanted = _mm_set1_epi16(short(c));
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        if (const int mask = _mm_movemask_epi8(_mm_cmpeq_epi16(chunk, wanted)))
            return i + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == c)
            return i;
    }
    return -1;
}

// Where `a` or `b` first stands in `text` at or after `from`, or -1, as indexOfCharacter() looks.
inline qsizetype indexOfEither(QStringView text, char16_t a, char16_t b, qsizetype from)
{
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi16(short(a));
    const __m128i second = _mm_set1_epi16(short(b));
    for (; i + 8 <= size; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i hits = _mm_or_si128(_mm_cmpeq_epi16(chunk, first), _mm_cmpeq_epi16(chunk, second));
        if (const int mask = _mm_movemask_epi8(hits))
            return i + qCountTrailingZeroBits(uint(mask)) / 2;
    }
#endif
    for (; i < size; ++i) {
        if (data[i] == a || data[i] == b)
            return i;
    }
    return -1;
}

inline qsizetype indexOfShort(QStringView text, QStringView needle)
{
    if (needle.isEmpty())
        return 0;
    const char16_t first = needle.front().unicode();
    for (qsizetype i = indexOfCharacter(text, first, 0); i >= 0; i = indexOfCharacter(text, first, i + 1)) {
        if (text.sliced(i).startsWith(needle))
            return i;
    }
    return -1;
}

// Whether `text` starts with `lower` (lower-case ASCII letters and punctuation), ignoring the case of
// ASCII letters: 1 or 0, or -1 when a character past ASCII comes before the answer is known.
inline int startsWithAsciiWord(QStringView text, QStringView lower)
{
    if (text.size() < lower.size())
        return 0;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= 0x80)
            return -1;
        if (c >= u'A' && c <= u'Z')
            c += u'a' - u'A';
        if (c != lower[i].unicode())
            return 0;
    }
    return 1;
}
template<std::size_t N> int startsWithAsciiWord(QStringView text, const char16_t (&lower)[N])
{
    return startsWithAsciiWord(text, QStringView(lower, qsizetype(N) - 1));
}

// The same with ASCII only: a character past ASCII is no match.
template<std::size_t N> bool startsWithAsciiNoCase(QStringView text, const char16_t (&lower)[N])
{
    return startsWithAsciiWord(text, lower) == 1;
}

// The same as QStringView::startsWith() with Qt::CaseInsensitive: text with a character past ASCII
// goes to Qt, which folds case by Unicode's rules (the long s, the Kelvin sign). `lower` is in lower
// case (any script).
inline bool startsWithNoCase(QStringView text, QStringView lower)
{
    const int ascii = startsWithAsciiWord(text, lower);
    return ascii >= 0 ? ascii == 1 : text.startsWith(lower, Qt::CaseInsensitive);
}
template<std::size_t N> bool startsWithNoCase(QStringView text, const char16_t (&lower)[N])
{
    return startsWithNoCase(text, QStringView(lower, qsizetype(N) - 1));
}

// Where the white space (QChar::isSpace()) at or after `from` starts, or the end of `text`: the end
// of a token. Eight characters are tested at a time where SSE2 is there, for anything that is not
// printable ASCII; only those are then asked whether they are white space.
inline qsizetype endOfToken(QStringView text, qsizetype from)
{
    const char16_t *const data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = from;
    while (i < size) {
#if defined(__SSE2__)
        const __m128i low = _mm_set1_epi16(0x21); // below: space and controls; past 0x7fff counts as below
        const __m128i high = _mm_set1_epi16(0x7f); // above: past ASCII
        for (; i + 8 <= size; i += 8) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i odd = _mm_or_si128(_mm_cmplt_epi16(chunk, low), _mm_cmpgt_epi16(chunk, high));
            if (const int mask = _mm_movemask_epi8(odd)) {
                i += qCountTrailingZeroBits(uint(mask)) / 2;
                break;
            }
        }
#endif
        if (i >= size)
            break;
        if (QChar::isSpace(data[i]))
            return i;
        ++i;
    }
    return size;
}

// Where the first character at or past `least` stands in text[from, end), or `end`: eight characters at
// a time where SSE2 is there, as nearly every character of an article lies below what is looked for.
inline qsizetype firstCharacterFrom(QStringView text, qsizetype from, qsizetype end, char16_t least)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.data());
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i below = _mm_set1_epi16(short(least - 1));
    for (; i + 8 <= end; i += 8) {
        const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i above = _mm_subs_epu16(chunk, below);
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(above, _mm_setzero_si128())) != 0xffff)
            break;
    }
#endif
    while (i < end && data[i] < least)
        ++i;
    return i;
}

// Where the first character at or past U+3000 (East Asian punctuation, full-width forms and the scripts
// past them) stands in text[from, end), or `end`.
inline qsizetype firstWideCharacter(QStringView text, qsizetype from, qsizetype end)
{
    return firstCharacterFrom(text, from, end, u'\u3000');
}

// QStringView::trimmed() in place: the same white space (QChar::isSpace()) taken off both ends,
// without a call into Qt for each short line.
inline QStringView trimmedView(QStringView text)
{
    qsizetype b = 0;
    qsizetype e = text.size();
    while (b < e && text[b].isSpace())
        ++b;
    while (e > b && text[e - 1].isSpace())
        --e;
    return text.sliced(b, e - b);
}

// Whether `text` is `lower` (lower-case ASCII) but for case, as a case-insensitive compare() says.
template<std::size_t N> bool equalsNoCase(QStringView text, const char16_t (&lower)[N])
{
    return text.size() == qsizetype(N) - 1 && startsWithNoCase(text, lower);
}

} // namespace Citewise
