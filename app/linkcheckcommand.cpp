#include "linkcheckcommand.h"

#include "articleio.h"
#include "filewriter.h"
#include "linkchecker.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

struct Entry
{
    QString file;
    qint64 number = 0;
    QString url;
};

LinkCheckResult resultFor(const Entry &entry, const QHash<QString, LinkCheckResult> &results)
{
    if (const auto it = results.constFind(entry.url.trimmed()); it != results.cend())
        return *it;
    LinkCheckResult missing; // only when the run was cut short
    missing.url = entry.url;
    missing.status = LinkStatus::NetworkError;
    return missing;
}

// `text` with control characters written as "\x1B": an address from a file must not drive the terminal.
QString printable(const QString &text)
{
    if (std::none_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return text;
    QString out;
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control)
            out += u"\\x"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(2, u'0');
        else
            out += c;
    }
    return out;
}

QString textLine(const Entry &entry, const LinkCheckResult &result, bool withFile)
{
    QString line;
    if (withFile)
        line += entry.file + u": "_s;
    line += u"[%1] %2 %3 %4"_s.arg(QString::number(entry.number), linkStatusName(result.status),
        result.httpCode > 0 ? QString::number(result.httpCode) : u"-"_s,
        entry.url.isEmpty() ? u"(no URL)"_s : printable(entry.url));
    // Where a redirect led, whether it answered there or not ("broken 404 … -> the page it moved to"),
    // unless back where it started (a page checking for cookies).
    if (!result.redirects.isEmpty() && !result.finalUrl.isEmpty() && result.finalUrl != result.url)
        line += u" -> "_s + printable(result.finalUrl);
    line += u" (%1 ms)"_s.arg(result.elapsedMs);
    return line;
}

QJsonObject jsonEntry(const Entry &entry, const LinkCheckResult &result)
{
    QJsonArray redirects;
    for (const RedirectHop &hop : result.redirects)
        redirects.append(QJsonObject {{u"url"_s, hop.url}, {u"code"_s, hop.httpCode}});
    return QJsonObject {
        {u"file"_s, entry.file},
        {u"number"_s, entry.number},
        {u"url"_s, entry.url},
        {u"status"_s, linkStatusName(result.status)},
        {u"code"_s, result.httpCode > 0 ? QJsonValue(result.httpCode) : QJsonValue()},
        {u"final_url"_s, result.redirects.isEmpty() ? QJsonValue() : QJsonValue(result.finalUrl)},
        {u"elapsed_ms"_s, result.elapsedMs},
        // The timeout the link had; null when nothing was asked (a blocked or invalid address).
        {u"timeout_ms"_s, result.timeoutMs > 0 ? QJsonValue(result.timeoutMs) : QJsonValue()},
        {u"redirects"_s, redirects},
        // Why it failed or was not checked, in words: null when there is nothing to say.
        {u"error"_s, result.errorString.isEmpty() ? QJsonValue() : QJsonValue(result.errorString)},
    };
}

} // namespace

int runCheckLinks(
    const QStringList &files, const LinkCheckOptions &options, QTextStream &out, QTextStream &err)
{
    int exitCode = 0;
    QList<Entry> entries;
    QStringList urls;
    for (const QString &path : files) {
        QString error;
        const std::optional<QByteArray> bytes = readCommandInput(path, &error); // "-": standard input
        if (!bytes) {
            err << u"citewise: cannot read %1: %2\n"_s.arg(path, error);
            err.flush();
            exitCode = 2;
            continue;
        }
        const Article article = readArticle(*bytes);
        for (const Reference &reference : article.references) {
            entries.append({path, reference.number, reference.url});
            urls.append(reference.url);
        }
    }

    LinkChecker checker;
    checker.setTimeoutMs(options.timeoutMs);
    checker.setMaxParallel(options.jobs);
    checker.setAllowPrivateAddresses(options.allowPrivate);
    const bool withFile = files.size() > 1;
    QHash<QString, LinkCheckResult> results;
    bool anyFailure = false;
    int privateLinks = 0;
    QJsonArray array;
    // Text lines go out as soon as the entries before them are answered too, in the files' order, so a
    // long run shows its progress and one cut short keeps what it found; JSON is one array, at the end.
    qsizetype printed = 0;
    const auto printAnswered = [&](bool all) {
        for (; printed < entries.size(); ++printed) {
            const Entry &entry = entries.at(printed);
            if (!all && !results.contains(entry.url.trimmed()))
                break;
            const LinkCheckResult result = resultFor(entry, results);
            anyFailure = anyFailure || result.isFailure();
            privateLinks += result.status == LinkStatus::PrivateAddress;
            if (options.json) {
                array.append(jsonEntry(entry, result));
            } else {
                out << textLine(entry, result, withFile) << u'\n';
                out.flush();
            }
        }
    };
    QEventLoop loop;
    QObject::connect(
        &checker, &LinkChecker::resultReady, &loop, [&](const QString &url, const LinkCheckResult &result) {
            results.insert(url, result);
            printAnswered(false);
        });
    QObject::connect(&checker, &LinkChecker::finished, &loop, &QEventLoop::quit);
    checker.check(urls);
    if (checker.isRunning())
        loop.exec();
    printAnswered(true);

    if (options.json)
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
    if (privateLinks > 0) {
        err << u"citewise: %1 %2 not checked: %3 at this computer or a private network (--allow-private "
               "checks them).\n"_s.arg(privateLinks)
                   .arg(privateLinks == 1 ? u"link was"_s : u"links were"_s,
                       privateLinks == 1 ? u"it points"_s : u"they point"_s);
        err.flush();
    }
    if (exitCode == 0 && anyFailure)
        exitCode = 1;
    return exitCode;
}

} // namespace Citewise
