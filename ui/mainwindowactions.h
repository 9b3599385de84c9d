// Creates the main window's actions, menus and tool bar, so that MainWindow only has to wire them up.
#pragma once

#include <QIcon>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace Citewise {

class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(QMainWindow *window);

    // "Undo Renumber Citations" / "Undo"; disabled when the name is empty.
    void setUndoName(const QString &name);
    void setRedoName(const QString &name);
    void setSaveWritesCopy(bool copy); // "Save a Copy…" for a file open read-only
    // Adds the docks' own toggle actions to the View menu (they keep their checked state in sync).
    void addDockToggles(QAction *sidebar, QAction *problems);

    QAction *newFile = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *revert = nullptr;
    QAction *closeFile = nullptr;
    QAction *quit = nullptr;

    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *find = nullptr;
    QAction *replace = nullptr;
    QAction *nextProblem = nullptr;
    QAction *previousProblem = nullptr;

    QAction *renumber = nullptr;
    QAction *renumberDropUnused = nullptr;
    QAction *writeAsMarkers = nullptr;
    QAction *addReference = nullptr;
    QAction *addComment = nullptr;

    QAction *showReadingView = nullptr;
    QAction *showEditor = nullptr;
    QAction *showToolBar = nullptr;
    QAction *nextPane = nullptr;
    QAction *previousPane = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;

    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    QMenu *fileMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *citationsMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;

private:
    void createActions(QMainWindow *window);
    void createMenus(QMainWindow *window);
    void createToolBar(QMainWindow *window);

    QAction *m_viewSeparator = nullptr;
};

} // namespace Citewise
