// Making large, freshly allocated buffers ready before they are filled.
#pragma once

#include <QtGlobal>

namespace Citewise {

// Asks the kernel to back [begin, begin + bytes) with memory in one call, instead of taking one page
// fault per page as writing reaches it; for buffers that are about to be written in full (decoding or
// reading a large file), where those faults otherwise dominate. Only whole pages inside the range are
// touched, and only when the range is fresh (memory reused from the allocator is left as it is);
// small ranges, other systems and older kernels simply do nothing.
void prefaultForWriting(void *begin, qsizetype bytes);

} // namespace Citewise
