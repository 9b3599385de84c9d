// Editing in the assembled window: undo and redo of typing and of named steps, what the views and the
// sidebar show through them, and where they leave the reader. The window at large: tst_mainwindow.
#include "articledocument.h"
#include "bodyeditor.h"
#include "commentspanel.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "readingview.h"
#include "referencedialog.h"
#include "referencesmodel.h"
#include "referencespanel.h"
#include "statuscounts.h"

#include "mainwindowtestutil.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestMainWindowEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void undoneTypingCanBeRedone();
    void unreadCitationsWrittenAsMarkersInOneStep();
    void footnotesCopiedAsTextWrittenAsMarkersAndEntries();
    void deletingEverythingEmptiesTheReadingView();
    void renumberedEntryKeepsTheHighlightOnItsNumber();
    void selectionFollowsItsSourceThroughRenumbering();
    void undoingRenumberingKeepsTheEditorsPlace();
    void cutAndPasteAreNamedInTheEditMenu();
    void selectedMissingRowMayGo();
    void readingViewShowsWhatIsTyped();

private:
    MainWindow *openWindow(const QString &path) { return m_fixture.openWindow(path); }
    QString copyFixture(const QString &name) { return m_fixture.copyFixture(name); }
    // The unordered fixture with 200 lines above its last paragraph, written as `name`: longer than a page.
    QString longUnorderedArticle(const QString &name)
    {
        QFile file(m_fixture.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            readAll(fixture(u"mainwindow/unordered.txt"_s))
                .replace("Fares",
                    QByteArray("A line that only fills the page, read far from the markers.\n").repeated(200)
                        + "Fares"));
        return file.fileName();
    }

    Test::WindowFixture m_fixture;
};

void TestMainWindowEdits::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_mainwindowedits"_s));
}

void TestMainWindowEdits::cleanup()
{
    m_fixture.closeWindows();
}

// One word typed and taken back is one step to redo, offered by the Edit menu as any other.
void TestMainWindowEdits::undoneTypingCanBeRedone()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QTextDocument *text = window->document()->textDocument();
    const QString original = text->toPlainText();
    BodyEditor *editor = window->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u"Old "_s);
    const QString typed = text->toPlainText();
    QVERIFY(typed != original);

    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->actions()->redo->isEnabled());
    QCOMPARE(plainText(window->actions()->redo->text()), u"Redo %1"_s.arg(ArticleDocument::tr("Typing")));

    window->actions()->redo->trigger();
    QCOMPARE(text->toPlainText(), typed);
    QVERIFY(window->isWindowModified());
    QVERIFY(!window->actions()->redo->isEnabled());

    // From the keyboard, in the editor: Ctrl+Z, then Ctrl+Y as well as the desktop's own redo key.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), original);
    QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(text->toPlainText(), typed);
}

// The Edit menu's Cut and Paste are undone under their own names, and the markers they move go and
// come back in the reading view.
void TestMainWindowEdits::cutAndPasteAreNamedInTheEditMenu()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    QTextDocument *text = document->textDocument();
    const QString original = text->toPlainText();
    BodyEditor *editor = window->editor();
    editor->setFocus();
    const int markers = window->readingView()->markerCount();
    const int marker = int(original.indexOf(u'['));
    QVERIFY(marker > 0);
    QTextCursor cursor(text);
    cursor.setPosition(marker);
    cursor.setPosition(int(original.indexOf(u']', marker)) + 1, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);

    window->actions()->cut->trigger();
    document->analyseNow();
    QCOMPARE(window->readingView()->markerCount(), markers - 1);
    QCOMPARE(plainText(window->actions()->undo->text()), u"Undo %1"_s.arg(BodyEditor::tr("Cut")));

    editor->moveCursor(QTextCursor::Start);
    window->actions()->paste->trigger();
    document->analyseNow();
    QCOMPARE(window->readingView()->markerCount(), markers);
    QCOMPARE(plainText(window->actions()->undo->text()), u"Undo %1"_s.arg(BodyEditor::tr("Paste")));

    window->actions()->undo->trigger();
    QCOMPARE(plainText(window->actions()->undo->text()), u"Undo %1"_s.arg(BodyEditor::tr("Cut")));
    QCOMPARE(plainText(window->actions()->redo->text()), u"Redo %1"_s.arg(BodyEditor::tr("Paste")));
    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    QCOMPARE(editor->textCursor().position(), int(original.indexOf(u']', marker)) + 1);
    QVERIFY(!window->isWindowModified());
}

