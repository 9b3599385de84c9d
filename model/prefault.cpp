#include "prefault.h"

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Citewise {

void prefaultForWriting(void *begin, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    constexpr quintptr page = 4096;
    if (bytes < qsizetype(16 * page))
        return;
    const quintptr first = (quintptr(begin) + page - 1) & ~(page - 1);
    const quintptr last = (quintptr(begin) + quintptr(bytes)) & ~(page - 1);
    if (last <= first)
        return;
    // Memory the allocator hands out again is already there, and asking costs about as much as
    // decoding into it: only fresh memory (its first or last page not there yet) is worth it.
    const auto resident = [](quintptr address) {
        unsigned char state = 0;
        return mincore(reinterpret_cast<void *>(address), page, &state) == 0 && (state & 1);
    };
    if (resident(first) && resident(last - page))
        return;
    madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

} // namespace Citewise
