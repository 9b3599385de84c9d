// How the main window's panes share a window: it opens within the screen, and the sidebar and the
// Problems dock give way to a small window before the reading view does.
#include "bodyeditor.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "mainwindowtestutil.h"
#include "readingview.h"
#include "statuscounts.h"
#include <QAction>

#include <QDockWidget>
#include <QLabel>
#include <QScreen>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QWindow>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestMainWindowLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void opensWithinTheScreen();
    void frameOpensWithinTheScreen();
    void restoredGeometryLargerThanTheScreenFits();
    void smallWindowKeepsTheReadingViewReadable();
    void restoredSidebarGivesWayAtOnce();
    void shortWindowKeepsTheViewsTall();
    void layoutComesBackAfterATinyWindow();
    void narrowStatusBarShowsWholeCounts();
    void floatingDockComesBackAfterQuit();

private:
    // The window as it opens, shown at `size`, holding the fixture article.
    MainWindow *openWindow(QSize size);

    WindowFixture m_fixture;
};

void TestMainWindowLayout::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_mainwindowlayout"_s));
}

void TestMainWindowLayout::cleanup()
{
    m_fixture.closeWindows();
}

MainWindow *TestMainWindowLayout::openWindow(QSize size)
{
    MainWindow *window = m_fixture.openWindow(m_fixture.copyFixture(u"mainwindow/article.txt"_s));
    if (window) {
        window->resize(size);
        QTest::qWait(50); // laid out again
    }
    return window;
}

// A window as large as the default would not fit this screen (the tests' one is 800 by 600): it opens
// within it, the reading view the widest pane.
void TestMainWindowLayout::opensWithinTheScreen()
{
    MainWindow window;
    const QSize available = window.screen()->availableSize();
    QVERIFY(window.width() <= available.width() && window.height() <= available.height());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int reading = window.readingView()->width();
    QVERIFY2(reading * 10 >= window.width() * 4, qPrintable(u"%1 of %2"_s.arg(reading).arg(window.width())));
    QVERIFY(reading > window.editor()->width());
    QVERIFY(reading > window.sidebarTabs()->width());
}

// Not the window alone: its frame, the title bar the window manager draws, fits the screen too, or the
// status bar would be out of sight below it (as with a screen scaled to twice its pixels).
void TestMainWindowLayout::frameOpensWithinTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(window.windowHandle()->frameMargins() != QMargins()); // (or this proves nothing)
    QTRY_VERIFY2(available.contains(window.windowHandle()->frameGeometry()),
        qPrintable(u"frame %1,%2 %3x%4 on %5x%6"_s.arg(window.windowHandle()->frameGeometry().x())
                       .arg(window.windowHandle()->frameGeometry().y())
                       .arg(window.windowHandle()->frameGeometry().width())
                       .arg(window.windowHandle()->frameGeometry().height())
                       .arg(available.width())
                       .arg(available.height())));
}

// A window saved larger than the screen it opens on now (a smaller monitor, a larger scale) opens
// within it, frame and all.
void TestMainWindowLayout::restoredGeometryLargerThanTheScreenFits()
{
    MainWindow *window = openWindow(QSize(1280, 800));
    QVERIFY(window);
    const QRect available = window->screen()->availableGeometry();
    window->setGeometry(QRect(available.topLeft() + QPoint(40, 40), available.size() * 3 / 2));
    QTRY_COMPARE(window->size(), available.size() * 3 / 2);
    QVERIFY(window->close()); // saves the geometry

    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QTRY_VERIFY(available.contains(restored.windowHandle()->frameGeometry()));
    QVERIFY(restored.readingView()->isVisible() && restored.statusBar()->isVisible());
}

// Made as small as 800 by 600, the window takes its loss from the sidebar first: the reading view keeps
// at least 40 % of the width, the editor and the sidebar stay. Widened again, the sidebar gets its width
// back.
void TestMainWindowLayout::smallWindowKeepsTheReadingViewReadable()
{
    MainWindow *window = openWindow(QSize(1280, 800));
    QVERIFY(window);
    auto *sidebar = window->findChild<QDockWidget *>(u"sidebarDock"_s);
    QVERIFY(sidebar);
    window->resizeDocks({sidebar}, {384}, Qt::Horizontal);
    QTRY_COMPARE(sidebar->width(), 384);

    window->resize(800, 600);
    QTRY_VERIFY2(window->readingView()->width() * 10 >= 800 * 4,
        qPrintable(u"reading view %1, editor %2, sidebar %3"_s.arg(window->readingView()->width())
                       .arg(window->editor()->width())
                       .arg(sidebar->width())));
    QVERIFY(sidebar->width() <= 800 * 3 / 10);
    QVERIFY(sidebar->isVisible() && window->editor()->isVisible());
    QVERIFY(window->editor()->width() >= 150);

    window->resize(1280, 800);
    QTRY_COMPARE(sidebar->width(), 384);
}

