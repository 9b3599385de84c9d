// A Citewise window that tst_safety kills on purpose: it opens the article given on the command line,
// types the given text at its start, prints "ready" once the recovery copy is on disk and waits.
// The recovery folder comes from CITEWISE_RECOVERY_DIR, set by the test.
#include "articledocument.h"
#include "bodyeditor.h"
#include "documentguard.h"
#include "mainwindow.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings of a test run stay out of the user's
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: safetychild <article path> <text to type>\n");
        return 2;
    }
    Citewise::MainWindow window;
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFile(args.at(1)))
        return 1;
    Citewise::RecoveryStore *store = window.guard()->recoveryStore();
    store->setDelay(100);
    QObject::connect(store, &Citewise::RecoveryStore::saved, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QObject::connect(store, &Citewise::RecoveryStore::saveFailed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    window.editor()->setFocus();
    window.editor()->moveCursor(QTextCursor::Start);
    QTest::keyClicks(window.editor(), args.at(2));
    return app.exec();
}
