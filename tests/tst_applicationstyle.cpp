// The application's style: what it changes of the base style's painting of tool bars, scroll bars
// and header sections (nothing a user can see) and what it spares (Qt's thread pool), and the
// extension icons it makes on demand.
#include "applicationstyle.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QMainWindow>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

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

// A scroll bar painted as QScrollBar paints itself, in a state given.
class StateBar : public QScrollBar
{
public:
    StateBar(Qt::Orientation orientation, QStyle *style) : QScrollBar(orientation)
    {
        setStyle(style);
        setRange(0, 1000);
        setPageStep(100);
    }
    QStyle::State extraState;
    QStyle::SubControls active = QStyle::SC_None;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QStyleOptionSlider option;
        initStyleOption(&option);
        option.subControls = QStyle::SC_All;
        option.state |= extraState;
        option.activeSubControls = active;
        style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, this);
    }
};

// What `bar` shows at `size` and `value`, in `state` (0 plain, 1 pointer on the slider, 2 slider
// pressed, 3 disabled, 4 laid out right to left).
QImage barImage(StateBar &bar, QSize size, int value, int state)
{
    bar.resize(size);
    bar.setValue(value);
    bar.setEnabled(state != 3);
    bar.setLayoutDirection(state == 4 ? Qt::RightToLeft : Qt::LeftToRight);
    bar.extraState = state == 1 ? QStyle::State_MouseOver
        : state == 2            ? QStyle::State_Sunken
                                : QStyle::State_None;
    bar.active = state == 1 || state == 2 ? QStyle::SC_ScrollBarSlider : QStyle::SC_None;
    return bar.grab().toImage();
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
    void wideAndTallBarsArePaintedWithoutOtherThreads();
    void scrollBarsLookAsTheBaseStyleDraws_data();
    void scrollBarsLookAsTheBaseStyleDraws();
    void tallScrollBarsLookAsTheBaseStyleDrawsThem();
    void headerSectionsLookAsTheBaseStyleDraws_data();
    void headerSectionsLookAsTheBaseStyleDraws();
    void toolBarsLookAsTheBaseStyleDraws_data();
    void toolBarsLookAsTheBaseStyleDraws();
    void extensionIconIsTheStyles();
};

// Qt 6.4's raster engine hands a fill or a translucent line of 96 rows or pixels or more to its
// thread pool; the style's bands keep those of tool bars, scroll bars and header sections on the
// painting thread.
void TestApplicationStyle::wideAndTallBarsArePaintedWithoutOtherThreads()
{
    const int before = threadCount();
    if (before < 0)
        QSKIP("threads are counted on Linux only");
    if (!qFuzzyCompare(qApp->devicePixelRatio(), 1.0))
        QSKIP("on a scaled screen the base style draws alone");
    // A window as wide and tall as a screen with a main tool bar, a table with a wide column and a
    // scroll bar, painted as a window is (a widget grabbed into an image goes another way). The
    // styles and the model outlive the window.
    ApplicationStyle style(fusion().release());
    const auto base = fusion();
    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({u"Message"_s, u"Code"_s});
    QMainWindow window;
    auto *toolBar = window.addToolBar(u"Main"_s);
    toolBar->addAction(u"Open"_s);
    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    auto *table = new QTreeView;
    table->setModel(&model);
    table->setColumnWidth(0, 600);
    layout->addWidget(table, 1);
    auto *bar = new QScrollBar(Qt::Vertical);
    bar->setRange(0, 1000);
    layout->addWidget(bar);
    window.setCentralWidget(central);
    window.resize(1400, 900);
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
        QSKIP("this Qt paints long lines and tall fills without its thread pool");
}

void TestApplicationStyle::scrollBarsLookAsTheBaseStyleDraws_data()
{
    QTest::addColumn<Qt::Orientation>("orientation");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("state"); // as barImage() takes it

    for (const auto orientation : {Qt::Vertical, Qt::Horizontal}) {
        const char *name = orientation == Qt::Vertical ? "vertical" : "horizontal";
        // One band, exactly one, one more pixel, many, and a length no band divides.
        for (const int length : {60, 64, 65, 96, 190, 557}) {
            for (const int value : {0, 480, 1000})
                QTest::addRow("%s %d at %d", name, length, value) << orientation << length << value << 0;
        }
        for (const int state : {1, 2, 3, 4})
            QTest::addRow("%s 557 state %d", name, state) << orientation << 557 << 300 << state;
    }
}

