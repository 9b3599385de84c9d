#include "articledocument.h"

#include "articleanalysis.h"
#include "articleedits.h"
#include "articleio.h"
#include "articleupdate.h"
#include "filewriter.h"
#include "groupededits.h"
#include "lineends.h"
#include "renumber.h"

#include <QAbstractUndoItem>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextDocumentLayout>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

constexpr int kAnalysisDelayMs = 120;
constexpr qint64 kDefaultMaxFileSize = qint64(256) * 1024 * 1024;
qint64 maxFileSizeOverride = 0;

// Every named operation leaves one of these at the end of its edit block. QTextDocument owns it like any
// other undo command and deletes it when the redo history is discarded, so a live marker is exactly a
// named step that undo()/redo() can still reach. It also keeps typing from merging into the step.
struct NamedStep
{
    int before = 0; // availableUndoSteps() before the step
    int after = 0; // and after it
    QString name;
    QHash<qint64, qint64> renumbering; // a renumbering's numbers, old to new
};
using NamedSteps = QList<NamedStep *>;

class NamedStepMarker : public QAbstractUndoItem
{
public:
    NamedStepMarker(std::shared_ptr<NamedSteps> registry, NamedStep *step, ArticleDocument *document)
        : m_registry(std::move(registry)), m_step(step), m_document(document)
    {
        m_registry->append(m_step);
    }
    ~NamedStepMarker() override
    {
        m_registry->removeOne(m_step);
        delete m_step;
    }
    // The marker ends its step: it is undone first, before the step's edits, and redone last.
    void undo() override
    {
        if (m_step->renumbering.isEmpty())
            return;
        QHash<qint64, qint64> back;
        back.reserve(m_step->renumbering.size());
        for (auto it = m_step->renumbering.cbegin(); it != m_step->renumbering.cend(); ++it)
            back.insert(it.value(), it.key());
        Q_EMIT m_document->referencesRenumbered(back);
    }
    void redo() override
    {
        if (!m_step->renumbering.isEmpty())
            Q_EMIT m_document->referencesRenumbered(m_step->renumbering);
    }

private:
    std::shared_ptr<NamedSteps> m_registry;
    NamedStep *m_step;
    ArticleDocument *m_document; // deletes the text document, and so this marker, before it goes
};

// The text as the editor holds it: CR of every CRLF removed. Lone CRs become paragraph breaks in
// QTextDocument anyway, one character for one, so positions still match.
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

} // namespace

class ArticleDocument::Private
{
public:
    ArticleDocument *q = nullptr;
    QTextDocument *text = nullptr;
    QTimer *analysisTimer = nullptr;
    bool analysisPending = false;
    Article article;
    ArticleChange lastChange; // what the latest analysis changed
    ArticleAnalysis analysis;
    // Text changed since the last analysis: [dirtyStart, dirtyEnd) of the document replaced
    // dirtyEnd - dirtyStart - dirtyDelta characters of article.text. dirtyStart < 0: nothing changed.
    qsizetype dirtyStart = -1;
    qsizetype dirtyEnd = 0;
    qsizetype dirtyDelta = 0;
    QList<Diagnostic> analysisDiagnostics; // of the text alone
    QList<Diagnostic> diagnostics; // and those of the extra source

    QString path;
    QByteArray originalBytes; // as loaded or last saved; written back while the text is unchanged
    // The editor text that corresponds to originalBytes, only when the editor stores the file's text
    // differently (see storesVerbatim()); otherwise null and read from originalBytes again when asked
    // for. Keeping it would pin a second copy of the text, shared with the article's until the first
    // key typed then copied whole: 70 ms at 10 MB.
    QString savedText;
    bool hasBom = false;
    QString newline = u"\n"_s;
    QString readOnlyReason;
    bool notWritable = false; // the read-only reason is the file's permissions, not its content
    bool mayHaveEscapes = false; // the text may hold escaped invalid bytes (see markInvalidEncoding)

    std::shared_ptr<NamedSteps> namedSteps = std::make_shared<NamedSteps>();
    QHash<qint64, qint64> renumbering; // of the edits renumberCitations() has applied, for their step

