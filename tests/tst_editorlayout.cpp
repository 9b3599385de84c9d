// Checks how the editor lays its text out: each block laid out once, glyphs kept only on screen, a
// width that stays put, and right-to-left paragraphs against the right edge.
#include "articledocument.h"
#include "bodyeditor.h"
#include "editortextlayout.h"
#include "markerhighlighter.h"

#include "editortestutil.h"

#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Test::formatAt;
using Test::showAt;
using Test::underlinedTexts;

namespace {

const QByteArray &kArticle = Test::kFerryArticle;

// The editor's layout, counting how often it lays out one block: when the block is measured without lines,
// and when a change covers it alone while it has lines.
class LayoutCounter : public EditorTextLayout
{
public:
    using EditorTextLayout::EditorTextLayout;
    int watchedBlock = -1;
    mutable int layouts = 0;

    QRectF blockBoundingRect(const QTextBlock &block) const override
    {
        if (block.blockNumber() == watchedBlock && block.layout()->lineCount() == 0)
            ++layouts;
        return EditorTextLayout::blockBoundingRect(block);
    }

protected:
    void documentChanged(int from, int removed, int added) override
    {
        const QTextBlock block = document()->findBlock(from);
        if (block.blockNumber() == watchedBlock && block.layout()->lineCount() > 0
            && from + added <= block.position() + block.length())
            ++layouts;
        EditorTextLayout::documentChanged(from, removed, added);
    }
};

} // namespace

