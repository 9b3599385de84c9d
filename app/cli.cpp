#include "cli.h"

#include "linkcheckcommand.h"
#include "linkcheckentry.h"
#include "moduleloader.h"

#include "articleio.h"
#include "articlejson.h"
#include "diagnostic.h"
#include "filewriter.h"
#include "markerwriting.h"
#include "renumber.h"
#include "textedit.h"
#include "unreadcitations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The most --timeout (in milliseconds) and --jobs take: what the timers and counters behind them hold.
constexpr int kMaxCount = std::numeric_limits<int>::max();

// Options that select a batch command; exactly one may be given.
const QStringList kCommands = {u"json"_s, u"lint"_s, u"renumber"_s, u"write-markers"_s, u"check-links"_s};

void writeTo(FILE *stream, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString &text)
{
    writeTo(stdout, text.toUtf8());
}

void printError(const QString &text)
{
    writeTo(stderr, (u"citewise: "_s + text + u'\n').toUtf8());
}

int usageError(const QString &text)
{
    printError(text);
    writeTo(stderr, "Try 'citewise --help' for more information.\n");
    return ExitFailure;
}

// "-" reads standard input so the commands can sit in a pipe.
std::optional<QByteArray> readInput(const QString &path)
{
    QString error;
    std::optional<QByteArray> bytes = readCommandInput(path, &error);
    if (!bytes)
        printError(u"cannot read %1: %2"_s.arg(path, error));
    return bytes;
}

