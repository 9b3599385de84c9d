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

    // What the edit left alone: the longest common start, then the longest common end after it.
    const qsizetype shorter = qMin(saved.size(), current.size());
    const qsizetype prefix = commonStart(saved.utf16(), current.utf16(), shorter);
    const qsizetype suffix
        = commonEnd(saved.utf16() + saved.size(), current.utf16() + current.size(), shorter - prefix);

    qsizetype next = 0; // the next break of `saved`, as an index into `ends`
    const auto asOriginal = [&ends, &next] { return ends.at(next++); };
    appendWritingBreaks(out, current, 0, prefix, isBreak, asOriginal);
    appendWritingBreaks(out, current, prefix, current.size() - suffix, isLineFeed, asNewline);
    next += countBreaks(saved.sliced(prefix, saved.size() - suffix - prefix));
    appendWritingBreaks(out, current, current.size() - suffix, current.size(), isBreak, asOriginal);
    return out;
}

} // namespace Citewise
