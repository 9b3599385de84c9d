// updateArticle() must give exactly what parsing the edited text from scratch gives, whatever the edit:
// random edits (fixed seed, thousands of steps) on every fixture and on a generated article, compared
// field by field with parseArticle(), and most of them must take the incremental path.
#include "articleanalysis.h"
#include "articlegenerator.h"
#include "articleio.h"
#include "articleupdate.h"
#include "referenceentry.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Snippets that make and break structure as well as plain typing.
const QStringList kInsertions = {u"x"_s, u" word"_s, u"\n"_s, u"\n\n"_s, u" [2]"_s, u"[1, 3]"_s, u"[2-4]"_s,
    u"[9]"_s, u"[1,,2]"_s, u"[\n"_s, u"]"_s, u"\nReferences\n"_s, u"\n## Sources\n"_s,
    u"\n[7] https://x.example/\n"_s, u"\nComments\n"_s, u"```"_s, u"\n```\n"_s, u"---\n"_s,
    u"No comments yet"_s, u"\n1. https://n.example/\n"_s, u"Seoul, July 2, 2025 — "_s, u"  "_s, u"\t"_s,
    u"<br>"_s, u"\u00e9"_s, u"\r\n"_s, u"\r"_s, u":"_s, u"\n**Where from**\n"_s, u"\nLinks\n"_s};

QString describe(const Article &a, const Article &b)
{
    QStringList parts;
    if (a.text != b.text)
        parts << u"text"_s;
    if (a.lines != b.lines)
        parts << u"lines"_s;
    if (a.paragraphs != b.paragraphs)
        parts << u"paragraphs"_s;
    if (a.fenceLines != b.fenceLines)
        parts << u"fenceLines"_s;
    if (a.citations != b.citations)
        parts << u"citations"_s;
    if (a.malformedMarkers != b.malformedMarkers)
        parts << u"malformedMarkers"_s;
    if (a.references != b.references) {
        parts << u"references"_s;
        for (qsizetype i = 0; i < std::min(a.references.size(), b.references.size()); ++i) {
            const Reference &x = a.references.at(i);
            const Reference &y = b.references.at(i);
            if (x == y)
                continue;
            parts << u"#%1 line %2/%3 span %4/%5 url %6/%7 label %8/%9 cont %10/%11"_s.arg(i)
                         .arg(x.line)
                         .arg(y.line)
                         .arg(x.span.start)
                         .arg(y.span.start)
                         .arg(x.urlSpan.start)
                         .arg(y.urlSpan.start)
                         .arg(x.labelSpan.start)
                         .arg(y.labelSpan.start)
                         .arg(x.continuationLines.size())
                         .arg(y.continuationLines.size());
            break;
        }
    }
    if (a.comments != b.comments)
        parts << u"comments"_s;
    if (a.referencesSection != b.referencesSection || a.commentsSection != b.commentsSection)
        parts << u"sections"_s;
    if (a.title != b.title || a.titleLine != b.titleLine || a.titleSpan != b.titleSpan)
        parts << u"title"_s;
    if (a.hasDateline != b.hasDateline || a.dateline != b.dateline)
        parts << u"dateline"_s;
    return parts.join(u", "_s);
}

struct Edit
{
    qsizetype position = 0;
    qsizetype removed = 0;
    QString inserted;
};

Edit randomEdit(QRandomGenerator &random, const QString &text)
{
    Edit edit;
    const int size = int(text.size());
    edit.position = random.bounded(size + 1);
    switch (random.bounded(5)) {
    case 0: // delete a few characters, sometimes across lines
        edit.removed = std::min<qsizetype>(random.bounded(1, 40), size - edit.position);
        break;
    case 1: // replace
        edit.removed = std::min<qsizetype>(random.bounded(1, 6), size - edit.position);
        edit.inserted = kInsertions.at(random.bounded(int(kInsertions.size())));
        break;
    default: // type
        edit.inserted = kInsertions.at(random.bounded(int(kInsertions.size())));
        break;
    }
    // Never split a CRLF pair or a surrogate pair: the editor never does either.
    while (edit.position > 0 && edit.position < size
        && ((text.at(edit.position) == u'\n' && text.at(edit.position - 1) == u'\r')
            || text.at(edit.position).isLowSurrogate()))
        --edit.position;
    return edit;
}

// An edit of `removed` characters at `offset` after the first `anchor` in `text`, replaced by
// `inserted`, and whether it is to parse everything.
struct LocalEdit
{
    const char *name;
    QString text;
    QString anchor;
    qsizetype offset;
    qsizetype removed;
    QString inserted;
    bool whole;
};

