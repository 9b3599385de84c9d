// Runs the built citewise binary the way a script would: output formats, exit codes, and that the
// batch commands need no display.
#include "cli.h"
#include "clitestutil.h"
#include "utf16text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Citewise::Test;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void exitCodes_data();
    void exitCodes();
    void version();
    void librariesAreNotTakenFromTheWorkingDirectory();
    void binaryInputIsUnusable();
    void oddUtf16InputIsUnusable();
    void jsonShape_data();
    void jsonShape();
    void lintFormat_data();
    void lintFormat();
    void renumberDestinations();
    void renumberRefusalWritesNothing();
    void unreadCitationsAreNamed();
    void renumberInPlaceLeavesOrderedFile();
    void writeMarkersInPlace();
    void checkLinksOutput();
    void noDisplay_data();
    void noDisplay();
    void commandLineLoadsNoGuiLibrary();
    void windowModuleOpensTheWindow();
    void benchmarkRunsOnAnyArticle_data();
    void benchmarkRunsOnAnyArticle();
    void benchmarkReportsWhatItCannotOpen_data();
    void benchmarkReportsWhatItCannotOpen();
    void missingModulesAreReported();
    void guiOptionsOpenTheWindow_data();
    void guiOptionsOpenTheWindow();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    const QString missing = u"/nonexistent/citewise/missing-article.txt"_s;
    QTest::addRow("help") << QStringList {u"--help"_s} << 0 << QString();
    QTest::addRow("json clean") << QStringList {u"--json"_s, fixture(u"clean.txt"_s)} << 0 << QString();
    QTest::addRow("lint clean") << QStringList {u"--lint"_s, fixture(u"clean.txt"_s)} << 0 << QString();
    QTest::addRow("lint error") << QStringList {u"--lint"_s, fixture(u"dangling.txt"_s)} << 1 << QString();
    QTest::addRow("lint several files")
        << QStringList {u"--lint"_s, fixture(u"clean.txt"_s), fixture(u"dangling.txt"_s)} << 1 << QString();
    QTest::addRow("renumber stdout") << QStringList {u"--renumber"_s, fixture(u"unordered.txt"_s)} << 0
                                     << QString();
    QTest::addRow("renumber refused")
        << QStringList {u"--renumber"_s, fixture(u"duplicate.txt"_s)} << 1 << u"duplicate.txt"_s;
    // Plain numbers read as citations: kept while their sources keep their numbers.
    QTest::addRow("renumber with glued numbers in order")
        << QStringList {u"--renumber"_s, fixture(u"glued-numbers.txt"_s)} << 0 << QString();
    QTest::addRow("drop-unused refused by glued numbers")
        << QStringList {u"--renumber"_s, u"--drop-unused"_s, fixture(u"glued-numbers.txt"_s)} << 1
        << u"Line 2 cites a source by a number glued to a full stop (“fast.1”, column 19)"_s;
    QTest::addRow("renumber refused by numbers in parentheses")
        << QStringList {u"--renumber"_s, fixture(u"parenthesised-numbers.txt"_s)} << 1
        << u"(“(2)”, column 31), which renumbering does not read; write it as [2]"_s;
    QTest::addRow("write-markers stdout")
        << QStringList {u"--write-markers"_s, fixture(u"glued-numbers.txt"_s)} << 0 << QString();
    QTest::addRow("write-markers leaves some") << QStringList {u"--write-markers"_s, u"-o"_s, u"/dev/null"_s,
        fixture(u"superscripts.txt"_s)} << 1 << u"1 citation(s) left as written"_s;
    QTest::addRow("write-markers drop-unused") << QStringList {u"--write-markers"_s, u"--drop-unused"_s,
        fixture(u"glued-numbers.txt"_s)} << 2 << u"--drop-unused can only be used with --renumber"_s;
    QTest::addRow("write-markers two files") << QStringList {u"--write-markers"_s, fixture(u"clean.txt"_s),
        fixture(u"clean.txt"_s)} << 2 << u"one FILE"_s;
    QTest::addRow("lint warns of unread citations")
        << QStringList {u"--lint"_s, fixture(u"glued-numbers.txt"_s)} << 0 << QString();
    QTest::addRow("json missing file") << QStringList {u"--json"_s, missing} << 2 << missing;
    QTest::addRow("lint missing file") << QStringList {u"--lint"_s, missing} << 2 << u"No such file"_s;
    QTest::addRow("lint missing among good")
        << QStringList {u"--lint"_s, fixture(u"dangling.txt"_s), missing} << 2 << missing;
    QTest::addRow("renumber missing file") << QStringList {u"--renumber"_s, missing} << 2 << missing;
    QTest::addRow("json directory") << QStringList {u"--json"_s, QStringLiteral(CITEWISE_FIXTURES_DIR)} << 2
                                    << u"directory"_s;
    QTest::addRow("gui missing file") << QStringList {missing} << 2 << missing;
    QTest::addRow("unknown option") << QStringList {u"--frobnicate"_s, fixture(u"clean.txt"_s)} << 2
                                    << u"frobnicate"_s;
    QTest::addRow("json without file") << QStringList {u"--json"_s} << 2 << u"FILE"_s;
    QTest::addRow("json two files") << QStringList {u"--json"_s, fixture(u"clean.txt"_s),
        fixture(u"clean.txt"_s)} << 2
                                    << u"one FILE"_s;
    QTest::addRow("two commands") << QStringList {u"--json"_s, u"--lint"_s, fixture(u"clean.txt"_s)} << 2
                                  << u"one command"_s;
    QTest::addRow("output without renumber")
        << QStringList {u"--lint"_s, u"-o"_s, u"x.txt"_s, fixture(u"clean.txt"_s)} << 2 << u"--renumber"_s;
    QTest::addRow("in-place with output")
        << QStringList {u"--renumber"_s, u"--in-place"_s, u"-o"_s, u"x.txt"_s, fixture(u"clean.txt"_s)} << 2
        << u"--in-place"_s;
    QTest::addRow("check-links blocked and private")
        << QStringList {u"--check-links"_s, fixture(u"offline-links.txt"_s)} << 0 << QString();
    QTest::addRow("check-links bad jobs")
        << QStringList {u"--check-links"_s, u"--jobs"_s, u"0"_s, fixture(u"offline-links.txt"_s)} << 2
        << u"--jobs"_s;
    // Too large a number is told its limit, not called no number.
    QTest::addRow("check-links timeout too large")
        << QStringList {u"--check-links"_s, u"--timeout"_s, u"99999999999"_s, fixture(u"offline-links.txt"_s)}
        << 2 << u"--timeout can be at most 2147483647 milliseconds"_s;
    QTest::addRow("check-links timeout zero") << QStringList {u"--check-links"_s, u"--timeout"_s, u"0"_s,
        fixture(u"offline-links.txt"_s)} << 2 << u"--timeout needs a positive number"_s;
    QTest::addRow("check-links timeout at its limit")
        << QStringList {u"--check-links"_s, u"--timeout"_s, u"2147483647"_s, fixture(u"offline-links.txt"_s)}
        << 0 << QString();
    QTest::addRow("check-links jobs too large")
        << QStringList {u"--check-links"_s, u"--jobs"_s, u"99999999999"_s, fixture(u"offline-links.txt"_s)}
        << 2 << u"--jobs can be at most 2147483647"_s;
    QTest::addRow("check-links missing file") << QStringList {u"--check-links"_s, missing} << 2 << missing;
    QTest::addRow("option without command")
        << QStringList {u"--drop-unused"_s, fixture(u"clean.txt"_s)} << 2 << u"command"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const RunResult result = runCitewise(arguments, env);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(stderrContains), result.err.constData());
}

