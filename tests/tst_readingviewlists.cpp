// Checks how the reading view typesets lists: numbered items with the numbers written, items nested
// under the item above them, nested lists read as one, and the reference list's entries (labels with
// their emphasis, words after the address) and the lists of sources after it; edits typeset them
// again in place, judged against the article typeset from scratch.
#include "readinglayout.h"
#include "readingview.h"
#include "readingviewtestutil.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestReadingViewLists : public ReadingViewEditTest
{
    Q_OBJECT
private slots:
    void init() { makeView(); }
    void cleanup() { deleteView(); }
    void numberedItemsShowTheirNumbersAsWritten();
    void nestedItemsStandUnderTheirItem();
    void nestedListsReadAsOneList();
    void referenceLabelsShowTheirEmphasis();
    void wordsAfterTheAddressFollowIt();
    void listsAfterTheReferenceListAreSetAsLists();
    void anotherEntryOnTheLineIsShown();
    void wrappedLabelReadsAsOneLine();
    void datelineSaysItsAgency();
    void releaseLineStandsOverTheTitle();
    void commentsNoteIsTheArticles();
};

// A numbered item shows the number written in the file, whatever its place in its list: "2)" under
// an item with a list of its own is not "1.", and an item numbered 7 is not the list's next number.
void TestReadingViewLists::numberedItemsShowTheirNumbersAsWritten()
{
    QStringList body = {u"Steps:"_s, u"1) Search [1]"_s, u"   - a point under it"_s, u"2) Robots"_s,
        u"3. Sitemaps"_s, u"7. Seventh"_s};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    QStringList labels;
    for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
        if (block.textList() && block.blockFormat().hasProperty(ReadingLayout::ListLabelProperty))
            labels.append(block.blockFormat().stringProperty(ReadingLayout::ListLabelProperty));
    }
    QCOMPARE(labels, (QStringList {u"1)"_s, u"2)"_s, u"3."_s, u"7."_s}));

    // Drawn: the margin before "Seventh" shows the label its block carries.
    const QTextBlock seventh = blockWithText(*m_view->document(), u"Seventh"_s);
    QVERIFY(seventh.isValid());
    QCoreApplication::processEvents(); // laid out where it is drawn
    const QRect text = m_view->cursorRect(QTextCursor(seventh));
    const auto margin = [&] {
        QCoreApplication::processEvents();
        return m_view->viewport()->grab(QRect(0, text.top(), text.left(), text.height())).toImage();
    };
    const QImage asWritten = margin();
    QTextBlockFormat relabelled;
    relabelled.setProperty(ReadingLayout::ListLabelProperty, u"1."_s);
    QTextCursor(seventh).mergeBlockFormat(relabelled);
    QCOMPARE(m_view->cursorRect(QTextCursor(seventh)), text);
    QVERIFY(!asWritten.isNull());
    QVERIFY(margin() != asWritten);

    // Typed over, the number shown follows.
    body[5] = u"4. Seventh"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"renumbered"_s), QString());
    QCOMPARE(blockWithText(*m_view->document(), u"Seventh"_s)
                 .blockFormat()
                 .stringProperty(ReadingLayout::ListLabelProperty),
        u"4."_s);
}

// An item written further in than the margin stands under the item above it, one step per level;
// indenting or outdenting it typesets it again in place.
void TestReadingViewLists::nestedItemsStandUnderTheirItem()
{
    // Nested by three columns under numbered items, by two (and a tab, four) under bullets, by four;
    // items right under each other, or a blank line apart.
    QStringList body = {u"1) Search"_s, u"   - a point under it [1]"_s, u"2) Robots"_s, u"- top bullet"_s,
        u"  - nested bullet"_s, u"    - nested twice"_s, QString(), u"\t- nested by a tab"_s,
        u"- back at the margin"_s, u"    - nested by four"_s, u"        - and by eight"_s,
        u"After the lists."_s};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    const auto left = [this](const QString &text) {
        const QTextBlock block = blockWithText(*m_view->document(), text);
        return block.isValid() ? m_view->cursorRect(QTextCursor(block)).left() : -1;
    };
    QCoreApplication::processEvents();
    const int margin = left(u"Search"_s);
    const int one = left(u"nested bullet"_s);
    const int two = left(u"nested twice"_s);
    QVERIFY(margin > 0);
    QVERIFY(one > margin);
    QVERIFY(two > one);
    QCOMPARE(left(u"a point under it\u00a0[1]"_s), one);
    QCOMPARE(left(u"Robots"_s), margin);
    QCOMPARE(left(u"top bullet"_s), margin);
    QCOMPARE(left(u"nested by a tab"_s), two);
    QCOMPARE(left(u"back at the margin"_s), margin);
    QCOMPARE(left(u"nested by four"_s), one);
    QCOMPARE(left(u"and by eight"_s), two);

    body[3] = u"   - top bullet"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"indented"_s), QString());
    QCOMPARE(left(u"top bullet"_s), one);
    QCOMPARE(left(u"nested twice"_s), two);
    body[3] = u"- top bullet"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"outdented"_s), QString());
    QCOMPARE(left(u"top bullet"_s), margin);
    // Written further in than the items under it, an item no longer has them under it: they now stand
    // under the item above it, as it does.
    body[4] = u"      - nested bullet"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"indented past the items below"_s), QString());
    QCOMPARE(left(u"nested bullet"_s), one);
    QCOMPARE(left(u"nested twice"_s), one);
    QCOMPARE(left(u"nested by a tab"_s), one);
    body[4] = u"  - nested bullet"_s;
    QCOMPARE(failureInPlace(article, articleText(body), u"indented back"_s), QString());
    QCOMPARE(left(u"nested twice"_s), two);
}

