// Opens the desktop application from the citewise executable: finds the window module next to the
// executable (or where it is installed), loads it and hands over the arguments.
#pragma once

class QElapsedTimer;

namespace Citewise {

// Returns the application's exit code, or ExitFailure with a message on stderr when the window
// module cannot be found or loaded.
int runWindow(int &argc, char **argv, const QElapsedTimer &sinceStart);

} // namespace Citewise
