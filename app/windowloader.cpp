#include "windowloader.h"

#include "cli.h"
#include "windowentry.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The directory of the running executable; there is no application object yet to ask.
QString executableDir(const char *argv0)
{
    const QFileInfo self(u"/proc/self/exe"_s);
    if (self.exists())
        return QFileInfo(self.canonicalFilePath()).absolutePath();
    return QFileInfo(QFile::decodeName(argv0)).absolutePath();
}

// Beside the executable (the build tree), then where `cmake --install` puts it.
QStringList moduleCandidates(const QString &exeDir)
{
    const QString name = QStringLiteral(CITEWISE_WINDOW_MODULE);
    return {QDir(exeDir).filePath(name),
        QDir::cleanPath(exeDir + u'/' + QStringLiteral(CITEWISE_WINDOW_INSTALL_DIR) + u'/' + name)};
}

} // namespace

int runWindow(int &argc, char **argv, const QElapsedTimer &sinceStart)
{
    const QStringList candidates = moduleCandidates(executableDir(argc > 0 ? argv[0] : ""));
    QString reason;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        const auto entry = reinterpret_cast<CitewiseWindowMain>(module.resolve(windowEntryName));
        if (entry)
            return entry(&argc, argv, &sinceStart); // the module stays loaded until the process exits
        reason = module.errorString();
        break;
    }
    if (reason.isEmpty())
        reason = u"not found (looked for %1)"_s.arg(candidates.join(u" and "_s));
    std::fprintf(stderr, "citewise: cannot open the window: the window module is %s%s\n",
        reason.startsWith(u"not found"_s) ? "" : "unusable: ", qPrintable(reason));
    std::fprintf(
        stderr, "citewise: the command line (--json, --lint, --renumber, --check-links) still works\n");
    return ExitFailure;
}

} // namespace Citewise
