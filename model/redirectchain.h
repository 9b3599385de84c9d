// What the link checker makes of the URLs of one link's requests and of the answers along its
// redirects: which URLs can be asked for, which are one request, where a chain has been, when to ask
// again, and the cookies the chain's answers set.
#pragma once

#include "linkcheckresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <utility>

class QNetworkCookieJar;

namespace Citewise {

// The status of a URL that cannot be asked for at all (not absolute, not http or https, no host), with
// why; nothing when it can be.
std::optional<std::pair<LinkStatus, QString>> preflightUrl(const QUrl &url);

// What is sent for a URL: the fragment never leaves the client (RFC 9110, 4.2.4), so URLs that differ
// only in it are one request.
QString requestKey(const QUrl &url);

// A hop of a chain: the URL and the cookies sent with it. A redirect to a URL already asked with the
// same cookies is a loop; one back to it with a cookie it has just set is how many sites check that a
// client keeps cookies.
QString visitKey(const QUrl &url, const QByteArray &cookies);

// `url` as a reader citing `cited` lands on it: a URL without a fragment of its own keeps the cited
// one, as a browser does after a redirect (RFC 9110, 10.2.2).
QString withCitedFragment(QUrl url, const QUrl &cited);

inline bool isPermanentRedirect(int code)
{
    return code == 301 || code == 308;
}

// The time a Retry-After header asks for, in delta-seconds or as an HTTP date; nothing when it cannot
// be read.
std::optional<qint64> retryAfterMs(const QByteArray &value);

// The cookies the answers of one link's chain set, sent back with its next requests as a browser would
// (to the hosts and paths they were set for) and forgotten with the link. Nothing is kept while no
// answer sets one.
class ChainCookies
{
public:
    ChainCookies();
    ~ChainCookies();
    ChainCookies(const ChainCookies &) = delete;
    ChainCookies &operator=(const ChainCookies &) = delete;

    // Keeps what the Set-Cookie values of the answer from `url` set, as far as a browser would take
    // them (for that host, or a domain above it that is not a public suffix).
    void keep(const QList<QByteArray> &setCookieValues, const QUrl &url);
    // The Cookie header for a request to `url`, empty when no cookie applies.
    QByteArray headerFor(const QUrl &url) const;

private:
    std::unique_ptr<QNetworkCookieJar> m_jar;
};

} // namespace Citewise
