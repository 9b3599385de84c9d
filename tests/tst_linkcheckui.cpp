// Link checking in the main window against a local HTTP fixture: the actions, the question about
// local addresses, statuses in the References list and the reading view, link problems in the
// document, the progress in the status bar and cancelling. Nothing here leaves the loopback interface.
#include "articledocument.h"
#include "flaggedmarkers.h"
#include "httpfixture.h"
#include "linkcheckcontroller.h"
#include "linkchecker.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "readingview.h"
#include "referencesmodel.h"
#include "referencespanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QHelpEvent>
#include <QMessageBox>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

class TestLinkCheckUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void checkAllShowsResultsEverywhere();
    void declinedLocalLinksAreNotContacted();
    void localLinksQuestionCountsThem();
    void checkLinkChecksOnlyThatUrl();
    void checkAllAsksForAPageOnce();
    void localLinkWithLenientCharacters();
    void cachedResultsAndRecheck();
    void linkProblemsFollowEdits();
    void cancelStopsTheRun();
    void closingTheFileEndsItsRun();
    void openingAnotherFileEndsTheRun();
    void checkLinkDuringARun();
    void summaryCountsTheArticleAsItIs();
    void stoppedRecheckCountsOnlyItsOwnResults();
    void uncheckableLinksAreExplained();
    void timeoutTextNamesTheTimeoutUsed();
    void tooManyRequestsIsNotBroken();

private:
    // The article of most tests: four links, one of them never answering.
    MainWindow *openArticle();
    MainWindow *openArticle(const QString &text);
    QString url(const QString &path) const { return m_fixture->url(path); }
    QString statusOf(qint64 number, int role = ReferencesModel::StatusRole) const;
    QList<Diagnostic> diagnosticsWithCode(const QString &code) const;

    QTemporaryDir m_dir;
    std::unique_ptr<HttpFixture> m_fixture;
    std::unique_ptr<MainWindow> m_window;
    LinkCheckController *m_links = nullptr;
    QList<QStringList> m_asked; // what the confirmer was asked, once per run
    bool m_allow = true;
};

void TestLinkCheckUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CitewiseTest"_s);
    QCoreApplication::setApplicationName(u"tst_linkcheckui"_s);
    QSettings().clear();
    QLocale::setDefault(QLocale::c()); // "0.5 s", whatever the machine's language
    QVERIFY(m_dir.isValid());
    // The checker in this process; the application loads the same one from its link-check module.
    LinkCheckController::setBackendFactory(
        [](LinkCheckBackend::Listener *listener, QString *) { return createLinkCheckBackend(listener); });
}

void TestLinkCheckUi::init()
{
    m_fixture = std::make_unique<HttpFixture>();
    QVERIFY(m_fixture->start());
    m_fixture->setRoute(u"/ok"_s, {});
    m_fixture->setRoute(u"/moved"_s, HttpFixture::redirect(301, url(u"/ok"_s).toUtf8()));
    m_fixture->setRoute(u"/missing"_s, HttpFixture::status(404));
    m_fixture->setRoute(u"/slow"_s, HttpFixture::silent());
    m_asked.clear();
    m_allow = true;
    QVERIFY(openArticle());
}

void TestLinkCheckUi::cleanup()
{
    if (m_window)
        m_window->document()->setModified(false);
    m_window.reset();
    m_fixture.reset();
}

MainWindow *TestLinkCheckUi::openArticle()
{
    return openArticle(
        u"Links under test\n\n"
        "The page answers [1]. It has moved [2]. It is gone [3]. It never answers [4].\n\n"
        "References\n"
        "[1] %1 Answering page\n"
        "[2] %2 Moved page\n"
        "[3] %3 Missing page\n"
        "[4] %4 Silent page\n"_s.arg(url(u"/ok"_s), url(u"/moved"_s), url(u"/missing"_s), url(u"/slow"_s)));
}

