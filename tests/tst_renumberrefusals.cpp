// Checks what renumberCitations() refuses to renumber, and that each refusal says what stands in the way
// and where: duplicate or unreadable numbers, markers it cannot read (a title's, plain numbers,
// superscripts, full-width brackets, ranges), entries sharing a line.
#include "renumberchecks.h"

#include "textedit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestRenumberRefusals : public QObject
{
    Q_OBJECT

private slots:
    void refusals_data();
    void refusals();
    void frontMatterTitleRefusalNamesTheTitle();
    void plainNumberRefusalsSayWhatToWrite();
    void superscriptRefusalsNameTheMarker();
    void fullWidthRefusalNamesTheMarker();
    void rangeRefusalsSayWhy();
    void twoEntriesOnOneLineRefusalNamesTheLine();
    void sharedNumberForTheSameAddressIsRenumberedInEachCopy();
    void droppedEntryLeavesNoOtherJoined();
    void textAfterTheListReadsTheSame();
};

void TestRenumberRefusals::refusals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("duplicate reference numbers") << u"T\nA [2].\nReferences\n[1] ua\n[1] ub\n[2] uc\n"_s;
    QTest::addRow("reference number zero") << u"T\nA [2].\nReferences\n[0] ua\n[2] ub\n"_s;
    QTest::addRow("reference number too large") << u"T\nA [2].\nReferences\n[99999999999] ua\n[2] ub\n"_s;
    QTest::addRow("a locator not read") << u"T\nA [2] B [1, Satz 3].\nReferences\n[1] ua\n[2] ub\n"_s;
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
    QTest::addRow("an entry of a later list of sources citing a source")
        << u"T\nOil [2] rose [1].\nSources:\n[1] https://a.example/1\n[2] https://b.example/2\n\nGold [3].\n"
           "Sources:\n[3] Follow-up to [1]. https://c.example/3\n"_s;
    QTest::addRow("a commenter's note citing a source")
        << u"T\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\nComments\nBob (re [2]): paywalled.\n"_s;
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
    // Put in order, the second list would start with its entry without an address and read as no list:
    // the text above it would join the reference list, its marker with it.
    QTest::addRow("a second list that would start without an address")
        << u"T\nA [1], [2] and [3].\nReferences:\n[1] https://ex.com/a\n[2] https://ex.com/b\n\nB [4].\n\n"
           "Sources:\n[4] https://ex.com/d\n[3] A report without an address\n"_s;
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
    QTest::addRow("a value in code indented as a block")
        << u"T\nA [2]. B [1].\n\n    weights = [1, 2]\n\nReferences\n[1] ua\n[2] ub\n"_s;
    QTest::addRow("an argument in code indented by a tab")
        << u"T\nA [2]. B [1].\n\n\tfoo([2])\n\nReferences\n[1] ua\n[2] ub\n"_s;
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
        << u"T\nA [2] B [1] C [3].\nReferences\n[1] ua\n2: https://a.example/2\n[3] uc\n"_s;
    // The same mistakes in the list's last line: renumbered, [2] would name another source right above
    // the one it means.
    for (const char16_t *last : {u"[2} https://b.example/2", u"[2 https://b.example/2",
             u"2: https://b.example/2", u"[ 2 ] https://b.example/2", u"- [2} https://b.example/2"}) {
        const QString line = QString::fromUtf16(last);
        QTest::addRow("last line of the list cannot be read: %s", qPrintable(line))
            << u"T\nClaim [3] and [2] and [1].\nReferences:\n[1] https://a.example/1\n[3] https://c.example/3\n"_s
                + line + u"\n\nComments\nNo comments yet\n"_s;
    }
}

void TestRenumberRefusals::refusals()
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
void TestRenumberRefusals::frontMatterTitleRefusalNamesTheTitle()
{
    const RenumberResult result = renumberCitations(parseArticle(
        u"---\ntitle: >-\n  Rents rise\n  again [1]\nsummary: x\n---\nA [2] B [1].\nReferences\n[1] ua\n[2] ub\n"_s));
    QVERIFY(result.refused());
    QVERIFY2(
        result.refusal.startsWith(u"The title in the front matter cites [1]"_s), qPrintable(result.refusal));
}