// Applies `edit` to the parsed text with updateArticle(), and checks the result, and an analysis
// kept up to date from the change, against a fresh parse and analysis of the edited text.
void applyAndCheck(const LocalEdit &edit, Article &article, ArticleChange &change)
{
    const qsizetype at = edit.text.indexOf(edit.anchor) + edit.offset;
    QVERIFY2(at >= edit.offset, edit.name);
    article = parseArticle(edit.text);
    ArticleAnalysis analysis;
    analysis.analyse(article);
    change = updateArticle(article, at, edit.removed, edit.inserted);
    analysis.update(article, change);
    QString edited = edit.text;
    edited.replace(at, edit.removed, edit.inserted);
    const Article expected = parseArticle(edited);
    QVERIFY2(article == expected, edit.name);
    QVERIFY2(change.whole == edit.whole, edit.name);
    QCOMPARE(change.delta, edit.inserted.size() - edit.removed);
    QVERIFY2(analysis.diagnostics() == analyseArticle(expected), edit.name);
}

// applyAndCheck() for each of `edits`, then `more` on what it gave, if anything is left to check.
void checkEdits(const QList<LocalEdit> &edits,
    const std::function<void(const LocalEdit &, const Article &, const ArticleChange &)> &more = {})
{
    for (const LocalEdit &edit : edits) {
        Article article;
        ArticleChange change;
        applyAndCheck(edit, article, change);
        if (!QTest::currentTestFailed() && more)
            more(edit, article, change);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

class TestArticleUpdate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesFullParse_data();
    void matchesFullParse();
    void titleUnderlineEdits();
    void reportsTheChangedRanges();
    void structuralEditsParseEverything();
    void titleEditsAreIncremental();
    void datelineParagraphEditsAreIncremental();
    void commentEditsAreIncremental();
    void loneCarriageReturnsEndLines();
    void editsBelowFrontMatterAreIncremental();
    void referenceEntryEditsKeepTheBody();
    void editsMakeAndUnmakeUnnamedLists();
    void entryFormsDecideBetweenTwoLists();
    void entriesWrappedByHand();
    void addressesBrokenOntoTheNextLine();
    void rangesTooLongToCountStillCite();
    void entriesJoinedOnOneLine();
    void listsThatStartOverAfterText();
};

void TestArticleUpdate::matchesFullParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("steps");
    QDirIterator it(
        QStringLiteral(CITEWISE_FIXTURES_DIR), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Article article = readArticle(file.readAll());
        if (article.hasInvalidEncoding)
            continue; // such files open read-only
        QTest::newRow(qPrintable(path.mid(path.indexOf(u"fixtures/"_s)))) << article.text.toString() << 300;
    }
    Bench::GeneratorOptions options;
    options.targetBytes = 64 * 1024;
    QTest::newRow("generated 64 KB") << QString::fromUtf8(Bench::generateArticle(options)) << 3000;
}

void TestArticleUpdate::matchesFullParse()
{
    QFETCH(QString, text);
    QFETCH(int, steps);
    QRandomGenerator random(20261125);
    Article article = parseArticle(text);
    ArticleAnalysis analysis;
    analysis.analyse(article);
    int incremental = 0;
    for (int step = 0; step < steps; ++step) {
        const Edit edit = randomEdit(random, article.text.toString());
        const ArticleChange change = updateArticle(article, edit.position, edit.removed, edit.inserted);
        analysis.update(article, change);
        if (!change.whole)
            ++incremental;
        text.replace(edit.position, edit.removed, edit.inserted);
        const Article expected = parseArticle(text);
        if (!(article == expected)) {
            QFAIL(qPrintable(u"step %1 (%2 at %3, -%4 +\"%5\"): %6 differ"_s.arg(step)
                                 .arg(change.whole ? u"whole"_s : u"incremental"_s)
                                 .arg(edit.position)
                                 .arg(edit.removed)
                                 .arg(edit.inserted, describe(article, expected))));
        }
        // The diagnostics kept up to date are those of a fresh analysis, in the same order.
        QVERIFY2(analysis.diagnostics() == analyseArticle(expected), qPrintable(u"step %1"_s.arg(step)));
        CitationCounts counts;
        for (const Citation &citation : expected.citations)
            countCitation(citation, counts, 1);
        QCOMPARE(analysis.citationCounts(), counts);
    }
    if (steps >= 1000)
        QVERIFY2(incremental > steps / 2, qPrintable(QString::number(incremental)));
}

// A line of '=' under the title underlines it: making, changing or unmaking one reads everything again.
void TestArticleUpdate::titleUnderlineEdits()
{
    const QString text = u"Water rights\n\nBody [1].\nReferences\n[1] https://a.example/\n"_s;
    const QString underlined = u"Water rights\n=====\nBody [1].\nReferences\n[1] https://a.example/\n"_s;
    checkEdits({{"an underline typed", text, u"\n\nBody"_s, 1, 0, u"=="_s, true},
        {"typed in the underline", underlined, u"====="_s, 0, 0, u"="_s, true},
        {"the underline made text", underlined, u"====="_s, 0, 5, u"x"_s, true},
        {"the underline taken out", underlined, u"====="_s, 0, 5, QString(), true}});
    QCOMPARE(parseArticle(underlined).paragraphs.constFirst().line, 3);
}

