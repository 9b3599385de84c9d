#include "linkcheckcontroller.h"

#include "articledocument.h"
#include "readingview.h"
#include "referencesmodel.h"
#include "urlsafety.h"

#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Results arrive one by one; the document (and with it every view) is refreshed at most this often.
constexpr int kDiagnosticsDelayMs = 150;
// While answers keep coming, the reading view is told at most this often: flagging broken markers
// walks every marker, and a large article's check answers hundreds of links a second.
constexpr int kViewDelayMs = 200;
constexpr int kMaxUrlsListed = 10;

QString reasonPhrase(int code)
{
    // The standard phrases: what servers send and what people search for, so they stay untranslated.
    switch (code) {
    case 300:
        return u"Multiple Choices"_s;
    case 304:
        return u"Not Modified"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 402:
        return u"Payment Required"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 406:
        return u"Not Acceptable"_s;
    case 408:
        return u"Request Timeout"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 451:
        return u"Unavailable For Legal Reasons"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

LinkCheckController::BackendFactory &backendFactory()
{
    static LinkCheckController::BackendFactory factory;
    return factory;
}

} // namespace

void LinkCheckController::setBackendFactory(BackendFactory factory)
{
    backendFactory() = std::move(factory);
}

LinkCheckController::LinkCheckController(ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_backendFactory(backendFactory())
    , m_diagnosticsTimer(new QTimer(this))
    , m_viewTimer(new QTimer(this))
{
    m_diagnosticsTimer->setSingleShot(true);
    m_diagnosticsTimer->setInterval(kDiagnosticsDelayMs);
    connect(m_diagnosticsTimer, &QTimer::timeout, document, &ArticleDocument::refreshExtraDiagnostics);
    m_viewTimer->setSingleShot(true);
    m_viewTimer->setInterval(kViewDelayMs);
    connect(m_viewTimer, &QTimer::timeout, this, [this] {
        if (std::exchange(m_viewBehind, false))
            schedulePublishView();
    });
    // Spans move with every edit, so the document asks for the link problems after each analysis.
    m_document->setExtraDiagnosticSource([this](const Article &article) { return diagnosticsFor(article); });
}

LinkCheckController::~LinkCheckController()
{
    if (m_document)
        m_document->setExtraDiagnosticSource({});
}

bool LinkCheckController::ensureBackend()
{
    if (m_backend)
        return true;
    QString reason = tr("link checking is not part of this program");
    if (m_backendFactory)
        m_backend = m_backendFactory(this, &reason);
    if (!m_backend) {
        Q_EMIT unavailable(reason);
        return false;
    }
    m_backend->setTimeoutMs(m_timeoutMs);
    return true;
}

void LinkCheckController::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
    if (m_backend)
        m_backend->setTimeoutMs(m_timeoutMs);
}

int LinkCheckController::timeoutMs() const
{
    return m_timeoutMs;
}

void LinkCheckController::setConfirmer(Confirmer confirmer)
{
    m_confirmer = std::move(confirmer);
}

void LinkCheckController::setReferencesModel(ReferencesModel *model)
{
    m_model = model;
    if (!m_model)
        return;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it)
        m_model->setLinkStatus(it.key(), linkStatusName(it->status), m_statusTexts.value(it.key()));
}

void LinkCheckController::setReadingView(ReadingView *view)
{
    m_view = view;
    publishView();
}

bool LinkCheckController::isRunning() const
{
    return m_running;
}

bool LinkCheckController::isBroken(LinkStatus status)
{
    return isLinkFailure(status); // as the command line counts them
}

