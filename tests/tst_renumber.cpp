// Checks renumberCitations(): exact results on small articles, and on every fixture the properties that
// make renumbering safe (same targets, order of first use, nothing but numbers changed, idempotence).
// What it refuses, and how it says so: tst_renumberrefusals.
#include "renumberchecks.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

Q_DECLARE_METATYPE(Citewise::RenumberOptions)

class TestRenumber : public QObject
{
    Q_OBJECT

private slots:
    void exact_data();
    void exact();
    void markersInTheListKeptWhenTheirNumbersStay();
    void droppingKeepsTheListOne();
    void droppingKeepsNotesUnderTheirEntry();
    void mappingOfSeedLike();
    void fixtures_data();
    void fixtures();
    void generated_data();
    void generated();
    void applyEditsKeepsUntouchedText();
    void largeArticle();
};

void TestRenumber::exact_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("dropUnused");

    const QString seedLike = u"Ferry route\nA [1]. B [1]. C [3]. D [1].\nReferences:\n"
                             "[1] https://a.example/1\n[2] https://b.example/2\n[3] https://c.example/3\n"
                             "Comments\nNo comments yet\n"_s;
    const QString seedLikeDone = u"Ferry route\nA [1]. B [1]. C [2]. D [1].\nReferences:\n"
                                 "[1] https://a.example/1\n[2] https://c.example/3\n[3] https://b.example/2\n"
                                 "Comments\nNo comments yet\n"_s;
    QTest::addRow("seed-like") << seedLike << seedLikeDone << false;
    // Numbers written with leading zeros keep their width, in markers, ranges spelled out and entries.
    QTest::addRow("zero-padded numbers")
        << u"T\nA [03] B [1] C [02, 003] D [01-02] E [01-04].\nReferences\n[01] ua\n[02] ub\n[03] uc\n"
           "[04] ud\n"_s
        << u"T\nA [01] B [2] C [03, 001] D [02-03] E [01-04].\nReferences\n[01] uc\n[02] ua\n[03] ub\n"
           "[04] ud\n"_s
        << false;
    QTest::addRow("zero-padded range spelled out")
        << u"T\nA [03] B [4] C [01-03].\nReferences\n[01] ua\n[02] ub\n[03] uc\n[4] ud\n"_s
        << u"T\nA [01] B [2] C [01, 03, 04].\nReferences\n[01] uc\n[2] ud\n[03] ua\n[04] ub\n"_s << false;
    // Comments, a front matter's title and code left open may cite numbers renumbering keeps; code's own
    // brackets ("arr[1]") are no markers.
    QTest::addRow("a comment citing a number that stays")
        << u"T\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\nComments\nAnn: [3] is unused\n"_s
        << u"T\nA [1] B [2].\nReferences\n[1] ub\n[2] ua\n[3] uc\nComments\nAnn: [3] is unused\n"_s << false;
    // A digest with a list for each part: sources trade numbers within their own list.
    QTest::addRow("lists after the reference list")
        << u"T\nA [2] [1].\nSources:\n[1] https://a.example/\n[2] https://b.example/\n\n## Two\nB [3].\n"
           "Sources:\n[3] https://c.example/\n"_s
        << u"T\nA [1] [2].\nSources:\n[1] https://b.example/\n[2] https://a.example/\n\n## Two\nB [3].\n"
           "Sources:\n[3] https://c.example/\n"_s
        << false;
    QTest::addRow("code left open indexing an array")
        << u"T\nA [2] B [1].\n```\nx = arr[1]\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1] B [2].\n```\nx = arr[1]\nReferences\n[1] ub\n[2] ua\n"_s << false;
    QTest::addRow("code in a quotation indexing an array")
        << u"T\nA [2] B [1].\n\n> ```python\n> x = arr[1]\n> ```\n\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1] B [2].\n\n> ```python\n> x = arr[1]\n> ```\n\nReferences\n[1] ub\n[2] ua\n"_s << false;
    QTest::addRow("parenthesized and enclosed numbers")
        << u"T\nA [2] then [1].\nReferences:\n1) https://a.example/one\n(2) https://a.example/two\n"_s
        << u"T\nA [1] then [2].\nReferences:\n(1) https://a.example/two\n2) https://a.example/one\n"_s
        << false;
    QTest::addRow("address right after the number")
        << u"T\nA [2] then [1].\nReferences:\n[1]https://a.example/one\n[2]\thttps://a.example/two\n"_s
        << u"T\nA [1] then [2].\nReferences:\n[1]\thttps://a.example/two\n[2]https://a.example/one\n"_s
        << false;
    // An entry without an address comes first once renumbered: the list under a loose word or a heading
    // of the writer's own stays the list, held up by the entries' other address.
    QTest::addRow("address-less entry first, under Notes")
        << u"T\nA [2] then [1].\nNotes:\n[1] https://a.example/one\n[2] A book\n"_s
        << u"T\nA [1] then [2].\nNotes:\n[1] A book\n[2] https://a.example/one\n"_s << false;
    QTest::addRow("address-less entry first, under a heading")
        << u"T\nA [2] then [1].\nWhere it comes from:\n[1] https://a.example/one\n[2] A book\n"_s
        << u"T\nA [1] then [2].\nWhere it comes from:\n[1] A book\n[2] https://a.example/one\n"_s << false;
    QTest::addRow("seed-like, crlf") << QString(seedLike).replace(u"\n"_s, u"\r\n"_s)
                                     << QString(seedLikeDone).replace(u"\n"_s, u"\r\n"_s) << false;
    QTest::addRow("seed-like, drop unused")
        << seedLike
        << u"Ferry route\nA [1]. B [1]. C [2]. D [1].\nReferences:\n"
           "[1] https://a.example/1\n[2] https://c.example/3\nComments\nNo comments yet\n"_s
        << true;
    QTest::addRow("seed-like, crlf, drop unused")
        << QString(seedLike).replace(u"\n"_s, u"\r\n"_s)
        << u"Ferry route\r\nA [1]. B [1]. C [2]. D [1].\r\nReferences:\r\n"
           "[1] https://a.example/1\r\n[2] https://c.example/3\r\nComments\r\nNo comments yet\r\n"_s
        << true;
    QTest::addRow("already in order")
        << u"T\nA [1][2] B [2, 3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"_s
        << u"T\nA [1][2] B [2, 3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"_s << false;
    QTest::addRow("cluster read left to right")
        << u"T\nX [3][1]. Y [2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"
           "[3] https://c.example/\n"_s
        << u"T\nX [1][2]. Y [3].\nReferences\n[1] https://c.example/\n[2] https://a.example/\n"
           "[3] https://b.example/\n"_s
        << false;
    // A range whose sources take new numbers in another order cites them as a range again when they
    // still make a run ("[1-3]" after [3], not "[2, 1, 3]"), else as a list in ascending order.
    QTest::addRow("range stays a range in another order")
        << u"T\nA [3]. B [2-4].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [1-3].\nReferences\n[1] u3\n[2] u2\n[3] u4\n[4] u1\n"_s << false;
    QTest::addRow("range becomes a list")
        << u"T\nA [3]. C [5]. B [2-4].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n[5] u5\n"_s
        << u"T\nA [1]. C [2]. B [1, 3, 4].\nReferences\n[1] u3\n[2] u5\n[3] u2\n[4] u4\n[5] u1\n"_s << false;
    QTest::addRow("range stays a range, en dash")
        << u"T\nA [4]. B [1–3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2–4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("range stays a range, full-width tilde")
        << u"T\nA [4]. B [1\uff5e3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2\uff5e4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    // Words around the numbers stay as written.
    QTest::addRow("lead-in words, times")
        << u"T\nA [4]. B [see 1-3], [cf. 2, 00:12:30] and [3: p. 14].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"
           "[4] u4\n"_s
        << u"T\nA [1]. B [see 2-4], [cf. 3, 00:12:30] and [4: p. 14].\nReferences\n[1] u4\n[2] u1\n[3] u2\n"
           "[4] u3\n"_s
        << false;
    QTest::addRow("an interval left alone")
        << u"T\nA [2] in [0, 1]. B [1].\nReferences\n[1] u1\n[2] u2\n"_s
        << u"T\nA [1] in [0, 1]. B [2].\nReferences\n[1] u2\n[2] u1\n"_s << false;
    QTest::addRow("markers joined by a dash stay a range")
        << u"T\nA [4]. B [1]–[3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2]–[4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("markers joined by a dash stay a range in another order")
        << u"T\nA [3]. B [1]-[3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"_s
        << u"T\nA [1]. B [1]-[3].\nReferences\n[1] u3\n[2] u1\n[3] u2\n"_s << false;
    QTest::addRow("markers joined by a dash spelled out")
        << u"T\nA [3]. C [4]. B [1]-[3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. C [2]. B [1, 3, 4].\nReferences\n[1] u3\n[2] u4\n[3] u1\n[4] u2\n"_s << false;
    QTest::addRow("range in a list stays a range")
        << u"T\nA [4]. B [1, 2-3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2, 3-4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("range in a list spelled out")
        << u"T\nA [3]. B [1; 2–4].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2; 1, 3, 4].\nReferences\n[1] u3\n[2] u1\n[3] u2\n[4] u4\n"_s << false;
    QTest::addRow("list stays a list, in place")
        << u"T\nA [3, 1]. B [2;1].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"_s
        << u"T\nA [1, 2]. B [3;2].\nReferences\n[1] u3\n[2] u1\n[3] u2\n"_s << false;
    // Numbers past the new ones stay as written: no entry can take them ("[2020]" is often a year).
    QTest::addRow("dangling after the references")
        << u"T\nA [1]. B [7]. C [2]. D [7]. E [9].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s
        << u"T\nA [1]. B [7]. C [2]. D [7]. E [9].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s << false;
    QTest::addRow("dangling, drop unused")
        << u"T\nA [1]. B [7]. C [2]. D [7]. E [3].\nReferences\n[1] ua\n[2] ub\n[4] uc\n"_s
        << u"T\nA [1]. B [7]. C [2]. D [7]. E [3].\nReferences\n[1] ua\n[2] ub\n"_s << true;
    // Full-width brackets that hold no entry's number, or stand in code or an address, are text.
    QTest::addRow("full-width brackets that are no markers")
        << u"T\n【2024】年度报告 A [2] `【1】` https://x.example/?q=【1】 B [1].\nReferences\n[1] 【2024】 "
           u"ua\n[2] ub\n"
           "Comments\nAnn: see 【1】\n"_s
        << u"T\n【2024】年度报告 A [1] `【1】` https://x.example/?q=【1】 B [2].\nReferences\n[1] ub\n[2] "
           u"【2024】 ua\n"
           "Comments\nAnn: see 【1】\n"_s
        << false;
    QTest::addRow("a year in brackets")
        << u"T\nIn [2020] A [2] B [1].\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nIn [2020] A [1] B [2].\nReferences\n[1] ub\n[2] ua\n"_s << false;
    // A number a new one would take moves past the entries, and past the numbers that stay.
    QTest::addRow("dangling among the new numbers")
        << u"T\nA [5] [2] [4] [6] [1].\nReferences\n[1] ua\n[5] ub\n[6] uc\n"_s
        << u"T\nA [1] [5] [4] [2] [3].\nReferences\n[1] ub\n[2] uc\n[3] ua\n"_s << false;
    QTest::addRow("dangling range stays a range")
        << u"T\nA [1]. B [5-6].\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1]. B [5-6].\nReferences\n[1] ua\n[2] ub\n"_s << false;
    QTest::addRow("dangling range moves as a range")
        << u"T\nA [3]. B [1-2].\nReferences\n[3] ua\n[4] ub\n"_s
        << u"T\nA [1]. B [3-4].\nReferences\n[1] ua\n[2] ub\n"_s << false;
    QTest::addRow("range with a dangling number") << u"T\nA [2-3].\nReferences\n[1] ua\n[2] ub\n"_s
                                                  << u"T\nA [1, 3].\nReferences\n[1] ub\n[2] ua\n"_s << false;
    QTest::addRow("drop unused first entry")
        << u"T\nA [2].\nReferences\n[1] ua\n[2] ub"_s << u"T\nA [1].\nReferences\n[1] ub"_s << true;
    QTest::addRow("drop unused last line without newline")
        << u"T\nA [1].\nReferences\n[1] ua\n[2] ub"_s << u"T\nA [1].\nReferences\n[1] ua"_s << true;
    // Entries set a blank line apart stay so, and the file ends as it did.
    QTest::addRow("drop unused last entry after a blank line, without newline")
        << u"T\nA [1].\nReferences\n[1] ua\n\n[2] ub"_s << u"T\nA [1].\nReferences\n[1] ua"_s << true;
    QTest::addRow("drop unused last entry after a blank line")
        << u"T\nA [1].\nReferences\n[1] ua\n\n[2] ub\n\n"_s << u"T\nA [1].\nReferences\n[1] ua\n"_s << true;
    QTest::addRow("drop unused entry between blank lines")
        << u"T\nA [1] [3].\nReferences\n\n[1] ua\n\n[2] ub\n\n[3] uc\n\nComments\nNo comments yet\n"_s
        << u"T\nA [1] [2].\nReferences\n\n[1] ua\n\n[2] uc\n\nComments\nNo comments yet\n"_s << true;
    QTest::addRow("drop unused entries between blank lines, one after the other")
        << u"T\nA [3].\nReferences\n\n[1] ua\n\n[2] ub\n\n[3] uc\n"_s
        << u"T\nA [1].\nReferences\n\n[1] uc\n"_s << true;
    QTest::addRow("drop unused, indented, with continuation")
        << u"T\nA [2].\nReferences\n  [1] ua\n    https://mirror.example/a\n  [2] ub\n"_s
        << u"T\nA [1].\nReferences\n  [1] ub\n"_s << true;
    QTest::addRow("continuation lines travel, separators stay")
        << u"T\nA [2]. B [1].\n## References\n\n1. https://a.example/one\n   "
           u"https://mirror.example/one\n\n<br>\n"
           "2. https://b.example/two Second\n## After\nMore [2].\n"_s
        << u"T\nA [1]. B [2].\n## References\n\n1. https://b.example/two Second\n\n<br>\n"
           "2. https://a.example/one\n   https://mirror.example/one\n## After\nMore [1].\n"_s
        << false;
    QTest::addRow("colon entries, indentation stays")
        << u"T\nA [2].\nReferences\n  [1]: https://a.example/\n  [2]: https://b.example/\n"_s
        << u"T\nA [1].\nReferences\n  [1]: https://b.example/\n  [2]: https://a.example/\n"_s << false;
    QTest::addRow("out-of-range markers untouched")
        << u"T\nA [0]. B [2]. C [99999999999].\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [0]. B [1]. C [99999999999].\nReferences\n[1] ub\n[2] ua\n"_s << false;
    QTest::addRow("never cited, sorted by old number")
        << u"T\nNo markers.\nReferences\n[2] ub\n[1] ua\n"_s
        << u"T\nNo markers.\nReferences\n[1] ua\n[2] ub\n"_s << false;
    QTest::addRow("gaps closed") << u"T\nA [1] B [5] C [9].\nReferences\n[1] ua\n[5] ub\n[9] uc\n"_s
                                 << u"T\nA [1] B [2] C [3].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s << false;
    // A locator is the writer's text: only the number before it is the marker's.
    QTest::addRow("locators and words between numbers")
        << u"T\nA [2, p. 23] B [1 and 2] C [1—2, pp. 4–7].\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1, p. 23] B [2 and 1] C [1—2, pp. 4–7].\nReferences\n[1] ub\n[2] ua\n"_s << false;
    // A line between entries that stays where it is, the entries not moving.
    QTest::addRow("stray line, entries in order")
        << u"T\nA [1] B [3].\nReferences\n[1] ua\nnot an entry\n[3] uc\n"_s
        << u"T\nA [1] B [2].\nReferences\n[1] ua\nnot an entry\n[2] uc\n"_s << false;
    // References wrapped by hand travel whole: IEEE's "[Online]. Available:" line, and a line that
    // starts with the year an entry without its address goes on with (not entry 2014).
    QTest::addRow("IEEE entries wrapped onto their address")
        << u"T\nA [2]. B [1].\nReferences\n[1] J. Devlin, \"BERT,\" 2019.\n[Online]. Available: "
           "https://arxiv.org/abs/1810.04805\n[2] A. Vaswani, \"Attention,\" 2017.\n[Online]. Available: "
           "https://arxiv.org/abs/1706.03762\n"_s
        << u"T\nA [1]. B [2].\nReferences\n[1] A. Vaswani, \"Attention,\" 2017.\n[Online]. Available: "
           "https://arxiv.org/abs/1706.03762\n[2] J. Devlin, \"BERT,\" 2019.\n[Online]. Available: "
           "https://arxiv.org/abs/1810.04805\n"_s
        << false;
    QTest::addRow("a wrapped entry going on with its year")
        << u"T\nA [2]. B [1].\nReferences\n1. David LA. Diet. Nature.\n2014. https://doi.org/10.1038/n1\n"
           "2. Belkaid Y. Cell. https://doi.org/10.1016/c2\n"_s
        << u"T\nA [1]. B [2].\nReferences\n1. Belkaid Y. Cell. https://doi.org/10.1016/c2\n"
           "2. David LA. Diet. Nature.\n2014. https://doi.org/10.1038/n1\n"_s
        << false;
    QTest::addRow("a wrapped entry going on with its year and pages")
        << u"T\nA [2]. B [1].\nReferences\n[1] David LA. Diet. Nature.\n2014;505:559-63. "
           "https://doi.org/10.1038/n1\n[2] Belkaid Y. Cell. https://doi.org/10.1016/c2\n"_s
        << u"T\nA [1]. B [2].\nReferences\n[1] Belkaid Y. Cell. https://doi.org/10.1016/c2\n"
           "[2] David LA. Diet. Nature.\n2014;505:559-63. https://doi.org/10.1038/n1\n"_s
        << false;
    QTest::addRow("a source's number linked to its address")
        << u"T\nA [2]. B.[1](https://a.example/1)\nSources\n[1] https://a.example/1\n[2] https://b.example/2\n"_s
        << u"T\nA [1]. B.[2](https://a.example/1)\nSources\n[1] https://b.example/2\n[2] https://a.example/1\n"_s
        << true;
    // Superscripts that are no footnotes: units, powers, and numbers that stay.
    QTest::addRow("superscripts that cite nothing")
        << u"T\nA [2] of 5 m\u00B2, 10\u00B3 t and risk.\u00B3\nB [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s
        << u"T\nA [1] of 5 m\u00B2, 10\u00B3 t and risk.\u00B3\nB [2].\nReferences\n[1] ub\n[2] ua\n[3] uc\n"_s
        << false;
    // Citations in forms not read as markers are code in code, as markers are: nothing to refuse.
    QTest::addRow("unread forms in code") << u"T\nIt reads ``total (2).`` and `risk\u00B9`.\n\n    area = "
                                             u"r\u00B9 \uFF3B1\uFF3D\n\nA [2] and [1].\n"
                                             "References\n[1] ua\n[2] ub\n"_s
                                          << u"T\nIt reads ``total (2).`` and `risk\u00B9`.\n\n    area = "
                                             u"r\u00B9 \uFF3B1\uFF3D\n\nA [1] and [2].\n"
                                             "References\n[1] ub\n[2] ua\n"_s
                                          << false;
    // Numbers that read as no citation: decimals, versions, abbreviations', enumerations, code.
    QTest::addRow("plain numbers that cite nothing")
        << u"T\nA [2] is 3.5 in v2.1 of Python 3.12, see Fig.1 and No.1 and p.1.\nAims: (1) first, (2) "
           u"second; see equation (1).\nRun `it.1 now`.\n```\nit.2 ok (1).\n```\nB [1].\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1] is 3.5 in v2.1 of Python 3.12, see Fig.1 and No.1 and p.1.\nAims: (1) first, (2) "
           u"second; see equation (1).\nRun `it.1 now`.\n```\nit.2 ok (1).\n```\nB [2].\nReferences\n[1] ub\n[2] ua\n"_s
        << true;
    // Indented prose is no code: its markers are renumbered.
    QTest::addRow("indented prose with markers glued to words")
        << u"T\nA [2].\n\n    Indented risk[1] and more.\n\nReferences\n[1] ua\n[2] ub\n"_s
        << u"T\nA [1].\n\n    Indented risk[2] and more.\n\nReferences\n[1] ub\n[2] ua\n"_s << false;
    // A number that goes on with the entry above: a year, or another style under an entry without its
    // address yet.
    QTest::addRow("IEEE identifiers on the lines under their entries")
        << u"T\nA [2]. B [1].\nReferences\n[1] J. Devlin, \"BERT,\" 2019,\n    doi: 10.18653/v1/N19-1423.\n"
           "[2] A. Vaswani, \"Attention,\" 2017,\n    doi: 10.5555/3295222.\n"_s
        << u"T\nA [1]. B [2].\nReferences\n[1] A. Vaswani, \"Attention,\" 2017,\n    doi: 10.5555/3295222.\n"
           "[2] J. Devlin, \"BERT,\" 2019,\n    doi: 10.18653/v1/N19-1423.\n"_s
        << false;
    QTest::addRow("IEEE identifiers wrapped without an indent")
        << u"T\nA [2] B [1].\nReferences\n[1] Smith. Title one.\ndoi: 10.1000/one\n[2] Jones. Title two.\n"
           "doi: 10.1000/two\n"_s
        << u"T\nA [1] B [2].\nReferences\n[1] Jones. Title two.\ndoi: 10.1000/two\n[2] Smith. Title one.\n"
           "doi: 10.1000/one\n"_s
        << false;
    QTest::addRow("a wrapped line starting with a number")
        << u"T\nThe result [2] builds on [1].\nReferences:\n[1] Smith, J. (2019). Paper. In Proceedings of "
           u"the\n"
           "12. International Conference on Widgets. https://example.org/p1\n[2] https://example.org/two\n"_s
        << u"T\nThe result [1] builds on [2].\nReferences:\n[1] https://example.org/two\n[2] Smith, J. "
           u"(2019). "
           "Paper. In Proceedings of the\n12. International Conference on Widgets. https://example.org/p1\n"_s
        << true;
    QTest::addRow("a year under an entry, in parentheses")
        << u"T\nA [2] B [1].\nReferences\n[1] Smith, J. https://a.example/1\n(2019) Deep learning for cats.\n"
           "[2] Lee, K. https://a.example/2\n(2020) Dogs.\n"_s
        << u"T\nA [1] B [2].\nReferences\n[1] Lee, K. https://a.example/2\n(2020) Dogs.\n"
           "[2] Smith, J. https://a.example/1\n(2019) Deep learning for cats.\n"_s
        << false;
    // A list of other things under the sources ends their list: its items are not dropped as sources
    // never cited.
    QTest::addRow("further reading after the list, dropping the unused")
        << u"T\nClaims [2] and [1].\nReferences:\n[1] https://example.org/one\n[2] https://example.org/two\n"
           "[3] https://example.org/three\n\nFurther reading:\n1. https://books.example.org/a\n"_s
        << u"T\nClaims [1] and [2].\nReferences:\n[1] https://example.org/two\n[2] https://example.org/one\n"
           "\nFurther reading:\n1. https://books.example.org/a\n"_s
        << true;
    QTest::addRow("markers after the list count too")
        << u"T\nA [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n## Notes\nSee [3].\n"_s
        << u"T\nA [1].\nReferences\n[1] ua\n[2] uc\n[3] ub\n## Notes\nSee [2].\n"_s << false;
}

