// Entries as assistants and Markdown writers shape them: the address and the label read through the
// emphasis, code and link syntax around them (docs/FORMAT.md, "Entries").
#include "articleedits.h"
#include "articleio.h"
#include "diagnostic.h"
#include "formattestutil.h"
#include "referenceentry.h"
#include "renumber.h"
#include "textedit.h"

#include <QTest>

using namespace Citewise;
using namespace Citewise::Test;
using namespace Qt::StringLiterals;

class TestEntryShapes : public QObject
{
    Q_OBJECT

private slots:
    void addressAndLabel_data();
    void addressAndLabel();
    void wordsAfterALinkInEmphasisAreItsNote();
    void htmlListItems();
    void trailingPunctuationIsNoPartOfTheAddress_data();
    void trailingPunctuationIsNoPartOfTheAddress();
    void twoEntriesOnOneLine_data();
    void twoEntriesOnOneLine();
    void numbersAloneBeforeTheirAddress();
};

void TestEntryShapes::addressAndLabel_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");

    // "**[Title](https://…)** – Site", as chat assistants list their sources.
    QTest::addRow("link in bold")
        << u"1. **[Stanford WFH study](https://www.nber.org/papers/w18871)** – NBER"_s
        << u"https://www.nber.org/papers/w18871"_s << u"Stanford WFH study"_s;
    QTest::addRow("link in italics") << u"[1] *[Italic link](https://a.example/two)*"_s
                                     << u"https://a.example/two"_s << u"Italic link"_s;
    QTest::addRow("link in underscores") << u"[1] __[Underscore bold](https://a.example/six)__"_s
                                         << u"https://a.example/six"_s << u"Underscore bold"_s;
    QTest::addRow("link struck through")
        << u"[1] ~~[Old](https://a.example/old)~~"_s << u"https://a.example/old"_s << u"Old"_s;
    QTest::addRow("link in quotes") << u"[1] \"[Quoted link](https://a.example/seven)\""_s
                                    << u"https://a.example/seven"_s << u"Quoted link"_s;
    // Emphasis inside the link's text is the label's own: the views show it.
    QTest::addRow("bold text in a link") << u"[1] [**Bold text**](https://a.example/three)"_s
                                         << u"https://a.example/three"_s << u"**Bold text**"_s;
    // Words before the link name the source; the link's text is then only the site.
    QTest::addRow("words before a link") << u"[1] Title — [example.org](https://a.example/five)"_s
                                         << u"https://a.example/five"_s << u"Title"_s;
    QTest::addRow("address in bold") << u"[1] **https://a.example/fourteen**"_s
                                     << u"https://a.example/fourteen"_s << QString();
    QTest::addRow("address in bold after a title")
        << u"[1] Title. **https://a.example/seven**."_s << u"https://a.example/seven"_s << u"Title."_s;
    QTest::addRow("address in italics")
        << u"[1] Title: _https://a.example/eight_"_s << u"https://a.example/eight"_s << u"Title"_s;
    QTest::addRow("address in code") << u"[1] `https://a.example/twelve`"_s << u"https://a.example/twelve"_s
                                     << QString();
    QTest::addRow("bold title after the address")
        << u"[1] https://a.example/nine**Title**"_s << u"https://a.example/nine"_s << u"**Title**"_s;
    QTest::addRow("bold title before the address")
        << u"[1] **Title** — https://a.example/eight**"_s << u"https://a.example/eight"_s << u"**Title**"_s;
    // An address in angle brackets may hold spaces (CommonMark's link destinations).
    QTest::addRow("angle brackets with a space")
        << u"[1] <https://a.example/with space>"_s << u"https://a.example/with space"_s << QString();
    QTest::addRow("link to angle brackets with a space")
        << u"[1] [Title](<https://a.example/a b>)"_s << u"https://a.example/a b"_s << u"Title"_s;
    // "<a" starts a tag, not an address.
    QTest::addRow("HTML link") << u"[1] <a href=\"https://a.example/nine\">Nine</a>"_s
                               << u"https://a.example/nine"_s << u"Nine"_s;
    QTest::addRow("parenthesised address in a link")
        << u"[1] [Python](https://en.wikipedia.org/wiki/Python_(programming_language))"_s
        << u"https://en.wikipedia.org/wiki/Python_(programming_language)"_s << u"Python"_s;
    // An address written from its host on, as assistants and hand-made lists write them, where no other
    // address stands; a name that only looks like a host ("Node.js", "README.md") is none.
    QTest::addRow("host and path") << u"[1] reuters.com/world/europe/ports-2025-03-01"_s
                                   << u"reuters.com/world/europe/ports-2025-03-01"_s << QString();
    QTest::addRow("host and path after a name")
        << u"[1] Reuters - apnews.com/article/abc123."_s << u"apnews.com/article/abc123"_s << u"Reuters"_s;
    QTest::addRow("host alone") << u"[1] Associated Press (apnews.com)"_s << u"apnews.com"_s
                                << u"Associated Press"_s;
    QTest::addRow("country host alone") << u"[1] BBC News, bbc.co.uk"_s << u"bbc.co.uk"_s << u"BBC News"_s;
    QTest::addRow("an address with a scheme goes first")
        << u"[1] Mirror of reuters.com/a at https://a.example/mirror"_s << u"https://a.example/mirror"_s
        << u"Mirror of reuters.com/a at"_s;
    QTest::addRow("a shortened link") << u"[1] bit.ly/3xYz9"_s << u"bit.ly/3xYz9"_s << QString();
    QTest::addRow("a library's name is no host")
        << u"[1] Node.js documentation, v20"_s << QString() << u"Node.js documentation, v20"_s;
    QTest::addRow("libraries' names are no host")
        << u"[1] Node.js/Express guide"_s << QString() << u"Node.js/Express guide"_s;
    QTest::addRow("a file's name is no host")
        << u"[1] README.md in the repository"_s << QString() << u"README.md in the repository"_s;
    QTest::addRow("a version is no host")
        << u"[1] Release notes 2.4.1/2.5"_s << QString() << u"Release notes 2.4.1/2.5"_s;
}

