// The checks behind analyseArticle(), in the three groups an edit of the body affects differently:
// the reference list (unchanged by body edits), each marker on its own, and the article as a whole.
// Internal to the engine; ArticleAnalysis combines them.
#pragma once

#include "diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>

namespace Citewise {

// The translation context of the diagnostics' messages (also unreadcitations.cpp's): lupdate files
// Class::tr() calls under the class, and Q_DECLARE_TR_FUNCTIONS makes the same name the context at run
// time.
class Diagnostics
{
    Q_DECLARE_TR_FUNCTIONS(Citewise::Diagnostics)
};

// How many markers cite each number: a marker counts once per number it cites, even if written twice
// ("[1, 1]"). Out-of-range numbers and unreadable ranges cite nothing.
using CitationCounts = QHash<qint64, int>;
void countCitation(const Citation &citation, CitationCounts &counts, int sign);
// The counts of all of `citations`, as countCitation() one by one would give them.
CitationCounts countCitations(const QList<Citation> &citations);

// Calls f(number) for each number the marker cites, once each, as CitationCounts counts them.
template<typename F> void forEachCitedNumber(const Citation &citation, F &&f)
{
    // Almost every marker cites one number: no list to build for those.
    if (citation.form == Citation::Form::Single && citation.numbers.size() == 1) {
        const CitationNumber &number = citation.numbers.first();
        if (!number.outOfRange())
            f(number.value);
        return;
    }
    // A range's numbers come in order, once each; a list's are few: sorted on the stack.
    if (citation.form == Citation::Form::Range && citation.numbers.size() == 2) {
        citation.forEachExpandedNumber([&f](int n) { f(qint64(n)); });
        return;
    }
    QVarLengthArray<int, 16> numbers;
    citation.forEachExpandedNumber([&numbers](int n) { numbers.append(n); });
    std::sort(numbers.begin(), numbers.end());
    const auto end = std::unique(numbers.begin(), numbers.end());
    for (auto it = numbers.begin(); it != end; ++it)
        f(qint64(*it));
}

// Which entry of the reference list (by index) first has each valid number. Numbers in real lists are
// small and dense: those are kept in a table indexed by number, so a marker's look-up is one load; the
// rest (numbers far past the count of entries) in a hash.
class ReferenceNumbers
{
public:
    // Before the first insert(): room for `entries` numbers, the largest of them `largest`.
    void reserve(qsizetype entries, qint64 largest);
    int entryOf(qint64 number) const // -1 when no entry has it
    {
        // (One load for the numbers of the table, which almost every marker cites.)
        if (quint64(number) < quint64(m_table.size()))
            return m_table.constData()[number];
        return sparseEntryOf(number);
    }
    bool contains(qint64 number) const { return entryOf(number) >= 0; }
    qsizetype size() const { return m_size; }
    // Records the first entry with `number` (which no entry before it has).
    void insert(qint64 number, int entry);
    // Whether both hold the same numbers (whichever entries have them).
    bool hasSameNumbers(const ReferenceNumbers &other) const;

private:
    int sparseEntryOf(qint64 number) const;

    QList<int> m_table; // entry by number, -1 where none
    QHash<qint64, int> m_sparse; // numbers past the table
    qsizetype m_size = 0;
};

// How an address reads as "http(s)://host[:port]/path" in plain ASCII, without QUrl: Normal when it is
// written in its normalised form, which is then its key; Normalised with *key set to that form; Unusual
// for anything else, which goes through QUrl. For a plain address, *hasQuery (when given) tells whether
// it holds a query ("?…").
enum class PlainHttpUrl { Unusual, Normal, Normalised };
PlainHttpUrl plainHttpUrlKey(QStringView url, QString *key, bool *hasQuery = nullptr);
// What plainHttpUrlKey() does after asking isNormalPlainHttpUrl(): every address read character by character.
PlainHttpUrl readPlainHttpUrl(QStringView url, QString *key, bool *hasQuery = nullptr);
// Whether `url` is "http(s)://host/path" in lower-case ASCII letters, digits and "-./_~", without a port,
// a query, a fragment or a trailing slash, in one pass: how most entries write their addresses, and then
// plainHttpUrlKey() reads it as Normal without a query.
bool isNormalPlainHttpUrl(QStringView url);

class Analyser
{
public:
    explicit Analyser(const Article &article) : m_article(article) { }

