// Keeps a copy of unsaved work in a recovery folder, so text typed before a crash or power loss can be
// offered back on the next start.
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QThreadPool;
class QTimer;

namespace Citewise {

// A recovery file left behind by a session that ended without saving or discarding it.
struct RecoveryEntry
{
    QString recoveryFile; // the file in the recovery folder
    QString originalPath; // the article it belongs to; empty for an untitled document
    QDateTime savedAt; // when the copy was written (UTC)
    qint64 pid = 0; // the process that wrote it
    QString text; // the unsaved text, exactly as it was in the editor
    // Copies (file names in the same folder) the writing session had recovered and went on editing: this
    // copy holds their text, or what the user made of it.
    QStringList continues;
};

class RecoveryStore : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryStore(QObject *parent = nullptr); // uses defaultDirectory()
    explicit RecoveryStore(const QString &directory, QObject *parent = nullptr);
    // Discards this session's copy: a clean end of the session leaves nothing to recover.
    ~RecoveryStore() override;

    // <application data>/recovery
    static QString defaultDirectory();
    QString directory() const;

    // Quiet time after the last change before the copy is written (default 3 s), and the longest a
    // change may stay unwritten while the typing goes on (default 15 s).
    void setDelay(int milliseconds);
    int delay() const;
    void setMaximumDelay(int milliseconds);

    // Call on every change. textProvider is asked for the text only when the copy is written. The
    // copy is encoded and written on a thread of its own (a large article takes tens of milliseconds
    // to reach the disk), then saved() or saveFailed() is emitted.
    void scheduleSave(const QString &filePath, const std::function<QString()> &textProvider);
    bool isSavePending() const; // a copy waits for its moment or is being written
    bool saveNow(); // writes a pending copy at once; true when nothing is pending or it was written

    // After a save, a revert or a clean close: removes this session's copy and cancels a pending one
    // (a copy being written is waited for, then removed).
    void discard();
    QString recoveryFilePath() const; // this session's file, empty until the first copy is written
    // The text being edited was recovered from entry: the copies written from now on name it, and the
    // copies it continued, so that keeping what they hold can remove those too. Cleared by discard().
    void continueFrom(const RecoveryEntry &entry);

    // Copies whose writing process has ended, newest first. Unreadable files are skipped.
    static QList<RecoveryEntry> pendingRecoveries(const QString &directory = defaultDirectory());
    static bool remove(const RecoveryEntry &entry);
    // Once the text recovered from entry has been saved or knowingly discarded: removes the copies entry
    // continued (see RecoveryEntry::continues) that belong to the same file, are older and were left
    // by a session that has ended. A copy entry does not name may hold work entry lacks (its session
    // left the earlier copy for Later and edited the file afresh, or another session had the file open)
    // and stays, as do untitled copies, which cannot be told apart. Returns how many were removed.
    static int removeSuperseded(const RecoveryEntry &entry);

Q_SIGNALS:
    void saved(const QString &recoveryFile);
    void saveFailed(const QString &message);

private:
    struct Copy; // one copy being written: what goes to the disk, and how that went
    void writeCopy();
    std::shared_ptr<Copy> prepareCopy();
    void copyWritten(std::shared_ptr<Copy> copy); // (by value: it resets m_writing)
    void waitForCopy();

    QString m_directory;
    QString m_fileName;
    QString m_filePath;
    std::function<QString()> m_textProvider;
    QTimer *m_timer = nullptr;
    QDateTime m_firstPendingChange;
    int m_maximumDelay = 15000;
    QThreadPool *m_writer = nullptr; // one thread, started when the first copy is written
    std::shared_ptr<Copy> m_writing; // the copy on its way to the disk, if any
    bool m_writeAgain = false; // the text changed while a copy was being written
    QStringList m_continues; // see continueFrom()
};

} // namespace Citewise
