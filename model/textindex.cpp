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

using namespace Qt::StringLiterals;

namespace Citewise {

TextIndexer::TextIndexer(qsizetype expectedSize)
{
    // Articles average far more than 40 characters a line and 64 per event; what is reserved and never
    // reached is never touched either (in 2 MB pages, only those reached are).
    reserveInLargePages(m_index.lines, expectedSize / 40 + 1);
    reserveInLargePages(m_index.events, expectedSize / 64 + 1);
}

// A line ends at `at` ('\n' or '\r'); a '\n' right after a '\r' makes the line's terminator CRLF.
void TextIndexer::addBreak(const char16_t *data, qsizetype at)
{
    if (m_pendingCr && at == m_lineStart && data[at] == u'\n') {
        m_lines[m_lineCount - 1].terminatorLength = 2;
        m_lineStart = at + 1;
        m_pendingCr = false;
        return;
    }
    if (m_lineCount == m_index.lines.size())
        makeRoomForLines();
    m_lines[m_lineCount++] = {{m_lineStart, at - m_lineStart}, 1};
    m_lineStart = at + 1;
    m_pendingCr = data[at] == u'\r';
}

// Lines are written in place, into room made a few thousand at a time (appending one by one checked
// the list's sharing and room at every line); finish() trims what is left.
void TextIndexer::makeRoomForLines()
{
    constexpr qsizetype kLinesAtATime = 4096;
    m_index.lines.resize(m_lineCount + kLinesAtATime);
    m_lines = m_index.lines.data();
}

namespace {

// Appends base + the index of each set bit of `mask` to out[count...], without a branch for almost
// every block: a branch taken at random for one block in five would cost more than the rest of the
// scan. The first two are written whatever the mask, so out[] needs two spare slots.
Q_ALWAYS_INLINE void appendBits(qsizetype *out, qsizetype &count, qsizetype base, uint mask)
{
    // A bit past the mask's keeps the count of trailing zeros defined without a test for zero, which
    // the compiler would turn back into a branch.
    constexpr quint64 stop = quint64(1) << 32;
    const uint total = uint(qPopulationCount(mask));
    out[count] = base + qCountTrailingZeroBits(mask | stop);
    mask &= mask - 1;
    out[count + 1] = base + qCountTrailingZeroBits(mask | stop);
    if (Q_UNLIKELY(total > 2)) {
        qsizetype k = count + 2;
        for (mask &= mask - 1; mask != 0; mask &= mask - 1)
            out[k++] = base + qCountTrailingZeroBits(mask);
    }
    count += total;
}

constexpr bool isIndexed(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'[' || c == u'`' || c == u':';
}

#if defined(__SSE2__)
// Which bytes of `bytes` are one of the characters indexed, as a bit mask.
Q_ALWAYS_INLINE uint hitsSse2(__m128i bytes)
{
    const __m128i hits = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r'))),
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('[')),
            _mm_or_si128(
                _mm_cmpeq_epi8(bytes, _mm_set1_epi8('`')), _mm_cmpeq_epi8(bytes, _mm_set1_epi8(':')))));
    return uint(_mm_movemask_epi8(hits));
}

// The scans each append to out[count...] the offsets in text[i, end) of the characters indexed, and
// return where they stopped (fewer than a block's characters before `end`). Blocks are narrowed to one
// byte a character before comparing: characters past U+00FF become 0xFF or 0x00 (signed saturation),
// neither of which is looked for.
qsizetype scanSse2(const char16_t *data, qsizetype i, qsizetype end, qsizetype *out, qsizetype &count)
{
    qsizetype n = count; // in a register: stores through `out` could otherwise be to `count`
    for (; i + 16 <= end; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 8));
        appendBits(out, n, i, hitsSse2(_mm_packus_epi16(a, b)));
    }
    count = n;
    return i;
}

// Like scanSse2(), but from ASCII bytes, each widened to its character in dst[] as it is compared
// (src[i] becomes dst[i], the character at `base + i`); stops at a block with a byte that is not ASCII.
qsizetype widenSse2(const uchar *src, char16_t *dst, qsizetype i, qsizetype end, qsizetype base,
    qsizetype *out, qsizetype &count)
{
    const __m128i zero = _mm_setzero_si128();
    qsizetype n = count;
    for (; i + 16 <= end; i += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + i));
        if (_mm_movemask_epi8(bytes) != 0)
            break;
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i), _mm_unpacklo_epi8(bytes, zero));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(dst + i + 8), _mm_unpackhi_epi8(bytes, zero));
        appendBits(out, n, base + i, hitsSse2(bytes));
    }
    count = n;
    return i;
}
#endif

