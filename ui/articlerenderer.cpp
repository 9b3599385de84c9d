#include "articlerenderer.h"
#include "inlinemarkup.h"

#include "readinglayout.h"

#include "urlsafety.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QUrl>

#include <algorithm>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace Citewise {

static const auto kHrefPrefix = "citewise-ref:"_L1;
static const auto kLinkPrefix = "citewise-link:"_L1; // a link written in the text, its address encoded
// A marker's size against the text's, and how far it is raised (percent of its own height). Big
// enough that the numbers stay easy to hit.
constexpr qreal kMarkerScale = 0.74;
constexpr qreal kMarkerRaise = 40;

namespace {

// The first of `preferred` installed here, alone; all of them when none is (a name such as
// "monospace" is then left to the system). Qt looks a font asked for by several families up in each
// of them in turn, searching the fonts and fontconfig's substitutes for each one missing, and asks
// fontconfig at once for the fallbacks of the one found, a sort of every font installed, for each
// size and weight; for a font of one family it does neither, and asks for fallbacks only when a
// character is missing from it. Either way the text is set in the same face.
QStringList firstInstalled(const QStringList &preferred)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferred) {
        const bool found = std::any_of(installed.cbegin(), installed.cend(), [&family](const QString &name) {
            // A family that several foundries offer is listed once for each, as "Family [Foundry]".
            return name.startsWith(family, Qt::CaseInsensitive)
                && (name.size() == family.size()
                    || QStringView(name).sliced(family.size()).startsWith(u" ["));
        });
        if (found)
            return {family};
    }
    return preferred;
}

// Text faces first; the style hint picks the system serif when none of them is installed.
const QStringList &readingFamilies()
{
    static const QStringList families = firstInstalled({u"Source Serif 4"_s, u"Source Serif Pro"_s,
        u"Charter"_s, u"Georgia"_s, u"Noto Serif"_s, u"DejaVu Serif"_s, u"Liberation Serif"_s});
    return families;
}

const QStringList &codeFamilies()
{
    static const QStringList families
        = firstInstalled({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"monospace"_s});
    return families;
}

} // namespace

QColor ArticleRenderer::mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB),
        float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
        float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

QString ArticleRenderer::linkHref(QStringView address)
{
    return kLinkPrefix + QString::fromLatin1(QUrl::toPercentEncoding(address.toString()));
}

QString ArticleRenderer::addressFromHref(const QString &href)
{
    if (!href.startsWith(kLinkPrefix))
        return QString();
    return QUrl::fromPercentEncoding(QStringView(href).mid(kLinkPrefix.size()).toLatin1());
}

QString ArticleRenderer::referenceHref(qint64 number)
{
    return kHrefPrefix + QString::number(number);
}

qint64 ArticleRenderer::referenceFromHref(const QString &href)
{
    if (!href.startsWith(kHrefPrefix))
        return 0;
    bool ok = false;
    const qint64 number = QStringView(href).mid(kHrefPrefix.size()).toLongLong(&ok);
    return ok ? number : 0;
}

QFont ArticleRenderer::readingFont(const QFont &widgetFont, qreal zoom)
{
    QFont font = widgetFont;
    font.setFamilies(readingFamilies());
    font.setStyleHint(QFont::Serif);
    if (widgetFont.pointSizeF() > 0)
        font.setPointSizeF(qMax(11.0, widgetFont.pointSizeF() * 1.2) * zoom);
    else
        font.setPixelSize(qMax(1, qRound(qMax(15, int(widgetFont.pixelSize() * 1.2)) * zoom)));
    return font;
}

qreal ArticleRenderer::measureWidth(const QFont &font)
{
    // Average over ordinary prose (spaces included) rather than a single glyph width.
    static const QString sample = u"The visit to China is significant as it follows a period of strained"_s;
    return QFontMetricsF(font).horizontalAdvance(sample) / sample.size() * 74;
}

