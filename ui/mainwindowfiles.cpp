// MainWindow's file handling: New, Open, Save, Close, the unsaved-changes question, dropped files,
// the title bar and the read-only banner.
#include "inlinemarkup.h"
#include "mainwindow.h"

#include "articledocument.h"
#include "bodyeditor.h"
#include "buttonmnemonics.h"
#include "documentguard.h"
#include "linkcheckcontroller.h"
#include "mainwindowactions.h"
#include "readingview.h"
#include "readonlybanner.h"
#include "recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr int kStatusMessageTimeout = 5000;
const auto kFileFilter = QT_TRANSLATE_NOOP("Citewise::MainWindow", "Articles (*.txt *.md);;All files (*)");

} // namespace

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    m_linkChecks->abandon(); // a check of the article closed would report on the new one
    m_document->newDocument();
    statusBar()->showMessage(tr("New article"), kStatusMessageTimeout);
}

void MainWindow::open()
{
    // The file first: unsaved changes are asked about once, by openFile(), and not for a dialog that
    // is then cancelled.
    const QString startDir = m_document->filePath().isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), startDir, tr(kFileFilter));
    if (!path.isEmpty())
        openFile(path);
}

MainWindow *MainWindow::windowHolding(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty())
        return nullptr;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->isVisible() && !window->m_document->filePath().isEmpty()
            && QFileInfo(window->m_document->filePath()).canonicalFilePath() == canonical)
            return window;
    }
    return nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    // A file open in another window is brought forward there: two windows editing one file would each
    // overwrite what the other saved.
    if (MainWindow *other = windowHolding(path); other && other != this) {
        other->showNormal();
        other->raise();
        other->activateWindow();
        other->statusBar()->showMessage(
            tr("“%1” is open in this window.").arg(QFileInfo(path).fileName()), kStatusMessageTimeout);
        return true;
    }
    if (!maybeSave())
        return false;
    QString error;
    if (!loadFile(path, &error)) {
        QMessageBox::critical(this, tr("Cannot Open Article"),
            tr("“%1” could not be opened.").arg(QDir::toNativeSeparators(path)) + u"\n\n"_s + error);
        return false;
    }
    return true;
}

bool MainWindow::loadFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    // Checked first so a directory or a vanished file never reaches the document.
    if (!info.exists())
        *error = tr("The file does not exist.");
    else if (info.isDir())
        *error = tr("It is a folder, not a file.");
    const QString previousPath = m_document->filePath();
    // Another file opens at its top, as it does in the editor; the same file read again keeps the
    // reader's place (and the reading view is not typeset down to a place that is not wanted).
    QScrollBar *reading = m_readingView->verticalScrollBar();
    const int readingAt = reading->value();
    if (info.absoluteFilePath() != previousPath)
        reading->setValue(0);
    if (!error->isEmpty() || !m_document->load(path, error)) {
        if (!info.exists())
            m_recentFiles->remove(path);
        reading->setValue(readingAt);
        return false;
    }
    // A new path reached the guard with the bytes as the document announced it; the same file loaded
    // again did not.
    if (m_document->filePath() == previousPath)
        m_guard->fileLoaded();
    else
        m_linkChecks->abandon(); // the article it checked is gone; the same one reloaded keeps its check
    m_recentFiles->add(path);
    m_document->analyseNow();
    statusBar()->showMessage(tr("Opened %1").arg(info.fileName()), kStatusMessageTimeout);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (m_document->isReadOnly()) {
        // Save cannot write this file: a file dialog alone would look like Save forgot which file it
        // was, so the window says why it asks for a new name, and the dialog that it saves a copy.
        const QString name = QFileInfo(m_document->filePath()).fileName();
        const QString why = tr("“%1” is open read-only: choose a new name for a copy. %2")
                                .arg(name, m_document->readOnlyReason());
        statusBar()->showMessage(why); // for as long as the dialog is open
        // Beside it, under a name of its own: the file's own name would be refused once chosen.
        const QFileInfo info(m_document->filePath());
        QString folder = info.absolutePath();
        if (!QFileInfo(folder).isWritable())
            folder = documentsFolder();
        const QString suffix = info.suffix().isEmpty() ? u"txt"_s : info.suffix();
        const bool saved = saveUnderNewName(tr("Save a Copy of “%1”").arg(name),
            folder + u'/' + tr("%1 (copy)").arg(info.completeBaseName()) + u'.' + suffix);
        if (!saved)
            statusBar()->showMessage(why, kStatusMessageTimeout);
        return saved;
    }
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    return saveUnderNewName(tr("Save Article As"));
}

// The documents folder, or the home folder where there is none.
QString MainWindow::documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

