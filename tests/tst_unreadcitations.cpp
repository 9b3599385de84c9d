// Checks the citations Citewise does not read as markers: plain numbers that read as citations
// (findPlainNumberCitations()), with no false alarm on the numbers prose and code write, and the
// warnings --lint gives for them and for superscripts and full-width markers (unreadCitationDiagnostics()).
#include "articleio.h"
#include "diagnostic.h"
#include "textedit.h"
#include "unreadcitations.h"
#include "unreadmarkers.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// A title, `body` from line 2, and a reference list of six entries.
QString withReferences(const QString &body)
{
    QString text = u"T\n"_s + body + u"\n\nReferences:\n"_s;
    for (int n = 1; n <= 6; ++n)
        text += u"[%1] https://a.example/%1\n"_s.arg(n);
    return text;
}

// "line:column written -> marker" for each citation found.
QStringList summary(const QList<PlainNumberCitation> &citations)
{
    QStringList out;
    for (const PlainNumberCitation &c : citations)
        out.append(u"%1:%2 %3 -> %4"_s.arg(c.line).arg(c.column).arg(c.written, c.bracketed));
    return out;
}

} // namespace

class TestUnreadCitations : public QObject
{
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void notCitations_data();
    void notCitations();
    void nothingWithoutAReferenceList();
    void lintWarnsWithLineAndColumn();
    void lintNamesEveryNumberOfASuperscript();
    void loneBacktickHidesNothing();
    void superscriptAfterTwoCapitalsIsAFootnote();
    void superscriptRangeCitesEveryNumber();
    void editorAnalysisLeavesThemOut();
    void entryCitedOnlyUnreadSaysWhere();
    void listAndMarkersAllInFullWidthBrackets();
    void listAndMarkersAllInSuperscripts();
    void assistantExport();
    void superscriptsSideBySide_data();
    void superscriptsSideBySide();
    void writtenAsMarkers();
    void writtenAsMarkersInEveryTestArticle();
};

