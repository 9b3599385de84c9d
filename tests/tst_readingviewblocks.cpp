// Checks that the reading view keeps up with edits in lists and code blocks without typesetting
// everything again: items and code lines replaced in place, lists that grow and shrink at their end,
// blocks that open and close, each time judged against the article typeset from scratch.
#include "readinglayout.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QTextList>

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingViewBlocks : public ReadingViewEditTest
{
    Q_OBJECT
private slots:
    void init() { makeView(); }
    void cleanup() { deleteView(); }
    void listItemsUpdateInPlace();
    void codeLinesUpdateInPlace();
    void typingInAnItemLeavesItsListAlone();
    void firstAndLastItemsUpdateInPlace();
    void codeLeftOpenEndsAtTheReferenceList();
    void codeInAQuotation();
    void codeBlockRightAfterAnotherOneUpdatesInPlace();
    void newLastItemUpdatesInPlace();
    void newListUpdatesInPlace();
    void itemNextToAListJoinsOrStaysApart();
    void listsSplitAndJoinedInPlace();
    void listEndingTheArticleUpdatesInPlace();
    void listEditsWhileTypesetting();
    void fenceTakenOutRetypesetsWhatFollows();
    void longListsAreTypesetInParts();
};

// Typing in items inside a list, new items, items taken out, lines that continue an item: the items
// are re-typeset in their list, the document stays, and it equals the typesetting from scratch. Edits
// that start or end a list typeset the view again, as correctly.
void TestReadingViewBlocks::listItemsUpdateInPlace()
{
    QStringList body;
    for (int list = 0; list < 6; ++list) {
        body.append(u"A paragraph [1] before list %1."_s.arg(list));
        for (int item = 0; item < 8; ++item) {
            body.append(list % 2 ? u"%1. numbered item %2 [2] of list %3"_s.arg(item + 1).arg(item).arg(list)
                                 : u"- bullet item %1 [3] of list %2"_s.arg(item).arg(list));
            if (item % 3 == 1)
                body.append(u"  an indented line that goes on in item %1"_s.arg(item));
        }
    }
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    QRandomGenerator random(20261202);
    const QStringList typed = {u"x"_s, u" word"_s, u" [2]"_s, u"\u00e9"_s};
    int inPlace = 0;
    int typing = 0;
    for (int step = 0; step < 150; ++step) {
        // Lines inside the lists, away from their first and last items.
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        bool keepsLists = false;
        switch (random.bounded(6)) {
        case 0: // delete a character after the item's mark
            if (text.size() > 4)
                text.remove(3 + random.bounded(int(text.size()) - 3), 1);
            break;
        case 1: // a new item under this one, of its kind
            body.insert(line + 1, text.startsWith(u"- "_s) ? u"- a new item [1]"_s : u"9. a new item [1]"_s);
            break;
        case 2: // the line goes
            if (body.size() > 10)
                body.removeAt(line);
            break;
        case 3: // an indented line under it
            body.insert(line + 1, u"   continued [2] here"_s);
            break;
        default: { // type inside the text, past an item's mark
            text.insert(qMin<qsizetype>(text.size(), 5 + random.bounded(int(text.size()) + 1)),
                typed.at(random.bounded(int(typed.size()))));
            // An item with items of its list around it (lines that continue items aside).
            const auto kind = [&](int i) {
                while (i >= 0 && i < body.size() && body.at(i).startsWith(u' '))
                    i += i < line ? -1 : 1;
                if (i < 0 || i >= body.size())
                    return 0;
                return body.at(i).startsWith(u"- "_s) ? 1 : body.at(i).contains(u". numbered"_s) ? 2 : 0;
            };
            keepsLists = kind(line) != 0 && kind(line - 1) == kind(line) && kind(line + 1) == kind(line);
            break;
        }
        }
        const bool sameDocument = applyEdit(article, body);
        typing += keepsLists;
        inPlace += keepsLists && sameDocument;
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    QVERIFY2(typing > 10, qPrintable(QString::number(typing)));
    QCOMPARE(inPlace, typing); // typing inside an item between two others never typesets the view again
}

// Typing in the lines of a code block, its first and last lines included, splitting them, blank lines
// coming and going between them: the lines are typeset again in place, and the document equals the
// typesetting from scratch.
void TestReadingViewBlocks::codeLinesUpdateInPlace()
{
    QStringList body;
    for (int block = 0; block < 5; ++block) {
        body.append(u"A paragraph [1] before code block %1."_s.arg(block));
        body.append(u"```"_s);
        for (int line = 0; line < (block == 4 ? 1 : 12); ++line) // the last block has one line
            body.append(u"%1code line %2 of block %3 [2] `not a span`"_s.arg(QString(line % 3, u'\t'))
                            .arg(line)
                            .arg(block));
        body.append(u"```"_s);
    }
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    // The first and last lines of each block, and the only line of the last one.
    for (int line = 1; line + 1 < body.size(); ++line) {
        if (!body.at(line).contains(u"code line"_s)
            || !(body.at(line - 1).startsWith(u"```"_s) || body.at(line + 1).startsWith(u"```"_s)))
            continue;
        body[line].insert(4, u" typed"_s);
        QVERIFY2(applyEdit(article, body), qPrintable(body.at(line)));
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(body.at(line) + u": "_s + difference));
    }

    // One edit that rewrites lines and takes out a blank line between them (or before the closing
    // fence): the blank line was an empty block on the page, which the update must not leave behind.
    const qsizetype close = body.indexOf(u"```"_s, body.indexOf(u"```"_s) + 1); // block 0 ends here
    body.insert(close - 1, QString()); // before its last line
    body.insert(close + 1, QString()); // and before its closing fence
    body.insert(4, QString()); // between its third and fourth lines
    applyEdit(article, body);
    QVERIFY(differenceFromScratch(article).isEmpty());
    body[3] += u" joined"_s; // the line above and the line below the blank line change
    body[5].prepend(u"also "_s);
    body.removeAt(4);
    applyEdit(article, body);
    QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body[close].append(u" then"_s); // the last line changes, the blank line below it goes
    QVERIFY(body.at(close + 1).isEmpty() && body.at(close + 2) == u"```"_s);
    body.removeAt(close + 1);
    applyEdit(article, body);
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A blank line comes before a closing fence, a line is typed on it, and both go again.
    qsizetype fence = -1; // the closing fence of block 1, the fourth fence
    for (int fences = 0; fences < 4; ++fences)
        fence = body.indexOf(u"```"_s, fence + 1);
    QVERIFY(!body.at(fence - 1).isEmpty()); // its last line
    body.insert(fence, QString());
    QVERIFY(applyEdit(article, body));
    body[fence] = u"x"_s; // a line typed there, after the last one
    QVERIFY(applyEdit(article, body));
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body[fence].clear();
    QVERIFY(applyEdit(article, body));
    body.removeAt(fence);
    QVERIFY(applyEdit(article, body));
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Then random edits: inside a block, every one is typeset again in place.
    QRandomGenerator random(20261204);
    int inPlace = 0;
    int inside = 0;
    int blankLines = 0;
    for (int step = 0; step < 200; ++step) {
        const int line = random.bounded(int(body.size()));
        QString &text = body[line];
        const bool fence = text == u"```"_s;
        const bool inBlock = !fence && std::count(body.cbegin(), body.cbegin() + line, u"```"_s) % 2 == 1;
        const bool code = inBlock && !text.isEmpty();
        bool edited = true;
        switch (random.bounded(4)) {
        case 0: // a blank line comes or goes
            if (text.isEmpty())
                body.removeAt(line);
            else if (code)
                body.insert(line, QString());
            else
                edited = false;
            blankLines += edited;
            break;
        case 1: // split a code line in two
            if (code && text.size() > 20) {
                body.insert(line + 1, u"code line "_s + text.mid(15));
                body[line].truncate(15);
            } else {
                edited = false;
            }
            break;
        default: // type
            if (code)
                text.insert(text.size() - 5, u" typed"_s);
            else
                edited = false;
            break;
        }
        if (!edited)
            continue;
        const bool sameDocument = applyEdit(article, body);
        inside += inBlock;
        inPlace += inBlock && sameDocument;
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(u"step %1: "_s.arg(step) + difference));
    }
    QVERIFY2(inside > 100 && blankLines > 20, qPrintable(u"%1, %2"_s.arg(inside).arg(blankLines)));
    // Typing, splitting lines and blank lines inside a block never typeset the view again.
    QCOMPARE(inPlace, inside);
}

