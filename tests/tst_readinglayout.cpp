// Checks the reading view's layout: it places every block, line and hit exactly where
// QTextDocumentLayout places them, lays out only what is asked for, and after an edit lays out again
// only the blocks the edit touched while giving the same geometry as a layout from scratch.
#include "articleio.h"
#include "articlerenderer.h"
#include "diagnostic.h"
#include "readinglayout.h"
#include "readingview.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextFrame>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

// Every kind of block the reading view typesets: title, dateline, paragraphs with markers, headings,
// lists, a list item wrapped by hand, quotes, code with blank lines, a line wrapped by hand, and the
// reference and comment sections with their rules.
QString articleText(int paragraphs)
{
    const QStringList kinds = {u"Plain words #%1 and a marker [1] in the middle of them, long enough to "
                               u"wrap over more than one line of the page at the width used here."_s,
        u"A cluster [1][2] #%1 then a list [1, 3] and a range [2-3]."_s, u"## A heading [2] #%1"_s,
        u"- a bullet item [3] #%1"_s, u"  the item wrapped by hand [2] #%1"_s, u"1. a numbered item #%1"_s,
        u"2. another numbered item #%1"_s, u"> a quoted line [1] #%1"_s, u"```"_s, u"code [1] inside #%1"_s,
        u""_s, u"\tcode after a blank line #%1"_s, u"```"_s, u"Dangling [9] and `code span` here #%1."_s,
        u"A sentence wrapped by hand #%1, which goes on past"_s, u"the end of its line [2] and stops here."_s,
        u"\u05e9\u05dc\u05d5\u05dd right to left #%1 [1]"_s};
    QString text
        = u"A Title Long Enough To Take Two Lines In A Narrow Page\nSeoul, July 2, 2025 \u2014 First [1].\n"_s;
    for (int i = 0; i < paragraphs; ++i)
        text += QString(kinds.at(i % kinds.size())).replace(u"%1"_s, QString::number(i)) + u'\n';
    return text
        + u"References\n[1] https://example.com/one One\n[2] https://example.org/two\n[3] "
          u"https://example.net/three\n"
          "Comments\nAnn: Fine.\n"_s;
}

// The article typeset into a document laid out by `layout` (or QTextDocumentLayout), with the page
// margins the reading view sets (fractions of a pixel included).
QTextDocument *typeset(const QString &text, bool readingLayout, qreal width, QObject *parent)
{
    auto *document = new QTextDocument(parent);
    document->setDocumentMargin(0);
    if (readingLayout)
        document->setDocumentLayout(new ReadingLayout(document));
    ArticleRenderer renderer(ArticleRenderer::readingFont(QApplication::font()), QApplication::palette());
    const Article article = parseArticle(text);
    renderer.render(article, document);
    QTextFrameFormat frame = document->rootFrame()->frameFormat();
    frame.setLeftMargin(48.873);
    frame.setRightMargin(48.873);
    frame.setTopMargin(27.925);
    frame.setBottomMargin(43.6);
    document->rootFrame()->setFrameFormat(frame);
    document->setPageSize(QSizeF(width, -1));
    return document;
}

ReadingLayout *readingLayoutOf(const QTextDocument *document)
{
    return qobject_cast<ReadingLayout *>(document->documentLayout());
}

bool near(qreal a, qreal b)
{
    return qAbs(a - b) < 0.01;
}

// Every block in the same place, with its lines in the same places; the same height overall.
bool sameGeometry(const QTextDocument *expected, const QTextDocument *actual, QString *difference)
{
    readingLayoutOf(actual)->layoutEverything();
    QTextBlock a = expected->begin();
    QTextBlock b = actual->begin();
    for (; a.isValid() && b.isValid(); a = a.next(), b = b.next()) {
        const QRectF x = expected->documentLayout()->blockBoundingRect(a);
        const QRectF y = actual->documentLayout()->blockBoundingRect(b);
        bool same = near(x.x(), y.x()) && near(x.y(), y.y()) && near(x.width(), y.width())
            && near(x.height(), y.height()) && a.layout()->lineCount() == b.layout()->lineCount();
        for (int i = 0; same && i < a.layout()->lineCount(); ++i) {
            const QTextLine k = a.layout()->lineAt(i);
            const QTextLine l = b.layout()->lineAt(i);
            same = near(k.x(), l.x()) && near(k.y(), l.y()) && k.textStart() == l.textStart();
        }
        if (!same) {
            QDebug(difference) << "block" << a.blockNumber() << a.text().left(30) << x << y;
            return false;
        }
    }
    if (a.isValid() || b.isValid()) {
        *difference = u"block counts differ"_s;
        return false;
    }
    if (!near(expected->size().height(), actual->size().height())) {
        QDebug(difference) << "document heights" << expected->size() << actual->size();
        return false;
    }
    return true;
}

