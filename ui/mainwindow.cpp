#include "mainwindow.h"

#include "articledocument.h"
#include "bodyeditor.h"
#include "commentspanel.h"
#include "documentguard.h"
#include "findreplacebar.h"
#include "focusframe.h"
#include "iconengines.h"
#include "mainwindowactions.h"
#include "problemspanel.h"
#include "readingview.h"
#include "readonlybanner.h"
#include "recentfiles.h"
#include "referencespanel.h"
#include "renumber.h"
#include "statuscounts.h"
#include "textzoom.h"
#include "urlopener.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr int kStatusMessageTimeout = 5000;
constexpr int kFailureMessageTimeout = 15000;

// The line edit of `window` that has the keyboard, if one has.
QLineEdit *fieldWithFocus(const QWidget *window)
{
    auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    return field && window->isAncestorOf(field) ? field : nullptr;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ArticleDocument(this))
    , m_ownOpener(new UrlOpener(this))
    , m_opener(m_ownOpener)
{
    initResources();
    connect(m_ownOpener, &UrlOpener::launchFailed, this, &MainWindow::reportLaunchFailure);
    setObjectName(u"mainWindow"_s);
    setAccessibleName(tr("Citewise"));
    setWindowIcon(svgIconOnDemand(u":/icons/citewise.svg"_s));
    setAcceptDrops(true);
    setDocumentMode(false);

    createCentralWidget();
    createDocks();
    m_actions = new MainWindowActions(this);
    m_actions->addDockToggles(m_sidebarDock->toggleViewAction(), m_problemsDock->toggleViewAction());
    m_recentFiles = new RecentFiles(m_actions->recentMenu, this);
    m_counts = new StatusCounts(statusBar());
    connectActions();
    connectViews();
    installLinkChecking();

    applyDefaultLayout();
    readSettings();
    m_document->newDocument();
    updateWindowTitle();
    m_guard = new DocumentGuard(this);
    updateReadOnlyState();
}

MainWindow::~MainWindow()
{
    // Its widgets lose the keyboard as they go, after this object is a MainWindow no more.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void MainWindow::createCentralWidget()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"centralSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_readingView = new ReadingView(m_splitter);
    m_readingView->setAccessibleName(tr("Reading view"));

    m_editorArea = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(m_editorArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_readOnlyBanner = new ReadOnlyBanner(m_editorArea);
    m_editor = new BodyEditor(m_document, m_editorArea);
    m_editor->setAccessibleName(tr("Article text editor"));
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_editor, 1);

    m_splitter->addWidget(m_readingView);
    m_splitter->addWidget(m_editorArea);
    m_splitter->setStretchFactor(0, kReadingViewStretch);
    m_splitter->setStretchFactor(1, kEditorStretch);
    setCentralWidget(m_splitter);

    m_zoom = new TextZoom(this);
    // The reading view sizes its faces from the interface's (see ArticleRenderer::readingFont()).
    m_zoom->addWidget(m_readingView, [this](qreal zoom) { m_readingView->setZoom(zoom); });
    m_zoom->addWidget(m_editor);

    // Files dropped on the views open instead of being pasted as text.
    for (QWidget *target : {static_cast<QWidget *>(m_readingView), static_cast<QWidget *>(m_editor)}) {
        target->installEventFilter(this);
        if (auto *area = qobject_cast<QAbstractScrollArea *>(target))
            area->viewport()->installEventFilter(this);
    }
}

