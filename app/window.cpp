// The window module: everything that needs a QApplication. Loaded by the citewise executable (see
// windowloader.cpp) for the desktop application and for `--benchmark`.
#include "applicationstyle.h"
#include "benchmarkrun.h"
#include "cli.h"
#include "documentguard.h"
#include "linkcheckcontroller.h"
#include "linkcheckloader.h"
#include "mainwindow.h"
#include "translations.h"
#include "windowentry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// One window per file; an empty path opens an empty article.
Citewise::MainWindow *openWindow(const QString &path)
{
    auto *window = new Citewise::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    if (!path.isEmpty())
        window->openFile(path);
    return window;
}

int runGui()
{
    Citewise::installTranslations();
    QCommandLineParser parser;
    Citewise::setUpParser(parser);
    parser.parse(QCoreApplication::arguments());

    // Every file is checked before any window opens, so a typo fails fast with a clear message. Each
    // window reads its file itself (with the checks and limits of File > Open).
    QStringList paths = parser.positionalArguments();
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            const QString reason = QFileInfo(path).isDir() ? u"Is a directory"_s : file.errorString();
            std::fprintf(stderr, "citewise: cannot read %s: %s\n", qPrintable(path), qPrintable(reason));
            return Citewise::ExitFailure;
        }
    }
    // One window per file, however often and under whatever names it is given.
    QStringList seen;
    paths.removeIf([&seen](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (seen.contains(canonical))
            return true;
        seen.append(canonical);
        return false;
    });
    if (paths.isEmpty())
        paths.append(QString());
    Citewise::MainWindow *first = nullptr;
    for (const QString &path : std::as_const(paths)) {
        Citewise::MainWindow *window = openWindow(path);
        first = first ? first : window;
    }
    // Queued, so the question about a previous session's unsaved work comes with the windows shown.
    QTimer::singleShot(0, first, [first] { first->guard()->offerRecoveries(); });
    return QApplication::exec() == 0 ? Citewise::ExitOk : Citewise::ExitFailure;
}

// `--benchmark [--open-only] FILE` measures the full window.
int runBenchmark(const QElapsedTimer &sinceStart)
{
    const QStringList args = QCoreApplication::arguments().mid(1);
    QStringList files;
    for (const QString &arg : args) {
        if (!arg.startsWith(u'-'))
            files.append(arg);
    }
    if (files.size() != 1) {
        std::fprintf(stderr, "citewise: --benchmark needs exactly one FILE\n");
        return Citewise::ExitFailure;
    }
    return Citewise::runBenchmark(files.constFirst(), args.contains(u"--open-only"_s), sinceStart);
}

} // namespace

extern "C" Q_DECL_EXPORT int citewiseWindowMain(int *argc, char **argv, const QElapsedTimer *sinceStart)
{
    QApplication app(*argc, argv);
    QApplication::setStyle(new Citewise::ApplicationStyle);
    Citewise::setApplicationInfo();
    // Qt Network is loaded with the link-check module when a window first checks links.
    Citewise::LinkCheckController::setBackendFactory(
        [](Citewise::LinkCheckBackend::Listener *listener, QString *reason) {
            return Citewise::loadLinkCheckBackend(listener, reason);
        });
    if (QCoreApplication::arguments().contains(u"--benchmark"_s))
        return runBenchmark(*sinceStart);
    return runGui();
}

// The entry point must keep the type the executable resolves it as.
static_assert(std::is_same_v<decltype(&citewiseWindowMain), CitewiseWindowMain>);
