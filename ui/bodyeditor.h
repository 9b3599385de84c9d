// The plain-text editor of the whole article: marker colours, problem underlines with tooltips,
// reference highlighting and problem navigation.
#pragma once

#include "textedit.h"

#include <QPlainTextEdit>
#include <QPointer>

#include <optional>

namespace Citewise {

class ArticleDocument;
class MarkerHighlighter;

class BodyEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit BodyEditor(ArticleDocument *document, QWidget *parent = nullptr);

    // Highlights the markers citing `number` and, with `scroll`, scrolls to the first; 0 clears.
    void highlightReference(qint64 number, bool scroll = true);
    // Select the next diagnostic after the cursor, or the last one before it, wrapping around.
    void goToNextProblem();
    void goToPreviousProblem();
    void goToPosition(qsizetype position);
    // Undo and redo. Typing is taken back or again where it was typed, with the cursor there. A named
    // step (renumbering, Replace All, a sidebar edit) changed text away from the cursor: the cursor and
    // the view stay where they are, as they did when it was made.
    void undoStep();
    void redoStep();
    // Cut, as the Edit menu, the keys and the editor's own menu do it: one undo step named "Cut". (Pastes
    // and drops are named "Paste" and "Drop" wherever they come from.)
    void cutStep();

    ArticleDocument *articleDocument() const { return m_document; }
    MarkerHighlighter *highlighter() const { return m_highlighter; }
    qint64 highlightedReference() const { return m_highlightedReference; }
    // The messages of the problems at `position` (what the tooltip shows).
    QStringList problemsAt(qsizetype position) const;
    // The menu the editor opens on a right click at `position` (viewport coordinates): Qt's, with its
    // Undo, Redo and Cut taking the steps undoStep(), redoStep() and cutStep() take, under their names.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    // goToNextProblem() or goToPreviousProblem() selected the problem at `index` of the document's
    // diagnostics.
    void problemShown(int index);
    // undoStep() or redoStep() took a step: what was said of it (“Citations renumbered.”) no longer holds.
    void stepTaken();

protected:
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void dropEvent(QDropEvent *event) override;

private:
    void goToProblem(bool forward);
    void updateExtraSelections();
    std::pair<qsizetype, qsizetype> visibleTextEstimate() const;
    void scrollToPosition(qsizetype position);
    void keepCursorThrough(const QList<TextEdit> &edits);
    void takeNamedStep(bool back);
    void restoreKeptCursor();

    ArticleDocument *m_document;
    // Where the cursor goes once the document's edits are applied (see editsAboutToBeApplied()).
    std::optional<std::pair<qsizetype, qsizetype>> m_keptCursor; // position, anchor
    MarkerHighlighter *m_highlighter;
    qint64 m_highlightedReference = 0;
};

} // namespace Citewise
