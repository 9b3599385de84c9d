#include "unreadcitations.h"

#include "analyser.h"
#include "articleio.h"
#include "codespans.h"
#include "markerchars.h"
#include "markerforms.h"
#include "referenceentry.h"
#include "unreadmarkers.h"

#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// Words a number glued after their full stop belongs to: "Fig.1", "No.5", "Vol.2", "Eq.4", "Jan.5".
constexpr QStringView kAbbreviations[] = {u"fig", u"figs", u"no", u"nos", u"nr", u"vol", u"vols", u"pp",
    u"eq", u"eqs", u"eqn", u"ch", u"chap", u"sec", u"sect", u"art", u"arts", u"ref", u"refs", u"tab", u"tabs",
    u"app", u"appx", u"para", u"par", u"pt", u"pts", u"ed", u"eds", u"ver", u"rev", u"op", u"cf", u"ca",
    u"approx", u"vs", u"resp", u"incl", u"ex", u"prop", u"thm", u"lem", u"def", u"cor", u"kap", u"abb", u"bd",
    u"st", u"pg", u"ps", u"col", u"cols", u"min", u"max", u"avg", u"est", u"jan", u"feb", u"mar", u"apr",
    u"jun", u"jul", u"aug", u"sep", u"sept", u"oct", u"nov", u"dec", u"dept", u"div", u"ser", u"suppl",
    u"sched", u"reg", u"cl", u"subs", u"fn", u"ftn", u"ann", u"anh",
    // German, Spanish, Portuguese and French legal and academic abbreviations: "Abs.1", "Aufl.2",
    // "pág.5", "núm.4".
    u"abs", u"aufl", u"anm", u"hrsg", u"vgl", u"jg", u"ziff", u"rn", u"rdnr", u"tz", u"abschn", u"lit",
    u"hft", u"bl", u"pag", u"p\u00E1g", u"p\u00E1gs", u"n\u00FAm", u"n\u00FAms", u"num", u"cap", u"fol",
    u"t\u00EDt", u"tit", u"\u00E9d"};

// Words that number what they name, capitalised as a reference to it is ("Table.2", "Chapter.6"); in
// lower case they may end a sentence ("in the table.2 Then").
constexpr QStringView kNumberedThings[] = {u"table", u"chapter", u"section", u"figure", u"page", u"appendix",
    u"annex", u"step", u"equation", u"item", u"note", u"part", u"article", u"volume", u"issue", u"version",
    u"level", u"phase", u"case", u"exhibit", u"box", u"clause", u"theorem", u"lemma", u"definition",
    u"example", u"exercise", u"problem", u"question", u"lesson", u"unit", u"module", u"week", u"day",
    u"round", u"stage", u"model", u"option"};

// Words a parenthesised number after them enumerates or refers to, rather than cites: "equation (2).",
// "steps (1) and (2).", "Fig. (3).".
constexpr QStringView kEnumerationWords[] = {u"and", u"or", u"nor", u"to", u"through", u"equation",
    u"equations", u"eq", u"eqs", u"eqn", u"formula", u"formulas", u"step", u"steps", u"stage", u"stages",
    u"phase", u"phases", u"case", u"cases", u"item", u"items", u"point", u"points", u"part", u"parts",
    u"condition", u"conditions", u"criterion", u"criteria", u"rule", u"rules", u"question", u"questions",
    u"option", u"options", u"hypothesis", u"hypotheses", u"assumption", u"assumptions", u"claim", u"claims",
    u"line", u"lines", u"row", u"rows", u"column", u"columns", u"no", u"nos", u"number", u"numbers",
    u"figure", u"figures", u"fig", u"figs", u"table", u"tables", u"tab", u"section", u"sections", u"sec",
    u"chapter", u"chapters", u"ch", u"page", u"pages", u"p", u"pp", u"appendix", u"level", u"levels",
    u"grade", u"type", u"types", u"class", u"group", u"groups", u"version", u"ver", u"v", u"model", u"models",
    u"scenario", u"scenarios", u"example", u"examples"};

template<std::size_t N> bool isOneOf(QStringView word, const QStringView (&words)[N])
{
    return std::any_of(std::cbegin(words), std::cend(words),
        [word](QStringView w) { return word.compare(w, Qt::CaseInsensitive) == 0; });
}

