// Renumbering citations in order of first use, as a list of text edits (one undo step in the editor).
#pragma once

#include "article.h"
#include "textedit.h"

#include <QHash>

namespace Citewise {

struct RenumberOptions
{
    bool dropUnused = false; // remove references that are never cited
};

struct RenumberResult
{
    QList<TextEdit> edits; // sorted, non-overlapping; empty when nothing changes
    QHash<qint64, qint64> mapping; // old number -> new number (markers and references)
    QList<qint64> droppedReferences; // old numbers removed with dropUnused
    // Translated reason when the article cannot be renumbered without guessing (duplicate or invalid
    // reference numbers, unreadable ranges, markers without a references section); edits are then empty.
    QString refusal;

    bool refused() const { return !refusal.isEmpty(); }
};

RenumberResult renumberCitations(const Article &article, const RenumberOptions &options = {});

} // namespace Citewise
