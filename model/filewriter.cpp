#include "filewriter.h"

#include "prefault.h"
#include "utf16text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Why a system call failed, in words a reader of the error dialog understands.
QString reasonFor(int error, const QString &fallback)
{
    switch (error) {
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("Citewise::FileWriter",
            "permission denied (you are not allowed to change this file or its folder)");
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate("Citewise::FileWriter", "the disk is full");
    case EROFS:
        return QCoreApplication::translate(
            "Citewise::FileWriter", "the disk is read-only (read-only file system)");
    case ENOENT:
        return QCoreApplication::translate("Citewise::FileWriter", "the folder does not exist");
    case ENOTDIR:
        return QCoreApplication::translate(
            "Citewise::FileWriter", "part of the path is a file, not a folder");
    case EISDIR:
        return QCoreApplication::translate("Citewise::FileWriter", "it is a folder");
    case EFBIG:
        return QCoreApplication::translate("Citewise::FileWriter", "the file is too large for this disk");
    case EIO:
        return QCoreApplication::translate("Citewise::FileWriter", "the disk reported an input/output error");
    default:
        return fallback.isEmpty() ? QCoreApplication::translate("Citewise::FileWriter", "unknown error")
                                  : fallback;
    }
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = QCoreApplication::translate("Citewise::FileWriter", "Cannot save “%1”: %2.")
                     .arg(QDir::toNativeSeparators(path), reason);
    return false;
}

// Saving through a symbolic link writes its target; the link itself is left as it is.
QString resolveTarget(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical; // dangling: create the target
}

bool writeAll(QFileDevice &file, const QByteArray &bytes)
{
    return file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
}

// A complete copy of the new content, in the file's folder when possible (so it proves there is space
// on that disk) or else in the temporary folder. Left on disk; the caller removes it.
std::unique_ptr<QTemporaryFile> writeSpareCopy(const QString &target, const QByteArray &bytes, int *errorOut)
{
    const QFileInfo info(target);
    const QStringList templates = {info.absolutePath() + u"/."_s + info.fileName() + u".XXXXXX"_s,
        QDir::tempPath() + u"/citewise-"_s + info.fileName() + u".XXXXXX"_s};
    *errorOut = 0;
    for (const QString &name : templates) {
        auto copy = std::make_unique<QTemporaryFile>(name);
        copy->setAutoRemove(false);
        errno = 0;
        if (!copy->open()) {
            *errorOut = errno;
            continue;
        }
        errno = 0;
        if (writeAll(*copy, bytes))
            return copy;
        *errorOut = errno;
        copy->remove();
        if (*errorOut == ENOSPC || *errorOut == EDQUOT)
            return nullptr; // the same folder as the file: there is no room for the new content
    }
    return nullptr;
}

// Overwrites the file's own inode, for hard-linked files and files in read-only folders.
bool writeInPlace(const QString &target, const QByteArray &bytes, QString *error)
{
    int copyError = 0;
    std::unique_ptr<QTemporaryFile> spare = writeSpareCopy(target, bytes, &copyError);
    if (!spare)
        return fail(error, target, reasonFor(copyError, {}));

    QFile file(target);
    errno = 0;
    if (!file.open(QIODevice::ReadWrite)) { // no Truncate: the old content stays until we know it fits
        const int openError = errno;
        spare->remove();
        return fail(error, target, reasonFor(openError, file.errorString()));
    }
#ifdef FALLOC_FL_KEEP_SIZE
    // Reserve the blocks first so a full disk is found before a single byte of the old content changes.
    int reserved = ::fallocate(file.handle(), FALLOC_FL_KEEP_SIZE, 0, qMax<qint64>(bytes.size(), 1));
    if (reserved != 0 && (errno == ENOSPC || errno == EDQUOT)) {
        spare->remove(); // the spare copy may be what fills the disk
        spare.reset();
        reserved = ::fallocate(file.handle(), FALLOC_FL_KEEP_SIZE, 0, qMax<qint64>(bytes.size(), 1));
        if (reserved != 0 && (errno == ENOSPC || errno == EDQUOT))
            return fail(error, target, reasonFor(errno, {}));
    }
#endif
    errno = 0;
    if (!writeAll(file, bytes) || !file.resize(bytes.size())) {
        const int writeError = errno;
        QString reason = reasonFor(writeError, file.errorString());
        if (spare) {
            reason += QCoreApplication::translate(
                "Citewise::FileWriter", "; the complete new text was saved in “%1”")
                          .arg(QDir::toNativeSeparators(spare->fileName()));
        }
        return fail(error, target, reason);
    }
    file.close();
    if (spare)
        spare->remove();
    return true;
}

