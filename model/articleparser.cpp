// Parsing decoded article text into an Article. Linear in the size of the text: every line is looked at a
// bounded number of times, and only short lines are tested as section headers.
#include "articleio.h"
#include "citationscanner.h"
#include "leadpatterns.h"
#include "linekinds.h"
#include "prefault.h"
#include "sectionheaders.h"
#include "textindex.h"
#include "textsearch.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// A whitespace-delimited token that is a web address.
// The bracket or quote an address may stand in, "(https://…)", "<https://…>", "“https://…”", as the
// character that closes it; nothing when `token` does not open with one.
std::optional<QChar> closerOfOpening(QStringView token)
{
    if (token.size() < 2)
        return std::nullopt;
    switch (token.front().unicode()) {
    case u'<':
        return u'>';
    case u'(':
        return u')';
    case u'"':
        return u'"';
    case u'\u201c': // “
        return QChar(u'\u201d');
    case u'\u2018': // ‘
        return QChar(u'\u2019');
    default:
        return std::nullopt;
    }
}

bool looksLikeUrl(QStringView token)
{
    if (closerOfOpening(token))
        token = token.sliced(1);
    // Nearly every entry's address starts so: no search for "://" needed.
    if (startsWithAsciiNoCase(token, u"https://") || startsWithAsciiNoCase(token, u"http://"))
        return true;
    const qsizetype sep = indexOfShort(token, u"://");
    if (sep > 0) {
        for (qsizetype i = 0; i < sep; ++i) {
            const QChar c = token.at(i);
            if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
                return false;
        }
        return token.at(0).isLetter();
    }
    return startsWithNoCase(token, u"www.") || startsWithNoCase(token, u"mailto:")
        || startsWithNoCase(token, u"javascript:") || startsWithNoCase(token, u"file:")
        || startsWithNoCase(token, u"data:");
}

// Trims punctuation that ends a sentence rather than the address, and unbalanced closing brackets.
TextSpan trimUrlToken(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    if (const std::optional<QChar> closer = closerOfOpening(text.mid(b, e - b))) {
        ++b;
        if (*closer == u'>') {
            if (e > b && text.at(e - 1) == u'>')
                --e;
        } else if (*closer != u')') { // a ")" is left to the balance below: "(…/Mercury_(planet))"
            // No quote stands inside an address: it ends at the closing one.
            const qsizetype close = text.mid(b, e - b).indexOf(*closer);
            if (close >= 0)
                e = b + close;
        }
    }
    while (e > b) {
        const QChar c = text.at(e - 1);
        if (c == u'.' || c == u',' || c == u';' || c == u'>' || c == u'"' || c == u'\'') {
            --e;
            continue;
        }
        if (c == u')' || c == u']') {
            const QChar open = c == u')' ? u'(' : u'[';
            const QStringView s = text.mid(b, e - b);
            if (s.count(open) < s.count(c)) {
                --e;
                continue;
            }
        }
        break;
    }
    return {b, e - b};
}

// What may stand between an entry's address and its label: " \t-–—·|:,;<>()[]".
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'-':
    case u'\u2013': // –
    case u'\u2014': // —
    case u'\u00b7': // ·
    case u'|':
    case u':':
    case u',':
    case u';':
    case u'<':
    case u'>':
    case u'(':
    case u')':
    case u'[':
    case u']':
        return true;
    default:
        return false;
    }
}

TextSpan trimSeparators(QStringView text, TextSpan span)
{
    qsizetype b = span.start;
    qsizetype e = span.end();
    while (b < e && isSeparator(text.at(b)))
        ++b;
    while (e > b && isSeparator(text.at(e - 1)))
        --e;
    return {b, e - b};
}

