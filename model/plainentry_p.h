// The short path for reading an entry written plainly, as nearly every entry of a long list is: inline,
// for referenceentry.cpp, which reads entries by the thousands.
#pragma once

#include "article.h"
#include "entrylabel.h"
#include "textsearch.h"

#include <QStringView>

#include <array>
#include <string_view>

namespace Citewise {

namespace PlainEntry {

inline constexpr bool isAsciiLetterOrDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
}

// The characters of a plain address past its scheme, by code: letters, digits and the marks of hosts,
// paths and queries that no form of an entry reads otherwise (no quote, bracket, emphasis or tag).
inline constexpr std::array<bool, 128> kPlainAddressCharacters = [] {
    std::array<bool, 128> table {};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = isAsciiLetterOrDigit(c);
    for (const char c : std::string_view("/.-_~%?=&#+:@"))
        table[uchar(c)] = true;
    return table;
}();

Q_ALWAYS_INLINE bool isPlainAddressCharacter(char16_t c)
{
    return c < 128 && kPlainAddressCharacters[c];
}

// Past `i`, the first character of `data` (of `size`) that is no plain address character. Eight at a
// time while all eight are among the commonest (letters, digits and "-./:?@_"), else one by one.
inline qsizetype endOfPlainAddress(const char16_t *data, qsizetype size, qsizetype i)
{
    for (;;) {
#if defined(__SSE2__)
        for (; i + 8 <= size; i += 8) {
            const __m128i chunk = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i common = _mm_or_si128(
                _mm_or_si128(charactersInRange(chunk, u'-', u':'), charactersInRange(chunk, u'?', u'Z')),
                _mm_or_si128(
                    charactersInRange(chunk, u'a', u'z'), _mm_cmpeq_epi16(chunk, _mm_set1_epi16('_'))));
            if (_mm_movemask_epi8(common) != 0xffff)
                break;
        }
#endif
        if (i == size || !isPlainAddressCharacter(data[i]))
            return i;
        ++i;
    }
}

} // namespace PlainEntry

// Reads `rest`, the words of an entry past its number (a span of `text`), when they are written
// plainly: an "http(s)://" address (the scheme in either case) of plain characters that ends in a
// letter, a digit or '/' (which no trimming touches), then maybe words of ASCII letters and digits
// ("[3] https://example.org/a/3 Annual report 2024"). Sets the address and the label as the full
// reading of an entry would, without looking for what such words cannot hold (links, tags, quotes,
// brackets, emphasis, an access date, another entry); false, with `ref` left as it was, for any other
// words, which the full reading takes (readEntryInFull(), referenceentry_p.h).
inline bool readPlainEntry(QStringView text, TextSpan rest, Reference &ref)
{
    using namespace PlainEntry;
    const QStringView words = text.sliced(rest.start, rest.length);
    const char16_t *const data = words.utf16();
    const qsizetype size = words.size();
    qsizetype i = startsWithAsciiNoCase(words, u"https://") ? 8
        : startsWithAsciiNoCase(words, u"http://")          ? 7
                                                            : 0;
    if (i == 0 || i == size)
        return false;
    i = endOfPlainAddress(data, size, i);
    const char16_t last = data[i - 1];
    if ((i < size && data[i] != u' ') || (!isAsciiLetterOrDigit(last) && last != u'/'))
        return false;
    const qsizetype urlEnd = i;
    while (i < size && data[i] == u' ')
        ++i;
    const qsizetype labelStart = i;
    for (; i < size; ++i) {
        if (data[i] != u' ' && !isAsciiLetterOrDigit(data[i]))
            return false;
    }
    const QStringView label = words.sliced(labelStart);
    // "https://… PDF", "https://… accessed 2024": a note, not a name.
    if (!label.isEmpty() && (isFormatTag(label) || isAccessNote(label)))
        return false;
    ref.urlSpan = {rest.start, urlEnd};
    ref.url = words.first(urlEnd).toString();
    ref.labelSpan = {rest.start + labelStart, size - labelStart};
    // (Most plain entries are an address alone: no string is made for their empty label.)
    ref.label = label.isEmpty() ? QString() : label.toString();
    return true;
}

} // namespace Citewise