void TestCli::version()
{
    const RunResult result = runCitewise({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("citewise " CITEWISE_VERSION "\n"));
}

// A binary file (a program, an image) is unusable input, as the window refuses to open it: no JSON of
// garbage, no lint of every line, no renumbered copy. A stray NUL in a text, and UTF-16 text, are read.
void TestCli::binaryInputIsUnusable()
{
    QTemporaryDir dir;
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919) % 256));
    const QString path = dir.filePath(u"image.png"_s);
    QVERIFY(writeAll(path, binary));
    for (const QStringList &command : {QStringList {u"--json"_s}, {u"--lint"_s}, {u"--renumber"_s},
             {u"--renumber"_s, u"--in-place"_s}, {u"--check-links"_s}}) {
        const RunResult result = runCitewise(command + QStringList {path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains("looks like a binary file"), result.err.constData());
    }
    QCOMPARE(readAll(path), binary);

    const QString stray = dir.filePath(u"stray.txt"_s);
    QVERIFY(writeAll(stray,
        QByteArray("Title\nBody [1] with a stray \0 byte.\nReferences:\n[1] https://a.example/\n", 71)));
    QCOMPARE(runCitewise({u"--json"_s, stray}).exitCode, 0);
    const QString utf16 = dir.filePath(u"utf16.txt"_s);
    QString text = u"Title\nBody [1].\nReferences:\n[1] https://a.example/\n"_s;
    QByteArray wide("\xFF\xFE");
    wide.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QVERIFY(writeAll(utf16, wide));
    const RunResult read = runCitewise({u"--json"_s, utf16});
    QCOMPARE(read.exitCode, 0);
    QVERIFY(read.out.contains("https://a.example/"));
}