void MainWindow::createDocks()
{
    m_sidebarTabs = new QTabWidget;
    m_sidebarTabs->setAccessibleName(tr("Sidebar"));
    m_sidebarTabs->setDocumentMode(true);
    m_referencesPanel = new ReferencesPanel(m_document);
    m_referencesPanel->setAccessibleName(tr("References"));
    m_commentsPanel = new CommentsPanel(m_document);
    m_commentsPanel->setAccessibleName(tr("Comments"));
    // Alt+S and Alt+O switch between them from anywhere in the window (letters no menu, nor the find
    // bar, takes), as Ctrl+Tab does from the tab bar.
    m_sidebarTabs->addTab(m_referencesPanel, tr("Reference&s"));
    m_sidebarTabs->addTab(m_commentsPanel, tr("C&omments"));

    m_sidebarDock = new QDockWidget(tr("Sidebar"), this);
    m_sidebarDock->setObjectName(u"sidebarDock"_s);
    m_sidebarDock->setAccessibleName(tr("Sidebar"));
    m_sidebarDock->setWidget(m_sidebarTabs);
    addDockWidget(Qt::RightDockWidgetArea, m_sidebarDock);

    m_problemsPanel = new ProblemsPanel(m_document);
    m_problemsPanel->setAccessibleName(tr("Problems"));
    m_problemsDock = new QDockWidget(m_problemsPanel->title(), this); // ("Problems (0)" until counted)
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsDock->setAccessibleName(tr("Problems"));
    m_problemsDock->setWidget(m_problemsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    // The panes F6 moves between show which one has the keyboard.
    for (QWidget *pane : panes())
        FocusFrame::install(pane);
}

void MainWindow::connectActions()
{
    MainWindowActions *a = m_actions;
    connect(a->newFile, &QAction::triggered, this, &MainWindow::newFile);
    connect(a->open, &QAction::triggered, this, &MainWindow::open);
    connect(a->save, &QAction::triggered, this, &MainWindow::save);
    connect(a->saveAs, &QAction::triggered, this, &MainWindow::saveAs);
    connect(a->revert, &QAction::triggered, this, &MainWindow::revert);
    connect(a->closeFile, &QAction::triggered, this, &MainWindow::closeFile);
    // The article windows only, each asking about its unsaved changes: QApplication::closeAllWindows()
    // would close floating docks first, and the window would then remember them as closed.
    connect(a->quit, &QAction::triggered, qApp, &MainWindow::closeAllArticleWindows, Qt::QueuedConnection);
    connect(m_recentFiles, &RecentFiles::openRequested, this, &MainWindow::openFile);

    connect(a->undo, &QAction::triggered, m_editor, &BodyEditor::undoStep);
    connect(a->redo, &QAction::triggered, m_editor, &BodyEditor::redoStep);
    connect(m_editor, &BodyEditor::stepTaken, statusBar(), &QStatusBar::clearMessage);
    // A field with the keyboard (the find bar's) takes the menu's Cut, Copy and Paste itself: pasted
    // into the editor, a term to look for replaced the match the field had selected in the article.
    // With the keyboard in a pane that holds no text to edit (the reading view, a list of the sidebar),
    // they are disabled: the editor's selection or cursor may be out of sight (updateCutAndPaste()).
    connect(a->cut, &QAction::triggered, this, [this] {
        if (QLineEdit *field = fieldWithFocus(this))
            field->cut();
        else
            m_editor->cutStep();
    });
    connect(a->paste, &QAction::triggered, this, [this] {
        if (QLineEdit *field = fieldWithFocus(this))
            field->paste();
        else
            m_editor->paste();
    });
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateCutAndPaste);
    connect(a->copy, &QAction::triggered, this, [this] {
        QAction *copyUrl = m_referencesPanel->copyUrlAction();
        if (QLineEdit *field = fieldWithFocus(this))
            field->copy();
        else if (m_referencesPanel->isAncestorOf(QApplication::focusWidget()) && copyUrl->isEnabled())
            copyUrl->trigger(); // as Ctrl+C does there
        else if (m_readingView->hasFocus())
            m_readingView->copy();
        else
            m_editor->copy();
    });
    connect(m_document, &ArticleDocument::undoNamesChanged, this, &MainWindow::updateUndoActions);
    connect(a->find, &QAction::triggered, this, [this] {
        m_actions->showEditor->setChecked(true);
        findBar()->showFind();
    });
    connect(a->replace, &QAction::triggered, this, [this] {
        m_actions->showEditor->setChecked(true);
        findBar()->showReplace();
    });
    connect(a->nextProblem, &QAction::triggered, this, [this] {
        m_actions->showEditor->setChecked(true);
        m_editor->goToNextProblem();
        m_editor->setFocus();
    });
    connect(a->previousProblem, &QAction::triggered, this, [this] {
        m_actions->showEditor->setChecked(true);
        m_editor->goToPreviousProblem();
        m_editor->setFocus();
    });

    connect(a->renumber, &QAction::triggered, this, [this] { renumberCitations(false); });
    connect(a->renumberDropUnused, &QAction::triggered, this, [this] { renumberCitations(true); });
    connect(a->writeAsMarkers, &QAction::triggered, this, &MainWindow::writeUnreadCitationsAsMarkers);
    connect(a->addReference, &QAction::triggered, this, &MainWindow::addReference);
    connect(a->addComment, &QAction::triggered, this, &MainWindow::addComment);

    connect(a->showReadingView, &QAction::toggled, m_readingView, &QWidget::setVisible);
    connect(a->showEditor, &QAction::toggled, m_editorArea, &QWidget::setVisible);
    connect(a->showReadingView, &QAction::toggled, this, &MainWindow::updateViewToggles);
    connect(a->showEditor, &QAction::toggled, this, &MainWindow::updateViewToggles);
    connect(a->nextPane, &QAction::triggered, this, [this] { focusPane(1); });
    connect(a->previousPane, &QAction::triggered, this, [this] { focusPane(-1); });
    connect(a->zoomIn, &QAction::triggered, m_zoom, &TextZoom::zoomIn);
    connect(a->zoomOut, &QAction::triggered, m_zoom, &TextZoom::zoomOut);
    connect(a->zoomReset, &QAction::triggered, m_zoom, &TextZoom::reset);
    connect(m_zoom, &TextZoom::stepsChanged, this, [this](int steps) {
        m_actions->zoomIn->setEnabled(steps < TextZoom::kMaxSteps);
        m_actions->zoomOut->setEnabled(steps > TextZoom::kMinSteps);
        m_actions->zoomReset->setEnabled(steps != 0);
        if (isVisible()) // (not for the size read from the settings)
            statusBar()->showMessage(tr("Text size: %1%").arg(m_zoom->percent()), kStatusMessageTimeout);
    });
    connect(m_counts, &StatusCounts::problemsClicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problemsPanel->setFocus();
    });

    connect(a->about, &QAction::triggered, this, &MainWindow::about);
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::connectViews()
{
    connect(m_document, &ArticleDocument::articleAboutToChange, this, [this] {
        m_readingView->releaseArticle();
        m_counts->releaseArticle();
    });
    connect(m_document, &ArticleDocument::analysisUpdated, this, &MainWindow::analysisUpdated);
    // Typing in the editor, or any small edit made there, shows the reading view where the text changed;
    // a step applied through it as a whole (renumbering, Replace All) leaves the reader where they are.
    connect(m_document->textDocument(), &QTextDocument::contentsChange, this,
        [this](int, int removed, int added) {
            constexpr int kLargestRevealedEdit = 4096;
            m_revealEdit = m_editor->hasFocus() && removed + added <= kLargestRevealedEdit;
        });
    connect(m_document, &ArticleDocument::filePathChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &ArticleDocument::modificationChanged, this, &QWidget::setWindowModified);
    connect(m_document, &ArticleDocument::modificationChanged, this, &MainWindow::updateRevertAction);
    connect(m_document, &ArticleDocument::filePathChanged, this, &MainWindow::updateRevertAction);
    connect(m_document, &ArticleDocument::readOnlyChanged, this, &MainWindow::updateReadOnlyState);
    connect(m_document, &ArticleDocument::operationFailed, this,
        [this](const QString &message) { statusBar()->showMessage(message, kStatusMessageTimeout); });

    connect(m_readingView, &ReadingView::referenceActivated, this, &MainWindow::activateReference);
    connect(m_readingView, &ReadingView::linkActivated, this, [this](const QString &address) {
        if (urlOpener()->open(address, this))
            statusBar()->showMessage(tr("Opening %1").arg(address), kStatusMessageTimeout);
    });
    // The pointer leaving a link takes away the link's own target only: a message shown since (that
    // the link could not be opened) stays until it times out, or the reader would never see it.
    connect(m_readingView, &ReadingView::linkHovered, this, [this](const QString &target) {
        const QString shown = std::exchange(m_hoveredTarget, target);
        if (!target.isEmpty())
            statusBar()->showMessage(target);
        else if (!shown.isEmpty() && statusBar()->currentMessage() == shown)
            statusBar()->clearMessage();
    });
    connect(m_referencesPanel, &ReferencesPanel::referenceSelected, this, &MainWindow::selectReference);
    // The selected source keeps its place in the list and its markers' highlight under its new number.
    connect(m_document, &ArticleDocument::referencesRenumbered, this,
        [this](const QHash<qint64, qint64> &mapping) {
            if (const qint64 selected = m_referencesPanel->selectedNumber(); selected != 0)
                m_renumberedSelection = mapping.value(selected, 0);
        });
    // A reference chosen in one text means nothing in the next file, nor in this one read again.
    connect(m_document, &ArticleDocument::textReplaced, this, [this] {
        m_referencesPanel->selectReference(0);
        // Only when something is highlighted: clearing has the reading view render the whole article.
        if (m_readingView->highlightedReference() != 0 || m_editor->highlightedReference() != 0)
            selectReference(0);
    });
    connect(m_referencesPanel, &ReferencesPanel::openRequested, this,
        [this](const QString &url) { urlOpener()->open(url, this); });
    connect(m_problemsPanel, &ProblemsPanel::problemActivated, this, &MainWindow::showProblem);
    // The problem the editor steps to is named in the status bar and marked in the list.
    connect(m_editor, &BodyEditor::problemShown, this, [this](int index) {
        m_problemsPanel->selectProblem(index);
        statusBar()->showMessage(m_document->diagnostics().at(index).message, kStatusMessageTimeout);
    });
    connect(m_problemsPanel, &ProblemsPanel::countChanged, this,
        [this] { m_problemsDock->setWindowTitle(m_problemsPanel->title()); });
}

