// ArticleDocument: the file's text in the editor's document, loading and saving it, and its analysis
// (the named operations are in articledocumentedits.cpp).
#include "articledocument_p.h"

#include "editortextlayout.h"
#include "filewriter.h"
#include "lineends.h"
#include "unreadfindings.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr int kAnalysisDelayMs = 120;
constexpr qint64 kDefaultMaxFileSize = qint64(256) * 1024 * 1024;
qint64 maxFileSizeOverride = 0;

} // namespace

// Lone CRs become paragraph breaks in QTextDocument anyway, one character for one, so positions still
// match.
QString withoutCrOfCrlf(const QString &text)
{
    if (!text.contains(u'\r'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            continue;
        out.append(text.at(i));
    }
    return out;
}

ArticleDocument::ArticleDocument(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->text = new QTextDocument(this);
    // QPlainTextEdit accepts only documents with a QPlainTextDocumentLayout.
    d->text->setDocumentLayout(new EditorTextLayout(d->text));
    d->analysisTimer = new QTimer(this);
    d->analysisTimer->setSingleShot(true);
    d->analysisTimer->setInterval(kAnalysisDelayMs);
    connect(d->analysisTimer, &QTimer::timeout, this, [this] { d->analyse(); });
    m_unread = new UnreadFindings(this);
    connect(m_unread, &UnreadFindings::readDue, this, [this] {
        // (An edit still to analyse schedules the reading again.)
        if (!d->analysisPending && m_unread->read(d->article))
            refreshExtraDiagnostics();
    });

    connect(d->text, &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        if (removed == 0 && added == 0)
            return;
        d->noteChange(position, removed, added);
        d->analysisPending = true;
        d->analysisTimer->start();
        Q_EMIT undoNamesChanged();
    });
    connect(d->text, &QTextDocument::undoAvailable, this, &ArticleDocument::undoNamesChanged);
    connect(d->text, &QTextDocument::redoAvailable, this, &ArticleDocument::undoNamesChanged);
    connect(d->text, &QTextDocument::undoCommandAdded, this, &ArticleDocument::undoNamesChanged);
    connect(d->text, &QTextDocument::modificationChanged, this, &ArticleDocument::modificationChanged);

    d->analyse();
}

ArticleDocument::~ArticleDocument()
{
    // The undo markers reach into d; let the document delete them while d is still alive.
    delete d->text;
}

QTextDocument *ArticleDocument::textDocument() const
{
    return d->text;
}

const Article &ArticleDocument::article() const
{
    return d->article;
}

const CitationCounts &ArticleDocument::citationCounts() const
{
    return d->analysis.citationCounts();
}

const ArticleChange &ArticleDocument::lastChange() const
{
    return d->lastChange;
}

const QList<Diagnostic> &ArticleDocument::diagnostics() const
{
    return d->diagnostics;
}

void ArticleDocument::analyseNow()
{
    d->ensureAnalysed();
}

bool ArticleDocument::isAnalysisPending() const
{
    return d->analysisPending;
}

void ArticleDocument::refreshExtraDiagnostics()
{
    d->lastChange = ArticleChange::none(); // views have taken the last edit already
    d->diagnostics = withExtraDiagnostics(d->analysisDiagnostics);
    Q_EMIT analysisUpdated();
}

void ArticleDocument::newDocument()
{
    d->hasBom = false;
    d->encoding = TextEncoding::Utf8;
    d->newline = u"\n"_s;
    d->notWritable = false;
    d->mayHaveEscapes = false;
    d->setReadOnlyReason({});
    d->setPath({});
    d->resetText({}, {});
}

bool ArticleDocument::load(const QString &path, QString *error)
{
    // Binary, unreadable and oversized files are refused with the reason; the open text stays as it was.
    const FileReadResult read = readFileChecked(path, FileLimits {maximumFileSize()});
    if (!read.ok()) {
        if (error)
            *error = read.message;
        return false;
    }
    const QByteArray &bytes = read.bytes;
    const QFileInfo info(path);

    const Article original = readArticle(bytes);
    d->hasBom = original.hasBom;
    d->encoding = original.encoding;
    d->newline = original.preferredNewline();

    QString reason;
    d->notWritable = false;
    if (original.hasInvalidEncoding && original.encoding != TextEncoding::Utf8) {
        reason = tr("The file contains bytes that are not valid UTF-16. It is opened read-only so that they "
                    "are never changed.");
    } else if (original.hasInvalidEncoding) {
        reason
            = tr("The file contains bytes that are not valid UTF-8. It is opened read-only so that they are "
                 "never changed.");
    } else if (read.hasNulBytes) {
        reason = tr("The file contains NUL bytes and may not be a text file. It is opened read-only.");
    } else if (!info.isWritable()) {
        reason = tr("You do not have permission to change this file. Use Save As… to keep your own copy.");
        d->notWritable = true;
    }
    d->setReadOnlyReason(reason);
    d->originalBytes = bytes; // (what the new path holds, for those told of it)
    d->setPath(info.absoluteFilePath());
    d->mayHaveEscapes = original.hasInvalidEncoding;
    d->resetText(withoutCrOfCrlf(original.text.toString()), bytes, &original);
    return true;
}

