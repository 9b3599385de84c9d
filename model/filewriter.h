// Reading and writing article files safely: a failed save never damages the file on disk, and a file
// that cannot be an article is refused with a reason a reader understands.
#pragma once

#include <QByteArray>
#include <QString>

#include <limits>
#include <optional>

class QFile;

namespace Citewise {

// Writes bytes to path so that the old content survives any failure. Normally through a temporary file
// renamed over the original (QSaveFile). Saving through a symbolic link updates its target and keeps the
// link. A file with several hard links, or one in a folder where no temporary file can be created, is
// overwritten in place once a complete copy has been written elsewhere (so the links are not split and a
// full disk is noticed before the original is touched). Permissions are kept. On failure returns false
// with a translated reason ("permission denied", "the disk is full", …) in *error.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// Whether `path` (its links followed) is a character device or a FIFO (/dev/null, a named pipe).
bool isDeviceOrPipe(const QString &path);
// Writes bytes to such a file as they are: no temporary file can be renamed over a device or a pipe, nor
// is there anything there to keep. False with the reason in *error, as writeFileAtomically().
bool writeToDevice(const QString &path, const QByteArray &bytes, QString *error);

struct FileLimits
{
    qint64 maxBytes = qint64(256) * 1024 * 1024;
};

// The outcome of readFileChecked(). message is empty when the file could be read.
struct FileReadResult
{
    enum class Problem {
        None,
        Missing,
        Directory,
        NotRegularFile,
        Unreadable,
        TooLarge,
        Binary,
        OddUtf16, // UTF-16 text but for a byte missing or one extra (looksLikeUtf16WithOddLength())
        ReadFailed
    };
    Problem problem = Problem::None;
    QString message; // translated, names the file
    QByteArray bytes;
    bool hasNulBytes = false; // text with NUL bytes: open read-only
    // Bytes that are not UTF-8 (in a UTF-16 file, half a surrogate pair): open read-only so they are never
    // changed.
    bool hasInvalidUtf8 = false;

    bool ok() const { return problem == Problem::None; }
};

// Reads at most `limit` bytes from the current position of an open file (all of it by default). The
// size of a regular file is known, so its bytes are read into one buffer prepared in one call (see
// prefault.h); pipes and files that grow while being read are read on as they come. Check
// file.error() afterwards.
QByteArray readWhole(QFile &file, qint64 limit = std::numeric_limits<qint64>::max());

FileReadResult readFileChecked(const QString &path, const FileLimits &limits = {});

// Shorthand: the translated problem, or an empty string with the content in *bytesOut.
QString checkReadable(const QString &path, qint64 maxBytes, QByteArray *bytesOut);

// The bytes of an article named on a command line: the file at `path`, or standard input for "-". Empty
// with the reason in *error (untranslated, for a command's stderr: "Is a directory", "it looks like a
// binary file …", "it looks like UTF-16 text, but …") when it cannot be read or is no text, or holds
// more than `maxBytes` (a device or pipe without end, "/dev/zero", is read no further).
std::optional<QByteArray> readCommandInput(
    const QString &path, QString *error, qint64 maxBytes = FileLimits {}.maxBytes);

// "1.2 GB", "256 MB", "740 bytes" in the current locale.
QString formatFileSize(qint64 bytes);

// True for bytes that look like a program, image or archive rather than text: NUL bytes together with
// a high share of other control characters (checked in the first 64 KB).
bool looksBinary(const QByteArray &bytes);

// Strict UTF-8 check (no overlong forms, surrogates or values past U+10FFFF); a UTF-8 BOM is allowed.
bool isValidUtf8(const QByteArray &bytes);

} // namespace Citewise
