// The functions the link-check module (citewise-linkcheck) exports. Only `citewise --check-links`
// and a window's first link check load it, so the other batch commands and the window start without
// Qt Network and what it loads (about a tenth of a batch command's run, 5 ms of the window's).
#pragma once

#include "linkcheckbackend.h"

#include <QStringList>

namespace Citewise {
struct LinkCheckOptions;
} // namespace Citewise

extern "C" {

// Checks every reference URL of `files` (see runCheckLinks()) and returns the exit code. A
// QCoreApplication must exist.
using CitewiseCheckLinks = int (*)(const QStringList *files, const Citewise::LinkCheckOptions *options);

// A new link checker reporting to listener (see createLinkCheckBackend()); the caller owns it.
using CitewiseCreateLinkCheckBackend
    = Citewise::LinkCheckBackend *(*)(Citewise::LinkCheckBackend::Listener *listener);
}

namespace Citewise {
inline constexpr char linkCheckEntryName[] = "citewiseCheckLinks";
inline constexpr char linkCheckBackendEntryName[] = "citewiseCreateLinkCheckBackend";
} // namespace Citewise
