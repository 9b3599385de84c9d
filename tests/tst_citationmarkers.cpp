// Citation markers as docs/FORMAT.md reads them: their forms, where they stand, what code hides,
// and numbers up to and past the largest.
#include "articleio.h"
#include "articleupdate.h"
#include "citationscanner.h"
#include "formattestutil.h"

#include <QTest>

using namespace Citewise;
using namespace Citewise::Test;
using namespace Qt::StringLiterals;

namespace {

QList<QList<int>> citedNumbers(const Article &a)
{
    QList<QList<int>> out;
    for (const Citation &c : a.citations)
        out.append(c.expandedNumbers());
    return out;
}

} // namespace

class TestCitationMarkers : public QObject
{
    Q_OBJECT

private slots:
    void markers_data();
    void markers();
    void citationsMovedOntoEachOther();
    void whatAMarkerCites();
    void markerPositions();
    void codeFences_data();
    void codeFences();
    void hugeNumbers();
    void digitsUpToOverflow();
};

void TestCitationMarkers::markers_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QList<QList<int>>>("expected");

    using L = QList<QList<int>>;
    QTest::addRow("single") << u"Text [1]."_s << L {{1}};
    QTest::addRow("cluster") << u"Text [1][2]."_s << L {{1}, {2}};
    QTest::addRow("list") << u"Text [1, 3]."_s << L {{1, 3}};
    QTest::addRow("semicolon list") << u"Text [1; 3]."_s << L {{1, 3}};
    QTest::addRow("range") << u"Text [2-4]."_s << L {{2, 3, 4}};
    QTest::addRow("en dash range") << u"Text [2–4]."_s << L {{2, 3, 4}};
    QTest::addRow("inner spaces") << u"Text [ 2 ] and [2 - 3]."_s << L {{2}, {2, 3}};
    QTest::addRow("sic") << u"Text [sic] here."_s << L {};
    QTest::addRow("citation needed") << u"Text [citation needed]."_s << L {};
    QTest::addRow("empty brackets") << u"Text []."_s << L {};
    QTest::addRow("negative") << u"Text [-1]."_s << L {};
    QTest::addRow("url with brackets") << u"See https://example.org/a[1]/b[2] now [3]."_s << L {{3}};
    QTest::addRow("www url") << u"See www.example.org/x[1] [2] www.example.org/y[3]z."_s << L {{1}, {2}};
    // A full stop ends the sentence and the address with it, as in "... at https://…/data.[1]".
    QTest::addRow("marker after an address that ends a sentence")
        << u"At https://e.example/set.[1] and https://e.example/b,[2][3] but https://e.example/?a.[4]=1 "
           u"https://e.example/x.[5]y www.census.gov[6] (see https://c.example/d.[7]) https://c.example/e.[8],[9]."_s
        << L {{1}, {2}, {3}, {6}, {7}, {8}, {9}};
    // A mark after the bracket ends the address only where white space or the line's end follows it.
    QTest::addRow("a bracket inside an address before a mark")
        << u"https://x.example/chart[1].png https://x.example/i[2]?x=1 https://x.example/i[3],b "
           u"<https://x.example/i[4].png> \"https://x.example/i[5].png\" https://x.example/j[6]). Then"_s
        << L {{6}};
    QTest::addRow("a query's value in brackets") << u"See https://x.example/s?tags=[2] now."_s << L {};
    // A link whose text is a source's number cites it (assistants export answers so); other links cite
    // nothing, and glued to a word it is code.
    QTest::addRow("a source's number linked to its address")
        << u"A [1](https://x.example) link."_s << L {{1}};
    QTest::addRow("numbers linked with a title or parentheses")
        << u"[1](https://x.example \"T\") [2](<https://x.example/a b>) [3](https://x.example/a_(b))"_s
        << L {{1}, {2}, {3}};
    QTest::addRow("markdown links")
        << u"[see](https://x.example) [1, 2](https://x.example) [1, p. 4](https://x.example) [a1](https://x.example)"_s
        << L {};
    // CommonMark reads no link where the parentheses hold words: the bracket is a marker.
    QTest::addRow("words in parentheses after a marker")
        << u"See [1](see appendix) and [3](p. 4)."_s << L {{1}, {3}};
    QTest::addRow("code") << u"handlers[1](event, data) x[1](1 + t) f[1, 2](https://x.example)"_s << L {};
    QTest::addRow("a number linked right after a word")
        << u"Rayleigh scattering[2](https://www.nasa.gov/sky) and ones[1](https://x.example)."_s
        << L {{2}, {1}};
    // An address in quotes runs to its closing quote, a bracket before that with it.
    QTest::addRow("quoted addresses ending in a bracket")
        << u"The API at \"https://api.example.org/v1/items[1]\" returns [2]; <a "
           u"href=\"https://x.example/p[1]\">a</a>, "
           "\u201chttps://x.example/q[1]\u201d and 'https://x.example/r[1]' [3] \u300chttps://x.example/s[1]\u300d"_s
        << L {{2}, {3}};
    // East Asian text writes no space after an address: a full-width mark after the marker ends the word.
    QTest::addRow("markers after an address in East Asian text")
        << u"首先[2]。见https://x.org/a然后[1][3]。https://x.org/b[4]，另见[5]。詳細はhttps://x.jp/"
           u"aを参照[6]。"
           "（https://x.org/c）[7]"_s
        << L {{2}, {1}, {3}, {4}, {5}, {6}, {7}};
    QTest::addRow("footnote") << u"A footnote [^1]."_s << L {};
    QTest::addRow("footnote by answer and source") << u"A footnote [^1_2]."_s << L {};
    QTest::addRow("inline code") << u"Code `a[1]` then [2]."_s << L {{2}};
    QTest::addRow("nested") << u"Odd [[1]] here."_s << L {{1}};
    QTest::addRow("numbers joined by and") << u"Odd [1 and 1] here."_s << L {{1, 1}};
    QTest::addRow("lists joined by words")
        << u"[1 and 2] [1, 2, and 3] [4 & 5] [1, 2 and 3] [6; and 7] [1 and] [1 or 2] [and 2]"_s
        << L {{1, 2}, {1, 2, 3}, {4, 5}, {1, 2, 3}, {6, 7}};
    QTest::addRow("lists joined by other languages' words")
        << u"[1, 2 et 3] [1 y 2] [3 und 4] [1 и 2] [1, 2-3 e 4] [5 i 6] [1 en 2] [1 o 2]"_s
        << L {{1, 2, 3}, {1, 2}, {3, 4}, {1, 2}, {1, 2, 3, 4}, {5, 6}, {1, 2}};
    QTest::addRow("other commas") << u"[2، 3] [4、5] [6，7] [1؛ 2]"_s << L {{2, 3}, {4, 5}, {6, 7}, {1, 2}};
    QTest::addRow("other dashes") << u"[1—3] [4−5] [6‐7] [8‑9] [1]—[2]"_s
                                  << L {{1, 2, 3}, {4, 5}, {6, 7}, {8, 9}, {1, 2}};
    // A locator points into the source: the marker cites its number, the rest is left as written.
    QTest::addRow("locators")
        << u"[1, p. 23] [2, pp. 4–7] [3; p. 5] [4 p. 5] [5, § 2] [1, p. 5; 2, p. 7] [6, S. 12] [2-3, p. 4]"_s
        << L {{1}, {2}, {3}, {4}, {5}, {1, 2}, {6}, {2, 3}};
    // Locators of other languages' styles and of mathematics; a letter alone before a number is a word.
    QTest::addRow("more locators")
        << u"[1, с. 12] [2, Theorem 2] [3, Lemma 3.1] [4, App. A] [5, p 12] [3 p 4] [6, Abb. 3] [7, стр. 5]"_s
        << L {{1}, {2}, {3}, {4}, {5}, {3}, {6}, {7}};
    // Words that lead a number in, a range written out, a time in a recording, a quotation's annotation
    // and a colon before the locator.
    QTest::addRow("lead-in words")
        << u"[see 1] [cf. 2] [see, e.g., 1, 2] [Ref. 3] [ref 4] [Source: 5] [see also 6] [vgl. auch 7] "
           "[Quelle 8] [Ref.3] [cf.2] [Source:2] [ref #2] [see refs. 1-3] [Quellen: 1, 2]"_s
        << L {{1}, {2}, {1, 2}, {3}, {4}, {5}, {6}, {7}, {8}, {3}, {2}, {2}, {2}, {1, 2, 3}, {1, 2}};
    // Examples may be values as well as sources, and a range written out a scale: reported, not read.
    QTest::addRow("not lead-in words")
        << u"[seed 1] [see] [see 1 2] [see1] [e.g., 3, 5] [i.e., 2] [1 to 5] [see 2 below]"_s << L {};
    QTest::addRow("times and annotations")
        << u"[1, 00:12:30] [2, 12:30] [3, t=754s] [1, emphasis added] [2, my translation] "
           "[1, p. 12; emphasis added] [2: p. 14] [3, 1:2:3:4] [4, 123:45] [1, 12:30–14:05] [3, passim] "
           "[2, italics added] [2, cleaned up] [2, t=1m30s] [2, 12:30 min] [2, ibid.] [2: 14] [2, trad. mía]"_s
        << L {{1}, {2}, {3}, {1}, {2}, {1}, {2}, {1}, {3}, {2}, {2}, {2}, {2}, {2}, {2}, {2}};
    // Mathematics' intervals cite nothing.
    QTest::addRow("intervals") << u"[0, 1] [0,1] [0-1] [0–10] [1, 2]"_s << L {{1, 2}};
    // Values rather than sources: a list holding 0.
    QTest::addRow("values") << u"[0, 1, 2] [255, 0, 0] [1 and 1] [2, 4-4]"_s << L {{1, 1}, {2, 4}};
    // Without a separator, a number points only to a page: scripture and statutes are no markers.
    QTest::addRow("no locator without a separator")
        << u"[1 Cor 13:4] [cf. 1 Cor 13:4] [2 Cor 5:17] [2 kap. 3 §] [4 p. 5] [5 § 2] [3 pp. 4-7]"_s
        << L {{4}, {5}, {3}};
    QTest::addRow("not locators") << u"[1, x. 3] [2, see 3] [1, p. 5 [2]] [1, p. 5, 2] [1, n] [1, App. AB]"_s
                                  << L {{2}, {1}};
    // Words in brackets after a number: no locator without a number of its own.
    QTest::addRow("words, not locators") << u"[1, no] [2, note that rows were dropped] [1, para-athletes] "
                                            u"[2, table of contents] [1, S. Smith] "
                                            u"[3, ch. IV] [4, no. 7]"_s
                                         << L {{3}, {4}};
    // An index in code written as prose is no marker (reported); a host, a name, a cluster or a
    // Markdown reference link glued to a marker are not code.
    QTest::addRow("code glued")
        << u"sys.argv[1] data[\"items\"][1] m[i][2] argv[0] row_counts[2] census.gov[2] Node.js[1] ref[1-2] "
           "U.S.[2] [1][2] [Google][1] report.pdf[3] annual_report.xlsx[4]"_s
        << L {{2}, {1}, {1, 2}, {2}, {1}, {2}, {1}, {3}, {4}};
    QTest::addRow("rtl around") << u"עברית [1] טקסט"_s << L {{1}};
    QTest::addRow("word prefix") << u"see ref[1-2] there"_s << L {{1, 2}};
    QTest::addRow("letters inside") << u"[1a] [a1] [1 of 2]"_s << L {};
    QTest::addRow("nine and ten digits")
        << u"Big [123456789] and [1234567890] and [0012]."_s << L {{123456789}, {1234567890}, {12}};
    QTest::addRow("list spacing") << u"[1,3] [1,  3] [1 ,3] [4, 5; 6] [7, x] [8,]"_s
                                  << L {{1, 3}, {1, 3}, {1, 3}, {4, 5, 6}};
    QTest::addRow("range spacing") << u"[2 -3] [4- 5] [6–7] [8-]"_s << L {{2, 3}, {4, 5}, {6, 7}};
    // What word processors, keyboards and input methods put for the dash.
    QTest::addRow("range dashes") << u"[1\u20142] [2\u22123] [3\u20104] [4\u20115] [5\u20126] [6\ufe637] "
                                     "[7\uff0d8] [1]\u2012[2]"_s
                                  << L {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {6, 7}, {7, 8}, {1, 2}};
    // Chinese, Japanese and Korean write a range with a tilde or a wave dash.
    QTest::addRow("range tildes") << u"[1~3] [2\uff5e3] [3\u301c4] [1, 4~5] [1]~[2] [~3] [3~]"_s
                                  << L {{1, 2, 3}, {2, 3}, {3, 4}, {1, 4, 5}, {1, 2}};
    QTest::addRow("lists holding ranges")
        << u"[1, 3-5] [2–4; 7] [ 1 - 2 , 9 ] [2, 4-4]"_s << L {{1, 3, 4, 5}, {2, 3, 4, 7}, {1, 2, 9}, {2, 4}};
    QTest::addRow("markers joined by a dash")
        << u"IEEE [1]–[3] and [4]-[5], [2]–[2], [3]–[1] (backwards: nothing)."_s
        << L {{1, 2, 3}, {4, 5}, {2}, {}};
    QTest::addRow("markers a dash apart, not a range")
        << u"[2] – [4] [1]–[x] [1]–[2](https://x.example) [1, 2]–[4] [1]–[2]–[3]"_s
        << L {{2}, {4}, {1}, {1}, {2}, {1, 2}, {4}, {1, 2}, {3}};
    QTest::addRow("markers with spaces joined by a dash")
        << u"[ 1 ]–[3] [2]-[ 4 ]"_s << L {{1, 2, 3}, {2, 3, 4}};
    // A list does not say which of its numbers a bad range spoils: such a list is no marker.
    QTest::addRow("lists holding bad ranges")
        << u"[1, 5-2] [1, 0-3] [1, 2-2000] [1-3-5] [1, 3-] [1, 3-4-]"_s << L {};
    QTest::addRow("line ends in a bracket") << u"Open [12"_s << L {};
    QTest::addRow("attached to a word")
        << u"word[3] x:[4] http://a.example/[5] http://a.example/[6]x"_s << L {{3}, {4}, {5}};
    // An address ends where the bracket or parenthesis around it closes.
    QTest::addRow("after a markdown link") << u"See [the report](https://x.example/r)[1]."_s << L {{1}};
    QTest::addRow("after an autolink")
        << u"See <https://y.example/>[2] and <www.z.example>[3]."_s << L {{2}, {3}};
    QTest::addRow("after an address in parentheses")
        << u"See (https://z.example/q)[4] and (https://w.example/a_(b))[5]."_s << L {{4}, {5}};
    // A bracketed number that ends the word ends the address: it is the marker people read there.
    QTest::addRow("parentheses inside an address") << u"https://w.example/a_(b)[6] [7]"_s << L {{6}, {7}};
    QTest::addRow("address unclosed") << u"(https://w.example/a[8] [9]"_s << L {{8}, {9}};
    QTest::addRow("two addresses in a token")
        << u"(https://a.example)(https://b.example/[1])[2] (https://b.example/x[1]y)[3]"_s
        << L {{1}, {2}, {3}};
    // Code spans as CommonMark finds them: a run of backticks closed by a run as long.
    QTest::addRow("unpaired backtick") << u"See `unclosed [2] and [1]."_s << L {{2}, {1}};
    QTest::addRow("double backticks") << u"See ``code [3] ` here`` and [1]."_s << L {{1}};
    QTest::addRow("runs of other lengths") << u"x ``` `[5]` y [6] `a`` [7]"_s << L {{6}, {7}};
    QTest::addRow("code spans in turn") << u"`x` [8] and `y` [9] ``[3]``"_s << L {{8}, {9}};
}

