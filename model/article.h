// Value types describing a parsed article. Every position is an offset (UTF-16 code units) into
// Article::text, the exact decoded file content, so views and edits never need to re-parse.
#pragma once

#include "articletext.h"
#include "utf16text.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

namespace Citewise {

// A span of Article::text.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;

    qsizetype end() const { return start + length; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end(); }
    bool isEmpty() const { return length == 0; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// One line of the file, without its terminator ("\n", "\r\n" or a lone "\r", see linesplit.h).
struct Line
{
    TextSpan span;
    qsizetype terminatorLength = 0; // 0 (last line without newline), 1 (LF or CR) or 2 (CRLF)

    friend bool operator==(const Line &, const Line &) = default;
};

// "Seoul, July 2, 2025 — " at the start of the first paragraph.
struct Dateline
{
    QString place;
    QString date;
    QString credit; // the news agency credited after them, "(Reuters)", without its parentheses
    TextSpan span; // whole dateline including the dash and the space after it
    TextSpan placeSpan;
    TextSpan dateSpan;

    friend bool operator==(const Dateline &, const Dateline &) = default;
};

struct Paragraph
{
    int line = 0; // 1-based
    TextSpan span; // the line's text without leading/trailing whitespace
    bool afterReferences = false; // text that follows the reference list (e.g. further README sections)

    friend bool operator==(const Paragraph &, const Paragraph &) = default;
};

// A number written inside a citation marker.
struct CitationNumber
{
    qint64 value = 0; // -1 when the digits do not fit a qint64
    TextSpan span; // the digits
    bool outOfRange() const { return value < 1 || value > std::numeric_limits<int>::max(); }

    friend bool operator==(const CitationNumber &, const CitationNumber &) = default;
};

// One bracketed marker: "[3]", "[1, 3]", "[2-4]" or a list holding ranges, "[1, 3-5]". A cluster
// "[1][2]" is two markers.
struct Citation
{
    enum class Form : quint8 { Single, List, Range };
    Form form = Form::Single;
    // A link destination follows the marker, "[1](https://…)", or the link it is the text of,
    // "[[1]](https://…)": the writer linked the marker to an address of its own.
    bool linked = false;
    int line = 0; // 1-based
    int column = 0; // 1-based, in UTF-16 code units from the line start, at '['
    // A list's ranges: bit i is set when numbers[i] ends a range that numbers[i - 1] starts
    // ("[1, 3-5]": bit 2). Such ranges run forwards and expand within kMaxRangeExpansion.
    quint32 rangeEnds = 0;
    TextSpan span; // from '[' to ']' inclusive
    // As written; for Range the two ends. Two live inline: almost every marker holds one or two numbers,
    // so parsing tens of thousands of markers allocates nothing per marker.
    QVarLengthArray<CitationNumber, 2> numbers;

    Citation() = default;
    Citation(const Citation &) = default;
    Citation(Citation &&) noexcept = default;
    Citation &operator=(const Citation &) = default;
    // Qt 6.4's QVarLengthArray, moved onto while it holds more numbers than it keeps inline, takes
    // the other's buffer without freeing its own: it lets its own go first here.
    Citation &operator=(Citation &&other) noexcept
    {
        form = other.form;
        linked = other.linked;
        line = other.line;
        column = other.column;
        rangeEnds = other.rangeEnds;
        span = other.span;
        if (numbers.capacity() > 2) {
            numbers.clear();
            numbers.squeeze();
        }
        numbers = std::move(other.numbers);
        return *this;
    }

    // Numbers cited, ranges expanded (capped, see kMaxRangeExpansion). Out-of-range numbers are skipped.
    QList<int> expandedNumbers() const;
    // Calls f(n) for each number of expandedNumbers(), in its order, without building the list.
    template<typename F> void forEachExpandedNumber(F &&f) const;
    // Whether `number` is among expandedNumbers(): a range that cites nothing cites neither of its ends.
    bool cites(qint64 number) const;
    // A range that expands to nothing (backwards, too long, or with a number out of range).
    bool citesNothing() const;
    // Whether the marker cites numbers it does not write out: a range, or a list holding one.
    bool hasRange() const { return form == Form::Range || rangeEnds != 0; }
    // Whether numbers[i] ends a range of a list.
    bool endsRange(qsizetype i) const { return i > 0 && i < 32 && (rangeEnds >> i) & 1U; }

    friend bool operator==(const Citation &, const Citation &) = default;
};

inline constexpr int kMaxRangeExpansion = 1000;

template<typename F> void Citation::forEachExpandedNumber(F &&f) const
{
    if (form == Form::Range && numbers.size() == 2) {
        const CitationNumber &first = numbers.at(0);
        const CitationNumber &last = numbers.at(1);
        if (first.outOfRange() || last.outOfRange())
            return;
        const qint64 count = last.value - first.value + 1;
        if (count < 1 || count > kMaxRangeExpansion)
            return;
        for (qint64 n = first.value; n <= last.value; ++n)
            f(int(n));
        return;
    }
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (endsRange(i + 1)) {
            // Checked when read: both ends in range, forwards, within kMaxRangeExpansion.
            for (qint64 n = numbers.at(i).value; n <= numbers.at(i + 1).value; ++n)
                f(int(n));
            ++i;
        } else if (!numbers.at(i).outOfRange()) {
            f(int(numbers.at(i).value));
        }
    }
}

// Bracketed text that looks like an attempted marker but cannot be read ("[1,,2]", "[3-]", "[5-2]").
struct MalformedMarker
{
    int line = 0;
    int column = 0;
    TextSpan span;

