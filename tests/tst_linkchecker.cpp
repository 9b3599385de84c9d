// The link checker against a local HTTP fixture: statuses, redirects, limits, privacy and cache.
// Nothing here leaves the loopback interface.
#include "httpfixture.h"
#include "linkchecker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

class tst_LinkChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void statusNames();
    void ok();
    void redirects_data();
    void redirects();
    void redirectLimit_data();
    void redirectLimit();
    void redirectLoop();
    void redirectKeepsFragment();
    void httpErrors_data();
    void httpErrors();
    void headRejected_data();
    void headRejected();
    void getStopsAfterHeaders();
    void retryAfter_data();
    void retryAfter();
    void timeout();
    void timeoutKeptWithResult();
    void timeoutChangeAsksAgain();
    void connectionRefused();
    void tlsHandshakeFails();
    void blockedScheme_data();
    void blockedScheme();
    void redirectToBlockedScheme();
    void invalidUrl_data();
    void invalidUrl();
    void lenientUrl_data();
    void lenientUrl();
    void sameUrlCheckedOnce();
    void fragmentsShareOneRequest();
    void progressAndFinished();
    void emptyRunFinishes();
    void cancelMidRun();
    void askedAgainDuringRun();
    void concurrencyLimit();
    void perHostLimitByDefault();
    void cacheAndRecheck();
    void userAgentSent();
    void noCookiesSent();
    void privateAddressNotContacted();
    void privateRedirectHopBlocked();

private:
    // Runs one check to its end and returns the results by URL.
    QHash<QString, LinkCheckResult> run(LinkChecker &checker, const QStringList &urls, bool recheck = false);
    LinkCheckResult runOne(const QString &url);

    std::unique_ptr<HttpFixture> m_fixture;
};

QHash<QString, LinkCheckResult> tst_LinkChecker::run(
    LinkChecker &checker, const QStringList &urls, bool recheck)
{
    QHash<QString, LinkCheckResult> results;
    auto connection = connect(&checker, &LinkChecker::resultReady, this,
        [&results](const QString &url, const LinkCheckResult &r) { results.insert(url, r); });
    QSignalSpy finished(&checker, &LinkChecker::finished);
    if (recheck)
        checker.recheck(urls);
    else
        checker.check(urls);
    [&] { QVERIFY(finished.wait(5000)); }();
    disconnect(connection);
    return results;
}

LinkCheckResult tst_LinkChecker::runOne(const QString &url)
{
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(3000);
    return run(checker, {url}).value(url);
}

void tst_LinkChecker::init()
{
    m_fixture = std::make_unique<HttpFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->setRoute(u"/ok"_s, {});
}

