// Checks renumberCitations(): exact results on small articles, and on every fixture the properties that
// make renumbering safe (same targets, order of first use, nothing but numbers changed, idempotence).
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
    void refusals_data();
    void refusals();
    void frontMatterTitleRefusalNamesTheTitle();
    void rangeRefusalsSayWhy();
    void twoEntriesOnOneLineRefusalNamesTheLine();
    void plainNumberRefusalsSayWhatToWrite();
    void superscriptRefusalsNameTheMarker();
    void fullWidthRefusalNamesTheMarker();
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
        << u"T\nA [03] B [1] C [02, 003] D [01-03].\nReferences\n[01] ua\n[02] ub\n[03] uc\n"_s
        << u"T\nA [01] B [2] C [03, 001] D [02, 03, 01].\nReferences\n[01] uc\n[02] ua\n[03] ub\n"_s << false;
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
    QTest::addRow("range becomes a list")
        << u"T\nA [3]. B [2-4].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2, 1, 3].\nReferences\n[1] u3\n[2] u2\n[3] u4\n[4] u1\n"_s << false;
    QTest::addRow("range stays a range, en dash")
        << u"T\nA [4]. B [1–3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2–4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("markers joined by a dash stay a range")
        << u"T\nA [4]. B [1]–[3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2]–[4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("markers joined by a dash spelled out")
        << u"T\nA [3]. B [1]-[3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n"_s
        << u"T\nA [1]. B [2, 3, 1].\nReferences\n[1] u3\n[2] u1\n[3] u2\n"_s << false;
    QTest::addRow("range in a list stays a range")
        << u"T\nA [4]. B [1, 2-3].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2, 3-4].\nReferences\n[1] u4\n[2] u1\n[3] u2\n[4] u3\n"_s << false;
    QTest::addRow("range in a list spelled out")
        << u"T\nA [3]. B [1; 2–4].\nReferences\n[1] u1\n[2] u2\n[3] u3\n[4] u4\n"_s
        << u"T\nA [1]. B [2; 3, 1, 4].\nReferences\n[1] u3\n[2] u1\n[3] u2\n[4] u4\n"_s << false;
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
        << u"T\nA [1, p. 23] B [2 and 1] C [2, 1, pp. 4–7].\nReferences\n[1] ub\n[2] ua\n"_s << false;
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