void TestRenumber::exact()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, dropUnused);

    RenumberOptions options;
    options.dropUnused = dropUnused;
    const RenumberResult result = renumberCitations(parseArticle(input), options);
    QVERIFY2(!result.refused(), qPrintable(result.refusal));
    QCOMPARE(applyEdits(input, result.edits), expected);
    QCOMPARE(checkRenumbering(input.toUtf8(), options), expected);
}

// A marker in the list's own text whose number renumbering keeps names the same source afterwards.
void TestRenumber::markersInTheListKeptWhenTheirNumbersStay()
{
    const QString input = u"T\nA [1] B [3] C [2].\nReferences\n[1] https://a.example/ Update of [1]\n"
                          "[2] https://b.example/\n[3] https://c.example/\n"_s;
    const RenumberResult result = renumberCitations(parseArticle(input));
    QVERIFY2(!result.refused(), qPrintable(result.refusal));
    QCOMPARE(applyEdits(input, result.edits),
        u"T\nA [1] B [2] C [3].\nReferences\n[1] https://a.example/ Update of [1]\n"
        "[2] https://c.example/\n[3] https://b.example/\n"_s);
    // Glued to a word, a bracketed number in an entry's words is an index or a copied footnote.
    for (const QString &label : {u"Why is x[0] slower than x[1]?"_s, u"Foo[2]"_s, u"[Why is a[2] slow?]"_s}) {
        const QString glued
            = u"T\nA [2] B [1].\nReferences\n[1] %1 https://a.example/\n[2] https://b.example/\n"_s.arg(
                label);
        QVERIFY2(!renumberCitations(parseArticle(glued)).refused(), qPrintable(label));
    }
    // A number naming no entry stays so when no source takes it ("[9]" of a source removed long ago).
    const QString dangling = u"T\nA [2] B [1].\nReferences\n[1] https://a.example/ Replaces [9]\n"
                             "[2] https://b.example/\nComments\nAnn: where did [9] go?\n"_s;
    QVERIFY2(!renumberCitations(parseArticle(dangling)).refused(),
        qPrintable(renumberCitations(parseArticle(dangling)).refusal));
    // The words of an entry dropped go with it.
    RenumberOptions drop;
    drop.dropUnused = true;
    QVERIFY(
        !renumberCitations(parseArticle(u"T\nA [2] B [1].\nReferences\n[1] https://a.example/\n"
                                        "[2] https://b.example/\n[3] https://c.example/ (replaces [3])\n"_s),
            drop)
             .refused());
    const RenumberResult refused = renumberCitations(
        parseArticle(u"T\nA [1] B [3] C [2].\nReferences\n[1] https://a.example/ Update of [2]\n"
                     "[2] https://b.example/\n[3] https://c.example/\n"_s));
    QVERIFY(refused.refusal.contains(u"Line 4"_s));
    QVERIFY(refused.refusal.contains(u"[2]"_s));
}

