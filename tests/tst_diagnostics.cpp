// Checks analyseArticle(): every diagnostic code on text that shows it, exact positions, and silence on
// clean articles. The reference list's own findings and how addresses are read: tst_listdiagnostics.
#include "analyser.h"
#include "articleio.h"
#include "diagnostic.h"
#include "diagnosticstestutil.h"
#include "renumber.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(CITEWISE_FIXTURES_DIR "/diagnostics/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// "code@line:column", compact enough to compare whole lists and readable when a comparison fails.
QStringList summary(const QList<Diagnostic> &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out.append(u"%1@%2:%3"_s.arg(d.code).arg(d.line).arg(d.column));
    return out;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void cleanFixtures_data();
    void cleanFixtures();
    void seedLikeArticle();
    void problemsFixture();
    void largeReferenceNumbers();
    void orderAndGapsAreToldApart();
    void backwardsRangeSaysSo();
    void unreadLocatorSaysWhich();
    void fullStopAndIntervals();
    void codeIndexSaysSo();
    void sameEntryTwiceSaysSo();
    void markerLinkedElsewhereSaysSo();
    void danglingRangeNamesRuns();
    void datesAndSpansOfYears();
    void codes_data();
    void onlyCodeBlocksLeftOpenAreReported();
    void codes();
    void invalidEncoding();
    void invalidUtf16();
    void wellFormed_data();
    void wellFormed();
    void differentAddressesAreNoDuplicates();
    void severityNames();
    void largeArticle();
    void countsOfAllMarkers();
};

void TestDiagnostics::cleanFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("plain") << u"clean.txt"_s;
    QTest::addRow("markdown, dotted entries, continuation") << u"clean-markdown.txt"_s;
    QTest::addRow("crlf, colon entries") << u"clean-crlf.txt"_s;
}

void TestDiagnostics::cleanFixtures()
{
    QFETCH(QString, file);
    const Article article = readArticle(fixture(file));
    QVERIFY(!article.citations.isEmpty());
    QCOMPARE(summary(analyseArticle(article)), QStringList());
}

void TestDiagnostics::seedLikeArticle()
{
    const Article article = readArticle(fixture(u"seedlike.txt"_s));
    const QList<Diagnostic> diagnostics = analyseArticle(article);
    QCOMPARE(summary(diagnostics), QStringList({u"citation-order@4:86"_s, u"unused-reference@8:1"_s}));
    QCOMPARE(article.view(diagnostics.at(0).span), u"3");
    QCOMPARE(diagnostics.at(0).severity, Diagnostic::Severity::Warning);
    QCOMPARE(diagnostics.at(1).referenceIndex, 1);
    QCOMPARE(diagnostics.at(1).severity, Diagnostic::Severity::Warning);
}

void TestDiagnostics::problemsFixture()
{
    const QList<Diagnostic> diagnostics = analyseArticle(readArticle(fixture(u"problems.txt"_s)));
    const QStringList expected = {
        u"dangling-citation@2:32"_s,
        u"malformed-citation@2:43"_s,
        u"number-out-of-range@3:14"_s,
        u"citation-order@3:40"_s,
        u"unused-reference@6:1"_s,
        u"duplicate-url@6:5"_s,
        u"duplicate-reference-number@7:2"_s,
        u"malformed-reference@8:1"_s,
        u"malformed-reference@9:1"_s,
        u"unused-reference@10:1"_s,
        u"invalid-url@10:5"_s,
        u"unused-reference@11:1"_s,
        u"invalid-url@11:5"_s,
        u"number-out-of-range@12:2"_s,
    };
    QCOMPARE(summary(diagnostics), expected);
}

// Numbers far apart (years, identifiers) are checked as small ones are: first uses in order, entries
// never cited, dangling markers.
void TestDiagnostics::largeReferenceNumbers()
{
    const Article article = parseArticle(
        u"T\nA [2024] then [7] and [1999999] and [5].\nReferences\n[7] https://a.example/\n"
        "[2024] https://b.example/\n[1999999] https://c.example/\n[88] https://d.example/\n"_s);
    QCOMPARE(summary(analyseArticle(article)),
        QStringList({u"citation-order@2:4"_s, u"dangling-citation@2:38"_s, u"unused-reference@7:1"_s}));
}

