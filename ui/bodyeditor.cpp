#include "bodyeditor.h"

#include "articledocument.h"
#include "busycursor.h"
#include "markerhighlighter.h"

#include <QContextMenuEvent>
#include <QDropEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace Citewise {

namespace {

QColor underlineColour(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QColor(0xe0, 0x1b, 0x24);
    case Diagnostic::Severity::Warning:
        return QColor(0xe5, 0xa5, 0x0a);
    case Diagnostic::Severity::Info:
        break;
    }
    return QColor(0x35, 0x84, 0xe4);
}

} // namespace

BodyEditor::BodyEditor(ArticleDocument *document, QWidget *parent)
    : QPlainTextEdit(parent), m_document(document)
{
    setDocument(document->textDocument());
    setAccessibleName(tr("Article text"));
    setPlaceholderText(
        tr("Type or paste the article here: a title line, paragraphs that cite their sources as "
           "[1], and a “References:” line followed by entries such as “[1] https://…”."));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    // The scroll bar stays, so the text keeps its width when it grows past one screen or shrinks back:
    // no reflow of every line under the cursor while typing. Opening a file benefits too: the editor
    // lays out the last screenful of text to size the scroll bar's handle, and would otherwise do it
    // twice, before and after the bar appears.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setReadOnly(document->isReadOnly());
    m_highlighter = new MarkerHighlighter(document, this);
    connect(m_highlighter, &MarkerHighlighter::formatsInvalidated, viewport(), qOverload<>(&QWidget::update));

    connect(document, &ArticleDocument::readOnlyChanged, this, &QPlainTextEdit::setReadOnly);
    // A text read in is typed in at the cursor, which it leaves at its end: the editor starts at the top.
    connect(document, &ArticleDocument::textReplaced, this, [this] {
        QTextCursor cursor = textCursor();
        cursor.movePosition(QTextCursor::Start);
        setTextCursor(cursor);
    });
    connect(document, &ArticleDocument::editsAboutToBeApplied, this, &BodyEditor::keepCursorThrough);
    connect(document, &ArticleDocument::editsApplied, this, &BodyEditor::restoreKeptCursor);
    connect(document, &ArticleDocument::analysisUpdated, this, &BodyEditor::updateExtraSelections);
    // Underlines are built for the visible range only, so scrolling and resizing rebuild them.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BodyEditor::updateExtraSelections);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &BodyEditor::updateExtraSelections);
    updateExtraSelections();
}

// The document applies edits close together as one, which would take the cursor between them along to
// their end: it goes where the edits themselves take it, and the view does not scroll for it.
void BodyEditor::keepCursorThrough(const QList<TextEdit> &edits)
{
    const QTextCursor cursor = textCursor();
    m_keptCursor
        = std::pair(positionAfterEdits(cursor.position(), edits), positionAfterEdits(cursor.anchor(), edits));
}

void BodyEditor::restoreKeptCursor()
{
    const auto kept = std::exchange(m_keptCursor, std::nullopt);
    QTextCursor cursor = textCursor();
    if (!kept || (cursor.position() == kept->first && cursor.anchor() == kept->second))
        return;
    const qsizetype last = document()->characterCount() - 1;
    cursor.setPosition(int(qBound<qsizetype>(0, kept->second, last)));
    cursor.setPosition(int(qBound<qsizetype>(0, kept->first, last)), QTextCursor::KeepAnchor);
    const int horizontal = horizontalScrollBar()->value();
    const int vertical = verticalScrollBar()->value();
    setTextCursor(cursor);
    horizontalScrollBar()->setValue(horizontal);
    verticalScrollBar()->setValue(vertical);
}

void BodyEditor::undoStep()
{
    if (isReadOnly())
        return; // (a recovered text over a file opened read-only keeps the step that restored it)
    if (m_document->isUndoNamed())
        takeNamedStep(true);
    else
        undo();
    Q_EMIT stepTaken();
}

void BodyEditor::redoStep()
{
    if (isReadOnly())
        return;
    if (m_document->isRedoNamed())
        takeNamedStep(false);
    else
        redo();
    Q_EMIT stepTaken();
}

// The document moves the editor's cursor through the step's edits as any other cursor; only
// QPlainTextEdit::undo() and redo() would then put it where the last of them was, and scroll there.
void BodyEditor::takeNamedStep(bool back)
{
    const int horizontal = horizontalScrollBar()->value();
    const int vertical = verticalScrollBar()->value();
    const BusyCursor busy(back ? m_document->isUndoLong() : m_document->isRedoLong());
    if (back)
        document()->undo();
    else
        document()->redo();
    horizontalScrollBar()->setValue(horizontal);
    verticalScrollBar()->setValue(vertical);
}

void BodyEditor::cutStep()
{
    m_document->nameEditAtCursor(tr("Cut"), textCursor(), [this] { cut(); });
}