void TestUnreadCitations::found_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("a number glued to a full stop")
        << u"Funding grew.1 However, it fell."_s << QStringList {u"2:14 grew.1 -> [1]"_s};
    QTest::addRow("after a list of authors")
        << u"As Smith et al.2 found, it fell."_s << QStringList {u"2:16 al.2 -> [2]"_s};
    QTest::addRow("a list at the end of a line")
        << u"Doubts about its viability.2,3"_s << QStringList {u"2:28 viability.2,3 -> [2, 3]"_s};
    QTest::addRow("a number glued to a comma")
        << u"Cells entered production,2 while prices fell.1 Then."_s
        << QStringList {u"2:26 production,2 -> [2]"_s, u"2:46 fell.1 -> [1]"_s};
    QTest::addRow("a list glued to a comma")
        << u"It rose,2,3 then fell."_s << QStringList {u"2:9 rose,2,3 -> [2, 3]"_s};
    QTest::addRow("a range") << u"Costs rose.2\u20134 Then fell."_s
                             << QStringList {u"2:12 rose.2\u20134 -> [2\u20134]"_s};
    QTest::addRow("after a percent sign")
        << u"Energy is 25\u201330%.4 Yet it fell."_s << QStringList {u"2:18 25\u201330%.4 -> [4]"_s};
    QTest::addRow("after a closing quote") << u"They called it \u201Cover\u201D.5 Since then."_s
                                           << QStringList {u"2:23 \u201Cover\u201D.5 -> [5]"_s};
    QTest::addRow("before a no-break space")
        << u"It grew.4\u00A0Then."_s << QStringList {u"2:9 grew.4 -> [4]"_s};
    QTest::addRow("in parentheses, Vancouver style")
        << u"Events fell in adults over 75 (2). The effect is smaller (1,3). A review (1, 3); more (2-4): yes"_s
        << QStringList {u"2:31 (2) -> [2]"_s, u"2:58 (1,3) -> [1, 3]"_s, u"2:74 (1, 3) -> [1, 3]"_s,
               u"2:87 (2-4) -> [2\u20134]"_s};
    QTest::addRow("in parentheses at the end of a line")
        << u"Events fell in adults over 75 (6)"_s << QStringList {u"2:31 (6) -> [6]"_s};
    QTest::addRow("on an indented line of prose")
        << u"Above.\n  It grew.3 Then."_s << QStringList {u"3:11 grew.3 -> [3]"_s};
    // A backtick that nothing closes on its line is an ordinary one and hides nothing after it.
    QTest::addRow("after a lone backtick") << u"Press the ` key (2). Settings persist.3 Then."_s
                                           << QStringList {u"2:17 (2) -> [2]"_s, u"2:39 persist.3 -> [3]"_s};
    QTest::addRow("after an apostrophe typed as a backtick")
        << u"The company`s revenue grew.4 Then (5)."_s
        << QStringList {u"2:28 grew.4 -> [4]"_s, u"2:35 (5) -> [5]"_s};
    QTest::addRow("after a span of two backticks holding one")
        << u"Run ``a`b`` and it grew.5 Then."_s << QStringList {u"2:25 grew.5 -> [5]"_s};
    // Brackets holding a source's number among words or letters no marker reads.
    QTest::addRow("in brackets with words after a comma")
        << u"Known [1, and references therein]; also [3, Appendix] and [2, in press]."_s
        << QStringList {u"2:7 [1, and references therein] -> [1]"_s, u"2:41 [3, Appendix] -> [3]"_s,
               u"2:59 [2, in press] -> [2]"_s};
    QTest::addRow("in brackets with a letter or a parenthesis")
        << u"Parts [2a] and [3 (p. 5)]."_s << QStringList {u"2:7 [2a] -> [2]"_s, u"2:16 [3 (p. 5)] -> [3]"_s};
    QTest::addRow("in brackets after a section's or a page's number")
        << u"See [1, 3.1] and [2, 14f.]."_s
        << QStringList {u"2:5 [1, 3.1] -> [1]"_s, u"2:18 [2, 14f.] -> [2]"_s};
    QTest::addRow("in brackets with a list and words")
        << u"Shown [2, 3 and references therein]."_s
        << QStringList {u"2:7 [2, 3 and references therein] -> [2, 3]"_s};
    QTest::addRow("in brackets after a note's word")
        << u"As in [n. 4], [#4] and [ibid. 2]."_s
        << QStringList {u"2:7 [n. 4] -> [4]"_s, u"2:15 [#4] -> [4]"_s, u"2:24 [ibid. 2] -> [2]"_s};
}

void TestUnreadCitations::found()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    QCOMPARE(summary(findPlainNumberCitations(parseArticle(withReferences(body)))), expected);
}

