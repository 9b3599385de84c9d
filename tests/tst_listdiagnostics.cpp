// Checks the reference list's own findings: a list joined on one line, a list without a header, words
// that introduce the list, links under the header and headings that group it, none of them problems
// but the first two; and how addresses are read: without a scheme, DOIs and arXiv identifiers, and
// their keys for finding duplicates.
#include "analyser.h"
#include "articleio.h"
#include "diagnostic.h"
#include "diagnosticstestutil.h"
#include "urlsafety.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestListDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void listJoinedByLineBreakTagsIsNamed();
    void introductionToTheListIsNoProblem();
    void addressBrokenOntoTwoLinesIsNamed();
    void linksUnderTheHeaderCitedByNothingAreNoProblem();
    void headingsGroupingTheListAreNoProblem();
    void listWithoutHeaderIsNamed();
    void addressWithoutSchemeIsValid();
    void doiAndArxivIdentifiersAreAddresses();
    void normalizedUrlKey_data();
    void normalizedUrlKey();
    void normalFormFoundInOnePass();
};

// A list written on one line, its entries joined by <br> as some exports write it, is not read; the
// missing section's message names the line and says what to do.
void TestListDiagnostics::listJoinedByLineBreakTagsIsNamed()
{
    for (const QString &text :
        {u"T\nA [1] B [2].\n\nReferences:<br>[1] https://a.example/<br>[2] https://b.example/\n"_s,
            u"T\nA [1] B [2].<br><BR/>Sources:<br />[1] https://a.example/ [2] https://b.example/\n"_s}) {
        const QList<Diagnostic> d = analyseArticle(parseArticle(text));
        const Diagnostic *missing = find(d, u"missing-references-section"_s, 2, 3);
        QVERIFY(missing);
        const int line = text.contains(u"\n\n"_s) ? 4 : 2;
        QVERIFY2(
            missing->message.contains(u"line %1 holds the header and its entries on one line"_s.arg(line)),
            qPrintable(missing->message));
    }
    // A line that only mentions the references before a break is no such list.
    const QList<Diagnostic> plain
        = analyseArticle(parseArticle(u"T\nA [1].\nSee the references:<br>none yet.\n"_s));
    const Diagnostic *missing = find(plain, u"missing-references-section"_s, 2, 3);
    QVERIFY(missing);
    QVERIFY2(!missing->message.contains(u"<br>"_s), qPrintable(missing->message));
    // The header and the first entry on one line, the rest under it, or alone.
    for (const QString &text :
        {u"T\nA [1] B [2].\n\nSources: [1] https://a.example/\n[2] https://b.example/\n"_s,
            u"T\nA [1].\n\nSources：[1] https://a.example/\n"_s}) {
        const QList<Diagnostic> d = analyseArticle(parseArticle(text));
        const Diagnostic *joined = find(d, u"missing-references-section"_s, 2, 3);
        QVERIFY(joined);
        QCOMPARE(joined->message,
            u"The article cites sources but has no references section: line 4 holds the header and the first "
            "entry on one line; put the entry on a line of its own."_s);
    }
}

// A line that introduces the list, before its first entry, is no broken entry; one between entries is.
void TestListDiagnostics::introductionToTheListIsNoProblem()
{
    const Article a = parseArticle(u"T\nA [1][2].\n## References\n\nAll addresses accessed 2025-01-10.\n\n"
                                   "[1] https://a.example/\nsee also\n[2] https://b.example/\n"_s);
    QCOMPARE(a.strayReferenceLines.size(), 2);
    const QList<Diagnostic> diagnostics = analyseArticle(a);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.constFirst().code, u"malformed-reference"_s);
    QCOMPARE(diagnostics.constFirst().line, 8);
}

