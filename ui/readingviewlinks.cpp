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
        const Citation &citation = m_article.citations.at(i);
        if (citation.form == Citation::Form::Range) {
            // "[2-4]" cites 3 without writing it: any broken one flags the whole range.
            const QList<int> numbers = citation.expandedNumbers();
            if (std::any_of(numbers.cbegin(), numbers.cend(), isBroken))
                select(place.numbers.first().position,
                    place.numbers.last().position + place.numbers.last().length);
            continue;
        }
        for (qsizetype k = 0; k < place.numbers.size(); ++k) {
            const ArticleRenderer::MarkerNumber &n = place.numbers.at(k);
            if (citation.endsRange(k + 1) && k + 1 < place.numbers.size()) {
                // A range in a list ("[1, 3-5]"): flagged whole, as a marker that is one.
                const ArticleRenderer::MarkerNumber &last = place.numbers.at(++k);
                bool broken = false;
                for (qint64 number = n.number; number <= last.number && !broken; ++number)
                    broken = isBroken(number);
                if (broken)
                    select(n.position, last.position + last.length);
            } else if (isBroken(n.number)) {
                select(n.position, n.position + n.length);
            }
        }
    }
    return selections;
}

} // namespace Citewise
