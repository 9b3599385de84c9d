#include "prefault.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>

#include <algorithm>
#include <vector>
#endif

namespace Citewise {

namespace {

#if defined(Q_OS_LINUX)
constexpr quintptr kPage = 4096;

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

void adviseHugePages(void *begin, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    const auto [first, last] = pagesInside(begin, bytes, 2 * 1024 * 1024);
    if (last <= first || !isUntouched(first, last))
        return;
    madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

} // namespace Citewise
