// ArticleRenderer: Markdown pipe tables. A table's rows are typeset in columns at tab stops when they
// fit the reading measure, each row a block of its own, the delimiter row a thin rule under the header;
// a table too wide for that shows each row as its cells one after the other.
#include "articlerenderer.h"

#include <QFontMetricsF>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

bool isPipeAt(QStringView row, qsizetype i)
{
    return row.at(i) == u'|' && (i == 0 || row.at(i - 1) != u'\\'); // "\|" is a pipe inside a cell
}

// The cells of a row, as spans of `row` without the white space around them: what stands between its
// pipes, the pipes at its ends left out.
QList<TextSpan> tableCells(QStringView row)
{
    qsizetype start = 0;
    qsizetype end = row.size();
    if (start < end && isPipeAt(row, start))
        ++start;
    if (end > start && isPipeAt(row, end - 1))
        --end;
    QList<TextSpan> cells;
    qsizetype cellStart = start;
    for (qsizetype i = start; i <= end; ++i) {
        if (i < end && !isPipeAt(row, i))
            continue;
        qsizetype b = cellStart;
        qsizetype e = i;
        while (b < e && row.at(b).isSpace())
            ++b;
        while (e > b && row.at(e - 1).isSpace())
            --e;
        cells.append({b, e - b});
        cellStart = i + 1;
    }
    return cells;
}

// Whether `row` is a delimiter row ("|---|:---:|--:|"): each cell dashes, perhaps with a colon at either
// end. Sets `alignments` (when given) to how each column's cells are aligned.
bool isDelimiterRow(QStringView row, QList<QTextOption::TabType> *alignments = nullptr)
{
    // Most lines are told from one at their first character.
    const auto isDelimiterCharacter
        = [](QChar c) { return c == u'|' || c == u'-' || c == u':' || c == u' ' || c == u'\t'; };
    if (!std::all_of(row.cbegin(), row.cend(), isDelimiterCharacter))
        return false;
    const QList<TextSpan> cells = tableCells(row);
    if (alignments)
        alignments->clear();
    for (const TextSpan &cell : cells) {
        QStringView text = row.sliced(cell.start, cell.length);
        const bool left = text.startsWith(u':');
        const bool right = text.endsWith(u':');
        if (left)
            text = text.sliced(1);
        if (right && !text.isEmpty())
            text.chop(1);
        if (text.isEmpty() || text.count(u'-') != text.size())
            return false;
        if (alignments) {
            alignments->append(left && right ? QTextOption::CenterTab
                    : right                  ? QTextOption::RightTab
                                             : QTextOption::LeftTab);
        }
    }
    return !cells.isEmpty();
}

} // namespace

bool ArticleRenderer::isTableLine(const Article &article, int index)
{
    const Paragraph &paragraph = article.paragraphs.at(index);
    const QStringView text = article.view(paragraph.span);
    if (!text.contains(u'|'))
        return false;
    qsizetype contentStart = 0;
    if (headingLevel(text, &contentStart) || text.startsWith(u"> ") || text == u">")
        return false;
    return isBodyParagraph(article, paragraph) && !isCodeLine(article, index);
}

bool ArticleRenderer::startsTable(const Article &article, int index)
{
    if (index + 1 >= article.paragraphs.size() || blankLinesBefore(article, index + 1) != 0)
        return false;
    const QStringView header = article.view(article.paragraphs.at(index).span);
    const QStringView delimiter = article.view(article.paragraphs.at(index + 1).span);
    return isDelimiterRow(delimiter) && !isDelimiterRow(header) && isTableLine(article, index)
        && isTableLine(article, index + 1) && tableCells(header).size() == tableCells(delimiter).size();
}

int ArticleRenderer::tableStart(const Article &article, int index)
{
    if (index < 0 || index >= article.paragraphs.size() || !isTableLine(article, index))
        return -1;
    // Up over rows, to the first that heads a table: a row under a table that starts a table of its own
    // (a delimiter row follows it) ends the one above.
    for (int k = index; k > index - kMaxTableRows; --k) {
        if (startsTable(article, k))
            return k;
        if (k == 0 || blankLinesBefore(article, k) != 0 || !isTableLine(article, k - 1))
            return -1;
    }
    return -1;
}

int ArticleRenderer::tableEnd(const Article &article, int start)
{
    const int limit = int(qMin<qsizetype>(article.paragraphs.size(), qsizetype(start) + kMaxTableRows));
    int end = start + 2; // the header and the delimiter row
    while (end < limit && blankLinesBefore(article, end) == 0 && isTableLine(article, end)
        && !startsTable(article, end))
        ++end;
    return end;
}