// Numbers as a plain citation writes them, "2", "2,3", "2–4", and with `spaced` "1, 3": each an
// entry's, a range forwards and short.
struct NumberRun
{
    QList<std::pair<qint64, qint64>> parts; // first and last of each number or range
    qsizetype end = 0; // past the last digit
};

bool readNumberRun(QStringView line, qsizetype pos, bool spaced, const QSet<qint64> &entries, NumberRun &run)
{
    const auto readOne = [&](qint64 &value) {
        // No leading zero ("1.05" is no citation), and no more digits than a list numbers entries with.
        if (pos >= line.size() || line.at(pos).unicode() < u'1' || line.at(pos).unicode() > u'9')
            return false;
        value = 0;
        const qsizetype start = pos;
        for (; pos < line.size() && isDigit(line.at(pos)); ++pos) {
            if (pos - start == 4)
                return false;
            value = value * 10 + (line.at(pos).unicode() - u'0');
        }
        return entries.contains(value);
    };
    while (true) {
        qint64 first = 0;
        if (!readOne(first))
            return false;
        qint64 last = first;
        if (pos + 1 < line.size() && isDash(line.at(pos)) && isDigit(line.at(pos + 1))) {
            ++pos;
            if (!readOne(last) || last <= first || last - first > kMaxRangeExpansion)
                return false;
            for (qint64 n = first + 1; n < last; ++n) {
                if (!entries.contains(n))
                    return false;
            }
        }
        run.parts.append({first, last});
        if (pos >= line.size() || line.at(pos) != u',')
            break;
        qsizetype next = pos + 1;
        if (spaced)
            skipBlanks(line, next);
        if (next >= line.size() || !isDigit(line.at(next)))
            break;
        pos = next;
    }
    run.end = pos;
    return true;
}

// The marker that writes `run`'s numbers: "[2, 3]", "[2–4]".
QString bracketed(const NumberRun &run)
{
    QStringList parts;
    for (const auto &[first, last] : run.parts) {
        parts.append(first == last ? QString::number(first)
                                   : QString::number(first) + QChar(kEnDash) + QString::number(last));
    }
    return u'[' + parts.join(u", "_s) + u']';
}

QList<qint64> expanded(const NumberRun &run)
{
    QList<qint64> numbers;
    for (const auto &[first, last] : run.parts) {
        for (qint64 n = first; n <= last; ++n)
            numbers.append(n);
    }
    return numbers;
}

// Whether the full stop at `dot` of `line` (or a comma, closing a clause) ends a sentence a number may be
// glued to: after a word ("viability.2") or a closing quote, bracket or percent sign ("30%.4"), not an
// abbreviation's ("Fig.1"), an initial's ("A.1", "U.S.2"), a number's ("3.5", "v2.1") or a file's or an
// address's ("bash.1", "example.com/a.2").
bool endsASentence(QStringView line, qsizetype dot)
{
    const QChar before = line.at(dot - 1);
    if (before.isLetter()) {
        qsizetype start = dot - 1;
        while (start > 0 && line.at(start - 1).isLetter())
            --start;
        const QStringView word = line.sliced(start, dot - start);
        // French "al." numbers a paragraph ("art. 3 al.2"); "et al." ends a list of authors a
        // superscript may follow ("Smith et al.2 found").
        if (word.compare(u"al", Qt::CaseInsensitive) == 0
            && !(start >= 3 && line.sliced(start - 3, 3).compare(u"et ", Qt::CaseInsensitive) == 0))
            return false;
        if (word.size() < 2 || isOneOf(word, kAbbreviations)
            || (word.front().isUpper() && isOneOf(word, kNumberedThings)))
            return false;
        if (start > 0 && (isDigit(line.at(start - 1)) || line.at(start - 1) == u'.'))
            return false;
    } else if (!QStringView(u"\"'\u201D\u2019\u00BB)]%").contains(before)) {
        return false;
    }
    qsizetype tokenStart = dot;
    while (tokenStart > 0 && !isSpace(line.at(tokenStart - 1)))
        --tokenStart;
    const QStringView token = line.sliced(tokenStart, dot - tokenStart);
    return !token.startsWith(u"www", Qt::CaseInsensitive)
        && !std::any_of(
            token.cbegin(), token.cend(), [](QChar c) { return QStringView(u"./\\@=_:#").contains(c); });
}

