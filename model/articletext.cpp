#include "articletext.h"

#include "prefault.h"

#include <algorithm>
#include <cstring>

namespace Citewise {

namespace {

// The gap a growing text gets: room for a few pages of typing before the text after it moves again.
qsizetype gapFor(qsizetype size, qsizetype needed)
{
    return needed + std::clamp<qsizetype>(size / 256, 1024, 1 << 20);
}

} // namespace

qsizetype ArticleText::roomForFirstEdit(qsizetype size)
{
    return gapFor(size, 256);
}

QStringView ArticleText::view(qsizetype position, qsizetype length) const
{
    Q_ASSERT(position >= 0 && length >= 0 && position + length <= size());
    if (position + length <= m_gapStart || m_gapLength == 0)
        return QStringView(m_buffer).sliced(position, length);
    if (position >= m_gapStart)
        return QStringView(m_buffer).sliced(position + m_gapLength, length);
    m_joined.append(mid(position, length));
    return m_joined.constLast();
}

QString ArticleText::mid(qsizetype position, qsizetype length) const
{
    Q_ASSERT(position >= 0 && length >= 0 && position + length <= size());
    if (isContiguous(position, length))
        return view(position, length).toString();
    const QStringView head = before().sliced(position);
    QString joined = stringWithRoomFor(length);
    joined.append(head);
    joined.append(after().first(length - head.size()));
    return joined;
}

QString ArticleText::edited(const QList<TextEdit> &edits) const
{
    // What applyEdits() joins, taken from both sides of the gap.
    const auto forEachPiece = [&](auto &&f) {
        forEachEditedStretch(
            size(), edits,
            [&](qsizetype from, qsizetype to) {
                if (from < m_gapStart)
                    f(before().sliced(from, qMin(to, m_gapStart) - from));
                if (to > m_gapStart) {
                    const qsizetype start = qMax(from, m_gapStart);
                    f(QStringView(m_buffer).sliced(start + m_gapLength, to - start));
                }
            },
            f);
    };
    qsizetype length = 0;
    forEachPiece([&length](QStringView piece) { length += piece.size(); });
    QString result = stringWithRoomFor(length);
    forEachPiece([&result](QStringView piece) { result.append(piece); });
    return result;
}

QString ArticleText::toString() const
{
    if (m_gapLength == 0)
        return m_buffer;
    return mid(0, size());
}

void ArticleText::moveGap(qsizetype position)
{
    Q_ASSERT(position >= 0 && position <= size());
    if (position == m_gapStart)
        return;
    if (m_gapLength > 0) {
        char16_t *data = reinterpret_cast<char16_t *>(m_buffer.data());
        if (position < m_gapStart) {
            std::memmove(
                data + position + m_gapLength, data + position, (m_gapStart - position) * sizeof(char16_t));
        } else {
            std::memmove(data + m_gapStart, data + m_gapStart + m_gapLength,
                (position - m_gapStart) * sizeof(char16_t));
        }
    }
    m_gapStart = position;
}

void ArticleText::growGap(qsizetype atLeast)
{
    if (m_gapLength >= atLeast)
        return;
    const qsizetype tail = m_buffer.size() - m_gapStart - m_gapLength;
    const qsizetype gap = gapFor(size(), atLeast);
    m_buffer.resize(size() + gap);
    char16_t *data = reinterpret_cast<char16_t *>(m_buffer.data());
    std::memmove(data + m_gapStart + gap, data + m_gapStart + m_gapLength, tail * sizeof(char16_t));
    m_gapLength = gap;
}

void ArticleText::replace(qsizetype position, qsizetype removed, QStringView inserted)
{
    Q_ASSERT(position >= 0 && removed >= 0 && position + removed <= size());
    m_joined.clear();
    moveGap(position);
    // The removed characters join the gap; the inserted ones fill it from its start.
    m_gapLength += removed;
    growGap(inserted.size());
    if (!inserted.isEmpty())
        std::copy_n(
            inserted.utf16(), inserted.size(), reinterpret_cast<char16_t *>(m_buffer.data()) + m_gapStart);
    m_gapStart += inserted.size();
    m_gapLength -= inserted.size();

    const qsizetype feed = after().indexOf(u'\n');
    moveGap(feed < 0 ? size() : m_gapStart + feed + 1);
}

QString ArticleText::take() &&
{
    m_joined.clear();
    moveGap(size());
    m_buffer.truncate(size());
    m_gapLength = 0;
    QString text = std::move(m_buffer);
    m_buffer = QString();
    m_gapStart = 0;
    return text;
}

bool ArticleText::equals(QStringView other) const
{
    if (other.size() != size())
        return false;
    return before() == other.first(m_gapStart) && after() == other.sliced(m_gapStart);
}

bool ArticleText::equals(const ArticleText &other) const
{
    if (other.size() != size())
        return false;
    if (other.m_gapLength == 0)
        return equals(QStringView(other.m_buffer));
    return equals(QStringView(other.toString()));
}

} // namespace Citewise
