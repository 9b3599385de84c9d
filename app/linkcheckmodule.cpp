// The link-check module: `citewise --check-links` runs here, loaded by the executable's command line,
// and a window's link checker comes from here (see linkcheckentry.h).
#include "linkcheckcommand.h"
#include "linkcheckentry.h"
#include "linkchecker.h"

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

extern "C" Q_DECL_EXPORT Citewise::LinkCheckBackend *citewiseCreateLinkCheckBackend(
    Citewise::LinkCheckBackend::Listener *listener)
{
    return Citewise::createLinkCheckBackend(listener).release();
}

// The entry points must keep the types they are resolved as.
static_assert(std::is_same_v<decltype(&citewiseCheckLinks), CitewiseCheckLinks>);
static_assert(std::is_same_v<decltype(&citewiseCreateLinkCheckBackend), CitewiseCreateLinkCheckBackend>);