// Whether the parentheses at `open` of `line`, closed at `close`, enumerate or refer rather than cite:
// after a word such as "equation", "step" or "and", or in a run of parenthesised numbers ("(1), (2)").
bool enumerates(QStringView line, qsizetype open, qsizetype close)
{
    qsizetype end = open;
    while (end > 0 && isSpace(line.at(end - 1)))
        --end;
    qsizetype start = end;
    while (start > 0 && (line.at(start - 1).isLetter() || line.at(start - 1) == u'.'))
        --start;
    QStringView word = line.sliced(start, end - start);
    while (word.endsWith(u'.'))
        word.chop(1);
    if (isOneOf(word, kEnumerationWords))
        return true;
    // "(1), (2)": one of several numbered items.
    const auto isNumbered = [](QStringView inside) {
        return !inside.isEmpty()
            && std::all_of(inside.cbegin(), inside.cend(), [](QChar c) { return isDigit(c) || c == u' '; });
    };
    qsizetype previous = end;
    if (previous > 0 && line.at(previous - 1) == u',')
        --previous;
    if (previous > 0 && line.at(previous - 1) == u')') {
        const qsizetype opened = line.lastIndexOf(u'(', previous - 1);
        if (opened >= 0 && isNumbered(line.sliced(opened + 1, previous - 2 - opened)))
            return true;
    }
    qsizetype next = close + 1;
    if (next >= line.size() || line.at(next) != u',')
        return false;
    ++next;
    skipBlanks(line, next);
    return next + 1 < line.size() && line.at(next) == u'(' && isDigit(line.at(next + 1));
}

// Words before a number in brackets that make it a note's or a source's number, "[n. 2]", "[#2]",
// "[ibid. 2]", where the markers read take none. Not "note" spelt out: "[note 1]" is how a wiki page
// calls its first explanatory note, listed apart from the sources.
constexpr QStringView kNoteWords[] = {u"n", u"nn", u"fn", u"ibid", u"ib", u"op. cit", u"loc. cit"};

// Where the bracket at `open` of `line` cites entries in a form the markers are not read in (see
// PlainNumberCitation::Form::Bracketed): numbers with a letter glued on ("[2a]"), numbers, a ',' or ';'
// and words no locator reads ("[1, and references therein]", "[3, Appendix]", "[2, 14f.]"), a number and
// a parenthesis ("[2 (p. 5)]"), or a note's word before it ("[n. 2]", "[#2]"). Returns the index of its
// ']' and fills `run`, or -1. Not a bracket that is read or reported as a marker, nor one in a word or an
// address, nor a link's text.
qsizetype unreadBracketEnd(QStringView line, qsizetype open, const QSet<qint64> &entries, NumberRun &run)
{
    if (open > 0) {
        const QChar before = line.at(open - 1);
        if (before.isLetterOrNumber() || QStringView(u"/=?&_#[-+*^~\\").contains(before))
            return -1;
        if (before == u'(' && open > 1 && line.at(open - 2).isLetterOrNumber())
            return -1; // a call's argument, "f([2, n])"
    }
    qsizetype tokenStart = open;
    while (tokenStart > 0 && !isSpace(line.at(tokenStart - 1)))
        --tokenStart;
    const QStringView token = line.sliced(tokenStart, open - tokenStart);
    if (token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive))
        return -1;
    qsizetype close = open + 1;
    while (close < line.size() && line.at(close) != u']' && line.at(close) != u'[' && close - open <= 80)
        ++close;
    if (close >= line.size() || line.at(close) != u']' || close == open + 1)
        return -1;
    if (close + 1 < line.size() && (line.at(close + 1) == u'(' || line.at(close + 1) == u':'))
        return -1; // a link's text, or a link's definition
    Citation scratch;
    if (parseMarker(line, open, 0, scratch) > 0 || unreadLocatorEnd(line, open) > 0)
        return -1;
    const QStringView inside = line.sliced(open + 1, close - open - 1).trimmed();
    qsizetype pos = open + 1;
    skipBlanks(line, pos);
    if (!isDigit(line.at(pos))) {
        // "[n. 2]", "[#2]": a note's word, then the numbers alone.
        qsizetype wordEnd = pos;
        if (line.at(pos) == u'#') {
            ++wordEnd;
        } else {
            const auto word
                = std::find_if(std::cbegin(kNoteWords), std::cend(kNoteWords), [&](QStringView w) {
                      return inside.startsWith(w, Qt::CaseInsensitive) && inside.size() > w.size()
                          && !inside.at(w.size()).isLetter();
                  });
            if (word == std::cend(kNoteWords))
                return -1;
            wordEnd = pos + word->size();
            if (wordEnd < close && line.at(wordEnd) == u'.')
                ++wordEnd;
        }
        skipBlanks(line, wordEnd);
        if (!readNumberRun(line, wordEnd, true, entries, run))
            return -1;
        qsizetype end = run.end;
        skipBlanks(line, end);
        return end == close ? close : -1;
    }
    // The numbers: a first one (or range), and the list's others each followed by a separator or a blank,
    // not a section's number ("[1, 3.1]") nor a page's ("[2, 14f.]").
    if (!readNumberRun(line, pos, false, entries, run))
        return -1;
    for (qsizetype at = run.end; at < close && (line.at(at) == u',' || line.at(at) == u';');) {
        qsizetype number = at + 1;
        skipBlanks(line, number);
        NumberRun more;
        if (!readNumberRun(line, number, false, entries, more))
            break;
        const QChar after = line.at(more.end);
        if (!(after == u',' || after == u';' || isBlank(after)))
            break;
        run.parts.append(more.parts);
        run.end = at = more.end;
    }
    const QChar next = line.at(run.end);
    // "[2a]", "[2b]": a part of a source.
    if (next.isLetter() && run.end + 1 == close && run.parts.size() == 1)
        return close;
    qsizetype words = run.end + 1;
    skipBlanks(line, words);
    if (words >= close)
        return -1;
    // "[2 (p. 5)]", and "[2, 3 and references therein]" (not one number and a word: "[2 min read]").
    if (isBlank(next))
        return line.at(words) == u'(' || run.parts.size() > 1 ? close : -1;
    return next == u',' || next == u';' ? close : -1;
}

