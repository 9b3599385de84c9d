// Parsing decoded article text into an Article. Linear in the size of the text: every line is looked at a
// bounded number of times, and only short lines are tested as section headers.
#include "articleio.h"
#include "citationscanner.h"
#include "leadpatterns.h"
#include "linekinds.h"
#include "prefault.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "textindex.h"
#include "textsearch.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

class Parser
{
public:
    Parser(Article &a, TextIndex &&index)
        : m_a(a), m_text(a.text.view()), m_events(std::move(index.events)), m_cursor(m_events)
    {
        m_a.lines = std::move(index.lines);
        // Markers cannot outnumber the '['s; past a bound (hostile text), the list grows as it goes.
        constexpr qsizetype kMaxReserved = 1 << 18;
        reserveInLargePages(m_a.citations, qMin(index.openBrackets, kMaxReserved));
        // Paragraphs cannot outnumber the lines (whose list is already as long).
        m_a.paragraphs.reserve(m_a.lines.size());
    }

    void run()
    {
        const int n = int(m_a.lines.size());
        int bodyStart = parseFrontMatter();
        bodyStart = parseTitle(bodyStart);

        // The title's markers are in the list: the body's (before and after the reference list) follow.
        CitationAppender citations(m_a.citations);
        m_citations = &citations;
        int refHeader = findReferencesHeader(bodyStart);
        int commentsHeader = findCommentsHeader(bodyStart, refHeader);
        int bodyEnd = n + 1;
        Fence fence;
        for (int from = bodyStart;;) {
            bodyEnd = refHeader ? refHeader : commentsHeader ? commentsHeader : n + 1;
            fence = parseBody(from, bodyEnd - 1, false, fence);
            if (fence.length == 0 || bodyEnd > n)
                break;
            // The header the body stops at stands in a code block. When the block closes before another
            // such header, it is an example (of the format, in a README): code, and the body goes on to
            // the other one. Otherwise a fence left open runs into the section, which ends it.
            const int nextRef = refHeader ? findReferencesHeader(bodyEnd + 1) : 0;
            const int nextComments = findCommentsHeader(bodyEnd + 1, nextRef);
            const int next = refHeader ? nextRef : nextComments;
            if (next == 0 || !closesBefore(fence, bodyEnd + 1, next))
                break;
            from = bodyEnd;
            refHeader = nextRef;
            commentsHeader = nextComments;
        }
        const int listHeader = refHeader ? refHeader : takeUnnamedList(bodyEnd - 1);
        readDateline(m_a);

        if (listHeader) {
            const int end = commentsHeader > listHeader ? commentsHeader - 1 : n;
            parseReferences(listHeader, end);
        }
        if (commentsHeader) {
            const int end = refHeader > commentsHeader ? refHeader - 1 : n;
            parseComments(commentsHeader, end);
        }
    }

private:
    QStringView line(int number) const
    {
        const TextSpan s = m_a.lines.at(number - 1).span;
        return QStringView(m_text).mid(s.start, s.length);
    }
    qsizetype lineStart(int number) const { return m_a.lines.at(number - 1).span.start; }

    // YAML front matter: "---" on the first line up to the next "---" or "...". Returns the first line after
    // it.
    int parseFrontMatter()
    {
        const int n = int(m_a.lines.size());
        if (n == 0 || line(1).trimmed() != u"---")
            return 1;
        for (int i = 2; i <= n && i <= 200; ++i) {
            const QStringView t = line(i).trimmed();
            if (t != u"---" && t != u"...")
                continue;
            m_a.frontMatter = {0, lineStart(i) + line(i).size()};
            for (int k = 2; k < i; ++k) {
                const QStringView l = line(k);
                if (!l.startsWith(u"title:"))
                    continue;
                TextSpan value = trimmedSpan(m_text, {lineStart(k) + 6, l.size() - 6});
                const QStringView v = m_a.view(value);
                if (v.size() >= 2 && (v.front() == u'"' || v.front() == u'\'') && v.back() == v.front())
                    value = {value.start + 1, value.length - 2};
                m_a.title = m_a.view(value).toString();
                m_a.titleLine = k;
                m_a.titleSpan = value;
            }
            return i + 1;
        }
        return 1;
    }