// Select all and delete leaves nothing to read, and undo brings the whole article back.
void TestMainWindowEdits::deletingEverythingEmptiesTheReadingView()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    ReadingView *view = window->readingView();
    QCOMPARE(view->markerCount(), 4);
    BodyEditor *editor = window->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Delete);
    document->analyseNow();
    QVERIFY(document->text().isEmpty());
    QCOMPARE(view->markerCount(), 0);
    QVERIFY2(!view->toPlainText().contains(u"Harbour"_s), qPrintable(view->toPlainText()));
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 0"_s);

    // Blank lines alone read as nothing either.
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);
    document->analyseNow();
    QVERIFY2(!view->toPlainText().contains(u"Harbour"_s), qPrintable(view->toPlainText()));

    while (window->actions()->undo->isEnabled())
        window->actions()->undo->trigger();
    document->analyseNow();
    QCOMPARE(view->markerCount(), 4);
    QVERIFY(view->toPlainText().startsWith(u"Harbour Bridge Reopens After Repairs"_s));
    QVERIFY(!window->isWindowModified());
}

// An entry given another number in the sidebar stays selected under it, and the views highlight what
// the selection now cites (nothing yet), not the markers of the number it had.
void TestMainWindowEdits::renumberedEntryKeepsTheHighlightOnItsNumber()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ReferencesPanel *panel = window->referencesPanel();
    QAbstractItemView *list = panel->view();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ReferencesModel::NumberRole).toLongLong() == 2)
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }
    QCOMPARE(window->readingView()->highlightedReference(), 2);

    // Its markers would cite nothing: that is asked first, and No goes back to the dialog (here then
    // cancelled), leaving the entry as it was.
    const QString before = window->document()->text();
    QString question;
    const auto giveNumber = [&](QMessageBox::StandardButton answer) {
        onNextModal([&, answer](QWidget *modal) {
            auto *dialog = qobject_cast<ReferenceDialog *>(modal);
            QVERIFY(dialog);
            dialog->numberEdit()->setValue(7);
            answerMessageBox(answer, &question);
            dialog->buttons()->button(QDialogButtonBox::Ok)->click();
            const bool open = dialog->isVisible();
            if (open)
                dialog->reject();
            QCOMPARE(open, answer == QMessageBox::No);
        });
        panel->editReference();
    };
    giveNumber(QMessageBox::No);
    QVERIFY2(question.startsWith(u"Reference [2] is cited 1 time"_s) && question.contains(u"the number 7"_s)
            && question.contains(u"point to nothing"_s),
        qPrintable(question));
    QCOMPARE(window->document()->text(), before);
    QCOMPARE(panel->selectedNumber(), 2);
    giveNumber(QMessageBox::Yes);
    QVERIFY(window->document()->text().contains(u"\n[7] https://example.org/officials"_s));
    QCOMPARE(panel->selectedNumber(), 7);
    QCOMPARE(window->readingView()->highlightedReference(), 7);
    QCOMPARE(window->editor()->highlightedReference(), 7);
    QCOMPARE(highlightedSpans(window->editor()->extraSelections()), 0);
}