// Under "Notes" or a heading of the writer's own, dropping the never-cited entries must leave one with an
// address, or the rest would read as body text: renumbering then refuses, and says how to go on.
void TestRenumber::droppingKeepsTheListOne()
{
    RenumberOptions drop;
    drop.dropUnused = true;
    for (const QString &header : {u"Notes:"_s, u"Where it comes from:"_s}) {
        const QString text = u"T\nA [2].\n%1\n[1] https://a.example/one\n[2] A book\n"_s.arg(header);
        const RenumberResult result = renumberCitations(parseArticle(text), drop);
        QVERIFY2(result.refused(), qPrintable(header));
        QVERIFY(result.edits.isEmpty());
        QVERIFY2(result.refusal.contains(u"References:"_s), qPrintable(result.refusal));
        // Keeping them renumbers as ever; so does dropping under a header word.
        QVERIFY(!renumberCitations(parseArticle(text)).refused());
        QString named = text;
        named.replace(header, u"References:"_s);
        QVERIFY(!renumberCitations(parseArticle(named), drop).refused());
    }
}

// A line between the entries that reads as none belongs to the entry above it: dropping that entry
// would leave the line under another one (or heading the list), so renumbering refuses and names it.
// A line above the first entry introduces the list and stays above it, whatever moves.
void TestRenumber::droppingKeepsNotesUnderTheirEntry()
{
    RenumberOptions drop;
    drop.dropUnused = true;
    const QStringList underDropped = {
        u"T\nA [1]. B [3].\nReferences:\n[1] https://a.example/1\n[2] https://a.example/2\n"
        "Note: this source was retracted in 2024.\n[3] https://a.example/3\n"_s,
        u"T\nA [2]. B [3].\nReferences:\n[1] https://a.example/1\nNote: retracted.\n"
        "[2] https://a.example/2\n[3] https://a.example/3\n"_s,
        u"T\nA [2]. B [3].\nReferences:\n[1] https://a.example/1\n\n    Note: retracted.\n"
        "[2] https://a.example/2\n[3] https://a.example/3\n"_s,
    };
    for (const QString &text : underDropped) {
        const RenumberResult result = renumberCitations(parseArticle(text), drop);
        QVERIFY2(result.refused(), qPrintable(text));
        QVERIFY(result.edits.isEmpty());
        QVERIFY2(result.refusal.contains(u"never cited"_s), qPrintable(result.refusal));
    }
    // Under an entry that stays, the note stays under it.
    const QString underKept = u"T\nA [1]. B [3].\nReferences:\n[1] https://a.example/1\nNote: kept.\n"
                              "[2] https://a.example/2\n[3] https://a.example/3\n"_s;
    const RenumberResult kept = renumberCitations(parseArticle(underKept), drop);
    QVERIFY2(!kept.refused(), qPrintable(kept.refusal));
    QCOMPARE(applyEdits(underKept, kept.edits),
        u"T\nA [1]. B [2].\nReferences:\n[1] https://a.example/1\nNote: kept.\n[2] https://a.example/3\n"_s);

    // A line introducing the list keeps its place above the entries as they move.
    for (const QString &intro :
        {u"All addresses were accessed in May 2025.\n"_s, u"\n*All links retrieved 2025-05-01.*\n\n"_s}) {
        const QString text
            = u"T\nA [2]. B [1].\nSources:\n%1[1] https://a.example/1\n[2] https://a.example/2\n"_s.arg(
                intro);
        const RenumberResult result = renumberCitations(parseArticle(text));
        QVERIFY2(!result.refused(), qPrintable(result.refusal));
        QCOMPARE(applyEdits(text, result.edits),
            u"T\nA [1]. B [2].\nSources:\n%1[1] https://a.example/2\n[2] https://a.example/1\n"_s.arg(intro));
    }
}