void tst_LinkChecker::statusNames()
{
    QCOMPARE(linkStatusName(LinkStatus::Ok), u"ok"_s);
    QCOMPARE(linkStatusName(LinkStatus::DnsFailure), u"dns-failure"_s);
    QCOMPARE(linkStatusName(LinkStatus::ConnectionRefused), u"connection-refused"_s);
    QCOMPARE(linkStatusName(LinkStatus::PrivateAddress), u"private-address"_s);
    for (int i = 0; i <= int(LinkStatus::NetworkError); ++i)
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
    QTest::addRow("eleven-refused") << 11 << LinkStatus::RedirectLoop;
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

void tst_LinkChecker::httpErrors_data()
{
    QTest::addColumn<int>("code");
    QTest::addRow("404") << 404;
    QTest::addRow("410") << 410;
    QTest::addRow("500") << 500;
    QTest::addRow("503") << 503;
}

void tst_LinkChecker::httpErrors()
{
    QFETCH(int, code);
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
    QCOMPARE(result.status, retried ? LinkStatus::Ok : LinkStatus::Broken);
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

void tst_LinkChecker::timeout()
{
    m_fixture->setRoute(u"/silent"_s, HttpFixture::silent());
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(300);
    const QString url = m_fixture->url(u"/silent"_s);
    QElapsedTimer clock;
    clock.start();
    const LinkCheckResult result = run(checker, {url}).value(url);
    QCOMPARE(result.status, LinkStatus::Timeout);
    QCOMPARE(result.httpCode, 0);
    QVERIFY(result.isFailure());
    QVERIFY(result.elapsedMs >= 250);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.timeoutMs, 300);
    QCOMPARE(result.errorString, u"no answer within 300 ms"_s);
}

// A result names the timeout its request had: a new setting is for the requests that follow.
void tst_LinkChecker::timeoutKeptWithResult()
{
    m_fixture->setRoute(u"/silent"_s, HttpFixture::silent());
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(300);
    const QString url = m_fixture->url(u"/silent"_s);
    QList<LinkCheckResult> results;
    connect(&checker, &LinkChecker::resultReady, this,
        [&results](const QString &, const LinkCheckResult &r) { results.append(r); });
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({url});
    QTRY_COMPARE(m_fixture->requests().size(), 1);
    checker.setTimeoutMs(5000);
    QVERIFY(finished.wait(3000));
    QCOMPARE(results.size(), 1);
    const LinkCheckResult result = results.first();
    QCOMPARE(result.status, LinkStatus::Timeout);
    QCOMPARE(result.timeoutMs, 300);
    QCOMPARE(result.errorString, u"no answer within 300 ms"_s);
    // Found under a timeout no longer in force, it answers no later check.
    QVERIFY(checker.cachedResult(url).url.isEmpty());

    // Nothing was requested for a link that cannot be checked.
    QCOMPARE(run(checker, {u"mailto:x@example.org"_s}).value(u"mailto:x@example.org"_s).timeoutMs, 0);
}

// A link that timed out is asked again once the timeout changes, within the new one; other results
// still come from the cache.
void tst_LinkChecker::timeoutChangeAsksAgain()
{
    m_fixture->setRoute(u"/silent"_s, HttpFixture::silent());
    m_fixture->setRoute(u"/ok"_s, HttpFixture::status(200));
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(200);
    const QString silent = m_fixture->url(u"/silent"_s);
    const QString ok = m_fixture->url(u"/ok"_s);
    QCOMPARE(run(checker, {silent, ok}).value(silent).status, LinkStatus::Timeout);
    QCOMPARE(m_fixture->requests().size(), 2);
    run(checker, {silent, ok}); // the same timeout: both from the cache
    QCOMPARE(m_fixture->requests().size(), 2);

    checker.setTimeoutMs(400);
    const LinkCheckResult again = run(checker, {silent, ok}).value(silent);
    QCOMPARE(again.status, LinkStatus::Timeout);
    QCOMPARE(again.timeoutMs, 400);
    QCOMPARE(m_fixture->requests().size(), 3); // only the link that timed out
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

void tst_LinkChecker::sameUrlCheckedOnce()
{
    const QString url = m_fixture->url(u"/ok"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QSignalSpy results(&checker, &LinkChecker::resultReady);
    const auto all = run(checker, {url, url, u"  "_s + url + u" "_s});
    QCOMPARE(results.size(), 1);
    QCOMPARE(all.value(url).status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
}

// The fragment is never sent, so links that differ only in it are one request; each still gets a
// result under its own URL, and a redirect leads each to its own section.
void tst_LinkChecker::fragmentsShareOneRequest()
{
    m_fixture->setRoute(u"/missing"_s, HttpFixture::status(404));
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(301, "/landing"));
    m_fixture->setRoute(u"/landing"_s, {});
    const QString okA = m_fixture->url(u"/ok#a"_s);
    const QString okB = m_fixture->url(u"/ok#b"_s);
    const QString missingA = m_fixture->url(u"/missing#a"_s);
    const QString missingB = m_fixture->url(u"/missing#b"_s);
    const QString moved = m_fixture->url(u"/moved"_s);
    const QString movedA = m_fixture->url(u"/moved#a"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QSignalSpy results(&checker, &LinkChecker::resultReady);
    QSignalSpy progress(&checker, &LinkChecker::progress);
    const auto all = run(checker, {okA, okB, missingA, missingB, moved, movedA});

    QCOMPARE(results.size(), 6);
    QCOMPARE(progress.last().at(1).toInt(), 6);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
    QCOMPARE(m_fixture->requestCount(u"/missing"_s), 2); // HEAD, and GET to confirm the 404
    QCOMPARE(m_fixture->requestCount(u"/moved"_s), 1);
    QCOMPARE(m_fixture->requestCount(u"/landing"_s), 1);

    for (const QString &url : {okA, okB}) {
        QCOMPARE(all.value(url).url, url);
        QCOMPARE(all.value(url).status, LinkStatus::Ok);
        QCOMPARE(all.value(url).finalUrl, url);
    }
    for (const QString &url : {missingA, missingB}) {
        QCOMPARE(all.value(url).url, url);
        QCOMPARE(all.value(url).status, LinkStatus::Broken);
        QCOMPARE(all.value(url).httpCode, 404);
    }
    QCOMPARE(all.value(moved).status, LinkStatus::Redirected);
    QCOMPARE(all.value(moved).finalUrl, m_fixture->url(u"/landing"_s));
    QCOMPARE(all.value(moved).redirects, (QList<RedirectHop> {{moved, 301}}));
    QCOMPARE(all.value(movedA).status, LinkStatus::Redirected);
    QCOMPARE(all.value(movedA).finalUrl, m_fixture->url(u"/landing#a"_s));
    QCOMPARE(all.value(movedA).redirects, (QList<RedirectHop> {{movedA, 301}}));
    QVERIFY(checker.hasCachedResult(okB));
    QCOMPARE(checker.cachedResult(okB).url, okB);
}

void tst_LinkChecker::progressAndFinished()
{
    m_fixture->setRoute(u"/missing"_s, HttpFixture::status(404));
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QSignalSpy progress(&checker, &LinkChecker::progress);
    QSignalSpy finished(&checker, &LinkChecker::finished);
    run(checker, {m_fixture->url(u"/ok"_s), m_fixture->url(u"/missing"_s), u"mailto:x@example.org"_s});
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 3);
    QVERIFY(!checker.isRunning());
}

void tst_LinkChecker::emptyRunFinishes()
{
    LinkChecker checker;
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({});
    QVERIFY(finished.wait(1000));
}

void tst_LinkChecker::cancelMidRun()
{
    m_fixture->setRoute(u"/silent1"_s, HttpFixture::silent());
    m_fixture->setRoute(u"/silent2"_s, HttpFixture::silent());
    m_fixture->setRoute(u"/silent3"_s, HttpFixture::silent());
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(5000);
    QSignalSpy results(&checker, &LinkChecker::resultReady);
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check(
        {m_fixture->url(u"/silent1"_s), m_fixture->url(u"/silent2"_s), m_fixture->url(u"/silent3"_s)});
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture->requests().size() >= 2, 2000);
    QElapsedTimer clock;
    clock.start();
    checker.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!checker.isRunning());
    QTest::qWait(100);
    QCOMPARE(results.size(), 0);
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->openConnections(), 0, 500); // the requests were really aborted
    QVERIFY(clock.elapsed() < 1000);
    checker.cancel(); // idle: nothing to announce
    QCOMPARE(finished.size(), 1);
}

