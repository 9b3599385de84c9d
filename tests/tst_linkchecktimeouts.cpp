// The link checker's timeouts against a local HTTP fixture: one timeout for all that a link asks, kept
// with its result, and name lookups that nothing waits for (one link's answers are in
// tst_linkchecker.cpp).
#include "linkcheckertestutil.h"

#include <QElapsedTimer>
#include <QProcess>

#include <atomic>
#include <condition_variable>
#include <mutex>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

namespace {

// A name server that never answers, as the system's resolver meets it: each lookup waits until the test
// opens the gate (a minute at most).
struct SilentNameServer
{
    std::mutex mutex;
    std::condition_variable changed;
    bool open = false;
    int waiting = 0; // lookups waiting for an answer

    static HostLookup::Resolver resolver(const std::shared_ptr<SilentNameServer> &server)
    {
        return [server](const QByteArray &) {
            std::unique_lock lock(server->mutex);
            ++server->waiting;
            server->changed.wait_for(lock, std::chrono::minutes(1), [&server] { return server->open; });
            --server->waiting;
            return HostLookup::Result {};
        };
    }
    int waitingLookups()
    {
        const std::lock_guard lock(mutex);
        return waiting;
    }
    void answer()
    {
        const std::lock_guard lock(mutex);
        open = true;
        changed.notify_all();
    }
};

} // namespace

class tst_LinkCheckTimeouts : public Citewise::Test::LinkCheckerTest
{
    Q_OBJECT

private Q_SLOTS:
    void init() { startFixture(); }
    void timeout();
    void timeoutKeptWithResult();
    void timeoutChangeAsksAgain();
    void timeoutCoversTheWholeLink_data();
    void timeoutCoversTheWholeLink();
    void retryWaitIsNoTimeout();
    void lookupThatNeverAnswers();
    void programEndsWithoutItsLookups();
    void requestGoesToTheAddressesFound();
};

void tst_LinkCheckTimeouts::timeout()
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
void tst_LinkCheckTimeouts::timeoutKeptWithResult()
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
void tst_LinkCheckTimeouts::timeoutChangeAsksAgain()
{
    m_fixture->setRoute(u"/silent"_s, HttpFixture::silent());
    m_fixture->setRoute(u"/ok"_s, HttpFixture::status(200));
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(200);
    const QString silent = m_fixture->url(u"/silent"_s);
    const QString ok = m_fixture->url(u"/ok"_s);
    // (The silent server is asked with HEAD, then with GET.)
    QCOMPARE(run(checker, {silent, ok}).value(silent).status, LinkStatus::Timeout);
    QCOMPARE(m_fixture->requests().size(), 3);
    run(checker, {silent, ok}); // the same timeout: both from the cache
    QCOMPARE(m_fixture->requests().size(), 3);

    checker.setTimeoutMs(400);
    const LinkCheckResult again = run(checker, {silent, ok}).value(silent);
    QCOMPARE(again.status, LinkStatus::Timeout);
    QCOMPARE(again.timeoutMs, 400);
    QCOMPARE(m_fixture->requests().size(), 5); // only the link that timed out
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
}

void tst_LinkCheckTimeouts::timeoutCoversTheWholeLink_data()
{
    QTest::addColumn<bool>("redirects");
    QTest::addRow("HEAD refused, then GET") << false;
    QTest::addRow("three redirects") << true;
}

// One timeout for all that checking a link asks: HEAD and the GET after it, or every redirect. Each
// answering within it does not make a link that takes longer than it answer in time.
void tst_LinkCheckTimeouts::timeoutCoversTheWholeLink()
{
    QFETCH(bool, redirects);
    if (redirects) {
        for (int i = 0; i < 3; ++i) {
            HttpFixture::Route hop = HttpFixture::redirect(302, "/hop" + QByteArray::number(i + 1));
            hop.delayMs = 700;
            m_fixture->setRoute(u"/hop%1"_s.arg(i), hop);
        }
    } else {
        HttpFixture::Route route = HttpFixture::headRejected(405);
        route.delayMs = 1000;
        m_fixture->setRoute(u"/hop0"_s, route);
    }
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(1500);
    const QString url = m_fixture->url(u"/hop0"_s);
    const LinkCheckResult result = run(checker, {url}).value(url);
    QCOMPARE(result.status, LinkStatus::Timeout);
    QCOMPARE(result.timeoutMs, 1500);
    QCOMPARE(result.errorString, u"no answer within 1500 ms"_s);
    // The second request was made, within what was left of the timeout.
    QCOMPARE(m_fixture->requests().size(), redirects ? 3 : 2);
    QCOMPARE(m_fixture->requestCount(u"/hop3"_s), 0);
}

