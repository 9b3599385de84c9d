// The command line of Citewise: decides whether a run is a batch command or the desktop
// application, and runs the batch commands (--json, --lint, --renumber, ...).
#pragma once

#include <QStringList>

class QCommandLineParser;

namespace Citewise {

// Exit codes of every command: success, problems found in the input, unusable invocation or input.
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitFailure = 2 };

// Looks at the raw arguments before any application object exists, because the GUI needs a
// QApplication (and a display) while batch commands must run without one.
bool isCommandLineRun(int argc, char **argv);

// Declares every option; shared by both paths so --help describes the whole program.
void setUpParser(QCommandLineParser &parser);

// Organisation, name and version, for QSettings and --version; called once the application object
// exists, on both paths.
void setApplicationInfo();

// Runs a batch command. A QCoreApplication must exist. Returns an ExitCode.
int runCommandLine(const QStringList &arguments);

} // namespace Citewise
