// The link checker against a local HTTP fixture: one link's status, redirects, errors and the addresses
// it refuses (its timeouts and name lookups are in tst_linkchecktimeouts.cpp, runs of many links in
// tst_linkcheckruns.cpp).
#include "linkcheckertestutil.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

class tst_LinkChecker : public Citewise::Test::LinkCheckerTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startFixture(); }
    void statusNames();
    void ok();
    void redirects_data();
    void redirects();
    void redirectLimit_data();
    void redirectLimit();
    void redirectLoop();
    void redirectKeepsFragment();
    void cookieCheckRedirect();
    void httpErrors_data();
    void httpErrors();
    void statusLines_data();
    void statusLines();
    void headRejected_data();
    void headRejected();
    void getStopsAfterHeaders();
    void headUnanswered_data();
    void headUnanswered();
    void retryAfter_data();
    void retryAfter();
    void connectionRefused();
    void tlsHandshakeFails();
    void blockedScheme_data();
    void blockedScheme();
    void redirectToBlockedScheme();
    void redirectToUnusableAddress_data();
    void redirectToUnusableAddress();
    void invalidUrl_data();
    void invalidUrl();
    void lenientUrl_data();
    void lenientUrl();
};

void tst_LinkChecker::statusNames()
{
    QCOMPARE(linkStatusName(LinkStatus::Ok), u"ok"_s);
    QCOMPARE(linkStatusName(LinkStatus::DnsFailure), u"dns-failure"_s);
    QCOMPARE(linkStatusName(LinkStatus::ConnectionRefused), u"connection-refused"_s);
    QCOMPARE(linkStatusName(LinkStatus::PrivateAddress), u"private-address"_s);
    QCOMPARE(linkStatusName(LinkStatus::TooManyRedirects), u"too-many-redirects"_s);
    for (int i = 0; i <= int(LinkStatus::TooManyRedirects); ++i)
        QCOMPARE(linkStatusFromName(linkStatusName(LinkStatus(i))), std::optional(LinkStatus(i)));
    QCOMPARE(linkStatusFromName(u"nonsense"), std::nullopt);
}

void tst_LinkChecker::ok()
{
    const QString url = m_fixture->url(u"/ok"_s);
    const LinkCheckResult result = runOne(url);
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.httpCode, 200);
    QCOMPARE(result.url, url);
    QCOMPARE(result.finalUrl, url);
    QVERIFY(result.redirects.isEmpty());
    QVERIFY(result.elapsedMs >= 0);
    QCOMPARE(m_fixture->requests().size(), 1);
    QCOMPARE(m_fixture->requests().first().method, "HEAD");
}

void tst_LinkChecker::redirects_data()
{
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<bool>("permanent");
    QTest::addRow("301") << QList {301} << true;
    QTest::addRow("308") << QList {308} << true;
    QTest::addRow("302") << QList {302} << false;
    QTest::addRow("303") << QList {303} << false;
    QTest::addRow("307") << QList {307} << false;
    QTest::addRow("301-then-302") << QList {301, 302} << false;
    QTest::addRow("301-then-308") << QList {301, 308} << true;
}

void tst_LinkChecker::redirects()
{
    QFETCH(QList<int>, codes);
    QFETCH(bool, permanent);
    for (int i = 0; i < codes.size(); ++i) {
        HttpFixture::Route route;
        route.status = codes.at(i);
        // Relative and absolute Location values both occur in the wild.
        route.location
            = i + 1 < codes.size() ? "/hop" + QByteArray::number(i + 1) : m_fixture->url(u"/ok"_s).toUtf8();
        m_fixture->setRoute(u"/hop%1"_s.arg(i), route);
    }
    const LinkCheckResult result = runOne(m_fixture->url(u"/hop0"_s));
    QCOMPARE(result.status, LinkStatus::Redirected);
    QCOMPARE(result.httpCode, 200);
    QCOMPARE(result.finalUrl, m_fixture->url(u"/ok"_s));
    QCOMPARE(result.permanentRedirect, permanent);
    QCOMPARE(result.redirects.size(), codes.size());
    for (int i = 0; i < codes.size(); ++i) {
        QCOMPARE(result.redirects.at(i).httpCode, codes.at(i));
        QCOMPARE(result.redirects.at(i).url, m_fixture->url(u"/hop%1"_s.arg(i)));
    }
}

