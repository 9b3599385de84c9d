// Offers the unsaved work of sessions that ended unexpectedly: recover it, discard it, or decide later.
#pragma once

#include "recoverystore.h"

#include <QDialog>

class QVBoxLayout;
class QWidget;

namespace Citewise {

class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(const QList<RecoveryEntry> &entries, QWidget *parent = nullptr);

    int remainingCount() const; // entries not yet answered
    // "article.txt" or "Untitled document"; "Saved 3 July 2025 14:02" in the current locale.
    static QString entryTitle(const RecoveryEntry &entry);
    static QString entryDetails(const RecoveryEntry &entry);

Q_SIGNALS:
    // The caller opens the text (marked as modified) and removes the entry once it has its own copy.
    void recoverRequested(const Citewise::RecoveryEntry &entry);
    // The recovery file has already been removed.
    void discarded(const Citewise::RecoveryEntry &entry);

private:
    static QString folderOf(const RecoveryEntry &entry); // empty for an untitled document
    static QString detailsIn(const RecoveryEntry &entry, const QString &folder); // folder as shown
    void answered(QWidget *row);

    QVBoxLayout *m_rows = nullptr;
    int m_remaining = 0;
};

} // namespace Citewise
