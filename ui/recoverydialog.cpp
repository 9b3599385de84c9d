#include "recoverydialog.h"

#include "buttonmnemonics.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

namespace Citewise {

namespace {

// A folder or file name is cut in the middle past this many average characters, so that a long path
// never pushes the buttons out of sight; the tooltip has it whole.
constexpr int kPathWidthInChars = 36;

QString elided(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font);
    return metrics.elidedText(text, Qt::ElideMiddle, metrics.averageCharWidth() * kPathWidthInChars);
}

} // namespace

RecoveryDialog::RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent), m_remaining(int(entries.size()))
{
    setWindowTitle(tr("Recover Unsaved Work"));
    setAccessibleName(tr("Recover unsaved work"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Citewise did not close normally. The following unsaved changes were kept:"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *list = new QWidget;
    m_rows = new QVBoxLayout(list);
    for (const RecoveryEntry &entry : entries) {
        auto *row = new QFrame;
        row->setFrameShape(QFrame::StyledPanel);
        row->setAccessibleName(entryTitle(entry));
        auto *rowLayout = new QHBoxLayout(row);
        auto *title = new QLabel;
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setTextFormat(Qt::PlainText);
        title->setText(elided(entryTitle(entry), bold));
        auto *details = new QLabel;
        details->setTextFormat(Qt::PlainText);
        details->setText(detailsIn(entry, elided(folderOf(entry), details->font())));
        details->setWordWrap(true); // the date goes on a line of its own rather than past the buttons
        auto *text = new QVBoxLayout;
        text->setSpacing(0);
        text->addWidget(title);
        text->addWidget(details);
        for (QLabel *label : {title, details})
            label->setToolTip(entry.originalPath);
        rowLayout->addLayout(text, 1);

        auto *recover = new QPushButton(tr("&Recover"));
        recover->setAccessibleName(tr("Recover %1").arg(entryTitle(entry)));
        auto *discard = new QPushButton(tr("&Discard"));
        discard->setAccessibleName(tr("Discard %1").arg(entryTitle(entry)));
        auto *later = new QPushButton(tr("&Later"));
        later->setAccessibleName(tr("Decide later about %1").arg(entryTitle(entry)));
        later->setToolTip(tr("Keep the recovered text and ask again on the next start"));
        rowLayout->addWidget(recover);
        rowLayout->addWidget(discard);
        rowLayout->addWidget(later);

        connect(recover, &QPushButton::clicked, this, [this, row, entry] {
            Q_EMIT recoverRequested(entry);
            answered(row);
        });
        connect(discard, &QPushButton::clicked, this, [this, row, entry] {
            QMessageBox box(QMessageBox::Question, tr("Discard Unsaved Changes"),
                tr("The unsaved changes to “%1” will be lost. Discard them?").arg(entryTitle(entry)),
                QMessageBox::Discard | QMessageBox::Cancel, this);
            box.setDefaultButton(QMessageBox::Cancel);
            giveButtonsMnemonics(box);
            if (box.exec() != QMessageBox::Discard)
                return;
            RecoveryStore::remove(entry);
            Q_EMIT discarded(entry);
            answered(row);
        });
        connect(later, &QPushButton::clicked, this, [this, row] { answered(row); });
        m_rows->addWidget(row);
    }
    m_rows->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(list);
    scroll->setAccessibleName(tr("Unsaved changes"));
    // The rows fit across, beside a vertical scroll bar: the dialog is at least this wide.
    scroll->setMinimumWidth(list->minimumSizeHint().width() + 2 * scroll->frameWidth()
        + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, scroll->verticalScrollBar()));
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Decide later about all remaining entries"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 320);
}

int RecoveryDialog::remainingCount() const
{
    return m_remaining;
}

QString RecoveryDialog::entryTitle(const RecoveryEntry &entry)
{
    return entry.originalPath.isEmpty() ? tr("Untitled document") : QFileInfo(entry.originalPath).fileName();
}

QString RecoveryDialog::entryDetails(const RecoveryEntry &entry)
{
    return detailsIn(entry, folderOf(entry));
}

QString RecoveryDialog::folderOf(const RecoveryEntry &entry)
{
    return entry.originalPath.isEmpty()
        ? QString()
        : QDir::toNativeSeparators(QFileInfo(entry.originalPath).absolutePath());
}

QString RecoveryDialog::detailsIn(const RecoveryEntry &entry, const QString &folder)
{
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat);
    if (entry.originalPath.isEmpty())
        return tr("Saved %1").arg(when);
    QString details = tr("In %1, saved %2").arg(folder, when);
    // Recovering puts this copy in the editor in place of what is on disk now: say so when the file was
    // changed (or removed) since, by another program or another person.
    const QFileInfo file(entry.originalPath);
    if (!file.exists()) {
        details += u'\n' + tr("The file is no longer there; recovering keeps the text until you save it.");
    } else if (file.lastModified().toUTC() > entry.savedAt) {
        details += u'\n'
            + tr("The file was changed on disk after this copy was made (%1). Recovering replaces that "
                 "version in the editor; it stays on disk until you save.")
                  .arg(QLocale().toString(file.lastModified(), QLocale::ShortFormat));
    }
    return details;
}

void RecoveryDialog::answered(QWidget *row)
{
    row->hide();
    if (--m_remaining == 0)
        accept();
}

} // namespace Citewise
