#include "findreplacebar.h"
#include "iconengines.h"

#include "articledocument.h"
#include "bodyeditor.h"
#include "textedit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

FindReplaceBar::FindReplaceBar(QPlainTextEdit *editor, QWidget *parent) : QWidget(parent), m_editor(editor)
{
    setAccessibleName(tr("Find and replace"));

    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);

    m_previous = new QToolButton(this);
    m_previous->setIcon(themeIcon(u"go-up"_s));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find previous (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Find previous"));
    m_next = new QToolButton(this);
    m_next->setIcon(themeIcon(u"go-down"_s));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find next (Enter)"));
    m_next->setAccessibleName(tr("Find next"));

    m_caseSensitive = new QCheckBox(tr("&Match case"), this);
    m_caseSensitive->setAccessibleName(tr("Match case"));

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Find status"));

    auto *close = new QToolButton(this);
    close->setIcon(themeIcon(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close find bar"));
    close->setAutoRaise(true);

    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->installEventFilter(this);
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_replaceButton->setAccessibleName(tr("Replace"));
    m_replaceAllButton = new QPushButton(tr("Replace &All"), this);
    m_replaceAllButton->setAccessibleName(tr("Replace all"));

    // The bar stands under the editor, often a third of the window wide: the fields keep room for a
    // phrase, the buttons are icons, and the options and what the last search found go on a line of
    // their own, so that "Search wrapped" never squeezes the field.
    const int fieldWidth = m_find->fontMetrics().averageCharWidth() * 18;
    m_find->setMinimumWidth(fieldWidth);
    m_replace->setMinimumWidth(fieldWidth);
    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(close);

    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_caseSensitive);
    optionsRow->addSpacing(m_find->fontMetrics().averageCharWidth() * 2);
    optionsRow->addWidget(m_status, 1);

    // Tab follows the rows as they read: what to find and how, then what to put in its place, then
    // Close (which Escape also does). Typing "[1]", Tab, "[2]" must still fill the replacement, so the
    // find field's Tab goes straight to it while it is shown (see eventFilter()).
    setTabOrder(m_find, m_previous);
    setTabOrder(m_previous, m_next);
    setTabOrder(m_next, m_caseSensitive);
    setTabOrder(m_caseSensitive, m_replace);
    setTabOrder(m_replace, m_replaceButton);
    setTabOrder(m_replaceButton, m_replaceAllButton);
    setTabOrder(m_replaceAllButton, close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);
    layout->addLayout(optionsRow);

    connect(m_next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        m_status->clear();
        updateEnabled();
        findAsTyped();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &FindReplaceBar::updateEnabled);
    // What was found nowhere may be found once the text or the case rule changes; and "Match 3 of 12",
    // counted in the text as it was, no longer holds.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_foundNowhere.clear();
        m_matches.reset();
        m_countTimer.stop();
        m_status->clear();
    });
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(kCountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &FindReplaceBar::countDeferred);
    // Matching case or not, the term is looked for again from where the match stands.
    connect(m_caseSensitive, &QCheckBox::toggled, this, [this] {
        m_foundNowhere.clear();
        m_status->clear();
        if (isVisible() && !m_find->text().isEmpty())
            findFromSelectionStart();
    });
    // The editor can also become editable, or stop being so, with its text unchanged (Save As).
    m_editor->installEventFilter(this);
    updateEnabled();
    hide();
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::showFind()
{
    const QTextCursor cursor = m_editor->textCursor();
    // A selection within one line is the likely search term; a multi-line one is not.
    if (cursor.hasSelection() && !cursor.selectedText().contains(QChar::ParagraphSeparator))
        m_find->setText(cursor.selectedText());
    setReplaceVisible(false);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

void FindReplaceBar::setReplaceVisible(bool visible)
{
    m_replaceRow->setVisible(visible);
    updateEnabled();
}

void FindReplaceBar::updateEnabled()
{
    const bool hasTerm = !m_find->text().isEmpty();
    const bool editable = !m_editor->isReadOnly();
    m_next->setEnabled(hasTerm);
    m_previous->setEnabled(hasTerm);
    m_replace->setEnabled(editable);
    m_replaceButton->setEnabled(hasTerm && editable);
    m_replaceAllButton->setEnabled(hasTerm && editable);
}

QTextDocument::FindFlags FindReplaceBar::flags(bool backward) const
{
    QTextDocument::FindFlags f;
    if (m_caseSensitive->isChecked())
        f |= QTextDocument::FindCaseSensitively;
    if (backward)
        f |= QTextDocument::FindBackward;
    return f;
}

bool FindReplaceBar::find(bool backward)
{
    const QString term = m_find->text();
    if (term.isEmpty())
        return false;
    QTextDocument *doc = m_editor->document();
    QTextCursor found = doc->find(term, m_editor->textCursor(), flags(backward));
    bool wrapped = false;
    if (found.isNull()) {
        QTextCursor start(doc);
        if (backward)
            start.movePosition(QTextCursor::End);
        found = doc->find(term, start, flags(backward));
        wrapped = true;
    }
    if (found.isNull()) {
        m_status->setText(tr("No matches"));
        return false;
    }
    m_status->setText(foundText(found.selectionStart(), wrapped));
    m_editor->setTextCursor(found);
    m_editor->ensureCursorVisible();
    return true;
}

// Each letter typed looks again from where the match so far starts, so the match grows with the term
// (or moves on to the next place that holds it); "No matches" says so at once.
// A term that extends one found nowhere is found nowhere either: it is not looked for through the whole
// text again at every letter.
void FindReplaceBar::findAsTyped()
{
    const QString term = m_find->text();
    if (term.isEmpty() || !m_find->hasFocus())
        return;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (!m_foundNowhere.isEmpty() && term.startsWith(m_foundNowhere, cs)) {
        m_status->setText(tr("No matches"));
        return;
    }
    findFromSelectionStart();
}

void FindReplaceBar::findFromSelectionStart()
{
    QTextCursor start = m_editor->textCursor();
    start.setPosition(start.selectionStart());
    m_editor->setTextCursor(start);
    m_foundNowhere = find(false) ? QString() : m_find->text();
}

bool FindReplaceBar::findNext()
{
    return find(false);
}

bool FindReplaceBar::findPrevious()
{
    return find(true);
}

bool FindReplaceBar::selectionMatches() const
{
    const QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        return false;
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return cursor.selectedText().compare(m_find->text(), cs) == 0;
}

bool FindReplaceBar::replace()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return false;
    if (selectionMatches()) {
        QTextCursor cursor = m_editor->textCursor();
        const auto insert = [&] { cursor.insertText(m_replace->text()); };
        // A step of its own, named for it: undone as "Typing" it was nothing the user typed, and it
        // could join the typing before it.
        if (auto *body = qobject_cast<BodyEditor *>(m_editor))
            body->articleDocument()->nameEditAtCursor(tr("Replace"), cursor, insert);
        else
            insert();
        m_editor->setTextCursor(cursor);
    }
    return findNext();
}