    int parseTitle(int from)
    {
        const int n = int(m_a.lines.size());
        if (m_a.titleLine)
            return from;
        for (int i = from; i <= n; ++i) {
            const QStringView l = line(i);
            if (isBlankLine(l))
                continue;
            if (isReferencesHeader(l) || isCommentsHeader(l))
                return i;
            readTitle(m_a, i, m_a.citations, m_a.malformedMarkers);
            // (A title underlined with "=====" is a heading: the underline is no paragraph.)
            return i < n && isDoubleUnderline(line(i + 1)) ? i + 2 : i + 1;
        }
        return n + 1;
    }

    // The first line under header line `header`, past the line that underlines it ("==========").
    int firstUnderHeader(int header) const
    {
        return header < m_a.lines.size() && isSetextUnderline(line(header + 1)) ? header + 2 : header + 1;
    }

    int nextContentLine(int from, int last) const
    {
        for (int i = from; i <= last; ++i) {
            if (!isSeparatorLine(line(i)))
                return i;
        }
        return 0;
    }

    // The header line that an entry follows, else the last one. A loose word ("Notes", "Endnotes")
    // heads the list only when its entries have an address: prose notes stand under such words too.
    // Of several, a header word goes before a loose one, and entries with an address before entries
    // without ("Notes:" or "Data sources:" over a list of their own above "References:"); among equals
    // the first one wins.
    int findReferencesHeader(int from) const
    {
        const int n = int(m_a.lines.size());
        int last = 0;
        int best = 0;
        int bestRank = 0;
        for (int i = from; i <= n; ++i) {
            const QStringView l = line(i);
            if (l.size() > kMaxHeaderLineLength)
                continue;
            const ReferencesHeader kind = referencesHeaderOf(l);
            if (kind == ReferencesHeader::None)
                continue;
            const bool named = kind == ReferencesHeader::Named;
            if (named)
                last = i;
            const int next = nextContentLine(firstUnderHeader(i), n);
            Reference probe;
            if (!next || !parseEntry(next, probe))
                continue;
            const bool address = !probe.url.isEmpty() || entriesHoldAnAddress(m_a, next, n);
            const int rank = (named ? 2 : 0) + (address ? 1 : 0);
            if (rank == 3)
                return i; // (nearly every article: its one header, and an entry with an address)
            if (rank > bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best ? best : last;
    }

    // Whether a fence closes the code block `fence` opens on a line of [from, end).
    bool closesBefore(const Fence &fence, int from, int end) const
    {
        for (int i = from; i < end; ++i) {
            if (closesFence(line(i), fence))
                return true;
        }
        return false;
    }

    int findCommentsHeader(int from, int refHeader) const
    {
        const int n = int(m_a.lines.size());
        for (int i = refHeader ? refHeader + 1 : from; i <= n; ++i) {
            const QStringView l = line(i);
            if (l.size() <= kMaxHeaderLineLength && isCommentsHeader(l))
                return i;
        }
        return 0;
    }

    // Reads lines [first, last] as body, in the code block `fence` opens if any; returns the fence of the
    // block still open after them.
    Fence parseBody(int first, int last, bool afterReferences, Fence fence = {})
    {
        if (first > last)
            return fence;
        // Paragraphs are written in place, into room for one a line that is trimmed after.
        const qsizetype before = m_a.paragraphs.size();
        m_a.paragraphs.resize(before + (last - first + 1));
        Paragraph *const room = m_a.paragraphs.data() + before;
        Paragraph *paragraph = room;
        const Line *const lines = m_a.lines.constData();
        for (int i = first; i <= last; ++i) {
            prefetchLine(i + kPrefetchLines);
            const TextSpan lineSpan = lines[i - 1].span;
            const QStringView l = m_text.sliced(lineSpan.start, lineSpan.length);
            if (isBlankLine(l))
                continue;
            // Field by field: a whole Paragraph built first was copied out of the stack with wide loads
            // that waited for its narrow stores (a store-forwarding stall, a third of this loop's time).
            paragraph->line = i;
            paragraph->span = trimmedSpan(m_text, lineSpan);
            paragraph->afterReferences = afterReferences;
            ++paragraph;
            if (fence.length > 0) { // code, up to the fence that closes it
                if (closesFence(l, fence)) {
                    m_a.fenceLines.append(i);
                    fence = {};
                }
                continue;
            }
            if (fence = fenceOf(l); fence.length > 0) {
                m_a.fenceLines.append(i);
                continue;
            }
            // The whole line, so that columns count from its start.
            scanMarkers(l, lineSpan.start, i, m_cursor.within(lineSpan), *m_citations, m_a.malformedMarkers);
        }
        m_a.paragraphs.resize(before + (paragraph - room));
        return fence;
    }

    // With no header word above the list, the heading that opens it (unnamedListHeading()), found among
    // the body's lines up to `last`, which were read as body: what they gave from that line on is taken
    // back, to be read as the list and what follows it. Returns the heading's line, or 0.
    int takeUnnamedList(int last)
    {
        if (m_citations->size() == 0)
            return 0; // (nothing is cited: a list of links is only text)
        m_citations->finish();
        const int heading = unnamedListHeading(m_a, last);
        if (heading == 0)
            return 0;
        const auto before = [heading](const auto &item) { return item.line < heading; };
        m_a.paragraphs.resize(std::partition_point(m_a.paragraphs.cbegin(), m_a.paragraphs.cend(), before)
            - m_a.paragraphs.cbegin());
        m_citations->dropFrom(std::partition_point(m_a.citations.cbegin(), m_a.citations.cend(), before)
            - m_a.citations.cbegin());
        m_a.malformedMarkers.resize(
            std::partition_point(m_a.malformedMarkers.cbegin(), m_a.malformedMarkers.cend(), before)
            - m_a.malformedMarkers.cbegin());
        m_a.fenceLines.resize(std::lower_bound(m_a.fenceLines.cbegin(), m_a.fenceLines.cend(), heading)
            - m_a.fenceLines.cbegin());
        return heading;
    }

    // A large text has long left the processor's cache when it is parsed: the lines a few ahead are
    // asked for while this one is read, so their ends and markers are there when they are reached.
    static constexpr int kPrefetchLines = 4;
    void prefetchLine(int number)
    {
        if (number > m_a.lines.size())
            return;
        const TextSpan s = m_a.lines.at(number - 1).span;
        if (s.isEmpty())
            return;
        const QChar *data = m_text.data();
        prefetchForReading(data + s.start);
        prefetchForReading(data + s.end() - 1);
        m_cursor.prefetch(data, s);
    }

    bool parseEntry(int lineNumber, Reference &ref) const
    {
        return readEntry(m_text, m_a.lines, lineNumber, ref);
    }

    void parseReferences(int header, int last)
    {
        Section &s = m_a.referencesSection;
        s.present = true;
        s.headerLine = header;
        s.headerSpan = trimmedSpan(m_text, m_a.lines.at(header - 1).span);
        s.firstLine = header + 1;
        s.lastLine = header;

        // Entries cannot outnumber the section's lines; past a bound (hostile text), the list grows.
        constexpr int kMaxReserved = 1 << 16;
        m_a.references.reserve(qMin(last - header, kMaxReserved));
        QList<StrayLine> strays;
        bool previousWasEntry = false; // the line right above is an entry or its continuation
        for (int i = firstUnderHeader(header); i <= last; ++i) {
            const QStringView l = line(i);
            if (isSeparatorLine(l)) {
                previousWasEntry = false;
                continue;
            }
            // A heading ends the list: "## Further reading", or one underlined ("Further reading", "=====").
            if (isMarkdownHeading(trimmedView(l)) || isCommentsHeader(l))
                break;
            // Read in place: a line that is no entry takes its reference off again.
            if (parseEntry(i, m_a.references.emplaceBack())) {
                s.lastLine = i;
                previousWasEntry = true;
                continue;
            }
            m_a.references.removeLast();
            if (i < last && isSetextUnderline(line(i + 1)))
                break;
            const QStringView trimmed = trimmedView(l);
            const bool continues = previousWasEntry && !m_a.references.isEmpty()
                && (l.front().isSpace() || looksLikeUrl(trimmed));
            if (continues) {
                Reference &r = m_a.references.last();
                r.continuationLines.append(i);
                const TextSpan span = trimmedSpan(m_text, m_a.lines.at(i - 1).span);
                r.span.length = span.end() - r.span.start;
                readContinuationAddress(l, lineStart(i), r);
                s.lastLine = i;
                continue;
            }
            strays.append({i, trimmedSpan(m_text, m_a.lines.at(i - 1).span)});
            previousWasEntry = false;
        }
        // Lines after the last entry are not part of the list: they are the article going on.
        for (const StrayLine &stray : std::as_const(strays)) {
            if (stray.line < s.lastLine)
                m_a.strayReferenceLines.append(stray);
        }
        if (s.lastLine < last)
            parseBody(s.lastLine + 1, last, true);
    }

    void parseComments(int header, int last)
    {
        Section &s = m_a.commentsSection;
        s.present = true;
        s.headerLine = header;
        s.headerSpan = trimmedSpan(m_text, m_a.lines.at(header - 1).span);
        s.firstLine = header + 1;
        s.lastLine = last;
        for (int i = firstUnderHeader(header); i <= last; ++i) {
            Comment c;
            switch (readCommentLine(m_a, i, c)) {
            case CommentLine::Blank:
                break;
            case CommentLine::Placeholder:
                m_a.noCommentsPlaceholder = true;
                break;
            case CommentLine::Comment:
                m_a.comments.append(std::move(c));
                break;
            }
        }
    }

    Article &m_a;
    const QStringView m_text; // the article is read whole, so its text has no gap
    const std::vector<qsizetype> m_events; // where '[', '`' and ':' stand (TextIndex)
    EventCursor m_cursor;
    CitationAppender *m_citations = nullptr; // where the body's markers go, during run()
};

} // namespace

namespace {

// Words that head a remark rather than name who wrote it: "Update: the council voted" has no author.
bool isRemarkLabel(QStringView word)
{
    for (const QStringView label : {u"Update", u"Updated", u"Edit", u"Edited", u"Note", u"Correction",
             u"Clarification", u"Addendum", u"Disclaimer", u"Reminder", u"PS"}) {
        if (word.compare(label, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Whether `text` starts with an English month's name, or its first three letters ("May", "Sept.").
bool startsWithMonth(QStringView text)
{
    static constexpr QStringView kMonths[]
        = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun", u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    return std::any_of(std::begin(kMonths), std::end(kMonths),
        [text](QStringView m) { return text.startsWith(m, Qt::CaseInsensitive); });
}

// Whether `text` starts as a time does: a digit, or a month's name ("May 1, 2024", "2024-05-01").
bool startsAsTime(QStringView text)
{
    if (text.isEmpty())
        return false;
    return text.front().isDigit() || (startsWithMonth(text) && containsDateLike(text));
}

// Whether `text` tells a day or a time of day, not a year alone ("Great piece, 2024: …" names no one):
// a month's name beside a number, a date in figures ("2024-05-01", "5/3/2024", "3.5.2024") or a clock
// time ("08:30").
bool isFullTime(QStringView text)
{
    const bool hasDigit = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!hasDigit)
        return false;
    for (const QStringView word : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.size() >= 3 && word.front().isLetter() && startsWithMonth(word))
            return true;
    }
    // Digits parted by '-', '/', '.' twice, or by ':' once.
    int parts = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text.at(i);
        if (i > 0 && text.at(i - 1).isDigit() && text.at(i + 1).isDigit()) {
            if (c == u':')
                return true;
            if (c == u'-' || c == u'/' || c == u'.')
                ++parts;
        }
    }
    return parts >= 2;
}

// `lead` ("Ann, May 1, 2024", "Ann — 2024-05-01 10:00") parted into the author and the time after the
// name, at the first separator a time follows; the time is empty when none does.
std::pair<QStringView, QStringView> authorAndTime(QStringView lead)
{
    qsizetype best = -1;
    qsizetype bestLength = 0;
    for (const QStringView separator : {u", ", u" \u2014 ", u" \u2013 ", u" - ", u" \u00b7 "}) {
        for (qsizetype at = lead.indexOf(separator); at > 0; at = lead.indexOf(separator, at + 1)) {
            if (startsAsTime(lead.sliced(at + separator.size()))) {
                if (best < 0 || at < best) {
                    best = at;
                    bestLength = separator.size();
                }
                break;
            }
        }
    }
    if (best < 0 || !isFullTime(lead.sliced(best + bestLength)))
        return {lead, {}};
    return {lead.first(best).trimmed(), lead.sliced(best + bestLength).trimmed()};
}

// A name in emphasis, "**Alice**", as lists of comments copied from a page write it, without it.
QStringView withoutNameEmphasis(QStringView name)
{
    for (const QStringView mark : {u"**", u"__"}) {
        if (name.size() > 2 * mark.size() && name.startsWith(mark) && name.endsWith(mark))
            return name.sliced(mark.size(), name.size() - 2 * mark.size()).trimmed();
    }
    return name;
}

// "山田太郎（2024-03-19 15:00）：…", "李四：…": a name before a full-width colon, with a time in full-width
// brackets after it if any. Returns where the text starts, or -1.
qsizetype readWideLead(QStringView line, QStringView &author, QStringView &time)
{
    const qsizetype colon = line.indexOf(u'\uff1a');
    if (colon <= 0 || colon > 40)
        return -1;
    QStringView lead = line.first(colon).trimmed();
    QStringView when;
    if (lead.endsWith(u'\uff09')) {
        const qsizetype open = lead.lastIndexOf(u'\uff08');
        if (open <= 0)
            return -1;
        when = lead.sliced(open + 1, lead.size() - open - 2).trimmed();
        lead = lead.first(open).trimmed();
        if (!isFullTime(when)) // "问题（第2段）：…" ("paragraph 2") is no time, and names no one
            return -1;
    }
    // A name holds no colon or sentence's end ("注意：…" may; "他说。结论：…" does not).
    if (lead.isEmpty() || lead.size() > 20 || lead.count(u' ') > 2 || lead.contains(u':')
        || lead.contains(u'\u3002') || lead.contains(u'!') || lead.contains(u'\uff01'))
        return -1;
    author = lead;
    time = when;
    return colon + 1;
}

} // namespace

CommentLine readCommentLine(const Article &a, int line, Comment &c)
{
    const TextSpan lineSpan = a.lines.at(line - 1).span;
    const QStringView l = a.view(lineSpan);
    if (isBlankLine(l))
        return CommentLine::Blank;
    const TextSpan span = trimmedSpan(l, {0, l.size()});
    const QStringView t = l.sliced(span.start, span.length);
    QStringView noPeriod = t;
    if (noPeriod.endsWith(u'.'))
        noPeriod.chop(1);
    if (noPeriod.compare(u"No comments yet", Qt::CaseInsensitive) == 0)
        return CommentLine::Placeholder;
    c.line = line;
    c.span = {lineSpan.start + span.start, span.length};
    // A list bullet, and a time in brackets before the author ("[2024-05-01 10:00] Ann: …"), come first.
    const auto skipSpaces = [&t](qsizetype i) {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        return i;
    };
    qsizetype leadStart = 0;
    if (t.size() > 2 && QStringView(u"-*\u2022").contains(t.front()) && t.at(1) == u' ')
        leadStart = skipSpaces(2);
    QStringView bracketedTime;
    if (leadStart < t.size() && t.at(leadStart) == u'[') {
        const qsizetype close = t.indexOf(u']', leadStart);
        const QStringView inside
            = close > leadStart ? t.sliced(leadStart + 1, close - leadStart - 1) : QStringView();
        if (!inside.isEmpty() && inside.size() <= 60 && containsDateLike(inside)) {
            bracketedTime = inside.trimmed();
            leadStart = skipSpaces(close + 1);
        }
    }
    const QStringView rest = t.sliced(leadStart);
    qsizetype textStart = leadStart;
    QStringView wideAuthor;
    QStringView wideTime;
    // "Carol, 2024-05-02 08:30: …": the name's colon is the first one a space follows.
    const auto leadWithClock = [&rest]() -> std::optional<CommentLead> {
        const qsizetype colon = rest.indexOf(u": ");
        if (colon <= 0 || colon > 80)
            return std::nullopt;
        const QStringView lead = rest.first(colon);
        if (lead.contains(u'(') || lead.contains(u'[') || lead.contains(u'/')
            || authorAndTime(lead).second.isEmpty())
            return std::nullopt;
        return CommentLead {{0, colon}, {}, colon + 2};
    };
    if (const std::optional<CommentLead> lead
        = bracketedTime.isEmpty() ? matchCommentWithTime(rest) : std::nullopt) {
        c.author
            = withoutNameEmphasis(rest.sliced(lead->author.start, lead->author.length).trimmed()).toString();
        c.timestamp = rest.sliced(lead->time.start, lead->time.length).trimmed().toString();
        textStart += lead->length;
    } else if (const qsizetype wide = readWideLead(rest, wideAuthor, wideTime); wide > 0) {
        c.author = wideAuthor.toString();
        c.timestamp = (wideTime.isEmpty() ? bracketedTime : wideTime).toString();
        textStart += wide;
    } else if (const std::optional<CommentLead> lead =
                   [&] {
                       const std::optional<CommentLead> plain = matchCommentAuthor(rest);
                       return plain ? plain : leadWithClock();
                   }();
               lead && rest.sliced(lead->author.start, lead->author.length).trimmed().count(u' ') < 5
               && !isRemarkLabel(rest.sliced(lead->author.start, lead->author.length).trimmed())) {
        // "Ann, 2024-05-01: …", "Ann — May 1, 2024: …": the time after the name.
        auto [author, time] = authorAndTime(rest.sliced(lead->author.start, lead->author.length).trimmed());
        if (!bracketedTime.isEmpty() && time.isEmpty())
            time = bracketedTime;
        else if (!bracketedTime.isEmpty()) // (a second time: the name is what stands before the colon)
            std::tie(author, time)
                = std::pair(rest.sliced(lead->author.start, lead->author.length).trimmed(), bracketedTime);
        // ("Update, May 2: …" names nobody; nor does "Q1, 2024: …", a year being no one's name.)
        if (!isRemarkLabel(author) && !containsDateLike(author)) {
            c.author = withoutNameEmphasis(author).toString();
            c.timestamp = time.toString();
            textStart += lead->length;
        }
    }
    const TextSpan text = trimmedSpan(t, {textStart, t.size() - textStart});
    c.textSpan = {c.span.start + text.start, text.length};
    c.text = t.sliced(text.start, text.length).toString();
    return CommentLine::Comment;
}

namespace {

// `span` without the emphasis it stands in as a whole: "**A title**", "__A title__", "*A title*".
TextSpan withoutEmphasis(QStringView text, TextSpan span)
{
    for (const QStringView mark : {u"**", u"__", u"*", u"_"}) {
        const QStringView t = text.mid(span.start, span.length);
        if (t.size() > 2 * mark.size() && t.startsWith(mark) && t.endsWith(mark)
            && !t.mid(mark.size(), t.size() - 2 * mark.size()).contains(mark))
            return trimmedSpan(text, {span.start + mark.size(), span.length - 2 * mark.size()});
    }
    return span;
}

// `span` without the word that labels it as the title: "Title: A title", "**Headline:** A title".
TextSpan withoutTitleLabel(QStringView text, TextSpan span)
{
    static constexpr QStringView kLabels[] = {u"title", u"headline", u"titel", u"titre", u"título", u"titolo",
        u"標題", u"标题", u"タイトル", u"제목"};
    const QStringView t = text.mid(span.start, span.length);
    const auto marksFrom = [&t](qsizetype i) {
        qsizetype k = i;
        while (k < t.size() && (t.at(k) == u'*' || t.at(k) == u'_'))
            ++k;
        return k - i;
    };
    const qsizetype opened = marksFrom(0);
    for (const QStringView label : kLabels) {
        if (!t.sliced(opened).startsWith(label, Qt::CaseInsensitive))
            continue;
        qsizetype k = opened + label.size();
        const qsizetype closedBefore = marksFrom(k);
        k += closedBefore;
        // French sets a space (often a no-break one) before the colon: "Titre : …".
        if (k + 1 < t.size() && (t.at(k) == u' ' || t.at(k) == u'\u00a0' || t.at(k) == u'\u202f')
            && t.at(k + 1) == u':')
            ++k;
        if (k >= t.size() || (t.at(k) != u':' && t.at(k) != u'\uff1a'))
            return span;
        const bool wide = t.at(k) == u'\uff1a'; // (no space after it: "标题：…")
        ++k;
        const qsizetype closedAfter = marksFrom(k);
        k += closedAfter;
        // The marks close those opened ("**Title:** …", "**Title**: …"), and a space follows the colon.
        if (closedBefore + closedAfter != opened || (k < t.size() && !wide && !t.at(k).isSpace()))
            return span;
        const TextSpan rest = trimmedSpan(text, {span.start + k, span.length - k});
        return rest.isEmpty() ? span : rest;
    }
    return span;
}

} // namespace

void readTitle(Article &a, int line, QList<Citation> &citations, QList<MalformedMarker> &malformed)
{
    const TextSpan lineSpan = a.lines.at(line - 1).span;
    const QStringView text = a.text.view(0, lineSpan.end());
    TextSpan span = trimmedSpan(text, lineSpan);
    if (isMarkdownHeading(a.view(span))) {
        qsizetype k = 0;
        while (k < span.length && text.at(span.start + k) == u'#')
            ++k;
        span = trimmedSpan(text, {span.start + k, span.length - k});
    }
    // What only sets the title apart is not part of it.
    span = withoutEmphasis(text, withoutTitleLabel(text, withoutEmphasis(text, span)));
    a.title = a.view(span).toString();
    a.titleLine = line;
    a.titleSpan = span;
    // The title's markers, columns counted from the start of the line (its '#'s included).
    const TextSpan marked = {lineSpan.start, span.end() - lineSpan.start};
    scanMarkers(a.view(marked), marked.start, line, citations, malformed);
}

namespace {

// Whether a word in lower case (not a month's name, nor one that joins a place's name, "de", "am")
// stands in a dateline's lead-in.
bool isPhrase(QStringView prefix)
{
    static constexpr QStringView kJoining[] = {u"de", u"del", u"la", u"le", u"am", u"an", u"upon", u"sur"};
    for (const QStringView word : prefix.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.front().isLower() && !startsWithMonth(word)
            && std::none_of(
                std::begin(kJoining), std::end(kJoining), [word](QStringView j) { return j == word; }))
            return true;
    }
    return false;
}

// Words in capitals that open a text as a label, not as the place it was written in ("UPDATE - …").
bool isCapitalLabel(QStringView prefix)
{
    static constexpr QStringView kLabels[] = {u"UPDATE", u"UPDATED", u"EDIT", u"NOTE", u"NB", u"PS", u"FAQ",
        u"TLDR", u"BREAKING", u"BREAKING NEWS", u"EXCLUSIVE", u"OPINION", u"ANALYSIS", u"WARNING",
        u"IMPORTANT", u"SUMMARY", u"CORRECTION", u"ABSTRACT", u"INTRODUCTION", u"BACKGROUND", u"CONCLUSION",
        u"DISCLAIMER", u"REVIEW", u"INTERVIEW", u"EDITORIAL", u"LIVE", u"WATCH", u"VIDEO", u"PHOTOS", u"Q&A"};
    return std::any_of(
        std::begin(kLabels), std::end(kLabels), [prefix](QStringView label) { return label == prefix; });
}

} // namespace

