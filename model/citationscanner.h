// Finds citation markers ("[1]", "[1, 3]", "[2-4]") in one line of body text.
#pragma once

#include "article.h"

#include <span>

namespace Citewise {

// lineStart is the offset of `line` in the article text; lineNumber is 1-based.
// Bracketed words, "[]", "[-1]", Markdown links/footnotes and brackets inside URLs are not markers.
void scanCitations(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &out);

// Markers and malformed markers in one pass (what the parser uses).
void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<Citation> &citations,
    QList<MalformedMarker> &malformed);
// Adds citations to the end of a list many at a time, for reading a whole article: room is made
// ahead (empty citations) and each marker is read in place, which costs a fraction of appending one
// by one. The list holds the room until finish(), or the appender's end.
class CitationAppender
{
public:
    explicit CitationAppender(QList<Citation> &list);
    ~CitationAppender();
    Q_DISABLE_COPY_MOVE(CitationAppender)

    // An empty citation after the last one kept.
    Citation &next()
    {
        if (m_kept == m_list.size())
            makeRoom();
        Citation &c = m_room[m_kept];
        if (!c.numbers.isEmpty()) // left by a bracket that was no marker (clearing costs a call)
            c.numbers.clear();
        return c;
    }
    // Keeps the citation next() gave, and returns it.
    Citation &keep() { return m_room[m_kept++]; }
    // How many citations the list holds, those kept before this appender included.
    qsizetype size() const { return m_kept; }
    // Gives the citations from `index` on back as room: they are no longer kept.
    void dropFrom(qsizetype index)
    {
        m_kept = qMin(m_kept, index);
        m_room = m_list.data();
    }
    // Takes the room that was not used off the list.
    void finish();

private:
    void makeRoom();

    QList<Citation> &m_list;
    qsizetype m_kept = 0;
    Citation *m_room = nullptr; // m_list.data()
};

// The same, given where the line's '[', '`' and ':' stand (offsets in the article text, ascending, all
// of them in the line: see TextIndex), so the line itself is not searched again.
void scanMarkers(QStringView line, qsizetype lineStart, int lineNumber, std::span<const qsizetype> events,
    CitationAppender &citations, QList<MalformedMarker> &malformed);

// Characters that make bracketed digits look like a marker on screen while they read as none: spaces
// other than the space and tab a marker may hold (no-break and the like) and invisible format
// characters (zero-width space, word joiner, soft hyphen...).
inline bool isHiddenInMarker(QChar ch)
{
    return ch.category() == QChar::Other_Format || (ch.isSpace() && ch != u' ' && ch != u'\t');
}

// Bracketed text that looks like an attempted marker but is not valid (see MalformedMarker).
void scanMalformedMarkers(QStringView line, qsizetype lineStart, int lineNumber, QList<MalformedMarker> &out);

// Where the word starts that the bracket at `open` of `line` is glued to when the two read as an index
// in code ("sys.argv[1]", "data["items"][1]", "argv[0]"), which is reported rather than read as a
// marker; -1 otherwise.
qsizetype codeIndexStart(QStringView line, qsizetype open);

} // namespace Citewise
