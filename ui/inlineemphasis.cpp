#include "inlineemphasis.h"

#include <algorithm>
#include <vector>

namespace Citewise {

namespace {

bool isWhiteSpace(QChar c)
{
    return c.isSpace();
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

// A run of '*' or '_', and what is left of it as emphasis pairs up: [lo, hi).
struct Run
{
    qsizetype lo = 0;
    qsizetype hi = 0;
    qsizetype length = 0; // as written
    char16_t ch = 0;
    bool canOpen = false;
    bool canClose = false;
    bool active = true;
};

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool strong = false;
};

// The delimiter runs of `text`, outside code spans, with whether each may open or close emphasis
// (CommonMark's left- and right-flanking rules, and the stricter ones of '_' inside words).
std::vector<Run> delimiterRuns(QStringView text)
{
    std::vector<Run> runs;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        if (c == u'`') {
            const qsizetype close = text.indexOf(u'`', i + 1);
            i = close < 0 ? i + 1 : close + 1;
            continue;
        }
        if (c != u'*' && c != u'_') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && text.at(end) == c)
            ++end;
        const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
        const QChar after = end < size ? text.at(end) : QChar(u' ');
        const bool leftFlanking = !isWhiteSpace(after)
            && (!isPunctuation(after) || isWhiteSpace(before) || isPunctuation(before));
        const bool rightFlanking = !isWhiteSpace(before)
            && (!isPunctuation(before) || isWhiteSpace(after) || isPunctuation(after));
        Run run;
        run.lo = i;
        run.hi = end;
        run.length = end - i;
        run.ch = c.unicode();
        if (c == u'*') {
            run.canOpen = leftFlanking;
            run.canClose = rightFlanking;
        } else {
            run.canOpen = leftFlanking && (!rightFlanking || isPunctuation(before));
            run.canClose = rightFlanking && (!leftFlanking || isPunctuation(after));
        }
        if (run.canOpen || run.canClose)
            runs.push_back(run);
        i = end;
    }
    return runs;
}

// Pairs openers with closers as CommonMark's "process emphasis" does; returns the emphasised spans
// (between the delimiters) and marks the delimiters used in `hidden`.
std::vector<Span> pairRuns(std::vector<Run> &runs, std::vector<Span> &hidden)
{
    std::vector<Span> spans;
    for (std::size_t closer = 0; closer < runs.size(); ++closer) {
        Run &c = runs[closer];
        while (c.active && c.canClose && c.hi > c.lo) {
            std::size_t found = closer;
            for (std::size_t o = closer; o-- > 0;) {
                const Run &r = runs[o];
                if (!r.active || !r.canOpen || r.ch != c.ch || r.hi <= r.lo)
                    continue;
                // The rule of three: a run that may both open and close pairs with a run of a length
                // that makes a multiple of three only when both are multiples of three.
                if ((r.canClose || c.canOpen) && (r.length + c.length) % 3 == 0
                    && (r.length % 3 != 0 || c.length % 3 != 0))
                    continue;
                found = o;
                break;
            }
            if (found == closer)
                break;
            Run &o = runs[found];
            const qsizetype use = (o.hi - o.lo >= 2 && c.hi - c.lo >= 2) ? 2 : 1;
            o.hi -= use;
            hidden.push_back({o.hi, o.hi + use});
            hidden.push_back({c.lo, c.lo + use});
            spans.push_back({o.hi, c.lo, use == 2});
            c.lo += use;
            // Delimiters between the two stay text.
            for (std::size_t k = found + 1; k < closer; ++k)
                runs[k].active = false;
            if (o.hi <= o.lo)
                o.active = false;
        }
        if (c.hi <= c.lo || !c.canOpen)
            c.active = false;
    }
    return spans;
}

} // namespace

QList<EmphasisSegment> findEmphasis(QStringView text)
{
    if (!text.contains(u'*') && !text.contains(u'_'))
        return {};
    std::vector<Run> runs = delimiterRuns(text);
    if (runs.size() < 2 || runs.size() > std::size_t(kMaxEmphasisDelimiters))
        return {};
    std::vector<Span> hidden;
    const std::vector<Span> spans = pairRuns(runs, hidden);
    if (spans.empty())
        return {};

    // Where the look changes: every span's and delimiter's ends.
    enum Kind { Italic, Bold, Hidden };
    struct Change
    {
        qsizetype at;
        Kind kind;
        int delta;
    };
    std::vector<Change> changes;
    for (const Span &span : spans) {
        changes.push_back({span.start, span.strong ? Bold : Italic, 1});
        changes.push_back({span.end, span.strong ? Bold : Italic, -1});
    }
    for (const Span &span : hidden) {
        changes.push_back({span.start, Hidden, 1});
        changes.push_back({span.end, Hidden, -1});
    }
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.at < b.at; });

    QList<EmphasisSegment> segments;
    int depth[3] = {0, 0, 0};
    qsizetype from = 0;
    for (std::size_t i = 0; i <= changes.size(); ++i) {
        const qsizetype at = i < changes.size() ? changes[i].at : text.size();
        if (at > from) {
            segments.append({from, at, depth[Italic] > 0, depth[Bold] > 0, depth[Hidden] > 0});
            from = at;
        }
        if (i < changes.size())
            depth[changes[i].kind] += changes[i].delta;
    }
    return segments;
}

} // namespace Citewise
