// `citewise --benchmark [--open-only] FILE`: opens FILE in the full main window, measures how long it
// takes until everything is painted, then the cost of typing and renumbering, and prints one JSON line.
#pragma once

#include <QElapsedTimer>
#include <QString>

namespace Citewise {

// `sinceStart` was started first thing in main(). Returns an exit code.
int runBenchmark(const QString &path, bool openOnly, const QElapsedTimer &sinceStart);

} // namespace Citewise
