// ArticleDocument's named operations (renumbering, sidebar edits), each one undo step, and the names
// of the steps undo and redo would take.
#include "articledocument_p.h"

#include "articleedits.h"
#include "busycursor.h"
#include "markerwriting.h"
#include "renumber.h"

#include <QDateTime>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

QString changedUnderDialog(const QString &undoName)
{
    return ArticleDocument::tr("%1: nothing was changed. The article changed while the dialog was open, "
                               "and what it showed is no longer there as it was.")
        .arg(undoName);
}

} // namespace

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
    const BusyCursor busy(sorted.size() >= kLongOperationEdits);
    Q_EMIT editsAboutToBeApplied(sorted);
    QTextCursor cursor(d->text);
    cursor.beginEditBlock();
    const bool changed = applyEditsInGroups(cursor, sorted);
    NamedStep *step = nullptr;
    if (changed) {
        step = new NamedStep {before, 0, undoName, d->renumbering, false, sorted.size()};
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
    applyEdits(tr("Renumber Citations"), result.edits);
    d->renumbering.clear();
}

MarkerWriting ArticleDocument::writeUnreadCitationsAsMarkers()
{
    d->ensureAnalysed();
    MarkerWriting writing = writeAsMarkers(d->article);
    applyEdits(tr("Write Citations as Markers"), writing.edits); // says why a read-only one is not changed
    if (isReadOnly())
        return {};
    return writing;
}

void ArticleDocument::addReference(const QString &url, const QString &label)
{
    d->ensureAnalysed();
    const qint64 number = nextReferenceNumber(d->article);
    applyEdits(tr("Add Reference"), addReferenceEdits(d->article, number, url, label));
}

void ArticleDocument::updateReference(int index, qint64 number, const QString &url, const QString &label)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.references.size())
        return;
    applyEdits(tr("Edit Reference"), updateReferenceEdits(d->article, index, number, url, label));
}

void ArticleDocument::removeReference(int index)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.references.size())
        return;
    applyEdits(tr("Remove Reference"), removeReferenceEdits(d->article, index));
}

void ArticleDocument::addComment(const QString &author, const QString &text)
{
    d->ensureAnalysed();
    applyEdits(tr("Add Comment"), addCommentEdits(d->article, author, QDateTime::currentDateTime(), text));
}

void ArticleDocument::updateComment(int index, const QString &text)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.comments.size())
        return;
    applyEdits(tr("Edit Comment"), updateCommentEdits(d->article, index, text));
}

void ArticleDocument::removeComment(int index)
{
    d->ensureAnalysed();
    if (index < 0 || index >= d->article.comments.size())
        return;
    applyEdits(tr("Delete Comment"), removeCommentEdits(d->article, index));
}

int ArticleDocument::referenceIndexNow(int index, const QString &text, const QString &undoName)
{
    d->ensureAnalysed();
    const int now = findReferenceAgain(d->article, text, index);
    if (now < 0)
        Q_EMIT operationFailed(changedUnderDialog(undoName));
    return now;
}

int ArticleDocument::commentIndexNow(int index, const QString &text, const QString &undoName)
{
    d->ensureAnalysed();
    const int now = findCommentAgain(d->article, text, index);
    if (now < 0)
        Q_EMIT operationFailed(changedUnderDialog(undoName));
    return now;
}

bool ArticleDocument::referenceNumberFreeNow(qint64 number, int except, const QString &undoName)
{
    d->ensureAnalysed();
    const QList<Reference> &references = d->article.references;
    for (int i = 0; i < references.size(); ++i) {
        if (i != except && references.at(i).number == number) {
            Q_EMIT operationFailed(tr("%1: nothing was changed. The article changed while the dialog was "
                                      "open, and another entry is now numbered %2.")
                                       .arg(undoName)
                                       .arg(number));
            return false;
        }
    }
    return true;
}

void ArticleDocument::nameEditAtCursor(
    const QString &undoName, QTextCursor cursor, const std::function<void()> &edit)
{
    // The step is the edit block opened here, at the editor's cursor (where undoing puts it back), and
    // the marker in it, which takes the name away with the step.
    if (d->namingEdit) {
        edit();
        return;
    }
    const int before = d->text->availableUndoSteps(); // commands, not steps: each change adds one
    cursor.beginEditBlock();
    {
        const QScopedValueRollback naming(d->namingEdit, true);
        edit();
    }
    NamedStep *step = nullptr;
    if (d->text->availableUndoSteps() > before) {
        step = new NamedStep {before, 0, undoName, {}, true};
        d->text->appendUndoItem(new NamedStepMarker(d->namedSteps, step, this));
    }
    cursor.endEditBlock();
    if (!step)
        return;
    step->after = d->text->availableUndoSteps();
    Q_EMIT undoNamesChanged();
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
    const NamedStep *step = depth > 0 ? d->stepEndingAt(depth) : nullptr;
    return step && !step->atCursor;
}

bool ArticleDocument::isRedoNamed() const
{
    const NamedStep *step
        = d->text->isRedoAvailable() ? d->stepStartingAt(d->text->availableUndoSteps()) : nullptr;
    return step && !step->atCursor;
}

bool ArticleDocument::isUndoLong() const
{
    const int depth = d->text->availableUndoSteps();
    const NamedStep *step = depth > 0 ? d->stepEndingAt(depth) : nullptr;
    return step && step->edits >= kLongOperationEdits;
}

bool ArticleDocument::isRedoLong() const
{
    const NamedStep *step
        = d->text->isRedoAvailable() ? d->stepStartingAt(d->text->availableUndoSteps()) : nullptr;
    return step && step->edits >= kLongOperationEdits;
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
