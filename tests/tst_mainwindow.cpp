// The assembled main window: real clicks on markers, typing, renumbering, a large article, the sidebar and
// problems wiring, and moving between panes. Opening and saving files: tst_mainwindowfiles; undo, redo and
// the selection through them: tst_mainwindowedits; the window in other languages: tst_mainwindowlanguage.
#include "articledocument.h"
#include "articlegenerator.h"
#include "bodyeditor.h"
#include "commentspanel.h"
#include "findreplacebar.h"
#include "focusframe.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "markerhighlighter.h"
#include "problemsmodel.h"
#include "problemspanel.h"
#include "readingview.h"
#include "referencesmodel.h"
#include "referencespanel.h"
#include "statuscounts.h"

#include "flaggedmarkers.h"
#include "mainwindowtestutil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void clickOnMarkerOpensItsReference_data();
    void clickOnMarkerOpensItsReference();
    void clickOnMarkerKeepsTheReadersPlace();
    void failedLaunchIsReported();
    void javascriptReferenceIsNotLaunched();
    void danglingMarkerOnlyExplains();
    void clickOnLinkInTheTextOpensItsAddress();
    void typingUpdatesViewsAndUndoRestores();
    void typingReportsOnlyWhatWasTyped();
    void renumberIsOneUndoStep();
    void findBarOpensOnDemand();
    void largeArticleStaysFunctional();
    void sidebarSelectionHighlightsMarkers();
    void openingClearsTheHighlight_data();
    void openingClearsTheHighlight();
    void problemActivationMovesCursor();
    void problemMovedByTypingIsFoundWhereItIsNow();
    void stepsToProblemsAreShownInTheList();
    void f6CyclesThroughPanes();
    void problemsTitleCountsFromTheStart();

private:
    MainWindow *openWindow(const QString &path) { return m_fixture.openWindow(path); }
    QString copyFixture(const QString &name) { return m_fixture.copyFixture(name); }

    Test::WindowFixture m_fixture;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_mainwindow"_s));
}

void TestMainWindow::cleanup()
{
    m_fixture.closeWindows();
}

void TestMainWindow::clickOnMarkerOpensItsReference_data()
{
    QTest::addColumn<int>("marker");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<QString>("url");
    QTest::addRow("first marker") << 0 << qint64(1) << u"https://example.org/bridge-reopens"_s;
    QTest::addRow("second marker") << 1 << qint64(2) << u"https://example.org/officials"_s;
}

void TestMainWindow::clickOnMarkerOpensItsReference()
{
    QFETCH(int, marker);
    QFETCH(qint64, number);
    QFETCH(QString, url);
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ReadingView *view = window->readingView();
    QCOMPARE(view->markerCount(), 4);
    const QRect rect = view->markerRect(marker);
    QVERIFY(!rect.isNull());

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_fixture.opener()->launched, QList<QUrl> {QUrl(url)});
    QCOMPARE(window->referencesPanel()->selectedNumber(), number);
    QCOMPARE(window->editor()->textCursor().position(), 0); // a file opens with the editor at its top
    QCOMPARE(view->highlightedReference(), number);
    QCOMPARE(window->editor()->highlightedReference(), number);
}

// The reader clicks a marker where they are reading: the views mark the source's markers and stay there,
// even when the source was first cited far above.
void TestMainWindow::clickOnMarkerKeepsTheReadersPlace()
{
    QString text = u"Long read\nFirst cited here [1].\n\n"_s;
    for (int i = 0; i < 120; ++i)
        text += u"Filler paragraph %1 that takes room in both views.\n\n"_s.arg(i);
    text += u"Cited again at the end [1].\nReferences:\n[1] https://example.org/one\n"_s;
    const QString path = QFileInfo(copyFixture(u"mainwindow/article.txt"_s)).absolutePath() + u"/long.txt"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    file.close();
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    ReadingView *view = window->readingView();
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QTRY_VERIFY(!view->markerRect(1).isNull());
    const int scrolled = view->verticalScrollBar()->value();
    QVERIFY(scrolled > 0);
    const int editorScrolled = window->editor()->verticalScrollBar()->value();

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->markerRect(1).center());
    QCOMPARE(window->referencesPanel()->selectedNumber(), 1);
    QCOMPARE(view->highlightedReference(), 1);
    QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    QCOMPARE(window->editor()->verticalScrollBar()->value(), editorScrolled);

    // Choosing the source in the sidebar takes the views to its first marker.
    QAbstractItemView *list = window->referencesPanel()->view();
    list->clearSelection();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(window->referencesPanel()->selectedNumber(), 1);
    QVERIFY(view->verticalScrollBar()->value() < scrolled);
}

