#include "documentguard.h"

#include "articledocument.h"
#include "articleio.h"
#include "bodyeditor.h"
#include "externalchangedialog.h"
#include "filewatcher.h"
#include "filewriter.h"
#include "mainwindow.h"
#include "recoverydialog.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr int kStatusMessageTimeout = 8000;

QString displayName(const QString &path)
{
    return path.isEmpty() ? DocumentGuard::tr("Untitled") : QFileInfo(path).fileName();
}

} // namespace

DocumentGuard::DocumentGuard(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_document(window->document())
    , m_store(new RecoveryStore(recoveryDirectory(), this))
    , m_watcher(new DocumentFileWatcher(this))
{
    connect(m_document->textDocument(), &QTextDocument::contentsChange, this, &DocumentGuard::textChanged);
    connect(m_document, &ArticleDocument::modificationChanged, this, &DocumentGuard::modificationChanged);
    // A new path comes with the bytes just loaded from it or saved to it (loadedBytes()): the watcher
    // knows them without reading the file again.
    connect(m_document, &ArticleDocument::filePathChanged, this, &DocumentGuard::fileLoaded);
    connect(m_watcher, &DocumentFileWatcher::changedOnDisk, this, &DocumentGuard::changedOnDisk);
    connect(m_watcher, &DocumentFileWatcher::removedFromDisk, this, &DocumentGuard::removedFromDisk);
    connect(m_store, &RecoveryStore::saveFailed, this, [this](const QString &message) {
        showMessage(tr("No recovery copy of the unsaved changes could be written: %1").arg(message));
    });
    m_watcher->setPath(m_document->filePath());
}

QString DocumentGuard::recoveryDirectory()
{
    const QString configured = qEnvironmentVariable("CITEWISE_RECOVERY_DIR");
    return configured.isEmpty() ? RecoveryStore::defaultDirectory() : configured;
}

void DocumentGuard::fileLoaded()
{
    m_window->hideFileNotice();
    // The bytes just loaded are what the file holds: no need to read it a second time to know them.
    const QByteArray loaded = m_document->loadedBytes();
    if (loaded.isEmpty())
        m_watcher->setPath(m_document->filePath());
    else
        m_watcher->setLoadedPath(m_document->filePath(), loaded);
}

void DocumentGuard::beginSave()
{
    m_watcher->beginOwnSave();
}

void DocumentGuard::endSave(bool succeeded)
{
    // The bytes just written (encoding the text again would cost as much as the save did).
    m_watcher->endOwnSave(m_document->loadedBytes(), succeeded);
}

void DocumentGuard::closedCleanly()
{
    m_store->discard();
    for (const RecoveryEntry &entry : std::as_const(m_recovered)) {
        RecoveryStore::remove(entry);
        // The copies this one was made from hold nothing it lacks: left behind, they would be offered
        // again and could put an outdated text in place of what was just kept.
        RecoveryStore::removeSuperseded(entry);
    }
    m_recovered.clear();
}

void DocumentGuard::textChanged()
{
    // Loading and New replace the text and then clear the modified flag: look once the change is over.
    if (m_copyCheckQueued)
        return;
    m_copyCheckQueued = true;
    QMetaObject::invokeMethod(this, &DocumentGuard::scheduleCopy, Qt::QueuedConnection);
}

void DocumentGuard::scheduleCopy()
{
    m_copyCheckQueued = false;
    if (!m_document->isModified())
        return;
    m_store->scheduleSave(
        m_document->filePath(), [document = m_document] { return document->analysedText(); });
}

void DocumentGuard::modificationChanged(bool modified)
{
    if (modified) {
        scheduleCopy();
        return;
    }
    // Saved, reverted, or replaced after the user chose to discard the changes.
    m_window->hideFileNotice();
    closedCleanly();
}

int DocumentGuard::offerRecoveries()
{
    const QList<RecoveryEntry> entries = RecoveryStore::pendingRecoveries(recoveryDirectory());
    if (entries.isEmpty())
        return 0;
    int recovered = 0;
    RecoveryDialog dialog(entries, m_window);
    connect(&dialog, &RecoveryDialog::recoverRequested, this, [this, &recovered](const RecoveryEntry &entry) {
        DocumentGuard *target = this;
        if (!canTakeRecovery(entry)) {
            auto *window = new MainWindow;
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
            target = window->guard();
        }
        if (target->recover(entry))
            ++recovered;
    });
    dialog.exec();
    return recovered;
}

bool DocumentGuard::canTakeRecovery(const RecoveryEntry &entry) const
{
    if (m_document->isModified() || !m_recovered.isEmpty())
        return false;
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return m_document->text().isEmpty();
    return !entry.originalPath.isEmpty()
        && QFileInfo(path).absoluteFilePath() == QFileInfo(entry.originalPath).absoluteFilePath();
}

bool DocumentGuard::recover(const RecoveryEntry &entry)
{
    QString error;
    if (!m_document->restoreText(entry.originalPath, entry.text, &error)) {
        QMessageBox::critical(m_window, tr("Cannot Recover Unsaved Changes"), error);
        return false;
    }
    fileLoaded();
    m_recovered.append(entry);
    m_store->continueFrom(entry);
    showMessage(
        tr("Recovered the unsaved changes to %1. Save to keep them.").arg(displayName(entry.originalPath)));
    return true;
}

bool DocumentGuard::reload(QString *error)
{
    BodyEditor *editor = m_window->editor();
    const int position = editor->textCursor().position();
    const int scroll = editor->verticalScrollBar()->value();
    if (!m_document->load(m_document->filePath(), error))
        return false;
    m_watcher->acceptCurrentContent();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(qBound(0, position, m_document->textDocument()->characterCount() - 1));
    editor->setTextCursor(cursor);
    editor->verticalScrollBar()->setValue(scroll);
    return true;
}

bool DocumentGuard::reloadChanged()
{
    QString error;
    if (reload(&error))
        return true;
    // What is on disk now cannot be shown; the text here no longer matches it.
    m_document->setModified(true);
    m_watcher->acceptCurrentContent();
    showMessage(tr("%1 was changed by another program and cannot be reloaded: %2")
                    .arg(displayName(m_document->filePath()), error));
    return false;
}

bool DocumentGuard::revert()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || !m_document->isModified())
        return false;
    QString error;
    if (!reload(&error)) {
        // The changes stay, still unsaved: nothing is lost when the file cannot be read.
        QMessageBox::critical(m_window, tr("Cannot Revert Article"),
            tr("“%1” could not be read again; your changes are kept.").arg(QDir::toNativeSeparators(path))
                + u"\n\n"_s + error);
        return false;
    }
    showMessage(tr("Reverted %1 to the version on disk.").arg(displayName(path)));
    return true;
}