void TestDiagnostics::codes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<Diagnostic::Severity>("severity");

    const auto E = Diagnostic::Severity::Error;
    const auto W = Diagnostic::Severity::Warning;
    QTest::addRow("dangling single") << u"T\nA [1] B [2].\nReferences\n[1] https://a.example/\n"_s
                                     << u"dangling-citation"_s << 2 << 10 << E;
    // A list of its own in the body ("Sources:" under each part of a digest): its entry lines are told
    // apart from markers with no entry. Markers in the text that cite them are still dangling.
    // A list under a loose word after the reference list is no list of sources of its own (see
    // otherListsAreSources()): its entry lines are told apart from markers with no entry, and markers in
    // the text that cite them are still dangling.
    const QString notes = u"T\nA [1].\nB [2].\nReferences\n[1] https://a.example/\n\n## More\nNotes:\n"
                          "[2] https://b.example/\n"_s;
    QTest::addRow("entry outside the list") << notes << u"entry-outside-list"_s << 9 << 1 << W;
    QTest::addRow("marker citing an entry outside the list")
        << notes << u"dangling-citation"_s << 3 << 4 << E;
    QTest::addRow("bulleted entry outside the list")
        << u"T\nA [1].\n\n- [2] https://b.example/\nReferences\n[1] https://a.example/\n"_s
        << u"entry-outside-list"_s << 4 << 3 << W;
    QTest::addRow("quoted entry outside the list")
        << u"T\nA [1].\n\n> [2]: https://b.example/ Old list\nReferences\n[1] https://a.example/\n"_s
        << u"entry-outside-list"_s << 4 << 3 << W;
    // With an entry of its number in the list too: not dangling, but renumbering refuses to rewrite it,
    // and lint says so.
    QTest::addRow("link definition above the list")
        << u"T\nA [2] B [1].\n\n[1]: https://early.example/\n\nReferences\n[1] https://a.example/\n"
           "[2] https://b.example/\n"_s
        << u"entry-outside-list"_s << 4 << 1 << W;
    QTest::addRow("marker before an address is no entry")
        << u"T\nA [1].\n\nSee [2] at https://b.example/\nReferences\n[1] https://a.example/\n"_s
        << u"dangling-citation"_s << 4 << 6 << E;
    QTest::addRow("dangling inside a list")
        << u"T\nA [1, 4].\nReferences\n[1] https://a.example/\n"_s << u"dangling-citation"_s << 2 << 7 << E;
    QTest::addRow("dangling inside a range")
        << u"T\nA [1-2].\nReferences\n[1] https://a.example/\n"_s << u"dangling-citation"_s << 2 << 3 << E;
    QTest::addRow("unused") << u"T\nA [1].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
                            << u"unused-reference"_s << 5 << 1 << W;
    QTest::addRow("duplicate number")
        << u"T\nA [1].\nReferences\n[1] https://a.example/\n[1] https://b.example/\n"_s
        << u"duplicate-reference-number"_s << 5 << 2 << E;
    QTest::addRow("duplicate url, default port and slash")
        << u"T\nA [1][2].\nReferences\n[1] http://A.Example:80/x/\n[2] http://a.example/x\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("entry without url") << u"T\nA [1].\nReferences\n[1] Interview with the mayor\n"_s
                                       << u"malformed-reference"_s << 4 << 1 << E;
    // Two entries on one line: the line is named, at the second one, and its number is not read.
    QTest::addRow("two entries on one line")
        << u"T\nA [2].\nReferences:\n[1] https://a.example/1 [2] https://a.example/2\n"_s
        << u"malformed-reference"_s << 4 << 25 << E;
    QTest::addRow("two entries on one line, joined by a line break tag")
        << u"T\nA [2].\nReferences:\n[1] https://a.example/1<br>[2] https://a.example/2\n"_s
        << u"malformed-reference"_s << 4 << 28 << E;
    QTest::addRow("stray line")
        << u"T\nA [1][2].\nReferences\n[1] https://a.example/\nsee also the appendix\n[2] https://b.example/\n"_s
        << u"malformed-reference"_s << 5 << 1 << E;
    QTest::addRow("entry in a form no reader reads, before the first entry")
        << u"T\nA [1][2].\nReferences\n#2 https://b.example/\n[1] https://a.example/\n"_s
        << u"malformed-reference"_s << 4 << 1 << E;
    QTest::addRow("numbered line before the first entry")
        << u"T\nA [1][2].\nReferences\n2 see https://b.example/\n[1] https://a.example/\n"_s
        << u"malformed-reference"_s << 4 << 1 << E;
    // A list copied from a wiki's page: its entries lost their numbers, and none is read.
    QTest::addRow("no line under the header reads as an entry")
        << u"T\nA [1].\nReferences[edit]\n^ \"Title\". https://a.example/\n"_s << u"malformed-reference"_s
        << 4 << 1 << E;
    // A table of sources, under its header row and the row of dashes.
    QTest::addRow("no line under the header reads as an entry, a table of sources")
        << u"T\nA [1] B [2].\n## Sources\n\n| # | Outlet | Link |\n|---|---|---|\n"
           "| 1 | Reuters | https://a.example/one |\n| 2 | CNBC | https://b.example/two |\n"_s
        << u"malformed-reference"_s << 7 << 1 << E;
    // Sources as an assistant lists them, a bullet for each link and no number.
    QTest::addRow("no line under the header reads as an entry, links in bullets")
        << u"T\nA [1] B [2].\nSources:\n- [Reuters \u2013 Lithium](https://a.example/one)\n"
           "- [Bloomberg](https://b.example/two)\n"_s
        << u"malformed-reference"_s << 4 << 1 << E;
    // Nothing cited by a marker read: the list under the header is still named, as the reason nothing is.
    QTest::addRow("no line under the header reads as an entry, no marker read")
        << u"T\nIt grew 35%\uff3b1\uff3d.\n\u53c2\u8003\u8d44\u6599\uff1a\n\uff3b1\uff3dhttps://a.example/one\n"_s
        << u"malformed-reference"_s << 4 << 1 << E;
    QTest::addRow("url without host")
        << u"T\nA [1].\nReferences\n[1] https://\n"_s << u"invalid-url"_s << 4 << 5 << E;
    QTest::addRow("empty label in a host")
        << u"T\nA [1].\nReferences\n[1] https://example..com/d\n"_s << u"invalid-url"_s << 4 << 5 << E;
    // The host is read eight characters at a time: two dots within eight, across two eights, and after.
    for (const QString &host : {u"a..bcdefghij.example.org"_s, u"abcdefg..hijklmn.example.org"_s, u"ab..c"_s})
        QTest::addRow("empty label in %s", qPrintable(host))
            << u"T\nA [1].\nReferences\n[1] https://%1/d\n"_s.arg(host) << u"invalid-url"_s << 4 << 5 << E;
    QTest::addRow("port out of range")
        << u"T\nA [1].\nReferences\n[1] https://example.com:99999/f\n"_s << u"invalid-url"_s << 4 << 5 << E;
    QTest::addRow("invisible character in an address")
        << u"T\nA [1].\nReferences\n[1] https://www.example.com/a\u202egpj.exe\n"_s << u"invalid-url"_s << 4
        << 5 << E;
    // A control character (an escape sequence pasted from a terminal) would drive the terminal it is
    // printed on.
    QTest::addRow("control character in an address")
        << u"T\nA [1].\nReferences\n[1] https://b.example/\u001b[0m\n"_s << u"invalid-url"_s << 4 << 5 << E;
    QTest::addRow("zero-width space in an address")
        << u"T\nA [1].\nReferences\n[1] https://exa\u200bmple.com/\n"_s << u"invalid-url"_s << 4 << 5 << E;
    QTest::addRow("the same address, with and without its scheme")
        << u"T\nA [1][2].\nReferences\n[1] www.a.example/x\n[2] http://www.a.example/x\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    // Chat assistants print long addresses shortened for show: they lead elsewhere or nowhere.
    QTest::addRow("address cut short with an ellipsis")
        << u"T\nA [1].\nReferences\n[1] https://a.example/very-long-artic\u2026\n"_s << u"truncated-url"_s
        << 4 << 5 << W;
    QTest::addRow("address cut short with three dots")
        << u"T\nA [1].\nReferences\n[1] Title https://a.example/very-long-artic...\n"_s << u"truncated-url"_s
        << 4 << 11 << W;
    // A DOI is one source whichever resolver or case it is written in.
    QTest::addRow("the same DOI, through another resolver and in another case")
        << u"T\nA [1][2].\nReferences\n[1] doi: 10.1109/MSP.2020.2975749\n"
           u"[2] https://dx.doi.org/10.1109/msp.2020.2975749\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("the same DOI, the first through a resolver in upper case")
        << u"T\nA [1][2].\nReferences\n[1] HTTPS://WWW.DOI.ORG/10.1109/MSP.2020.2975749\n"
           u"[2] doi:10.1109/msp.2020.2975749\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("the same DOI, the first through a resolver written without its scheme")
        << u"T\nA [1][2].\nReferences\n[1] Smith. dx.doi.org/10.1000/ABC\n[2] https://doi.org/10.1000/abc\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("the same address, first written in normal form")
        << u"T\nA [1][2].\nReferences\n[1] https://a.example/x\n[2] HTTPS://A.example:443/x/\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    // One page, whether reached over http or https, and whatever a shared link's tracking says.
    QTest::addRow("the same address over http and https")
        << u"T\nA [1][2].\nReferences\n[1] https://a.example/x\n[2] http://a.example/x\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("the same address without its scheme and over https")
        << u"T\nA [1][2].\nReferences\n[1] https://www.a.example/x\n[2] www.a.example/x\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("the same address with tracking parameters")
        << u"T\nA [1][2].\nReferences\n[1] https://a.example/x?id=3\n"
           "[2] https://a.example/x?utm_source=tw&id=3&fbclid=Ab1\n"_s
        << u"duplicate-url"_s << 5 << 5 << W;
    QTest::addRow("non-web scheme") << u"T\nA [1].\nReferences\n[1] ftp://files.example/a.pdf\n"_s
                                    << u"invalid-url"_s << 4 << 5 << W;
    QTest::addRow("marker number zero") << u"T\nA [0] [1].\nReferences\n[1] https://a.example/\n"_s
                                        << u"number-out-of-range"_s << 2 << 4 << E;
    QTest::addRow("marker beyond int") << u"T\nA [1] [2147483648].\nReferences\n[1] https://a.example/\n"_s
                                       << u"number-out-of-range"_s << 2 << 8 << E;
    QTest::addRow("marker beyond qint64")
        << u"T\nA [1] [99999999999999999999999].\nReferences\n[1] https://a.example/\n"_s
        << u"number-out-of-range"_s << 2 << 8 << E;
    QTest::addRow("reference number zero")
        << u"T\nA [1].\nReferences\n[1] https://a.example/\n[0] https://b.example/\n"_s
        << u"number-out-of-range"_s << 5 << 2 << E;
    QTest::addRow("no references section")
        << u"T\nText [1] more [2].\n"_s << u"missing-references-section"_s << 2 << 6 << E;
    QTest::addRow("order, first out of order use")
        << u"T\nA [1] B [3] C [2] D [3].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"
           "[3] https://c.example/\n"_s
        << u"citation-order"_s << 2 << 10 << W;
    QTest::addRow("order, cluster")
        << u"T\nA [2][1].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"citation-order"_s << 2 << 4 << W;
    QTest::addRow("malformed marker, double comma")
        << u"T\nA [1,,2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 3 << W;
    QTest::addRow("a year in brackets")
        << u"T\nUber BV v Aslam [2021] UKSC 5 held it [1].\nReferences\n[1] https://a.example/\n"_s
        << u"bracketed-year"_s << 2 << 17 << W;
    QTest::addRow("a year's number where entries run past 999")
        << u"T\nA [2021] B [1].\nReferences\n[1] https://a.example/\n[1000] https://b.example/\n"_s
        << u"dangling-citation"_s << 2 << 4 << E;
    QTest::addRow("a Markdown footnote")
        << u"T\nA [1] and B.[^2]\nReferences\n[1] https://a.example/\n\n[^2]: https://b.example/\n"_s
        << u"footnote-marker"_s << 2 << 13 << W;
    // Perplexity's export numbers footnotes by answer and source, and gives no reference list.
    QTest::addRow("a Markdown footnote numbered by answer and source")
        << u"# T\n\nHeat pumps move heat[^1_1][^1_2].\n\n[^1_1]: https://a.example/\n\n[^1_2]: https://b.example/\n"_s
        << u"footnote-marker"_s << 3 << 21 << W;
    QTest::addRow("malformed marker, broken across lines")
        << u"T\nA [1] B [2,\n1] C.\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 9 << W;
    QTest::addRow("malformed marker, reversed range")
        << u"T\nA [1] [2] B [3-2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 13 << W;
    QTest::addRow("dangling inside a range of a list")
        << u"T\nA [1, 2-3].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"dangling-citation"_s << 2 << 7 << E; // once for the range, at its first number
    QTest::addRow("dangling inside markers joined by a dash")
        << u"T\nA [1]–[3].\nReferences\n[1] https://a.example/\n[3] https://c.example/\n"_s
        << u"dangling-citation"_s << 2 << 3 << E;
    QTest::addRow("malformed marker, markers joined backwards")
        << u"T\nA [1] [2] B [2]–[1].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 13 << W;
    QTest::addRow("malformed marker, reversed range in a list")
        << u"T\nA [1] [2] B [1, 3-2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 13 << W;
    QTest::addRow("range too long to expand")
        << u"T\nA [2] and [1-1001].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"range-too-long"_s << 2 << 11 << W;
    QTest::addRow("code block never closed")
        << u"T\nA [1].\n```\nB [2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"unclosed-code-block"_s << 3 << 1 << W;
    QTest::addRow("code block never closed, after the list")
        << u"T\nA [1].\nReferences\n[1] https://a.example/\nMore\n  ~~~~\nx [1]\n~~~\n"_s
        << u"unclosed-code-block"_s << 6 << 3 << W;
    QTest::addRow("range too long, without a references section")
        << u"T\nA [1-5000].\n"_s << u"range-too-long"_s << 2 << 3 << W;
    QTest::addRow("zero-width space inside a marker")
        << u"T\nA [1] B [2\u200B].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 9 << W;
    QTest::addRow("word joiner before the number")
        << u"T\nA [\u20601].\nReferences\n[1] https://a.example/\n"_s << u"malformed-citation"_s << 2 << 3
        << W;
    QTest::addRow("no-break space in a list")
        << u"T\nA [1,\u00A02].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << u"malformed-citation"_s << 2 << 3 << W;
    QTest::addRow("malformed marker, indented line")
        << u"T\n    A [1] [2-].\nReferences\n[1] https://a.example/\n"_s << u"malformed-citation"_s << 2 << 11
        << W;
    QTest::addRow("malformed marker after the list")
        << u"T\nA [1].\nReferences\n[1] https://a.example/\n## More\nSee [1,].\n"_s << u"malformed-citation"_s
        << 6 << 5 << W;
}