void tst_LinkChecker::redirectLimit_data()
{
    QTest::addColumn<int>("hops");
    QTest::addColumn<LinkStatus>("status");
    QTest::addRow("ten-followed") << 10 << LinkStatus::Redirected;
    QTest::addRow("eleven-refused") << 11 << LinkStatus::TooManyRedirects;
}

void tst_LinkChecker::redirectLimit()
{
    QFETCH(int, hops);
    QFETCH(LinkStatus, status);
    for (int i = 0; i < hops; ++i) {
        HttpFixture::Route route;
        route.status = 302;
        route.location = i + 1 < hops ? "/hop" + QByteArray::number(i + 1) : "/ok";
        m_fixture->setRoute(u"/hop%1"_s.arg(i), route);
    }
    const LinkCheckResult result = runOne(m_fixture->url(u"/hop0"_s));
    QCOMPARE(result.status, status);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), status == LinkStatus::Redirected ? 1 : 0);
    QVERIFY(m_fixture->requests().size() <= LinkChecker::kMaxRedirects + 1);
    // Too many redirects, not a loop: each went somewhere new.
    if (status == LinkStatus::TooManyRedirects) {
        QVERIFY(result.isFailure());
        QCOMPARE(result.errorString, u"more than 10 redirects"_s);
        QCOMPARE(result.redirects.size(), 11);
    }
}

void tst_LinkChecker::redirectLoop()
{
    m_fixture->setRoute(u"/a"_s, HttpFixture::redirect(301, "/b"));
    m_fixture->setRoute(u"/b"_s, HttpFixture::redirect(302, "/a"));
    const LinkCheckResult result = runOne(m_fixture->url(u"/a"_s));
    QCOMPARE(result.status, LinkStatus::RedirectLoop);
    QCOMPARE(result.redirects.size(), 2);
    QVERIFY(result.isFailure());
    QCOMPARE(m_fixture->requests().size(), 2);
}

// A Location without a fragment keeps the one of the URL that was asked for, as a browser does
// (RFC 9110, 10.2.2): the final URL reported is the place the reader lands on, section included.
void tst_LinkChecker::redirectKeepsFragment()
{
    m_fixture->setRoute(u"/a"_s, HttpFixture::redirect(301, "/b"));
    m_fixture->setRoute(u"/b"_s, HttpFixture::redirect(308, m_fixture->url(u"/ok"_s).toUtf8()));
    const LinkCheckResult kept = runOne(m_fixture->url(u"/a#section-2"_s));
    QCOMPARE(kept.status, LinkStatus::Redirected);
    QCOMPARE(kept.finalUrl, m_fixture->url(u"/ok#section-2"_s));
    QCOMPARE(kept.redirects.size(), 2);
    QCOMPARE(kept.redirects.at(1).url, m_fixture->url(u"/b#section-2"_s));
    QVERIFY(kept.permanentRedirect);

    // A fragment of the Location's own replaces it.
    m_fixture->setRoute(u"/c"_s, HttpFixture::redirect(302, "/ok#other"));
    QCOMPARE(runOne(m_fixture->url(u"/c#section-2"_s)).finalUrl, m_fixture->url(u"/ok#other"_s));
    for (const HttpFixture::Request &request : m_fixture->requests())
        QVERIFY2(!request.path.contains('#'), request.path.constData()); // never sent
}

