#include "linkchecker.h"

#include "addressclassifier.h"
#include "redirectchain.h"
#include "urlsafety.h"

#include <QTimerEvent>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

LinkStatus statusForFailure(HttpProbe::Failure failure)
{
    switch (failure) {
    case HttpProbe::Failure::ConnectionRefused:
        return LinkStatus::ConnectionRefused;
    case HttpProbe::Failure::Tls:
        return LinkStatus::TlsError;
    case HttpProbe::Failure::Closed:
    case HttpProbe::Failure::BadAnswer:
    case HttpProbe::Failure::Network:
        return LinkStatus::NetworkError;
    }
    return LinkStatus::NetworkError;
}

} // namespace

struct LinkChecker::Job
{
    quint64 id = 0;
    // The URLs as asked, trimmed, that this request answers: they differ at most in their fragments.
    QStringList keys;
    QString requestKey;
    // The hop being requested. The first has no fragment, so one from a Location is told apart from
    // the cited ones, which each result gets back.
    QUrl url;
    QSet<QString> visited; // visitKey() of each hop asked
    ChainCookies cookies; // those the link's answers set, forgotten with it
    QByteArray cookiesSent; // with the hop under way
    QList<RedirectHop> hops;
    bool useGet = false;
    bool retried = false; // asked again after a Retry-After
    bool holdsSlot = false;
    QString host; // host slot held, empty when none
    HostLookup *lookup = nullptr; // of the hop's host, while it runs
    QList<QHostAddress> addresses; // the hop's host's, once known
    // One timeout for all the link's requests, taken when the first is made: a setting changed
    // meanwhile is for the links that follow. It runs while a request of the link is under way.
    int timeoutMs = 0;
    qint64 leftMs = 0; // of the timeout, while it does not run
    QDeadlineTimer deadline; // while it runs
    int timerId = 0; // while it runs
    HttpProbe *probe = nullptr; // the request under way, if any
    int headTimerId = 0; // while a HEAD waits for its answer
    QElapsedTimer clock;
};

LinkChecker::LinkChecker(QObject *parent) : QObject(parent)
{ }

LinkChecker::~LinkChecker()
{
    for (auto &[id, job] : m_jobs)
        releaseJob(*job);
}

void LinkChecker::setTimeoutMs(int ms)
{
    const int timeout = qMax(1, ms);
    // A link that timed out may answer within another timeout: it is asked again, not answered from
    // the cache.
    if (timeout != m_timeoutMs)
        m_cache.removeIf([](QHash<QString, LinkCheckResult>::iterator it) {
            return it.value().status == LinkStatus::Timeout;
        });
    m_timeoutMs = timeout;
}

void LinkChecker::setMaxParallel(int count)
{
    m_maxParallel = std::clamp(count, 1, kParallelLimit);
    schedulePump();
}

void LinkChecker::setAllowPrivateAddresses(bool allow)
{
    if (allow != m_allowPrivate)
        m_cache.clear();
    m_allowPrivate = allow;
}

void LinkChecker::setTrustedHosts(const QStringList &hosts)
{
    QSet<QString> set;
    for (const QString &host : hosts)
        set.insert(host.trimmed().toLower());
    if (set != m_trustedHosts)
        m_cache.clear();
    m_trustedHosts = set;
}

bool LinkChecker::isTrusted(const QString &host) const
{
    return m_trustedHosts.contains(host.toLower());
}

void LinkChecker::check(const QStringList &urls)
{
    enqueue(urls, true);
}

void LinkChecker::checkReferences(const QList<Reference> &references)
{
    QStringList urls;
    for (const Reference &reference : references)
        urls.append(reference.url);
    enqueue(urls, true);
}

void LinkChecker::recheck(const QStringList &urls)
{
    enqueue(urls, false);
}