// Sources cited 1 then 3 with no entry 2 are in order: the numbers skip one, which renumbering closes.
// With an entry 2 that is cited later, or never, [3] does come too early.
void TestDiagnostics::orderAndGapsAreToldApart()
{
    const QString head = u"T\nA [1] B [3].\nReferences\n[1] https://a.example/\n[3] https://c.example/\n"_s;
    const QList<Diagnostic> inOrder = analyseArticle(parseArticle(head));
    const Diagnostic *gap = find(inOrder, u"citation-order"_s, 2, 10);
    QVERIFY(gap);
    QVERIFY2(gap->message.contains(u"skip [2]"_s), qPrintable(gap->message));

    const QList<Diagnostic> early = analyseArticle(parseArticle(head + u"[2] https://b.example/\n"_s));
    const Diagnostic *order = find(early, u"citation-order"_s, 2, 10);
    QVERIFY(order);
    QVERIFY2(order->message.contains(u"out of order"_s), qPrintable(order->message));
}

// A range written backwards is told as such; other unreadable markers keep the general message.
void TestDiagnostics::backwardsRangeSaysSo()
{
    const QList<Diagnostic> diagnostics
        = analyseArticle(parseArticle(u"T\nA [1] [5-2] [1,,2].\nReferences\n[1] https://a.example/\n"_s));
    const Diagnostic *backwards = find(diagnostics, u"malformed-citation"_s, 2, 7);
    QVERIFY(backwards);
    QVERIFY2(backwards->message.contains(u"runs backwards"_s), qPrintable(backwards->message));
    const Diagnostic *other = find(diagnostics, u"malformed-citation"_s, 2, 13);
    QVERIFY(other);
    QVERIFY2(other->message.contains(u"cannot be read"_s), qPrintable(other->message));
}