class TestEditorLayout : public Test::ArticleFileTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Opening a paragraph of a few hundred kilobytes: the editor lays it out once, with its colours and its
    // problems underlined, and painting and scrolling do not lay it out again. Placing the underline's cursor
    // laid it out before its colours were set, and setting them laid it out a second time; so did the
    // underlines of the article open before, placed while the new text was being set. Scrolled into the
    // paragraph, the problems underlined are the ones near the lines shown.
    void aLongParagraphIsLaidOutOnce()
    {
        ArticleDocument doc;
        auto *counter = new LayoutCounter(doc.textDocument());
        counter->watchedBlock = 1;
        doc.textDocument()->setDocumentLayout(counter);
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {600, 400}));
        // An article open before, whose problems must not be underlined in the new text while it is set.
        QVERIFY(load(doc, kArticle));
        editor.viewport()->repaint();
        counter->layouts = 0;
        const QByteArray half = QByteArray("Words and a source [1]. ").repeated(4000);
        // Lines after it, as in an article: the editor lays out the last screenful to size its scroll bar.
        const QByteArray after = QByteArray("A short paragraph.\n").repeated(60);
        QVERIFY(load(doc,
            "Title\nA missing one [9]. " + half + "Another missing one [8]. " + half + "\n" + after
                + "References:\n[1] https://a.example/\n"));
        editor.viewport()->repaint();
        const QTextBlock block = doc.textDocument()->findBlockByNumber(1);
        QVERIFY(block.layout()->lineCount() > 100);
        QVERIFY(!block.layout()->formats().isEmpty());
        QCOMPARE(underlinedTexts(editor), QStringList {u"9"_s});
        QCOMPARE(counter->layouts, 1);

        const int eight = int(block.text().indexOf(u"[8]"_s)) + 1;
        const int line = block.firstLineNumber() + block.layout()->lineForTextPosition(eight).lineNumber();
        editor.verticalScrollBar()->setValue(line - 3);
        editor.viewport()->repaint();
        QCOMPARE(underlinedTexts(editor), QStringList {u"8"_s});
        QVERIFY(editor.cursorForPosition(QPoint(0, 0)).position() > 1000);
        QCOMPARE(counter->layouts, 1);
    }

    // Blocks keep their shaped glyphs while they are on screen (repaints do not shape them again), and
    // give them up once scrolled away: otherwise scrolling through a 10 MB article kept the glyphs of
    // all of it, several times the size of its text.
    void onlyBlocksOnScreenKeepTheirGlyphs()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "Title\n" + QByteArray("A line of the body [1].\n").repeated(300)
                + "References:\n[1] https://example.com/\n"));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {400, 200}));
        editor.viewport()->repaint();
        QTextDocument *text = editor.document();
        QVERIFY(text->findBlockByNumber(1).layout()->cacheEnabled());
        QVERIFY(!text->findBlockByNumber(200).layout()->cacheEnabled());

        editor.verticalScrollBar()->setValue(editor.verticalScrollBar()->maximum() / 2);
        editor.viewport()->repaint();
        const QTextBlock shown = editor.cursorForPosition(QPoint(0, 0)).block();
        QVERIFY(shown.blockNumber() > 50);
        QVERIFY(shown.layout()->cacheEnabled());
        QVERIFY(shown.next().layout()->cacheEnabled());
        for (int number = 0; number < 10; ++number)
            QVERIFY2(!text->findBlockByNumber(number).layout()->cacheEnabled(),
                qPrintable(QString::number(number)));
        // Scrolled back, they keep them again; the markers keep their colours throughout.
        editor.verticalScrollBar()->setValue(0);
        editor.viewport()->repaint();
        QVERIFY(text->findBlockByNumber(1).layout()->cacheEnabled());
        QVERIFY(!shown.layout()->cacheEnabled());
        const QTextBlock line = text->findBlockByNumber(1);
        QCOMPARE(formatAt(editor, line, int(line.text().indexOf(u'['))).foreground(),
            editor.highlighter()->validFormat().foreground());

        // New lines typed at the top push blocks off the bottom of the screen: they let go too.
        int lastShown = 0;
        for (QTextBlock block = text->begin(); block.isValid() && block.layout()->cacheEnabled();
             block = block.next())
            lastShown = block.blockNumber();
        const QTextBlock pushed = text->findBlockByNumber(lastShown);
        QTextCursor top(text->findBlockByNumber(1));
        for (int i = 0; i < 3; ++i) {
            top.insertText(u"A new line.\n"_s);
            editor.viewport()->repaint();
        }
        QVERIFY(pushed.blockNumber() > lastShown);
        QVERIFY(!pushed.layout()->cacheEnabled());
        QVERIFY(text->findBlockByNumber(1).layout()->cacheEnabled());
    }

    // Text growing past one screen, or shrinking back, keeps its width: the lines do not all reflow
    // under the cursor.
    void textKeepsItsWidthPastOneScreen()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, "Title\nOne short paragraph [1].\nReferences:\n[1] https://example.com/\n"));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {400, 200}));
        const int width = editor.viewport()->width();
        QTextCursor cursor(editor.document());
        cursor.setPosition(6);
        cursor.beginEditBlock();
        for (int i = 0; i < 40; ++i)
            cursor.insertText(u"A new line of text.\n"_s);
        cursor.endEditBlock();
        QCoreApplication::processEvents();
        QVERIFY(editor.verticalScrollBar()->maximum() > 0);
        QCOMPARE(editor.viewport()->width(), width);
        editor.document()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(editor.verticalScrollBar()->maximum(), 0);
        QCOMPARE(editor.viewport()->width(), width);
    }

    // A right-to-left paragraph starts at the right edge, as its first line does in the reading view,
    // and its wrapped lines end there; a left-to-right one stays at the left. Clicks and the cursor go
    // where its text is drawn.
    void rightToLeftParagraphsStartAtTheRightEdge()
    {
        ArticleDocument doc;
        const QByteArray arabic = "وافق المجلس على الخطة الجديدة [1]، مستندًا إلى دراسة حديثة.";
        QVERIFY(load(doc,
            "Title\n" + arabic + "\n" + (arabic + " ").repeated(8) + "\nA left-to-right line [1].\n"
                + "References:\n[1] https://example.sa/council\n"));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {500, 300}));
        editor.viewport()->repaint();
        const int width = editor.viewport()->width();
        const QTextDocument *text = editor.document();
        const auto startOf = [&](int blockNumber) {
            QTextCursor cursor(text->findBlockByNumber(blockNumber));
            return editor.cursorRect(cursor);
        };
        // Where a right-to-left line starts: its right end.
        QVERIFY2(startOf(1).x() > width * 3 / 4, qPrintable(QString::number(startOf(1).x())));
        QVERIFY(startOf(3).x() < width / 4);
        const QTextBlock wrapped = text->findBlockByNumber(2);
        QVERIFY(wrapped.layout()->lineCount() > 2);
        for (int i = 0; i < wrapped.layout()->lineCount(); ++i) {
            const QTextLine line = wrapped.layout()->lineAt(i);
            QCOMPARE(line.x() + line.naturalTextWidth(), line.width() + text->documentMargin());
        }
        // A click near the right end of the short line lands at its start.
        const QRect first = startOf(1);
        QCOMPARE(editor.cursorForPosition(QPoint(first.x() - 2, first.center().y())).position(),
            text->findBlockByNumber(1).position());
        // Typing keeps the line at the right edge: the block is laid out again and moved again.
        QTextCursor end(text->findBlockByNumber(1));
        end.movePosition(QTextCursor::EndOfBlock);
        end.insertText(u" نص"_s);
        editor.viewport()->repaint();
        QVERIFY(startOf(1).x() > width * 3 / 4);
    }
};

QTEST_MAIN(TestEditorLayout)
#include "tst_editorlayout.moc"
