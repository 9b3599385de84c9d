#include "diagnostic.h"

#include "articleio.h"

#include "citationscanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// The common case, "http(s)://host[:port]/path" in plain ASCII, read without QUrl (which costs microseconds
// per address, a lot for articles with thousands of references). Sets *key to the normalised form.
// Anything unusual (non-ASCII, percent escapes, user info, IPv6, odd characters) returns false and goes
// through QUrl.
bool plainHttpUrlKey(QStringView url, QString *key)
{
    qsizetype schemeLength = 0;
    if (url.startsWith(u"https://", Qt::CaseInsensitive))
        schemeLength = 5;
    else if (url.startsWith(u"http://", Qt::CaseInsensitive))
        schemeLength = 4;
    else
        return false;
    const qsizetype hostStart = schemeLength + 3;
    qsizetype i = hostStart;
    while (i < url.size()) {
        const char16_t c = url.at(i).unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'.')
            ++i;
        else
            break;
    }
    const qsizetype hostEnd = i;
    if (hostEnd == hostStart || url.at(hostStart) == u'.' || url.at(hostEnd - 1) == u'-')
        return false;
    qsizetype portStart = -1;
    if (i < url.size() && url.at(i) == u':') {
        portStart = ++i;
        while (i < url.size() && url.at(i).unicode() >= u'0' && url.at(i).unicode() <= u'9')
            ++i;
        if (i == portStart || i - portStart > 5)
            return false;
    }
    const qsizetype pathStart = i;
    if (i < url.size() && url.at(i) != u'/' && url.at(i) != u'?' && url.at(i) != u'#')
        return false;
    for (; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (c <= u' ' || c >= 0x7f || c == u'%' || c == u'"' || c == u'<' || c == u'>' || c == u'\\'
            || c == u'^' || c == u'`' || c == u'{' || c == u'|' || c == u'}' || c == u'[' || c == u']')
            return false;
    }
    if (!key)
        return true;
    const QStringView scheme = url.left(schemeLength);
    QStringView port;
    if (portStart > 0) {
        port = url.mid(portStart, pathStart - portStart);
        while (port.size() > 1 && port.front() == u'0')
            port = port.sliced(1);
        if ((schemeLength == 4 && port == u"80") || (schemeLength == 5 && port == u"443"))
            port = {};
    }
    // The path up to the query or fragment loses its trailing slashes.
    QStringView rest = url.sliced(pathStart);
    qsizetype pathEnd = rest.indexOf(u'?');
    const qsizetype hash = rest.indexOf(u'#');
    if (pathEnd < 0 || (hash >= 0 && hash < pathEnd))
        pathEnd = hash;
    if (pathEnd < 0)
        pathEnd = rest.size();
    QStringView path = rest.left(pathEnd);
    while (path.endsWith(u'/'))
        path.chop(1);
    QString out;
    out.reserve(url.size());
    out += scheme.toString().toLower();
    out += u"://"_s;
    out += url.mid(hostStart, hostEnd - hostStart).toString().toLower();
    if (!port.isEmpty()) {
        out += u':';
        out += port;
    }
    out += path;
    out += rest.sliced(pathEnd);
    *key = std::move(out);
    return true;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Citewise::Diagnostics", text);
}

// Reports are collected per kind of check and sorted once at the end, which keeps every check a
// single linear pass (articles can hold 100k markers).
class Analyser
{
public:
    explicit Analyser(const Article &article) : m_article(article) { }

    QList<Diagnostic> run()
    {
        checkEncoding();
        checkReferences();
        checkStrayLines();
        checkCitations();
        checkUnusedReferences();
        checkMalformedMarkers();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Diagnostic &a, const Diagnostic &b) {
            if (a.line != b.line)
                return a.line < b.line;
            if (a.span.start != b.span.start)
                return a.span.start < b.span.start;
            return a.severity < b.severity;
        });
        return std::move(m_out);
    }