ArticleRenderer::ArticleRenderer(const QFont &bodyFont, const QPalette &palette)
    : m_font(bodyFont), m_palette(palette)
{
    const QFontMetricsF metrics(m_font);
    m_em = metrics.height();
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    m_mutedColor = mix(text, base, 0.42);
    // Red that stays readable on light and dark backgrounds alike.
    m_danglingColor = base.lightnessF() > 0.5 ? QColor(0xc0, 0x1c, 0x28) : QColor(0xff, 0x7b, 0x72);

    m_bodyChar.setForeground(text);
    m_bodyChar.setFontWeight(QFont::Normal);

    m_titleChar = m_bodyChar;
    m_titleChar.setFontWeight(QFont::Bold);
    m_titleChar.setFontPointSize(m_font.pointSizeF() * 1.85);
    if (m_font.pointSizeF() <= 0)
        m_titleChar.setProperty(QTextFormat::FontPixelSize, int(m_font.pixelSize() * 1.85));

    m_headingChar = m_bodyChar;
    m_headingChar.setFontWeight(QFont::Bold);

    m_mutedChar = m_bodyChar;
    m_mutedChar.setForeground(m_mutedColor);

    m_codeChar = m_bodyChar;
    m_codeChar.setFontFamilies(codeFamilies());
    m_codeChar.setFontStyleHint(QFont::Monospace);
    m_codeChar.setFontFixedPitch(true);

    // The small size of markers and the dateline: both share its two faces (regular and demibold).
    m_smallChar = m_mutedChar;
    if (m_font.pointSizeF() > 0)
        m_smallChar.setFontPointSize(m_font.pointSizeF() * kMarkerScale);
    else
        m_smallChar.setProperty(
            QTextFormat::FontPixelSize, qMax(1, qRound(m_font.pixelSize() * kMarkerScale)));

    // Markers are raised by hand rather than with AlignSuperScript, which also loads the font at its
    // full size for the line's height: one more face for each look of a marker, and lines holding a
    // marker taller than the others.
    m_markerChar = m_smallChar;
    m_markerChar.setBaselineOffset(kMarkerRaise);

    m_linkChar = m_markerChar;
    m_linkChar.setAnchor(true);
    m_linkChar.setForeground(palette.color(QPalette::Link));
    m_linkChar.setFontWeight(QFont::DemiBold);

    m_danglingChar = m_linkChar;
    m_danglingChar.setForeground(m_danglingColor);
    m_danglingChar.setUnderlineStyle(QTextCharFormat::DotLine);
    m_danglingChar.setUnderlineColor(m_danglingColor);
}

void ArticleRenderer::reset(
    const Article &article, QList<MarkerPlace> *markers, QList<ParagraphPlace> *paragraphs)
{
    m_article = &article;
    m_markersOut = markers;
    m_markerBase = 0;
    m_paragraphsOut = paragraphs;
    m_paragraphBase = 0;
    m_referenceNumbers.clear();
    for (const Reference &reference : article.references) {
        if (reference.hasValidNumber())
            m_referenceNumbers.insert(reference.number);
    }
    m_nextCitation = 0;
    m_firstBlock = true;
    m_inCode = false;
    m_previousKind = BlockKind::Body;
    m_list = nullptr;
    m_table = TableLayout();
    m_lastParagraph = -2;
    m_referenceEntryBlock = -1;
    m_commentBlocksToEnd = -1;
    m_referenceEntryCount = 0;
}

void ArticleRenderer::render(const Article &article, QTextDocument *document)
{
    start(article, document, &m_markers, &m_paragraphs);
    renderMore(-1);
}

void ArticleRenderer::start(const Article &article, QTextDocument *document, QList<MarkerPlace> *markers,
    QList<ParagraphPlace> *paragraphs)
{
    reset(article, markers, paragraphs);
    *markers = QList<MarkerPlace>(article.citations.size());
    *paragraphs = QList<ParagraphPlace>(article.paragraphs.size());
    m_document = document;
    m_nextParagraph = 0;
    articleReplaced(0, 0);
    m_referencesDone = m_referencesLine < 0;
    m_referencesStarted = false;
    m_nextReferenceEntry = 0;
    m_commentsDone = m_commentsLine < 0;
    m_finished = false;

    document->setUndoRedoEnabled(false);
    document->clear();
    document->setDefaultFont(m_font);
    QTextOption option = document->defaultTextOption();
    // Long URLs have no break opportunities; let them wrap rather than widen the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    renderTitle(cursor, article);
    cursor.endEditBlock();
    m_hasTitle = document->characterCount() > 1;
}

