#include "analyser.h"

#include "addresskeys.h"
#include "articleio.h"
#include "citationscanner.h"
#include "linekinds.h"
#include "referenceentry.h"
#include "sectionheaders.h"
#include "urlsafety.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Citewise {

namespace {

// How far in a line the marker that starts an entry written in the body may stand: past indentation, a
// quotation's marks and a bullet (see withoutQuoteOrBullet()). Markers further in start no entry.
constexpr int kMaxEntryIndent = 16;

// The span to underline for number n of a marker: its digits when written out, else the marker.
TextSpan numberSpanIn(const Citation &citation, int n)
{
    if (citation.form != Citation::Form::Range) {
        for (const CitationNumber &number : citation.numbers) {
            if (number.value == n)
                return number.span;
        }
    }
    return citation.span;
}

// Numbers in runs, as ranges: "4, 5, 7–1001" for the numbers of "[2-1001]" without an entry where
// there are three and a sixth, not 998 numbers.
QString runsOf(const QList<int> &numbers)
{
    QStringList runs;
    for (qsizetype i = 0; i < numbers.size();) {
        qsizetype last = i;
        while (last + 1 < numbers.size() && numbers.at(last + 1) == numbers.at(last) + 1)
            ++last;
        runs.append(last - i >= 2 ? u"%1\u2013%2"_s.arg(numbers.at(i)).arg(numbers.at(last))
                                  : QString::number(numbers.at(i)));
        if (last - i == 1)
            runs.append(QString::number(numbers.at(last)));
        i = last + 1;
    }
    return runs.join(", "_L1);
}

// The entry whose address `stray` is the rest of, broken onto a line of its own by hand
// ("https://example.org/long/" then "path/page.html"), or -1: the entry, or the last line it wraps onto,
// is the line above and ends with its address.
int entryWhoseAddressGoesOn(const Article &article, const StrayLine &stray)
{
    if (!readsAsRestOfAddress(article.view(article.trimmed(stray.span))))
        return -1;
    const auto after = std::upper_bound(article.references.cbegin(), article.references.cend(), stray.line,
        [](int line, const Reference &ref) { return line < ref.line; });
    if (after == article.references.cbegin())
        return -1;
    const Reference &above = *std::prev(after);
    const int lastLine = above.continuationLines.isEmpty() ? above.line : above.continuationLines.constLast();
    if (lastLine != stray.line - 1 || above.url.isEmpty())
        return -1;
    const TextSpan line = article.trimmed(article.lines.at(lastLine - 1).span);
    return above.urlSpan.end() == line.end() ? int(std::distance(article.references.cbegin(), after)) - 1
                                             : -1;
}

void addCount(CitationCounts &counts, qint64 number, int sign)
{
    int &count = counts[number];
    count += sign;
    if (count == 0)
        counts.remove(number);
}

} // namespace

void countCitation(const Citation &citation, CitationCounts &counts, int sign)
{
    forEachCitedNumber(citation, [&](qint64 number) { addCount(counts, number, sign); });
}

CitationCounts countCitations(const QList<Citation> &citations)
{
    // Numbers are small in practice: they are tallied in a table, and the hash gets one insert per
    // number cited instead of a look-up per marker. Larger numbers go to the hash directly.
    const qint64 tableLimit = 4 * citations.size() + 1024;
    QList<int> table;
    int *tally = nullptr; // table.data()
    CitationCounts counts;
    qsizetype tableSize = 0; // table.size()
    // A number past the table so far: the table grows to it, or it goes to the hash.
    const auto countRare = [&](qint64 number) Q_DECL_COLD_FUNCTION {
        if (number >= tableLimit) {
            addCount(counts, number, 1);
            return;
        }
        table.resize(std::min(2 * number + 64, tableLimit), 0);
        tally = table.data();
        tableSize = table.size();
        ++tally[number];
    };
    const auto countNumber = [&](qint64 number) {
        if (number < tableSize)
            ++tally[number]; // all but a few numbers: no call
        else
            countRare(number);
    };
    for (const Citation &citation : citations)
        forEachCitedNumber(citation, countNumber);
    qsizetype cited = counts.size();
    for (int count : std::as_const(table))
        cited += count > 0;
    counts.reserve(cited);
    for (qsizetype number = 0; number < table.size(); ++number) {
        if (table.at(number) > 0)
            counts.insert(number, table.at(number));
    }
    return counts;
}