void TestArticleUpdate::reportsTheChangedRanges()
{
    const QString text
        = u"Title\n\nFirst paragraph [1].\n\nSecond [2] and [3].\n\nThird [1].\n\nReferences:\n"
          "[1] https://a.example/\n[2] https://b.example/\n[3] https://c.example/\n"_s;
    Article article = parseArticle(text);
    const qsizetype at = text.indexOf(u"and");
    const ArticleChange change = updateArticle(article, at, 0, u"[4] x\n\nnew [5] "_s);
    QVERIFY(!change.whole);
    QCOMPARE(change.firstLine, 5);
    QCOMPARE(change.oldLineEnd, 6);
    QCOMPARE(change.newLineEnd, 8);
    QCOMPARE(change.lineDelta, 2);
    QCOMPARE(change.firstParagraph, 1);
    QCOMPARE(change.oldParagraphEnd, 2);
    QCOMPARE(change.newParagraphEnd, 3);
    QCOMPARE(change.firstCitation, 1);
    QCOMPARE(change.oldCitationEnd, 3);
    QCOMPARE(change.newCitationEnd, 5);
    QCOMPARE(article.references.at(0).line, 12);
    QCOMPARE(article, parseArticle(article.text.toString()));
}

void TestArticleUpdate::structuralEditsParseEverything()
{
    const QString text = u"Title\n\nBody [1].\n\nMore [2].\n\nReferences:\n[1] https://a.example/\n"_s;
    const QStringList structural = {u"\nReferences\n"_s, u"\n```\n"_s, u"\nComments\n"_s};
    for (const QString &insert : structural) {
        Article article = parseArticle(text);
        const ArticleChange change = updateArticle(article, text.indexOf(u"More"), 0, insert);
        QVERIFY2(change.whole, qPrintable(insert));
        QCOMPARE(article, parseArticle(article.text.toString()));
    }
}

// Typing in the title reads the title line alone while it stays the title; anything that makes it
// something else parses everything.
void TestArticleUpdate::titleEditsAreIncremental()
{
    const QString text = u"Harbour title\n\nSeoul, July 2, 2025 \u2014 Body [1].\n\nMore [2] and [1,,2].\n\n"
                         "References:\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QString frontMatter = u"---\ntitle: From front matter\n---\nHeading line\n\nBody [1].\n"_s;
    const QList<LocalEdit> edits = {
        {"a letter", text, u"title"_s, 0, 0, u"x"_s, false},
        {"a word taken out", text, u"Harbour"_s, 0, 8, QString(), false},
        {"a marker", text, u"title"_s, 5, 0, u" [2]"_s, false},
        {"a malformed marker", text, u"title"_s, 5, 0, u" [3-]"_s, false},
        {"a heading's hashes", text, u"Harbour"_s, 0, 0, u"## "_s, false},
        {"all of it taken out", text, u"Harbour"_s, 0, 13, QString(), true},
        {"made a section header", text, u"Harbour"_s, 0, 13, u"References"_s, true},
        {"made a code fence", text, u"Harbour"_s, 0, 0, u"```"_s, true},
        {"a line break", text, u"title"_s, 0, 0, u"\n"_s, true},
        {"its line feed taken out", text, u"title"_s, 5, 1, QString(), true},
        {"from front matter", frontMatter, u"From"_s, 0, 0, u"x"_s, true},
    };
    checkEdits(edits, [](const LocalEdit &edit, const Article &article, const ArticleChange &change) {
        QVERIFY2(change.titleChanged == !edit.whole, edit.name);
        if (!edit.whole) {
            const qsizetype citations = parseArticle(edit.text).citations.size();
            QCOMPARE(change.firstCitation, 0);
            QCOMPARE(change.newCitationEnd - change.oldCitationEnd, article.citations.size() - citations);
        }
    });
}

