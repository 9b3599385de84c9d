// Checks analyseArticle(): every diagnostic code on text that shows it, exact positions, and silence on
// clean articles.
#include "analyser.h"
#include "articleio.h"
#include "diagnostic.h"
#include "urlsafety.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;

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

const Diagnostic *find(const QList<Diagnostic> &diagnostics, const QString &code, int line, int column)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.code == code && d.line == line && d.column == column)
            return &d;
    }
    return nullptr;
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
    void danglingRangeNamesRuns();
    void datesAndSpansOfYears();
    void listJoinedByLineBreakTagsIsNamed();
    void codes_data();
    void introductionToTheListIsNoProblem();
    void linksUnderTheHeaderCitedByNothingAreNoProblem();
    void headingsGroupingTheListAreNoProblem();
    void addressWithoutSchemeIsValid();
    void doiAndArxivIdentifiersAreAddresses();
    void onlyCodeBlocksLeftOpenAreReported();
    void listWithoutHeaderIsNamed();
    void codes();
    void invalidEncoding();
    void invalidUtf16();
    void wellFormed_data();
    void wellFormed();
    void normalizedUrlKey_data();
    void normalizedUrlKey();
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
        << u"T\nA [1][2].\nReferences\n2 https://b.example/\n[1] https://a.example/\n"_s
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
    QTest::addRow("the same address, first written in normal form")
        << u"T\nA [1][2].\nReferences\n[1] https://a.example/x\n[2] HTTPS://A.example:443/x/\n"_s
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

// A list written on one line, its entries joined by <br> as some exports write it, is not read; the
// missing section's message names the line and says what to do.
void TestDiagnostics::listJoinedByLineBreakTagsIsNamed()
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
}

// Each stretch of body closes its own code blocks: only a fence that nothing in its stretch closes is
// reported, once.
// A line that introduces the list, before its first entry, is no broken entry; one between entries is.
void TestDiagnostics::introductionToTheListIsNoProblem()
{
    const Article a = parseArticle(u"T\nA [1][2].\n## References\n\nAll addresses accessed 2025-01-10.\n\n"
                                   "[1] https://a.example/\nsee also\n[2] https://b.example/\n"_s);
    QCOMPARE(a.strayReferenceLines.size(), 2);
    const QList<Diagnostic> diagnostics = analyseArticle(a);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.constFirst().code, u"malformed-reference"_s);
    QCOMPARE(diagnostics.constFirst().line, 8);
}

// A list of links under "## References" in an article that cites nothing by number (a README's) is no
// broken reference list.
void TestDiagnostics::linksUnderTheHeaderCitedByNothingAreNoProblem()
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
void TestDiagnostics::headingsGroupingTheListAreNoProblem()
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

// "www.example.org/a" is how people write an address: it is a valid one.
void TestDiagnostics::addressWithoutSchemeIsValid()
{
    QVERIFY(analyseArticle(parseArticle(u"T\nA [1].\nReferences\n[1] www.a.example/nine\n"_s)).isEmpty());
}

// Academic lists cite by DOI or arXiv identifier: each names the address that resolves it, and the same
// work cited by identifier and by that address is one source twice.
void TestDiagnostics::doiAndArxivIdentifiersAreAddresses()
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
    // "doi:" alone, or a word that only starts so, is no address.
    QVERIFY(!analyseArticle(parseArticle(u"T\nA [1].\nReferences\n[1] Title, doi:pending\n"_s)).isEmpty());
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

// Entries that end the article with no header above them are named: the header is what is missing.
void TestDiagnostics::listWithoutHeaderIsNamed()
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

void TestDiagnostics::normalizedUrlKey_data()
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

void TestDiagnostics::normalizedUrlKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Citewise::normalizedUrlKey(a) == Citewise::normalizedUrlKey(b), same);
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
