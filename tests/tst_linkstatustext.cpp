// The words the window gives each link check result: the References panel's Status column, the
// markers' tooltips and the Problems list read them.
#include "articledocument.h"
#include "linkcheckcontroller.h"
#include "linkchecker.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

class TestLinkStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusTexts_data();
    void statusTexts();

private:
    ArticleDocument m_document;
    LinkCheckController m_links {&m_document};
};

void TestLinkStatusText::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // "0.5 s", whatever the machine's language
    m_links.setTimeoutMs(500);
}

void TestLinkStatusText::statusTexts_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("httpCode");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("finalUrl"); // after a redirect, when not empty
    QTest::addRow("ok") << int(LinkStatus::Ok) << 200 << u"OK · 200 · 85 ms"_s << QString();
    QTest::addRow("not found") << int(LinkStatus::Broken) << 404 << u"404 Not Found · 85 ms"_s << QString();
    QTest::addRow("unusual code") << int(LinkStatus::Broken) << 499 << u"499 · 85 ms"_s << QString();
    QTest::addRow("timeout") << int(LinkStatus::Timeout) << 0 << u"Timed out after 10 s"_s << QString();
    QTest::addRow("refused") << int(LinkStatus::ConnectionRefused) << 0 << u"Connection refused"_s
                             << QString();
    QTest::addRow("too many requests")
        << int(LinkStatus::RateLimited) << 429 << u"Not checked: too many requests (429), try again later"_s
        << QString();
    QTest::addRow("private") << int(LinkStatus::PrivateAddress) << 0
                             << u"Not checked: local or private address"_s << QString();
    QTest::addRow("redirect loop") << int(LinkStatus::RedirectLoop) << 302 << u"Redirect loop"_s << QString();
    QTest::addRow("too many redirects")
        << int(LinkStatus::TooManyRedirects) << 302 << u"Too many redirects (more than 10)"_s << QString();
    QTest::addRow("redirect without a target")
        << int(LinkStatus::Broken) << 302 << u"Redirect (302) without a target · 85 ms"_s << QString();
    // Codes that are not followed are no redirects without a target: they answer for no page.
    QTest::addRow("not modified") << int(LinkStatus::Broken) << 304 << u"304 Not Modified · 85 ms"_s
                                  << QString();
    QTest::addRow("multiple choices")
        << int(LinkStatus::Broken) << 300 << u"300 Multiple Choices · 85 ms"_s << QString();
    QTest::addRow("not found after a redirect")
        << int(LinkStatus::Broken) << 404 << u"404 Not Found at https://example.org/new, redirected · 85 ms"_s
        << u"https://example.org/new"_s;
}

void TestLinkStatusText::statusTexts()
{
    QFETCH(int, status);
    QFETCH(int, httpCode);
    QFETCH(QString, expected);
    QFETCH(QString, finalUrl);
    LinkCheckResult result;
    result.status = LinkStatus(status);
    result.httpCode = httpCode;
    if (!finalUrl.isEmpty()) {
        result.finalUrl = finalUrl;
        result.redirects = {{u"https://example.org/old"_s, 301}};
    }
    result.elapsedMs = 85;
    result.timeoutMs = LinkChecker::kDefaultTimeoutMs; // the setting is 0.5 s: the result's counts
    QCOMPARE(m_links.statusText(result), expected);
}

QTEST_MAIN(TestLinkStatusText)
#include "tst_linkstatustext.moc"
