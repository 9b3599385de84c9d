// Typesets an Article into a QTextDocument for reading: title, dateline, paragraphs, markers as
// superscript links, references and comments. File text is only ever inserted as plain text.
#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QTextCharFormat>
#include <QTextFormat>
#include <QTextOption>

#include <algorithm>
#include <functional>
#include <optional>

class QTextBlock;
class QTextBlockFormat;
class QTextCursor;
class QTextDocument;
class QTextList;

namespace Citewise {

struct InlineMarkup;

class ArticleRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Citewise::ArticleRenderer)

public:
    // Set around a marker in text that mixes directions (see insertMarker()), kept out of copies.
    static constexpr char16_t kLeftToRightIsolate = 0x2066;
    static constexpr char16_t kPopDirectionalIsolate = 0x2069;
    // Char format properties carried by every marker number link. (Which citation a link belongs to is
    // not among them: edits before it change that, and only MarkerPlace keeps it up to date.)
    enum Property {
        NumberIndexProperty = QTextFormat::UserProperty + 1, // index into Citation::numbers
        ReferenceNumberProperty, // the number written
        DanglingProperty, // true when no reference has it
    };
    // Block format property of a group heading set in the reference list ("### Websites").
    static constexpr int GroupHeadingProperty = QTextFormat::UserProperty + 101;

    // Where one written number of a marker ended up in the document.
    struct MarkerNumber
    {
        qsizetype position = 0;
        qsizetype length = 0;
        qint64 number = 0;
        bool dangling = false;
    };
    // One rendered Citation: its whole extent and its numbers.
    struct MarkerPlace
    {
        qsizetype start = -1; // -1: the citation is not part of the rendered text
        qsizetype end = -1;
        QList<MarkerNumber> numbers;

        // Calls f(from, to, low, high) for each part of `citation` (the one rendered here) that cites
        // numbers: a written number (low == high), or a range taken whole from its first digit to its
        // last, "[2-4]" or one of a list ("[1, 3-5]"), which cites 3 without writing it. A range that
        // cites nothing (backwards, too long) has no part.
        template<typename F> void forEachPart(const Citation &citation, F &&f) const
        {
            if (citation.form == Citation::Form::Range) {
                if (numbers.size() == 2 && !citation.citesNothing())
                    f(numbers.first().position, numbers.last().position + numbers.last().length,
                        numbers.first().number, numbers.last().number);
                return;
            }
            for (qsizetype k = 0; k < numbers.size(); ++k) {
                const MarkerNumber &n = numbers.at(k);
                if (citation.endsRange(k + 1) && k + 1 < numbers.size()) {
                    const MarkerNumber &last = numbers.at(++k);
                    f(n.position, last.position + last.length, n.number, last.number);
                } else {
                    f(n.position, n.position + n.length, n.number, n.number);
                }
            }
        }
    };

    // Where one paragraph of the article starts in the document.
    struct ParagraphPlace
    {
        int firstBlock = -1; // block number; -1 for code fences, which have no block of their own
        // Starts a block that neither depends on nor shapes its neighbours (with the lines wrapped by
        // hand that flow on in it, see continuation).
        bool standalone = false;
        bool continuation = false; // flows on in the block of the paragraph above (a line wrapped by hand)
        bool code = false; // a line of a code block
        bool dateline = false; // its first block is the dateline's, its text the next one
        bool table = false; // a row of a table (its delimiter row too), whose columns its rows share
        bool tableStart = false; // and the table's first row
        // How the table's rows set their cells apart, which their text depends on beside the cells: at
        // tab stops (else one after the other between bars), after a leading tab (TableLayout).
        bool tableColumns = false;
        bool tableLeadingTab = false;
        int level = 0; // of a list item, how deep it is nested (nestingLevel())
    };
    // How the rows of one table are typeset: in columns at tab stops when they fit the measure, else
    // each row as its cells one after the other.
    struct TableLayout
    {
        int start = -1; // its first paragraph (-1: none worked out)
        int end = -1;
        bool columns = false;
        bool leadingTab = false; // the first column is not aligned left: rows start with a tab
        QList<QTextOption::Tab> tabs;
    };
    // What replaced paragraphs are part of (see replaceParagraphs()).
    struct Surroundings
    {
        // Items of this list first (the paragraphs around them staying as they are), then perhaps
        // paragraphs that stand alone, after the list's end.
        QTextList *list = nullptr;
        bool listEnds = false; // and the last of them, an item, ends the list
        bool code = false; // lines of a code block, perhaps the fence that closes it last
        bool codeStarts = false; // and the first of them opens the block (the fence is right above)
        // Rows of this table, laid out as it is now (else its layout is worked out again).
        const TableLayout *table = nullptr;
    };

    ArticleRenderer(const QFont &bodyFont, const QPalette &palette);

    // Replaces the document's content with the typeset article.
    void render(const Article &article, QTextDocument *document);
    // Indexed like Article::citations.
    const QList<MarkerPlace> &markers() const { return *m_markersOut; }

    // Progressive rendering, so the first screen shows before a long article is typeset: start()
    // clears the document, each renderMore() appends the next stretch in one edit block. `article`,
    // `markers` and `paragraphs` (indexed like Article::citations and Article::paragraphs) must
    // outlive the rendering; the article may be replaced by an equal-looking one through
    // articleReplaced().
    void start(const Article &article, QTextDocument *document, QList<MarkerPlace> *markers,
        QList<ParagraphPlace> *paragraphs);
    // Appends paragraphs until about `textBudget` characters or `nanoseconds` went by (-1: no limit).
    // Returns true once everything, references and comments included, is in the document.
    bool renderMore(qsizetype textBudget, qint64 nanoseconds = -1);
    bool isFinished() const { return m_finished; }
    int renderedParagraphs() const { return m_nextParagraph; } // paragraphs [0, n) are in the document
    int renderedCitations() const { return m_nextCitation; } // and citations [0, n), until finished
    // The rendered paragraphs before the frontier gained `paragraphDelta` paragraphs and
    // `citationDelta` citations; the rest is still to come from the (new) article.
    void articleReplaced(int paragraphDelta, int citationDelta);

    // Whether paragraph `index` starts a block that is independent of its neighbours (no list item,
    // code fence, dateline or section, and it does not continue the line above), so that the block,
    // with the lines wrapped by hand that continue it, can be re-typeset in place.
    static bool isStandalone(const Article &article, int index);
    // Whether paragraph `index` is typeset as the dateline's block and then its own text: a block
    // pair that nothing flows on in, independent of its neighbours as standalone blocks are.
    static bool startsWithDateline(const Article &article, int index);
    // Whether body paragraph `index` is the line above it (body text or a list item) wrapped by hand
    // (mail, advisories, Markdown sources): the line above has no blank line after it, is no longer
    // than such lines are and stops short of the end of a sentence. The two read, and are typeset, as
    // one paragraph.
    // Whether paragraph `index`'s line ends with two spaces, a Markdown hard break.
    static bool endsWithHardBreak(const Article &article, int index);
    static bool continuesPrevious(const Article &article, int index);
    // Blank lines between paragraph `index` and the one above it, or the reference list above it; -1 for
    // the first paragraph.
    static int blankLinesBefore(const Article &article, int index);
    // Whether body paragraph `index` is a list item, numbered ("1. ", "1) ") or not ("- ", "* ", ...).
    static bool isListItem(const Article &article, int index, bool numbered);
    // Whether body paragraph `index`, under a list item or a line that continues one, flows on in the
    // item: a line wrapped by hand, or an indented line right under it.
    static bool continuesListItem(const Article &article, int index);
    // Whether paragraph `index` is an indented line right under a list item, or under a line that
    // flows on in one: it flows on in the item too.
    static bool flowsOnInListItem(const Article &article, int index);
    // How deep list item `index` is nested: 0 at the margin, one more for each item it stands under,
    // up to kMaxNestingLevel. Items look back at most kNestingLookBack paragraphs for those.
    static int nestingLevel(const Article &article, int index);
    static constexpr int kMaxNestingLevel = 3;
    static constexpr int kNestingLookBack = 32;
    // Columns of white space paragraph `index` is written in by (a tab counts four).
    static int indentColumns(const Article &article, int index);
    // Whether paragraph `index` is a line inside a code block (between its fences).
    static bool isCodeLine(const Article &article, int index);
    // Paragraph `index` is a code fence ("```" or "~~~").
    static bool isFence(const Article &article, int index);
    // How deep in quotations the fence that opens the code block holding line `line` stands ("> ```":
    // 1, "> > ```": 2); 0 for a fence outside any.
    static int quotationOfCode(const Article &article, int line);
    // The length of the first `levels` quotation marks of `text` ("> ", ">"), white space before each
    // included.
    static qsizetype quotationMarksLength(QStringView text, int levels);
    // Paragraph `index` is a thematic break ("---", "***", "___"), shown as a rule.
    static bool isThematicBreak(const Article &article, int index);
    // Markdown pipe tables: a row of cells ("| a | b |") right above a delimiter row ("|---|:--:|") with
    // as many cells, then the rows right under it that hold a '|' (at most kMaxTableRows rows in all).
    // The first paragraph of the table paragraph `index` is a row of, or -1.
    static int tableStart(const Article &article, int index);
    // One past the last paragraph of the table that starts at paragraph `start`.
    static int tableEnd(const Article &article, int start);
    static constexpr int kMaxTableRows = 1000;
    static constexpr int kMaxListItems = 256; // items of one QTextList (see renderParagraph())
    // What an edit of rows of the table that starts at paragraph `start` of `article` leaves of its
    // layout, the table typeset before with `header` the format of its first row's block and `row` the
    // place of its rows: the same layout (rows of it can be typeset again without the others); other
    // columns but the same text in every row (the other rows then take the new columns with
    // setTableRowFormats()); or more than that. In the first two cases `*layout` is set to the
    // table's layout now.
    enum class TableEdit { SameLayout, OtherColumns, OtherText };
    TableEdit tableEdit(const Article &article, int start, const QTextBlockFormat &header,
        const ParagraphPlace &row, TableLayout *layout) const;
    // Gives rows of the table laid out as `layout` the formats of that layout: `rowBlocks` lists the
    // block of each of its rows from the first (its delimiter row's is left alone), -1 for rows left as
    // they are.
    void setTableRowFormats(
        const TableLayout &layout, QTextDocument *document, const QList<int> &rowBlocks) const;
    // Sets the title's block to the title of `article`, which is typeset in `document` with a title
    // already (not an empty one). Returns how many characters the block grew by, through `delta`;
    // false when there was or is no title, which adds or takes a block: that is no change in place.
    // The places of the title's markers go to `markers` (as many as titleMarkerCount()).
    bool replaceTitle(
        const Article &article, QTextDocument *document, qsizetype *delta, QList<MarkerPlace> *markers);
    // How many of the article's markers stand in its title (they come first).
    static int titleMarkerCount(const Article &article);
    // Re-typesets paragraphs [first, first + count) of `article` in place of the `oldBlocks` blocks
    // starting at block `firstBlock` (count and oldBlocks > 0): standalone paragraphs, items of one
    // list (perhaps followed by standalone paragraphs where the list ends), or lines of one code block
    // with the blank lines above them and perhaps its closing fence (see `around`); with the paragraphs
    // that continue them. Their markers go to `markers` (indexed
    // from citation `markerBase`), their places to `paragraphs` (from `first`). Returns how many blocks
    // they now take.
    int replaceParagraphs(const Article &article, QTextDocument *document, int first, int count,
        int firstBlock, int oldBlocks, QList<MarkerPlace> *markers, int markerBase,
        QList<ParagraphPlace> *paragraphs, const Surroundings &around);

    // Re-typesets the entries of the rendered references section from the current article, whose
    // entries may have changed in their addresses and labels only. Returns how many characters longer
    // the document got, or nothing when the section on the page has other numbers or entries.
    std::optional<qsizetype> replaceReferenceEntries();
    // Typesets the comments again, in the blocks they take (typing in one: the count may change, a
    // comment may come or go). They end the document, so nothing after them moves. False when they
    // are not typeset as the article's last part; true at once when they are not typeset yet.
    bool replaceComments();
    bool referencesRendered() const { return m_referencesDone; }
    // The block of entry `index` of the reference list (one block each), or -1 while it is not typeset.
    int referenceEntryBlock(qsizetype index) const
    {
        const qsizetype typeset
            = m_referencesDone ? m_referenceEntryCount : (m_referencesStarted ? m_nextReferenceEntry : 0);
        if (m_referenceEntryBlock < 0 || index < 0 || index >= typeset)
            return -1;
        // Past the group headings set between the entries before it.
        const auto headings = std::upper_bound(m_headedEntries.cbegin(), m_headedEntries.cend(), index);
        return m_referenceEntryBlock + int(index + (headings - m_headedEntries.cbegin()));
    }
    // Whether the reference list is being typeset: some of its entries are in the document, not all.
    bool referencesUnderway() const { return m_referencesStarted && !m_referencesDone; }
    // Whether the markers typeset so far dangle or not by the reference numbers of `article`.
    bool hasReferenceNumbersOf(const Article &article) const;

    static QString referenceHref(qint64 number); // "citewise-ref:3"
    static qint64 referenceFromHref(const QString &href); // 0 when it is not one of ours
    static QString linkHref(QStringView address); // "citewise-link:" and the address, encoded
    static QString addressFromHref(const QString &href); // empty when it is not a link's
    static QColor mix(const QColor &a, const QColor &b, qreal amountOfB); // a blend of two palette colours
    // The reading font derived from the widget font: a text face at a comfortable size, times `zoom`.
    static QFont readingFont(const QFont &widgetFont, qreal zoom = 1.0);
    // Width of a comfortable line of ~70 characters in `font`.
    static qreal measureWidth(const QFont &font);

