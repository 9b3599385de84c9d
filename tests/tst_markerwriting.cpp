// Checks writeAsMarkers(), what Citations > Write Unread Citations as Markers and --write-markers do:
// Markdown footnotes written as markers and entries, together with the other forms not read as markers
// (tst_unreadcitations), as one list of edits, and composeEdits(), which joins them.
#include "articleio.h"
#include "diagnostic.h"
#include "markerwriting.h"
#include "textedit.h"
#include "unreadcitations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

QString written(const QString &text, MarkerWriting *writing = nullptr)
{
    const Article article = parseArticle(text);
    const MarkerWriting out = writeAsMarkers(article);
    if (writing)
        *writing = out;
    return applyEdits(article.text.view(), out.edits);
}

} // namespace

class TestMarkerWriting : public QObject
{
    Q_OBJECT

private slots:
    void composedEditsMakeWhatBothMake();
    void footnotesWithoutAHeader();
    void footnotesInAMarkdownArticle();
    void footnotesUnderAHeader();
    void footnotesThatAreNotes();
    void footnotesOtherwiseLabelled();
    void footnotesAndSuperscripts();
    void listNumberedInFormsNotRead();
    void nothingToWrite();
};

void TestMarkerWriting::composedEditsMakeWhatBothMake()
{
    const QString text = u"abcdefghij"_s;
    const QList<TextEdit> first = {{1, 1, {}}, {4, 0, u"XY"_s}, {7, 2, u"Z"_s}}; // a cdXYefgZj
    const QString middle = applyEdits(text, first);
    QCOMPARE(middle, u"acdXYefgZj"_s);
    // Before, between and after the first edits; one in "XY" and one across the place "b" was taken
    // from are left out.
    const QList<TextEdit> then = {{0, 1, u"A"_s}, {1, 1, {}}, {5, 1, u"E"_s}, {9, 1, u"J"_s}, {4, 1, u"!"_s}};
    QList<TextEdit> sorted = then;
    std::sort(
        sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    qsizetype dropped = -1;
    const QList<TextEdit> all = composeEdits(first, sorted, &dropped);
    QCOMPARE(dropped, 1); // "Y"
    QList<TextEdit> kept = sorted;
    kept.removeIf([](const TextEdit &e) { return e.start == 4; });
    QCOMPARE(applyEdits(text, all), applyEdits(middle, kept));
    QCOMPARE(applyEdits(text, all), u"AdXYEfgZJ"_s);
    const QList<TextEdit> across = {{0, 2, u"-"_s}};
    QCOMPARE(composeEdits(first, across, &dropped), first);
    QCOMPARE(dropped, 1);
}

// Footnotes at the end of a plain article: the carets go, and a header is put above the definitions.
void TestMarkerWriting::footnotesWithoutAHeader()
{
    MarkerWriting writing;
    QCOMPARE(written(u"Title\n\nOne.[^1] Two.[^2] One again.[^1]\n[^1]: https://a.example/1 First\n"
                     "[^2]: https://a.example/2\n"_s,
                 &writing),
        u"Title\n\nOne.[1] Two.[2] One again.[1]\n\nReferences:\n[1]: https://a.example/1 First\n"
        "[2]: https://a.example/2\n"_s);
    QCOMPARE(writing.markers, 3);
    QCOMPARE(writing.entries, 2);
    QCOMPARE(writing.left, 0);
    // CRLF and a blank line above: only the header comes in.
    QCOMPARE(written(u"T\r\nOne.[^1]\r\n\r\n[^1]: https://a.example/1\r\n"_s),
        u"T\r\nOne.[1]\r\n\r\nReferences:\r\n[1]: https://a.example/1\r\n"_s);
    const Article after = parseArticle(written(u"T\r\nOne.[^1]\r\n\r\n[^1]: https://a.example/1\r\n"_s));
    QCOMPARE(after.references.size(), 1);
    QCOMPARE(lintArticle(after), QList<Diagnostic>());
}

void TestMarkerWriting::footnotesInAMarkdownArticle()
{
    QCOMPARE(
        written(u"# Title\n\n## Part\n\nOne.[^1]\n\n[^1]: https://a.example/1\n    more of the note\n"_s),
        u"# Title\n\n## Part\n\nOne.[1]\n\n## References\n\n[1]: https://a.example/1\n    more of the note\n"_s);
    // In code they are code.
    const QString code
        = u"# T\n\nOne.[^1]\n\n```\nx[^2]\n[^2]: https://a.example/2\n```\n\n[^1]: https://a.example/1\n"_s;
    QCOMPARE(written(code),
        u"# T\n\nOne.[1]\n\n```\nx[^2]\n[^2]: https://a.example/2\n```\n\n## References\n\n[1]: https://a.example/1\n"_s);
}

// Under a header that reads once its entries do ("Notes", "Footnotes"), or one that always does, the
// carets alone go.
void TestMarkerWriting::footnotesUnderAHeader()
{
    QCOMPARE(written(u"T\n\nOne.[^1]\n\n## Footnotes\n\n[^1]: https://a.example/1\n"_s),
        u"T\n\nOne.[1]\n\n## Footnotes\n\n[1]: https://a.example/1\n"_s);
    QCOMPARE(
        written(u"T\n\nOne.[^1]\n\nSources:\n[^1]: https://a.example/1\n\nComments\nNo comments yet\n"_s),
        u"T\n\nOne.[1]\n\nSources:\n[1]: https://a.example/1\n\nComments\nNo comments yet\n"_s);
}

// A footnote that holds no address is a note, or names a file: it stays a footnote, and its markers are
// said to be left.
void TestMarkerWriting::footnotesThatAreNotes()
{
    MarkerWriting writing;
    QCOMPARE(
        written(u"# T\n\nOne.[^1] Two.[^2]\n\n[^1]: https://a.example/1\n[^2]: As the author told us.\n"_s,
            &writing),
        u"# T\n\nOne.[1] Two.[^2]\n\n## References\n\n[1]: https://a.example/1\n[^2]: As the author told us.\n"_s);
    QCOMPARE(writing.markers, 1);
    QCOMPARE(writing.left, 1);
    const QString notes = u"T\n\nOne.[^1] Two.[^2]\n\n[^1]: As they said.\n[^2]: report.pdf\n"_s;
    QCOMPARE(written(notes, &writing), notes);
    QCOMPARE(writing.markers, 0);
    QCOMPARE(writing.left, 2);
    // Definitions without markers, or markers without definitions: nothing either.
    QCOMPARE(written(u"T\n\nOne.\n\n[^1]: https://a.example/1\n"_s),
        u"T\n\nOne.\n\n[^1]: https://a.example/1\n"_s);
    QCOMPARE(written(u"T\n\nOne.[^1]\n"_s, &writing), u"T\n\nOne.[^1]\n"_s);
    QCOMPARE(writing.left, 1);
}

// Perplexity labels a footnote by answer and source, "[^1_2]": an answer's are numbered by source; beside
// plain ones, or another answer's, they are left as they are, as are words ("[^note]").
void TestMarkerWriting::footnotesOtherwiseLabelled()
{
    QCOMPARE(written(u"T\n\nOne.[^1_1][^1_2] Two.[^1_12]\n<span style=\"display:none\">[^1_3]</span>\n\n"
                     "[^1_1]: notes.pdf\n\n[^1_2]: https://a.example/2\n\n[^1_3]: https://a.example/3\n\n"
                     "[^1_12]: https://a.example/12\n"_s),
        u"T\n\nOne.[^1_1][2] Two.[12]\n<span style=\"display:none\">[3]</span>\n\n"
        "[^1_1]: notes.pdf\n\nReferences:\n[2]: https://a.example/2\n\n[3]: https://a.example/3\n\n"
        "[12]: https://a.example/12\n"_s);
    const QString answers
        = u"T\n\nOne.[^1_1] Two.[^2_1]\n\n[^1_1]: https://a.example/1\n[^2_1]: https://b.example/1\n"_s;
    QCOMPARE(written(answers), answers);
    MarkerWriting writing;
    QCOMPARE(
        written(u"T\n\nOne.[^1] Two.[^1_2]\n\n[^1]: https://a.example/1\n[^1_2]: https://a.example/2\n"_s,
            &writing),
        u"T\n\nOne.[1] Two.[^1_2]\n\nReferences:\n[1]: https://a.example/1\n[^1_2]: https://a.example/2\n"_s);
    QCOMPARE(writing.markers, 1);
    QCOMPARE(writing.left, 1);
}

// Superscripts citing what the footnotes list are written too, in the same edits.
void TestMarkerWriting::footnotesAndSuperscripts()
{
    MarkerWriting writing;
    QCOMPARE(written(u"T\n\nOne.[^1] Two\u00B2 and both\u00B9\u00B2.\n\n[^1]: https://a.example/1\n"
                     "[^2]: https://a.example/2\n"_s,
                 &writing),
        u"T\n\nOne.[1] Two[2] and both[1, 2].\n\nReferences:\n[1]: https://a.example/1\n"
        "[2]: https://a.example/2\n"_s);
    QCOMPARE(writing.markers, 3);
    QCOMPARE(writing.entries, 2);
}

// A list numbered in full-width brackets or in superscript digits is numbered as markers are, and the
// markers written so cite its entries; nothing of it when a line would then read as no entry, or a
// marker of the text as none.
void TestMarkerWriting::listNumberedInFormsNotRead()
{
    MarkerWriting writing;
    QCOMPARE(written(u"T\n\n风电增长［1］，浮式风机［2］。\n\nReferences\n［1］https://a.example/1\n"
                     "［2］ https://a.example/2 Report\n"_s,
                 &writing),
        u"T\n\n风电增长[1]，浮式风机[2]。\n\nReferences\n[1] https://a.example/1\n"
        "[2] https://a.example/2 Report\n"_s);
    QCOMPARE(writing.numbered, 2);
    QCOMPARE(writing.markers, 2);
    QCOMPARE(writing.left, 0);

    const QString raised = u"T\n\nWind grew.\u00B9 Floats.\u00B2\n\nSources:\n- \u00B9 https://a.example/1\n"
                           "- \u00B2\thttps://a.example/2\n\nComments\nNo comments yet\n"_s;
    const QString rewritten = written(raised, &writing);
    QCOMPARE(rewritten,
        u"T\n\nWind grew.[1] Floats.[2]\n\nSources:\n- [1] https://a.example/1\n"
        "- [2]\thttps://a.example/2\n\nComments\nNo comments yet\n"_s);
    QCOMPARE(writing.numbered, 2);
    QCOMPARE(writing.markers, 2);
    QVERIFY(lintArticle(parseArticle(rewritten)).isEmpty());

    // The second line holds no address: numbered so, it would read as an entry without one. The list
    // stays as written, for its finding to say how to write it; the marker is written all the same.
    const QString note = u"T\n\nWind grew.\u00B9\n\nReferences\n\u00B9 https://a.example/1\n"
                         "\u00B2 Retracted, see the editor's note.\n"_s;
    QCOMPARE(written(note, &writing), QString(note).replace(u"grew.\u00B9"_s, u"grew.[1]"_s));
    QCOMPARE(writing.numbered, 0);
    QCOMPARE(writing.markers, 1);

    // An entry below a paragraph that cites by marker: numbered, it would take the paragraph into the
    // list, and its marker would cite nothing. The list stays as written.
    const QString below = u"T\n\nWind grew.\u00B9\n\nReferences\n\u00B9 https://a.example/1\nSee [2] too.\n"
                          "\u00B2 https://a.example/2\n"_s;
    QCOMPARE(parseArticle(below).citations.size(), 1);
    QCOMPARE(written(below, &writing), QString(below).replace(u"grew.\u00B9"_s, u"grew.[1]"_s));
    QCOMPARE(writing.numbered, 0);
    QCOMPARE(writing.markers, 1);
}

void TestMarkerWriting::nothingToWrite()
{
    const QString text = u"T\n\nOne [1].\n\nReferences:\n[1] https://a.example/1\n"_s;
    MarkerWriting writing;
    QCOMPARE(written(text, &writing), text);
    QCOMPARE(writing.edits, QList<TextEdit>());
    QCOMPARE(writing.markers + writing.entries + writing.left, 0);
}

QTEST_GUILESS_MAIN(TestMarkerWriting)
#include "tst_markerwriting.moc"