void TestRenumber::refusals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("duplicate reference numbers") << u"T\nA [2].\nReferences\n[1] ua\n[1] ub\n[2] uc\n"_s;
    QTest::addRow("reference number zero") << u"T\nA [2].\nReferences\n[0] ua\n[2] ub\n"_s;
    QTest::addRow("reference number too large") << u"T\nA [2].\nReferences\n[99999999999] ua\n[2] ub\n"_s;
    QTest::addRow("reversed range") << u"T\nA [2] B [3-1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    // Renumbered, "[3]–[1]" could read "[1]–[3]": a range of three where two markers stood.
    QTest::addRow("markers joined backwards")
        << u"T\nA [2] B [3]–[1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("range too long to expand") << u"T\nA [2] B [1-5000].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("markers without references") << u"T\nA [2] B [1].\n"_s;
    // Renumbered, the entries would start without an address, past which a stray line stands: the list
    // under "Notes" would no longer read as one.
    QTest::addRow("list under Notes that would start without an address")
        << u"T\nA [2] B [1].\nNotes\n[1] https://a.example/\nA stray line.\n[2] A book\n"_s;
    QTest::addRow("a references section of lines that are no entries")
        << u"T\nA [2] B [1].\nReferences:\nsee the list below\n"_s;
    QTest::addRow("entries in a form no reader reads")
        << u"T\nA [2] B [1].\nReferences:\n#1 https://a.example/one\n#2 https://a.example/two\n"_s;
    // Renumbered, the list's first run would have no address: the header below, whose entry has one,
    // would head the list instead (found by the fuzzer).
    QTest::addRow("another header would take the list")
        << u"T\nA [2] then [1].\n### Sources:\n[1] https://one.example/\nstray\nReferences:\n[2] A book\n"_s;
    // A list of sources that lost the reference list's place to another: its entries are markers now.
    QTest::addRow("entries outside the reference list")
        << u"T\nA [3] B [2] C [1].\nNotes:\n[1] https://n.example/1\n[2] https://n.example/2\nReferences:\n"
           "[1] https://a.example/\n[2] https://b.example/\n[3] https://c.example/\n"_s;
    // Markers outside the body renumbering rewrites: left as written, each would name another source.
    QTest::addRow("a comment citing a source")
        << u"T\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\nComments\nAnn: [2] is paywalled\n"_s;
    QTest::addRow("a comment citing a source only it cites")
        << u"T\nA [2].\nReferences\n[1] ua\n[2] ub\nComments\nAnn: see [1]\n"_s;
    QTest::addRow("a title in front matter citing a source")
        << u"---\ntitle: X [1]\n---\nT\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a title in front matter citing a source on a line of its own")
        << u"---\ntitle: >-\n  Rents rise\n  again [1]\n---\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a summary in front matter citing a source")
        << u"---\ntitle: T\nsummary: \"Prices rose [2], analysts said [1].\"\n---\nA [2] B [1].\nReferences\n"
           "[1] ua\n[2] ub\n"_s;
    QTest::addRow("a marker after a fence that nothing closes")
        << u"T\nA [2].\n```\nls -l\nThis is confirmed [1].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a marker after a fence that nothing closes, after the list")
        << u"T\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n\n## More\n~~~\nsee [2]\n"_s;
    // A source first cited in the second part would take the first list's number.
    QTest::addRow("sources moving between lists")
        << u"T\nA [4] [1].\nReferences:\n[1] https://ex.com/a\n[2] https://ex.com/b\n\nB [3] [2].\nSources:\n"
           "[3] https://ex.com/c\n[4] https://ex.com/d\n"_s;
    // Left as written, such a marker would cite whatever its number names after renumbering.
    QTest::addRow("a marker that cannot be read") << u"T\nA [2] B [1,,2].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a marker in full-width digits") << u"T\nA [2] B [１].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a marker in full-width brackets")
        << u"T\nA [2] B ［1］ C 【1】.\nReferences\n[1] ua\n[2] ub\n"_s;
    // Markers in the list's own text are no citations: they would keep numbers that name other sources.
    QTest::addRow("a marker between entries")
        << u"T\nA [2] B [1].\nReferences\n[1] https://a.example/\nLater figures: see [1].\n[2] https://b.example/\n"_s;
    QTest::addRow("a marker in an entry's words")
        << u"T\nA [2] B [1].\nReferences\n[1] https://a.example/ Correction of [2]\n[2] https://b.example/\n"_s;
    QTest::addRow("a marker on an entry's continuation line")
        << u"T\nA [2] B [1].\nReferences\n[1] https://a.example/\n    (an update of [2])\n[2] https://b.example/\n"_s;
    // Entries grouped under headings would change groups.
    QTest::addRow("entries grouped under headings")
        << u"T\nA [2] B [1].\n## References\n### Web\n[1] https://a.example/1\n### Reports\n"
           "[2] https://a.example/2\n"_s;
    // A number that names no entry keeps its digits there; a source renumbered would take it.
    QTest::addRow("a number a source would take, in a comment")
        << u"T\nA [1]. B [2]. C [5].\nReferences:\n[1] https://a.example/1\n[2] https://a.example/2\n"
           "[5] https://a.example/5\nComments\nMarc: The draft cited [3] for that; where did it go?\n"_s;
    QTest::addRow("a number a source would take, in an entry's words")
        << u"T\nFirst [3], then [1].\nReferences:\n[1] https://a.example/1 Correction of [2]\n"
           "[3] https://a.example/3\n"_s;
    QTest::addRow("a marker in the list's introduction")
        << u"T\nA [2] B [1].\nReferences\nSources [1] and [2] were read in May.\n[1] https://a.example/\n"
           "[2] https://b.example/\n"_s;
    QTest::addRow("a marker in Arabic-Indic digits")
        << u"T\nA [2] B [\u0661].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("a marker in Devanagari digits") << u"T\nA [2] B [\u0967].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("markers with escaped brackets")
        << u"T\nA [2] B \\[1\\] C \\[1, 2\\].\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("an assistant's citation mark")
        << u"T\nA [2] B \u30101\u2020L10-L20\u3011.\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("an assistant's citation mark with a message number")
        << u"T\nA [2] B \u30101:0\u2020source\u3011.\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("an old list quoted")
        << u"T\nA [2] B [1].\n> [1] https://old.example/a\n> [2] https://old.example/b\nReferences\n"
           "[1] https://a.example/\n[2] https://b.example/\n"_s;
    QTest::addRow("a marker broken across lines")
        << u"T\nA [2] B [3,\n1] C.\nD [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited by a superscript")
        << u"T\nA [2] and risk.\u00B9 More.\nReferences\n1. https://a.example/1\n2. https://a.example/2\n"_s;
    QTest::addRow("a source cited by a superscript after a word")
        << u"T\nA [12] as reported\u00B9\u00B9 and more.\nReferences\n"_s + [] {
               QString list;
               for (int n = 1; n <= 12; ++n)
                   list += u"[%1] https://a.example/%1\n"_s.arg(n);
               return list;
           }();
    QTest::addRow("a source cited by a superscript after a sign")
        << u"T\nStart [3]. Growth was 12%\u00B9 and [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited by a superscript after an abbreviation")
        << u"T\nStart [3]. As the EU\u00B9 said [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited by a superscript after two capitals")
        << u"T\nStart [3]. Trade slowed in the EU\u00B2 and [1].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited in HTML superscript")
        << u"T\nStart [3]. It grew.<sup>1</sup> And [2].\nReferences\n[1] ua\n[2] ub\n[3] uc\n[4] ud\n"_s;
    QTest::addRow("sources cited in HTML superscript only")
        << u"T\nIt grew 20%.<sup>3</sup> Then fell.<sup>1,2</sup> See [3].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited in Pandoc's superscript")
        << u"T\nStart [3]. It grew.^1^ And [2].\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    // Plain numbers read as citations: Gemini's superscripts copied as text, Vancouver's parentheses.
    QTest::addRow("a source cited by a number glued to a full stop")
        << u"T\nA [2] and it grew.1 More.\nReferences\n1. https://a.example/1\n2. https://a.example/2\n"_s;
    QTest::addRow("sources cited by numbers glued to a full stop at the end of a line")
        << u"T\nStart [3]. Doubts about its viability.1,2\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a range glued to a full stop")
        << u"T\nStart [3]. Costs rose.1\u20132 Then.\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a source cited by a number in parentheses")
        << u"T\nEvents fell over 75 (2). Confirmed [3].\nReferences\n1. https://a.example/1\n"
           "2. https://a.example/2\n3. https://a.example/3\n"_s;
    QTest::addRow("sources cited by numbers in parentheses")
        << u"T\nConfirmed [3]. Smaller (1, 2).\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("a range in parentheses")
        << u"T\nConfirmed [3]. Smaller (1\u20132):\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QTest::addRow("an index in code indented as a block")
        << u"T\nA [2]. B [1].\n\n    b = a[1]\n    c = a[2]\n\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("an address on a line that is no entry")
        << u"T\nA [2] B [1].\nReferences\n[1] https://a.example/\nMirror: https://mirror.example/a\n"
           "[2] https://b.example/\n"_s;
    // Lines between entries that read as none belong to the entry above: they would stay where the
    // entries move.
    // In its new place an entry without an address, numbered in another style, would take the entry
    // under it for its rest (goesOnFrom()).
    QTest::addRow("an entry that would join the one above")
        << u"T\nA [3] B [1] C [2].\nReferences\n[1] https://a.example/1\n[2] https://b.example/2\n"
           "3. A book without an address\n"_s;
    // Put last, an entry without an address would take the lines after the list up to one for its rest.
    QTest::addRow("an entry put last that would take the text after the list")
        << u"T\nA [2] B [1].\nReferences\n[1] A title without an address\n[2] https://b.example/2\n(see "
           u"below)\n"
           "    https://c.example.org/\n"_s;
    QTest::addRow("a line between entries")
        << u"T\nA [2] B [1].\nReferences\n[1] ua\nnot an entry\n[2] ub\n"_s;
    QTest::addRow("titles under their addresses")
        << u"T\nA [2] B [1].\nReferences\n[1] https://a.example/a\nReuters: Talks stall\n\n"
           "[2] https://b.example/b\nAP: Talks resume\n"_s;
    QTest::addRow("image credits after the list")
        << u"T\nClaims [2] and [1].\nReferences:\n[1] https://example.org/one\n[2] "
           u"https://example.org/two\n\n"
           "Image credits:\n[3] https://images.example.org/photo-a\n"_s;
    // A line holding two entries: renumbered, it would move, or be dropped, with the second one's number
    // and address.
    QTest::addRow("two entries on one line")
        << u"T\nA [2].\nReferences:\n[1] https://a.example/1 [2] https://a.example/2\n"_s;
    QTest::addRow("two entries on one line, joined by a line break tag")
        << u"T\nA [2] B [1].\nReferences:\n[1] https://a.example/1<br>[2] https://a.example/2\n"_s;
    QTest::addRow("a numbered line that cannot be read")
        << u"T\nA [2] B [1] C [3].\nReferences\n[1] ua\n2 https://a.example/2\n[3] uc\n"_s;
    // The same mistakes in the list's last line: renumbered, [2] would name another source right above
    // the one it means.
    for (const char16_t *last : {u"[2} https://b.example/2", u"[2 https://b.example/2",
             u"2 https://b.example/2", u"[ 2 ] https://b.example/2", u"- [2} https://b.example/2"}) {
        const QString line = QString::fromUtf16(last);
        QTest::addRow("last line of the list cannot be read: %s", qPrintable(line))
            << u"T\nClaim [3] and [2] and [1].\nReferences:\n[1] https://a.example/1\n[3] https://c.example/3\n"_s
                + line + u"\n\nComments\nNo comments yet\n"_s;
    }
}