// A sidebar width saved in a large window, restored into a smaller one (a smaller screen, or a window
// manager's placing), gives way as the window opens, not at its first resize.
void TestMainWindowLayout::restoredSidebarGivesWayAtOnce()
{
    MainWindow *window = openWindow(QSize(1280, 800));
    QVERIFY(window);
    auto *sidebar = window->findChild<QDockWidget *>(u"sidebarDock"_s);
    window->resizeDocks({sidebar}, {384}, Qt::Horizontal);
    QTRY_COMPARE(sidebar->width(), 384);
    QVERIFY(window->close()); // saves the layout

    MainWindow restored;
    restored.resize(800, 600);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    auto *restoredSidebar = restored.findChild<QDockWidget *>(u"sidebarDock"_s);
    QVERIFY2(restoredSidebar->width() <= restored.width() * 3 / 10,
        qPrintable(u"sidebar %1 of %2"_s.arg(restoredSidebar->width()).arg(restored.width())));
    QVERIFY(restored.readingView()->width() * 10 >= restored.width() * 4);
}

// Made as small as 480 by 360, the window takes its loss of height from the Problems dock first: the
// reading view and the editor keep most of the height, the dock stays. Made taller again, the dock gets
// back the height it gave.
void TestMainWindowLayout::shortWindowKeepsTheViewsTall()
{
    MainWindow *window = openWindow(QSize(800, 600));
    QVERIFY(window);
    auto *problems = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(problems);
    QVERIFY(problems->isVisible());
    const int height = problems->height();
    QVERIFY2(height <= 600 / 4, qPrintable(QString::number(height)));

    window->resize(480, 360);
    QTRY_COMPARE(window->height(), 360);
    QTRY_VERIFY2(window->readingView()->height() > problems->height() && problems->height() <= 360 / 4,
        qPrintable(u"reading view %1, editor %2, problems %3"_s.arg(window->readingView()->height())
                       .arg(window->editor()->height())
                       .arg(problems->height())));
    QVERIFY(problems->isVisible() && problems->height() > 0);
    QVERIFY(window->editor()->height() > problems->height());
    const int squeezed = problems->height();

    // (What QMainWindow itself took from the dock before it was asked to give way is not known.)
    window->resize(800, 600);
    QTRY_VERIFY2(problems->height() > squeezed && problems->height() <= height,
        qPrintable(u"problems %1, was %2"_s.arg(problems->height()).arg(height)));

    // A dock made taller than its share by hand stays so while the window grows; a smaller window
    // takes from it again.
    window->resizeDocks({problems}, {280}, Qt::Vertical);
    QTRY_VERIFY(problems->height() > 600 / 4);
    const int tall = problems->height();
    window->resize(820, 640);
    QTRY_COMPARE(window->height(), 640);
    QTest::qWait(50);
    QVERIFY2(problems->height() >= tall, qPrintable(QString::number(problems->height())));
    window->resize(800, 560);
    QTRY_VERIFY2(problems->height() <= 560 / 4, qPrintable(QString::number(problems->height())));
}