// UTF-16 text with an odd number of bytes (a newline appended by a tool writing UTF-8, or a file cut
// short) is unusable input too, but no program or image: the message says what it looks like, and the
// file is left as it was.
void TestCli::oddUtf16InputIsUnusable()
{
    QTemporaryDir dir;
    const QString text
        = u"Title\nBody [2] and [1].\nReferences:\n[1] https://a.example/\n[2] https://b.example/\n"_s;
    const QByteArray wide(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const QList<std::pair<QString, QByteArray>> files = {
        {u"appended.txt"_s, "\xFF\xFE"_ba + wide + "\n"_ba},
        {u"truncated.txt"_s, wide.chopped(1)},
    };
    for (const auto &[name, bytes] : files) {
        const QString path = dir.filePath(name);
        QVERIFY(writeAll(path, bytes));
        for (const QStringList &command : {QStringList {u"--json"_s}, {u"--lint"_s}, {u"--renumber"_s},
                 {u"--renumber"_s, u"--in-place"_s}}) {
            const RunResult result = runCitewise(command + QStringList {path});
            QCOMPARE(result.exitCode, 2);
            QVERIFY(result.out.isEmpty());
            QVERIFY2(result.err.contains("looks like UTF-16 text")
                    && result.err.contains("odd number of bytes") && !result.err.contains("binary"),
                result.err.constData());
        }
        QCOMPARE(readAll(path), bytes);
    }
}

// Run from a directory holding files named like the libraries it needs, citewise loads the system's:
// the dynamic loader is never told to look in the current directory.
void TestCli::librariesAreNotTakenFromTheWorkingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"libQt6Core.so.6", "libstdc++.so.6", "libc.so.6", "libgcc_s.so.1"})
        QVERIFY(writeAll(dir.filePath(QString::fromLatin1(name)), "not a library\n"));
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(CITEWISE_BINARY), {u"--version"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.readAllStandardError(), QByteArray());
    QCOMPARE(process.exitCode(), 0);
}

void TestCli::jsonShape_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("paragraphs");
    QTest::addColumn<int>("citations");
    QTest::addColumn<int>("references");
    QTest::addColumn<int>("comments");

    QTest::addRow("clean") << fixture(u"clean.txt"_s) << 2 << 2 << 2 << 0;
    QTest::addRow("unordered") << fixture(u"unordered.txt"_s) << 3 << 4 << 3 << 1;
    QTest::addRow("dangling") << fixture(u"dangling.txt"_s) << 2 << 2 << 1 << 0;
}

void TestCli::jsonShape()
{
    QFETCH(QString, file);
    QFETCH(int, paragraphs);
    QFETCH(int, citations);
    QFETCH(int, references);
    QFETCH(int, comments);

    const RunResult result = runCitewise({u"--json"_s, file});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    QVERIFY(json.value(u"title"_s).isString());
    QVERIFY(json.value(u"dateline"_s).isObject() || json.value(u"dateline"_s).isNull());
    QCOMPARE(json.value(u"paragraphs"_s).toArray().size(), paragraphs);
    QCOMPARE(json.value(u"citations"_s).toArray().size(), citations);
    QCOMPARE(json.value(u"references"_s).toArray().size(), references);
    QCOMPARE(json.value(u"comments"_s).toArray().size(), comments);
    QVERIFY(json.value(u"diagnostics"_s).isArray());
    for (const QJsonValue &value : json.value(u"citations"_s).toArray()) {
        const QJsonObject citation = value.toObject();
        QVERIFY(citation.value(u"line"_s).toInt() > 0);
        QVERIFY(citation.value(u"column"_s).toInt() > 0);
        QVERIFY(!citation.value(u"numbers"_s).toArray().isEmpty());
    }
    const QStringList severities = {u"error"_s, u"warning"_s, u"info"_s};
    for (const QJsonValue &value : json.value(u"diagnostics"_s).toArray()) {
        const QJsonObject diagnostic = value.toObject();
        QVERIFY(severities.contains(diagnostic.value(u"severity"_s).toString()));
        QVERIFY(!diagnostic.value(u"code"_s).toString().isEmpty());
        QVERIFY(!diagnostic.value(u"message"_s).toString().isEmpty());
    }
}