void TestRenumber::refusals()
{
    QFETCH(QString, input);
    for (bool drop : {false, true}) {
        RenumberOptions options;
        options.dropUnused = drop;
        const RenumberResult result = renumberCitations(parseArticle(input), options);
        QVERIFY(result.refused());
        QVERIFY(result.edits.isEmpty());
    }
}

// A front matter title may go on over the lines under its field: a marker there is the title's.
void TestRenumber::frontMatterTitleRefusalNamesTheTitle()
{
    const RenumberResult result = renumberCitations(parseArticle(
        u"---\ntitle: >-\n  Rents rise\n  again [1]\nsummary: x\n---\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n"_s));
    QVERIFY(result.refused());
    QVERIFY2(
        result.refusal.startsWith(u"The title in the front matter cites [1]"_s), qPrintable(result.refusal));
}

// A citation written as a plain number is named with its line and the marker to write instead; an
// article whose sources keep their numbers renumbers as before, unless --drop-unused drops one it cites.
void TestRenumber::plainNumberRefusalsSayWhatToWrite()
{
    const QString gemini = u"T\nFunding grew.1 However, doubts about its viability.2,3\nWorks cited\n"
                           "1. https://a.example/1\n2. https://a.example/2\n3. https://a.example/3\n"
                           "4. https://a.example/4\n"_s;
    const RenumberResult kept = renumberCitations(parseArticle(gemini));
    QVERIFY2(!kept.refused(), qPrintable(kept.refusal));
    QVERIFY(kept.edits.isEmpty());
    RenumberOptions drop;
    drop.dropUnused = true;
    const QString dropped = renumberCitations(parseArticle(gemini), drop).refusal;
    QVERIFY2(dropped.contains(u"Line 2"_s) && dropped.contains(u"“grew.1”"_s)
            && dropped.contains(u"column 14"_s) && dropped.contains(u"write it as [1]"_s),
        qPrintable(dropped));

    const QString vancouver
        = renumberCitations(parseArticle(u"T\nFell over 75 (2). Smaller (1,3). Confirmed [3].\n"
                                         "References\n[1] ua\n[2] ub\n[3] uc\n"_s))
              .refusal;
    QVERIFY2(vancouver.contains(u"Line 2"_s) && vancouver.contains(u"“(2)”"_s)
            && vancouver.contains(u"write it as [2]"_s),
        qPrintable(vancouver));
    const QString list = renumberCitations(parseArticle(u"T\nA [1]. Smaller (2,3). Confirmed [3].\n"
                                                        "References\n[1] ua\n[2] ub\n[3] uc\n"_s))
                             .refusal;
    QVERIFY2(list.contains(u"write them as [2, 3]"_s), qPrintable(list));
    // In order, nothing dropped: the plain numbers keep naming their sources.
    const QString ordered = u"T\nA [1] grew.2 Then [2] and more (3).\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QVERIFY(!renumberCitations(parseArticle(ordered)).refused());
    QVERIFY(renumberCitations(parseArticle(ordered), drop).refusal.contains(u"“(3)”"_s));
}