MainWindow *TestLinkCheckUi::openArticle(const QString &text)
{
    const QString path = m_dir.filePath(u"links.txt"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        return nullptr;
    file.close();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openFile(path))
        return nullptr;
    m_window->document()->analyseNow();
    m_links = m_window->linkChecks();
    if (!m_links)
        return nullptr;
    m_links->setTimeoutMs(500);
    m_links->setConfirmer([this](const QStringList &privateUrls) {
        m_asked.append(privateUrls);
        return m_allow;
    });
    return m_window.get();
}

QString TestLinkCheckUi::statusOf(qint64 number, int role) const
{
    ReferencesModel *model = m_window->referencesPanel()->model();
    const int row = model->rowForNumber(number);
    if (row < 0)
        return u"(no row)"_s;
    return model->index(row, ReferencesModel::StatusColumn).data(role).toString();
}

QList<Diagnostic> TestLinkCheckUi::diagnosticsWithCode(const QString &code) const
{
    QList<Diagnostic> found;
    for (const Diagnostic &d : m_window->document()->diagnostics()) {
        if (d.code == code)
            found.append(d);
    }
    return found;
}

void TestLinkCheckUi::checkAllShowsResultsEverywhere()
{
    auto *action = m_window->findChild<QAction *>(u"checkAllLinksAction"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
    auto *area = m_window->findChild<QWidget *>(u"linkCheckProgressArea"_s);
    auto *bar = m_window->findChild<QProgressBar *>(u"linkCheckProgress"_s);
    QVERIFY(area && bar);
    QVERIFY(!area->isVisible());

    action->trigger();
    QVERIFY(m_links->isRunning());
    QVERIFY(area->isVisible());
    QCOMPARE(statusOf(4), u"checking"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);

    // Asked once, about all four links on 127.0.0.1.
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.first().size(), 4);

    QCOMPARE(statusOf(1), u"ok"_s);
    QCOMPARE(statusOf(2), u"redirected"_s);
    QCOMPARE(statusOf(3), u"broken"_s);
    QCOMPARE(statusOf(4), u"timeout"_s);
    QVERIFY2(
        statusOf(1, Qt::DisplayRole).startsWith(u"OK · 200 · "_s), qPrintable(statusOf(1, Qt::DisplayRole)));
    QCOMPARE(statusOf(2, Qt::DisplayRole), u"Redirected → %1 (301, permanent)"_s.arg(url(u"/ok"_s)));
    QVERIFY2(statusOf(3, Qt::DisplayRole).startsWith(u"404 Not Found · "_s),
        qPrintable(statusOf(3, Qt::DisplayRole)));
    QCOMPARE(statusOf(4, Qt::DisplayRole), u"Timed out after 0.5 s"_s);

    // Problems at the URLs, in the document, the Problems list and in position order.
    const Article &article = m_window->document()->article();
    QTRY_COMPARE(diagnosticsWithCode(u"broken-link"_s).size(), 2);
    const QList<Diagnostic> broken = diagnosticsWithCode(u"broken-link"_s);
    QCOMPARE(broken.at(0).severity, Diagnostic::Severity::Error);
    QCOMPARE(broken.at(0).span, article.references.at(2).urlSpan);
    QCOMPARE(broken.at(0).referenceIndex, 2);
    QCOMPARE(broken.at(0).line, article.references.at(2).line);
    QCOMPARE(broken.at(1).span, article.references.at(3).urlSpan);
    const QList<Diagnostic> redirected = diagnosticsWithCode(u"redirected-link"_s);
    QCOMPARE(redirected.size(), 1);
    QCOMPARE(redirected.first().severity, Diagnostic::Severity::Warning);
    QVERIFY(redirected.first().message.contains(url(u"/ok"_s)));
    const QList<Diagnostic> &all = m_window->document()->diagnostics();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all.at(i - 1).span.start <= all.at(i).span.start);
    ProblemsModel *problems = m_window->problemsPanel()->model();
    int brokenRows = 0;
    for (int row = 0; row < problems->rowCount(); ++row)
        brokenRows += problems->diagnostic(row).code == u"broken-link" ? 1 : 0;
    QCOMPARE(brokenRows, 2);

    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 2 broken, 1 redirected."_s);

    // The progress reached the total, then went away.
    QCOMPARE(bar->maximum(), 4);
    QCOMPARE(bar->value(), 4);
    QVERIFY(!area->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"cancelLinkCheckAction"_s)->isEnabled());

    // The reading view knows the statuses for its tooltips and flags the broken markers.
    ReadingView *view = m_window->readingView();
    QVERIFY(view->linkStatuses().value(url(u"/missing"_s)).startsWith(u"404 Not Found"_s));
    QCOMPARE(view->brokenLinks(), (QSet<QString> {url(u"/missing"_s), url(u"/slow"_s)}));
    QCOMPARE(Test::flaggedMarkers(*view).size(), 2);
    const QRect marker = view->markerRect(2, 0); // "[3]"
    QVERIFY(!marker.isNull());
    QHelpEvent help(QEvent::ToolTip, marker.center(), view->viewport()->mapToGlobal(marker.center()));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(u"404 Not Found"_s), qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestLinkCheckUi::declinedLocalLinksAreNotContacted()
{
    m_allow = false;
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_fixture->connectionCount(), 0);
    QCOMPARE(m_fixture->requests().size(), 0);
    for (qint64 number = 1; number <= 4; ++number)
        QCOMPARE(statusOf(number), u"private-address"_s);
    QVERIFY(diagnosticsWithCode(u"broken-link"_s).isEmpty());
}