void LinkChecker::enqueue(const QStringList &urls, bool useCache)
{
    if (!m_running) {
        m_running = true;
        m_done = 0;
        m_total = 0;
        m_inRun.clear();
    }
    for (const QString &raw : urls) {
        const QString key = raw.trimmed();
        if (m_inRun.contains(key))
            continue;
        m_inRun.insert(key);
        ++m_total;
        if (useCache && m_cache.contains(key)) {
            m_ready.append(m_cache.value(key));
            continue;
        }
        // Read as the article's analysis and browsers read it: "|", "{", "^" or a lone "%" are sent
        // percent-encoded rather than making the link unusable.
        const QUrl url(withAssumedScheme(key), QUrl::TolerantMode);
        if (const auto failure = preflightUrl(url)) {
            LinkCheckResult result;
            result.url = key;
            result.finalUrl = key;
            result.status = failure->first;
            result.errorString = failure->second;
            m_cache.insert(key, result);
            m_ready.append(result);
            continue;
        }
        const QString request = requestKey(url);
        if (const auto pending = m_jobByRequest.constFind(request); pending != m_jobByRequest.cend()) {
            m_jobs.at(*pending)->keys.append(key);
            continue;
        }
        auto job = std::make_unique<Job>();
        job->id = m_nextId++;
        job->keys = {key};
        job->requestKey = request;
        job->url = url.adjusted(QUrl::RemoveFragment);
        m_jobByRequest.insert(request, job->id);
        m_waiting.append(job->id);
        m_jobs.emplace(job->id, std::move(job));
    }
    // Results are always reported from the event loop, never from inside check().
    schedulePump();
}

void LinkChecker::schedulePump()
{
    if (m_pumpScheduled || !m_running)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &LinkChecker::pump, Qt::QueuedConnection);
}

void LinkChecker::pump()
{
    m_pumpScheduled = false;
    if (!m_running)
        return;

    // A slot may call cancel() or check() while we emit, so re-read the state after every signal.
    while (m_running && !m_ready.isEmpty()) {
        const LinkCheckResult result = m_ready.takeFirst();
        ++m_done;
        // Answered: asked for again while the run goes on, the URL gets an answer of its own.
        m_inRun.remove(result.url);
        Q_EMIT resultReady(result.url, result);
        if (m_running)
            Q_EMIT progress(m_done, m_total);
    }
    if (!m_running)
        return;

    std::optional<qint64> firstHoldEnds;
    for (qsizetype i = 0; i < m_waiting.size();) {
        const auto it = m_jobs.find(m_waiting.at(i));
        if (it == m_jobs.end()) {
            m_waiting.removeAt(i);
            continue;
        }
        Job &job = *it->second;
        const QString host = job.url.host().toLower();
        if (const auto held = m_hostHeld.find(host); held != m_hostHeld.end()) {
            if (!held->hasExpired()) {
                firstHoldEnds
                    = std::min(firstHoldEnds.value_or(held->remainingTime()), held->remainingTime());
                ++i;
                continue;
            }
            m_hostHeld.erase(held);
        }
        if ((!job.holdsSlot && m_active >= m_maxParallel) || m_perHost.value(host) >= kMaxPerHost) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        if (!job.holdsSlot) {
            job.holdsSlot = true;
            ++m_active;
            job.clock.start();
            job.timeoutMs = m_timeoutMs;
            job.leftMs = m_timeoutMs;
        }
        job.host = host;
        ++m_perHost[host];
        startHop(job);
        if (!m_running)
            return;
    }
    if (firstHoldEnds) {
        if (m_holdTimerId)
            killTimer(m_holdTimerId);
        m_holdTimerId = startTimer(int(*firstHoldEnds) + 1, Qt::PreciseTimer);
    }

    if (m_jobs.empty() && m_ready.isEmpty()) {
        m_running = false;
        m_inRun.clear();
        // (A name may be registered, or move, before the next run.)
        m_unresolved.clear();
        m_resolved.clear();
        Q_EMIT finished();
    }
}

// The link's timeout runs again, for what is left of it: HEAD, the GET after it and every redirect
// share one.
void LinkChecker::resumeTimeout(Job &job)
{
    if (job.timerId)
        return;
    job.deadline = QDeadlineTimer(job.leftMs, Qt::PreciseTimer);
    job.timerId = startTimer(int(job.leftMs), Qt::PreciseTimer);
}

// Stops the link's timeout while it waits for its turn at a host, or for the time a busy server asked
// for: that is not the server taking long to answer.
void LinkChecker::pauseTimeout(Job &job)
{
    if (!job.timerId)
        return;
    killTimer(job.timerId);
    job.timerId = 0;
    job.leftMs = std::max<qint64>(1, job.deadline.remainingTime());
}