// The plain number citations of one paragraph, `line` at `start` in the text, in column `column`.
void findInParagraph(QStringView line, int lineNumber, qsizetype start, int column,
    const QSet<qint64> &entries, QList<PlainNumberCitation> &out)
{
    QList<PlainNumberCitation> found;
    CodeSpanFinder code(line); // `code` is read as markers read it: a backtick nothing closes is text
    const auto add = [&](PlainNumberCitation::Form form, qsizetype from, qsizetype to, qsizetype shownFrom,
                         const NumberRun &run) {
        found.append({form, lineNumber, column + int(from), {start + from, to - from},
            line.sliced(shownFrom, to - shownFrom).toString(), bracketed(run), expanded(run)});
    };
    // After a full stop, or a comma that closes a word's clause ("production,2 while", not "2019,2").
    for (const QChar stop : {u'.', u','}) {
        for (qsizetype at = line.indexOf(stop, 1); at > 0 && at + 1 < line.size();
             at = line.indexOf(stop, at + 1)) {
            NumberRun run;
            if (!isDigit(line.at(at + 1)) || !readNumberRun(line, at + 1, false, entries, run))
                continue;
            if (run.end < line.size() && !isSpace(line.at(run.end)))
                continue;
            if (!endsASentence(line, at) || code.inSpan(at))
                continue;
            qsizetype wordStart = at;
            while (wordStart > 0 && !isSpace(line.at(wordStart - 1)))
                --wordStart;
            add(stop == u'.' ? PlainNumberCitation::Form::AfterFullStop
                             : PlainNumberCitation::Form::AfterComma,
                at + 1, run.end, wordStart, run);
        }
    }
    for (qsizetype open = line.indexOf(u'(', 1); open > 0; open = line.indexOf(u'(', open + 1)) {
        NumberRun run;
        if (!isSpace(line.at(open - 1)) || !readNumberRun(line, open + 1, true, entries, run))
            continue;
        const qsizetype close = run.end;
        if (close >= line.size() || line.at(close) != u')')
            continue;
        if (close + 1 < line.size() && !QStringView(u".,;:").contains(line.at(close + 1)))
            continue;
        if (enumerates(line, open, close) || code.inSpan(open))
            continue;
        add(PlainNumberCitation::Form::Parenthesised, open, close + 1, open, run);
    }
    for (qsizetype open = line.indexOf(u'['); open >= 0; open = line.indexOf(u'[', open + 1)) {
        NumberRun run;
        const qsizetype close = unreadBracketEnd(line, open, entries, run);
        if (close < 0 || code.inSpan(open))
            continue;
        add(PlainNumberCitation::Form::Bracketed, open, close + 1, open, run);
        open = close;
    }
    std::sort(found.begin(), found.end(), [](const PlainNumberCitation &a, const PlainNumberCitation &b) {
        return a.span.start < b.span.start;
    });
    out.append(found);
}

