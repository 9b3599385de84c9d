// Applying many edits to a QTextDocument at once, as few edits of its own as it takes.
#pragma once

#include "textedit.h"

class QTextCursor;

namespace Citewise {

// The editor's document pays for each edit (its fragments split, an undo command recorded, every
// cursor adjusted), and renumbering a large article makes tens of thousands of them, often several
// in a paragraph. Edits in one paragraph, close together, are applied as one: the stretch from the
// first to the last, less what stays the same at its ends. Cursors inside such a stretch move to its
// end (the editor keeps its own: ArticleDocument::editsAboutToBeApplied()); cursors elsewhere keep
// their place.
// `sorted` is sorted by start and does not overlap; `cursor` is on the document, inside the caller's
// edit block. False when nothing changed.
bool applyEditsInGroups(QTextCursor &cursor, const QList<TextEdit> &sorted);

} // namespace Citewise