void ReferenceNumbers::reserve(qsizetype entries, qint64 largest)
{
    if (largest > 0 && largest <= 4 * entries + 1024)
        m_table = QList<int>(largest + 1, -1);
    else
        m_sparse.reserve(entries);
}

int ReferenceNumbers::sparseEntryOf(qint64 number) const
{
    if (m_sparse.isEmpty())
        return -1;
    const auto it = m_sparse.constFind(number);
    return it == m_sparse.cend() ? -1 : *it;
}

void ReferenceNumbers::insert(qint64 number, int entry)
{
    if (number >= 0 && number < m_table.size())
        m_table[number] = entry;
    else
        m_sparse.insert(number, entry);
    ++m_size;
}

bool ReferenceNumbers::hasSameNumbers(const ReferenceNumbers &other) const
{
    if (m_size != other.m_size)
        return false;
    for (qsizetype number = 0; number < m_table.size(); ++number) {
        if (m_table.at(number) >= 0 && !other.contains(number))
            return false;
    }
    return std::all_of(
        m_sparse.keyBegin(), m_sparse.keyEnd(), [&other](qint64 number) { return other.contains(number); });
}

Diagnostic Analyser::diagnostic(Diagnostic::Severity severity, const QString &code, TextSpan span,
    const QString &message, int referenceIndex) const
{
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.span = span;
    d.line = m_article.lineAt(span.start);
    d.column = m_article.columnAt(span.start, d.line);
    d.message = message;
    d.referenceIndex = referenceIndex;
    return d;
}

void Analyser::add(QList<Diagnostic> &out, Diagnostic::Severity severity, const QString &code, TextSpan span,
    const QString &message, int referenceIndex) const
{
    out.append(diagnostic(severity, code, span, message, referenceIndex));
}

void Analyser::checkReferenceSide(QList<Diagnostic> &out)
{
    checkEncoding(out);
    checkReferences(out);
    const int firstEntry = m_article.references.isEmpty() ? 0 : m_article.references.constFirst().line;
    for (const StrayLine &stray : m_article.strayReferenceLines) {
        if (stray.groupHeading)
            continue;
        // A line that introduces the list ("All addresses were accessed in May 2025.") stands before its
        // first entry, starts as no entry does and holds no address: it is no broken entry ("#1 https://…"
        // and "¹ https://…" are).
        if (const QStringView text = m_article.view(stray.span);
            stray.line < firstEntry && !startsAsEntry(text) && !text.contains(u"://"))
            continue;
        if (const int entry = entryWhoseAddressGoesOn(m_article, stray); entry >= 0) {
            const Reference &ref = m_article.references.at(entry);
            add(out, Diagnostic::Severity::Error, u"malformed-reference"_s, stray.span,
                Diagnostics::tr("This line reads as the rest of the address of reference %1, broken onto a "
                                "line of its own: join it to the line above, or the address is read "
                                "without it.")
                    .arg(spanText(ref.numberSpan)),
                entry);
            continue;
        }
        add(out, Diagnostic::Severity::Error, u"malformed-reference"_s, stray.span,
            Diagnostics::tr("This line in the references section is not a reference entry."));
    }
}

