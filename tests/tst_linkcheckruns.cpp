// Runs of link checks against a local HTTP fixture: one request per page, progress, cancelling,
// limits, the cache, what is sent and the addresses not contacted.
#include "linkcheckertestutil.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

class tst_LinkCheckRuns : public Citewise::Test::LinkCheckerTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startFixture(); }
    void sameUrlCheckedOnce();
    void fragmentsShareOneRequest();
    void progressAndFinished();
    void emptyRunFinishes();
    void cancelMidRun();
    void endlessHeadersHoldUpNoOtherLink();
    void endlessHeadersAreCutOff_data();
    void endlessHeadersAreCutOff();
    void askedAgainDuringRun();
    void concurrencyLimit();
    void parallelLimit();
    void perHostLimitByDefault();
    void cacheAndRecheck();
    void userAgentSent();
    void cookiesStayWithTheirLink();
    void privateAddressNotContacted();
    void privateRedirectHopBlocked();
};

void tst_LinkCheckRuns::sameUrlCheckedOnce()
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
void tst_LinkCheckRuns::fragmentsShareOneRequest()
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

void tst_LinkCheckRuns::progressAndFinished()
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

void tst_LinkCheckRuns::emptyRunFinishes()
{
    LinkChecker checker;
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({});
    QVERIFY(finished.wait(1000));
}

void tst_LinkCheckRuns::cancelMidRun()
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