// The source selected stays selected when renumbering, and undoing or redoing it, gives it another
// number, and the views highlight its markers under that number where the reader is.
void TestMainWindowEdits::selectionFollowsItsSourceThroughRenumbering()
{
    MainWindow *window = openWindow(longUnorderedArticle(u"long-unordered.txt"_s));
    QVERIFY(window);
    ReferencesPanel *panel = window->referencesPanel();
    QAbstractItemView *list = panel->view();
    const QString winter = u"https://example.org/winter-timetable"_s;
    const auto selectedUrl = [list] {
        const QModelIndexList rows = list->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().data(ReferencesModel::UrlRole).toString();
    };
    const auto selected = [&](qint64 number) {
        return panel->selectedNumber() == number && selectedUrl() == winter
            && window->readingView()->highlightedReference() == number
            && window->editor()->highlightedReference() == number;
    };
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(ReferencesModel::UrlRole).toString() == winter)
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    }
    QVERIFY(selected(2));
    QScrollBar *reading = window->readingView()->verticalScrollBar();
    QScrollBar *editing = window->editor()->verticalScrollBar();
    window->readingView()->finishRendering();
    QCoreApplication::processEvents(); // the view learns its full height
    reading->setValue(reading->maximum());
    editing->setValue(editing->maximum());
    const int readingAt = reading->value();
    const int editingAt = editing->value();
    QVERIFY(readingAt > 0 && editingAt > 0);

    window->actions()->renumber->trigger();
    window->document()->analyseNow();
    QVERIFY(window->document()->text().contains(u"[1] https://example.org/winter-timetable"_s));
    QVERIFY(selected(1));
    // Typeset again, the page keeps about its place (not the first marker's, at the top).
    QVERIFY2(reading->value() > readingAt * 9 / 10,
        qPrintable(u"%1 of %2"_s.arg(reading->value()).arg(readingAt)));
    QCOMPARE(editing->value(), editingAt);
    window->actions()->undo->trigger();
    window->document()->analyseNow();
    QVERIFY(selected(2));
    window->actions()->redo->trigger();
    window->document()->analyseNow();
    QVERIFY(selected(1));
}

