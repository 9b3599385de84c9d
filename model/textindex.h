// One pass over a text that finds everything the parser acts on: where lines break, and where the
// characters stand that can start a marker, a code span or a URL ('[', '`', ':').
#pragma once

#include "article.h"

#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace Citewise {

struct TextIndex
{
    QList<Line> lines; // as appendLines() splits the text
    std::vector<qsizetype> events; // offsets of '[', '`' and ':', ascending
    qsizetype openBrackets = 0; // how many of the events are '[' (markers cannot be more)
};

// Builds a TextIndex a piece at a time, so a text can be indexed while it is being decoded: each
// piece is scanned while it is still in the processor's cache.
class TextIndexer
{
public:
    // `expectedSize` (UTF-16 units) only sizes the first allocations.
    explicit TextIndexer(qsizetype expectedSize = 0);

    // Scans what `text` holds beyond the last call's: `text` is the whole text so far, each call's
    // extending the last one's (a line break or CRLF may straddle two calls).
    void scan(QStringView text);
    // Decodes the ASCII bytes at the start of `bytes` into `text`, which holds the text scanned so far
    // (each character lands right after it), and indexes them as scan() would: one pass over the bytes
    // instead of a decoder's and then scan()'s over the characters. Returns how many bytes it took
    // (each one character); it stops at the first byte that is not ASCII. `text` must have room for
    // them all.
    qsizetype appendAscii(QByteArrayView bytes, char16_t *text);
    // The index of the text scanned so far, taken as the whole text.
    TextIndex finish() &&;

private:
    static constexpr qsizetype kChunk = 4096; // characters scanned before their hits are recorded
    static constexpr qsizetype kScratch = kChunk + 64;

    void addBreak(const char16_t *data, qsizetype at);
    void makeRoomForLines();
    qsizetype *scratch(); // m_scratch, allocated on first use
    // Sorts a chunk's hits, found[0, count), into line breaks and events.
    void record(const char16_t *data, const qsizetype *found, qsizetype count);

    TextIndex m_index;
    qsizetype m_lineCount = 0; // lines found; m_index.lines has room past them until finish()
    Line *m_lines = nullptr; // m_index.lines.data()
    qsizetype m_scanned = 0;
    qsizetype m_lineStart = 0;
    bool m_pendingCr = false; // the text scanned so far ends with '\r' (a CRLF may go on)
    std::unique_ptr<qsizetype[]> m_scratch; // a chunk's hits, then its breaks and its events
};

TextIndex indexText(QStringView text);

// The events (TextIndex::events) inside [span.start, span.end()), found from where the last call left
// off when spans come in reading order (they may come in any order).
class EventCursor
{
public:
    explicit EventCursor(const std::vector<qsizetype> &events) : m_events(events) { }
    std::span<const qsizetype> within(TextSpan span);
    // Asks the processor for the text at the events of `span` (ahead of the last span) in advance.
    void prefetch(const QChar *text, TextSpan span);

private:
    const std::vector<qsizetype> &m_events;
    std::size_t m_next = 0;
    std::size_t m_prefetched = 0; // events before this have been asked for
};

} // namespace Citewise
