#include "mainwindowactions.h"
#include "iconengines.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

QAction *makeAction(
    QObject *parent, const QString &text, const QString &icon = {}, const QKeySequence &shortcut = {})
{
    auto *action = new QAction(text, parent);
    if (!icon.isEmpty())
        action->setIcon(themeIcon(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

// "Save (Ctrl+S)": the tool bar's tips name the shortcut.
QString shortcutToolTip(const QAction *action)
{
    return MainWindowActions::tr("%1 (%2)").arg(
        action->text().remove(u'&').remove(u'…'), action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

MainWindowActions::MainWindowActions(QMainWindow *window) : QObject(window)
{
    createActions(window);
    createMenus(window);
    createToolBar(window);
}

void MainWindowActions::createActions(QMainWindow *window)
{
    newFile = makeAction(window, tr("&New"), u"document-new"_s, QKeySequence::New);
    newFile->setStatusTip(tr("Start a new, empty article"));
    open = makeAction(window, tr("&Open…"), u"document-open"_s, QKeySequence::Open);
    open->setStatusTip(tr("Open an article file"));
    save = makeAction(window, QString(), u"document-save"_s, QKeySequence::Save);
    setSaveWritesCopy(false);
    saveAs = makeAction(window, tr("Save &As…"), u"document-save-as"_s, QKeySequence::SaveAs);
    saveAs->setStatusTip(tr("Save the article under a new name"));
    // Desktops without a theme of their own give Save As no key: Ctrl+Shift+S, as nearly all others do.
    if (saveAs->shortcut().isEmpty())
        saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    revert = makeAction(window, tr("Re&vert"), u"document-revert"_s);
    revert->setStatusTip(tr("Discard the unsaved changes and load the file as it is on disk"));
    revert->setEnabled(false);
    closeFile = makeAction(window, tr("&Close"), u"document-close"_s, QKeySequence::Close);
    closeFile->setStatusTip(tr("Close the article"));
    quit = makeAction(window, tr("&Quit"), u"application-exit"_s, QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    undo = makeAction(window, tr("&Undo"), u"edit-undo"_s, QKeySequence::Undo);
    redo = makeAction(window, tr("&Redo"), u"edit-redo"_s, QKeySequence::Redo);
    // Ctrl+Y redoes too, as in most editors people come from, where the desktop gives it no other use.
    const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y);
    if (QList<QKeySequence> keys = redo->shortcuts();
        !keys.contains(ctrlY) && !QKeySequence::keyBindings(QKeySequence::Undo).contains(ctrlY)) {
        keys.append(ctrlY);
        redo->setShortcuts(keys);
    }
    undo->setEnabled(false);
    redo->setEnabled(false);
    cut = makeAction(window, tr("Cu&t"), u"edit-cut"_s, QKeySequence::Cut);
    copy = makeAction(window, tr("&Copy"), u"edit-copy"_s, QKeySequence::Copy);
    paste = makeAction(window, tr("&Paste"), u"edit-paste"_s, QKeySequence::Paste);
    // The text widgets and the sidebar's tables handle these keys themselves; window-wide shortcuts
    // would make them ambiguous there. The menu still shows the keys.
    for (QAction *action : {cut, copy, paste})
        action->setShortcutContext(Qt::WidgetShortcut);
    find = makeAction(window, tr("&Find…"), u"edit-find"_s, QKeySequence::Find);
    find->setIconText(tr("Find"));
    find->setStatusTip(tr("Find text in the editor"));
    replace = makeAction(window, tr("R&eplace…"), u"edit-find-replace"_s, QKeySequence::Replace);
    // Not every platform defines a Replace shortcut.
    if (replace->shortcut().isEmpty())
        replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    replace->setStatusTip(tr("Find and replace text in the editor"));
    nextProblem = makeAction(window, tr("Go to &Next Problem"), u"go-next"_s, QKeySequence(Qt::Key_F8));
    nextProblem->setStatusTip(tr("Move the cursor to the next problem in the text"));
    previousProblem = makeAction(
        window, tr("Go to Pre&vious Problem"), u"go-previous"_s, QKeySequence(Qt::SHIFT | Qt::Key_F8));
    previousProblem->setStatusTip(tr("Move the cursor to the previous problem in the text"));

    renumber = makeAction(
        window, tr("&Renumber Citations"), u"view-refresh"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    renumber->setStatusTip(tr("Number citations in order of first use"));
    renumber->setIconText(tr("Renumber"));
    renumberDropUnused = makeAction(window, tr("Renumber and &Drop Unused References"));
    renumberDropUnused->setStatusTip(tr("Renumber citations and remove references that are never cited"));
    writeAsMarkers = makeAction(window, tr("&Write Unread Citations as Markers"));
    writeAsMarkers->setStatusTip(
        tr("Write citations in forms not read as markers (superscripts, full-width brackets, numbers after "
           "a full stop or in parentheses, Markdown footnotes) as markers such as [1]"));
    addReference = makeAction(window, tr("&Add Reference…"), u"list-add"_s);
    addReference->setStatusTip(tr("Add an entry to the list of references"));
    addComment = makeAction(window, tr("Add &Comment…"), u"list-add"_s);
    addComment->setStatusTip(tr("Add a reader's comment to the Comments section"));

    showReadingView = makeAction(window, tr("&Reading View"), {}, QKeySequence(Qt::CTRL | Qt::Key_1));
    showEditor = makeAction(window, tr("&Editor"), {}, QKeySequence(Qt::CTRL | Qt::Key_2));
    showToolBar = makeAction(window, tr("&Tool Bar"));
    for (QAction *toggle : {showReadingView, showEditor, showToolBar}) {
        toggle->setCheckable(true);
        toggle->setChecked(true);
    }

    // The editor keeps Tab for itself, so F6 moves between the panes, as in many editors.
    nextPane = makeAction(window, tr("Next Pa&ne"), {}, QKeySequence(Qt::Key_F6));
    previousPane = makeAction(window, tr("Pre&vious Pane"), {}, QKeySequence(Qt::SHIFT | Qt::Key_F6));

    // The text of both views; Ctrl+= too, as "+" takes Shift on many keyboards.
    zoomIn = makeAction(window, tr("Zoom &In"), u"zoom-in"_s);
    zoomIn->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::ZoomIn) << QKeySequence(Qt::CTRL | Qt::Key_Equal));
    zoomIn->setStatusTip(tr("Make the text of the reading view and the editor larger"));
    zoomOut = makeAction(window, tr("Zoom &Out"), u"zoom-out"_s, QKeySequence::ZoomOut);
    zoomOut->setStatusTip(tr("Make the text of the reading view and the editor smaller"));
    zoomReset
        = makeAction(window, tr("&Actual Size"), u"zoom-original"_s, QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset->setStatusTip(tr("Show the text at its usual size"));
    zoomReset->setEnabled(false);

    about = makeAction(window, tr("&About Citewise"), u"help-about"_s);
    about->setMenuRole(QAction::AboutRole);
    aboutQt = makeAction(window, tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindowActions::createMenus(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();
    fileMenu = bar->addMenu(tr("&File"));
    fileMenu->addAction(newFile);
    fileMenu->addAction(open);
    recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setIcon(themeIcon(u"document-open-recent"_s));
    fileMenu->addSeparator();
    fileMenu->addAction(save);
    fileMenu->addAction(saveAs);
    fileMenu->addAction(revert);
    fileMenu->addSeparator();
    fileMenu->addAction(closeFile);
    fileMenu->addAction(quit);

    editMenu = bar->addMenu(tr("&Edit"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    editMenu->addSeparator();
    editMenu->addAction(cut);
    editMenu->addAction(copy);
    editMenu->addAction(paste);
    editMenu->addSeparator();
    editMenu->addAction(find);
    editMenu->addAction(replace);
    editMenu->addSeparator();
    editMenu->addAction(nextProblem);
    editMenu->addAction(previousProblem);

    citationsMenu = bar->addMenu(tr("&Citations"));
    citationsMenu->addAction(renumber);
    citationsMenu->addAction(renumberDropUnused);
    citationsMenu->addAction(writeAsMarkers);
    citationsMenu->addSeparator();
    citationsMenu->addAction(addReference);
    citationsMenu->addAction(addComment);

    viewMenu = bar->addMenu(tr("&View"));
    viewMenu->addAction(showReadingView);
    viewMenu->addAction(showEditor);
    m_viewSeparator = viewMenu->addSeparator();
    viewMenu->addAction(showToolBar);
    viewMenu->addSeparator();
    viewMenu->addAction(nextPane);
    viewMenu->addAction(previousPane);
    viewMenu->addSeparator();
    viewMenu->addAction(zoomIn);
    viewMenu->addAction(zoomOut);
    viewMenu->addAction(zoomReset);

    helpMenu = bar->addMenu(tr("&Help"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);
}

void MainWindowActions::createToolBar(QMainWindow *window)
{
    toolBar = window->addToolBar(tr("Main Tool Bar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setAccessibleName(tr("Main tool bar"));
    toolBar->setMovable(false);
    // Text beside the icons only for the actions whose icons are not universally known.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : {newFile, open, save, undo, redo})
        action->setPriority(QAction::LowPriority);
    toolBar->addAction(newFile);
    toolBar->addAction(open);
    toolBar->addAction(save);
    toolBar->addSeparator();
    toolBar->addAction(undo);
    toolBar->addAction(redo);
    toolBar->addSeparator();
    toolBar->addAction(renumber);
    toolBar->addAction(find);
    // Tool tips name the shortcut; Undo and Redo keep their changing "Undo <step>" texts instead.
    for (QAction *action : {newFile, open, save, renumber, find})
        action->setToolTip(shortcutToolTip(action));
    connect(showToolBar, &QAction::toggled, toolBar, &QToolBar::setVisible);
    connect(toolBar, &QToolBar::visibilityChanged, showToolBar, &QAction::setChecked);
}

void MainWindowActions::setUndoName(const QString &name)
{
    undo->setText(name.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(name));
    undo->setEnabled(!name.isEmpty());
}

// Save cannot write a file open read-only and asks for a new name: it says so before it is chosen.
void MainWindowActions::setSaveWritesCopy(bool copy)
{
    save->setText(copy ? tr("Save a &Copy…") : tr("&Save"));
    save->setStatusTip(copy ? tr("Save the article under a new name; the file open stays as it is")
                            : tr("Save the article"));
    save->setToolTip(shortcutToolTip(save));
}

void MainWindowActions::setRedoName(const QString &name)
{
    redo->setText(name.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(name));
    redo->setEnabled(!name.isEmpty());
}

void MainWindowActions::addDockToggles(QAction *sidebar, QAction *problems)
{
    sidebar->setText(tr("&Sidebar"));
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    problems->setText(tr("&Problems"));
    problems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    viewMenu->insertAction(m_viewSeparator, sidebar);
    viewMenu->insertAction(m_viewSeparator, problems);
}

} // namespace Citewise