// A server that sends header lines without end holds up no other link: the one checked beside it gets
// its answer.
void tst_LinkCheckRuns::endlessHeadersHoldUpNoOtherLink()
{
    m_fixture->setRoute(u"/flood"_s, HttpFixture::endlessHeaders());
    const QString flood = m_fixture->url(u"/flood"_s);
    const QString ok = m_fixture->url(u"/ok"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(3000);
    const QHash<QString, LinkCheckResult> results = run(checker, {flood, ok});
    QCOMPARE(results.value(flood).status, LinkStatus::NetworkError);
    QCOMPARE(results.value(ok).status, LinkStatus::Ok);
    QCOMPARE(results.value(ok).httpCode, 200);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
}

void tst_LinkCheckRuns::endlessHeadersAreCutOff_data()
{
    QTest::addColumn<bool>("oneLine");
    QTest::addRow("lines without end") << false;
    QTest::addRow("one line without end") << true;
}

// Headers that never end are read up to a browser's limit, and then the connection is closed: nothing
// goes on reading the server once its link has a result (the fixture sends until it is cut off).
void tst_LinkCheckRuns::endlessHeadersAreCutOff()
{
    QFETCH(bool, oneLine);
    m_fixture->setRoute(
        u"/flood"_s, oneLine ? HttpFixture::endlessHeaderLine() : HttpFixture::endlessHeaders());
    const QString flood = m_fixture->url(u"/flood"_s);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(3000);
    const LinkCheckResult result = run(checker, {flood}).value(flood);
    QCOMPARE(result.status, LinkStatus::NetworkError);
    QVERIFY2(result.errorString.contains(u"longer than 256 KiB"_s), qPrintable(result.errorString));
    // An answer, if a wrong one: not asked for again with GET.
    QCOMPARE(m_fixture->requestCount(u"/flood"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->openConnections(), 0, 2000);
}

// A link already answered in a run that is still going on (another link is slow) is answered again
// when it is asked for again: from the cache by check(), with a new request by recheck().
void tst_LinkCheckRuns::askedAgainDuringRun()
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

void tst_LinkCheckRuns::concurrencyLimit()
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

// However many checks are asked to run at once, no more than kParallelLimit do: each holds a
// connection, and hundreds of them ran out of file descriptors.
void tst_LinkCheckRuns::parallelLimit()
{
    // Loopback addresses on one port stand in for many hosts, with two slow links on each.
    QList<QHostAddress> hosts;
    for (int i = 1; i <= 40; ++i)
        hosts.append(QHostAddress(u"127.0.0.%1"_s.arg(i)));
    HttpFixture fixture;
    if (!fixture.start(hosts))
        QSKIP("this system cannot listen on 127.0.0.1-40");
    QStringList urls;
    for (int i = 0; i < 2; ++i) {
        fixture.setRoute(u"/slow%1"_s.arg(i), HttpFixture::delayed(1000));
        for (const QHostAddress &host : hosts)
            urls.append(fixture.url(u"/slow%1"_s.arg(i), host.toString()));
    }
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setMaxParallel(500);
    QCOMPARE(checker.maxParallel(), LinkChecker::kParallelLimit);
    const auto results = run(checker, urls);
    QCOMPARE(results.size(), urls.size());
    for (const LinkCheckResult &result : results)
        QCOMPARE(result.status, LinkStatus::Ok);
    QVERIFY2(fixture.peakRequestsInFlight() <= LinkChecker::kParallelLimit,
        qPrintable(QString::number(fixture.peakRequestsInFlight())));
    QVERIFY2(fixture.peakRequestsInFlight() > LinkChecker::kDefaultMaxParallel,
        "the checks did not run in parallel");
}

void tst_LinkCheckRuns::perHostLimitByDefault()
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

void tst_LinkCheckRuns::cacheAndRecheck()
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

void tst_LinkCheckRuns::userAgentSent()
{
    runOne(m_fixture->url(u"/ok"_s));
    QCOMPARE(m_fixture->requests().size(), 1);
    QCOMPARE(
        m_fixture->requests().first().headers.value("user-agent"), QByteArray("Citewise/" CITEWISE_VERSION));
}

// Cookies are forgotten with their link: none goes to another link, in the same run or later, nor to
// another host, and no credentials are ever sent.
void tst_LinkCheckRuns::cookiesStayWithTheirLink()
{
    m_fixture->setRoute(u"/article"_s, HttpFixture::cookieChecked("seen=1"));
    HttpFixture::Route login = HttpFixture::redirect(302, "/ok");
    login.extraHeaders = {"Set-Cookie: session=secret; Path=/"};
    m_fixture->setRoute(u"/login"_s, login);
    HttpFixture::Route away = HttpFixture::redirect(302, m_fixture->url(u"/ok"_s, u"localhost"_s).toUtf8());
    away.extraHeaders = {"Set-Cookie: session=secret; Path=/"};
    m_fixture->setRoute(u"/away"_s, away);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    const QString article = m_fixture->url(u"/article"_s);
    const QString second = m_fixture->url(u"/article?page=2"_s);
    const QString ok = m_fixture->url(u"/ok"_s);
    const QStringList urls = {article, second, ok, m_fixture->url(u"/login"_s), m_fixture->url(u"/away"_s)};
    QHash<QString, LinkCheckResult> results = run(checker, urls);
    QCOMPARE(results.value(article).status, LinkStatus::Ok);
    QCOMPARE(results.value(second).status, LinkStatus::Ok);
    results = run(checker, urls, true); // asked again, with nothing kept of the first run
    QCOMPARE(results.value(article).status, LinkStatus::Ok);
    QCOMPARE(results.value(ok).status, LinkStatus::Ok);
    int withCookies = 0;
    for (const HttpFixture::Request &request : m_fixture->requests()) {
        const QByteArray cookies = request.headers.value("cookie");
        QVERIFY(!request.headers.contains("authorization"));
        if (cookies.isEmpty())
            continue;
        ++withCookies;
        // Only the request after the answer that set it, from the same host.
        QVERIFY2(request.path.startsWith("/article") ? cookies == "seen=1"
                                                     : request.path == "/ok" && cookies == "session=secret",
            request.path.constData());
        QCOMPARE(request.headers.value("host").left(9), "127.0.0.1");
    }
    QCOMPARE(withCookies, 2 * 3); // each run: the two articles' second requests, the login's way to /ok
}

void tst_LinkCheckRuns::privateAddressNotContacted()
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

void tst_LinkCheckRuns::privateRedirectHopBlocked()
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

QTEST_GUILESS_MAIN(tst_LinkCheckRuns)
#include "tst_linkcheckruns.moc"
