// What the link checker's tests share: a local HTTP fixture for each test (nothing leaves the
// loopback interface), and checks run to their end.
#pragma once

#include "httpfixture.h"
#include "linkchecker.h"

#include <QHash>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace Citewise::Test {

class LinkCheckerTest : public QObject
{
protected:
    // Starts a fixture of its own, where "/ok" answers 200.
    void startFixture()
    {
        m_fixture = std::make_unique<HttpFixture>();
        QVERIFY(m_fixture->start());
        m_fixture->setRoute(QStringLiteral("/ok"), {});
    }

    // Runs one check to its end and returns the results by URL.
    QHash<QString, LinkCheckResult> run(LinkChecker &checker, const QStringList &urls, bool recheck = false)
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

    // Checks `url` alone, local addresses allowed, with a timeout of 3 s.
    LinkCheckResult runOne(const QString &url)
    {
        LinkChecker checker;
        checker.setAllowPrivateAddresses(true);
        checker.setTimeoutMs(3000);
        return run(checker, {url}).value(url);
    }

    std::unique_ptr<HttpFixture> m_fixture;
};

} // namespace Citewise::Test