// Every match of the term in the text as it is, left to right and not overlapping: the matches
// QTextDocument::find() would give one at a time (a few milliseconds each in a large article), found
// in one pass over the article's copy of the text. Find looks in each paragraph's text with its
// no-break spaces read as spaces; a term without a line break cannot span two paragraphs either way,
// and one with a line break is left to QTextDocument (nullopt).
std::optional<QList<qsizetype>> FindReplaceBar::allMatches(const QString &term) const
{
    if (term.contains(u'\n') || term.contains(u'\r') || term.contains(QChar::LineSeparator)
        || term.contains(QChar::ParagraphSeparator))
        return std::nullopt;
    auto *body = qobject_cast<BodyEditor *>(m_editor);
    QString text = body ? body->articleDocument()->analysedText() : m_editor->toPlainText();
    if (text.contains(QChar::Nbsp))
        text.replace(QChar::Nbsp, u' ');
    const Qt::CaseSensitivity cs = m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    QList<qsizetype> starts;
    for (qsizetype at = text.indexOf(term, 0, cs); at >= 0; at = text.indexOf(term, at + term.size(), cs))
        starts.append(at);
    return starts;
}

// "Match 3 of 12": where the match found stands among all of them, counted once for a term, a case
// rule and a text, so that stepping through a large article's matches does not count them again.
// Counting a large article takes tens of milliseconds, too long for each letter typed: there it waits
// until typing pauses.
QString FindReplaceBar::foundText(qsizetype start, bool wrapped)
{
    m_countTimer.stop();
    const bool counted = m_matches && m_matchesTerm == m_find->text()
        && m_matchesCaseSensitive == m_caseSensitive->isChecked();
    if (!counted && m_editor->document()->characterCount() > kCountAtOnce) {
        m_countedStart = start;
        m_countedWrapped = wrapped;
        m_countTimer.start();
        return wrapped ? tr("Search wrapped") : QString();
    }
    if (!counted)
        countMatches();
    const auto at = m_matches ? std::lower_bound(m_matches->cbegin(), m_matches->cend(), start)
                              : QList<qsizetype>::const_iterator();
    if (!m_matches || at == m_matches->cend() || *at != start)
        return wrapped ? tr("Search wrapped") : QString();
    const int index = int(at - m_matches->cbegin()) + 1;
    const int total = int(m_matches->size());
    return wrapped ? tr("Match %1 of %2, search wrapped").arg(index).arg(total)
                   : tr("Match %1 of %2").arg(index).arg(total);
}

