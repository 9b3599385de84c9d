#include "filewatcher.h"

#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHashFunctions>
#include <QTimer>

#include <sys/stat.h>

namespace Citewise {

namespace {

constexpr int kCheckDelay = 50; // several events of one write become one check
constexpr int kFastPoll = 100; // while a replaced file is expected back
constexpr int kSlowPoll = 1000; // after the removal was reported: notice it coming back

} // namespace

DocumentFileWatcher::DocumentFileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_checkTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(kCheckDelay);
    connect(m_checkTimer, &QTimer::timeout, this, &DocumentFileWatcher::check);
    connect(m_pollTimer, &QTimer::timeout, this, &DocumentFileWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentFileWatcher::scheduleCheck);
    // A file renamed over ours shows up as a change of the folder; the file watch itself is gone then.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &DocumentFileWatcher::scheduleCheck);
}

void DocumentFileWatcher::setPath(const QString &path)
{
    start(path, nullptr);
}

void DocumentFileWatcher::setLoadedPath(const QString &path, const QByteArray &contents)
{
    start(path, &contents);
}

void DocumentFileWatcher::start(const QString &path, const QByteArray *contents)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_checkTimer->stop();
    m_pollTimer->stop();
    m_missingSince = {};
    m_removalReported = false;
    m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (m_path.isEmpty())
        return;
    m_known = readState(m_path, !contents);
    if (contents && m_known.exists)
        m_known.hash = hashOf(*contents);
    m_watcher->addPath(QFileInfo(m_path).absolutePath());
    rearm();
}

QString DocumentFileWatcher::path() const
{
    return m_path;
}

void DocumentFileWatcher::beginOwnSave()
{
    ++m_ownSaves;
}

void DocumentFileWatcher::endOwnSave(const QByteArray &writtenBytes, bool succeeded)
{
    m_ownSaves = qMax(0, m_ownSaves - 1);
    if (m_path.isEmpty() || !succeeded)
        return;
    // What we wrote is the known content; the events of the write, still queued, then compare equal.
    m_known = readState(m_path, false);
    m_known.hash = hashOf(writtenBytes);
    m_missingSince = {};
    m_removalReported = false;
    m_pollTimer->stop();
    rearm();
}

void DocumentFileWatcher::acceptCurrentContent()
{
    if (m_path.isEmpty())
        return;
    m_known = readState(m_path, true);
    rearm();
}

void DocumentFileWatcher::acceptContent(const QByteArray &contents)
{
    if (m_path.isEmpty())
        return;
    m_known = DiskState();
    m_known.exists = true;
    m_known.hash = hashOf(contents);
    // (No metadata: the next check compares the contents.)
    m_missingSince = {};
    m_removalReported = false;
    m_pollTimer->stop();
    rearm();
    scheduleCheck();
}

void DocumentFileWatcher::setRemovalGracePeriod(int milliseconds)
{
    m_gracePeriod = milliseconds;
}

DocumentFileWatcher::DiskState DocumentFileWatcher::readState(const QString &path, bool withHash)
{
    DiskState state;
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return state;
    state.exists = true;
    state.size = st.st_size;
    state.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
    state.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
    state.inode = st.st_ino;
    if (withHash) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            state.hash = hashOf(file.readAll());
    }
    return state;
}

// Only tells our own rewrite of identical bytes from a real change, so no cryptographic strength is
// needed: two seeded qHash values (hardware-accelerated) and the size, instead of SHA-256, which took
// tens of milliseconds per load on a 10 MB article.
QByteArray DocumentFileWatcher::hashOf(const QByteArray &bytes)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << quint64(qHash(bytes, size_t(0x9e3779b97f4a7c15ull)))
           << quint64(qHash(bytes, size_t(0x2545f4914f6cdd1dull))) << qint64(bytes.size());
    return out;
}

void DocumentFileWatcher::scheduleCheck()
{
    if (!m_path.isEmpty())
        m_checkTimer->start();
}

void DocumentFileWatcher::rearm()
{
    if (!m_path.isEmpty() && !m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path);
}

void DocumentFileWatcher::check()
{
    if (m_path.isEmpty())
        return;
    if (m_ownSaves > 0) {
        m_checkTimer->start(); // look again once the save is over
        return;
    }
    DiskState current = readState(m_path, false);
    if (!current.exists) {
        if (!m_known.exists)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_missingSince.isValid())
            m_missingSince = now;
        if (!m_removalReported && m_missingSince.msecsTo(now) >= m_gracePeriod) {
            m_removalReported = true;
            m_pollTimer->start(kSlowPoll);
            Q_EMIT removedFromDisk();
        } else if (!m_removalReported) {
            m_pollTimer->start(kFastPoll);
        }
        return;
    }

    m_pollTimer->stop();
    m_missingSince = {};
    const bool wasReported = m_removalReported;
    m_removalReported = false;
    rearm();
    if (!wasReported && current.size == m_known.size && current.modifiedNs == m_known.modifiedNs
        && current.changedNs == m_known.changedNs && current.inode == m_known.inode) {
        return;
    }
    current.hash = readState(m_path, true).hash;
    const bool sameContent = current.hash == m_known.hash && m_known.exists;
    m_known = current;
    // A touch or a rewrite with the same bytes is not a change; a file that came back is.
    if (!sameContent || wasReported)
        Q_EMIT changedOnDisk();
}

} // namespace Citewise