void TestEntryShapes::addressAndLabel()
{
    QFETCH(QString, entry);
    QFETCH(QString, url);
    QFETCH(QString, label);
    const Article a = parse(u"Title\nBody [1].\nReferences:\n"_s + entry + u"\n"_s);
    QCOMPARE(a.references.size(), 1);
    const Reference &r = a.references.constFirst();
    QCOMPARE(r.url, url);
    QCOMPARE(a.view(r.urlSpan).toString().remove(u' '), QString(url).remove(u' '));
    QCOMPARE(r.label, label);
    QCOMPARE(a.view(r.labelSpan), label);
}

void TestEntryShapes::wordsAfterALinkInEmphasisAreItsNote()
{
    const Article a = parse(
        u"Title\nBody [1].\nReferences:\n1. **[Stanford study](https://a.example/w1)** – NBER, 2015\n"_s);
    QCOMPARE(a.references.size(), 1);
    QCOMPARE(a.view(a.references.at(0).noteSpan), u"NBER, 2015"_s);
}

// A list exported as HTML: its items' tags are neither number, address nor label, and the lines that
// open and close the list separate entries as blank lines do; nothing is stray, nothing dangles.
void TestEntryShapes::htmlListItems()
{
    const Article a = parse(u"Title\nBody [1] [2] [3].\nReferences:\n<ol>\n<li>[1] https://a.example/1</li>\n"
                            "<li>[2] <a href=\"https://a.example/2\">Two</a></li>\n"
                            "<LI>[3] https://a.example/3 The third</LI>\n</ol>\n"_s);
    QCOMPARE(a.references.size(), 3);
    QCOMPARE(a.references.at(0).url, u"https://a.example/1"_s);
    QCOMPARE(a.references.at(0).label, QString());
    QCOMPARE(a.references.at(1).label, u"Two"_s);
    QCOMPARE(a.references.at(2).label, u"The third"_s);
    QVERIFY(a.strayReferenceLines.isEmpty());
    QVERIFY(analyseArticle(a).isEmpty());
}