void TestCli::lintFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedCode");

    QTest::addRow("dangling") << fixture(u"dangling.txt"_s) << u"dangling-citation"_s;
    QTest::addRow("unordered") << fixture(u"unordered.txt"_s) << QString();
    QTest::addRow("glued numbers") << fixture(u"glued-numbers.txt"_s) << u"unread-citation"_s;
    QTest::addRow("numbers in parentheses")
        << fixture(u"parenthesised-numbers.txt"_s) << u"unread-citation"_s;
}

void TestCli::lintFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedCode);

    const RunResult result = runCitewise({u"--lint"_s, file});
    QVERIFY(result.exitCode == 0 || result.exitCode == 1);
    static const QRegularExpression format(
        u"^(.+):(\\d+):(\\d+): (error|warning|info): (.+) \\[([a-z0-9-]+)\\]$"_s);
    QStringList codes;
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QCOMPARE(match.captured(1), file);
        codes.append(match.captured(6));
    }
    if (!expectedCode.isEmpty())
        QVERIFY2(codes.contains(expectedCode), qPrintable(codes.join(u' ')));
}

void TestCli::renumberDestinations()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray original = readAll(fixture(u"unordered.txt"_s));
    const QString copy = dir.filePath(u"article.txt"_s);
    QVERIFY(writeAll(copy, original));

    const RunResult toStdout = runCitewise({u"--renumber"_s, copy});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(toStdout.out != original);
    // The first use of each source now carries the next number: [2] [1][3] [2] becomes [1] [2][3] [1].
    QVERIFY2(toStdout.out.contains("announced [1]."), toStdout.out.constData());
    QVERIFY(toStdout.out.contains("people [2][3]."));

    const QString output = dir.filePath(u"out.txt"_s);
    const RunResult toFile = runCitewise({u"--renumber"_s, copy, u"-o"_s, output});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QCOMPARE(readAll(output), toStdout.out);
    QCOMPARE(readAll(copy), original);
    // An output path through a file says so, rather than that a folder is missing.
    const RunResult throughFile = runCitewise({u"--renumber"_s, copy, u"-o"_s, copy + u"/new.txt"_s});
    QCOMPARE(throughFile.exitCode, 2);
    QVERIFY2(throughFile.err.contains("article.txt” is a file, not a folder"), throughFile.err.constData());
    QCOMPARE(readAll(copy), original);
    // "-o -" is standard output, as "-" is standard input: no file named "-".
    QVERIFY(!QFileInfo::exists(u"-"_s));
    const RunResult dash = runCitewise({u"--renumber"_s, copy, u"-o"_s, u"-"_s});
    QCOMPARE(dash.exitCode, 0);
    QCOMPARE(dash.out, toStdout.out);
    QVERIFY(!QFileInfo::exists(u"-"_s));

    const RunResult inPlace = runCitewise({u"--renumber"_s, u"--in-place"_s, copy});
    QCOMPARE(inPlace.exitCode, 0);
    QCOMPARE(readAll(copy), toStdout.out);

    // Renumbering is idempotent.
    const RunResult again = runCitewise({u"--renumber"_s, copy});
    QCOMPARE(again.out, toStdout.out);
}

void TestCli::renumberRefusalWritesNothing()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"duplicate.txt"_s);
    const QByteArray original = readAll(fixture(u"duplicate.txt"_s));
    QVERIFY(writeAll(copy, original));
    const QString output = dir.filePath(u"out.txt"_s);

    const RunResult toStdout = runCitewise({u"--renumber"_s, copy});
    QCOMPARE(toStdout.exitCode, 1);
    QVERIFY(toStdout.out.isEmpty());
    QCOMPARE(runCitewise({u"--renumber"_s, copy, u"-o"_s, output}).exitCode, 1);
    QVERIFY(!QFile::exists(output));
    QCOMPARE(runCitewise({u"--renumber"_s, u"--in-place"_s, copy}).exitCode, 1);
    QCOMPARE(readAll(copy), original);
}

