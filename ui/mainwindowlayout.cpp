// How the main window takes its screen and its panes share its space: the window opens within the
// screen, frame and all; the reading view comes first, the editor beside it, the sidebar takes at most
// a share of the window's width and the Problems dock a share of its height, so a small window shrinks
// the docks before the views.
#include "mainwindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QLayout>
#include <QScopedValueRollback>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>
#include <QWindow>

namespace Citewise {

namespace {

constexpr QSize kDefaultSize(1280, 800);
constexpr int kProblemsHeight = 130;
// The sidebar's share of the window's width, at most: at 1280 pixels enough for the references'
// numbers, a link check's statuses and their domains side by side.
constexpr int kSidebarPercent = 30;

// The Problems dock's share of the window's height, at most: at 800 pixels it keeps its usual height,
// and a short window still leaves the views most of the height for the text.
constexpr int kProblemsPercent = 25;

// The window manager's frame around a window not yet shown, when no other window shows what it is:
// as much as Qt allows for a dialog's, generous for a title bar at any scale.
constexpr QSize kFrameGuess(10, 40);

int sidebarShare(int windowWidth)
{
    return windowWidth * kSidebarPercent / 100;
}

int problemsShare(int windowHeight)
{
    return windowHeight * kProblemsPercent / 100;
}

// The frame the window manager draws around an article window: measured on one already shown, or
// guessed.
QSize expectedFrame(const QWidget *window)
{
    for (const QWidget *other : QApplication::topLevelWidgets()) {
        if (other == window || !other->isVisible() || !qobject_cast<const MainWindow *>(other))
            continue;
        const QSize frame = other->frameGeometry().size() - other->size();
        if (frame.width() > 0 || frame.height() > 0)
            return frame;
    }
    return kFrameGuess;
}

} // namespace

void MainWindow::applyDefaultLayout()
{
    // Never larger than the screen the window opens on, its frame (the title bar) included.
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() - expectedFrame(this));
    resize(size);
    m_sidebarWidth = sidebarShare(size.width());
    m_problemsHeight = kProblemsHeight;
    resizeDocks({m_sidebarDock}, {m_sidebarWidth}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {m_problemsHeight}, Qt::Vertical);
    const int central = size.width() - m_sidebarWidth;
    m_splitter->setSizes({central * kReadingViewStretch / (kReadingViewStretch + kEditorStretch),
        central * kEditorStretch / (kReadingViewStretch + kEditorStretch)});
}

// The whole window, frame included, within the screen's available area: the frame is known only now
// that the window manager has put one around the window, and a size chosen (or restored from a larger
// screen) before could leave the title bar or the status bar off the screen.
void MainWindow::keepFrameOnScreen()
{
    const QScreen *screen = this->screen();
    const QWindow *window = windowHandle();
    if (!screen || !window || isMaximized() || isFullScreen())
        return;
    // The window's own measure of its frame: QWidget's is kept from before the window manager had put
    // one around it.
    const QMargins margins = window->frameMargins();
    const QSize decoration(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QRect room = screen->availableGeometry();
    const QSize fitting = size().boundedTo(room.size() - decoration).expandedTo(minimumSize());
    const QRect frame(window->framePosition(), fitting + decoration);
    const int x = qMax(room.left(), qMin(frame.left(), room.right() + 1 - frame.width()));
    const int y = qMax(room.top(), qMin(frame.top(), room.bottom() + 1 - frame.height()));
    if (fitting != size() || x != frame.left() || y != frame.top())
        setGeometry(QRect(QPoint(x + margins.left(), y + margins.top()), fitting));
}

void MainWindow::watchLayout(QObject *watched, QEvent *event)
{
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        keepFrameOnScreen();
    } else if (event->type() == QEvent::Resize && (watched == m_sidebarDock || watched == m_problemsDock)) {
        // A dock resized while the window keeps the size its docks were fitted to was resized by hand
        // (or by a layout restored): that is the size it gets back after giving way.
        if (m_fittingDocks || !isVisible() || size() != m_dockedSize)
            return;
        auto *dock = static_cast<QDockWidget *>(watched);
        if (watched == m_sidebarDock && dockedAcross(dock, Qt::Horizontal))
            m_sidebarWidth = dock->width();
        else if (watched == m_problemsDock && dockedAcross(dock, Qt::Vertical))
            m_problemsHeight = dock->height();
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    letDocksGiveWay(event->oldSize());
}

// A window shown for the first time had its size set while hidden, when the sidebar could not give way
// yet: a width restored from a larger window would otherwise squeeze the views until the next resize.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        m_sidebarDock->installEventFilter(this);
        m_problemsDock->installEventFilter(this);
        if (QWindow *window = windowHandle(); window && !window->isExposed())
            window->installEventFilter(this); // for keepFrameOnScreen()
        layout()->activate(); // the docks' sizes as the window's size makes them
        letDocksGiveWay();
        // Docks restored floating were shown before the window, and some window managers stack them
        // under it, out of sight: raised once it is up.
        QTimer::singleShot(0, this, [this] {
            for (QDockWidget *dock : {m_sidebarDock, m_problemsDock}) {
                if (dock->isFloating() && dock->isVisible())
                    dock->raise();
            }
        });
    }
}

bool MainWindow::dockedAcross(QDockWidget *dock, Qt::Orientation orientation) const
{
    const Qt::DockWidgetArea area = dockWidgetArea(dock);
    const bool across = orientation == Qt::Horizontal
        ? (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
        : (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    return across && !dock->isHidden() && !dock->isFloating();
}

// QMainWindow keeps a dock as large as it is and takes all of a smaller window's loss from the
// central views, down to their least size; past that, it squeezes the docks too. The docks give way
// first instead: the sidebar down to its share of the window's width, the Problems dock down to its
// share of the height. When the window grows again, each gets back the size it was given, however
// small it was made meanwhile and by whom, within its share. Only a window made smaller takes from
// them: a dock the user made larger than its share stays so while the window keeps its size or grows.
void MainWindow::letDocksGiveWay(QSize oldSize)
{
    if (!isVisible())
        return;
    const QScopedValueRollback fitting(m_fittingDocks, true);
    const bool shown = !oldSize.isValid();
    fitDock(m_sidebarDock, Qt::Horizontal, sidebarShare(width()), shown || width() < oldSize.width(),
        shown || width() > oldSize.width(), m_sidebarWidth);
    fitDock(m_problemsDock, Qt::Vertical, problemsShare(height()), shown || height() < oldSize.height(),
        shown || height() > oldSize.height(), m_problemsHeight);
    layout()->activate(); // now, so that the docks' new sizes are not taken for the user's
    m_dockedSize = size();
}

void MainWindow::fitDock(
    QDockWidget *dock, Qt::Orientation orientation, int share, bool shrunk, bool grown, int &given)
{
    if (!dockedAcross(dock, orientation))
        return;
    const int current = orientation == Qt::Horizontal ? dock->width() : dock->height();
    if (given <= 0)
        given = current;
    if (shrunk && current > share)
        resizeDocks({dock}, {share}, orientation);
    else if (grown && current < qMin(given, share))
        resizeDocks({dock}, {qMin(given, share)}, orientation);
}

} // namespace Citewise