// A bracket glued to code written as prose ("sys.argv[1]") is reported as code, naming the word.
void TestDiagnostics::codeIndexSaysSo()
{
    const QList<Diagnostic> diagnostics = analyseArticle(
        parseArticle(u"T\nA [1] uses sys.argv[1] and argv[0].\nReferences\n[1] https://a.example/\n"_s));
    const Diagnostic *index = find(diagnostics, u"malformed-citation"_s, 2, 20);
    QVERIFY(index);
    QVERIFY2(index->message.startsWith(u"“sys.argv[1]” reads as code"_s), qPrintable(index->message));
    const Diagnostic *zero = find(diagnostics, u"malformed-citation"_s, 2, 32);
    QVERIFY(zero);
    QVERIFY(!find(diagnostics, u"number-out-of-range"_s, 2, 33));
}

// A number used again for the same address (a list restated as Markdown link definitions) says that
// one of the two can go; for another address it names the line alone.
// A marker linked to an address of its own ("[1](https://…)", "[[2]](https://…)") is compared with its
// entry's: another page is reported, at the marker, naming both. The same page written otherwise (a
// trailing slash, "www.", http for https, sharing parameters, a place on the page) is no finding, nor is a
// link to a wiki's own list, nor a marker without an entry (dangling already) or without a list.
void TestDiagnostics::markerLinkedElsewhereSaysSo()
{
    const QString text
        = u"T\nA [1](https://a.example/one) and B[[2]](https://x.example/other).\n"
          "C [1](https://www.a.example/one/?utm_source=feed#part) D [[2]](http://b.example/two) "
          "E[[3]](#cite_note-3) F [4](https://d.example/) G [3] H[[1]](<https://a.example/one>).\n"
          "References\n[1] https://a.example/one\n[2] https://b.example/two\n"
          "[3] https://c.example/three\n"_s;
    const Article article = parseArticle(text);
    QCOMPARE(article.citations.size(), 8);
    QCOMPARE(std::count_if(article.citations.cbegin(), article.citations.cend(),
                 [](const Citation &c) { return c.linked; }),
        7);
    const QList<Diagnostic> diagnostics = analyseArticle(article);
    QCOMPARE(
        summary(diagnostics), QStringList({u"citation-link-mismatch@2:36"_s, u"dangling-citation@3:110"_s}));
    const Diagnostic &mismatch = diagnostics.first();
    QCOMPARE(mismatch.severity, Diagnostic::Severity::Warning);
    QCOMPARE(mismatch.referenceIndex, 1);
    QVERIFY2(mismatch.message.contains(u"https://x.example/other"_s)
            && mismatch.message.contains(u"https://b.example/two"_s),
        qPrintable(mismatch.message));

    // Without a reference list the link is the marker's only source: nothing to compare.
    QVERIFY(!summary(analyseArticle(parseArticle(u"T\nA [1](https://a.example/one).\n"_s)))
                 .join(u' ')
                 .contains(u"citation-link-mismatch"_s));
}

