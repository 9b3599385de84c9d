#include "externalchangedialog.h"

#include "linediff.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Citewise {

ExternalChangeDialog::ExternalChangeDialog(
    const QString &path, const QString &mine, const QString &theirs, QWidget *parent)
    : QDialog(parent)
{
    const QString name = QFileInfo(path).fileName();
    setWindowTitle(tr("File Changed on Disk"));
    setAccessibleName(tr("File changed on disk"));

    auto *layout = new QVBoxLayout(this);
    auto *message = new QLabel(tr("Another program changed “%1” while it has unsaved changes here.\n"
                                  "Keep your version (saving will replace theirs), or load theirs and lose "
                                  "your unsaved changes?")
                                   .arg(name));
    message->setWordWrap(true);
    message->setToolTip(QDir::toNativeSeparators(path));
    layout->addWidget(message);

    m_compare = new QSplitter(Qt::Horizontal);
    m_compare->setAccessibleName(tr("Comparison"));
    const auto makeView = [this](const QString &text, const QString &title) {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(new QLabel(title));
        auto *view = new QPlainTextEdit;
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setPlainText(text);
        view->setAccessibleName(title);
        boxLayout->addWidget(view);
        m_compare->addWidget(box);
        return view;
    };
    m_mine = makeView(mine, tr("Your version"));
    m_theirs = makeView(theirs, tr("Version on disk"));
    const LineDiff diff = diffLines(mine, theirs);
    highlight(m_mine, diff.removed, QColor(255, 220, 220));
    highlight(m_theirs, diff.added, QColor(210, 245, 210));
    m_compare->hide();
    layout->addWidget(m_compare, 1);

    auto *buttons = new QDialogButtonBox;
    auto *keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::RejectRole);
    keep->setAccessibleName(tr("Keep my version"));
    auto *load = buttons->addButton(tr("&Load Theirs"), QDialogButtonBox::AcceptRole);
    load->setAccessibleName(tr("Load the version on disk"));
    m_compareButton = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_compareButton->setCheckable(true);
    m_compareButton->setAccessibleName(tr("Compare the two versions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compareButton, &QPushButton::toggled, this, &ExternalChangeDialog::setComparing);
    layout->addWidget(buttons);

    // Loading theirs drops the unsaved text for good, undo and recovery copy included: Return and Enter
    // keep mine wherever the focus is, and loading theirs takes a click, Space on it or its mnemonic.
    // Many desktops put Load Theirs first, and the first button to get the focus would become the default.
    keep->setDefault(true);
    keep->setFocus(); // once in the dialog: a parent change drops the focus
    load->setAutoDefault(false);
}

bool ExternalChangeDialog::isComparing() const
{
    return !m_compare->isHidden();
}

void ExternalChangeDialog::setComparing(bool comparing)
{
    m_compare->setVisible(comparing);
    m_compareButton->setChecked(comparing);
    if (comparing) {
        // Wide enough for two texts side by side, within the screen.
        const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 900, 560);
        const QSize decoration = frameGeometry().size() - size(); // the window manager's frame
        resize(qMin(qMax(width(), 900), room.width() - decoration.width()),
            qMin(qMax(height(), 560), room.height() - decoration.height()));
        // Grown to the right and down from where it stood, it may now reach past the screen's edge:
        // moved back in, whole.
        const QRect frame = frameGeometry();
        const int x = qMax(room.left(), qMin(frame.left(), room.right() + 1 - frame.width()));
        const int y = qMax(room.top(), qMin(frame.top(), room.bottom() + 1 - frame.height()));
        if (x != frame.left() || y != frame.top())
            move(x, y);
        // Open both sides at the first difference, marked but not selected.
        for (QPlainTextEdit *view : {m_mine, m_theirs}) {
            const QList<QTextEdit::ExtraSelection> selections = view->extraSelections();
            if (!selections.isEmpty()) {
                QTextCursor cursor = selections.first().cursor;
                cursor.setPosition(cursor.selectionStart());
                view->setTextCursor(cursor);
                view->centerCursor();
            }
        }
    }
}

void ExternalChangeDialog::highlight(QPlainTextEdit *view, const QList<int> &lines, const QColor &colour)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int line : lines) {
        const QTextBlock block = view->document()->findBlockByNumber(line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections.append(selection);
    }
    view->setExtraSelections(selections);
}

} // namespace Citewise