#if defined(CITEWISE_DISPATCH_AVX2)
// Thirty-two characters a step, on processors that have AVX2 (checked at run time).
#define CITEWISE_AVX2 __attribute__((target("avx2,popcnt,bmi")))

// One look-up of each byte's low four bits finds four of the five characters indexed: the table
// holds, for each, the one character with those bits that is looked for ('`' 0x60, ':' 0x3A, '[' 0x5B,
// '\r' 0x0D), which a byte then equals only if it is that character. '\n' (0x0A) shares its low bits
// with ':' and is compared on its own. A byte past ASCII looks up zero (its top bit is set) and never
// equals it; the other slots hold 0x80, which no byte looked up equals.
CITEWISE_AVX2 Q_ALWAYS_INLINE uint hitsAvx2(__m256i bytes)
{
    const __m256i table = _mm256_setr_epi8('`', -128, -128, -128, -128, -128, -128, -128, -128, -128, ':',
        '[', -128, '\r', -128, -128, '`', -128, -128, -128, -128, -128, -128, -128, -128, -128, ':', '[',
        -128, '\r', -128, -128);
    const __m256i hits = _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(table, bytes), bytes),
        _mm256_cmpeq_epi8(bytes, _mm256_set1_epi8('\n')));
    return uint(_mm256_movemask_epi8(hits));
}

// appendBits() for a block of 64: one count, and the sentinel is the count of trailing zeros of an
// empty mask, which BMI defines (64, past any hit).
CITEWISE_AVX2 Q_ALWAYS_INLINE void appendBits64(
    qsizetype *out, qsizetype &count, qsizetype base, quint64 mask)
{
    const qsizetype total = qsizetype(_mm_popcnt_u64(mask));
    out[count] = base + qsizetype(_tzcnt_u64(mask));
    mask = _blsr_u64(mask);
    out[count + 1] = base + qsizetype(_tzcnt_u64(mask));
    if (Q_UNLIKELY(total > 2)) {
        qsizetype k = count + 2;
        for (mask = _blsr_u64(mask); mask != 0; mask = _blsr_u64(mask))
            out[k++] = base + qsizetype(_tzcnt_u64(mask));
    }
    count += total;
}

CITEWISE_AVX2 Q_ALWAYS_INLINE quint64 hits64(quint64 low, quint64 high)
{
    return low | (high << 32);
}

// Thirty-two characters narrowed to one byte each (as scanSse2() does).
CITEWISE_AVX2 Q_ALWAYS_INLINE __m256i packedAvx2(const char16_t *data)
{
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(data + 16));
    // Packing works within each 128-bit half: put the four quarters back in text order.
    return _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8);
}

// Thirty-two ASCII bytes widened to their characters at `dst`.
CITEWISE_AVX2 Q_ALWAYS_INLINE void widenAvx2Block(char16_t *dst, __m256i bytes)
{
    _mm256_storeu_si256(
        reinterpret_cast<__m256i *>(dst), _mm256_cvtepu8_epi16(_mm256_castsi256_si128(bytes)));
    _mm256_storeu_si256(
        reinterpret_cast<__m256i *>(dst + 16), _mm256_cvtepu8_epi16(_mm256_extracti128_si256(bytes, 1)));
}

// Indexed characters are rare (one in about 170 in an article): blocks of 64 characters take one
// count of hits where two blocks of 32 would take two.
CITEWISE_AVX2 qsizetype scanAvx2(
    const char16_t *data, qsizetype i, qsizetype end, qsizetype *out, qsizetype &count)
{
    qsizetype n = count;
    for (; i + 64 <= end; i += 64)
        appendBits64(out, n, i, hits64(hitsAvx2(packedAvx2(data + i)), hitsAvx2(packedAvx2(data + i + 32))));
    for (; i + 32 <= end; i += 32) {
        appendBits(out, n, i, hitsAvx2(packedAvx2(data + i)));
    }
    count = n;
    return i;
}