void TestUnreadCitations::notCitations_data()
{
    QTest::addColumn<QString>("body");

    QTest::addRow("decimals and versions") << u"It is 3.5 and 2020.1 and v2.1 and Python 3.12 now."_s;
    QTest::addRow("section numbers") << u"## 2. Results\nSee section 4.2 and 1.3.2 below."_s;
    QTest::addRow("abbreviations") << u"See Fig.1 and No.2 and Vol.3, p.4, Eq.5 and Jan.6 too."_s;
    QTest::addRow("abbreviations in other languages")
        << u"Gem\u00E4\u00DF Art.6 Abs.1 lit. f, Aufl.2, Anm.4 und Ziff.5. Ver p\u00E1g.5 y n\u00FAm.4. "
           "Art. 3 al.2 du code. Dept.5 of Suppl.6."_s;
    QTest::addRow("initials") << u"Appendix A.1 and the U.S.2 and e.g.3 here."_s;
    QTest::addRow("addresses and files")
        << u"Visit example.com/a.2 or www.site.3 or ann@mail.4 or C:\\dir\\file.5 now."_s;
    QTest::addRow("a number no entry has") << u"It grew.9 More (7)."_s;
    QTest::addRow("numbers after a comma that closes no word")
        << u"In 2019,2 million left; points a,2 and Fig,4 and example.com,3 or it,5x here."_s;
    QTest::addRow("a leading zero") << u"It grew.01 and (03)."_s;
    QTest::addRow("followed by a letter or a stop") << u"It grew.1a and grew.1. Then.2x"_s;
    QTest::addRow("an enumeration") << u"Two aims: (1) first, (2) second, and (3) third."_s;
    QTest::addRow("numbered items")
        << u"Steps (1), (2) and (3). Combine equation (2). See Fig. (4). Items (1),(2),(3). See Table.2."_s;
    QTest::addRow("parentheses glued to a word") << u"The scores(2). The call f(1)."_s;
    QTest::addRow("a year in parentheses") << u"Reported in (2019)."_s;
    QTest::addRow("inline code") << u"Run `total.1 x` and `f (2).` now."_s;
    QTest::addRow("inline code between runs of two backticks")
        << u"It reads ``total (2).`` and ``it.3 a`b``."_s;
    QTest::addRow("a fenced code block") << u"```\nit.2 ok and (3).\n```"_s;
    QTest::addRow("an indented code block") << u"Above.\n\n    it.2 ok and (3).\n"_s;
    // Superscripts and full-width brackets are code there too.
    QTest::addRow("superscripts and full-width brackets in inline code")
        << u"Write `risk\u00B9` and ``a ` \uFF3B2\uFF3D`` and `\u30103\u3011` and `<sup>4</sup>` here."_s;
    QTest::addRow("superscripts and full-width brackets in a fenced code block")
        << u"```\nrisk.\u00B9 \uFF3B2\uFF3D <sup>3</sup>\n```"_s;
    QTest::addRow("superscripts and full-width brackets in an indented code block")
        << u"Above.\n\n    area = r\u00B9 and \uFF3B2\uFF3D and <sup>3</sup>\n"_s;
    QTest::addRow("markers") << u"It grew [1]. Then [2, 3]."_s;
    QTest::addRow("brackets that cite nothing")
        << u"A [2 min read] piece, [Step 2], [3 items], [2.1], [1, 2] and [2b](https://x.example/)."_s;
    QTest::addRow("a wiki page's explanatory notes") << u"Fought in 1066.[note 1] Or [Note 2]."_s;
    QTest::addRow("brackets in a word or an address")
        << u"An index x[1a], a call f([2, n]) and https://x.example/q?[2, a] here."_s;
    QTest::addRow("brackets in inline code") << u"Write `[2a]` and `[1, and more]` here."_s;
}

void TestUnreadCitations::notCitations()
{
    QFETCH(QString, body);
    const Article article = parseArticle(withReferences(body));
    QCOMPARE(summary(findPlainNumberCitations(article)), QStringList());
    QCOMPARE(unreadCitationDiagnostics(article), QList<Diagnostic>());
}

// Without a list, numbers name no entry: nothing is looked for.
void TestUnreadCitations::nothingWithoutAReferenceList()
{
    const Article article = parseArticle(u"T\nIt grew.1 Then (2). Risk.\u00B9\n"_s);
    QVERIFY(findPlainNumberCitations(article).isEmpty());
    QVERIFY(unreadCitationDiagnostics(article).isEmpty());
}

// Each form not read is a warning at its line and column, saying how to write it.
void TestUnreadCitations::lintWarnsWithLineAndColumn()
{
    const Article article
        = parseArticle(withReferences(u"Risk rose.\u00B9 China \u30102\u3011 and \u30103\u2020source\u3011.\n"
                                      "It grew.4 Then (5). Not 10\u00B3 t nor \u30102024\u3011."_s));
    QStringList found;
    for (const Diagnostic &d : unreadCitationDiagnostics(article)) {
        QCOMPARE(d.code, u"unread-citation"_s);
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        found.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(d.message));
    }
    QCOMPARE(found.size(), 5);
    const QStringList expected = {u"2:11 "_s, u"2:19 "_s, u"2:27 "_s, u"3:9 "_s, u"3:16 "_s};
    const QStringList markers = {u"[1]"_s, u"[2]"_s, u"[3]"_s, u"[4]"_s, u"[5]"_s};
    for (qsizetype i = 0; i < found.size(); ++i) {
        QVERIFY2(found.at(i).startsWith(expected.at(i)), qPrintable(found.at(i)));
        QVERIFY2(found.at(i).contains(u"write it as "_s + markers.at(i)), qPrintable(found.at(i)));
    }
}

