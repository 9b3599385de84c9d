// Checks how the reading view typesets the Markdown that articles hold beyond headings, lists, quotes
// and code: emphasis ("*a*", "**b**"), paired as CommonMark pairs it, and pipe tables, in columns at
// tab stops when they fit, cell after cell when they do not, markers in cells as links; lines that
// only look like a table stay text; and edits typeset them again in place, judged against the article
// typeset from scratch. Lists and the reference list's entries: tst_readingviewlists.
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingViewMarkdown : public ReadingViewEditTest
{
    Q_OBJECT
private slots:
    void init() { makeView(); }
    void cleanup() { deleteView(); }
    void emphasisIsTypesetWithoutItsDelimiters_data();
    void emphasisIsTypesetWithoutItsDelimiters();
    void emphasisEditsUpdateInPlace();
    void thematicBreaksAreRules();
    void linksShowTheirTextAndActivateTheirAddress();
    void superscriptBeforeItsMarkerIsHidden();
    void markerAsALinksTextShowsAsTheMarker();
    void tableIsTypesetInColumns();
    void wideTableShowsCellAfterCell();
    void linesThatOnlyLookLikeATableStayText();
    void tableEditsUpdateInPlace();
    void typingInALongTableTypesetsTheRowAlone();
    void randomEditsInTablesMatchTypesettingFromScratch();
    void htmlLineBreaksBreakTheLine();
    void sectionHeadingsShowTheirWords();
    void closedHeadingsDropTheirClosingHashes();
    void struckOutText();
    void quotesInQuotesStandFurtherIn();
    void hardBreaksBreakTheLine();
    void titleShowsItsEmphasis();
};

namespace {

const QStringList kNarrowTable = {u"| Engine | Writes/s | Latency | Source |"_s, u"|:--|--:|:-:|---|"_s,
    u"| RocksDB | 120,000 | 1.2 | [1] |"_s, u"| LMDB | 85,000 | 0.8 | [2][3] |"_s,
    u"| SQLite \\| WAL | 40,000 | 2.5 | [3] |"_s};

const QStringList kWideTable = {u"| Claim | Evidence |"_s, u"|---|---|"_s,
    u"| LMDB reads are the fastest of the three in every read-heavy workload we tried [2]. | The "
    "memory-mapped tree avoids copying pages into a cache of its own, as its authors explain [1]. |"_s};

QStringList withAround(const QStringList &table)
{
    return QStringList {u"A paragraph before the table [1]."_s, QString()} + table
        + QStringList {QString(), u"A paragraph after it [2]."_s};
}

} // namespace

namespace {

// The first body paragraph's block as text, with its bold and italic stretches marked: "{b:...}",
// "{i:...}", "{bi:...}".
QString markedUp(const Article &article, const QFont &font, const QPalette &palette)
{
    QTextDocument document;
    typesetInOneGo(article, font, palette, &document);
    // The title, the dateline's block, the first paragraph's text, then the paragraph under test.
    QTextBlock block = document.begin();
    for (int i = 0; i < 3 && block.isValid(); ++i)
        block = block.next();
    QString out;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        const bool bold = format.fontWeight() == QFont::Bold && !format.isAnchor();
        const bool italic = format.fontItalic();
        const QString text = it.fragment().text();
        if (bold || italic)
            out += u"{%1%2:%3}"_s.arg(bold ? u"b"_s : QString(), italic ? u"i"_s : QString(), text);
        else
            out += text;
    }
    return out;
}

} // namespace

