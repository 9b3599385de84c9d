#include "textindex.h"

#include "prefault.h"

#include <QtAlgorithms>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define CITEWISE_DISPATCH_AVX2
#include <immintrin.h>
#endif

namespace Citewise {

TextIndexer::TextIndexer(qsizetype expectedSize)
{
    // Articles average far more than 40 characters a line and 64 per event; what is reserved and never
    // reached is never touched either.
    m_index.lines.reserve(expectedSize / 40 + 1);
    m_index.events.reserve(std::size_t(expectedSize / 64 + 1));
}

// A line ends at `at` ('\n' or '\r'); a '\n' right after a '\r' makes the line's terminator CRLF.
void TextIndexer::addBreak(const char16_t *data, qsizetype at)
{
    if (m_pendingCr && at == m_lineStart && data[at] == u'\n') {
        m_index.lines.last().terminatorLength = 2;
        m_lineStart = at + 1;
        m_pendingCr = false;
        return;
    }
    m_index.lines.append({{m_lineStart, at - m_lineStart}, 1});
    m_lineStart = at + 1;
    m_pendingCr = data[at] == u'\r';
}

namespace {

constexpr bool isIndexed(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'[' || c == u'`' || c == u':';
}

// The blocks of text[i, end) are narrowed to one byte a character before comparing: characters past
// U+00FF become 0xFF or 0x00 (signed saturation), neither of which is looked for. Each returns where it
// stopped (fewer than a block's characters before `end`).
#if defined(__SSE2__)
template<typename Visit>
qsizetype scanBlocksSse2(const char16_t *data, qsizetype i, qsizetype end, Visit &&visit)
{
    const __m128i feed = _mm_set1_epi8('\n');
    const __m128i ret = _mm_set1_epi8('\r');
    const __m128i open = _mm_set1_epi8('[');
    const __m128i tick = _mm_set1_epi8('`');
    const __m128i colon = _mm_set1_epi8(':');
    for (; i + 16 <= end; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 8));
        const __m128i bytes = _mm_packus_epi16(a, b);
        const __m128i hits
            = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, feed), _mm_cmpeq_epi8(bytes, ret)),
                _mm_or_si128(_mm_cmpeq_epi8(bytes, open),
                    _mm_or_si128(_mm_cmpeq_epi8(bytes, tick), _mm_cmpeq_epi8(bytes, colon))));
        for (uint mask = uint(_mm_movemask_epi8(hits)); mask != 0; mask &= mask - 1)
            visit(i + qCountTrailingZeroBits(mask));
    }
    return i;
}
#endif

#if defined(CITEWISE_DISPATCH_AVX2)
// Thirty-two characters a step, on processors that have AVX2 (checked at run time).
template<typename Visit>
__attribute__((target("avx2"))) qsizetype scanBlocksAvx2(
    const char16_t *data, qsizetype i, qsizetype end, Visit &&visit)
{
    const __m256i feed = _mm256_set1_epi8('\n');
    const __m256i ret = _mm256_set1_epi8('\r');
    const __m256i open = _mm256_set1_epi8('[');
    const __m256i tick = _mm256_set1_epi8('`');
    const __m256i colon = _mm256_set1_epi8(':');
    for (; i + 32 <= end; i += 32) {
        const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i));
        const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + i + 16));
        // Packing works within each 128-bit half: put the four quarters back in text order.
        const __m256i bytes = _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8);
        const __m256i hits
            = _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(bytes, feed), _mm256_cmpeq_epi8(bytes, ret)),
                _mm256_or_si256(_mm256_cmpeq_epi8(bytes, open),
                    _mm256_or_si256(_mm256_cmpeq_epi8(bytes, tick), _mm256_cmpeq_epi8(bytes, colon))));
        for (uint mask = uint(_mm256_movemask_epi8(hits)); mask != 0; mask &= mask - 1)
            visit(i + qCountTrailingZeroBits(mask));
    }
    return i;
}
#endif

} // namespace

void TextIndexer::scan(QStringView text)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype end = text.size();
    const auto visit = [&](qsizetype at) {
        const char16_t c = data[at];
        if (c == u'\n' || c == u'\r') {
            addBreak(data, at);
        } else {
            if (c == u'[')
                ++m_index.openBrackets;
            m_index.events.push_back(at);
        }
    };
    qsizetype i = m_scanned;
#if defined(CITEWISE_DISPATCH_AVX2)
    static const bool hasAvx2 = __builtin_cpu_supports("avx2");
    if (hasAvx2)
        i = scanBlocksAvx2(data, i, end, visit);
#endif
#if defined(__SSE2__)
    i = scanBlocksSse2(data, i, end, visit);
#endif
    for (; i < end; ++i) {
        if (isIndexed(data[i]))
            visit(i);
    }
    m_scanned = end;
}

TextIndex TextIndexer::finish() &&
{
    if (m_lineStart < m_scanned)
        m_index.lines.append({{m_lineStart, m_scanned - m_lineStart}, 0});
    return std::move(m_index);
}

TextIndex indexText(QStringView text)
{
    TextIndexer indexer(text.size());
    indexer.scan(text);
    return std::move(indexer).finish();
}

std::span<const qsizetype> EventCursor::within(TextSpan span)
{
    const std::size_t count = m_events.size();
    if (m_next > 0 && m_events[m_next - 1] >= span.start) // behind the last span: look it up
        m_next
            = std::size_t(std::lower_bound(m_events.begin(), m_events.end(), span.start) - m_events.begin());
    while (m_next < count && m_events[m_next] < span.start)
        ++m_next;
    std::size_t last = m_next;
    while (last < count && m_events[last] < span.end())
        ++last;
    const std::span<const qsizetype> result(m_events.data() + m_next, last - m_next);
    m_next = last;
    return result;
}

void EventCursor::prefetch(const QChar *text, TextSpan span)
{
    const std::size_t count = m_events.size();
    m_prefetched = std::max(m_prefetched, m_next);
    while (m_prefetched < count && m_events[m_prefetched] < span.end()) {
        if (m_events[m_prefetched] >= span.start)
            prefetchForReading(text + m_events[m_prefetched]);
        ++m_prefetched;
    }
}

} // namespace Citewise