void BodyEditor::insertFromMimeData(const QMimeData *source)
{
    m_document->nameEditAtCursor(
        tr("Paste"), textCursor(), [this, source] { QPlainTextEdit::insertFromMimeData(source); });
}

// A drop inserts the text (and, moving it, removes it where it was) in one step, named for the drop:
// the paste inside it only adds to that step.
void BodyEditor::dropEvent(QDropEvent *event)
{
    m_document->nameEditAtCursor(
        tr("Drop"), textCursor(), [this, event] { QPlainTextEdit::dropEvent(event); });
}

// The keys QPlainTextEdit reads as undo and redo take the same steps as the Edit menu, and so does
// the key for cut.
void BodyEditor::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo))) {
        if (event->matches(QKeySequence::Undo))
            undoStep();
        else
            redoStep();
        event->accept();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cutStep();
        event->accept();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

QMenu *BodyEditor::createContextMenu(const QPoint &position)
{
    QMenu *menu = createStandardContextMenu(position);
    const auto route = [this, menu](const char *name, const QString &stepName, const QString &unnamed,
                           void (BodyEditor::*step)()) {
        auto *action = menu->findChild<QAction *>(QLatin1StringView(name));
        if (!action)
            return;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        connect(action, &QAction::triggered, this, step);
        if (!stepName.isEmpty()) { // keeping the shortcut Qt shows after a tab
            const qsizetype tab = action->text().indexOf(u'\t');
            action->setText(unnamed.arg(stepName) + (tab >= 0 ? action->text().sliced(tab) : QString()));
        }
    };
    route("edit-undo", m_document->undoName(), tr("&Undo %1"), &BodyEditor::undoStep);
    route("edit-redo", m_document->redoName(), tr("&Redo %1"), &BodyEditor::redoStep);
    route("edit-cut", QString(), QString(), &BodyEditor::cutStep);
    return menu;
}

// Qt's menu would undo and redo through the text document, which puts the cursor at the last edit of a
// named step and scrolls there.
void BodyEditor::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QStringList BodyEditor::problemsAt(qsizetype position) const
{
    QStringList messages;
    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.span.start > position)
            break;
        if (d.span.contains(position) || (d.span.isEmpty() && d.span.start == position))
            messages.append(d.message);
    }
    return messages;
}

bool BodyEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        // cursorForPosition gives the nearest boundary; the character under the mouse is on one side of it.
        qsizetype position = cursor.position();
        const QRect rect = cursorRect(cursor);
        if (help->pos().x() < rect.x() && position > 0)
            --position;
        const QStringList messages = problemsAt(position);
        if (messages.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), viewport());
        }
        return true;
    }
    if (event->type() == QEvent::Paint)
        m_highlighter->formatVisibleBlocks(firstVisibleBlock(), contentOffset().y(), viewport()->height());
    if (event->type() == QEvent::Resize) {
        const bool handled = QPlainTextEdit::viewportEvent(event);
        updateExtraSelections();
        return handled;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void BodyEditor::updateExtraSelections()
{
    // Until the text is analysed again the problems describe the text as it was. The underlines already
    // set move with the text meanwhile, and the analysis to come rebuilds them.
    if (m_document->isAnalysisPending())
        return;
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = document();
    const int docLength = doc->characterCount() - 1;

    // The visible range, padded by a screenful on both sides so that small scrolls need no rebuild to look
    // right.
    const auto [onScreenStart, onScreenEnd] = visibleTextEstimate();
    qsizetype visibleStart = onScreenStart;
    qsizetype visibleEnd = onScreenEnd;
    const qsizetype pad = std::max<qsizetype>(visibleEnd - visibleStart, 2000);
    visibleStart = std::max<qsizetype>(0, visibleStart - pad);
    visibleEnd = std::min<qsizetype>(docLength, visibleEnd + pad);

    // Placing a cursor in a block lays the block out, and colouring a laid-out block lays it out again: the
    // blocks are coloured before the cursor is placed, and keep what placing the next cursor needs.
    const auto select = [&](const TextSpan &span, const QTextCharFormat &format) {
        const QTextBlock last = doc->findBlock(int(span.end()));
        for (QTextBlock block = doc->findBlock(int(span.start)); block.isValid(); block = block.next()) {
            m_highlighter->holdBlock(block);
            if (block == last)
                break;
        }
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(int(span.start));
        sel.cursor.setPosition(int(span.end()), QTextCursor::KeepAnchor);
        sel.format = format;
        selections.append(sel);
    };

    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.span.isEmpty() || d.span.end() < visibleStart || d.span.start > visibleEnd)
            continue;
        if (d.span.end() > docLength)
            continue; // stale: the text has shrunk since the analysis
        QTextCharFormat underline;
        underline.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.setUnderlineColor(underlineColour(d.severity));
        select(d.span, underline);
    }

    if (m_highlightedReference > 0) {
        QTextCharFormat highlight;
        highlight.setBackground(palette().color(QPalette::Highlight).lighter(170));
        // Markers come in the order of the text: only those near the screen, as for the problems.
        const QList<Citation> &citations = m_document->article().citations;
        const auto first = std::lower_bound(citations.cbegin(), citations.cend(), visibleStart,
            [](const Citation &c, qsizetype offset) { return c.span.end() < offset; });
        for (auto it = first; it != citations.cend() && it->span.start <= visibleEnd; ++it) {
            const Citation &c = *it;
            if (c.span.end() > docLength)
                continue;
            if (c.cites(m_highlightedReference))
                select(c.span, highlight);
        }
    }
    setExtraSelections(selections);
    m_highlighter->releaseHeldBlocks(onScreenStart, onScreenEnd);
}