// Where no browser is set up, a click says so in the status bar instead of "Opening …" and nothing.
void TestMainWindow::failedLaunchIsReported()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    m_fixture.opener()->systemOpens = false;
    const QRect rect = window->readingView()->markerRect(0);
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    m_fixture.opener()->systemOpens = true;
    QCOMPARE(m_fixture.opener()->launched.size(), 1);
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(u"Could not open https://example.org/bridge-reopens"_s), qPrintable(message));

    // The pointer moving off the marker takes away the target it showed, not the failure.
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(window->readingView()->viewport(), &leave);
    QCOMPARE(window->statusBar()->currentMessage(), message);

    // Nor when the marker's target was showing as it was clicked.
    window->statusBar()->clearMessage();
    QSignalSpy shown(window->statusBar(), &QStatusBar::messageChanged);
    QTest::mouseMove(window->readingView()->viewport(), rect.center());
    m_fixture.opener()->systemOpens = false;
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    m_fixture.opener()->systemOpens = true;
    QCOMPARE(window->statusBar()->currentMessage(), message);
    QApplication::sendEvent(window->readingView()->viewport(), &leave);
    QTest::mouseMove(window->readingView()->viewport(), QPoint(1, 1));
    QCOMPARE(window->statusBar()->currentMessage(), message);
    QVERIFY(shown.contains(QVariantList {message}));
}

void TestMainWindow::javascriptReferenceIsNotLaunched()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QRect rect = window->readingView()->markerRect(2);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_fixture.opener()->confirmations, QStringList {u"javascript:alert(1)"_s});
    QVERIFY(m_fixture.opener()->launched.isEmpty());
    QCOMPARE(window->referencesPanel()->selectedNumber(), 3);
}

// A Markdown link in the text opens through the same opener as references: a web address at once,
// anything else only once confirmed.
void TestMainWindow::clickOnLinkInTheTextOpensItsAddress()
{
    const QString path = QFileInfo(copyFixture(u"mainwindow/article.txt"_s)).absolutePath() + u"/links.txt"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Links\n\nSee [the page](https://example.com/p) or [this one](javascript:alert(2)) [1].\n\n"
               "References:\n[1] https://example.com/a\n");
    file.close();
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    ReadingView *view = window->readingView();
    const auto click = [view](const QString &text) {
        QTextCursor cursor(view->document());
        cursor.setPosition(int(view->toPlainText().indexOf(text)) + 2);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
    };
    click(u"the page"_s);
    QCOMPARE(m_fixture.opener()->launched, QList<QUrl> {QUrl(u"https://example.com/p"_s)});
    click(u"this one"_s);
    QCOMPARE(m_fixture.opener()->confirmations, QStringList {u"javascript:alert(2)"_s});
    QCOMPARE(m_fixture.opener()->launched.size(), 1);
}

void TestMainWindow::danglingMarkerOnlyExplains()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QRect rect = window->readingView()->markerRect(3);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(window->readingView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(m_fixture.opener()->launched.isEmpty());
    QVERIFY(m_fixture.opener()->confirmations.isEmpty());
    QVERIFY2(window->statusBar()->currentMessage().contains(u"[4]"_s),
        qPrintable(window->statusBar()->currentMessage()));
}