// An answer copied from Copilot cites by superscripts, which are not read: Citations > Write Unread
// Citations as Markers writes them as markers in one step, which the analysis then reads and undo takes
// back whole.
void TestMainWindowEdits::unreadCitationsWrittenAsMarkersInOneStep()
{
    const QString path = fixture(u"mainwindow/assistant-export.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    ArticleDocument *document = window->document();
    const QString before = document->text();
    QCOMPARE(document->article().references.size(), 4);
    QCOMPARE(document->article().citations.size(), 1);
    QAction *action = window->actions()->writeAsMarkers;
    QVERIFY(window->actions()->citationsMenu->actions().contains(action));
    QVERIFY(action->isEnabled());

    action->trigger();
    document->analyseNow();
    QCOMPARE(document->text(),
        QString(before)
            .replace(u"freezing\u00B9\u00B2"_s, u"freezing[1, 2]"_s)
            .replace(u"year\u00B3"_s, u"year[3]"_s));
    QCOMPARE(document->article().citations.size(), 3);
    QVERIFY(std::none_of(document->diagnostics().cbegin(), document->diagnostics().cend(),
        [](const Diagnostic &d) { return d.code == u"unused-reference"; }));
    // ("2 citation(s)": no translation, not even the English one with its plurals, is loaded here.)
    QVERIFY2(window->statusBar()->currentMessage().startsWith(u"2 citation"_s),
        qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(document->undoName(), u"Write Citations as Markers"_s);
    QVERIFY(window->isWindowModified());

    window->actions()->undo->trigger();
    document->analyseNow();
    QCOMPARE(document->text(), before);
    QCOMPARE(document->article().citations.size(), 1);
    QVERIFY(!window->isWindowModified());

    // Again, and once more: nothing is left to write.
    action->trigger();
    action->trigger();
    QCOMPARE(window->statusBar()->currentMessage(), u"No citation to write as a marker."_s);
    QCOMPARE(document->article().citations.size(), 3);
}

// Footnotes copied as text, "risk.¹" and a list of "¹ https://…", read as nothing: the same step numbers
// the list's entries as markers are and writes the markers, which then cite them.
void TestMainWindowEdits::footnotesCopiedAsTextWrittenAsMarkersAndEntries()
{
    QFile file(m_fixture.filePath(u"footnotes-as-text.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Wind\nOffshore wind grew 24%.\u00B9 Floating turbines are next.\u00B2\n\nReferences\n"
               "\u00B9 https://a.example/1\n\u00B2 https://a.example/2\n"_s.toUtf8());
    file.close();
    MainWindow *window = openWindow(file.fileName());
    QVERIFY(window);
    ArticleDocument *document = window->document();
    QVERIFY(document->article().references.isEmpty());

    window->actions()->writeAsMarkers->trigger();
    document->analyseNow();
    QCOMPARE(document->text(),
        u"Wind\nOffshore wind grew 24%.[1] Floating turbines are next.[2]\n\nReferences\n"
        "[1] https://a.example/1\n[2] https://a.example/2\n"_s);
    QCOMPARE(document->article().references.size(), 2);
    QCOMPARE(document->article().citations.size(), 2);
    QVERIFY(document->diagnostics().isEmpty());
    QCOMPARE(window->referencesPanel()->model()->rowCount(), 2);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"2 entry number"_s),
        qPrintable(window->statusBar()->currentMessage()));
    window->actions()->undo->trigger();
    document->analyseNow();
    QVERIFY(document->article().references.isEmpty());
}

// Renumbering leaves the editor's cursor and view where they are, and so do undoing and redoing it,
// from the Edit menu or the keyboard: its edits are all over the text, not where the reader is.
void TestMainWindowEdits::undoingRenumberingKeepsTheEditorsPlace()
{
    QFile file(m_fixture.filePath(u"long-unordered.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(readAll(fixture(u"mainwindow/unordered.txt"_s))
                   .replace("Fares",
                       QByteArray("A line read far below the first markers.\n").repeated(200) + "Fares"));
    file.close();
    MainWindow *window = openWindow(file.fileName());
    QVERIFY(window);
    BodyEditor *editor = window->editor();
    QTextCursor cursor(editor->document()->findBlockByNumber(100));
    cursor.movePosition(QTextCursor::NextWord);
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    const auto place = [editor] {
        const QTextCursor c = editor->textCursor();
        return u"%1-%2 %3"_s.arg(c.anchor()).arg(c.position()).arg(editor->verticalScrollBar()->value());
    };
    const QString before = place();
    QVERIFY(editor->verticalScrollBar()->value() > 0);

    window->actions()->renumber->trigger();
    QCOMPARE(place(), before);
    QVERIFY(!window->statusBar()->currentMessage().isEmpty());
    window->actions()->undo->trigger();
    QCOMPARE(place(), before);
    // What was said of the step taken back no longer holds.
    QCOMPARE(window->statusBar()->currentMessage(), QString());
    window->actions()->redo->trigger();
    QCOMPARE(place(), before);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(place(), before);
    QCOMPARE(editor->textCursor().selectedText(), u"line"_s);
    QVERIFY(!window->isWindowModified());
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(place(), before);
    QVERIFY(window->isWindowModified());

    // The editor's own menu takes the same steps, under their names.
    const auto menuAction = [editor](const QString &name) {
        QMenu *menu = editor->createContextMenu(editor->viewport()->rect().center());
        menu->deleteLater();
        return menu->findChild<QAction *>(name);
    };
    QAction *undo = menuAction(u"edit-undo"_s);
    QVERIFY(undo);
    QVERIFY2(undo->text().contains(window->document()->undoName()), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(place(), before);
    QVERIFY(!window->isWindowModified());
    QAction *redo = menuAction(u"edit-redo"_s);
    QVERIFY(redo);
    redo->trigger();
    QCOMPARE(place(), before);
    QVERIFY(window->isWindowModified());
}

// A marker typed that names no source shows a "Missing" row; selected, then undone, the row goes and
// the selection moves while the views take the article without it.
void TestMainWindowEdits::selectedMissingRowMayGo()
{
    QFile file(m_fixture.filePath(u"missing-row.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "Incremental test\nAlpha paragraph cites [1] and [2].\nBeta paragraph cites [3].\nReferences:\n"
        "[1] https://one.example/a\n[2] https://two.example/b\n[3] https://three.example/c\n");
    file.close();
    MainWindow *window = openWindow(file.fileName());
    QVERIFY(window);
    ArticleDocument *document = window->document();
    QTextCursor cursor(window->editor()->document());
    cursor.setPosition(int(document->text().indexOf(u"Alpha paragraph"_s)) + 15);
    window->editor()->setTextCursor(cursor);
    QTest::keyClicks(window->editor(), u" [6]"_s);
    document->analyseNow();
    QCoreApplication::processEvents();

    QAbstractItemView *list = window->referencesPanel()->view();
    QModelIndex missing;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(ReferencesModel::NumberRole).toLongLong() == 6)
            missing = list->model()->index(row, 0);
    }
    QVERIFY(missing.isValid());
    list->scrollTo(missing);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(missing).center());
    QCOMPARE(window->readingView()->highlightedReference(), 6);

    window->actions()->undo->trigger();
    QTRY_COMPARE(list->model()->rowCount(), 3);
    document->analyseNow();
    QCoreApplication::processEvents();
    QCOMPARE(window->readingView()->markerCount(), 3);
    QVERIFY(!document->text().contains(u"[6]"_s));
    // The selection went with its row: no other source was chosen for the reader.
    QCOMPARE(window->referencesPanel()->selectedNumber(), 0);
    QTRY_COMPARE(window->readingView()->highlightedReference(), 0);
    QCOMPARE(window->editor()->highlightedReference(), 0);
}

// Typing in the editor far below what the reading view shows brings the paragraph typed in into view
// there, as typing in an entry of the reference list does; what changes nothing in the text (a link
// check's findings), or renumbers it, leaves the reader where they are.
void TestMainWindowEdits::readingViewShowsWhatIsTyped()
{
    MainWindow *window = openWindow(longUnorderedArticle(u"long-typed.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    ReadingView *view = window->readingView();
    view->finishRendering();
    QCoreApplication::processEvents();
    QScrollBar *reading = view->verticalScrollBar();
    QCOMPARE(reading->value(), 0);

    BodyEditor *editor = window->editor();
    editor->setFocus();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(document->text().indexOf(u"Fares stay"_s)) + 5);
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, u" and seats"_s);
    document->analyseNow();
    QVERIFY(reading->value() > reading->maximum() / 2);
    const QTextBlock typed = view->document()->find(u"Fares and seats"_s).block();
    QVERIFY(typed.isValid());
    const int top
        = int(view->document()->documentLayout()->blockBoundingRect(typed).top()) - reading->value();
    QVERIFY2(top >= 0 && top < view->viewport()->height(), qPrintable(QString::number(top)));

    // Back at the top: findings refreshed without an edit, and renumbering, leave it there.
    reading->setValue(0);
    document->refreshExtraDiagnostics();
    QCoreApplication::processEvents();
    QCOMPARE(reading->value(), 0);
    window->actions()->renumber->trigger();
    document->analyseNow();
    QVERIFY(document->text().contains(u"[1] https://example.org/winter-timetable"_s));
    QCOMPARE(reading->value(), 0);
    // Typing in an entry of the reference list shows that entry, as typing in a paragraph does.
    cursor.setPosition(int(document->text().indexOf(u"Winter timetable"_s)));
    editor->setTextCursor(cursor);
    QTest::keyClicks(editor, u"The "_s);
    document->analyseNow();
    QVERIFY(document->text().contains(u"The Winter timetable"_s));
    const QTextBlock entry
        = view->document()->find(u"The Winter timetable"_s, 0, QTextDocument::FindCaseSensitively).block();
    QVERIFY(entry.isValid());
    const int entryTop
        = int(view->document()->documentLayout()->blockBoundingRect(entry).top()) - reading->value();
    QVERIFY2(entryTop >= 0 && entryTop < view->viewport()->height(), qPrintable(QString::number(entryTop)));
    QVERIFY(reading->value() > 0);
}

QTEST_MAIN(TestMainWindowEdits)
#include "tst_mainwindowedits.moc"
