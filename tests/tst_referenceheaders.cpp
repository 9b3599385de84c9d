// Which line heads the reference list, as docs/FORMAT.md states it: header words in many languages and
// forms, words that head a list only when an entry follows them, underlined headers, headers in code,
// and lists under a heading of the writer's own.
#include "articleio.h"
#include "diagnostic.h"
#include "formattestutil.h"
#include "sectionheaders.h"

#include <QTest>

using namespace Citewise;
using namespace Citewise::Test;
using namespace Qt::StringLiterals;

class TestReferenceHeaders : public QObject
{
    Q_OBJECT
private slots:
    void looseListHeaders_data();
    void looseListHeaders();
    void headerWords_data();
    void headerWords();
    void notHeaderWords();
    void underlinedHeaders();
    void headersInCodeBlocks();
    void unnamedListHeadings_data();
    void unnamedListHeadings();
};

// Whether `a` has its reference list under line `headerLine` (0: none), with `references` entries.
static void compareList(const Article &a, int headerLine, int references)
{
    QCOMPARE(a.referencesSection.present, headerLine > 0);
    QCOMPARE(a.referencesSection.headerLine, headerLine);
    QCOMPARE(a.references.size(), references);
}

// Words such as "Notes" or "Footnotes" head a reference list only when an entry with an address follows
// them: prose notes and other text stand under them too, and stay body text.
void TestReferenceHeaders::looseListHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("headerLine"); // 0: no references section
    QTest::addColumn<int>("references");

    QTest::addRow("notes, then entries") << u"T\nBody [1] and [2].\nNotes:\n[1] https://a.example/x\n"
                                            "[2] https://b.example/y A report\n"_s
                                         << 3 << 2;
    QTest::addRow("heading, blank line, dotted entry")
        << u"T\nBody [1].\n\n## Endnotes\n\n1. https://a.example/x\n"_s << 4 << 1;
    // A list of links under such a heading is seldom cited: it stays text.
    QTest::addRow("links") << u"T\nBody.\n\n## Further reading\n\n1. https://a.example/x\n"_s << 0 << 0;
    QTest::addRow("Korean") << u"T\n본문 [1].\n각주\n[1] https://a.example/x\n"_s << 3 << 1;
    QTest::addRow("German, Markdown link entry")
        << u"T\nText [1].\n**Anmerkungen:**\n[1] [Bericht](https://a.example/x)\n"_s << 3 << 1;
    QTest::addRow("prose notes") << u"T\nBody [1].\nNotes\n[1] The figure excludes exports.\n"_s << 0 << 0;
    QTest::addRow("a later entry with an address")
        << u"T\nBody [1] and [2].\nNotes\n[1] A book, p. 4\n\n[2] https://a.example/x\n"_s << 3 << 2;
    QTest::addRow("an address only after the entries")
        << u"T\nBody [1].\nNotes\n[1] A book, p. 4\nSee https://a.example/x\n"_s << 0 << 0;
    QTest::addRow("notes over prose") << u"T\nBody.\nNotes\nSee the appendix [2].\n"_s << 0 << 0;
    QTest::addRow("notes before the named header")
        << u"T\nBody [1].\nNotes\nWritten in March.\nReferences\n[1] https://a.example/x\n"_s << 5 << 1;
    QTest::addRow("named header without entry wins over notes without one")
        << u"T\nBody [1].\nReferences\nNone yet.\nNotes\nMore text.\n"_s << 3 << 0;
    // Lists of their own above the sources: notes with an address, a list of data without.
    QTest::addRow("notes list above the references")
        << u"T\nBody [1] and [2].\n\nNotes:\n1. In 2023 dollars.\n2. See https://a.example/m.\n\n"
           "References:\n[1] https://b.example/\n[2] https://c.example/\n"_s
        << 8 << 2;
    QTest::addRow("a list without addresses above the references")
        << u"T\nBody [1].\n### Sources\n1. INE microdata\n2. Eurostat tables\n## References\n"
           "[1] https://b.example/\n"_s
        << 6 << 1;
    // Both lists have addresses under a header word: the one numbered as the markers are is theirs.
    QTest::addRow("a numbered list of data sets above the references")
        << u"# Housing\n### Sources\n1. https://data.census.gov/acs\n2. https://www.zillow.com/x\n## "
           u"Findings\n"
           "Rents rose [1], Sun Belt [2][3].\n## References\n[1] https://www.bls.gov/cpi/\n"
           "[2] https://b.example/\n[3] https://c.example/\n"_s
        << 7 << 3;
    QTest::addRow("a list pasted in a comment")
        << u"T\nBonds fell [2] after markets rallied [1].\nReferences:\n1. https://a.example/m\n"
           "2. https://a.example/b\nComments\nAnn (2025-01-02): You should cite these instead:\nSources:\n"
           "[1] https://other.example/x\n[2] https://other.example/y\n"_s
        << 3 << 2;
    QTest::addRow("a heading of a pictograph alone")
        << u"T\nBig news [2] and small news [1].\n## \U0001F4DA\n[1] https://a.example/\n[2] https://b.example/\n"_s
        << 3 << 2;
    QTest::addRow("the first of two lists numbered alike")
        << u"T\nBody [1].\n## Sources\n1. https://a.example/\n## References\n1. https://b.example/\n"_s << 3
        << 1;
    // A numbered table of contents names the list's section: its line is no header of the list.
    QTest::addRow("a table of contents above the list")
        << u"T\nContents\n1 Introduction\n2 References\nBody [1].\nReferences\n1. https://a.example/\n"_s << 6
        << 1;
    QTest::addRow("entries without addresses under the only header word")
        << u"T\nBody [1].\nNotes:\n1. See https://a.example/ for more.\nReferences:\n[1] A book\n"_s << 5
        << 1;
}

