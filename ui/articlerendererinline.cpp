// ArticleRenderer: text inside a block. File text goes in as plain text, with its Markdown inline
// markup (emphasis, links, images, `code` spans) shown as such and its markers as superscript links.
#include "articlerenderer.h"

#include "codespans.h"

#include "inlinemarkup.h"
#include "textsearch.h"

#include <QScopeGuard>
#include <QTextCursor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

void ArticleRenderer::insertPlain(QTextCursor &cursor, QStringView text, const QTextCharFormat &format)
{
    if (text.isEmpty())
        return;
    // Characters the document would turn into structure (block breaks, object slots) or could not
    // shape (escaped invalid bytes) are replaced; everything else goes in as it is.
    auto special = [](QChar c) {
        const char16_t u = c.unicode();
        return u == u'\n' || u == u'\r' || u == 0x2029 || u == 0xFFFC || c.isSurrogate();
    };
    qsizetype i = 0;
    while (i < text.size() && !special(text.at(i)))
        ++i;
    if (i == text.size()) {
        cursor.insertText(text.toString(), format);
        return;
    }
    QString clean = text.toString();
    for (qsizetype k = i; k < clean.size(); ++k) {
        const QChar c = clean.at(k);
        if (c.isHighSurrogate() && k + 1 < clean.size() && clean.at(k + 1).isLowSurrogate()) {
            ++k;
        } else if (special(c)) {
            clean[k] = c.isSurrogate() || c.unicode() == 0xFFFC ? QChar(QChar::ReplacementCharacter) : u' ';
        }
    }
    cursor.insertText(clean, format);
}

bool ArticleRenderer::holdsRightToLeft(QStringView text)
{
    // Hebrew, Arabic, Syriac, Thaana, N'Ko and the others up to U+08FF; their presentation forms. Past
    // what lies below eight characters at a time: the whole of most articles.
    const qsizetype size = text.size();
    for (qsizetype i = firstCharacterFrom(text, 0, size, u'\u0590'); i < size;
         i = firstCharacterFrom(text, i + 1, size, u'\u0590')) {
        const char16_t u = text.at(i).unicode();
        if (u <= 0x08FF || (u >= 0xFB1D && u <= 0xFDFF) || (u >= 0xFE70 && u <= 0xFEFF))
            return true;
    }
    return false;
}

bool ArticleRenderer::firstStrongIsRightToLeft(QStringView text)
{
    for (const QChar c : text) {
        switch (c.direction()) {
        case QChar::DirL:
            return false;
        case QChar::DirR:
        case QChar::DirAL:
            return true;
        default:
            break;
        }
    }
    return false;
}

void ArticleRenderer::insertInline(QTextCursor &cursor, const Article &article, qsizetype from, qsizetype to,
    const QTextCharFormat &format, bool lineBreaks)
{
    const QList<Citation> &citations = article.citations;
    while (m_nextCitation < citations.size() && citations.at(m_nextCitation).span.start < from)
        ++m_nextCitation;
    m_isolateMarkers = m_nextCitation < citations.size() && citations.at(m_nextCitation).span.end() <= to
        && holdsRightToLeft(article.text.view(from, to - from));
    // Markup is found over the whole stretch, markers and all ("**a finding [1]**"); links may not
    // take a marker apart, and a superscript of its number before a marker is hidden ("[^2^][2]").
    InlineMarkup markup;
    if (!m_inCode && !format.fontFixedPitch()) {
        const QStringView text = article.text.view(from, to - from);
        QList<TextSpan> markers;
        if (text.contains(u"](") || text.contains(u"^][")) { // (links, and superscripts before markers)
            for (int i = m_nextCitation; i < citations.size() && citations.at(i).span.end() <= to; ++i)
                markers.append({citations.at(i).span.start - from, citations.at(i).span.length});
        }
        markup = findInlineMarkup(text, markers, lineBreaks);
    }
    qsizetype pos = from;
    while (m_nextCitation < citations.size()) {
        const Citation &citation = citations.at(m_nextCitation);
        if (citation.span.end() > to)
            break;
        if (citation.citesNothing()) {
            // "[5-2]", "[1-3000]": shown as written, with the text around it, and linked to nothing.
            (*m_markersOut)[m_nextCitation - m_markerBase] = MarkerPlace();
            ++m_nextCitation;
            continue;
        }
        const QStringView before = article.text.view(pos, citation.span.start - pos);
        // A marker keeps to the word before it: the space between them is a no-break space in the
        // view (the same length, and copied as a plain space), so no line starts with a marker.
        if (before.size() >= 2 && before.back() == u' ' && !before.at(before.size() - 2).isSpace()) {
            // One piece of text for the document to insert, not two.
            QString joined;
            joined.reserve(before.size());
            joined.append(before.chopped(1)).append(QChar(0x00a0));
            insertMarkedUp(cursor, article, joined, pos - from, from, format, markup);
        } else {
            insertMarkedUp(cursor, article, before, pos - from, from, format, markup);
        }
        insertMarker(cursor, article, m_nextCitation);
        pos = citation.span.end();
        ++m_nextCitation;
    }
    insertMarkedUp(cursor, article, article.text.view(pos, to - pos), pos - from, from, format, markup);
}

