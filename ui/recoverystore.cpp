#include "recoverystore.h"

#include "articleio.h"
#include "filewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr auto kSuffix = ".citewise-recovery"_L1;
constexpr int kFormat = 1;
constexpr qint64 kMaxRecoveryBytes = qint64(300) * 1024 * 1024;

// Start time of a process in clock ticks since boot (/proc/<pid>/stat field 22), 0 when unknown. Together
// with the pid it tells a live session from a new process that happens to reuse the pid.
qint64 processStartTime(qint64 pid, bool *zombie = nullptr)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces and parentheses
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (zombie)
        *zombie = !fields.isEmpty() && (fields.first() == "Z" || fields.first() == "X");
    return fields.size() > 19 ? fields.at(19).toLongLong() : 0;
}

bool isProcessAlive(qint64 pid, qint64 startTime)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    bool zombie = false;
    const qint64 current = processStartTime(pid, &zombie);
    if (zombie)
        return false;
    return startTime == 0 || current == 0 || current == startTime;
}

std::optional<RecoveryEntry> readEntry(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxRecoveryBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray header = file.readLine(64 * 1024);
    const QJsonObject json = QJsonDocument::fromJson(header).object();
    if (json.value("citewiseRecovery"_L1).toInt() != kFormat)
        return std::nullopt;
    RecoveryEntry entry;
    entry.recoveryFile = path;
    entry.originalPath = json.value("originalPath"_L1).toString();
    entry.savedAt = QDateTime::fromString(json.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
    entry.pid = json.value("pid"_L1).toInteger();
    const qint64 startTime = json.value("processStart"_L1).toInteger();
    const QString host = json.value("host"_L1).toString();
    const QJsonArray continues = json.value("continues"_L1).toArray();
    for (const QJsonValue &name : continues) {
        // Names of copies beside this one, nothing else: a header never points anywhere outside the folder.
        const QString fileName = name.toString();
        if (fileName.endsWith(kSuffix) && QFileInfo(fileName).fileName() == fileName)
            entry.continues.append(fileName);
    }

    if (host == QSysInfo::machineHostName()) {
        if (isProcessAlive(entry.pid, startTime))
            return std::nullopt; // that session is still running (perhaps this one)
    } else if (!entry.savedAt.isValid()
        || entry.savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 24 * 3600) {
        return std::nullopt; // written on another computer sharing this folder: give it a day
    }
    // encodeText() on write keeps bytes that were not UTF-8 in the original file.
    entry.text = decodeText(file.readAll()).text;
    if (file.error() != QFileDevice::NoError)
        return std::nullopt;
    return entry;
}

} // namespace

RecoveryStore::RecoveryStore(QObject *parent) : RecoveryStore(defaultDirectory(), parent)
{ }

struct RecoveryStore::Copy
{
    QString path;
    QByteArray header;
    QString text;
    bool first = false; // this session's first copy: its permissions are set once written
    bool written = false;
    QString error;

    // On the writer's thread: nothing here is shared with the store until the copy is handed back.
    void write()
    {
        const QByteArray bytes = header + '\n' + encodeText(text, false);
        text = QString();
        written = writeFileAtomically(path, bytes, &error);
    }
};

RecoveryStore::RecoveryStore(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &RecoveryStore::writeCopy);
}

RecoveryStore::~RecoveryStore()
{
    discard();
}

QString RecoveryStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

QString RecoveryStore::directory() const
{
    return m_directory;
}

void RecoveryStore::setDelay(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

int RecoveryStore::delay() const
{
    return m_timer->interval();
}

void RecoveryStore::setMaximumDelay(int milliseconds)
{
    m_maximumDelay = milliseconds;
}

void RecoveryStore::scheduleSave(const QString &filePath, const std::function<QString()> &textProvider)
{
    m_filePath = filePath;
    m_textProvider = textProvider;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_timer->isActive())
        m_firstPendingChange = now;
    // Restarting on every keystroke would never write during long typing: stop postponing at some point.
    const qint64 waited = m_firstPendingChange.msecsTo(now);
    if (m_timer->isActive() && waited + m_timer->interval() > m_maximumDelay)
        return;
    m_timer->start();
}

bool RecoveryStore::isSavePending() const
{
    return m_timer->isActive() || m_writing || m_writeAgain;
}

bool RecoveryStore::saveNow()
{
    waitForCopy();
    if (!m_timer->isActive() && !m_writeAgain)
        return true;
    m_timer->stop();
    m_writeAgain = false;
    const std::shared_ptr<Copy> copy = prepareCopy();
    if (!copy)
        return false;
    copy->write();
    m_writing = copy;
    copyWritten(copy);
    return copy->written;
}

void RecoveryStore::discard()
{
    m_timer->stop();
    m_writeAgain = false;
    m_textProvider = nullptr;
    // A copy on its way to the disk is let finish, then removed with the rest.
    if (m_writing) {
        m_writer->waitForDone();
        m_writing.reset();
    }
    if (!m_fileName.isEmpty())
        QFile::remove(recoveryFilePath());
    m_continues.clear(); // whatever is typed next starts afresh
}

