#include "commentdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// What ends a comment's author in the file (see formatComment()): never part of a saved name.
constexpr QStringView kNotInNames = u":()[]";

} // namespace

CommentDialog::CommentDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Comment"));
    m_author->setAccessibleName(tr("Comment author"));
    m_author->setPlaceholderText(tr("Your name"));
    // The file reads a comment's author up to the first colon or bracket, so the name is saved without
    // them. The field takes them all the same (keys that did nothing, or a paste refused whole, went
    // unnoticed) and the note under it shows the name as it will be saved.
    m_author->setMaxLength(kMaxAuthorLength);
    m_author->setToolTip(tr("A name cannot hold a colon, parentheses or square brackets."));
    m_authorNote = new QLabel(this);
    m_authorNote->setObjectName(u"authorNote"_s);
    m_authorNote->setWordWrap(true);
    m_authorNote->hide();
    m_text->setAccessibleName(tr("Comment text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What should the author or other editors know?"));

    // The box wraps a long comment, but it is one line of the file, which Enter ends: said beside it,
    // so that nobody types on past a dialog already closed. Three lines high, not a page.
    const QString oneLine = tr("A comment is one line of the article: Enter saves it.");
    m_text->setAccessibleDescription(oneLine);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 2 * m_text->frameWidth()
        + int(2 * m_text->document()->documentMargin()));
    m_note = new QLabel(oneLine, this);
    m_note->setObjectName(u"oneLineNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Author:"), m_author);
    form->addRow(QString(), m_authorNote);
    form->addRow(tr("&Comment:"), m_text);
    form->addRow(QString(), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentDialog::keepOnOneLine);
    connect(m_author, &QLineEdit::textChanged, this, &CommentDialog::updateAuthorNote);
    // A comment is one line of the file: Enter says it is done, as in a line edit.
    m_text->installEventFilter(this);
    validate();
    resize(460, sizeHint().height());
}

void CommentDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

void CommentDialog::setAuthorEditable(bool editable)
{
    // A comment keeps its author: shown as text, not as a field that takes keys and ignores them.
    m_author->setReadOnly(!editable);
    m_author->setFrame(editable);
    QPalette palette = m_author->palette();
    palette.setBrush(QPalette::Base, editable ? this->palette().base() : this->palette().window());
    m_author->setPalette(palette);
    m_author->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    m_author->setToolTip(editable ? tr("A name cannot hold a colon, parentheses or square brackets.")
                                  : tr("A comment keeps the name of the one who wrote it."));
    if (!editable)
        m_text->setFocus();
}

void CommentDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString CommentDialog::author() const
{
    QString name = m_author->text();
    for (const QChar c : kNotInNames)
        name.replace(c, u' ');
    return name.simplified();
}

void CommentDialog::updateAuthorNote()
{
    const QString typed = m_author->text();
    const bool changed = std::any_of(
        kNotInNames.begin(), kNotInNames.end(), [&typed](QChar c) { return typed.contains(c); });
    if (changed) {
        const QString saved = author();
        m_authorNote->setText(saved.isEmpty()
                ? tr("A name cannot hold a colon, parentheses or square brackets: the comment will be "
                     "saved without one.")
                : tr("A name cannot hold a colon, parentheses or square brackets: it will be saved as "
                     "“%1”.")
                      .arg(saved));
    }
    m_authorNote->setVisible(changed);
    m_author->setAccessibleDescription(changed ? m_authorNote->text() : QString());
    // The dialog grows to make room for the note, which the comment box (of a fixed height) cannot give.
    if (changed && isVisible()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().simplified();
}

bool CommentDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// Pasted line breaks are shown as the spaces they will be saved as.
void CommentDialog::keepOnOneLine()
{
    const QString text = m_text->toPlainText();
    if (text.contains(u'\n') || text.contains(QChar::ParagraphSeparator)
        || text.contains(QChar::LineSeparator)) {
        QTextCursor cursor = m_text->textCursor();
        const int position = cursor.position();
        QString oneLine = text;
        oneLine.replace(u'\n', u' ')
            .replace(QChar::ParagraphSeparator, u' ')
            .replace(QChar::LineSeparator, u' ');
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(oneLine);
        cursor = m_text->textCursor();
        cursor.setPosition(qMin(position, int(oneLine.size())));
        m_text->setTextCursor(cursor);
    }
    validate();
}

void CommentDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

} // namespace Citewise