bool ArticleRenderer::replaceTitle(
    const Article &article, QTextDocument *document, qsizetype *delta, QList<MarkerPlace> *markers)
{
    if (!m_hasTitle || article.title.trimmed().isEmpty())
        return false;
    const QTextBlock block = document->firstBlock();
    const int before = block.length();
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    const auto saved = std::make_pair(m_markersOut, m_markerBase);
    m_markersOut = markers;
    m_markerBase = 0;
    insertTitleText(cursor, article);
    std::tie(m_markersOut, m_markerBase) = saved;
    cursor.endEditBlock();
    *delta = document->firstBlock().length() - before;
    return true;
}

void ArticleRenderer::articleReplaced(int paragraphDelta, int citationDelta)
{
    m_nextParagraph += paragraphDelta;
    m_nextCitation += citationDelta;
    m_table = TableLayout(); // its rows may have changed
    m_lastParagraph = -2;
    // Lines move when paragraphs come or go; the sections still to come are placed by them.
    m_referencesLine = m_article->referencesSection.present ? m_article->referencesSection.headerLine : -1;
    m_commentsLine = m_article->commentsSection.present ? m_article->commentsSection.headerLine : -1;
}

bool ArticleRenderer::renderMore(qsizetype textBudget, qint64 nanoseconds)
{
    if (m_finished)
        return true;
    Budget budget;
    budget.text = textBudget;
    budget.nanoseconds = nanoseconds;
    budget.timer.start();
    const Article &article = *m_article;
    QTextCursor cursor(m_document);
    // Placed inside the edit block: moving a cursor outside one lays out the block it leaves, and
    // the layout then typesets every block this edit adds right after the first one as changed
    // blocks on screen, fonts and all, where it would otherwise lay out only what is shown.
    cursor.beginEditBlock();
    cursor.setPosition(m_document->characterCount() - 1);
    bool sectionsDone = true;
    while (m_nextParagraph < article.paragraphs.size()) {
        const Paragraph &paragraph = article.paragraphs.at(m_nextParagraph);
        // Sections follow the file's order: usually the body, then references, then comments.
        sectionsDone = sectionsBefore(cursor, paragraph.line, budget);
        if (!sectionsDone)
            break;
        renderParagraph(cursor, article, m_nextParagraph, paragraph);
        ++m_nextParagraph;
        budget.spentText += paragraph.span.length;
        if (budget.spent())
            break;
    }
    if (sectionsDone && m_nextParagraph >= article.paragraphs.size())
        m_finished = sectionsBefore(cursor, std::numeric_limits<int>::max(), budget);
    cursor.endEditBlock();
    return m_finished;
}

bool ArticleRenderer::sectionsBefore(QTextCursor &cursor, int line, Budget &budget)
{
    for (int pass = 0; pass < 2; ++pass) {
        const bool referencesFirst
            = m_commentsDone || (!m_referencesDone && m_referencesLine < m_commentsLine);
        if (referencesFirst && !m_referencesDone && m_referencesLine < line) {
            if (!renderReferences(cursor, *m_article, budget))
                return false;
            m_referencesDone = true;
        } else if (!m_commentsDone && m_commentsLine < line) {
            renderComments(cursor, *m_article);
            m_commentsDone = true;
        }
    }
    return true;
}