// A citation written as a plain number is named with its line and the marker to write instead; an
// article whose sources keep their numbers renumbers as before, unless --drop-unused drops one it cites.
void TestRenumberRefusals::plainNumberRefusalsSayWhatToWrite()
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
    const QString comma = renumberCitations(parseArticle(u"T\nA [3]. It entered production,2 then.\n"
                                                         "References\n[1] ua\n[2] ub\n[3] uc\n"_s))
                              .refusal;
    QVERIFY2(
        comma.contains(u"Line 2 cites a source by a number glued to a comma (“production,2”, column 30)"_s)
            && comma.contains(u"write it as [2]"_s),
        qPrintable(comma));
    // In order, nothing dropped: the plain numbers keep naming their sources.
    const QString ordered = u"T\nA [1] grew.2 Then [2] and more (3).\nReferences\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QVERIFY(!renumberCitations(parseArticle(ordered)).refused());
    QVERIFY(renumberCitations(parseArticle(ordered), drop).refusal.contains(u"“(3)”"_s));

    // A source's number in brackets among words no marker holds would keep its digits and name another
    // source, or one dropped.
    const QString words = u"T\nSpin ice [2] is well studied [1, and references therein].\n\nReferences:\n"
                          "[1] https://a.example/one\n[2] https://b.example/two\n"_s;
    const QString bracketed = renumberCitations(parseArticle(words)).refusal;
    QVERIFY2(bracketed.contains(u"Line 2"_s) && bracketed.contains(u"“[1, and references therein]”"_s)
            && bracketed.contains(u"column 30"_s) && bracketed.contains(u"write [1] and the rest"_s),
        qPrintable(bracketed));
    const QString part = u"T\nA [1] and [2a].\nReferences:\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QVERIFY(!renumberCitations(parseArticle(part)).refused());
    QVERIFY(renumberCitations(parseArticle(part), drop).refusal.contains(u"“[2a]”"_s)); // 2 is dropped
    const QString cited = u"T\nA [1] and [2a], [2].\nReferences:\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QVERIFY(renumberCitations(parseArticle(cited), drop).refusal.isEmpty());
    const QString dropsIt = u"T\nA [3] and [1a].\nReferences:\n[1] ua\n[2] ub\n[3] uc\n"_s;
    QVERIFY(renumberCitations(parseArticle(dropsIt)).refusal.contains(u"“[1a]”"_s));
}

// A superscript is named with its line and column and the marker --lint advises: every number it holds.
void TestRenumberRefusals::superscriptRefusalsNameTheMarker()
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
    // One that names no entry would name the source renumbering gives its number to.
    const QString dangling = u"T\nSales rose [4], then fell.\u00B3\nReferences\n[1] ua\n[2] ub\n[4] ud\n"_s;
    QVERIFY(renumberCitations(parseArticle(dangling)).refusal.contains(u"(“\u00B3”, column 27)"_s));
    RenumberOptions drop;
    drop.dropUnused = true;
    QVERIFY(!renumberCitations(parseArticle(dangling), drop).refused()); // entry 3 there is none
    // So do plain numbers: glued to a full stop, or in parentheses.
    QCOMPARE(renumberCitations(parseArticle(u"T\nSales rose [4], then it got slower.3 Later.\nReferences\n"
                                            "[1] ua\n[2] ub\n[4] ud\n"_s))
                 .refusal,
        u"Line 2 has a plain number that names no source now (“slower.3”, column 36) and would name one "
        "once renumbered; write it as [3] before renumbering, or take it out."_s);
    QVERIFY(renumberCitations(
        parseArticle(u"T\nSales rose [4] in May (3).\nReferences\n[1] ua\n[2] ub\n[4] ud\n"_s))
                .refusal.contains(u"(“(3)”, column 23)"_s));
    // A number renumbering gives to no source stays a plain number.
    QVERIFY(!renumberCitations(
        parseArticle(u"T\nSales rose [2], slower.5 Later.\nReferences\n[1] ua\n[2] ub\n"_s))
                 .refused());
}

