// The one function the window module (citewise-window) exports. The citewise executable loads the
// module only when it is about to open a window, so command-line runs start without loading Qt's
// GUI libraries at all.
#pragma once

class QElapsedTimer;

extern "C" {

// Runs the desktop application (or `--benchmark`) on the given arguments and returns the exit code.
// `argc` must outlive the call (QApplication keeps a reference); `sinceStart` was started first thing
// in main().
using CitewiseWindowMain = int (*)(int *argc, char **argv, const QElapsedTimer *sinceStart);
}

namespace Citewise {
inline constexpr char windowEntryName[] = "citewiseWindowMain";
} // namespace Citewise