void TestReadingViewMarkdown::emphasisIsTypesetWithoutItsDelimiters_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("shown");
    QTest::newRow("kinds") << u"**a** *b* _c_ __d__ ***e*** end"_s << u"{b:a} {i:b} {i:c} {b:d} {bi:e} end"_s;
    QTest::newRow("nested") << u"*a **b** c*"_s << u"{i:a }{bi:b}{i: c}"_s;
    QTest::newRow("around a marker") << u"**a finding [1] here** then"_s
                                     << u"{b:a finding\u00a0}[1]{b: here} then"_s;
    QTest::newRow("words") << u"snake_case_name, 2 * 3 * 4 and a_b"_s
                           << u"snake_case_name, 2 * 3 * 4 and a_b"_s;
    QTest::newRow("unpaired") << u"**unclosed and * alone"_s << u"**unclosed and * alone"_s;
    QTest::newRow("code") << u"`*not*` but *yes*"_s << u"*not* but {i:yes}"_s;
    QTest::newRow("code in double backticks") << u"``a `*b*` c`` *d*"_s << u"a `*b*` c {i:d}"_s;
    QTest::newRow("unpaired backticks") << u"a `b and *c* ``d"_s << u"a `b and {i:c} ``d"_s;
    QTest::newRow("punctuation") << u"**Key finding:** the rest"_s << u"{b:Key finding:} the rest"_s;
    // A backslash before punctuation writes it as itself, and is not shown; before anything else it stays.
    QTest::newRow("escapes") << u"Escaped \\*not italic\\* and *yes* and a\\_b"_s
                             << u"Escaped *not italic* and {i:yes} and a_b"_s;
    QTest::newRow("backslash kept") << u"C:\\Users\\Ann and 2 \\ 3"_s << u"C:\\Users\\Ann and 2 \\ 3"_s;
    QTest::newRow("escape in code") << u"`a\\*b` \\**c**"_s << u"a\\*b *{i:c}*"_s;
    // Scripts whose faces have no italics here are emphasised upright (an oblique face would show boxes).
    QTest::newRow("arabic and chinese")
        << u"*\u0645\u0627\u0626\u0644* *\u5f3a\u8c03* **\u0639\u0631\u064a\u0636** *\u00e9t\u00e9*"_s
        << u"\u0645\u0627\u0626\u0644 \u5f3a\u8c03 {b:\u0639\u0631\u064a\u0636} {i:\u00e9t\u00e9}"_s;
}

// Emphasis is shown as such, its delimiters hidden; what CommonMark leaves as text stays text.
void TestReadingViewMarkdown::emphasisIsTypesetWithoutItsDelimiters()
{
    QFETCH(QString, line);
    QFETCH(QString, shown);
    const Article article = parseArticle(articleText({line}));
    QCOMPARE(markedUp(article, m_view->font(), m_view->palette()), shown);
}

// Delimiters typed, closed and taken out again: the paragraph is typeset again in place each time.
void TestReadingViewMarkdown::emphasisEditsUpdateInPlace()
{
    QStringList body = mixedBody(20);
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    const QStringList steps[]
        = {{u"opened"_s, u"Plain words *"_s}, {u"closed"_s, u"Plain words *x* [1] and"_s},
            {u"bold"_s, u"Plain **words *x* [1]** and"_s}, {u"gone"_s, u"Plain words x [1] and"_s}};
    for (const QStringList &step : steps) {
        body[0] = step.at(1);
        QCOMPARE(failureInPlace(article, articleText(body), step.at(0)), QString());
    }
}

// "---", "***", "* * *" and "___" on lines of their own are rules; dashes right under a line of text
// (a Markdown heading's underline) and breaks in code stay text. Rules come and go in place.
void TestReadingViewMarkdown::thematicBreaksAreRules()
{
    QStringList body = {u"Above [1]."_s, QString(), u"---"_s, QString(), u"Between."_s, QString(), u"* * *"_s,
        u"Under a line"_s, u"---"_s, QString(), u"```"_s, u"***"_s, u"```"_s, QString(), u"___"_s};
    Article article = parseArticle(articleText(body));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    int rules = 0;
    QStringList texts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        texts.append(block.text());
        if (block.text().isEmpty()
            && block.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth)
            && block.next().isValid() && !block.next().text().startsWith(u"Ref"_s)
            && !block.next().text().startsWith(u"Comments"_s)) // not the sections' rules
            ++rules;
    }
    QCOMPARE(rules, 3); // "---", "* * *" and "___"
    QVERIFY2(texts.contains(u"---"_s), qPrintable(texts.join(u'|'))); // the underline
    QVERIFY2(texts.contains(u"***"_s), qPrintable(texts.join(u'|'))); // in code
    QVERIFY(!texts.contains(u"* * *"_s));

    QVERIFY(showTypeset(article));
    const QStringList failures = {
        failureInPlace(article, articleText(body.mid(0, 4) + QStringList {u"***"_s, QString()} + body.mid(4)),
            u"a rule typed"_s),
        failureInPlace(article, articleText(body), u"and taken out"_s),
    };
    for (const QString &failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    body.removeAt(1); // no blank line between the text and the first rule: it underlines the text
    applyEdit(article, body);
    QCOMPARE(differenceFromScratch(article), QString());
}

