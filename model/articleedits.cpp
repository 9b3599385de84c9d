#include "articleedits.h"

#include "articleio.h"
#include "referenceentry.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

bool isBlank(QStringView s)
{
    for (QChar c : s) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool isSeparator(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty() || t.compare(u"<br>", Qt::CaseInsensitive) == 0
        || t.compare(u"<br/>", Qt::CaseInsensitive) == 0 || t.compare(u"<br />", Qt::CaseInsensitive) == 0;
}

QStringView lineView(const Article &a, int line)
{
    return a.view(a.lines.at(line - 1).span);
}

// The edit that makes the label `shown` (a label running over lines, `label` as read: each line break
// with the white space around it one space) read `newLabel`, changing only the text between what the
// two share at their start and end, so the lines the entry wraps onto stay where they break.
TextEdit wrappedLabelEdit(TextSpan span, QStringView shown, QStringView label, QStringView newLabel)
{
    // Where each character of `label` stands in `shown`: [from, to).
    QList<std::pair<qsizetype, qsizetype>> at;
    at.reserve(label.size());
    for (qsizetype i = 0; i < shown.size();) {
        qsizetype end = i;
        bool breaks = false;
        while (end < shown.size() && shown.at(end).isSpace()) {
            breaks = breaks || shown.at(end) == u'\n' || shown.at(end) == u'\r';
            ++end;
        }
        if (breaks) {
            at.append({i, end});
            i = end;
        } else {
            at.append({i, i + 1});
            ++i;
        }
    }
    if (at.size() != label.size())
        return {span.start, span.length, newLabel.toString()};
    const auto [prefix, suffix] = sharedEnds(label, newLabel);
    const qsizetype oldEnd = label.size() - suffix;
    const qsizetype from = prefix < label.size() ? at.at(prefix).first : shown.size();
    const qsizetype to = oldEnd > prefix ? at.at(oldEnd - 1).second : from;
    return {
        span.start + from, to - from, newLabel.sliced(prefix, newLabel.size() - suffix - prefix).toString()};
}

// Of identical entries (a source listed twice), the one nearest its old place is taken to be it.
template<typename Item>
int findAgain(const Article &article, const QList<Item> &items, QStringView text, int index)
{
    qsizetype found = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (article.view(items.at(i).span) == text
            && (found < 0 || std::abs(i - index) < std::abs(found - index)))
            found = i;
    }
    return int(found);
}

// Single-line text: a line break inside a label or comment would end the entry early.
QString oneLine(const QString &s)
{
    return s.simplified();
}

// The author is read back up to the first colon or parenthesis, so those cannot be part of it.
QString cleanAuthor(const QString &author)
{
    QString a = author;
    a.replace(u'(', u' ').replace(u')', u' ').replace(u':', u' ').replace(u'[', u' ').replace(u']', u' ');
    return a.simplified();
}

int lastLineOf(const Reference &ref)
{
    return ref.continuationLines.isEmpty() ? ref.line : ref.continuationLines.last();
}

// Where the entry itself starts: a bullet or indentation before it is kept as the entry's prefix.
qsizetype entryStart(const Reference &ref)
{
    const bool opens = ref.isNumberedAsMarkers() || ref.style == Reference::Style::Enclosed;
    return opens ? ref.numberSpan.start - 1 : ref.numberSpan.start;
}

QString formatEntry(Reference::Style style, qint64 number, const QString &url, const QString &label)
{
    const QString n = QString::number(number);
    QString entry;
    switch (style) {
    case Reference::Style::Bracket:
        entry = u'[' + n + u']';
        break;
    case Reference::Style::BracketColon:
        entry = u'[' + n + u"]:"_s;
        break;
    case Reference::Style::Dotted:
        entry = n + u'.';
        break;
    case Reference::Style::Parenthesized:
        entry = n + u')';
        break;
    case Reference::Style::Enclosed:
        entry = u'(' + n + u')';
        break;
    case Reference::Style::Bare:
        // The number alone reads as an entry's only before an address.
        entry = url.trimmed().isEmpty() ? n + u'.' : n;
        break;
    }
    const QString u = url.trimmed();
    const QString l = oneLine(label);
    if (!u.isEmpty())
        entry += u' ' + u;
    if (!l.isEmpty())
        entry += u' ' + l;
    return entry;
}

bool usesBlankLines(const Article &a)
{
    for (qsizetype i = 0; i + 1 < a.lines.size(); ++i) {
        if (isBlank(a.view(a.lines.at(i).span)))
            return true;
    }
    return false;
}

// Text to put before a block appended at the end of the file so it starts on a line of its own.
// What goes after lines added at the end of the file: a newline, unless the file ended without one,
// which stays missing (the added lines end it then).
QString endOfFileSuffix(const Article &a, const QString &nl)
{
    return !a.text.isEmpty() && a.lines.last().terminatorLength == 0 ? QString() : nl;
}

