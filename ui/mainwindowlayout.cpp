// How the main window's panes share its width: the reading view comes first, the editor beside it,
// and the sidebar takes at most a share of the window, so a small window narrows it before the views.
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

int sidebarShare(int windowWidth)
{
    return windowWidth * kSidebarPercent / 100;
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
    letSidebarGiveWay();
}

// A window shown for the first time had its size set while hidden, when the sidebar could not give way
// yet: a width restored from a larger window would otherwise squeeze the views until the next resize.
void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        layout()->activate(); // the docks' widths as the window's size makes them
        letSidebarGiveWay();
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

// QMainWindow keeps a dock as wide as it is and takes all of a narrower window's loss from the
// central views. The sidebar gives way first instead, down to its share of the window, and gets
// back what it gave when the window is widened again.
void MainWindow::letSidebarGiveWay()
{
    const Qt::DockWidgetArea area = dockWidgetArea(m_sidebarDock);
    if (!isVisible() || m_sidebarDock->isHidden() || m_sidebarDock->isFloating()
        || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
        return;
    const int share = sidebarShare(width());
    const int current = m_sidebarDock->width();
    if (current > share) {
        m_sidebarWidthBefore = qMax(m_sidebarWidthBefore, current);
        resizeDocks({m_sidebarDock}, {share}, Qt::Horizontal);
    } else if (m_sidebarWidthBefore > current) {
        const int back = qMin(m_sidebarWidthBefore, share);
        resizeDocks({m_sidebarDock}, {back}, Qt::Horizontal);
        if (back == m_sidebarWidthBefore)
            m_sidebarWidthBefore = 0;
    }
}

} // namespace Citewise