// "<sup>1,2</sup>" is one finding; a superscript no entry has is none.
void TestUnreadCitations::lintNamesEveryNumberOfASuperscript()
{
    const QList<Diagnostic> found
        = unreadCitationDiagnostics(parseArticle(withReferences(u"It fell.<sup>1,2</sup> Then.\u2079"_s)));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().column, 9);
    QVERIFY2(found.first().message.contains(u"[1, 2]"_s), qPrintable(found.first().message));
}

// Every form is read after a backtick that nothing closes, as markers are.
void TestUnreadCitations::loneBacktickHidesNothing()
{
    QStringList found;
    for (const Diagnostic &d : unreadCitationDiagnostics(parseArticle(
             withReferences(u"The ` key, \uFF3B2\uFF3D and risk.\u00B3 and grew.4 Then (5)."_s))))
        found.append(u"%1:%2"_s.arg(d.line).arg(d.column));
    QCOMPARE(found, QStringList({u"2:12"_s, u"2:25"_s, u"2:36"_s, u"2:43"_s}));
}

// Two capitals are a word ("the EU²", "the US³"), not a unit: a square or a cube is read after a
// number, a letter or a unit in lower case, and in a formula.
void TestUnreadCitations::superscriptAfterTwoCapitalsIsAFootnote()
{
    QStringList found;
    for (const Diagnostic &d : unreadCitationDiagnostics(parseArticle(withReferences(
             u"Growth slowed in the EU\u00B2 and stalled in the US\u00B3. Not 5 m\u00B2, x\u00B3, "
             "A\u00B2, cm\u00B3, AB\u00B2 + BC\u00B2 = AC\u00B2 nor CO\u00B2 emissions."_s))))
        found.append(u"%1:%2"_s.arg(d.line).arg(d.column));
    QCOMPARE(found, QStringList({u"2:24"_s, u"2:47"_s}));
}

// A range in a superscript ("<sup>2–4</sup>", "¹⁻³") cites every number in it, as "rose.2–4" does; a
// superscript minus before a number makes it a power ("10⁻³").
void TestUnreadCitations::superscriptRangeCitesEveryNumber()
{
    const Article article = parseArticle(
        withReferences(u"It fell.<sup>2\u20134</sup> Then rose.\u00B9\u207B\u00B3 Not 10\u207B\u00B3 m."_s));
    QStringList found;
    for (const Diagnostic &d : unreadCitationDiagnostics(article))
        found.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(d.message.section(u": "_s, -1)));
    QCOMPARE(found, QStringList({u"2:9 write it as [2\u20134]."_s, u"2:34 write it as [1\u20133]."_s}));
    QStringList neverCited;
    for (const Diagnostic &d : lintArticle(article)) {
        if (d.code == u"unused-reference" && d.message.contains(u"never cited"_s))
            neverCited.append(QString::number(d.line));
    }
    QCOMPARE(neverCited, QStringList({u"9"_s, u"10"_s})); // entries 5 and 6
}

// The editor analyses edit by edit and must not read the whole article on every key: the warnings are
// lintArticle()'s, not analyseArticle()'s.
void TestUnreadCitations::editorAnalysisLeavesThemOut()
{
    const Article article = parseArticle(withReferences(u"It grew.4 Then [1], more (5)."_s));
    const QList<Diagnostic> analysed = analyseArticle(article);
    const QList<Diagnostic> linted = lintArticle(article);
    QVERIFY(std::none_of(analysed.cbegin(), analysed.cend(),
        [](const Diagnostic &d) { return d.code == u"unread-citation"; }));
    QCOMPARE(linted.size(), analysed.size() + 2);
    QVERIFY(std::is_sorted(linted.cbegin(), linted.cend(), reportedBefore));
}