QString endOfFilePrefix(const Article &a, const QString &nl)
{
    if (a.text.isEmpty())
        return {};
    QString prefix;
    const Line &last = a.lines.last();
    if (last.terminatorLength == 0)
        prefix += nl;
    if (usesBlankLines(a) && !isBlank(a.view(last.span)))
        prefix += nl;
    return prefix;
}

// Removes whole lines [first, last] with their terminators; a final line without terminator takes the
// terminator of the line before it instead, so the file does not end up with a dangling empty line.
TextEdit removeLines(const Article &a, int first, int last)
{
    const Line &firstLine = a.lines.at(first - 1);
    const Line &lastLine = a.lines.at(last - 1);
    qsizetype start = firstLine.span.start;
    const qsizetype end = lastLine.span.end() + lastLine.terminatorLength;
    if (lastLine.terminatorLength == 0 && first > 1) {
        const Line &before = a.lines.at(first - 2);
        start = before.span.end();
    }
    return {start, end - start, {}};
}

} // namespace

qint64 nextReferenceNumber(const Article &article)
{
    qint64 highest = 0;
    for (const Reference &ref : article.references) {
        if (ref.hasValidNumber())
            highest = std::max(highest, ref.number);
    }
    return highest + 1;
}

QList<TextEdit> addReferenceEdits(
    const Article &article, qint64 number, const QString &url, const QString &label)
{
    const QString nl = article.preferredNewline();
    if (!article.references.isEmpty()) {
        const Reference &last = article.references.last();
        const qsizetype lineStart = article.lines.at(last.line - 1).span.start;
        const QString prefix = article.text.mid(lineStart, entryStart(last) - lineStart);
        // Keep a blank or <br> line between entries when the list is written that way.
        QString separator;
        if (article.references.size() >= 2) {
            const int previousEnd = lastLineOf(article.references.at(article.references.size() - 2));
            if (last.line - 1 > previousEnd && isSeparator(lineView(article, last.line - 1)))
                separator = lineView(article, last.line - 1).toString() + nl;
        }
        const qsizetype at = article.lines.at(lastLineOf(last) - 1).span.end();
        return {{at, 0, nl + separator + prefix + formatEntry(last.style, number, url, label)}};
    }
    const QString entry = formatEntry(Reference::Style::Bracket, number, url, label);
    if (article.referencesSection.present) {
        const qsizetype at = article.lines.at(article.referencesSection.headerLine - 1).span.end();
        return {{at, 0, nl + entry}};
    }
    if (article.commentsSection.present) {
        const int header = article.commentsSection.headerLine;
        const qsizetype at = article.lines.at(header - 1).span.start;
        const bool blankBefore = header > 1 && isBlank(lineView(article, header - 1));
        return {{at, 0, u"References:"_s + nl + entry + nl + (blankBefore ? nl : QString())}};
    }
    return {{article.text.size(), 0,
        endOfFilePrefix(article, nl) + u"References:"_s + nl + entry + endOfFileSuffix(article, nl)}};
}

QList<TextEdit> updateReferenceEdits(
    const Article &article, int index, qint64 number, const QString &url, const QString &label)
{
    if (index < 0 || index >= article.references.size())
        return {};
    const Reference &ref = article.references.at(index);
    const QString newUrl = url.trimmed();
    const QString newLabel = oneLine(label);
    const qsizetype lineEnd = article.lines.at(ref.line - 1).span.end();
    // Edit the parts in place when the entry is "number URL label" or "number label URL", so anything
    // around them (a Markdown link, brackets, a bullet, words after the address) stays as it was.
    const bool labelFirst = !ref.labelSpan.isEmpty() && ref.labelSpan.end() <= ref.urlSpan.start;
    // The text of a Markdown link, "[label](URL)", cannot go alone.
    const bool dropsLinkText = labelFirst && newLabel.isEmpty() && !ref.label.isEmpty()
        && article.view({ref.labelSpan.end(), ref.urlSpan.start - ref.labelSpan.end()}).contains(u"](");
    const bool plain = !ref.urlSpan.isEmpty() && ref.urlSpan.start > ref.numberSpan.end()
        && (ref.labelSpan.isEmpty() || ref.labelSpan.start >= ref.urlSpan.end() || labelFirst)
        && !dropsLinkText && !newUrl.isEmpty();
    if (plain) {
        QList<TextEdit> edits;
        if (ref.number != number)
            edits.append({ref.numberSpan.start, ref.numberSpan.length, QString::number(number)});
        if (ref.url != newUrl)
            edits.append({ref.urlSpan.start, ref.urlSpan.length, newUrl});
        if (ref.label != newLabel) {
            if (!ref.labelSpan.isEmpty() && !newLabel.isEmpty()) {
                const QStringView shown = article.view(ref.labelSpan);
                const bool wraps = shown.contains(u'\n') || shown.contains(u'\r');
                edits.append(wraps ? wrappedLabelEdit(ref.labelSpan, shown, ref.label, newLabel)
                                   : TextEdit {ref.labelSpan.start, ref.labelSpan.length, newLabel});
            } else if (labelFirst) {
                // Drop the label with the separator after it; a bracket or quote the address stands in
                // stays with it.
                qsizetype to = ref.urlSpan.start;
                if (addressCloser(article.text.at(to - 1)))
                    --to;
                edits.append({ref.labelSpan.start, to - ref.labelSpan.start, {}});
            } else if (!ref.labelSpan.isEmpty()) {
                // Drop the label with the separator before it, and the quotes or parentheses it stands
                // in; an HTML link's text alone, the tag around it stays.
                const qsizetype from
                    = article.view({ref.urlSpan.end(), ref.labelSpan.start - ref.urlSpan.end()})
                          .contains(u'>')
                    ? ref.labelSpan.start
                    : ref.urlSpan.end();
                qsizetype to = ref.labelSpan.end();
                if (const std::optional<QChar> closer
                    = addressCloser(article.text.at(ref.labelSpan.start - 1));
                    from < ref.labelSpan.start && closer && to < lineEnd && article.text.at(to) == *closer)
                    ++to;
                edits.append({from, to - from, {}});
            } else {
                qsizetype at = ref.urlSpan.end();
                // Past a closing ">" or ")" that belongs to the address's markup.
                while (at < lineEnd && !article.text.at(at).isSpace())
                    ++at;
                edits.append({at, 0, u' ' + newLabel});
            }
        }
        std::sort(edits.begin(), edits.end(),
            [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; });
        return edits;
    }
    const qsizetype start = entryStart(ref);
    qsizetype end = lineEnd;
    while (end > start && article.text.at(end - 1).isSpace())
        --end;
    return {{start, end - start, formatEntry(ref.style, number, newUrl, newLabel)}};
}