void LinkChecker::startHop(Job &job)
{
    resumeTimeout(job);
    if (const auto unresolved = m_unresolved.constFind(job.host); unresolved != m_unresolved.cend()) {
        complete(job.id, LinkStatus::DnsFailure, 0, *unresolved);
        return;
    }

    if (!m_allowPrivate && !isTrusted(job.host)
        && AddressClassifier::classifyHost(job.url.host()) == AddressClassifier::Verdict::NonPublic) {
        complete(job.id, LinkStatus::PrivateAddress, 0, u"the host is not a public address"_s);
        return;
    }
    // An address is asked as it is; a name is looked up once a run.
    if (const QHostAddress address(job.url.host()); !address.isNull()) {
        requestFrom(job, {address});
        return;
    }
    if (const auto resolved = m_resolved.constFind(job.host); resolved != m_resolved.cend()) {
        requestFrom(job, *resolved);
        return;
    }
    const quint64 id = job.id;
    auto *lookup = new HostLookup(job.url.host(), m_resolver, this);
    job.lookup = lookup;
    connect(lookup, &HostLookup::done, this,
        [this, id, lookup](const HostLookup::Result &result) { onLookupDone(id, lookup, result); });
}

void LinkChecker::onLookupDone(quint64 id, HostLookup *lookup, const HostLookup::Result &result)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->lookup != lookup)
        return;
    Job &job = *it->second;
    job.lookup = nullptr;
    disconnect(lookup, nullptr, this, nullptr);
    lookup->deleteLater(); // (in its own signal)
    if (result.outcome == HostLookup::Outcome::NotFound)
        m_unresolved.insert(job.host, result.error);
    if (result.outcome != HostLookup::Outcome::Found || result.addresses.isEmpty()) {
        complete(id, LinkStatus::DnsFailure, 0, result.error);
        return;
    }
    m_resolved.insert(job.host, result.addresses);
    requestFrom(job, result.addresses);
}

// Asks the hop's host at `addresses`. Every address a name resolves to must be public, otherwise the
// connection could reach a private one; the request goes to the addresses checked, never to another
// answer of the name server.
void LinkChecker::requestFrom(Job &job, const QList<QHostAddress> &addresses)
{
    if (!m_allowPrivate && !isTrusted(job.host)) {
        for (const QHostAddress &address : addresses) {
            if (!AddressClassifier::isPublic(address)) {
                complete(job.id, LinkStatus::PrivateAddress, 0,
                    u"the host resolves to the non-public address %1"_s.arg(address.toString()));
                return;
            }
        }
    }
    job.addresses = addresses;
    sendRequest(job);
}

void LinkChecker::sendRequest(Job &job)
{
    auto *probe = new HttpProbe(
        job.useGet ? "GET" : "HEAD", job.url, job.addresses, "Citewise/" CITEWISE_VERSION, this);
    job.probe = probe;
    job.cookiesSent = job.cookies.headerFor(job.url);
    probe->setCookieHeader(job.cookiesSent);
    const quint64 id = job.id;
    connect(probe, &HttpProbe::answered, this,
        [this, id, probe](const HttpProbe::Answer &answer) { onAnswer(id, probe, answer); });
    connect(probe, &HttpProbe::failed, this,
        [this, id, probe](
            HttpProbe::Failure failure, const QString &reason) { onFailure(id, probe, failure, reason); });
    // Some servers never answer HEAD: once half of what is left of the timeout has passed, GET gets the
    // rest.
    if (!job.useGet)
        job.headTimerId
            = startTimer(int(std::max<qint64>(1, job.deadline.remainingTime() / 2)), Qt::PreciseTimer);
    probe->start();
}

// Asks again with GET what HEAD did not get an answer to: some servers refuse HEAD, answer it wrongly,
// close the connection on it or never answer it, while GET gets the page.
void LinkChecker::askWithGet(Job &job)
{
    dropProbe(job);
    job.useGet = true;
    sendRequest(job);
}

// Takes the probe that reported on `id` from its job, or returns nothing when the job has moved on.
LinkChecker::Job *LinkChecker::takeProbe(quint64 id, HttpProbe *probe)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->second->probe != probe)
        return nullptr;
    dropProbe(*it->second);
    return it->second.get();
}

