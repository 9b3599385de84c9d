// The Edit menu's Cut, Copy and Paste in the assembled window: they act on the text the keyboard is in,
// whether the article's editor or a field such as the find bar's, and never on text out of sight.
#include "articledocument.h"
#include "bodyeditor.h"
#include "findreplacebar.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "readingview.h"
#include "referencespanel.h"

#include "mainwindowtestutil.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestEditMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void pasteGoesIntoTheFindField();
    void cutAndCopyTakeTheFindFieldsText();
    void editorStillTakesThem();
    void copyInTheReferencesListCopiesTheUrl();
    void cutAndPasteLeaveTheEditorAloneFromOtherPanes();

private:
    // A window on the fixture, active, with the find bar showing `term` found in the editor and the
    // keyboard in its field.
    MainWindow *windowFinding(const QString &term);

    WindowFixture m_fixture;
};

void TestEditMenu::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_editmenu"_s));
}

void TestEditMenu::cleanup()
{
    m_fixture.closeWindows();
}

MainWindow *TestEditMenu::windowFinding(const QString &term)
{
    MainWindow *window = m_fixture.openWindow(m_fixture.copyFixture(u"mainwindow/article.txt"_s));
    if (!window)
        return nullptr;
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    window->actions()->find->trigger();
    QLineEdit *field = window->findBar()->findField();
    QTest::keyClicks(field, term);
    if (!field->hasFocus() || window->editor()->textCursor().selectedText() != term)
        return nullptr;
    return window;
}

// Pasting a term to look for, from the menu, puts it in the field: not over the match the field has
// selected in the article, where the reader would find it replaced.
void TestEditMenu::pasteGoesIntoTheFindField()
{
    MainWindow *window = windowFinding(u"cables"_s);
    QVERIFY(window);
    const QString before = window->document()->text();
    QLineEdit *field = window->findBar()->findField();
    field->selectAll();
    QGuiApplication::clipboard()->setText(u"harbour"_s);

    window->actions()->paste->trigger();
    QCOMPARE(field->text(), u"harbour"_s);
    QCOMPARE(window->document()->text(), before);
    QVERIFY(!window->document()->isModified());
}

void TestEditMenu::cutAndCopyTakeTheFindFieldsText()
{
    MainWindow *window = windowFinding(u"cables"_s);
    QVERIFY(window);
    const QString before = window->document()->text();
    QLineEdit *field = window->findBar()->findField();
    QGuiApplication::clipboard()->setText(u"something else"_s);

    field->setSelection(1, 3);
    window->actions()->copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"abl"_s);

    field->setSelection(0, 3);
    window->actions()->cut->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"cab"_s);
    QCOMPARE(field->text(), u"les"_s);
    QCOMPARE(window->document()->text(), before); // the match selected in the editor stays
}

// With the keyboard in the editor, the menu cuts and pastes there, as one named step each.
void TestEditMenu::editorStillTakesThem()
{
    MainWindow *window = windowFinding(u"cables"_s);
    QVERIFY(window);
    BodyEditor *editor = window->editor();
    editor->setFocus();
    QVERIFY(editor->hasFocus());
    const QString before = window->document()->text();
    const int start = editor->textCursor().selectionStart();

    window->actions()->cut->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"cables"_s);
    QCOMPARE(window->document()->text(), QString(before).remove(start, 6));
    QCOMPARE(window->document()->undoName(), BodyEditor::tr("Cut"));

    window->actions()->paste->trigger();
    QCOMPARE(window->document()->text(), before);
    QCOMPARE(window->document()->undoName(), BodyEditor::tr("Paste"));
}

// In the References list, the menu's Copy copies the selected entry's address, as Ctrl+C does there,
// not the editor's selection out of sight.
void TestEditMenu::copyInTheReferencesListCopiesTheUrl()
{
    MainWindow *window = windowFinding(u"cables"_s);
    QVERIFY(window);
    ReferencesPanel *panel = window->referencesPanel();
    panel->selectReference(1);
    panel->view()->setFocus();
    QVERIFY(panel->view()->hasFocus());
    QGuiApplication::clipboard()->setText(u"something else"_s);
    window->actions()->copy->trigger();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, u"https://example.org/bridge-reopens"_s);
}

// With the keyboard in the reading view or a list of the sidebar, the menu's Cut and Paste do nothing:
// they would change the editor's text where the reader is not looking.
void TestEditMenu::cutAndPasteLeaveTheEditorAloneFromOtherPanes()
{
    MainWindow *window = windowFinding(u"cables"_s);
    QVERIFY(window);
    const QString before = window->document()->text();
    QGuiApplication::clipboard()->setText(u"pasted"_s);
    for (QWidget *pane : {static_cast<QWidget *>(window->readingView()),
             static_cast<QWidget *>(window->referencesPanel()->view())}) {
        pane->setFocus();
        QVERIFY(pane->hasFocus());
        QCOMPARE(window->editor()->textCursor().selectedText(), u"cables"_s);
        QVERIFY(!window->actions()->cut->isEnabled());
        QVERIFY(!window->actions()->paste->isEnabled());
        window->actions()->cut->trigger();
        window->actions()->paste->trigger();
        QCOMPARE(window->document()->text(), before);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"pasted"_s);
    }
    QVERIFY(!window->document()->isModified());
    // Back in the editor, or in the find field, they are offered again.
    window->editor()->setFocus();
    QVERIFY(window->actions()->cut->isEnabled() && window->actions()->paste->isEnabled());
    window->findBar()->findField()->setFocus();
    QVERIFY(window->actions()->paste->isEnabled());
}

QTEST_MAIN(TestEditMenu)
#include "tst_editmenu.moc"