// An entry cited only in forms not read as markers is not "never cited": lint names the first such
// citation instead; an entry no form cites keeps its message, and the editor's analysis is unchanged.
void TestUnreadCitations::entryCitedOnlyUnreadSaysWhere()
{
    const Article article = parseArticle(withReferences(
        u"It grew.4 Then [1], more (5).\nAgain \u30103\u3011 and more (5, 2).\nRisk rose.<sup>6</sup>"_s));
    QStringList unused;
    for (const Diagnostic &d : lintArticle(article)) {
        if (d.code == u"unused-reference")
            unused.append(u"%1: %2"_s.arg(d.line).arg(d.message));
    }
    const QStringList expected = {
        u"8: Reference 2 is cited only as “(5, 2)” (line 3), which is not read as a citation marker."_s,
        u"9: Reference 3 is cited only as “【3】” (line 3), which is not read as a citation marker."_s,
        u"10: Reference 4 is cited only as “grew.4” (line 2), which is not read as a citation marker."_s,
        u"11: Reference 5 is cited only as “(5)” (line 2), which is not read as a citation marker."_s,
        u"12: Reference 6 is cited only as “<sup>6</sup>” (line 4), which is not read as a citation marker."_s,
    };
    QCOMPARE(unused, expected);
    for (const Diagnostic &d : analyseArticle(article)) {
        if (d.code == u"unused-reference")
            QVERIFY2(d.message.contains(u"never cited"_s), qPrintable(d.message));
    }
}

// An article written wholly with full-width brackets, its list's entries too, has no entry read and no
// marker: lint says why, the list under its header and each marker written so, what to write instead.
void TestUnreadCitations::listAndMarkersAllInFullWidthBrackets()
{
    const QString text = u"\u7535\u52a8\u6c7d\u8f66\n"
                         "\u9500\u91cf\u589e\u957f\u4e8635\uff05\uff3b1\uff3d\u3002\u4ef7\u683c\u4e0b\u964d"
                         "\uff3b2\uff3d\u3002\n"
                         "\u53c2\u8003\u8d44\u6599\uff1a\n"
                         "\uff3b1\uff3dhttps://a.example.com/1\n"
                         "\uff3b2\uff3dhttps://a.example.com/2\n"_s;
    const Article article = parseArticle(text);
    QVERIFY(article.references.isEmpty());
    QVERIFY(article.citations.isEmpty());
    QStringList found;
    for (const Diagnostic &d : lintArticle(article))
        found.append(u"%1@%2:%3"_s.arg(d.code).arg(d.line).arg(d.column));
    const QStringList expected = {u"unread-citation@2:9"_s, u"unread-citation@2:17"_s,
        u"malformed-reference@4:1"_s, u"unread-citation@4:1"_s, u"unread-citation@5:1"_s};
    QCOMPARE(found, expected);
    const QList<Diagnostic> linted = lintArticle(article);
    QVERIFY2(linted.at(0).message.contains(u"write it as [1]"_s), qPrintable(linted.at(0).message));
    QVERIFY2(linted.at(2).message.contains(u"full-width"_s), qPrintable(linted.at(2).message));

    // Numbers in such brackets that no line of the list has name nothing ("【2024】" in a headline).
    const QList<Diagnostic> year
        = lintArticle(parseArticle(u"\u30102024\u3011 T\n"_s + text.section(u'\n', 1)));
    QCOMPARE(std::count_if(year.cbegin(), year.cend(), [](const Diagnostic &d) { return d.line == 1; }), 0);
}

// Footnotes copied as text: the markers and the list's numbers in superscript digits. As with full-width
// brackets, lint names the list and each marker; the list's numbers are no citations.
void TestUnreadCitations::listAndMarkersAllInSuperscripts()
{
    const Article article
        = parseArticle(u"Wind\nOffshore wind grew 24%.\u00B9 Floating turbines are next.\u00B2\n"
                       "References\n\u00B9 https://a.example/1\n\u00B2\thttps://a.example/2\n"
                       "\u00B3 https://a.example/3 Never cited\n"_s);
    QVERIFY(article.references.isEmpty());
    const QList<Diagnostic> linted = lintArticle(article);
    QStringList found;
    for (const Diagnostic &d : linted)
        found.append(u"%1@%2:%3"_s.arg(d.code).arg(d.line).arg(d.column));
    QCOMPARE(found,
        QStringList({u"unread-citation@2:24"_s, u"unread-citation@2:53"_s, u"malformed-reference@4:1"_s}));
    QVERIFY2(linted.at(0).message.contains(u"write it as [1]"_s), qPrintable(linted.at(0).message));
    QVERIFY2(linted.at(2).message.contains(u"superscripts, \u201c\u00B9\u201d"_s),
        qPrintable(linted.at(2).message));

    // A number squared in the list's own words is no entry's: "10² https://…" starts with no superscript.
    QCOMPARE(superscriptEntryNumber(u"\u00B9\u00B2 https://a.example/"_s), 12);
    QCOMPARE(superscriptEntryNumber(u"\u00B9https://a.example/"_s), 1);
    QCOMPARE(superscriptEntryNumber(u"\u00B2Smith, J. (2020)"_s), -1);
    QCOMPARE(superscriptEntryNumber(u"\u2070 https://a.example/"_s), -1);
    QCOMPARE(superscriptEntryNumber(u"10\u00B2 https://a.example/"_s), -1);
}