void ArticleRenderer::insertMarkedUp(QTextCursor &cursor, const Article &article, QStringView text,
    qsizetype offset, qsizetype base, const QTextCharFormat &format, const InlineMarkup &markup)
{
    if (markup.segments.isEmpty()) {
        insertText(cursor, text, format);
        return;
    }
    const qsizetype end = offset + text.size();
    auto segment = std::upper_bound(markup.segments.cbegin(), markup.segments.cend(), offset,
        [](qsizetype at, const InlineSegment &s) { return at < s.end; });
    for (; segment != markup.segments.cend() && segment->start < end; ++segment) {
        const qsizetype start = qMax(segment->start, offset);
        const qsizetype stop = qMin(segment->end, end);
        if (segment->lineBreak) {
            // (In the piece of text that holds the break's start: a marker never splits one.)
            if (segment->start >= offset)
                cursor.insertText(QString(QChar::LineSeparator), format);
            continue;
        }
        if (segment->hidden || stop <= start)
            continue;
        QTextCharFormat styled = format;
        if (segment->bold)
            styled.setFontWeight(QFont::Bold);
        const QStringView piece = text.sliced(start - offset, stop - start);
        if (segment->italic && readsInItalics(piece))
            styled.setFontItalic(true);
        if (segment->strike)
            styled.setFontStrikeOut(true);
        if (segment->link >= 0) {
            const InlineLink &link = markup.links.at(segment->link);
            const QStringView address = article.text.view(base + link.address.start, link.address.length);
            styled.setAnchor(true);
            styled.setAnchorHref(linkHref(address));
            if (link.image) {
                // Images are never loaded: their description stands for them, linked to their address.
                styled.setFontItalic(readsInItalics(piece));
                styled.setForeground(m_mutedColor);
                if (start == link.text.start)
                    insertPlain(cursor, tr("Image: "), styled);
            } else {
                styled.setForeground(m_palette.color(QPalette::Link));
                styled.setFontUnderline(true);
            }
        }
        insertText(cursor, piece, styled);
    }
}

void ArticleRenderer::insertText(QTextCursor &cursor, QStringView text, const QTextCharFormat &format)
{
    // `code` spans in monospace, without their backticks; a run of backticks that nothing closes
    // stays as it is (see codespans.h).
    if (m_inCode || format.fontFixedPitch() || !text.contains(u'`')) {
        insertPlain(cursor, text, format);
        return;
    }
    QTextCharFormat code = format;
    code.setFontFamilies(m_codeChar.fontFamilies().toStringList());
    code.setFontStyleHint(QFont::Monospace);
    code.setFontFixedPitch(true);
    code.setBackground(mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Text), 0.07));
    if (m_font.pointSizeF() > 0)
        code.setFontPointSize(m_font.pointSizeF() * 0.88);
    CodeSpanFinder spans(text);
    qsizetype plainFrom = 0;
    for (qsizetype open = text.indexOf(u'`'); open >= 0;) {
        const CodeSpanFinder::Span span = spans.spanAt(open);
        if (span.end < 0) {
            open = text.indexOf(u'`', span.runEnd);
            continue;
        }
        const qsizetype run = span.runEnd - open;
        insertPlain(cursor, text.sliced(plainFrom, open - plainFrom), format);
        insertPlain(cursor, text.sliced(span.runEnd, span.end - run - span.runEnd), code);
        plainFrom = span.end;
        open = text.indexOf(u'`', plainFrom);
    }
    insertPlain(cursor, text.sliced(plainFrom), format);
}