// A superscript is named with its line and column and the marker --lint advises: every number it holds.
void TestRenumber::superscriptRefusalsNameTheMarker()
{
    QCOMPARE(renumberCitations(
                 parseArticle(u"T\nStart [3]. As the EU\u00B9 said [1].\nReferences\n[1] ua\n[2] ub\n"
                              "[3] uc\n"_s))
                 .refusal,
        u"Line 2 cites a source by a superscript number (“\u00B9”, column 21), which renumbering does not "
        "read; write it as [1] before renumbering."_s);
    QCOMPARE(
        renumberCitations(parseArticle(u"T\nIce fell [2] as models predicted.<sup>1,2</sup>\nReferences\n"
                                       "[1] ua\n[2] ub\n"_s))
            .refusal,
        u"Line 2 cites sources by superscript numbers (“<sup>1,2</sup>”, column 34), which renumbering "
        "does not read; write them as [1, 2] before renumbering."_s);
    // A range cites the numbers inside it too: 2 and 3 move here, while its ends stay.
    QCOMPARE(
        renumberCitations(parseArticle(u"T\nA [1] [3] [2] [4]. Rose.<sup>1\u20134</sup>\nReferences\n[1] ua\n"
                                       "[2] ub\n[3] uc\n[4] ud\n"_s))
            .refusal,
        u"Line 2 cites sources by superscript numbers (“<sup>1\u20134</sup>”, column 25), which renumbering "
        "does not read; write them as [1\u20134] before renumbering."_s);
}

