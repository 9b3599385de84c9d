// The checks renumbering makes of the whole article before it moves anything and of the article its
// edits would leave, and the translation context of its messages.
#pragma once

#include "article.h"
#include "renumber.h"
#include "unreadmarkers.h"

#include <QCoreApplication>
#include <QHash>

namespace Citewise {

// The translation context of these messages: lupdate files Class::tr() calls under the class, and
// Q_DECLARE_TR_FUNCTIONS makes the same name the context at run time.
class Renumbering
{
    Q_DECLARE_TR_FUNCTIONS(Citewise::Renumbering)
};

// Why the article cannot be renumbered as a whole (entries sharing a number or out of range, no list to
// renumber against, a list not read, entries outside it, markers that cannot be read or expanded,
// markers in full-width brackets), or *ok and an empty string. `refIndexByNumber` maps each entry's
// number to its first entry; `superscripts` receives the numbers written as superscripts.
QString refusalReason(const Article &article, const QHash<qint64, int> &refIndexByNumber,
    QList<Superscript> &superscripts, bool *ok);

// Why renumbering with `mapping` (old number -> new), dropping `dropped`, would leave a citation written
// as a plain number ("viability.2,3", "(1,3).", see PlainNumberCitation) citing another source, or an
// empty string. The article is read only when a number changes.
QString plainNumberRefusal(
    const Article &article, const QHash<qint64, qint64> &mapping, const QList<qint64> &dropped);

// What renumbering knows, once its edits are written, that the checks of the article they leave need.
struct RenumberedShape
{
    bool dropUnused = false; // RenumberOptions::dropUnused
    bool entriesMove = false; // an entry takes another one's place
    bool lastEntryChanges = false; // the last entry is rewritten with what may read on as its address
};

// Why the article as `result`'s edits leave it would not read as the same sources under their new
// numbers (the list no longer read as the references, a line between the entries left under another
// entry or read as part of one, an entry joined to what follows the list), or an empty string. The
// renumbered article is read only when one of these can happen.
QString renumberedRefusal(const Article &article, const RenumberResult &result, const RenumberedShape &shape);

} // namespace Citewise