// A list nested in an item, and the list going on under it, read as one list: where one gives way to
// the other the items keep an item's spacing, and only the last item has a paragraph's space below it.
// Edits that start or end the nested list change that spacing in place, as typesetting from scratch.
void TestReadingViewLists::nestedListsReadAsOneList()
{
    QStringList body = {u"1) Search"_s, u"   - a point under it"_s, u"   - another point"_s, u"2) Robots"_s,
        QString(), u"After the lists [1]."_s};
    Article article = parseArticle(articleText(body));
    QVERIFY(showTypeset(article));
    QCoreApplication::processEvents();
    const auto top = [this](const QString &text) {
        const QTextBlock block = blockWithText(*m_view->document(), text);
        return block.isValid() ? m_view->cursorRect(QTextCursor(block)).top() : -1;
    };
    // (Lines stand at fractional heights: steps of one size may differ by a pixel when rounded.)
    const auto spacedAsOneList = [&] {
        const int step = top(u"another point"_s) - top(u"a point under it"_s);
        return step > 0 && qAbs(top(u"a point under it"_s) - top(u"Search"_s) - step) <= 1
            && qAbs(top(u"Robots"_s) - top(u"another point"_s) - step) <= 1
            && top(u"After the lists\u00a0[1]."_s) - top(u"Robots"_s) > step + 2;
    };
    QVERIFY(spacedAsOneList());

    const auto typedInPlace = [&](const QString &what) {
        const QString failure = failureInPlace(article, articleText(body), what);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    };
    // The nested list loses its first item, then gains it back; the list below it loses its item.
    body[1] = u"   - "_s;
    typedInPlace(u"first nested item emptied"_s);
    body[1] = u"A paragraph"_s;
    typedInPlace(u"first nested item becomes a paragraph"_s);
    body[1] = u"   - a point under it"_s;
    typedInPlace(u"first nested item back"_s);
    body[3] = u"Robots"_s;
    typedInPlace(u"the item below the nested list becomes a paragraph"_s);
    body[3] = u"2) Robots"_s;
    typedInPlace(u"the item back"_s);
    QVERIFY(spacedAsOneList());
}

// A label is typeset as body text is: "**Reuters**" shows bold, without its asterisks.
void TestReadingViewLists::referenceLabelsShowTheirEmphasis()
{
    QString text = articleText({u"Body [2]."_s});
    text.replace(u"[2] https://example.org/two"_s, u"[2] **Reuters**, *Wire* - https://example.org/two"_s);
    const Article article = parseArticle(text);
    QCOMPARE(article.references.at(1).label, u"**Reuters**, *Wire*"_s);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QTextBlock entry = document.findBlock(int(document.toPlainText().indexOf(u"Reuters"_s)));
    QVERIFY(entry.isValid());
    QVERIFY(!entry.text().contains(u'*'));
    QVERIFY(entry.text().contains(u"Reuters, Wire"_s));
    QStringList bold;
    QStringList italic;
    for (auto it = entry.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().fontWeight() == QFont::Bold)
            bold.append(it.fragment().text());
        if (it.fragment().charFormat().fontItalic())
            italic.append(it.fragment().text());
    }
    QCOMPARE(bold, QStringList {u"Reuters"_s});
    QCOMPARE(italic, QStringList {u"Wire"_s});
}