// The nearest part of `folder` that exists, when it is something other than a folder; else empty.
QString fileOnPath(const QString &folder)
{
    QString part = QDir::cleanPath(folder);
    while (!part.isEmpty()) {
        const QFileInfo info(part);
        if (info.exists())
            return info.isDir() ? QString() : part;
        const qsizetype slash = part.lastIndexOf(u'/');
        if (slash <= 0)
            break;
        part.truncate(slash);
    }
    return {};
}

bool isHardLinked(const QString &target)
{
    struct stat st = {};
    const QByteArray native = QFile::encodeName(target);
    return ::stat(native.constData(), &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink > 1;
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QString target = resolveTarget(path);
    const QFileInfo info(target);
    if (info.exists() && info.isDir())
        return fail(error, path, QCoreApplication::translate("Citewise::FileWriter", "it is a folder"));
    if (info.exists() && !info.isFile())
        return fail(
            error, path, QCoreApplication::translate("Citewise::FileWriter", "it is not a regular file"));
    if (!QFileInfo(info.absolutePath()).isDir()) {
        // A path through a file ("notes.txt/new.txt") is a mistyped path, not a folder yet to be made:
        // saying the folder does not exist would send the reader looking for one.
        if (const QString file = fileOnPath(info.absolutePath()); !file.isEmpty())
            return fail(error, path,
                QCoreApplication::translate("Citewise::FileWriter", "“%1” is a file, not a folder")
                    .arg(QDir::toNativeSeparators(file)));
        return fail(error, path,
            QCoreApplication::translate("Citewise::FileWriter", "the folder “%1” does not exist")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    const bool existed = info.exists();
    if (existed && isHardLinked(target))
        return writeInPlace(target, bytes, error);

    // The file's own mode bits: Qt's "User" flags tell what this process may do, and setPermissions()
    // would add them to the owner's (the administrator may write a file marked read-only).
    const QFile::Permissions permissions = existed
        ? QFile::permissions(target) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser)
        : QFile::Permissions();
    QSaveFile file(target);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        const int openError = errno;
        // The folder does not allow a temporary file, but the file itself may be writable.
        if (existed && (openError == EACCES || openError == EPERM))
            return writeInPlace(target, bytes, error);
        return fail(error, path, reasonFor(openError, file.errorString()));
    }
    errno = 0;
    // QSaveFile buffers what it is given and commit() renames the file even when writing the buffer
    // out failed (a full disk, a file size limit): flushing first is where such a failure shows.
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const int writeError = errno;
        file.cancelWriting();
        return fail(error, path, reasonFor(writeError, file.errorString()));
    }
    errno = 0;
    if (!file.commit())
        return fail(error, path, reasonFor(errno, file.errorString()));
    if (existed
        && (QFile::permissions(target) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser))
            != permissions)
        QFile::setPermissions(target, permissions);
    return true;
}

bool isDeviceOrPipe(const QString &path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0
        && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode));
}

bool writeToDevice(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, path, reasonFor(errno, file.errorString()));
    errno = 0;
    if (file.write(bytes) != bytes.size())
        return fail(error, path, reasonFor(errno, file.errorString()));
    return true;
}