void TestMainWindow::typingUpdatesViewsAndUndoRestores()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    const QString original = document->textDocument()->toPlainText();
    const int problemsBefore = int(document->diagnostics().size());
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 4"_s);

    // At the end of the second body paragraph.
    BodyEditor *editor = window->editor();
    QTextCursor cursor(document->textDocument()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, u" Divers checked the pillars [5]."_s);
    QTRY_COMPARE(window->readingView()->markerCount(), 5);
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 5"_s);
    QTRY_COMPARE(document->diagnostics().size(), problemsBefore + 1); // [5] is dangling too
    QVERIFY(window->isWindowModified());
    QVERIFY(plainText(window->actions()->undo->text()).startsWith(u"Undo "_s));

    while (window->actions()->undo->isEnabled())
        window->actions()->undo->trigger();
    QCOMPARE(document->textDocument()->toPlainText(), original);
    document->analyseNow();
    QCOMPARE(window->readingView()->markerCount(), 4);
    QCOMPARE(window->statusCounts()->citationsLabel()->text(), u"Citations: 4"_s);
    QVERIFY(!window->isWindowModified());
}

// Colouring the markers of the blocks on screen is no edit: a key typed after the editor has painted is
// reported as that one character, so only its line is read again (not everything from the first
// coloured block down to it).
void TestMainWindow::typingReportsOnlyWhatWasTyped()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    ArticleDocument *document = window->document();
    BodyEditor *editor = window->editor();
    QTRY_VERIFY(editor->highlighter()->isBodyLine(3));
    editor->viewport()->repaint(); // colours the visible blocks: the markers on lines 2 and 3

    QSignalSpy changes(document->textDocument(), &QTextDocument::contentsChange);
    QTextCursor cursor(document->textDocument()->findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock);
    editor->setTextCursor(cursor);
    editor->setFocus();
    const int at = cursor.position();
    QTest::keyClick(editor, Qt::Key_X);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).at(0).toInt(), at);
    QCOMPARE(changes.at(0).at(1).toInt(), 0);
    QCOMPARE(changes.at(0).at(2).toInt(), 1);
    document->analyseNow();
    QVERIFY(!document->lastChange().whole);
    QCOMPARE(document->lastChange().firstLine, 3);
    QCOMPARE(document->lastChange().newLineEnd, 4);
    document->setModified(false);
}