// Lists of more than two numbers keep them on the heap; moving one onto another (as an edit's update
// splices the citations) must free the old numbers. The leak check of `scripts/test --sanitize` sees
// it; here the numbers must arrive whole.
void TestCitationMarkers::citationsMovedOntoEachOther()
{
    const Article a = parse(u"Title\nText [1, 2, 3] and [4, 5-7] and [8].\n"_s);
    QCOMPARE(a.citations.size(), 3);
    QList<Citation> citations = a.citations;
    citations[0] = std::move(citations[1]);
    QCOMPARE(citations.at(0).expandedNumbers(), (QList<int> {4, 5, 6, 7}));
    citations[1] = std::move(citations[2]);
    QCOMPARE(citations.at(1).expandedNumbers(), (QList<int> {8}));
    citations[2] = a.citations.at(0);
    citations[2] = std::move(citations[0]);
    QCOMPARE(citations.at(2).expandedNumbers(), (QList<int> {4, 5, 6, 7}));
}

// cites() answers as expandedNumbers() would, for every form.
void TestCitationMarkers::whatAMarkerCites()
{
    const Article a = parse(u"Title\nA [2] b [1, 4] c [3-5] d [6-4] e [1, 7-8] f [0].\n"_s);
    QCOMPARE(a.citations.size(), 6);
    for (const Citation &c : a.citations) {
        const QList<int> cited = c.expandedNumbers();
        for (qint64 n = -1; n <= 9; ++n)
            QCOMPARE(c.cites(n), cited.contains(int(n)));
    }
    QVERIFY(a.citations.at(2).cites(4)); // inside the range, not written
    QVERIFY(!a.citations.at(3).cites(6)); // backwards: written, but cites nothing
    QVERIFY(!a.citations.at(5).cites(0)); // not a number that can be cited
}