// A marker in full-width brackets is named as written, with the marker --lint advises.
void TestRenumber::fullWidthRefusalNamesTheMarker()
{
    QCOMPARE(renumberCitations(
                 parseArticle(u"T\nA meta-analysis found a small effect\u30103:0\u2020source\u3011 [1].\n"
                              "References\n[1] ua\n[2] ub\n[3] uc\n"_s))
                 .refusal,
        u"Line 2 cites a source by a marker in full-width brackets (“\u30103:0\u2020source\u3011”, column "
        u"37), "
        "which renumbering does not read; write it as [3] before renumbering."_s);
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

// A range renumbering cannot read is refused with what is wrong with it, as --lint words it.
void TestRenumber::rangeRefusalsSayWhy()
{
    const auto refusal = [](const QString &marker) {
        return renumberCitations(parseArticle(u"T\nA [1] %1.\nReferences\n[1] ua\n"_s.arg(marker))).refusal;
    };
    QVERIFY(refusal(u"[1-99999999999]"_s).contains(u"out of range"_s));
    QVERIFY(refusal(u"[0-3]"_s).contains(u"out of range"_s));
    QVERIFY(refusal(u"[5-2]"_s).contains(u"runs backwards"_s));
    QVERIFY(refusal(u"[1-5000]"_s).contains(u"too long"_s));
    QVERIFY(refusal(u"[1-5000]"_s).contains(u"column 7"_s));
}

// A line of the list holding two entries is named, whether the never-cited ones are dropped or not.
void TestRenumber::twoEntriesOnOneLineRefusalNamesTheLine()
{
    for (bool drop : {false, true}) {
        RenumberOptions options;
        options.dropUnused = drop;
        const RenumberResult result = renumberCitations(
            parseArticle(u"T\nA [2].\nReferences:\n[1] https://a.example/1 [2] https://a.example/2\n"_s),
            options);
        QVERIFY(result.refused());
        QVERIFY2(result.refusal.startsWith(u"Line 4 of the references holds more than one entry"_s),
            qPrintable(result.refusal));
    }
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