// "Seoul, July 2, 2025 — " at the start of the first paragraph of the body.
void readDateline(Article &a)
{
    a.hasDateline = false;
    a.dateline = Dateline();
    if (a.paragraphs.isEmpty() || a.paragraphs.constFirst().afterReferences)
        return;
    const Paragraph &p = a.paragraphs.constFirst();
    const QStringView paragraph = a.view(p.span);
    const QStringView head = paragraph.left(120);
    const std::optional<DatelineLead> lead = matchDatelineLead(head);
    if (!lead)
        return;
    const QStringView prefix = head.left(lead->prefixLength);
    // "TL;DR - …", "By Jane Doe | March 5 — …": a place and a date hold neither.
    if (prefix.contains(u';') || prefix.contains(u'|'))
        return;
    const bool hasDate = containsDateLike(prefix);
    const bool allCapsPlace = prefix.size() >= 3 && prefix.toString().toUpper() == prefix
        && prefix.front().isLetter() && !prefix.contains(u',')
        && std::none_of(prefix.cbegin(), prefix.cend(), [](QChar c) { return c.isDigit(); }) // "COVID-19"
        && !isCapitalLabel(prefix);
    if (!hasDate && !allCapsPlace)
        return;
    // Without a comma the lead-in is a date, or a place and a date ("Seoul July 2"): a day, not a year
    // alone ("Since 2019 - …", "WWDC 2024 - …"), and no words in lower case ("Founded in 1998 - …",
    // "May 2024 update - …").
    if (hasDate && !prefix.contains(u',') && !prefix.contains(u'，')
        && (isPhrase(prefix) || !isFullTime(prefix)))
        return;
    if (prefix.count(u' ') > 8)
        return;
    // "In 2020 - a strange year - we …": the dash opens an aside that a second one closes in the same
    // sentence, not a dateline.
    const QStringView dash = head.sliced(lead->prefixLength, lead->length - lead->prefixLength).trimmed();
    const QStringView rest = paragraph.sliced(lead->length);
    const qsizetype sentenceEnd = rest.indexOf(u". ");
    const QStringView sentence = sentenceEnd < 0 ? rest : rest.first(sentenceEnd);
    if (sentence.contains(QString(u' ' + dash.toString() + u' ')))
        return;
    // Spans within the paragraph, then placed in the text.
    const qsizetype base = p.span.start;
    const auto trimmedAt = [&](qsizetype from, qsizetype length) {
        const TextSpan span = trimmedSpan(paragraph, {from, length});
        return TextSpan {base + span.start, span.length};
    };
    Dateline d;
    d.span = {base, lead->length};
    qsizetype comma = prefix.indexOf(u',');
    if (comma < 0)
        comma = prefix.indexOf(u'，');
    // "March 3, 2024": the comma is the date's own, and there is no place.
    if (comma > 0 && containsDateLike(prefix.first(comma)))
        comma = -1;
    if (comma > 0) {
        d.placeSpan = trimmedAt(0, comma);
        d.dateSpan = trimmedAt(comma + 1, prefix.size() - comma - 1);
    } else if (hasDate) {
        d.dateSpan = trimmedAt(0, prefix.size());
    } else {
        d.placeSpan = trimmedAt(0, prefix.size());
    }
    d.place = a.view(d.placeSpan).toString();
    d.date = a.view(d.dateSpan).toString();
    a.hasDateline = true;
    a.dateline = d;
}

