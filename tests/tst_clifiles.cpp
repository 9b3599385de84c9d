// The commands' handling of the files they read and write: bytes and line ends kept, UTF-16 and
// invalid UTF-8 read as the window reads them, and writes that fail losing nothing.
#include "clitestutil.h"
#include "utf16text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Citewise::Test;

class TestCliFiles : public QObject
{
    Q_OBJECT
private slots:
    void failedWritesLoseNothing();
    void inPlaceKeepsHardLinks();
    void outputToDevicesAndPipes();
    void renumberKeepsBomAndCrlf();
    void readsAndWritesUtf16();
    void loneCarriageReturnsEndLines();
    void invalidUtf8();
    void invalidUtf16();
};

// A write that fails part way (a full disk, a quota; here a file size limit, which fails the same
// way) is reported with exit status 2 and changes nothing: the article keeps its bytes, no output
// file is left half written, and a report that never reached its reader is not taken for the whole.
void TestCliFiles::failedWritesLoseNothing()
{
    QTemporaryDir dir;
    QByteArray article = "Title\n";
    for (int i = 0; i < 200; ++i)
        article += "A sentence citing the second source first [2] and then the first [1].\n";
    article += "References:\n[1] https://a.example/1\n[2] https://a.example/2\n";
    const QString path = dir.filePath(u"article.txt"_s);
    QVERIFY(writeAll(path, article));
    const QString output = dir.filePath(u"out.txt"_s);

    const auto runLimited = [](const QStringList &arguments, const QString &stdoutFile = {}) {
        QProcess process;
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit = {};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = 4096;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        if (!stdoutFile.isEmpty())
            process.setStandardOutputFile(stdoutFile);
        process.start(QStringLiteral(CITEWISE_BINARY), arguments);
        process.waitForFinished(30000);
        return std::pair(process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardError());
    };

    const auto [inPlace, inPlaceError] = runLimited({u"--renumber"_s, u"--in-place"_s, path});
    QCOMPARE(inPlace, 2);
    QVERIFY2(inPlaceError.contains("article.txt"), inPlaceError.constData());
    QCOMPARE(readAll(path), article);

    const auto [toFile, toFileError] = runLimited({u"--renumber"_s, path, u"-o"_s, output});
    QCOMPARE(toFile, 2);
    QVERIFY2(toFileError.contains("out.txt"), toFileError.constData());
    QVERIFY(!QFile::exists(output));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary file left

    // Standard output redirected to a file that cannot take it all.
    for (const QString &command : {u"--renumber"_s, u"--json"_s}) {
        const auto [status, error] = runLimited({command, path}, output);
        QCOMPARE(status, 2);
        QVERIFY2(error.contains("standard output"), error.constData());
    }
    QCOMPARE(readAll(path), article);
}

// --in-place saves as the window does: a file with a second hard link is rewritten in place, so both
// names still show the same, renumbered article.
void TestCliFiles::inPlaceKeepsHardLinks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt"_s);
    const QString other = dir.filePath(u"link.txt"_s);
    QVERIFY(writeAll(
        path, "Title\nA [2] then [1].\nReferences:\n[1] https://a.example/1\n[2] https://a.example/2\n"));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    QCOMPARE(runCitewise({u"--renumber"_s, u"--in-place"_s, path}).exitCode, 0);
    const QByteArray renumbered = readAll(path);
    QVERIFY2(renumbered.contains("A [1] then [2]."), renumbered.constData());
    QCOMPARE(readAll(other), renumbered);
}

