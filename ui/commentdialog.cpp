#include "commentdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Citewise {

CommentDialog::CommentDialog(QWidget *parent)
    : QDialog(parent)
    , m_author(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Comment"));
    m_author->setAccessibleName(tr("Comment author"));
    m_author->setPlaceholderText(tr("Your name"));
    // The file format reads the author up to the first colon or parenthesis.
    m_author->setValidator(
        new QRegularExpressionValidator(QRegularExpression(uR"([^:()\[\]]{0,60})"_s), this));
    m_text->setAccessibleName(tr("Comment text"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What should the author or other editors know?"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Comment:"), m_text);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentDialog::validate);
    validate();
    resize(460, 220);
}

void CommentDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

void CommentDialog::setAuthorEditable(bool editable)
{
    m_author->setReadOnly(!editable);
}

void CommentDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QString CommentDialog::author() const
{
    return m_author->text().trimmed();
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().simplified();
}

void CommentDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

} // namespace Citewise