// The question names one local link "it" and several "them", in English as in the translations.
void TestLinkCheckUi::localLinksQuestionCountsThem()
{
    QTranslator plurals;
    QVERIFY(plurals.load(u":/i18n/citewise_en.qm"_s));
    QCoreApplication::installTranslator(&plurals);
    const auto removeTranslator = qScopeGuard([&plurals] { QCoreApplication::removeTranslator(&plurals); });
    m_links->setConfirmer({}); // the question box itself
    const auto ask = [this](const std::function<void()> &check, QString *text) {
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                *text = box->windowTitle() + u'\n' + box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        answer.start();
        check();
        QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    };

    QString one;
    ask([this] { m_links->checkUrl(url(u"/ok"_s)); }, &one);
    QVERIFY2(one.startsWith(u"Check Local Link?\n1 link points to this computer"_s), qPrintable(one));
    QVERIFY2(one.endsWith(u"Checking it sends requests to a device or service that is not on the public "
                          "internet. Check it anyway?"_s),
        qPrintable(one));

    QString four;
    ask([this] { m_links->checkAll(); }, &four);
    QVERIFY2(four.startsWith(u"Check Local Links?\n4 links point to this computer"_s), qPrintable(four));
    QVERIFY2(four.endsWith(u"Checking them sends requests to devices and services that are not on the public "
                           "internet. Check them anyway?"_s),
        qPrintable(four));
    QCOMPARE(m_fixture->requests().size(), 0);
}

void TestLinkCheckUi::checkLinkChecksOnlyThatUrl()
{
    ReferencesPanel *panel = m_window->referencesPanel();
    QCOMPARE(panel->checkLinkAction()->shortcut(), QKeySequence(u"Ctrl+L"_s));
    panel->selectReference(0);
    QVERIFY(!panel->checkLinkAction()->isEnabled());
    panel->selectReference(3);
    QVERIFY(panel->checkLinkAction()->isEnabled());
    panel->checkLinkAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);

    QCOMPARE(m_asked, (QList<QStringList> {{url(u"/missing"_s)}}));
    QCOMPARE(m_links->results().keys(), QStringList {url(u"/missing"_s)});
    QCOMPARE(m_fixture->requests().size(), 2); // HEAD, and GET to confirm the 404
    QCOMPARE(m_fixture->requestCount(u"/missing"_s), 2);
    QCOMPARE(statusOf(3), u"broken"_s);
    QCOMPARE(statusOf(1), u"unchecked"_s); // no link status: not claimed to be fine
    QVERIFY(!statusOf(1, Qt::DisplayRole).contains(u"200"_s));

    // By number, as the controller offers it to others.
    m_links->checkReference(1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 1);
    QCOMPARE(m_links->results().size(), 2);
}