int ArticleRenderer::replaceParagraphs(const Article &article, QTextDocument *document, int first, int count,
    int firstBlock, int oldBlocks, QList<MarkerPlace> *markers, int markerBase,
    QList<ParagraphPlace> *paragraphs, const Surroundings &around)
{
    // A progressive rendering may be under way: its place is kept.
    const auto saved = std::make_tuple(m_article, m_markersOut, m_markerBase, m_paragraphsOut,
        m_paragraphBase, m_nextCitation, m_firstBlock, m_inCode, m_previousKind, m_list);
    m_article = &article;
    m_markersOut = markers;
    m_markerBase = markerBase;
    m_paragraphsOut = paragraphs;
    m_paragraphBase = first;
    m_nextCitation = markerBase;
    // Standalone paragraphs are outside code and lists; items go on in their list, code lines in their
    // code block. The first block takes its format anew.
    m_firstBlock = true;
    m_inCode = around.code;
    m_previousKind = around.code && !around.codeStarts ? BlockKind::Code : BlockKind::Body;
    if (around.list)
        m_previousKind = around.list->format().style() == QTextListFormat::ListDecimal ? BlockKind::Numbered
                                                                                       : BlockKind::Bullet;
    m_list = around.list;
    const TableLayout savedTable = std::exchange(m_table, around.table ? *around.table : TableLayout());
    const int savedLastParagraph = std::exchange(m_lastParagraph, -2);

    const QTextBlock from = document->findBlockByNumber(firstBlock);
    const QTextBlock to = document->findBlockByNumber(firstBlock + oldBlocks - 1);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    // The blocks merge into one with the last one's format. Items that go on in their list keep it
    // when paragraphs after the list were replaced with them (else a list of those items alone would
    // be gone with its last block).
    if (around.list && to.textList() != around.list)
        QTextCursor(to).setBlockFormat(from.blockFormat());
    cursor.setPosition(from.position());
    cursor.setPosition(to.position() + to.length() - 1, QTextCursor::KeepAnchor);
    // A block keeps its lines until it is laid out again, and each piece of text taken out of it or put
    // into it walks them all: dropped first, a long paragraph costs its length once, not once per marker.
    for (QTextBlock b = from; b.isValid(); b = b.next()) {
        b.layout()->clearLayout();
        if (b == to)
            break;
    }
    cursor.removeSelectedText();
    for (int i = first; i < first + count; ++i)
        renderParagraph(cursor, article, i, article.paragraphs.at(i));
    const int blocks = cursor.blockNumber() - firstBlock + 1;
    if (around.listEnds)
        closeList(cursor);
    cursor.endEditBlock();
    // A references section after them moved by the difference.
    if (m_referenceEntryBlock >= firstBlock + oldBlocks)
        m_referenceEntryBlock += blocks - oldBlocks;

    std::tie(m_article, m_markersOut, m_markerBase, m_paragraphsOut, m_paragraphBase, m_nextCitation,
        m_firstBlock, m_inCode, m_previousKind, m_list)
        = saved;
    m_table = savedTable;
    m_lastParagraph = savedLastParagraph;
    return blocks;
}

// The code line the cursor is in ends its block: the space below the shaded box.
void ArticleRenderer::closeCode(QTextCursor &cursor) const
{
    QTextBlockFormat closing;
    closing.setBottomMargin(m_em * 0.8);
    cursor.mergeBlockFormat(closing);
}

// The list item the cursor is in ends its list: it gets the paragraph spacing back.
void ArticleRenderer::closeList(QTextCursor &cursor) const
{
    QTextBlockFormat closing;
    closing.setBottomMargin(m_em * 0.75);
    cursor.mergeBlockFormat(closing);
}

// A block that is no list item comes next (a rule, a table row): the item above, if any, ends its list.
void ArticleRenderer::leaveList(QTextCursor &cursor)
{
    if (m_previousKind == BlockKind::Bullet || m_previousKind == BlockKind::Numbered)
        closeList(cursor);
    m_list = nullptr;
}

void ArticleRenderer::newBlock(
    QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (m_firstBlock) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
        cursor.setCharFormat(charFormat);
        m_firstBlock = false;
    } else {
        cursor.insertBlock(format, charFormat);
    }
}

