// Keeps the work in a main window safe: recovery copies while there are unsaved changes, the copies a
// crashed session left behind offered back at start-up, and changes other programs make to the file.
#pragma once

#include "recoverystore.h"

#include <QList>
#include <QObject>

namespace Citewise {

class ArticleDocument;
class DocumentFileWatcher;
class MainWindow;

class DocumentGuard : public QObject
{
    Q_OBJECT
public:
    explicit DocumentGuard(MainWindow *window);

    // $CITEWISE_RECOVERY_DIR when set (a separate place for trial runs and tests), else
    // RecoveryStore::defaultDirectory().
    static QString recoveryDirectory();

    RecoveryStore *recoveryStore() const { return m_store; }
    DocumentFileWatcher *fileWatcher() const { return m_watcher; }

    // Called by the window's file handling.
    void fileLoaded(); // the file on disk is now the known version
    void beginSave();
    void endSave(bool succeeded);
    void closedCleanly(); // the window closes after the unsaved-changes question: nothing to keep

    // Shows the copies left by sessions that ended without saving. Each recovered text opens in this
    // window when it holds nothing of value, else in a new one. Returns how many were recovered.
    int offerRecoveries();
    // Opens the text of entry here, modified; the entry's file, and the older copies of the file it was
    // made from (RecoveryStore::removeSuperseded()), are removed once the text is saved or knowingly
    // discarded.
    bool recover(const RecoveryEntry &entry);
    // Loads the file again, discarding the unsaved changes (File ▸ Revert); the caret and the view stay
    // where they were as far as the text allows. A file that cannot be read leaves the changes as they
    // are, and says why.
    bool revert();

private:
    void textChanged();
    void scheduleCopy();
    void modificationChanged(bool modified);
    void changedOnDisk();
    void removedFromDisk();
    bool reload(QString *error); // the file on disk in place of the text, keeping the caret
    bool reloadChanged(); // reload() after another program changed the file
    bool canTakeRecovery(const RecoveryEntry &entry) const;
    void showMessage(const QString &message);

    MainWindow *m_window;
    ArticleDocument *m_document;
    RecoveryStore *m_store;
    DocumentFileWatcher *m_watcher;
    QList<RecoveryEntry> m_recovered; // copies of other sessions now open here
    bool m_copyCheckQueued = false;
    bool m_asking = false; // a question about the file is open
};

} // namespace Citewise
