// citewise --check-links: checks every reference URL of the given articles and reports one line
// (or one JSON object) per reference.
#pragma once

#include "linkcheckbackend.h"

#include <QStringList>

class QTextStream;

namespace Citewise {

struct LinkCheckOptions
{
    int timeoutMs = kDefaultLinkCheckTimeoutMs; // per link, its redirects included
    int jobs = 8; // URLs checked at a time (at most 64, and at most 2 per host, regardless)
    bool allowPrivate = false; // also contact loopback/private/link-local addresses
    bool json = false; // a JSON array instead of text lines
};

// Needs a QCoreApplication; runs its own event loop until every link is checked.
// Returns 0 when no link failed, 1 when one did (LinkCheckResult::isFailure()), 2 when a file cannot be read
// (reported on err, the other files are still checked).
int runCheckLinks(
    const QStringList &files, const LinkCheckOptions &options, QTextStream &out, QTextStream &err);

} // namespace Citewise