// -o writes to what no temporary file can be renamed over as it is: a device (/dev/null), a named pipe,
// standard output named by a path (appended to, when the shell opened it so, not replaced).
void TestCliFiles::outputToDevicesAndPipes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt"_s);
    QVERIFY(writeAll(
        path, "Title\nA [2] then [1].\nReferences:\n[1] https://a.example/1\n[2] https://a.example/2\n"));
    const QByteArray expected = runCitewise({u"--renumber"_s, path}).out;
    QVERIFY2(expected.contains("A [1] then [2]."), expected.constData());

    const RunResult toNull = runCitewise({u"--renumber"_s, path, u"-o"_s, u"/dev/null"_s});
    QCOMPARE(toNull.exitCode, 0);
    QVERIFY2(toNull.err.isEmpty(), toNull.err.constData());
    QVERIFY(toNull.out.isEmpty());

    const RunResult toStdout = runCitewise({u"--renumber"_s, path, u"-o"_s, u"/dev/stdout"_s});
    QCOMPARE(toStdout.exitCode, 0);
    QCOMPARE(toStdout.out, expected);

    const QString log = dir.filePath(u"log.txt"_s);
    QVERIFY(writeAll(log, "earlier\n"));
    QProcess appending;
    appending.setStandardOutputFile(log, QIODevice::Append);
    appending.start(QStringLiteral(CITEWISE_BINARY), {u"--renumber"_s, path, u"-o"_s, u"/dev/stdout"_s});
    QVERIFY(appending.waitForFinished(30000));
    QCOMPARE(appending.exitCode(), 0);
    QCOMPARE(readAll(log), "earlier\n" + expected);

    const QString fifo = dir.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    QVERIFY(reader.waitForStarted());
    const RunResult toFifo = runCitewise({u"--renumber"_s, path, u"-o"_s, fifo});
    QCOMPARE(toFifo.exitCode, 0);
    QVERIFY(reader.waitForFinished(10000));
    QCOMPARE(reader.readAllStandardOutput(), expected);
    QVERIFY(!QFileInfo(fifo).isFile()); // still the pipe

    // A file is still saved atomically, as the window saves.
    const QString file = dir.filePath(u"out.txt"_s);
    QCOMPARE(runCitewise({u"--renumber"_s, path, u"-o"_s, file}).exitCode, 0);
    QCOMPARE(readAll(file), expected);
}

void TestCliFiles::renumberKeepsBomAndCrlf()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bom.txt"_s);
    QByteArray bytes = readAll(fixture(u"unordered.txt"_s));
    bytes.replace("\n", "\r\n");
    QVERIFY(writeAll(path, "\xEF\xBB\xBF" + bytes));
    const RunResult result = runCitewise({u"--renumber"_s, path});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!result.out.mid(3).contains("\xEF\xBB\xBF"));
    QCOMPARE(result.out.count("\r\n"), bytes.count("\r\n"));
    QCOMPARE(result.out.count('\n'), bytes.count('\n'));
}

// A file saved as UTF-16 (big-endian here, marked) is read as its text, renumbered in its own form.
void TestCliFiles::readsAndWritesUtf16()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"utf16.txt"_s);
    const QByteArray utf8 = readAll(fixture(u"unordered.txt"_s));
    const auto utf16 = [](const QByteArray &bytes) {
        QByteArray out("\xFE\xFF");
        for (QChar c : QString::fromUtf8(bytes))
            out += char(c.unicode() >> 8), out += char(c.unicode() & 0xFF);
        return out;
    };
    QVERIFY(writeAll(path, utf16(utf8)));
    const RunResult json = runCitewise({u"--json"_s, path});
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.out.contains("\"name\": \"utf-16be\""), json.out.constData());
    QCOMPARE(runCitewise({u"--lint"_s, path}).out,
        runCitewise({u"--lint"_s, fixture(u"unordered.txt"_s)})
            .out.replace(fixture(u"unordered.txt"_s).toUtf8(), path.toUtf8()));
    const RunResult renumbered = runCitewise({u"--renumber"_s, path});
    QCOMPARE(renumbered.exitCode, 0);
    QCOMPARE(renumbered.out, utf16(runCitewise({u"--renumber"_s, fixture(u"unordered.txt"_s)}).out));
}