void MainWindow::closeAllArticleWindows()
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->isVisible() && !window->close())
            return; // Cancel in its unsaved-changes question stops quitting
    }
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    // The docks' sizes as they were given: the state holds them as the window last had them, which
    // a window made small squeezes.
    m_sidebarWidth = settings.value(u"sidebarWidth"_s, m_sidebarWidth).toInt();
    m_problemsHeight = settings.value(u"problemsHeight"_s, m_problemsHeight).toInt();
    // QSplitter keeps sizes only, so which views are shown is stored on its own.
    m_actions->showReadingView->setChecked(settings.value(u"readingViewVisible"_s, true).toBool());
    m_actions->showEditor->setChecked(settings.value(u"editorVisible"_s, true).toBool());
    m_sidebarTabs->setCurrentIndex(settings.value(u"sidebarTab"_s, 0).toInt());
    m_zoom->setSteps(settings.value(u"textZoom"_s, 0).toInt());
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"sidebarWidth"_s, m_sidebarWidth);
    settings.setValue(u"problemsHeight"_s, m_problemsHeight);
    settings.setValue(u"readingViewVisible"_s, m_actions->showReadingView->isChecked());
    settings.setValue(u"editorVisible"_s, m_actions->showEditor->isChecked());
    settings.setValue(u"sidebarTab"_s, m_sidebarTabs->currentIndex());
    settings.setValue(u"textZoom"_s, m_zoom->steps());
    settings.endGroup();
}