// A generated article of a few megabytes: a marker deep in it can be clicked, renumbering is one undo
// step, and saving writes exactly the document.
void TestMainWindow::largeArticleStaysFunctional()
{
    Bench::GeneratorOptions options;
    options.targetBytes = 3 * 1024 * 1024;
    const QString path = m_fixture.filePath(u"large.txt"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Bench::generateArticle(options));
    }
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    const Article &article = window->document()->article();

    // The reference first cited last: its first marker is far down the article.
    QHash<qint64, int> firstUse;
    for (int i = 0; i < article.citations.size(); ++i) {
        const Citation &citation = article.citations.at(i);
        if (citation.form == Citation::Form::Single && !firstUse.contains(citation.numbers.first().value))
            firstUse.insert(citation.numbers.first().value, i);
    }
    qint64 number = 0;
    int marker = -1;
    for (const Reference &reference : article.references) {
        const int first = firstUse.value(reference.number, -1);
        if (first > marker) {
            marker = first;
            number = reference.number;
        }
    }
    QVERIFY(marker > article.citations.size() / 2);
    QString url;
    for (const Reference &reference : article.references) {
        if (reference.number == number)
            url = reference.url;
    }
    ReadingView *view = window->readingView();
    view->highlightReference(number); // scrolls its first marker (perhaps in a range) into view
    QRect rect = view->markerRect(marker);
    QVERIFY(!rect.isNull());
    // The reader goes to the marker's paragraph (as typing there in the editor does) and clicks it.
    view->revealSourcePosition(article.citations.at(marker).span.start);
    view->viewport()->repaint();
    rect = view->markerRect(marker);
    QVERIFY2(view->viewport()->rect().contains(rect), qPrintable(QString::number(rect.top())));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_fixture.opener()->launched, QList<QUrl> {QUrl(url)});
    QCOMPARE(window->referencesPanel()->selectedNumber(), number);

    QTextDocument *text = window->document()->textDocument();
    const QString original = text->toPlainText();
    window->actions()->renumber->trigger();
    window->document()->analyseNow();
    QVERIFY(text->toPlainText() != original);
    QCOMPARE(window->document()->undoName(), ArticleDocument::tr("Renumber Citations"));
    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    window->actions()->redo->trigger();
    window->document()->analyseNow();

    QVERIFY(window->save());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), window->document()->toBytes());
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::renumberIsOneUndoStep()
{
    const QString path = copyFixture(u"mainwindow/unordered.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QTextDocument *text = window->document()->textDocument();
    const QString original = text->toPlainText();

    window->actions()->renumber->trigger();
    window->document()->analyseNow();
    QCOMPARE(text->toPlainText(),
        u"Ferry Timetable Changes\n"
        "The winter timetable starts on Monday [1] and keeps the night crossing [2].\n"
        "Fares stay the same [1].\n"
        "References:\n"
        "[1] https://example.org/winter-timetable Winter timetable\n"
        "[2] https://example.org/night-crossing Night crossing\n"_s);
    QCOMPARE(plainText(window->actions()->undo->text()), u"Undo %1"_s.arg(window->document()->undoName()));

    window->actions()->undo->trigger();
    QCOMPARE(text->toPlainText(), original);
    QVERIFY(!window->actions()->undo->isEnabled());
    QVERIFY(plainText(window->actions()->redo->text()).startsWith(u"Redo "_s));
}

// The find bar is built the first time it is asked for (not at start-up), and then works in the editor.
void TestMainWindow::findBarOpensOnDemand()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/unordered.txt"_s));
    QVERIFY(window);
    QVERIFY(!window->findChild<FindReplaceBar *>());

    window->actions()->find->trigger();
    auto *bar = window->findChild<FindReplaceBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY(window->editor()->isVisible());
    QTRY_VERIFY(bar->findField()->hasFocus());
    QTest::keyClicks(bar->findField(), u"night"_s);
    QTest::keyClick(bar->findField(), Qt::Key_Return);
    QCOMPARE(window->editor()->textCursor().selectedText(), u"night"_s);

    window->actions()->replace->trigger();
    QCOMPARE(window->findChildren<FindReplaceBar *>().size(), 1); // the same bar, not a second one
    QVERIFY(bar->replaceField()->isVisible());
}

void TestMainWindow::sidebarSelectionHighlightsMarkers()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QAbstractItemView *view = window->referencesPanel()->view();
    QModelIndex second;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(ReferencesModel::NumberRole).toLongLong() == 2)
            second = index;
    }
    QVERIFY(second.isValid());
    view->setCurrentIndex(second);
    QCOMPARE(window->readingView()->highlightedReference(), 2);
    QVERIFY(!Test::highlightedMarkers(*window->readingView()).isEmpty());
    QCOMPARE(window->editor()->highlightedReference(), 2);
    QVERIFY(!window->editor()->extraSelections().isEmpty());
    QVERIFY(m_fixture.opener()->launched.isEmpty()); // selecting is not opening
}

// A reference selected in one article means nothing in the next one, nor in the file as read again.
void TestMainWindow::openingClearsTheHighlight_data()
{
    // Opened next: another article, "same" again, or nothing (the file changes on disk).
    QTest::addColumn<QString>("next");
    QTest::addRow("another article") << u"mainwindow/unordered.txt"_s;
    QTest::addRow("the same article again") << u"same"_s;
    QTest::addRow("reloaded after a change on disk") << QString();
}