void TestRenumber::mappingOfSeedLike()
{
    QFile file(QStringLiteral(CITEWISE_FIXTURES_DIR "/renumber/seedlike.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const RenumberResult result = renumberCitations(readArticle(file.readAll()));
    const QHash<qint64, qint64> expected {{1, 1}, {3, 2}, {2, 3}};
    QCOMPARE(result.mapping, expected);
    QVERIFY(result.droppedReferences.isEmpty());

    RenumberOptions drop;
    drop.dropUnused = true;
    file.seek(0);
    const RenumberResult dropped = renumberCitations(readArticle(file.readAll()), drop);
    QCOMPARE(dropped.droppedReferences, QList<qint64> {2});
    QCOMPARE(dropped.mapping, (QHash<qint64, qint64> {{1, 1}, {3, 2}}));
}

void TestRenumber::fixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("dropUnused");
    QStringList paths;
    for (const QString &root : fixtureRoots()) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next());
    }
    std::sort(paths.begin(), paths.end());
    QVERIFY(!paths.isEmpty());
    for (const QString &path : std::as_const(paths)) {
        const QString name = QDir(QStringLiteral(CITEWISE_FIXTURES_DIR)).relativeFilePath(path);
        QTest::addRow("%s", qPrintable(name)) << path << false;
        QTest::addRow("%s, drop unused", qPrintable(name)) << path << true;
    }
}

