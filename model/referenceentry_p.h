// What the tests of entry reading need beside referenceentry.h.
#pragma once

#include "referenceentry.h"

namespace Citewise {

// readEntry() without its short path for entries written plainly: the full reading that short path must
// agree with on every line.
bool readEntryInFull(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref);

} // namespace Citewise
