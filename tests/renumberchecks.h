// What makes renumbering safe, checked on any article: every marker keeps its source, in order of first
// use, nothing but numbers changes, and renumbering again changes nothing. With the articles it is
// checked on: the fixtures, and small random ones.
#pragma once

#include "articleio.h"
#include "renumber.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace Citewise::Test {

using namespace Qt::StringLiterals;

constexpr QChar kCitationSlot = QChar(0xE000);
constexpr QChar kEntrySlot = QChar(0xE001);

// The text of `span` with every digit run in `numbers` replaced by '#'.
inline QString masked(const Article &article, TextSpan span, QList<TextSpan> numbers)
{
    std::sort(numbers.begin(), numbers.end(), [](TextSpan a, TextSpan b) { return a.start < b.start; });
    QString out;
    qsizetype pos = span.start;
    for (const TextSpan &n : std::as_const(numbers)) {
        out += article.text.view().mid(pos, n.start - pos);
        out += u'#';
        pos = n.end();
    }
    out += article.text.view().mid(pos, span.end() - pos);
    return out;
}

inline QString maskedCitation(const Article &article, const Citation &citation)
{
    QList<TextSpan> numbers;
    for (const CitationNumber &n : citation.numbers)
        numbers.append(n.span);
    return masked(article, citation.span, numbers);
}

inline QString maskedEntry(const Article &article, const Reference &ref)
{
    return masked(article, ref.span, {ref.numberSpan});
}