void TestReferenceHeaders::looseListHeaders()
{
    QFETCH(QString, text);
    QFETCH(int, headerLine);
    QFETCH(int, references);
    const Article a = parse(text);
    compareList(a, headerLine, references);
    if (QTest::currentTestFailed())
        return;
    if (headerLine > 0) {
        // The markers above the list cite its entries; the header is no paragraph.
        QVERIFY(std::none_of(a.paragraphs.cbegin(), a.paragraphs.cend(),
            [&](const Paragraph &p) { return p.line >= headerLine && !p.afterReferences; }));
    }
    // A loose word is still a title, as any line is.
    QCOMPARE(parse(u"Notes\nBody [1].\nReferences\n[1] https://a.example/x\n"_s).title, u"Notes"_s);
}

void TestReferenceHeaders::headerWords_data()
{
    QTest::addColumn<QString>("header");
    for (const QString &header : {u"Sources and references"_s, u"Cited sources:"_s, u"## Source list"_s,
             u"References & Notes"_s, u"References —"_s, u"Literaturverzeichnis"_s, u"Список литературы"_s,
             u"Kaynaklar:"_s, u"المراجع"_s, u"Källor"_s, u"Daftar pustaka"_s, u"Tài liệu tham khảo"_s,
             u"References (3)"_s, u"== References =="_s, u"References[edit]"_s,
             u"Referencias bibliográficas"_s, u"Sources & further reading"_s, u"Fuentes consultadas:"_s,
             u"引用元"_s, u"Sources used"_s, u"References:<br>"_s, u"**Sources:**<br />"_s,
             u"References and further reading"_s, u"Sources/References"_s, u"References / Sources"_s,
             u"Источники и литература"_s, u"## Sources (12):"_s, u"## \U0001F4DA References"_s,
             u"References \U0001F517"_s, u"\u2705 Sources:"_s, u"**\U0001F4D6\uFE0F Sources**"_s,
             u"Bibliographie"_s, u"Referências bibliográficas"_s, u"Referenser"_s, u"Kildeliste"_s,
             u"Viitteet"_s, u"Literatuur"_s, u"Odkazy"_s, u"Використані джерела"_s,
             u"Список использованной литературы"_s, u"المصادر والمراجع"_s, u"منابع"_s, u"Βιβλιογραφία"_s,
             u"Reference Links"_s, u"Sources used in this answer"_s, u"References (APA 7th)"_s,
             u"## References ##"_s, u"### Sources ###"_s, u"References."_s, u"Sources."_s, u"7. References"_s,
             u"6 References"_s, u"4.2 Sources"_s, u"VII. REFERENCES"_s, u"## 5. References"_s,
             u"**8. Sources**"_s, u"— Sources —"_s, u"-- References --"_s})
        QTest::newRow(qPrintable(header)) << header;
    // The line Bing and Copilot set over the sources of an answer copied as text
    for (const QString &header :
        {u"Source: Conversation with Bing, 11/24/2023"_s, u"Source: Conversation with Copilot, 2024-05-30"_s,
            u"Sources: Conversation with Bing"_s, u"Quelle: Unterhaltung mit Copilot, 30.5.2024"_s})
        QTest::newRow(qPrintable(header)) << header;
}