QSet<qint64> unreadListNumbers(const Article &article)
{
    QSet<qint64> numbers;
    for (const UnreadListEntry &entry : unreadListEntries(article))
        numbers.insert(entry.number);
    return numbers;
}

} // namespace

QList<UnreadListEntry> unreadListEntries(const Article &article)
{
    QList<UnreadListEntry> entries;
    if (!article.referencesSection.present || !article.references.isEmpty())
        return entries;
    const int header = article.referencesSection.headerLine;
    const QList<Paragraph> &paragraphs = article.paragraphs;
    for (auto p = std::partition_point(paragraphs.cbegin(), paragraphs.cend(),
             [header](const Paragraph &paragraph) { return paragraph.line <= header; });
         p != paragraphs.cend() && p->afterReferences; ++p) {
        const QStringView whole = article.view(p->span);
        const QStringView line = withoutQuoteOrBullet(whole);
        qsizetype length = 0;
        qint64 number = wideEntryNumber(line, &length);
        if (number < 0)
            number = superscriptEntryNumber(line, &length);
        if (number > 0)
            entries.append({p->line, {p->span.start + (line.data() - whole.data()), length}, number});
    }
    return entries;
}

QSet<qint64> entryNumbers(const Article &article)
{
    QSet<qint64> numbers;
    if (!article.referencesSection.present)
        return numbers;
    numbers.reserve(article.references.size());
    for (const Reference &ref : article.references) {
        if (ref.hasValidNumber())
            numbers.insert(ref.number);
    }
    return numbers;
}

QList<PlainNumberCitation> findPlainNumberCitations(const Article &article)
{
    return findPlainNumberCitations(article, entryNumbers(article));
}

QList<PlainNumberCitation> findPlainNumberCitations(const Article &article, const QSet<qint64> &entries)
{
    QList<PlainNumberCitation> out;
    if (entries.isEmpty())
        return out;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (readsAsCode(article, paragraph.line) || article.otherListAt(paragraph.line))
            continue;
        const qsizetype lineStart = article.lines.at(paragraph.line - 1).span.start;
        findInParagraph(article.view(paragraph.span), paragraph.line, paragraph.span.start,
            int(paragraph.span.start - lineStart) + 1, entries, out);
    }
    // A bracket reported as a marker that cannot be read ("[2,,3]") is told so already.
    const QList<MalformedMarker> &malformed = article.malformedMarkers;
    out.removeIf([&malformed](const PlainNumberCitation &citation) {
        if (citation.form != PlainNumberCitation::Form::Bracketed)
            return false;
        const auto at = std::partition_point(malformed.cbegin(), malformed.cend(),
            [&citation](const MalformedMarker &m) { return m.span.start < citation.span.start; });
        return at != malformed.cend() && at->span.start == citation.span.start;
    });
    return out;
}