// `article` typeset in `view`, which shows its first screen and is then scrolled to its middle before
// idle layout has run (the scroll bar dragged down right after opening).
void jumpToTheMiddle(ReadingView &view, const Article &article)
{
    view.resize(700, 500);
    view.setArticle(article, analyseArticle(article));
    view.finishRendering();
    view.grab(); // the first screen
    QCoreApplication::sendPostedEvents(); // the view learns the document's height, idle layout waits
    QScrollBar *bar = view.verticalScrollBar();
    QVERIFY2(bar->maximum() > 50000, qPrintable(QString::number(bar->maximum())));
    bar->setValue(bar->maximum() / 2);
    view.grab();
}

// `article` typeset and laid out whole in `view`, which shows its middle.
void showMiddleOf(ReadingView &view, const Article &article)
{
    view.resize(700, 500);
    view.setArticle(article, analyseArticle(article));
    view.finishRendering();
    readingLayoutOf(view.document())->layoutEverything();
    QScrollBar *bar = view.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 20000);
    bar->setValue(bar->maximum() / 2);
    view.grab();
}

} // namespace

class TestReadingLayout : public QObject
{
    Q_OBJECT
private slots:
    void placesBlocksAsQTextDocumentLayout_data();
    void placesBlocksAsQTextDocumentLayout();
    void hitsTheSameCharacters();
    void editsLayOutOnlyWhatTheyTouch();
    void randomEditsGiveTheGeometryFromScratch();
    void largeChangesAreLaidOutWhenSeen();
    void typingBeyondTheLaidOutPartKeepsTheHeight();
    void viewLaysOutWhatIsSeenFirst();
    void shortArticleIsLaidOutWhenSeen();
    void heightIsEstimatedBeforeLayout();
    void heightsAreReusedForTheSameTextButDigits();
    void renumberingKeepsTheReadersPlace();
    void zoomKeepsTheReadersBlock();
    void farPlacesAreReachedWithGuessedHeights();
    void scrollingFarKeepsTheReadersPlace();
    void scrollingUpIntoGuessedHeightsMovesOnlyAsAsked();
};

void TestReadingLayout::placesBlocksAsQTextDocumentLayout_data()
{
    QTest::addColumn<qreal>("width");
    QTest::newRow("narrow") << qreal(320);
    QTest::newRow("wide") << qreal(1100.5);
}

void TestReadingLayout::placesBlocksAsQTextDocumentLayout()
{
    QFETCH(qreal, width);
    QObject owner;
    const QString text = articleText(60);
    const QTextDocument *expected = typeset(text, false, width, &owner);
    QTextDocument *actual = typeset(text, true, width, &owner);
    QString difference;
    QVERIFY2(sameGeometry(expected, actual, &difference), qPrintable(difference));

    // A new page width lays everything out again.
    QTextDocument *resized = typeset(text, false, width + 151, &owner);
    actual->setPageSize(QSizeF(width + 151, -1));
    QVERIFY2(sameGeometry(resized, actual, &difference), qPrintable(difference));
}

void TestReadingLayout::hitsTheSameCharacters()
{
    QObject owner;
    const QString text = articleText(34);
    const QTextDocument *expected = typeset(text, false, 480, &owner);
    const QTextDocument *actual = typeset(text, true, 480, &owner);
    const qreal height = expected->size().height();
    int exact = 0;
    for (qreal y = -5; y < height + 20; y += 3.7) {
        for (qreal x = -3; x < 500; x += 11.3) {
            const QPointF point(x, y);
            QCOMPARE(actual->documentLayout()->hitTest(point, Qt::FuzzyHit),
                expected->documentLayout()->hitTest(point, Qt::FuzzyHit));
            const int hit = expected->documentLayout()->hitTest(point, Qt::ExactHit);
            QCOMPARE(actual->documentLayout()->hitTest(point, Qt::ExactHit), hit);
            QCOMPARE(actual->documentLayout()->anchorAt(point), expected->documentLayout()->anchorAt(point));
            if (hit >= 0)
                ++exact;
        }
    }
    QVERIFY(exact > 1000);
}

