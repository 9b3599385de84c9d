#include "prefault.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>

// Linux's since 6.1; the C library's headers may not name it yet, and older kernels refuse it.
#ifndef MADV_COLLAPSE
#define MADV_COLLAPSE 25
#endif

#include <algorithm>
#include <limits>
#include <vector>
#endif

namespace Citewise {

namespace {

#if defined(Q_OS_LINUX)
constexpr quintptr kPage = 4096;
constexpr quintptr kHugePage = 2 * 1024 * 1024;

// The whole `pageSize` pages inside [begin, begin + bytes): [first, last), empty when last <= first.
struct Pages
{
    quintptr first = 0;
    quintptr last = 0;
};
Pages pagesInside(void *begin, qsizetype bytes, quintptr pageSize)
{
    return {(quintptr(begin) + pageSize - 1) & ~(pageSize - 1),
        (quintptr(begin) + quintptr(bytes)) & ~(pageSize - 1)};
}

// Whether [first, last) (whole pages) looks fresh: neither its first nor its last page there yet.
// Memory the allocator hands out again is already there.
bool isFresh(quintptr first, quintptr last)
{
    const auto resident = [](quintptr address) {
        unsigned char state = 0;
        return mincore(reinterpret_cast<void *>(address), kPage, &state) == 0 && (state & 1);
    };
    return !resident(first) || !resident(last - kPage);
}

// Whether no page of [first, last) (whole pages) is there yet. Memory the allocator hands out again is
// partly there even when its ends are not; 2 MB pages asked for over it would have the system merge
// its small pages later, in the background, at a cost larger than the gain.
bool isUntouched(quintptr first, quintptr last)
{
    std::vector<unsigned char> state((last - first) / kPage);
    if (mincore(reinterpret_cast<void *>(first), last - first, state.data()) != 0)
        return false;
    return std::none_of(state.cbegin(), state.cend(), [](unsigned char s) { return s & 1; });
}
#endif

} // namespace

void prefaultForWriting(void *begin, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    if (bytes < qsizetype(16 * kPage))
        return;
    const auto [first, last] = pagesInside(begin, bytes, kPage);
    // Asking for memory that is already there costs about as much as decoding into it: only fresh
    // memory is worth it.
    if (last <= first || !isFresh(first, last))
        return;
    madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

void adviseHugePages(void *begin, qsizetype bytes, qsizetype capacity)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    if (bytes <= 0)
        return;
    auto [first, last] = pagesInside(begin, bytes, kHugePage);
    const quintptr start = quintptr(begin);
    const quintptr end = start + quintptr(bytes);
    // A start within a small page of a boundary takes the 2 MB page it is in (the headers are in its
    // first small page).
    const bool headed = first - start > kHugePage - kPage;
    if (headed)
        first -= kHugePage;
    // An end more than halfway into a 2 MB page the capacity reaches the end of takes that page.
    if (end - last >= kHugePage / 2 && start + quintptr(std::max(capacity, bytes)) + kPage > last + kHugePage)
        last += kHugePage;
    if (last <= first)
        return;
    // The headers are in use: only the rest of the first page's 2 MB page has to be untouched.
    if (!isUntouched(headed ? first + kPage : first, last))
        return;
    madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
    // The page of headers already has a small page of its own, which would keep the 2 MB page around it
    // from being one: it is made one now (older kernels refuse, and nothing changes).
    if (headed)
        madvise(reinterpret_cast<void *>(first), kHugePage, MADV_COLLAPSE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
    Q_UNUSED(capacity);
#endif
}

QString stringWithRoomFor(qsizetype length)
{
    QString text;
    reserveInLargePages(text, length);
    return text;
}

qsizetype largeBufferCapacity(qsizetype bytes)
{
#if defined(Q_OS_LINUX)
    // Room left for the headers of the allocator (16 bytes) and the container (up to 32), so that the
    // allocation still maps to whole 2 MB pages.
    constexpr qsizetype kHeaders = 256;
    constexpr qsizetype kHuge = qsizetype(kHugePage);
    if (bytes < kHuge / 2 || bytes > std::numeric_limits<qsizetype>::max() / 2)
        return bytes;
    return (bytes + kHeaders + kHuge - 1) / kHuge * kHuge - kHeaders;
#else
    return bytes;
#endif
}

} // namespace Citewise
