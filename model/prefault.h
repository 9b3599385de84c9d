// Memory hints: making large, freshly allocated buffers ready before they are filled, and asking
// for memory a loop is about to read.
#pragma once

#include <QtGlobal>

namespace Citewise {

// Asks the kernel to back [begin, begin + bytes) with memory in one call, instead of taking one page
// fault per page as writing reaches it; for buffers that are about to be written in full (decoding or
// reading a large file), where those faults otherwise dominate. Only whole pages inside the range are
// touched, and only when the range is fresh (memory reused from the allocator is left as it is);
// small ranges, other systems and older kernels simply do nothing.
void prefaultForWriting(void *begin, qsizetype bytes);

// Asks the processor to bring the memory at `address` into its cache, without waiting for it: for
// reads a loop knows of before it gets there. A hint only; any address may be given.
inline void prefetchForReading(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

} // namespace Citewise