// Sites that first check for cookies send a client without them back to the same page with one set:
// the link keeps it for its next request, as a browser does, and lands on the page it cites.
void tst_LinkChecker::cookieCheckRedirect()
{
    m_fixture->setRoute(u"/article"_s, HttpFixture::cookieChecked("seen=1"));
    const LinkCheckResult result = runOne(m_fixture->url(u"/article#part-2"_s));
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.httpCode, 200);
    QCOMPARE(result.finalUrl, m_fixture->url(u"/article#part-2"_s));
    QCOMPARE(result.redirects.size(), 1);
    QCOMPARE(m_fixture->requests().size(), 2);
    QCOMPARE(m_fixture->requests().at(0).headers.value("cookie"), QByteArray());
    QCOMPARE(m_fixture->requests().at(1).headers.value("cookie"), "seen=1");

    // Through a page that sets the cookie and sends the client back, it is a redirect all the same
    // when it ends elsewhere; a page that sets the same cookie and redirects to itself again is a loop.
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(301, "/article"));
    QCOMPARE(runOne(m_fixture->url(u"/moved"_s)).status, LinkStatus::Redirected);
    HttpFixture::Route again = HttpFixture::redirect(302, "/again");
    again.extraHeaders.append("Set-Cookie: seen=1; Path=/");
    m_fixture->setRoute(u"/again"_s, again);
    const LinkCheckResult loop = runOne(m_fixture->url(u"/again"_s));
    QCOMPARE(loop.status, LinkStatus::RedirectLoop);
    QCOMPARE(loop.redirects.size(), 2);
}

void tst_LinkChecker::httpErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addRow("404") << 404;
    QTest::addRow("410") << 410;
    QTest::addRow("500") << 500;
    QTest::addRow("503") << 503;
    QTest::addRow("302 without a target") << 302;
    QTest::addRow("301 without a target") << 301;
}

void tst_LinkChecker::httpErrors()
{
    QFETCH(int, code);
    // (A redirect without a Location leads nowhere: broken too.)
    m_fixture->setRoute(u"/error"_s, HttpFixture::status(code));
    const LinkCheckResult result = runOne(m_fixture->url(u"/error"_s));
    QCOMPARE(result.status, LinkStatus::Broken);
    QCOMPARE(result.httpCode, code);
    QVERIFY(result.isFailure());
    // GET confirms what HEAD said before the link is called broken.
    QCOMPARE(m_fixture->requests().size(), 2);
    QCOMPARE(m_fixture->requests().at(0).method, "HEAD");
    QCOMPARE(m_fixture->requests().at(1).method, "GET");
}

void tst_LinkChecker::statusLines_data()
{
    QTest::addColumn<QByteArray>("answer"); // to HEAD and GET, before the connection is closed
    QTest::addColumn<LinkStatus>("status");
    QTest::addColumn<int>("code");
    // No status at all: not three digits from 100 on.
    QTest::addRow("0") << QByteArray("HTTP/1.1 0 OK\r\n\r\n") << LinkStatus::NetworkError << 0;
    QTest::addRow("-404") << QByteArray("HTTP/1.1 -404 Not Found\r\n\r\n") << LinkStatus::NetworkError << 0;
    QTest::addRow("099") << QByteArray("HTTP/1.1 099 X\r\n\r\n") << LinkStatus::NetworkError << 0;
    QTest::addRow("1") << QByteArray("HTTP/1.1 1 X\r\n\r\n") << LinkStatus::NetworkError << 0;
    QTest::addRow("2000") << QByteArray("HTTP/1.1 2000 OK\r\n\r\n") << LinkStatus::NetworkError << 0;
    // An interim answer is not the answer: the connection closed before the final one.
    QTest::addRow("150 alone") << QByteArray("HTTP/1.1 150 X\r\n\r\n") << LinkStatus::NetworkError << 0;
    QTest::addRow("103 then 200") << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </s.css>\r\n\r\n"
                                                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                                  << LinkStatus::Ok << 200;
    QTest::addRow("100 then 404") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n\r\n")
                                  << LinkStatus::Broken << 404;
    // Codes that do not answer for the page without being errors.
    QTest::addRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n") << LinkStatus::Broken << 304;
    QTest::addRow("300") << QByteArray("HTTP/1.1 300 Multiple Choices\r\n\r\n") << LinkStatus::Broken << 300;
    QTest::addRow("999") << QByteArray("HTTP/1.1 999 Request denied\r\n\r\n") << LinkStatus::Broken << 999;
    QTest::addRow("200 without a reason") << QByteArray("HTTP/1.1 200\r\n\r\n") << LinkStatus::Ok << 200;
    QTest::addRow("204") << QByteArray("HTTP/1.0 204 No Content\r\n\r\n") << LinkStatus::Ok << 204;
}