bool MainWindow::saveUnderNewName(const QString &dialogTitle, QString suggestion)
{
    if (suggestion.isEmpty())
        suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        // The title names the file, without its markers ("Harbour report [1]") or what a file name
        // cannot hold, in the documents folder (the home folder where there is none).
        QString title = shownText(m_document->article().title);
        title.remove(QRegularExpression(u"\\s*\\[[0-9][0-9,;\\s\u2013-]*\\]"_s));
        title.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u" "_s);
        title = title.left(60).simplified();
        suggestion = documentsFolder() + u'/' + (title.isEmpty() ? tr("Untitled") : title) + u".txt"_s;
    }
    QFileDialog dialog(this, dialogTitle, suggestion, tr(kFileFilter));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"txt"_s); // a name typed without one is saved as an article
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().constFirst();
    if (path.isEmpty())
        return false;
    // Another window's file is not saved over: that window would reload it and lose what it holds.
    if (MainWindow *other = windowHolding(path); other && other != this) {
        QMessageBox::warning(this, tr("Cannot Save Article"),
            tr("“%1” is open in another Citewise window. Close it there first, or save under another "
               "name.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    m_guard->beginSave();
    const bool saved = m_document->save(path, &error);
    m_guard->endSave(saved);
    if (!saved) {
        QMessageBox::critical(this, tr("Cannot Save Article"),
            tr("“%1” could not be saved.").arg(QDir::toNativeSeparators(path)) + u"\n\n"_s + error);
        return false;
    }
    m_recentFiles->add(path);
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), kStatusMessageTimeout);
    return true;
}

void MainWindow::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->isModified())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Revert Article"),
        tr("Discard the unsaved changes to “%1” and load it as it is on disk?")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Cancel, this);
    box.setInformativeText(tr("The changes cannot be undone once discarded."));
    QPushButton *discard = box.addButton(tr("&Revert"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    giveButtonsMnemonics(box);
    box.exec();
    if (box.clickedButton() == discard)
        m_guard->revert();
}

void MainWindow::closeFile()
{
    if (!maybeSave())
        return;
    m_linkChecks->abandon(); // its progress and summary would stand over the empty window
    m_document->newDocument();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name
        = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes.\nDo you want to save them before closing it?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    giveButtonsMnemonics(box);
    const auto answer = QMessageBox::StandardButton(box.exec());
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_guard->closedCleanly();
    writeSettings();
    event->accept();
}

QString MainWindow::droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    }
    return {};
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Queued: a modal question or error box must not run inside the platform's drag-and-drop loop.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    watchLayout(watched, event);
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!droppedFile(drop->mimeData()).isEmpty()) {
            dropEvent(drop);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateWindowTitle()
{
    const QString path = m_document->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Citewise").arg(name));
    setWindowFilePath(path);
    setWindowModified(m_document->isModified());
}

void MainWindow::showFileNotice(const QString &richText)
{
    // Made when first needed: almost no window ever shows it.
    if (!m_fileNotice) {
        m_fileNotice = new QLabel(m_editorArea);
        m_fileNotice->setObjectName(u"fileNotice"_s);
        m_fileNotice->setAccessibleName(tr("File notice"));
        m_fileNotice->setWordWrap(true);
        m_fileNotice->setMargin(8);
        m_fileNotice->setTextFormat(Qt::RichText);
        m_fileNotice->setStyleSheet(u"#fileNotice { background: #fde7e9; color: #3b0008;"
                                    " border-bottom: 1px solid #e0a0a8; }"_s);
        static_cast<QBoxLayout *>(m_editorArea->layout())->insertWidget(0, m_fileNotice);
    }
    m_fileNotice->setText(richText);
    m_fileNotice->show();
}

void MainWindow::hideFileNotice()
{
    if (m_fileNotice)
        m_fileNotice->hide();
}

// Revert takes back the changes to a file; an untitled text has no version to go back to.
void MainWindow::updateRevertAction()
{
    m_actions->revert->setEnabled(m_document->isModified() && !m_document->filePath().isEmpty());
}

// Undo and Redo name the steps they would take; nothing is taken in a file opened read-only (a text
// recovered over one keeps the step that restored it).
void MainWindow::updateUndoActions()
{
    const bool readOnly = m_document->isReadOnly();
    m_actions->setUndoName(m_document->undoName());
    m_actions->setRedoName(m_document->redoName());
    m_actions->undo->setEnabled(m_actions->undo->isEnabled() && !readOnly);
    m_actions->redo->setEnabled(m_actions->redo->isEnabled() && !readOnly);
}

void MainWindow::updateReadOnlyState()
{
    const bool readOnly = m_document->isReadOnly();
    m_editor->setReadOnly(readOnly);
    m_actions->renumber->setEnabled(!readOnly);
    m_actions->renumberDropUnused->setEnabled(!readOnly);
    m_actions->writeAsMarkers->setEnabled(!readOnly);
    m_actions->addReference->setEnabled(!readOnly);
    m_actions->addComment->setEnabled(!readOnly);
    updateCutAndPaste();
    m_actions->setSaveWritesCopy(readOnly);
    updateUndoActions();
    if (readOnly) {
        const QString reason = m_document->readOnlyReason();
        m_readOnlyBanner->setReason(reason);
        statusBar()->showMessage(tr("Read-only: %1").arg(reason), kStatusMessageTimeout);
    }
    m_readOnlyBanner->setVisible(readOnly);
}

} // namespace Citewise
