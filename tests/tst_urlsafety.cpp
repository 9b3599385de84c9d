// Checks which URLs Citewise opens without asking and how they are shown when it does ask.
#include "urlsafety.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

using Concern = UrlAssessment::Concern;

class TestUrlSafety : public QObject
{
    Q_OBJECT
private slots:
    void assess_data();
    void assess();
    void escape_data();
    void escape();
};

void TestUrlSafety::assess_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Concern>("concern");
    QTest::addColumn<QString>("displayHost");

    QTest::addRow("https") << u"https://en.yna.co.kr/view/AEN20250901000951315"_s << Concern::None
                           << u"en.yna.co.kr"_s;
    QTest::addRow("http with port and query")
        << u"http://example.com:8080/a?b=1#c"_s << Concern::None << u"example.com"_s;
    QTest::addRow("upper-case scheme") << u"HTTPS://Example.COM/"_s << Concern::None << u"example.com"_s;
    QTest::addRow("surrounding spaces") << u"  https://example.com/  "_s << Concern::None << u"example.com"_s;
    // Written as people write addresses: a web address all the same.
    QTest::addRow("www without a scheme")
        << u"www.example.org/nine"_s << Concern::None << u"www.example.org"_s;
    QTest::addRow("host without a scheme") << u"reuters.com/world/a-1"_s << Concern::None << u"reuters.com"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << Concern::NonWebScheme << QString();
    QTest::addRow("file") << u"file:///etc/passwd"_s << Concern::NonWebScheme << QString();
    QTest::addRow("mailto") << u"mailto:someone@example.com"_s << Concern::NonWebScheme << QString();
    QTest::addRow("custom scheme") << u"citewise-x://do/something"_s << Concern::NonWebScheme << u"do"_s;
    QTest::addRow("ftp") << u"ftp://example.com/file"_s << Concern::NonWebScheme << u"example.com"_s;
    // (A host of one label is no address: "example.com/page" is, see above.)
    QTest::addRow("no scheme") << u"example/page"_s << Concern::Unparsable << QString();
    QTest::addRow("empty") << QString() << Concern::Unparsable << QString();
    QTest::addRow("words") << u"not a url"_s << Concern::Unparsable << QString();
    QTest::addRow("https without host") << u"https://"_s << Concern::Unparsable << QString();
    QTest::addRow("http without slashes") << u"http:example.com"_s << Concern::Unparsable << QString();
    QTest::addRow("bad port") << u"https://example.com:99999999/"_s << Concern::Unparsable << QString();
    QTest::addRow("user info") << u"https://bank.example@evil.example/"_s << Concern::UserInfo
                               << u"evil.example"_s;
    QTest::addRow("cyrillic a") << u"https://\u0430pple.com/"_s << Concern::InternationalHost
                                << u"xn--pple-43d.com"_s;
    QTest::addRow("punycode written out")
        << u"https://xn--pple-43d.com/"_s << Concern::InternationalHost << u"xn--pple-43d.com"_s;
    QTest::addRow("right-to-left override")
        << u"https://example.com/\u202Egnp.exe"_s << Concern::HiddenCharacters << u"example.com"_s;
    QTest::addRow("RLO in a mailto") << u"mailto:\u202Emoc.evil@x"_s << Concern::HiddenCharacters
                                     << QString();
    QTest::addRow("zero-width space in host")
        << u"https://exa\u200Bmple.com/"_s << Concern::HiddenCharacters << QString();
}

void TestUrlSafety::assess()
{
    QFETCH(QString, text);
    QFETCH(Concern, concern);
    QFETCH(QString, displayHost);

    const UrlAssessment a = assessUrl(text);
    QCOMPARE(a.concern, concern);
    QCOMPARE(a.opensDirectly(), concern == Concern::None);
    if (!displayHost.isEmpty())
        QCOMPARE(a.displayHost, displayHost);
    for (QChar c : a.displayUrl)
        QVERIFY2(!isHiddenCharacter(c.unicode()), qPrintable(a.displayUrl));
}

void TestUrlSafety::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::addRow("plain") << u"https://example.com/a b"_s << u"https://example.com/a b"_s;
    QTest::addRow("RLO") << u"a\u202Eb"_s << u"a<U+202E>b"_s;
    QTest::addRow("embeddings") << u"\u202A\u202B\u202C\u202D"_s << u"<U+202A><U+202B><U+202C><U+202D>"_s;
    QTest::addRow("isolates") << u"\u2066\u2067\u2068\u2069"_s << u"<U+2066><U+2067><U+2068><U+2069>"_s;
    QTest::addRow("marks") << u"\u200E\u200F\u061C"_s << u"<U+200E><U+200F><U+061C>"_s;
    QTest::addRow("controls") << u"a\tb\nc\u007F\u0085"_s << u"a<U+0009>b<U+000A>c<U+007F><U+0085>"_s;
    QTest::addRow("zero width and BOM") << u"\u200B\uFEFF"_s << u"<U+200B><U+FEFF>"_s;
    QTest::addRow("line separator") << u"\u2028"_s << u"<U+2028>"_s;
    QTest::addRow("lone surrogate") << QString(QChar(0xDC80)) << u"<U+DC80>"_s;
    QTest::addRow("astral tag character") << u"x\U000E0041"_s << u"x<U+E0041>"_s;
    QTest::addRow("emoji kept") << u"\U0001F600"_s << u"\U0001F600"_s;
    QTest::addRow("non-latin kept") << u"\u0430\u4E2D\u05D0"_s << u"\u0430\u4E2D\u05D0"_s;
}

void TestUrlSafety::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(escapeHiddenCharacters(text), escaped);
}

QTEST_GUILESS_MAIN(TestUrlSafety)
#include "tst_urlsafety.moc"
