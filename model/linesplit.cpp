#include "linesplit.h"

#include <QtAlgorithms>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Citewise {

namespace {

// The next '\n' or '\r' in [from, end), or end: 16 characters a step.
qsizetype findLineBreak(const char16_t *data, qsizetype from, qsizetype end)
{
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i feed = _mm_set1_epi16(short(u'\n'));
    const __m128i ret = _mm_set1_epi16(short(u'\r'));
    for (; i + 16 <= end; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 8));
        const __m128i hitsA = _mm_or_si128(_mm_cmpeq_epi16(a, feed), _mm_cmpeq_epi16(a, ret));
        const __m128i hitsB = _mm_or_si128(_mm_cmpeq_epi16(b, feed), _mm_cmpeq_epi16(b, ret));
        const uint mask = uint(_mm_movemask_epi8(hitsA)) | uint(_mm_movemask_epi8(hitsB)) << 16;
        if (mask != 0)
            return i + qCountTrailingZeroBits(mask) / 2;
    }
#endif
    for (; i < end; ++i) {
        if (data[i] == u'\n' || data[i] == u'\r')
            return i;
    }
    return end;
}

} // namespace

void appendLines(QStringView text, qsizetype start, qsizetype end, QList<Line> &out)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.data());
    while (start < end) {
        const qsizetype brk = findLineBreak(data, start, end);
        if (brk == end) {
            out.append({{start, end - start}, 0});
            return;
        }
        const qsizetype terminator = data[brk] == u'\r' && brk + 1 < end && data[brk + 1] == u'\n' ? 2 : 1;
        out.append({{start, brk - start}, terminator});
        start = brk + terminator;
    }
}

} // namespace Citewise