// A key typed in one item of a long list changes that item's block alone: its list stays as it was, so
// the rest of the list is neither changed nor laid out again.
void TestReadingViewBlocks::typingInAnItemLeavesItsListAlone()
{
    QStringList body;
    for (int item = 0; item < 600; ++item)
        body.append(u"- item %1 of a long list [1]"_s.arg(item));
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    auto *layout = qobject_cast<ReadingLayout *>(m_view->document()->documentLayout());
    QVERIFY(layout);
    layout->layoutEverything();
    body[300].insert(10, u" typed"_s);
    QVERIFY(applyEdit(article, body));
    QCOMPARE(layout->laidOutBlocks(), m_view->document()->blockCount()); // nothing was laid out anew
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A list's first and last items, and an item alone in its list, are typeset again in place too; the last
// keeps the spacing that ends its list, and takes in a line below that now flows on in it. The document
// equals the typesetting from scratch.
void TestReadingViewBlocks::firstAndLastItemsUpdateInPlace()
{
    QStringList body;
    QList<int> edges; // lines of first, last and only items
    for (int list = 0; list < 4; ++list) {
        body.append(u"A paragraph [1] before list %1."_s.arg(list));
        const int items = list == 3 ? 1 : 4;
        for (int item = 0; item < items; ++item) {
            if (item == 0 || item == items - 1)
                edges.append(int(body.size()));
            body.append(list % 2 ? u"%1. numbered item [2] of list %2."_s.arg(item + 1).arg(list)
                                 : u"- bullet item [3] of list %1."_s.arg(list));
        }
    }
    body.append(u"Closing words."_s);
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));

    const QStringList typed = {u"x"_s, u" word"_s, u" [2]"_s};
    for (int round = 0; round < 3; ++round) {
        for (const int line : std::as_const(edges)) {
            body[line].insert(6, typed.at(round));
            QVERIFY2(applyEdit(article, body), qPrintable(body.at(line)));
            const QString difference = differenceFromScratch(article);
            QVERIFY2(difference.isEmpty(), qPrintable(body.at(line) + u": "_s + difference));
        }
    }

    // The last bullet loses its full stop and is long enough to be wrapped by hand: the short line under
    // it now goes on in it.
    const int last = edges.at(1);
    body.insert(last + 1, u"short line"_s);
    applyEdit(article, body);
    body[last] = u"- a bullet item that now reads as cut short at the end of its line"_s;
    applyEdit(article, body);
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A code block left open above the reference list ends there, as the parser reads it: what follows
// the list is prose whose markers are links, and a fence there opens a block of its own. An entry
// that grows by a line changes nothing after the list.
void TestReadingViewBlocks::codeLeftOpenEndsAtTheReferenceList()
{
    const QString head = u"Title\nIntro [1].\n```\ncode line\nReferences\n[1] https://a.example/\n"_s;
    const QString lastEntry = u"[2] https://b.example/\n"_s;
    const QString after = u"\nafter the list [2]\n```\nlater code [1]\n```\n"_s;
    Article article = parseArticle(head + lastEntry + after);
    QCOMPARE(article.citations.size(), 2);
    QVERIFY(showTypeset(article));
    const auto check = [this] {
        const QTextBlock prose = m_view->document()->find(u"after the list"_s).block();
        QVERIFY(prose.isValid());
        QVERIFY(!prose.charFormat().fontFixedPitch());
        QVERIFY(m_view->document()->find(u"code line"_s).charFormat().fontFixedPitch());
        const int marker = int(prose.text().indexOf(u'2'));
        QVERIFY(marker > 0);
        bool linked = false;
        for (const QTextLayout::FormatRange &range : prose.textFormats()) {
            if (marker >= range.start && marker < range.start + range.length)
                linked = range.format.isAnchor();
        }
        QVERIFY(linked);
        QVERIFY(m_view->document()->find(u"later code"_s).charFormat().fontFixedPitch());
    };
    check();

    const ArticleChange change = editAsTheEditorReports(article, head + lastEntry + u"    more\n"_s + after);
    m_view->setArticle(article, analyseArticle(article), &change);
    m_view->finishRendering();
    check();
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Code in a quotation ("> ```") is code: its brackets are no markers, and its lines show without the
// quotation's marks (a '>' of the code's own stays), in as far as the quotation stands; typed into, it
// reads as typeset from scratch.
void TestReadingViewBlocks::codeInAQuotation()
{
    const QString text = u"Title\nIntro [1].\n\n> ```python\n> x = a[1]\n> > prompt\n>    indented\n> ```\n\n"
                         "References\n[1] https://a.example/\n"_s;
    Article article = parseArticle(text);
    QCOMPARE(article.citations.size(), 1);
    QVERIFY(showTypeset(article));
    const QTextBlock code = m_view->document()->find(u"x = a[1]"_s).block();
    QVERIFY(code.isValid());
    QCOMPARE(code.text(), u"x = a[1]"_s);
    QVERIFY(code.charFormat().fontFixedPitch()
        || m_view->document()->find(u"x = a"_s).charFormat().fontFixedPitch());
    QVERIFY(code.blockFormat().leftMargin() > 0);
    QCOMPARE(m_view->document()->find(u"prompt"_s).block().text(), u"> prompt"_s);
    QCOMPARE(m_view->document()->find(u"indented"_s).block().text(), u"   indented"_s);

    const ArticleChange change
        = editAsTheEditorReports(article, QString(text).replace(u"x = a[1]"_s, u"x = a[2]"_s));
    m_view->setArticle(article, analyseArticle(article), &change);
    m_view->finishRendering();
    QCOMPARE(m_view->document()->find(u"x = a"_s).block().text(), u"x = a[2]"_s);
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A code block that opens right after another one closes, with no paragraph between their fences, is a
// shaded box of its own: its first line has the space above it like any first line, whether it is
// typeset from scratch or again in place.
void TestReadingViewBlocks::codeBlockRightAfterAnotherOneUpdatesInPlace()
{
    const QString fence = u"```"_s;
    const QString firstLine = u"first block's line [1]"_s;
    const QString secondLine = u"second block's line [2]"_s;
    for (const bool blankBetween : {false, true}) {
        QStringList body = {u"Intro [1]."_s, fence, firstLine, fence};
        if (blankBetween)
            body.append(QString());
        body << fence << secondLine << fence << u"Closing words."_s;
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const auto topMargin = [this](const QString &line) {
            return m_view->document()->find(line).block().blockFormat().topMargin();
        };
        QVERIFY(topMargin(firstLine) > 0);
        QCOMPARE(topMargin(secondLine), topMargin(firstLine));

        body[body.indexOf(secondLine)] += u" typed"_s;
        QVERIFY(applyEdit(article, body));
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// A new last item typed under a list, key by key, and taken out again: the lines right under the list
// stand on their own until they become one of its items (or flow on in the last one), and the last item
// stops being one when its marker goes. Every key is typeset in place, as the list grows and shrinks.
void TestReadingViewBlocks::newLastItemUpdatesInPlace()
{
    for (const QString &marker : {u"- "_s, u"3. "_s}) {
        QStringList body = {u"A paragraph [1] before the list."_s, marker + u"first item [1]"_s,
            marker + u"second item [2]"_s, QString(), u"Closing words [3]."_s};
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const int typedLine = 3;
        const auto typedInPlace = [&](const QString &what) {
            const QString failure = failureInPlace(article, articleText(body), what);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        };
        body.insert(typedLine, QString()); // Enter at the end of the last item
        typedInPlace(u"Enter"_s);
        const QString item = marker + u"third item [3]"_s;
        for (qsizetype n = 1; n <= item.size(); ++n) {
            body[typedLine] = item.left(n);
            typedInPlace(body.at(typedLine));
        }
        for (qsizetype n = item.size() - 1; n >= 0; --n) {
            body[typedLine] = item.left(n);
            typedInPlace(u"back to \""_s + body.at(typedLine) + u'"');
        }
        body.removeAt(typedLine);
        typedInPlace(u"the empty line taken out"_s);

        // The last item loses its marker: the list ends at the item above it.
        body[2] = u"second item [2]"_s;
        typedInPlace(u"marker taken out"_s);
        body[2] = marker + u"second item [2]"_s;
        typedInPlace(u"marker put back"_s);

        // Indented right under the item, a line goes on in the item.
        body.insert(typedLine, u"  goes on in the item"_s);
        applyEdit(article, body);
        const QString difference = differenceFromScratch(article);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(m_view->document()->find(u"second item"_s).block().text().endsWith(u"goes on in the item"_s));
    }
}

// A paragraph between two others becomes a list item, key by key: a list of its own starts. Items
// typed under it go on in it, and the marker taken out again ends it. Every key is typeset again in
// place, the same as from scratch.
void TestReadingViewBlocks::newListUpdatesInPlace()
{
    for (const QString &marker : {u"- "_s, u"1. "_s}) {
        const QString words = u"A paragraph [2] that becomes a list"_s;
        QStringList body = {u"Opening words [1]."_s, QString(), words, QString(), u"Closing words [3]."_s};
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const auto typedInPlace = [&](const QString &what) {
            const QString failure = failureInPlace(article, articleText(body), what);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        };
        for (qsizetype n = 1; n <= marker.size(); ++n) {
            body[2] = marker.left(n) + words;
            typedInPlace(body.at(2));
        }
        QVERIFY(m_view->document()->find(words.left(11)).block().textList());
        body.insert(3, QString()); // Enter at the end of the item
        typedInPlace(u"Enter"_s);
        const QString item = marker + u"a second item [1]"_s;
        for (qsizetype n = 1; n <= item.size(); ++n) {
            body[3] = item.left(n);
            typedInPlace(body.at(3));
        }
        QVERIFY(m_view->document()->find(u"a second item"_s).block().textList());
        // A paragraph typed right under the list ends it there; then an indented line goes on in it.
        body.insert(4, u"Words right under the list."_s);
        typedInPlace(u"a paragraph right under the list"_s);
        body[4] = u"  indented under the item"_s;
        typedInPlace(u"an indented line"_s);
        QVERIFY(m_view->document()
                    ->find(u"a second item"_s)
                    .block()
                    .text()
                    .endsWith(u"indented under the item"_s));
        body.removeAt(4);
        typedInPlace(u"the indented line taken out"_s);
        // The first item loses its marker: the list starts at the second.
        body[2] = words;
        typedInPlace(u"the first marker taken out"_s);
        QVERIFY(!m_view->document()->find(words.left(11)).block().textList());
        body[3] = u"a second item [1]"_s;
        typedInPlace(u"the second marker taken out"_s);
    }
}

// A paragraph right above or right below a list becomes an item: of the list's kind, it joins the
// list; of the other kind, it starts a list of its own. Either way the view is updated in place, to
// what typesetting from scratch gives.
void TestReadingViewBlocks::itemNextToAListJoinsOrStaysApart()
{
    for (const QString &marker : {u"- "_s, u"1. "_s}) {
        for (const QString &other : {u"- "_s, u"1. "_s}) {
            for (const int line : {1, 4}) {
                QStringList body = {u"Opening words [1]."_s, u"Right above the list [2]."_s,
                    marker + u"one [1]"_s, marker + u"two [2]"_s, u"Right below the list [3]."_s, QString(),
                    u"Closing words."_s};
                Article article = parseArticle(articleText(body));
                QVERIFY(showTypeset(article));
                const QString was = body.at(line);
                body[line] = other + was;
                QVERIFY(applyEdit(article, body));
                QString difference = differenceFromScratch(article);
                QVERIFY2(difference.isEmpty(), qPrintable(body.at(line) + u": "_s + difference));
                const QTextBlock item = m_view->document()->find(was.left(10)).block();
                QVERIFY(item.textList());
                QCOMPARE(item.textList() == m_view->document()->find(u"one [1]"_s).block().textList(),
                    marker == other);
                body[line] = was;
                QVERIFY(applyEdit(article, body));
                difference = differenceFromScratch(article);
                QVERIFY2(difference.isEmpty(), qPrintable(u"back to "_s + was + u": "_s + difference));
            }
        }
    }
}

// An item in the middle of a list loses its marker: the list splits in two around it, and joins again
// when the marker is back. A line between two lists of one kind becomes an item: they join.
void TestReadingViewBlocks::listsSplitAndJoinedInPlace()
{
    for (const QString &marker : {u"- "_s, u"1. "_s}) {
        QStringList body = {u"Opening words [1]."_s, marker + u"alpha [1]"_s, marker + u"middle [2]"_s,
            marker + u"omega [3]"_s, u"Closing words."_s};
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        const auto listOf
            = [this](const QString &text) { return m_view->document()->find(text).block().textList(); };
        const auto typedInPlace = [&](const QString &what) {
            const QString failure = failureInPlace(article, articleText(body), what);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        };
        body[2] = u"middle [2]"_s;
        typedInPlace(u"the middle marker taken out"_s);
        QVERIFY(listOf(u"alpha"_s) && listOf(u"omega"_s));
        QVERIFY(listOf(u"alpha"_s) != listOf(u"omega"_s));
        QVERIFY(!listOf(u"middle"_s));
        body[2] = marker + u"middle [2]"_s;
        typedInPlace(u"the middle marker put back"_s);
        QVERIFY(listOf(u"alpha"_s) == listOf(u"omega"_s));
        QCOMPARE(listOf(u"middle"_s), listOf(u"alpha"_s));

        // Two lists with a line between them, which becomes an item.
        body.insert(3, u"A line between the lists [1]."_s);
        typedInPlace(u"a line put between the items"_s);
        QVERIFY(listOf(u"alpha"_s) != listOf(u"omega"_s));
        body[3] = marker + body.at(3);
        typedInPlace(u"the line between made an item"_s);
        QVERIFY(listOf(u"alpha"_s) == listOf(u"omega"_s));
        QCOMPARE(listOf(u"A line between"_s), listOf(u"alpha"_s));
    }
}

// In an article without references or comments, the last paragraph becomes an item, items are typed
// under it, and the markers are taken out again: a list that ends the article is not closed.
void TestReadingViewBlocks::listEndingTheArticleUpdatesInPlace()
{
    QStringList lines = {u"Title"_s, QString(), u"Opening words [1]."_s, QString(), u"Last words [2]"_s};
    Article article = parseArticle(lines.join(u'\n'));
    QVERIFY(!article.referencesSection.present && !article.commentsSection.present);
    QVERIFY(showTypeset(article));
    const auto typedInPlace = [&](const QString &what) {
        const QString failure = failureInPlace(article, lines.join(u'\n'), what);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    };
    lines[4] = u"- Last words [2]"_s;
    typedInPlace(u"the last paragraph made an item"_s);
    QVERIFY(m_view->document()->find(u"Last words"_s).block().textList());
    lines.append(u"- a second item"_s);
    typedInPlace(u"an item typed under it"_s);
    lines[4] = u"Last words [2]"_s;
    typedInPlace(u"the first marker taken out"_s);
    lines[5] = u"a second item"_s;
    typedInPlace(u"the second marker taken out"_s);
    QVERIFY(!m_view->document()->find(u"a second item"_s).block().textList());
}

// Lists started, ended, split and joined among the first paragraphs of a long article, while the rest
// is still to be typeset: each edit in place, and once typeset to its end, the view is the same as
// from scratch.
void TestReadingViewBlocks::listEditsWhileTypesetting()
{
    QStringList body = mixedBody(3000);
    Article article = parseArticle(articleText(body));
    m_view->setArticle(article, analyseArticle(article));
    QVERIFY(!m_view->isRenderingFinished());
    const QList<std::pair<int, QString>> edits = {{0, u"- "_s + body.at(0)}, // starts a list
        {1, u"- "_s + body.at(1)}, // joins it
        {3, body.at(3).mid(2)}, // a bullet item (with a line wrapped under it) ends its list
        {5, body.at(5).mid(3)}, // the only numbered item ends its list
        {16, u"1. "_s + body.at(16).mid(2)}, // a bullet item turns numbered, joining the list below it
        {1, body.at(1)}}; // takes the second item out of the first list
    for (const auto &[line, text] : edits) {
        body[line] = text;
        const ArticleChange change = editAsTheEditorReports(article, articleText(body));
        const QTextDocument *before = m_view->document();
        m_view->setArticle(article, analyseArticle(article), &change);
        QVERIFY2(m_view->document() == before, qPrintable(u"line %1 typeset again"_s.arg(line)));
        QVERIFY(!m_view->isRenderingFinished());
    }
    m_view->finishRendering();
    const QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A fence taken out or put back turns the paragraphs after it into code or out of it, though their
// text stays the same.
void TestReadingViewBlocks::fenceTakenOutRetypesetsWhatFollows()
{
    QStringList body = {u"Intro."_s, u"```"_s, u"code a"_s, u"code b"_s, u"```"_s, u"after [1]"_s};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    body.removeAt(1);
    applyEdit(article, body);
    QString difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    body.insert(1, u"```"_s);
    applyEdit(article, body);
    difference = differenceFromScratch(article);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// A list of thousands of items is typeset as lists of at most kMaxListItems items (each item a list
// gains has Qt look at all the others), which read as one: edits around where one part gives way to the
// next are typeset as from scratch.
void TestReadingViewBlocks::longListsAreTypesetInParts()
{
    constexpr int kItems = ArticleRenderer::kMaxListItems * 2 + 10;
    for (const QString &marker : {u"- "_s, u"1. "_s}) {
        QStringList body = {u"Opening words [1]."_s};
        for (int i = 1; i <= kItems; ++i)
            body.append(marker + u"item %1 [%2]"_s.arg(i).arg(i % 3 + 1));
        body.append(u"Closing words [2]."_s);
        Article article = parseArticle(articleText(body));
        QVERIFY(showTypeset(article));
        QSet<const QTextList *> lists;
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
            if (const QTextList *list = block.textList()) {
                lists.insert(list);
                QVERIFY(list->count() <= ArticleRenderer::kMaxListItems);
            }
        }
        QCOMPARE(lists.size(), 3);

        const auto typedMatchesScratch = [&](const QString &what) {
            QVERIFY2(applyEdit(article, body), qPrintable(what + u": typeset again, not in place"_s));
            const QString difference = differenceFromScratch(article);
            QVERIFY2(difference.isEmpty(), qPrintable(what + u": "_s + difference));
        };
        const int boundary = ArticleRenderer::kMaxListItems; // the first part's last item, in `body`
        body.insert(boundary, marker + u"an item typed in"_s);
        typedMatchesScratch(u"item typed in"_s);
        body[boundary + 1] = u"no longer an item"_s;
        typedMatchesScratch(u"item turned into a line"_s);
        body[boundary + 1] = marker + u"an item again [3]"_s;
        typedMatchesScratch(u"line turned back into an item"_s);
        body.removeAt(boundary);
        body.removeAt(3);
        typedMatchesScratch(u"items taken out"_s);
        body[boundary + 2] = u"   "_s + body[boundary + 2];
        typedMatchesScratch(u"item nested"_s);
    }
}

QTEST_MAIN(TestReadingViewBlocks)
#include "tst_readingviewblocks.moc"