namespace {

// A citation written in a form not read as a marker, with the marker that means the same.
struct UnreadCitation
{
    enum class Kind { WideBrackets, Superscript, AfterFullStop, AfterComma, Parenthesised, Bracketed };
    Kind kind = Kind::Superscript;
    int line = 0;
    int column = 0;
    TextSpan span;
    QString written;
    QString marker; // "[1]", "[2, 3]", "[2–4]"
    // Whether `marker` can stand in the place of `span` and say all it says: not so for a superscript
    // that holds a number no entry has ("<sup>1,9</sup>"), nor for brackets that hold words besides.
    bool replaceable = true;
};

// Every citation of the article written in a form not read as a marker (see unreadCitationDiagnostics()),
// sorted by position.
QList<UnreadCitation> findUnreadCitations(const Article &article, UnreadCites *citing)
{
    QList<UnreadCitation> out;
    QSet<qint64> entries = entryNumbers(article);
    const QSet<qint64> listed = unreadListNumbers(article);
    entries.unite(listed);
    if (entries.isEmpty())
        return out;
    const auto cites = [&](qint64 number, const QString &written, int line, TextSpan span) {
        if (citing && entries.contains(number) && !citing->contains(number))
            citing->insert(number, {written, line, span});
    };

    QList<WideMarker> wide;
    QList<Superscript> superscripts;
    findWideMarkers(article, wide, superscripts,
        listed.isEmpty() ? 0 : *std::max_element(listed.cbegin(), listed.cend()));
    for (const WideMarker &marker : std::as_const(wide)) {
        if (!entries.contains(marker.number))
            continue;
        const QString written = article.view(marker.span).toString();
        cites(marker.number, written, marker.line, marker.span);
        out.append({UnreadCitation::Kind::WideBrackets, marker.line, marker.column, marker.span, written,
            u'[' + QString::number(marker.number) + u']'});
    }
    // "<sup>1,2</sup>" is a superscript for each number: one finding, naming the entries among them.
    const auto isEntry = [&entries](qint64 n) { return entries.contains(n); };
    for (qsizetype i = 0; i < superscripts.size();) {
        const Superscript &first = superscripts.at(i);
        const SuperscriptCitation cited = readSuperscriptCitation(superscripts, i, isEntry);
        if (cited.numbers.isEmpty())
            continue;
        for (qint64 number : cited.numbers)
            cites(number, first.written, first.line, first.span);
        out.append({UnreadCitation::Kind::Superscript, first.line, first.column, first.span, first.written,
            cited.marker, cited.complete});
    }
    for (const PlainNumberCitation &citation : findPlainNumberCitations(article)) {
        for (qint64 number : citation.numbers)
            cites(number, citation.written, citation.line, citation.span);
        UnreadCitation::Kind kind = UnreadCitation::Kind::AfterFullStop;
        if (citation.form == PlainNumberCitation::Form::AfterComma)
            kind = UnreadCitation::Kind::AfterComma;
        else if (citation.form == PlainNumberCitation::Form::Parenthesised)
            kind = UnreadCitation::Kind::Parenthesised;
        else if (citation.form == PlainNumberCitation::Form::Bracketed)
            kind = UnreadCitation::Kind::Bracketed;
        out.append({kind, citation.line, citation.column, citation.span, citation.written, citation.bracketed,
            kind != UnreadCitation::Kind::Bracketed});
    }
    std::stable_sort(out.begin(), out.end(),
        [](const UnreadCitation &a, const UnreadCitation &b) { return a.span.start < b.span.start; });
    return out;
}

} // namespace

QList<Diagnostic> unreadCitationDiagnostics(const Article &article, UnreadCites *citing)
{
    QList<Diagnostic> out;
    for (const UnreadCitation &unread : findUnreadCitations(article, citing)) {
        QString message;
        switch (unread.kind) {
        case UnreadCitation::Kind::WideBrackets:
            message
                = Diagnostics::tr("“%1” is written in full-width brackets, which are not read as a citation "
                                  "marker: write it as %2.");
            break;
        case UnreadCitation::Kind::Superscript:
            message
                = Diagnostics::tr("“%1” reads as a citation written as a superscript, which is not read as a "
                                  "marker: write it as %2.");
            break;
        case UnreadCitation::Kind::AfterFullStop:
            message = Diagnostics::tr("“%1” reads as a citation glued to the full stop (a superscript that "
                                      "lost its raise), which is not read as a marker: write it as %2.");
            break;
        case UnreadCitation::Kind::AfterComma:
            message = Diagnostics::tr("“%1” reads as a citation glued to the comma (a superscript that lost "
                                      "its raise), which is not read as a marker: write it as %2.");
            break;
        case UnreadCitation::Kind::Parenthesised:
            message = Diagnostics::tr(
                "“%1” reads as a citation in parentheses, which is not read as a marker: write it as %2.");
            break;
        case UnreadCitation::Kind::Bracketed:
            message = Diagnostics::tr("“%1” reads as a citation with words or letters no marker holds, which "
                                      "is not read as a marker: write it as %2, and the rest outside it.");
            break;
        }
        Diagnostic d;
        d.code = u"unread-citation"_s;
        d.line = unread.line;
        d.column = unread.column;
        d.span = unread.span;
        d.message = message.arg(unread.written, unread.marker);
        out.append(std::move(d));
    }
    sortDiagnostics(out);
    return out;
}

