// Small operations on the position-ordered lists of an Article (and of things derived from it) that
// incremental updates share.
#pragma once

#include <QList>

#include <algorithm>

namespace Citewise {

// Replaces list[at, at + count) with `items`, moving as few elements as it can.
template<typename T> void spliceList(QList<T> &list, qsizetype at, qsizetype count, QList<T> &&items)
{
    const qsizetype common = std::min(count, items.size());
    std::move(items.begin(), items.begin() + common, list.begin() + at);
    if (count > common)
        list.remove(at + common, count - common);
    else if (items.size() > common)
        list.insert(at + common, items.size() - common, T());
    std::move(items.begin() + common, items.end(), list.begin() + at + common);
}

// Index of the first item whose span starts at or after `offset`, in a list ordered by span start.
template<typename T> int firstStartingAt(const QList<T> &list, qsizetype offset)
{
    return int(std::partition_point(list.cbegin(), list.cend(), [offset](const T &item) {
        return item.span.start < offset;
    }) - list.cbegin());
}

} // namespace Citewise
