// Asks for a comment's author and text. The author is prefilled from the last one used and can be
// locked when editing (only the text of an existing comment changes).
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Citewise {

class CommentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CommentDialog(QWidget *parent = nullptr);

    void setAuthor(const QString &author);
    void setAuthorEditable(bool editable);
    void setText(const QString &text);
    QString author() const; // as the file will hold it: brackets and colons made spaces
    QString text() const; // one line: a comment is a single line in the file

    QLineEdit *authorEdit() const { return m_author; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *oneLineNote() const { return m_note; }
    QLabel *authorNote() const { return m_authorNote; } // what becomes of a name the file cannot hold

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void keepOnOneLine();
    void validate();
    void updateAuthorNote();

    static constexpr int kMaxAuthorLength = 60; // the longest author the file reads back

    QLineEdit *m_author;
    QPlainTextEdit *m_text;
    QLabel *m_note = nullptr;
    QLabel *m_authorNote = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace Citewise