// Made as small as the window can be and then large again, the docks come back to the sizes they had,
// however far the window squeezed them: and it is that layout, not the squeezed one, that the next
// window opens with.
void TestMainWindowLayout::layoutComesBackAfterATinyWindow()
{
    MainWindow *window = openWindow(QSize(1280, 800));
    QVERIFY(window);
    auto *sidebar = window->findChild<QDockWidget *>(u"sidebarDock"_s);
    auto *problems = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(sidebar && problems);
    const int sidebarWidth = sidebar->width();
    const int problemsHeight = problems->height();
    const auto layout = [&](MainWindow *w) {
        return u"window %1x%2, reading view %3, editor %4, sidebar %5 (was %6), problems %7 (was %8)"_s
            .arg(w->width())
            .arg(w->height())
            .arg(w->readingView()->width())
            .arg(w->editor()->width())
            .arg(w->findChild<QDockWidget *>(u"sidebarDock"_s)->width())
            .arg(sidebarWidth)
            .arg(w->findChild<QDockWidget *>(u"problemsDock"_s)->height())
            .arg(problemsHeight);
    };

    window->resize(320, 240); // as small as its panes let it be
    QTest::qWait(50);
    QVERIFY2(
        sidebar->width() < sidebarWidth && problems->height() < problemsHeight, qPrintable(layout(window)));
    window->resize(1280, 800);
    QTRY_VERIFY2(
        sidebar->width() == sidebarWidth && problems->height() == problemsHeight, qPrintable(layout(window)));
    QVERIFY2(window->readingView()->width() > window->editor()->width(), qPrintable(layout(window)));

    // Closed while small, the window keeps the sizes the docks were given for when it is large again.
    window->resize(320, 240);
    QTest::qWait(50);
    QVERIFY(window->close());
    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    restored.resize(1280, 800);
    auto *restoredSidebar = restored.findChild<QDockWidget *>(u"sidebarDock"_s);
    auto *restoredProblems = restored.findChild<QDockWidget *>(u"problemsDock"_s);
    QTRY_VERIFY2(restoredSidebar->width() == sidebarWidth && restoredProblems->height() == problemsHeight,
        qPrintable(layout(&restored)));
}

// A status bar too narrow for every count shows those it has room for whole, the problems first, and
// leaves the others out: cut short, "Citations: 12" read "Citations: 1" and "Paragraphs" had no number.
// A message shown keeps its room the same way.
void TestMainWindowLayout::narrowStatusBarShowsWholeCounts()
{
    MainWindow *window = openWindow(QSize(1280, 800));
    QVERIFY(window);
    StatusCounts *counts = window->statusCounts();
    const QList<QWidget *> widgets = {counts->paragraphsLabel(), counts->wordsLabel(),
        counts->citationsLabel(), counts->referencesLabel(), counts->problemsButton()};
    const auto whole = [&](QWidget *widget) { return widget->width() >= widget->sizeHint().width(); };
    for (QWidget *widget : widgets)
        QVERIFY2(widget->isVisible() && whole(widget), qPrintable(widget->accessibleName()));

    window->statusBar()->clearMessage(); // ("Opened …": see below)
    for (const int width : {520, 420, 300}) {
        window->resize(width, 600);
        QTest::qWait(50);
        int shown = 0;
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            ++shown;
            QVERIFY2(whole(widget),
                qPrintable(u"%1 at %2: %3 of %4 pixels"_s.arg(widget->accessibleName())
                               .arg(width)
                               .arg(widget->width())
                               .arg(widget->sizeHint().width())));
        }
        QVERIFY(counts->problemsButton()->isVisible());
        QVERIFY(width < 400 || shown >= 3);
    }

    // A message keeps its room: at 420 pixels the counts but the problems give way to "Opened …", and
    // come back when it goes.
    window->resize(420, 600);
    QTest::qWait(50);
    const QString message = u"Opened sample-article.txt"_s;
    window->statusBar()->showMessage(message);
    const int messageEnd = window->statusBar()->fontMetrics().horizontalAdvance(message);
    QTest::qWait(50);
    for (QWidget *widget : widgets) {
        if (widget->isVisible())
            QVERIFY2(widget->x() > messageEnd, qPrintable(widget->accessibleName()));
    }
    QVERIFY(counts->problemsButton()->isVisible());
    window->statusBar()->clearMessage();
    QTRY_VERIFY(counts->citationsLabel()->isVisible());

    window->resize(1280, 800);
    QTest::qWait(50);
    for (QWidget *widget : widgets)
        QVERIFY2(widget->isVisible() && whole(widget), qPrintable(widget->accessibleName()));
}

// File › Quit closes the window, not the floating dock first: the dock comes back floating and shown.
void TestMainWindowLayout::floatingDockComesBackAfterQuit()
{
    MainWindow *window = openWindow(QSize(1000, 700));
    QVERIFY(window);
    auto *problems = window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(problems);
    problems->setFloating(true);
    problems->show();
    QVERIFY(QTest::qWaitForWindowExposed(problems));
    window->actions()->quit->trigger();
    QTRY_VERIFY(!window->isVisible());

    MainWindow restored;
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    auto *restoredProblems = restored.findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(restoredProblems->isFloating());
    QTRY_VERIFY(restoredProblems->isVisible());
    QVERIFY(restoredProblems->toggleViewAction()->isChecked());
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