QString RecoveryStore::recoveryFilePath() const
{
    return m_fileName.isEmpty() ? QString() : m_directory + u'/' + m_fileName;
}

void RecoveryStore::continueFrom(const RecoveryEntry &entry)
{
    // The whole line back to the first crash: recovering this session's copy later supersedes all of it.
    for (const QString &name : entry.continues + QStringList {QFileInfo(entry.recoveryFile).fileName()}) {
        if (!m_continues.contains(name))
            m_continues.append(name);
    }
}

void RecoveryStore::writeCopy()
{
    if (m_writing) {
        m_writeAgain = true; // the text may have changed since that copy was taken
        return;
    }
    m_writeAgain = false;
    const std::shared_ptr<Copy> copy = prepareCopy();
    if (!copy)
        return;
    if (!m_writer) {
        m_writer = new QThreadPool(this);
        m_writer->setMaxThreadCount(1);
    }
    m_writing = copy;
    // The store waits for the writer before it goes (discard()), so it is there to be handed the copy.
    m_writer->start([this, copy] {
        copy->write();
        QMetaObject::invokeMethod(
            this, [this, copy] { copyWritten(copy); }, Qt::QueuedConnection);
    });
}

// On this thread: the text and everything about it, so that the writer only encodes and writes.
std::shared_ptr<RecoveryStore::Copy> RecoveryStore::prepareCopy()
{
    if (!m_textProvider)
        return nullptr;
    if (!QDir().mkpath(m_directory)) {
        Q_EMIT saveFailed(
            tr("Cannot create the recovery folder “%1”.").arg(QDir::toNativeSeparators(m_directory)));
        return nullptr;
    }
    // Unsaved text is private: only the owner may read the folder.
    QFile::setPermissions(m_directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto copy = std::make_shared<Copy>();
    copy->first = m_fileName.isEmpty();
    if (copy->first) {
        m_fileName = u"%1-%2"_s.arg(QCoreApplication::applicationPid())
                         .arg(QUuid::createUuid().toString(QUuid::Id128).left(12))
            + kSuffix;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    QJsonObject header {
        {"citewiseRecovery"_L1, kFormat},
        {"originalPath"_L1, m_filePath},
        {"savedAt"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {"pid"_L1, pid},
        {"processStart"_L1, processStartTime(pid)},
        {"host"_L1, QSysInfo::machineHostName()},
    };
    if (!m_continues.isEmpty())
        header.insert("continues"_L1, QJsonArray::fromStringList(m_continues));
    copy->path = recoveryFilePath();
    copy->header = QJsonDocument(header).toJson(QJsonDocument::Compact);
    copy->text = m_textProvider();
    return copy;
}

void RecoveryStore::copyWritten(std::shared_ptr<Copy> copy)
{
    if (copy != m_writing)
        return; // already handed over (saveNow()), or discarded
    m_writing.reset();
    if (!copy->written) {
        Q_EMIT saveFailed(copy->error);
    } else {
        if (copy->first)
            QFile::setPermissions(copy->path, QFile::ReadOwner | QFile::WriteOwner);
        Q_EMIT saved(copy->path);
    }
    if (m_writeAgain)
        writeCopy();
}

// Finishes the copy on its way, if any, here and now.
void RecoveryStore::waitForCopy()
{
    if (!m_writing)
        return;
    m_writer->waitForDone();
    const bool again = std::exchange(m_writeAgain, false);
    copyWritten(m_writing);
    m_writeAgain = again;
}

QList<RecoveryEntry> RecoveryStore::pendingRecoveries(const QString &directory)
{
    QList<RecoveryEntry> entries;
    const QDir dir(directory);
    const QStringList names = dir.entryList({u"*"_s + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        if (std::optional<RecoveryEntry> entry = readEntry(dir.filePath(name)))
            entries.append(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(),
        [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

bool RecoveryStore::remove(const RecoveryEntry &entry)
{
    return QFile::remove(entry.recoveryFile);
}

int RecoveryStore::removeSuperseded(const RecoveryEntry &entry)
{
    if (entry.originalPath.isEmpty() || entry.recoveryFile.isEmpty() || !entry.savedAt.isValid())
        return 0;
    const QDir dir = QFileInfo(entry.recoveryFile).dir();
    int removed = 0;
    for (const QString &name : entry.continues) {
        // readEntry() leaves out copies of sessions still running: such a one may hold newer work.
        const std::optional<RecoveryEntry> older = readEntry(dir.filePath(name));
        if (!older || older->originalPath != entry.originalPath || !older->savedAt.isValid()
            || older->savedAt >= entry.savedAt)
            continue;
        if (QFile::remove(older->recoveryFile))
            ++removed;
    }
    return removed;
}

} // namespace Citewise