void TestEntryShapes::trailingPunctuationIsNoPartOfTheAddress_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("url");
    // What GitHub leaves out of an address it links: the marks that end a sentence or a word's emphasis.
    for (const QString &mark : {u"!"_s, u":"_s, u"?"_s, u"."_s, u","_s, u";"_s, u"*"_s, u"_"_s, u"~"_s}) {
        QTest::addRow("%s", qPrintable(mark))
            << u"[1] See https://a.example/page"_s + mark << u"https://a.example/page"_s;
    }
    QTest::addRow("query kept") << u"[1] https://a.example/search?q=a"_s << u"https://a.example/search?q=a"_s;
    QTest::addRow("underscore inside kept") << u"[1] https://a.example/a_b"_s << u"https://a.example/a_b"_s;
}

void TestEntryShapes::trailingPunctuationIsNoPartOfTheAddress()
{
    QFETCH(QString, entry);
    QFETCH(QString, url);
    const Article a = parse(u"Title\nBody [1].\nReferences:\n"_s + entry + u"\n"_s);
    QCOMPARE(a.references.size(), 1);
    QCOMPARE(a.references.at(0).url, url);
}

void TestEntryShapes::twoEntriesOnOneLine_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("joined"); // what the line holds from the second entry on; empty for none

    QTest::addRow("joined by a space")
        << u"[1] https://a.example/1 [2] https://a.example/2"_s << u"https://a.example/1"_s << QString()
        << u"[2] https://a.example/2"_s;
    QTest::addRow("joined by a line break tag")
        << u"[1] https://a.example/1<br>[2] https://a.example/2"_s << u"https://a.example/1"_s << QString()
        << u"[2] https://a.example/2"_s;
    QTest::addRow("three, labelled")
        << u"[1] One https://a.example/1 <br/> [2] Two https://a.example/2 [3] x"_s
        << u"https://a.example/1"_s << u"One"_s << u"[2] Two https://a.example/2 [3] x"_s;
    QTest::addRow("numbered with full stops, after a line break tag")
        << u"1. https://a.example/1<br>2. https://a.example/2"_s << u"https://a.example/1"_s << QString()
        << u"2. https://a.example/2"_s;
    // The second one's address would have been the first one's.
    QTest::addRow("the first without an address") << u"[1] A book [2] https://a.example/2"_s << QString()
                                                  << u"A book"_s << u"[2] https://a.example/2"_s;
    // A year in brackets, or a number that does not follow on after words, starts no entry.
    QTest::addRow("a year in brackets") << u"[1] Smith [2020] https://a.example/1"_s
                                        << u"https://a.example/1"_s << u"Smith [2020]"_s << QString();
    QTest::addRow("another number") << u"[1] https://a.example/1 see [3] https://a.example/3"_s
                                    << u"https://a.example/1"_s << u"see [3] https://a.example/3"_s
                                    << QString();
    // Right after the first one's address, another number starts an entry: one was lost in between.
    QTest::addRow("another number right after the address")
        << u"[1] https://a.example/1 [3] https://a.example/3"_s << u"https://a.example/1"_s << QString()
        << u"[3] https://a.example/3"_s;
    QTest::addRow("another number after a labelled entry")
        << u"[1] One https://a.example/1\t[3] Three https://a.example/3"_s << u"https://a.example/1"_s
        << u"One"_s << u"[3] Three https://a.example/3"_s;
    QTest::addRow("a year in brackets right after the address")
        << u"[1] https://a.example/1 [2019] https://a.example/mirror"_s << u"https://a.example/1"_s
        << u"[2019] https://a.example/mirror"_s << QString();
    QTest::addRow("no address after it") << u"[1] https://a.example/1 Errata: [2] below"_s
                                         << u"https://a.example/1"_s << u"Errata: [2] below"_s << QString();
}