// The rest of an address broken onto a line of its own, under the entry it ends, is named as such, on
// the entry in the sidebar too; a word of text there, or under an entry that goes on after its address,
// is just no entry.
void TestListDiagnostics::addressBrokenOntoTwoLinesIsNamed()
{
    const Article a = parseArticle(u"T\nA [1][2].\n\nReferences:\n[1] https://a.example/very/long/\n"
                                   "path/page.html?id=4\n[2] https://b.example/2\n"_s);
    const QList<Diagnostic> diagnostics = analyseArticle(a);
    const Diagnostic *rest = find(diagnostics, u"malformed-reference"_s, 6, 1);
    QVERIFY(rest);
    QCOMPARE(rest->message,
        u"This line reads as the rest of the address of reference 1, broken onto a line of its own: join it "
        "to the line above, or the address is read without it."_s);
    QCOMPARE(rest->referenceIndex, 0);
    for (const QString &under :
        {u"[1] https://a.example/\nRetrieved.\n"_s, u"[1] https://a.example/ (2024)\npath/page.html\n"_s,
            u"[1] Report.\npath/page.html\n"_s, u"[1] https://a.example/\nsee also.html and more\n"_s}) {
        const QList<Diagnostic> d = analyseArticle(
            parseArticle(u"T\nA [1][2].\n\nReferences:\n"_s + under + u"[2] https://b.example/\n"_s));
        const Diagnostic *stray = find(d, u"malformed-reference"_s, 6, 1);
        QVERIFY2(stray, qPrintable(under));
        QCOMPARE(stray->message, u"This line in the references section is not a reference entry."_s);
    }
    // Under the last entry, the rest of its address stays in the list, to be named; words go on as text.
    const Article last = parseArticle(u"T\nA [1].\n\nReferences:\n[1] https://a.example/very/\nlong.html\n"
                                      "\nComments\nNo comments yet\n"_s);
    QCOMPARE(last.referencesSection.lastLine, 6);
    QVERIFY(find(analyseArticle(last), u"malformed-reference"_s, 6, 1));
    for (const QString &after : {u"Thanks."_s, u"..."_s, u"#AI"_s, u"**Note**"_s}) {
        const Article text
            = parseArticle(u"T\nA [1].\n\nReferences:\n[1] https://a.example/very/\n"_s + after + u"\n"_s);
        QVERIFY2(
            text.referencesSection.lastLine == 5 && text.strayReferenceLines.isEmpty(), qPrintable(after));
    }
}

// A list of links under "## References" in an article that cites nothing by number (a README's) is no
// broken reference list.
void TestListDiagnostics::linksUnderTheHeaderCitedByNothingAreNoProblem()
{
    QVERIFY(analyseArticle(parseArticle(u"Qt notes\n\nSome notes.\n\n## References\n\n"
                                        "- [Qt docs](https://doc.qt.io)\n- [KDE](https://kde.org)\n"_s))
                .isEmpty());
    QVERIFY(
        analyseArticle(parseArticle(u"T\nA claim.\nReferences[edit]\n^ https://a.example/\n"_s)).isEmpty());
}

// Headings below the list's own group its entries ("### Websites" under "## References"): the entries
// under them are read, and the headings are no broken entries. A heading of the list's level, the
// comments' header, or one over words rather than entries ends the list as before.
void TestListDiagnostics::headingsGroupingTheListAreNoProblem()
{
    const Article a
        = parseArticle(u"T\nBooks [3]. Web [1]. Reports [2].\n\n## References\n\n### Websites\n"
                       "[1] https://a.example/web\n\n### Reports\n[2] https://a.example/report\n\n"
                       "#### Books\n[3] Smith (2020). https://b.example/3\n"_s);
    QCOMPARE(a.references.size(), 3);
    QCOMPARE(a.strayReferenceLines.size(), 3);
    QVERIFY(std::all_of(a.strayReferenceLines.cbegin(), a.strayReferenceLines.cend(),
        [](const StrayLine &stray) { return stray.groupHeading; }));
    const QList<Diagnostic> diagnostics = analyseArticle(a);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.constFirst().code, u"citation-order"_s);

    const auto entriesOf = [](const QString &text) { return parseArticle(text).references.size(); };
    // Of the list's own level, a heading ends it.
    QCOMPARE(entriesOf(u"T\nA [1] [2].\n## References\n[1] https://a.example/\n## Reports\n"
                       "[2] https://b.example/\n"_s),
        1);
    // Over words, it is the article going on.
    QCOMPARE(
        entriesOf(u"T\nA [1].\n## References\n[1] https://a.example/\n### Appendix\nMore text [1].\n"_s), 1);
    // Under a header that is no heading, no level to be below.
    QCOMPARE(entriesOf(u"T\nA [1] [2].\nReferences:\n[1] https://a.example/\n### Reports\n"
                       "[2] https://b.example/\n"_s),
        1);
    QCOMPARE(
        entriesOf(u"T\nA [1].\n## References\n[1] https://a.example/\n### Comments\nAnn: fine [1]\n"_s), 1);
    QCOMPARE(entriesOf(u"T\nA [1] [2].\n## References\n[1] https://a.example/\n### Further reading\n"
                       "[2] https://b.example/\n"_s),
        1);
}

