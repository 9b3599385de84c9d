// Entry point: batch commands run on a QCoreApplication (no display needed), everything else opens
// the Citewise window.
#include "benchmarkrun.h"
#include "cli.h"
#include "documentguard.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Citewise"_s);
    QCoreApplication::setApplicationName(u"citewise"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CITEWISE_VERSION));
}

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

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationInfo();
    Citewise::installTranslations();
    QCommandLineParser parser;
    Citewise::setUpParser(parser);
    parser.parse(QCoreApplication::arguments());

    // Every file is read before any window opens, so a typo fails fast with a clear message.
    QList<std::pair<QString, QByteArray>> documents;
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
            const QString reason = QFileInfo(path).isDir() ? u"Is a directory"_s : file.errorString();
            std::fprintf(stderr, "citewise: cannot read %s: %s\n", qPrintable(path), qPrintable(reason));
            return Citewise::ExitFailure;
        }
        documents.append({path, file.readAll()});
    }
    if (documents.isEmpty())
        documents.emplaceBack();
    Citewise::MainWindow *first = nullptr;
    for (const auto &document : std::as_const(documents)) {
        Citewise::MainWindow *window = openWindow(document.first);
        first = first ? first : window;
    }
    // Queued, so the question about a previous session's unsaved work comes with the windows shown.
    QTimer::singleShot(0, first, [first] { first->guard()->offerRecoveries(); });
    return app.exec() == 0 ? Citewise::ExitOk : Citewise::ExitFailure;
}

// `--benchmark [--open-only] FILE` measures the full window; it needs a QApplication like the GUI.
int runBenchmark(int &argc, char **argv, const QElapsedTimer &sinceStart)
{
    QApplication app(argc, argv);
    setApplicationInfo();
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
    if (hasArgument(argc, argv, "--benchmark"))
        return runBenchmark(argc, argv, sinceStart);
    if (!Citewise::isCommandLineRun(argc, argv))
        return runGui(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    return Citewise::runCommandLine(QCoreApplication::arguments());
}