void TestDiagnostics::sameEntryTwiceSaysSo()
{
    const QList<Diagnostic> diagnostics = analyseArticle(parseArticle(
        u"T\nA [1] [2].\n\nSource: Conversation with Bing, 3/4/2024\n(1) Title. https://a.example/1.\n"
        "(2) Title. https://a.example/2.\n\n[1]: https://a.example/1 \"\"\n[2]: https://b.example/2 \"\"\n"_s));
    const Diagnostic *same = find(diagnostics, u"duplicate-reference-number"_s, 8, 2);
    QVERIFY(same);
    QCOMPARE(same->message,
        u"Reference number 1 is already used on line 5, for the same address: take one of the two out."_s);
    const Diagnostic *other = find(diagnostics, u"duplicate-reference-number"_s, 9, 2);
    QVERIFY(other);
    QCOMPARE(other->message, u"Reference number 2 is already used on line 6."_s);
}

// A marker with a word after its number that is no locator read ("[1, Satz 2]") is reported, and the
// message names the word and the marker to write.
void TestDiagnostics::unreadLocatorSaysWhich()
{
    const QList<Diagnostic> diagnostics = analyseArticle(parseArticle(
        u"T\nA [1, Satz 2] B [1; 2, Tafel 3] C [1, no changes].\nReferences\n[1] https://a.example/\n"
        "[2] https://b.example/\n"_s));
    const Diagnostic *satz = find(diagnostics, u"malformed-citation"_s, 2, 3);
    QVERIFY(satz);
    QVERIFY2(satz->message.contains(u"“Satz” is no locator"_s) && satz->message.contains(u"as [1] "_s),
        qPrintable(satz->message));
    const Diagnostic *tafel = find(diagnostics, u"malformed-citation"_s, 2, 17);
    QVERIFY(tafel);
    QVERIFY2(tafel->message.contains(u"as [1; 2] "_s), qPrintable(tafel->message));
    // Words without a number of their own are no attempted locator.
    QVERIFY(!find(diagnostics, u"malformed-citation"_s, 2, 35));
}

