// Saving never loses the file on disk; opening explains why a file cannot be an article.
#include "filewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Citewise;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

struct stat statOf(const QString &path)
{
    struct stat st = {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st;
}

// Permission checks mean nothing to root: run those steps as "nobody" (and back) when the tests run as root.
class Unprivileged
{
public:
    explicit Unprivileged(const QString &dir)
    {
        if (::geteuid() != 0) {
            m_ok = true;
            return;
        }
        const QByteArray native = QFile::encodeName(dir);
        if (::chown(native.constData(), 65534, 65534) != 0 || ::setegid(65534) != 0)
            return;
        if (::seteuid(65534) != 0) {
            [[maybe_unused]] int ignored = ::setegid(0);
            return;
        }
        m_dropped = true;
        m_ok = true;
    }
    ~Unprivileged()
    {
        if (m_dropped) {
            [[maybe_unused]] int a = ::seteuid(0);
            [[maybe_unused]] int b = ::setegid(0);
        }
    }
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    bool m_dropped = false;
};

// Files written while it lives may hold at most `bytes` bytes: past that, writes fail (EFBIG) as on a
// full disk, where they would otherwise end the process (SIGXFSZ).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old = {};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestFileWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void writesNewAndExistingFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.txt"_s);
        QString error;
        QVERIFY2(writeFileAtomically(path, "first\n", &error), qPrintable(error));
        QCOMPARE(contentOf(path), "first\n");
        QVERIFY2(writeFileAtomically(path, "second\n", &error), qPrintable(error));
        QCOMPARE(contentOf(path), "second\n");
        QVERIFY2(writeFileAtomically(path, {}, &error), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left
    }

    void keepsPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.txt"_s);
        QVERIFY(writeRaw(path, "old"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QString error;
        QVERIFY2(writeFileAtomically(path, "new", &error), qPrintable(error));
        QCOMPARE(statOf(path).st_mode & 07777, mode_t(0640));
        QCOMPARE(contentOf(path), "new");

        // Written by one who may write it anyway (the tests run as root in CI), a file marked read-only
        // stays so: what this process may do is no part of the file's mode.
        if (::geteuid() == 0) {
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);
            QVERIFY2(writeFileAtomically(path, "newer", &error), qPrintable(error));
            QCOMPARE(statOf(path).st_mode & 07777, mode_t(0444));
            QCOMPARE(contentOf(path), "newer");
        }
    }