// Header words that do not head the list: a count written otherwise, and a pair of words one of which
// is none.
void TestReferenceHeaders::notHeaderWords()
{
    for (const QString &header : {u"Source 2"_s, u"Sources (two)"_s, u"Sources/Methods"_s, u"= References"_s,
             u"Notes."_s, u"References.."_s, u"VII References"_s, u"7.References"_s, u"[7] References"_s,
             u"- References"_s, u"Source: Bingham et al., 2021"_s, u"Source: copilots' survey"_s,
             u"Source: a talk with my editor"_s, u"Comments: Conversation with Bing"_s})
        QCOMPARE(referencesHeaderOf(header), ReferencesHeader::None);
}

// A header underlined as Markdown writes a heading ("References" then "=========="): the underline is
// part of it, no stray line or comment.
void TestReferenceHeaders::underlinedHeaders()
{
    const Article a = parse(u"T\nA [1].\n\nReferences\n==========\n[1] https://a.example/\n\nComments\n"
                            "--------\nAnn: Good.\n"_s);
    QCOMPARE(a.referencesSection.headerLine, 4);
    QCOMPARE(a.references.size(), 1);
    QVERIFY(a.strayReferenceLines.isEmpty());
    QCOMPARE(a.comments.size(), 1);
    QCOMPARE(a.comments.constFirst().author, u"Ann"_s);
    QVERIFY(analyseArticle(a).isEmpty());
    // An underlined heading after the list ends it, as "## Further reading" does.
    const Article after
        = parse(u"T\nA [1].\nReferences\n==========\n1. https://a.example/\n\nFurther reading\n"
                "===============\n1. https://b.example/\n"_s);
    QCOMPARE(after.references.size(), 1);
    QVERIFY(after.strayReferenceLines.isEmpty());
    QVERIFY(analyseArticle(after).isEmpty());
    // Under the header alone: the underline does not keep the entry from heading the list.
    const Article loose = parse(u"T\nA [1].\nNotes\n-----\n[1] https://a.example/\n"_s);
    QCOMPARE(loose.referencesSection.headerLine, 3);
}

// Header words beyond the common ones, in English and other languages, head the list as "References" does,
// with or without anything cited.
void TestReferenceHeaders::headerWords()
{
    QFETCH(QString, header);
    for (const QString &body : {u"Body [1] and [2]."_s, u"Body."_s}) {
        const Article a
            = parse(u"T\n%1\n%2\n[1] https://a.example/x\n[2] https://b.example/y\n"_s.arg(body, header));
        QVERIFY(a.referencesSection.present);
        QCOMPARE(a.referencesSection.headerLine, 3);
        QCOMPARE(a.references.size(), 2);
    }
}

// A header inside a code block that closes before another header is an example, not the section; a
// fence left open before the only header still ends at it (and is reported).
void TestReferenceHeaders::headersInCodeBlocks()
{
    const Article example = readArticle(readFile(fixture(u"header-in-code.txt"_s)));
    QCOMPARE(example.referencesSection.headerLine, 15);
    QCOMPARE(example.references.size(), 2);
    QCOMPARE(example.references.at(0).url, u"https://docs.example.net/format"_s);
    QCOMPARE(example.citations.size(), 3);
    QVERIFY(example.isCodeLine(9));
    QVERIFY(example.commentsSection.present);

    // Code in a quotation is code: its brackets are no markers.
    const Article quoted
        = parse(u"T\nClaim [2] then [1].\n\n> ```python\n> x = a[1]\n> > y = b[2]\n> ```\n"
                "After [1].\nReferences:\n[1] https://a.example/\n[2] https://b.example/\n"_s);
    QCOMPARE(quoted.fenceLines, (QList<int> {4, 7}));
    QVERIFY(quoted.isCodeLine(5));
    QVERIFY(quoted.isCodeLine(6));
    QVERIFY(!quoted.isCodeLine(8));
    QCOMPARE(quoted.citations.size(), 3);
    QCOMPARE(quoted.citations.constLast().line, 8);

    const Article comments = parse(u"T\nBody.\n```\nComments\n```\nMore.\nComments\nAnn: Fine.\n"_s);
    QCOMPARE(comments.commentsSection.headerLine, 7);
    QCOMPARE(comments.comments.size(), 1);
    QCOMPARE(comments.paragraphs.size(), 5);

    const Article open = parse(u"T\nBody [1].\n```\ncode\nReferences\n[1] https://a.example/\n"_s);
    QCOMPARE(open.referencesSection.headerLine, 5);
    QCOMPARE(open.references.size(), 1);
}