void MainWindow::setUrlOpener(UrlOpener *opener)
{
    if (m_opener)
        disconnect(m_opener, &UrlOpener::launchFailed, this, &MainWindow::reportLaunchFailure);
    m_opener = opener ? opener : m_ownOpener;
    connect(m_opener, &UrlOpener::launchFailed, this, &MainWindow::reportLaunchFailure);
}

void MainWindow::reportLaunchFailure(const QUrl &url)
{
    // Longer than other messages: nothing else shows that the click did nothing.
    statusBar()->showMessage(
        tr("Could not open %1: this system has no web browser or other program set up for it.")
            .arg(url.toDisplayString()),
        kFailureMessageTimeout);
}

UrlOpener *MainWindow::urlOpener() const
{
    return m_opener ? m_opener.data() : m_ownOpener;
}

void MainWindow::updateViewToggles()
{
    // At least one of the two views stays visible; its toggle is disabled while the other is hidden.
    m_actions->showReadingView->setEnabled(m_actions->showEditor->isChecked());
    m_actions->showEditor->setEnabled(m_actions->showReadingView->isChecked());
}

// ---- Views

void MainWindow::analysisUpdated()
{
    const ArticleChange &change = m_document->lastChange();
    m_readingView->setArticle(m_document->article(), m_document->diagnostics(), &change);
    m_counts->update(m_document->article(), m_document->diagnostics());
    // (An edit in the reference list reads the whole article again, where the body stays as it was.)
    if (std::exchange(m_revealEdit, false) && (!change.whole || change.bodyUnchanged)
        && change.removed + change.added > 0)
        m_readingView->revealSourcePosition(change.position + change.added);
    // After the sidebar, which has kept the selection on the number as it was. The views stay where
    // the reader is: the same markers are highlighted, under another number.
    if (const std::optional<qint64> number = std::exchange(m_renumberedSelection, std::nullopt)) {
        m_referencesPanel->selectReference(*number);
        m_readingView->highlightReference(*number, false);
        m_editor->highlightReference(*number, false);
    }
}