// Only a 2xx is a page that is there (after the redirects followed). A status line without a valid code
// is no answer, and an interim answer (1xx) is not the final one.
void tst_LinkChecker::statusLines()
{
    QFETCH(QByteArray, answer);
    QFETCH(LinkStatus, status);
    QFETCH(int, code);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
                socket->readAll();
                socket->write(answer);
                socket->disconnectFromHost();
            });
        }
    });
    const LinkCheckResult result = runOne(u"http://127.0.0.1:%1/page"_s.arg(server.serverPort()));
    QCOMPARE(result.status, status);
    QCOMPARE(result.httpCode, code);
    QCOMPARE(result.isFailure(), status != LinkStatus::Ok);
}

void tst_LinkChecker::headRejected_data()
{
    QTest::addColumn<int>("headStatus");
    QTest::addRow("405") << 405;
    QTest::addRow("403") << 403;
    QTest::addRow("501") << 501;
    // Answered wrongly: the page is there for GET.
    QTest::addRow("404") << 404;
    QTest::addRow("400") << 400;
    QTest::addRow("500") << 500;
}

void tst_LinkChecker::headRejected()
{
    QFETCH(int, headStatus);
    m_fixture->setRoute(u"/nohead"_s, HttpFixture::headRejected(headStatus));
    const LinkCheckResult result = runOne(m_fixture->url(u"/nohead"_s));
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.httpCode, 200);
    QCOMPARE(m_fixture->requests().size(), 2);
    QCOMPARE(m_fixture->requests().at(0).method, "HEAD");
    QCOMPARE(m_fixture->requests().at(1).method, "GET");
}

void tst_LinkChecker::getStopsAfterHeaders()
{
    // The body never ends: only a checker that stops reading after the headers can answer.
    m_fixture->setRoute(u"/stream"_s, HttpFixture::headRejected(405, true));
    QElapsedTimer clock;
    clock.start();
    const LinkCheckResult result = runOne(m_fixture->url(u"/stream"_s));
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.httpCode, 200);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void tst_LinkChecker::headUnanswered_data()
{
    QTest::addColumn<bool>("hangsUp");
    QTest::addRow("never answered") << false;
    QTest::addRow("connection closed") << true;
}

// Some servers never answer HEAD, or close the connection on it, while GET gets the page: GET is asked
// within the link's timeout, as after a HEAD answered with an error. A HEAD that does not answer has
// half of the timeout.
void tst_LinkChecker::headUnanswered()
{
    QFETCH(bool, hangsUp);
    m_fixture->setRoute(u"/page"_s, HttpFixture::headUnanswered(hangsUp));
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(2000);
    const QString url = m_fixture->url(u"/page"_s);
    const LinkCheckResult result = run(checker, {url}).value(url);
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.httpCode, 200);
    QCOMPARE(result.timeoutMs, 2000);
    const QList<HttpFixture::Request> &requests = m_fixture->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "HEAD");
    QCOMPARE(requests.at(1).method, "GET");
    if (!hangsUp) {
        const qint64 waited = requests.at(1).receivedMs - requests.at(0).receivedMs;
        QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
    }
}

