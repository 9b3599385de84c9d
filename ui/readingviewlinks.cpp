// ReadingView: flagging the markers of references whose links are broken.
#include "readingview.h"

namespace Citewise {

void ReadingView::setBrokenLinks(const QSet<QString> &urls)
{
    if (urls == m_brokenLinks)
        return;
    m_brokenLinks = urls;
    applyHighlight(false);
}

QList<QTextEdit::ExtraSelection> ReadingView::brokenMarkerSelections() const
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_brokenLinks.isEmpty())
        return selections;
    QHash<qint64, bool> brokenByNumber; // looked up once per number, markers repeat them a lot
    const auto isBroken = [&](qint64 number) {
        const auto known = brokenByNumber.constFind(number);
        if (known != brokenByNumber.cend())
            return *known;
        const Reference *reference = referenceFor(number);
        const bool broken = reference && m_brokenLinks.contains(reference->url.trimmed());
        brokenByNumber.insert(number, broken);
        return broken;
    };
    // Red and wavy like a spelling mistake: it is seen while reading without hiding the number.
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd3, 0x2f, 0x2f));
    format.setToolTip(QString()); // the marker's own tooltip tells the status
    const auto select = [&](qsizetype from, qsizetype to) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(from));
        selection.cursor.setPosition(int(to), QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    for (int i = 0; i < m_markers.size() && i < m_article.citations.size(); ++i) {
        const ArticleRenderer::MarkerPlace &place = m_markers.at(i);
        if (place.start < 0 || place.numbers.isEmpty())
            continue;
        // Any broken number of a range, written or not, flags the whole range.
        place.forEachPart(
            m_article.citations.at(i), [&](qsizetype from, qsizetype to, qint64 low, qint64 high) {
                for (qint64 number = low; number <= high; ++number) {
                    if (isBroken(number)) {
                        select(from, to);
                        return;
                    }
                }
            });
    }
    return selections;
}

} // namespace Citewise
