#include "recoverydialog.h"

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
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Citewise {

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
        auto *label = new QLabel(
            u"<b>%1</b><br>%2"_s.arg(entryTitle(entry).toHtmlEscaped(), entryDetails(entry).toHtmlEscaped()));
        label->setTextFormat(Qt::RichText);
        label->setToolTip(entry.originalPath);
        rowLayout->addWidget(label, 1);

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
            const auto reply = QMessageBox::question(this, tr("Discard Unsaved Changes"),
                tr("The unsaved changes to “%1” will be lost. Discard them?").arg(entryTitle(entry)),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (reply != QMessageBox::Discard)
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
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::LongFormat);
    if (entry.originalPath.isEmpty())
        return tr("Saved %1").arg(when);
    return tr("In %1, saved %2")
        .arg(QDir::toNativeSeparators(QFileInfo(entry.originalPath).absolutePath()), when);
}

void RecoveryDialog::answered(QWidget *row)
{
    row->hide();
    if (--m_remaining == 0)
        accept();
}

} // namespace Citewise
