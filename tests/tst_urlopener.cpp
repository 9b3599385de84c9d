// Checks that web addresses open directly, everything else only after confirmation, and that the
// confirmation dialog shows where a link really leads with Cancel as the safe default.
#include "urlconfirmdialog.h"
#include "urlopener.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Records instead of launching a browser or showing a modal dialog.
class RecordingOpener : public UrlOpener
{
public:
    bool answer = false;
    bool systemOpens = true; // false: as where no browser is set up
    QStringList confirmed;
    QList<QUrl> launchedUrls;

protected:
    bool launch(const QUrl &url) override
    {
        launchedUrls.append(url);
        return systemOpens;
    }
    bool confirm(const QString &url, QWidget *) override
    {
        confirmed.append(url);
        return answer;
    }
};

} // namespace

class TestUrlOpener : public QObject
{
    Q_OBJECT
private slots:
    void open_data();
    void open();
    void launchFailureIsSignalled();
    void dialogDefaultsToCancel();
    void dialogShowsPunycodeHost();
    void dialogEscapesHiddenCharacters();
};

void TestUrlOpener::open_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("answer");
    QTest::addColumn<bool>("asks");
    QTest::addColumn<bool>("launches");

    QTest::addRow("https") << u"https://example.com/a"_s << false << false << true;
    QTest::addRow("http") << u"http://example.com/"_s << false << false << true;
    QTest::addRow("javascript declined") << u"javascript:alert(1)"_s << false << true << false;
    QTest::addRow("file declined") << u"file:///etc/passwd"_s << false << true << false;
    QTest::addRow("custom scheme declined") << u"steam://run/1"_s << false << true << false;
    QTest::addRow("unparsable declined") << u"http://exa mple.com/%zz"_s << false << true << false;
    QTest::addRow("no scheme declined") << u"intranet/page"_s << false << true << false;
    QTest::addRow("look-alike host declined") << u"https://\u0430pple.com/"_s << false << true << false;
    QTest::addRow("mailto accepted") << u"mailto:a@example.com"_s << true << true << true;
    QTest::addRow("no scheme accepted") << u"intranet/page"_s << true << true << false;
    // Written from its host on, as reference lists write addresses: a web address all the same.
    QTest::addRow("host without a scheme") << u"example.com/a"_s << false << false << true;
}

void TestUrlOpener::open()
{
    QFETCH(QString, url);
    QFETCH(bool, answer);
    QFETCH(bool, asks);
    QFETCH(bool, launches);

    RecordingOpener opener;
    opener.answer = answer;
    QSignalSpy launched(&opener, &UrlOpener::launched);
    QCOMPARE(opener.open(url, nullptr), launches);
    QCOMPARE(opener.confirmed.size(), asks ? 1 : 0);
    if (asks)
        QCOMPARE(opener.confirmed.first(), url);
    QCOMPARE(opener.launchedUrls.size(), launches ? 1 : 0);
    QCOMPARE(launched.size(), launches ? 1 : 0);
    if (launches) // (an address written without a scheme goes out with one)
        QVERIFY(!opener.launchedUrls.first().scheme().isEmpty());
}

// A URL the system has nothing to open with is not launched, and says so apart from one declined.
void TestUrlOpener::launchFailureIsSignalled()
{
    RecordingOpener opener;
    opener.systemOpens = false;
    QSignalSpy launched(&opener, &UrlOpener::launched);
    QSignalSpy failed(&opener, &UrlOpener::launchFailed);
    QVERIFY(!opener.open(u"https://example.org/a"_s, nullptr));
    QCOMPARE(launched.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toUrl(), QUrl(u"https://example.org/a"_s));
    QVERIFY(!opener.open(u"javascript:alert(1)"_s, nullptr)); // declined: no failure
    QCOMPARE(failed.size(), 1);
}

void TestUrlOpener::dialogDefaultsToCancel()
{
    UrlConfirmDialog dialog(u"javascript:alert(1)"_s);
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.openButton()->isDefault());
    QVERIFY(!dialog.openButton()->autoDefault());
    QVERIFY(!dialog.warningText().isEmpty());

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.openButton()->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestUrlOpener::dialogShowsPunycodeHost()
{
    UrlConfirmDialog dialog(u"https://\u0430pple.com/login"_s);
    QCOMPARE(dialog.displayedHost(), u"xn--pple-43d.com"_s);
    QCOMPARE(dialog.displayedUrl(), u"https://\u0430pple.com/login"_s); // the full text, as written
}

void TestUrlOpener::dialogEscapesHiddenCharacters()
{
    UrlConfirmDialog dialog(u"https://example.com/\u202Egnp.exe"_s);
    QCOMPARE(dialog.displayedUrl(), u"https://example.com/<U+202E>gnp.exe"_s);
    QVERIFY(!dialog.displayedUrl().contains(QChar(0x202E)));
    QCOMPARE(dialog.displayedHost(), u"example.com"_s);
}

QTEST_MAIN(TestUrlOpener)
#include "tst_urlopener.moc"