// Typing, new and removed paragraphs, a changed block format: all laid out in place, the rest of the
// page only moved, and the geometry that of a layout from scratch.
void TestReadingLayout::editsLayOutOnlyWhatTheyTouch()
{
    QObject owner;
    QTextDocument *document = typeset(articleText(400), true, 600, &owner);
    ReadingLayout *layout = readingLayoutOf(document);
    layout->layoutEverything();
    const auto check = [&](const char *step) {
        QCOMPARE(layout->laidOutBlocks(), document->blockCount()); // nothing was let go
        QTextDocument *fresh = document->clone(&owner);
        fresh->setPageSize(document->pageSize());
        QString difference;
        QVERIFY2(sameGeometry(fresh, document, &difference),
            qPrintable(QLatin1StringView(step) + u": "_s + difference));
    };

    QTextCursor cursor(document->findBlockByNumber(document->blockCount() / 2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" and words typed at the end of a paragraph until it takes another line or two"_s);
    check("typing");
    cursor.insertText(u"\nA new paragraph\nand another"_s);
    check("new paragraphs");
    cursor.movePosition(QTextCursor::PreviousBlock, QTextCursor::KeepAnchor, 3);
    cursor.removeSelectedText();
    check("paragraphs removed");
    QTextBlockFormat roomy = cursor.blockFormat();
    roomy.setBottomMargin(40);
    roomy.setLeftMargin(33);
    cursor.setBlockFormat(roomy);
    check("block format");
    // A new block with a wide bottom margin: the block under it, untouched, sits lower.
    QTextBlockFormat spaced;
    spaced.setBottomMargin(55);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertBlock(spaced);
    check("new block");
    cursor.movePosition(QTextCursor::Start);
    cursor.insertText(u"Typed in the title "_s);
    check("first block");
}

// Edits anywhere, of any size, with the document laid out or not: after each, the geometry is the
// one a layout from scratch gives.
void TestReadingLayout::randomEditsGiveTheGeometryFromScratch()
{
    QObject owner;
    QTextDocument *document = typeset(articleText(90), true, 520, &owner);
    ReadingLayout *layout = readingLayoutOf(document);
    QRandomGenerator random(20261203);
    const QStringList typed = {u"x"_s, u" some more words for another line or so, perhaps"_s, u"\n"_s,
        u"\nnew paragraph\n"_s, u"\u05e9\u05dc\u05d5\u05dd"_s};
    for (int step = 0; step < 80; ++step) {
        if (step % 3 == 0)
            layout->layoutEverything();
        else
            document->documentLayout()->blockBoundingRect(
                document->findBlockByNumber(random.bounded(document->blockCount())));
        QTextCursor cursor(document);
        cursor.setPosition(random.bounded(document->characterCount() - 1));
        cursor.beginEditBlock();
        switch (random.bounded(4)) {
        case 0:
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, random.bounded(1, 300));
            cursor.removeSelectedText();
            break;
        case 1: {
            QTextBlockFormat format = cursor.blockFormat();
            format.setTopMargin(random.bounded(30));
            format.setBottomMargin(random.bounded(30));
            cursor.setBlockFormat(format);
            break;
        }
        default:
            cursor.insertText(typed.at(random.bounded(int(typed.size()))));
            break;
        }
        cursor.endEditBlock();
        QTextDocument *fresh = document->clone(&owner);
        fresh->setPageSize(document->pageSize());
        QString difference;
        QVERIFY2(
            sameGeometry(fresh, document, &difference), qPrintable(u"step %1: "_s.arg(step) + difference));
        delete fresh;
    }
}

