#include "groupededits.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Citewise {

bool applyEditsInGroups(QTextCursor &cursor, const QList<TextEdit> &sorted)
{
    constexpr qsizetype kMaxStretch = 4096; // characters one group spans at most
    struct Group
    {
        qsizetype first; // index of its first edit
        qsizetype last; // index of its last edit
    };
    QList<Group> groups;
    qsizetype blockEnd = -1; // where the current group's paragraph ends; -1 when it takes no more
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const TextEdit &e = sorted.at(i);
        const qsizetype end = e.start + e.length;
        if (!groups.isEmpty() && end <= blockEnd
            && end - sorted.at(groups.last().first).start <= kMaxStretch) {
            groups.last().last = i;
            continue;
        }
        const QTextBlock block = cursor.document()->findBlock(int(e.start));
        const qsizetype blockLast = block.position() + block.length() - 1; // before its separator
        groups.append({i, i});
        blockEnd = end <= blockLast ? blockLast : -1;
    }
    bool changed = false;
    // Last to first, so that the positions of the edits still to apply stay valid.
    for (auto g = groups.crbegin(); g != groups.crend(); ++g) {
        const qsizetype start = sorted.at(g->first).start;
        const qsizetype end = sorted.at(g->last).start + sorted.at(g->last).length;
        cursor.setPosition(int(start));
        cursor.setPosition(int(end), QTextCursor::KeepAnchor);
        const QString old = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
        QString stretch;
        qsizetype at = start;
        for (qsizetype i = g->first; i <= g->last; ++i) {
            const TextEdit &e = sorted.at(i);
            stretch += QStringView(old).mid(at - start, e.start - at);
            stretch += e.replacement;
            at = e.start + e.length;
        }
        // What stays the same at either end is left alone, so that cursors there do not move.
        auto [prefix, suffix] = sharedEnds(old, stretch);
        if (prefix == old.size() && prefix == stretch.size())
            continue; // unchanged
        // Never half a surrogate pair.
        if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
            --prefix;
        if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
            --suffix;
        cursor.setPosition(int(start + prefix));
        cursor.setPosition(int(end - suffix), QTextCursor::KeepAnchor);
        cursor.insertText(stretch.mid(prefix, stretch.size() - prefix - suffix));
        changed = true;
    }
    return changed;
}

} // namespace Citewise
