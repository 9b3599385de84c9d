#include "linediff.h"

#include <QHash>

#include <vector>

namespace Citewise {

namespace {

// Steps (positions tried and lines compared) and edits the search may take before it gives up on a
// shortest script: tens of milliseconds and megabytes, whatever the texts.
constexpr qint64 kMaxWork = 20'000'000;
constexpr int kMaxEdits = 2000;

// The shortest edit script from a[0, n) to b[0, m) (lines as numbers), as the lines removed from a and
// added from b, offset by `offset`; false when it takes more than kMaxWork steps or kMaxEdits edits.
bool shortestScript(const std::vector<int> &a, const std::vector<int> &b, int offset, LineDiff &out)
{
    const int n = int(a.size());
    const int m = int(b.size());
    const int max = n + m;
    // v[k + max + 1]: the furthest x reached on diagonal k (x - y == k) with d edits.
    std::vector<int> v(2 * std::size_t(max) + 3, 0);
    const auto at = [max](int k) { return std::size_t(k + max + 1); };
    // trace[d]: v over diagonals [-d - 1, d + 1] before step d, for walking the script back.
    std::vector<std::vector<int>> trace;
    qint64 work = 0;
    for (int d = 0; d <= max; ++d) {
        trace.emplace_back(v.begin() + std::ptrdiff_t(at(-d - 1)), v.begin() + std::ptrdiff_t(at(d + 1)) + 1);
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[at(k - 1)] < v[at(k + 1)])) ? v[at(k + 1)] : v[at(k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[std::size_t(x)] == b[std::size_t(y)]) {
                ++x;
                ++y;
                ++work;
            }
            v[at(k)] = x;
            if (x >= n && y >= m) {
                // Walk back from the end, one edit per step.
                QList<int> removed;
                QList<int> added;
                for (int e = d; e > 0; --e) {
                    const std::vector<int> &before = trace[std::size_t(e)];
                    const auto prev = [&](int kk) { return before[std::size_t(kk + e + 1)]; };
                    const int kk = x - y;
                    const bool down = kk == -e || (kk != e && prev(kk - 1) < prev(kk + 1));
                    const int prevK = down ? kk + 1 : kk - 1;
                    const int prevX = prev(prevK);
                    const int prevY = prevX - prevK;
                    if (down)
                        added.append(offset + prevY);
                    else
                        removed.append(offset + prevX);
                    x = prevX;
                    y = prevY;
                }
                out.removed.append(QList<int>(removed.crbegin(), removed.crend()));
                out.added.append(QList<int>(added.crbegin(), added.crend()));
                return true;
            }
        }
        work += d + 1;
        if (work > kMaxWork || d >= kMaxEdits)
            return false;
    }
    return false;
}

} // namespace

LineDiff diffLines(QStringView first, QStringView second)
{
    const QList<QStringView> a = first.split(u'\n');
    const QList<QStringView> b = second.split(u'\n');
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix)) {
        ++suffix;
    }
    // The lines between, as numbers equal where the lines are.
    QHash<QStringView, int> ids;
    const auto number = [&](const QList<QStringView> &lines) {
        std::vector<int> out;
        out.reserve(std::size_t(lines.size() - prefix - suffix));
        for (qsizetype i = prefix; i < lines.size() - suffix; ++i) {
            auto it = ids.constFind(lines.at(i));
            if (it == ids.cend())
                it = ids.insert(lines.at(i), int(ids.size()));
            out.push_back(*it);
        }
        return out;
    };
    const std::vector<int> middleA = number(a);
    const std::vector<int> middleB = number(b);
    LineDiff diff;
    if (!shortestScript(middleA, middleB, int(prefix), diff)) {
        diff = {};
        for (qsizetype i = prefix; i < a.size() - suffix; ++i)
            diff.removed.append(int(i));
        for (qsizetype i = prefix; i < b.size() - suffix; ++i)
            diff.added.append(int(i));
    }
    return diff;
}

} // namespace Citewise
