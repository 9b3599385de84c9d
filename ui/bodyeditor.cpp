#include "bodyeditor.h"

#include "articledocument.h"
#include "markerhighlighter.h"

#include <QHelpEvent>
#include <QPalette>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

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
    connect(document, &ArticleDocument::analysisUpdated, this, &BodyEditor::updateExtraSelections);
    // Underlines are built for the visible range only, so scrolling and resizing rebuild them.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &BodyEditor::updateExtraSelections);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &BodyEditor::updateExtraSelections);
    updateExtraSelections();
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
        m_highlighter->formatVisibleBlocks(this);
    if (event->type() == QEvent::Resize) {
        const bool handled = QPlainTextEdit::viewportEvent(event);
        updateExtraSelections();
        return handled;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void BodyEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument *doc = document();
    const int docLength = doc->characterCount() - 1;

    // The visible range, padded by a screenful on both sides so that small scrolls need no rebuild to look
    // right.
    const QTextBlock first = firstVisibleBlock();
    qsizetype visibleStart = first.isValid() ? first.position() : 0;
    const QTextCursor endCursor = cursorForPosition(QPoint(viewport()->width(), viewport()->height()));
    qsizetype visibleEnd = endCursor.position();
    const qsizetype pad = std::max<qsizetype>(visibleEnd - visibleStart, 2000);
    visibleStart = std::max<qsizetype>(0, visibleStart - pad);
    visibleEnd = std::min<qsizetype>(docLength, visibleEnd + pad);

    for (const Diagnostic &d : m_document->diagnostics()) {
        if (d.span.isEmpty() || d.span.end() < visibleStart || d.span.start > visibleEnd)
            continue;
        if (d.span.end() > docLength)
            continue; // stale: the text has shrunk since the analysis
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(int(d.span.start));
        sel.cursor.setPosition(int(d.span.end()), QTextCursor::KeepAnchor);
        sel.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        sel.format.setUnderlineColor(underlineColour(d.severity));
        selections.append(sel);
    }

    if (m_highlightedReference > 0) {
        const QColor background = palette().color(QPalette::Highlight).lighter(170);
        for (const Citation &c : m_document->article().citations) {
            if (c.span.end() > docLength)
                continue;
            bool cites = false;
            for (const CitationNumber &n : c.numbers)
                cites = cites || n.value == m_highlightedReference;
            if (!cites && c.form == Citation::Form::Range)
                cites = c.expandedNumbers().contains(int(m_highlightedReference));
            if (!cites)
                continue;
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(doc);
            sel.cursor.setPosition(int(c.span.start));
            sel.cursor.setPosition(int(c.span.end()), QTextCursor::KeepAnchor);
            sel.format.setBackground(background);
            selections.append(sel);
        }
    }
    setExtraSelections(selections);
}

void BodyEditor::highlightReference(qint64 number)
{
    m_document->analyseNow();
    m_highlightedReference = number > 0 ? number : 0;
    updateExtraSelections();
    if (m_highlightedReference == 0)
        return;
    for (const Citation &c : m_document->article().citations) {
        bool cites = false;
        for (const CitationNumber &n : c.numbers)
            cites = cites || n.value == m_highlightedReference;
        if (!cites && c.form == Citation::Form::Range)
            cites = c.expandedNumbers().contains(int(m_highlightedReference));
        if (cites) {
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
    m_document->analyseNow();
    const QList<Diagnostic> &diagnostics = m_document->diagnostics();
    if (diagnostics.isEmpty())
        return;
    const QTextCursor current = textCursor();
    const qsizetype from = current.selectionStart();
    const Diagnostic *next = nullptr;
    for (const Diagnostic &d : diagnostics) {
        if (current.hasSelection() ? d.span.start > from : d.span.start >= from) {
            next = &d;
            break;
        }
    }
    if (!next)
        next = &diagnostics.constFirst();
    const int length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(int(std::min<qsizetype>(next->span.start, length)));
    cursor.setPosition(int(std::min<qsizetype>(next->span.end(), length)), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    ensureCursorVisible();
    Q_EMIT problemShown(next->message);
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