// The job's request goes, its connection closed at once so that nothing goes on reading it. The probe
// itself goes later: this may be called from one of its signals, and it may have one queued.
void LinkChecker::dropProbe(Job &job)
{
    if (job.headTimerId) {
        killTimer(job.headTimerId);
        job.headTimerId = 0;
    }
    if (HttpProbe *probe = std::exchange(job.probe, nullptr)) {
        disconnect(probe, nullptr, this, nullptr);
        probe->abort();
        probe->deleteLater();
    }
}

void LinkChecker::onFailure(quint64 id, HttpProbe *probe, HttpProbe::Failure failure, const QString &reason)
{
    Job *job = takeProbe(id, probe);
    if (!job)
        return;
    if (failure == HttpProbe::Failure::Closed && !job->useGet) {
        askWithGet(*job);
        return;
    }
    complete(id, statusForFailure(failure), 0, reason);
}

void LinkChecker::onAnswer(quint64 id, HttpProbe *probe, const HttpProbe::Answer &answer)
{
    Job *taken = takeProbe(id, probe);
    if (!taken)
        return;
    Job &job = *taken;
    job.cookies.keep(answer.headerValues("set-cookie"), job.url);
    const int code = answer.code;
    const QByteArray location = answer.header("location");
    const QByteArray retryAfter = answer.header("retry-after");
    const QString reason = QString::fromLatin1(answer.reason);

    // A Location that names no address at all ("http://[bad", "http://") leads nowhere, as a missing
    // one does: the cited URL is not the invalid one. One that names an address of another scheme is
    // followed to be blocked.
    const bool redirects = isFollowedRedirectCode(code) && !location.isEmpty();
    QUrl target;
    std::optional<std::pair<LinkStatus, QString>> failure;
    if (redirects) {
        target = job.url.resolved(QUrl::fromEncoded(location.trimmed()));
        // A Location without a fragment keeps the request's, as in a browser (RFC 9110, 10.2.2).
        if (target.isValid() && !target.hasFragment() && job.url.hasFragment())
            target.setFragment(job.url.fragment(QUrl::FullyEncoded), QUrl::StrictMode);
        failure = preflightUrl(target);
    }
    if (redirects && !(failure && failure->first == LinkStatus::InvalidUrl)) {
        job.hops.append({job.url.toString(QUrl::FullyEncoded), code});
        job.visited.insert(visitKey(job.url, job.cookiesSent));
        if (failure) {
            job.url = target;
            complete(id, failure->first, code, u"redirect to an unusable URL: "_s + failure->second);
            return;
        }
        if (job.visited.contains(visitKey(target, job.cookies.headerFor(target)))) {
            job.url = target;
            complete(id, LinkStatus::RedirectLoop, code, u"the redirects form a loop"_s);
            return;
        }
        if (job.hops.size() > kMaxRedirects) {
            job.url = target;
            complete(id, LinkStatus::TooManyRedirects, code, u"more than %1 redirects"_s.arg(kMaxRedirects));
            return;
        }
        job.url = target;
        // The next hop may go to another host: give this host's slot back and queue for the new one.
        pauseTimeout(job);
        --m_perHost[job.host];
        job.host.clear();
        m_waiting.prepend(id);
        schedulePump();
        return;
    }
    // A server that asks to be asked again shortly (too many requests, down for a moment) is asked
    // once more when that time is up, and gets no other request from us meanwhile.
    if ((code == 429 || code == 503) && !job.retried) {
        const std::optional<qint64> wait = retryAfterMs(retryAfter);
        if (wait && *wait <= kMaxRetryAfterMs) {
            job.retried = true;
            pauseTimeout(job);
            QDeadlineTimer &held = m_hostHeld[job.host];
            if (held.remainingTime() < *wait)
                held = QDeadlineTimer(*wait);
            --m_perHost[job.host];
            job.host.clear();
            m_waiting.prepend(id);
            schedulePump();
            return;
        }
    }
    // A redirect that names no usable target leads nowhere.
    const bool leadsNowhere = isFollowedRedirectCode(code);
    // Only a 2xx answers for the page. Any other code (an error, a 3xx that is not followed, a 304 to a
    // request that was not conditional, one past 599) says it is not there as cited.
    const bool found = code >= 200 && code < 300;
    // Some servers refuse HEAD (403, 405, 501) or answer it wrongly (404, 500, ...) while GET gets the
    // page: an error is confirmed with GET (abandoned as soon as the headers arrive).
    if (!job.useGet && !found) {
        askWithGet(job);
        return;
    }
    if (!found) {
        // Too many requests, still: no answer about the page itself.
        const LinkStatus status = code == 429 ? LinkStatus::RateLimited : LinkStatus::Broken;
        const QString nowhere = location.isEmpty()
            ? u"a redirect without a target"_s
            : u"a redirect to an unusable address: "_s + QString::fromLatin1(location.trimmed());
        complete(id, status, code, leadsNowhere ? nowhere : reason);
        return;
    }
    // Redirects that came back to the cited page (a check that cookies are kept) leave nothing to
    // update in the citation.
    const bool backToTheCitedPage
        = !job.hops.isEmpty() && requestKey(QUrl(job.hops.constFirst().url)) == requestKey(job.url);
    complete(id, job.hops.isEmpty() || backToTheCitedPage ? LinkStatus::Ok : LinkStatus::Redirected, code);
}