// "[text](address)" shows its text as a link to the address (emphasis inside it too), "![alt](address)"
// its description, never the image; a marker stays a marker, "[1](address)" too (its address hidden: the
// marker links to its source), and links in code stay text. Clicking one asks for its address, whatever the
// link's text says.
void TestReadingViewMarkdown::linksShowTheirTextAndActivateTheirAddress()
{
    const QString line = u"See the [project page](https://example.com/p \"Title\") and [**the paper**]"
                         "(<https://example.org/a b.pdf>) [1]; ![A chart](https://example.com/c.png), "
                         "[1](https://example.net/x), [2] and `[code](x)`, <https://example.com/auto> and "
                         "[site](<https://example.com/s>)."_s;
    const Article article = parseArticle(articleText({line}));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QVERIFY(document.toPlainText().contains(
        u"See the project page and the paper [1]; Image: A chart, [1], [2] and [code](x), "
        "https://example.com/auto and site."_s));

    QStringList links;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString address = ArticleRenderer::addressFromHref(it.fragment().charFormat().anchorHref());
            if (!address.isEmpty())
                links.append(it.fragment().text() + u" -> "_s + address);
        }
    }
    QCOMPARE(links,
        (QStringList {u"project page -> https://example.com/p"_s,
            u"the paper -> https://example.org/a b.pdf"_s, u"Image: A chart -> https://example.com/c.png"_s,
            u"https://example.com/auto -> https://example.com/auto"_s, u"site -> https://example.com/s"_s}));
    QCOMPARE(
        renderingOf(&document).markers.size(), 4); // the paragraph's [1], [1] and [2], and the first one's

    QVERIFY(showTypeset(article));
    QSignalSpy activated(m_view, &ReadingView::linkActivated);
    QSignalSpy references(m_view, &ReadingView::referenceActivated);
    const qsizetype at = m_view->toPlainText().indexOf(u"the paper"_s);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(at) + 3);
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, m_view->cursorRect(cursor).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"https://example.org/a b.pdf"_s);
    QVERIFY(references.isEmpty());
}

// A marker written as a link's text, "[[1]](https://…)" (a wiki page converted to Markdown links each
// citation so, "[[2]](#cite_note-2)"), shows as the marker alone, which links to its source; an escaped
// bracket is no link, and a link whose text is no marker stays as written.
void TestReadingViewMarkdown::markerAsALinksTextShowsAsTheMarker()
{
    const Article article = parseArticle(articleText({u"Output rose[[1]](https://example.com/a), the wiki "
                                                      "says so[[2]](#cite_note-2), spaced [[1]](<https://"
                                                      "example.com/a b>); \\[[2]](https://example.com/e) "
                                                      "and [[x]](https://example.com/x)."_s}));
    QCOMPARE(article.citations.size(), 5); // the first paragraph's [1], and four
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QString shown = document.toPlainText();
    QVERIFY2(shown.contains(u"Output rose[1], the wiki says so[2], spaced [1]; [[2]](https://example.com/e) "
                            "and [[x]](https://example.com/x)."_s),
        qPrintable(shown));
    QCOMPARE(renderingOf(&document).markers.size(), 5); // the paragraph's four, and the first one's

    QVERIFY(showTypeset(article));
    QSignalSpy references(m_view, &ReadingView::referenceActivated);
    QSignalSpy activated(m_view, &ReadingView::linkActivated);
    const qsizetype at = m_view->toPlainText().indexOf(u"so[2]"_s);
    QVERIFY(at >= 0);
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(at) + 3);
    const QRect left = m_view->cursorRect(cursor);
    cursor.setPosition(int(at) + 4);
    QTest::mouseClick(
        m_view->viewport(), Qt::LeftButton, {}, (left.center() + m_view->cursorRect(cursor).center()) / 2);
    QCOMPARE(references.size(), 1);
    QVERIFY(activated.isEmpty());
}