void Analyser::checkEncoding(QList<Diagnostic> &out) const
{
    for (int line : m_article.invalidEncodingLines) {
        if (line < 1 || line > m_article.lines.size())
            continue;
        const TextSpan lineSpan = m_article.lines.at(line - 1).span;
        const QStringView text = m_article.view(lineSpan);
        qsizetype first = -1;
        qsizetype last = -1;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (isInvalidUnit(text, i, m_article.encoding)) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        // The bad bytes may sit in the terminator-less part only; fall back to the whole line.
        const TextSpan span = first < 0 ? lineSpan : TextSpan {lineSpan.start + first, last - first + 1};
        // Named for the file's own form: a UTF-16 file is not meant to be UTF-8.
        add(out, Diagnostic::Severity::Error, u"invalid-encoding"_s, span,
            m_article.encoding == TextEncoding::Utf8
                ? Diagnostics::tr(
                    "This line contains bytes that are not valid UTF-8: Citewise opens the file "
                    "read-only so that they are not lost. To edit the text, convert the file to "
                    "UTF-8 in another program.")
                : Diagnostics::tr(
                    "This line contains bytes that are not valid UTF-16: Citewise opens the file "
                    "read-only so that they are not lost. To edit the text, repair the file in "
                    "another program."));
    }
}

// Whether a marker's one number, naming no entry, reads as a year rather than a source ("[2021] UKSC 5",
// "Smith [2019]"): four digits from 1600 to 2100, where no entry is numbered past 999. (Rare: the list is
// walked only then.)
bool Analyser::readsAsYear(qint64 number) const
{
    if (number < 1600 || number > 2100)
        return false;
    return std::none_of(m_article.references.cbegin(), m_article.references.cend(),
        [](const Reference &ref) { return ref.number >= 1000; });
}

void Analyser::checkReferences(QList<Diagnostic> &out)
{
    SeenKeys seenKeys(m_article.references.size());
    qint64 largest = 0;
    for (const Reference &ref : m_article.references) {
        if (ref.hasValidNumber())
            largest = qMax(largest, ref.number);
    }
    m_firstRefByNumber.reserve(m_article.references.size(), largest);
    for (int i = 0; i < m_article.references.size(); ++i) {
        const Reference &ref = m_article.references.at(i);
        if (!ref.hasValidNumber()) {
            add(out, Diagnostic::Severity::Error, u"number-out-of-range"_s, ref.numberSpan,
                Diagnostics::tr("Reference number %1 is out of range (1 to %2).")
                    .arg(spanText(ref.numberSpan))
                    .arg(std::numeric_limits<int>::max()),
                i);
        } else if (const int first = m_firstRefByNumber.entryOf(ref.number); first >= 0) {
            // The same entry again (a list restated as Markdown link definitions, "[1]: https://… \"\""):
            // nothing is lost by taking one out.
            const Reference &earlier = m_article.references.at(first);
            const QString message = !ref.url.isEmpty() && ref.url == earlier.url
                ? Diagnostics::tr("Reference number %1 is already used on line %2, for the same address: "
                                  "take one of the two out.")
                : Diagnostics::tr("Reference number %1 is already used on line %2.");
            add(out, Diagnostic::Severity::Error, u"duplicate-reference-number"_s, ref.numberSpan,
                message.arg(ref.number).arg(earlier.line), i);
        } else {
            m_firstRefByNumber.insert(ref.number, i);
        }
        if (const TextSpan joined = ref.joinsAnother ? joinedEntrySpan(m_article, ref) : TextSpan();
            !joined.isEmpty()) {
            // Entries are lines: the one that follows on this line is not read, and markers citing its
            // number name no entry.
            add(out, Diagnostic::Severity::Error, u"malformed-reference"_s, joined,
                Diagnostics::tr("This line holds more than one entry: only the first is read, not those "
                                "from here on. Put each entry on a line of its own."),
                i);
        }
        if (ref.url.isEmpty()) {
            add(out, Diagnostic::Severity::Error, u"malformed-reference"_s, ref.span,
                Diagnostics::tr("Reference %1 has no usable URL.").arg(spanText(ref.numberSpan)), i);
            continue;
        }
        checkShortened(ref, i, out);
        // Plain http(s) addresses are valid and give their key in one pass; the rest go through QUrl.
        // Most are written in normal form, and are their own key.
        QString built;
        QStringView key = ref.url;
        bool hasQuery = true;
        switch (plainHttpUrlKey(ref.url, &built, &hasQuery)) {
        case PlainHttpUrl::Normal:
            break;
        case PlainHttpUrl::Unusual:
            hasQuery = true;
            checkUrl(ref, i, out);
            built = normalizedUrlKey(withAssumedScheme(ref.url));
            key = built;
            break;
        case PlainHttpUrl::Normalised:
            key = built;
            break;
        }
        const qsizetype schemeLength = httpSchemeLength(key);
        if (QString doi; doiKey(key, schemeLength, &doi)) {
            built = std::move(doi);
            key = built;
        } else {
            // "http://" and "https://" name the same page, and parameters that only say where a link
            // was shared ("?utm_source=…") do not change it.
            key = key.sliced(schemeLength);
            if (QString plain; hasQuery && withoutTrackingParameters(key, &plain)) {
                built = std::move(plain);
                key = built;
            }
        }
        const int seen = seenKeys.firstOrAdd(key, std::move(built), i);
        if (seen < 0)
            continue;
        if (const Reference &first = m_article.references.at(seen); first.number != ref.number) {
            // Same number twice is already a duplicate-reference-number error; do not double up.
            add(out, Diagnostic::Severity::Warning, u"duplicate-url"_s, ref.urlSpan,
                Diagnostics::tr("Reference %1 points to the same address as reference %2.")
                    .arg(spanText(ref.numberSpan), spanText(first.numberSpan)),
                i);
        }
    }
}