QString formatFileSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024)
        return bytes == 1
            ? QCoreApplication::translate("Citewise::FileWriter", "1 byte")
            : QCoreApplication::translate("Citewise::FileWriter", "%1 bytes").arg(locale.toString(bytes));
    // Whole sizes ("256 MB") read better without a decimal.
    const qint64 units[] = {qint64(1) << 30, qint64(1) << 20, qint64(1) << 10};
    for (qint64 unit : units) {
        if (bytes >= unit) {
            const int precision = bytes % unit == 0 ? 0 : 1;
            return locale.formattedDataSize(bytes, precision, QLocale::DataSizeTraditionalFormat);
        }
    }
    return locale.formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 64 * 1024);
    qsizetype nul = 0;
    qsizetype control = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c == 0)
            ++nul;
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b)
            || c == 0x7f)
            ++control;
    }
    // A stray NUL in a text is kept (the file opens read-only); many control bytes mean it is not text.
    const qsizetype suspicious = nul + control;
    return nul > 0 && suspicious >= 4 && suspicious * 20 > sample;
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const uchar *end = p + bytes.size();
    const auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    while (p < end) {
        // Runs of ASCII, the bulk of most articles, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if (word & 0x8080808080808080ull)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar b0 = *p;
        int len = 0;
        if (b0 < 0x80)
            len = 1;
        else if (b0 >= 0xC2 && b0 <= 0xDF && cont(1))
            len = 2;
        else if (b0 >= 0xE0 && b0 <= 0xEF && cont(1) && cont(2) && !(b0 == 0xE0 && p[1] < 0xA0)
            && !(b0 == 0xED && p[1] >= 0xA0))
            len = 3;
        else if (b0 >= 0xF0 && b0 <= 0xF4 && cont(1) && cont(2) && cont(3) && !(b0 == 0xF0 && p[1] < 0x90)
            && !(b0 == 0xF4 && p[1] >= 0x90))
            len = 4;
        if (len == 0)
            return false;
        p += len;
    }
    return true;
}

QByteArray readWhole(QFile &file, qint64 limit)
{
    QByteArray bytes;
    const qint64 expected = file.isSequential() ? 0 : qMin(file.size() - file.pos(), limit);
    if (expected > 0) {
        // In whole 2 MB pages when large, which fill at a fraction of the cost (prefault.h).
        reserveInLargePages(bytes, expected);
        bytes.resize(expected);
        prefaultForWriting(bytes.data(), expected);
        qint64 got = 0;
        while (got < expected) {
            const qint64 n = file.read(bytes.data() + got, expected - got);
            if (n <= 0)
                break;
            got += n;
        }
        bytes.truncate(got);
        if (got < expected)
            return bytes; // the end came early (or an error: file.error() says)
    }
    // Pipes, and files that grew while being read.
    constexpr qint64 chunk = 1 << 20;
    while (bytes.size() < limit) {
        const QByteArray more = file.read(qMin(limit - bytes.size(), chunk));
        if (more.isEmpty())
            break;
        bytes += more;
    }
    return bytes;
}