// With its label written before the address, what an entry says after it ("(accessed …)", a site's
// name) is shown after the address, and so is the date that ends a label written after it; an edit of
// those words alone typesets the entry again.
void TestReadingViewLists::wordsAfterTheAddressFollowIt()
{
    const QString before = articleText({u"Body [2] and [3]."_s})
                               .replace(u"[1] https://example.com/one One"_s,
                                   u"[1] https://example.com/one One, accessed 3 May 2025"_s)
                               .replace(u"[2] https://example.org/two"_s,
                                   u"[2] A title - https://example.org/two (accessed 2024)"_s)
                               .replace(u"[3] https://example.net/three"_s,
                                   u"[3] [Docs](https://example.net/three \"Hover\") - Wire"_s);
    Article article = parseArticle(before);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    QVERIFY(blockWithText(document, u"2.\tA title%1https://example.org/two  (accessed 2024)"_s.arg(lineBreak))
                .isValid());
    QVERIFY(blockWithText(document, u"3.\tDocs%1https://example.net/three  Wire"_s.arg(lineBreak)).isValid());
    QVERIFY(blockWithText(document, u"1.\tOne%1https://example.com/one  accessed 3 May 2025"_s.arg(lineBreak))
                .isValid());

    QVERIFY(showTypeset(article));
    QString edited = before;
    edited.replace(u"(accessed 2024)"_s, u"(accessed 2025)"_s);
    QCOMPARE(failureInPlace(article, edited, u"edited the words after an address"_s), QString());
    QVERIFY(blockWithText(
        *m_view->document(), u"2.\tA title%1https://example.org/two  (accessed 2025)"_s.arg(lineBreak))
                .isValid());
}

// A second entry on an entry's line is not read, but the view shows it under the entry, as written
// ("[3] https://… [4] https://…", a line lost between them): no source a reader could look for goes
// missing. An edit of it alone typesets the entry again.
void TestReadingViewLists::anotherEntryOnTheLineIsShown()
{
    const QString before = articleText({u"Body [2] and [3]."_s})
                               .replace(u"[2] https://example.org/two"_s,
                                   u"[2] https://example.org/two [4] https://example.org/four"_s);
    Article article = parseArticle(before);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    const QTextBlock entry = blockWithText(
        document, u"2.\thttps://example.org/two%1[4] https://example.org/four"_s.arg(lineBreak));
    QVERIFY(entry.isValid());

    QVERIFY(showTypeset(article));
    QString edited = before;
    edited.replace(u"example.org/four"_s, u"example.org/fourth"_s);
    QCOMPARE(failureInPlace(article, edited, u"edited the entry joined to another"_s), QString());
    QVERIFY(blockWithText(
        *m_view->document(), u"2.\thttps://example.org/two%1[4] https://example.org/fourth"_s.arg(lineBreak))
                .isValid());
    // Told nothing of the edit, the view finds it by comparing the articles.
    article = parseArticle(edited.replace(u"example.org/fourth"_s, u"example.org/fifth"_s));
    m_view->setArticle(article, analyseArticle(article));
    m_view->finishRendering();
    QCOMPARE(differenceFromScratch(article), QString());
}

// A label wrapped onto the entry's next lines, its address under it, reads as one line above the
// address, its emphasis kept; an edit of the wrapped words shows them.
void TestReadingViewLists::wrappedLabelReadsAsOneLine()
{
    const QString before
        = articleText({u"Body [2]."_s})
              .replace(u"[2] https://example.org/two"_s,
                  u"[2] A report on the\n    *state* of water.\n    https://example.org/two"_s);
    const Article article = parseArticle(before);
    QCOMPARE(article.references.at(1).label, u"A report on the *state* of water."_s);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    const QTextBlock entry = blockWithText(
        document, u"2.\tA report on the state of water.%1https://example.org/two"_s.arg(lineBreak));
    QVERIFY(entry.isValid());
    QStringList italic;
    for (auto it = entry.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().fontItalic())
            italic.append(it.fragment().text());
    }
    QCOMPARE(italic, QStringList {u"state"_s});

    QVERIFY(showTypeset(article));
    QString edited = before;
    edited.replace(u"of water"_s, u"of rivers"_s);
    m_view->setArticle(parseArticle(edited), {});
    m_view->finishRendering();
    QCOMPARE(differenceFromScratch(parseArticle(edited)), QString());
    QVERIFY(blockWithText(*m_view->document(),
        u"2.\tA report on the state of rivers.%1https://example.org/two"_s.arg(lineBreak))
                .isValid());
}

// A dateline's agency credit ("(AP)") is neither place nor date, but the view says it after them.
void TestReadingViewLists::datelineSaysItsAgency()
{
    const Article article = parseArticle(articleText({}).replace(
        u"Seoul, July 2, 2025 \u2014 First paragraph"_s, u"OAKLAND, Calif. (AP) \u2014 First paragraph"_s));
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QVERIFY(blockWithText(document, u"OAKLAND, Calif.  \u00b7  AP"_s).isValid());
}