// Whether `citation` is the number of an entry written in the body, "[3] https://…" (a second list of
// sources, as digests give each part its own): the whole line, past a quote's or a bullet's marks, reads
// as an entry numbered as markers are, with an address.
bool Analyser::startsAnEntry(const Citation &citation) const
{
    const TextSpan line = m_article.lines.at(citation.line - 1).span;
    const QStringView text = withoutQuoteOrBullet(m_article.view(line));
    return line.start + (text.data() - m_article.view(line).data()) == citation.span.start
        && readsAsEntryWithAddress(text);
}

// A DOI's key, whichever resolver or form it is written in ("doi:10.1109/MSP…", "https://dx.doi.org/…",
// "https://doi.org/10.1109/msp…"): DOIs are the same in upper and lower case. False, leaving *doi as it
// is, for the key of any other address. `host` is where the key's host starts, httpSchemeLength(key).
bool Analyser::doiKey(QStringView key, qsizetype host, QString *doi)
{
    // Keys are lower case up to the path: only a host starting with 'd' or 'w' can be a resolver's.
    if (host == 0 || host >= key.size() || (key.at(host) != u'd' && key.at(host) != u'w'))
        return false;
    for (const QLatin1StringView resolver : {"https://doi.org/"_L1, "https://dx.doi.org/"_L1,
             "http://doi.org/"_L1, "http://dx.doi.org/"_L1, "https://www.doi.org/"_L1}) {
        if (key.startsWith(resolver)) {
            *doi = u"doi:"_s + key.sliced(resolver.size()).toString().toLower();
            return true;
        }
    }
    return false;
}

// "https://…/a-very-long-artic…": an address shortened for show, as chat assistants print them,
// leads elsewhere or nowhere. (A "..." after it is no part of it, as a sentence's full stop is not.)
void Analyser::checkShortened(const Reference &ref, int index, QList<Diagnostic> &out) const
{
    const qsizetype after = qMin<qsizetype>(3, m_article.text.size() - ref.urlSpan.end());
    const QStringView next = m_article.view({ref.urlSpan.end(), after});
    if (ref.url.back() == u'\u2026'
        || (after == 3 && next[0] == u'.' && next[1] == u'.' && next[2] == u'.')) {
        add(out, Diagnostic::Severity::Warning, u"truncated-url"_s, ref.urlSpan,
            Diagnostics::tr("The address “%1” ends with an ellipsis: it looks cut short for show and likely "
                            "leads elsewhere than the source. Write the whole address.")
                .arg(ref.url),
            index);
    }
}