FileReadResult readFileChecked(const QString &path, const FileLimits &limits)
{
    FileReadResult result;
    const QString name = QDir::toNativeSeparators(path);
    const auto problem = [&](FileReadResult::Problem kind, const QString &message) {
        result.problem = kind;
        result.message = message;
        result.bytes.clear();
        return result;
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        if (info.isSymLink()) {
            return problem(FileReadResult::Problem::Missing,
                QCoreApplication::translate(
                    "Citewise::FileWriter", "“%1” is a link to “%2”, which does not exist.")
                    .arg(name, QDir::toNativeSeparators(info.symLinkTarget())));
        }
        return problem(FileReadResult::Problem::Missing,
            QCoreApplication::translate(
                "Citewise::FileWriter", "“%1” does not exist. It may have been moved, renamed or deleted.")
                .arg(name));
    }
    if (info.isDir())
        return problem(FileReadResult::Problem::Directory,
            QCoreApplication::translate("Citewise::FileWriter", "“%1” is a folder, not an article file.")
                .arg(name));
    if (!info.isFile()) {
        return problem(FileReadResult::Problem::NotRegularFile,
            QCoreApplication::translate(
                "Citewise::FileWriter", "“%1” is not a regular file (it is a device, pipe or socket).")
                .arg(name));
    }
    const auto tooLarge = [&](qint64 size) {
        return problem(FileReadResult::Problem::TooLarge,
            QCoreApplication::translate("Citewise::FileWriter",
                "“%1” cannot be opened: the file is %2; Citewise opens files up to %3.")
                .arg(name, formatFileSize(size), formatFileSize(limits.maxBytes)));
    };
    if (info.size() > limits.maxBytes)
        return tooLarge(info.size());

    QFile file(path);
    errno = 0;
    if (!file.open(QIODevice::ReadOnly)) {
        if (errno == EACCES || errno == EPERM) {
            return problem(FileReadResult::Problem::Unreadable,
                QCoreApplication::translate(
                    "Citewise::FileWriter", "You do not have permission to read “%1”.")
                    .arg(name));
        }
        return problem(FileReadResult::Problem::ReadFailed,
            QCoreApplication::translate("Citewise::FileWriter", "Cannot read “%1”: %2.")
                .arg(name, reasonFor(errno, file.errorString())));
    }
    result.bytes = readWhole(file, limits.maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return problem(FileReadResult::Problem::ReadFailed,
            QCoreApplication::translate("Citewise::FileWriter", "Cannot read “%1”: %2.")
                .arg(name, reasonFor(errno, file.errorString())));
    }
    if (result.bytes.size() > limits.maxBytes) // it grew while being opened
        return tooLarge(qMax(file.size(), qint64(result.bytes.size())));

    // UTF-16 text (a NUL in every pair for ASCII) is text, read and written back in its own form.
    bool hasBom = false;
    const TextEncoding encoding = detectTextEncoding(result.bytes, &hasBom);
    QString utf16;
    QList<qsizetype> unpaired;
    if (encoding != TextEncoding::Utf8
        && decodeUtf16(QByteArrayView(result.bytes).sliced(hasBom ? 2 : 0), encoding, utf16, 0, &unpaired)) {
        result.hasNulBytes = utf16.contains(QChar(0));
        result.hasInvalidUtf8 = !unpaired.isEmpty(); // half a surrogate pair: kept as invalid UTF-8 is
        return result;
    }
    // Read as UTF-8 it would be NULs between letters, and as UTF-16 its odd byte could not be kept:
    // the reader is told what is wrong with it rather than shown either.
    if (looksLikeUtf16WithOddLength(result.bytes)) {
        return problem(FileReadResult::Problem::OddUtf16,
            QCoreApplication::translate("Citewise::FileWriter",
                "“%1” looks like UTF-16 text, but it has an odd number of bytes (a byte is missing, or "
                "one was added), so it cannot be read without changing it.")
                .arg(name));
    }
    result.hasNulBytes = result.bytes.contains('\0');
    if (result.hasNulBytes && looksBinary(result.bytes)) {
        return problem(FileReadResult::Problem::Binary,
            QCoreApplication::translate("Citewise::FileWriter",
                "“%1” looks like a binary file (a program, image or archive), not a text article.")
                .arg(name));
    }
    result.hasInvalidUtf8 = !isValidUtf8(result.bytes);
    return result;
}

std::optional<QByteArray> readCommandInput(const QString &path, QString *error, qint64 maxBytes)
{
    QFile file;
    bool opened = false;
    if (path == u"-"_s) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else if (QFileInfo(path).isDir()) {
        *error = u"Is a directory"_s;
        return std::nullopt;
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = file.errorString();
        return std::nullopt;
    }
    // A byte more than the most it takes, to tell: a device or a pipe without end fills no more memory.
    QByteArray bytes = readWhole(file, maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (bytes.size() > maxBytes) {
        *error = u"it is larger than %1, more than Citewise reads"_s.arg(formatFileSize(maxBytes));
        return std::nullopt;
    }
    // What the window refuses to open is no input here either (UTF-16 text holds NULs, and is text).
    if (looksLikeUtf16WithOddLength(bytes)) {
        *error = u"it looks like UTF-16 text, but it has an odd number of bytes (a byte is missing, or one "
                 "was added)"_s;
        return std::nullopt;
    }
    if (bytes.contains('\0') && detectTextEncoding(bytes) == TextEncoding::Utf8 && looksBinary(bytes)) {
        *error = u"it looks like a binary file (a program, image or archive), not a text article"_s;
        return std::nullopt;
    }
    return bytes;
}

QString checkReadable(const QString &path, qint64 maxBytes, QByteArray *bytesOut)
{
    FileReadResult result = readFileChecked(path, FileLimits {maxBytes});
    if (bytesOut)
        *bytesOut = std::move(result.bytes);
    return result.message;
}

} // namespace Citewise