ArticleRenderer::TableLayout ArticleRenderer::layOutTable(const Article &article, int start) const
{
    TableLayout table;
    table.start = start;
    table.end = tableEnd(article, start);
    QList<QTextOption::TabType> alignments;
    isDelimiterRow(article.view(article.paragraphs.at(start + 1).span), &alignments);

    // Each column as wide as its widest cell, the header's in bold.
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF body(m_font);
    const QFontMetricsF header(bold);
    QList<qreal> widths(alignments.size(), 0);
    for (int i = start; i < table.end; ++i) {
        if (i == start + 1)
            continue;
        const QStringView row = article.view(article.paragraphs.at(i).span);
        const QList<TextSpan> cells = tableCells(row);
        if (cells.size() > widths.size())
            widths.resize(cells.size(), 0);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString text = row.sliced(cells.at(c).start, cells.at(c).length).toString();
            QHash<QString, qreal> &known = m_cellWidths[i == start ? 1 : 0];
            auto width = known.constFind(text);
            if (width == known.cend()) {
                constexpr qsizetype kWidthsKept = 16384;
                if (known.size() >= kWidthsKept)
                    known.clear();
                width = known.insert(text, (i == start ? header : body).horizontalAdvance(text));
            }
            widths[c] = qMax(widths.at(c), *width);
        }
    }
    alignments.resize(widths.size(), QTextOption::LeftTab);

    const qreal gap = m_em * 1.5;
    qreal total = gap * qreal(widths.size() - 1);
    for (qreal width : std::as_const(widths))
        total += width;
    table.columns = total <= measureWidth(m_font);
    if (!table.columns)
        return table;
    table.leadingTab = alignments.constFirst() != QTextOption::LeftTab;
    qreal x = 0;
    for (qsizetype c = 0; c < widths.size(); ++c) {
        const QTextOption::TabType type = alignments.at(c);
        if (c > 0 || table.leadingTab) {
            const qreal at = type == QTextOption::RightTab ? x + widths.at(c)
                : type == QTextOption::CenterTab           ? x + widths.at(c) / 2
                                                           : x;
            table.tabs.append(QTextOption::Tab(at, type));
        }
        x += widths.at(c) + gap;
    }
    return table;
}

QTextBlockFormat ArticleRenderer::tableRowFormat(const TableLayout &table, int index) const
{
    QTextBlockFormat format;
    format.setLineHeight(130, QTextBlockFormat::ProportionalHeight);
    // Rows in columns close up; rows that wrap as text keep apart a little.
    format.setBottomMargin(index + 1 == table.end ? m_em * 0.75 : m_em * (table.columns ? 0.15 : 0.4));
    if (table.columns)
        format.setTabPositions(table.tabs);
    return format;
}

ArticleRenderer::TableEdit ArticleRenderer::tableEdit(const Article &article, int start,
    const QTextBlockFormat &header, const ParagraphPlace &row, TableLayout *layout) const
{
    if (tableStart(article, start) != start)
        return TableEdit::OtherText;
    TableLayout now = layOutTable(article, start);
    QTextBlockFormat format = header;
    format.clearProperty(QTextFormat::ObjectIndex);
    const bool sameLayout = format == tableRowFormat(now, start);
    if (!sameLayout && (now.columns != row.tableColumns || now.leadingTab != row.tableLeadingTab))
        return TableEdit::OtherText;
    *layout = std::move(now);
    return sameLayout ? TableEdit::SameLayout : TableEdit::OtherColumns;
}

void ArticleRenderer::setTableRowFormats(
    const TableLayout &layout, QTextDocument *document, const QList<int> &rowBlocks) const
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (qsizetype k = 0; k < rowBlocks.size(); ++k) {
        const int index = layout.start + int(k);
        if (rowBlocks.at(k) < 0 || index == layout.start + 1)
            continue;
        cursor.setPosition(document->findBlockByNumber(rowBlocks.at(k)).position());
        cursor.setBlockFormat(tableRowFormat(layout, index));
    }
    cursor.endEditBlock();
}

bool ArticleRenderer::renderTableRow(
    QTextCursor &cursor, const Article &article, int index, ParagraphPlace &place)
{
    if (m_table.start < 0 || index < m_table.start || index >= m_table.end) {
        // Right after a paragraph typeset here, which was in no table or in the last one, this one can
        // only start a table (else it would be in the same table): no need to look up the rows above.
        const int start = index == m_lastParagraph + 1 ? (startsTable(article, index) ? index : -1)
                                                       : tableStart(article, index);
        if (start < 0)
            return false;
        m_table = layOutTable(article, start);
    }
    leaveList(cursor);
    m_previousKind = BlockKind::Table;
    place.table = true;
    place.tableStart = index == m_table.start;
    place.standalone = true; // its own block; the view decides which rows go along (editsRowsOnly())
    place.tableColumns = m_table.columns;
    place.tableLeadingTab = m_table.leadingTab;

    if (index == m_table.start + 1) {
        newRuleBlock(cursor, 0, m_em * 0.15); // the delimiter row: a thin rule under the header
        place.firstBlock = cursor.blockNumber();
        return true;
    }

    const QTextBlockFormat format = tableRowFormat(m_table, index);
    QTextCharFormat charFormat = m_bodyChar;
    if (index == m_table.start)
        charFormat.setFontWeight(QFont::Bold);
    newBlock(cursor, format, charFormat);
    place.firstBlock = cursor.blockNumber();

    const Paragraph &paragraph = article.paragraphs.at(index);
    const QList<TextSpan> cells = tableCells(article.view(paragraph.span));
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (m_table.columns && (c > 0 || m_table.leadingTab))
            insertPlain(cursor, u"\t", charFormat);
        else if (c > 0)
            insertPlain(cursor, u"  \u2502  ", m_mutedChar); // a thin bar between cells
        const qsizetype from = paragraph.span.start + cells.at(c).start;
        insertInline(cursor, article, from, from + cells.at(c).length, charFormat, false);
    }
    return true;
}

} // namespace Citewise