void TestRenumber::fixtures()
{
    QFETCH(QString, path);
    QFETCH(bool, dropUnused);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    RenumberOptions options;
    options.dropUnused = dropUnused;
    checkRenumbering(file.readAll(), options);
}

void TestRenumber::generated_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("dropUnused");
    for (quint32 seed = 1; seed <= 300; ++seed)
        QTest::addRow("seed %u%s", seed, seed % 3 == 0 ? ", drop unused" : "") << seed << (seed % 3 == 0);
}

void TestRenumber::generated()
{
    QFETCH(quint32, seed);
    QFETCH(bool, dropUnused);
    RenumberOptions options;
    options.dropUnused = dropUnused;
    const QString text = generatedArticle(seed);
    checkRenumbering(text.toUtf8(), options);
    if (QTest::currentTestFailed())
        qWarning().noquote() << text;
}

void TestRenumber::applyEditsKeepsUntouchedText()
{
    const QString text = u"abcdef"_s;
    QCOMPARE(applyEdits(text, {}), text);
    QCOMPARE(applyEdits(text, {{0, 1, u"X"_s}, {3, 0, u"-"_s}, {4, 2, QString()}}), u"Xbc-d"_s);
}

// About 1 MB with 40k markers, references listed backwards: renumbering keeps every marker and entry and
// is stable. (How fast it is, is measured by the benchmarks, not here.)
void TestRenumber::largeArticle()
{
    constexpr int kReferences = 5000;
    QString text = u"Large article\n"_s;
    for (int i = 0; text.size() < 1000000; ++i) {
        const int n = (i * 7919) % (kReferences + 20) + 1;
        text += u"Claim %1 is sourced [%2][%3], see also [%4-%5].\n"_s.arg(i)
                    .arg(n)
                    .arg(kReferences - n + 1)
                    .arg(n)
                    .arg(n + 2);
    }
    text += u"References\n"_s;
    for (int i = kReferences; i >= 1; --i)
        text += u"[%1] https://example.org/source/%1\n"_s.arg(i);

    const Article article = parseArticle(text);
    const RenumberResult result = renumberCitations(article);
    QVERIFY(!result.refused());
    QVERIFY(!result.edits.isEmpty());
    const Article renumbered = parseArticle(applyEdits(article.text.view(), result.edits));
    QCOMPARE(renumbered.citations.size(), article.citations.size());
    QCOMPARE(renumbered.references.size(), article.references.size());
    QCOMPARE(renumbered.lines.size(), article.lines.size());
    QVERIFY(renumberCitations(renumbered).edits.isEmpty());
}

QTEST_GUILESS_MAIN(TestRenumber)
#include "tst_renumber.moc"