QString LinkCheckController::statusText(const LinkCheckResult &r) const
{
    const QString time = tr("%1 ms").arg(r.elapsedMs);
    switch (r.status) {
    case LinkStatus::Ok:
        return tr("OK · %1 · %2").arg(r.httpCode).arg(time);
    case LinkStatus::Redirected: {
        QStringList codes;
        for (const RedirectHop &hop : r.redirects) {
            const QString code = QString::number(hop.httpCode);
            if (!codes.contains(code))
                codes.append(code);
        }
        const QString kind = r.permanentRedirect ? tr("permanent") : tr("temporary");
        return tr("Redirected → %1 (%2, %3)")
            .arg(escapeHiddenCharacters(r.finalUrl), codes.join(u", "_s), kind);
    }
    case LinkStatus::Broken: {
        if (isFollowedRedirectCode(r.httpCode))
            return tr("Redirect (%1) without a target · %2").arg(r.httpCode).arg(time);
        const QString phrase = reasonPhrase(r.httpCode);
        const QString code
            = phrase.isEmpty() ? QString::number(r.httpCode) : u"%1 %2"_s.arg(r.httpCode).arg(phrase);
        // A link that moved to a page that is gone: where it went says what to cite instead, or not.
        if (!r.redirects.isEmpty())
            return tr("%1 at %2, redirected · %3").arg(code, escapeHiddenCharacters(r.finalUrl), time);
        return tr("%1 · %2").arg(code, time);
    }
    case LinkStatus::Timeout: {
        // The timeout the check ran with: the setting may have changed since. A result that does not
        // say (not made by a check) is taken to have had the current one.
        const int ms = r.timeoutMs > 0 ? r.timeoutMs : m_timeoutMs;
        const QString seconds
            = ms % 1000 == 0 ? QLocale().toString(ms / 1000) : QLocale().toString(ms / 1000.0, 'f', 1);
        return tr("Timed out after %1 s").arg(seconds);
    }
    case LinkStatus::DnsFailure:
        return tr("Host not found");
    case LinkStatus::ConnectionRefused:
        return tr("Connection refused");
    case LinkStatus::TlsError:
        return r.errorString.isEmpty() ? tr("Secure connection failed")
                                       : tr("Secure connection failed: %1").arg(r.errorString);
    case LinkStatus::Blocked:
        return tr("Not checked: not an http or https link");
    case LinkStatus::InvalidUrl:
        return tr("Not checked: not a usable address");
    case LinkStatus::PrivateAddress:
        return tr("Not checked: local or private address");
    case LinkStatus::RedirectLoop:
        return tr("Redirect loop");
    case LinkStatus::TooManyRedirects:
        return tr("Too many redirects (more than %1)").arg(kMaxLinkRedirects);
    case LinkStatus::NetworkError:
        return r.errorString.isEmpty() ? tr("Network error") : tr("Network error: %1").arg(r.errorString);
    case LinkStatus::RateLimited:
        return tr("Not checked: too many requests (429), try again later");
    }
    return linkStatusName(r.status);
}

QList<Diagnostic> LinkCheckController::diagnosticsFor(const Article &article) const
{
    QList<Diagnostic> out;
    if (m_results.isEmpty())
        return out;
    for (qsizetype i = 0; i < article.references.size(); ++i) {
        const Reference &reference = article.references.at(i);
        const auto it = m_results.constFind(reference.url.trimmed());
        if (reference.url.isEmpty() || it == m_results.cend())
            continue;
        Diagnostic d;
        d.span = reference.urlSpan;
        d.line = article.lineAt(d.span.start);
        d.column = article.columnAt(d.span.start);
        d.referenceIndex = int(i);
        if (isBroken(it->status)) {
            d.severity = Diagnostic::Severity::Error;
            d.code = u"broken-link"_s;
            d.message = tr("Reference [%1] is broken: %2").arg(reference.number).arg(statusText(*it));
        } else if (it->status == LinkStatus::RateLimited) {
            d.severity = Diagnostic::Severity::Warning;
            d.code = u"unchecked-link"_s;
            d.message = tr("Reference [%1] could not be checked: its server answered “too many requests”; "
                           "check it again later.")
                            .arg(reference.number);
        } else if (it->status == LinkStatus::Redirected) {
            // A permanent move means the citation should name the new address.
            d.severity = it->permanentRedirect ? Diagnostic::Severity::Warning : Diagnostic::Severity::Info;
            d.code = u"redirected-link"_s;
            d.message = tr("Reference [%1] redirects to %2")
                            .arg(reference.number)
                            .arg(escapeHiddenCharacters(it->finalUrl));
        } else {
            continue;
        }
        out.append(d);
    }
    return out;
}