// Anything QUrl cannot read or that names no host is an error: nobody can follow it. A readable
// address with another scheme (ftp:, file:, ...) is only a warning, since it may be deliberate.
void Analyser::checkUrl(const Reference &ref, int index, QList<Diagnostic> &out) const
{
    // An invisible character can make an address read as another one ("…/a\u202Egpj.exe" shows as
    // "…/aexe.jpg"): QUrl would take it, escaped, and the link would lead elsewhere than it reads.
    const auto hidden = std::find_if(ref.url.cbegin(), ref.url.cend(), [](QChar c) {
        return c.category() == QChar::Other_Format || c.category() == QChar::Other_Control
            || (c.isSpace() && c != u' ');
    });
    if (hidden != ref.url.cend()) {
        const QString code
            = u"U+"_s + QString::number(hidden->unicode(), 16).toUpper().rightJustified(4, u'0');
        add(out, Diagnostic::Severity::Error, u"invalid-url"_s, ref.urlSpan,
            Diagnostics::tr("This address holds an invisible character (%1) that can make it read as "
                            "another one.")
                .arg(code),
            index);
        return;
    }
    const QUrl url(withAssumedScheme(ref.url));
    if (!url.isValid() || url.host().isEmpty()) {
        add(out, Diagnostic::Severity::Error, u"invalid-url"_s, ref.urlSpan,
            Diagnostics::tr("“%1” is not a valid web address.").arg(ref.url), index);
        return;
    }
    const QString scheme = url.scheme();
    if (scheme != "http"_L1 && scheme != "https"_L1) {
        add(out, Diagnostic::Severity::Warning, u"invalid-url"_s, ref.urlSpan,
            Diagnostics::tr("“%1” is not an http or https address.").arg(ref.url), index);
    }
}