bool parseReferenceEntry(const Article &article, int lineNumber, Reference &ref)
{
    const Line &line = article.lines.at(lineNumber - 1);
    return readEntry(article.text.view(0, line.span.end()), article.lines, lineNumber, ref);
}

bool hasAnotherListHeader(const Article &a, int edited, qsizetype delta)
{
    for (int line = 1; line <= a.lines.size(); ++line) {
        TextSpan span = a.lines.at(line - 1).span;
        if (line == edited || line == a.referencesSection.headerLine || span.length > kMaxHeaderLineLength)
            continue;
        if (edited > 0 && line > edited)
            span.start += delta;
        if (referencesHeaderOf(a.view(span)) != ReferencesHeader::None)
            return true;
    }
    return false;
}

bool entriesHoldAnAddress(const Article &article, int first, int last)
{
    for (int i = first; i <= last; ++i) {
        if (isSeparatorLine(article.view(article.lines.at(i - 1).span)))
            continue;
        Reference entry;
        if (!parseReferenceEntry(article, i, entry))
            return false;
        if (!entry.url.isEmpty())
            return true;
    }
    return false;
}

namespace {

// Whether `line` (at most kMaxHeaderLineLength long) may be set apart as a heading or be a word for
// further reading, by its ends and length alone: unnamedListHeadingOf() spared most lines of a body.
bool mayBeHeading(QStringView line)
{
    const QStringView t = trimmedView(line);
    if (t.isEmpty())
        return false;
    // The longest words for further reading, with a dash after them.
    constexpr qsizetype kMaxPlainWords = 28;
    return t.size() <= kMaxPlainWords || QStringView(u"#*_").contains(t.front())
        || QStringView(u":：*_-–—").contains(t.back());
}

} // namespace

