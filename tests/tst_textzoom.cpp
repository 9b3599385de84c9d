// Zooming the text: the keys, the View menu and Ctrl with the wheel change the reading view's and the
// editor's text together, within bounds, back to the usual size with Ctrl+0, and the size is kept.
#include "bodyeditor.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "mainwindowtestutil.h"
#include "readingview.h"
#include "textzoom.h"

#include <QAction>
#include <QMenu>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace Citewise;
using namespace Citewise::Test;

class TestTextZoom : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void keysZoomBothViews();
    void wheelWithCtrlZoomsBothViews();
    void zoomStaysWithinBounds();
    void sizeIsKeptForTheNextWindow();

private:
    MainWindow *openWindow();
    // The height of a marker's box in the reading view: the typeset text's size, not only the widget's.
    static int markerHeight(MainWindow *window) { return window->readingView()->markerRect(0).height(); }

    WindowFixture m_fixture;
};

void TestTextZoom::initTestCase()
{
    QVERIFY(m_fixture.startTestCase(u"tst_textzoom"_s));
}

void TestTextZoom::cleanup()
{
    m_fixture.closeWindows();
    QSettings().clear();
}

MainWindow *TestTextZoom::openWindow()
{
    return m_fixture.openWindow(m_fixture.copyFixture(u"mainwindow/article.txt"_s));
}

void TestTextZoom::keysZoomBothViews()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    BodyEditor *editor = window->editor();
    ReadingView *view = window->readingView();
    const qreal editorSize = editor->font().pointSizeF();
    const int marker = markerHeight(window);
    QVERIFY(marker > 0);
    QVERIFY(!window->actions()->zoomReset->isEnabled());
    const QStringList viewItems = [&] {
        QStringList texts;
        for (const QAction *action : window->actions()->viewMenu->actions())
            texts.append(plainText(action->text()));
        return texts;
    }();
    QVERIFY(viewItems.contains(u"Zoom In"_s) && viewItems.contains(u"Zoom Out"_s)
        && viewItems.contains(u"Actual Size"_s));

    // Ctrl++ with the reading view focused, Ctrl+= with the editor focused: two steps of a tenth.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus, Qt::ControlModifier);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window->textZoom()->percent(), 120);
    QVERIFY(qAbs(editor->font().pointSizeF() - editorSize * 1.2) < 0.01);
    QCOMPARE(view->zoom(), 1.2);
    QTRY_VERIFY(markerHeight(window) > marker); // typeset again at the new size
    QVERIFY(window->actions()->zoomReset->isEnabled());

    QTest::keyClick(editor, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window->textZoom()->percent(), 100);
    QCOMPARE(editor->font().pointSizeF(), editorSize);
    QCOMPARE(view->zoom(), 1.0);
    QTRY_COMPARE(markerHeight(window), marker);

    QTest::keyClick(view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(window->textZoom()->percent(), 90);
    QVERIFY(editor->font().pointSizeF() < editorSize);
    QTRY_VERIFY(markerHeight(window) < marker);
}

void TestTextZoom::wheelWithCtrlZoomsBothViews()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    QWidget *viewport = window->editor()->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    const int scroll = window->editor()->verticalScrollBar()->value();
    const auto wheel = [&](int delta, Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(
            at, viewport->mapToGlobal(at), {}, {0, delta}, Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &event);
    };
    wheel(QWheelEvent::DefaultDeltasPerStep, Qt::ControlModifier);
    QCOMPARE(window->textZoom()->percent(), 110);
    QCOMPARE(window->editor()->verticalScrollBar()->value(), scroll); // zoomed, not scrolled
    // A touchpad's small deltas add up to a step.
    for (int i = 0; i < 4; ++i)
        wheel(-QWheelEvent::DefaultDeltasPerStep / 4, Qt::ControlModifier);
    QCOMPARE(window->textZoom()->percent(), 100);
    QVERIFY(window->readingView()->font().pointSizeF()
        == window->readingView()->parentWidget()->font().pointSizeF());
    // Without Ctrl the wheel scrolls as ever.
    wheel(-QWheelEvent::DefaultDeltasPerStep, Qt::NoModifier);
    QCOMPARE(window->textZoom()->percent(), 100);
}

void TestTextZoom::zoomStaysWithinBounds()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    MainWindowActions *actions = window->actions();
    for (int i = 0; i < 40; ++i)
        actions->zoomIn->trigger();
    QCOMPARE(window->textZoom()->steps(), TextZoom::kMaxSteps);
    QVERIFY(!actions->zoomIn->isEnabled());
    QVERIFY(actions->zoomOut->isEnabled());
    for (int i = 0; i < 40; ++i)
        actions->zoomOut->trigger();
    QCOMPARE(window->textZoom()->steps(), TextZoom::kMinSteps);
    QVERIFY(!actions->zoomOut->isEnabled());
    QVERIFY(window->editor()->font().pointSizeF() > 0);
}

void TestTextZoom::sizeIsKeptForTheNextWindow()
{
    MainWindow *window = openWindow();
    QVERIFY(window);
    window->actions()->zoomIn->trigger();
    window->actions()->zoomIn->trigger();
    QVERIFY(window->close());
    MainWindow *next = openWindow();
    QVERIFY(next);
    QCOMPARE(next->textZoom()->percent(), 120);
    QVERIFY(next->actions()->zoomReset->isEnabled());
}

QTEST_MAIN(TestTextZoom)
#include "tst_textzoom.moc"