// Below front matter that is closed, typing reads only what it touches, as in an article without
// one; inside it, or under a "---" that nothing closes yet, the whole article is read again.
void TestArticleUpdate::editsBelowFrontMatterAreIncremental()
{
    const QString closed = u"---\nlayout: post\n---\n# Night trains\n\nThe new sleeper [1].\n\n"
                           "References:\n[1] https://a.example/\n"_s;
    const QString titled = u"---\ntitle: From front matter\n---\nFirst line [1].\n\nMore.\n"_s;
    const QString open = u"---\nlayout: post\n\nBody [1].\n\nMore.\n"_s;
    const QString toml = u"+++\nlayout = \"post\"\n+++\n# Night trains\n\nThe new sleeper [1].\n\n"
                         "References:\n[1] https://a.example/\n"_s;
    const QList<LocalEdit> edits = {
        {"the body", closed, u"sleeper"_s, 0, 0, u"x"_s, false},
        {"the title after it", closed, u"trains"_s, 0, 0, u"x"_s, false},
        {"the first line after a title from it", titled, u"First"_s, 0, 0, u"x"_s, false},
        {"inside it", closed, u"post"_s, 0, 0, u"x"_s, true},
        {"its title", titled, u"From"_s, 0, 0, u"x"_s, true},
        {"under a --- that nothing closes", open, u"Body"_s, 0, 0, u"x"_s, true},
        {"a closing line typed there", open, u"Body"_s, 0, 4, u"---"_s, true},
        {"the body under TOML front matter", toml, u"sleeper"_s, 0, 0, u"x"_s, false},
        {"inside TOML front matter", toml, u"post"_s, 0, 0, u"x"_s, true},
    };
    checkEdits(edits);
}

// Of two lists under header words, both with addresses, the one numbered as markers are ("[1]") is the
// reference list: an edit that changes the form of the first entry of either reads everything again.
void TestArticleUpdate::entryFormsDecideBetweenTwoLists()
{
    const QString text
        = u"T\n## Sources\n1. https://a.example/\n2. https://b.example/\n## Findings\n"
          "Rents rose [1] and [2].\n## References\n[1] https://c.example/\n[2] https://d.example/\n"_s;
    const QList<LocalEdit> edits = {
        {"the reference list's entry renumbered as a dotted one", text, u"[1] https://c"_s, 0, 4, u"1. "_s,
            true},
        {"the data sets' entry numbered as a marker", text, u"1. https://a"_s, 0, 3, u"[1] "_s, true},
        {"a letter in an address of the reference list", text, u"c.example"_s, 1, 0, u"x"_s, true},
        {"a letter in an address of the data sets", text, u"a.example"_s, 1, 0, u"x"_s, true},
    };
    checkEdits(edits);
}

// An entry without an address takes the line under it that holds one, wrapped by hand without an indent:
// typing an address into the entry's line gives that line up (a stray line then), and taking it out
// takes the line back.
void TestArticleUpdate::entriesWrappedByHand()
{
    const QString wrapped = u"T\nA [1] [2].\nReferences\n[1] Doe (2021). A title wrapped onto\n"
                            "the next line. https://a.example/x\n[2] https://b.example/\n"_s;
    const QString whole = u"T\nA [1] [2].\nReferences\n[1] https://c.example/ Doe (2021). A title\n"
                          "the next line. https://a.example/x\n[2] https://b.example/\n"_s;
    QCOMPARE(parseArticle(wrapped).references.constFirst().continuationLines, QList<int> {5});
    QCOMPARE(parseArticle(wrapped).references.constFirst().url, u"https://a.example/x"_s);
    QCOMPARE(parseArticle(whole).strayReferenceLines.size(), 1);
    const QList<LocalEdit> edits = {
        {"an address typed on the entry's line", wrapped, u"Doe"_s, 0, 0, u"https://c.example/ "_s, true},
        {"the entry's address taken out", whole, u"https://c.example/ "_s, 0, 19, QString(), true},
        {"a word in the entry", wrapped, u"title"_s, 0, 0, u"long "_s, true},
    };
    checkEdits(edits);
}

// The rest of an address broken onto the line under the list's last entry is in the list only while the
// entry's address ends its line: typing after the address, or taking that away again, reads the list
// again, as does typing in the broken line itself; what is said of the line follows.
void TestArticleUpdate::addressesBrokenOntoTheNextLine()
{
    const QString broken = u"Title\n\nBody [1] and [2].\n\nReferences:\n[1] https://a.example/\n"
                           "[2] https://b.example/very/\nlong.html\n\nComments\nNo comments yet\n"_s;
    const QString noted = u"Title\n\nBody [1] and [2].\n\nReferences:\n[1] https://a.example/\n"
                          "[2] https://b.example/ (2024)\nlong.html\n\nComments\nNo comments yet\n"_s;
    QCOMPARE(parseArticle(broken).strayReferenceLines.size(), 1);
    QCOMPARE(parseArticle(noted).strayReferenceLines.size(), 0);
    const QList<LocalEdit> edits = {
        {"words typed after the broken address", broken, u"very/\n"_s, 5, 0, u" (2024)"_s, true},
        {"the words after the address taken away", noted, u" (2024)"_s, 0, 7, QString(), true},
        {"a letter in the broken line", broken, u"long"_s, 0, 0, u"x"_s, true},
        {"a letter in the first entry's address", broken, u"a.example"_s, 1, 0, u"x"_s, true},
    };
    checkEdits(edits);
}