// Entries that end the article with no header above them are named: the header is what is missing.
void TestListDiagnostics::listWithoutHeaderIsNamed()
{
    const auto message = [](const QString &text) {
        for (const Diagnostic &d : analyseArticle(parseArticle(text))) {
            if (d.code == u"missing-references-section")
                return d.message;
        }
        return QString();
    };
    const QString headerless
        = message(u"T\nA [1] and [2].\n\n[1]: https://a.example/\n\n2. https://b.example/\n"_s);
    QVERIFY2(
        headerless.contains(u"line 4"_s) && headerless.contains(u"References:"_s), qPrintable(headerless));
    const QString none = message(u"T\nA [1] and [2].\n[1] is below.\n"_s);
    QCOMPARE(none, u"The article cites sources but has no references section."_s);
    // Under a heading of the writer's own the list is read, and nothing is missing; under a sentence it
    // is still named.
    QCOMPARE(message(u"T\nA [1].\n\n## Further reading\n\n[1] https://a.example/\n"_s), QString());
    QVERIFY(analyseArticle(parseArticle(u"T\nA [1].\n\nWhere it comes from:\n[1] https://a.example/\n"_s))
                .isEmpty());
    QVERIFY(message(u"T\nA [1].\nThanks for reading.\n[1] https://a.example/\n"_s).contains(u"line 4"_s));
    // A short line above the list was meant as its header: the message names it rather than say there
    // is none.
    const QString unread = message(u"T\nA [1].\n\nWeird header\n\n[1] https://a.example/\n"_s);
    QVERIFY2(unread.contains(u"“Weird header” above the list on line 6"_s), qPrintable(unread));
    // Code above it is no header meant: a README's install line over its link definitions.
    QCOMPARE(message(u"# fastcsv\n\nA parser [1].\n\n## Install\n\n    pip install fastcsv\n\n"
                     "[1]: https://a.example/\n"_s),
        u"The article cites sources but has no references section: the list on line 9 needs a header line "
        "such as “References:” above it."_s);
    // The list starts at its first entry, also when that entry wraps onto its address or goes on on an
    // indented line: the line above the entry is named, never an address or a note of the list's.
    const QString wrapped = message(u"T\nA [1] [2] [3].\n\nWeiterführend:\n[1] Docs, \"Cache keys\",\n"
                                    "https://a.example/1\n[2] https://b.example/\n    (a note)\n"
                                    "[3] https://c.example/\n"_s);
    QVERIFY2(wrapped.contains(u"“Weiterführend:” above the list on line 5"_s), qPrintable(wrapped));
    // "Refs:" is a header word.
    QCOMPARE(message(u"T\nA [1].\n\nRefs:\n[1] https://a.example/\n"_s), QString());
}

// "www.example.org/a" is how people write an address: it is a valid one.
void TestListDiagnostics::addressWithoutSchemeIsValid()
{
    QVERIFY(analyseArticle(parseArticle(u"T\nA [1].\nReferences\n[1] www.a.example/nine\n"_s)).isEmpty());
}

