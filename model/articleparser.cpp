// Parsing decoded article text into an Article. Linear in the size of the text: every line is looked at a
// bounded number of times, and only short lines are tested as section headers.
#include "articleio.h"
#include "citationscanner.h"
#include "frontmattertitle.h"
#include "linekinds.h"
#include "prefault.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "textindex.h"
#include "textsearch.h"

#include <QSet>

#include <algorithm>

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
        int bodyStart = parseFrontMatter();
        bodyStart = parseTitle(bodyStart);

        // The title's markers are in the list: the body's (before and after the reference list) follow.
        {
            CitationAppender citations(m_a.citations);
            m_citations = &citations;
            readSections(bodyStart);
            m_citations = nullptr;
        }
        takeOtherLists();
    }

private:
    // The body, the reference list, the text after it and the comments, from `bodyStart` on.
    void readSections(int bodyStart)
    {
        const int n = int(m_a.lines.size());
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

    QStringView line(int number) const
    {
        const TextSpan s = m_a.lines.at(number - 1).span;
        return QStringView(m_text).mid(s.start, s.length);
    }
    qsizetype lineStart(int number) const { return m_a.lines.at(number - 1).span.start; }

    // Front matter: YAML, "---" on the first line up to the next "---" or "...", or TOML, "+++" up to the
    // next "+++". Returns the first line after it.
    int parseFrontMatter()
    {
        const int n = int(m_a.lines.size());
        if (n == 0 || !opensFrontMatter(line(1).trimmed()))
            return 1;
        const bool toml = line(1).trimmed() == u"+++";
        for (int i = 2; i <= n && i <= 200; ++i) {
            const QStringView t = line(i).trimmed();
            if (toml ? t != u"+++" : t != u"---" && t != u"...")
                continue;
            m_a.frontMatter = {0, lineStart(i) + line(i).size()};
            // (Of several title fields, the last one counts.)
            for (int k = 2; k < i; ++k) {
                if (const std::optional<FrontMatterTitle> title = readFrontMatterTitle(m_a, k, i - 1, toml)) {
                    m_a.title = title->text;
                    m_a.titleLine = k;
                    m_a.titleSpan = title->span;
                }
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
            // "FOR IMMEDIATE RELEASE" (maybe underlined) above a release's headline: the headline is the
            // title. (Over a sentence, "Press release" is the title of a text on them.)
            if (isReleaseLine(l) && !m_a.releaseLine) {
                int next = i + 1;
                if (next <= n && isSetextUnderline(line(next)))
                    ++next;
                while (next <= n && isBlankLine(line(next)))
                    ++next;
                if (next <= n && readsAsHeadline(line(next))) {
                    m_a.releaseLine = i;
                    i = next - 1;
                    continue;
                }
            }
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
    // Of several, a header word goes before a loose one, entries with an address before entries
    // without ("Notes:" or "Data sources:" over a list of their own above "References:"), and entries
    // numbered "[1]", as markers are, before "1." ("### Sources" over a numbered list of data sets
    // above "## References"); among equals the first one wins.
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
            // A list under a header word with addresses found, what follows the comments header is
            // readers' words: a list pasted there ("You should cite these instead: Sources: [1] …")
            // takes nothing from it.
            if (bestRank >= 6 && isCommentsHeader(l))
                break;
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
            if (!named && !address)
                continue; // prose notes
            const int rank = (named ? 4 : 0) + (address ? 2 : 0) + (probe.isNumberedAsMarkers() ? 1 : 0);
            if (rank == 7)
                return i; // (nearly every article: its one header, and an entry "[1] https://…")
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
            if (mayBeCommentsHeader(l) && isCommentsHeader(l))
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

    // Whether line `line`, right under an entry that has no address yet, is the rest of it wrapped by
    // hand, not indented: "[1] Smith (2020). A title that runs onto the" then "next line. https://…",
    // or onto two lines, the address on the second ("218–244. https://doi.org/…"). The line, and those
    // after it up to the one that holds the address, may not be blank nor start as an entry does (but
    // for a range of pages), and the address must come within kMaxWrappedLines lines (up to `last`).
    static constexpr int kMaxWrappedLines = 3;
    // Whether `l` starts with a range of pages ("218–244. https://…", "12-19,"), as a wrapped entry's line
    // may: digits, a dash, digits.
    static bool startsWithPages(QStringView l)
    {
        qsizetype i = 0;
        while (i < l.size() && l.at(i).isDigit())
            ++i;
        if (i == 0 || i >= l.size() || (l.at(i) != u'-' && l.at(i) != u'\u2013'))
            return false;
        return i + 1 < l.size() && l.at(i + 1).isDigit();
    }
    // Whether `l`, under an entry numbered `numberAbove` that has no address yet, starts with the year of
    // its publication rather than with the number of the next entry: "2014. https://…", "2014;505:559–63.",
    // "(2014)." — four digits that do not follow on from the number above.
    static bool startsWithYear(QStringView l, qint64 numberAbove)
    {
        qsizetype i = l.startsWith(u'(') ? 1 : 0;
        const qsizetype first = i;
        qint64 value = 0;
        for (; i < l.size() && l.at(i).isDigit() && i - first <= 4; ++i)
            value = value * 10 + l.at(i).digitValue();
        return i - first == 4 && !(i < l.size() && l.at(i).isDigit()) && readsAsYearUnder(value, numberAbove);
    }
    // Whether line `i`, in the lines an entry without an address may wrap onto, starts the next entry
    // instead (or a list of pages or a year, the entry going on).
    bool startsAnotherEntry(int i, const Reference &entry) const
    {
        const QStringView l = line(i);
        if (!startsAsEntry(l) || startsWithPages(l) || startsWithYear(l, entry.number))
            return false;
        Reference probe;
        return startsWithEntryNumber(l) || parseEntry(i, probe);
    }
    bool wrapsUpToItsAddress(const Reference &entry, int line, int last) const
    {
        if (!entry.url.isEmpty())
            return false;
        for (int i = line; i <= last && i < line + kMaxWrappedLines; ++i) {
            const QStringView l = this->line(i);
            if (isSeparatorLine(l) || isMarkdownHeading(trimmedView(l)) || startsAnotherEntry(i, entry))
                return false;
            Reference probe;
            readContinuationAddress(l, lineStart(i), probe);
            if (!probe.url.isEmpty())
                return true;
        }
        return false;
    }

    // Whether line `line`, right under `entry` (or its last continuation line), that is no entry itself,
    // goes on with it: indented, a bare address, or the rest of an entry wrapped by hand up to its address.
    bool continues(const Reference &entry, int line, int last) const
    {
        const QStringView l = this->line(line);
        return l.front().isSpace() || looksLikeUrl(trimmedView(l)) || wrapsUpToItsAddress(entry, line, last);
    }

    // Whether `entry`, on line `line` past text that is no entry, starts a numbered list of the article's
    // own after the reference list ("How we measured:" then "1. Measure flow."): it holds no address, on
    // its line or on the lines it wraps onto, and its number starts over, not past `highest`, the
    // highest of the entries above. Such lines are text, not more sources.
    bool startsOverAfterText(const Reference &entry, int line, int last, qint64 highest) const
    {
        if (!entry.url.isEmpty() || entry.number > highest)
            return false;
        if (const QStringView below = line < last ? this->line(line + 1) : QStringView();
            !below.isEmpty() && below.front().isSpace()) {
            Reference probe;
            readContinuationAddress(below, lineStart(line + 1), probe);
            if (!probe.url.isEmpty())
                return false;
        }
        return !wrapsUpToItsAddress(entry, line + 1, last);
    }

    // Line `line` taken as the rest of `entry`: its span reaches over it, and its address is read.
    void takeContinuation(Reference &entry, int line) const
    {
        entry.continuationLines.append(line);
        const TextSpan span = trimmedSpan(m_text, m_a.lines.at(line - 1).span);
        entry.span.length = span.end() - entry.span.start;
        readContinuation(m_text, 0, m_a.lines.at(line - 1).span, entry);
    }

    void parseReferences(int header, int last)
    {
        Section &s = m_a.referencesSection;
        s.present = true;
        s.headerLine = header;
        s.headerSpan = trimmedSpan(m_text, m_a.lines.at(header - 1).span);
        s.firstLine = header + 1;
        s.lastLine = header;

        // Entries cannot outnumber the section's lines; past a bound (hostile text), the list grows. In
        // 2 MB pages: filling 120,000 entries (22 MB) page by page took longer than reading them.
        constexpr int kMaxReserved = 1 << 18;
        if (m_a.references.isEmpty())
            reserveInLargePages(m_a.references, qMin(last - header, kMaxReserved));
        QList<StrayLine> strays;
        bool previousWasEntry = false; // the line right above is an entry or its continuation
        qint64 highest = 0; // the highest number of the entries read
        for (int i = firstUnderHeader(header); i <= last; ++i) {
            const QStringView l = line(i);
            if (isSeparatorLine(l)) {
                previousWasEntry = false;
                continue;
            }
            // A heading ends the list: "## Further reading", or one underlined ("Further reading", "=====");
            // one below the list's own groups the entries under it ("### Websites").
            if (isMarkdownHeading(trimmedView(l)) || (mayBeCommentsHeader(l) && isCommentsHeader(l))) {
                if (!isGroupHeading(header, i, last))
                    break;
                strays.append({i, trimmedSpan(m_text, m_a.lines.at(i - 1).span), true});
                previousWasEntry = false;
                continue;
            }
            // Read in place: a line that is no entry takes its reference off again. One that reads as an
            // entry but goes on with the one above ("2014. https://…", goesOnFrom()) is the rest of it.
            if (parseEntry(i, m_a.references.emplaceBack())) {
                // Past text under the last entry, a list that starts over is the article's own.
                if (!previousWasEntry && !strays.isEmpty() && strays.constLast().line > s.lastLine
                    && !strays.constLast().groupHeading
                    && startsOverAfterText(m_a.references.constLast(), i, last, highest)) {
                    m_a.references.removeLast();
                    break;
                }
                highest = std::max(highest, m_a.references.constLast().number);
                if (previousWasEntry && m_a.references.size() >= 2
                    && goesOnFrom(m_a.references.at(m_a.references.size() - 2), m_a.references.constLast())) {
                    m_a.references.removeLast();
                    takeContinuation(m_a.references.last(), i);
                }
                s.lastLine = i;
                previousWasEntry = true;
                continue;
            }
            m_a.references.removeLast();
            if (opensAnotherList(i, last) || endsTheReferenceList(l))
                break;
            if (i < last && isSetextUnderline(line(i + 1)))
                break;
            if (previousWasEntry && !m_a.references.isEmpty()
                && continues(m_a.references.constLast(), i, last)) {
                takeContinuation(m_a.references.last(), i);
                s.lastLine = i;
                continue;
            }
            strays.append({i, trimmedSpan(m_text, m_a.lines.at(i - 1).span)});
            previousWasEntry = false;
        }
        // Lines after the last entry are not part of the list: they are the article going on. Those right
        // after it that start as an entry does and hold an address are entries written wrongly ("[2}
        // https://…", "2 https://…"), which a marker may mean, and the rest of its address broken onto
        // the line under it: they stay in the list, to be reported.
        for (const StrayLine &stray : std::as_const(strays)) {
            if (stray.line > s.lastLine) {
                const QStringView text = m_text.sliced(stray.span.start, stray.span.length);
                if (!(looksNumbered(text) && holdsAnAddress(text)) && !restOfLastAddress(stray, s.lastLine))
                    break;
                s.lastLine = stray.line;
            }
            m_a.strayReferenceLines.append(stray);
        }
        if (s.lastLine < last)
            parseBody(s.lastLine + 1, last, true);
    }

    // Whether `stray`, right under line `lastLine` of the list, is the rest of the address that ends the
    // last entry there, broken onto a line of its own.
    bool restOfLastAddress(const StrayLine &stray, int lastLine) const
    {
        if (stray.line != lastLine + 1 || m_a.references.isEmpty())
            return false;
        const Reference &last = m_a.references.constLast();
        return !last.url.isEmpty() && readsAsRestOfAddress(m_text.sliced(stray.span.start, stray.span.length))
            && last.urlSpan.end() == trimmedSpan(m_text, m_a.lines.at(lastLine - 1).span).end();
    }

    // Whether line `line` of the reference list under `header`, a Markdown heading, is a heading of a lower
    // level than the header's that an entry follows: "### Websites" then "[1] https://…" under
    // "## References". Not the comments' header, nor words for further reading, which end the list.
    bool isGroupHeading(int header, int line, int last) const
    {
        const int level = markdownHeadingLevel(trimmedView(this->line(header)));
        const QStringView heading = trimmedView(this->line(line));
        if (level == 0 || markdownHeadingLevel(heading) <= level || isCommentsHeader(heading)
            || endsTheReferenceList(heading))
            return false;
        const int next = nextContentLine(line + 1, last);
        Reference probe;
        return next != 0 && parseEntry(next, probe);
    }

    // Whether line `line` of the reference list is a header word over a list of its own, whose first
    // entry, numbered as markers are and with an address, has a number the list above has not: "Sources:"
    // then "[3] https://…" under "[1]" and "[2]". The list ends there (see takeOtherLists()).
    bool opensAnotherList(int line, int last) const
    {
        const QStringView l = this->line(line);
        if (m_a.references.isEmpty() || l.size() > kMaxHeaderLineLength
            || referencesHeaderOf(l) != ReferencesHeader::Named)
            return false;
        const int next = nextContentLine(firstUnderHeader(line), last);
        Reference entry;
        if (!next || !parseEntry(next, entry) || entry.url.isEmpty() || !entry.isNumberedAsMarkers()
            || !entry.hasValidNumber())
            return false;
        return std::none_of(m_a.references.cbegin(), m_a.references.cend(),
            [&entry](const Reference &r) { return r.number == entry.number; });
    }

    // The lists of sources in the text after the reference list (see Article::otherReferenceLists): each
    // under a header word, its entries numbered as markers are, the first with an address, and no
    // number that another list has. Read as body first, their lines give back the markers they gave.
    void takeOtherLists()
    {
        const Section &list = m_a.referencesSection;
        if (!list.present)
            return;
        const int n = int(m_a.lines.size());
        const Section &comments = m_a.commentsSection;
        const int last
            = comments.present && comments.headerLine > list.lastLine ? comments.headerLine - 1 : n;
        QSet<qint64> used; // every list's numbers, once a list may be taken
        for (int header = list.lastLine + 1; header <= last; ++header) {
            const QStringView l = line(header);
            if (l.size() > kMaxHeaderLineLength || referencesHeaderOf(l) != ReferencesHeader::Named
                || m_a.isCodeLine(header))
                continue;
            QList<Reference> entries;
            const int end = readOtherList(header, last, entries);
            if (entries.isEmpty() || entries.constFirst().url.isEmpty())
                continue;
            if (used.isEmpty()) {
                for (const Reference &r : std::as_const(m_a.references))
                    used.insert(r.number);
            }
            QSet<qint64> numbers;
            const bool own = std::all_of(entries.cbegin(), entries.cend(), [&](const Reference &r) {
                const bool fresh = r.hasValidNumber() && r.isNumberedAsMarkers() && !used.contains(r.number)
                    && !numbers.contains(r.number);
                numbers.insert(r.number);
                return fresh;
            });
            if (!own)
                continue;
            used.unite(numbers);
            Section taken;
            taken.present = true;
            taken.headerLine = header;
            taken.headerSpan = trimmedSpan(m_text, m_a.lines.at(header - 1).span);
            taken.firstLine = header + 1;
            taken.lastLine = end;
            m_a.otherReferenceLists.append(taken);
            m_a.references.append(entries);
            const auto inList = [&](const auto &item) { return item.line >= header && item.line <= end; };
            m_a.citations.removeIf(inList);
            m_a.malformedMarkers.removeIf(inList);
            header = end;
        }
    }

    // Reads the entries under header line `header`, up to `last`: entries, the lines that continue them
    // and blank lines, up to anything else. Returns the line of the last entry (or of its continuation).
    int readOtherList(int header, int last, QList<Reference> &entries) const
    {
        int end = header;
        for (int i = firstUnderHeader(header); i <= last; ++i) {
            const QStringView l = line(i);
            if (isSeparatorLine(l))
                continue;
            const QStringView trimmed = trimmedView(l);
            if (isMarkdownHeading(trimmed) || isCommentsHeader(l) || m_a.isCodeLine(i) || m_a.isFence(i))
                break;
            Reference entry;
            if (parseEntry(i, entry)) {
                if (i == end + 1 && !entries.isEmpty() && goesOnFrom(entries.constLast(), entry))
                    takeContinuation(entries.last(), i);
                else
                    entries.append(std::move(entry));
                end = i;
                continue;
            }
            if (entries.isEmpty() || i != end + 1 || !continues(entries.constLast(), i, last))
                break;
            takeContinuation(entries.last(), i);
            end = i;
        }
        return end;
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

bool parseReferenceEntry(const Article &article, int lineNumber, Reference &ref)
{
    const Line &line = article.lines.at(lineNumber - 1);
    return readEntry(article.text.view(0, line.span.end()), article.lines, lineNumber, ref);
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
