// The outcome of checking one link, with stable status names for scripts and JSON output.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Citewise {

// The most redirects followed for one link.
inline constexpr int kMaxLinkRedirects = 10;

// The redirect codes followed to their Location. Other 3xx (300 Multiple Choices, 304 Not Modified to
// a request that was not conditional) answer for no page.
inline constexpr bool isFollowedRedirectCode(int code)
{
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
}

enum class LinkStatus {
    Ok, // 2xx without redirects
    Redirected, // 2xx after one or more redirects
    Broken, // any other code: 4xx, 5xx, a 3xx not followed
    Timeout, // no answer within the link's timeout
    DnsFailure, // the host name does not resolve
    ConnectionRefused, // nothing listens on the port
    TlsError, // the TLS handshake or certificate check failed
    Blocked, // not an http or https URL (also for a redirect to such a URL)
    InvalidUrl, // not a usable URL
    PrivateAddress, // points at a loopback/private/link-local address and those are not allowed
    RedirectLoop, // a redirect cycle
    NetworkError, // any other transport failure (connection reset, no valid status line, ...)
    // 429 Too Many Requests, to HEAD and GET, after any retry Retry-After allowed: the server would not
    // say whether the page is there, so the link is not called broken
    RateLimited,
    TooManyRedirects, // more than kMaxLinkRedirects redirects, none of them seen before
};

// The statuses of a link that cannot be followed: the window reports them as broken links, and the
// command line exits with 1 for them.
inline bool isLinkFailure(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Broken:
    case LinkStatus::Timeout:
    case LinkStatus::DnsFailure:
    case LinkStatus::ConnectionRefused:
    case LinkStatus::TlsError:
    case LinkStatus::RedirectLoop:
    case LinkStatus::TooManyRedirects:
    case LinkStatus::NetworkError: // the connection closed or reset, or an answer that is no HTTP
        return true;
    default:
        return false;
    }
}

// One redirect answer: the URL that was requested and the 3xx code it answered with.
struct RedirectHop
{
    QString url;
    int httpCode = 0;
    friend bool operator==(const RedirectHop &, const RedirectHop &) = default;
};

struct LinkCheckResult
{
    QString url; // the URL as it was asked for
    LinkStatus status = LinkStatus::InvalidUrl;
    int httpCode = 0; // last HTTP status seen, 0 when none
    QString finalUrl; // last URL requested (equals url when there was no redirect)
    bool permanentRedirect = false; // every redirect was 301 or 308: the citation can be updated
    qint64 elapsedMs = 0;
    int timeoutMs = 0; // the timeout the link had, 0 when nothing was requested
    QList<RedirectHop> redirects;
    QString errorString; // human-readable detail for failures, may be empty

    // See isLinkFailure().
    bool isFailure() const { return isLinkFailure(status); }
};

inline QString linkStatusName(LinkStatus status)
{
    switch (status) {
    case LinkStatus::Ok:
        return QStringLiteral("ok");
    case LinkStatus::Redirected:
        return QStringLiteral("redirected");
    case LinkStatus::Broken:
        return QStringLiteral("broken");
    case LinkStatus::Timeout:
        return QStringLiteral("timeout");
    case LinkStatus::DnsFailure:
        return QStringLiteral("dns-failure");
    case LinkStatus::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case LinkStatus::TlsError:
        return QStringLiteral("tls-error");
    case LinkStatus::Blocked:
        return QStringLiteral("blocked");
    case LinkStatus::InvalidUrl:
        return QStringLiteral("invalid-url");
    case LinkStatus::PrivateAddress:
        return QStringLiteral("private-address");
    case LinkStatus::RedirectLoop:
        return QStringLiteral("redirect-loop");
    case LinkStatus::NetworkError:
        return QStringLiteral("network-error");
    case LinkStatus::RateLimited:
        return QStringLiteral("rate-limited");
    case LinkStatus::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    }
    return QStringLiteral("network-error");
}

inline std::optional<LinkStatus> linkStatusFromName(QStringView name)
{
    for (int i = 0; i <= int(LinkStatus::TooManyRedirects); ++i) {
        if (linkStatusName(LinkStatus(i)) == name)
            return LinkStatus(i);
    }
    return std::nullopt;
}

} // namespace Citewise