void TestReadingLayout::largeChangesAreLaidOutWhenSeen()
{
    QObject owner;
    QTextDocument *document = typeset(articleText(400), true, 600, &owner);
    ReadingLayout *layout = readingLayoutOf(document);
    layout->layoutEverything();
    const int middle = document->blockCount() / 2;
    QTextCursor cursor(document->findBlockByNumber(middle));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    const QString tail = cursor.selection().toPlainText();
    // In one edit block, as the reading view edits (a cursor's own edit asks for its block's lines
    // afterwards, which lays out all before it).
    cursor.beginEditBlock();
    cursor.insertText(tail + u"\n"_s + tail);
    cursor.endEditBlock();
    QCOMPARE(layout->laidOutBlocks(), middle); // what came before stays where it was
    QTextDocument *fresh = document->clone(&owner);
    fresh->setPageSize(document->pageSize());
    QString difference;
    QVERIFY2(sameGeometry(fresh, document, &difference), qPrintable(difference));
}

// Keys typed where nothing is laid out yet leave the estimated height alone (the scroll bar and the
// window around it are not painted again for each); a larger change is estimated again.
void TestReadingLayout::typingBeyondTheLaidOutPartKeepsTheHeight()
{
    QObject owner;
    QTextDocument *document = typeset(articleText(400), true, 600, &owner);
    ReadingLayout *layout = readingLayoutOf(document);
    layout->blockBoundingRect(document->findBlockByNumber(10));
    const int laid = layout->laidOutBlocks();
    QVERIFY(laid > 10 && laid < document->blockCount() / 2);
    QTextCursor cursor(document->findBlockByNumber(document->blockCount() - 20));
    // One edit block per key, as the reading view edits: nothing asks for the block's lines.
    const auto typeKey = [&cursor] {
        cursor.beginEditBlock();
        cursor.insertText(u"k"_s);
        cursor.endEditBlock();
    };
    typeKey(); // the size as the view learns it
    const QSizeF size = layout->documentSize();
    QSignalSpy resized(layout, &QAbstractTextDocumentLayout::documentSizeChanged);
    for (int key = 0; key < 40; ++key)
        typeKey();
    QCOMPARE(layout->laidOutBlocks(), laid);
    QCOMPARE(resized.count(), 0);
    QCOMPARE(layout->documentSize(), size);

    cursor.beginEditBlock();
    cursor.insertText(QString(2000, u'w'));
    cursor.endEditBlock();
    QVERIFY(layout->documentSize().height() > size.height());
    QCOMPARE(resized.count(), 1);

    layout->layoutEverything();
    QTextDocument *fresh = document->clone(&owner);
    fresh->setPageSize(document->pageSize());
    QString difference;
    QVERIFY2(sameGeometry(fresh, document, &difference), qPrintable(difference));
    QCOMPARE(layout->documentSize(), fresh->documentLayout()->documentSize());
}

// Opening a long article lays out the first screen; the rest follows while idle.
void TestReadingLayout::viewLaysOutWhatIsSeenFirst()
{
    const Article article = parseArticle(articleText(3000));
    ReadingView view;
    view.resize(700, 500);
    view.setArticle(article, analyseArticle(article));
    view.grab(); // painted once, no time left for idle steps
    const ReadingLayout *layout = readingLayoutOf(view.document());
    QVERIFY(layout);
    QVERIFY2(layout->laidOutBlocks() > 5 && layout->laidOutBlocks() < 100,
        qPrintable(QString::number(layout->laidOutBlocks())));
    view.finishRendering();
    QTRY_COMPARE_WITH_TIMEOUT(layout->laidOutBlocks(), view.document()->blockCount(), 20000);
}

// An article typeset in one go, longer than the view: typesetting it lays out nothing, nor does idle
// time before the view is drawn; the first paint lays out only what it shows (the reference and
// comment sections below it, with their own fonts, wait), and the rest follows while idle.
void TestReadingLayout::shortArticleIsLaidOutWhenSeen()
{
    const Article article = parseArticle(articleText(120));
    ReadingView view;
    view.resize(700, 500);
    view.setArticle(article, analyseArticle(article));
    const ReadingLayout *layout = readingLayoutOf(view.document());
    QVERIFY(layout);
    QVERIFY(view.document()->blockCount() > 100);
    QVERIFY2(layout->laidOutBlocks() <= 1, qPrintable(QString::number(layout->laidOutBlocks())));
    // Nor while idle before it is drawn: what the first paint shows comes first.
    QTest::qWait(50);
    QVERIFY2(layout->laidOutBlocks() <= 1, qPrintable(QString::number(layout->laidOutBlocks())));
    view.grab();
    QVERIFY2(layout->laidOutBlocks() > 5 && layout->laidOutBlocks() < 60,
        qPrintable(QString::number(layout->laidOutBlocks())));
    QTRY_COMPARE_WITH_TIMEOUT(layout->laidOutBlocks(), view.document()->blockCount(), 20000);
}

