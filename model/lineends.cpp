#include "lineends.h"

#include <QList>

#include <cstring>

namespace Citewise {

namespace {

bool isBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The terminator of each line break of `text`, in order.
QList<QStringView> terminators(QStringView text)
{
    QList<QStringView> out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            out.append(text.sliced(i, 2));
            ++i;
        } else if (isBreak(text.at(i))) {
            out.append(text.sliced(i, 1));
        }
    }
    return out;
}

qsizetype countBreaks(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += isBreak(c);
    return count;
}

// Appends text[from, to) to `out`, each character that `breaks` accepts replaced by terminator().
template<typename IsBreak, typename Terminator>
void appendWritingBreaks(
    QString &out, QStringView text, qsizetype from, qsizetype to, IsBreak &&breaks, Terminator &&terminator)
{
    qsizetype run = from;
    for (qsizetype i = from; i < to; ++i) {
        if (breaks(text.at(i))) {
            out += text.sliced(run, i - run);
            out += terminator();
            run = i + 1;
        }
    }
    out += text.sliced(run, to - run);
}

// How many characters `a` and `b` share at their start, reading no further than `limit`; a block at a
// time, as the texts are long and the edit is small.
qsizetype commonStart(const char16_t *a, const char16_t *b, qsizetype limit)
{
    constexpr qsizetype kBlock = 512;
    qsizetype i = 0;
    while (i + kBlock <= limit && std::memcmp(a + i, b + i, kBlock * sizeof(char16_t)) == 0)
        i += kBlock;
    while (i < limit && a[i] == b[i])
        ++i;
    return i;
}

// The same at their ends: `a` and `b` point past their last characters.
qsizetype commonEnd(const char16_t *a, const char16_t *b, qsizetype limit)
{
    constexpr qsizetype kBlock = 512;
    qsizetype i = 0;
    while (i + kBlock <= limit && std::memcmp(a - i - kBlock, b - i - kBlock, kBlock * sizeof(char16_t)) == 0)
        i += kBlock;
    while (i < limit && a[-i - 1] == b[-i - 1])
        ++i;
    return i;
}

bool isLineFeed(QChar c)
{
    return c == u'\n';
}

// Edits spread over many lines (renumbering, Replace All) leave one long stretch between the text they
// did not touch, whose lines are mostly still there. When `current` has as many breaks there as `saved`,
// line k of one is line k of the other, and each break keeps the terminator `ends` gives it, unless its
// line was replaced whole (nothing in common at either end): then, as a line typed, it takes `newline`.
// False when the breaks do not pair up, leaving `out` as it was.
bool appendKeepingLineEnds(
    QString &out, QStringView saved, QStringView current, QList<QStringView> ends, QStringView newline)
{
    if (countBreaks(saved) != countBreaks(current))
        return false;
    qsizetype s = 0;
    qsizetype c = 0;
    for (qsizetype k = 0;; ++k) {
        qsizetype sEnd = s;
        while (sEnd < saved.size() && !isBreak(saved.at(sEnd)))
            ++sEnd;
        qsizetype cEnd = c;
        while (cEnd < current.size() && !isBreak(current.at(cEnd)))
            ++cEnd;
        const QStringView was = saved.sliced(s, sEnd - s);
        const QStringView now = current.sliced(c, cEnd - c);
        out += now;
        if (cEnd == current.size())
            return true;
        const bool kept = was == now
            || (!was.isEmpty() && !now.isEmpty() && (was.front() == now.front() || was.back() == now.back()));
        if (current.at(cEnd) == u'\r')
            out += u'\r'; // a lone CR, kept as such
        else
            out += kept ? ends.at(k) : newline;
        s = sEnd + 1;
        c = cEnd + 1;
    }
}

} // namespace

QString withOriginalLineEnds(
    QStringView original, QStringView saved, QStringView current, QStringView newline)
{
    const auto asNewline = [newline] { return newline; };
    const QList<QStringView> ends = terminators(original);
    QString out;
    out.reserve(current.size() + ends.size());
    if (ends.size() != countBreaks(saved)) {
        appendWritingBreaks(out, current, 0, current.size(), isLineFeed, asNewline);
        return out;
    }

    // What the edit left alone: the longest common start, then the longest common end after it, both
    // to a line's end, so that what lies between is whole lines.
    const qsizetype shorter = qMin(saved.size(), current.size());
    qsizetype prefix = commonStart(saved.utf16(), current.utf16(), shorter);
    qsizetype suffix
        = commonEnd(saved.utf16() + saved.size(), current.utf16() + current.size(), shorter - prefix);
    while (prefix > 0 && !isBreak(saved.at(prefix - 1)))
        --prefix;
    while (suffix > 0 && !isBreak(saved.at(saved.size() - suffix)))
        --suffix;

    qsizetype next = 0; // the next break of `saved`, as an index into `ends`
    const auto asOriginal = [&ends, &next] { return ends.at(next++); };
    appendWritingBreaks(out, current, 0, prefix, isBreak, asOriginal);
    const QStringView savedMiddle = saved.sliced(prefix, saved.size() - suffix - prefix);
    const QStringView currentMiddle = current.sliced(prefix, current.size() - suffix - prefix);
    if (!appendKeepingLineEnds(out, savedMiddle, currentMiddle, ends.sliced(next), newline))
        appendWritingBreaks(out, current, prefix, current.size() - suffix, isLineFeed, asNewline);
    next += countBreaks(savedMiddle);
    appendWritingBreaks(out, current, current.size() - suffix, current.size(), isBreak, asOriginal);
    return out;
}

} // namespace Citewise
