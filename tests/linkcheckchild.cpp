// A run of link checks whose name server never answers, which tst_linkchecktimeouts starts: the program
// must end as soon as its one link has timed out, not when the lookup gives up.
#include "linkchecker.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Citewise;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LinkChecker checker;
    // The name server outlasts the test that waits for this program.
    checker.setHostResolver([](const QByteArray &) {
        std::this_thread::sleep_for(std::chrono::minutes(10));
        return HostLookup::Result {};
    });
    checker.setTimeoutMs(200);
    QObject::connect(&checker, &LinkChecker::resultReady, [](const QString &, const LinkCheckResult &result) {
        std::printf("%s\n", qPrintable(linkStatusName(result.status)));
        std::fflush(stdout);
    });
    QObject::connect(&checker, &LinkChecker::finished, &app, &QCoreApplication::quit);
    checker.check({u"https://names.example/page"_s});
    return app.exec();
}