void tst_LinkChecker::retryAfter_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retried");
    QTest::addColumn<int>("waitMs");
    QTest::addRow("429-seconds") << 429 << QByteArray("1") << true << 1000;
    QTest::addRow("503-seconds") << 503 << QByteArray("1") << true << 1000;
    QTest::addRow("429-date") << 429 << QByteArray("(two seconds from now)") << true << 1000;
    QTest::addRow("429-too-long") << 429 << QByteArray("3600") << false << 0;
    QTest::addRow("429-without") << 429 << QByteArray() << false << 0;
    QTest::addRow("429-nonsense") << 429 << QByteArray("soon") << false << 0;
    QTest::addRow("503-too-long") << 503 << QByteArray("3600") << false << 0;
}

// A server that asks to be asked again later (429 Too Many Requests, or 503 while it is down for a
// moment) with a Retry-After of a few seconds gets the request once more when that time is up, and no
// other request to that host meanwhile: many references to one site must not turn into broken links.
void tst_LinkChecker::retryAfter()
{
    QFETCH(int, code);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, retried);
    QFETCH(int, waitMs);
    if (retryAfter.startsWith('(')) // an HTTP date: "Sun, 06 Nov 1994 08:49:37 GMT"
        retryAfter = QDateTime::currentDateTimeUtc()
                         .addSecs(2)
                         .toString(u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                         .toLatin1();
    HttpFixture::Route busy = HttpFixture::status(code);
    if (!retryAfter.isEmpty())
        busy.extraHeaders = {"Retry-After: " + retryAfter};
    m_fixture->setRoute(u"/busy"_s, busy);
    const QString url = m_fixture->url(u"/busy"_s);
    const QString other = m_fixture->url(u"/ok"_s);

    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(3000);
    QHash<QString, LinkCheckResult> results;
    connect(&checker, &LinkChecker::resultReady, this,
        [&results](const QString &u, const LinkCheckResult &r) { results.insert(u, r); });
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({url});
    if (retried) {
        QTRY_COMPARE(m_fixture->requestCount(u"/busy"_s), 1);
        m_fixture->setRoute(u"/busy"_s, {}); // back to answering
        // The other URL is asked for once the checker has had the answer (and holds the host): the
        // fixture counting the request does not mean the checker has read the reply yet.
        QTest::qWait(250);
    }
    checker.check({other});
    QVERIFY(finished.wait(5000));

    const LinkCheckResult result = results.value(url);
    // Still too many requests: the server says nothing about the page, which is not called broken.
    QCOMPARE(result.status,
        retried ? LinkStatus::Ok : (code == 429 ? LinkStatus::RateLimited : LinkStatus::Broken));
    QCOMPARE(result.isFailure(), !retried && code != 429);
    QCOMPARE(result.httpCode, retried ? 200 : code);
    QCOMPARE(results.value(other).status, LinkStatus::Ok);
    // Two requests either way: HEAD and its retry, or HEAD and the GET that confirms its error.
    QCOMPARE(m_fixture->requestCount(u"/busy"_s), 2);
    const QList<HttpFixture::Request> &requests = m_fixture->requests();
    const qint64 asked = requests.first().receivedMs;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        const qint64 after = requests.at(i).receivedMs - asked;
        QVERIFY2(after >= waitMs * 9 / 10,
            qPrintable(u"%1 after %2 ms"_s.arg(QString::fromUtf8(requests.at(i).path)).arg(after)));
    }
}

void tst_LinkChecker::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed again: nothing listens on the port now
    const LinkCheckResult result = runOne(u"http://127.0.0.1:%1/"_s.arg(port));
    QCOMPARE(result.status, LinkStatus::ConnectionRefused);
    QVERIFY(result.isFailure());
}

// An https address whose server answers in plain HTTP (as a misconfigured one would): the TLS
// handshake fails on the first bytes it gets.
void tst_LinkChecker::tlsHandshakeFails()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend in this Qt");
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    const LinkCheckResult result = runOne(u"https://127.0.0.1:%1/"_s.arg(plain.serverPort()));
    QCOMPARE(result.status, LinkStatus::TlsError);
    QCOMPARE(linkStatusName(result.status), u"tls-error"_s);
    QVERIFY(!result.errorString.isEmpty());
    QVERIFY(result.isFailure());
}