    QString currentText() const
    {
        QString raw = text->toRawText();
        // A plain loop the compiler vectorises; QString::replace(QChar, QChar) was a tenth of a keystroke
        // on a 10 MB article.
        char16_t *data = reinterpret_cast<char16_t *>(raw.data());
        const qsizetype size = raw.size();
        for (qsizetype i = 0; i < size; ++i)
            data[i] = data[i] == char16_t(QChar::ParagraphSeparator) ? u'\n' : data[i];
        return raw;
    }

    // currentText(), from the article when it has been analysed: copying the article's text costs a
    // few milliseconds where reading the editor's document out costs tens (10 MB).
    QString latestText() const { return analysisPending ? currentText() : article.text.toString(); }

    void analyse()
    {
        if (!analyseEdit())
            analyseText(currentText());
    }

    void noteChange(qsizetype position, qsizetype removed, qsizetype added)
    {
        if (dirtyStart < 0) {
            dirtyStart = position;
            dirtyEnd = position + added;
            dirtyDelta = added - removed;
            return;
        }
        dirtyEnd = std::max(dirtyEnd, position + removed) + added - removed;
        dirtyStart = std::min(dirtyStart, position);
        dirtyDelta += added - removed;
    }

    // Brings the article up to date with the edits since the last analysis, reading only the text they
    // touched. False when that cannot be done (the caller then analyses the whole text).
    bool analyseEdit()
    {
        const qsizetype length = text->characterCount() - 1;
        const qsizetype start = dirtyStart;
        const qsizetype oldEnd = dirtyEnd - dirtyDelta;
        dirtyStart = -1;
        // Escaped bytes are found by a pass over the whole text; QTextDocument reports replacing all of
        // its text (setPlainText, select all + type) as one character more than there is.
        if (start < 0 || mayHaveEscapes || dirtyEnd > length || oldEnd > article.text.size()
            || article.text.size() + dirtyDelta != length || oldEnd < start)
            return false;
        // Edits all over the text (renumbering): reading the stretch through a cursor goes fragment by
        // fragment and costs more than copying the whole text out, which a full parse then reads.
        if (dirtyEnd - start > length / 2)
            return false;
        QTextCursor cursor(text);
        cursor.setPosition(int(start));
        cursor.setPosition(int(dirtyEnd), QTextCursor::KeepAnchor);
        QString inserted = cursor.selectedText();
        inserted.replace(QChar::ParagraphSeparator, u'\n');
        analysisTimer->stop();
        analysisPending = false;
        Q_EMIT q->articleAboutToChange();
        lastChange = updateArticle(article, start, oldEnd - start, inserted);
        finishAnalysis();
        return true;
    }

    // After `edits` (sorted by start, not overlapping, as inserted) went into the editor's document with
    // the article up to date before them: the article's text with the same edits is the editor's text
    // now, unless a replacement holds a character the document stores differently. Reading the whole
    // text back out of the document, which edits all over it (renumbering) need, costs several times
    // more (10 MB: about 55 ms). Returns false when the document has to be read instead.
    bool analyseApplied(const QList<TextEdit> &edits)
    {
        if (mayHaveEscapes)
            return false;
        for (const TextEdit &edit : edits) {
            if (!storesVerbatim(edit.replacement))
                return false;
        }
        analyseText(article.text.edited(edits));
        return true;
    }

    // `parsed`, when given, is `text` already parsed (as on load), so the text is not parsed twice.
    void analyseText(const QString &text, const Article *parsed = nullptr)
    {
        analysisTimer->stop();
        analysisPending = false;
        if (parsed) {
            article = *parsed;
        } else {
            // Whoever holds a copy of the article lets go, and the article read before goes, so that
            // its text and records (tens of MB for a large article) are not held twice at the peak.
            Q_EMIT q->articleAboutToChange();
            article = Article();
            article = parseArticle(text);
            article.hasBom = hasBom;
            // Escaped (invalid UTF-8) bytes can only come from the file or a recovered text; looking for
            // them costs a pass over the whole text, so only documents that may hold them pay it.
            if (mayHaveEscapes)
                markInvalidEncoding(article);
        }
        dirtyStart = -1;
        lastChange = ArticleChange();
        finishAnalysis();
    }

    void finishAnalysis()
    {
        if (lastChange.whole)
            analysis.analyse(article);
        else
            analysis.update(article, lastChange);
        analysisDiagnostics = analysis.diagnostics();
        diagnostics = q->withExtraDiagnostics(analysisDiagnostics);
        Q_EMIT q->analysisUpdated();
    }