// A link already answered in a run that is still going on (another link is slow) is answered again
// when it is asked for again: from the cache by check(), with a new request by recheck().
void tst_LinkChecker::askedAgainDuringRun()
{
    m_fixture->setRoute(u"/slow"_s, HttpFixture::delayed(800));
    const QString ok = m_fixture->url(u"/ok"_s);
    const QString slow = m_fixture->url(u"/slow"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QStringList reported;
    connect(&checker, &LinkChecker::resultReady, this,
        [&reported](const QString &url, const LinkCheckResult &) { reported.append(url); });
    QSignalSpy progress(&checker, &LinkChecker::progress);
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({ok, slow});
    QTRY_COMPARE(reported, QStringList {ok});

    checker.check({ok});
    QTRY_COMPARE(reported.size(), 2);
    QCOMPARE(reported.last(), ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
    QVERIFY(checker.isRunning());

    checker.recheck({ok});
    QTRY_COMPARE(reported.size(), 3);
    QCOMPARE(reported.last(), ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 2);

    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reported, (QStringList {ok, ok, ok, slow}));
    QCOMPARE(progress.last().at(0).toInt(), 4);
    QCOMPARE(progress.last().at(1).toInt(), 4);
}

void tst_LinkChecker::concurrencyLimit()
{
    // Several loopback addresses on one port stand in for several hosts.
    const QList<QHostAddress> hosts = {QHostAddress(u"127.0.0.1"_s), QHostAddress(u"127.0.0.2"_s),
        QHostAddress(u"127.0.0.3"_s), QHostAddress(u"127.0.0.4"_s)};
    HttpFixture fixture;
    if (!fixture.start(hosts))
        QSKIP("this system cannot listen on 127.0.0.2-4");
    QStringList urls;
    for (int i = 0; i < 3; ++i) {
        fixture.setRoute(u"/slow%1"_s.arg(i), HttpFixture::delayed(120));
        for (const QHostAddress &host : hosts)
            urls.append(fixture.url(u"/slow%1"_s.arg(i), host.toString()));
    }
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setMaxParallel(3);
    const auto results = run(checker, urls);
    QCOMPARE(results.size(), urls.size());
    for (const LinkCheckResult &result : results)
        QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(fixture.requests().size(), urls.size());
    QVERIFY2(
        fixture.peakRequestsInFlight() <= 3, qPrintable(QString::number(fixture.peakRequestsInFlight())));
    QVERIFY2(fixture.peakRequestsInFlight() >= 2, "the checks did not run in parallel");
    for (const QHostAddress &host : hosts)
        QVERIFY(fixture.peakRequestsInFlight(host) <= LinkChecker::kMaxPerHost);
}

void tst_LinkChecker::perHostLimitByDefault()
{
    QStringList urls;
    for (int i = 0; i < 6; ++i) {
        m_fixture->setRoute(u"/slow%1"_s.arg(i), HttpFixture::delayed(80));
        urls.append(m_fixture->url(u"/slow%1"_s.arg(i)));
    }
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QCOMPARE(checker.maxParallel(), 8);
    QCOMPARE(checker.timeoutMs(), 10000);
    run(checker, urls);
    QCOMPARE(m_fixture->requests().size(), 6);
    QCOMPARE(m_fixture->peakRequestsInFlight(), 2);
}

void tst_LinkChecker::cacheAndRecheck()
{
    const QString url = m_fixture->url(u"/ok"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    QCOMPARE(run(checker, {url}).value(url).status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
    QVERIFY(checker.hasCachedResult(url));

    QCOMPARE(run(checker, {url}).value(url).status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);

    QCOMPARE(run(checker, {url}, true).value(url).status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 2);

    LinkChecker other; // the cache belongs to one checker
    other.setAllowPrivateAddresses(true);
    run(other, {url});
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 3);
}

void tst_LinkChecker::userAgentSent()
{
    runOne(m_fixture->url(u"/ok"_s));
    QCOMPARE(m_fixture->requests().size(), 1);
    QCOMPARE(
        m_fixture->requests().first().headers.value("user-agent"), QByteArray("Citewise/" CITEWISE_VERSION));
}

void tst_LinkChecker::noCookiesSent()
{
    HttpFixture::Route login = HttpFixture::redirect(302, "/ok");
    login.extraHeaders = {"Set-Cookie: session=secret; Path=/"};
    m_fixture->setRoute(u"/login"_s, login);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    run(checker, {m_fixture->url(u"/login"_s)});
    run(checker, {m_fixture->url(u"/ok"_s), m_fixture->url(u"/login"_s)}, true);
    QCOMPARE(m_fixture->requests().size(), 5); // login, ok; then ok, login, ok
    for (const HttpFixture::Request &request : m_fixture->requests()) {
        QVERIFY(!request.headers.contains("cookie"));
        QVERIFY(!request.headers.contains("authorization"));
    }
}

void tst_LinkChecker::privateAddressNotContacted()
{
    const QStringList urls = {m_fixture->url(u"/ok"_s), m_fixture->url(u"/ok"_s, u"localhost"_s),
        m_fixture->url(u"/ok"_s, u"[::1]"_s), u"http://10.0.0.1/"_s,
        u"http://169.254.169.254/latest/meta-data/"_s};
    LinkChecker checker;
    QVERIFY(!checker.allowPrivateAddresses());
    const auto results = run(checker, urls);
    QCOMPARE(results.size(), urls.size());
    for (const QString &url : urls)
        QCOMPARE(results.value(url).status, LinkStatus::PrivateAddress);
    QCOMPARE(m_fixture->connectionCount(), 0);
    QVERIFY(!results.value(urls.first()).isFailure());
}

void tst_LinkChecker::privateRedirectHopBlocked()
{
    // The first host is trusted, the redirect target is not: the check stops before the hop.
    const QString target = m_fixture->url(u"/ok"_s, u"localhost"_s);
    m_fixture->setRoute(u"/tolocal"_s, HttpFixture::redirect(302, target.toUtf8()));
    LinkChecker checker;
    checker.setTrustedHosts({u"127.0.0.1"_s});
    const QString url = m_fixture->url(u"/tolocal"_s);
    const LinkCheckResult result = run(checker, {url}).value(url);
    QCOMPARE(result.status, LinkStatus::PrivateAddress);
    QCOMPARE(result.redirects.size(), 1);
    QCOMPARE(result.finalUrl, target);
    QCOMPARE(m_fixture->requests().size(), 1);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 0);
}

QTEST_GUILESS_MAIN(tst_LinkChecker)
#include "tst_linkchecker.moc"