// Answers copied from Bing or Copilot write each citation as a superscript and a marker, "[^2^][2]": the
// marker says it all, so the superscript is not shown; one of another number stays text.
void TestReadingViewMarkdown::superscriptBeforeItsMarkerIsHidden()
{
    const Article article = parseArticle(
        articleText({u"Costs fell[^2^][2], output doubled[^3^][3] and [^5^][1] stayed, as did x^2^."_s}));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QVERIFY2(document.toPlainText().contains(
                 u"Costs fell[2], output doubled[3] and [^5^][1] stayed, as did x^2^."_s),
        qPrintable(document.toPlainText()));
    QCOMPARE(renderingOf(&document).markers.size(), 4); // the paragraph's three and the title's
}

// A table that fits the measure: a block per row, cells at tab stops aligned as the delimiter row says,
// the header in bold, a rule for the delimiter row, no pipe left, and every marker a link.
void TestReadingViewMarkdown::tableIsTypesetInColumns()
{
    const Article article = parseArticle(articleText(withAround(kNarrowTable)));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);

    const QTextBlock header = blockWithText(document, u"Engine\tWrites/s\tLatency\tSource"_s);
    QVERIFY(header.isValid());
    QCOMPARE(header.begin().fragment().charFormat().fontWeight(), int(QFont::Bold));
    const QList<QTextOption::Tab> tabs = header.blockFormat().tabPositions();
    QCOMPARE(tabs.size(), 3);
    QCOMPARE(tabs.at(0).type, QTextOption::RightTab);
    QCOMPARE(tabs.at(1).type, QTextOption::CenterTab);
    QCOMPARE(tabs.at(2).type, QTextOption::LeftTab);
    QVERIFY(tabs.at(0).position < tabs.at(1).position && tabs.at(1).position < tabs.at(2).position);

    const QTextBlock rule = header.next();
    QVERIFY(rule.text().isEmpty());
    QVERIFY(rule.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth));

    const QTextBlock first = rule.next();
    QCOMPARE(first.text(), u"RocksDB\t120,000\t1.2\t[1]"_s);
    QCOMPARE(first.blockFormat().tabPositions(), tabs);
    QCOMPARE(first.begin().fragment().charFormat().fontWeight(), int(QFont::Normal));
    QCOMPARE(first.next().text(), u"LMDB\t85,000\t0.8\t[2][3]"_s);
    // An escaped pipe is text, shown without its backslash.
    QCOMPARE(first.next().next().text(), u"SQLite | WAL\t40,000\t2.5\t[3]"_s);

    // Every marker of the article is on the page, a link to its reference.
    ReadingView &view = *m_view;
    QVERIFY(showTypeset(article));
    QCOMPARE(view.markerCount(), int(article.citations.size()));
    const Rendering rendering = renderingOf(&document);
    QCOMPARE(rendering.markers.size(), 7);
    for (const QString &marker : rendering.markers)
        QVERIFY2(marker.startsWith(u"citewise-ref:"_s), qPrintable(marker));
    for (int i = 0; i < article.citations.size(); ++i)
        QVERIFY(!view.markerRect(i, 0).isNull());
}