// The article with every marker and every entry replaced by one placeholder character: what must stay
// byte for byte the same when only numbers change and entries trade places.
inline QString skeleton(const Article &article)
{
    QList<std::pair<TextSpan, QChar>> spans;
    for (const Citation &c : article.citations) {
        // A superscript of its number before the marker ("[^2^][2]") is renumbered with it.
        TextSpan span = c.span;
        if (c.numbers.size() == 1) {
            const QString raised = u"[^%1^]"_s.arg(c.numbers.front().value);
            if (span.start >= raised.size()
                && article.text.view().mid(span.start - raised.size(), raised.size()) == raised)
                span = {span.start - raised.size(), span.length + raised.size()};
        }
        spans.append({span, kCitationSlot});
    }
    for (const Reference &r : article.references)
        spans.append({r.span, kEntrySlot});
    std::sort(spans.begin(), spans.end(),
        [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    QString out;
    qsizetype pos = 0;
    for (const auto &[span, slot] : std::as_const(spans)) {
        out += article.text.view().mid(pos, span.start - pos);
        out += slot;
        pos = span.end();
    }
    out += article.text.view().mid(pos);
    return out;
}

inline QHash<qint64, int> referencesByNumber(const Article &article)
{
    QHash<qint64, int> out;
    for (int i = 0; i < article.references.size(); ++i)
        out.insert(article.references.at(i).number, i);
    return out;
}

// Verifies every safety property of renumbering `bytes`; returns the renumbered text.
inline QString checkRenumbering(const QByteArray &bytes, const RenumberOptions &options)
{
    const Article before = readArticle(bytes);
    const RenumberResult result = renumberCitations(before, options);
    if (result.refused()) {
        [&] { QVERIFY(result.edits.isEmpty()); }();
        return before.text.toString();
    }

    qsizetype end = 0;
    for (const TextEdit &edit : result.edits) {
        if (edit.start < end || edit.length < 0 || edit.start + edit.length > before.text.size()) {
            QTest::qFail("edits are not sorted, overlap or leave the text", __FILE__, __LINE__);
            return {};
        }
        end = edit.start + edit.length;
    }

    const QString text = applyEdits(before.text.view(), result.edits);
    const QByteArray written = encodeText(text, before.hasBom);
    const Article after = readArticle(written);
    [&] {
        // Round trip: the renumbered text survives being written and read back.
        QCOMPARE(after.text, text);
        QCOMPARE(writeArticle(after), written);
        QCOMPARE(after.citations.size(), before.citations.size());
        QCOMPARE(after.references.size(), before.references.size() - result.droppedReferences.size());

        // Same targets: each number of each marker names the same entry (URL and label) as before;
        // dangling numbers stay dangling, equal ones equal and different ones different.
        const QHash<qint64, int> oldRefs = referencesByNumber(before);
        const QHash<qint64, int> newRefs = referencesByNumber(after);
        QHash<qint64, qint64> danglingTo;
        QHash<qint64, qint64> danglingFrom;
        QSet<qint64> citedBefore;
        for (qsizetype i = 0; i < before.citations.size(); ++i) {
            // (A range renumbered cites its sources in ascending order: "[2-4]" may read "[1-3]". Each
            // marker's numbers are paired in the order of their new values.)
            QList<int> was = before.citations.at(i).expandedNumbers();
            QList<int> now = after.citations.at(i).expandedNumbers();
            QCOMPARE(now.size(), was.size());
            if (before.citations.at(i).form == Citation::Form::Range
                || before.citations.at(i).rangeEnds != 0) {
                std::stable_sort(was.begin(), was.end(),
                    [&](int a, int b) { return result.mapping.value(a, -1) < result.mapping.value(b, -1); });
                std::sort(now.begin(), now.end());
            }
            for (qsizetype j = 0; j < was.size(); ++j) {
                citedBefore.insert(was.at(j));
                QCOMPARE(result.mapping.value(was.at(j), -1), qint64(now.at(j)));
                if (oldRefs.contains(was.at(j))) {
                    QVERIFY(newRefs.contains(now.at(j)));
                    const Reference &a = before.references.at(oldRefs.value(was.at(j)));
                    const Reference &b = after.references.at(newRefs.value(now.at(j)));
                    QCOMPARE(b.url, a.url);
                    QCOMPARE(b.label, a.label);
                } else {
                    QVERIFY2(!newRefs.contains(now.at(j)), "a dangling marker now points at a reference");
                    QCOMPARE(danglingTo.value(was.at(j), now.at(j)), qint64(now.at(j)));
                    QCOMPARE(danglingFrom.value(now.at(j), was.at(j)), qint64(was.at(j)));
                    danglingTo.insert(was.at(j), now.at(j));
                    danglingFrom.insert(now.at(j), was.at(j));
                }
            }
        }
        for (qint64 dropped : result.droppedReferences)
            QVERIFY(!citedBefore.contains(dropped));

        // Entries carry their text to their new number, with only the number changed; the never-cited
        // ones keep the order of their old numbers, and the entries stand in the order of their numbers.
        // A number given again for the same address (a list restated) is each copy's: the second entry
        // of a number goes to the second entry of its new one, and each copy stands in order.
        // Each entry's copy of its number: 0 for the first entry of a number, 1 for the second, ...
        const auto copiesOf = [](const Article &article) {
            QHash<qint64, int> seen;
            QList<int> copy;
            for (const Reference &ref : article.references)
                copy.append(seen[ref.number]++);
            return copy;
        };
        const QList<int> beforeCopy = copiesOf(before);
        const QList<int> afterCopy = copiesOf(after);
        QHash<std::pair<qint64, int>, qsizetype> afterIndex;
        for (qsizetype k = 0; k < after.references.size(); ++k)
            afterIndex.insert({after.references.at(k).number, afterCopy.at(k)}, k);
        QList<qsizetype> byOldNumber;
        for (qsizetype k = 0; k < before.references.size(); ++k)
            byOldNumber.append(k);
        std::sort(byOldNumber.begin(), byOldNumber.end(), [&](qsizetype a, qsizetype b) {
            return std::pair(before.references.at(a).number, beforeCopy.at(a))
                < std::pair(before.references.at(b).number, beforeCopy.at(b));
        });
        const QSet<qint64> dropped(result.droppedReferences.cbegin(), result.droppedReferences.cend());
        qint64 lastUnused = 0;
        for (const qsizetype k : std::as_const(byOldNumber)) {
            const Reference &ref = before.references.at(k);
            if (dropped.contains(ref.number))
                continue;
            const qint64 number = result.mapping.value(ref.number, -1);
            const std::pair<qint64, int> key(number, beforeCopy.at(k));
            QVERIFY(afterIndex.contains(key));
            const Reference &moved = after.references.at(afterIndex.value(key));
            QCOMPARE(maskedEntry(after, moved), maskedEntry(before, ref));
            if (!citedBefore.contains(ref.number) && beforeCopy.at(k) == 0) {
                QVERIFY(number > lastUnused);
                lastUnused = number;
            }
        }
        qint64 firstCopies = 0;
        QHash<int, qint64> lastOfCopy;
        for (qsizetype k = 0; k < after.references.size(); ++k) {
            const qint64 number = after.references.at(k).number;
            if (afterCopy.at(k) == 0)
                QCOMPARE(number, ++firstCopies);
            QVERIFY(number > lastOfCopy.value(afterCopy.at(k), 0));
            lastOfCopy.insert(afterCopy.at(k), number);
        }

        // First uses of references read 1, 2, 3, ... (with the numbering 1..N above, never-cited entries
        // therefore come after the cited ones).
        QSet<qint64> seen;
        qint64 expected = 1;
        for (const Citation &c : after.citations) {
            for (int n : c.expandedNumbers()) {
                if (newRefs.contains(n) && !seen.contains(n)) {
                    seen.insert(n);
                    QCOMPARE(qint64(n), expected++);
                }
            }
        }

        // Nothing but numbers changed: everything outside markers and entries is identical, markers
        // differ in digits only, or a range became the list of its numbers.
        if (!options.dropUnused) {
            QCOMPARE(skeleton(after), skeleton(before));
            QCOMPARE(after.strayReferenceLines.size(), before.strayReferenceLines.size());
        }
        for (qsizetype i = 0; i < before.citations.size(); ++i) {
            const Citation &was = before.citations.at(i);
            const Citation &now = after.citations.at(i);
            if (was.form == Citation::Form::Range && now.form == Citation::Form::List) {
                const QStringView old = before.text.view();
                // Spelled in ascending order, as they no longer make a run, with the width of the
                // range's first number when it was written with leading zeros ("[01-03]" -> "[01, 03, 04]").
                QList<qint64> values;
                for (const CitationNumber &n : now.numbers)
                    values.append(n.value);
                QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
                QVERIFY(values.constLast() - values.constFirst() != values.size() - 1);
                const TextSpan firstSpan = was.numbers.first().span;
                const qsizetype width = old.at(firstSpan.start) == u'0' ? firstSpan.length : 0;
                QStringList numbers;
                for (const CitationNumber &n : now.numbers)
                    numbers.append(QString::number(n.value).rightJustified(width, u'0'));
                const QString spelled
                    = old.mid(was.span.start, was.numbers.first().span.start - was.span.start).toString()
                    + numbers.join(", "_L1)
                    + old.mid(was.numbers.last().span.end(), was.span.end() - was.numbers.last().span.end())
                          .toString();
                QCOMPARE(after.view(now.span).toString(), spelled);
            } else if (was.rangeEnds != 0 && now.rangeEnds != was.rangeEnds) {
                // A range of a list spelled out: the same count of numbers, in a list still.
                QCOMPARE(int(now.form), int(Citation::Form::List));
                QCOMPARE(now.expandedNumbers().size(), was.expandedNumbers().size());
            } else {
                QCOMPARE(int(now.form), int(was.form));
                QCOMPARE(maskedCitation(after, now), maskedCitation(before, was));
            }
        }

        // Idempotent.
        const RenumberResult again = renumberCitations(after, options);
        QVERIFY(!again.refused());
        QCOMPARE(again.edits.size(), 0);
    }();
    return text;
}

inline QStringList fixtureRoots()
{
    QStringList roots {QStringLiteral(CITEWISE_FIXTURES_DIR)};
    // More article folders can be checked without adding them to the project.
    const QString extra = qEnvironmentVariable("CITEWISE_EXTRA_FIXTURES");
    if (!extra.isEmpty())
        roots += extra.split(u':', Qt::SkipEmptyParts);
    return roots;
}

// A small random article: markers of every form (some dangling), entries in any order with gaps,
// every entry style, separators, continuation lines, CRLF or LF, sometimes text after the list.
inline QString generatedArticle(quint32 seed)
{
    QRandomGenerator rng(seed);
    const QString nl = rng.bounded(3) == 0 ? u"\r\n"_s : u"\n"_s;
    const int refCount = rng.bounded(0, 9);
    QList<int> numbers;
    for (int n = 1; numbers.size() < refCount; ++n) {
        if (rng.bounded(4) != 0)
            numbers.append(n);
    }
    std::shuffle(numbers.begin(), numbers.end(), rng);
    const int highest = refCount + 4;
    const auto someNumber = [&] { return rng.bounded(1, highest + 1); };

    QString text = u"Generated article "_s + QString::number(seed) + nl;
    const int lines = rng.bounded(1, 5);
    for (int l = 0; l < lines; ++l) {
        text += u"Sentence"_s;
        const int markers = rng.bounded(0, 6);
        for (int m = 0; m < markers; ++m) {
            switch (rng.bounded(5)) {
            case 0:
                text += u" claim [%1]."_s.arg(someNumber());
                break;
            case 1:
                text += u" cluster [%1][%2]."_s.arg(someNumber()).arg(someNumber());
                break;
            case 2: {
                const QString separator = QList<QString> {u", "_s, u","_s, u"; "_s}.at(rng.bounded(3));
                text += u" list [%1%2%3]."_s.arg(someNumber()).arg(separator).arg(someNumber());
                break;
            }
            case 3: {
                // A list holding a range.
                const int first = someNumber();
                text += u" mixed [%1, %2-%3]."_s.arg(someNumber()).arg(first).arg(first + rng.bounded(0, 3));
                break;
            }
            default: {
                const int first = someNumber();
                text += u" range [%1%2%3]."_s.arg(first)
                            .arg(rng.bounded(2) ? u"-"_s : u"\u2013"_s)
                            .arg(first + rng.bounded(1, 4));
            }
            }
        }
        text += nl;
    }
    text += u"References"_s + nl;
    for (int n : std::as_const(numbers)) {
        switch (rng.bounded(3)) {
        case 0:
            text += u"[%1] https://source.example/%2 Label %2"_s.arg(n).arg(n * 7);
            break;
        case 1:
            text += u"[%1]: https://source.example/%2"_s.arg(n).arg(n * 7);
            break;
        default:
            text += u"%1. https://source.example/%2"_s.arg(n).arg(n * 7);
        }
        text += nl;
        if (rng.bounded(4) == 0)
            text += u"   https://mirror.example/%1"_s.arg(n * 7) + nl;
        if (rng.bounded(4) == 0)
            text += (rng.bounded(2) ? u"<br>"_s : QString()) + nl;
    }
    if (rng.bounded(3) == 0)
        text += u"## Notes"_s + nl + u"See [%1]."_s.arg(someNumber()) + (rng.bounded(2) ? nl : QString());
    return text;
}

} // namespace Citewise::Test
