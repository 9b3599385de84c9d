// Checks the links of the open article in the background and shows the results where the reader
// looks: the References list, the markers of the reading view and the problems of the document.
#pragma once

#include "diagnostic.h"
#include "linkcheckbackend.h"
#include "linkcheckresult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QWidget;

namespace Citewise {

class ArticleDocument;
class ReadingView;
class ReferencesModel;

// Runs link checks for one ArticleDocument and keeps their results per URL. The checker itself is
// made when links are first checked, by the backend factory.
class LinkCheckController : public QObject, private LinkCheckBackend::Listener
{
    Q_OBJECT
public:
    // Answers whether the links to loopback/private/link-local hosts may be contacted in this run.
    using Confirmer = std::function<bool(const QStringList &privateUrls)>;
    // Makes the checker that reports to listener, or returns null with *reason set to why it cannot.
    using BackendFactory = std::function<std::unique_ptr<LinkCheckBackend>(
        LinkCheckBackend::Listener *listener, QString *reason)>;

    // The factory of every controller made afterwards. The application loads link checking from a
    // module; without a factory, links cannot be checked.
    static void setBackendFactory(BackendFactory factory);

    explicit LinkCheckController(ArticleDocument *document, QObject *parent = nullptr);
    ~LinkCheckController() override;

    // For the checks that follow; a result keeps the timeout it was found with.
    void setTimeoutMs(int ms);
    int timeoutMs() const;

    // An empty confirmer restores the question box (default answer No), shown over dialogParent.
    void setConfirmer(Confirmer confirmer);
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setReferencesModel(ReferencesModel *model);
    void setReadingView(ReadingView *view);

    bool isRunning() const;
    bool hasResult(const QString &url) const { return m_results.contains(url); }
    LinkCheckResult result(const QString &url) const { return m_results.value(url); }
    QHash<QString, LinkCheckResult> results() const { return m_results; }
    // "404 Not Found · 120 ms", "Timed out after 10 s", …
    QString statusText(const LinkCheckResult &result) const;
    // Statuses that make a reference broken: its markers are flagged and it is an error.
    static bool isBroken(LinkStatus status);
    // broken-link and redirected-link diagnostics at the URLs of the article's references.
    QList<Diagnostic> diagnosticsFor(const Article &article) const;
    // What the latest run (the one going on, or else the last one) found of the links asked for in
    // it, each URL once; results of earlier runs do not count, so a run cancelled part-way is not
    // charged with what an earlier one found; nothing after a run abandoned. checked + notChecked is the
    // number of links asked for.
    struct Summary
    {
        int broken = 0;
        int redirected = 0;
        int checked = 0; // links contacted in the run
        int notChecked = 0; // declined (such as local addresses), not checkable, or cancelled before
    };
    Summary runSummary() const;

public Q_SLOTS:
    void checkUrl(const QString &url);
    void checkReference(qint64 number);
    void checkAll(); // every reference URL of the current article
    void recheckUrl(const QString &url); // these two ignore earlier results
    void recheckAll();
    void cancel();
    // Ends the run without a summary: the article it checks was closed, or another one loaded in its
    // place, and what it found would be taken for the next one's. Emits abandoned(), not finished().
    void abandon();

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    // The run ended: `unchecked` of the links asked for were left without a result (it was cancelled).
    void finished(int unchecked);
    // The run was ended by abandon(): nothing is left to report of it.
    void abandoned();
    void resultReady(const QString &url, const Citewise::LinkCheckResult &result);
    // A check was asked for and links cannot be checked at all; reason says why.
    void unavailable(const QString &reason);

private:
    void linkChecked(const QString &url, const LinkCheckResult &result) override;
    void linkCheckProgress(int done, int total) override;
    void linkCheckFinished() override;
    bool ensureBackend();
    void run(const QStringList &urls, bool recheck);
    bool decidePrivate(const QStringList &urls);
    bool askUser(const QStringList &privateUrls) const;
    void publishView();
    void schedulePublishView();
    void scheduleDiagnostics();
    QStringList articleUrls() const;

    QPointer<ArticleDocument> m_document; // may go first when a window is torn down
    BackendFactory m_backendFactory;
    std::unique_ptr<LinkCheckBackend> m_backend; // made when first needed
    int m_timeoutMs = kDefaultLinkCheckTimeoutMs;
    QTimer *m_diagnosticsTimer;
    QTimer *m_viewTimer;
    bool m_viewBehind = false; // answers came since the view was last told
    Confirmer m_confirmer;
    QPointer<QWidget> m_dialogParent;
    QPointer<ReferencesModel> m_model;
    QPointer<ReadingView> m_view;

    QHash<QString, LinkCheckResult> m_results;
    QHash<QString, QString> m_statusTexts;
    QSet<QString> m_pending; // asked for in the current run, no result yet
    // Every URL asked for in the latest run and the results it gave them, kept for its summary until
    // the next run starts.
    QSet<QString> m_runUrls;
    QHash<QString, LinkStatus> m_runStatuses;
    std::optional<bool> m_privateAnswer; // the user's answer for the current run
    bool m_running = false;
    bool m_abandoning = false; // the run ending now was abandoned
};

} // namespace Citewise