// With no header word, a heading that entries with addresses follow heads the list when the article cites
// something above it: "## Further reading" or "Where the figures come from:" are then its header, as a
// reader takes them. Without a marker above, such lists stay text.
void TestReferenceHeaders::unnamedListHeadings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("headerLine"); // 0: no references section
    QTest::addColumn<int>("references");
    QTest::addColumn<int>("citations");

    const QString entries = u"[1] https://a.example/x\n[2] https://b.example/y\n"_s;
    QTest::addRow("colon") << u"T\nBody [1] and [2].\nWhere the figures come from:\n"_s + entries << 3 << 2
                           << 2;
    QTest::addRow("bold") << u"T\nBody [1] and [2].\n\n**Sources used**\n\n"_s + entries << 4 << 2 << 2;
    QTest::addRow("Markdown heading")
        << u"T\nBody [1] and [2].\n## Quellennachweis der Zahlen\n"_s + entries << 3 << 2 << 2;
    QTest::addRow("further reading") << u"T\nBody [1] and [2].\nFurther reading\n"_s + entries << 3 << 2 << 2;
    QTest::addRow("external links, dotted")
        << u"T\nBody [1].\n## External links\n1. https://a.example/x\n"_s << 3 << 1 << 1;
    QTest::addRow("the title cites") << u"T [1]\nBody.\nLinks\n"_s + entries << 3 << 2 << 1;
    QTest::addRow("underlined") << u"T\nBody [1] and [2].\n\nLinks:\n------\n"_s + entries << 4 << 2 << 2;
    QTest::addRow("text after the list")
        << u"T\nBody [1].\nMy sources:\n"_s + entries + u"\nA postscript [2].\n"_s << 3 << 2 << 2;
    QTest::addRow("nothing cited") << u"T\nBody.\nFurther reading\n"_s + entries << 0 << 0 << 2;
    QTest::addRow("cited only below") << u"T\nBody.\nSee:\n"_s + entries + u"Body [1].\n"_s << 0 << 0 << 3;
    QTest::addRow("no entry under it") << u"T\nBody [1].\nMy sources:\nA note.\n"_s + entries << 0 << 0 << 3;
    QTest::addRow("entry without address")
        << u"T\nBody [1].\nNotes on it:\n[1] A report, 2020.\n"_s << 0 << 0 << 2;
    QTest::addRow("plain line") << u"T\nBody [1].\nThanks for reading.\n"_s + entries << 0 << 0 << 3;
    QTest::addRow("in a code block") << u"T\nBody [1].\n```\nExample:\n[1] https://a.example/x\n```\n"_s << 0
                                     << 0 << 1;
    QTest::addRow("a header word wins") << u"T\nBody [1].\nMy sources:\n[1] https://a.example/x\n"
                                           "References\n[1] https://b.example/y\n"_s
                                        << 5 << 1 << 2;
    QTest::addRow("bracketed entries win over a numbered list")
        << u"T\nBody [1].\nSteps:\n1. Open https://a.example/x\nBody [2].\nSources:\n"_s + entries << 6 << 2
        << 2;
    QTest::addRow("a heading wins over further reading")
        << u"T\nBody [1].\n## Links\n"_s + entries + u"## What we read\n"_s + entries << 6 << 2 << 3;
    QTest::addRow("the first of a kind")
        << u"T\nBody [1].\nOurs:\n"_s + entries + u"Also:\n"_s + entries << 3 << 4 << 1;
    QTest::addRow("before the comments only")
        << u"T\nBody [1].\nComments\nAnn: see these:\n[1] https://a.example/x\n"_s << 0 << 0 << 1;
}

void TestReferenceHeaders::unnamedListHeadings()
{
    QFETCH(QString, text);
    QFETCH(int, headerLine);
    QFETCH(int, references);
    QFETCH(int, citations);
    const Article a = parse(text);
    compareList(a, headerLine, references);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.citations.size(), citations);
    // The heading and the entries are no paragraphs, nor are their numbers markers.
    if (headerLine > 0) {
        const int lastLine = a.referencesSection.lastLine;
        QVERIFY(std::none_of(a.paragraphs.cbegin(), a.paragraphs.cend(),
            [&](const Paragraph &p) { return p.line >= headerLine && p.line <= lastLine; }));
        QVERIFY(std::none_of(a.citations.cbegin(), a.citations.cend(),
            [&](const Citation &c) { return c.line >= headerLine && c.line <= lastLine; }));
    }
}

QTEST_GUILESS_MAIN(TestReferenceHeaders)
#include "tst_referenceheaders.moc"
