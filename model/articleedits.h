// Edits that add, change or remove references and comments, computed from a parsed article so that
// the editor can apply them as one undo step. Every function leaves all other bytes untouched.
#pragma once

#include "article.h"
#include "textedit.h"

#include <QDateTime>

namespace Citewise {

// The number a new reference gets: one past the highest existing valid number.
qint64 nextReferenceNumber(const Article &article);

// Appends "[n] URL label" after the last entry (creating a "References:" section at the end of the body,
// before Comments, when there is none). Uses the article's newline convention and entry style.
QList<TextEdit> addReferenceEdits(
    const Article &article, qint64 number, const QString &url, const QString &label);
// Rewrites the entry at `index` (number, URL and label), keeping its style.
QList<TextEdit> updateReferenceEdits(
    const Article &article, int index, qint64 number, const QString &url, const QString &label);
// Removes the entry at `index` with its continuation lines and line terminator.
QList<TextEdit> removeReferenceEdits(const Article &article, int index);

// An entry or comment found again once the text has changed (while a dialog was open on it): the
// index of the one whose text (its span) is `text`, what it was before, the nearest to `index`, where
// it was, when several are; -1 when none is, as it was changed or removed.
int findReferenceAgain(const Article &article, QStringView text, int index);
int findCommentAgain(const Article &article, QStringView text, int index);

// Formats "Author (timestamp): text" (or "text" without author) as the parser reads it back.
QString formatComment(const QString &author, const QDateTime &timestamp, const QString &text);
// Adds a comment line at the end of the Comments section (replacing "No comments yet", creating the
// section at the end of the file when missing).
QList<TextEdit> addCommentEdits(
    const Article &article, const QString &author, const QDateTime &timestamp, const QString &text);
// Replaces the text of the comment at `index` (author and timestamp stay).
QList<TextEdit> updateCommentEdits(const Article &article, int index, const QString &text);
// Removes the comment at `index` (restoring "No comments yet" when it was the last one).
QList<TextEdit> removeCommentEdits(const Article &article, int index);

} // namespace Citewise
