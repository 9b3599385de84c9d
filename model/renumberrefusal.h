// The checks renumbering makes of the whole article before it moves anything, and the translation
// context of its messages.
#pragma once

#include "article.h"
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

} // namespace Citewise