void TestApplicationStyle::scrollBarsLookAsTheBaseStyleDraws()
{
    QFETCH(Qt::Orientation, orientation);
    QFETCH(int, length);
    QFETCH(int, value);
    QFETCH(int, state);

    const auto base = fusion();
    ApplicationStyle style(fusion().release());
    StateBar expectedBar(orientation, base.get());
    StateBar drawnBar(orientation, &style);
    const QSize size = orientation == Qt::Vertical ? QSize(14, length) : QSize(length, 14);
    const QImage expected = barImage(expectedBar, size, value, state);
    QCOMPARE(expected.deviceIndependentSize().toSize(), size);
    // Something was drawn: more than the background.
    QImage background(size, expected.format());
    background.fill(expectedBar.palette().window().color());
    QVERIFY(expected != background);
    QCOMPARE(barImage(drawnBar, size, value, state), expected);
}

// Many lengths, positions and states of tall bars: the same pixels.
void TestApplicationStyle::tallScrollBarsLookAsTheBaseStyleDrawsThem()
{
    const auto base = fusion();
    ApplicationStyle style(fusion().release());
    StateBar expectedBar(Qt::Vertical, base.get());
    StateBar drawnBar(Qt::Vertical, &style);
    int compared = 0;
    for (int length = 65; length < 800; length += 61) {
        for (int value = 0; value <= 1000; value += 111) {
            for (int state = 0; state < 3; ++state) {
                const QSize size(15, length);
                if (barImage(drawnBar, size, value, state) != barImage(expectedBar, size, value, state))
                    QFAIL(qPrintable(
                        u"differs at length %1, value %2, state %3"_s.arg(length).arg(value).arg(state)));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 13 * 10 * 3);
}

void TestApplicationStyle::headerSectionsLookAsTheBaseStyleDraws_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("width");
    // 0 plain, 1 pressed, 2 pointer over it, 3 sorted, 4 a drop target, 5 right to left
    QTest::addColumn<int>("state");

    for (const auto position : {QStyleOptionHeader::Beginning, QStyleOptionHeader::Middle,
             QStyleOptionHeader::End, QStyleOptionHeader::OnlyOneSection}) {
        // One band, exactly one, one more pixel, a narrow band left over, many.
        for (const int width : {60, 64, 65, 129, 130, 903})
            QTest::addRow("place %d, %d wide", int(position), width) << int(position) << width << 0;
        for (const int state : {1, 2, 3, 4, 5})
            QTest::addRow("place %d, state %d", int(position), state) << int(position) << 300 << state;
    }
}

void TestApplicationStyle::headerSectionsLookAsTheBaseStyleDraws()
{
    QFETCH(int, position);
    QFETCH(int, width);
    QFETCH(int, state);

    const auto base = fusion();
    ApplicationStyle style(fusion().release());
    QHeaderView header(Qt::Horizontal);
    QStyleOptionHeaderV2 option;
    option.initFrom(&header);
    option.rect = QRect(0, 0, width, 24);
    option.orientation = Qt::Horizontal;
    option.position = QStyleOptionHeader::SectionPosition(position);
    option.section = 1;
    option.text = u"Message"_s;
    if (state == 1)
        option.state |= QStyle::State_Sunken;
    else if (state == 2)
        option.state |= QStyle::State_MouseOver;
    else if (state == 3)
        option.sortIndicator = QStyleOptionHeader::SortDown;
    else if (state == 4)
        option.isSectionDragTarget = true;
    else if (state == 5)
        option.direction = Qt::RightToLeft;
    // The section alone, and with its title as a header paints it (the style draws the section then).
    for (const auto element : {QStyle::CE_HeaderSection, QStyle::CE_Header}) {
        const QImage expected = painted(
            option.rect.size(), [&](QPainter &p) { base->drawControl(element, &option, &p, &header); });
        const QImage drawn = painted(
            option.rect.size(), [&](QPainter &p) { style.drawControl(element, &option, &p, &header); });
        QVERIFY(expected != painted(option.rect.size(), [](QPainter &) {}));
        QCOMPARE(drawn, expected);
    }
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