// A table wider than the measure keeps each row a block, its cells one after the other between thin
// bars, wrapping as text does.
void TestReadingViewMarkdown::wideTableShowsCellAfterCell()
{
    const Article article = parseArticle(articleText(withAround(kWideTable)));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);

    const QTextBlock header = blockWithText(document, u"Claim  \u2502  Evidence"_s);
    QVERIFY(header.isValid());
    QVERIFY(header.blockFormat().tabPositions().isEmpty());
    QCOMPARE(header.begin().fragment().charFormat().fontWeight(), int(QFont::Bold));
    const QTextBlock row = header.next().next();
    QVERIFY(row.text().startsWith(u"LMDB reads are"_s));
    QVERIFY(row.text().contains(u"  \u2502  The memory-mapped"_s));
    QVERIFY(!row.text().contains(u'|'));
    QCOMPARE(renderingOf(&document).markers.size(), 5); // the article's and the table's
}

// Pipes without a delimiter row, a delimiter row with another count of cells, a table in a code block,
// in a list item or a quote: all typeset as they are written.
void TestReadingViewMarkdown::linesThatOnlyLookLikeATableStayText()
{
    const QStringList body = {u"| no | delimiter |"_s, u"| under | it |"_s, QString(), u"| a | b |"_s,
        u"|---|---|---|"_s, QString(), u"```"_s, u"| in | code |"_s, u"|---|---|"_s, u"```"_s, QString(),
        u"- | item | row |"_s, u"|---|---|"_s, QString(), u"A sentence with a | pipe."_s};
    const Article article = parseArticle(articleText(body));
    for (int i = 0; i < article.paragraphs.size(); ++i)
        QCOMPARE(ArticleRenderer::tableStart(article, i), -1);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QVERIFY(blockWithText(document, u"| no | delimiter |"_s).isValid());
    QVERIFY(blockWithText(document, u"|---|---|---|"_s).isValid());
    QVERIFY(blockWithText(document, u"| in | code |"_s).isValid());
    QVERIFY(blockWithText(document, u"| item | row |"_s).isValid()); // the item's text
    QVERIFY(blockWithText(document, u"A sentence with a | pipe."_s).isValid());
}

