// What the window asks of the link checker, in plain C++. The checker needs Qt Network, which with
// what it loads costs a window several milliseconds at start-up; behind this interface it can sit in
// a module that is loaded when links are first checked (see createLinkCheckBackend() in
// linkchecker.h for the implementation).
#pragma once

#include "linkcheckresult.h"

#include <QString>
#include <QStringList>

namespace Citewise {

inline constexpr int kDefaultLinkCheckTimeoutMs = 10000;

class LinkCheckBackend
{
public:
    // Told about a run as it goes, on the thread that made the backend. Never called once the
    // backend is being destroyed.
    class Listener
    {
    public:
        virtual void linkChecked(const QString &url, const LinkCheckResult &result) = 0;
        virtual void linkCheckProgress(int done, int total) = 0;
        virtual void linkCheckFinished() = 0;

    protected:
        ~Listener() = default;
    };

    virtual ~LinkCheckBackend() = default;

    // Per link, as LinkChecker::setTimeoutMs().
    virtual void setTimeoutMs(int ms) = 0;
    // Whether loopback/private/link-local hosts may be contacted; changing it clears the cache.
    virtual void setAllowPrivateAddresses(bool allow) = 0;
    virtual bool allowPrivateAddresses() const = 0;
    // True for a host (as QUrl::host() gives it) that is never on the public internet: an address
    // or name of this computer or the local network.
    virtual bool isNonPublicHost(const QString &host) const = 0;

    // As LinkChecker::check(), recheck() and cancel().
    virtual void check(const QStringList &urls) = 0;
    virtual void recheck(const QStringList &urls) = 0;
    virtual void cancel() = 0;
};

} // namespace Citewise