LinkCheckController::Summary LinkCheckController::runSummary() const
{
    Summary summary;
    for (const QString &url : m_runUrls) {
        const auto it = m_runStatuses.constFind(url);
        const bool contacted = it != m_runStatuses.cend() && *it != LinkStatus::PrivateAddress
            && *it != LinkStatus::Blocked && *it != LinkStatus::InvalidUrl;
        if (!contacted) {
            ++summary.notChecked;
            continue;
        }
        ++summary.checked;
        if (isBroken(*it))
            ++summary.broken;
        else if (*it == LinkStatus::Redirected)
            ++summary.redirected;
    }
    return summary;
}

QStringList LinkCheckController::articleUrls() const
{
    m_document->analyseNow();
    QStringList urls;
    QSet<QString> seen; // (a list's contains() made long reference lists quadratic)
    for (const Reference &reference : m_document->article().references) {
        const QString url = reference.url.trimmed();
        if (!url.isEmpty() && !seen.contains(url)) {
            seen.insert(url);
            urls.append(url);
        }
    }
    return urls;
}

void LinkCheckController::checkUrl(const QString &url)
{
    if (!url.trimmed().isEmpty())
        run({url.trimmed()}, false);
}

void LinkCheckController::recheckUrl(const QString &url)
{
    if (!url.trimmed().isEmpty())
        run({url.trimmed()}, true);
}

void LinkCheckController::checkReference(qint64 number)
{
    m_document->analyseNow();
    for (const Reference &reference : m_document->article().references) {
        if (reference.number == number) {
            checkUrl(reference.url);
            return;
        }
    }
}

void LinkCheckController::checkAll()
{
    run(articleUrls(), false);
}

void LinkCheckController::recheckAll()
{
    run(articleUrls(), true);
}

void LinkCheckController::cancel()
{
    if (m_backend)
        m_backend->cancel();
}

void LinkCheckController::abandon()
{
    if (!m_running)
        return;
    m_abandoning = true;
    cancel();
}

void LinkCheckController::run(const QStringList &urls, bool recheck)
{
    if (urls.isEmpty() || !ensureBackend())
        return;
    if (!m_running)
        m_privateAnswer.reset();
    const bool allowPrivate = decidePrivate(urls);
    // Changing the setting empties the checker's cache, so touch it only when it changes.
    if (m_backend->allowPrivateAddresses() != allowPrivate)
        m_backend->setAllowPrivateAddresses(allowPrivate);

    if (!m_running) {
        m_runUrls.clear();
        m_runStatuses.clear();
    }
    for (const QString &url : urls) {
        m_pending.insert(url);
        m_runUrls.insert(url);
        if (m_model)
            m_model->setLinkStatus(url, u"checking"_s, tr("Checking…"));
    }
    const bool wasRunning = m_running;
    m_running = true;
    if (!wasRunning)
        Q_EMIT started();
    if (recheck)
        m_backend->recheck(urls);
    else
        m_backend->check(urls);
}

bool LinkCheckController::decidePrivate(const QStringList &urls)
{
    QStringList privateUrls;
    for (const QString &url : urls) {
        if (m_backend->isNonPublicHost(QUrl(url, QUrl::StrictMode).host()))
            privateUrls.append(url);
    }
    if (privateUrls.isEmpty())
        return m_privateAnswer.value_or(false);
    // Once per run: links added to a running check follow the answer already given.
    if (!m_privateAnswer)
        m_privateAnswer = m_confirmer ? m_confirmer(privateUrls) : askUser(privateUrls);
    return *m_privateAnswer;
}