QList<TextEdit> removeReferenceEdits(const Article &article, int index)
{
    if (index < 0 || index >= article.references.size())
        return {};
    const Reference &ref = article.references.at(index);
    int first = ref.line;
    int last = lastLineOf(ref);
    // A separator line between this entry and the next goes with it, so no double gap is left behind.
    if (index + 1 < article.references.size() && last + 1 < article.references.at(index + 1).line
        && isSeparator(lineView(article, last + 1)))
        ++last;
    else if (index > 0 && index + 1 == article.references.size()
        && first - 1 > lastLineOf(article.references.at(index - 1))
        && isSeparator(lineView(article, first - 1)))
        --first;
    return {removeLines(article, first, last)};
}

QString formatComment(const QString &author, const QDateTime &timestamp, const QString &text)
{
    const QString a = cleanAuthor(author);
    const QString t = oneLine(text);
    if (a.isEmpty())
        return t;
    if (timestamp.isValid())
        return a + u" ("_s + timestamp.toString(u"yyyy-MM-dd HH:mm"_s) + u"): "_s + t;
    return a + u": "_s + t;
}

QList<TextEdit> addCommentEdits(
    const Article &article, const QString &author, const QDateTime &timestamp, const QString &text)
{
    const QString nl = article.preferredNewline();
    const QString comment = formatComment(author, timestamp, text);
    const Section &s = article.commentsSection;
    if (s.present) {
        if (!article.comments.isEmpty()) {
            const qsizetype at = article.lines.at(article.comments.last().line - 1).span.end();
            return {{at, 0, nl + comment}};
        }
        if (const int placeholder = noCommentsNoteLine(article)) {
            const QStringView line = lineView(article, placeholder);
            qsizetype lead = 0;
            while (lead < line.size() && line.at(lead).isSpace())
                ++lead;
            const qsizetype start = article.lines.at(placeholder - 1).span.start + lead;
            return {{start, line.trimmed().size(), comment}};
        }
        const qsizetype at = article.lines.at(s.headerLine - 1).span.end();
        return {{at, 0, nl + comment}};
    }
    return {{article.text.size(), 0,
        endOfFilePrefix(article, nl) + u"Comments"_s + nl + comment + endOfFileSuffix(article, nl)}};
}

int findReferenceAgain(const Article &article, QStringView text, int index)
{
    return findAgain(article, article.references, text, index);
}

int findCommentAgain(const Article &article, QStringView text, int index)
{
    return findAgain(article, article.comments, text, index);
}

QList<TextEdit> updateCommentEdits(const Article &article, int index, const QString &text)
{
    if (index < 0 || index >= article.comments.size())
        return {};
    const Comment &c = article.comments.at(index);
    QString replacement = oneLine(text);
    if (c.textSpan.isEmpty() && c.textSpan.start > 0 && article.text.at(c.textSpan.start - 1) == u':')
        replacement.prepend(u' ');
    return {{c.textSpan.start, c.textSpan.length, replacement}};
}

QList<TextEdit> removeCommentEdits(const Article &article, int index)
{
    if (index < 0 || index >= article.comments.size())
        return {};
    const Comment &c = article.comments.at(index);
    if (article.comments.size() == 1 && !article.noCommentsPlaceholder)
        return {{c.span.start, c.span.length, u"No comments yet"_s}};
    return {removeLines(article, c.line, c.line)};
}

} // namespace Citewise