// The time a busy server asks the checker to wait before asking again is not the link taking long to
// answer: it does not count against the timeout.
void tst_LinkCheckTimeouts::retryWaitIsNoTimeout()
{
    HttpFixture::Route busy = HttpFixture::status(429);
    busy.extraHeaders = {"Retry-After: 2"};
    m_fixture->setRoute(u"/busy"_s, busy);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setTimeoutMs(1500);
    const QString url = m_fixture->url(u"/busy"_s);
    LinkCheckResult result;
    connect(&checker, &LinkChecker::resultReady, this,
        [&result](const QString &, const LinkCheckResult &r) { result = r; });
    QSignalSpy finished(&checker, &LinkChecker::finished);
    checker.check({url});
    QTRY_COMPARE(m_fixture->requestCount(u"/busy"_s), 1);
    m_fixture->setRoute(u"/busy"_s, {}); // back to answering
    QVERIFY(finished.wait(5000));
    QCOMPARE(result.status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requestCount(u"/busy"_s), 2);
}

// A name server that never answers: the link times out within its timeout, and nothing waits for the
// lookup afterwards, the checker going away included; its late answer reaches no one.
void tst_LinkCheckTimeouts::lookupThatNeverAnswers()
{
    const auto nameServer = std::make_shared<SilentNameServer>();
    const QString url = u"https://names.example/page"_s;
    {
        LinkChecker checker;
        checker.setHostResolver(SilentNameServer::resolver(nameServer));
        checker.setTimeoutMs(300);
        const LinkCheckResult result = run(checker, {url}).value(url);
        QCOMPARE(result.status, LinkStatus::Timeout);
        QCOMPARE(result.errorString, u"no answer within 300 ms"_s);
    }
    QCOMPARE(nameServer->waitingLookups(), 1);
    nameServer->answer();
    QTRY_COMPARE(nameServer->waitingLookups(), 0);
    QTest::qWait(50); // (where its answer would arrive)
}

// The same as a program: it ends as soon as its link has timed out, while the lookup still waits for the
// name server. (Qt's lookups were waited for when the application ended.)
void tst_LinkCheckTimeouts::programEndsWithoutItsLookups()
{
    QProcess program;
    program.start(QStringLiteral(CITEWISE_LINKCHECK_CHILD), QStringList());
    QVERIFY(program.waitForStarted());
    const bool ended = program.waitForFinished(20000);
    if (!ended)
        program.kill();
    QVERIFY2(ended, "the program waited for its lookup");
    QCOMPARE(program.exitStatus(), QProcess::NormalExit);
    QCOMPARE(program.exitCode(), 0);
    QCOMPARE(program.readAllStandardOutput().trimmed(), "timeout");
}

// A name is looked up once a run, and its requests go to the addresses found, one after the other when
// the first cannot be reached: never to another answer of the name server.
void tst_LinkCheckTimeouts::requestGoesToTheAddressesFound()
{
    const auto lookups = std::make_shared<std::atomic<int>>(0);
    LinkChecker checker;
    checker.setAllowPrivateAddresses(true);
    checker.setMaxParallel(1); // the second link asked once the first is answered
    checker.setHostResolver([lookups](const QByteArray &host) {
        ++*lookups;
        HostLookup::Result result;
        result.outcome = host == "names.example" ? HostLookup::Outcome::Found : HostLookup::Outcome::NotFound;
        // Nothing listens on 127.0.0.2: refused, and the next address is asked.
        if (host == "names.example")
            result.addresses = {QHostAddress(u"127.0.0.2"_s), QHostAddress(QHostAddress::LocalHost)};
        return result;
    });
    const QString first = m_fixture->url(u"/ok"_s, u"names.example"_s);
    const QString second = m_fixture->url(u"/ok?again"_s, u"names.example"_s);
    const QString unknown = m_fixture->url(u"/ok"_s, u"other.example"_s);
    const auto results = run(checker, {first, second, unknown});
    QCOMPARE(results.value(first).status, LinkStatus::Ok);
    QCOMPARE(results.value(second).status, LinkStatus::Ok);
    QCOMPARE(results.value(unknown).status, LinkStatus::DnsFailure);
    QCOMPARE(lookups->load(), 2);
    QCOMPARE(m_fixture->requests().size(), 2);
    QCOMPARE(m_fixture->requests().first().headers.value("host"),
        "names.example:" + QByteArray::number(m_fixture->port()));
}

QTEST_GUILESS_MAIN(tst_LinkCheckTimeouts)
#include "tst_linkchecktimeouts.moc"