// The words that lead up to an address in citation styles ("Title. Available at: https://…",
// "Retrieved from https://…"), which name nothing: taken off the end of a label that stands before it.
TextSpan withoutLeadIn(QStringView text, TextSpan label)
{
    static constexpr QStringView kLeadIns[] = {u"available online at", u"available at", u"available from",
        u"retrieved from", u"retrieved at", u"accessed from", u"accessed at", u"url", u"link"};
    const QStringView words = text.mid(label.start, label.length);
    if (words.size() < 3)
        return label;
    for (const QStringView leadIn : kLeadIns) {
        if (!words.endsWith(leadIn, Qt::CaseInsensitive))
            continue;
        const qsizetype rest = words.size() - leadIn.size();
        if (rest > 0 && words.at(rest - 1).isLetterOrNumber())
            continue; // the end of a longer word ("Curl")
        return trimSeparators(text, {label.start, rest});
    }
    return label;
}

// `label` (separators trimmed) with the closing brackets trimming took from its end given back, as
// far as it opened them ("see [2]", "(cf. [1])" reads "cf. [1]"); `limit` is where it may reach.
TextSpan keepClosingBrackets(QStringView text, TextSpan label, qsizetype limit)
{
    if (label.end() >= limit || (text.at(label.end()) != u']' && text.at(label.end()) != u')'))
        return label; // nothing was taken (almost every label)
    int squares = 0;
    int rounds = 0;
    for (qsizetype i = label.start; i < label.end(); ++i) {
        const QChar c = text.at(i);
        squares += c == u'[' ? 1 : c == u']' && squares > 0 ? -1 : 0;
        rounds += c == u'(' ? 1 : c == u')' && rounds > 0 ? -1 : 0;
    }
    qsizetype end = label.end();
    while (end < limit && ((text.at(end) == u']' && squares > 0) || (text.at(end) == u')' && rounds > 0))) {
        (text.at(end) == u']' ? squares : rounds) -= 1;
        ++end;
    }
    return {label.start, end - label.start};
}

bool holdsLetterOrDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