void TestMainWindow::openingClearsTheHighlight()
{
    QFETCH(QString, next);
    const QString path = copyFixture(u"mainwindow/article.txt"_s);
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    QAbstractItemView *list = window->referencesPanel()->view();
    QModelIndex second;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(ReferencesModel::NumberRole).toLongLong() == 2)
            second = list->model()->index(row, 0);
    }
    QVERIFY(second.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(second).center());
    QCOMPARE(window->readingView()->highlightedReference(), 2);
    QVERIFY(!Test::highlightedMarkers(*window->readingView()).isEmpty());
    QVERIFY(highlightedSpans(window->editor()->extraSelections()) > 0);

    if (next.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("A line added elsewhere [2].\n");
        file.close();
        QTRY_VERIFY_WITH_TIMEOUT(window->document()->text().contains(u"added elsewhere"_s), 5000);
    } else {
        QVERIFY(window->openFile(next == u"same" ? path : copyFixture(next)));
    }
    window->document()->analyseNow();
    QVERIFY(Test::highlightedMarkers(*window->readingView()).isEmpty());
    QCOMPARE(highlightedSpans(window->editor()->extraSelections()), 0);
    QCOMPARE(window->readingView()->highlightedReference(), 0);
    QCOMPARE(window->editor()->highlightedReference(), 0);
    QCOMPARE(window->referencesPanel()->selectedNumber(), 0); // the list agrees
}

void TestMainWindow::problemActivationMovesCursor()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QTreeView *view = window->problemsPanel()->view();
    QVERIFY(view->model()->rowCount() > 0);
    const QModelIndex first = view->model()->index(0, 0);
    const auto position = first.data(ProblemsModel::PositionRole).value<qsizetype>();
    QVERIFY(position > 0);
    window->editor()->moveCursor(QTextCursor::Start);

    view->setFocus();
    view->setCurrentIndex(first);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window->editor()->textCursor().position(), position);
    QCOMPARE(window->focusWidget(), window->editor());
}

// Typing above a problem moves it in the text without changing what the list shows of it; the list
// is not told to redraw it, but activating it still goes to where it stands now.
void TestMainWindow::problemMovedByTypingIsFoundWhereItIsNow()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    QTreeView *view = window->problemsPanel()->view();
    const int last = view->model()->rowCount() - 1;
    QVERIFY(last >= 0);
    const auto before = view->model()->index(last, 0).data(ProblemsModel::PositionRole).value<qsizetype>();
    const QString shown = view->model()->index(last, ProblemsModel::PositionColumn).data().toString();

    BodyEditor *editor = window->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(int(editor->toPlainText().indexOf(u"The harbour"_s)));
    editor->setTextCursor(cursor);
    editor->setFocus();
    QTest::keyClicks(editor, u"xy"_s);
    window->document()->analyseNow();
    QCOMPARE(view->model()->index(last, ProblemsModel::PositionColumn).data().toString(), shown);

    view->setFocus();
    view->setCurrentIndex(view->model()->index(last, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(editor->textCursor().position(), before + 2);
}

// F8 and Shift+F8 select a problem in the editor; the Problems list follows and the status bar names it.
void TestMainWindow::stepsToProblemsAreShownInTheList()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    const QList<Diagnostic> diagnostics = window->document()->diagnostics();
    QVERIFY(diagnostics.size() >= 2);
    QTreeView *view = window->problemsPanel()->view();
    window->editor()->moveCursor(QTextCursor::Start);
    QVERIFY(!view->currentIndex().isValid());

    window->actions()->nextProblem->trigger();
    QCOMPARE(window->editor()->textCursor().selectionStart(), diagnostics.first().span.start);
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(window->statusBar()->currentMessage(), diagnostics.first().message);
    QCOMPARE(window->focusWidget(), window->editor()); // the list follows; the keyboard stays

    window->actions()->nextProblem->trigger();
    const int second = view->currentIndex().row();
    QVERIFY(second > 0);
    QCOMPARE(window->editor()->textCursor().selectionStart(), diagnostics.at(second).span.start);
    QCOMPARE(window->statusBar()->currentMessage(), diagnostics.at(second).message);

    window->actions()->previousProblem->trigger();
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(window->editor()->textCursor().selectionStart(), diagnostics.first().span.start);
    window->actions()->previousProblem->trigger(); // wraps to the last place
    QCOMPARE(diagnostics.at(view->currentIndex().row()).span.start, diagnostics.constLast().span.start);
}

