#include "redirectchain.h"

#include <QDateTime>
#include <QNetworkCookie>
#include <QNetworkCookieJar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

bool isHttpScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == "http"_L1 || scheme == "https"_L1;
}

} // namespace

std::optional<std::pair<LinkStatus, QString>> preflightUrl(const QUrl &url)
{
    if (!url.isValid() || url.scheme().isEmpty())
        return std::pair {LinkStatus::InvalidUrl, u"not a valid absolute URL"_s};
    if (!isHttpScheme(url))
        return std::pair {LinkStatus::Blocked, u"only http and https links are checked"_s};
    if (url.host().isEmpty())
        return std::pair {LinkStatus::InvalidUrl, u"the URL has no host"_s};
    return std::nullopt;
}

QString requestKey(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString(QUrl::FullyEncoded);
}

QString visitKey(const QUrl &url, const QByteArray &cookies)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded)
        + u'\n' + QString::fromLatin1(cookies);
}

QString withCitedFragment(QUrl url, const QUrl &cited)
{
    if (!url.hasFragment() && cited.hasFragment())
        url.setFragment(cited.fragment(QUrl::FullyEncoded), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded);
}

std::optional<qint64> retryAfterMs(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = text.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::min<qint64>(seconds, 1LL << 32) * 1000);
    // "Sun, 06 Nov 1994 08:49:37 GMT": RFC 2822 with the zone spelled as HTTP spells it.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(3) + "+0000"_L1;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

ChainCookies::ChainCookies() = default;
ChainCookies::~ChainCookies() = default;

void ChainCookies::keep(const QList<QByteArray> &setCookieValues, const QUrl &url)
{
    QList<QNetworkCookie> cookies;
    for (const QByteArray &value : setCookieValues)
        cookies += QNetworkCookie::parseCookies(value);
    if (cookies.isEmpty())
        return;
    if (!m_jar)
        m_jar = std::make_unique<QNetworkCookieJar>();
    m_jar->setCookiesFromUrl(cookies, url);
}

QByteArray ChainCookies::headerFor(const QUrl &url) const
{
    QByteArray header;
    if (!m_jar)
        return header;
    for (const QNetworkCookie &cookie : m_jar->cookiesForUrl(url)) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return header;
}

} // namespace Citewise