// Typing paused on a large article: the match found is counted, if it is still the one selected.
void FindReplaceBar::countDeferred()
{
    const QTextCursor cursor = m_editor->textCursor();
    if (m_find->text().isEmpty() || !cursor.hasSelection() || cursor.selectionStart() != m_countedStart)
        return;
    countMatches();
    m_status->setText(foundText(m_countedStart, m_countedWrapped));
}

void FindReplaceBar::countMatches()
{
    m_matches = allMatches(m_find->text());
    m_matchesTerm = m_find->text();
    m_matchesCaseSensitive = m_caseSensitive->isChecked();
}

int FindReplaceBar::replaceAll()
{
    const QString term = m_find->text();
    if (m_editor->isReadOnly() || term.isEmpty())
        return 0;
    QTextDocument *doc = m_editor->document();
    const QString replacement = m_replace->text();
    // Every match in the text as it is, left to right and not overlapping, so a replacement containing
    // the term is never revisited; then all of them replaced in one named step.
    QList<TextEdit> edits;
    if (const std::optional<QList<qsizetype>> starts = allMatches(term)) {
        edits.reserve(starts->size());
        for (qsizetype at : *starts)
            edits.append({at, term.size(), replacement});
    } else {
        for (QTextCursor found = doc->find(term, 0, flags(false)); !found.isNull();
             found = doc->find(term, found, flags(false)))
            edits.append(
                {found.selectionStart(), found.selectionEnd() - found.selectionStart(), replacement});
    }
    auto *body = qobject_cast<BodyEditor *>(m_editor);
    const int count = int(edits.size());
    if (body && count > 0) {
        body->articleDocument()->applyEdits(tr("Replace All"), edits);
    } else if (count > 0) {
        QTextCursor cursor(doc);
        cursor.beginEditBlock();
        for (auto it = edits.crbegin(); it != edits.crend(); ++it) {
            cursor.setPosition(int(it->start));
            cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
            cursor.insertText(it->replacement);
        }
        cursor.endEditBlock();
    }
    m_status->setText(count == 0 ? tr("No matches") : tr("%n replaced", nullptr, count));
    return count;
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::ReadOnlyChange)
        updateEnabled();
    if ((watched == m_find || watched == m_replace) && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace && !(key->modifiers() & Qt::ShiftModifier))
                replace();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        // With the replace row shown, one types a term and then its replacement: Tab goes from one
        // field to the other. Previous and Next are what Shift+Enter and Enter already do in the field,
        // and stay reachable with Shift+Tab from the replacement, and with Tab when the row is hidden.
        if (watched == m_find && key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier
            && m_replaceRow->isVisibleTo(this) && m_replace->isEnabled()) {
            m_replace->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindReplaceBar::closeBar()
{
    m_countTimer.stop();
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
}

} // namespace Citewise
