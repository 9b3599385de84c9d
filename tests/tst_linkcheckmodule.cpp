// The window's link checker as the application gets it: from the link-check module, loaded when
// links are first checked. Checked against a local HTTP fixture; nothing here leaves the loopback
// interface.
#include "httpfixture.h"
#include "linkcheckloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Citewise::Test::HttpFixture;

namespace {

// Keeps what a run reports.
class Recorder : public LinkCheckBackend::Listener
{
public:
    void linkChecked(const QString &url, const LinkCheckResult &result) override
    {
        results.insert(url, result);
    }
    void linkCheckProgress(int done, int total) override { progress.append({done, total}); }
    void linkCheckFinished() override { ++finished; }

    QHash<QString, LinkCheckResult> results;
    QList<std::pair<int, int>> progress;
    int finished = 0;
};

} // namespace

class tst_LinkCheckModule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksThroughTheModule();
    void missingModuleIsExplained();
};

void tst_LinkCheckModule::checksThroughTheModule()
{
    HttpFixture fixture;
    QVERIFY(fixture.start());
    fixture.setRoute(u"/ok"_s, {});
    fixture.setRoute(u"/missing"_s, HttpFixture::status(404));

    Recorder recorder;
    QString reason;
    std::unique_ptr<LinkCheckBackend> backend
        = loadLinkCheckBackend(&recorder, &reason, QStringLiteral(CITEWISE_MODULE_DIR));
    QVERIFY2(backend, qPrintable(reason));

    QVERIFY(backend->isNonPublicHost(u"127.0.0.1"_s));
    QVERIFY(backend->isNonPublicHost(u"localhost"_s));
    QVERIFY(!backend->isNonPublicHost(u"93.184.216.34"_s));
    QVERIFY(!backend->isNonPublicHost(u"example.org"_s)); // a name: its addresses decide later

    // Loopback is refused until allowed, as in the window.
    QVERIFY(!backend->allowPrivateAddresses());
    backend->check({fixture.url(u"/ok"_s)});
    QTRY_COMPARE(recorder.finished, 1);
    QCOMPARE(recorder.results.value(fixture.url(u"/ok"_s)).status, LinkStatus::PrivateAddress);
    QVERIFY(fixture.requests().isEmpty());

    backend->setAllowPrivateAddresses(true);
    backend->setTimeoutMs(5000);
    const QStringList urls = {fixture.url(u"/ok"_s), fixture.url(u"/missing"_s)};
    backend->check(urls);
    QTRY_COMPARE(recorder.finished, 2);
    QCOMPARE(recorder.results.value(urls.at(0)).status, LinkStatus::Ok);
    QCOMPARE(recorder.results.value(urls.at(1)).status, LinkStatus::Broken);
    QCOMPARE(recorder.results.value(urls.at(1)).httpCode, 404);
    QCOMPARE(recorder.progress.constLast(), std::make_pair(2, 2));
}

void tst_LinkCheckModule::missingModuleIsExplained()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    Recorder recorder;
    QString reason;
    QVERIFY(!loadLinkCheckBackend(&recorder, &reason, empty.path()));
    QVERIFY2(reason.startsWith(u"the link-check module is not found (looked for "_s), qPrintable(reason));
    QVERIFY2(reason.contains(empty.path()), qPrintable(reason));
}

QTEST_GUILESS_MAIN(tst_LinkCheckModule)
#include "tst_linkcheckmodule.moc"