// Academic lists cite by DOI or arXiv identifier: each names the address that resolves it, and the same
// work cited by identifier and by that address is one source twice.
void TestListDiagnostics::doiAndArxivIdentifiersAreAddresses()
{
    QVERIFY(analyseArticle(parseArticle(u"T\nA [1] B [2].\nReferences\n[1] A. Author (2020). Title. "
                                        "doi:10.48550/arXiv.2006.16236\n[2] B. Author. arXiv:1904.10509\n"_s))
                .isEmpty());
    const QList<Diagnostic> twice = analyseArticle(parseArticle(
        u"T\nA [1] B [2].\nReferences\n[1] doi:10.1000/xyz\n[2] https://doi.org/10.1000/xyz\n"_s));
    QCOMPARE(twice.size(), 1);
    QCOMPARE(twice.constFirst().code, u"duplicate-url"_s);
    QCOMPARE(withAssumedScheme(u"arXiv:1904.10509"_s), u"https://arxiv.org/abs/1904.10509"_s);
    QCOMPARE(withAssumedScheme(u"DOI:10.1000/xyz"_s), u"https://doi.org/10.1000/xyz"_s);
    // A DOI's resolver written without its scheme is that address, and a valid one.
    QCOMPARE(withAssumedScheme(u"doi.org/10.1000/xyz"_s), u"https://doi.org/10.1000/xyz"_s);
    QCOMPARE(withAssumedScheme(u"dx.doi.org/10.1000/xyz"_s), u"https://dx.doi.org/10.1000/xyz"_s);
    QVERIFY(
        analyseArticle(parseArticle(u"T\nA [1].\nReferences\n[1] Title. doi.org/10.1000/xyz\n"_s)).isEmpty());
    // "doi:" alone, or a word that only starts so, is no address.
    QVERIFY(!analyseArticle(parseArticle(u"T\nA [1].\nReferences\n[1] Title, doi:pending\n"_s)).isEmpty());
}

void TestListDiagnostics::normalizedUrlKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::addRow("host case") << u"https://Example.ORG/a"_s << u"https://example.org/a"_s << true;
    QTest::addRow("scheme case") << u"HTTPS://example.org/a"_s << u"https://example.org/a"_s << true;
    QTest::addRow("trailing slash") << u"https://example.org/a/"_s << u"https://example.org/a"_s << true;
    QTest::addRow("root slash") << u"https://example.org/"_s << u"https://example.org"_s << true;
    QTest::addRow("https default port")
        << u"https://example.org:443/a"_s << u"https://example.org/a"_s << true;
    QTest::addRow("http default port") << u"http://example.org:80/a"_s << u"http://example.org/a"_s << true;
    QTest::addRow("other port") << u"https://example.org:8443/a"_s << u"https://example.org/a"_s << false;
    QTest::addRow("port 80 on https") << u"https://example.org:80/a"_s << u"https://example.org/a"_s << false;
    QTest::addRow("port with leading zeros")
        << u"https://example.org:08443/a"_s << u"https://example.org:8443/a"_s << true;
    QTest::addRow("default port with leading zeros")
        << u"https://example.org:0443/a"_s << u"https://example.org/a"_s << true;
    QTest::addRow("normal form with a port")
        << u"https://example.org:8443/a?q=1#f"_s << u"https://Example.org:8443/a/?q=1#f"_s << true;
    QTest::addRow("scheme differs") << u"http://example.org/a"_s << u"https://example.org/a"_s << false;
    QTest::addRow("path case") << u"https://example.org/A"_s << u"https://example.org/a"_s << false;
    QTest::addRow("query differs") << u"https://example.org/a?x=1"_s << u"https://example.org/a?x=2"_s
                                   << false;
    QTest::addRow("slash before query")
        << u"https://example.org/a/?x=1"_s << u"https://example.org/a?x=1"_s << true;
    QTest::addRow("fragment before a question mark")
        << u"https://example.org/a/#x?y"_s << u"https://example.org/a#x?y"_s << true;
    QTest::addRow("question mark in the fragment")
        << u"https://example.org/a#x?y"_s << u"https://example.org/a#x"_s << false;
    QTest::addRow("character QUrl escapes")
        << u"https://example.org/a|b"_s << u"https://example.org/a%7Cb"_s << true;
    QTest::addRow("scheme in mixed case, host upper case")
        << u"hTtP://EXAMPLE.org/a"_s << u"http://example.org/a"_s << true;
    QTest::addRow("unparsable stays itself") << u"not a url"_s << u"not a url"_s << true;
}