// "[1.]" is reported with the marker to write; an interval, "[0, 1]", is no attempted marker.
void TestDiagnostics::fullStopAndIntervals()
{
    const QList<Diagnostic> diagnostics = analyseArticle(
        parseArticle(u"T\nA [1.] B in [0, 1] and [0-1] C [1].\nReferences\n[1] https://a.example/\n"_s));
    QCOMPARE(summary(diagnostics), QStringList({u"malformed-citation@2:3"_s}));
    QVERIFY2(
        diagnostics.first().message.contains(u"write it as [1]."_s), qPrintable(diagnostics.first().message));

    // Examples and a range written out may be values: reported with the marker to write if they cite.
    const QList<Diagnostic> loose = analyseArticle(parseArticle(
        u"T\nRun [e.g., 3, 5] members, rate [1 to 5], in [255, 0, 0] [i.e., 2019] [1].\nReferences\n"
        "[1] https://a.example/\n"_s));
    QCOMPARE(summary(loose), QStringList({u"malformed-citation@2:5"_s, u"malformed-citation@2:32"_s}));
    QVERIFY2(loose.at(0).message.contains(u"write the words before the marker: e.g., [3, 5]."_s),
        qPrintable(loose.at(0).message));
    QVERIFY2(loose.at(1).message.contains(u"with a dash: [1\u20135]."_s), qPrintable(loose.at(1).message));
    QVERIFY(renumberCitations(parseArticle(u"T\nA [2] [e.g., 1].\nReferences\n[1] u\n[2] v\n"_s)).refused());
}

// A long range's numbers without an entry are told as runs, not one by one.
void TestDiagnostics::danglingRangeNamesRuns()
{
    const QList<Diagnostic> diagnostics
        = analyseArticle(parseArticle(u"T\nA [2-1001].\nReferences\n[1] https://a.example/\n[2] "
                                      u"https://b.example/\n[3] https://c.example/\n"
                                      "[6] https://d.example/\n"_s));
    const Diagnostic *dangling = find(diagnostics, u"dangling-citation"_s, 2, 3);
    QVERIFY(dangling);
    QVERIFY2(dangling->message.endsWith(u": 4, 5, 7\u20131001."_s), qPrintable(dangling->message));

    // A range inside a list is summed up the same way: once, at its first number, in order with the
    // list's other numbers.
    const QString list = u"References\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QList<Diagnostic> inList = analyseArticle(parseArticle(u"T\nSee [1, 3-6] and [9, 2].\n"_s + list));
    QCOMPARE(summary(inList), QStringList({u"dangling-citation@2:9"_s, u"dangling-citation@2:19"_s}));
    QVERIFY2(inList.at(0).message.endsWith(u": 3\u20136."_s), qPrintable(inList.at(0).message));
    QCOMPARE(inList.at(1).message, u"Citation [9] has no matching reference."_s);
    const QList<Diagnostic> longRange = analyseArticle(parseArticle(u"T\nSee [1, 2-1001].\n"_s + list));
    QCOMPARE(summary(longRange), QStringList({u"dangling-citation@2:9"_s}));
    QVERIFY2(longRange.at(0).message.endsWith(u": 3\u20131001."_s), qPrintable(longRange.at(0).message));
}

