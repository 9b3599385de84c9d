// The one function the link-check module (citewise-linkcheck) exports. Only `citewise --check-links`
// loads it, so the other batch commands start without Qt Network and what it loads (about a tenth
// of their run).
#pragma once

#include <QStringList>

namespace Citewise {
struct LinkCheckOptions;
} // namespace Citewise

extern "C" {

// Checks every reference URL of `files` (see runCheckLinks()) and returns the exit code. A
// QCoreApplication must exist.
using CitewiseCheckLinks = int (*)(const QStringList *files, const Citewise::LinkCheckOptions *options);
}

namespace Citewise {
inline constexpr char linkCheckEntryName[] = "citewiseCheckLinks";
} // namespace Citewise