int unnamedListHeading(const Article &article, int last)
{
    if (article.citations.isEmpty())
        return 0;
    const int first = article.citations.constFirst().line + 1;
    const auto lineView = [&article](int line) { return article.view(article.lines.at(line - 1).span); };
    int best = 0;
    int bestRank = -1;
    for (int i = first; i <= last; ++i) {
        const QStringView l = lineView(i);
        if (l.size() > kMaxHeaderLineLength || !mayBeHeading(l))
            continue;
        int next = i + 1;
        while (next <= last && isSeparatorLine(lineView(next)))
            ++next;
        if (next > last || !startsAsEntry(lineView(next)))
            continue;
        const UnnamedListHeading kind = unnamedListHeadingOf(l);
        if (kind == UnnamedListHeading::None || article.isCodeLine(i))
            continue;
        Reference entry;
        if (!parseReferenceEntry(article, next, entry)
            || (entry.url.isEmpty() && !entriesHoldAnAddress(article, next, last)))
            continue;
        // A heading rather than a word for further reading, and entries numbered as markers are: "[1]".
        const bool bracketed
            = entry.style == Reference::Style::Bracket || entry.style == Reference::Style::BracketColon;
        const int rank = (kind == UnnamedListHeading::Heading ? 1 : 0) + (bracketed ? 2 : 0);
        if (rank > bestRank) {
            best = i;
            bestRank = rank;
        }
    }
    return best;
}

Article parseArticle(QString text)
{
    TextIndex index = indexText(text);
    return parseArticle(std::move(text), std::move(index));
}

Article parseArticle(QString text, TextIndex &&index)
{
    Article article;
    article.text = ArticleText(std::move(text));
    Parser(article, std::move(index)).run();
    return article;
}

} // namespace Citewise