    void ensureAnalysed()
    {
        if (analysisPending)
            analyse();
    }

    void setReadOnlyReason(const QString &reason)
    {
        const bool was = !readOnlyReason.isEmpty();
        readOnlyReason = reason;
        if (was != !reason.isEmpty())
            Q_EMIT q->readOnlyChanged(!reason.isEmpty());
    }

    void setPath(const QString &newPath)
    {
        if (path == newPath)
            return;
        path = newPath;
        Q_EMIT q->filePathChanged(path);
    }

    // Replaces the whole text without undo history and marks it as matching `bytes`.
    // Whether QTextDocument gives `editorText` back unchanged: no CR, line or paragraph separators, frame
    // markers or NUL, which it turns into something else. One branch-free pass.
    static bool storesVerbatim(const QString &editorText)
    {
        const auto *data = reinterpret_cast<const char16_t *>(editorText.constData());
        // Bitwise operators, not ||: the loop has no branches and the compiler vectorises it.
        bool special = false;
        for (qsizetype i = 0; i < editorText.size(); ++i) {
            const char16_t c = data[i];
            special |= (c == u'\r') | (c == 0) | ((c & 0xFFFE) == 0x2028) | ((c & 0xFFFE) == 0xFDD0);
        }
        return !special;
    }

    void resetText(const QString &editorText, const QByteArray &bytes, const Article *parsed = nullptr)
    {
        text->setPlainText(editorText);
        text->clearUndoRedoStacks();
        originalBytes = bytes;
        // Reading the text back out of the document copies all of it; unless it holds a character the
        // document stores differently, what goes in is what comes out.
        const bool verbatim = storesVerbatim(editorText);
        savedText = verbatim ? QString() : currentText();
        text->setModified(false);
        const QString &loaded = verbatim ? editorText : savedText;
        analyseText(loaded, parsed && parsed->text == loaded ? parsed : nullptr);
        Q_EMIT q->undoNamesChanged();
        Q_EMIT q->textReplaced();
    }

    // The editor text as last loaded or saved.
    QString savedEditorText() const
    {
        return savedText.isNull() ? withoutCrOfCrlf(decodeText(originalBytes).text) : savedText;
    }

    const NamedStep *stepEndingAt(int depth) const
    {
        for (const NamedStep *s : std::as_const(*namedSteps)) {
            if (s->after == depth)
                return s;
        }
        return nullptr;
    }
    const NamedStep *stepStartingAt(int depth) const
    {
        for (const NamedStep *s : std::as_const(*namedSteps)) {
            if (s->before == depth)
                return s;
        }
        return nullptr;
    }
};