void DocumentGuard::changedOnDisk()
{
    if (m_asking)
        return; // (the answer to the open question looks at the file again)
    m_window->hideFileNotice(); // the file is back
    const QString path = m_document->filePath();
    if (!m_document->isModified()) {
        if (reloadChanged())
            showMessage(
                tr("%1 was changed by another program and has been reloaded.").arg(displayName(path)));
        return;
    }

    const FileReadResult disk = readFileChecked(path, FileLimits {ArticleDocument::maximumFileSize()});
    if (!disk.ok()) {
        m_watcher->acceptCurrentContent();
        showMessage(tr("%1 was changed by another program: %2").arg(displayName(path), disk.message));
        return;
    }
    QString theirs = decodeText(disk.bytes).text;
    theirs.replace(u"\r\n"_s, u"\n"_s);
    m_asking = true;
    ExternalChangeDialog dialog(path, m_document->text(), theirs, m_window);
    const int answer = dialog.exec();
    m_asking = false;
    if (answer == ExternalChangeDialog::LoadTheirs) {
        if (reloadChanged())
            showMessage(tr("Loaded the version of %1 on disk.").arg(displayName(path)));
    } else {
        // What was compared is known now; a version written while the question was open is asked
        // about in turn.
        m_watcher->acceptContent(disk.bytes);
        showMessage(tr("Kept your version of %1; saving replaces the one on disk.").arg(displayName(path)));
    }
}

void DocumentGuard::removedFromDisk()
{
    if (m_asking)
        return; // (the answer to the open question looks at the file again)
    // No question: one popping up while the user types would take the keys for its answers, and the
    // text is all there is left of the file. It stays open, unsaved, so closing asks and Save writes
    // the file again; the notice stays until then.
    const QString path = m_document->filePath();
    m_document->setModified(true);
    m_window->showFileNotice(
        tr("<b>“%1” was deleted or moved by another program.</b> The text is still "
           "open here: save it to write the file again (%2), or close it.")
            .arg(displayName(path).toHtmlEscaped(), QDir::toNativeSeparators(path).toHtmlEscaped()));
}

void DocumentGuard::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusMessageTimeout);
}

} // namespace Citewise
