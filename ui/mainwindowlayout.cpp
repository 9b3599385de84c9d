// How the main window's panes share its space: the reading view comes first, the editor beside it, the
// sidebar takes at most a share of the window's width and the Problems dock a share of its height, so
// a small window shrinks the docks before the views.
#include "mainwindow.h"

#include <QDockWidget>
#include <QLayout>
#include <QScreen>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>

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

int sidebarShare(int windowWidth)
{
    return windowWidth * kSidebarPercent / 100;
}

int problemsShare(int windowHeight)
{
    return windowHeight * kProblemsPercent / 100;
}

} // namespace

void MainWindow::applyDefaultLayout()
{
    // Never larger than the screen the window opens on.
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
    const int sidebar = sidebarShare(size.width());
    resizeDocks({m_sidebarDock}, {sidebar}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {kProblemsHeight}, Qt::Vertical);
    const int central = size.width() - sidebar;
    m_splitter->setSizes({central * kReadingViewStretch / (kReadingViewStretch + kEditorStretch),
        central * kEditorStretch / (kReadingViewStretch + kEditorStretch)});
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

// QMainWindow keeps a dock as large as it is and takes all of a smaller window's loss from the
// central views. The docks give way first instead: the sidebar down to its share of the window's
// width, the Problems dock down to its share of the height. Each gets back what it gave when the
// window grows again. Only a window made smaller takes from them: a dock the user made larger than its
// share stays so while the window keeps its size or grows.
void MainWindow::letDocksGiveWay(QSize oldSize)
{
    const bool narrower = !oldSize.isValid() || width() < oldSize.width();
    const bool shorter = !oldSize.isValid() || height() < oldSize.height();
    letDockGiveWay(m_sidebarDock, Qt::Horizontal, sidebarShare(width()), narrower, m_sidebarWidthBefore);
    letDockGiveWay(m_problemsDock, Qt::Vertical, problemsShare(height()), shorter, m_problemsHeightBefore);
}

void MainWindow::letDockGiveWay(
    QDockWidget *dock, Qt::Orientation orientation, int share, bool shrunk, int &sizeBefore)
{
    const Qt::DockWidgetArea area = dockWidgetArea(dock);
    const bool across = orientation == Qt::Horizontal
        ? (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)
        : (area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea);
    if (!isVisible() || dock->isHidden() || dock->isFloating() || !across)
        return;
    const int current = orientation == Qt::Horizontal ? dock->width() : dock->height();
    if (current > share) {
        if (!shrunk)
            return;
        sizeBefore = qMax(sizeBefore, current);
        resizeDocks({dock}, {share}, orientation);
    } else if (sizeBefore > current) {
        const int back = qMin(sizeBefore, share);
        resizeDocks({dock}, {back}, orientation);
        if (back == sizeBefore)
            sizeBefore = 0;
    }
}

} // namespace Citewise