// Citations not read as markers are warnings at their line and column, in --lint and --json alike, and
// --drop-unused leaves a file whose unread citations cite sources it would drop as it was.
void TestCli::unreadCitationsAreNamed()
{
    const QString file = fixture(u"parenthesised-numbers.txt"_s);
    const QStringList lint = QString::fromUtf8(runCitewise({u"--lint"_s, file}).out).split(u'\n');
    QCOMPARE(lint.value(0),
        file
            + u":2:31: warning: “(2)” reads as a citation in parentheses, which is not read as a marker: "
              u"write it "
              "as [2]. [unread-citation]"_s);
    QCOMPARE(lint.value(1),
        file
            + u":2:66: warning: “(1, 3)” reads as a citation in parentheses, which is not read as a marker: "
              "write it as [1, 3]. [unread-citation]"_s);
    // Enumerations on the next line are no citations.
    QVERIFY(std::none_of(lint.cbegin(), lint.cend(), [](const QString &l) { return l.contains(u":3:"_s); }));

    const QJsonArray diagnostics = QJsonDocument::fromJson(runCitewise({u"--json"_s, file}).out)
                                       .object()
                                       .value(u"diagnostics"_s)
                                       .toArray();
    QStringList unread;
    for (const QJsonValue &d : diagnostics) {
        if (d[u"code"_s].toString() == u"unread-citation"_s)
            unread.append(u"%1:%2"_s.arg(d[u"line"_s].toInt()).arg(d[u"column"_s].toInt()));
    }
    QCOMPARE(unread, QStringList({u"2:31"_s, u"2:66"_s}));

    QTemporaryDir dir;
    const QString copy = dir.filePath(u"glued-numbers.txt"_s);
    const QByteArray original = readAll(fixture(u"glued-numbers.txt"_s));
    QVERIFY(writeAll(copy, original));
    QCOMPARE(runCitewise({u"--renumber"_s, u"--drop-unused"_s, u"--in-place"_s, copy}).exitCode, 1);
    QCOMPARE(readAll(copy), original);
}

void TestCli::renumberInPlaceLeavesOrderedFile()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"clean.txt"_s);
    const QByteArray original = readAll(fixture(u"clean.txt"_s));
    QVERIFY(writeAll(copy, original));
    const QDateTime before = QFileInfo(copy).lastModified();
    QTest::qWait(20);
    QCOMPARE(runCitewise({u"--renumber"_s, u"--in-place"_s, copy}).exitCode, 0);
    QCOMPARE(readAll(copy), original);
    QCOMPARE(QFileInfo(copy).lastModified(), before);
}

// --write-markers --in-place writes the superscripts as markers and leaves the brackets that hold words,
// which it names; once nothing more can be written, the file is left untouched.
void TestCli::writeMarkersInPlace()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"superscripts.txt"_s);
    const QByteArray original = readAll(fixture(u"superscripts.txt"_s));
    QVERIFY(writeAll(copy, original));
    const RunResult first = runCitewise({u"--write-markers"_s, u"--in-place"_s, copy});
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.err.contains("1 citation(s) left as written"), first.err.constData());
    QByteArray expected = original;
    expected.replace("year\u00B9\u00B2", "year[1, 2]").replace("more\u00B3", "more[3]");
    QCOMPARE(readAll(copy), expected);
    const QDateTime before = QFileInfo(copy).lastModified();
    QTest::qWait(20);
    QCOMPARE(runCitewise({u"--write-markers"_s, u"--in-place"_s, copy}).exitCode, 1);
    QCOMPARE(QFileInfo(copy).lastModified(), before);
    // Markdown footnotes become markers and entries, under a heading of their own.
    const RunResult footnotes = runCitewise({u"--write-markers"_s, fixture(u"footnotes.md"_s)});
    QCOMPARE(footnotes.exitCode, 0);
    QCOMPARE(footnotes.out,
        readAll(fixture(u"footnotes.md"_s))
            .replace("[^", "[")
            .replace("\n\n[1]:", "\n\n## References\n\n[1]:"));
    // Its markers are read, in order of first use already.
    const RunResult renumbered = runCitewise({u"--renumber"_s, copy});
    QCOMPARE(renumbered.exitCode, 0);
    QCOMPARE(renumbered.out, expected);
}