void ArticleRenderer::renderParagraph(
    QTextCursor &cursor, const Article &article, int paragraphIndex, const Paragraph &paragraph)
{
    ParagraphPlace &place = (*m_paragraphsOut)[paragraphIndex - m_paragraphBase];
    place = ParagraphPlace();
    const QStringView text = article.view(paragraph.span);
    qsizetype from = paragraph.span.start;
    qsizetype to = paragraph.span.end();

    if (paragraph.afterReferences && !article.otherReferenceLists.isEmpty()
        && renderOtherListLine(cursor, article, paragraph)) {
        m_lastParagraph = paragraphIndex;
        return;
    }
    // Blank lines inside a code block are code too: they keep their place in its shaded box.
    const int blankLines = qMax(0, blankLinesBefore(article, paragraphIndex));
    if (isFence(article, paragraphIndex)) {
        m_lastParagraph = paragraphIndex;
        m_inCode = !m_inCode;
        if (!m_inCode && m_previousKind == BlockKind::Code) {
            // Those before the closing fence take the format of the code line above them.
            QTextBlockFormat blank = cursor.blockFormat();
            blank.setTopMargin(0);
            const QTextCharFormat blankChars = cursor.blockCharFormat();
            for (int i = 0; i < blankLines; ++i)
                cursor.insertBlock(blank, blankChars);
            closeCode(cursor);
            // The box ends here: a code block opened right below is a box of its own, and its first line
            // gets the space above it (as when it is typeset again in place, see replaceParagraphs()).
            m_previousKind = BlockKind::Body;
        }
        return;
    }
    const bool tableRow
        = !m_inCode && text.contains(u'|') && renderTableRow(cursor, article, paragraphIndex, place);
    m_lastParagraph = paragraphIndex;
    if (tableRow)
        return;
    if (!m_inCode && isThematicBreak(article, paragraphIndex)) {
        renderBreak(cursor, place);
        return;
    }

    BlockKind kind = BlockKind::Body;
    QTextBlockFormat format;
    format.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(m_em * 0.75);
    QTextCharFormat charFormat = m_bodyChar;
    qsizetype contentStart = 0;
    bool numbered = false;

    if (m_inCode) {
        kind = BlockKind::Code;
        place.code = true;
        // Single line height: a block's background covers its lines, not the spacing added between
        // them, and the lines of a code block make one shaded box.
        format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        format.setBottomMargin(0);
        format.setNonBreakableLines(false);
        format.setBackground(mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.06));
        format.setLeftMargin(m_em * 0.5);
        if (m_previousKind != BlockKind::Code)
            format.setTopMargin(m_em * 0.2);
        charFormat = m_codeChar;
        charFormat.setFontPointSize(m_font.pointSizeF() > 0 ? m_font.pointSizeF() * 0.85 : 11);
        // Indentation is part of code: show the line from its start, not from its first character,
        // with tab stops every eight characters as in a terminal. Code in a quotation ("> ```") shows
        // without the quotation's marks, in as far as the quotation stands.
        from = article.lines.at(paragraph.line - 1).span.start;
        if (const int levels = quotationOfCode(article, paragraph.line)) {
            from += quotationMarksLength(article.view({from, to - from}), levels);
            format.setLeftMargin(m_em * (0.5 + 1.2 * levels));
        }
        if (m_codeTabs.isEmpty()) {
            const qreal tab = QFontMetricsF(charFormat.font()).horizontalAdvance(u' ') * 8;
            for (int stop = 1; stop <= 32; ++stop)
                m_codeTabs.append(QTextOption::Tab(tab * stop, QTextOption::LeftTab));
        }
        format.setTabPositions(m_codeTabs);
    } else if (const int level = headingLevel(text, &contentStart)) {
        kind = BlockKind::Heading;
        format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        format.setTopMargin(m_em * 0.6);
        format.setBottomMargin(m_em * 0.35);
        format.setHeadingLevel(qMin(level + 1, 6));
        charFormat = m_headingChar;
        if (m_font.pointSizeF() > 0)
            charFormat.setFontPointSize(m_font.pointSizeF() * (level <= 1 ? 1.45 : level == 2 ? 1.25 : 1.1));
        from += contentStart;
        to -= closingHashes(text.sliced(contentStart));
    } else if (listItem(text, &numbered, &contentStart)) {
        kind = numbered ? BlockKind::Numbered : BlockKind::Bullet;
        format.setBottomMargin(m_em * 0.25);
        // A numbered item shows its number as written: "2)" stays "2)", and a list whose items are
        // 3, 5 and 9 (or that a nested list has split) does not read 1, 2, 3.
        if (numbered)
            format.setProperty(
                ReadingLayout::ListLabelProperty, text.first(contentStart).trimmed().toString());
        // An item written further in than an item above it stands under that one.
        place.level = nestingLevel(article, paragraphIndex);
        if (place.level > 0)
            format.setLeftMargin(m_em * 1.5 * place.level);
        from += contentStart;
    } else if (text.startsWith(u"> ") || text.startsWith(u">>") || text == u">") {
        kind = BlockKind::Quote;
        // A quote in a quote ("> > deeper", ">> deeper") stands further in, a step a level.
        int levels = 0;
        qsizetype start = 0;
        while (start < text.size() && text.at(start) == u'>') {
            ++levels;
            ++start;
            if (start < text.size() && text.at(start) == u' ')
                ++start;
        }
        format.setLeftMargin(m_em * 1.2 * levels);
        charFormat = m_mutedChar;
        charFormat.setFontItalic(true);
        from += start;
    }

    const bool wasList = m_previousKind == BlockKind::Bullet || m_previousKind == BlockKind::Numbered;
    const bool item = kind == BlockKind::Bullet || kind == BlockKind::Numbered;
    // A line wrapped by hand flows on in the paragraph above it, the line break reading as a space as
    // in Markdown: a line under body text or a list item cut short (continuesPrevious()), or an
    // indented line right under a list item. A list goes on after it.
    if (kind == BlockKind::Body && !m_inCode && (wasList || m_previousKind == BlockKind::Body)
        && (continuesPrevious(article, paragraphIndex)
            || (wasList && indentedRightUnder(article, paragraphIndex)))) {
        place.firstBlock = cursor.blockNumber();
        place.continuation = true;
        // A hard break above ("  " at its end) breaks the line; a line wrapped by hand reads as a space.
        const bool hardBreak = paragraphIndex > 0 && endsWithHardBreak(article, paragraphIndex - 1);
        insertPlain(cursor, hardBreak ? QString(QChar::LineSeparator) : u" "_s, charFormat);
        insertInline(cursor, article, from, to, charFormat);
        return;
    }
    // The item above ends its list with the space below a paragraph, unless an item of another list
    // follows: one nested in it, or the list it is nested in going on, read as one list.
    if (wasList && !item)
        closeList(cursor);

    const bool dateline = kind == BlockKind::Body && startsWithDateline(article, paragraphIndex);
    if (dateline) {
        renderDateline(cursor, article);
        place.firstBlock = cursor.blockNumber();
        place.dateline = true;
        from = qMax(from, article.dateline.span.end());
    }

    // Right after a list too: the item above has ended its list already, and a paragraph put in its
    // place that does not flow on in the item leaves it so.
    place.standalone = !dateline && !m_inCode
        && (kind == BlockKind::Body || kind == BlockKind::Heading || kind == BlockKind::Quote)
        && isStandalone(article, paragraphIndex);
    for (int i = 0; kind == BlockKind::Code && i < blankLines; ++i) {
        newBlock(cursor, format, charFormat);
        if (i == 0)
            place.firstBlock = cursor.blockNumber();
        format.setTopMargin(0);
    }
    // A list takes at most kMaxListItems items; the next one starts a list of its own, which reads the
    // same (items are spaced by their blocks, numbers shown as written). Each item a list gains has Qt
    // look at all the others, which would make typesetting a list of thousands of items take minutes.
    // An item typeset again in its block stays where it is.
    const bool keepsItsPlace = m_firstBlock && m_list && cursor.block().textList() == m_list;
    const bool listGoesOn
        = item && m_list && m_previousKind == kind && (keepsItsPlace || m_list->count() < kMaxListItems);
    // An item typeset again in its own block keeps its place in its list: leaving the list and
    // joining it again would have the document take every item of the list as changed.
    if (listGoesOn && keepsItsPlace)
        format.setObjectIndex(m_list->objectIndex());
    newBlock(cursor, format, charFormat);
    if (!dateline && (kind != BlockKind::Code || blankLines == 0))
        place.firstBlock = cursor.blockNumber();
    if (item) {
        if (listGoesOn) {
            if (cursor.block().textList() != m_list)
                m_list->add(cursor.block());
        } else {
            QTextListFormat listFormat;
            listFormat.setStyle(
                kind == BlockKind::Bullet ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal);
            listFormat.setIndent(1);
            m_list = cursor.createList(listFormat);
        }
    } else {
        m_list = nullptr;
    }
    m_previousKind = kind;
    insertInline(cursor, article, from, to, charFormat);
}

} // namespace Citewise