bool LinkCheckController::askUser(const QStringList &privateUrls) const
{
    QStringList shown;
    for (const QString &url : privateUrls.mid(0, kMaxUrlsListed))
        shown.append(escapeHiddenCharacters(url));
    QString text = tr("%n link(s) point to this computer or the local network:", "", int(privateUrls.size()))
        + u"\n\n"_s + shown.join(u'\n');
    if (privateUrls.size() > kMaxUrlsListed)
        text += u"\n…"_s;
    // "it" for one link: English takes the singular from citewise_en.ts.
    text += u"\n\n"_s
        + tr("Checking them sends requests to devices and services that are not on the public internet. "
             "Check them anyway?",
            "", int(privateUrls.size()));
    QMessageBox box(QMessageBox::Warning, tr("Check Local Links?", "", int(privateUrls.size())), text,
        QMessageBox::Yes | QMessageBox::No, m_dialogParent.data());
    box.setDefaultButton(QMessageBox::No);
    box.setEscapeButton(QMessageBox::No);
    box.setAccessibleName(tr("Check local links"));
    return box.exec() == QMessageBox::Yes;
}

void LinkCheckController::linkChecked(const QString &url, const LinkCheckResult &result)
{
    const LinkCheckResult previous = m_results.value(url);
    const bool hadResult = m_results.contains(url);
    m_results.insert(url, result);
    m_runStatuses.insert(url, result.status);
    m_pending.remove(url);
    const QString text = statusText(result);
    m_statusTexts.insert(url, text);
    if (m_model)
        m_model->setLinkStatus(url, linkStatusName(result.status), text);
    schedulePublishView();
    // Only a change in what is reported as a problem needs the document to tell every view.
    const auto reported
        = [](const LinkCheckResult &r) { return isBroken(r.status) || r.status == LinkStatus::Redirected; };
    if (reported(result) || (hadResult && reported(previous)))
        scheduleDiagnostics();
    Q_EMIT resultReady(url, result);
}

void LinkCheckController::linkCheckProgress(int done, int total)
{
    Q_EMIT progress(done, total);
}

void LinkCheckController::linkCheckFinished()
{
    // Cancelled links go back to what was known before the run.
    for (const QString &url : std::as_const(m_pending)) {
        if (!m_model)
            break;
        const auto it = m_results.constFind(url);
        if (it == m_results.cend())
            m_model->setLinkStatus(url, {}, {});
        else
            m_model->setLinkStatus(url, linkStatusName(it->status), m_statusTexts.value(url));
    }
    const int unchecked = int(m_pending.size());
    m_pending.clear();
    m_running = false;
    m_privateAnswer.reset();
    if (m_diagnosticsTimer->isActive() && m_document) {
        m_diagnosticsTimer->stop();
        m_document->refreshExtraDiagnostics();
    }
    m_viewTimer->stop();
    if (std::exchange(m_viewBehind, false))
        publishView();
    if (std::exchange(m_abandoning, false)) {
        // Its counts would describe an article no longer in the window.
        m_runUrls.clear();
        m_runStatuses.clear();
        Q_EMIT abandoned();
        return;
    }
    Q_EMIT finished(unchecked);
}

void LinkCheckController::publishView()
{
    if (!m_view)
        return;
    QSet<QString> broken;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        if (isBroken(it->status))
            broken.insert(it.key());
    }
    m_view->setLinkStatuses(m_statusTexts);
    // Flagging walks every marker: only when the set of broken links changed.
    if (broken != m_view->brokenLinks())
        m_view->setBrokenLinks(broken);
}

// The first answer is shown at once, later ones within kViewDelayMs of it together.
void LinkCheckController::schedulePublishView()
{
    if (m_viewTimer->isActive()) {
        m_viewBehind = true;
        return;
    }
    publishView();
    m_viewTimer->start();
}

void LinkCheckController::scheduleDiagnostics()
{
    if (!m_diagnosticsTimer->isActive())
        m_diagnosticsTimer->start();
}

} // namespace Citewise