// Past a stray line under the list, entries that start over without an address are the article's own
// list (the reference list ends above them): typing an address into one, or a number that goes past the
// list's, or taking out the address of an entry there, moves where the list ends.
void TestArticleUpdate::listsThatStartOverAfterText()
{
    const QString own = u"T\nA [1] [2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"
                        "How we measured:\n[2] Measure flow.\n"_s;
    const QString more = u"T\nA [1] [2].\nReferences\n[1] https://a.example/\n[2] https://b.example/\n"
                         "Note: retracted.\n[1] https://c.example/\n"_s;
    QCOMPARE(parseArticle(own).references.size(), 2);
    QCOMPARE(parseArticle(more).references.size(), 3);
    const QList<LocalEdit> edits = {
        {"the list's last entry renumbered below the one after the text", own, u"[2] https"_s, 1, 1, u"1"_s,
            true},
        {"the address taken out of the list's last entry", own, u"https://b"_s, 0, 18, QString(), true},
        {"the address taken out of the entry after the stray line", more, u"https://c"_s, 0, 18, QString(),
            true},
        {"the entry after the stray line renumbered", more, u"[1] https://c"_s, 1, 1, u"3"_s, true},
        {"a letter in an address", more, u"a.example"_s, 1, 0, u"x"_s, true},
    };
    checkEdits(edits);
}

// Typing in a comment reads that line alone while it stays a comment or blank; the comments after it
// move along, and the findings about the reference list above it stay where they are.
void TestArticleUpdate::commentEditsAreIncremental()
{
    const QString last
        = u"Title\n\nBody [1] and [3].\n\nReferences:\n[1] https://a.example/\n"
          "[1] https://b.example/\n\nComments\nAnn (2025-04-09 18:42): Fine.\n\nBob: Agreed.\n"_s;
    const QString noList = u"Title\n\nBody [1].\n\nComments\nAnn: Fine.\nBob: Agreed.\n"_s;
    const QString unterminated = u"Title\n\nBody [1].\n\nComments\nAnn: Fine.\nBob: Agreed."_s;
    // A comment that reads "Notes", which heads a reference list once an entry follows it.
    const QString notes = u"Title\n\nBody [1].\n\nComments\nNotes\nAnn: Fine.\n"_s;
    const QList<LocalEdit> edits = {
        {"its text", last, u"Fine"_s, 4, 0, u" then"_s, false},
        {"its author", last, u"Ann"_s, 1, 0, u"n"_s, false},
        {"its time", last, u"18:42"_s, 0, 2, u"19"_s, false},
        {"all of it taken out", last, u"Bob: Agreed."_s, 0, 12, QString(), false},
        {"typed on a blank line", last, u"\n\nBob"_s, 1, 0, u"Cy: Yes."_s, false},
        {"no reference list", noList, u"Fine"_s, 4, 0, u" indeed"_s, false},
        {"made the placeholder", last, u"Bob: Agreed."_s, 0, 12, u"No comments yet"_s, true},
        {"made a section header", last, u"Bob: Agreed."_s, 0, 12, u"References"_s, true},
        {"a line break", last, u"Agreed"_s, 0, 0, u"\n"_s, true},
        {"last line without a line feed", unterminated, u"Agreed"_s, 0, 6, u"No"_s, false},
        {"made an entry under Notes", notes, u"Ann: Fine."_s, 0, 10, u"[1] https://a.example/"_s, true},
        {"typed under Notes", notes, u"Fine"_s, 4, 0, u" then"_s, true},
        // The text then ends with a line feed, after which there is no line any more.
        {"last line without a line feed taken out", unterminated, u"Bob: Agreed."_s, 0, 12, QString(), true},
    };
    checkEdits(edits, [](const LocalEdit &edit, const Article &, const ArticleChange &change) {
        QVERIFY2(change.commentsChanged == !edit.whole, edit.name);
    });
}