    void updatesSymlinkTarget()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"real"_s));
        const QString target = dir.filePath(u"real/article.txt"_s);
        const QString link = dir.filePath(u"link.txt"_s);
        QVERIFY(writeRaw(target, "old"));
        QCOMPARE(::symlink("real/article.txt", QFile::encodeName(link).constData()), 0);

        QString error;
        QVERIFY2(writeFileAtomically(link, "new", &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(target).absoluteFilePath());
        QCOMPARE(contentOf(target), "new");
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 1);
    }

    void keepsHardLinksTogether()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a.txt"_s);
        const QString b = dir.filePath(u"b.txt"_s);
        QVERIFY(writeRaw(a, "old content that is longer than the new one"));
        QCOMPARE(::link(QFile::encodeName(a).constData(), QFile::encodeName(b).constData()), 0);
        const ino_t inode = statOf(a).st_ino;

        QString error;
        QVERIFY2(writeFileAtomically(a, "new", &error), qPrintable(error));
        QCOMPARE(contentOf(a), "new");
        QCOMPARE(contentOf(b), "new");
        QCOMPARE(statOf(a).st_ino, inode);
        QCOMPARE(statOf(b).st_ino, inode);
        QCOMPARE(statOf(a).st_nlink, nlink_t(2));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // spare copy removed
    }

    // A write that fails part way (here a file size limit; a full disk or a quota alike) leaves the old
    // file as it was, whether it is replaced or, hard-linked, overwritten in place.
    void failedWriteKeepsOldFile_data()
    {
        QTest::addColumn<bool>("hardLinked");
        QTest::newRow("replaced") << false;
        QTest::newRow("hard-linked") << true;
    }

    void failedWriteKeepsOldFile()
    {
        QFETCH(bool, hardLinked);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.txt"_s);
        const QByteArray old = "old content\n";
        QVERIFY(writeRaw(path, old));
        if (hardLinked)
            QCOMPARE(::link(QFile::encodeName(path).constData(),
                         QFile::encodeName(dir.filePath(u"b.txt"_s)).constData()),
                0);
        // Smaller than QFile's buffer, so the failure shows only when the buffer is written out.
        const QByteArray large(8 * 1024, 'x');

        QString error;
        bool written = true;
        {
            FileSizeLimit limit(1024);
            QVERIFY(limit.ok());
            written = writeFileAtomically(path, large, &error);
        }
        QVERIFY(!written);
        QVERIFY2(error.contains(u"a.txt"_s), qPrintable(error));
        QCOMPARE(contentOf(path), old);
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.size(), hardLinked ? 2 : 1); // no temporary file left behind
    }

    void readOnlyFolderKeepsOldFile()
    {
        QTemporaryDir dir;
        Unprivileged as(dir.path());
        if (!as.ok())
            QSKIP("cannot drop privileges to test permissions");
        const QString path = dir.filePath(u"a.txt"_s);
        QVERIFY(writeRaw(path, "old"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0444), 0);
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0555), 0);

        QString error;
        QVERIFY(!writeFileAtomically(path, "new", &error));
        QVERIFY2(error.contains(u"permission"_s, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.contains(u"a.txt"_s), qPrintable(error));
        QCOMPARE(contentOf(path), "old");

        error.clear();
        QVERIFY(!writeFileAtomically(dir.filePath(u"new.txt"_s), "new", &error));
        QVERIFY2(error.contains(u"permission"_s, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(u"new.txt"_s)));
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    }

    void writableFileInReadOnlyFolderIsWrittenInPlace()
    {
        QTemporaryDir dir;
        Unprivileged as(dir.path());
        if (!as.ok())
            QSKIP("cannot drop privileges to test permissions");
        const QString path = dir.filePath(u"a.txt"_s);
        QVERIFY(writeRaw(path, "old"));
        const ino_t inode = statOf(path).st_ino;
        QCOMPARE(::chmod(QFile::encodeName(dir.path()).constData(), 0555), 0);

        QString error;
        QVERIFY2(writeFileAtomically(path, "new", &error), qPrintable(error));
        QCOMPARE(contentOf(path), "new");
        QCOMPARE(statOf(path).st_ino, inode);
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    }

    void missingFolderIsReported()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeFileAtomically(dir.filePath(u"gone/a.txt"_s), "new", &error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
        QVERIFY(!writeFileAtomically(dir.path(), "new", &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
    }

    // A path through a file is a mistyped path: it is named as a file, not as a folder to be made.
    void fileInPlaceOfFolderIsReported()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"a.txt"_s);
        QFile existing(file);
        QVERIFY(existing.open(QIODevice::WriteOnly) && existing.write("old") == 3);
        existing.close();
        QString error;
        for (const QString &path : {file + u"/new.txt"_s, file + u"/deeper/new.txt"_s}) {
            QVERIFY(!writeFileAtomically(path, "new", &error));
            QVERIFY2(error.contains(u"“%1” is a file, not a folder"_s.arg(QDir::toNativeSeparators(file))),
                qPrintable(error));
            QVERIFY2(!error.contains(u"does not exist"_s), qPrintable(error));
        }
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old"));
    }

    void fileSizes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addRow("bytes") << qint64(740) << u"740 bytes"_s;
        QTest::addRow("one byte") << qint64(1) << u"1 byte"_s;
        QTest::addRow("whole MB") << qint64(256) * 1024 * 1024 << u"256 MB"_s;
        QTest::addRow("GB with decimal") << qint64(1288490189) << u"1.2 GB"_s;
        QTest::addRow("KB with decimal") << qint64(1536) << u"1.5 kB"_s;
    }
    void fileSizes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(formatFileSize(bytes), expected);
    }

    void sizeLimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.txt"_s);
        QVERIFY(writeRaw(path, QByteArray(1536, 'a')));
        const FileReadResult result = readFileChecked(path, FileLimits {1024});
        QCOMPARE(result.problem, FileReadResult::Problem::TooLarge);
        QVERIFY2(result.message.contains(u"the file is 1.5 kB; Citewise opens files up to 1 kB"_s),
            qPrintable(result.message));
        QVERIFY(result.bytes.isEmpty());

        QByteArray bytes;
        QCOMPARE(checkReadable(path, 2048, &bytes), QString());
        QCOMPARE(bytes.size(), 1536);
    }

    void content_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FileReadResult::Problem>("problem");
        QTest::addColumn<bool>("nul");
        QTest::addColumn<bool>("invalidUtf8");

        QByteArray elf("\x7f"
                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3e\0\x01\0\0\0",
            24);
        for (int i = 0; i < 200; ++i)
            elf += QByteArray("\0\0\x01\x02\x10\x40\0\0", 8);
        static constexpr char pngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
        QByteArray png(pngHeader, sizeof(pngHeader) - 1); // 30 bytes: a PNG signature and IHDR start
        QByteArray utf16;
        for (char c : QByteArray("Title\nBody text [1]\n"))
            utf16 += QByteArray(1, c) + QByteArray(1, '\0');

        using P = FileReadResult::Problem;
        QTest::addRow("text") << QByteArray("Title\n\nBody [1]\n") << P::None << false << false;
        QTest::addRow("utf-8") << QByteArray("Überschrift — 見出し\n") << P::None << false << false;
        QTest::addRow("stray NUL") << QByteArray("Title\n\nBody\0 text\n", 18) << P::None << true << false;
        QTest::addRow("latin-1") << QByteArray("Stra\xdf"
                                               "e\n")
                                 << P::None << false << true;
        QTest::addRow("overlong") << QByteArray("\xc0\xaf") << P::None << false << true;
        QTest::addRow("surrogate") << QByteArray("\xed\xa0\x80") << P::None << false << true;
        QTest::addRow("elf") << elf << P::Binary << true << false;
        QTest::addRow("png") << png << P::Binary << true << false;
        // UTF-16 (as Windows tools save text) is text: read, and written back, in its own form.
        QTest::addRow("utf-16") << utf16 << P::None << false << false;
        QTest::addRow("utf-16 with NUL") << "\xFF\xFEN\0\0\0"_ba << P::None << true << false;
        // Half a surrogate pair leaves UTF-16 UTF-16, and is kept as the invalid UTF-8 bytes are.
        QTest::addRow("utf-16, half a pair") << "\xFF\xFET\0\x00\xD8x\0"_ba << P::None << false << true;
        // UTF-16 with a byte added (a newline appended by a tool writing UTF-8) or cut off: neither UTF-16
        // nor a program, and what it is is said.
        QTest::addRow("utf-16, a byte added")
            << "\xFF\xFE"_ba + utf16 + "\n"_ba << P::OddUtf16 << false << false;
        QTest::addRow("utf-16 without mark, a byte cut off")
            << utf16.chopped(1) << P::OddUtf16 << false << false;
        QTest::addRow("empty") << QByteArray() << P::None << false << false;
    }
    void content()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FileReadResult::Problem, problem);
        QFETCH(bool, nul);
        QFETCH(bool, invalidUtf8);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"file"_s);
        QVERIFY(writeRaw(path, bytes));
        const FileReadResult result = readFileChecked(path);
        QCOMPARE(result.problem, problem);
        if (problem == FileReadResult::Problem::Binary) {
            QVERIFY2(result.message.contains(u"looks like a binary file"_s), qPrintable(result.message));
            return;
        }
        if (problem == FileReadResult::Problem::OddUtf16) {
            QVERIFY2(result.message.contains(u"looks like UTF-16 text"_s)
                    && result.message.contains(u"odd number of bytes"_s)
                    && !result.message.contains(u"binary"_s),
                qPrintable(result.message));
            return;
        }
        QVERIFY(result.message.isEmpty());
        QCOMPARE(result.bytes, bytes);
        QCOMPARE(result.hasNulBytes, nul);
        QCOMPARE(result.hasInvalidUtf8, invalidUtf8);
    }

    void notAFile()
    {
        QTemporaryDir dir;
        FileReadResult result = readFileChecked(dir.filePath(u"missing.txt"_s));
        QCOMPARE(result.problem, FileReadResult::Problem::Missing);
        QVERIFY2(result.message.contains(u"missing.txt” does not exist"_s), qPrintable(result.message));

        QCOMPARE(::symlink("nowhere.txt", QFile::encodeName(dir.filePath(u"dangling"_s)).constData()), 0);
        result = readFileChecked(dir.filePath(u"dangling"_s));
        QCOMPARE(result.problem, FileReadResult::Problem::Missing);
        QVERIFY2(result.message.contains(u"nowhere.txt"_s), qPrintable(result.message));

        result = readFileChecked(dir.path());
        QCOMPARE(result.problem, FileReadResult::Problem::Directory);
        QVERIFY2(result.message.contains(u"is a folder"_s), qPrintable(result.message));

        const QString fifo = dir.filePath(u"pipe"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        result = readFileChecked(fifo);
        QCOMPARE(result.problem, FileReadResult::Problem::NotRegularFile);
    }

    void unreadable()
    {
        QTemporaryDir dir;
        Unprivileged as(dir.path());
        if (!as.ok())
            QSKIP("cannot drop privileges to test permissions");
        const QString path = dir.filePath(u"secret.txt"_s);
        QVERIFY(writeRaw(path, "text"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0200), 0);
        const FileReadResult result = readFileChecked(path);
        QCOMPARE(result.problem, FileReadResult::Problem::Unreadable);
        QVERIFY2(result.message.contains(u"permission"_s), qPrintable(result.message));
    }

    // A command reads a device or a pipe without end no further than the most it takes (256 MB by
    // default): "/dev/zero" is refused, not read until memory runs out.
    void commandInputWithoutEnd()
    {
        if (!QFileInfo::exists(u"/dev/zero"_s))
            QSKIP("no /dev/zero");
        QString error;
        QVERIFY(!readCommandInput(u"/dev/zero"_s, &error, 1 << 20));
        QVERIFY2(error.contains(u"larger than"_s), qPrintable(error));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.txt"_s);
        QVERIFY(writeRaw(path, "Title\nA line [1].\n"));
        QCOMPARE(readCommandInput(path, &error, 18), std::optional<QByteArray>("Title\nA line [1].\n"));
        QVERIFY(!readCommandInput(path, &error, 17));
    }
};

QTEST_GUILESS_MAIN(TestFileWriter)
#include "tst_filewriter.moc"
