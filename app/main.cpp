// Entry point: batch commands run on a QCoreApplication (no display needed) in this executable, which
// loads no GUI library; everything else loads the window module and opens the Citewise window.
#include "cli.h"
#include "windowloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // `--benchmark [--open-only] FILE` measures the full window, so it runs in the window module too.
    if (hasArgument(argc, argv, "--benchmark") || !Citewise::isCommandLineRun(argc, argv))
        return Citewise::runWindow(argc, argv, sinceStart);
    QCoreApplication app(argc, argv);
    Citewise::setApplicationInfo();
    return Citewise::runCommandLine(QCoreApplication::arguments());
}