// A date heading a dated entry ("[2024-05-01] Update: …") is no attempted marker, and a span of years
// without entries ("[1939-1945]") reads as years, as one year does; where entries run past 999, or a
// number of the span has one, the span is a marker.
void TestDiagnostics::datesAndSpansOfYears()
{
    const QString list = u"References\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QList<Diagnostic> dated = analyseArticle(
        parseArticle(u"T\n[2024-05-01] Update [1].\nThe war years [1939-1945] and [2].\n"_s + list));
    QCOMPARE(dated.size(), 1);
    const Diagnostic *years = find(dated, u"bracketed-year"_s, 3, 15);
    QVERIFY(years);
    QVERIFY2(
        years->message.startsWith(u"[1939-1945] has no matching reference"_s), qPrintable(years->message));

    // Not dates: a month or a day out of range, digits other than a date's.
    for (const QString &bracket :
        {u"[2024-13-01]"_s, u"[2024-05-32]"_s, u"[24-05-01]"_s, u"[2024-5-1-2]"_s}) {
        const QList<Diagnostic> d
            = analyseArticle(parseArticle(u"T\nA %1 B [1] [2].\n"_s.arg(bracket) + list));
        QVERIFY2(find(d, u"malformed-citation"_s, 2, 3), qPrintable(bracket));
    }
    // A line that merely starts with a marker is no entry.
    QVERIFY(!find(analyseArticle(parseArticle(u"T\n[1] shows it, as the study says.\n"_s + list)),
        u"entry-outside-list"_s, 2, 1));
    QVERIFY(find(analyseArticle(parseArticle(
                     u"T\nA [1939-1945] [1] [2].\n"_s + list + u"[1000] https://c.example/\n"_s)),
        u"dangling-citation"_s, 2, 3));
    QVERIFY(find(analyseArticle(parseArticle(
                     u"T\nA [1999-2001] [1] [2].\n"_s + list + u"[2000] https://c.example/\n"_s)),
        u"dangling-citation"_s, 2, 3));
}

void TestDiagnostics::onlyCodeBlocksLeftOpenAreReported()
{
    const auto unclosedLines = [](const QString &text) {
        QList<int> lines;
        for (const Diagnostic &d : analyseArticle(parseArticle(text))) {
            if (d.code == u"unclosed-code-block")
                lines.append(d.line);
        }
        return lines;
    };
    const QString list = u"References\n[1] https://a.example/\n"_s;
    QCOMPARE(unclosedLines(u"T\nA [1].\n```\ncode\n```\n"_s + list), QList<int>());
    QCOMPARE(unclosedLines(u"T\nA [1].\n```\ncode\n```\n```\n"_s + list), QList<int> {6});
    QCOMPARE(unclosedLines(u"T\nA [1].\n```\n"_s + list + u"after\n```\ncode\n```\n"_s), QList<int> {3});
    QCOMPARE(unclosedLines(u"T\nA [1].\n```\n"_s + list + u"after\n```\n"_s), (QList<int> {3, 7}));
    QCOMPARE(unclosedLines(u"T\nA [1].\n```\ncode [1]\n"_s), QList<int> {3});
}

void TestDiagnostics::codes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(Diagnostic::Severity, severity);

    const QList<Diagnostic> diagnostics = analyseArticle(parseArticle(text));
    const Diagnostic *d = find(diagnostics, code, line, column);
    if (!d)
        qWarning() << "got" << summary(diagnostics);
    QVERIFY(d);
    QCOMPARE(d->severity, severity);
    QVERIFY(!d->message.isEmpty());
}

void TestDiagnostics::invalidEncoding()
{
    const Article article = readArticle(fixture(u"invalid-encoding.txt"_s));
    const QList<Diagnostic> diagnostics = analyseArticle(article);
    QCOMPARE(summary(diagnostics), QStringList({u"invalid-encoding@2:8"_s}));
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Error);
    QCOMPARE(diagnostics.first().span.length, 1);
}

// In a UTF-16 file a surrogate without its other half is reported where it stands, as an invalid
// UTF-8 byte is, and named for what the file is.
void TestDiagnostics::invalidUtf16()
{
    for (const TextEncoding encoding : {TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        for (const char16_t unit : {char16_t(0xD800), char16_t(0xDFFF)}) {
            QString text = QString::fromUtf8(fixture(u"invalid-encoding.txt"_s).replace("caf\xE9", "caf?"));
            text.replace(u"caf?"_s, u"caf"_s + QChar(unit));
            QByteArray bytes = byteOrderMark(encoding).toByteArray();
            appendUtf16(bytes, text, encoding);
            const Article article = readArticle(bytes);
            QCOMPARE(article.encoding, encoding);
            const QList<Diagnostic> diagnostics = analyseArticle(article);
            QCOMPARE(summary(diagnostics), QStringList({u"invalid-encoding@2:8"_s}));
            QCOMPARE(diagnostics.first().span.length, 1);
            QVERIFY2(
                diagnostics.first().message.contains(u"UTF-16"_s), qPrintable(diagnostics.first().message));
        }
    }
}

void TestDiagnostics::wellFormed_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"clean.txt", "clean-markdown.txt", "clean-crlf.txt", "seedlike.txt",
             "problems.txt", "no-references.txt", "invalid-encoding.txt"})
        QTest::addRow("%s", name) << QString::fromLatin1(name);
}

