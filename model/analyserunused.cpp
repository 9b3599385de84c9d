// The entries of the reference list never cited: how many markers cite each entry, which are never
// cited (ranges too long to be counted taking theirs in), and the finding for each. Part of Analyser.
#include "analyser.h"
#include "prefault.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Citewise {

QList<int> Analyser::citationsOfEntries(const CitationCounts &counts) const
{
    QList<int> citations(m_article.references.size(), 0);
    for (int i = 0; i < m_article.references.size(); ++i) {
        const qint64 number = m_article.references.at(i).number;
        if (m_firstRefByNumber.entryOf(number) == i)
            citations[i] = counts.value(number);
    }
    return citations;
}

void Analyser::checkUnused(
    const QList<int> &entryCitations, const LongRanges *ranges, QList<Diagnostic> &out) const
{
    const QList<Reference> &references = m_article.references;
    const auto isUnused = [&](int i) {
        return entryCitations.value(i) == 0 && m_firstRefByNumber.entryOf(references.at(i).number) == i
            && !(ranges && ranges->covers(references.at(i).number));
    };
    // A long list may have a great many: room for them is made at once.
    qsizetype unused = 0;
    for (int i = 0; i < references.size(); ++i)
        unused += isUnused(i) ? 1 : 0;
    if (out.isEmpty() && out.capacity() < unused)
        reserveInLargePages(out, unused);
    else
        out.reserve(out.size() + unused);
    for (int i = 0; i < references.size(); ++i) {
        if (isUnused(i))
            out.append(unusedReference(i));
    }
}

bool Analyser::isTooLongToCount(const Citation &citation)
{
    if (citation.form != Citation::Form::Range || citation.numbers.size() != 2)
        return false;
    const CitationNumber &first = citation.numbers.at(0);
    const CitationNumber &last = citation.numbers.at(1);
    return !first.outOfRange() && !last.outOfRange() && last.value - first.value + 1 > kMaxRangeExpansion;
}

Analyser::LongRanges Analyser::longRanges() const
{
    LongRanges ranges;
    for (const Citation &citation : m_article.citations) {
        if (isTooLongToCount(citation))
            ranges.spans.append({citation.numbers.at(0).value, citation.numbers.at(1).value});
    }
    return ranges;
}

bool Analyser::LongRanges::covers(qint64 number) const
{
    return std::any_of(spans.cbegin(), spans.cend(), [number](const std::pair<qint64, qint64> &span) {
        return number >= span.first && number <= span.second;
    });
}

Diagnostic Analyser::unusedReference(int index) const
{
    const Reference &ref = m_article.references.at(index);
    // A list of thousands of entries never cited asks for this thousands of times: the message is
    // translated once, and split where the number goes when that is all QString::arg() would do.
    if (m_unusedMessage.isNull()) {
        m_unusedMessage = Diagnostics::tr("Reference %1 is never cited in the text.");
        const qsizetype at = m_unusedMessage.indexOf(u"%1");
        const bool plain = at >= 0 && m_unusedMessage.count(u'%') == 1
            && (at + 2 == m_unusedMessage.size() || !m_unusedMessage.at(at + 2).isDigit());
        m_unusedNumberAt = plain ? at : -1;
    }
    const QStringView number = m_article.view(ref.numberSpan);
    QString message;
    if (m_unusedNumberAt >= 0) {
        message.reserve(m_unusedMessage.size() - 2 + number.size());
        message.append(QStringView(m_unusedMessage).first(m_unusedNumberAt))
            .append(number)
            .append(QStringView(m_unusedMessage).sliced(m_unusedNumberAt + 2));
    } else {
        message = m_unusedMessage.arg(number);
    }
    // The entry's span starts its line, which the entry knows.
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.code = u"unused-reference"_s;
    d.span = ref.span;
    d.line = ref.line;
    d.column = m_article.columnAt(ref.span.start, ref.line);
    d.message = std::move(message);
    d.referenceIndex = index;
    return d;
}

} // namespace Citewise
