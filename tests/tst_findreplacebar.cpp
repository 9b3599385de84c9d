// Checks the find and replace bar over the body editor: finding both ways, replacing one match or all of
// them in one undo step, and following the editor's read-only state.
#include "articledocument.h"
#include "bodyeditor.h"
#include "findreplacebar.h"

#include "editortestutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;

namespace {

const QByteArray &kArticle = Test::kFerryArticle;

} // namespace

class TestFindReplaceBar : public Test::ArticleFileTest
{
    Q_OBJECT

    // The bar on screen on its own, as the tests of focus and of what it shows need it.
    static bool showOnScreen(FindReplaceBar &bar)
    {
        bar.resize(500, 100);
        bar.show();
        return QTest::qWaitForWindowExposed(&bar);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void findNextAndPrevious()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        QTextCursor selection(doc.textDocument());
        selection.setPosition(int(doc.article().text.view().indexOf(u"route"_s)));
        selection.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 5);
        editor.setTextCursor(selection);
        bar.showFind();
        QVERIFY(bar.isVisibleTo(nullptr) || !bar.isHidden());
        QCOMPARE(bar.findField()->text(), u"route"_s);

        const QString text = doc.article().text.toString();
        const qsizetype first = text.indexOf(u"route"_s);
        const qsizetype second = text.indexOf(u"route"_s, first + 1);
        editor.goToPosition(0);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), first);
        QTest::keyClick(bar.findField(), Qt::Key_Return);
        QCOMPARE(editor.textCursor().selectionStart(), second);
        QTest::keyClick(bar.findField(), Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(editor.textCursor().selectionStart(), first);

        bar.findField()->setText(u"ROUTE"_s);
        bar.caseSensitiveBox()->setChecked(true);
        QVERIFY(!bar.findNext());
        bar.caseSensitiveBox()->setChecked(false);
        QVERIFY(bar.findNext());

        QTest::keyClick(bar.findField(), Qt::Key_Escape);
        QVERIFY(bar.isHidden());
    }

    // Each match found says where it stands among all of them, counted again when the text or the
    // case rule changes; a term with a line break is found without a count.
    void matchCount()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        bar.showFind();
        editor.moveCursor(QTextCursor::Start);
        bar.findField()->setText(u"route"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 1 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 2 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 3 of 3"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 1 of 3, search wrapped"_s);
        QVERIFY(bar.findPrevious());
        QCOMPARE(bar.statusText(), u"Match 3 of 3, search wrapped"_s);

        // A fourth "route" typed at the start comes first.
        QTextCursor start(doc.textDocument());
        start.insertText(u"route "_s);
        editor.moveCursor(QTextCursor::Start);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectionStart(), 0);
        QCOMPARE(bar.statusText(), u"Match 1 of 4"_s);

        // Text typed in the article makes the count out of date: it is no longer shown.
        QTextCursor typing(doc.textDocument());
        typing.movePosition(QTextCursor::End);
        typing.insertText(u" route"_s);
        QVERIFY(bar.statusText().isEmpty());

        // "Ferry" in the title and "ferry" in the address; only the address matches case.
        bar.findField()->setText(u"ferry"_s);
        editor.moveCursor(QTextCursor::Start);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 1 of 2"_s);
        bar.caseSensitiveBox()->setChecked(true);
        QCOMPARE(bar.statusText(), u"Match 1 of 1"_s);
        bar.caseSensitiveBox()->setChecked(false);

        // No-break spaces are found as spaces, as QTextDocument::find() reads them.
        QTextCursor end(doc.textDocument());
        end.movePosition(QTextCursor::End);
        end.insertText(u"\nferry\u00a0route"_s);
        bar.findField()->setText(u"ferry route"_s);
        editor.moveCursor(QTextCursor::End);
        QVERIFY(bar.findPrevious());
        QVERIFY(bar.statusText().startsWith(u"Match "_s));
        QVERIFY(bar.statusText().contains(u" of "_s));
    }

    // In a large article the matches are counted once typing pauses, not at every letter.
    void matchCountWaitsInALargeArticle()
    {
        QByteArray bytes = "A long report\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "Paragraph " + QByteArray::number(i) + " of the long report cites a source [1] here.\n";
        bytes += "References:\n[1] https://example.org/report\nComments\nNo comments yet\n";
        ArticleDocument doc;
        QVERIFY(load(doc, bytes));
        QVERIFY(doc.textDocument()->characterCount() > 256 * 1024);
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        QVERIFY(showOnScreen(bar));
        bar.showFind();
        editor.moveCursor(QTextCursor::Start);
        QTest::keyClicks(bar.findField(), u"long"_s);
        QCOMPARE(editor.textCursor().selectedText(), u"long"_s);
        QVERIFY(bar.statusText().isEmpty()); // not counted yet
        QTRY_COMPARE(bar.statusText(), u"Match 1 of 5001"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(bar.statusText(), u"Match 2 of 5001"_s); // counted once
        // An edit counts again, when typing pauses.
        QTextCursor start(doc.textDocument());
        start.insertText(u"long "_s);
        editor.moveCursor(QTextCursor::Start);
        QVERIFY(bar.findNext());
        QVERIFY(bar.statusText().isEmpty());
        QTRY_COMPARE(bar.statusText(), u"Match 1 of 5002"_s);
    }

    // Typing in the field finds as it goes: the match grows with the term, and a term found nowhere
    // says so at once.
    void findsAsTyped()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *editor = new BodyEditor(&doc, &window);
        auto *bar = new FindReplaceBar(editor, &window);
        layout->addWidget(editor);
        layout->addWidget(bar);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bar->showFind();
        QTRY_VERIFY(bar->findField()->hasFocus());
        const QString text = doc.article().text.toString();
        QTest::keyClicks(bar->findField(), u"rou"_s);
        QCOMPARE(editor->textCursor().selectionStart(), text.indexOf(u"rou"_s));
        QCOMPARE(editor->textCursor().selectedText(), u"rou"_s);
        QTest::keyClicks(bar->findField(), u"te"_s);
        QCOMPARE(editor->textCursor().selectionStart(), text.indexOf(u"route"_s));
        QCOMPARE(editor->textCursor().selectedText(), u"route"_s);
        QCOMPARE(bar->statusText(), u"Match 1 of 3"_s);
        QTest::keyClicks(bar->findField(), u"zq"_s);
        QCOMPARE(bar->statusText(), u"No matches"_s);
        // Back to a term found somewhere, it is found again; and after an edit that makes the longer
        // term appear, so is that one.
        QTest::keyClick(bar->findField(), Qt::Key_Backspace);
        QTest::keyClick(bar->findField(), Qt::Key_Backspace);
        QCOMPARE(editor->textCursor().selectedText(), u"route"_s);
        QTest::keyClicks(bar->findField(), u"zq"_s);
        QCOMPARE(bar->statusText(), u"No matches"_s);
        QTextCursor end(doc.textDocument());
        end.movePosition(QTextCursor::End);
        end.insertText(u" routezqx"_s);
        QTest::keyClicks(bar->findField(), u"x"_s);
        QCOMPARE(editor->textCursor().selectedText(), u"routezqx"_s);
    }

    void replaceAllIsOneUndoStep()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        bar.showReplace();
        const QString before = doc.textDocument()->toPlainText();
        bar.findField()->setText(u"route"_s);
        bar.replaceField()->setText(u"new route"_s);
        QCOMPARE(bar.replaceAll(), 3); // title, body and URL
        QCOMPARE(doc.textDocument()->toPlainText(), QString(before).replace(u"route"_s, u"new route"_s));
        QCOMPARE(doc.undoName(), FindReplaceBar::tr("Replace All")); // named in the Edit menu
        doc.textDocument()->undo();
        QCOMPARE(doc.textDocument()->toPlainText(), before);
        QVERIFY(!doc.isModified());

        bar.findField()->setText(u"nothing like this"_s);
        QCOMPARE(bar.replaceAll(), 0);
    }

    // "Replace all" finds its matches in one pass over the text: the same matches QTextDocument::find()
    // gives one by one, in either case mode, no-break spaces matching spaces.
    void replaceAllReplacesWhatFindFinds()
    {
        QRandomGenerator random(20261204);
        const QString alphabet = u"aAbB \u00a0\n.\u00e4\u00c4"_s;
        const auto randomText = [&](int count) {
            QString text;
            for (int i = 0; i < count; ++i)
                text += alphabet.at(random.bounded(alphabet.size()));
            return text;
        };
        for (int round = 0; round < 100; ++round) {
            const QString original = u"Title\n"_s + randomText(random.bounded(1, 300));
            QString term = randomText(random.bounded(1, 4)).remove(u'\n');
            if (term.isEmpty())
                term = u"a"_s;
            const bool caseSensitive = random.bounded(2) == 1;
            QTextDocument reference(original);
            QList<TextEdit> expected;
            const QTextDocument::FindFlags flags(caseSensitive ? QTextDocument::FindCaseSensitively : 0);
            for (QTextCursor found = reference.find(term, 0, flags); !found.isNull();
                 found = reference.find(term, found, flags))
                expected.append(
                    {found.selectionStart(), found.selectionEnd() - found.selectionStart(), u"<>"_s});

            ArticleDocument doc;
            QVERIFY(load(doc, original.toUtf8()));
            BodyEditor editor(&doc);
            FindReplaceBar bar(&editor);
            bar.showReplace();
            bar.findField()->setText(term);
            bar.replaceField()->setText(u"<>"_s);
            bar.findChild<QCheckBox *>()->setChecked(caseSensitive);
            QCOMPARE(bar.replaceAll(), int(expected.size()));
            QCOMPARE(doc.text(), applyEdits(original, expected));
        }
    }

    void replaceOne()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        bar.showReplace();
        bar.findField()->setText(u"route"_s);
        bar.replaceField()->setText(u"line"_s);
        editor.goToPosition(0);
        QVERIFY(bar.replace()); // selects the first match
        QVERIFY(bar.replace()); // replaces it, selects the second
        const QString text = doc.textDocument()->toPlainText();
        QCOMPARE(text.count(u"route"_s), 2);
        QCOMPARE(text.count(u"line"_s), 1);
        QCOMPARE(editor.textCursor().selectedText(), u"route"_s);
    }

    // A replacement is one step of its own, named for what it did: the Edit menu does not offer to undo
    // "Typing" nobody did, and one Undo takes back one replacement, whole.
    void replaceOneIsANamedStep()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        bar.showReplace();
        bar.findField()->setText(u"route"_s);
        bar.replaceField()->setText(u"line"_s);
        const QString before = doc.textDocument()->toPlainText();
        editor.goToPosition(0);
        QVERIFY(bar.replace()); // selects the first match
        QVERIFY(bar.replace()); // replaces it
        const QString once = doc.textDocument()->toPlainText();
        QCOMPARE(doc.undoName(), FindReplaceBar::tr("Replace"));
        QVERIFY(bar.replace()); // and the second
        QCOMPARE(doc.undoName(), FindReplaceBar::tr("Replace"));

        editor.undoStep();
        QCOMPARE(doc.textDocument()->toPlainText(), once);
        editor.undoStep();
        QCOMPARE(doc.textDocument()->toPlainText(), before);
        QVERIFY(!doc.isModified());
    }

    // Replacing is offered exactly while the editor takes changes: a file saved elsewhere (Save As)
    // becomes editable without its text changing.
    void replaceFollowsTheEditorsReadOnlyState()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        bar.showReplace();
        bar.findField()->setText(u"route"_s);
        QList<QPushButton *> buttons = bar.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2); // Replace, Replace All
        const auto enabled = [&] {
            return bar.replaceField()->isEnabled() && buttons.at(0)->isEnabled()
                && buttons.at(1)->isEnabled();
        };
        QVERIFY(enabled());
        editor.setReadOnly(true);
        QVERIFY(!bar.replaceField()->isEnabled());
        QVERIFY(!buttons.at(0)->isEnabled());
        QVERIFY(!buttons.at(1)->isEnabled());
        editor.setReadOnly(false);
        QVERIFY(enabled());
    }

    // Matching case or no longer, the term is looked for again at once: "Oslo" found, then with
    // Match case "oslo" is found nowhere (no stale selection), then found again without it.
    void matchCaseSearchesAgain()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        QVERIFY(showOnScreen(bar));
        bar.showFind();
        editor.moveCursor(QTextCursor::Start);
        bar.findField()->setText(u"oslo"_s);
        QVERIFY(bar.findNext());
        QCOMPARE(editor.textCursor().selectedText(), u"Oslo"_s);
        QCheckBox *matchCase = bar.findChild<QCheckBox *>();
        matchCase->setChecked(true);
        QCOMPARE(bar.statusText(), u"No matches"_s);
        QVERIFY(!editor.textCursor().hasSelection());
        matchCase->setChecked(false);
        QCOMPARE(bar.statusText(), u"Match 1 of 1"_s);
        QCOMPARE(editor.textCursor().selectedText(), u"Oslo"_s);
    }

    // Tab goes from the text to find to its replacement: typing "[1]", Tab, "[2]" and Replace All
    // replaces with "[2]", not with nothing.
    void tabGoesFromFindToReplace()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        QVERIFY(showOnScreen(bar));
        bar.showReplace();
        bar.activateWindow();
        bar.findField()->setFocus();
        QTRY_VERIFY(bar.findField()->hasFocus());
        QTest::keyClicks(bar.findField(), u"route"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), bar.replaceField());
        QTest::keyClicks(QApplication::focusWidget(), u"way"_s);
        QCOMPARE(bar.replaceField()->text(), u"way"_s);
    }

    // Tab goes through the bar as its rows read: the term, how to look for it, then its replacement.
    // Only the find field's Tab skips to the replacement while that is shown.
    void tabFollowsTheRows()
    {
        ArticleDocument doc;
        QVERIFY(load(doc, kArticle));
        BodyEditor editor(&doc);
        FindReplaceBar bar(&editor);
        QVERIFY(showOnScreen(bar));
        const auto named = [&bar](const QString &name) -> QWidget * {
            const QList<QWidget *> widgets = bar.findChildren<QWidget *>();
            const auto it = std::find_if(widgets.cbegin(), widgets.cend(),
                [&name](const QWidget *widget) { return widget->accessibleName() == name; });
            return it == widgets.cend() ? nullptr : *it;
        };
        QWidget *previous = named(u"Find previous"_s);
        QWidget *next = named(u"Find next"_s);
        QWidget *close = named(u"Close find bar"_s);
        QWidget *replace = named(u"Replace"_s);
        QWidget *replaceAll = named(u"Replace all"_s);
        QVERIFY(previous && next && close && replace && replaceAll);
        const auto tabsThrough = [](QWidget *from, const QList<QWidget *> &expected, bool back = false) {
            from->setFocus(Qt::OtherFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), from);
            for (QWidget *widget : expected) {
                QTest::keyClick(QApplication::focusWidget(), back ? Qt::Key_Backtab : Qt::Key_Tab,
                    back ? Qt::ShiftModifier : Qt::NoModifier);
                QCOMPARE(QApplication::focusWidget()->accessibleName(), widget->accessibleName());
            }
        };

        bar.showFind();
        bar.activateWindow();
        QTest::keyClicks(bar.findField(), u"route"_s);
        tabsThrough(bar.findField(), {previous, next, bar.caseSensitiveBox(), close});

        bar.showReplace();
        tabsThrough(bar.findField(), {bar.replaceField(), replace, replaceAll, close});
        tabsThrough(previous, {next, bar.caseSensitiveBox(), bar.replaceField()});
        tabsThrough(bar.replaceField(), {bar.caseSensitiveBox(), next, previous, bar.findField()}, true);
    }
};

QTEST_MAIN(TestFindReplaceBar)
#include "tst_findreplacebar.moc"