// A marker in full-width brackets is named as written, with the marker --lint advises.
void TestRenumberRefusals::fullWidthRefusalNamesTheMarker()
{
    QCOMPARE(renumberCitations(
                 parseArticle(u"T\nA meta-analysis found a small effect\u30103:0\u2020source\u3011 [1].\n"
                              "References\n[1] ua\n[2] ub\n[3] uc\n"_s))
                 .refusal,
        u"Line 2 cites a source by a marker in full-width brackets (“\u30103:0\u2020source\u3011”, column "
        u"37), "
        "which renumbering does not read; write it as [3] before renumbering."_s);
}

// A range renumbering cannot read is refused with what is wrong with it, as --lint words it.
void TestRenumberRefusals::rangeRefusalsSayWhy()
{
    const auto refusal = [](const QString &marker) {
        return renumberCitations(parseArticle(u"T\nA [1] %1.\nReferences\n[1] ua\n"_s.arg(marker))).refusal;
    };
    QVERIFY(refusal(u"[1-99999999999]"_s).contains(u"out of range"_s));
    QVERIFY(refusal(u"[0-3]"_s).isEmpty()); // an interval, or a pattern's "[0-9]": no marker
    QVERIFY(refusal(u"[5-2]"_s).contains(u"runs backwards"_s));
    QVERIFY(refusal(u"[1-5000]"_s).contains(u"too long"_s));
    QVERIFY(refusal(u"[1-5000]"_s).contains(u"column 7"_s));
}

// A line of the list holding two entries is named, whether the never-cited ones are dropped or not.
void TestRenumberRefusals::twoEntriesOnOneLineRefusalNamesTheLine()
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

// Two entries with one number are ambiguous, unless they give the same address: a list restated as
// Markdown link definitions, as Bing and Copilot copy their answers ("[^2^][2]" cites source 2, its
// superscript saying so). Each copy is renumbered in its own place, and the superscripts with their
// markers; dropping a source drops each copy of it.
void TestRenumberRefusals::sharedNumberForTheSameAddressIsRenumberedInEachCopy()
{
    const QString restated
        = u"T\nA[^2^][2] B[^1^][1] C [3].\nSources:\n(1) A. https://a.example/1\n"
          "(2) B. https://a.example/2\n(3) C. https://a.example/3\n(4) D. https://a.example/4\n\n"
          "[1]: https://a.example/1 \"\"\n[2]: https://a.example/2 \"\"\n"
          "[4]: https://a.example/4 \"\"\n"_s;
    const Article article = parseArticle(restated);
    RenumberResult result = renumberCitations(article);
    QVERIFY2(!result.refused(), qPrintable(result.refusal));
    QCOMPARE(applyEdits(restated, result.edits),
        u"T\nA[^1^][1] B[^2^][2] C [3].\nSources:\n(1) B. https://a.example/2\n"
        "(2) A. https://a.example/1\n(3) C. https://a.example/3\n(4) D. https://a.example/4\n\n"
        "[1]: https://a.example/2 \"\"\n[2]: https://a.example/1 \"\"\n"
        "[4]: https://a.example/4 \"\"\n"_s);

    RenumberOptions drop;
    drop.dropUnused = true;
    result = renumberCitations(article, drop);
    QVERIFY2(!result.refused(), qPrintable(result.refusal));
    QCOMPARE(applyEdits(restated, result.edits),
        u"T\nA[^1^][1] B[^2^][2] C [3].\nSources:\n(1) B. https://a.example/2\n"
        "(2) A. https://a.example/1\n(3) C. https://a.example/3\n\n"
        "[1]: https://a.example/2 \"\"\n[2]: https://a.example/1 \"\"\n"_s);

    // A superscript of another number than its marker's is no part of it: left as written.
    const QString other
        = u"T\nA[^5^][2] B [1].\nReferences\n[1] https://a.example/1\n[2] https://a.example/2\n"_s;
    QCOMPARE(applyEdits(other, renumberCitations(parseArticle(other)).edits),
        u"T\nA[^5^][1] B [2].\nReferences\n[1] https://a.example/2\n[2] https://a.example/1\n"_s);

    const QString ambiguous
        = renumberCitations(parseArticle(u"T\nA [2].\nReferences\n[1] ua\n[1] ub\n[2] uc\n"_s)).refusal;
    QCOMPARE(
        ambiguous, u"Reference number 1 is used on line 4 and on line 5; markers citing it are ambiguous."_s);
}