void TestListDiagnostics::normalizedUrlKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Citewise::normalizedUrlKey(a) == Citewise::normalizedUrlKey(b), same);
}

// isNormalPlainHttpUrl() answers in one pass what the character-by-character reading of an address would:
// it never takes an address for its own key that the reading would change, and it finds every address
// the reading leaves as it is among those written in its characters (letters, digits and "-./_~").
void TestListDiagnostics::normalFormFoundInOnePass()
{
    // Pieces that reach each edge: scheme case, hosts' dots and dashes, ports, users, slashes at the
    // end, queries and fragments, upper case and characters past ASCII in the path, lengths around eight.
    static const QStringList kSchemes
        = {u"https://"_s, u"http://"_s, u"HTTPS://"_s, u"Http://"_s, u"ftp://"_s, u"https:/"_s, u""_s};
    static const QStringList kPlain = {u"a"_s, u"b7"_s, u"example"_s, u"org"_s, u"."_s, u".."_s, u"-"_s,
        u"_"_s, u"~"_s, u"/"_s, u"//"_s, u"0"_s, u"9"_s, u"articles"_s, u"x-y.z"_s};
    static const QStringList kOdd = {u":"_s, u":443"_s, u":8080"_s, u"@"_s, u"?"_s, u"?q=1"_s, u"#f"_s,
        u"%20"_s, u"A"_s, u"Z"_s, u"é"_s, u"="_s, u"&"_s, u"+"_s, u" "_s, u"|"_s, u"\u2014"_s};
    QRandomGenerator random(20261207);
    int normal = 0;
    for (int round = 0; round < 200000; ++round) {
        QString url = kSchemes.at(random.bounded(int(kSchemes.size())));
        const int pieces = random.bounded(1, 12);
        for (int k = 0; k < pieces; ++k) {
            const QStringList &from = random.bounded(8) == 0 ? kOdd : kPlain;
            url += from.at(random.bounded(int(from.size())));
        }
        QString key;
        bool hasQuery = true;
        const PlainHttpUrl read = readPlainHttpUrl(url, &key, &hasQuery);
        const bool readNormal = read == PlainHttpUrl::Normal && !hasQuery && !url.contains(u'#');
        const bool writtenPlainly
            = std::all_of(url.cbegin() + (url.indexOf(u"://"_s) + 3), url.cend(), [](QChar c) {
                  return (c >= u'a' && c <= u'z') || (c >= u'-' && c <= u'9') || c == u'_' || c == u'~';
              });
        const bool fast = isNormalPlainHttpUrl(url);
        if (fast)
            ++normal;
        QVERIFY2(!fast || readNormal, qPrintable(url));
        QVERIFY2(fast || !readNormal || !writtenPlainly || !url.startsWith(u"http"_s), qPrintable(url));
        // plainHttpUrlKey() gives what the reading gives.
        QString keyAgain;
        bool hasQueryAgain = true;
        QCOMPARE(plainHttpUrlKey(url, &keyAgain, &hasQueryAgain), read);
        QCOMPARE(keyAgain, key);
        if (read != PlainHttpUrl::Unusual)
            QCOMPARE(hasQueryAgain, hasQuery);
    }
    QVERIFY2(normal > 5000, qPrintable(QString::number(normal)));
}

QTEST_GUILESS_MAIN(TestListDiagnostics)
#include "tst_listdiagnostics.moc"