// A press release's "FOR IMMEDIATE RELEASE" stands over its headline, in the title's block; an edit of
// the title keeps it there.
void TestReadingViewLists::releaseLineStandsOverTheTitle()
{
    const QString text = u"FOR IMMEDIATE RELEASE\n"_s + articleText({});
    Article article = parseArticle(text);
    QCOMPARE(article.title, u"Title"_s);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    QCOMPARE(document.firstBlock().text(), u"FOR IMMEDIATE RELEASE\u2028Title"_s);

    QVERIFY(showTypeset(article));
    applyEditToText(article, QString(text).replace(u"\nTitle\n"_s, u"\nA new title\n"_s));
    QCOMPARE(m_view->document()->firstBlock().text(), u"FOR IMMEDIATE RELEASE\u2028A new title"_s);
    QCOMPARE(differenceFromScratch(article), QString());
}

// Where the article says it has no comments, the view says so in its words (and language), emphasis
// taken off; an edit of the note shows; with no note, the view says it in the window's language.
void TestReadingViewLists::commentsNoteIsTheArticles()
{
    const QString head = u"Title\nA sentence [1].\n\nReferences:\n[1] https://a.example/\n\n"_s;
    const auto lastBlock = [this](const QString &text) {
        QTextDocument document;
        typesetInOneGo(parseArticle(text), m_view->font(), m_view->palette(), &document);
        return document.lastBlock().text();
    };
    QCOMPARE(lastBlock(head + u"Kommentare\n_Keine Kommentare_.\n"_s), u"Keine Kommentare."_s);
    QCOMPARE(lastBlock(head + u"Comments\n**No comments**\n"_s), u"No comments"_s);
    QCOMPARE(lastBlock(head + u"التعليقات\nلا توجد تعليقات بعد\n"_s), u"لا توجد تعليقات بعد"_s);
    QCOMPARE(lastBlock(head + u"Comments\n"_s), u"No comments yet."_s);

    const QString text = head + u"Comments\n(No comments)\n"_s;
    Article article = parseArticle(text);
    QVERIFY(showTypeset(article));
    QCOMPARE(m_view->document()->lastBlock().text(), u"(No comments)"_s);
    applyEditToText(article, QString(text).replace(u"(No comments)"_s, u"No comments so far"_s));
    QCOMPARE(m_view->document()->lastBlock().text(), u"No comments so far"_s);
    QCOMPARE(differenceFromScratch(article), QString());
}

// A digest's lists of sources after the reference list are set where they stand as the list is, heading
// and entries, not as text with markers; edits keep the view as a fresh one.
void TestReadingViewLists::listsAfterTheReferenceListAreSetAsLists()
{
    QFile file(QStringLiteral(CITEWISE_FIXTURES_DIR "/format/digest-lists.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    Article article = parseArticle(text);
    QCOMPARE(article.otherReferenceLists.size(), 2);
    QTextDocument document;
    typesetInOneGo(article, m_view->font(), m_view->palette(), &document);
    const QChar lineBreak(QChar::LineSeparator);
    QStringList blocks;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        blocks.append(b.text());
    const auto at = [&](const QString &block) { return blocks.indexOf(block); };
    QVERIFY(at(u"1.\tAnalysts' note%1https://example.com/oil-analysts"_s.arg(lineBreak)) >= 0);
    const int gold = at(u"Gold fell\u00a0[3]. Central banks kept buying\u00a0[4], as in October\u00a0[1]."_s);
    QVERIFY(gold >= 0);
    // The rule above a section, its heading without the colon, the entries.
    QCOMPARE(blocks.mid(gold + 1, 5),
        (QStringList {QString(), u"Sources"_s, u"3.\thttps://example.com/gold-fell"_s,
            u"4.\tCentral bank statement%1https://example.com/central-banks"_s.arg(lineBreak), u"Shares"_s}));
    QVERIFY(at(u"5.\thttps://example.com/chips"_s) >= 0);
    QVERIFY(!blocks.join(u'\n').contains(u"[3] https"_s)); // no entry left as text

    QVERIFY(showTypeset(article));
    QCOMPARE(m_view->markerCount(), 7);
    QString edited = text;
    edited.replace(u"gold-fell"_s, u"gold-slips"_s);
    QCOMPARE(differenceFromScratch(article), QString());
    applyEditToText(article, edited);
    QCOMPARE(differenceFromScratch(article), QString());
    edited.replace(u"Oil rose"_s, u"Crude oil rose"_s);
    applyEditToText(article, edited);
    QCOMPARE(differenceFromScratch(article), QString());
    edited.replace(u"[4] Central"_s, u"[2] Central"_s); // a number the first list has: text again
    applyEditToText(article, edited);
    QCOMPARE(article.otherReferenceLists.size(), 1);
    QCOMPARE(differenceFromScratch(article), QString());
}

QTEST_MAIN(TestReadingViewLists)
#include "tst_readingviewlists.moc"