// Whatever the article, diagnostics are sorted, positioned inside the text and explained.
void TestDiagnostics::wellFormed()
{
    QFETCH(QString, file);
    const Article article = readArticle(fixture(file));
    const QList<Diagnostic> diagnostics = analyseArticle(article);
    qsizetype previous = -1;
    for (const Diagnostic &d : diagnostics) {
        QVERIFY(d.span.start >= previous);
        previous = d.span.start;
        QVERIFY(d.span.start >= 0 && d.span.end() <= article.text.size());
        QCOMPARE(d.line, article.lineAt(d.span.start));
        QCOMPARE(d.column, article.columnAt(d.span.start));
        QVERIFY(!d.code.isEmpty());
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.referenceIndex < article.references.size());
    }
}

// Addresses that differ in what they point to are no duplicates, however alike.
void TestDiagnostics::differentAddressesAreNoDuplicates()
{
    const QList<Diagnostic> diagnostics = analyseArticle(parseArticle(
        u"T\nA [1][2][3][4][5].\nReferences\n[1] https://a.example/x?id=3\n[2] https://a.example/x?id=4\n"
        "[3] ftp://a.example/x?id=3\n[4] https://a.example/x?utm=3\n[5] https://a.example:8080/x?id=3\n"_s));
    QVERIFY2(!summary(diagnostics).join(u' ').contains(u"duplicate-url"_s),
        qPrintable(summary(diagnostics).join(u' ')));
}

void TestDiagnostics::severityNames()
{
    QCOMPARE(severityName(Diagnostic::Severity::Error), u"error"_s);
    QCOMPARE(severityName(Diagnostic::Severity::Warning), u"warning"_s);
    QCOMPARE(severityName(Diagnostic::Severity::Info), u"info"_s);
}

// 100k markers and 20k references: a quadratic check would not finish within the ctest timeout.
// (Speed itself is measured by scripts/bench, not here.)
void TestDiagnostics::largeArticle()
{
    constexpr int kReferences = 20000;
    QString text = u"Large article\n"_s;
    for (int i = 0; i < 100000; ++i) {
        const int n = (i * 7919) % (kReferences + 50) + 1; // some numbers dangle
        text += u"Sentence %1 says something [%2], and more [%3-%4].\n"_s.arg(i).arg(n).arg(n).arg(n + 1);
    }
    text += u"References\n"_s;
    for (int i = 1; i <= kReferences; ++i)
        text += u"[%1] https://example.org/item/%2\n"_s.arg(i).arg(i % 1000 == 0 ? 1 : i);

    const Article article = parseArticle(text);
    QCOMPARE(article.citations.size(), 200000);
    QCOMPARE(article.references.size(), kReferences);
    const QList<Diagnostic> diagnostics = analyseArticle(article);
    const auto count = [&](const QString &code) {
        return std::count_if(
            diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) { return d.code == code; });
    };
    QVERIFY(count(u"dangling-citation"_s) > 0);
    QCOMPARE(count(u"duplicate-url"_s), 20); // items 1000, 2000, … 20000 all point at item/1
}

// Counting all markers at once gives what counting them one by one gives: numbers far beyond the
// others, repeated numbers, lists, ranges, unreadable ranges and numbers out of range included.
void TestDiagnostics::countsOfAllMarkers()
{
    QString text = u"T\nA [1] [1, 1] [2-4] [4-2] [0] [99999999999] [2147483647] [3000000] [7; 9].\n"_s;
    for (int i = 0; i < 300; ++i)
        text += u"[%1] [%2-%3] "_s.arg(i % 37 + 1).arg(i).arg(i + 2);
    text += u"[1-5000]\nReferences\n[1] https://a.example/\n"_s;
    const Article article = parseArticle(text);
    CitationCounts oneByOne;
    for (const Citation &citation : article.citations)
        countCitation(citation, oneByOne, 1);
    const CitationCounts all = countCitations(article.citations);
    QCOMPARE(all, oneByOne);
    // [1], [1, 1] once, nine times in the cycle, and [1-3]; [0-2] cites nothing.
    QCOMPARE(all.value(1), 1 + 1 + 9 + 1);
    QCOMPARE(all.value(2147483647), 1);
    QCOMPARE(all.value(3000000), 1);
    QVERIFY(!all.contains(0));
    QVERIFY(!all.contains(5000)); // the range is too long to count
    QCOMPARE(countCitations({}), CitationCounts());
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