void Analyser::checkMarkers(int firstCitation, int citationEnd, int firstMalformed, int malformedEnd,
    QList<Diagnostic> &out, qsizetype *linked) const
{
    const bool haveSection = m_article.referencesSection.present;
    qsizetype linkedCount = 0;
    for (int i = firstCitation; i < citationEnd; ++i) {
        const Citation &citation = m_article.citations.at(i);
        // Almost every marker cites one number that has its entry: nothing to report, found at once.
        if (citation.form == Citation::Form::Single && citation.numbers.size() == 1) {
            const CitationNumber &number = citation.numbers.first();
            if (!number.outOfRange() && (!haveSection || m_firstRefByNumber.contains(number.value))) {
                if (citation.linked) {
                    ++linkedCount;
                    if (haveSection)
                        checkLinkedMarker(citation, m_firstRefByNumber.entryOf(number.value), out);
                }
                // Unless it starts a line that reads as an entry ("[1]: https://…", a Markdown link's
                // definition, or an old list quoted): renumbering refuses to rewrite that as a marker.
                if (haveSection && citation.column <= kMaxEntryIndent && startsAnEntry(citation)) {
                    add(out, Diagnostic::Severity::Warning, u"entry-outside-list"_s, citation.span,
                        Diagnostics::tr("This line reads as entry [%1] of a list of sources outside the "
                                        "reference list; renumbering would rewrite its number as a marker's, "
                                        "so it refuses to run. Move the entry into the reference list.")
                            .arg(number.value));
                }
                continue;
            }
        }
        linkedCount += citation.linked; // (only a marker of one number is compared with its entry)
        for (const CitationNumber &number : citation.numbers) {
            if (number.outOfRange()) {
                add(out, Diagnostic::Severity::Error, u"number-out-of-range"_s, number.span,
                    Diagnostics::tr("Citation number %1 is out of range (1 to %2).")
                        .arg(spanText(number.span))
                        .arg(std::numeric_limits<int>::max()));
            }
        }
        if (citation.form == Citation::Form::Range && citation.numbers.size() == 2) {
            // Renumbering refuses such a range; say so before anyone tries.
            const CitationNumber &first = citation.numbers.at(0);
            const CitationNumber &last = citation.numbers.at(1);
            const qint64 count = last.value - first.value + 1;
            if (!first.outOfRange() && !last.outOfRange() && count > kMaxRangeExpansion) {
                add(out, Diagnostic::Severity::Warning, u"range-too-long"_s, citation.span,
                    Diagnostics::tr(
                        "The range %1 spans %2 numbers; ranges of more than %3 are neither checked nor "
                        "renumbered.")
                        .arg(spanText(citation.span))
                        .arg(count)
                        .arg(kMaxRangeExpansion));
                continue;
            }
        }
        if (!haveSection)
            continue; // reported once, as a missing references section
        QList<int> missing;
        if (citation.form == Citation::Form::Single && citation.numbers.size() == 1) {
            const CitationNumber &number = citation.numbers.first();
            if (number.outOfRange() || m_firstRefByNumber.contains(number.value))
                continue;
            if (startsAnEntry(citation)) {
                add(out, Diagnostic::Severity::Warning, u"entry-outside-list"_s, citation.span,
                    Diagnostics::tr(
                        "This line reads as entry [%1] of a list of sources outside the reference "
                        "list. Only that list is read, so [%1] here is a marker that has no matching "
                        "reference.")
                        .arg(number.value));
                continue;
            }
            if (readsAsYear(number.value)) {
                add(out, Diagnostic::Severity::Warning, u"bracketed-year"_s, citation.span,
                    Diagnostics::tr("[%1] has no matching reference; it reads as a year (as a case "
                                    "citation writes one), not a marker.")
                        .arg(number.value));
                continue;
            }
            missing.append(int(number.value));
        } else {
            citation.forEachExpandedNumber([&](int n) {
                if (!m_firstRefByNumber.contains(n))
                    missing.append(n);
            });
            if (missing.isEmpty())
                continue;
            // "[1939-1945]": a span of years, where none of them names an entry.
            if (citation.form == Citation::Form::Range && citation.numbers.size() == 2
                && missing.size() == citation.numbers.at(1).value - citation.numbers.at(0).value + 1
                && readsAsYear(citation.numbers.at(0).value) && readsAsYear(citation.numbers.at(1).value)) {
                add(out, Diagnostic::Severity::Warning, u"bracketed-year"_s, citation.span,
                    Diagnostics::tr(
                        "%1 has no matching reference; it reads as a span of years, not a marker.")
                        .arg(spanText(citation.span)));
                continue;
            }
        }
        if (citation.form != Citation::Form::Range && !citation.hasRange()) {
            for (int n : std::as_const(missing)) {
                add(out, Diagnostic::Severity::Error, u"dangling-citation"_s, numberSpanIn(citation, n),
                    Diagnostics::tr("Citation [%1] has no matching reference.").arg(n));
            }
            continue;
        }
        if (citation.form == Citation::Form::Range) {
            add(out, Diagnostic::Severity::Error, u"dangling-citation"_s, citation.span,
                Diagnostics::tr("Numbers in this range have no matching reference: %1.")
                    .arg(runsOf(missing)));
            continue;
        }
        // A list holding ranges ("[1, 3-6]"): each range is reported as a marker that is one, once, at its
        // first number (not a finding per number: "[1, 2-1001]" would give a thousand), and the numbers
        // written out one by one at their digits, in the order the list writes them.
        for (qsizetype k = 0; k < citation.numbers.size(); ++k) {
            const CitationNumber &number = citation.numbers.at(k);
            if (k + 1 < citation.numbers.size() && citation.endsRange(k + 1)) {
                QList<int> run;
                for (qint64 n = number.value; n <= citation.numbers.at(k + 1).value; ++n) {
                    if (!m_firstRefByNumber.contains(n))
                        run.append(int(n));
                }
                if (!run.isEmpty()) {
                    add(out, Diagnostic::Severity::Error, u"dangling-citation"_s, number.span,
                        Diagnostics::tr("Numbers in this range have no matching reference: %1.")
                            .arg(runsOf(run)));
                }
                ++k;
                continue;
            }
            if (!number.outOfRange() && !m_firstRefByNumber.contains(number.value)) {
                add(out, Diagnostic::Severity::Error, u"dangling-citation"_s, number.span,
                    Diagnostics::tr("Citation [%1] has no matching reference.").arg(number.value));
            }
        }
    }
    checkMalformed(firstMalformed, malformedEnd, out);
    if (linked)
        *linked = linkedCount;
}