// An answer copied from Bing or Copilot: its sources under "Source: Conversation with Bing, <day>", as
// "(n) Title. URL.", cited by superscripts, side by side for two sources ("¹²"), and past 9 as "[^10^]".
// (In their Markdown, "[^1^][1]" is a link whose marker "[1]" is read: its superscript is no finding.)
void TestUnreadCitations::assistantExport()
{
    QString text
        = u"Synthetic data\n\nAcme sells test data\u00B9. Genny generates it\u00B2\u00B3, and more is on "
          "GitHub[^10^]. A link[^4^][4].\n\nSource: Conversation with Bing, 4/21/2024\n"_s;
    for (int n = 1; n <= 10; ++n)
        text += u"(%1) Page %1 | Site. https://site%1.example/page/.\n\n"_s.arg(n);
    const Article article = parseArticle(text);
    QCOMPARE(article.references.size(), 10);
    QCOMPARE(article.references.at(0).url, u"https://site1.example/page/"_s);
    QCOMPARE(article.citations.size(), 1); // "[4]"
    QStringList found;
    for (const Diagnostic &d : unreadCitationDiagnostics(article))
        found.append(u"%1:%2 %3"_s.arg(d.line).arg(d.column).arg(d.message));
    QCOMPARE(found.size(), 3);
    QVERIFY2(found.at(0).startsWith(u"3:21 \u201C\u00B9\u201D"_s), qPrintable(found.at(0)));
    QVERIFY2(found.at(0).endsWith(u"write it as [1]."_s), qPrintable(found.at(0)));
    QVERIFY2(found.at(1).startsWith(u"3:42 \u201C\u00B2\u00B3\u201D"_s), qPrintable(found.at(1)));
    QVERIFY2(found.at(1).endsWith(u"write it as [2, 3]."_s), qPrintable(found.at(1)));
    QVERIFY2(found.at(2).startsWith(u"3:67 \u201C[^10^]\u201D"_s), qPrintable(found.at(2)));
    QVERIFY2(found.at(2).endsWith(u"write it as [10]."_s), qPrintable(found.at(2)));
}

void TestUnreadCitations::superscriptsSideBySide_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("marker"); // to write; empty for no finding

    QTest::addRow("after a word") << u"It grew\u00B9\u00B2 then."_s << u"[1, 2]"_s;
    QTest::addRow("after a full stop") << u"It grew.\u00B2\u2075"_s << u"[2, 5]"_s;
    QTest::addRow("a number an entry has") << u"It grew\u00B9\u00B2 then."_s << u"[12]"_s;
    QTest::addRow("a power of ten") << u"About 10\u00B9\u00B2 joules."_s << QString();
    QTest::addRow("after a letter") << u"Take x\u00B9\u00B2 here."_s << QString();
    QTest::addRow("a digit no entry has") << u"It grew\u00B9\u2077 then."_s << QString();
    QTest::addRow("with a zero") << u"It grew\u00B9\u2070 then."_s << QString();
}

void TestUnreadCitations::superscriptsSideBySide()
{
    QFETCH(QString, body);
    QFETCH(QString, marker);
    QString text = u"T\n"_s + body + u"\n\nReferences:\n"_s;
    const int entries = QByteArray(QTest::currentDataTag()) == "a number an entry has" ? 12 : 6;
    for (int n = 1; n <= entries; ++n)
        text += u"[%1] https://a.example/%1\n"_s.arg(n);
    const QList<Diagnostic> found = unreadCitationDiagnostics(parseArticle(text));
    if (marker.isEmpty()) {
        QCOMPARE(found, QList<Diagnostic>());
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(
            found.at(0).message.endsWith(u"write it as "_s + marker + u'.'), qPrintable(found.at(0).message));
    }
}