private:
    void add(Diagnostic::Severity severity, const QString &code, TextSpan span, const QString &message,
        int referenceIndex = -1)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.span = span;
        d.line = m_article.lineAt(span.start);
        d.column = m_article.columnAt(span.start);
        d.message = message;
        d.referenceIndex = referenceIndex;
        m_out.append(std::move(d));
    }

    QString spanText(TextSpan span) const { return m_article.view(span).toString(); }

    void checkEncoding()
    {
        for (int line : m_article.invalidEncodingLines) {
            if (line < 1 || line > m_article.lines.size())
                continue;
            const TextSpan lineSpan = m_article.lines.at(line - 1).span;
            const QStringView text = m_article.view(lineSpan);
            qsizetype first = -1;
            qsizetype last = -1;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (isEscapedByte(text, i)) {
                    if (first < 0)
                        first = i;
                    last = i;
                }
            }
            // The bad bytes may sit in the terminator-less part only; fall back to the whole line.
            const TextSpan span = first < 0 ? lineSpan : TextSpan {lineSpan.start + first, last - first + 1};
            add(Diagnostic::Severity::Error, u"invalid-encoding"_s, span,
                tr("This line contains bytes that are not valid UTF-8; they are kept unchanged."));
        }
    }

    void checkReferences()
    {
        QHash<QString, int> byUrlKey;
        for (int i = 0; i < m_article.references.size(); ++i) {
            const Reference &ref = m_article.references.at(i);
            if (!ref.hasValidNumber()) {
                add(Diagnostic::Severity::Error, u"number-out-of-range"_s, ref.numberSpan,
                    tr("Reference number %1 is out of range (1 to %2).")
                        .arg(spanText(ref.numberSpan))
                        .arg(std::numeric_limits<int>::max()),
                    i);
            } else if (const auto it = m_firstRefByNumber.constFind(ref.number);
                       it != m_firstRefByNumber.cend()) {
                add(Diagnostic::Severity::Error, u"duplicate-reference-number"_s, ref.numberSpan,
                    tr("Reference number %1 is already used on line %2.")
                        .arg(ref.number)
                        .arg(m_article.references.at(*it).line),
                    i);
            } else {
                m_firstRefByNumber.insert(ref.number, i);
            }

            if (ref.url.isEmpty()) {
                add(Diagnostic::Severity::Error, u"malformed-reference"_s, ref.span,
                    tr("Reference %1 has no usable URL.").arg(spanText(ref.numberSpan)), i);
                continue;
            }
            checkUrl(ref, i);

            const QString key = normalizedUrlKey(ref.url);
            const auto seen = byUrlKey.constFind(key);
            if (seen == byUrlKey.cend()) {
                byUrlKey.insert(key, i);
            } else if (m_article.references.at(*seen).number != ref.number) {
                // Same number twice is already a duplicate-reference-number error; do not double up.
                add(Diagnostic::Severity::Warning, u"duplicate-url"_s, ref.urlSpan,
                    tr("Reference %1 points to the same address as reference %2.")
                        .arg(spanText(ref.numberSpan), spanText(m_article.references.at(*seen).numberSpan)),
                    i);
            }
        }
    }

    // Anything QUrl cannot read or that names no host is an error: nobody can follow it. A readable
    // address with another scheme (ftp:, file:, ...) is only a warning, since it may be deliberate.
    void checkUrl(const Reference &ref, int index)
    {
        if (plainHttpUrlKey(ref.url, nullptr))
            return;
        const QUrl url(ref.url);
        if (!url.isValid() || url.host().isEmpty()) {
            add(Diagnostic::Severity::Error, u"invalid-url"_s, ref.urlSpan,
                tr("“%1” is not a valid web address.").arg(ref.url), index);
            return;
        }
        const QString scheme = url.scheme();
        if (scheme != "http"_L1 && scheme != "https"_L1) {
            add(Diagnostic::Severity::Warning, u"invalid-url"_s, ref.urlSpan,
                tr("“%1” is not an http or https address.").arg(ref.url), index);
        }
    }

    void checkStrayLines()
    {
        for (const StrayLine &stray : m_article.strayReferenceLines) {
            add(Diagnostic::Severity::Error, u"malformed-reference"_s, stray.span,
                tr("This line in the references section is not a reference entry."));
        }
    }

    // The span to underline for number n of a marker: its digits when written out, else the marker.
    static TextSpan numberSpanIn(const Citation &citation, int n)
    {
        if (citation.form != Citation::Form::Range) {
            for (const CitationNumber &number : citation.numbers) {
                if (number.value == n)
                    return number.span;
            }
        }
        return citation.span;
    }

    void checkCitations()
    {
        const QList<Citation> &citations = m_article.citations;
        const bool haveSection = m_article.referencesSection.present;
        if (!citations.isEmpty() && !haveSection) {
            add(Diagnostic::Severity::Error, u"missing-references-section"_s, citations.first().span,
                tr("The article cites sources but has no references section."));
        }

        bool orderReported = false;
        int distinctCited = 0;
        m_cited.reserve(m_firstRefByNumber.size());
        for (const Citation &citation : citations) {
            for (const CitationNumber &number : citation.numbers) {
                if (number.outOfRange()) {
                    add(Diagnostic::Severity::Error, u"number-out-of-range"_s, number.span,
                        tr("Citation number %1 is out of range (1 to %2).")
                            .arg(spanText(number.span))
                            .arg(std::numeric_limits<int>::max()));
                }
            }

            QList<int> missing;
            for (int n : citation.expandedNumbers()) {
                const bool exists = m_firstRefByNumber.contains(n);
                if (exists && !m_cited.contains(n)) {
                    m_cited.insert(n);
                    ++distinctCited;
                    // Dangling numbers are left out: they are errors of their own, and renumbering
                    // moves them past the references anyway.
                    if (!orderReported && n != distinctCited) {
                        orderReported = true;
                        add(Diagnostic::Severity::Warning, u"citation-order"_s, numberSpanIn(citation, n),
                            tr("References are first cited out of order: [%1] stands where [%2] would "
                               "come next; renumbering puts them in order of first use.")
                                .arg(n)
                                .arg(distinctCited));
                    }
                }
                if (!exists && haveSection)
                    missing.append(n);
            }
            reportDangling(citation, missing);
        }
    }

    void reportDangling(const Citation &citation, const QList<int> &missing)
    {
        if (missing.isEmpty())
            return;
        if (citation.form != Citation::Form::Range) {
            for (int n : missing) {
                add(Diagnostic::Severity::Error, u"dangling-citation"_s, numberSpanIn(citation, n),
                    tr("Citation [%1] has no matching reference.").arg(n));
            }
            return;
        }
        QStringList numbers;
        for (int n : missing)
            numbers.append(QString::number(n));
        add(Diagnostic::Severity::Error, u"dangling-citation"_s, citation.span,
            tr("Numbers in this range have no matching reference: %1.").arg(numbers.join(", "_L1)));
    }

    void checkUnusedReferences()
    {
        for (auto it = m_firstRefByNumber.cbegin(); it != m_firstRefByNumber.cend(); ++it) {
            if (m_cited.contains(int(it.key())))
                continue;
            const Reference &ref = m_article.references.at(it.value());
            add(Diagnostic::Severity::Warning, u"unused-reference"_s, ref.span,
                tr("Reference %1 is never cited in the text.").arg(spanText(ref.numberSpan)), it.value());
        }
    }

    // Scans the same text the parser scans for markers: the title and the body paragraphs outside
    // code fences, each trimmed.
    void checkMalformedMarkers()
    {
        for (const MalformedMarker &marker : m_article.malformedMarkers) {
            add(Diagnostic::Severity::Warning, u"malformed-citation"_s, marker.span,
                tr("“%1” looks like a citation marker but cannot be read.").arg(spanText(marker.span)));
        }
    }

    const Article &m_article;
    QList<Diagnostic> m_out;
    QHash<qint64, int> m_firstRefByNumber; // valid reference number -> index of its first entry
    QSet<int> m_cited;
};

} // namespace

QString severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return u"error"_s;
    case Diagnostic::Severity::Warning:
        return u"warning"_s;
    case Diagnostic::Severity::Info:
        return u"info"_s;
    }
    return u"warning"_s;
}

QList<Diagnostic> analyseArticle(const Article &article)
{
    return Analyser(article).run();
}

QString normalizedUrlKey(const QString &url)
{
    const QString trimmed = url.trimmed();
    QString key;
    if (plainHttpUrlKey(trimmed, &key))
        return key;
    QUrl parsed(trimmed);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return trimmed;
    // QUrl already lower-cases the scheme and the host.
    const QString scheme = parsed.scheme();
    if ((scheme == "http"_L1 && parsed.port() == 80) || (scheme == "https"_L1 && parsed.port() == 443))
        parsed.setPort(-1);
    QString path = parsed.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    parsed.setPath(path, QUrl::TolerantMode);
    return parsed.toString(QUrl::FullyEncoded);
}

} // namespace Citewise