void MainWindow::selectReference(qint64 number)
{
    m_readingView->highlightReference(number);
    m_editor->highlightReference(number);
}

void MainWindow::activateReference(qint64 number)
{
    // The marker clicked is where the reader is: the views mark the source's markers and stay there
    // (choosing the source in the sidebar takes them to its first one).
    m_referencesPanel->selectReference(number);
    m_readingView->highlightReference(number, false);
    m_editor->highlightReference(number, false);
    const QList<Reference> &references = m_document->article().references;
    const auto it = std::find_if(references.cbegin(), references.cend(),
        [number](const Reference &reference) { return reference.number == number; });
    if (it == references.cend()) {
        statusBar()->showMessage(
            tr("Reference [%1] is missing from the list of references.").arg(number), kStatusMessageTimeout);
        return;
    }
    if (it->url.isEmpty()) {
        statusBar()->showMessage(tr("Reference [%1] has no URL.").arg(number), kStatusMessageTimeout);
        return;
    }
    if (urlOpener()->open(it->url, this))
        statusBar()->showMessage(tr("Opening %1").arg(it->url), kStatusMessageTimeout);
}

void MainWindow::showProblem(qsizetype position)
{
    m_actions->showEditor->setChecked(true);
    m_editor->goToPosition(position);
    m_editor->setFocus();
}

QList<QWidget *> MainWindow::panes() const
{
    return {m_readingView, m_editor, m_sidebarTabs, m_problemsPanel};
}

