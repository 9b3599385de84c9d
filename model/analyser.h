// The checks behind analyseArticle(), in the three groups an edit of the body affects differently:
// the reference list (unchanged by body edits), each marker on its own, and the article as a whole.
// Internal to the engine; ArticleAnalysis combines them.
#pragma once

#include "diagnostic.h"

#include <QHash>

namespace Citewise {

// How many markers cite each number: a marker counts once per number it cites, even if written twice
// ("[1, 1]"). Out-of-range numbers and unreadable ranges cite nothing.
using CitationCounts = QHash<qint64, int>;
void countCitation(const Citation &citation, CitationCounts &counts, int sign);

// "http(s)://host[:port]/path" in plain ASCII, read without QUrl; sets *key (when given) to the
// normalised form. False for anything unusual, which then goes through QUrl.
bool plainHttpUrlKey(QStringView url, QString *key);

class Analyser
{
public:
    explicit Analyser(const Article &article) : m_article(article) { }

    // Invalid encoding, reference entries, stray lines. Also learns which numbers have a reference.
    void checkReferenceSide(QList<Diagnostic> &out);
    // Out-of-range and dangling numbers of citations [firstCitation, citationEnd), and malformed markers
    // [firstMalformed, malformedEnd). Needs checkReferenceSide() or setFirstReferences() first.
    void checkMarkers(int firstCitation, int citationEnd, int firstMalformed, int malformedEnd,
        QList<Diagnostic> &out) const;
    // A missing references section, the first out-of-order first use, never-cited references.
    void checkWholeArticle(const CitationCounts &counts, QList<Diagnostic> &out) const;

    // Valid reference number -> index of its first entry.
    const QHash<qint64, int> &firstReferences() const { return m_firstRefByNumber; }
    void setFirstReferences(const QHash<qint64, int> &first) { m_firstRefByNumber = first; }

private:
    void add(QList<Diagnostic> &out, Diagnostic::Severity severity, const QString &code, TextSpan span,
        const QString &message, int referenceIndex = -1) const;
    QString spanText(TextSpan span) const { return m_article.view(span).toString(); }
    void checkEncoding(QList<Diagnostic> &out) const;
    void checkReferences(QList<Diagnostic> &out);
    void checkUrl(const Reference &ref, int index, QList<Diagnostic> &out) const;

    const Article &m_article;
    QHash<qint64, int> m_firstRefByNumber;
};

} // namespace Citewise
