// The link-check module: `citewise --check-links` runs here, loaded by the executable's command line
// (see linkcheckentry.h).
#include "linkcheckcommand.h"
#include "linkcheckentry.h"

#include <QTextStream>

#include <cstdio>
#include <type_traits>

extern "C" Q_DECL_EXPORT int citewiseCheckLinks(
    const QStringList *files, const Citewise::LinkCheckOptions *options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Citewise::runCheckLinks(*files, *options, out, err);
}

// The entry point must keep the type the executable resolves it as.
static_assert(std::is_same_v<decltype(&citewiseCheckLinks), CitewiseCheckLinks>);
