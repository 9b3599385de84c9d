// Tells the open document when its file is changed or removed by another program, and stays on the
// file when editors replace it with a new one (write a temporary file, rename it over the old).
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

namespace Citewise {

class DocumentFileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DocumentFileWatcher(QObject *parent = nullptr);

    // Starts watching path as it is now (its current content counts as known); empty stops watching.
    void setPath(const QString &path);
    // The same for a file whose `contents` were just read: they count as known without reading it again.
    void setLoadedPath(const QString &path, const QByteArray &contents);
    QString path() const;

    // Bracket Citewise's own save: its events are not reported, a later change by others still is.
    // After a failed save pass succeeded = false: the file on disk is still the known one.
    void beginOwnSave();
    void endOwnSave(const QByteArray &writtenBytes, bool succeeded = true);
    // After a reload: the content on disk now is the known one.
    void acceptCurrentContent();
    // After the user chose to keep their text over `contents`, read from the file before asking: those
    // bytes are the known ones, and a change made since (while the question was open) is reported.
    void acceptContent(const QByteArray &contents);

    // How long a removed file may stay missing before removedFromDisk() (some programs delete the old
    // file before writing the new one). Default 1000 ms.
    void setRemovalGracePeriod(int milliseconds);

Q_SIGNALS:
    void changedOnDisk();
    void removedFromDisk();

private:
    void start(const QString &path, const QByteArray *contents);
    struct DiskState
    {
        bool exists = false;
        qint64 size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        quint64 inode = 0;
        QByteArray hash; // of the content; compared only when the metadata differs
    };
    static DiskState readState(const QString &path, bool withHash);
    static QByteArray hashOf(const QByteArray &bytes);
    void scheduleCheck();
    void check();
    void rearm();

    QString m_path;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_checkTimer = nullptr;
    QTimer *m_pollTimer = nullptr;
    DiskState m_known;
    int m_ownSaves = 0;
    int m_gracePeriod = 1000;
    QDateTime m_missingSince;
    bool m_removalReported = false;
};

} // namespace Citewise