// unreadCitationEdits() writes each one as the marker its finding names, where it stood, and the markers
// are read; what it cannot write so whole is left, and still reported.
void TestUnreadCitations::writtenAsMarkers()
{
    const QString body
        = u"Risk\u00B9 grew.2,3 Then over 75 (2). In \uFF3B4\uFF3D and <sup>5,9</sup>, "
          "as [1, and references therein] and world\u00B2\u00B3 and ^6^ and \u00B9\u207B\u00B3 \u30101\u2020source\u3011."_s;
    const QString expected = u"Risk[1] grew.[2, 3] Then over 75 [2]. In [4] and <sup>5,9</sup>, "
                             "as [1, and references therein] and world[2, 3] and [6] and [1\u20133] [1]."_s;
    const Article article = parseArticle(withReferences(body));
    qsizetype left = -1;
    const QList<TextEdit> edits = unreadCitationEdits(article, &left);
    QCOMPARE(left, 2);
    QCOMPARE(edits.size(), 8);
    const QString text = applyEdits(article.text.view(), edits);
    QCOMPARE(text, withReferences(expected));
    const Article after = parseArticle(text);
    QCOMPARE(after.citations.size(), 8);
    const QList<Diagnostic> still = unreadCitationDiagnostics(after);
    QCOMPARE(still.size(), 2);
    QVERIFY(still.at(0).message.startsWith(u"\u201C<sup>5,9</sup>\u201D"_s));
    QVERIFY(still.at(1).message.startsWith(u"\u201C[1, and references therein]\u201D"_s));
    // Glued to a word that reads as code, "[1]" would be no marker: it is written after a space.
    const Article code = parseArticle(withReferences(u"Set snake_case\u00B9 and done\u00B2."_s));
    QCOMPARE(applyEdits(code.text.view(), unreadCitationEdits(code)),
        withReferences(u"Set snake_case [1] and done[2]."_s));
    // Glued to a comma, the marker stands where the number stood.
    const Article comma
        = parseArticle(withReferences(u"It entered production,2 while prices fell.1 Then."_s));
    QCOMPARE(applyEdits(comma.text.view(), unreadCitationEdits(comma)),
        withReferences(u"It entered production,[2] while prices fell.[1] Then."_s));
    // Nothing to write: no edit.
    QCOMPARE(unreadCitationEdits(after, &left), QList<TextEdit>());
    QCOMPARE(left, 2);
    QCOMPARE(unreadCitationEdits(parseArticle(u"T\nPlain [1].\n\nReferences:\n[1] https://a.example/\n"_s)),
        QList<TextEdit>());
}

// In every test article (and those of the folders CITEWISE_EXTRA_FIXTURES names), each marker written
// is read, the reference list reads as it did, and only what could not be written is still reported.
void TestUnreadCitations::writtenAsMarkersInEveryTestArticle()
{
    QStringList roots {QStringLiteral(CITEWISE_FIXTURES_DIR)};
    roots += qEnvironmentVariable("CITEWISE_EXTRA_FIXTURES").split(u':', Qt::SkipEmptyParts);
    int rewritten = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator files(root, {u"*.txt"_s, u"*.md"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Article article = readArticle(file.readAll());
            qsizetype left = 0;
            const QList<TextEdit> edits = unreadCitationEdits(article, &left);
            if (edits.isEmpty())
                continue;
            ++rewritten;
            const Article after = parseArticle(applyEdits(article.text.view(), edits));
            QVERIFY2(after.citations.size() == article.citations.size() + edits.size(), qPrintable(path));
            QCOMPARE(after.references.size(), article.references.size());
            for (qsizetype i = 0; i < after.references.size(); ++i)
                QCOMPARE(after.references.at(i).url, article.references.at(i).url);
            QVERIFY2(unreadCitationDiagnostics(after).size() == left, qPrintable(path));
        }
    }
    QVERIFY(rewritten >= 3);
}

QTEST_GUILESS_MAIN(TestUnreadCitations)
#include "tst_unreadcitations.moc"