int runJson(const QString &path)
{
    const std::optional<QByteArray> bytes = readInput(path);
    if (!bytes)
        return ExitFailure;
    const Article article = readArticle(*bytes);
    const QJsonObject json = articleToJson(article, lintArticle(article));
    writeTo(stdout, QJsonDocument(json).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int runLint(const QStringList &paths)
{
    int result = ExitOk;
    for (const QString &path : paths) {
        const std::optional<QByteArray> bytes = readInput(path);
        if (!bytes) {
            result = ExitFailure;
            continue;
        }
        const Article article = readArticle(*bytes);
        QString report;
        for (const Diagnostic &d : lintArticle(article)) {
            report += u"%1:%2:%3: %4: %5 [%6]\n"_s.arg(path).arg(d.line).arg(d.column).arg(
                severityName(d.severity), d.message, d.code);
            if (d.severity == Diagnostic::Severity::Error && result == ExitOk)
                result = ExitProblems;
        }
        printOut(report);
    }
    return result;
}

bool saveFile(const QString &path, const QByteArray &bytes)
{
    // The window's way of saving: a failure (a full disk, a size limit, no permission) leaves the file
    // as it was, and links, hard links and permissions are kept.
    QString error;
    if (!writeFileAtomically(path, bytes, &error)) {
        printError(error);
        return false;
    }
    return true;
}

// The standard stream that `path` names (/dev/stdout, /dev/fd/2, the file or pipe a stream goes to), if
// any: written through the stream, the output goes where the stream goes, in its way (appending to a
// file the shell opened with ">>").
FILE *streamNamedBy(const QString &path)
{
    struct stat target = {};
    if (::stat(QFile::encodeName(path).constData(), &target) != 0)
        return nullptr;
    for (FILE *stream : {stdout, stderr}) {
        struct stat st = {};
        if (::fstat(::fileno(stream), &st) == 0 && st.st_dev == target.st_dev && st.st_ino == target.st_ino)
            return stream;
    }
    return nullptr;
}

// Where --output goes: a device or a pipe (/dev/null, a named pipe) takes the bytes as they are, since
// nothing can be renamed over it; a file is saved as the window saves.
bool writeOutput(const QString &path, const QByteArray &bytes)
{
    if (!isDeviceOrPipe(path))
        return saveFile(path, bytes);
    QString error;
    if (!writeToDevice(path, bytes, &error)) {
        printError(error);
        return false;
    }
    return true;
}

// Checks --in-place and --output for a command that writes an edited article.
int checkOutputOptions(const QString &path, const QCommandLineParser &parser)
{
    if (parser.isSet(u"in-place"_s) && parser.isSet(u"output"_s))
        return usageError(u"--in-place and --output cannot be combined"_s);
    if (parser.isSet(u"in-place"_s) && path == u"-"_s)
        return usageError(u"--in-place needs a file, not standard input"_s);
    return ExitOk;
}

// Writes `article` (read from `bytes` at `path`) with `edits` applied where --in-place or --output say,
// else to standard output.
int writeEdited(const QString &path, const QCommandLineParser &parser, const QByteArray &bytes,
    const Article &article, const QList<TextEdit> &edits)
{
    const bool inPlace = parser.isSet(u"in-place"_s);
    const QString output = parser.value(u"output"_s);
    FILE *const stream = inPlace
        ? nullptr
        : (!parser.isSet(u"output"_s) || output == u"-"_s ? stdout : streamNamedBy(output));
    if (stream) {
        // Straight to the stream, a slice at a time: no copy of the edited article in memory.
        encodeEditedText(article.text.view(), edits, article.hasBom, article.encoding,
            [stream](QByteArrayView slice) { std::fwrite(slice.data(), 1, size_t(slice.size()), stream); });
        std::fflush(stream);
        return ExitOk;
    }
    QByteArray edited;
    edited.reserve(bytes.size() + 64);
    encodeEditedText(article.text.view(), edits, article.hasBom, article.encoding,
        [&edited](QByteArrayView slice) { edited.append(slice); });
    if (inPlace) {
        // Leave a file with nothing to change untouched, so its timestamp keeps meaning something.
        if (edited == bytes)
            return ExitOk;
        return saveFile(path, edited) ? ExitOk : ExitFailure;
    }
    return writeOutput(output, edited) ? ExitOk : ExitFailure;
}

// The bytes at `path` for a command that writes them edited, once --in-place and --output agree; else
// nothing, and `*status` says why.
std::optional<QByteArray> readToRewrite(const QString &path, const QCommandLineParser &parser, int *status)
{
    *status = checkOutputOptions(path, parser);
    if (*status != ExitOk)
        return std::nullopt;
    std::optional<QByteArray> bytes = readInput(path);
    if (!bytes)
        *status = ExitFailure;
    return bytes;
}

int runRenumber(const QString &path, const QCommandLineParser &parser)
{
    int status = ExitOk;
    const std::optional<QByteArray> bytes = readToRewrite(path, parser, &status);
    if (!bytes)
        return status;
    const Article article = readArticle(*bytes);
    RenumberOptions options;
    options.dropUnused = parser.isSet(u"drop-unused"_s);
    const RenumberResult result = renumberCitations(article, options);
    if (result.refused()) {
        // Nothing is written: a half-renumbered article would silently point markers at wrong sources.
        printError(u"cannot renumber %1: %2"_s.arg(path, result.refusal));
        return ExitProblems;
    }
    return writeEdited(path, parser, *bytes, article, result.edits);
}

int runWriteMarkers(const QString &path, const QCommandLineParser &parser)
{
    int status = ExitOk;
    const std::optional<QByteArray> bytes = readToRewrite(path, parser, &status);
    if (!bytes)
        return status;
    const Article article = readArticle(*bytes);
    const MarkerWriting writing = writeAsMarkers(article);
    status = writeEdited(path, parser, *bytes, article, writing.edits);
    if (status != ExitOk || writing.left == 0)
        return status;
    // The rest is written: what is left is said, as --lint says it, and the status tells a script.
    printError(u"%1: %2 citation(s) left as written; --lint names them"_s.arg(path).arg(writing.left));
    return ExitProblems;
}

int runLinkCheck(const QStringList &files, const QCommandLineParser &parser)
{
    LinkCheckOptions options;
    options.json = parser.isSet(u"json"_s);
    options.allowPrivate = parser.isSet(u"allow-private"_s);
    // A count from 1 to kMaxCount: one past it is told the limit, not that it is no number.
    enum class Count { Read, NotPositive, TooLarge };
    const auto readCount = [&](const QString &name, int &count) {
        if (!parser.isSet(name))
            return Count::Read;
        const QString value = parser.value(name);
        QStringView text = QStringView(value).trimmed();
        if (text.startsWith(u'+'))
            text = text.sliced(1);
        if (text.isEmpty()
            || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return Count::NotPositive;
        bool fits = false;
        const qulonglong parsed = text.toULongLong(&fits);
        if (fits && parsed == 0)
            return Count::NotPositive;
        if (!fits || parsed > qulonglong(kMaxCount))
            return Count::TooLarge;
        count = int(parsed);
        return Count::Read;
    };
    switch (readCount(u"timeout"_s, options.timeoutMs)) {
    case Count::Read:
        break;
    case Count::NotPositive:
        return usageError(u"--timeout needs a positive number of milliseconds"_s);
    case Count::TooLarge:
        return usageError(u"--timeout can be at most %1 milliseconds (about 24 days)"_s.arg(kMaxCount));
    }
    switch (readCount(u"jobs"_s, options.jobs)) {
    case Count::Read:
        break;
    case Count::NotPositive:
        return usageError(u"--jobs needs a positive number"_s);
    case Count::TooLarge:
        return usageError(u"--jobs can be at most %1"_s.arg(kMaxCount));
    }
    QString reason;
    const auto checkLinks = reinterpret_cast<CitewiseCheckLinks>(
        resolveModuleEntry(CITEWISE_LINKCHECK_MODULE, linkCheckEntryName, nullptr, &reason));
    if (!checkLinks) {
        std::fprintf(
            stderr, "citewise: cannot check links: the link-check module is %s\n", qPrintable(reason));
        return ExitFailure;
    }
    return checkLinks(&files, &options);
}

// Options that only make sense with one command, so a typo does not silently do something else.
int checkCommandOptions(const QString &command, const QCommandLineParser &parser)
{
    const QList<std::pair<QString, QStringList>> owners = {
        {u"output"_s, {u"renumber"_s, u"write-markers"_s}},
        {u"in-place"_s, {u"renumber"_s, u"write-markers"_s}},
        {u"drop-unused"_s, {u"renumber"_s}},
        {u"timeout"_s, {u"check-links"_s}},
        {u"jobs"_s, {u"check-links"_s}},
        {u"allow-private"_s, {u"check-links"_s}},
    };
    for (const auto &[option, commands] : owners) {
        if (parser.isSet(option) && !commands.contains(command))
            return usageError(u"--%1 can only be used with --%2"_s.arg(option, commands.join(u" or --"_s)));
    }
    return ExitOk;
}

} // namespace

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"Citewise"_s);
    QCoreApplication::setApplicationName(u"citewise"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CITEWISE_VERSION));
}

