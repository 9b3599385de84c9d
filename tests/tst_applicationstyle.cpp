// The application's style: what it changes of the base style's painting of tool bars (nothing a user
// can see) and what it spares (Qt's thread pool), and the extension icons it makes on demand.
#include "applicationstyle.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QStyle> fusion()
{
    return std::unique_ptr<QStyle>(QStyleFactory::create(u"fusion"_s));
}

// What `draw` paints on a mid-grey image of `size`.
template<typename Draw> QImage painted(QSize size, Draw &&draw)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(0x80, 0x80, 0x80));
    QPainter painter(&image);
    draw(painter);
    return image;
}

// Threads of this process (Linux), or -1 where they cannot be counted.
int threadCount()
{
#ifdef Q_OS_LINUX
    return int(QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size());
#else
    return -1;
#endif
}

} // namespace

class TestApplicationStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // First, while the process has not painted anything yet.
    void wideToolBarsArePaintedWithoutOtherThreads();
    void toolBarsLookAsTheBaseStyleDraws_data();
    void toolBarsLookAsTheBaseStyleDraws();
    void extensionIconIsTheStyles();
};

// Qt 6.4's raster engine hands a translucent line of 96 pixels or more to its thread pool; the
// style's bands keep the tool bar's on the painting thread.
void TestApplicationStyle::wideToolBarsArePaintedWithoutOtherThreads()
{
    const int before = threadCount();
    if (before < 0)
        QSKIP("threads are counted on Linux only");
    // A window as wide as a screen with a main tool bar, painted as a window is (a widget grabbed
    // into an image goes another way). The styles outlive the window.
    ApplicationStyle style(fusion().release());
    const auto base = fusion();
    QMainWindow window;
    auto *toolBar = window.addToolBar(u"Main"_s);
    toolBar->addAction(u"Open"_s);
    window.setCentralWidget(new QWidget);
    window.resize(1400, 300);
    const auto paint = [&](QStyle *with) {
        QList<QWidget *> widgets = window.findChildren<QWidget *>();
        widgets.append(&window);
        for (QWidget *widget : std::as_const(widgets))
            widget->setStyle(with);
        window.show();
        window.repaint();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
    };
    paint(&style);
    QCOMPARE(threadCount(), before);

    // The base style alone does start threads for it, so the count above can tell.
    paint(base.get());
    if (threadCount() == before)
        QSKIP("this Qt paints long lines without its thread pool");
}

void TestApplicationStyle::toolBarsLookAsTheBaseStyleDraws_data()
{
    QTest::addColumn<Qt::ToolBarArea>("area");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    const QList<std::pair<Qt::ToolBarArea, const char *>> areas {{Qt::TopToolBarArea, "top"},
        {Qt::BottomToolBarArea, "bottom"}, {Qt::LeftToolBarArea, "left"}, {Qt::RightToolBarArea, "right"}};
    for (const auto &[area, name] : areas) {
        for (const auto position : {QStyleOptionToolBar::Beginning, QStyleOptionToolBar::Middle,
                 QStyleOptionToolBar::End, QStyleOptionToolBar::OnlyOne}) {
            for (const int length : {80, 96, 1283})
                QTest::addRow("%s line %d, %d long", name, int(position), length)
                    << area << int(position) << length;
        }
    }
}

void TestApplicationStyle::toolBarsLookAsTheBaseStyleDraws()
{
    QFETCH(Qt::ToolBarArea, area);
    QFETCH(int, position);
    QFETCH(int, length);

    const auto base = fusion();
    ApplicationStyle style(fusion().release());
    // Fusion bevels the tool bars of a main window only.
    QMainWindow window;
    auto *toolBar = new QToolBar(u"Main"_s);
    window.addToolBar(area, toolBar);
    const bool horizontal = area == Qt::TopToolBarArea || area == Qt::BottomToolBarArea;
    QStyleOptionToolBar option;
    option.initFrom(toolBar);
    option.rect = horizontal ? QRect(0, 0, length, 38) : QRect(0, 0, 38, length);
    if (horizontal)
        option.state |= QStyle::State_Horizontal;
    else
        option.state &= ~QStyle::State_Horizontal;
    option.toolBarArea = area;
    option.positionOfLine = QStyleOptionToolBar::ToolBarPosition(position);
    option.positionWithinLine = QStyleOptionToolBar::OnlyOne;

    const QImage expected = painted(option.rect.size(),
        [&](QPainter &p) { base->drawControl(QStyle::CE_ToolBar, &option, &p, toolBar); });
    const QImage drawn = painted(option.rect.size(),
        [&](QPainter &p) { style.drawControl(QStyle::CE_ToolBar, &option, &p, toolBar); });
    QVERIFY(expected != painted(option.rect.size(), [](QPainter &) {}));
    QCOMPARE(drawn, expected);
}

// The style makes the tool bars' overflow icons when they are shown, and they are the base style's,
// pointing the way the layout flows.
void TestApplicationStyle::extensionIconIsTheStyles()
{
    ApplicationStyle style;
    QStyle *base = style.baseStyle();
    for (const auto icon :
        {QStyle::SP_ToolBarHorizontalExtensionButton, QStyle::SP_ToolBarVerticalExtensionButton}) {
        for (const auto direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            QStyleOption option;
            option.direction = direction;
            const QIcon made = style.standardIcon(icon, &option);
            QVERIFY(!made.isNull());
            const QImage expected = base->standardIcon(icon, &option).pixmap(QSize(16, 16)).toImage();
            QVERIFY(!expected.isNull());
            QCOMPARE(made.pixmap(QSize(16, 16)).toImage(), expected);
        }
    }
    // Other icons come from the base style as they are.
    QCOMPARE(style.standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage(),
        base->standardIcon(QStyle::SP_DialogOkButton).pixmap(QSize(16, 16)).toImage());
}

QTEST_MAIN(TestApplicationStyle)
#include "tst_applicationstyle.moc"