// Before anything is laid out, the height (the scroll bar's range) is estimated from the text: close
// to the real one for prose, and for lists of short items, which take a line each.
void TestReadingLayout::heightIsEstimatedBeforeLayout()
{
    QObject owner;
    QString items;
    for (int i = 0; i < 300; ++i)
        items += u"- item %1\n"_s.arg(i);
    const QString prose = articleText(60);
    for (const QString &text : {u"Short items\n"_s + items, prose}) {
        QTextDocument *document = typeset(text, true, 700, &owner);
        ReadingLayout *layout = readingLayoutOf(document);
        QCOMPARE(layout->laidOutBlocks(), 0);
        const qreal estimated = layout->documentSize().height();
        layout->layoutEverything();
        const qreal real = layout->documentSize().height();
        QVERIFY2(estimated > real / 2 && estimated < real * 2,
            qPrintable(u"%1 against %2"_s.arg(estimated).arg(real)));
    }
}

// A document typeset again from the same text with other numbers takes the heights of the blocks that
// read the same but for digits, without laying them out: a block asked for far down is placed at
// once, where a layout from scratch puts it. Blocks that read otherwise, or another page width, are
// laid out.
void TestReadingLayout::heightsAreReusedForTheSameTextButDigits()
{
    QObject owner;
    const QString text = articleText(400);
    QTextDocument *before = typeset(text, true, 600, &owner);
    readingLayoutOf(before)->layoutEverything();
    const ReadingLayout::Heights heights = readingLayoutOf(before)->heights(before->blockCount());

    QString renumbered = text;
    renumbered.replace(u"[1]"_s, u"[17]"_s).replace(u"#10"_s, u"#99"_s);
    renumbered.replace(u"#204 and"_s, u"#204 and other words, and"_s); // this one reads otherwise
    QTextDocument *after = typeset(renumbered, true, 600, &owner);
    ReadingLayout *layout = readingLayoutOf(after);
    layout->reuseHeights(heights);
    const QTextBlock last = after->lastBlock().previous();
    const QRectF placed = layout->blockBoundingRect(last);
    QVERIFY2(layout->estimatedBlocks() > after->blockCount() * 9 / 10,
        qPrintable(u"%1 of %2"_s.arg(layout->estimatedBlocks()).arg(after->blockCount())));
    QCOMPARE(after->findBlockByNumber(after->blockCount() / 2).layout()->lineCount(), 0);
    const QTextBlock changed = after->find(u"and other words"_s).block();
    QVERIFY(changed.isValid());
    QVERIFY(changed.layout()->lineCount() > 0);

    QTextDocument *fresh = after->clone(&owner);
    fresh->setPageSize(after->pageSize());
    QVERIFY(
        near(fresh->documentLayout()->blockBoundingRect(fresh->lastBlock().previous()).top(), placed.top()));
    QString difference;
    QVERIFY2(sameGeometry(fresh, after, &difference), qPrintable(difference));
    QCOMPARE(layout->estimatedBlocks(), 0);

    QTextDocument *wider = typeset(renumbered, true, 640, &owner);
    readingLayoutOf(wider)->reuseHeights(heights);
    wider->documentLayout()->blockBoundingRect(wider->lastBlock());
    QCOMPARE(readingLayoutOf(wider)->estimatedBlocks(), 0);
}