ArticleDocument::ArticleDocument(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->text = new QTextDocument(this);
    // QPlainTextEdit accepts only documents with this layout.
    d->text->setDocumentLayout(new QPlainTextDocumentLayout(d->text));
    d->analysisTimer = new QTimer(this);
    d->analysisTimer->setSingleShot(true);
    d->analysisTimer->setInterval(kAnalysisDelayMs);
    connect(d->analysisTimer, &QTimer::timeout, this, [this] { d->analyse(); });

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
    d->newline = original.preferredNewline();

    QString reason;
    d->notWritable = false;
    if (original.hasInvalidEncoding) {
        reason
            = tr("The file contains bytes that are not valid UTF-8. It is opened read-only so that they are "
                 "never changed.");
    } else if (read.hasNulBytes) {
        reason = tr("The file contains NUL bytes and may not be a text file. It is opened read-only.");
    } else if (!info.isWritable()) {
        reason = tr("You do not have permission to change this file. Use Save As to keep a copy.");
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
        return encodeText(current, d->hasBom); // never loaded nor saved: lines end as the editor's do
    // Unchanged text gives the bytes it came from, also where writing it out again would not: only
    // then is the saved text read back to compare.
    if (!d->originalBytes.contains('\r')) {
        const QByteArray bytes = encodeText(current, d->hasBom);
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
    return encodeText(withOriginalLineEnds(original, saved, current, d->newline), d->hasBom);
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

void ArticleDocument::applyEdits(const QString &undoName, const QList<TextEdit> &edits)
{
    if (edits.isEmpty())
        return;
    if (isReadOnly()) {
        Q_EMIT operationFailed(tr("%1: %2").arg(undoName, d->readOnlyReason));
        return;
    }
    QList<TextEdit> sorted = edits;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
    const int length = d->text->characterCount() - 1;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const TextEdit &e = sorted.at(i);
        const bool overlaps = i > 0 && sorted.at(i - 1).start + sorted.at(i - 1).length > e.start;
        if (e.start < 0 || e.length < 0 || e.start + e.length > length || overlaps) {
            qWarning("ArticleDocument::applyEdits: edit out of range or overlapping, ignored");
            return;
        }
    }

    const bool wasAnalysed = !d->analysisPending;
    for (TextEdit &edit : sorted)
        edit.replacement.replace(u"\r\n"_s, u"\n"_s);
    const int before = d->text->availableUndoSteps();
    Q_EMIT editsAboutToBeApplied(sorted);
    QTextCursor cursor(d->text);
    cursor.beginEditBlock();
    const bool changed = applyEditsInGroups(cursor, sorted);
    NamedStep *step = nullptr;
    if (changed) {
        step = new NamedStep {before, 0, undoName, d->renumbering};
        d->text->appendUndoItem(new NamedStepMarker(d->namedSteps, step, this));
    }
    cursor.endEditBlock();
    if (!step) {
        Q_EMIT editsApplied();
        return;
    }
    step->after = d->text->availableUndoSteps();
    if (!step->renumbering.isEmpty())
        Q_EMIT referencesRenumbered(step->renumbering);
    if (!wasAnalysed || !d->analyseApplied(sorted))
        d->analyse();
    Q_EMIT editsApplied();
    Q_EMIT undoNamesChanged();
}

void ArticleDocument::renumberCitations(bool dropUnused)
{
    d->ensureAnalysed();
    RenumberOptions options;
    options.dropUnused = dropUnused;
    const RenumberResult result = Citewise::renumberCitations(d->article, options);
    if (result.refused()) {
        Q_EMIT operationFailed(result.refusal);
        return;
    }
    d->renumbering = result.mapping;
    applyEdits(tr("Renumber citations"), result.edits);
    d->renumbering.clear();
}

void ArticleDocument::addReference(const QString &url, const QString &label)
{
    d->ensureAnalysed();
    const qint64 number = nextReferenceNumber(d->article);
    applyEdits(tr("Add reference"), addReferenceEdits(d->article, number, url, label));
}

void ArticleDocument::updateReference(int index, qint64 number, const QString &url, const QString &label)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.references.size())
        return;
    applyEdits(tr("Edit reference"), updateReferenceEdits(d->article, index, number, url, label));
}

void ArticleDocument::removeReference(int index)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.references.size())
        return;
    applyEdits(tr("Remove reference"), removeReferenceEdits(d->article, index));
}

void ArticleDocument::addComment(const QString &author, const QString &text)
{
    d->ensureAnalysed();
    applyEdits(tr("Add comment"), addCommentEdits(d->article, author, QDateTime::currentDateTime(), text));
}

void ArticleDocument::updateComment(int index, const QString &text)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.comments.size())
        return;
    applyEdits(tr("Edit comment"), updateCommentEdits(d->article, index, text));
}

void ArticleDocument::removeComment(int index)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.comments.size())
        return;
    applyEdits(tr("Delete comment"), removeCommentEdits(d->article, index));
}

QString ArticleDocument::undoName() const
{
    const int depth = d->text->availableUndoSteps();
    if (depth == 0)
        return {};
    const NamedStep *step = d->stepEndingAt(depth);
    return step ? step->name : tr("Typing");
}

bool ArticleDocument::isUndoNamed() const
{
    const int depth = d->text->availableUndoSteps();
    return depth > 0 && d->stepEndingAt(depth);
}

bool ArticleDocument::isRedoNamed() const
{
    return d->text->isRedoAvailable() && d->stepStartingAt(d->text->availableUndoSteps());
}

QString ArticleDocument::redoName() const
{
    // Not availableRedoSteps(): Qt counts one step fewer than there are, none when one is left.
    if (!d->text->isRedoAvailable())
        return {};
    const NamedStep *step = d->stepStartingAt(d->text->availableUndoSteps());
    return step ? step->name : tr("Typing");
}

} // namespace Citewise