private:
    // Whether paragraph `index` is indented with no blank line above it: under a list item, the
    // item going on.
    static bool indentedRightUnder(const Article &article, int index);
    // A paragraph of the body that could stand on its own: no code fence, dateline, list item (unless
    // `orListItem`), and not in the references or comments section.
    static bool isBodyParagraph(const Article &article, const Paragraph &paragraph, bool orListItem = false);
    // "## Heading": its level (1 to 6) and where its text starts, or 0.
    static int headingLevel(QStringView text, qsizetype *contentStart);
    // How many characters at the end of a heading's content close it ("## Heading ##"): 0 for none.
    static qsizetype closingHashes(QStringView content);
    // "- item", "* item", "1. item", "2) item": whether the line starts a list item, which kind, and
    // where its text starts.
    static bool listItem(QStringView text, bool *numbered, qsizetype *contentStart);
    static bool isBreakLine(QStringView text); // "---", "* * *"...
    void renderBreak(QTextCursor &cursor, ParagraphPlace &place);

    enum class BlockKind { Body, Heading, Bullet, Numbered, Quote, Code, Table };

    // A paragraph that may be a table row: body text holding a '|' (no heading, quote, code or item).
    static bool isTableLine(const Article &article, int index);
    static bool startsTable(const Article &article, int index);
    TableLayout layOutTable(const Article &article, int start) const;
    QTextBlockFormat tableRowFormat(const TableLayout &table, int index) const; // not the delimiter row's
    // Typesets paragraph `index` as a table row, when it is one.
    bool renderTableRow(QTextCursor &cursor, const Article &article, int index, ParagraphPlace &place);

    void reset(const Article &article, QList<MarkerPlace> *markers, QList<ParagraphPlace> *paragraphs);
    // What renderMore() may still do: characters of text and time.
    struct Budget
    {
        qsizetype text = -1; // -1: no limit
        qint64 nanoseconds = -1;
        qsizetype spentText = 0;
        QElapsedTimer timer;
        bool spent() const
        {
            return (text >= 0 && spentText >= text)
                || (nanoseconds >= 0 && timer.nsecsElapsed() >= nanoseconds);
        }
    };
    // Typesets the sections that come before line `line` in the file; false when the budget ran out
    // in the reference list, which goes on at the next call.
    bool sectionsBefore(QTextCursor &cursor, int line, Budget &budget);
    void renderTitle(QTextCursor &cursor, const Article &article);
    void renderDateline(QTextCursor &cursor, const Article &article);
    void renderParagraph(
        QTextCursor &cursor, const Article &article, int paragraphIndex, const Paragraph &paragraph);
    // The formats of the reference list's entries: a hanging indent as wide as the longest number needs.
    struct ReferenceLooks
    {
        QTextCharFormat text;
        QTextCharFormat number;
        QTextCharFormat url;
        QTextCharFormat noAddress;
        QTextCharFormat note; // what follows the address
        QTextBlockFormat block;
    };
    ReferenceLooks referenceLooks(const Article &article) const;
    // The heading, then entries as the budget allows; true once the last entry is in.
    bool renderReferences(QTextCursor &cursor, const Article &article, Budget &budget);
    // A reference's address as the list shows it: whole, but for one too long to lay out in good time.
    static QString shownAddress(const QString &address);
    void renderReferenceEntry(
        QTextCursor &cursor, const Article &article, const Reference &reference, const ReferenceLooks &looks);
    // The list's looks and where its entries start; "No references." when it has none.
    void startReferenceEntries(QTextCursor &cursor, const Article &article);
    void renderReferenceEntries(QTextCursor &cursor, const Article &article); // all at once
    // The list's group headings above entry `reference`, not set yet.
    void renderGroupHeadings(QTextCursor &cursor, const Article &article, const Reference &reference);
    // A line of a list after the reference list (Article::otherReferenceLists), set as the list's: false
    // for a line of no such list.
    bool renderOtherListLine(QTextCursor &cursor, const Article &article, const Paragraph &paragraph);
    void renderComments(QTextCursor &cursor, const Article &article);
    void renderCommentBlocks(QTextCursor &cursor, const Article &article);
    // Empties blocks [from, to] of the document into one and has `render` typeset into it, in one edit.
    void retypeset(
        const QTextBlock &from, const QTextBlock &to, const std::function<void(QTextCursor &)> &render);
    void renderSectionHeading(QTextCursor &cursor, QString heading);
    void renderRule(QTextCursor &cursor);
    // A block that is a thin rule across the text (a section's, a thematic break, a table's delimiter row).
    void newRuleBlock(QTextCursor &cursor, qreal topMargin, qreal bottomMargin);
    void newBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    void closeList(QTextCursor &cursor) const;
    void leaveList(QTextCursor &cursor);
    void closeCode(QTextCursor &cursor) const;
    // Text of [from, to) with its markers turned into links, and its "<br>" into line breaks when
    // `lineBreaks` (not in table rows, whose cells stand at tab stops on one line).
    void insertInline(QTextCursor &cursor, const Article &article, qsizetype from, qsizetype to,
        const QTextCharFormat &format, bool lineBreaks = true);
    // `text` as insertText() typesets it, in the looks `markup` gives it (`text` starts at `offset` of
    // the stretch `markup` was found in, which starts at `base` in the article), without the markup
    // that is not shown.
    void insertMarkedUp(QTextCursor &cursor, const Article &article, QStringView text, qsizetype offset,
        qsizetype base, const QTextCharFormat &format, const InlineMarkup &markup);
    void insertMarker(QTextCursor &cursor, const Article &article, int citationIndex);
    // Whether `text` holds a character of a right-to-left script.
    static bool holdsRightToLeft(QStringView text);
    // Whether the first letter of `text` with a direction of its own is written right to left.
    static bool firstStrongIsRightToLeft(QStringView text);
    // The format of a marker's number: a link to its reference, made once per number and place.
    QTextCharFormat linkFormat(qint64 number, int index, bool dangling);
    void insertText(QTextCursor &cursor, QStringView text, const QTextCharFormat &format); // with `code`
    void insertPlain(QTextCursor &cursor, QStringView text, const QTextCharFormat &format);
    void insertTitleText(QTextCursor &cursor, const Article &article);

    QFont m_font;
    QPalette m_palette;
    qreal m_em = 16;
    QList<QTextOption::Tab> m_codeTabs; // every eight characters of the code font, made on first use
    TableLayout m_table; // the table typeset last, for its next rows
    int m_lastParagraph = -2; // the paragraph typeset last (-2: none yet in this run)
    // Widths of table cells measured before, by text (regular and bold): a table is measured again
    // whenever one of its rows changes, and shaping every cell would cost more than the row's typesetting.
    mutable QHash<QString, qreal> m_cellWidths[2];
    QColor m_mutedColor;
    QColor m_danglingColor;

    QTextCharFormat m_bodyChar;
    QTextCharFormat m_titleChar;
    QTextCharFormat m_headingChar;
    QTextCharFormat m_mutedChar;
    QTextCharFormat m_codeChar;
    QTextCharFormat m_smallChar;
    QTextCharFormat m_markerChar;
    QTextCharFormat m_linkChar;
    QTextCharFormat m_danglingChar;
    // linkFormat()'s, by number, place in the marker and whether dangling. The same format object
    // again is also found at once in the document's formats, whose hash it keeps.
    QHash<quint64, QTextCharFormat> m_linkFormats;

    QList<MarkerPlace> m_markers; // render()'s own
    QList<ParagraphPlace> m_paragraphs;
    QList<MarkerPlace> *m_markersOut = &m_markers;
    int m_markerBase = 0; // citation index of (*m_markersOut)[0]
    QList<ParagraphPlace> *m_paragraphsOut = &m_paragraphs;
    int m_paragraphBase = 0;
    const Article *m_article = nullptr;
    QTextDocument *m_document = nullptr;
    int m_nextParagraph = 0;
    int m_referencesLine = -1;
    int m_commentsLine = -1;
    bool m_hasTitle = false; // the document starts with the title's block
    bool m_referencesDone = true;
    bool m_referencesStarted = false; // the heading is in, and entries before m_nextReferenceEntry
    qsizetype m_nextReferenceEntry = 0;
    ReferenceLooks m_referenceLooks; // while the list is typeset a part at a time
    int m_referenceEntryBlock = -1; // block of the first rendered reference entry
    // Group headings in the list ("### Websites" under "## References"), set above the entries they
    // group: the next of the article's stray lines to look at, and for each heading set after the first
    // entry the index of the entry under it.
    qsizetype m_nextStrayLine = 0;
    QList<qsizetype> m_headedEntries;
    qsizetype m_referenceEntryCount = 0;
    // The first block after the comments' heading, once they are typeset, counted back from the page's
    // last block: the comments end the page, so edits above them move them without changing this.
    int m_commentBlocksToEnd = -1;
    bool m_commentsDone = true;
    bool m_finished = true;
    QSet<qint64> m_referenceNumbers;
    int m_nextCitation = 0; // citations are in reading order: the first one not yet placed
    bool m_firstBlock = true;
    bool m_inCode = false;
    bool m_isolateMarkers = false; // the stretch being set mixes directions: markers are isolated
    BlockKind m_previousKind = BlockKind::Body;
    QTextList *m_list = nullptr;
};

} // namespace Citewise
