// The one owner of the open article: its text (a QTextDocument shared with the editor), file state,
// undo history and the latest analysis. Views observe it and change it only through its operations.
#pragma once

#include "article.h"
#include "articleanalysis.h"
#include "articleupdate.h"
#include "diagnostic.h"
#include "markerwriting.h"
#include "textedit.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTextCursor>

#include <functional>
#include <memory>

class QTextDocument;
class QTimer;

namespace Citewise {

class UnreadFindings;

class ArticleDocument : public QObject
{
    Q_OBJECT
public:
    explicit ArticleDocument(QObject *parent = nullptr);
    ~ArticleDocument() override;

    // The editable text: the whole file, line terminators shown as paragraph breaks.
    QTextDocument *textDocument() const;

    // The latest analysis. It follows the text after a short debounce; analyseNow() forces it.
    const Article &article() const;
    const QList<Diagnostic> &diagnostics() const;
    // What article() changed since the previous analysisUpdated(), for views that update only what an
    // edit touched: whole when it was read again from scratch, ArticleChange::none() when only the
    // diagnostics from the extra source changed.
    const ArticleChange &lastChange() const;
    const CitationCounts &citationCounts() const; // how often each number is cited, from the analysis
    void analyseNow();
    bool isAnalysisPending() const;
    // Problems found outside the text analysis (link checks). The source is asked again after every
    // analysis, as their spans move with the text; diagnostics() holds both, sorted by position, and
    // the citations written in forms not read as markers, found when typing pauses (UnreadFindings).
    using DiagnosticSource = std::function<QList<Diagnostic>(const Article &)>;
    void setExtraDiagnosticSource(DiagnosticSource source); // used from the next (re)analysis on
    void refreshExtraDiagnostics(); // the source's answers changed; emits analysisUpdated()

    // File handling. load() and save() return false with a human-readable reason in *error.
    void newDocument();
    bool load(const QString &path, QString *error);
    bool save(const QString &path, QString *error);
    QByteArray toBytes() const; // exactly what save() writes
    QByteArray loadedBytes() const; // the file's bytes as last loaded or saved (empty for a new document)
    QString filePath() const;
    bool isModified() const;
    void setModified(bool modified);
    bool isReadOnly() const;
    QString readOnlyReason() const;

    QString text() const; // the editor text toBytes() encodes (LF line breaks, invalid bytes escaped)
    // The same text, taken from the article once pending changes are analysed: a copy of the article's
    // own text, far cheaper than reading the editor's document out (20 MB of text: a few milliseconds
    // against a few hundred).
    QString analysedText();
    // Reopens unsaved work: loads `path` when it can be read (BOM, line endings, read-only state), else
    // starts a new document for it, then sets `text` as one modification, marked modified.
    bool restoreText(const QString &path, const QString &text, QString *error);
    // Files larger than this are refused: setMaximumFileSize(), else the setting "files/maxSizeMB",
    // else 256 MB. 0 restores the setting/default.
    static void setMaximumFileSize(qint64 bytes);
    static qint64 maximumFileSize();
    // Operations. Each is one undo step, named for the Edit menu.
    void applyEdits(const QString &undoName, const QList<TextEdit> &edits);
    void renumberCitations(bool dropUnused);
    // Writes the Markdown footnotes and the citations in forms not read as markers as markers and entries
    // (writeAsMarkers()); returns what it wrote, and what it left, nothing written when read-only.
    MarkerWriting writeUnreadCitationsAsMarkers();
    void addReference(const QString &url, const QString &label);
    void updateReference(int index, qint64 number, const QString &url, const QString &label);
    void removeReference(int index);
    void addComment(const QString &author, const QString &text);
    void updateComment(int index, const QString &text);
    void removeComment(int index);
    // The index now of the entry or comment that was at `index` of article(), its text (span) then
    // `text`, when a dialog was opened on it: the text may have changed while the dialog was open (the
    // file reloaded, changed by another program). -1 when it is no longer there as it was, after
    // operationFailed() has said so for the operation `undoName`, which then changes nothing.
    int referenceIndexNow(int index, const QString &text, const QString &undoName);
    int commentIndexNow(int index, const QString &text, const QString &undoName);
    // Whether no entry of article() but the one at `except` is numbered `number`, checked when a dialog
    // that refused numbers already taken closes: the text may have changed while it was open. False
    // after operationFailed() has said so for the operation `undoName`, which then changes nothing.
    bool referenceNumberFreeNow(qint64 number, int except, const QString &undoName);

    // Runs `edit`, an edit the editor makes where its cursor is (paste, cut, a drop), as one undo step
    // named `undoName`, opened at `cursor` (the editor's). It is undone and redone as typing is; only
    // its name differs. An edit that changes nothing makes no step.
    void nameEditAtCursor(const QString &undoName, QTextCursor cursor, const std::function<void()> &edit);

    // "Renumber Citations", "Typing", "Paste", … for the step undo()/redo() would take; empty when none.
    QString undoName() const;
    QString redoName() const;
    // Whether that step is one of the operations above rather than an edit at the cursor.
    bool isUndoNamed() const;
    bool isRedoNamed() const;
    // Whether an operation, or undoing or redoing the step, makes so many edits (renumbering thousands
    // of markers) that it holds up the window long enough to show the wait cursor.
    static constexpr qsizetype kLongOperationEdits = 5000;
    bool isUndoLong() const;
    bool isRedoLong() const;

Q_SIGNALS:
    // article() is about to be changed in place. Whoever holds a copy of it should let go now, or the
    // change has to copy the whole article first.
    void articleAboutToChange();
    void analysisUpdated(); // article() and diagnostics() changed
    // The whole text was replaced (a file loaded, or loaded again, or a new document) and analysed: what
    // was chosen in the text before, such as a reference, no longer applies.
    void textReplaced();
    // Loading or saving gave the document a new path; loadedBytes() is already what the file there holds.
    void filePathChanged(const QString &path);
    void modificationChanged(bool modified);
    void readOnlyChanged(bool readOnly);
    void undoNamesChanged();
    // An operation could not be applied (renumbering refused, document read-only); the text is unchanged.
    void operationFailed(const QString &message);
    // applyEdits() (and the operations made of it) is about to change the editor's text by `edits`,
    // sorted by start; then it has. Edits close together in a paragraph are applied as one, which moves
    // the cursors between them: a view keeps its own with positionAfterEdits().
    void editsAboutToBeApplied(const QList<TextEdit> &edits);
    void editsApplied();
    // Renumbering was applied, undone or redone: the numbers that are `mapping`'s keys are its values
    // now, and one missing from it is gone. Emitted before the analysis that shows the new numbers.
    void referencesRenumbered(const QHash<qint64, qint64> &mapping);

private:
    QList<Diagnostic> withExtraDiagnostics(const QList<Diagnostic> &analysis) const;

    class Private;
    std::unique_ptr<Private> d;
    DiagnosticSource m_extraDiagnostics;
    UnreadFindings *m_unread = nullptr;
};

} // namespace Citewise
