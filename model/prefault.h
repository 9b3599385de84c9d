// Memory hints: making large, freshly allocated buffers ready before they are filled, and asking
// for memory a loop is about to read.
#pragma once

#include <QString>

namespace Citewise {

// Asks the kernel to back [begin, begin + bytes) with memory in one call, instead of taking one page
// fault per page as writing reaches it; for buffers that are about to be written in full (decoding or
// reading a large file), where those faults otherwise dominate. Only whole pages inside the range are
// touched, and only when the range is fresh (memory reused from the allocator is left as it is);
// small ranges, other systems and older kernels simply do nothing.
void prefaultForWriting(void *begin, qsizetype bytes);

// Asks the kernel to back the 2 MB-aligned part of [begin, begin + bytes) with 2 MB pages when they are
// first written, for large fresh buffers about to be filled in full (before prefaultForWriting()):
// filling them then takes one page fault per 2 MB instead of one per 4 KB, which on a virtual machine
// can cost more than the filling. Linux's transparent huge pages in their "madvise" mode (Debian's
// default) wait for this; elsewhere it does nothing.
//
// A buffer allocated with largeBufferCapacity() starts within a small page of a 2 MB boundary, and its
// `capacity` (in bytes, from `begin`) ends within one: the 2 MB page its start lies in is asked for
// too, and made one at once (the allocator's header is already there), and so is the 2 MB page its
// last `bytes` reach into, when they fill at least half of it.
void adviseHugePages(void *begin, qsizetype bytes, qsizetype capacity = 0);

// The capacity, in bytes, to allocate for a buffer of `bytes` that is about to be filled in full: for
// 1 MB or more, a little under a whole number of 2 MB pages, so that the system maps the allocation
// at a 2 MB boundary of its own (Linux does so for large private mappings of whole 2 MB pages) and
// adviseHugePages() covers it from its first byte; `bytes` otherwise.
qsizetype largeBufferCapacity(qsizetype bytes);

// An empty string with room for `length` characters, about to be filled in full: in whole 2 MB pages
// when large (largeBufferCapacity(), adviseHugePages()), which fill at a fraction of the cost.
QString stringWithRoomFor(qsizetype length);

// Reserves room for `count` elements in an empty `list` (a QList, QString, QByteArray or std::vector)
// that is about to be filled, in whole 2 MB pages when that is large (largeBufferCapacity(),
// adviseHugePages()). Before anything is written: resizing a string writes its terminator, which
// would touch a page.
template<typename List> void reserveInLargePages(List &list, qsizetype count)
{
    if (count <= 0)
        return; // (asking an empty container for its data would give it a buffer)
    constexpr auto size = qsizetype(sizeof(typename List::value_type));
    const qsizetype bytes = count * size;
    list.reserve(largeBufferCapacity(bytes) / size);
    adviseHugePages(list.data(), bytes, qsizetype(list.capacity()) * size);
}

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