// A lone CR ends a line, as in the editor: an article written with them is read line by line, edits
// in it stay local, and a CR that meets a line feed (one terminator now) has everything read again.
void TestArticleUpdate::loneCarriageReturnsEndLines()
{
    const QString cr = u"Title\r\rBody [1] and [2].\r\rReferences:\r[1] https://a.example/\r"
                       "[2] https://b.example/\r\rComments\rAnn: Fine.\rBob: Agreed.\r"_s;
    const QString mixed
        = u"Title\r\nBody [1].\rMore [1].\nEnd [1].\r\nComments\rAnn: Fine.\rX\nBob: Agreed.\n"_s;
    const QList<LocalEdit> edits = {
        {"typed in the body", cr, u"Body"_s, 4, 0, u" text"_s, false},
        {"typed in the title", cr, u"Title"_s, 5, 0, u"s"_s, false},
        {"typed in a comment", cr, u"Fine"_s, 4, 0, u" then"_s, false},
        {"a CR typed in the body", cr, u"Body"_s, 4, 0, u"\r"_s, false},
        {"typed in the body, mixed", mixed, u"More"_s, 4, 0, u" text"_s, false},
        // Taking out the line between a CR and a line feed joins them: "Ann: Fine.\r\n".
        {"a comment emptied after a CR", mixed, u"X\n"_s, 0, 1, QString(), true},
        {"a body line emptied after a CR", mixed, u"More [1]."_s, 0, 9, QString(), true},
    };
    checkEdits(edits);
    // An entry is read again alone; the change says the body stayed (as for one ended by a line feed).
    checkEdits({{"typed in an entry", cr, u"a.example/"_s, 2, 0, u"x"_s, true}},
        [](const LocalEdit &, const Article &, const ArticleChange &change) {
            QVERIFY(change.bodyUnchanged);
        });
    const Article article = parseArticle(cr);
    QCOMPARE(article.title, u"Title"_s);
    QCOMPARE(article.references.size(), 2);
    QCOMPARE(article.comments.size(), 2);
    QCOMPARE(article.preferredNewline(), u"\r"_s);
}

// The first paragraph, where the dateline stands, is read again on its own like any other, and the
// dateline with it: typing in a 10 MB article's lead costs what typing anywhere else does.
void TestArticleUpdate::datelineParagraphEditsAreIncremental()
{
    const QString withDateline = u"Title\n\nSeoul, July 2, 2025 \u2014 Body [1].\n\nMore [2].\n\n"
                                 "References:\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QString without = u"Title\n\nBody [1].\n\nMore [2].\n\nReferences:\n[1] https://a.example/\n"_s;
    const QString lead = u"Title\n\nLead.\n\nOSLO \u2014 Then [1].\n"_s;
    // With the dateline's place afterwards (null: no dateline).
    const QList<std::pair<LocalEdit, QString>> edits = {
        {{"text after the dateline", withDateline, u"Body"_s, 0, 0, u"x"_s, false}, u"Seoul"_s},
        {{"its place", withDateline, u"Seoul"_s, 2, 0, u"x"_s, false}, u"Sexoul"_s},
        {{"its dash taken out", withDateline, u"\u2014"_s, 0, 1, QString(), false}, QString()},
        {{"a dateline typed", without, u"Body"_s, 0, 0, u"Paris, May 1, 2024 \u2014 "_s, false}, u"Paris"_s},
        {{"blank lines above it", withDateline, u"\n\nSeoul"_s, 1, 0, u"\n\n"_s, false}, u"Seoul"_s},
        {{"a marker typed in it", withDateline, u"Body"_s, 4, 0, u" [2]"_s, false}, u"Seoul"_s},
        // The lead paragraph taken out: the next one is now the first. It is not among the changed
        // paragraphs, so when it reads as a dateline now, the article is read again.
        {{"the lead taken out, no dateline next", withDateline, u"Seoul"_s, 0, 37, QString(), false},
            QString()},
        {{"the lead taken out, a dateline next", lead, u"Lead"_s, 0, 5, QString(), true}, u"OSLO"_s},
        {{"the lead and the lines below taken out", lead, u"Lead"_s, 0, 7, QString(), false}, u"OSLO"_s},
    };
    for (const auto &[edit, place] : edits) {
        checkEdits({edit}, [&place](const LocalEdit &edit, const Article &article, const ArticleChange &) {
            QVERIFY2(article.hasDateline == !place.isNull(), edit.name);
            if (!place.isNull())
                QCOMPARE(article.dateline.place, place);
        });
        if (QTest::currentTestFailed())
            return;
    }
}