void TestMainWindow::f6CyclesThroughPanes()
{
    MainWindow *window = openWindow(copyFixture(u"mainwindow/article.txt"_s));
    QVERIFY(window);
    window->activateWindow();
    window->readingView()->setFocus();
    QAction *next = window->actions()->nextPane;
    next->trigger();
    QCOMPARE(window->focusWidget(), window->editor());
    next->trigger();
    QCOMPARE(window->focusWidget(), window->referencesPanel()->view());
    next->trigger();
    QVERIFY(window->problemsPanel()->isAncestorOf(window->focusWidget()));
    next->trigger();
    QCOMPARE(window->focusWidget(), window->readingView());
    window->actions()->previousPane->trigger();
    QVERIFY(window->problemsPanel()->isAncestorOf(window->focusWidget()));

    // Each pane shows it has the keyboard, and only that one, over its whole area.
    const auto framed = [&] {
        QList<QWidget *> shown;
        for (QWidget *pane : {static_cast<QWidget *>(window->readingView()),
                 static_cast<QWidget *>(window->editor()), static_cast<QWidget *>(window->sidebarTabs()),
                 static_cast<QWidget *>(window->problemsPanel())}) {
            const auto *frame = pane->findChild<FocusFrame *>(QString(), Qt::FindDirectChildrenOnly);
            if (frame && frame->isVisible()) {
                shown.append(pane);
                if (frame->geometry() != pane->rect())
                    return QList<QWidget *> {};
            }
        }
        return shown;
    };
    QCOMPARE(framed(), QList<QWidget *> {window->problemsPanel()});
    next->trigger();
    QCOMPARE(framed(), QList<QWidget *> {window->readingView()});
    next->trigger();
    QCOMPARE(framed(), QList<QWidget *> {window->editor()});
    window->editor()->resize(window->editor()->width() - 10, window->editor()->height());
    QCOMPARE(framed(), QList<QWidget *> {window->editor()}); // and follows its size

    // The sidebar is entered at the list of the tab it shows.
    window->sidebarTabs()->setCurrentWidget(window->commentsPanel());
    next->trigger();
    QVERIFY(window->commentsPanel() == window->focusWidget()
        || window->commentsPanel()->isAncestorOf(window->focusWidget()));
    QCOMPARE(framed(), QList<QWidget *> {window->sidebarTabs()});

    // From the keyboard alone: Tab leaves the references list rather than stepping through its
    // cells, the tabs answer to Alt and a letter, and the Citations menu adds a comment.
    QTest::keyClick(window->sidebarTabs()->tabBar(), Qt::Key_S, Qt::AltModifier);
    QCOMPARE(window->sidebarTabs()->currentWidget(), window->referencesPanel());
    QAbstractItemView *references = window->referencesPanel()->view();
    references->setFocus();
    references->setCurrentIndex(references->model()->index(0, 0));
    QTest::keyClick(references, Qt::Key_Tab);
    QVERIFY(window->focusWidget() != references);
    QTest::keyClick(window->focusWidget(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(window->sidebarTabs()->currentWidget(), window->commentsPanel());
    QVERIFY(window->actions()->citationsMenu->actions().contains(window->actions()->addComment));
    QVERIFY(window->actions()->addComment->isEnabled());
}

// The Problems dock says how many there are from the start, none included, as after File › New.
void TestMainWindow::problemsTitleCountsFromTheStart()
{
    const QString path = QFileInfo(copyFixture(u"mainwindow/article.txt"_s)).absolutePath() + u"/empty.txt"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow *window = openWindow(path);
    QVERIFY(window);
    auto *dock = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), u"Problems (0)"_s);
    window->actions()->newFile->trigger();
    QCOMPARE(dock->windowTitle(), u"Problems (0)"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