QTextCharFormat ArticleRenderer::linkFormat(qint64 number, int index, bool dangling)
{
    const auto make = [&] {
        QTextCharFormat link = dangling ? m_danglingChar : m_linkChar;
        link.setAnchorHref(referenceHref(number));
        link.setProperty(NumberIndexProperty, index);
        link.setProperty(ReferenceNumberProperty, number);
        link.setProperty(DanglingProperty, dangling);
        return link;
    };
    // Kept by all a format depends on besides the renderer's own formats, for numbers and places as
    // markers have them; anything larger is made each time.
    constexpr qint64 kLargestKept = (qint64(1) << 40) - 1;
    constexpr int kPlacesKept = (1 << 20) - 1;
    constexpr qsizetype kFormatsKept = 8192;
    if (number < 0 || number > kLargestKept || index < 0 || index > kPlacesKept)
        return make();
    const quint64 key = (quint64(number) << 21) | (quint64(index) << 1) | quint64(dangling);
    if (const auto found = m_linkFormats.constFind(key); found != m_linkFormats.cend())
        return *found;
    if (m_linkFormats.size() >= kFormatsKept)
        m_linkFormats.clear();
    return *m_linkFormats.insert(key, make());
}

void ArticleRenderer::insertMarker(QTextCursor &cursor, const Article &article, int citationIndex)
{
    const Citation &citation = article.citations.at(citationIndex);
    MarkerPlace &place = (*m_markersOut)[citationIndex - m_markerBase];
    place = MarkerPlace();
    // In text that mixes directions, a marker is isolated (U+2066 … U+2069), as the bidirectional
    // algorithm would otherwise take its digits for the right-to-left words before it and show "[3]"
    // ahead of a Hebrew name it follows. Outside the marker's place: invisible, and copied as nothing.
    if (m_isolateMarkers)
        insertPlain(cursor, QString(QChar(kLeftToRightIsolate)), m_markerChar);
    const auto closeIsolate = qScopeGuard([&] {
        if (m_isolateMarkers)
            insertPlain(cursor, QString(QChar(kPopDirectionalIsolate)), m_markerChar);
    });
    place.start = cursor.position();
    place.numbers.reserve(citation.numbers.size());
    // A marker is not broken across lines: the spaces inside it ("[1, 4]") are no-break spaces in the view
    // (the same length, copied as plain spaces).
    const auto insertUnbroken = [&](QStringView piece) {
        if (!piece.contains(u' ')) {
            insertPlain(cursor, piece, m_markerChar);
            return;
        }
        QString unbroken = piece.toString();
        unbroken.replace(u' ', QChar::Nbsp);
        insertPlain(cursor, unbroken, m_markerChar);
    };
    qsizetype pos = citation.span.start;
    for (int i = 0; i < citation.numbers.size(); ++i) {
        const CitationNumber &number = citation.numbers.at(i);
        insertUnbroken(article.text.view(pos, number.span.start - pos));
        const bool dangling = !m_referenceNumbers.contains(number.value);
        place.numbers.append({cursor.position(), number.span.length, number.value, dangling});
        insertPlain(cursor, article.view(number.span), linkFormat(number.value, i, dangling));
        pos = number.span.end();
    }
    insertUnbroken(article.text.view(pos, citation.span.end() - pos));
    place.end = cursor.position();
}

} // namespace Citewise