// References to sections of one page (links that differ only in their fragment, which is never sent)
// are one request, and each reference shows the answer.
void TestLinkCheckUi::checkAllAsksForAPageOnce()
{
    for (const auto &[from, to] :
        {std::pair {u"/missing"_s, u"/ok#part-1"_s}, {u"/slow"_s, u"/ok#part-2"_s}}) {
        QTextCursor cursor = m_window->document()->textDocument()->find(url(from));
        QVERIFY(!cursor.isNull());
        cursor.insertText(url(to));
    }
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);

    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 2); // once for [1], [3] and [4], once after [2]'s redirect
    for (const qint64 number : {1, 3, 4}) {
        QCOMPARE(statusOf(number), u"ok"_s);
        QVERIFY2(statusOf(number, Qt::DisplayRole).startsWith(u"OK · 200 · "_s),
            qPrintable(statusOf(number, Qt::DisplayRole)));
    }
    QCOMPARE(m_links->result(url(u"/ok#part-2"_s)).url, url(u"/ok#part-2"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 0 broken, 1 redirected."_s);
}

// A local link that only a lenient reading accepts ("|" in its query) is still one to ask about, and
// once allowed it is checked.
void TestLinkCheckUi::localLinkWithLenientCharacters()
{
    const QString link = url(u"/ok?family=Roboto|Open+Sans"_s);
    m_links->checkUrl(link);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_asked, (QList<QStringList> {{link}}));
    QCOMPARE(m_links->result(link).status, LinkStatus::Ok);
    QCOMPARE(m_fixture->requests().size(), 1);
}

void TestLinkCheckUi::cachedResultsAndRecheck()
{
    const QString missing = url(u"/missing"_s);
    m_links->checkUrl(missing);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_fixture->requestCount(u"/missing"_s), 2); // HEAD, and GET to confirm the 404

    m_links->checkUrl(missing); // known from this session
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_fixture->requestCount(u"/missing"_s), 2);

    m_fixture->setRoute(u"/missing"_s, {});
    m_links->recheckUrl(missing);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_fixture->requestCount(u"/missing"_s), 3);
    QCOMPARE(statusOf(3), u"ok"_s);
    QVERIFY(statusOf(3, Qt::DisplayRole).startsWith(u"OK · 200"_s));
    QTRY_VERIFY(diagnosticsWithCode(u"broken-link"_s).isEmpty());
    QVERIFY(m_window->readingView()->brokenLinks().isEmpty());
    QCOMPARE(m_asked.size(), 3); // once per run
}