// A file written with lone CRs reads as it does in the window, line by line, and keeps its CRs.
void TestCliFiles::loneCarriageReturnsEndLines()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mac.txt"_s);
    QByteArray lf = readAll(fixture(u"unordered.txt"_s));
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    QVERIFY(writeAll(path, cr));
    const QString lfPath = dir.filePath(u"unix.txt"_s);
    QVERIFY(writeAll(lfPath, lf));

    const RunResult json = runCitewise({u"--json"_s, path});
    const RunResult lfJson = runCitewise({u"--json"_s, lfPath});
    QCOMPARE(json.exitCode, lfJson.exitCode);
    // The same article, but for the line ends it says it has.
    QVERIFY2(json.out.contains("\"newline\": \"cr\""), json.out.constData());
    QCOMPARE(QByteArray(json.out).replace("\"newline\": \"cr\"", "\"newline\": \"lf\""), lfJson.out);

    const RunResult renumbered = runCitewise({u"--renumber"_s, path});
    const RunResult lfRenumbered = runCitewise({u"--renumber"_s, lfPath});
    QCOMPARE(renumbered.exitCode, 0);
    QVERIFY(!renumbered.out.contains('\n'));
    QCOMPARE(QByteArray(renumbered.out).replace('\r', '\n'), lfRenumbered.out);
}

void TestCliFiles::invalidUtf8()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"latin1.txt"_s);
    QByteArray bytes = readAll(fixture(u"clean.txt"_s));
    bytes.replace("switched on", "switched \xE9on\xFF");
    QVERIFY(writeAll(path, bytes));

    const RunResult json = runCitewise({u"--json"_s, path});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!object.value(u"diagnostics"_s).toArray().isEmpty());

    const RunResult lint = runCitewise({u"--lint"_s, path});
    QVERIFY(lint.exitCode == 0 || lint.exitCode == 1);
    QVERIFY(!lint.out.isEmpty());

    // Bytes that are not UTF-8 survive a renumber untouched.
    const RunResult renumber = runCitewise({u"--renumber"_s, path});
    QCOMPARE(renumber.exitCode, 0);
    QCOMPARE(renumber.out, bytes);
}

// A UTF-16 file with half a surrogate pair is read as UTF-16 and treated as a UTF-8 file with an
// invalid byte at the same place is: the rest read as its text, the line reported, the unit written back
// as it was.
void TestCliFiles::invalidUtf16()
{
    QTemporaryDir dir;
    const QByteArray utf8 = readAll(fixture(u"unordered.txt"_s));
    const QString latin1Path = dir.filePath(u"latin1.txt"_s);
    QVERIFY(writeAll(latin1Path, QByteArray(utf8).replace("Students had", "Students\xFF had")));
    const auto utf16 = [](const QByteArray &withPlaceholder) {
        QByteArray out("\xFF\xFE");
        Citewise::appendUtf16(out, QString::fromUtf8(withPlaceholder).replace(u'@', QChar(0xD800)),
            Citewise::TextEncoding::Utf16LE);
        return out;
    };
    const QString path = dir.filePath(u"utf16.txt"_s);
    const QByteArray bytes = utf16(QByteArray(utf8).replace("Students had", "Students@ had"));
    QVERIFY(writeAll(path, bytes));

    const RunResult json = runCitewise({u"--json"_s, path});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"title"_s).toString(), u"Library extends opening hours for exam season"_s);
    const QJsonObject encoding = object.value(u"encoding"_s).toObject();
    QCOMPARE(encoding.value(u"name"_s).toString(), u"utf-16le"_s);
    QCOMPARE(encoding.value(u"bom"_s).toBool(), true);
    QCOMPARE(encoding.value(u"invalidLines"_s).toArray(), QJsonArray {3});
    QCOMPARE(object.value(u"references"_s).toArray().size(), 3);

    QCOMPARE(runCitewise({u"--lint"_s, path}).out,
        runCitewise({u"--lint"_s, latin1Path})
            .out.replace(latin1Path.toUtf8(), path.toUtf8())
            .replace("not valid UTF-8", "not valid UTF-16")
            .replace("convert the file to UTF-8", "repair the file"));

    const RunResult renumber = runCitewise({u"--renumber"_s, path});
    QCOMPARE(renumber.exitCode, 0);
    QCOMPARE(renumber.out,
        utf16(runCitewise({u"--renumber"_s, latin1Path}).out.replace("Students\xFF had", "Students@ had")));
}

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_clifiles.moc"
