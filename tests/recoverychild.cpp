// A Citewise session that is killed on purpose by tst_recovery: it schedules a recovery copy of the text
// given on the command line, prints "ready" once the copy is on disk and then waits to be killed.
#include "recoverystore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: recoverychild <recovery folder> <article path> <text>\n");
        return 2;
    }
    Citewise::RecoveryStore store(args.at(1));
    store.setDelay(50);
    QObject::connect(&store, &Citewise::RecoveryStore::saved, [] {
        std::printf("ready\n");
        std::fflush(stdout);
    });
    QObject::connect(&store, &Citewise::RecoveryStore::saveFailed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });
    const QString text = args.at(3);
    store.scheduleSave(args.at(2), [text] { return text; });
    return app.exec();
}