void TestCitationMarkers::markers()
{
    QFETCH(QString, body);
    QFETCH(QList<QList<int>>, expected);
    const Article a = parse(u"Title\n"_s + body + u"\n"_s);
    QCOMPARE(citedNumbers(a), expected);
}

void TestCitationMarkers::codeFences_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QList<QList<int>>>("expected");
    QTest::addColumn<QList<int>>("fenceLines");
    QTest::addColumn<QList<int>>("codeLines");

    using L = QList<QList<int>>;
    using F = QList<int>;
    // Line 1 is the title: the body starts on line 2.
    QTest::addRow("backticks") << u"```\na[1]\n```\nb [2]"_s << L {{2}} << F {2, 4} << F {3};
    QTest::addRow("tildes with info") << u"~~~ cpp\na[1]\n~~~\nb [2]"_s << L {{2}} << F {2, 4} << F {3};
    QTest::addRow("backticks do not close tildes")
        << u"~~~\n```\na[1]\n~~~\nb [2]"_s << L {{2}} << F {2, 5} << F {3, 4};
    QTest::addRow("a shorter fence does not close")
        << u"````\n```\na[1]\n````\nb [2]"_s << L {{2}} << F {2, 5} << F {3, 4};
    QTest::addRow("a longer fence closes") << u"```\na[1]\n`````\nb [2]"_s << L {{2}} << F {2, 4} << F {3};
    QTest::addRow("no closing with text after")
        << u"```\na[1]\n``` x\n```\nb [2]"_s << L {{2}} << F {2, 5} << F {3, 4};
    QTest::addRow("inline code is no fence") << u"```x [1]```\nb [2]"_s << L {{2}} << F {} << F {};
    QTest::addRow("unclosed runs to the end") << u"a [1]\n```\nb [2]"_s << L {{1}} << F {3} << F {4};
    // A block left open above the reference list ends there: the lines after it are read afresh.
    QTest::addRow("unclosed ends at the reference list")
        << u"```\na[1]\nReferences:\n[1] https://a.example/\nb [1]\n```\nc[1]\n```"_s << L {{1}}
        << F {2, 7, 9} << F {3, 8};
}