bool isCommandLineRun(int argc, char **argv)
{
    // Options QGuiApplication consumes itself; with anything else the command line decides.
    static const QSet<QByteArray> guiFlags = {"reverse", "nograb", "dograb", "sync", "widgetcount"};
    static const QSet<QByteArray> guiOptionsWithValue
        = {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry", "qwindowicon",
            "qwindowtitle", "style", "stylesheet", "session", "display", "geometry"};
    for (int i = 1; i < argc; ++i) {
        QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg.size() < 2 || !arg.startsWith('-'))
            continue;
        QByteArray name = arg.mid(arg.startsWith("--") ? 2 : 1);
        const qsizetype equals = name.indexOf('=');
        const bool hasValue = equals >= 0;
        if (hasValue)
            name.truncate(equals);
        if (guiFlags.contains(name))
            continue;
        if (guiOptionsWithValue.contains(name)) {
            if (!hasValue)
                ++i;
            continue;
        }
        return true;
    }
    return false;
}

void setUpParser(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        u"Read, edit and fact-check citation-heavy articles.\n\n"
        "Without a command, opens the files in the Citewise window. The commands below work without a "
        "display. Exit status: 0 success, 1 problems found (errors for --lint), 2 unusable input or "
        "invocation."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"json"_s, u"Print the parsed article FILE as JSON."_s},
        {u"lint"_s, u"Print the problems of each FILE as FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]."_s},
        {u"renumber"_s, u"Renumber the citations of FILE in order of first use and print the result."_s},
        {u"write-markers"_s,
            u"Write the citations of FILE in forms not read as markers (superscripts, full-width brackets, "
            "numbers after a full stop or in parentheses, Markdown footnotes) as markers such as [1], "
            "footnotes' definitions as entries, and the numbers of a list's entries written in those forms "
            "as entries' numbers, and print the result. Exits 1 when some are left as written."_s},
        {{u"o"_s, u"output"_s},
            u"With --renumber or --write-markers: write the result to OUT (- for standard output). A file is "
            "replaced atomically; a device or pipe (/dev/null, /dev/stdout, a named pipe) is written to."_s,
            u"OUT"_s},
        {u"in-place"_s, u"With --renumber or --write-markers: rewrite FILE."_s},
        {u"drop-unused"_s, u"With --renumber: remove references that are never cited."_s},
        {u"check-links"_s,
            u"Check that the reference URLs of each FILE are reachable: one line per reference, or a JSON "
            "array with --json. Exits 1 when a link is broken, times out, does not resolve or its server "
            "cannot be reached."_s},
        {u"timeout"_s,
            u"With --check-links: give up on a URL after MS milliseconds, its redirects included (default "
            "10000, at most 2147483647)."_s,
            u"MS"_s},
        {u"jobs"_s,
            u"With --check-links: check N URLs at a time (default 8; at most 64, and at most 2 on one host)."_s,
            u"N"_s},
        {u"allow-private"_s, u"With --check-links: also contact local and private network addresses."_s},
        {u"benchmark"_s, u"Open FILE in the window, measure opening, typing and renumbering, print JSON."_s},
        {u"open-only"_s, u"With --benchmark: stop after the first paint."_s},
    });
    parser.addPositionalArgument(
        u"FILE"_s, u"Article files (plain text); - reads standard input."_s, u"FILE..."_s);
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpParser(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (parser.isSet(u"version"_s)) {
        printOut(u"citewise " CITEWISE_VERSION "\n"_s);
        return ExitOk;
    }

    QStringList commands;
    for (const QString &command : kCommands) {
        if (parser.isSet(command))
            commands.append(command);
    }
    // With --check-links, --json chooses the output format rather than a command of its own.
    if (commands.contains(u"check-links"_s))
        commands.removeAll(u"json"_s);
    if (commands.size() > 1)
        return usageError(u"choose one command, not --%1"_s.arg(commands.join(u" and --"_s)));
    if (commands.isEmpty())
        return usageError(
            u"options need a command (--json, --lint, --renumber, --write-markers or --check-links)"_s);
    const QString command = commands.constFirst();
    if (const int status = checkCommandOptions(command, parser); status != ExitOk)
        return status;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(u"--%1 needs a FILE"_s.arg(command));
    const bool singleFile = command == u"json"_s || command == u"renumber"_s || command == u"write-markers"_s;
    if (singleFile && files.size() > 1)
        return usageError(u"--%1 takes one FILE"_s.arg(command));

    int status = ExitOk;
    if (command == u"json"_s)
        status = runJson(files.constFirst());
    else if (command == u"lint"_s)
        status = runLint(files);
    else if (command == u"renumber"_s)
        status = runRenumber(files.constFirst(), parser);
    else if (command == u"write-markers"_s)
        status = runWriteMarkers(files.constFirst(), parser);
    else
        status = runLinkCheck(files, parser);
    // Output that never arrived (a full disk behind a redirection, a closed pipe) is a failure, not a
    // result: a script must not take a truncated report or article for the whole.
    errno = 0;
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const int error = errno;
        printError(u"cannot write to standard output: %1"_s.arg(
            error ? QString::fromLocal8Bit(std::strerror(error)) : u"write error"_s));
        return ExitFailure;
    }
    return status;
}

} // namespace Citewise
