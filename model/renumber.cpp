#include "renumber.h"
#include "renumberer_p.h"

#include "markerforms.h"
#include "renumberrefusal.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// How renumbering stays safe:
// - A marker keeps its target because targets are tracked by reference entry, not by digits: every
//   old number gets exactly one new number, and the entries are rewritten with the same mapping.
// - Numbers that name no reference ("dangling") can never start pointing at a real source: past the
//   new numbers they stay as written, and the others get numbers after the last reference (and
//   after those). Equal numbers stay equal.
// - When the old numbers do not identify entries unambiguously (two entries share a number, an entry
//   number is out of range, a range cannot be expanded, markers exist without a references section,
//   no line under its header reads as an entry, a numbered line of the list cannot be read),
//   nothing is changed and RenumberResult::refusal says why: any mapping would be a guess.
// - Markers whose own number is out of range ("[0]") are left alone: they name no reference before
//   or after, and the mapping never produces such numbers.

namespace Citewise {

void Renumberer::run()
{
    const QList<Reference> &refs = m_article.references;
    m_refIndexByNumber.reserve(refs.size());
    for (int i = 0; i < refs.size(); ++i) {
        if (refs.at(i).hasValidNumber() && !m_refIndexByNumber.contains(refs.at(i).number))
            m_refIndexByNumber.insert(refs.at(i).number, i);
    }
    bool ok = false;
    m_result.refusal = refusalReason(m_article, m_refIndexByNumber, m_superscripts, &ok);
    if (!ok)
        return;

    buildMapping();
    if (QString reason = severalLists(); !reason.isEmpty()) {
        refuse(std::move(reason));
        return;
    }
    if (QString reason = markerInTheListsText(); !reason.isEmpty()) {
        refuse(std::move(reason));
        return;
    }
    if (QString reason = markerOutsideTheBody(); !reason.isEmpty()) {
        refuse(std::move(reason));
        return;
    }
    if (const int line = movingNumberInIndentedCode()) {
        refuse(Renumbering::tr("Line %1 reads as code indented as a block, and renumbering would change "
                               "a number there as a marker's; put the code between ``` fences "
                               "before renumbering.")
                   .arg(line));
        return;
    }
    if (QString reason = movingSuperscript(); !reason.isEmpty()) {
        refuse(std::move(reason));
        return;
    }
    if (QString reason = plainNumberRefusal(m_article, m_result.mapping, m_result.droppedReferences);
        !reason.isEmpty()) {
        refuse(std::move(reason));
        return;
    }
    m_numberTexts.resize(m_result.mapping.size());
    // At most an edit per number written and per entry, and one per entry dropped.
    qsizetype edits = 2 * refs.size();
    for (const Citation &citation : m_article.citations)
        edits += citation.numbers.size();
    m_edits.reserve(edits);
    editMarkers();
    editReferences();
    if (m_joins) {
        refuse(Renumbering::tr(
            "Renumbered, an entry or a line between the entries would be read as part of another "
            "entry; the article was left unchanged. Write the entries in one style, each with its "
            "address, before renumbering."));
        return;
    }
    finish();
    if (m_result.edits.isEmpty())
        return;
    if (QString reason
        = renumberedRefusal(m_article, m_result, {m_options.dropUnused, m_entriesMove, m_lastEntryChanges});
        !reason.isEmpty())
        refuse(std::move(reason));
}

void Renumberer::refuse(QString reason)
{
    m_result.refusal = std::move(reason);
    m_result.mapping.clear();
    m_result.droppedReferences.clear();
    m_result.edits.clear();
}

void Renumberer::buildMapping()
{
    QList<qint64> cited;
    QList<qint64> dangling;
    QSet<qint64> seen;
    seen.reserve(m_refIndexByNumber.size());
    for (const Citation &citation : m_article.citations) {
        citation.forEachExpandedNumber([&](int n) {
            if (seen.contains(n))
                return;
            seen.insert(n);
            (m_refIndexByNumber.contains(n) ? cited : dangling).append(n);
        });
    }

    QList<qint64> unused;
    for (auto it = m_refIndexByNumber.cbegin(); it != m_refIndexByNumber.cend(); ++it) {
        if (!seen.contains(it.key()))
            unused.append(it.key());
    }
    std::sort(unused.begin(), unused.end());

    m_result.mapping.reserve(cited.size() + unused.size() + dangling.size());
    qint64 next = 1;
    for (qint64 n : std::as_const(cited))
        m_result.mapping.insert(n, next++);
    if (m_options.dropUnused) {
        m_result.droppedReferences = unused;
    } else {
        for (qint64 n : std::as_const(unused))
            m_result.mapping.insert(n, next++);
    }
    // Numbers that name no entry and lie past the new ones stay as written (a year, "[2020]", or a
    // source never listed): no entry can take them. The others move past the entries, round those.
    QSet<qint64> kept;
    for (qint64 n : std::as_const(dangling)) {
        if (n >= next)
            kept.insert(n);
    }
    for (qint64 n : std::as_const(dangling)) {
        if (kept.contains(n)) {
            m_result.mapping.insert(n, n);
            continue;
        }
        while (kept.contains(next))
            ++next;
        m_result.mapping.insert(n, next++);
    }
}

void Renumberer::writeNumber(TextSpan span, qint64 oldValue, qint64 newValue)
{
    if (newValue != oldValue)
        m_edits.append({span.start, span.length, paddedAs(span, numberText(newValue))});
}

QString Renumberer::paddedAs(TextSpan written, const QString &digits) const
{
    if (written.length <= digits.size() || m_article.view(written).front() != u'0')
        return digits;
    return digits.rightJustified(written.length, u'0');
}

QString Renumberer::numberText(qint64 n)
{
    if (n < 1 || n > m_numberTexts.size())
        return QString::number(n);
    QString &text = m_numberTexts[n - 1];
    if (text.isNull())
        text = QString::number(n);
    return text;
}

void Renumberer::editSuperscriptBefore(const Citation &citation)
{
    if (citation.form != Citation::Form::Single || citation.numbers.size() != 1
        || citation.numbers.front().outOfRange())
        return;
    const TextSpan line = m_article.lines.at(citation.line - 1).span;
    const qsizetype open = citation.span.start - line.start;
    if (const qsizetype raised = raisedNumberBefore(m_article.view(line), open); raised >= 0) {
        const CitationNumber &number = citation.numbers.front();
        writeNumber({line.start + raised + 2, number.span.length}, number.value, mapped(number.value));
    }
}

void Renumberer::editMarkers()
{
    for (const Citation &citation : m_article.citations) {
        editSuperscriptBefore(citation);
        if (citation.form == Citation::Form::Range) {
            editRange(citation.numbers.at(0), citation.numbers.at(1));
            continue;
        }
        for (qsizetype i = 0; i < citation.numbers.size(); ++i) {
            if (citation.endsRange(i + 1)) {
                editRange(citation.numbers.at(i), citation.numbers.at(i + 1));
                ++i;
            } else if (const CitationNumber &number = citation.numbers.at(i); !number.outOfRange()) {
                replaceDigits(number.span, number.value);
            }
        }
    }
}

void Renumberer::editRange(const CitationNumber &first, const CitationNumber &last)
{
    QVarLengthArray<qint64, 16> numbers;
    numbers.reserve(last.value - first.value + 1);
    for (qint64 n = first.value; n <= last.value; ++n)
        numbers.append(mapped(n));
    std::sort(numbers.begin(), numbers.end());
    bool run = true;
    for (qsizetype k = 1; k < numbers.size() && run; ++k)
        run = numbers.at(k) == numbers.at(k - 1) + 1;
    if (run) {
        writeNumber(first.span, first.value, numbers.first());
        writeNumber(last.span, last.value, numbers.last());
        return;
    }
    QStringList parts;
    parts.reserve(numbers.size());
    for (const qint64 n : numbers)
        parts.append(paddedAs(first.span, QString::number(n)));
    m_edits.append({first.span.start, last.span.end() - first.span.start, parts.join(", "_L1)});
}

void Renumberer::finish()
{
    // Markers come in the order of the text, and so do entries, dropped ones last.
    const auto byStart = [](const TextEdit &a, const TextEdit &b) { return a.start < b.start; };
    if (!std::is_sorted(m_edits.cbegin(), m_edits.cend(), byStart))
        std::sort(m_edits.begin(), m_edits.end(), byStart);
    for (qsizetype i = 1; i < m_edits.size(); ++i) {
        if (m_edits.at(i).start < m_edits.at(i - 1).start + m_edits.at(i - 1).length) {
            // Only possible when the parse overlaps markers and entries; changing anything then
            // could break a target.
            refuse(Renumbering::tr("Markers and reference entries overlap; the article was left unchanged."));
            return;
        }
    }
    m_result.edits = std::move(m_edits);
}

RenumberResult renumberCitations(const Article &article, const RenumberOptions &options)
{
    RenumberResult result;
    Renumberer(article, options, result).run();
    return result;
}

} // namespace Citewise
