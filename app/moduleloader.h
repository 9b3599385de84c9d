// Finds and loads Citewise's own modules (the window, link checking): beside the running executable
// (the build tree), then where `cmake --install` puts them. A module stays loaded until the process
// exits.
#pragma once

#include <QFunctionPointer>
#include <QString>

namespace Citewise {

// The function `entry` of the module file `fileName`, or nullptr with *reason set to why not:
// "not found (looked for …)" or "unusable: <the loader's message>". `argv0` is the program's first
// argument, asked only when neither the system nor an application object knows the executable.
// A non-empty `directory` is the only place looked in.
QFunctionPointer resolveModuleEntry(const char *fileName, const char *entry, const char *argv0,
    QString *reason, const QString &directory = {});

} // namespace Citewise