    // Invalid encoding, reference entries, stray lines. Also learns which numbers have a reference.
    void checkReferenceSide(QList<Diagnostic> &out);
    // Out-of-range and dangling numbers of citations [firstCitation, citationEnd), and malformed markers
    // [firstMalformed, malformedEnd). Needs checkReferenceSide() or setFirstReferences() first.
    // `linked`, if given, gets how many of the citations are linked to an address of their own
    // (Citation::linked), whose findings depend on their entries' addresses.
    void checkMarkers(int firstCitation, int citationEnd, int firstMalformed, int malformedEnd,
        QList<Diagnostic> &out, qsizetype *linked = nullptr) const;
    // The malformed markers [firstMalformed, malformedEnd), each with what makes it so (see
    // analysermalformed.cpp); part of checkMarkers().
    void checkMalformed(int firstMalformed, int malformedEnd, QList<Diagnostic> &out) const;
    // A missing references section, code blocks never closed, the first out-of-order first use.
    // `entryCitations`: how many markers cite the number of each entry that first has it (see
    // citationsOfEntries()).
    void checkWholeArticle(const QList<int> &entryCitations, QList<Diagnostic> &out) const;
    void checkCodeBlocks(QList<Diagnostic> &out) const; // part of checkWholeArticle()
    // A reference list missing or not read as one (see analyserlists.cpp); part of checkWholeArticle().
    void checkListRead(QList<Diagnostic> &out) const;
    int headerlessListLine() const;
    // The words of the short line right above line `list` (blank lines passed over), which a writer
    // meant as the list's header; empty when it holds none such.
    QString wordsAboveList(int list) const;
    // The first body line that holds a references header and its entries joined by line break tags
    // ("References:<br>[1] https://…<br>[2] …"), as some exports write the list; 0 for none.
    int joinedListLine() const;
    // The body line, among the last ones, that holds a references header and then the list's first entry
    // ("Sources: [1] https://…"); 0 for none.
    int headerWithEntryLine() const;
    // Whether `citation` is a range too long to be counted.
    static bool isTooLongToCount(const Citation &citation);
    // The ranges too long to be counted ("[1-100000]", see kMaxRangeExpansion), first and last number:
    // almost always none. An entry such a range takes in is cited, if not counted.
    struct LongRanges
    {
        QList<std::pair<qint64, qint64>> spans;
        bool covers(qint64 number) const;
    };
    LongRanges longRanges() const;
    // Never-cited references, in the order of the list; `ranges`, when given, are the longRanges().
    void checkUnused(
        const QList<int> &entryCitations, const LongRanges *ranges, QList<Diagnostic> &out) const;
    // The finding that entry `index` (the first with its number) is never cited.
    Diagnostic unusedReference(int index) const;
    // Per entry of the reference list, how many markers cite its number (0 for later entries with a
    // number already used).
    QList<int> citationsOfEntries(const CitationCounts &counts) const;

    // Valid reference number -> index of its first entry.
    const ReferenceNumbers &firstReferences() const { return m_firstRefByNumber; }
    void setFirstReferences(const ReferenceNumbers &first) { m_firstRefByNumber = first; }

private:
    Diagnostic diagnostic(Diagnostic::Severity severity, const QString &code, TextSpan span,
        const QString &message, int referenceIndex = -1) const;
    void add(QList<Diagnostic> &out, Diagnostic::Severity severity, const QString &code, TextSpan span,
        const QString &message, int referenceIndex = -1) const;
    bool startsAnEntry(const Citation &citation) const;
    // A marker linked to an address of its own (Citation::linked) that is not entry `entry`'s, which
    // the marker's number names (analyserlinked.cpp); part of checkMarkers().
    void checkLinkedMarker(const Citation &citation, int entry, QList<Diagnostic> &out) const;
    bool readsAsYear(qint64 number) const;
    QString spanText(TextSpan span) const { return m_article.view(span).toString(); }
    void checkEncoding(QList<Diagnostic> &out) const;
    void checkReferences(QList<Diagnostic> &out);
    void checkUrl(const Reference &ref, int index, QList<Diagnostic> &out) const;
    void checkShortened(const Reference &ref, int index, QList<Diagnostic> &out) const;
    static bool doiKey(QStringView key, qsizetype host, QString *doi);

    const Article &m_article;
    ReferenceNumbers m_firstRefByNumber;
    mutable QString m_unusedMessage; // unusedReference()'s, translated when first asked for
    mutable qsizetype m_unusedNumberAt = -1; // where its "%1" is, when that is its only place holder
};

} // namespace Citewise
