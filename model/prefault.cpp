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
    if (last > first)
        madvise(reinterpret_cast<void *>(first), last - first, MADV_POPULATE_WRITE);
#else
    Q_UNUSED(begin);
    Q_UNUSED(bytes);
#endif
}

} // namespace Citewise