    friend bool operator==(const MalformedMarker &, const MalformedMarker &) = default;
};

struct Reference
{
    // "[n] URL", "[n]: URL", "n. URL", "n) URL", "(n) URL", "n URL"
    enum class Style { Bracket, BracketColon, Dotted, Parenthesized, Enclosed, Bare };
    Style style = Style::Bracket;
    qint64 number = 0; // -1 when the digits do not fit
    int line = 0; // 1-based line of the entry
    TextSpan span; // the entry line (trimmed of the terminator only), plus continuation lines
    TextSpan numberSpan; // the digits
    QString url; // empty when the entry has no usable URL
    TextSpan urlSpan;
    QString label; // the source's name or title: the words before the URL, else after it; may be empty
    TextSpan labelSpan;
    // With the label before the URL, the words after it on its line ("(accessed 2024)"); else empty.
    TextSpan noteSpan;
    QList<int> continuationLines; // 1-based lines that wrap this entry (e.g. a second URL)
    // The line goes on with another entry, which is not read ("[1] https://… [2] https://…", see
    // joinedEntrySpan()).
    bool joinsAnother = false;

    bool hasValidNumber() const { return number >= 1 && number <= std::numeric_limits<int>::max(); }
    // Numbered as markers are, "[1] …" or "[1]: …".
    bool isNumberedAsMarkers() const { return style == Style::Bracket || style == Style::BracketColon; }

    friend bool operator==(const Reference &, const Reference &) = default;
};

struct Comment
{
    int line = 0;
    TextSpan span; // the whole comment line, trimmed
    QString author; // may be empty
    QString timestamp; // may be empty
    QString text;
    TextSpan textSpan;

    friend bool operator==(const Comment &, const Comment &) = default;
};

// A line inside the References section that is neither an entry nor a separator.
struct StrayLine
{
    int line = 0;
    TextSpan span;
    // A heading below the list's own that groups the entries under it ("### Websites" under
    // "## References"): part of the list, and no broken entry.
    bool groupHeading = false;

    friend bool operator==(const StrayLine &, const StrayLine &) = default;
};

struct Section
{
    bool present = false;
    int headerLine = 0; // 1-based
    TextSpan headerSpan; // the header line
    int firstLine = 0; // first line after the header
    int lastLine = 0; // last line that belongs to the section (inclusive), >= headerLine

    friend bool operator==(const Section &, const Section &) = default;
};

struct Article
{
    ArticleText text; // decoded file content, BOM removed, line terminators kept
    bool hasBom = false;
    TextEncoding encoding = TextEncoding::Utf8; // UTF-16 files are written back as UTF-16
    bool hasInvalidEncoding = false;
    QList<int> invalidEncodingLines; // 1-based lines holding bytes that were not valid UTF-8

    QList<Line> lines;

    QString title;
    int titleLine = 0; // 0 when there is no title
    TextSpan titleSpan;
    TextSpan frontMatter; // YAML or TOML front matter block, if any
    int releaseLine = 0; // "FOR IMMEDIATE RELEASE" above the title, 0 when there is none

    bool hasDateline = false;
    Dateline dateline;

    QList<Paragraph> paragraphs;
    QList<int> fenceLines; // 1-based lines that open or close a code fence ("```", "~~~") in the text
    QList<Citation> citations; // reading order
    QList<MalformedMarker> malformedMarkers; // reading order, where markers are scanned

    Section referencesSection;
    QList<Reference> references; // file order: the reference list's entries, then those of otherLists
    QList<StrayLine> strayReferenceLines;
    // Lists of sources in the text after the reference list, each under a header word and numbered as
    // markers are, with numbers no other list has (a digest giving each part its "Sources:"): their
    // entries are in `references`, their lines are paragraphs without markers. Ordered by line.
    QList<Section> otherReferenceLists;

    Section commentsSection;
    bool noCommentsPlaceholder = false; // "No comments yet"
    QList<Comment> comments;

    QStringView view(TextSpan s) const { return text.view(s.start, s.length); }
    TextSpan trimmed(TextSpan s) const; // without the white space at its ends
    QString lineText(int line) const; // 1-based, without terminator
    int lineAt(qsizetype offset) const; // 1-based line holding offset (binary search)
    bool isFence(int line) const; // line (1-based) opens or closes a code block
    // The list of otherReferenceLists holding `line` (its header or a line up to its last entry), or null.
    const Section *otherListAt(int line) const;
    // How many of `references` are the reference list's own (the others are otherReferenceLists').
    qsizetype referenceListSize() const;
    // Line lies inside a code block, between its fences; a block ends with its stretch of body.
    bool isCodeLine(int line) const;
    // Index into fenceLines of the first fence of the stretch of body holding `line`: fences pair up
    // within a stretch, the body above the reference list or the text after it.
    qsizetype firstFenceOfStretch(int line) const;
    int columnAt(qsizetype offset) const; // 1-based column of offset within its line
    int columnAt(qsizetype offset, int line) const; // the same, its line (lineAt(offset)) known
    // The dominant line terminator of the file ("\n" when there is none).
    QString preferredNewline() const;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Citewise

// Made of Qt's implicitly shared types and plain values, so a list of them grows by reallocating its
// block and inserts by moving memory, not element by element: a reference list of 120,000 entries
// grew past its reserve by moving each entry into fresh memory.
Q_DECLARE_TYPEINFO(Citewise::Dateline, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Citewise::Reference, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Citewise::Comment, Q_RELOCATABLE_TYPE);