void TestLinkCheckUi::linkProblemsFollowEdits()
{
    m_links->checkUrl(url(u"/missing"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QTRY_COMPARE(diagnosticsWithCode(u"broken-link"_s).size(), 1);
    const qsizetype before = diagnosticsWithCode(u"broken-link"_s).first().span.start;

    // Text typed above the references moves the URL; the problem moves with it.
    QTextCursor cursor(m_window->document()->textDocument());
    cursor.setPosition(0);
    cursor.insertText(u"Draft: "_s);
    m_window->document()->analyseNow();
    const QList<Diagnostic> after = diagnosticsWithCode(u"broken-link"_s);
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().span.start, before + 7);
    QCOMPARE(after.first().span, m_window->document()->article().references.at(2).urlSpan);
}

void TestLinkCheckUi::cancelStopsTheRun()
{
    m_links->setTimeoutMs(10000);
    m_links->checkUrl(url(u"/slow"_s));
    auto *area = m_window->findChild<QWidget *>(u"linkCheckProgressArea"_s);
    auto *stop = m_window->findChild<QToolButton *>(u"linkCheckCancelButton"_s);
    QVERIFY(area->isVisible());
    QCOMPARE(statusOf(4), u"checking"_s);
    QTRY_COMPARE(m_fixture->requests().size(), 1);
    stop->click();
    QTRY_VERIFY(!m_links->isRunning());
    QVERIFY(!area->isVisible());
    QCOMPARE(statusOf(4), u"unchecked"_s); // back to not checked: nothing is known
    QVERIFY(!m_links->hasResult(url(u"/slow"_s)));
    // The status bar says the run stopped, not that the links were checked.
    QCOMPARE(m_window->statusBar()->currentMessage(),
        u"Link check stopped: 0 checked (0 broken, 0 redirected), 1 not checked."_s);

    // The next run takes that message away: it would stand beside the new run's progress.
    m_links->checkUrl(url(u"/slow"_s));
    QVERIFY(area->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
    stop->click();
    QTRY_VERIFY(!m_links->isRunning());
}

// A run belongs to the file it checks. Closed (File ▸ Close), the file takes its run with it: the
// progress goes, and no summary of the run is shown over the empty window later.
void TestLinkCheckUi::closingTheFileEndsItsRun()
{
    m_links->setTimeoutMs(2000); // left running, the run would end, and report, within the wait below
    auto *area = m_window->findChild<QWidget *>(u"linkCheckProgressArea"_s);
    auto *cancel = m_window->findChild<QAction *>(u"cancelLinkCheckAction"_s);
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_COMPARE(statusOf(3), u"broken"_s); // the silent page holds the run up
    QVERIFY(m_links->isRunning());
    QVERIFY(area->isVisible());

    m_window->actions()->closeFile->trigger();
    QVERIFY(m_window->document()->filePath().isEmpty());
    QVERIFY(!m_links->isRunning());
    QVERIFY(!area->isVisible());
    QVERIFY(!cancel->isEnabled());
    const LinkCheckController::Summary summary = m_links->runSummary();
    QCOMPARE(summary.checked + summary.notChecked, 0); // nothing left to report of that file
    QTest::qWait(2500);
    QVERIFY(!m_links->isRunning());
    QVERIFY(!area->isVisible());
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(u"Link"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
}

// Another file opened in the window ends the run on the one before: its counts are never shown as if
// they were the new file's.
void TestLinkCheckUi::openingAnotherFileEndsTheRun()
{
    m_links->setTimeoutMs(2000);
    auto *area = m_window->findChild<QWidget *>(u"linkCheckProgressArea"_s);
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_COMPARE(statusOf(3), u"broken"_s);
    QVERIFY(m_links->isRunning());
    // The same file loaded again is still the one being checked: its run goes on.
    QVERIFY(m_window->openFile(m_window->document()->filePath()));
    QVERIFY(m_links->isRunning());
    QVERIFY(area->isVisible());

    const QString other = m_dir.filePath(u"other.txt"_s);
    QFile file(other);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Another article\n\nIt cites nothing.\n");
    file.close();
    QVERIFY(m_window->openFile(other));
    QVERIFY(!m_links->isRunning());
    QVERIFY(!area->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Opened other.txt"_s);
    QTest::qWait(2500);
    QVERIFY(!area->isVisible());
    QVERIFY2(!m_window->statusBar()->currentMessage().contains(u"Link"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
}

// Check Link on a reference whose link a running Check All Links has already answered: the answer comes
// back at once, and the run still ends as a whole one, not as one that stopped.
void TestLinkCheckUi::checkLinkDuringARun()
{
    m_links->setTimeoutMs(3000); // the silent page keeps the run going meanwhile
    QSignalSpy finished(m_links, &LinkCheckController::finished);
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_COMPARE(statusOf(1), u"ok"_s);
    QVERIFY(m_links->isRunning());

    ReferencesPanel *panel = m_window->referencesPanel();
    panel->selectReference(1);
    QVERIFY(panel->checkLinkAction()->isEnabled());
    panel->checkLinkAction()->trigger();
    QTRY_COMPARE(statusOf(1), u"ok"_s);
    QVERIFY(m_links->isRunning());

    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(statusOf(1), u"ok"_s);
    QCOMPARE(m_fixture->requestCount(u"/ok"_s), 2); // once directly, once after the redirect
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 2 broken, 1 redirected."_s);
}

// The status bar counts the links of the article as it is after the run, not every address checked since
// the window opened.
void TestLinkCheckUi::summaryCountsTheArticleAsItIs()
{
    m_fixture->setRoute(u"/other"_s, {});
    auto *checkAll = m_window->findChild<QAction *>(u"checkAllLinksAction"_s);
    const auto checkAllAndWait = [&] {
        checkAll->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    };
    checkAllAndWait();
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 2 broken, 1 redirected."_s);

    // The missing page's reference now names one that answers.
    QTextCursor cursor = m_window->document()->textDocument()->find(url(u"/missing"_s));
    QVERIFY(!cursor.isNull());
    cursor.insertText(url(u"/other"_s));
    checkAllAndWait();
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 1 broken, 1 redirected."_s);
    QCOMPARE(statusOf(3), u"ok"_s);

    // Declined, the article's local links are left unchecked: none of them is known to be broken, and
    // the summary does not claim a check that did not happen.
    m_allow = false;
    checkAllAndWait();
    QCOMPARE(m_window->statusBar()->currentMessage(), u"No link was checked."_s);
    QCOMPARE(statusOf(4), u"private-address"_s);
}

// A run cancelled part-way reports on itself: links an earlier run found broken, and not checked again
// before the Cancel, are not counted among this run's broken links, and the counts add up to the links.
void TestLinkCheckUi::stoppedRecheckCountsOnlyItsOwnResults()
{
    // Five links that answer at once, then five that answer only in the first run. The checker asks a
    // host at most two at a time and in the order of the list, so the first five are answered before
    // the last five hold up the run.
    const QStringList quick = {u"/moved"_s, u"/ok"_s, u"/missing"_s, u"/ok?b"_s, u"/ok?c"_s};
    QString text = u"Ten links\n\nCited [1] [2] [3] [4] [5] [6] [7] [8] [9] [10].\n\nReferences\n"_s;
    for (int i = 0; i < 10; ++i) {
        const QString path = i < 5 ? quick.at(i) : u"/later%1"_s.arg(i - 4);
        text += u"[%1] %2 Page %1\n"_s.arg(i + 1).arg(url(path));
    }
    QVERIFY(openArticle(text));
    m_links->setTimeoutMs(10000);
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Links checked: 6 broken, 1 redirected."_s);

    for (int i = 1; i <= 5; ++i)
        m_fixture->setRoute(u"/later%1"_s.arg(i), HttpFixture::silent());
    const int laterAsked = m_fixture->requestCount(u"/later2"_s);
    QSignalSpy results(m_links, &LinkCheckController::resultReady);
    m_window->findChild<QAction *>(u"recheckAllLinksAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 10000);
    // Held up by the silent pages.
    QTRY_COMPARE(m_fixture->requestCount(u"/later2"_s), laterAsked + 1);
    QVERIFY(m_links->isRunning());
    m_window->findChild<QToolButton *>(u"linkCheckCancelButton"_s)->click();
    QTRY_VERIFY(!m_links->isRunning());

    QCOMPARE(m_window->statusBar()->currentMessage(),
        u"Link check stopped: 5 checked (1 broken, 1 redirected), 5 not checked."_s);
    const LinkCheckController::Summary summary = m_links->runSummary();
    QCOMPARE(summary.checked + summary.notChecked, 10);
    // The links not reached keep what the first run found.
    QCOMPARE(statusOf(6), u"broken"_s);
}

void TestLinkCheckUi::uncheckableLinksAreExplained()
{
    // A window of an installation whose link-check module is missing.
    LinkCheckController::setBackendFactory([](LinkCheckBackend::Listener *, QString *reason) {
        *reason = u"the link-check module is not found (looked for /nowhere/citewise-linkcheck.so)"_s;
        return std::unique_ptr<LinkCheckBackend>();
    });
    const auto restore = qScopeGuard([] {
        LinkCheckController::setBackendFactory(
            [](LinkCheckBackend::Listener *listener, QString *) { return createLinkCheckBackend(listener); });
    });
    m_window.reset();
    QVERIFY(openArticle());
    QSignalSpy unavailable(m_links, &LinkCheckController::unavailable);
    QSignalSpy started(m_links, &LinkCheckController::started);

    QString shown;
    QTimer closer;
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    closer.start();
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    closer.stop();

    QCOMPARE(unavailable.count(), 1);
    QVERIFY2(shown.contains(u"looked for /nowhere/citewise-linkcheck.so"_s), qPrintable(shown));
    QCOMPARE(started.count(), 0);
    QVERIFY(!m_links->isRunning());
    QCOMPARE(statusOf(1), u"unchecked"_s); // not left "checking"
    QVERIFY(m_fixture->requests().isEmpty());
}

// A link that timed out says after how long it gave up, even once the timeout setting has changed.
void TestLinkCheckUi::timeoutTextNamesTheTimeoutUsed()
{
    const QString slow = url(u"/slow"_s);
    m_links->checkUrl(slow); // with the 0.5 s of openArticle()
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_links->result(slow).status, LinkStatus::Timeout);
    QCOMPARE(statusOf(4, Qt::DisplayRole), u"Timed out after 0.5 s"_s);

    m_links->setTimeoutMs(1000);
    QCOMPARE(m_links->statusText(m_links->result(slow)), u"Timed out after 0.5 s"_s);
    // The problem's message is written anew whenever the document asks for the link problems.
    m_window->document()->refreshExtraDiagnostics();
    const QList<Diagnostic> broken = diagnosticsWithCode(u"broken-link"_s);
    QCOMPARE(broken.size(), 1);
    QCOMPARE(broken.first().message, u"Reference [4] is broken: Timed out after 0.5 s"_s);

    // Checked again, the link is asked again within the new timeout: it may answer now.
    m_links->checkUrl(slow);
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(m_fixture->requests().size(), 4); // HEAD, then GET, each time
    QCOMPARE(statusOf(4, Qt::DisplayRole), u"Timed out after 1 s"_s);
    QCOMPARE(m_window->readingView()->linkStatuses().value(slow), u"Timed out after 1 s"_s);
}

// A server that keeps answering "too many requests" says nothing about its page: the reference is not
// called broken; a warning says it could not be checked.
void TestLinkCheckUi::tooManyRequestsIsNotBroken()
{
    m_fixture->setRoute(u"/missing"_s, HttpFixture::status(429));
    m_window->findChild<QAction *>(u"checkAllLinksAction"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_links->isRunning(), 10000);
    QCOMPARE(statusOf(3), u"rate-limited"_s);
    QCOMPARE(statusOf(3, Qt::DisplayRole), u"Not checked: too many requests (429), try again later"_s);
    QTRY_COMPARE(diagnosticsWithCode(u"unchecked-link"_s).size(), 1);
    const Diagnostic unchecked = diagnosticsWithCode(u"unchecked-link"_s).constFirst();
    QCOMPARE(unchecked.severity, Diagnostic::Severity::Warning);
    QCOMPARE(unchecked.referenceIndex, 2);
    const QList<Diagnostic> broken = diagnosticsWithCode(u"broken-link"_s);
    QCOMPARE(broken.size(), 1); // the silent page's
    QCOMPARE(broken.constFirst().referenceIndex, 3);
}

QTEST_MAIN(TestLinkCheckUi)
#include "tst_linkcheckui.moc"