void Analyser::checkWholeArticle(const QList<int> &entryCitations, QList<Diagnostic> &out) const
{
    const QList<Citation> &citations = m_article.citations;
    checkListRead(out);
    checkCodeBlocks(out);

    const QList<Reference> &references = m_article.references;
    const auto entryOf = [this](qint64 n) { return m_firstRefByNumber.entryOf(n); };

    // The references cited are what the scan for first uses below has to see.
    qsizetype citedReferences = 0;
    for (int i = 0; i < references.size(); ++i) {
        if (entryCitations.value(i) > 0 && entryOf(references.at(i).number) == i)
            ++citedReferences;
    }

    // First uses of existing references must come as 1, 2, 3, …; dangling numbers are left out (they are
    // errors of their own, and renumbering moves them past the references anyway). Only the first
    // out-of-order use is reported, so the scan stops there, or after the last first use.
    QList<bool> seen(references.size(), false);
    qsizetype seenCount = 0;
    const auto firstUse = [&](const Citation &citation, qint64 n) {
        const int entry = entryOf(n);
        if (entry < 0 || seen.at(entry))
            return false;
        seen[entry] = true;
        ++seenCount;
        if (n == seenCount)
            return false;
        // With no entry numbered as the next one, the numbers skip it rather than come out of order.
        const QString message = entryOf(seenCount) < 0
            ? Diagnostics::tr("The numbers of the references cited skip [%2]: [%1] is the next source "
                              "cited; renumbering closes the gap.")
            : Diagnostics::tr("References are first cited out of order: [%1] stands where [%2] would come "
                              "next; renumbering puts them in order of first use.");
        add(out, Diagnostic::Severity::Warning, u"citation-order"_s, numberSpanIn(citation, int(n)),
            message.arg(n).arg(seenCount));
        return true;
    };
    for (const Citation &citation : citations) {
        if (seenCount == citedReferences)
            break; // every cited reference was seen: no first use left to be out of order
        if (citation.form == Citation::Form::Single && citation.numbers.size() == 1) {
            const CitationNumber &number = citation.numbers.first();
            if (!number.outOfRange() && firstUse(citation, number.value))
                break;
            continue;
        }
        const QList<int> numbers = citation.expandedNumbers();
        if (std::any_of(numbers.cbegin(), numbers.cend(), [&](int n) { return firstUse(citation, n); }))
            break;
    }
}

// A fence that nothing closes makes the rest of its stretch of body code (up to the reference list, or to
// the end), where markers cite nothing: a forgotten fence silently takes citations out of the article.
void Analyser::checkCodeBlocks(QList<Diagnostic> &out) const
{
    const QList<int> &fences = m_article.fenceLines;
    const Section &list = m_article.referencesSection;
    const qsizetype aboveList
        = list.present ? m_article.firstFenceOfStretch(list.lastLine + 1) : fences.size();
    const auto reportOpen = [&](qsizetype first, qsizetype end) {
        if ((end - first) % 2 == 0)
            return;
        const int line = fences.at(end - 1);
        add(out, Diagnostic::Severity::Warning, u"unclosed-code-block"_s,
            m_article.trimmed(m_article.lines.at(line - 1).span),
            Diagnostics::tr("This code block is never closed: the rest of its part of the article reads as "
                            "code, and markers there cite nothing."));
    };
    reportOpen(0, aboveList);
    reportOpen(aboveList, fences.size());
}

bool reportedBefore(const Diagnostic &a, const Diagnostic &b)
{
    if (a.line != b.line)
        return a.line < b.line;
    if (a.span.start != b.span.start)
        return a.span.start < b.span.start;
    return a.severity < b.severity;
}

void sortDiagnostics(QList<Diagnostic> &diagnostics)
{
    std::stable_sort(diagnostics.begin(), diagnostics.end(), reportedBefore);
}

} // namespace Citewise
