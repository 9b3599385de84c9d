#include "windowloader.h"

#include "cli.h"
#include "moduleloader.h"
#include "windowentry.h"

#include <QString>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Citewise {

int runWindow(int &argc, char **argv, const QElapsedTimer &sinceStart)
{
    QString reason;
    const auto entry = reinterpret_cast<CitewiseWindowMain>(
        resolveModuleEntry(CITEWISE_WINDOW_MODULE, windowEntryName, argc > 0 ? argv[0] : nullptr, &reason));
    if (entry)
        return entry(&argc, argv, &sinceStart);
    std::fprintf(stderr, "citewise: cannot open the window: the window module is %s\n", qPrintable(reason));
    std::fprintf(stderr,
        "citewise: the command line (--json, --lint, --renumber, --write-markers, --check-links) still "
        "works\n");
    return ExitFailure;
}

} // namespace Citewise