void TestCitationMarkers::codeFences()
{
    QFETCH(QString, body);
    QFETCH(QList<QList<int>>, expected);
    QFETCH(QList<int>, fenceLines);
    QFETCH(QList<int>, codeLines);
    const Article a = parse(u"Title\n"_s + body + u"\n"_s);
    QCOMPARE(citedNumbers(a), expected);
    QCOMPARE(a.fenceLines, fenceLines);
    QList<int> code;
    for (int line = 1; line <= a.lines.size(); ++line) {
        if (a.isCodeLine(line))
            code.append(line);
    }
    QCOMPARE(code, codeLines);
}

void TestCitationMarkers::markerPositions()
{
    const Article a = parse(u"Title\nOne [1] two [2, 3]\n"_s);
    QCOMPARE(a.citations.size(), 2);
    const Citation &c = a.citations.at(1);
    QCOMPARE(c.line, 2);
    QCOMPARE(c.column, 13);
    QCOMPARE(a.view(c.span), u"[2, 3]");
    QCOMPARE(c.form, Citation::Form::List);
    QCOMPARE(c.numbers.size(), 2);
    QCOMPARE(a.view(c.numbers.at(1).span), u"3");

    // Columns count from the start of the line, indentation and a heading's marks included.
    const Article b = parse(u"## Title [4]\n\n    Indented [5] and [6-]\n\tTabbed [7]\n"_s);
    QCOMPARE(b.citations.size(), 3);
    QCOMPARE(b.citations.at(0).column, 10);
    QCOMPARE(b.citations.at(1).column, 14);
    QCOMPARE(b.citations.at(2).column, 9);
    QCOMPARE(b.malformedMarkers.size(), 1);
    QCOMPARE(b.malformedMarkers.at(0).column, 22);
    for (const Citation &marker : b.citations)
        QCOMPARE(marker.column, b.columnAt(marker.span.start, marker.line));

    // The same after an edit read in place.
    Article edited = b;
    const qsizetype at = edited.text.view().indexOf(u"Indented");
    updateArticle(edited, at, 0, u"Still ");
    QCOMPARE(edited.citations.at(1).column, 20);
    QCOMPARE(edited.malformedMarkers.at(0).column, 28);
}