// Without --allow-private nothing is contacted: a non-web scheme is blocked and a loopback address is
// reported, each on its own line in the documented shape; --json gives the same as an array.
void TestCli::checkLinksOutput()
{
    const RunResult text
        = runCitewise({u"--check-links"_s, fixture(u"offline-links.txt"_s)}, withoutDisplay());
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"[1] blocked - ftp://files.example.org/report.pdf ("_s),
        qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"[2] private-address - http://127.0.0.1:9/private ("_s),
        qPrintable(lines.at(1)));
    // Why the link was not checked, and how to have it checked, for the person reading the terminal.
    QCOMPARE(QString::fromUtf8(text.err),
        u"citewise: 1 link was not checked: it points at this computer or a private network "
        "(--allow-private checks them).\n"_s);

    const RunResult json
        = runCitewise({u"--check-links"_s, u"--json"_s, fixture(u"offline-links.txt"_s)}, withoutDisplay());
    QCOMPARE(json.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 2);
    QCOMPARE(array.at(0)[u"status"_s].toString(), u"blocked"_s);
    QCOMPARE(array.at(1)[u"number"_s].toInt(), 2);
}

void TestCli::noDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");

    QTest::addRow("version") << QStringList {u"--version"_s} << 0;
    QTest::addRow("help") << QStringList {u"--help"_s} << 0;
    QTest::addRow("json") << QStringList {u"--json"_s, fixture(u"unordered.txt"_s)} << 0;
    QTest::addRow("lint") << QStringList {u"--lint"_s, fixture(u"dangling.txt"_s)} << 1;
    QTest::addRow("renumber") << QStringList {u"--renumber"_s, fixture(u"unordered.txt"_s)} << 0;
    QTest::addRow("usage error") << QStringList {u"--json"_s} << 2;
}

void TestCli::noDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);

    const RunResult result = runCitewise(arguments, withoutDisplay());
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(!result.err.contains("qt.qpa"), result.err.constData());
    QVERIFY2(!result.err.contains("platform plugin"), result.err.constData());
}

// Command-line runs start fast because the executable leaves Qt's GUI libraries to the window module,
// and Qt Network to the link-check module.
void TestCli::commandLineLoadsNoGuiLibrary()
{
    if (!QFile::exists(u"/proc/self/maps"_s))
        QSKIP("needs /proc to look at the libraries a process has loaded");
    QProcess process;
    process.start(QStringLiteral(CITEWISE_BINARY), {u"--json"_s, u"-"_s});
    QVERIFY(process.waitForStarted(10000));
    // Waiting for standard input, it has loaded everything it needs.
    const QString maps = u"/proc/%1/maps"_s.arg(process.processId());
    QByteArray loaded;
    QTRY_VERIFY_WITH_TIMEOUT((loaded = readAll(maps)).contains("libQt6Core"), 10000);
    QTest::qWait(200);
    loaded = readAll(maps);
    process.write(readAll(fixture(u"unordered.txt"_s)));
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(loaded.contains("libQt6Core"));
    QVERIFY2(!loaded.contains("libQt6Gui"), "a command-line run loaded Qt GUI");
    QVERIFY2(!loaded.contains("libQt6Widgets"), "a command-line run loaded Qt Widgets");
    QVERIFY(!loaded.contains("citewise-window"));
    QVERIFY2(!loaded.contains("libQt6Network"), "a command-line run loaded Qt Network");
    QVERIFY(!loaded.contains("citewise-linkcheck"));
}

// The executable finds the window module beside it and runs the full window through it.
void TestCli::windowModuleOpensTheWindow()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const RunResult result
        = runCitewise({u"--benchmark"_s, u"--open-only"_s, fixture(u"unordered.txt"_s)}, environment);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("\"open_to_first_paint_ms\""), result.out.constData());
    QVERIFY2(!result.err.contains("window module"), result.err.constData());
}

void TestCli::benchmarkRunsOnAnyArticle_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("title only") << QByteArray("Title\n");
    // The sidebar shows a note instead of its table: the measurement must not wait for the table.
    QTest::newRow("no references") << QByteArray("Title\nA body with no markers at all.\n");
    QTest::newRow("references") << readAll(fixture(u"unordered.txt"_s));
}

