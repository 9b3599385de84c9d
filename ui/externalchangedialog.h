// Asks what to do when another program changed the open article while it has unsaved changes
// (keep mine, load theirs, or compare the two first), and tells when the file was deleted or moved.
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QSplitter;

namespace Citewise {

class ExternalChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // QDialog::exec() returns KeepMine (also on Escape: nothing is lost, the text stays modified) or
    // LoadTheirs.
    enum Result { KeepMine = QDialog::Rejected, LoadTheirs = QDialog::Accepted };

    ExternalChangeDialog(
        const QString &path, const QString &mine, const QString &theirs, QWidget *parent = nullptr);

    bool isComparing() const;
    void setComparing(bool comparing);
    QPlainTextEdit *mineView() const { return m_mine; }
    QPlainTextEdit *theirsView() const { return m_theirs; }

private:
    // Marks whole lines (block numbers) of `view`.
    void highlight(QPlainTextEdit *view, const QList<int> &lines, const QColor &colour);

    QPlainTextEdit *m_mine = nullptr;
    QPlainTextEdit *m_theirs = nullptr;
    QSplitter *m_compare = nullptr;
    QPushButton *m_compareButton = nullptr;
};

} // namespace Citewise
