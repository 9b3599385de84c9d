// What ArticleDocument keeps, shared by the files that implement it (articledocument.cpp: files and
// analysis; articledocumentedits.cpp: the named operations and their undo steps).
#pragma once

#include "articledocument.h"
#include "unreadfindings.h"

#include "articleanalysis.h"
#include "articleio.h"
#include "articleupdate.h"
#include "groupededits.h"

#include <QAbstractUndoItem>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>

#include <memory>

namespace Citewise {

// Every named operation leaves one of these at the end of its edit block. QTextDocument owns it like any
// other undo command and deletes it when the redo history is discarded, so a live marker is exactly a
// named step that undo()/redo() can still reach. It also keeps typing from merging into the step.
struct NamedStep
{
    int before = 0; // availableUndoSteps() before the step
    int after = 0; // and after it
    QString name;
    QHash<qint64, qint64> renumbering; // a renumbering's numbers, old to new
    bool atCursor = false; // an edit the editor made at its cursor (nameEditAtCursor()), undone as typing
    qsizetype edits = 0; // how many edits applyEdits() made it of
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

// The text as the editor holds it: CR of every CRLF removed (articledocument.cpp).
QString withoutCrOfCrlf(const QString &text);

class ArticleDocument::Private
{
public:
    ArticleDocument *q = nullptr;
    QTextDocument *text = nullptr;
    QTimer *analysisTimer = nullptr;
    bool analysisPending = false;
    bool namingEdit = false; // in nameEditAtCursor(): an edit inside (a drop's paste) adds to its step
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
    TextEncoding encoding = TextEncoding::Utf8;
    QString newline = QStringLiteral("\n");
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
            article.encoding = encoding;
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
        q->m_unread->follow(lastChange);
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

} // namespace Citewise