// Typing in a cell, a cell growing past the measure and back, rows that come and go, the delimiter row
// taken out and put back, a line joining the table from below, a blank line splitting it: each time the
// view keeps its document and equals the article typeset from scratch.
void TestReadingViewMarkdown::tableEditsUpdateInPlace()
{
    QStringList body = mixedBody(12) + withAround(kNarrowTable) + mixedBody(12);
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    const int header = int(body.indexOf(kNarrowTable.first()));
    QVERIFY(header > 0);

    const auto edit = [&](const QString &what, const std::function<void()> &change) {
        change();
        return failureInPlace(article, articleText(body), what);
    };
    const QString longText = u" and a cell long enough to push the table past the width of a line"_s;
    const QStringList failures = {
        edit(u"typing in a cell"_s, [&] { body[header + 2].insert(9, u"x"_s); }),
        edit(u"a marker in a cell"_s, [&] { body[header + 3].insert(6, u" [1]"_s); }),
        edit(u"a cell too wide"_s, [&] { body[header + 3].insert(6, longText); }),
        edit(u"and narrow again"_s, [&] { body[header + 3].remove(6, longText.size()); }),
        edit(u"a new last row"_s, [&] { body.insert(header + 5, u"| Redis | 1 | 9 | [2] |"_s); }),
        edit(u"a row taken out"_s, [&] { body.removeAt(header + 3); }),
        edit(u"the delimiter row broken"_s, [&] { body[header + 1].replace(u"--:"_s, u"-x:"_s); }),
        edit(u"and mended"_s, [&] { body[header + 1].replace(u"-x:"_s, u"--:"_s); }),
        edit(u"a line joining from below"_s, [&] { body[header + 6] = u"| joins | 2 | 3 | [3] |"_s; }),
        edit(u"a blank line splitting it"_s, [&] { body.insert(header + 3, QString()); }),
        edit(u"the header's cells changed"_s, [&] { body[header] += u" More |"_s; }),
    };
    for (const QString &failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

// Typing in a cell of a long table that leaves its columns as wide as they were typesets that row
// again, not the table; a cell that widens its column typesets the whole table.
void TestReadingViewMarkdown::typingInALongTableTypesetsTheRowAlone()
{
    QStringList table = {u"| # | Address | Status |"_s, u"|--:|---|:-:|"_s};
    for (int row = 0; row < 200; ++row)
        table.append(u"| %1 | https://example.com/a/fairly/long/path/%1 [1] | OK |"_s.arg(row));
    QStringList body = withAround(table);
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    const int row = int(body.indexOf(table.at(102)));

    QSignalSpy changes(m_view->document(), &QTextDocument::contentsChange);
    body[row].replace(u"/path/"_s, u"/pith/"_s);
    QCOMPARE(failureInPlace(article, articleText(body), u"a letter changed"_s), QString());
    qsizetype changed = 0;
    for (const QList<QVariant> &change : std::as_const(changes))
        changed = qMax(changed, qsizetype(change.at(2).toInt()));
    QVERIFY2(changed > 0 && changed < 2 * body.at(row).size(), qPrintable(QString::number(changed)));

    // The row becomes its column's widest: the other rows keep their blocks (a mark left on one of them
    // stays) and take the new tab stops, as typesetting from scratch gives them.
    const auto rowSeven = [this] {
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().contains(QRegularExpression(u"/path/7\\D"_s)))
                return block;
        }
        return QTextBlock();
    };
    QTextBlock other = rowSeven();
    QVERIFY(other.isValid());
    const QList<QTextOption::Tab> tabsBefore = other.blockFormat().tabPositions();
    other.setUserState(7);
    body[row].replace(u"/pith/"_s, u"/pitch/"_s);
    QCOMPARE(failureInPlace(article, articleText(body), u"a column widened"_s), QString());
    other = rowSeven();
    QCOMPARE(other.userState(), 7);
    QVERIFY(other.blockFormat().tabPositions() != tabsBefore);

    // So much wider that the rows no longer fit in columns: their text changes, and the table is typeset
    // again whole.
    changes.clear();
    body[row].replace(u"/pitch/"_s, u"/a/much/longer/path/than/any/other/"_s);
    QCOMPARE(failureInPlace(article, articleText(body), u"the columns given up"_s), QString());
    changed = 0;
    for (const QList<QVariant> &change : std::as_const(changes))
        changed = qMax(changed, qsizetype(change.at(2).toInt()));
    QVERIFY2(changed > 100 * body.at(row).size() / 2, qPrintable(QString::number(changed)));
    QCOMPARE(rowSeven().userState(), -1);
}

// Random edits in and around tables, the typesetting from scratch the judge after each; most of them are
// typeset in place.
void TestReadingViewMarkdown::randomEditsInTablesMatchTypesettingFromScratch()
{
    QStringList body;
    for (int t = 0; t < 4; ++t)
        body += mixedBody(4) + kNarrowTable + QStringList {QString()} + kWideTable + QStringList {QString()};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    QRandomGenerator random(20261203);
    const QStringList typed
        = {u"x"_s, u"|"_s, u" [2]"_s, u"-"_s, u":"_s, u"\\"_s, u" a much longer cell text"_s};
    int inPlace = 0;
    for (int step = 0; step < 150; ++step) {
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        switch (random.bounded(5)) {
        case 0:
            if (!text.isEmpty())
                text.remove(random.bounded(int(text.size())), 1);
            break;
        case 1:
            body.insert(line + 1, u"| a new | row [1] | here | too |"_s);
            break;
        case 2:
            if (body.size() > 10)
                body.removeAt(line);
            break;
        default:
            text.insert(random.bounded(int(text.size()) + 1), typed.at(random.bounded(int(typed.size()))));
            break;
        }
        inPlace += applyEdit(article, body);
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(u"step %1: %2"_s.arg(step).arg(difference)));
    }
    QVERIFY2(inPlace > 100, qPrintable(QString::number(inPlace)));
}

