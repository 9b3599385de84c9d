// Entry point: batch commands run on a QCoreApplication (no display needed), everything else opens
// the Citewise window.
#include "cli.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QMainWindow>
#include <QPlainTextEdit>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Citewise"_s);
    QCoreApplication::setApplicationName(u"citewise"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CITEWISE_VERSION));
}

// Shows the file read-only until the full editor window is linked in.
void openWindow(const QString &path, const QByteArray &bytes)
{
    auto *window = new QMainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new QPlainTextEdit(window);
    view->setReadOnly(true);
    view->setPlainText(QString::fromUtf8(bytes));
    window->setCentralWidget(view);
    window->resize(900, 700);
    window->setWindowTitle(
        path.isEmpty() ? u"Citewise"_s : u"%1 — Citewise"_s.arg(QFileInfo(path).fileName()));
    window->setWindowFilePath(path);
    window->show();
}

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    setApplicationInfo();
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
    for (const auto &[path, bytes] : std::as_const(documents))
        openWindow(path, bytes);
    return app.exec() == 0 ? Citewise::ExitOk : Citewise::ExitFailure;
}

} // namespace

int main(int argc, char **argv)
{
    if (!Citewise::isCommandLineRun(argc, argv))
        return runGui(argc, argv);
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    return Citewise::runCommandLine(QCoreApplication::arguments());
}