namespace {

// The indexes of `edits` whose marker the text they make does not read as one, or, when that text reads
// another reference list, all of them.
QList<qsizetype> markersNotRead(const Article &article, const QList<TextEdit> &edits)
{
    const Article written = parseArticle(applyEdits(article.text.view(), edits));
    QList<qsizetype> notRead;
    const bool sameList = std::equal(written.references.cbegin(), written.references.cend(),
        article.references.cbegin(), article.references.cend(),
        [](const Reference &a, const Reference &b) { return a.number == b.number && a.url == b.url; });
    qsizetype shift = 0; // how much longer the text before the edit has grown
    auto citation = written.citations.cbegin();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const TextEdit &edit = edits.at(i);
        const qsizetype at = edit.start + shift + (edit.replacement.startsWith(u' ') ? 1 : 0);
        shift += edit.replacement.size() - edit.length;
        while (citation != written.citations.cend() && citation->span.start < at)
            ++citation;
        if (!sameList || citation == written.citations.cend() || citation->span.start != at)
            notRead.append(i);
    }
    return notRead;
}

} // namespace

QList<TextEdit> unreadCitationEdits(const Article &article, qsizetype *left)
{
    QList<TextEdit> edits;
    qsizetype kept = 0;
    qsizetype end = 0; // of the last span replaced
    for (const UnreadCitation &unread : findUnreadCitations(article, nullptr)) {
        if (!unread.replaceable || unread.span.start < end) {
            ++kept;
            continue;
        }
        edits.append({unread.span.start, unread.span.length, unread.marker});
        end = unread.span.end();
    }
    // Each marker is written where the citation stood, glued to what it was glued to; where that does not
    // read as a marker ("https://x.example/a¹": the bracket would end the address), after a space; and
    // where that does not either, the citation is left as written. The text is read again to know.
    // (Each round spaces or drops an edit: the loop ends.)
    while (!edits.isEmpty()) {
        const QList<qsizetype> notRead = markersNotRead(article, edits);
        if (notRead.isEmpty())
            break;
        for (auto it = notRead.crbegin(); it != notRead.crend(); ++it) {
            TextEdit &edit = edits[*it];
            const bool spaced = edit.replacement.startsWith(u' ') || edit.start == 0
                || article.text.at(edit.start - 1).isSpace();
            if (spaced) {
                edits.removeAt(*it);
                ++kept;
            } else {
                edit.replacement.prepend(u' ');
            }
        }
    }
    if (left)
        *left = kept;
    return edits;
}

void describeUnreadCites(QList<Diagnostic> &diagnostics, const Article &article, const UnreadCites &citing)
{
    if (citing.isEmpty())
        return;
    // An entry cited only in a form not read as a marker is not "never cited": its finding says where
    // it is cited, and how to make that a marker. It stays an unused-reference, as renumbering takes it.
    for (Diagnostic &d : diagnostics) {
        if (d.code != u"unused-reference" || d.referenceIndex < 0
            || d.referenceIndex >= article.references.size())
            continue;
        const Reference &ref = article.references.at(d.referenceIndex);
        const auto it = citing.constFind(ref.number);
        if (it == citing.cend())
            continue;
        d.message = Diagnostics::tr("Reference %1 is cited only as “%2” (line %3), which is not read as a "
                                    "citation marker.")
                        .arg(article.view(ref.numberSpan))
                        .arg(it->written)
                        .arg(it->line);
    }
}

QList<Diagnostic> lintArticle(const Article &article)
{
    QList<Diagnostic> analysed = analyseArticle(article);
    UnreadCites citing;
    const QList<Diagnostic> unread = unreadCitationDiagnostics(article, &citing);
    if (unread.isEmpty())
        return analysed;
    describeUnreadCites(analysed, article, citing);
    QList<Diagnostic> all;
    all.reserve(analysed.size() + unread.size());
    std::merge(analysed.cbegin(), analysed.cend(), unread.cbegin(), unread.cend(), std::back_inserter(all),
        reportedBefore);
    return all;
}

} // namespace Citewise