// "<br>" (the HTML line break Markdown writers put in paragraphs and items) breaks the line in the
// reading view, in any of its spellings; in code spans and table cells it stays as written. Markers
// around it stay links, and typing one in is typeset in place as from scratch.
void TestReadingViewMarkdown::htmlLineBreaksBreakTheLine()
{
    QStringList body = {u"First line [1]<br>second line<BR/>third [2]<br />fourth<br >."_s,
        u"- an item<br>with two lines"_s, u"Kept: `a<br>b`, <br, <bra> and <br/ >."_s, QString()};
    body += withAround(kNarrowTable);
    body[4 + 4] = u"| RocksDB | 120,000<br>peak | 1.2 | [1] |"_s; // its first row
    Article article = parseArticle(articleText(body));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    QVERIFY(blockWithText(
        document, u"First line\u00a0[1]%1second line%1third\u00a0[2]%1fourth%1."_s.arg(lineBreak))
                .isValid());
    QVERIFY(blockWithText(document, u"an item%1with two lines"_s.arg(lineBreak)).isValid());
    QVERIFY(blockWithText(document, u"Kept: a<br>b, <br, <bra> and <br/ >."_s).isValid());
    QVERIFY(document.toPlainText().contains(u"120,000<br>peak"_s));
    QCOMPARE(renderingOf(&document).markers.size(), article.citations.size());

    // Shown as two lines in the window.
    QVERIFY(showTypeset(article));
    QCoreApplication::processEvents();
    const QTextBlock item = blockWithText(*m_view->document(), u"an item%1with two lines"_s.arg(lineBreak));
    QVERIFY(item.isValid());
    QCOMPARE(item.layout()->lineCount(), 2);

    body[1] = u"- an item<br>with<br>three lines"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"typed in an item"_s), QString());
    QVERIFY(blockWithText(*m_view->document(), u"an item%1with%1three lines"_s.arg(lineBreak)).isValid());
}

// A line ending in two spaces (a Markdown hard break) goes on in the same paragraph on a line of its own,
// however short; typing or taking the spaces away typesets it again in place.
void TestReadingViewMarkdown::hardBreaksBreakTheLine()
{
    QStringList body
        = {u"Roses are red,  "_s, u"violets are blue [1]."_s, QString(), u"Short line"_s, u"next line."_s};
    Article article = parseArticle(articleText(body));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    QVERIFY(
        blockWithText(document, u"Roses are red,%1violets are blue\u00a0[1]."_s.arg(lineBreak)).isValid());
    QVERIFY(blockWithText(document, u"Short line"_s).isValid()); // (no hard break: a paragraph each)

    QVERIFY(showTypeset(article));
    body[3] = u"Short line  "_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"hard break typed"_s), QString());
    QVERIFY(blockWithText(*m_view->document(), u"Short line%1next line."_s.arg(lineBreak)).isValid());
    body[0] = u"Roses are red,"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"hard break taken out"_s), QString());
    QVERIFY(blockWithText(*m_view->document(), u"Roses are red,"_s).isValid());
}

// "> > deeper" and ">> deeper" stand a step further in than "> quoted", without their marks.
void TestReadingViewMarkdown::quotesInQuotesStandFurtherIn()
{
    const Article article = parseArticle(
        articleText({u"> Quoted claim [1]."_s, u">"_s, u"> > Nested quote [1]."_s, u">> Also nested."_s}));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QHash<QString, qreal> margins;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        margins.insert(b.text(), b.blockFormat().leftMargin());
    const qreal one = margins.value(u"Quoted claim\u00a0[1]."_s);
    QVERIFY(one > 0);
    QCOMPARE(margins.value(u"Nested quote\u00a0[1]."_s), 2 * one);
    QCOMPARE(margins.value(u"Also nested."_s), 2 * one);
}