// The whole measurement (first paint, typing, renumbering) finishes whatever the article holds.
void TestCli::benchmarkRunsOnAnyArticle()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"article.txt"_s);
    QVERIFY(writeAll(path, content));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const RunResult result = runCitewise({u"--benchmark"_s, path}, environment);
    QVERIFY(!result.crashed);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.trimmed().split('\n').constLast()).object();
    QCOMPARE(json.value(u"bytes"_s).toInteger(), content.size());
    for (const QString &key : {u"open_to_first_paint_ms"_s, u"edit_latency_ms_median"_s, u"renumber_ms"_s})
        QVERIFY2(json.value(key).isDouble(), qPrintable(key));
}

void TestCli::benchmarkReportsWhatItCannotOpen_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("missing") << u"missing.txt"_s << QByteArray("does not exist");
    QTest::newRow("folder") << u"folder"_s << QByteArray("folder");
    QTest::newRow("binary") << u"program.bin"_s << QByteArray("binary");
}

// A measurement that cannot start says why and stops, instead of waiting for an answer to a dialog
// nobody sees.
void TestCli::benchmarkReportsWhatItCannotOpen()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    QVERIFY(writeAll(dir.filePath(u"program.bin"_s),
        QByteArray("\x7f"
                   "ELF\x02\x01\x01\0\0\0",
            10)
            .repeated(100)));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const RunResult result = runCitewise({u"--benchmark"_s, dir.filePath(name)}, environment);
    QVERIFY2(!result.crashed, "the benchmark did not stop");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("cannot open") && result.err.contains(reason), result.err.constData());
}

// An executable without its modules still runs the batch commands that need none, and says what is
// missing for the others.
void TestCli::missingModulesAreReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString lonely = dir.filePath(u"citewise"_s);
    QVERIFY(QFile::copy(QStringLiteral(CITEWISE_BINARY), lonely));

    const QStringList lintArguments = {u"--lint"_s, fixture(u"unordered.txt"_s)};
    const RunResult lint = runCitewise(lintArguments, withoutDisplay(), lonely);
    const RunResult installed = runCitewise(lintArguments, withoutDisplay());
    QVERIFY(!lint.crashed);
    QCOMPARE(lint.exitCode, installed.exitCode);
    QCOMPARE(lint.out, installed.out);
    QVERIFY(lint.out.contains("citation-order"));

    const RunResult links
        = runCitewise({u"--check-links"_s, fixture(u"offline-links.txt"_s)}, withoutDisplay(), lonely);
    QVERIFY(!links.crashed);
    QCOMPARE(links.exitCode, 2);
    QVERIFY2(
        links.err.contains("cannot check links: the link-check module is not found"), links.err.constData());
    QVERIFY(links.out.isEmpty());

    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const RunResult window = runCitewise({fixture(u"unordered.txt"_s)}, offscreen, lonely);
    QVERIFY(!window.crashed);
    QCOMPARE(window.exitCode, 2);
    QVERIFY2(window.err.contains("cannot open the window: the window module is not found"),
        window.err.constData());
    QVERIFY(window.err.contains("still works"));
}

void TestCli::guiOptionsOpenTheWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("file") << QStringList {u"a.txt"_s} << false;
    QTest::newRow("style and its value") << QStringList {u"-style"_s, u"windows"_s, u"a.txt"_s} << false;
    QTest::newRow("style=value") << QStringList {u"-style=windows"_s, u"a.txt"_s} << false;
    QTest::newRow("--platform and its value") << QStringList {u"--platform"_s, u"xcb"_s, u"a.txt"_s} << false;
    QTest::newRow("reverse") << QStringList {u"-reverse"_s, u"a.txt"_s} << false;
    QTest::newRow("json") << QStringList {u"--json"_s, u"a.txt"_s} << true;
    QTest::newRow("style, then json")
        << QStringList {u"-style"_s, u"windows"_s, u"--json"_s, u"a.txt"_s} << true;
    QTest::newRow("unknown option") << QStringList {u"--colour"_s, u"a.txt"_s} << true;
    QTest::newRow("after --") << QStringList {u"--"_s, u"--json"_s} << false;
}

// Qt's own options (-style, -platform, -reverse, ...) open the window with them, written with or
// without "=" before their value; anything else goes to the command line, which explains itself.
void TestCli::guiOptionsOpenTheWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    arguments.prepend(u"citewise"_s);
    QList<QByteArray> bytes;
    for (const QString &argument : std::as_const(arguments))
        bytes.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &argument : bytes)
        argv.append(argument.data());
    QCOMPARE(Citewise::isCommandLineRun(int(argv.size()), argv.data()), commandLine);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