void MainWindow::focusPane(int step)
{
    // A panel is entered at its list (the sidebar at its current tab's), where the keyboard is useful.
    auto entry = [this](QWidget *pane) -> QWidget * {
        if (pane == m_sidebarTabs && m_sidebarTabs->currentWidget())
            pane = m_sidebarTabs->currentWidget();
        if (auto *list = pane->findChild<QAbstractItemView *>(); list && list->isVisible())
            return list;
        return pane;
    };
    QList<QWidget *> panes;
    for (QWidget *pane : this->panes()) {
        if (pane->isVisible())
            panes.append(pane);
    }
    if (panes.isEmpty())
        return;
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (panes.at(i)->isAncestorOf(focusWidget()) || panes.at(i) == focusWidget())
            current = i;
    }
    const qsizetype next = current < 0 ? 0 : (current + step + panes.size()) % panes.size();
    entry(panes.at(next))->setFocus(Qt::ShortcutFocusReason);
}

// ---- Citations

void MainWindow::renumberCitations(bool dropUnused)
{
    m_document->analyseNow();
    const RenumberResult result = Citewise::renumberCitations(m_document->article(), {dropUnused});
    if (result.refused()) {
        QMessageBox::information(this, tr("Cannot Renumber Citations"), result.refusal);
        return;
    }
    if (result.edits.isEmpty()) {
        statusBar()->showMessage(
            tr("Citations are already numbered in order of first use."), kStatusMessageTimeout);
        return;
    }
    m_document->renumberCitations(dropUnused);
    statusBar()->showMessage(dropUnused && !result.droppedReferences.isEmpty()
            ? tr("Citations renumbered; %n unused reference(s) removed.", "",
                int(result.droppedReferences.size()))
            : tr("Citations renumbered."),
        kStatusMessageTimeout);
}

void MainWindow::writeUnreadCitationsAsMarkers()
{
    m_document->analyseNow();
    const MarkerWriting written = m_document->writeUnreadCitationsAsMarkers();
    QString message = written.markers > 0 ? tr("%n citation(s) written as markers.", "", int(written.markers))
                                          : tr("No citation to write as a marker.");
    if (written.entries > 0)
        message += u' ' + tr("%n footnote(s) written as entries.", "", int(written.entries));
    if (written.numbered > 0)
        message += u' ' + tr("%n entry number(s) written as markers are.", "", int(written.numbered));
    if (written.left > 0) {
        message += u' ' + tr("%n left as written: the Problems list names them.", "", int(written.left));
    }
    statusBar()->showMessage(message, kStatusMessageTimeout);
}

void MainWindow::addReference()
{
    m_sidebarDock->show();
    m_sidebarTabs->setCurrentWidget(m_referencesPanel);
    m_referencesPanel->addReference();
}

void MainWindow::addComment()
{
    m_sidebarDock->show();
    m_sidebarTabs->setCurrentWidget(m_commentsPanel);
    m_commentsPanel->addComment();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Citewise"),
        tr("<h3>Citewise %1</h3>"
           "<p>Read, edit and fact-check articles full of citations: follow each marker to its "
           "source, keep the references numbered in order and see every problem at a "
           "glance.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

// Built on first use: most sessions never search, and the bar's line edits and icons are part of
// what start-up would otherwise pay for.
FindReplaceBar *MainWindow::findBar()
{
    if (!m_findBar) {
        m_findBar = new FindReplaceBar(m_editor, m_editorArea);
        m_findBar->setAccessibleName(tr("Find and replace"));
        m_editorArea->layout()->addWidget(m_findBar);
    }
    return m_findBar;
}

bool MainWindow::keyboardInPaneWithoutText() const
{
    QWidget *focus = QApplication::focusWidget();
    return focus && isAncestorOf(focus) && focus != m_editor && !m_editor->isAncestorOf(focus)
        && !fieldWithFocus(this);
}

// Cut and Paste act on a field with the keyboard, or on the editor when the file may be edited; with
// the keyboard in the reading view or a list of the sidebar, on nothing.
void MainWindow::updateCutAndPaste()
{
    const bool enabled = fieldWithFocus(this) || (!m_document->isReadOnly() && !keyboardInPaneWithoutText());
    m_actions->cut->setEnabled(enabled);
    m_actions->paste->setEnabled(enabled);
}

} // namespace Citewise