void tst_LinkChecker::blockedScheme_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("ftp") << u"ftp://127.0.0.1/file"_s;
    QTest::addRow("mailto") << u"mailto:editor@example.org"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s;
    QTest::addRow("file") << u"file:///etc/passwd"_s;
    QTest::addRow("data") << u"data:text/plain,hello"_s;
}

void tst_LinkChecker::blockedScheme()
{
    QFETCH(QString, url);
    const LinkCheckResult result = runOne(url);
    QCOMPARE(result.status, LinkStatus::Blocked);
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void tst_LinkChecker::redirectToBlockedScheme()
{
    m_fixture->setRoute(u"/toftp"_s, HttpFixture::redirect(302, "ftp://127.0.0.1/x"));
    const LinkCheckResult result = runOne(m_fixture->url(u"/toftp"_s));
    QCOMPARE(result.status, LinkStatus::Blocked);
    QCOMPARE(result.redirects.size(), 1);
    QCOMPARE(result.finalUrl, u"ftp://127.0.0.1/x"_s);
}

void tst_LinkChecker::redirectToUnusableAddress_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::addRow("unclosed bracket") << QByteArray("http://[bad");
    QTest::addRow("no host") << QByteArray("http://");
    QTest::addRow("space in host") << QByteArray("http://exa mple.org/");
}

// A redirect whose Location is no address leads nowhere, as one without a Location does: the link is
// broken, and what the reader cited (a valid URL) is not called invalid.
void tst_LinkChecker::redirectToUnusableAddress()
{
    QFETCH(QByteArray, location);
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(301, location));
    const QString url = m_fixture->url(u"/moved"_s);
    const LinkCheckResult result = runOne(url);
    QCOMPARE(result.status, LinkStatus::Broken);
    QCOMPARE(result.httpCode, 301);
    QVERIFY(result.isFailure());
    QCOMPARE(result.finalUrl, url);
    QVERIFY(result.redirects.isEmpty());
    QVERIFY2(result.errorString.contains(QString::fromLatin1(location)), qPrintable(result.errorString));
}

void tst_LinkChecker::invalidUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("empty") << QString();
    QTest::addRow("words") << u"not a url"_s;
    QTest::addRow("relative") << u"/just/a/path"_s;
    QTest::addRow("no-host") << u"http://"_s;
    QTest::addRow("space-in-host") << u"http://exa mple.org/"_s;
    QTest::addRow("bad-port") << u"http://127.0.0.1:99999/"_s;
}

void tst_LinkChecker::invalidUrl()
{
    QFETCH(QString, url);
    const LinkCheckResult result = runOne(url);
    QCOMPARE(result.status, LinkStatus::InvalidUrl);
    QCOMPARE(m_fixture->connectionCount(), 0);
}

void tst_LinkChecker::lenientUrl_data()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("pipe") << u"?family=Roboto|Open+Sans"_s;
    QTest::addRow("braces") << u"?filter={year}"_s;
    QTest::addRow("caret") << u"?range=1^2"_s;
    QTest::addRow("lone-percent") << u"?discount=10%"_s;
}

// Characters a strict reading refuses but the article's analysis accepts and browsers send
// percent-encoded: such a link is checked, not called unusable.
void tst_LinkChecker::lenientUrl()
{
    QFETCH(QString, query);
    const QString url = m_fixture->url(u"/ok"_s + query);
    const LinkCheckResult result = runOne(url);
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(result.url, url);
    QCOMPARE(m_fixture->requests().size(), 1);
    QVERIFY(m_fixture->requests().first().path.startsWith("/ok?"));
}

QTEST_GUILESS_MAIN(tst_LinkChecker)
#include "tst_linkchecker.moc"