void LinkChecker::complete(quint64 id, LinkStatus status, int httpCode, const QString &error)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    LinkCheckResult shared;
    shared.status = status;
    shared.httpCode = httpCode;
    shared.permanentRedirect = !job.hops.isEmpty()
        && std::all_of(job.hops.cbegin(), job.hops.cend(),
            [](const RedirectHop &hop) { return isPermanentRedirect(hop.httpCode); });
    shared.elapsedMs = job.clock.isValid() ? job.clock.elapsed() : 0;
    shared.timeoutMs = job.timeoutMs;
    shared.errorString = error;

    // Each URL cited gets the answer under its own name, its fragment on the URLs it went through.
    for (const QString &key : std::as_const(job.keys)) {
        const QUrl cited(key, QUrl::TolerantMode);
        LinkCheckResult result = shared;
        result.url = key;
        result.finalUrl = withCitedFragment(job.url, cited);
        for (const RedirectHop &hop : std::as_const(job.hops))
            result.redirects.append(
                {withCitedFragment(QUrl(hop.url, QUrl::StrictMode), cited), hop.httpCode});
        // (A timeout found with a timeout no longer in force answers nothing for the next check.)
        if (status != LinkStatus::Timeout || job.timeoutMs == m_timeoutMs)
            m_cache.insert(result.url, result);
        m_ready.append(result);
    }

    releaseJob(job);
    m_jobByRequest.remove(job.requestKey);
    m_jobs.erase(it);
    schedulePump();
}

void LinkChecker::releaseJob(Job &job)
{
    if (job.timerId) {
        killTimer(job.timerId);
        job.timerId = 0;
    }
    if (HostLookup *lookup = std::exchange(job.lookup, nullptr)) {
        disconnect(lookup, nullptr, this, nullptr);
        lookup->deleteLater(); // nothing waits for its thread
    }
    dropProbe(job);
    if (!job.host.isEmpty()) {
        --m_perHost[job.host];
        job.host.clear();
    }
    if (job.holdsSlot) {
        --m_active;
        job.holdsSlot = false;
    }
}

void LinkChecker::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_holdTimerId) {
        killTimer(m_holdTimerId);
        m_holdTimerId = 0;
        schedulePump();
        return;
    }
    for (auto &[id, job] : m_jobs) {
        if (job->timerId == event->timerId()) {
            complete(id, LinkStatus::Timeout, 0, u"no answer within %1 ms"_s.arg(job->timeoutMs));
            return;
        }
        if (job->headTimerId == event->timerId()) {
            askWithGet(*job);
            return;
        }
    }
    killTimer(event->timerId());
}

void LinkChecker::cancel()
{
    if (!m_running)
        return;
    for (auto &[id, job] : m_jobs)
        releaseJob(*job);
    m_jobs.clear();
    m_jobByRequest.clear();
    m_waiting.clear();
    m_ready.clear();
    m_perHost.clear();
    m_active = 0;
    m_inRun.clear();
    m_unresolved.clear();
    m_resolved.clear();
    m_running = false;
    Q_EMIT finished();
}

} // namespace Citewise