// Typing in a reference entry tells the views the body stayed as it was, unless the entry stops being
// one and the line joins the text after the list.
void TestArticleUpdate::referenceEntryEditsKeepTheBody()
{
    const QString text = u"Title\n\nBody [1] and [2].\n\nReferences:\n[1] https://a.example/ First\n"
                         "[2] https://b.example/\n\nAfter the list [2].\n\nComments\nAnn: Fine.\n"_s;
    struct Case
    {
        QString anchor;
        qsizetype offset;
        qsizetype removed;
        QString inserted;
        bool bodyUnchanged;
    };
    const QList<Case> cases = {
        {u"First"_s, 5, 0, u" words"_s, true}, // the label
        {u"https://a"_s, 8, 1, u"b"_s, true}, // the address
        {u"[1] https"_s, 1, 1, u"3"_s, true}, // the number: the body's markers are the same
        // "[2 https://…": no entry, but one written wrongly, kept in the list (to be reported)
        {u"[2] https"_s, 2, 1, QString(), true},
        {u"[2] https"_s, 0, 4, u"See "_s, false}, // "See https://…": text after the list
        {u"First"_s, 5, 0, u"\n"_s, true}, // a line break: everything is read again, the body stays
    };
    // Under "Notes", the entries hold the list up while one of them has an address: without any, the
    // lines are body text again.
    const QString notes = u"Title\n\nBody [1] and [2].\n\nNotes:\n[1] https://a.example/ First\n"
                          "[2] https://b.example/ Second\n"_s;
    QString oneAddress = notes;
    oneAddress.replace(u"https://b.example/ "_s, QString());
    for (const auto &[list, anchor, bodyUnchanged] :
        {std::tuple(notes, u"https://a.example/ "_s, true), std::tuple(notes, u"https://b.example/ "_s, true),
            std::tuple(oneAddress, u"https://a.example/ "_s, false)}) {
        Article article = parseArticle(list);
        QVERIFY(article.referencesSection.present);
        const qsizetype at = list.indexOf(anchor);
        const ArticleChange change = updateArticle(article, at, anchor.size(), QString());
        QString edited = list;
        edited.remove(at, anchor.size());
        QCOMPARE(article, parseArticle(edited));
        QCOMPARE(article.referencesSection.present, bodyUnchanged);
        QCOMPARE(change.bodyUnchanged, bodyUnchanged);
    }

    // An entry whose address stands on its continuation line keeps it through edits of its own line;
    // under "Notes", only an address on an entry's own line holds the list up (the first entry's run
    // ends at its continuation line, so there is no list: the last edit is one in body text).
    for (const QString &header : {u"References:"_s, u"Notes:"_s}) {
        const bool named = header == u"References:"_s;
        const QString wrapped = u"Title\n\nBody [1] and [2].\n\n%1\n[1] A report. Retrieved from\n"
                                "    https://a.example/\n[2] https://b.example/ Second\n"_s.arg(header);
        checkEdits({{"typed in the entry's label", wrapped, u"A report"_s, 0, 0, u"New "_s, true},
            {"an address of its own typed", wrapped, u"Retrieved"_s, 0, 0, u"https://c.example/ "_s, true},
            {"the other entry's address taken out", wrapped, u"https://b.example/ "_s, 0, 19, QString(),
                named}});
    }

    // Of two lists, the one whose entries have an address heads: an edit that gives one an address, or
    // takes the other's away, changes which.
    const QString two = u"Title\n\nBody [1].\n\nSources:\n1. INE microdata\n\nReferences:\n"
                        "[1] https://a.example/\n"_s;
    QCOMPARE(parseArticle(two).referencesSection.headerLine, 8);
    checkEdits({{"the other list given an address", two, u"INE"_s, 0, 0, u"https://x.example/ "_s, true},
        {"the list's address taken out", two, u"https://a.example/"_s, 0, 18, u"A book"_s, true},
        {"typed in the list's address", two, u"a.example"_s, 0, 0, u"b"_s, true}});

    for (const Case &c : cases) {
        Article article = parseArticle(text);
        const qsizetype at = text.indexOf(c.anchor) + c.offset;
        const ArticleChange change = updateArticle(article, at, c.removed, c.inserted);
        QString edited = text;
        edited.replace(at, c.removed, c.inserted);
        QCOMPARE(article, parseArticle(edited));
        QVERIFY2(change.whole, qPrintable(c.anchor));
        QCOMPARE(change.bodyUnchanged, c.bodyUnchanged);
        QCOMPARE(change.delta, c.inserted.size() - c.removed);
    }
}