// Two entries on one line (a list copied from a page, or joined by <br>): the first is read up to the
// second, whose number and address are no label of the first's; the line says it holds another.
void TestEntryShapes::twoEntriesOnOneLine()
{
    QFETCH(QString, entry);
    QFETCH(QString, url);
    QFETCH(QString, label);
    QFETCH(QString, joined);
    const Article a = parse(u"Title\nBody [1].\nReferences:\n"_s + entry + u"\n"_s);
    QCOMPARE(a.references.size(), 1);
    const Reference &r = a.references.constFirst();
    QCOMPARE(r.number, 1);
    QCOMPARE(r.url, url);
    QCOMPARE(r.label, label);
    QCOMPARE(a.view(joinedEntrySpan(a, r)).toString(), joined);
}

QTEST_APPLESS_MAIN(TestEntryShapes)
#include "tst_entryshapes.moc"

// "1 https://…": a table of sources or footnotes copied as text keep the number and lose its mark. The
// number alone is an entry's only when an address follows it: renumbered in place, and written with a
// full stop when an edit leaves the entry without its address.
void TestEntryShapes::numbersAloneBeforeTheirAddress()
{
    const QString text = u"T\nWind grew [2] and floats [1].\nSources\n"
                         "1 https://a.example/one\n2\thttps://b.example/two Annual report\n"
                         "- 3 www.c.example/three\n\nComments\nNo comments yet\n"_s;
    const Article a = parse(text);
    QCOMPARE(a.references.size(), 3);
    QVERIFY(a.strayReferenceLines.isEmpty());
    for (const Reference &ref : a.references)
        QCOMPARE(ref.style, Reference::Style::Bare);
    QCOMPARE(a.references.at(0).url, u"https://a.example/one"_s);
    QCOMPARE(a.references.at(1).number, 2);
    QCOMPARE(a.references.at(1).url, u"https://b.example/two"_s);
    QCOMPARE(a.references.at(1).label, u"Annual report"_s);
    QCOMPARE(a.view(a.references.at(2).numberSpan), u"3"_s);
    QCOMPARE(a.references.at(2).url, u"www.c.example/three"_s);
    const QList<Diagnostic> problems = analyseArticle(a);
    QVERIFY2(std::none_of(problems.cbegin(), problems.cend(),
                 [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; }),
        qPrintable(problems.isEmpty() ? QString() : problems.constFirst().message));

    const RenumberResult renumbered = renumberCitations(a);
    QVERIFY(!renumbered.refused());
    QCOMPARE(applyEdits(text, renumbered.edits),
        u"T\nWind grew [1] and floats [2].\nSources\n"
        "1\thttps://b.example/two Annual report\n2 https://a.example/one\n"
        "- 3 www.c.example/three\n\nComments\nNo comments yet\n"_s);

    const Article edited = parse(applyEdits(text, updateReferenceEdits(a, 0, 1, QString(), u"Notes"_s)));
    QCOMPARE(edited.references.size(), 3);
    QCOMPARE(edited.references.at(0).style, Reference::Style::Dotted);
    QCOMPARE(edited.references.at(0).label, u"Notes"_s);

    // A number before words, or a year, is no entry: the line stays in the list, reported.
    for (const QString &line : {u"2 million readers https://b.example/two"_s, u"2 see https://b.example/"_s,
             u"2024: https://b.example/"_s}) {
        const Article prose = parse(u"T\nA [1] B [2].\nReferences\n[1] https://a.example/\n"_s + line
            + u"\n[3] https://c.example/\n"_s);
        QCOMPARE(prose.references.size(), 2);
        QCOMPARE(prose.strayReferenceLines.size(), 1);
    }
}