// "~~old~~" is struck out, its tildes not shown; a lone "~~" and "~~~" stay text.
void TestReadingViewMarkdown::struckOutText()
{
    const Article article
        = parseArticle(articleText({u"Price ~~was 10~~ is 12 [1], ~~ alone, ~~~fence~~~ and `~~code~~`."_s}));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QTextBlock block = document.begin();
    while (block.isValid() && !block.text().startsWith(u"Price"_s))
        block = block.next();
    QVERIFY(block.isValid());
    QCOMPARE(block.text(), u"Price was 10 is 12\u00a0[1], ~~ alone, ~~~fence~~~ and ~~code~~."_s);
    QStringList struck;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().fontStrikeOut())
            struck.append(it.fragment().text());
    }
    QCOMPARE(struck, QStringList {u"was 10"_s});
}

// "## Heading ##": the closing run of '#' is no part of the heading; "# C#" keeps its own.
void TestReadingViewMarkdown::closedHeadingsDropTheirClosingHashes()
{
    const Article article = parseArticle(articleText({u"## Closed heading [1] ##"_s, u"Text."_s, u"### C#"_s,
        u"Text."_s, u"# Trailing #   "_s, u"Text."_s}));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QStringList headings;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() > 0)
            headings.append(b.text());
    }
    QVERIFY2(headings.contains(u"Closed heading\u00a0[1]"_s), qPrintable(headings.join(u'|')));
    QVERIFY2(headings.contains(u"C#"_s), qPrintable(headings.join(u'|')));
    QVERIFY2(headings.contains(u"Trailing"_s), qPrintable(headings.join(u'|')));
}

// A section's heading shows the file's own words, without the Markdown and punctuation around them,
// including a heading of the writer's own above a list that no header word opens.
void TestReadingViewMarkdown::sectionHeadingsShowTheirWords()
{
    const struct
    {
        QString header;
        QString shown;
    } cases[] = {{u"**Sources:**"_s, u"Sources"_s}, {u"## References —"_s, u"References"_s},
        {u"Where the figures come from:"_s, u"Where the figures come from"_s},
        {u"__Further reading__"_s, u"Further reading"_s}};
    for (const auto &c : cases) {
        const Article article
            = parseArticle(u"Title\n\nBody [1].\n\n%1\n[1] https://example.org/one\n"_s.arg(c.header));
        QVERIFY2(article.referencesSection.present, qPrintable(c.header));
        QTextDocument document;
        typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
        const QTextBlock heading = blockWithText(document, c.shown);
        QVERIFY2(heading.isValid(), qPrintable(document.toPlainText()));
        QCOMPARE(heading.blockFormat().headingLevel(), 2);
    }
}

// The title's emphasis and code show as the body's do, around its markers.
void TestReadingViewMarkdown::titleShowsItsEmphasis()
{
    QString text = articleText({u"Body [2]."_s});
    text.replace(0, text.indexOf(u'\n'), u"# An *emphasised* title with `code` [1]"_s);
    const Article article = parseArticle(text);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QTextBlock title = document.begin();
    QVERIFY2(title.text().startsWith(u"An emphasised title with code"_s), qPrintable(title.text()));
    QVERIFY(!title.text().contains(u'*'));
    QStringList italic;
    QStringList fixed;
    QStringList links;
    for (auto it = title.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.charFormat().fontItalic())
            italic << fragment.text();
        if (fragment.charFormat().fontFixedPitch())
            fixed << fragment.text();
        if (fragment.charFormat().hasProperty(ArticleRenderer::ReferenceNumberProperty))
            links << fragment.text();
    }
    QCOMPARE(italic, QStringList {u"emphasised"_s});
    QCOMPARE(fixed, QStringList {u"code"_s});
    QVERIFY(links.join(QString()).contains(u'1'));
}

QTEST_MAIN(TestReadingViewMarkdown)
#include "tst_readingviewmarkdown.moc"
