// The Citewise main window: reading view and body editor side by side, the sidebar (references,
// comments) and the problems list around one open article, with the file handling around it.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QDockWidget;
class QLabel;
class QMimeData;
class QSplitter;
class QTabWidget;
class QUrl;

namespace Citewise {

class ArticleDocument;
class BodyEditor;
class CommentsPanel;
class DocumentGuard;
class FindReplaceBar;
class LinkCheckController;
class MainWindowActions;
class ProblemsPanel;
class ReadOnlyBanner;
class ReadingView;
class RecentFiles;
class TextZoom;
class ReferencesPanel;
class StatusCounts;
class UrlOpener;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` after asking about unsaved changes; a failure is shown to the user and leaves the
    // current article as it was. A file another window has open is brought forward there instead.
    bool openFile(const QString &path);
    // Opens `path` without asking or telling anything: on failure the article stays as it was and
    // `error` says why. For callers that report errors their own way (the benchmark); assumes no unsaved
    // changes are at stake.
    bool loadFile(const QString &path, QString *error);
    // The article window shown with the file at `path` open (the same file under any name), or null.
    static MainWindow *windowHolding(const QString &path);
    // File › Quit: closes every article window, each asking about its unsaved changes (Cancel stops
    // there). Floating docks stay as they are, so that each window remembers them as they were.
    static void closeAllArticleWindows();
    // Every URL is opened through `opener` (not owned); null restores the window's own.
    void setUrlOpener(UrlOpener *opener);
    UrlOpener *urlOpener() const;

    ArticleDocument *document() const { return m_document; }
    ReadingView *readingView() const { return m_readingView; }
    BodyEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar(); // created on first use
    ReferencesPanel *referencesPanel() const { return m_referencesPanel; }
    CommentsPanel *commentsPanel() const { return m_commentsPanel; }
    ProblemsPanel *problemsPanel() const { return m_problemsPanel; }
    QTabWidget *sidebarTabs() const { return m_sidebarTabs; }
    QSplitter *splitter() const { return m_splitter; }
    MainWindowActions *actions() const { return m_actions; }
    StatusCounts *statusCounts() const { return m_counts; }
    DocumentGuard *guard() const { return m_guard; } // recovery copies, changes on disk
    TextZoom *textZoom() const { return m_zoom; } // both views' text size
    RecentFiles *recentFiles() const { return m_recentFiles; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    // A notice over the editor about the file on disk ("deleted or moved"); null until first shown.
    QLabel *fileNotice() const { return m_fileNotice; }
    void showFileNotice(const QString &richText);
    void hideFileNotice();
    LinkCheckController *linkChecks() const { return m_linkChecks; }

public Q_SLOTS:
    void newFile();
    void open();
    bool save();
    bool saveAs();
    void revert(); // asks, then loads the file again without the unsaved changes
    void closeFile();
    void renumberCitations(bool dropUnused);
    void writeUnreadCitationsAsMarkers();
    void addReference();
    void addComment();
    void about();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override; // mainwindowlayout.cpp
    void showEvent(QShowEvent *event) override; // mainwindowlayout.cpp

private:
    void createCentralWidget();
    void createDocks();
    void connectActions();
    void connectViews();
    void installLinkChecking(); // mainwindowlinks.cpp
    // The reading view's and the editor's shares of the central area.
    static constexpr int kReadingViewStretch = 3;
    static constexpr int kEditorStretch = 2;
    void applyDefaultLayout(); // mainwindowlayout.cpp
    void keepFrameOnScreen();
    void watchLayout(QObject *watched, QEvent *event); // the docks' sizes, the window's first showing
    void letDocksGiveWay(QSize oldSize = {}); // the window's size before a resize; none: just shown
    bool dockedAcross(QDockWidget *dock, Qt::Orientation orientation) const;
    void fitDock(
        QDockWidget *dock, Qt::Orientation orientation, int share, bool shrunk, bool grown, int &given);
    void readSettings();
    void writeSettings() const;

    // Asks Save / Discard / Cancel when there are unsaved changes; false means "stay".
    bool maybeSave();
    // Save As, its dialog under that title, suggesting `suggestion` (else the file's own path, or a
    // name made of the title in documentsFolder()).
    bool saveUnderNewName(const QString &dialogTitle, QString suggestion = {});
    static QString documentsFolder();
    bool saveTo(const QString &path);
    void updateWindowTitle();
    void updateRevertAction();
    void updateReadOnlyState();
    bool keyboardInPaneWithoutText() const;
    void updateCutAndPaste();
    void updateUndoActions();
    void updateViewToggles();
    void analysisUpdated();
    void activateReference(qint64 number);
    void selectReference(qint64 number);
    void showProblem(qsizetype position);
    void reportLaunchFailure(const QUrl &url);
    QList<QWidget *> panes() const; // the reading view, editor, sidebar and problems, in F6's order
    void focusPane(int step); // +1 next, -1 previous visible pane
    static QString droppedFile(const QMimeData *mime);

    ArticleDocument *m_document;
    MainWindowActions *m_actions = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    StatusCounts *m_counts = nullptr;
    DocumentGuard *m_guard = nullptr;
    TextZoom *m_zoom = nullptr;
    QSplitter *m_splitter = nullptr;
    ReadingView *m_readingView = nullptr;
    QLabel *m_fileNotice = nullptr;
    QWidget *m_editorArea = nullptr;
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
    BodyEditor *m_editor = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    QDockWidget *m_sidebarDock = nullptr;
    QTabWidget *m_sidebarTabs = nullptr;
    ReferencesPanel *m_referencesPanel = nullptr;
    CommentsPanel *m_commentsPanel = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    ProblemsPanel *m_problemsPanel = nullptr;
    UrlOpener *m_ownOpener = nullptr;
    QPointer<UrlOpener> m_opener;
    LinkCheckController *m_linkChecks = nullptr;
    // The sidebar's width and the Problems dock's height as they were given (by hand, by the default
    // layout or the settings), which they get back when the window has room again; saved with the layout.
    int m_sidebarWidth = 0;
    int m_problemsHeight = 0;
    QSize m_dockedSize; // the window's size when its docks were last fitted to it
    bool m_fittingDocks = false;
    // The number a renumbering gives the selected reference, selected once the analysis shows it.
    std::optional<qint64> m_renumberedSelection;
    QString m_hoveredTarget; // the link target the status bar shows while the pointer is on the link
    bool m_revealEdit = false; // the text was typed in the editor: the reading view shows where
};

} // namespace Citewise
