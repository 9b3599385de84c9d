// A window's link checker, from the link-check module: the window itself does not load Qt Network.
#pragma once

#include "linkcheckbackend.h"

#include <QString>

#include <memory>

namespace Citewise {

// A new checker reporting to listener, or null with *reason set to why the module cannot give one.
// `moduleDirectory` as resolveModuleEntry()'s `directory`.
std::unique_ptr<LinkCheckBackend> loadLinkCheckBackend(
    LinkCheckBackend::Listener *listener, QString *reason, const QString &moduleDirectory = {});

} // namespace Citewise