// "[n] URL label", "[n]: URL", "n. URL", "n) URL", "(n) URL" on line `lineNumber` of `text`. The URL may
// stand anywhere after the number.
bool readEntry(QStringView text, const QList<Line> &lines, int lineNumber, Reference &ref)
{
    const TextSpan lineSpan = lines.at(lineNumber - 1).span;
    const QStringView l = QStringView(text).mid(lineSpan.start, lineSpan.length);
    const qsizetype base = lineSpan.start;
    qsizetype i = 0;
    while (i < l.size() && l.at(i).isSpace())
        ++i;
    if (i + 1 < l.size() && (l.at(i) == u'-' || l.at(i) == u'*') && l.at(i + 1) == u' ')
        i += 2;
    qsizetype pos = i;
    qint64 number = 0;
    if (pos < l.size() && l.at(pos) == u'[') {
        ++pos;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size() || l.at(pos) != u']')
            return false;
        ref.numberSpan = {base + digits, pos - digits};
        ++pos;
        ref.style = Reference::Style::Bracket;
        if (pos < l.size() && l.at(pos) == u':') {
            ++pos;
            ref.style = Reference::Style::BracketColon;
        } else if (pos < l.size() && l.at(pos) == u'(') {
            return false; // a Markdown link "[1](…)"
        }
    } else {
        const bool enclosed = pos < l.size() && l.at(pos) == u'(';
        pos += enclosed;
        const qsizetype digits = pos;
        if (!readDigits(l, pos, number) || pos >= l.size())
            return false;
        const QChar after = l.at(pos);
        if (enclosed ? after != u')' : after != u'.' && after != u')')
            return false;
        ref.numberSpan = {base + digits, pos - digits};
        ++pos;
        ref.style = enclosed ? Reference::Style::Enclosed
            : after == u'.'  ? Reference::Style::Dotted
                             : Reference::Style::Parenthesized;
    }
    // A space follows the number, or an address right away ("[1]https://…"): "1.5 million" is no entry.
    if (pos < l.size() && !l.at(pos).isSpace() && !looksLikeUrl(l.sliced(pos, endOfToken(l, pos) - pos)))
        return false;
    ref.number = number;
    ref.line = lineNumber;
    ref.span = trimmedSpan(text, lineSpan);

    // Find the URL: a Markdown link target "(…)" or the first token that looks like an address.
    const TextSpan rest = trimmedSpan(text, {base + pos, l.size() - pos});
    const QStringView restView = QStringView(text).mid(rest.start, rest.length);
    TextSpan url;
    qsizetype t = 0;
    while (t < restView.size()) {
        while (t < restView.size() && restView.at(t).isSpace())
            ++t;
        const qsizetype e = endOfToken(restView, t);
        if (e > t) {
            QStringView token = restView.mid(t, e - t);
            qsizetype offset = 0;
            const qsizetype paren = indexOfShort(token, u"](");
            if (paren >= 0) {
                offset = paren + 2;
                token = token.sliced(offset);
            }
            if (looksLikeUrl(token)) {
                url = trimUrlToken(text, {rest.start + t + offset, e - t - offset});
                if (paren >= 0 && url.length > 0 && text.at(url.end() - 1) == u')')
                    url.length -= 1;
                break;
            }
        }
        t = e;
    }
    if (url.length > 0) {
        ref.urlSpan = url;
        ref.url = QStringView(text).mid(url.start, url.length).toString();
        const qsizetype restEnd = rest.end();
        // The bracket or quote the address stands in belongs to neither side's label.
        qsizetype beforeEnd = url.start;
        qsizetype afterStart = url.end();
        if (url.start > rest.start) {
            if (const std::optional<QChar> closer
                = closerOfOpening(QStringView(text).mid(url.start - 1, 2))) {
                --beforeEnd;
                if (afterStart < restEnd && text.at(afterStart) == *closer)
                    ++afterStart;
            }
        }
        TextSpan after = trimSeparators(text, {afterStart, restEnd - afterStart});
        // Skip the closing parenthesis of a Markdown link.
        if (after.length > 0 && text.at(after.start) == u')')
            after = trimSeparators(text, {after.start + 1, after.length - 1});
        const auto holdsWords
            = [&text](TextSpan s) { return holdsLetterOrDigit(QStringView(text).mid(s.start, s.length)); };
        // Words before the address name the source, as citation styles put them ("A title -
        // https://…", "Author (2020). Title. https://… (accessed …)"); otherwise the words after it.
        TextSpan label {beforeEnd, 0};
        if (beforeEnd > rest.start) // (almost every entry starts with its address)
            label = withoutLeadIn(text,
                keepClosingBrackets(
                    text, trimSeparators(text, {rest.start, beforeEnd - rest.start}), beforeEnd));
        if (!holdsWords(label))
            label = keepClosingBrackets(text, after, restEnd);
        if (!holdsWords(label))
            label = {label.start, 0}; // a full stop left after the address is no label
        ref.labelSpan = label;
        ref.label = QStringView(text).mid(label.start, label.length).toString();
    } else {
        ref.labelSpan = rest;
        ref.label = restView.toString();
    }
    return true;
}

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
        const int refHeader = findReferencesHeader(bodyStart);
        const int commentsHeader = findCommentsHeader(bodyStart, refHeader);
        int bodyEnd = n + 1;
        if (refHeader)
            bodyEnd = refHeader;
        if (commentsHeader && commentsHeader < bodyEnd)
            bodyEnd = commentsHeader;
        parseBody(bodyStart, bodyEnd - 1, false);
        readDateline(m_a);

        if (refHeader) {
            const int end = commentsHeader > refHeader ? commentsHeader - 1 : n;
            parseReferences(refHeader, end);
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
            return i + 1;
        }
        return n + 1;
    }

    int nextContentLine(int from, int last) const
    {
        for (int i = from; i <= last; ++i) {
            if (!isSeparatorLine(line(i)))
                return i;
        }
        return 0;
    }

    // The first header line that an entry follows, else the last one. A loose word ("Notes", "Endnotes")
    // heads the list only when its entry has an address: prose notes stand under such words too.
    int findReferencesHeader(int from) const
    {
        const int n = int(m_a.lines.size());
        int last = 0;
        for (int i = from; i <= n; ++i) {
            const QStringView l = line(i);
            if (l.size() > kMaxHeaderLineLength)
                continue;
            const ReferencesHeader kind = referencesHeaderOf(l);
            if (kind == ReferencesHeader::None)
                continue;
            const bool named = kind == ReferencesHeader::Named;
            const int next = nextContentLine(i + 1, n);
            Reference probe;
            if (next && parseEntry(next, probe) && (named || !probe.url.isEmpty()))
                return i;
            if (named)
                last = i;
        }
        return last;
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

    void parseBody(int first, int last, bool afterReferences)
    {
        if (first > last)
            return;
        // Paragraphs are written in place, into room for one a line that is trimmed after.
        const qsizetype before = m_a.paragraphs.size();
        m_a.paragraphs.resize(before + (last - first + 1));
        Paragraph *const room = m_a.paragraphs.data() + before;
        Paragraph *paragraph = room;
        const Line *const lines = m_a.lines.constData();
        Fence fence; // the open code block's, if any
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
        for (int i = header + 1; i <= last; ++i) {
            const QStringView l = line(i);
            if (isSeparatorLine(l)) {
                previousWasEntry = false;
                continue;
            }
            if (isMarkdownHeading(trimmedView(l)) || isCommentsHeader(l))
                break;
            // Read in place: a line that is no entry takes its reference off again.
            if (parseEntry(i, m_a.references.emplaceBack())) {
                s.lastLine = i;
                previousWasEntry = true;
                continue;
            }
            m_a.references.removeLast();
            const QStringView trimmed = trimmedView(l);
            const bool continues = previousWasEntry && !m_a.references.isEmpty()
                && (l.front().isSpace() || looksLikeUrl(trimmed));
            if (continues) {
                Reference &r = m_a.references.last();
                r.continuationLines.append(i);
                const TextSpan span = trimmedSpan(m_text, m_a.lines.at(i - 1).span);
                r.span.length = span.end() - r.span.start;
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
        for (int i = header + 1; i <= last; ++i) {
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
    qsizetype textStart = 0;
    if (const std::optional<CommentLead> lead = matchCommentWithTime(t)) {
        c.author = t.sliced(lead->author.start, lead->author.length).trimmed().toString();
        c.timestamp = t.sliced(lead->time.start, lead->time.length).trimmed().toString();
        textStart = lead->length;
    } else if (const std::optional<CommentLead> lead = matchCommentAuthor(t); lead
               && t.sliced(lead->author.start, lead->author.length).count(u' ') < 5
               && !isRemarkLabel(t.sliced(lead->author.start, lead->author.length).trimmed())) {
        c.author = t.sliced(lead->author.start, lead->author.length).trimmed().toString();
        textStart = lead->length;
    }
    const TextSpan text = trimmedSpan(t, {textStart, t.size() - textStart});
    c.textSpan = {c.span.start + text.start, text.length};
    c.text = t.sliced(text.start, text.length).toString();
    return CommentLine::Comment;
}

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
    a.title = a.view(span).toString();
    a.titleLine = line;
    a.titleSpan = span;
    // The title's markers, columns counted from the start of the line (its '#'s included).
    const TextSpan marked = {lineSpan.start, span.end() - lineSpan.start};
    scanMarkers(a.view(marked), marked.start, line, citations, malformed);
}

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
    const bool hasDate = containsDateLike(prefix);
    const bool allCapsPlace = prefix.size() >= 3 && prefix.toString().toUpper() == prefix
        && prefix.front().isLetter() && !prefix.contains(u',');
    if (!hasDate && !allCapsPlace)
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