// From the first character on screen to past the last one, found without laying out any text: asking for the
// character at the viewport's bottom corner lays out every block down to it, before it is coloured, and
// finding the character in a block computes the whole block's character attributes. In a paragraph of a
// megabyte that was a third of the time to open it.
std::pair<qsizetype, qsizetype> BodyEditor::visibleTextEstimate() const
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid())
        return {0, 0};
    qsizetype start = first.position();
    // Scrolled into a long paragraph, the editor's top line is one of the paragraph's lines.
    const int lineInBlock = verticalScrollBar()->value() - first.firstLineNumber();
    if (const QTextLayout *layout = first.layout();
        layout && lineInBlock > 0 && lineInBlock < layout->lineCount())
        start += layout->lineAt(lineInBlock).textStart();
    // Lines of characters of average width, as many as fit. Text narrower than that reaches further down,
    // where the screenful of margin the caller adds covers it.
    const QFontMetricsF metrics(font());
    const qsizetype columns
        = qsizetype(viewport()->width() / std::max<qreal>(1, metrics.averageCharWidth())) + 1;
    const qsizetype rows = qsizetype(viewport()->height() / std::max<qreal>(1, metrics.lineSpacing())) + 1;
    return {start, start + rows * columns};
}

void BodyEditor::highlightReference(qint64 number, bool scroll)
{
    m_document->analyseNow();
    m_highlightedReference = number > 0 ? number : 0;
    updateExtraSelections();
    if (m_highlightedReference == 0 || !scroll)
        return;
    for (const Citation &c : m_document->article().citations) {
        if (c.cites(m_highlightedReference)) {
            scrollToPosition(c.span.start);
            return;
        }
    }
}

// Scrolls without moving the text cursor, so that highlighting never loses the user's place.
void BodyEditor::scrollToPosition(qsizetype position)
{
    QTextCursor target(document());
    target.setPosition(int(std::clamp<qsizetype>(position, 0, document()->characterCount() - 1)));
    const QRect rect = cursorRect(target);
    if (viewport()->rect().contains(rect))
        return;
    const QTextBlock block = target.block();
    const int line = block.firstLineNumber()
        + (block.layout() ? block.layout()->lineForTextPosition(target.positionInBlock()).lineNumber() : 0);
    const int visibleLines = std::max(1, viewport()->height() / std::max(1, fontMetrics().height()));
    verticalScrollBar()->setValue(std::max(0, line - visibleLines / 3));
}

void BodyEditor::goToNextProblem()
{
    goToProblem(true);
}

void BodyEditor::goToPreviousProblem()
{
    goToProblem(false);
}

// The diagnostics are in the order of the text. Several may start at one place (a marker both dangling
// and out of order): stepping goes to the next place, and names the first problem there.
void BodyEditor::goToProblem(bool forward)
{
    m_document->analyseNow();
    const QList<Diagnostic> &diagnostics = m_document->diagnostics();
    if (diagnostics.isEmpty())
        return;
    const QTextCursor current = textCursor();
    const qsizetype from = current.selectionStart();
    qsizetype next = -1;
    if (forward) {
        const auto after = std::find_if(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
            return current.hasSelection() ? d.span.start > from : d.span.start >= from;
        });
        next = after == diagnostics.cend() ? 0 : after - diagnostics.cbegin();
    } else {
        const auto before = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
            [&](const Diagnostic &d) { return d.span.start >= from; });
        // Back to the first problem of the place before (or of the last place, wrapping).
        qsizetype place = before - diagnostics.cbegin() - 1;
        if (place < 0)
            place = diagnostics.size() - 1;
        next = place;
        while (next > 0 && diagnostics.at(next - 1).span.start == diagnostics.at(place).span.start)
            --next;
    }
    const Diagnostic &problem = diagnostics.at(next);
    const int length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(int(std::min<qsizetype>(problem.span.start, length)));
    cursor.setPosition(int(std::min<qsizetype>(problem.span.end(), length)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT problemShown(int(next));
}

void BodyEditor::goToPosition(qsizetype position)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(std::clamp<qsizetype>(position, 0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

} // namespace Citewise