void TestCitationMarkers::hugeNumbers()
{
    const Article a = readArticle(readFile(fixture(u"huge-numbers.txt"_s)));
    QCOMPARE(a.citations.size(), 3);
    QVERIFY(a.citations.at(0).numbers.first().outOfRange());
    QCOMPARE(a.citations.at(0).numbers.first().value, qint64(2147483648));
    QCOMPARE(a.citations.at(1).numbers.first().value, qint64(-1));
    QVERIFY(a.citations.at(1).expandedNumbers().isEmpty());
    QCOMPARE(a.references.size(), 2);
    QVERIFY(!a.references.at(1).hasValidNumber());
    // Ranges are expanded up to a limit: no hang on [1-2000000000].
    const Article r = parse(u"T\nRange [1-2000000000] here.\n"_s);
    QVERIFY(r.citations.constFirst().expandedNumbers().isEmpty());
}

// Numbers in markers are read as qint64, -1 past its largest value, at every length up to past it.
void TestCitationMarkers::digitsUpToOverflow()
{
    const QString largest = QString::number(std::numeric_limits<qint64>::max());
    QStringList numbers = {u"0"_s, u"7"_s, u"0000000000000000000000012"_s, largest,
        QString::number(std::numeric_limits<qint64>::max() - 1), u"9223372036854775808"_s,
        u"9223372036854775810"_s, u"99999999999999999999"_s, u"123456789012345678"_s,
        u"1234567890123456789"_s, u"12345678901234567890"_s};
    for (int length = 1; length <= 22; ++length)
        numbers.append(QString(length, u'9'));
    for (const QString &digits : std::as_const(numbers)) {
        bool ok = false;
        const qint64 expected = digits.toLongLong(&ok);
        for (const QString &after : {QString(), u"]"_s, u"x"_s}) {
            const QString text = u"["_s + digits + after;
            qsizetype pos = 1;
            qint64 value = 0;
            QVERIFY(readDigits(text, pos, value));
            QCOMPARE(pos, 1 + digits.size());
            QCOMPARE(value, ok ? expected : -1);
        }
        // The marker scanner reads short numbers itself: every length reads the same there. (A list
        // holding 0 gives values, no marker.)
        for (const QString &marker : {u"["_s + digits + u"]"_s, u"[1, "_s + digits + u"]"_s}) {
            QList<Citation> found;
            scanCitations(marker, 10, 1, found);
            if (ok && expected == 0 && marker.startsWith(u"[1, "_s)) {
                QVERIFY(found.isEmpty());
                continue;
            }
            QCOMPARE(found.size(), 1);
            const CitationNumber &number = found.constFirst().numbers.last();
            QCOMPARE(number.value, ok ? expected : -1);
            QCOMPARE(number.span, (TextSpan {10 + marker.size() - 1 - digits.size(), digits.size()}));
        }
    }
    qsizetype pos = 1;
    qint64 value = 5;
    QVERIFY(!readDigits(u"[]", pos, value));
    QCOMPARE(pos, 1);
}

QTEST_GUILESS_MAIN(TestCitationMarkers)
#include "tst_citationmarkers.moc"
