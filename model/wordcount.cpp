#include "wordcount.h"

#include <QtAlgorithms>

#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Citewise {

namespace {

struct WordCounter
{
    qint64 words = 0;
    bool inWord = false;

    void add(QChar c)
    {
        const char16_t u = c.unicode();
        const QChar::Script script = u >= 0x3040 ? c.script() : QChar::Script_Common;
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana
            || script == QChar::Script_Katakana) {
            ++words;
            inWord = false;
            return;
        }
        const bool wordChar = u < 0x80
            ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') || (u >= u'0' && u <= u'9')
            : c.isLetterOrNumber() || c.isMark();
        if (wordChar && !inWord)
            ++words;
        if (!wordChar && inWord && (c == u'\'' || c == u'’' || c == u'-'))
            return;
        inWord = wordChar;
    }
};

} // namespace

int countWords(QStringView text)
{
    const QChar *data = text.data();
    const qsizetype size = text.size();
    WordCounter counter;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen ASCII characters with no apostrophe or hyphen: a word starts at each word character that
    // follows one that is not.
    const __m128i notAscii = _mm_set1_epi16(short(0xFF80));
    const auto inRange = [](__m128i v, char low, char high) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(low - 1))),
            _mm_cmplt_epi8(v, _mm_set1_epi8(char(high + 1))));
    };
    for (; i + 16 <= size; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 8));
        const __m128i high = _mm_and_si128(_mm_or_si128(a, b), notAscii);
        __m128i bytes = _mm_packus_epi16(a, b); // (each below 0x80 here: signed comparisons hold)
        const __m128i joiners = _mm_or_si128(
            _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF
            || _mm_movemask_epi8(joiners) != 0) {
            for (qsizetype k = i; k < i + 16; ++k)
                counter.add(data[k]);
            continue;
        }
        const __m128i letters = inRange(_mm_or_si128(bytes, _mm_set1_epi8(0x20)), 'a', 'z');
        const uint word = uint(_mm_movemask_epi8(_mm_or_si128(letters, inRange(bytes, '0', '9'))));
        const uint afterWord = (word << 1) | uint(counter.inWord);
        counter.words += qPopulationCount(word & ~afterWord);
        counter.inWord = (word >> 15) & 1;
    }
#endif
    for (; i < size; ++i)
        counter.add(data[i]);
    return int(qMin<qint64>(counter.words, std::numeric_limits<int>::max()));
}

} // namespace Citewise
