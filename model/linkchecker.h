// Checks whether the URLs cited by an article still answer, without cookies, credentials or caches,
// and without reaching private addresses unless the user allows it.
#pragma once

#include "article.h"
#include "hostlookup.h"
#include "httpprobe.h"
#include "linkcheckbackend.h"
#include "linkcheckresult.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <map>
#include <memory>

namespace Citewise {

// Runs HTTP(S) link checks in parallel and reports one LinkCheckResult per distinct URL. URLs that
// differ only in their #fragment share one request, as the fragment is never sent.
class LinkChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = kDefaultLinkCheckTimeoutMs;
    static constexpr int kDefaultMaxParallel = 8;
    // The most checks run at once, whatever is asked: each holds a connection and, while its name is
    // looked up, a thread. Hundreds at once ran out of file descriptors and brought the program down.
    static constexpr int kParallelLimit = 64;
    static constexpr int kMaxPerHost = 2;
    static constexpr int kMaxRedirects = kMaxLinkRedirects;
    // The longest Retry-After waited for before asking a busy server (429, 503) once more.
    static constexpr int kMaxRetryAfterMs = 30000;

    explicit LinkChecker(QObject *parent = nullptr);
    ~LinkChecker() override;

    // Per link: its name lookups, HEAD, the GET after it and every redirect share one timeout (the time
    // it waits for its turn at a host, or for a Retry-After, does not count). Links that timed out
    // under another timeout are asked again rather than answered from the cache.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // Checks running at once over all hosts, kParallelLimit at most; at most kMaxPerHost of them go to
    // the same host.
    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    // Off by default: links to loopback/private/link-local hosts get LinkStatus::PrivateAddress and
    // no connection is made. Changing it clears the cache.
    void setAllowPrivateAddresses(bool allow);
    bool allowPrivateAddresses() const { return m_allowPrivate; }
    // Host names (exact, case-insensitive) exempt from the private-address rule, e.g. an intranet
    // server the user trusts. Changing them clears the cache.
    void setTrustedHosts(const QStringList &hosts);
    QStringList trustedHosts() const { return m_trustedHosts.values(); }
    // How host names are looked up, HostLookup::systemResolve() unless set. Each lookup runs on a thread
    // of its own, which nothing waits for once its link has a result.
    void setHostResolver(const HostLookup::Resolver &resolver) { m_resolver = resolver; }

    bool isRunning() const { return m_running; }
    // The session cache: results of earlier checks by this checker.
    bool hasCachedResult(const QString &url) const { return m_cache.contains(url.trimmed()); }
    LinkCheckResult cachedResult(const QString &url) const { return m_cache.value(url.trimmed()); }
    void clearCache() { m_cache.clear(); }

public Q_SLOTS:
    // Checks each distinct URL once (once for URLs differing only in their fragments); cached results
    // are reported again without a request.
    // May be called while a run is going on: the URLs join it, and one the run has already
    // reported is reported again (by recheck(), after a new request).
    void check(const QStringList &urls);
    void checkReferences(const QList<Citewise::Reference> &references);
    // Like check() but ignores the cache.
    void recheck(const QStringList &urls);
    // Aborts every lookup and request in flight; emits finished() when a run was going on.
    void cancel();

Q_SIGNALS:
    void resultReady(const QString &url, const Citewise::LinkCheckResult &result);
    void progress(int done, int total);
    void finished();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Job;

    void enqueue(const QStringList &urls, bool useCache);
    void schedulePump();
    void pump();
    void resumeTimeout(Job &job);
    void pauseTimeout(Job &job);
    void startHop(Job &job);
    void sendRequest(Job &job);
    void onLookupDone(quint64 id, HostLookup *lookup, const HostLookup::Result &result);
    void requestFrom(Job &job, const QList<QHostAddress> &addresses);
    void askWithGet(Job &job);
    Job *takeProbe(quint64 id, HttpProbe *probe);
    void dropProbe(Job &job);
    void onAnswer(quint64 id, HttpProbe *probe, const HttpProbe::Answer &answer);
    void onFailure(quint64 id, HttpProbe *probe, HttpProbe::Failure failure, const QString &reason);
    void complete(quint64 id, LinkStatus status, int httpCode = 0, const QString &error = {});
    void releaseJob(Job &job);
    bool isTrusted(const QString &host) const;

    int m_timeoutMs = kDefaultTimeoutMs;
    int m_maxParallel = kDefaultMaxParallel;
    bool m_allowPrivate = false;
    QSet<QString> m_trustedHosts;

    QHash<QString, LinkCheckResult> m_cache;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
    QHash<QString, quint64> m_jobByRequest; // the job of each request (URL without fragment) under way
    QList<quint64> m_waiting; // jobs that need a host slot, oldest first
    QHash<QString, int> m_perHost;
    QHash<QString, QDeadlineTimer> m_hostHeld; // hosts that asked not to be asked again before then
    // Host names found not to exist in this run, with what the lookup said, and those found, with their
    // addresses: their other links are not looked up again (a list may cite a thousand pages of one site).
    QHash<QString, QString> m_unresolved;
    QHash<QString, QList<QHostAddress>> m_resolved;
    HostLookup::Resolver m_resolver = HostLookup::systemResolve;
    int m_holdTimerId = 0; // wakes the queue when the first hold ends
    int m_active = 0; // jobs holding one of the m_maxParallel slots
    quint64 m_nextId = 1;

    QList<LinkCheckResult> m_ready; // finished results not yet reported
    QSet<QString> m_inRun; // URLs of the current run not reported yet
    bool m_running = false;
    bool m_pumpScheduled = false;
    int m_done = 0;
    int m_total = 0;
};

// A LinkChecker behind the plain interface the window uses, reporting to listener.
std::unique_ptr<LinkCheckBackend> createLinkCheckBackend(LinkCheckBackend::Listener *listener);

} // namespace Citewise