// Far down a long article, renumbering typesets it again: the paragraph at the top of the view stays
// there, without everything above it laid out first, however much taller or shorter the text above it
// now is, and stays there while the rest is laid out when the application is idle.
void TestReadingLayout::renumberingKeepsTheReadersPlace()
{
    QString text = articleText(3000);
    const Article article = parseArticle(text);
    ReadingView view;
    showMiddleOf(view, article);
    // The block a third of the way down the view, and where its top is in the view.
    const int reading
        = view.cursorForPosition(QPoint(view.viewport()->width() / 2, view.viewport()->height() / 3))
              .block()
              .blockNumber();
    const auto placeOf = [&view, reading] {
        const QTextBlock block = view.document()->findBlockByNumber(reading);
        return view.document()->documentLayout()->blockBoundingRect(block).top()
            - view.verticalScrollBar()->value();
    };
    const qreal place = placeOf();
    const auto near = [place](qreal now) {
        return qAbs(now - place) <= 1 // the scroll bar counts whole pixels
            ? QString()
            : u"at %1 against %2"_s.arg(now).arg(place);
    };

    // Renumbered: the reference list's numbers change, and with them the markers'.
    text.replace(u"[1]"_s, u"[4]"_s).replace(u"[3]"_s, u"[1]"_s).replace(u"[4]"_s, u"[3]"_s);
    // A block above the screen that reads the same but for digits, and takes more lines now: its
    // height is reused, and turns out short when it is laid out.
    text.replace(u"#204 and"_s, u"#204"_s + QString(120, u'0') + u" and"_s);
    // And one that reads otherwise, and takes lines more: laid out at once, it moves what comes after
    // it, the reader's paragraph with the rest.
    text.replace(u"#221 and"_s, u"#221"_s + u" and more words"_s.repeated(40));
    const Article renumbered = parseArticle(text);
    const QTextDocument *old = view.document();
    view.setArticle(renumbered, analyseArticle(renumbered));
    QVERIFY(view.document() != old); // typeset again
    const auto *layout = readingLayoutOf(view.document());
    QVERIFY2(layout->estimatedBlocks() > view.document()->blockCount() / 3,
        qPrintable(QString::number(layout->estimatedBlocks())));
    QCOMPARE(view.document()->findBlockByNumber(reading / 2).layout()->lineCount(), 0);
    view.grab();
    QString difference = near(placeOf());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    // The pointer over a marker: Qt asks where each block above it is, which lays none of them out.
    const int estimated = layout->estimatedBlocks();
    QString anchor;
    for (int y = 0; anchor.isEmpty() && y < view.viewport()->height(); y += 4) {
        for (int x = 0; anchor.isEmpty() && x < view.viewport()->width(); x += 4)
            anchor = view.anchorAt(QPoint(x, y));
    }
    QVERIFY(anchor.startsWith(u"citewise-ref:"_s));
    QCOMPARE(layout->estimatedBlocks(), estimated);

    QTRY_COMPARE_WITH_TIMEOUT(layout->estimatedBlocks(), 0, 20000);
    view.grab();
    difference = near(placeOf());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Zoomed far down a long article, the view typesets it again in the new size: the block the reader
// was at stays at the top, found without laying out everything above it (whose heights are guessed
// from their length), and stays there while the rest is laid out when the application is idle.
void TestReadingLayout::zoomKeepsTheReadersBlock()
{
    const Article article = parseArticle(articleText(3000));
    ReadingView view;
    showMiddleOf(view, article);
    const auto topBlock = [&view] {
        return view.cursorForPosition(QPoint(view.viewport()->width() / 2, 0)).block().blockNumber();
    };
    const int reading = topBlock();

    const QTextDocument *old = view.document();
    view.setZoom(1.5);
    QVERIFY(view.document() != old); // typeset again
    const auto *layout = readingLayoutOf(view.document());
    QVERIFY2(layout->estimatedBlocks() > reading / 2, qPrintable(QString::number(layout->estimatedBlocks())));
    view.grab();
    QCOMPARE(topBlock(), reading);

    QTRY_COMPARE_WITH_TIMEOUT(layout->estimatedBlocks(), 0, 20000);
    view.grab();
    QCOMPARE(topBlock(), reading);
}

// A place asked for far below what is laid out is reached by guessing the heights of the blocks above
// it, as tall together as the estimate of the document's height said, and those blocks give the
// geometry from scratch once laid out.
void TestReadingLayout::farPlacesAreReachedWithGuessedHeights()
{
    QObject owner;
    const QString text = articleText(3000);
    QTextDocument *document = typeset(text, true, 600, &owner);
    ReadingLayout *layout = readingLayoutOf(document);
    const qreal estimated = layout->documentSize().height();
    const int last = layout->hitTest(QPointF(10, estimated - 1), Qt::FuzzyHit);
    QCOMPARE(document->findBlock(last).blockNumber(), document->blockCount() - 1);
    QVERIFY2(layout->estimatedBlocks() > document->blockCount() * 9 / 10,
        qPrintable(u"%1 of %2"_s.arg(layout->estimatedBlocks()).arg(document->blockCount())));
    QVERIFY(document->findBlockByNumber(document->blockCount() / 2).layout()->lineCount() == 0);
    // Laid out, the last blocks change the height by what their guesses were off, and no more.
    QVERIFY2(qAbs(layout->documentSize().height() - estimated) < 2000,
        qPrintable(u"%1 against %2"_s.arg(layout->documentSize().height()).arg(estimated)));

    QString difference;
    QVERIFY2(sameGeometry(typeset(text, false, 600, &owner), document, &difference), qPrintable(difference));
    QCOMPARE(layout->estimatedBlocks(), 0);

    // A place not far below is laid out, not guessed.
    QTextDocument *near = typeset(text, true, 600, &owner);
    readingLayoutOf(near)->hitTest(QPointF(10, 5000), Qt::FuzzyHit);
    QCOMPARE(readingLayoutOf(near)->estimatedBlocks(), 0);
}

// The scroll bar dragged far down before idle layout got there shows that place at once, without
// laying out everything above it; while the blocks above are laid out when the application is idle,
// the view scrolls with them, and the reader's paragraph stays where it was.
void TestReadingLayout::scrollingFarKeepsTheReadersPlace()
{
    const Article article = parseArticle(articleText(3000));
    ReadingView view;
    jumpToTheMiddle(view, article);
    const auto *layout = readingLayoutOf(view.document());
    QVERIFY2(layout->estimatedBlocks() > view.document()->blockCount() / 3,
        qPrintable(QString::number(layout->estimatedBlocks())));
    const QTextCursor top = view.cursorForPosition(QPoint(view.viewport()->width() / 2, 0));
    const QTextBlock reading = top.block().next(); // wholly on screen
    QVERIFY(reading.blockNumber() > view.document()->blockCount() / 3);
    const auto placeOf = [&view, &reading] {
        return view.document()->documentLayout()->blockBoundingRect(reading).top()
            - view.verticalScrollBar()->value();
    };
    const qreal place = placeOf();

    QTRY_COMPARE_WITH_TIMEOUT(layout->estimatedBlocks(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(layout->laidOutBlocks(), view.document()->blockCount(), 20000);
    view.grab();
    QVERIFY2(qAbs(placeOf() - place) <= 1, qPrintable(u"at %1 against %2"_s.arg(placeOf()).arg(place)));
}

// Scrolled up from a far place into blocks whose heights are guessed, the text moves by what the
// scroll asked and nothing else: a block that turns out taller or shorter when it comes on screen does
// not push what was shown below it.
void TestReadingLayout::scrollingUpIntoGuessedHeightsMovesOnlyAsAsked()
{
    const Article article = parseArticle(articleText(3000));
    ReadingView view;
    jumpToTheMiddle(view, article);
    const auto *layout = readingLayoutOf(view.document());
    const int estimated = layout->estimatedBlocks();
    QScrollBar *bar = view.verticalScrollBar();
    const QPoint middle(view.viewport()->width() / 2, view.viewport()->height() / 2);
    for (int step = 0; step < 120; ++step) { // 12,000 px up, well past what the jump laid out
        const QTextBlock shown = view.cursorForPosition(middle).block();
        const auto placeOf = [&] {
            return view.document()->documentLayout()->blockBoundingRect(shown).top() - bar->value();
        };
        const qreal before = placeOf();
        bar->setValue(bar->value() - 100);
        view.grab();
        QVERIFY2(qAbs(placeOf() - before - 100) <= 1,
            qPrintable(u"step %1: moved %2"_s.arg(step).arg(placeOf() - before)));
    }
    QVERIFY(layout->estimatedBlocks() < estimated); // the ones it came to were laid out
    QVERIFY(layout->estimatedBlocks() > 0); // and no others
}

QTEST_MAIN(TestReadingLayout)
#include "tst_readinglayout.moc"
