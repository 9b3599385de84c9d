// Checks the body editor: marker formats from the highlighter, problem navigation and tooltips, reference
// highlighting, and undo steps. The find and replace bar has tst_findreplacebar, the layout
// tst_editorlayout.
#include "articledocument.h"
#include "bodyeditor.h"
#include "markerhighlighter.h"

#include "editortestutil.h"

#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace Citewise;
using Test::formatAt;
using Test::showAt;
using Test::underlinedTexts;

namespace {

const QByteArray &kArticle = Test::kFerryArticle;

// Where the markers the editor marks for a highlighted reference (a background) start.
QList<qsizetype> highlightedStarts(const BodyEditor &editor)
{
    QList<qsizetype> starts;
    for (const QTextEdit::ExtraSelection &sel : editor.extraSelections()) {
        if (sel.format.hasProperty(QTextFormat::BackgroundBrush))
            starts.append(sel.cursor.selectionStart());
    }
    return starts;
}

} // namespace

class TestBodyEditor : public Test::ArticleFileTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void highlighterFormatsMarkers()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        const QTextBlock line2 = doc.textDocument()->findBlockByNumber(1);
        const QString text = line2.text();
        const int valid = int(text.indexOf(u"[1]"_s));
        const int dangling = int(text.indexOf(u"[7]"_s));
        QVERIFY(valid > 0 && dangling > 0);
        const QTextCharFormat validFormat = formatAt(editor, line2, valid);
        const QTextCharFormat danglingFormat = formatAt(editor, line2, dangling + 1);
        QCOMPARE(validFormat.foreground(), editor.highlighter()->validFormat().foreground());
        QCOMPARE(danglingFormat.foreground(), editor.highlighter()->danglingFormat().foreground());
        QVERIFY(validFormat.foreground() != danglingFormat.foreground());
        QCOMPARE(danglingFormat.underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(formatAt(editor, line2, 3).foreground().style() == Qt::NoBrush); // plain text stays plain

        const QTextBlock line3 = doc.textDocument()->findBlockByNumber(2);
        const QTextCharFormat malformed = formatAt(editor, line3, int(line3.text().indexOf(u"[3-]"_s)));
        QCOMPARE(malformed.foreground(), editor.highlighter()->malformedFormat().foreground());

        // Reference entries are not body text: their "[1]" is not coloured as a marker.
        const QTextBlock entry = doc.textDocument()->findBlockByNumber(4);
        QVERIFY(formatAt(editor, entry, 0).foreground().style() == Qt::NoBrush);
    }

    // A list holding a range is one marker: dangling when a number its range holds has no entry,
    // though it is not written out.
    void listsWithRangesAreColouredWhole()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "Title\nGood [1, 2-3] and bad [1, 3-5].\nReferences:\n[1] https://a.example/\n"
            "[2] https://b.example/\n[3] https://c.example/\n[5] https://e.example/\n"));
        BodyEditor editor(&doc);
        const QTextBlock line2 = doc.textDocument()->findBlockByNumber(1);
        const QString text = line2.text();
        QCOMPARE(formatAt(editor, line2, int(text.indexOf(u"[1, 2-3]"_s))).foreground(),
            editor.highlighter()->validFormat().foreground());
        QCOMPARE(formatAt(editor, line2, int(text.indexOf(u"[1, 3-5]"_s))).foreground(),
            editor.highlighter()->danglingFormat().foreground());
    }

    // The title's markers are coloured as the text's are; brackets in a fenced code block are code.
    void titleMarkersAreColouredAndCodeIsNot()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "# Ferry route [1]\nText [1].\n```\nx = a[1]\n```\nReferences:\n"
            "[1] https://ferry.example.org/winter-route\n"));
        BodyEditor editor(&doc);
        const QTextBlock title = doc.textDocument()->findBlockByNumber(0);
        const QTextCharFormat marker = formatAt(editor, title, int(title.text().indexOf(u"[1]"_s)));
        QCOMPARE(marker.foreground(), editor.highlighter()->validFormat().foreground());
        const QTextBlock code = doc.textDocument()->findBlockByNumber(3);
        QVERIFY(
            formatAt(editor, code, int(code.text().indexOf(u"[1]"_s))).foreground().style() == Qt::NoBrush);

        // Typing in the title keeps its marker coloured.
        QTextCursor cursor(title);
        cursor.insertText(u"New "_s);
        doc.analyseNow();
        const QTextBlock typed = doc.textDocument()->findBlockByNumber(0);
        QCOMPARE(formatAt(editor, typed, int(typed.text().indexOf(u"[1]"_s))).foreground(),
            editor.highlighter()->validFormat().foreground());
    }

    // A code block left open above the reference list ends there: the markers after the list are
    // citations, coloured, and a block opened after the list is code.
    void codeLeftOpenEndsAtTheReferenceList()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "Title\nText [1].\n```\ncode [1]\nReferences:\n[1] https://a.example/\n"
            "After the list [1].\n```\nlater code [1]\n```\n"));
        BodyEditor editor(&doc);
        const auto markerFormat = [&](int blockNumber) {
            const QTextBlock block = doc.textDocument()->findBlockByNumber(blockNumber);
            return formatAt(editor, block, int(block.text().indexOf(u"[1]"_s)));
        };
        QVERIFY(markerFormat(3).foreground().style() == Qt::NoBrush);
        QCOMPARE(markerFormat(6).foreground(), editor.highlighter()->validFormat().foreground());
        QVERIFY(markerFormat(8).foreground().style() == Qt::NoBrush);
    }

    // A line typed right above the reference list: painted before the analysis has read it as body
    // text, its markers are coloured once the analysis has, without another key.
    void aNewLineAboveTheListIsColouredOnceAnalysed()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "Paste test\nFirst line [1].\nSecond line.\nReferences:\n[1] https://a.example.org/x A\n"
            "[2] https://b.example.org/y B\n"));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {600, 400}));
        QTextCursor cursor(doc.textDocument()->findBlockByNumber(2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QTest::keyClick(&editor, Qt::Key_Return);
        QTest::qWait(50);
        // A key at a time, the analysis following each.
        for (const QChar c : u"A [2] and [7]"_s) {
            QTest::keyClick(&editor, c.toLatin1());
            QTest::qWait(80);
        }
        QTest::qWait(300);
        const QTextBlock line = doc.textDocument()->findBlockByNumber(3);
        QCOMPARE(line.text(), u"A [2] and [7]"_s);
        const QList<QTextLayout::FormatRange> formats = line.layout()->formats();
        QCOMPARE(formats.size(), 2);
        QCOMPARE(formats.at(0).format.foreground(), editor.highlighter()->validFormat().foreground());
        QCOMPARE(formats.at(1).start, 10);
        QCOMPARE(formats.at(1).format.underlineStyle(), QTextCharFormat::WaveUnderline);
    }

    // A key in a long paragraph colours it as the edit is reported, before the editor lays it out: it
    // is laid out once, with the colours, not once without and again when painted.
    void typingColoursALongParagraphAtOnce()
    {
        ArticleDocument doc;
        const QByteArray paragraph = QByteArray("Words and a source [1]. ").repeated(500);
        QVERIFY(load(doc,
            "Title\n" + paragraph
                + "A broken marker [3-] and a fine one [2].\nReferences:\n"
                  "[1] https://a.example/\n[2] https://b.example/\n"));
        BodyEditor editor(&doc);
        const QTextBlock block = doc.textDocument()->findBlockByNumber(1);
        formatAt(editor, block, 0);
        QTextCursor cursor(block);
        cursor.insertText(u"Now "_s);
        const int fine = int(block.text().indexOf(u"[2]"_s));
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        const auto at = [&formats](int offset) {
            for (const QTextLayout::FormatRange &range : formats) {
                if (offset >= range.start && offset < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        QCOMPARE(at(fine).foreground(), editor.highlighter()->validFormat().foreground());
        QCOMPARE(at(fine + 2).foreground(), editor.highlighter()->validFormat().foreground());
        QVERIFY(at(fine - 1).foreground().style() == Qt::NoBrush);
        QCOMPARE(at(int(block.text().indexOf(u"[1]"_s))).foreground(),
            editor.highlighter()->validFormat().foreground());
        QCOMPARE(at(int(block.text().indexOf(u"[3-]"_s))).foreground(),
            editor.highlighter()->malformedFormat().foreground());
    }

    void addingTheReferenceRecoloursTheMarker()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        const QTextBlock line2 = doc.textDocument()->findBlockByNumber(1);
        const int dangling = int(line2.text().indexOf(u"[7]"_s));
        QCOMPARE(formatAt(editor, line2, dangling).foreground(),
            editor.highlighter()->danglingFormat().foreground());
        doc.updateReference(1, 7, u"https://ports.example.com/schedule"_s, {});
        QCOMPARE(
            formatAt(editor, line2, dangling).foreground(), editor.highlighter()->validFormat().foreground());
        const int two = int(doc.textDocument()->findBlockByNumber(2).text().indexOf(u"[2]"_s));
        QCOMPARE(formatAt(editor, doc.textDocument()->findBlockByNumber(2), two).foreground(),
            editor.highlighter()->danglingFormat().foreground());
    }

    void goToNextProblemSelectsTheDiagnostic()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        editor.resize(600, 400);
        QVERIFY(!doc.diagnostics().isEmpty());

        QList<Diagnostic> withSpan;
        for (const Diagnostic &d : doc.diagnostics()) {
            if (!d.span.isEmpty() && (withSpan.isEmpty() || withSpan.constLast().span.start != d.span.start))
                withSpan.append(d);
        }
        QVERIFY(!withSpan.isEmpty());
        const Diagnostic first = withSpan.constFirst();

        editor.goToPosition(0);
        QCOMPARE(editor.textCursor().position(), 0);
        QSignalSpy shown(&editor, &BodyEditor::problemShown);
        editor.goToNextProblem();
        QCOMPARE(editor.textCursor().selectionStart(), first.span.start);
        QCOMPARE(editor.textCursor().selectionEnd(), first.span.end());
        QCOMPARE(shown.count(), 1);
        const int shownIndex = shown.first().first().toInt();
        QCOMPARE(doc.diagnostics().at(shownIndex).span, first.span); // names the problem it selected
        QCOMPARE(doc.diagnostics().at(shownIndex).message, first.message);
        QVERIFY(editor.problemsAt(first.span.start).contains(first.message));

        // Stepping through every problem wraps around to the first.
        for (qsizetype i = 1; i < withSpan.size(); ++i) {
            editor.goToNextProblem();
            QCOMPARE(editor.textCursor().selectionStart(), withSpan.at(i).span.start);
        }
        editor.goToNextProblem();
        QCOMPARE(editor.textCursor().selectionStart(), first.span.start);

        // And backwards: from the first to the last, then each one before.
        for (qsizetype i = withSpan.size() - 1; i >= 0; --i) {
            editor.goToPreviousProblem();
            QCOMPARE(editor.textCursor().selectionStart(), withSpan.at(i).span.start);
            const Diagnostic &named = doc.diagnostics().at(shown.last().first().toInt());
            QCOMPARE(named.span.start, withSpan.at(i).span.start);
        }
    }

    void danglingMarkerIsAProblem()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        const qsizetype marker = doc.article().text.view().indexOf(u"[7]"_s);
        qsizetype dangling = -1;
        for (const Diagnostic &d : doc.diagnostics()) {
            if (d.code == u"dangling-citation"_s)
                dangling = d.span.start;
        }
        QVERIFY(dangling >= marker && dangling < marker + 3);
        editor.goToPosition(marker);
        editor.goToNextProblem();
        QCOMPARE(editor.textCursor().selectionStart(), dangling);
        QVERIFY(!editor.problemsAt(dangling).isEmpty());
        QVERIFY(editor.problemsAt(0).isEmpty());
        // The underline is an extra selection.
        bool underlined = false;
        for (const QTextEdit::ExtraSelection &sel : editor.extraSelections()) {
            if (sel.cursor.selectionStart() == dangling
                && sel.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                underlined = true;
        }
        QVERIFY(underlined);
    }

    // Underlines come from the analysis of the text on screen. While an edit waits for its analysis they
    // move with the text; the analysis then rebuilds them, and a problem the edit mended loses its own.
    void underlinesFollowTheAnalysis()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {500, 300}));
        const QStringList before = underlinedTexts(editor);
        QVERIFY(before.contains(u"7"_s));

        const QTextBlock line2 = doc.textDocument()->findBlockByNumber(1);
        QTextCursor cursor(line2);
        cursor.insertText(u"Earlier, "_s);
        QVERIFY(doc.isAnalysisPending());
        QCOMPARE(underlinedTexts(editor), before);
        doc.analyseNow();
        QCOMPARE(underlinedTexts(editor), before);

        cursor.setPosition(line2.position() + int(line2.text().indexOf(u" and more [7]"_s)));
        cursor.setPosition(cursor.position() + 13, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        doc.analyseNow();
        QVERIFY(!underlinedTexts(editor).contains(u"7"_s));
        QCOMPARE(underlinedTexts(editor).size(), before.size() - 1);
    }

    void tooltipShowsTheProblem()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {800, 400}));
        Diagnostic dangling;
        for (const Diagnostic &d : doc.diagnostics()) {
            if (d.code == u"dangling-citation"_s)
                dangling = d;
        }
        QVERIFY(!dangling.message.isEmpty());
        QTextCursor at(doc.textDocument());
        at.setPosition(int(dangling.span.start));
        const QRect rect = editor.cursorRect(at);
        const QPoint inside = rect.center() + QPoint(2, 0);
        QHelpEvent help(QEvent::ToolTip, inside, editor.viewport()->mapToGlobal(inside));
        QCoreApplication::sendEvent(editor.viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(dangling.message));

        QHelpEvent plain(QEvent::ToolTip, QPoint(2, 2), editor.viewport()->mapToGlobal(QPoint(2, 2)));
        QCoreApplication::sendEvent(editor.viewport(), &plain);
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // Every marker that cites the number is marked, whole: a list, or a range that does not write it. A
    // backwards range cites nothing, so it is not marked for the numbers it writes.
    void highlightReferenceMarksEveryCitingMarker_data()
    {
        QTest::addColumn<QByteArray>("markers"); // in place of the article's "[2]"
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QStringList>("marked");
        QTest::addRow("list") << QByteArray("[1, 2]") << qint64(1) << QStringList {u"[1]"_s, u"[1, 2]"_s};
        QTest::addRow("inside a range")
            << QByteArray("[3-1] and [1-3]") << qint64(2) << QStringList {u"[1-3]"_s};
        QTest::addRow("end of a backwards range")
            << QByteArray("[3-1] and [1-3]") << qint64(3) << QStringList {u"[1-3]"_s};
    }

    void highlightReferenceMarksEveryCitingMarker()
    {
        QFETCH(QByteArray, markers);
        QFETCH(qint64, number);
        QFETCH(QStringList, marked);
        ArticleDocument doc;
        QByteArray bytes = kArticle;
        bytes.replace("fine one [2]", "fine one " + markers);
        QVERIFY(load(doc, bytes));
        BodyEditor editor(&doc);
        editor.highlightReference(number);
        const QString text = doc.article().text.toString();
        QList<qsizetype> expected;
        for (const QString &marker : std::as_const(marked))
            expected.append(text.indexOf(marker));
        QCOMPARE(highlightedStarts(editor), expected);
        editor.highlightReference(0);
        QVERIFY(highlightedStarts(editor).isEmpty());
    }

    // In a long article only the citing markers near the screen are marked, as the problems are; those
    // further down are marked once they are scrolled to.
    void highlightReferenceMarksTheCitingMarkersOnScreen()
    {
        QByteArray bytes = "Title\n";
        for (int i = 1; i <= 600; ++i)
            bytes += "Paragraph " + QByteArray::number(i) + " cites [1].\n";
        bytes += "\nReferences:\n[1] https://example.org/1\n";
        ArticleDocument doc;
        QVERIFY(load(doc, bytes));
        BodyEditor editor(&doc);
        QVERIFY(showAt(editor, {500, 300}));
        const QString text = doc.article().text.toString();
        editor.highlightReference(1);
        const QList<qsizetype> top = highlightedStarts(editor);
        QVERIFY(top.contains(text.indexOf(u"[1]"_s)));
        QVERIFY(top.size() < 300);
        const qsizetype lastMarker = text.lastIndexOf(u"cites [1]"_s) + 6;
        QVERIFY(!top.contains(lastMarker));

        editor.verticalScrollBar()->setValue(editor.verticalScrollBar()->maximum());
        const QList<qsizetype> bottom = highlightedStarts(editor);
        QVERIFY(bottom.contains(lastMarker));
        QVERIFY(!bottom.contains(text.indexOf(u"[1]"_s)));
    }

    void readOnlyDocumentMakesReadOnlyEditor()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, "Title\nBad \xff byte [1].\n"));
        BodyEditor editor(&doc);
        QVERIFY(editor.isReadOnly());
        doc.newDocument();
        QVERIFY(!editor.isReadOnly());
    }

    // Renumbering changes the markers on either side of the cursor in one edit: the cursor stays on its
    // character, the selection on its text.
    void cursorKeepsItsPlaceThroughRenumbering()
    {
        ArticleDocument doc;
        QVERIFY(load(doc,
            "Title\nFirst [2] then [1] and [2] again.\nReferences:\n[1] https://a.example/1\n"
            "[2] https://b.example/2\n"));
        BodyEditor editor(&doc);
        const QString before = doc.textDocument()->toPlainText();
        QTextCursor cursor = editor.textCursor();
        cursor.setPosition(int(before.indexOf(u"then"_s)));
        cursor.setPosition(int(before.indexOf(u"and"_s)), QTextCursor::KeepAnchor);
        QCOMPARE(cursor.selectedText(), u"then [1] "_s);
        editor.setTextCursor(cursor);
        doc.renumberCitations(false);
        const QString after = doc.textDocument()->toPlainText();
        QVERIFY(after.startsWith(u"Title\nFirst [1] then [2] and [1] again."_s));
        QCOMPARE(editor.textCursor().selectedText(), u"then [2] "_s);
        QCOMPARE(editor.textCursor().position(), after.indexOf(u"and"_s));
    }

    // An operation of thousands of edits holds the window up for a while: the wait cursor shows while it
    // runs, and while it is undone and redone. Short ones leave the cursor alone.
    void longOperationsShowTheWaitCursor()
    {
        const int count = int(ArticleDocument::kLongOperationEdits);
        QByteArray bytes = "Title\n";
        for (int n = count; n >= 1; --n)
            bytes += "Claim [" + QByteArray::number(n) + "].\n";
        bytes += "References:\n";
        for (int n = 1; n <= count; ++n)
            bytes += "[" + QByteArray::number(n) + "] https://example.org/" + QByteArray::number(n) + "\n";
        ArticleDocument doc;
        QVERIFY(load(doc, bytes));
        BodyEditor editor(&doc);
        QList<int> shapes; // the override cursor's shape at each change of the text, -1 for none
        const auto recordShape = [&shapes] {
            const QCursor *cursor = QGuiApplication::overrideCursor();
            shapes.append(cursor ? int(cursor->shape()) : -1);
        };
        connect(doc.textDocument(), &QTextDocument::contentsChange, this, recordShape);
        const auto allWaited = [&shapes] {
            return !shapes.isEmpty()
                && std::all_of(shapes.cbegin(), shapes.cend(), [](int s) { return s == Qt::WaitCursor; });
        };

        doc.renumberCitations(false);
        QCOMPARE(doc.undoName(), u"Renumber Citations"_s);
        QVERIFY(allWaited());
        QVERIFY(!QGuiApplication::overrideCursor());
        QVERIFY(doc.isUndoLong());
        shapes.clear();
        editor.undoStep();
        QVERIFY(allWaited());
        QVERIFY(!QGuiApplication::overrideCursor());
        QVERIFY(doc.isRedoLong());
        shapes.clear();
        editor.redoStep();
        QVERIFY(allWaited());
        QVERIFY(!QGuiApplication::overrideCursor());

        ArticleDocument small;
        QVERIFY(load(small,
            "Title\nFirst [2], then [1].\nReferences:\n[1] https://a.example/\n[2] https://b.example/\n"));
        BodyEditor smallEditor(&small);
        shapes.clear();
        connect(small.textDocument(), &QTextDocument::contentsChange, this, recordShape);
        small.renumberCitations(false);
        QCOMPARE(small.undoName(), u"Renumber Citations"_s);
        QVERIFY(!shapes.isEmpty());
        QVERIFY(!shapes.contains(int(Qt::WaitCursor)));
        QVERIFY(!small.isUndoLong());
        smallEditor.undoStep();
        QVERIFY(!shapes.contains(int(Qt::WaitCursor)));
    }

    // Pasting, cutting and dropping are named in the Edit menu, wherever they come from, and are undone
    // as typing is: the text comes back and the cursor goes where the edit was.
    void pasteCutAndDropAreNamedSteps()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString before = doc.textDocument()->toPlainText();
        const int route = int(before.indexOf(u"winter route"_s));

        QGuiApplication::clipboard()->setText(u"scenic "_s);
        QTextCursor cursor(doc.textDocument());
        cursor.setPosition(route);
        editor.setTextCursor(cursor);
        QTest::keySequence(&editor, QKeySequence::Paste);
        QVERIFY(doc.textDocument()->toPlainText().contains(u"scenic winter route"_s));
        QCOMPARE(doc.undoName(), BodyEditor::tr("Paste"));
        QVERIFY(!doc.isUndoNamed()); // taken back as typing is
        editor.undoStep();
        QCOMPARE(doc.textDocument()->toPlainText(), before);
        QCOMPARE(editor.textCursor().position(), route);
        QCOMPARE(doc.redoName(), BodyEditor::tr("Paste"));
        editor.redoStep();
        QCOMPARE(doc.undoName(), BodyEditor::tr("Paste"));
        editor.undoStep();

        // The Edit menu's and the editor's own menu's paste are the same step.
        editor.paste();
        QCOMPARE(doc.undoName(), BodyEditor::tr("Paste"));
        editor.undoStep();

        cursor.setPosition(route);
        cursor.setPosition(route + 7, QTextCursor::KeepAnchor); // "winter "
        editor.setTextCursor(cursor);
        QTest::keySequence(&editor, QKeySequence::Cut);
        QVERIFY(doc.textDocument()->toPlainText().contains(u"a route [1]"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), u"winter "_s);
        QCOMPARE(doc.undoName(), BodyEditor::tr("Cut"));
        editor.undoStep();
        QCOMPARE(doc.textDocument()->toPlainText(), before);

        cursor.setPosition(route);
        cursor.setPosition(route + 7, QTextCursor::KeepAnchor); // the cut took the selection with it
        editor.setTextCursor(cursor);
        std::unique_ptr<QMenu> menu(editor.createContextMenu(QPoint(1, 1)));
        auto *cut = menu->findChild<QAction *>(u"edit-cut"_s);
        QVERIFY(cut);
        QVERIFY(cut->isEnabled());
        cut->trigger();
        QCOMPARE(doc.undoName(), BodyEditor::tr("Cut"));
        editor.undoStep();
        QCOMPARE(doc.textDocument()->toPlainText(), before);

        // Typing after them is named as typing again, and nothing changed names nothing.
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, u"x"_s);
        QCOMPARE(doc.undoName(), BodyEditor::tr("Typing"));
        cursor.clearSelection();
        editor.setTextCursor(cursor);
        editor.cutStep(); // no selection: no change
        QCOMPARE(doc.undoName(), BodyEditor::tr("Typing"));

        // A drop of text moved within the editor.
        auto *data = new QMimeData;
        data->setText(u"harbour "_s);
        const QPoint at = editor.cursorRect(cursor).center();
        QDragEnterEvent enter(at, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor.viewport(), &enter);
        QDropEvent drop(QPointF(at), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(editor.viewport(), &drop);
        QVERIFY(doc.textDocument()->toPlainText().contains(u"harbour "_s));
        QCOMPARE(doc.undoName(), BodyEditor::tr("Drop"));
        delete data;
    }
};

QTEST_MAIN(TestBodyEditor)
#include "tst_bodyeditor.moc"