CITEWISE_AVX2 qsizetype widenAvx2(const uchar *src, char16_t *dst, qsizetype i, qsizetype end, qsizetype base,
    qsizetype *out, qsizetype &count)
{
    qsizetype n = count;
    for (; i + 64 <= end; i += 64) {
        const __m256i low = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i));
        const __m256i high = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i + 32));
        if (_mm256_movemask_epi8(_mm256_or_si256(low, high)) != 0)
            break; // the block of 32 below finds where
        widenAvx2Block(dst + i, low);
        widenAvx2Block(dst + i + 32, high);
        appendBits64(out, n, base + i, hits64(hitsAvx2(low), hitsAvx2(high)));
    }
    for (; i + 32 <= end; i += 32) {
        const __m256i bytes = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(src + i));
        if (_mm256_movemask_epi8(bytes) != 0)
            break;
        widenAvx2Block(dst + i, bytes);
        appendBits(out, n, base + i, hitsAvx2(bytes));
    }
    count = n;
    return i;
}

// Whether the processor has what the AVX2 loops need, asked once. As Qt does for its own code,
// QT_NO_CPU_FEATURE ("avx2", among others) turns them off, which is how the SSE2 path is tested on
// machines with AVX2.
bool hasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt")
        && __builtin_cpu_supports("bmi")
        && !qEnvironmentVariable("QT_NO_CPU_FEATURE").split(u' ').contains(u"avx2"_s);
    return has;
}
#endif

} // namespace

qsizetype *TextIndexer::scratch()
{
    if (!m_scratch)
        m_scratch = std::make_unique_for_overwrite<qsizetype[]>(3 * kScratch);
    return m_scratch.get();
}

void TextIndexer::record(const char16_t *data, const qsizetype *found, qsizetype count)
{
    qsizetype *const breaks = m_scratch.get() + kScratch;
    qsizetype *const events = breaks + kScratch;
    qsizetype breakCount = 0;
    qsizetype eventCount = 0;
    // Without a branch: a hit is a break or an event at random.
    for (qsizetype k = 0; k < count; ++k) {
        const qsizetype at = found[k];
        const char16_t c = data[at];
        const bool isBreak = c < u' '; // '\n' and '\r'; the events are printable
        breaks[breakCount] = at;
        events[eventCount] = at;
        breakCount += isBreak;
        eventCount += !isBreak;
        m_index.openBrackets += c == u'[';
    }
    for (qsizetype k = 0; k < breakCount; ++k)
        addBreak(data, breaks[k]);
    m_index.events.insert(m_index.events.end(), events, events + eventCount);
}

void TextIndexer::scan(QStringView text)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype end = text.size();
    qsizetype *const found = scratch();
    // A chunk at a time: its hits are collected in `found` (kScratch covers a chunk whose every
    // character is one, plus appendBits()'s spare slots), then recorded while the chunk is still in the
    // cache.
    while (m_scanned < end) {
        const qsizetype stop = qMin(m_scanned + kChunk, end);
        qsizetype count = 0;
        qsizetype i = m_scanned;
#if defined(CITEWISE_DISPATCH_AVX2)
        if (hasAvx2())
            i = scanAvx2(data, i, stop, found, count);
#endif
#if defined(__SSE2__)
        i = scanSse2(data, i, stop, found, count);
#endif
        for (; i < stop; ++i) {
            if (isIndexed(data[i]))
                found[count++] = i;
        }
        record(data, found, count);
        m_scanned = stop;
    }
}

qsizetype TextIndexer::appendAscii(QByteArrayView bytes, char16_t *text)
{
    qsizetype *const found = scratch();
    const auto *src = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype taken = 0;
    while (taken < bytes.size()) {
        const qsizetype size = qMin(kChunk, bytes.size() - taken);
        const uchar *const from = src + taken;
        char16_t *const to = text + m_scanned;
        qsizetype count = 0;
        qsizetype i = 0;
#if defined(CITEWISE_DISPATCH_AVX2)
        if (hasAvx2())
            i = widenAvx2(from, to, i, size, m_scanned, found, count);
#endif
#if defined(__SSE2__)
        i = widenSse2(from, to, i, size, m_scanned, found, count);
#endif
        for (; i < size && from[i] < 0x80; ++i) {
            to[i] = from[i];
            if (isIndexed(from[i]))
                found[count++] = m_scanned + i;
        }
        record(text, found, count);
        m_scanned += i;
        taken += i;
        if (i < size)
            break; // a byte that is not ASCII
    }
    return taken;
}

TextIndex TextIndexer::finish() &&
{
    m_index.lines.resize(m_lineCount);
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
