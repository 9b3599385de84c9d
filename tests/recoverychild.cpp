// A Citewise session that tst_recovery and tst_safety kill on purpose: it schedules a recovery copy of the
// text given on the command line, prints "ready" once the copy is on disk and then waits to be killed.
// Given a recovery file as well, it is a session that recovered that copy and went on editing its text.
#include "recoverystore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5) {
        std::fprintf(
            stderr, "usage: recoverychild <recovery folder> <article path> <text> [<recovered file>]\n");
        return 2;
    }
    Citewise::RecoveryStore store(args.at(1));
    if (args.size() == 5) {
        const QList<Citewise::RecoveryEntry> entries = Citewise::RecoveryStore::pendingRecoveries(args.at(1));
        const auto recovered = std::find_if(entries.cbegin(), entries.cend(),
            [&](const Citewise::RecoveryEntry &entry) { return entry.recoveryFile == args.at(4); });
        if (recovered == entries.cend()) {
            std::fprintf(stderr, "no recovery copy %s\n", qPrintable(args.at(4)));
            return 2;
        }
        store.continueFrom(*recovered);
    }
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