// A list under a heading of the writer's own is read as the reference list only below a marker, and only
// while an entry with an address follows the heading: edits that make or unmake any of these parse
// everything, and others stay in place.
void TestArticleUpdate::editsMakeAndUnmakeUnnamedLists()
{
    const QString plain = u"Title\n\nBody [1].\n\nMy sources\n[1] https://a.example/\n\nComments\n"_s;
    const QString listed
        = u"Title [2]\n\nBody [1].\n\nMore.\n\nMy sources:\n\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QString uncited = u"Title\n\nBody.\n\nMore.\n\nFurther reading\n[1] https://a.example/\n"_s;
    const QList<LocalEdit> edits = {
        {"a colon makes the heading", plain, u"My sources"_s, 10, 0, u":"_s, true},
        {"typed in the body", listed, u"More"_s, 4, 0, u" words"_s, false},
        {"a marker typed in the body", listed, u"More"_s, 4, 0, u" [2]"_s, false},
        {"the colon taken out", listed, u"sources:"_s, 7, 1, QString(), true},
        {"the blank line under it made text", listed, u"sources:"_s, 9, 0, u"Text"_s, true},
        {"the body's marker taken out, the title's stays", listed, u"Body"_s, 5, 3, QString(), false},
        {"the title's marker taken out, the body's stays", listed, u"Title"_s, 5, 4, QString(), false},
        {"a line break before the first marker", listed, u"Body"_s, 4, 0, u"\n"_s, false},
        {"the first marker typed", uncited, u"More"_s, 4, 0, u" [1]"_s, true},
        {"typed in an article that cites nothing", uncited, u"More"_s, 4, 0, u" [x]"_s, false},
        {"a heading made above an entry", u"Title\n\nBody [1].\n\nNote\n[1] https://a.example/\n"_s,
            u"Note"_s, 0, 0, u"## "_s, true},
        // The entries hold the list up while one of them has an address, the first or a later one.
        {"an address given to a later entry", u"Title\n\nBody [1].\n\nOurs:\n[1] A book\n[2] Another\n"_s,
            u"Another"_s, 0, 0, u"https://b.example/ "_s, true},
        {"under Notes", u"Title\n\nBody [1].\n\nNotes\n[1] A book\n[2] Another\n"_s, u"Another"_s, 0, 0,
            u"https://b.example/ "_s, true},
        {"a later entry's address taken",
            u"Title\n\nBody [1].\n\nOurs:\n[1] A book\n[2] https://b.example/\n"_s, u"https://"_s, 0, 8,
            QString(), true},
        {"an entry added under a list", u"Title\n\nBody [1].\n\nNotes\n[1] A book\n[2] Another\n"_s,
            u"Another"_s, 7, 0, u"\n[3] https://c.example/"_s, true},
    };
    checkEdits(edits);
    // Both markers taken out, one edit each: the list is text again once the last one goes.
    Article article = parseArticle(listed);
    updateArticle(article, listed.indexOf(u"Body"_s) + 5, 3, QString());
    QVERIFY(article.referencesSection.present);
    const ArticleChange change = updateArticle(article, 5, 4, QString());
    QVERIFY(change.whole);
    QVERIFY(!article.referencesSection.present);
    QCOMPARE(article, parseArticle(article.text.toString()));
}

// A range too long to be counted ("[1-100000]") is neither checked nor counted, but the entries it takes
// in are cited all the same: typing one that long, or shortening it, keeps them out of the never-cited.
void TestArticleUpdate::rangesTooLongToCountStillCite()
{
    const QString text
        = u"Title\n\nBody [5-100000] and [1].\n\nMore [3].\n\nReferences:\n[1] https://a.example/\n"
          "[2] https://b.example/\n[3] https://c.example/\n[7] https://d.example/\n"_s;
    const Article article = parseArticle(text);
    QList<qint64> unused;
    for (const Diagnostic &d : analyseArticle(article)) {
        if (d.code == u"unused-reference")
            unused.append(article.references.at(d.referenceIndex).number);
    }
    QCOMPARE(unused, QList<qint64> {2}); // entry [7] is in the range, [2] is not
    const QList<LocalEdit> edits = {
        {"range shortened", text, u"100000"_s, 3, 3, QString(), false},
        {"range lengthened", text, u"100000"_s, 0, 0, u"9"_s, false},
        {"range made to take in [2]", text, u"[5-"_s, 1, 1, u"2"_s, false},
        {"the other marker of [3] taken out", text, u"More [3]"_s, 5, 3, QString(), false},
    };
    checkEdits(edits);
}

// A line of the list holding two entries keeps saying so through edits above it and of its own: the
// second entry and its finding move along, and come and go as it is typed or put on a line of its own.
void TestArticleUpdate::entriesJoinedOnOneLine()
{
    const QString joined
        = u"T\nA [1] B [2].\nReferences\n[1] https://a.example/ [2] https://b.example/\n[3] https://c.example/\n"_s;
    const QString apart = u"T\nA [1] B [2].\nReferences\n[1] https://a.example/\n[3] https://c.example/\n"_s;
    const Article article = parseArticle(joined);
    QVERIFY(!joinedEntrySpan(article, article.references.constFirst()).isEmpty());
    const QList<LocalEdit> edits = {
        {"a word typed above the line", joined, u"B [2]"_s, 0, 0, u"word "_s, false},
        {"a word typed in the first entry", joined, u"a.example/"_s, 10, 0, u" Title"_s, true},
        {"the second entry typed", apart, u"a.example/"_s, 10, 0, u" [2] https://b.example/"_s, true},
        {"the second entry put on a line of its own", joined, u"/ [2]"_s, 1, 1, u"\n"_s, true},
        // (Its finding names no line: lines typed above move it, and it stays true.)
        {"a line typed above the list", joined, u"B [2]"_s, 0, 0, u"\n"_s, false},
    };
    checkEdits(edits);
}

QTEST_GUILESS_MAIN(TestArticleUpdate)
#include "tst_articleupdate.moc"