bool ArticleDocument::save(const QString &path, QString *error)
{
    const QByteArray bytes = toBytes();
    if (!writeFileAtomically(path, bytes, error))
        return false;

    // Written from the editor's own text, reading the bytes back gives it again; the file's own bytes
    // written back keep the text they correspond to.
    if (bytes.constData() != d->originalBytes.constData())
        d->savedText = QString();
    d->originalBytes = bytes;
    d->text->setModified(false);
    d->setPath(QFileInfo(path).absoluteFilePath());
    if (d->notWritable) {
        d->notWritable = false;
        d->setReadOnlyReason({});
    }
    return true;
}

QByteArray ArticleDocument::toBytes() const
{
    const QString current = d->latestText();
    if (d->originalBytes.isNull())
        return encodeText(
            current, d->hasBom, d->encoding); // never loaded nor saved: lines end as the editor's do
    // Unchanged text gives the bytes it came from, also where writing it out again would not: only
    // then is the saved text read back to compare.
    if (!d->originalBytes.contains('\r')) {
        const QByteArray bytes = encodeText(current, d->hasBom, d->encoding);
        if (bytes == d->originalBytes)
            return d->originalBytes;
        return current == d->savedEditorText() ? d->originalBytes : bytes;
    }
    const QString original = decodeText(d->originalBytes).text;
    const QString saved
        = d->savedText.isNull() ? withoutCrOfCrlf(original) : d->savedText; // savedEditorText()
    if (current == saved)
        return d->originalBytes;
    // Lines keep the terminators the file gave them; only those the edit made or touched take the
    // file's usual one ("\r\n", a lone "\r", or in a file that mixes them the commonest).
    return encodeText(withOriginalLineEnds(original, saved, current, d->newline), d->hasBom, d->encoding);
}

QByteArray ArticleDocument::loadedBytes() const
{
    return d->originalBytes;
}

QString ArticleDocument::filePath() const
{
    return d->path;
}

bool ArticleDocument::isModified() const
{
    return d->text->isModified();
}
QString ArticleDocument::text() const
{
    return d->currentText();
}

QString ArticleDocument::analysedText()
{
    d->ensureAnalysed();
    return d->latestText();
}

bool ArticleDocument::restoreText(const QString &path, const QString &text, QString *error)
{
    // The original file, when it can still be read, gives the BOM, line endings and read-only state.
    if (path.isEmpty() || !QFileInfo::exists(path) || !load(path, error)) {
        newDocument();
        if (!path.isEmpty() && !QFileInfo::exists(path))
            d->setPath(QFileInfo(path).absoluteFilePath()); // Save writes it back where it was
    }
    if (error)
        error->clear();
    QTextCursor cursor(d->text);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(withoutCrOfCrlf(text));
    cursor.endEditBlock();
    d->text->setModified(true);
    d->mayHaveEscapes = true; // a recovered text keeps the original's invalid bytes, if it had any
    d->analyse();
    Q_EMIT undoNamesChanged();
    return true;
}

void ArticleDocument::setMaximumFileSize(qint64 bytes)
{
    maxFileSizeOverride = bytes;
}

qint64 ArticleDocument::maximumFileSize()
{
    if (maxFileSizeOverride > 0)
        return maxFileSizeOverride;
    const qint64 megabytes = QSettings().value(u"files/maxSizeMB"_s, 0).toLongLong();
    return megabytes > 0 ? megabytes * 1024 * 1024 : kDefaultMaxFileSize;
}

void ArticleDocument::setModified(bool modified)
{
    d->text->setModified(modified);
}

bool ArticleDocument::isReadOnly() const
{
    return !d->readOnlyReason.isEmpty();
}

QString ArticleDocument::readOnlyReason() const
{
    return d->readOnlyReason;
}

} // namespace Citewise