// Dropping a never-cited entry puts the entry above it over what followed: an entry without an address
// there would take the next one, written in another style, or the text after the list, for its rest.
void TestRenumberRefusals::droppedEntryLeavesNoOtherJoined()
{
    RenumberOptions drop;
    drop.dropUnused = true;
    const QString styles = u"T\nA [1] B [3].\n\nReferences:\n[1] Smith. In Proceedings of the\n"
                           "[2] https://b.example/two\n3. https://c.example/three\n"_s;
    const QString after = u"T\nA [1] B [2].\n\nReferences:\n[1] https://a.example/one\n[2] Smith. A book\n"
                          "[3] https://c.example/three\nSee the appendix at https://x.example/app.\n"_s;
    for (const QString &text : {styles, after}) {
        const RenumberResult result = renumberCitations(parseArticle(text), drop);
        QVERIFY2(
            result.refusal.startsWith(u"Without the references never cited"_s), qPrintable(result.refusal));
        QVERIFY(result.edits.isEmpty());
    }
    // Kept, they stay where they are.
    QVERIFY(!renumberCitations(parseArticle(after)).refused());
    // An entry with an address above the one dropped takes nothing.
    const QString fine
        = u"T\nA [1] B [2].\n\nReferences:\n[1] https://a.example/one\n[2] https://b.example/two\n"
          "[3] https://c.example/three\nSee the appendix at https://x.example/app.\n"_s;
    const RenumberResult dropped = renumberCitations(parseArticle(fine), drop);
    QVERIFY2(!dropped.refused(), qPrintable(dropped.refusal));
    QCOMPARE(dropped.droppedReferences, QList<qint64> {3});
    // A digest whose first part cites none of its sources: its list would be left empty.
    const QString digest = u"## Oil\nOil rose 3%.\nSources:\n[1] https://example.com/oil\n\n## Gold\n"
                           "Gold fell [2].\nSources:\n[2] https://example.com/gold\n"_s;
    QCOMPARE(renumberCitations(parseArticle(digest), drop).refusal,
        u"Without the references never cited, the list under “Sources” (line 3) would be left without "
        "entries; the article was left unchanged. Renumber keeping them, or take the list out."_s);
}

// A numbered list in the text after the reference list ("How we measured: 3. … 4. …") starts over below
// entries [3] and [4], and is the article's own; renumbered to [1] and [2], the list would go on from
// them and take it for two more entries. Renumbering refuses, naming the line; a header of its own sets
// the text apart, and renumbering goes ahead.
void TestRenumberRefusals::textAfterTheListReadsTheSame()
{
    const QString text = u"T\nBody cites [4] and [3].\n\nReferences:\n[3] https://a.example/three\n"
                         "[4] https://a.example/four\n\nHow we measured:\n3. We sampled ports weekly.\n"
                         "4. We dropped holidays.\n"_s;
    const Article article = parseArticle(text);
    QCOMPARE(article.references.size(), 2);
    const RenumberResult result = renumberCitations(article);
    QVERIFY2(
        result.refusal.startsWith(u"Renumbered, line 9 would read otherwise"_s), qPrintable(result.refusal));
    QVERIFY(result.edits.isEmpty());

    QString headed = text;
    headed.replace(u"How we measured:"_s, u"## How we measured"_s);
    const RenumberResult renumbered = renumberCitations(parseArticle(headed));
    QVERIFY2(!renumbered.refused(), qPrintable(renumbered.refusal));
    const Article after = parseArticle(applyEdits(headed, renumbered.edits));
    QCOMPARE(after.references.size(), 2);
    QCOMPARE(after.references.at(0).url, u"https://a.example/four"_s);
}

QTEST_GUILESS_MAIN(TestRenumberRefusals)
#include "tst_renumberrefusals.moc"
